import { describe, expect, test } from 'vitest';
import { ask, getPack, previousOf } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('a request reported to the teacher (the receiver asked for a FAX, 2-2(9)②)', () => {
  test('a って that ends the sentence leaves the verb of saying unsaid: they asked', () => {
    const d = ask(pack, '給食のアレルギー表、調理業者さんにFAXしといて。向こうがFAXで欲しいって');
    expect(d.decision).toBe('conditional');
    expect(d.action).toBe('fax');
  });

  test('the teacher own intent before って (送ろうって) is no request', () => {
    const d = ask(pack, 'アレルギー表、FAXで送ろうって');
    expect(d.decision).toBe('prohibited');
  });

  test('a place said with から before the request is who asked, not where work is done', () => {
    const d = ask(pack, 'アレルギーの子の一覧、修学旅行のホテルにFAXしとくね。ホテルからFAXでお願いしますって言われたから');
    expect(d.action).toBe('fax');
    expect(d.decision).toBe('conditional');
  });

  test('a place said with から and no request stays where the work is done', () => {
    const d = ask(pack, '通知表を家から開いていいですか');
    expect(d.action).toBe('process_outside');
  });
});

describe('a request quoted with a comma before と, and who says it (「FAXで、と先方が」)', () => {
  test('the と after a comma quotes, and the one who asks may end the sentence: they asked', () => {
    const first = ask(pack, '要録の写しを転学先に送る');
    const next = ask(pack, '急ぎなのでFAXで、と先方が', { previous: previousOf(first) });
    expect(next).toMatchObject({ decision: 'conditional', class: 'I', action: 'fax' });
  });

  test('who asks may stand before the verb of saying (と先方が言っている)', () => {
    expect(ask(pack, '健康診断票をFAXでと先方が言ってる').decision).toBe('conditional');
  });

  test('the school own staff saying so is no request from the recipient', () => {
    expect(ask(pack, '健康診断票をFAXで送ろうと先生が言ってる').decision).toBe('prohibited');
    expect(ask(pack, '健康診断票、FAXで、と教頭が').decision).toBe('prohibited');
  });

  test('a noun of asking after と is the request itself (と依頼がありました)', () => {
    const d = ask(pack, 'センター側から今年もアレルギーの一覧をFAXで送ってほしいと依頼がありました。続けて大丈夫？');
    expect(d.decision).toBe('conditional');
  });
});
