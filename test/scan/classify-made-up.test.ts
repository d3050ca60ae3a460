import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * A file that says its data are made up — a training sheet, a filled-in example — holds nobody's
 * data: the record it would be is its blank form (Ⅳ). A value made up in passing (福岡市立架空小,
 * 熊本市…（架空）) or a sheet called 記入例 beside a real one says nothing of the rest.
 */
const sheet = (name: string, lines: string[]) => {
  const rows = lines.map((l) => l.split('\t'));
  return classifyDocument(getPack('kumamoto'), {
    name,
    type: 'xlsx',
    text: lines.join('\n'),
    tables: [{ rows: rows.filter((r) => r.length > 1), headerRow: 0 }],
  });
};

describe('made-up data', () => {
  it('a training sheet of made-up names, addresses and phones is no address book', () => {
    const r = sheet('個人情報研修_演習用.xlsx', [
      '※この表はすべて架空の研修用データです',
      '氏名\t住所\t電話',
      '熊本 太郎\t○○市△△町1-1\t096-111-2222',
      '火の国 花子\t○○市△△町2-2\t096-333-4444',
    ]);
    expect(r.class, r.reasons.join('\n')).toBe('IV');
  });

  it('a filled-in example of a form is its blank form', () => {
    const text = [
      '【記入例】転入届',
      '児童名：熊本 太郎（くまもと たろう）',
      '住所：熊本市中央区大江1-2-3',
      '電話：096-111-2222',
      '※上記は記入例です。',
    ];
    const r = classifyDocument(getPack('kumamoto'), { name: '転入届.txt', type: 'txt', text: text.join('\n') });
    expect(r.class, r.reasons.join('\n')).toBe('IV');
  });

  it('a real list whose schools or addresses are made up in passing is still the record', () => {
    const r = sheet('転出一覧_export.xlsx', [
      '学年\t氏名\t住所\t電話',
      '4\t林 心春\t福岡市立架空小 福岡市中央区天神1-1\t090-1234-5678',
      '2\t中村 蓮\t熊本市北区花岡台一丁目5-6（架空）\t090-2345-6789',
      '3\t井上 海斗\t熊本市東区健軍2-3-4\t090-3456-7890',
    ]);
    expect(r.class, r.reasons.join('\n')).toBe('I');
  });
});
