# -*- coding: utf-8 -*-
"""Minimal hand-rolled writers for office formats (no python-docx/openpyxl here)."""
import os, zipfile, io, random, math, csv
from xml.sax.saxutils import escape as xe
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONTDIR = '/usr/share/fonts/opentype/noto/'

def _mk(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)

def _zip(path, parts, first=None):
    _mk(path)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        if first:
            z.writestr(zipfile.ZipInfo(first[0]), first[1])  # stored
        for n, d in parts.items():
            z.writestr(n, d)

# ---------------- XLSX ----------------
def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(path, sheets, header=None, footer=None):
    """sheets: list of dict(name, rows, hidden=False, hidden_cols=[idx], veryhidden=False)"""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels, parts = [], [], {}
    for i, sh in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        st = ''
        if sh.get('hidden'):
            st = ' state="hidden"'
        if sh.get('veryhidden'):
            st = ' state="veryHidden"'
        wb_sheets.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (xe(sh['name']), i, st, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        rows = []
        for r, row in enumerate(sh['rows'], 1):
            cells = []
            for c, v in enumerate(row):
                if v is None or v == '':
                    continue
                ref = '%s%d' % (_col(c), r)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xe(str(v))))
            rows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
        cols = ''
        if sh.get('hidden_cols'):
            cols = '<cols>' + ''.join('<col min="%d" max="%d" width="0" hidden="1" customWidth="1"/>' % (k + 1, k + 1) for k in sorted(sh['hidden_cols'])) + '</cols>'
        hf = ''
        h = sh.get('header', header); f = sh.get('footer', footer)
        if h or f:
            hf = '<headerFooter>' + ('<oddHeader>%s</oddHeader>' % xe(h) if h else '') + ('<oddFooter>%s</oddFooter>' % xe(f) if f else '') + '</headerFooter>'
        parts['xl/worksheets/sheet%d.xml' % i] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + cols + '<sheetData>' + ''.join(rows) + '</sheetData>' + hf + '</worksheet>')
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    ct.append('</Types>')
    parts['[Content_Types].xml'] = ''.join(ct)
    parts['_rels/.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    parts['docProps/core.xml'] = _core()
    parts['xl/workbook.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + ''.join(wb_sheets) + '</sheets></workbook>')
    parts['xl/_rels/workbook.xml.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(wb_rels) + '</Relationships>')
    parts['xl/styles.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>')
    _zip(path, parts)

def _core(title='', creator='user'):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator></cp:coreProperties>' % (xe(title), xe(creator)))

# ---------------- DOCX ----------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def _wp(t, bold=False, pagebreak=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    pb = '<w:r><w:br w:type="page"/></w:r>' if pagebreak else ''
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (pb, rpr, xe(t))

def _wtbl(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
           + ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
           + '</w:tblBorders></w:tblPr><w:tblGrid>' + '<w:gridCol/>' * max(len(r) for r in rows) + '</w:tblGrid>']
    for r in rows:
        out.append('<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xe(str(c)) for c in r) + '</w:tr>')
    out.append('</w:tbl><w:p/>')
    return ''.join(out)

def docx(path, blocks, header=None, footer=None, comment=None, title=''):
    """blocks: list of str | ('b', str) bold | ('pb', str) page-break before | ('t', rows) table"""
    body = []
    cref = ''
    for i, b in enumerate(blocks):
        if isinstance(b, str):
            body.append(_wp(b))
        elif b[0] == 'b':
            body.append(_wp(b[1], bold=True))
        elif b[0] == 'pb':
            body.append(_wp(b[1], pagebreak=True))
        elif b[0] == 't':
            body.append(_wtbl(b[1]))
    if comment:
        # attach comment to first paragraph
        ctext = comment
        body.insert(1, '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>（確認）</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>')
    sect = '<w:sectPr>'
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = {}
    if header:
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        parts['word/header1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>' % (W, _wp(header))
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        parts['word/footer1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s>%s</w:ftr>' % (W, _wp(footer))
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if comment:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        parts['word/comments.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s><w:comment w:id="0" w:author="教頭" w:initials="KT">%s</w:comment></w:comments>' % (W, _wp(comment)))
    sect += '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    ct.append('</Types>')
    parts['[Content_Types].xml'] = ''.join(ct)
    parts['_rels/.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    parts['docProps/core.xml'] = _core(title)
    parts['word/_rels/document.xml.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>'
    parts['word/styles.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="游明朝"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>' % W)
    parts['word/document.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>' % (W, ''.join(body), sect)
    _zip(path, parts)

# ---------------- PPTX ----------------
P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
def _rel(i, typ, tgt):
    return '<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>' % (i, typ, tgt)
THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements>'
 '<a:clrScheme name="Office"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>'
 '<a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4>'
 '<a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>'
 '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
 '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
 '<a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
 '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
 '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')

def _sp(idn, name, ph, text_lines, off=(457200, 274638), ext=(8229600, 1143000)):
    ps = ''.join('<a:p><a:r><a:rPr lang="ja-JP"/><a:t>%s</a:t></a:r></a:p>' % xe(t) for t in text_lines) or '<a:p><a:endParaRPr lang="ja-JP"/></a:p>'
    phx = '<p:nvPr><p:ph type="%s"/></p:nvPr>' % ph if ph else '<p:nvPr/>'
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr/>%s</p:nvSpPr><p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            '<p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>') % (idn, name, phx, off[0], off[1], ext[0], ext[1], ps)
TREE0 = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'

def pptx(path, slides):
    """slides: list of (title, [body lines], notes or None)"""
    parts = {}
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
          '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts['_rels/.rels'] = RELS % ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/>'
                                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>')
    parts['docProps/core.xml'] = _core()
    parts['ppt/theme/theme1.xml'] = THEME
    parts['ppt/theme/theme2.xml'] = THEME
    parts['ppt/slideMasters/slideMaster1.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld>'
        '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
        '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>') % (P, TREE0, _sp(2, 'Title', 'title', []))
    parts['ppt/slideMasters/_rels/slideMaster1.xml.rels'] = RELS % (_rel('rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml') + _rel('rId2', 'theme', '../theme/theme1.xml'))
    parts['ppt/slideLayouts/slideLayout1.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout %s type="obj"><p:cSld name="Title and Content"><p:spTree>%s%s</p:spTree></p:cSld>'
        '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>') % (P, TREE0, _sp(2, 'Title', 'title', []))
    parts['ppt/slideLayouts/_rels/slideLayout1.xml.rels'] = RELS % _rel('rId1', 'slideMaster', '../slideMasters/slideMaster1.xml')
    parts['ppt/notesMasters/notesMaster1.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notesMaster %s><p:cSld><p:spTree>%s</p:spTree></p:cSld>'
        '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/></p:notesMaster>') % (P, TREE0)
    parts['ppt/notesMasters/_rels/notesMaster1.xml.rels'] = RELS % _rel('rId1', 'theme', '../theme/theme2.xml')
    prels = [_rel('rId1', 'slideMaster', 'slideMasters/slideMaster1.xml'), _rel('rId2', 'notesMaster', 'notesMasters/notesMaster1.xml'), _rel('rId3', 'theme', 'theme/theme1.xml')]
    sldids = []
    for i, (title, body, notes) in enumerate(slides, 1):
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % i)
        prels.append(_rel('rId%d' % (10 + i), 'slide', 'slides/slide%d.xml' % i))
        sldids.append('<p:sldId id="%d" r:id="rId%d"/>' % (255 + i, 10 + i))
        parts['ppt/slides/slide%d.xml' % i] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld %s><p:cSld><p:spTree>%s%s%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
            % (P, TREE0, _sp(2, 'Title 1', 'title', [title]), _sp(3, 'TextBox 2', None, body, off=(457200, 1600200), ext=(8229600, 4525963))))
        srels = _rel('rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml')
        if notes:
            ct.append('<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % i)
            srels += _rel('rId2', 'notesSlide', '../notesSlides/notesSlide%d.xml' % i)
            parts['ppt/notesSlides/notesSlide%d.xml' % i] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notes %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
                % (P, TREE0, _sp(2, 'Notes Placeholder 1', 'body', notes if isinstance(notes, list) else [notes])))
            parts['ppt/notesSlides/_rels/notesSlide%d.xml.rels' % i] = RELS % (_rel('rId1', 'notesMaster', '../notesMasters/notesMaster1.xml') + _rel('rId2', 'slide', '../slides/slide%d.xml' % i))
        parts['ppt/slides/_rels/slide%d.xml.rels' % i] = RELS % srels
    parts['ppt/presentation.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation %s><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
        '<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="9144000" cy="6858000" type="screen4x3"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>') % (P, ''.join(sldids))
    parts['ppt/_rels/presentation.xml.rels'] = RELS % ''.join(prels)
    ct.append('</Types>')
    parts['[Content_Types].xml'] = ''.join(ct)
    _zip(path, parts)

# ---------------- ODF ----------------
def _odf(path, mime, content):
    man = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mime)
    _zip(path, {'content.xml': content, 'META-INF/manifest.xml': man}, first=('mimetype', mime))

ONS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')

def odt(path, paras, table=None):
    body = ''.join('<text:p>%s</text:p>' % xe(p) for p in paras)
    if table:
        n = max(len(r) for r in table)
        body += '<table:table table:name="表1"><table:table-column table:number-columns-repeated="%d"/>' % n + ''.join(
            '<table:table-row>' + ''.join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xe(str(c)) for c in r) + '</table:table-row>' for r in table) + '</table:table>'
    _odf(path, 'application/vnd.oasis.opendocument.text',
         '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body><office:text>%s</office:text></office:body></office:document-content>' % (ONS, body))

def ods(path, sheets):
    """sheets: list of (name, rows)"""
    out = ''
    for name, rows in sheets:
        out += '<table:table table:name="%s">' % xe(name)
        for r in rows:
            out += '<table:table-row>'
            for c in r:
                if isinstance(c, (int, float)):
                    out += '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (c, c)
                else:
                    out += '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xe(str(c))
            out += '</table:table-row>'
        out += '</table:table>'
    _odf(path, 'application/vnd.oasis.opendocument.spreadsheet',
         '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>' % (ONS, out))

# ---------------- XLS (xlwt) ----------------
def xls(path, sheets):
    import xlwt
    _mk(path)
    wb = xlwt.Workbook(encoding='utf-8')
    for sh in sheets:
        ws = wb.add_sheet(sh['name'])
        for r, row in enumerate(sh['rows']):
            for c, v in enumerate(row):
                if v is not None and v != '':
                    ws.write(r, c, v)
        for k in sh.get('hidden_cols', []):
            ws.col(k).hidden = True
        if sh.get('hidden'):
            ws.visibility = 1
    wb.save(path)

# ---------------- RTF ----------------
def _rtfesc(s):
    o = []
    for ch in s:
        n = ord(ch)
        if ch in '\\{}':
            o.append('\\' + ch)
        elif n < 128:
            o.append(ch)
        else:
            if n > 32767:
                n -= 65536
            o.append('\\u%d?' % n)
    return ''.join(o)

def rtf(path, paras):
    _mk(path)
    s = '{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\f0\\fs21\n' + ''.join(_rtfesc(p) + '\\par\n' for p in paras) + '}'
    open(path, 'w', encoding='ascii').write(s)

# ---------------- text-ish ----------------
def text(path, s, enc='utf-8', newline='\n'):
    _mk(path)
    data = s.replace('\n', newline).encode(enc)
    if enc == 'utf-16':
        pass  # BOM included by codec
    open(path, 'wb').write(data)

def delim(path, rows, sep=',', enc='utf-8', bom=False):
    _mk(path)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(enc)
    if bom:
        data = b'\xef\xbb\xbf' + data
    open(path, 'wb').write(data)

def html(path, title, paras, table=None, enc='utf-8'):
    t = ''
    if table:
        t = '<table border="1">' + ''.join('<tr>' + ''.join('<td>%s</td>' % xe(str(c)) for c in r) + '</tr>' for r in table) + '</table>'
    s = '<!DOCTYPE html>\n<html lang="ja"><head><meta charset="%s"><title>%s</title></head><body><h1>%s</h1>%s%s</body></html>\n' % (
        enc, xe(title), xe(title), ''.join('<p>%s</p>' % xe(p) for p in paras), t)
    text(path, s, enc)

# ---------------- PDF (text) ----------------
def pdf(path, pages, title=''):
    """pages: list of list of lines (or ('t', rows))"""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    try:
        pdfmetrics.getFont('HeiseiKakuGo-W5')
    except Exception:
        pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
    _mk(path)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    for lines in pages:
        y = 800
        c.setFont('HeiseiKakuGo-W5', 10.5)
        for ln in lines:
            if isinstance(ln, tuple):
                for row in ln[1]:
                    x = 50
                    for cell in row:
                        c.drawString(x, y, str(cell)); x += 480 / len(row)
                    y -= 16
            else:
                c.drawString(50, y, ln)
                y -= 18
            if y < 60:
                c.showPage(); c.setFont('HeiseiKakuGo-W5', 10.5); y = 800
        c.showPage()
    c.save()

# ---------------- images ----------------
_fc = {}
def font(size, serif=False, bold=False):
    k = (size, serif, bold)
    if k not in _fc:
        f = 'NotoSerifCJK-' if serif else 'NotoSansCJK-'
        f += 'Bold.ttc' if bold else 'Regular.ttc'
        _fc[k] = ImageFont.truetype(FONTDIR + f, size, index=0)
    return _fc[k]

def paper(lines, rng, w=1240, h=1754, hand=None, table=None, title=None):
    """render a white page. hand: list of (line_index_or_text) drawn in blue serif to look handwritten."""
    im = Image.new('RGB', (w, h), (252, 252, 250))
    d = ImageDraw.Draw(im)
    y = 90
    if title:
        tw = d.textlength(title, font=font(44, bold=True))
        d.text(((w - tw) / 2, y), title, fill=(15, 15, 15), font=font(44, bold=True)); y += 100
    for ln in lines:
        d.text((90, y), ln, fill=(20, 20, 20), font=font(28)); y += 46
    if table:
        y += 10
        ncol = max(len(r) for r in table)
        cw = (w - 180) / ncol
        for r in table:
            for j in range(ncol):
                x0 = 90 + j * cw
                d.rectangle([x0, y, x0 + cw, y + 48], outline=(30, 30, 30), width=2)
                if j < len(r) and r[j]:
                    d.text((x0 + 8, y + 8), str(r[j]), fill=(20, 20, 20), font=font(24))
            y += 48
        y += 20
    if hand:
        for txt in hand:
            x = 110 + rng.randint(-10, 20)
            d.text((x, y), txt, fill=(25, 45, 150), font=font(34 + rng.randint(-2, 3), serif=True)); y += 58
    return im

def photo(im, rng):
    """phone photo of paper: tilt, background, uneven light"""
    ang = rng.uniform(-7, 7)
    im = im.rotate(ang, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new('L', im.size, 0)
    base = Image.new('L', (im.size[0], im.size[1]), 255).rotate(0)
    W0, H0 = im.size
    bg = Image.new('RGB', (W0 + 200, H0 + 200), tuple(rng.randint(90, 150) for _ in range(3)))
    # mask from non-black pixels
    g = im.convert('L').point(lambda v: 255 if v > 8 else 0)
    bg.paste(im, (100 + rng.randint(-40, 40), 100 + rng.randint(-40, 40)), g)
    # uneven light gradient
    grad = Image.new('L', bg.size)
    gd = ImageDraw.Draw(grad)
    cx, cy = rng.randint(0, bg.size[0]), rng.randint(0, bg.size[1])
    R = max(bg.size)
    for r in range(R, 0, -40):
        v = int(255 - 90 * (r / R))
        gd.ellipse([cx - r, cy - r, cx + r, cy + r], fill=v)
    grad = grad.filter(ImageFilter.GaussianBlur(30))
    dark = Image.new('RGB', bg.size, (40, 35, 30))
    out = Image.composite(bg, dark, grad.point(lambda v: int(140 + v * 115 / 255)))
    out = out.filter(ImageFilter.GaussianBlur(0.8))
    out = out.resize((out.size[0] * 3 // 4, out.size[1] * 3 // 4))
    return out

def scan(im, rng):
    g = im.convert('L')
    g = g.rotate(rng.uniform(-1.2, 1.2), expand=False, fillcolor=255)
    px = g.load()
    for _ in range(3000):
        x, y = rng.randrange(g.size[0]), rng.randrange(g.size[1])
        px[x, y] = rng.randint(120, 200)
    return g.point(lambda v: 255 if v > 170 else (0 if v < 90 else v))

def screenshot(title, table, rng, extra=None, w=1366, h=768, app='Excel'):
    im = Image.new('RGB', (w, h), (243, 243, 243))
    d = ImageDraw.Draw(im)
    col = {'Excel': (33, 115, 70), 'Teams': (70, 71, 117), 'Drive': (26, 115, 232), 'Forms': (0, 120, 110)}[app]
    d.rectangle([0, 0, w, 48], fill=col)
    d.text((20, 10), title + ' - ' + app, fill='white', font=font(22))
    y = 70
    if extra:
        for ln in extra:
            d.text((30, y), ln, fill=(30, 30, 30), font=font(20)); y += 32
    if table:
        ncol = max(len(r) for r in table)
        cw = min(220, (w - 60) // ncol)
        for i, r in enumerate(table):
            for j in range(ncol):
                x0 = 30 + j * cw
                d.rectangle([x0, y, x0 + cw, y + 30], outline=(200, 200, 200), fill=(255, 255, 255) if i else (230, 236, 230))
                if j < len(r):
                    d.text((x0 + 5, y + 4), str(r[j]), fill=(20, 20, 20), font=font(17))
            y += 30
    return im

def save_pdf_image(path, pages):
    _mk(path)
    pages = [p.convert('L') if p.mode != 'L' else p for p in pages]
    pages[0].save(path, 'PDF', resolution=150, save_all=True, append_images=pages[1:])

def save_img(path, im, fmt):
    _mk(path)
    if fmt == 'jpg':
        im.convert('RGB').save(path, 'JPEG', quality=82)
    else:
        im.save(path, 'PNG')

# ---------------- eml / zip ----------------
def eml(path, frm, to, subject, body, attachments=(), date='Tue, 10 Nov 2026 08:12:00 +0900'):
    from email.message import EmailMessage
    m = EmailMessage()
    m['From'] = frm; m['To'] = to; m['Subject'] = subject; m['Date'] = date
    m['Message-ID'] = '<%d@mail.example.jp>' % (__import__('zlib').crc32(path.encode()))
    m.set_content(body)
    for name, data, mt in attachments:
        ma, mi = mt.split('/')
        m.add_attachment(data, maintype=ma, subtype=mi, filename=name)
    _mk(path)
    open(path, 'wb').write(bytes(m))

def zipf(path, members):
    _mk(path)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in members:
            z.writestr(n, d)
