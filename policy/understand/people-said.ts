import type { Morpheme } from './analyzer.js';

/** Whose a record is: the pupils' (児童生徒の住所録) or the staff's (職員の出勤簿, 校務分掌表). */
export type People = 'pupils' | 'staff';

/** Words for pupils and for the school's staff, by dictionary form. */
const PUPILS = new Set(['子ども', '子供', '児童', '生徒', '園児', '子', '学生', '受検', '受験']);
const STAFF = new Set(['先生', '教職員', '教員', '職員', '教師', '講師', '校長', '教頭', '教諭']);
/**
 * What after a person makes them whom or where from, or the speaker (先生「に」渡す, 担任「から」,
 * 事務職員「で」ございます, 講師「です」), not whose the record is.
 */
const NOT_WHOSE = new Set(['に', 'へ', 'から', 'と', 'より', 'で', 'です', 'として', 'の者']);

/** Verbs of making a record (先生が「つけた」評価, 担任が「書いた」所見): who writes it, not whose it is. */
const AUTHORING = new Set(['書く', '書き込む', 'つける', '付ける', '作る', '作成', '記入', '入力', '記録', '採点', 'まとめる']);

/** The first verb after `k`, before the clause ends, is one of making a record. */
function authors(morphemes: readonly Morpheme[], k: number): boolean {
  for (let i = k; i < morphemes.length && i < k + 6; i++) {
    const m = morphemes[i]!;
    if (m.pos === '記号') return false;
    if (m.pos === '動詞' || (m.pos === '名詞' && m.pos1 === 'サ変接続' && morphemes[i + 1]?.base === 'する'))
      return AUTHORING.has(m.base);
  }
  return false;
}

/**
 * The people a text says, when only one kind: pupils or staff. A person the text names as whom it
 * goes to or comes from (担任の先生に渡す, 先生から頼まれた), the speaker (事務職員でございます) or who
 * writes it (先生がつけた評価点) is not whose the record is.
 */
export function peopleSaid(morphemes: readonly Morpheme[]): People | null {
  let pupils = false;
  let staff = false;
  morphemes.forEach((m, i) => {
    if (m.pos !== '名詞') return;
    let k = i + 1;
    while (morphemes[k]?.pos === '名詞' && morphemes[k]?.pos1 === '接尾') k++;
    if (NOT_WHOSE.has(morphemes[k]?.surface ?? '')) return;
    if (morphemes[k]?.surface === 'が' && authors(morphemes, k + 1)) return;
    if (PUPILS.has(m.base) || PUPILS.has(m.surface)) pupils = true;
    if (STAFF.has(m.base) || STAFF.has(m.surface)) staff = true;
  });
  if (pupils === staff) return null;
  return pupils ? 'pupils' : 'staff';
}
