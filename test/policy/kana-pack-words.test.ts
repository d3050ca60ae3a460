import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { inPackWords } from '../../policy/understand/kana-pack-words.js';

/**
 * A question typed in kana, read again with the pack's own words written back where its kana
 * read them whole (the analyzer knows few words in kana).
 */
const pack = getPack('kumamoto');

describe('kana written back in the pack’s words', () => {
  test('compounds of the pack’s words, between particles', () => {
    expect(inPackWords(pack, '青少年センターのほどうきろく、いえでやりたい')).toContain('補導記録');
    expect(inPackWords(pack, 'しょうがくきん　かていのしゅうにゅう　かいてあるやつ')).toContain('家庭の収入');
  });

  test('no word inside another, and one kanji alone is not written back', () => {
    // しょう (症) is one kanji: しょうがくきん stays as typed.
    expect(inPackWords(pack, 'しょうがくきん')).toBeNull();
    expect(inPackWords(pack, 'いいですか')).toBeNull();
  });

  test('asked in kana, answered as in kanji', () => {
    const d = ask(pack, 'えー青少年センターのほどうきろく、えーいえでやりたいんですけど');
    expect(d.decision).toBe('prohibited');
    expect(d.class).toBe('I');
    const e = ask(pack, 'しょうがくきん　かていのしゅうにゅう　かいてあるやつ　つくえの上');
    expect(e.decision).toBe('prohibited');
    expect(e.class).toBe('I');
  });

  test('a question whose document is found as typed is not read again', () => {
    expect(ask(pack, 'つうちひょう いえ もってかえって いい？').asset?.id).toBe('report_card');
  });
});
