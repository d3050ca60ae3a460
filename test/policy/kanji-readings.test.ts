import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { kanjiReadings, learnReadings, termReadings } from '../../policy/understand/kanji-readings.js';

describe('kanji read any of their ways', () => {
  test("a kanji's readings come from the analyzer's two-kanji words as well as alone", () => {
    expect([...kanjiReadings('母')]).toEqual(expect.arrayContaining(['はは', 'ぼ']));
    expect([...kanjiReadings('診')]).toContain('しん');
    expect([...kanjiReadings('定')]).toContain('てい');
  });

  test("a term's other readings read its kanji words kanji by kanji", () => {
    const learned = learnReadings(['評定一覧表', '定期考査', '健康診断', '健診']);
    expect(termReadings('評定一覧表', learned)).toContain('ひょうていいちらんひょう');
  });

  const pack = getPack('kumamoto');
  test.each([
    ['ひょうていいちらんひょう つくえにおいたまま かえってもいい', 'I'],
    ['出席母 きょうたくに おいたまま でもいい？ひるやすみ だけ', 'I'],
  ])('a document typed by its usual reading or a same-sound kanji is found: %s', (q, cls) => {
    const d = ask(pack, q);
    expect({ decision: d.decision, class: d.class }).toEqual({ decision: 'prohibited', class: cls });
  });

  test('an other reading is not also allowed a slip: 旅行の計画 is not 行事計画 (こうのけいかく ~ こうじけいかく)', () => {
    const d = ask(getPack('kurume'), '休み時間に、学校のノートパソコンで自分の旅行の計画表を作ってもいいですか');
    expect(d.asset?.id).toBeUndefined();
    expect(d.decision).toBe('prohibited');
  });
});

describe('a kanji the analyzer cut off a word reads as learned', () => {
  test('健診, cut 健|診 and read けんみ, reads けんしん as 健康診断 teaches', () => {
    const learned = learnReadings(['健康診断', '健診']);
    expect(termReadings('健診', learned)).toContain('けんしん');
  });

  test('a document typed by the usual reading of its one-kanji parts is found', () => {
    const d = ask(getPack('kumamoto'), 'けんしんのけっか、家に持ち帰ってもいい？');
    expect({ decision: d.decision, class: d.class }).toEqual({ decision: 'prohibited', class: 'I' });
  });
});

describe("the situations' and acts' words are found by the usual reading of their kanji", () => {
  test('こうむようぱそこん is 校務用パソコン (the analyzer reads 校|務 こう|つとむ)', () => {
    const d = ask(getPack('kumamoto'), 'こうむようぱそこん いえに もちかえっていいですか');
    expect(d.decision).toBe('permit_required');
  });
});

describe('a verb stem of a word list is said by a verb typed in kana that goes on from it', () => {
  test('持ち帰 is said in もちかえっていい', async () => {
    const { kanaOccurrences } = await import('../../policy/understand/kana-occurrences.js');
    const { analyze } = await import('../../policy/understand/analyzer.js');
    const text = 'もちかえっていい';
    expect(kanaOccurrences(['持ち帰'], text, analyze(text))).toEqual([{ start: 0, end: 4 }]);
  });

  test('a verb stem the analyzer reads alone as a noun (教え) is said by the verb in kana (おしえ|て)', async () => {
    const { kanaOccurrences } = await import('../../policy/understand/kana-occurrences.js');
    const { analyze } = await import('../../policy/understand/analyzer.js');
    const text = 'おしえてもいい';
    expect(kanaOccurrences(['教え'], text, analyze(text))).toEqual([{ start: 0, end: 3 }]);
  });

  test('a password told to a colleague in kana is the password shared', () => {
    const d = ask(getPack('kumamoto'), 'ぱすわーど どうりょうに おしえても いい？');
    expect(d.decision).toBe('prohibited');
  });
});
