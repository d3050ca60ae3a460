# -*- coding: utf-8 -*-
"""Hand-built writers for Office/ODF/RTF/PDF/EML/image files (no third-party office libs)."""
import io, os, zipfile, random, math, base64
from xml.sax.saxutils import escape
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
from email.header import Header
from email.utils import formatdate

FONT_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
FONT_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
FONT_SANS_B = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'

def x(s):
    return escape(str(s), {'"': '&quot;'})

def _zip(path, members, mimetype=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, 'w') as z:
        if mimetype:
            z.writestr(zipfile.ZipInfo('mimetype'), mimetype, compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)

# ---------------------------------------------------------------- xlsx
def colname(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def write_xlsx(path, sheets, creator='user'):
    """sheets: list of dict(name, rows(list of lists), hidden=False|'hidden'|'veryHidden',
    hidden_cols=[idx], comments={(r,c): text})"""
    sst, sidx = [], {}
    def si(v):
        if v not in sidx:
            sidx[v] = len(sst); sst.append(v)
        return sidx[v]
    m = {}
    ct_over = []
    wb_sheets, wb_rels = [], []
    for n, sh in enumerate(sheets, 1):
        rows = sh['rows']
        cols = ''
        if sh.get('hidden_cols'):
            cols = '<cols>' + ''.join('<col min="%d" max="%d" width="12" hidden="1" customWidth="1"/>' % (c + 1, c + 1) for c in sh['hidden_cols']) + '</cols>'
        rx = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = colname(c) + str(r)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, si(str(v))))
            rx.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
        legacy = ''
        rels = []
        if sh.get('comments'):
            rels.append('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments%d.xml"/>' % n)
            rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing%d.vml"/>' % n)
            legacy = '<legacyDrawing r:id="rId2"/>'
            cm = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>%s</author></authors><commentList>' % x(creator)]
            shapes = []
            for (r, c), t in sh['comments'].items():
                cm.append('<comment ref="%s%d" authorId="0"><text><r><t xml:space="preserve">%s</t></r></text></comment>' % (colname(c), r + 1, x(t)))
                shapes.append('<v:shape type="#_x0000_t202" style="position:absolute;width:160pt;height:60pt;visibility:hidden" fillcolor="#ffffe1"><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>%d</x:Row><x:Column>%d</x:Column></x:ClientData></v:shape>' % (r, c))
            cm.append('</commentList></comments>')
            m['xl/comments%d.xml' % n] = ''.join(cm)
            m['xl/drawings/vmlDrawing%d.vml' % n] = ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
                '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' + ''.join(shapes) + '</xml>')
            ct_over.append('<Override PartName="/xl/comments%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' % n)
            m['xl/worksheets/_rels/sheet%d.xml.rels' % n] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>'
        m['xl/worksheets/sheet%d.xml' % n] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + cols + '<sheetData>' + ''.join(rx) + '</sheetData>' + legacy + '</worksheet>')
        st = sh.get('hidden')
        state = ' state="%s"' % (st if isinstance(st, str) else 'hidden') if st else ''
        wb_sheets.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (x(sh['name']), n, state, n))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (n, n))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n)
    k = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (k + 1))
    m['xl/sharedStrings.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(sst), len(sst))
        + ''.join('<si><t xml:space="preserve">%s</t></si>' % x(s) for s in sst) + '</sst>')
    m['xl/workbook.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + ''.join(wb_sheets) + '</sheets></workbook>')
    m['xl/_rels/workbook.xml.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(wb_rels) + '</Relationships>'
    m['_rels/.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    m['docProps/core.xml'] = core_xml(creator)
    m['[Content_Types].xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        + ''.join(ct_over) + '</Types>')
    _zip(path, m)

def core_xml(creator, title=''):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-05-12T08:00:00Z</dcterms:created></cp:coreProperties>' % (x(title), x(creator)))

# ---------------------------------------------------------------- docx
def _wp(t, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, x(t))

def _wtable(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
    for row in rows:
        out.append('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % _wp(c) for c in row) + '</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)

def write_docx(path, blocks, comments=None, footer=None, header=None, creator='user', title=''):
    """blocks: list of str (paragraph), ('h', str), ('table', rows), ('pb',) page break,
    ('c', str, comment_index) paragraph with a comment anchored."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(_wp(b))
        elif b[0] == 'h':
            body.append(_wp(b[1], True))
        elif b[0] == 'table':
            body.append(_wtable(b[1]))
        elif b[0] == 'pb':
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif b[0] == 'c':
            i = b[2]
            body.append('<w:p><w:commentRangeStart w:id="%d"/><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r></w:p>' % (i, x(b[1]), i, i))
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = []
    sect = ''
    m = {}
    if footer:
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        m['word/footer1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">%s</w:ftr>' % ''.join(_wp(t) for t in footer.split('\n'))
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if header:
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        m['word/header1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">%s</w:hdr>' % ''.join(_wp(t) for t in header.split('\n'))
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        sect = '<w:headerReference w:type="default" r:id="rIdH"/>' + sect
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        m['word/comments.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            + ''.join('<w:comment w:id="%d" w:author="%s" w:initials="%s" w:date="2026-06-03T10:00:00Z">%s</w:comment>' % (i, x(a), x(a[:1]), _wp(t)) for i, (a, t) in enumerate(comments))
            + '</w:comments>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    m['word/document.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
        + ''.join(body) + '<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>' % sect)
    m['word/styles.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="MS Mincho"/><w:sz w:val="21"/><w:lang w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
    m['word/_rels/document.xml.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>'
    m['_rels/.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    m['docProps/core.xml'] = core_xml(creator, title)
    m['[Content_Types].xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        + ''.join(ct) + '</Types>')
    _zip(path, m)

# ---------------------------------------------------------------- pptx
P_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'

def _sp(i, name, lines, y=0, ph=None):
    phx = '<p:nvPr><p:ph type="%s"/></p:nvPr>' % ph if ph else '<p:nvPr/>'
    paras = ''.join('<a:p><a:r><a:rPr lang="ja-JP"/><a:t>%s</a:t></a:r></a:p>' % x(t) for t in lines)
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr/>%s</p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="%d"/><a:ext cx="8229600" cy="1200000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            '<p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>' % (i, name, phx, y, paras))

def _sptree(shapes):
    return ('<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>%s</p:spTree></p:cSld>' % ''.join(shapes))

def write_pptx(path, slides, creator='user'):
    """slides: list of (title, [body lines], notes or None)"""
    m = {}
    R = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
    rel = lambda i, t, tg: '<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>' % (i, t, tg)
    theme = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements>'
             '<a:clrScheme name="T"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>'
             + ''.join('<a:accent%d><a:srgbClr val="4F81BD"/></a:accent%d>' % (i, i) for i in range(1, 7)) +
             '<a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>'
             '<a:fontScheme name="T"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
             '<a:fmtScheme name="T"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
             '<a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
             '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
             '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
    m['ppt/theme/theme1.xml'] = theme
    m['ppt/theme/theme2.xml'] = theme
    m['ppt/slideMasters/slideMaster1.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster %s>%s<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>' % (P_NS, _sptree([])))
    m['ppt/slideMasters/_rels/slideMaster1.xml.rels'] = R % (rel('rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml') + rel('rId2', 'theme', '../theme/theme1.xml'))
    m['ppt/slideLayouts/slideLayout1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout %s>%s<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>' % (P_NS, _sptree([]))
    m['ppt/slideLayouts/_rels/slideLayout1.xml.rels'] = R % rel('rId1', 'slideMaster', '../slideMasters/slideMaster1.xml')
    m['ppt/notesMasters/notesMaster1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notesMaster %s>%s<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/></p:notesMaster>' % (P_NS, _sptree([]))
    m['ppt/notesMasters/_rels/notesMaster1.xml.rels'] = R % rel('rId1', 'theme', '../theme/theme2.xml')
    ct = []
    sldids, prels = [], [rel('rId1', 'slideMaster', 'slideMasters/slideMaster1.xml'), rel('rId2', 'notesMaster', 'notesMasters/notesMaster1.xml')]
    for n, (title, body, notes) in enumerate(slides, 1):
        m['ppt/slides/slide%d.xml' % n] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld %s>%s<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>' % (P_NS, _sptree([_sp(2, 'Title', [title], 300000), _sp(3, 'Body', body, 1600000)]))
        srels = rel('rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml')
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % n)
        if notes:
            srels += rel('rId2', 'notesSlide', '../notesSlides/notesSlide%d.xml' % n)
            m['ppt/notesSlides/notesSlide%d.xml' % n] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notes %s>%s<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>' % (P_NS, _sptree([_sp(2, 'Notes', notes.split('\n'), 0, 'body')]))
            m['ppt/notesSlides/_rels/notesSlide%d.xml.rels' % n] = R % (rel('rId1', 'notesMaster', '../notesMasters/notesMaster1.xml') + rel('rId2', 'slide', '../slides/slide%d.xml' % n))
            ct.append('<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % n)
        m['ppt/slides/_rels/slide%d.xml.rels' % n] = R % srels
        sldids.append('<p:sldId id="%d" r:id="rId%d"/>' % (255 + n, n + 10))
        prels.append(rel('rId%d' % (n + 10), 'slide', 'slides/slide%d.xml' % n))
    prels.append(rel('rId3', 'theme', 'theme/theme1.xml'))
    m['ppt/presentation.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation %s><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>' % (P_NS, ''.join(sldids)))
    m['ppt/_rels/presentation.xml.rels'] = R % ''.join(prels)
    m['_rels/.rels'] = R % (rel('rId1', 'officeDocument', 'ppt/presentation.xml') + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>')
    m['docProps/core.xml'] = core_xml(creator)
    m['[Content_Types].xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
        '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
        '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
        '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>'
        '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
        '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        + ''.join(ct) + '</Types>')
    _zip(path, m)

# ---------------------------------------------------------------- ODF
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')

def _odf(path, body, mt, annotations=None):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mt)
    content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:automatic-styles><style:style style:name="co_h" style:family="table-column"><style:table-column-properties fo:break-before="auto"/></style:style></office:automatic-styles><office:body>%s</office:body></office:document-content>' % (ODF_NS, body)
    _zip(path, {'META-INF/manifest.xml': manifest, 'content.xml': content}, mimetype=mt)

def write_ods(path, sheets):
    """sheets: list of dict(name, rows, hidden_cols=[], comments={(r,c):text})"""
    out = ['<office:spreadsheet>']
    for sh in sheets:
        out.append('<table:table table:name="%s">' % x(sh['name']))
        ncol = max(len(r) for r in sh['rows'])
        hc = set(sh.get('hidden_cols', []))
        for c in range(ncol):
            out.append('<table:table-column%s/>' % (' table:visibility="collapse"' if c in hc else ''))
        for r, row in enumerate(sh['rows']):
            out.append('<table:table-row>')
            for c, v in enumerate(row):
                ann = ''
                if (r, c) in sh.get('comments', {}):
                    ann = '<office:annotation><dc:creator>staff</dc:creator><text:p>%s</text:p></office:annotation>' % x(sh['comments'][(r, c)])
                if isinstance(v, (int, float)):
                    out.append('<table:table-cell office:value-type="float" office:value="%s">%s<text:p>%s</text:p></table:table-cell>' % (v, ann, v))
                else:
                    out.append('<table:table-cell office:value-type="string">%s<text:p>%s</text:p></table:table-cell>' % (ann, x(v)))
            out.append('</table:table-row>')
        out.append('</table:table>')
    out.append('</office:spreadsheet>')
    _odf(path, ''.join(out), 'application/vnd.oasis.opendocument.spreadsheet')

def write_odt(path, blocks, annotations=None):
    out = ['<office:text>']
    for b in blocks:
        if isinstance(b, str):
            out.append('<text:p>%s</text:p>' % x(b))
        elif b[0] == 'h':
            out.append('<text:h text:outline-level="1">%s</text:h>' % x(b[1]))
        elif b[0] == 'table':
            out.append('<table:table table:name="T1">')
            out.append('<table:table-column table:number-columns-repeated="%d"/>' % max(len(r) for r in b[1]))
            for row in b[1]:
                out.append('<table:table-row>' + ''.join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(c) for c in row) + '</table:table-row>')
            out.append('</table:table>')
        elif b[0] == 'note':
            out.append('<text:p>%s<office:annotation><dc:creator>%s</dc:creator><text:p>%s</text:p></office:annotation></text:p>' % (x(b[1]), x(b[2]), x(b[3])))
        elif b[0] == 'pb':
            out.append('<text:p/>')
    out.append('</office:text>')
    _odf(path, ''.join(out), 'application/vnd.oasis.opendocument.text')

# ---------------------------------------------------------------- RTF
def rtf_escape(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in '\\{}':
            o.append('\\' + ch)
        elif c < 128:
            o.append(ch)
        else:
            if c > 32767:
                c -= 65536
            o.append('\\u%d?' % c)
    return ''.join(o)

def write_rtf(path, lines):
    body = ''.join(rtf_escape(l) + '\\par\n' for l in lines)
    data = '{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\uc1\\f0\\fs21\n' + body + '}'
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'w', encoding='ascii').write(data)

# ---------------------------------------------------------------- text-PDF (reportlab CID font)
def write_pdf_text(path, pages, title=''):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    try:
        pdfmetrics.getFont('HeiseiKakuGo-W5')
    except Exception:
        pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    W, H = A4
    for lines in pages:
        y = H - 60
        for ln in lines:
            size = 10.5
            if isinstance(ln, tuple):
                ln, size = ln
            c.setFont('HeiseiKakuGo-W5', size)
            c.drawString(50, y, ln)
            y -= size * 1.7
            if y < 50:
                c.showPage(); y = H - 60
        c.showPage()
    c.save()

# ---------------------------------------------------------------- images
def _font(size, serif=False, bold=False):
    from PIL import ImageFont
    p = FONT_SANS_B if bold else (FONT_SERIF if serif else FONT_SANS)
    return ImageFont.truetype(p, size, index=0)

def render_paper(lines, width=1240, rng=None, hand=False, table=None, line_h=44, size=28):
    """Render a sheet of paper (PIL Image). hand=True jitters glyphs to look handwritten."""
    from PIL import Image, ImageDraw
    rng = rng or random.Random(1)
    n = len(lines) + (len(table) if table else 0)
    cws = None
    if table:
        ft = _font(size - 4)
        cws = [max(ft.getlength(str(rw[c])) if c < len(rw) else 0 for rw in table) + 16 for c in range(max(len(rw) for rw in table))]
        width = max(width, int(sum(cws) + 180))
    height = max(int(width * 1.414), 140 + n * line_h + 200)
    img = Image.new('RGB', (width, height), (250, 249, 244))
    d = ImageDraw.Draw(img)
    f = _font(size, serif=hand)
    y = 100
    ink = (30, 30, 70) if hand else (20, 20, 20)
    for ln in lines:
        if isinstance(ln, tuple):
            ln, s = ln
            ff = _font(s, serif=hand, bold=not hand)
        else:
            ff = f
        if hand:
            xx = 90 + rng.randint(-6, 6)
            for ch in ln:
                fs = ff if not isinstance(ff, type(None)) else f
                d.text((xx, y + rng.randint(-3, 3)), ch, font=fs, fill=ink)
                xx += fs.getbbox(ch)[2] + rng.randint(-2, 3) if ch.strip() else fs.size // 2
        else:
            d.text((90, y), ln, font=ff, fill=ink)
        y += line_h
    if table:
        sc = (width - 180) / sum(cws)
        xs = [90]
        for wv in cws:
            xs.append(xs[-1] + wv * sc)
        y0 = y + 10
        for r, row in enumerate(table):
            for c, v in enumerate(row):
                d.rectangle([xs[c], y0 + r * line_h, xs[c + 1], y0 + (r + 1) * line_h], outline=(60, 60, 60))
                if hand and r > 0:
                    xx = xs[c] + 6
                    for ch in str(v):
                        fh = _font(size - 4, serif=True)
                        d.text((xx, y0 + r * line_h + 6 + rng.randint(-2, 2)), ch, font=fh, fill=(25, 25, 90))
                        xx += fh.getlength(ch) + rng.randint(-1, 1)
                else:
                    d.text((xs[c] + 6, y0 + r * line_h + 6), str(v), font=_font(size - 6), fill=(20, 20, 20))
    return img

def photo_of(img, rng, angle=None):
    """Simulate a phone photo: desk background, tilt, uneven light, noise, blur."""
    from PIL import Image, ImageFilter, ImageDraw
    angle = angle if angle is not None else rng.uniform(-8, 8)
    pw, ph = img.size
    bg = Image.new('RGB', (int(pw * 1.25), int(ph * 1.2)), (rng.randint(90, 140), rng.randint(70, 110), rng.randint(50, 80)))
    rot = img.rotate(angle, expand=True, fillcolor=(0, 0, 0), resample=Image.BICUBIC)
    mask = Image.new('L', img.size, 255).rotate(angle, expand=True, fillcolor=0)
    bg.paste(rot, ((bg.size[0] - rot.size[0]) // 2 + rng.randint(-30, 30), (bg.size[1] - rot.size[1]) // 2 + rng.randint(-30, 30)), mask)
    # uneven light: radial gradient
    W, H = bg.size
    grad = Image.new('L', (64, 64))
    gx, gy = rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9)
    gp = grad.load()
    for i in range(64):
        for j in range(64):
            dd = math.hypot(i / 63 - gx, j / 63 - gy)
            gp[i, j] = int(255 * max(0.45, 1.0 - 0.6 * dd))
    grad = grad.resize((W, H), Image.BILINEAR)
    dark = Image.new('RGB', (W, H), (10, 10, 20))
    out = Image.composite(bg, dark, grad)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.4)))
    out = out.resize((W * 3 // 4, H * 3 // 4))
    return out

def scan_of(img, rng):
    """Simulate a copier scan: grayscale, slight skew, speckles."""
    from PIL import Image, ImageDraw
    g = img.convert('L').rotate(rng.uniform(-1.2, 1.2), expand=False, fillcolor=255, resample=Image.BICUBIC)
    d = ImageDraw.Draw(g)
    for _ in range(300):
        px, py = rng.randint(0, g.size[0] - 1), rng.randint(0, g.size[1] - 1)
        d.point((px, py), fill=rng.randint(80, 180))
    return g

def write_image_pdf(path, imgs):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ims = [i.convert('RGB') for i in imgs]
    ims[0].save(path, 'PDF', resolution=150, save_all=True, append_images=ims[1:])

def screenshot(title, columns, rows, app='校務支援システム', user='', sidebar=None, rng=None, width=1600, banner=None):
    from PIL import Image, ImageDraw
    h = 260 + 44 * (len(rows) + 1) + 80
    img = Image.new('RGB', (width, max(h, 700)), (245, 247, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, width, 60], fill=(32, 72, 140))
    d.text((24, 14), app, font=_font(26, bold=True), fill=(255, 255, 255))
    d.text((width - 420, 18), user, font=_font(20), fill=(230, 230, 255))
    d.rectangle([0, 60, 240, img.size[1]], fill=(225, 230, 240))
    for i, s in enumerate(sidebar or ['ホーム', '学籍', '出欠', '成績', '保健', '帳票出力']):
        d.text((24, 90 + i * 44), s, font=_font(20), fill=(30, 30, 60))
    d.text((270, 80), title, font=_font(28, bold=True), fill=(20, 20, 20))
    if banner:
        d.text((270, 125), banner, font=_font(18), fill=(160, 30, 30))
    y0 = 170
    f19 = _font(19)
    wneed = [max(f19.getlength(str(rw[c])) if c < len(rw) else 0 for rw in [columns] + list(rows)) + 24 for c in range(len(columns))]
    if sum(wneed) > width - 300:
        width = int(sum(wneed) + 300)
        img2 = Image.new('RGB', (width, img.size[1]), (245, 247, 250)); img2.paste(img, (0, 0)); img = img2; d = ImageDraw.Draw(img)
        d.rectangle([0, 0, width, 60], fill=(32, 72, 140)); d.text((24, 14), app, font=_font(26, bold=True), fill=(255, 255, 255)); d.text((width - 420, 18), user, font=_font(20), fill=(230, 230, 255))
    xs = [280]
    scale = max(1.0, (width - 300) / sum(wneed))
    for wv in wneed:
        xs.append(xs[-1] + wv * scale)
    d.rectangle([270, y0, width - 30, y0 + 44], fill=(200, 212, 232))
    for c, col in enumerate(columns):
        d.text((xs[c], y0 + 10), col, font=_font(19, bold=True), fill=(20, 20, 20))
    for r, row in enumerate(rows, 1):
        yy = y0 + r * 44
        d.rectangle([270, yy, width - 30, yy + 44], fill=(255, 255, 255) if r % 2 else (240, 244, 250), outline=(220, 220, 220))
        for c, v in enumerate(row):
            d.text((xs[c], yy + 10), str(v), font=f19, fill=(20, 20, 20))
    return img

def chat_screenshot(channel, msgs, app='Teams'):
    from PIL import Image, ImageDraw
    h = 140 + sum(40 + 34 * len(m[2].split('\n')) for m in msgs) + 40
    img = Image.new('RGB', (1200, h), (243, 242, 241))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 1200, 56], fill=(70, 71, 117))
    d.text((20, 12), '%s  |  %s' % (app, channel), font=_font(24, bold=True), fill=(255, 255, 255))
    y = 90
    for who, tm, text in msgs:
        d.ellipse([30, y, 74, y + 44], fill=(120, 140, 200))
        d.text((44, y + 8), who[0], font=_font(20), fill=(255, 255, 255))
        d.text((96, y), '%s   %s' % (who, tm), font=_font(18, bold=True), fill=(60, 60, 60))
        lines = text.split('\n')
        d.rounded_rectangle([92, y + 30, 1150, y + 40 + 34 * len(lines)], 10, fill=(255, 255, 255))
        for i, l in enumerate(lines):
            d.text((106, y + 36 + 34 * i), l, font=_font(20), fill=(20, 20, 20))
        y += 60 + 34 * len(lines)
    return img

def whiteboard(lines, rng):
    from PIL import Image, ImageDraw
    img = Image.new('RGB', (1600, 1100), (236, 238, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 40, 1560, 1060], outline=(150, 150, 150), width=8)
    y = 90
    for ln in lines:
        xx = 100 + rng.randint(-10, 10)
        col = rng.choice([(20, 20, 20), (30, 40, 160), (170, 30, 30)])
        for ch in ln:
            d.text((xx, y + rng.randint(-4, 4)), ch, font=_font(40, serif=True), fill=col)
            xx += 40 + rng.randint(-4, 4) if ch.strip() else 20
        y += 70
    return img

# ---------------------------------------------------------------- eml
def write_eml(path, frm, to, subject, body, attachments=(), date=None):
    msg = MIMEMultipart()
    msg['From'] = frm
    msg['To'] = to
    msg['Subject'] = Header(subject, 'utf-8')
    msg['Date'] = date or formatdate(1780000000, localtime=False)
    msg['Message-ID'] = '<%d.%s>' % (abs(hash(subject)) % 10 ** 9, frm.split('<')[-1].rstrip('>'))
    msg.attach(MIMEText(body, 'plain', 'utf-8'))
    for name, data, mime in attachments:
        main, sub = mime.split('/')
        part = MIMEBase(main, sub)
        part.set_payload(data)
        encoders.encode_base64(part)
        part.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', name))
        msg.attach(part)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'wb').write(msg.as_bytes())
