import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

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
