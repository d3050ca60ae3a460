import { describe, expect, it } from 'vitest';
import { classifyDocument, getPack } from '../../policy/index.js';

/**
 * The catalog says 児童生徒 (pupils of any school); a school writes 児童 or 生徒 alone. A title with
 * either is the catalog's item: 教科用図書給付児童名簿 with pupils in it is the recipients' list (Ⅱ),
 * not a plain 児童名簿 (Ⅲ).
 */
const rows = [
  ['学年', '組', '番号', '氏名', '受領印'],
  ['6', '1', '1', '堀 美桜', ''],
  ['6', '1', '2', '橋本 千尋', ''],
  ['6', '1', '3', '村上 朝陽', ''],
  ['6', '1', '4', '森 陸斗', ''],
];

describe('児童 or 生徒 alone for the catalog’s 児童生徒', () => {
  it('a textbook recipients’ list of 児童 is the catalog’s list (Ⅱ)', () => {
    const r = classifyDocument(getPack('kumamoto'), {
      name: '教科用図書給付児童名簿_6年.xlsx',
      type: 'xlsx',
      text: rows.map((r) => r.join('\t')).join('\n'),
      tables: [{ rows, headerRow: 0 }],
    });
    expect(r.class, r.reasons.join('\n')).toBe('II');
  });

  it('the same for 生徒, and a plain 生徒名簿 stays a roster (Ⅲ)', () => {
    const named = (name: string) =>
      classifyDocument(getPack('kumamoto'), {
        name,
        type: 'xlsx',
        text: rows.map((r) => r.join('\t')).join('\n'),
        tables: [{ rows, headerRow: 0 }],
      }).class;
    expect(named('教科用図書給付生徒名簿.xlsx')).toBe('II');
    expect(named('生徒名簿.xlsx')).toBe('III');
  });
});
