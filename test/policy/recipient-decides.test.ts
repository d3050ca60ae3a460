import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('who receives it decides the act (issue #13)', () => {
  test('printed and handed to someone outside: given outside, the print is how', () => {
    const d = ask(pack, '校務分掌表、印刷して公民館の人に渡してもよかやろ？');
    expect(d.action).toBe('provide_external');
  });

  test('a copy handed out by the goal verb itself stays a copy (配る)', () => {
    const d = ask(pack, '保護者への配布文書をコピーして、地域の人にも配っちゃったけどよかった？');
    expect(d.action).toBe('copy');
  });

  test('a person of another school is outside, not staff of this one', () => {
    const d = ask(pack, '校務分掌表と教育課程編成表を、他校の教頭先生にメールで送りたい');
    expect(d.situation?.id).not.toBe('internal_share');
    expect(d.action).toBe('email_external');
    const e = ask(pack, '学校要覧に職員住所録を付けて、他校の教頭にメールしようと思うんですが');
    expect(e.situation?.id).not.toBe('internal_share');
    expect(e.decision).toBe('conditional');
    expect(e.action).toBe('email_external');
  });

  test('the principal of this school is still inside', () => {
    const d = ask(pack, '職員の住所録を教頭先生にメールで送りたい');
    expect(d.situation?.id).toBe('internal_share');
  });

  test('the principal only consulted, or not, is not who receives it (校長に相談しないで)', () => {
    const d = ask(getPack('kurume'), '校長に相談しないで、職員の住所録を業者さんに渡してもいいですか。');
    expect(d.situation?.id).not.toBe('internal_share');
    expect(d.action).toBe('provide_external');
    expect(d.decision).not.toBe('conditional');
  });
});
