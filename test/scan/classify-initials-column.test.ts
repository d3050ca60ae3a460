import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * Pupils written by their dotted initials (N.M., H.T.), as a record that must not name them writes
 * them, stand for the pupils of a table as a 出席番号 does: a 服薬チェック表 of initials beside drugs is
 * filled in with pupils' data (Ⅰ), not its blank form.
 */
const sheet = (rows: string[][], name: string) =>
  classifyDocument(getPack('kumamoto'), {
    name,
    type: 'xlsx',
    text: rows.map((r) => r.join('\t')).join('\n'),
    tables: [{ rows, headerRow: 0 }],
  });

describe('a column of initials', () => {
  it('initials beside drugs under 服薬 are the pupils’ medication record (Ⅰ)', () => {
    const r = sheet(
      [
        ['児童', '薬剤', '用量', '時間', '確認'],
        ['N.M.', 'リスパダール', '1ml', '10:00', '未'],
        ['H.T.', 'エビリファイ', '3mg', '10:00', '済'],
        ['M.Y.', 'エビリファイ', '6mg', '昼食後', '未'],
        ['K.N.', 'デパケンR', '200mg', '昼食後', '済'],
      ],
      '服薬チェック表.xlsx',
    );
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });

  it('the blank check sheet stays the blank form', () => {
    const r = sheet(
      [
        ['児童', '薬剤', '用量', '時間', '確認'],
        ['', '', '', '', ''],
        ['', '', '', '', ''],
      ],
      '服薬チェック表.xlsx',
    );
    expect(['III', 'IV', null]).toContain(r.class);
  });
});
