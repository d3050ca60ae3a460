import { describe, expect, test } from 'vitest';
import { ask, getPack } from '../../policy/index.js';

const pack = getPack('kumamoto');

describe('the receiver asked for a FAX (2-2(9)②), said in other forms', () => {
  test('a quoting って the dictionary splits (送ってって → 送っ|て|っ|て)', () => {
    const a = ask(pack, '体温チェック表、業者さんがFAXで送ってって言ってるけど送っていい？');
    expect(a.action).toBe('fax');
    expect(a.decision).toBe('conditional');
  });

  test('a request said as a noun: 「先方の依頼で」, 「病院の指定により」', () => {
    expect(ask(pack, '要録の写しを転校先にFAXしました（先方の依頼で）').decision).toBe('conditional');
    expect(ask(pack, '健康診断票を病院にFAXしていい？病院の指定により').decision).toBe('conditional');
  });

  test('a request denied, or none said, keeps the prohibition', () => {
    expect(ask(pack, '出席簿をFAXしていい？依頼はないけど').decision).toBe('prohibited');
    expect(ask(pack, '出席簿をFAXで送っていい？').decision).toBe('prohibited');
  });
});
