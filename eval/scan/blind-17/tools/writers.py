# Minimal writers for office/pdf/image formats (no openpyxl/docx available).
import os, zipfile, io, random
from xml.sax.saxutils import escape as E
from email.message import EmailMessage
from PIL import Image, ImageDraw, ImageFont, ImageFilter
FONTDIR = '/usr/share/fonts/opentype/noto/'

def _mk(p):
    os.makedirs(os.path.dirname(p), exist_ok=True)

def _zip(p, members, first=None):
    _mk(p)
    with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
        if first:
            z.writestr(zipfile.ZipInfo(first[0]), first[1], compress_type=zipfile.ZIP_STORED)
        for n, d in members.items():
            z.writestr(n, d)

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26); s = chr(65 + r) + s
    return s

# ---------- xlsx ----------
def xlsx(p, sheets, hidden_cols=None):
    """sheets: list of (name, rows, state) state in visible/hidden. hidden_cols: {sheetidx:[colidx]}"""
    hidden_cols = hidden_cols or {}
    m = {}
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rel = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, sh in enumerate(sheets):
        name, rows = sh[0], sh[1]
        state = sh[2] if len(sh) > 2 else 'visible'
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
        wb.append('<sheet name="%s" sheetId="%d" %sr:id="rId%d"/>' % (E(name), i + 1, 'state="hidden" ' if state != 'visible' else '', i + 1))
        rel.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
        if i in hidden_cols:
            x.append('<cols>' + ''.join('<col min="%d" max="%d" width="12" hidden="1" customWidth="1"/>' % (c + 1, c + 1) for c in hidden_cols[i]) + '</cols>')
        x.append('<sheetData>')
        for r, row in enumerate(rows):
            x.append('<row r="%d">' % (r + 1))
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r + 1)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == '':
                    continue
                else:
                    x.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, E(str(v))))
            x.append('</row>')
        x.append('</sheetData></worksheet>')
        m['xl/worksheets/sheet%d.xml' % (i + 1)] = ''.join(x)
    ct.append('</Types>'); wb.append('</sheets></workbook>'); rel.append('</Relationships>')
    m['[Content_Types].xml'] = ''.join(ct)
    m['_rels/.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    m['xl/workbook.xml'] = ''.join(wb)
    m['xl/_rels/workbook.xml.rels'] = ''.join(rel)
    _zip(p, m)

# ---------- xls ----------
def xls(p, sheets):
    import xlwt
    _mk(p)
    w = xlwt.Workbook(encoding='utf-8')
    for sh in sheets:
        ws = w.add_sheet(sh[0])
        if len(sh) > 2 and sh[2] != 'visible':
            ws.visibility = 1
        for r, row in enumerate(sh[1]):
            for c, v in enumerate(row):
                ws.write(r, c, v)
    w.save(p)

# ---------- docx ----------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def _para(t):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % E(t)
def _tbl(rows):
    s = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    for row in rows:
        s += '<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>%s</w:tc>' % _para(str(v)) for v in row) + '</w:tr>'
    return s + '</w:tbl>'
def docx(p, body, header=None, footer=None, comment=None, hidden=None):
    """body: list of str or list-of-rows (table). hidden: text with vanish property."""
    parts = []
    for b in body:
        parts.append(_tbl(b) if isinstance(b, list) else _para(b))
    if hidden:
        parts.append('<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % E(hidden))
    if comment:
        parts.insert(1, '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>確認</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>')
    sect = '<w:sectPr>%s%s<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>' % (
        '<w:headerReference w:type="default" r:id="rIdH"/>' if header else '',
        '<w:footerReference w:type="default" r:id="rIdF"/>' if footer else '')
    m = {}
    m['word/document.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>' % (W, ''.join(parts), sect)
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    if header:
        m['word/header1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>' % (W, _para(header))
        ct += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        rels += '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    if footer:
        m['word/footer1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s>%s</w:ftr>' % (W, _para(footer))
        ct += '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        rels += '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    if comment:
        m['word/comments.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s><w:comment w:id="0" w:author="教頭" w:date="2026-06-01T09:00:00Z" w:initials="K">%s</w:comment></w:comments>' % (W, _para(comment))
        ct += '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        rels += '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
    m['[Content_Types].xml'] = ct + '</Types>'
    m['word/_rels/document.xml.rels'] = rels + '</Relationships>'
    m['_rels/.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    _zip(p, m)

# ---------- pptx ----------
P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
def _sp(i, t, y):
    paras = ''.join('<a:p><a:r><a:rPr lang="ja-JP"/><a:t>%s</a:t></a:r></a:p>' % E(l) for l in t.split('\n'))
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="T%d"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="%d"/><a:ext cx="8229600" cy="1500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>' % (i, i, y, paras))
def _spt():
    return '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
THEME = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:clrScheme name="C"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme name="F"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="F"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>'
def pptx(p, slides):
    """slides: list of (title, body, notes or None)"""
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    RS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    m = {}
    ct = hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/><Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
    m['_rels/.rels'] = hdr + RS + '<Relationship Id="rId1" Type="%sofficeDocument" Target="ppt/presentation.xml"/></Relationships>' % R
    prel = hdr + RS + '<Relationship Id="rId1" Type="%sslideMaster" Target="slideMasters/slideMaster1.xml"/><Relationship Id="rId2" Type="%stheme" Target="theme/theme1.xml"/>' % (R, R)
    sld = ''
    for i, (t, b, n) in enumerate(slides):
        k = i + 1
        ct += '<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % k
        prel += '<Relationship Id="rId%d" Type="%sslide" Target="slides/slide%d.xml"/>' % (k + 10, R, k)
        sld += '<p:sldId id="%d" r:id="rId%d"/>' % (255 + k, k + 10)
        m['ppt/slides/slide%d.xml' % k] = hdr + '<p:sld %s><p:cSld><p:spTree>%s%s%s</p:spTree></p:cSld></p:sld>' % (P, _spt(), _sp(2, t, 300000), _sp(3, b, 1900000))
        srel = hdr + RS + '<Relationship Id="rId1" Type="%sslideLayout" Target="../slideLayouts/slideLayout1.xml"/>' % R
        if n:
            ct += '<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % k
            srel += '<Relationship Id="rId2" Type="%snotesSlide" Target="../notesSlides/notesSlide%d.xml"/>' % (R, k)
            m['ppt/notesSlides/notesSlide%d.xml' % k] = hdr + '<p:notes %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld></p:notes>' % (P, _spt(), _sp(2, n, 0))
            m['ppt/notesSlides/_rels/notesSlide%d.xml.rels' % k] = hdr + RS + '<Relationship Id="rId1" Type="%sslide" Target="../slides/slide%d.xml"/></Relationships>' % (R, k)
        m['ppt/slides/_rels/slide%d.xml.rels' % k] = srel + '</Relationships>'
    m['ppt/presentation.xml'] = hdr + '<p:presentation %s><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>' % (P, sld)
    m['ppt/_rels/presentation.xml.rels'] = prel + '</Relationships>'
    m['ppt/slideMasters/slideMaster1.xml'] = hdr + '<p:sldMaster %s><p:cSld><p:spTree>%s</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>' % (P, _spt())
    m['ppt/slideMasters/_rels/slideMaster1.xml.rels'] = hdr + RS + '<Relationship Id="rId1" Type="%sslideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="%stheme" Target="../theme/theme1.xml"/></Relationships>' % (R, R)
    m['ppt/slideLayouts/slideLayout1.xml'] = hdr + '<p:sldLayout %s type="blank"><p:cSld name="Blank"><p:spTree>%s</p:spTree></p:cSld></p:sldLayout>' % (P, _spt())
    m['ppt/slideLayouts/_rels/slideLayout1.xml.rels'] = hdr + RS + '<Relationship Id="rId1" Type="%sslideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>' % R
    m['ppt/theme/theme1.xml'] = THEME
    m['[Content_Types].xml'] = ct + '</Types>'
    _zip(p, m)

# ---------- odf ----------
ODNS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"'
def _odf(p, mime, body):
    man = '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mime
    content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>%s</office:body></office:document-content>' % (ODNS, body)
    _zip(p, {'content.xml': content, 'META-INF/manifest.xml': man}, first=('mimetype', mime))
def odt(p, lines):
    b = ''
    for l in lines:
        if isinstance(l, list):
            b += '<table:table table:name="T">' + ''.join('<table:table-row>' + ''.join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % E(str(v)) for v in r) + '</table:table-row>' for r in l) + '</table:table>'
        else:
            b += '<text:p>%s</text:p>' % E(l)
    _odf(p, 'application/vnd.oasis.opendocument.text', '<office:text>%s</office:text>' % b)
def ods(p, sheets):
    b = ''
    for sh in sheets:
        b += '<table:table table:name="%s">' % E(sh[0]) + ''.join('<table:table-row>' + ''.join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % E(str(v)) for v in r) + '</table:table-row>' for r in sh[1]) + '</table:table>'
    _odf(p, 'application/vnd.oasis.opendocument.spreadsheet', '<office:spreadsheet>%s</office:spreadsheet>' % b)

# ---------- rtf ----------
def rtf_text(lines):
    def enc(s):
        o = ''
        for ch in s:
            c = ord(ch)
            if c < 128:
                o += ('\\' + ch) if ch in '\\{}' else ch
            else:
                if c > 32767: c -= 65536
                o += '\\u%d?' % c
        return o
    return '{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\f0\\fs21 ' + '\\par\n'.join(enc(l) for l in lines) + '\\par}'
def rtf(p, lines):
    _mk(p); open(p, 'w', encoding='ascii').write(rtf_text(lines))

# ---------- text ----------
def text(p, s, enc='utf-8'):
    _mk(p)
    with open(p, 'wb') as f:
        if enc == 'utf-16':
            f.write(s.encode('utf-16'))
        else:
            f.write(s.encode(enc))
def table_text(rows, sep=','):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep == ',' and (',' in v or '"' in v): v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return '\r\n'.join(out) + '\r\n'
def html(p, title, lines, tables=()):
    b = ''.join('<p>%s</p>' % E(l) for l in lines)
    for t in tables:
        b += '<table border="1">' + ''.join('<tr>' + ''.join('<td>%s</td>' % E(str(v)) for v in r) + '</tr>' for r in t) + '</table>'
    text(p, '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>%s</title></head><body><h1>%s</h1>%s</body></html>' % (E(title), E(title), b))

# ---------- pdf ----------
def pdf(p, pages):
    """pages: list of list-of-lines"""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.getFont('HeiseiKakuGo-W5')
    except Exception:
        pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
    _mk(p)
    c = canvas.Canvas(p, invariant=1)
    for pg in pages:
        y = 800
        c.setFont('HeiseiKakuGo-W5', 10.5)
        for l in pg:
            c.drawString(50, y, l); y -= 17
            if y < 40:
                c.showPage(); c.setFont('HeiseiKakuGo-W5', 10.5); y = 800
        c.showPage()
    c.save()

# ---------- images ----------
_fc = {}
def font(sz, serif=False):
    k = (sz, serif)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONTDIR + ('NotoSerifCJK-Regular.ttc' if serif else 'NotoSansCJK-Regular.ttc'), sz, index=0)
    return _fc[k]
def render(lines, w=1240, h=1754, hand=None, sz=26, bg=(255, 255, 255)):
    """hand: set of line indexes drawn in blue serif (handwritten look)"""
    hand = hand or set()
    im = Image.new('RGB', (w, h), bg)
    d = ImageDraw.Draw(im)
    y = 70
    rnd = random.Random(len(lines))
    for i, l in enumerate(lines):
        if i in hand:
            d.text((80 + rnd.randint(-6, 6), y + rnd.randint(-3, 3)), l, font=font(sz + 4, True), fill=(30, 50, 170))
        else:
            d.text((80, y), l, font=font(sz), fill=(20, 20, 20))
        y += int(sz * 1.7)
        if y > h - 60: break
    return im
def photo(im, seed, p):
    rnd = random.Random(seed)
    ang = rnd.uniform(-7, 7)
    im = im.rotate(ang, expand=True, fillcolor=(90, 80, 70), resample=Image.BICUBIC)
    # uneven light: gradient multiply
    g = Image.linear_gradient('L').resize(im.size).rotate(rnd.choice([0, 90, 180, 270]))
    g = g.point(lambda v: 150 + v * 105 // 255)
    shade = Image.merge('RGB', (g, g, g.point(lambda v: max(0, v - 12))))
    from PIL import ImageChops
    im = ImageChops.multiply(im, shade).filter(ImageFilter.GaussianBlur(0.8))
    im = im.resize((im.width * 3 // 4, im.height * 3 // 4))
    _mk(p); im.save(p, 'JPEG', quality=72)
def screenshot(lines, p, title='Microsoft Teams'):
    im = render(lines, w=1366, h=768, sz=20, bg=(245, 245, 250))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 1366, 40], fill=(70, 70, 140))
    d.text((20, 8), title, font=font(18), fill=(255, 255, 255))
    _mk(p); im.save(p, 'PNG')
def image_pdf(pages_lines, p, seed=0, hand=None):
    ims = []
    rnd = random.Random(seed)
    for lines in pages_lines:
        im = render(lines, hand=hand).convert('L')
        im = im.rotate(rnd.uniform(-1.2, 1.2), fillcolor=255, resample=Image.BICUBIC).convert('RGB')
        ims.append(im.resize((im.width // 2 * 2 * 2 // 3, im.height * 2 // 3)))
    _mk(p)
    ims[0].save(p, 'PDF', resolution=150, save_all=True, append_images=ims[1:])

# ---------- eml ----------
def eml(p, frm, to, subj, body, atts=()):
    """atts: list of (filename, bytes, maintype, subtype)"""
    msg = EmailMessage()
    msg['From'] = frm; msg['To'] = to; msg['Subject'] = subj
    msg['Date'] = 'Mon, 08 Jun 2026 10:15:00 +0900'
    msg.set_content(body)
    for fn, data, mt, st in atts:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    _mk(p); open(p, 'wb').write(bytes(msg))
def zipf(p, members):
    _mk(p)
    with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in members.items():
            z.writestr(n, d)
