# -*- coding: utf-8 -*-
"""Hand-built writers for Office/ODF/RTF/PDF/EML/images (no office libs available)."""
import io, os, zipfile, random, math
from xml.sax.saxutils import escape as xe

def esc(s):
    return xe(str(s), {'"': '&quot;'})

def ensure(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)

def colname(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def _zip(path_or_buf, members):
    """members: list of (name, str|bytes); mimetype stored first if present."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode('utf-8')
            if name == 'mimetype':
                z.writestr(zipfile.ZipInfo('mimetype'), data, compress_type=zipfile.ZIP_STORED)
            else:
                z.writestr(name, data)
    b = buf.getvalue()
    if path_or_buf is None:
        return b
    ensure(path_or_buf)
    open(path_or_buf, 'wb').write(b)
    return b

XMLH = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# ---------------- XLSX ----------------
def xlsx(path, sheets, creator='user'):
    """sheets: list of dict(name, rows, state, hidden_cols(list idx), comments[(ref,author,text)])"""
    m = []
    ct = [XMLH + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets = []
    wb_rels = []
    for i, sh in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        st = sh.get('state', 'visible')
        wb_sheets.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (esc(sh['name']), i, '' if st == 'visible' else ' state="%s"' % st, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        rows = sh['rows']
        x = [XMLH + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        hc = sh.get('hidden_cols', [])
        if hc:
            x.append('<cols>' + ''.join('<col min="%d" max="%d" width="12" hidden="1" customWidth="1"/>' % (c + 1, c + 1) for c in sorted(hc)) + '</cols>')
        x.append('<sheetData>')
        for r, row in enumerate(rows, 1):
            x.append('<row r="%d">' % r)
            for c, v in enumerate(row):
                ref = '%s%d' % (colname(c), r)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    x.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, esc(v)))
            x.append('</row>')
        x.append('</sheetData>')
        cms = sh.get('comments', [])
        if cms:
            x.append('<legacyDrawing r:id="rId2"/>')
        x.append('</worksheet>')
        m.append(('xl/worksheets/sheet%d.xml' % i, ''.join(x)))
        if cms:
            ct.append('<Override PartName="/xl/comments%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' % i)
            authors = sorted(set(a for _, a, _ in cms))
            cx = [XMLH + '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors>']
            cx += ['<author>%s</author>' % esc(a) for a in authors]
            cx.append('</authors><commentList>')
            for ref, a, t in cms:
                cx.append('<comment ref="%s" authorId="%d"><text><r><t xml:space="preserve">%s</t></r></text></comment>' % (ref, authors.index(a), esc(t)))
            cx.append('</commentList></comments>')
            m.append(('xl/comments%d.xml' % i, ''.join(cx)))
            vml = ['<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
                   '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>']
            for k, (ref, a, t) in enumerate(cms):
                col = 0; j = 0
                while ref[j].isalpha():
                    col = col * 26 + ord(ref[j]) - 64; j += 1
                rr = int(ref[j:])
                vml.append('<v:shape id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;width:120pt;height:60pt;visibility:hidden" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>%d, 15, %d, 2, %d, 15, %d, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>%d</x:Row><x:Column>%d</x:Column></x:ClientData></v:shape>' % (1025 + k, col, rr - 1, col + 2, rr + 3, rr - 1, col - 1))
            vml.append('</xml>')
            m.append(('xl/drawings/vmlDrawing%d.vml' % i, ''.join(vml)))
            m.append(('xl/worksheets/_rels/sheet%d.xml.rels' % i, XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments%d.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing%d.vml"/></Relationships>' % (i, i)))
    ct.append('</Types>')
    m.insert(0, ('[Content_Types].xml', ''.join(ct)))
    m.append(('_rels/.rels', XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'))
    m.append(('xl/workbook.xml', XMLH + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + ''.join(wb_sheets) + '</sheets></workbook>'))
    m.append(('xl/_rels/workbook.xml.rels', XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(wb_rels) + '</Relationships>'))
    m.append(('docProps/core.xml', core(creator)))
    return _zip(path, m)

def core(creator, title=''):
    return (XMLH + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-12T08:30:00Z</dcterms:created></cp:coreProperties>' % (esc(title), esc(creator)))

# ---------------- DOCX ----------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def _wp(t, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, esc(t))

def docx(path, body, footer=None, header=None, comments=None, creator='user', title=''):
    """body: list of str | ('h', str) | ('table', rows) | ('pb',) | ('c', str, comment_index)"""
    comments = comments or []
    x = []
    for b in body:
        if isinstance(b, str):
            x.append(_wp(b))
        elif b[0] == 'h':
            x.append(_wp(b[1], True))
        elif b[0] == 'pb':
            x.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif b[0] == 'c':
            k = b[2]
            x.append('<w:p><w:commentRangeStart w:id="%d"/><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r></w:p>' % (k, esc(b[1]), k, k))
        elif b[0] == 'table':
            t = ['<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
            for row in b[1]:
                t.append('<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % esc(c) for c in row) + '</w:tr>')
            t.append('</w:tbl>')
            x.append(''.join(t))
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = [XMLH + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    m = []
    sect = '<w:sectPr>'
    if header:
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        m.append(('word/header1.xml', XMLH + '<w:hdr %s>%s</w:hdr>' % (W, _wp(header))))
    if footer:
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        m.append(('word/footer1.xml', XMLH + '<w:ftr %s>%s</w:ftr>' % (W, _wp(footer))))
    sect += '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1985" w:right="1701" w:bottom="1701" w:left="1701" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cx = ''.join('<w:comment w:id="%d" w:author="%s" w:date="2025-06-10T09:00:00Z" w:initials="%s">%s</w:comment>' % (k, esc(a), esc(a[:1]), _wp(t)) for k, (a, t) in enumerate(comments))
        m.append(('word/comments.xml', XMLH + '<w:comments %s>%s</w:comments>' % (W, cx)))
    ct.append('</Types>')
    m.insert(0, ('[Content_Types].xml', ''.join(ct)))
    m.append(('_rels/.rels', XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'))
    m.append(('word/document.xml', XMLH + '<w:document %s><w:body>%s%s</w:body></w:document>' % (W, ''.join(x), sect)))
    m.append(('word/styles.xml', XMLH + '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="游明朝" w:eastAsia="游明朝" w:hAnsi="游明朝"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>' % W))
    m.append(('word/_rels/document.xml.rels', XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>'))
    m.append(('docProps/core.xml', core(creator, title)))
    return _zip(path, m)

# ---------------- PPTX ----------------
P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'

def _sp(i, name, paras, y, h, ph=None):
    phx = '<p:nvPr><p:ph type="%s"/></p:nvPr>' % ph if ph else '<p:nvPr/>'
    ps = ''.join('<a:p><a:r><a:rPr lang="ja-JP"/><a:t>%s</a:t></a:r></a:p>' % esc(t) for t in paras) or '<a:p/>'
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr/>%s</p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="%d"/><a:ext cx="8229600" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>' % (i, name, phx, y, h, ps))

def _tree(inner):
    return '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>%s</p:spTree></p:cSld>' % inner

THEME = XMLH + ('<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:clrScheme name="C"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>'
    + ''.join('<a:accent%d><a:srgbClr val="4F81BD"/></a:accent%d>' % (k, k) for k in range(1, 7)) +
    '<a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme name="F"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="M"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')

def pptx(path, slides, creator='user'):
    """slides: list of (title, bullets, notes or None)"""
    n = len(slides)
    ct = [XMLH + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
          '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    m = []
    prels = ['<Relationship Id="rIdM" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/>',
             '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>']
    sldids = []
    for i, (title, bullets, notes) in enumerate(slides, 1):
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % i)
        prels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide%d.xml"/>' % (i, i))
        sldids.append('<p:sldId id="%d" r:id="rId%d"/>' % (255 + i, i))
        m.append(('ppt/slides/slide%d.xml' % i, XMLH + '<p:sld %s>%s</p:sld>' % (P, _tree(_sp(2, 'Title', [title], 300000, 900000, 'title') + _sp(3, 'Body', bullets, 1300000, 4800000)))))
        srels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>']
        if notes:
            ct.append('<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % i)
            srels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide%d.xml"/>' % i)
            m.append(('ppt/notesSlides/notesSlide%d.xml' % i, XMLH + '<p:notes %s>%s</p:notes>' % (P, _tree(_sp(2, 'Notes', notes.split('\n'), 4000000, 3000000, 'body')))))
            m.append(('ppt/notesSlides/_rels/notesSlide%d.xml.rels' % i, XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="../slides/slide%d.xml"/></Relationships>' % i))
        m.append(('ppt/slides/_rels/slide%d.xml.rels' % i, XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(srels) + '</Relationships>'))
    ct.append('</Types>')
    m.insert(0, ('[Content_Types].xml', ''.join(ct)))
    m.append(('_rels/.rels', XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'))
    m.append(('ppt/presentation.xml', XMLH + '<p:presentation %s><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdM"/></p:sldMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>' % (P, ''.join(sldids))))
    m.append(('ppt/_rels/presentation.xml.rels', XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(prels) + '</Relationships>'))
    m.append(('ppt/slideMasters/slideMaster1.xml', XMLH + '<p:sldMaster %s>%s<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>' % (P, _tree(''))))
    m.append(('ppt/slideMasters/_rels/slideMaster1.xml.rels', XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/></Relationships>'))
    m.append(('ppt/slideLayouts/slideLayout1.xml', XMLH + '<p:sldLayout %s>%s</p:sldLayout>' % (P, _tree(''))))
    m.append(('ppt/slideLayouts/_rels/slideLayout1.xml.rels', XMLH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>'))
    m.append(('ppt/theme/theme1.xml', THEME))
    m.append(('docProps/core.xml', core(creator)))
    return _zip(path, m)

# ---------------- ODF ----------------
ODNS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"'

def _odf(path, mime, body, auto=''):
    content = XMLH + '<office:document-content %s><office:automatic-styles>%s</office:automatic-styles><office:body>%s</office:body></office:document-content>' % (ODNS, auto, body)
    man = XMLH + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mime
    return _zip(path, [('mimetype', mime), ('content.xml', content), ('META-INF/manifest.xml', man)])

def ods(path, sheets):
    """sheets: list of dict(name, rows, hidden(bool))"""
    auto = '<style:style style:name="tHid" style:family="table"><style:table-properties table:display="false"/></style:style><style:style style:name="tVis" style:family="table"><style:table-properties table:display="true"/></style:style>'
    b = ['<office:spreadsheet>']
    for sh in sheets:
        b.append('<table:table table:name="%s" table:style-name="%s">' % (esc(sh['name']), 'tHid' if sh.get('hidden') else 'tVis'))
        for row in sh['rows']:
            b.append('<table:table-row>')
            for v in row:
                if isinstance(v, (int, float)):
                    b.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    b.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % esc(v))
            b.append('</table:table-row>')
        b.append('</table:table>')
    b.append('</office:spreadsheet>')
    return _odf(path, 'application/vnd.oasis.opendocument.spreadsheet', ''.join(b), auto)

def odt(path, body, notes=None):
    b = ['<office:text>']
    for p in body:
        if isinstance(p, tuple) and p[0] == 'table':
            b.append('<table:table table:name="T1">')
            for row in p[1]:
                b.append('<table:table-row>' + ''.join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % esc(c) for c in row) + '</table:table-row>')
            b.append('</table:table>')
        elif isinstance(p, tuple) and p[0] == 'h':
            b.append('<text:h text:outline-level="1">%s</text:h>' % esc(p[1]))
        else:
            b.append('<text:p>%s</text:p>' % esc(p))
    for n in notes or []:
        b.append('<text:p><office:annotation><dc:creator>%s</dc:creator><text:p>%s</text:p></office:annotation></text:p>' % (esc(n[0]), esc(n[1])))
    b.append('</office:text>')
    return _odf(path, 'application/vnd.oasis.opendocument.text', ''.join(b))

# ---------------- RTF ----------------
def rtf_text(lines):
    out = ['{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\f0\\fs21 ']
    for ln in lines:
        s = ''
        for ch in ln:
            o = ord(ch)
            if ch in '\\{}':
                s += '\\' + ch
            elif o < 128:
                s += ch
            else:
                if o > 32767:
                    o -= 65536
                s += '\\u%d?' % o
        out.append(s + '\\par\n')
    out.append('}')
    return ''.join(out).encode('ascii')

def rtf(path, lines):
    ensure(path)
    open(path, 'wb').write(rtf_text(lines))

# ---------------- PDF (text) ----------------
def pdf_text(path, pages, title=''):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    try:
        pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
        pdfmetrics.registerFont(UnicodeCIDFont('HeiseiMin-W3'))
    except Exception:
        pass
    ensure(path)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    w, h = A4
    for lines in pages:
        y = h - 60
        for ln in lines:
            if isinstance(ln, tuple):
                c.setFont('HeiseiKakuGo-W5', 14); ln = ln[1]
            else:
                c.setFont('HeiseiMin-W3', 10)
            c.drawString(50, y, ln)
            y -= 18
            if y < 50:
                c.showPage(); y = h - 60
        c.showPage()
    c.save()

# ---------------- images ----------------
FS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
FSB = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'
FM = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'

def _font(p, size):
    from PIL import ImageFont
    return ImageFont.truetype(p, size, index=0)

def paper(lines, size=(1240, 1754), hand=False, rnd=None, grid=False, title_size=40):
    """render an A4-ish white paper with text; hand=True -> jittered, handwriting-like"""
    from PIL import Image, ImageDraw
    rnd = rnd or random.Random(1)
    im = Image.new('RGB', size, (250, 250, 246))
    d = ImageDraw.Draw(im)
    y = 90
    for k, ln in enumerate(lines):
        big = isinstance(ln, tuple)
        txt = ln[1] if big else ln
        fs = title_size if big else 40
        if grid and not big:
            d.line((70, y + fs + 8, size[0] - 70, y + fs + 8), fill=(150, 150, 150), width=2)
        if hand and not big:
            x = 90 + rnd.randint(-6, 6)
            for ch in txt:
                f = _font(FM if rnd.random() < .5 else FS, fs + rnd.randint(-3, 4))
                ch_im = Image.new('RGBA', (fs * 2, fs * 2), (0, 0, 0, 0))
                cd = ImageDraw.Draw(ch_im)
                ink = (20 + rnd.randint(0, 30), 25 + rnd.randint(0, 30), 70 + rnd.randint(0, 60), 235)
                cd.text((fs // 2, fs // 3), ch, font=f, fill=ink)
                ch_im = ch_im.rotate(rnd.uniform(-9, 9), resample=Image.BICUBIC)
                im.paste(ch_im, (int(x - fs / 2), int(y - fs / 3 + rnd.randint(-3, 3))), ch_im)
                x += f.getlength(ch) * rnd.uniform(.92, 1.08)
                if x > size[0] - 90:
                    x = 90; y += fs + 16
        else:
            f = _font(FSB if big else FM, fs)
            d.text((90, y), txt, font=f, fill=(25, 25, 25))
        y += fs + (36 if big else 26)
    return im

def phone_photo(im, path, rnd):
    """tilt, uneven light, background desk, jpeg"""
    from PIL import Image, ImageDraw, ImageFilter
    W, H = 1600, 2000
    bg = Image.new('RGB', (W, H), (rnd.randint(90, 140), rnd.randint(70, 110), rnd.randint(50, 80)))
    p = im.resize((int(im.width * .95), int(im.height * .95)))
    p = p.convert('RGBA').rotate(rnd.uniform(-8, 8), expand=True, resample=Image.BICUBIC)
    bg.paste(p, ((W - p.width) // 2 + rnd.randint(-40, 40), (H - p.height) // 2 + rnd.randint(-40, 40)), p)
    # uneven light: off-centre radial falloff plus a soft shadow band
    g = Image.radial_gradient('L').resize((W * 2, H * 2))
    ox, oy = rnd.randint(0, W), rnd.randint(0, H)
    g = g.crop((ox, oy, ox + W, oy + H))
    dark = Image.new('RGB', (W, H), (10, 8, 5))
    out = Image.composite(dark, bg, g.point(lambda v: int(min(255, v * .75))))
    sh = Image.new('L', (W, H), 0)
    ImageDraw.Draw(sh).polygon([(0, H * rnd.uniform(.5, .8)), (W, H * rnd.uniform(.3, .6)), (W, H), (0, H)], fill=70)
    out = Image.composite(dark, out, sh.filter(ImageFilter.GaussianBlur(60)))
    out = out.filter(ImageFilter.GaussianBlur(.8))
    ensure(path)
    out.save(path, 'JPEG', quality=rnd.randint(70, 88))

def scan_pdf(ims, path, rnd):
    from PIL import Image, ImageFilter
    pages = []
    for im in ims:
        g = im.convert('L').rotate(rnd.uniform(-1.5, 1.5), expand=False, fillcolor=255, resample=Image.BICUBIC)
        px = g.load()
        for _ in range(4000):
            px[rnd.randrange(g.width), rnd.randrange(g.height)] = rnd.randint(90, 200)
        g = g.filter(ImageFilter.GaussianBlur(.6)).point(lambda v: 255 if v > 200 else v)
        pages.append(g.convert('RGB'))
    ensure(path)
    pages[0].save(path, 'PDF', resolution=150, save_all=True, append_images=pages[1:])

def screenshot(path, title, header, rows, rnd, app='校務支援システム', side=None, chat=None):
    from PIL import Image, ImageDraw
    W, H = 1440, 900
    im = Image.new('RGB', (W, H), (243, 245, 248))
    d = ImageDraw.Draw(im)
    f = _font(FS, 18); fb = _font(FSB, 20); ft = _font(FSB, 24)
    if chat:
        d.rectangle((0, 0, W, 56), fill=(70, 71, 117))
        d.text((20, 14), app, font=fb, fill='white')
        d.rectangle((0, 56, 280, H), fill=(235, 235, 240))
        for k, s in enumerate(side or []):
            d.text((20, 80 + k * 40), s, font=f, fill=(40, 40, 40))
        d.text((300, 70), title, font=ft, fill=(30, 30, 30))
        y = 120
        for who, when, msg in chat:
            d.ellipse((300, y, 340, y + 40), fill=(rnd.randint(80, 200), rnd.randint(80, 200), rnd.randint(80, 200)))
            d.text((355, y), '%s  %s' % (who, when), font=fb, fill=(50, 50, 50))
            y += 30
            for part in [msg[i:i + 48] for i in range(0, len(msg), 48)]:
                d.text((355, y), part, font=f, fill=(20, 20, 20)); y += 26
            y += 22
    else:
        d.rectangle((0, 0, W, 50), fill=(0, 84, 147))
        d.text((20, 12), app, font=fb, fill='white')
        d.text((W - 330, 14), 'ログイン中：教職員  ログアウト', font=f, fill='white')
        d.rectangle((0, 50, 220, H), fill=(225, 232, 240))
        for k, s in enumerate(side or ['トップ', '出欠管理', '成績管理', '保健', '指導記録', '帳票出力']):
            d.text((20, 75 + k * 38), s, font=f, fill=(30, 30, 60))
        d.text((250, 70), title, font=ft, fill=(20, 20, 20))
        colw = (W - 270) // max(1, len(header))
        y = 120
        d.rectangle((250, y, W - 20, y + 34), fill=(200, 215, 230))
        for c, h in enumerate(header):
            d.text((258 + c * colw, y + 6), str(h), font=fb, fill=(0, 0, 0))
        y += 36
        for r, row in enumerate(rows):
            if r % 2:
                d.rectangle((250, y, W - 20, y + 32), fill=(250, 250, 252))
            for c, v in enumerate(row):
                d.text((258 + c * colw, y + 5), str(v)[:int(colw / 18)], font=f, fill=(20, 20, 20))
            y += 33
            if y > H - 40:
                break
    ensure(path)
    im.save(path, 'PNG')

def whiteboard(path, lines, rnd):
    from PIL import Image, ImageDraw
    im = Image.new('RGB', (1400, 900), (238, 240, 236))
    d = ImageDraw.Draw(im)
    y = 60
    for ln in lines:
        x = 60
        for ch in ln:
            f = _font(FS, 34 + rnd.randint(-4, 6))
            col = rnd.choice([(20, 20, 20), (20, 40, 160), (170, 20, 20)]) if ch == ln[0] else (30, 30, 40)
            d.text((x, y + rnd.randint(-4, 4)), ch, font=f, fill=col)
            x += f.getlength(ch) * rnd.uniform(.95, 1.1)
        y += 60
    phone_photo(im, path, rnd)
