import { describe, expect, it } from 'vitest';
import { extractBuffer } from '../../extract/index.js';
import { inspectBuffer } from '../../inspect/index.js';
import { getPack } from '../../policy/index.js';

/** An Excel 2003 XML Spreadsheet as school systems export it: a visible sheet and a hidden one. */
function workbook(encoding = 'UTF-8'): string {
  return `<?xml version="1.0" encoding="${encoding}"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Title>児童一覧</Title></DocumentProperties>
 <Worksheet ss:Name="一覧">
  <Table>
   <Row><Cell><Data ss:Type="String">番号</Data></Cell><Cell><Data ss:Type="String">氏名</Data></Cell><Cell><Data ss:Type="String">学級</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">山田 太郎</Data><Comment ss:Author="担任"><ss:Data>喘息の薬を毎朝服用</ss:Data></Comment></Cell><Cell><Data ss:Type="String">3年2組</Data></Cell></Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="連絡先">
  <Table>
   <Row><Cell><Data ss:Type="String">氏名</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">住所</Data></Cell><Cell><Data ss:Type="String">電話番号</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">山田 太郎</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">熊本市北区鷺ノ森町3-14</Data></Cell><Cell><Data ss:Type="String">090-0000-1234</Data></Cell></Row>
  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
</Workbook>`;
}

describe('Excel 2003 XML Spreadsheet saved as .xls', () => {
  it('is read as a workbook: every sheet as rows, ss:Index gaps kept, cell notes as content', async () => {
    const x = await extractBuffer(Buffer.from(workbook(), 'utf8'), '名簿.xls');
    expect(x.format).toBe('xmlss');
    expect(x.tables.map((t) => t.name)).toEqual(['一覧', '連絡先']);
    expect(x.tables[0]!.rows[1]).toEqual(['1', '山田 太郎', '3年2組']);
    expect(x.tables[1]!.rows[1]).toEqual(['山田 太郎', '', '熊本市北区鷺ノ森町3-14', '090-0000-1234']);
    expect(x.asides).toEqual([{ kind: 'comment', where: '一覧!R2C2', text: '喘息の薬を毎朝服用' }]);
    expect(x.text).toContain('喘息の薬を毎朝服用');
    expect(x.properties).toMatchObject({ title: '児童一覧' });
  });

  it('reads a Shift_JIS workbook by its declared encoding', async () => {
    const { default: iconv } = await import('iconv-lite');
    const x = await extractBuffer(iconv.encode(workbook('Shift_JIS'), 'shift_jis'), 'export.xls');
    expect(x.tables[1]!.rows[1]![2]).toBe('熊本市北区鷺ノ森町3-14');
  });

  it('a roster with addresses on a hidden sheet is class Ⅰ, not an unreadable file', async () => {
    const r = await inspectBuffer(getPack('kumamoto'), Buffer.from(workbook(), 'utf8'), 'Book1.xls', 'Book1.xls');
    expect(r.status).toBe('ok');
    expect(r.class).toBe('I');
  });
});
