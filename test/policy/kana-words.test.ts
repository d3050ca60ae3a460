import { describe, expect, test } from 'vitest';
import { analyzeSpaced } from '../../policy/understand/analyze-spaced.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { HomophoneIndex } from '../../policy/understand/homophone.js';
import { foldKana, loanSpellings, withKanaWords } from '../../policy/understand/kana-words.js';
import { sharedLexicon } from '../../policy/understand/lexicon.js';
import { normalize } from '../../policy/understand/normalize.js';
import { scopeOf } from '../../policy/understand/scope.js';

describe('questions typed in kana', () => {
  test('a loanword is also spelled with the small vowel of its English sound, never before a small kana', () => {
    expect(loanSpellings('ちーむず')).toEqual(['てぃーむず']);
    expect(loanSpellings('らじお')).toEqual(['らでぃお']);
    expect(loanSpellings('ちゃっと')).toEqual([]);
  });

  test('the spaces a teacher puts between kana words part what the analyzer reads', () => {
    const bases = analyzeSpaced('しゅっせきぼ ふるいぶんは もう すてたい').map((m) => m.base);
    expect(bases).toContain('すてる');
  });

  test('offsets are those of the text without its spaces', () => {
    const q = 'ふるい しりょう すてたい';
    const text = normalize(q);
    for (const m of analyzeSpaced(q)) expect(text.slice(m.start, m.end)).toBe(normalize(m.surface));
  });

  test('a kana word found by its reading is one noun, and a piece cut from it negates nothing', () => {
    const q = 'くらうど に ほぞん しても いい';
    const text = normalize(q);
    const at = text.indexOf('ほぞん');
    const merged = withKanaWords(analyzeSpaced(q), [{ start: at, end: at + 3, term: 'ほぞん' }], text);
    expect(merged.filter((m) => m.start >= at && m.end <= at + 3)).toHaveLength(1);
    // Without the merge the analyzer reads ほぞ|ん (a noun and the negation ん): not a negation either.
    expect(scopeOf(analyzeSpaced(q), 0, 4, sharedLexicon()).negated).toBe(false);
  });

  test('a reading folds its long vowels and small kana, each kept character pointing where it was', () => {
    expect(foldKana('あんけーと').text).toBe(foldKana('あんけと').text);
    expect(foldKana('きぼうちょうさ').text).toBe(foldKana('きぼちょさ').text);
    expect(foldKana('しょるい').text).toBe('しよるい');
    expect(foldKana('あんけーと').at).toEqual([0, 1, 2, 4]);
  });

  test('a short kanji word is found with the wrong kanji only where that kanji reads the same', () => {
    const index = new HomophoneIndex<string>();
    index.add('郵送', 'ゆうそう', 'post');
    index.add('出席簿', 'しゅっせきぼ', 'attendance');
    const found = (text: string) => index.find(text, analyze(text)).map((m) => m.value);
    expect(found('郵層で送る')).toEqual(['post']);
    expect(found('郵便で送る')).toEqual([]);
    // 母 reads ぼ as in 母校: the wrong kanji of the same sound; 者 never reads ぼ.
    expect(found('出席母を置く')).toEqual(['attendance']);
    expect(found('出席者を置く')).toEqual([]);
  });
});
