import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { parseQuestion } from '../../policy/understand/parse-question.js';
import { closedUp, joinedReadings, withOtherKind, withoutKind } from '../../policy/understand/term-variants.js';

const pack = getPack('kumamoto');
const ids = (q: string) => parseQuestion(pack, q).items.map((i) => i.id);

describe('a catalog name written another way than listed, read from its own parts', () => {
  test('a name is read with の between its words, never inside one', () => {
    expect(joinedReadings('給食関係書類')).toContain('きゅうしょくのかんけいしょるい');
    expect(joinedReadings('写真')).toEqual([]);
    expect(joinedReadings('教職員の住所')).toEqual([]);
  });

  test('a name without the one-character kind that ends it, when enough of it remains', () => {
    expect(withoutKind('健康調査票', ['表', '票'])).toBe('健康調査');
    expect(withoutKind('名列表', ['表', '票'])).toBeNull();
    expect(withoutKind('出勤簿', ['表', '票'])).toBeNull();
  });

  test('an English name with its hyphen closed up', () => {
    expect(closedUp('health check-up')).toBe('health checkup');
    expect(closedUp('class list')).toBeNull();
  });

  test('kana typed with の between the words of a name (きゅうしょくのかんけいしょるい) names the item', () => {
    expect(ids('きゅうしょくのかんけいしょるい もってかえっていい？')).toEqual(['school_lunch_docs']);
  });

  test('a name said without its kind (けんこうちょうさ for 健康調査票) names the item', () => {
    expect(ids('しゅうがくりょこうのけんこうちょうさ ﾘｮｺｳｶﾞｲｼｬにわたすの？')).toEqual(['health_exam']);
    expect(ask(pack, 'しゅうがくりょこうのけんこうちょうさ ﾘｮｺｳｶﾞｲｼｬにわたすの？').decision).not.toBe('unknown');
  });

  test('"health checkup forms" is the health examination record ("health check-up")', () => {
    const a = ask(pack, 'I want to send the health checkup forms to a hospital by email. What do I need to do?');
    expect(a.class).toBe('I');
  });

  test('a strict name with its last kanji slipped (指導要緑) names the item; a real word (指導要領) does not', () => {
    expect(ids('指導要緑のげんぽんをこぴーしたいんですが')).toEqual(['cumulative_record']);
    expect(ask(pack, '指導要緑のげんぽんをこぴーしたいんですが').class).toBe('I');
    expect(ids('学習指導要領をコピーしたい')).toEqual([]);
  });
});

describe('a strict item’s subject with another word for a record (生徒指導記録 → 生徒指導のメモ)', () => {
  test('the name less its kinds of record, long enough, then each record word, as written and with の', () => {
    expect(withOtherKind('生徒指導記録', ['記録', '表'], ['メモ'])).toEqual(['生徒指導メモ', '生徒指導のメモ']);
    expect(withOtherKind('健康診断票', ['票'], ['ファイル'])).toEqual(['健康診断ファイル', '健康診断のファイル']);
    // Too short a subject (出席), or no kind of record to take off: nothing.
    expect(withOtherKind('出席簿', ['簿'], ['メモ'])).toEqual([]);
    expect(withOtherKind('進路希望調査', ['表'], ['メモ'])).toEqual([]);
  });

  test('a guidance memo found in a folder of teaching materials makes the folder class Ⅰ', () => {
    const d = ask(
      pack,
      '教材研究資料のフォルダに、生徒指導のメモが紛れています。このフォルダごとGoogleドライブに同期していいですか。',
    );
    expect(d.class).toBe('I');
    expect(d.decision).toBe('prohibited');
  });

  test('a department named with the subject (生徒指導部) is no record', () => {
    expect(ask(pack, '生徒指導部です。部会の資料をメールで送っていい？').class).not.toBe('I');
  });
});
