import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('a question asking a way, a kind, advice or a fact, with no act, is out of scope (no class)', () => {
  test.each([
    '通知表の所見って、どんな書き出しにすると保護者に伝わりやすいですか',
    '家庭訪問の日程、保護者とどうやって調整するのが効率的ですか',
    '熱中症対策で、体育の授業中に気をつけることを教えてください',
    '不登校気味の子への声のかけ方で気をつけることは？',
    '年休って半日単位で取れましたっけ？',
    '年休の残りってどこで確認できるんだっけ',
    'What time does the staff meeting usually start on Mondays?',
  ])('%s', (q) => {
    const d = ask(pack, q);
    expect(d.decision).toBe('unknown');
    expect(d.class).toBeNull();
    expect(d.citations).toContain('1-2');
  });

  test('an opener that names a document keeps asking what is to be done with it', () => {
    const d = ask(pack, '通知表のことで聞きたいんですけど');
    expect(d.decision).toBe('unknown');
    expect(d.class).toBe('II');
  });

  test('a way asked together with leave (どうしたらいい？) is still about the document', () => {
    const d = ask(pack, '通知表はどうしたらいい？');
    expect(d.class).toBe('II');
  });

  test('an act named keeps the question about handling (how can I send …)', () => {
    const d = ask(pack, 'How can I email the report cards to parents?');
    expect(d.action).toBe('email_external');
  });
});
