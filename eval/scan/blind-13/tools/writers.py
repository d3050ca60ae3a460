# -*- coding: utf-8 -*-
"""Format writers built by hand (zipfile + XML), reportlab for text PDF, PIL for images."""
import zipfile, io, os, random, math, base64
from xml.sax.saxutils import escape as _e
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance, ImageOps

FIXED_DT = (2025, 6, 10, 9, 0, 0)
def esc(s): return _e(str(s), {'"': '&quot;'})

def _zip(path, members, mimetype_first=None):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        if mimetype_first:
            zi = zipfile.ZipInfo('mimetype', FIXED_DT); zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, mimetype_first)
        for name, data in members:
            zi = zipfile.ZipInfo(name, FIXED_DT); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))

def colname(i):
    s = ''
    i += 1
    while i: i, r = divmod(i - 1, 26); s = chr(65 + r) + s
    return s

# ---------------- XLSX ----------------
def write_xlsx(path, sheets, title=''):
    """sheets: list of dict(name, rows, hidden=False, hidden_cols=[], comments={(r,c):text})"""
    X = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    m = []
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels = [], []
    for i, sh in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        state = ' state="hidden"' if sh.get('hidden') else ''
        wb_sheets.append(f'<sheet name="{esc(sh["name"][:31])}" sheetId="{i}"{state} r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        rows = sh['rows']
        ncol = max((len(r) for r in rows), default=1)
        cols = ''
        hc = set(sh.get('hidden_cols', []))
        if hc:
            HID = ' hidden="1"'
            cols = '<cols>' + ''.join(f'<col min="{c+1}" max="{c+1}" width="12" customWidth="1"{HID if c in hc else ""}/>' for c in range(ncol)) + '</cols>'
        xr = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                if v is None or v == '': continue
                ref = f'{colname(ci)}{ri}'
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>')
            xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
        coms = sh.get('comments') or {}
        extra = ''
        srels = []
        if coms:
            ct.append(f'<Override PartName="/xl/comments{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>')
            cl = ''.join(f'<comment ref="{colname(c)}{r+1}" authorId="0"><text><r><t xml:space="preserve">{esc(t)}</t></r></text></comment>' for (r, c), t in coms.items())
            m.append((f'xl/comments{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>教職員</author></authors><commentList>{cl}</commentList></comments>'))
            shapes = ''.join(f'<v:shape type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>{r}</x:Row><x:Column>{c}</x:Column></x:ClientData></v:shape>' for (r, c) in coms)
            m.append((f'xl/drawings/vmlDrawing{i}.vml', f'<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"/>{shapes}</xml>'))
            srels.append(f'<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments{i}.xml"/>')
            srels.append(f'<Relationship Id="rIdV" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing{i}.vml"/>')
            extra = '<legacyDrawing r:id="rIdV"/>'
        m.append((f'xl/worksheets/sheet{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {X}>{cols}<sheetData>{"".join(xr)}</sheetData>{extra}</worksheet>'))
        if srels:
            m.append((f'xl/worksheets/_rels/sheet{i}.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(srels) + '</Relationships>'))
    n = len(sheets)
    wb_rels.append(f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    ct.append('</Types>')
    m = [('[Content_Types].xml', ''.join(ct)),
         ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
         ('docProps/core.xml', core_xml(title)),
         ('xl/workbook.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {X}><sheets>{"".join(wb_sheets)}</sheets></workbook>'),
         ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(wb_rels) + '</Relationships>'),
         ('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>')] + m
    _zip(path, m)

def core_xml(title, creator='教職員'):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(creator)}</dc:creator></cp:coreProperties>')

# ---------------- SpreadsheetML 2003 (.xls legacy) ----------------
def write_xls2003(path, sheets):
    out = ['<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:x="urn:schemas-microsoft-com:office:excel">']
    for sh in sheets:
        out.append(f'<Worksheet ss:Name="{esc(sh["name"][:31])}"><Table>')
        for r in sh['rows']:
            out.append('<Row>' + ''.join(
                f'<Cell><Data ss:Type="Number">{v}</Data></Cell>' if isinstance(v, (int, float)) else f'<Cell><Data ss:Type="String">{esc(v)}</Data></Cell>'
                for v in r) + '</Row>')
        out.append('</Table>')
        if sh.get('hidden'): out.append('<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>')
        out.append('</Worksheet>')
    out.append('</Workbook>')
    open(path, 'w', encoding='utf-8').write('\n'.join(out))

# ---------------- ODS / ODT ----------------
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
def _odf(path, mime, body):
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}><office:automatic-styles><style:style style:name="hid" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles><office:body>{body}</office:body></office:document-content>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    _zip(path, [('content.xml', content), ('META-INF/manifest.xml', manifest)], mimetype_first=mime)

def _odf_table(rows, name='表1', hidden=False):
    st = ' table:style-name="hid"' if hidden else ''
    t = [f'<table:table table:name="{esc(name)}"{st}>']
    for r in rows:
        t.append('<table:table-row>' + ''.join(
            f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>' if isinstance(v, (int, float))
            else f'<table:table-cell office:value-type="string"><text:p>{esc(v)}</text:p></table:table-cell>' for v in r) + '</table:table-row>')
    t.append('</table:table>')
    return ''.join(t)

def write_ods(path, sheets):
    _odf(path, 'application/vnd.oasis.opendocument.spreadsheet',
         '<office:spreadsheet>' + ''.join(_odf_table(s['rows'], s['name'], s.get('hidden')) for s in sheets) + '</office:spreadsheet>')

def write_odt(path, blocks):
    b = []
    for bl in blocks:
        k = bl[0]
        if k == 'h': b.append(f'<text:h text:outline-level="1">{esc(bl[1])}</text:h>')
        elif k == 'p': b.append(f'<text:p>{esc(bl[1])}</text:p>')
        elif k == 'field': b.append(f'<text:p>{esc(bl[1])}：{esc(bl[2])}</text:p>')
        elif k == 'table': b.append(_odf_table(bl[1]))
        elif k == 'pagebreak': b.append('<text:p/>')
    _odf(path, 'application/vnd.oasis.opendocument.text', '<office:text>' + ''.join(b) + '</office:text>')

# ---------------- DOCX ----------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def _wp(text, bold=False, size=None):
    rp = ''
    if bold or size: rp = '<w:rPr>' + ('<w:b/>' if bold else '') + (f'<w:sz w:val="{size}"/>' if size else '') + '</w:rPr>'
    return f'<w:p><w:r>{rp}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
def _wtbl(rows):
    out = ['<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
    for r in rows:
        out.append('<w:tr>' + ''.join(f'<w:tc><w:p><w:r><w:t xml:space="preserve">{esc(v)}</w:t></w:r></w:p></w:tc>' for v in r) + '</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)

def write_docx(path, blocks, title='', header=None, footer=None, comment=None, tracked=None):
    """comment: (anchor_text, comment_text); tracked: (deleted_text, inserted_text)"""
    body = []
    for bl in blocks:
        k = bl[0]
        if k == 'h': body.append(_wp(bl[1], True, 32))
        elif k == 'p': body.append(_wp(bl[1]))
        elif k == 'field': body.append(_wp(f'{bl[1]}：{bl[2]}'))
        elif k == 'table': body.append(_wtbl(bl[1]))
        elif k == 'pagebreak': body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    if comment:
        body.append(f'<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">{esc(comment[0])}</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>')
    if tracked:
        body.append(f'<w:p><w:del w:id="1" w:author="教職員" w:date="2025-05-20T10:00:00Z"><w:r><w:delText xml:space="preserve">{esc(tracked[0])}</w:delText></w:r></w:del>'
                    f'<w:ins w:id="2" w:author="教職員" w:date="2025-05-20T10:00:00Z"><w:r><w:t xml:space="preserve">{esc(tracked[1])}</w:t></w:r></w:ins></w:p>')
    sect = '<w:sectPr>'
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    m = []
    if header:
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        m.append(('word/header1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{_wp(header)}</w:hdr>'))
    if footer:
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        m.append(('word/footer1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>{_wp(footer)}</w:ftr>'))
    if comment:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        m.append(('word/comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}><w:comment w:id="0" w:author="教職員" w:date="2025-05-20T10:00:00Z">{_wp(comment[1])}</w:comment></w:comments>'))
    sect += '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    ct.append('</Types>')
    m = [('[Content_Types].xml', ''.join(ct)),
         ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
         ('docProps/core.xml', core_xml(title)),
         ('word/document.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'),
         ('word/styles.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="游明朝"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>'),
         ('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>')] + m
    _zip(path, m)

# ---------------- PPTX ----------------
P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
def _sp(i, lines, y, h):
    paras = ''.join(f'<a:p><a:r><a:rPr lang="ja-JP"/><a:t>{esc(t)}</a:t></a:r></a:p>' for t in lines)
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="Text {i}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="{y}"/><a:ext cx="8229600" cy="{h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            f'<p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp>')
def _spTree(inner):
    return f'<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>{inner}</p:spTree></p:cSld>'
THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements>'
         '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
         + ''.join(f'<a:accent{i}><a:srgbClr val="4472C4"/></a:accent{i}>' for i in range(1, 7)) +
         '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
         '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
         '<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
         '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
         '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
def write_pptx(path, slides, title=''):
    """slides: list of (title, [lines], notes or None)"""
    R = lambda rels: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>'
    RT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
          '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    m = [('_rels/.rels', R([f'<Relationship Id="rId1" Type="{RT}officeDocument" Target="ppt/presentation.xml"/>', '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'])),
         ('docProps/core.xml', core_xml(title)),
         ('ppt/theme/theme1.xml', THEME), ('ppt/theme/theme2.xml', THEME),
         ('ppt/slideMasters/slideMaster1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster {P}>{_spTree("")}<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>'),
         ('ppt/slideMasters/_rels/slideMaster1.xml.rels', R([f'<Relationship Id="rId1" Type="{RT}slideLayout" Target="../slideLayouts/slideLayout1.xml"/>', f'<Relationship Id="rId2" Type="{RT}theme" Target="../theme/theme1.xml"/>'])),
         ('ppt/slideLayouts/slideLayout1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout {P} type="blank">{_spTree("")}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'),
         ('ppt/slideLayouts/_rels/slideLayout1.xml.rels', R([f'<Relationship Id="rId1" Type="{RT}slideMaster" Target="../slideMasters/slideMaster1.xml"/>'])),
         ('ppt/notesMasters/notesMaster1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notesMaster {P}>{_spTree("")}<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/></p:notesMaster>'),
         ('ppt/notesMasters/_rels/notesMaster1.xml.rels', R([f'<Relationship Id="rId1" Type="{RT}theme" Target="../theme/theme2.xml"/>']))]
    pres_rels = [f'<Relationship Id="rIdM" Type="{RT}slideMaster" Target="slideMasters/slideMaster1.xml"/>', f'<Relationship Id="rIdN" Type="{RT}notesMaster" Target="notesMasters/notesMaster1.xml"/>', f'<Relationship Id="rIdT" Type="{RT}theme" Target="theme/theme1.xml"/>']
    sldids = []
    for i, (st, lines, notes) in enumerate(slides, 1):
        ct.append(f'<Override PartName="/ppt/slides/slide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>')
        m.append((f'ppt/slides/slide{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld {P}>{_spTree(_sp(2, [st], 300000, 900000) + _sp(3, lines, 1300000, 5000000))}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'))
        srels = [f'<Relationship Id="rId1" Type="{RT}slideLayout" Target="../slideLayouts/slideLayout1.xml"/>']
        if notes:
            ct.append(f'<Override PartName="/ppt/notesSlides/notesSlide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>')
            m.append((f'ppt/notesSlides/notesSlide{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notes {P}>{_spTree(_sp(2, notes.split(chr(10)), 4000000, 4000000))}<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'))
            m.append((f'ppt/notesSlides/_rels/notesSlide{i}.xml.rels', R([f'<Relationship Id="rId1" Type="{RT}notesMaster" Target="../notesMasters/notesMaster1.xml"/>', f'<Relationship Id="rId2" Type="{RT}slide" Target="../slides/slide{i}.xml"/>'])))
            srels.append(f'<Relationship Id="rId2" Type="{RT}notesSlide" Target="../notesSlides/notesSlide{i}.xml"/>')
        m.append((f'ppt/slides/_rels/slide{i}.xml.rels', R(srels)))
        pres_rels.append(f'<Relationship Id="rId{i}" Type="{RT}slide" Target="slides/slide{i}.xml"/>')
        sldids.append(f'<p:sldId id="{255+i}" r:id="rId{i}"/>')
    m.append(('ppt/presentation.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation {P}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdM"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rIdN"/></p:notesMasterIdLst><p:sldIdLst>{"".join(sldids)}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>'))
    m.append(('ppt/_rels/presentation.xml.rels', R(pres_rels)))
    ct.append('</Types>')
    _zip(path, [('[Content_Types].xml', ''.join(ct))] + m)

# ---------------- text-ish ----------------
def blocks_to_text(blocks, sep='\t', md=False):
    out = []
    for bl in blocks:
        k = bl[0]
        if k == 'h': out.append(('# ' if md else '■') + bl[1]); out.append('')
        elif k == 'p': out.append(bl[1]); out.append('')
        elif k == 'field': out.append(f'{bl[1]}：{bl[2]}')
        elif k == 'table':
            if md:
                rows = bl[1]
                out.append('| ' + ' | '.join(map(str, rows[0])) + ' |'); out.append('|' + '---|' * len(rows[0]))
                for r in rows[1:]: out.append('| ' + ' | '.join(map(str, r)) + ' |')
            else:
                for r in bl[1]: out.append(sep.join(map(str, r)))
            out.append('')
        elif k == 'pagebreak': out.append('\f' if not md else '\n---\n')
    return '\n'.join(out)

def write_text(path, text, encoding='utf-8', crlf=False):
    if crlf: text = text.replace('\n', '\r\n')
    data = text.encode(encoding, errors='replace') if encoding != 'utf-16' else text.encode('utf-16')
    open(path, 'wb').write(data)

def write_csv(path, rows, sep=',', encoding='utf-8', bom=False):
    def q(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if (sep in v or '"' in v or '\n' in v) else v
    text = '\r\n'.join(sep.join(q(v) for v in r) for r in rows) + '\r\n'
    if encoding == 'utf-8' and bom: data = b'\xef\xbb\xbf' + text.encode('utf-8')
    elif encoding == 'utf-16': data = text.encode('utf-16')
    else: data = text.encode(encoding, errors='replace')
    open(path, 'wb').write(data)

def blocks_to_html(blocks, title, comment=None, charset='utf-8', word=False):
    WNS = ' xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"'
    h = [f'<html{WNS if word else ""}><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{esc(title)}</title>'
         + ('<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 11">' if word else '') + '</head><body>']
    if comment: h.append(f'<!-- {comment} -->')
    for bl in blocks:
        k = bl[0]
        if k == 'h': h.append(f'<h2>{esc(bl[1])}</h2>')
        elif k == 'p': h.append(f'<p>{esc(bl[1])}</p>')
        elif k == 'field': h.append(f'<p>{esc(bl[1])}：{esc(bl[2])}</p>')
        elif k == 'table':
            h.append('<table border="1" cellspacing="0">' + ''.join('<tr>' + ''.join(f'<td>{esc(v)}</td>' for v in r) + '</tr>' for r in bl[1]) + '</table>')
        elif k == 'pagebreak': h.append('<br style="page-break-before:always">')
    h.append('</body></html>')
    return '\n'.join(h)

def rtf_escape(s):
    out = []
    for ch in str(s):
        o = ord(ch)
        if ch in '\\{}': out.append('\\' + ch)
        elif o < 128: out.append(ch)
        else:
            if o > 32767: o -= 65536
            out.append(f'\\u{o}?')
    return ''.join(out)
def write_rtf(path, blocks):
    o = ['{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\f0\\fs21 ']
    for bl in blocks:
        k = bl[0]
        if k == 'h': o.append('{\\b\\fs28 ' + rtf_escape(bl[1]) + '}\\par\\par ')
        elif k == 'p': o.append(rtf_escape(bl[1]) + '\\par ')
        elif k == 'field': o.append(rtf_escape(f'{bl[1]}：{bl[2]}') + '\\par ')
        elif k == 'table':
            for r in bl[1]:
                o.append('\\trowd' + ''.join(f'\\cellx{1400*(i+1)}' for i in range(len(r))) + ' ' + ''.join('\\intbl ' + rtf_escape(v) + '\\cell ' for v in r) + '\\row ')
            o.append('\\pard\\par ')
        elif k == 'pagebreak': o.append('\\page ')
    o.append('}')
    open(path, 'w', encoding='ascii').write(''.join(o))

# ---------------- PDF (text) ----------------
def write_pdf_text(path, blocks, title=''):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    try: pdfmetrics.getFont('HeiseiKakuGo-W5')
    except Exception: pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    Wd, Ht = A4
    y = Ht - 60
    def nl(h):
        nonlocal y
        y -= h
        if y < 50: c.showPage(); y = Ht - 60
    for bl in blocks:
        k = bl[0]
        if k == 'pagebreak':
            c.showPage(); y = Ht - 60; continue
        if k == 'h':
            c.setFont('HeiseiKakuGo-W5', 15); c.drawString(50, y, str(bl[1])); nl(26); continue
        if k in ('p', 'field'):
            t = bl[1] if k == 'p' else f'{bl[1]}：{bl[2]}'
            c.setFont('HeiseiKakuGo-W5', 10)
            for i in range(0, max(len(t), 1), 48):
                c.drawString(50, y, t[i:i+48]); nl(15)
            nl(4); continue
        if k == 'table':
            rows = bl[1]; n = max(len(r) for r in rows)
            fs = 8 if n <= 8 else 6.5
            cw = (Wd - 100) / n
            c.setFont('HeiseiKakuGo-W5', fs)
            for r in rows:
                for i, v in enumerate(r):
                    s = str(v); maxc = int(cw / fs) + 1
                    c.drawString(50 + i * cw + 2, y, s[:maxc])
                c.line(50, y - 3, Wd - 50, y - 3)
                nl(fs + 6)
            nl(8)
    c.showPage(); c.save()

# ---------------- page rendering to images ----------------
FONT_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
FONT_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
_fc = {}
def font(path, size):
    k = (path, size)
    if k not in _fc: _fc[k] = ImageFont.truetype(path, size, index=0)
    return _fc[k]

def render_pages(blocks, rnd, size=(827, 1169), hand=True):
    """Render blocks to page images. 'field' values and table bodies drawn in handwriting-like serif when hand."""
    Wd, Ht = size
    pages = []
    img = Image.new('L', size, 255); d = ImageDraw.Draw(img); y = 60
    def newpage():
        nonlocal img, d, y
        pages.append(img); img = Image.new('L', size, 255); d = ImageDraw.Draw(img); y = 60
    def need(h):
        if y + h > Ht - 50: newpage()
    for bl in blocks:
        k = bl[0]
        if k == 'pagebreak': newpage(); continue
        if k == 'h':
            need(40); d.text((60, y), str(bl[1]), font=font(FONT_SANS, 26), fill=0); y += 48; continue
        if k == 'p':
            t = str(bl[1]); f = font(FONT_SANS, 15)
            for i in range(0, max(len(t), 1), 44):
                need(22); d.text((60, y), t[i:i+44], font=f, fill=20); y += 22
            y += 8; continue
        if k == 'field':
            need(36)
            d.text((60, y), str(bl[1]), font=font(FONT_SANS, 15), fill=0)
            d.line((60, y + 28, Wd - 60, y + 28), fill=120)
            v = str(bl[2]); fx = 230
            for i in range(0, max(len(v), 1), 30):
                col = rnd.randint(10, 70) if hand else 0
                d.text((fx + rnd.randint(-3, 3), y - 2 + rnd.randint(-2, 2)), v[i:i+30], font=font(FONT_SERIF if hand else FONT_SANS, 18), fill=col)
                if i + 30 < len(v): y += 30; need(30)
            y += 38; continue
        if k == 'table':
            rows = bl[1]; n = max(len(r) for r in rows)
            lens = [max(min(len(str(r[i])) if i < len(r) else 0, 14) for r in rows) + 1 for i in range(n)]
            tot = sum(lens); cws = [(Wd - 120) * l / tot for l in lens]
            fs = 13 if n <= 7 else 11
            rh = fs + 12
            for ri, r in enumerate(rows):
                need(rh)
                x = 60
                for i in range(n):
                    v = str(r[i]) if i < len(r) else ''
                    d.rectangle((x, y, x + cws[i], y + rh), outline=90)
                    maxc = max(1, int(cws[i] / fs))
                    if ri > 0 and hand:
                        d.text((x + 3 + rnd.randint(-1, 2), y + 3 + rnd.randint(-1, 1)), v[:maxc], font=font(FONT_SERIF, fs + 1), fill=rnd.randint(20, 70))
                    else:
                        d.text((x + 3, y + 4), v[:maxc], font=font(FONT_SANS, fs), fill=0)
                    x += cws[i]
                y += rh
            y += 14
    pages.append(img)
    return pages

def photo_effect(page, rnd, low_light=False, finger=True):
    """phone photo of paper: on a desk, tilted, with shadow, maybe finger, jpeg noise"""
    page = page.convert('RGB')
    pw, ph = page.size
    bg = Image.new('RGB', (int(pw * 1.25), int(ph * 1.18)), tuple(rnd.randint(90, 150) for _ in range(3)))
    page = ImageEnhance.Color(page).enhance(1.0)
    tint = Image.new('RGB', page.size, (255, 248, 235)); page = Image.blend(page, tint, 0.12)
    ang = rnd.uniform(-9, 9)
    pr = page.rotate(ang, expand=True, resample=Image.BILINEAR, fillcolor=(0, 0, 0))
    mask = Image.new('L', page.size, 255).rotate(ang, expand=True)
    ox = (bg.size[0] - pr.size[0]) // 2 + rnd.randint(-30, 30); oy = (bg.size[1] - pr.size[1]) // 2 + rnd.randint(-30, 30)
    bg.paste(pr, (ox, oy), mask)
    # shadow gradient
    grad = Image.linear_gradient('L').resize(bg.size).rotate(rnd.choice([0, 90, 180, 270]), expand=False)
    shade = ImageEnhance.Brightness(bg).enhance(0.55)
    bg = Image.composite(bg, shade, grad.point(lambda v: 120 + v // 2))
    d = ImageDraw.Draw(bg)
    if finger:
        fx = rnd.choice([0, bg.size[0] - 1]); fy = rnd.randint(bg.size[1] // 2, bg.size[1] - 100)
        d.ellipse((fx - 90, fy - 45, fx + 90, fy + 45), fill=(214, 160, 130))
        d.ellipse((fx - 40 + (30 if fx == 0 else -30), fy - 25, fx + 40 + (30 if fx == 0 else -30), fy + 25), fill=(230, 185, 160))
    if low_light:
        bg = ImageEnhance.Brightness(bg).enhance(0.55)
        noise = Image.effect_noise(bg.size, 40).convert('RGB')
        bg = Image.blend(bg, noise, 0.12)
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    return bg

def scan_effect(page, rnd, rotate=0):
    p = page.convert('L')
    p = p.rotate(rnd.uniform(-1.5, 1.5), fillcolor=255, resample=Image.BILINEAR)
    if rotate: p = p.rotate(rotate, expand=True, fillcolor=255)
    noise = Image.effect_noise(p.size, 25)
    p = Image.blend(p, noise, 0.06)
    return p

def write_pdf_image(path, pages):
    pages = [p.convert('L') for p in pages]
    import time as _t
    dt = _t.gmtime(1750406400)
    pages[0].save(path, 'PDF', resolution=100, save_all=True, append_images=pages[1:], creationDate=dt, modDate=dt, producer='RICOH IM C3000 (scan)')
