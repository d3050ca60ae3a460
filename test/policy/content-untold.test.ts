import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';
import { analyze } from '../../policy/understand/analyzer.js';
import { saysNotKnown } from '../../policy/understand/content-unknown.js';
import { lexiconFor } from '../../policy/understand/lexicon.js';

const pack = getPack('kumamoto');

describe('a document known only by a kind of content the speaker cannot place (2-2(4)③)', () => {
  test('not knowing is a verb of knowing negated, or 不明', () => {
    const lexicon = lexiconFor(pack);
    expect(saysNotKnown(analyze('何のファイルかよくわからない'), lexicon)).toBe(true);
    expect(saysNotKnown(analyze('中身が分かりません'), lexicon)).toBe(true);
    expect(saysNotKnown(analyze('作成者は不明です'), lexicon)).toBe(true);
    expect(saysNotKnown(analyze('中身はわかっています'), lexicon)).toBe(false);
  });

  test('names seen in a file of unknown kind: the class is not told, the answer is unknown', () => {
    const d = ask(pack, '前任者のフォルダにあったファイル、名前が並んでるけど何の資料かわからない。OneDriveに置いてもいい？');
    expect(d.decision).toBe('unknown');
    expect(d.citations).toContain('2-2(4)③');
  });

  test('a class Ⅰ kind of content bounds it at the top: the answer stands', () => {
    const d = ask(pack, '住所が並んでるけど何の資料かわからないファイル、OneDriveに置いてもいい？');
    expect(d.class).toBe('I');
    expect(d.decision).toBe('prohibited');
  });
});
