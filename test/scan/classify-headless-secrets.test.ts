import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A list of accounts and their passwords with no heading (a .txt left on a desktop): a column of
 * distinct values a password rule asks for (a symbol, or small and capital letters), each beside a
 * login name or an e-mail address, is the ID/PW ledger (Ⅱ). Codes without an account beside them,
 * or plain numbers after a login name, are not passwords.
 */
const classify = (rows: string[][], name = '新規 テキスト ドキュメント.txt') =>
  classifyDocument(getPack('kumamoto'), { name, type: 'txt', text: rows.map((r) => r.join('\t')).join('\n') });

describe('a column of passwords with no heading', () => {
  it('login names, mail addresses and passwords are the ID/PW ledger (Ⅱ)', () => {
    const r = classify([
      ['yamamoto_k', 'tyamamoto_k@school.example.jp', 'Km5083!ya', '校務PC'],
      ['nakamura_a', 'tnakamura_a@school.example.jp', 'Km1388!na', '校務PC'],
      ['inoue_t', 'tinoue_t@school.example.jp', 'Km1785!in', '成績処理'],
      ['hayashi_m', 'thayashi_m@school.example.jp', 'Km2110!ha', 'M365'],
    ]);
    expect(r.class, r.reasons.join('\n')).toBe('II');
  });

  it('pupils login names beside their numbers, or product codes, are not', () => {
    const numbers = classify([
      ['s2024001', '1年1組', '1'],
      ['s2024002', '1年1組', '2'],
      ['s2024003', '1年1組', '3'],
      ['s2024004', '1年1組', '4'],
    ]);
    expect(['III', 'IV', null]).toContain(numbers.class);
    const codes = classify([
      ['ノートPC', 'LtX2024a', '3台'],
      ['プロジェクター', 'PjA1150b', '2台'],
      ['書画カメラ', 'DcM300c', '5台'],
    ]);
    expect(['III', 'IV', null]).toContain(codes.class);
  });
});
