import type { ActionId, Language } from '../contract.js';
import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';

/** A message that continues the one before: short, or opened or closed like a continuation. */
export function continues(question: string, normalized: string, lexicon: Lexicon, language: Language): boolean {
  const text = question.normalize('NFKC').trim().toLowerCase();
  const cues = language === 'en' ? lexicon.follow_up.en : lexicon.follow_up.ja;
  if (cues.some((cue) => text.startsWith(cue))) return true;
  const end = text.replace(/[\s!！?？。]+$/, '');
  if (language === 'ja' && /(は|なら|ならば|だったら|でも|も)$/.test(end)) return true;
  // A supposition put to the answer before: 「…も入ってたら？」「…って言われたら？」.
  if (language === 'ja' && /(たら|だら|れば)$/.test(end)) return true;
  // 「パスワードをつければいい？」「BCCにしたら大丈夫？」: a condition put to the answer before.
  if (language === 'ja' && /(ば|たら|だら)(いい|よい|大丈夫|ok|オッケー|セーフ)$/.test(end)) return true;
  return normalized.length <= (language === 'en' ? 20 : 15);
}

/**
 * The message points back at what was just said with the そ-series (「その名簿に携帯番号も入ってたら」,
 * 「それを家で使うのは？」, 「それでも同じ？」): a determiner before a noun, the pronoun, or a conjunction.
 */
export function refersBack(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m, i) => {
    if (m.pos === '連体詞' && m.surface === 'その') return morphemes[i + 1]?.pos === '名詞';
    if (m.pos === '名詞' && m.pos1 === '代名詞') return m.surface === 'それ';
    return m.pos === '接続詞' && m.surface.startsWith('それ');
  });
}

/**
 * The message is only a supposition put as a question (「全員から承諾をもらえたら？」, 「同意書があれば？」,
 * 「記入前のやつなら？」): it ends in a conditional, nothing asked after it. In a conversation it asks
 * the answer of before with that supposed, so what it supposes holds for the document of before.
 */
export function onlySupposes(morphemes: readonly Morpheme[]): boolean {
  let k = morphemes.length - 1;
  while (k >= 0 && (morphemes[k]!.pos === '記号' || /^[?？!！。…\s]+$/.test(morphemes[k]!.surface))) k--;
  const m = morphemes[k];
  if (!m) return false;
  if (m.pos === '助詞' && m.pos1 === '接続助詞' && m.surface === 'ば') return true;
  return m.pos === '助動詞' && m.form === '仮定形' && /^(たら|だら|なら)$/.test(m.surface);
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);

/**
 * A story told before the question (印刷してくれるそうで…学校のメールから送るつもりです): the actions
 * the last sentence names, when an earlier sentence ends before it; none for a single sentence.
 */
export function askedLast(
  morphemes: readonly Morpheme[],
  actions: ActionId[],
  saidAt: Map<ActionId, { start: number }[]>,
): ActionId[] {
  let last = morphemes.length - 1;
  while (last >= 0 && SENTENCE_END.has(morphemes[last]!.surface)) last--;
  let from = -1;
  for (let i = last; i >= 0; i--) {
    if (SENTENCE_END.has(morphemes[i]!.surface)) {
      from = morphemes[i]!.end;
      break;
    }
  }
  if (from < 0) return [];
  return actions.filter((a) => (saidAt.get(a) ?? []).some((span) => span.start >= from));
}

/** The actions by where they are last said, the latest first (between rulings alike, the one a sentence ends on). */
export function saidLast(saidAt: ReadonlyMap<ActionId, readonly { start: number }[]>): ActionId[] {
  const last = (id: ActionId) => Math.max(...(saidAt.get(id) ?? []).map((s) => s.start));
  return [...saidAt.keys()].filter((id) => (saidAt.get(id) ?? []).length > 0).sort((a, b) => last(b) - last(a));
}
