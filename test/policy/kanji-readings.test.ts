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
