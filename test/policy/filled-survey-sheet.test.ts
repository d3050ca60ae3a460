import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * 「記入済みのアンケート用紙」: アンケート用紙 names a blank survey (第2表 記入前のアンケート, Ⅳ), but
 * said filled in it records what the pupils wrote: never 可 as a blank form.
 */
const pack = getPack('kumamoto');

describe('a survey sheet said filled in is no blank form', () => {
  test('filled in by pupils, copied: not class Ⅳ, not 可', () => {
    const d = ask(pack, 'いじめの実態を書かせた、子どもが記入済みのアンケート用紙、コピーして担任に配りたい');
    expect(d.class).not.toBe('IV');
    expect(d.decision).not.toBe('allowed');
  });

  test('filled in, to the cloud: not 可', () => {
    const d = ask(
      pack,
      '子どもが「最近つらいこと」を書いた記入済みのアンケート用紙、スキャンしてGoogleドライブに置いてもいいですか',
    );
    expect(['allowed', 'conditional']).not.toContain(d.decision);
  });

  test('a survey sheet alone stays the blank form', () => {
    const d = ask(pack, 'アンケート用紙を印刷していい？');
    expect(d.class).toBe('IV');
  });
});
