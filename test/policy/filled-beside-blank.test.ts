import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

/**
 * Two surveys, one said blank (記入前) and one said filled in right where it is named
 * (「回答済みのきずなアンケート」): the blank word is not the filled one's, and the higher class
 * answers (2-2(5)③).
 */
const pack = getPack('kumamoto');

describe('a filled survey beside a blank form', () => {
  test('blank sheets and the answered bonds survey copied together: class I, not allowed', () => {
    const d = ask(pack, '未記入のアンケート用紙と、記入済みのいじめアンケートを一緒にコピーしてもいい？');
    expect(d.class).toBe('I');
    expect(d.decision).not.toBe('allowed');
  });

  test('the blank survey alone stays a blank form', () => {
    const d = ask(pack, '記入前のきずなアンケートをコピーしてもいい？');
    expect(d.class).toBe('IV');
  });
});
