# common helpers for scan15 corpus generator (deterministic)
import os, io, json, random, zipfile, struct, datetime
from xml.sax.saxutils import escape as xe
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import types as _ty, time as _tm
# fixed timestamps inside every zip container (deterministic rebuild)
zipfile.time = _ty.SimpleNamespace(localtime=lambda *a: _tm.struct_time((2024, 7, 1, 9, 0, 0, 0, 183, 0)), time=_tm.time)
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(BASE, 'files')
FONT_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
FONT_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
LABELS = []
R = random.Random(15)

def seed(s):
    global R
    R.seed(s)

SUR = '田中 松本 中村 坂本 井上 村上 山下 緒方 西田 本田 永田 宮本 岩下 吉田 上田 浦田 福田 荒木 森 藤本 前田 竹下 古閑 園田 坂田 橋本 野田 池田 平田 今村 山口 松田 石原 北村 川口 堀 濱田 東 矢野 牛島'.split()
GM = '陽翔 蓮 湊 大和 悠真 颯太 樹 蒼 律 晴 陸斗 結翔 朝陽 奏太 湊斗 大翔 健太 拓海 翔 悠人'.split()
GF = '陽葵 凛 結菜 芽依 紬 咲良 莉子 結衣 美桜 心春 花 葵 杏 楓 彩葉 澪 千尋 日和 琴音 詩'.split()
KANA_S = {'田中':'たなか','松本':'まつもと','中村':'なかむら'}
ADULT_M = '浩二 誠 健一 大輔 直樹 隆 和也 聡 修 剛'.split()
ADULT_F = '真由美 恵 由香 智子 裕子 香織 美穂 直美 亜希 友美'.split()
FOREIGN = ['グエン・ティ・ハー','Nguyen Van Minh','김서연 (キム・ソヨン)','박지훈','王 梓涵（ワン・ズーハン）','李 浩然','Sita Gurung','Bishal Thapa（ビシャル・タパ）','Maria Santos Reyes','Jose Miguel dela Cruz','アナ・サントス','Tran Thi Lan','チェン・ユーシン','Pham Duc Anh','ラマ・アーシス']
TOWNS = ['中央区大江','東区健軍','北区植木町','南区城南町','西区島崎','中央区水前寺','東区長嶺南','北区龍田','南区田迎','西区花園']

def name(sex=None):
    sex = sex or R.choice('MF')
    return R.choice(SUR) + ' ' + R.choice(GM if sex == 'M' else GF), sex

def adult(sex=None):
    sex = sex or R.choice('MF')
    return R.choice(SUR) + ' ' + R.choice(ADULT_M if sex == 'M' else ADULT_F)

def phone():
    return '090-0000-%04d' % R.randint(0, 9999)

def addr():
    return '熊本市%s%d丁目%d-%d（架空）' % (R.choice(TOWNS), R.randint(1, 9), R.randint(1, 30), R.randint(1, 20))

def mail(n=None):
    return '%s%d@%s' % (R.choice(['hogo', 'kazoku', 'mama', 'papa', 'kuma', 'taro']), R.randint(10, 999), R.choice(['mail.example.jp', 'kazoku.example.jp', 'home.example.jp']))

def bday(grade=None, kinder=False):
    if kinder:
        y = R.choice([2019, 2020, 2021])
    else:
        y = 2024 - 6 - (grade or R.randint(1, 6)) + (0 if R.random() < .3 else 1) - 1 + 1
    return '%d-%02d-%02d' % (y, R.randint(1, 12), R.randint(1, 28))

def P(rel):
    p = os.path.join(FILES, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p

def reg(rel, cls, item, style, fmt, why):
    LABELS.append({'path': rel, 'class': cls, 'item': item, 'style': style, 'format': fmt, 'why': why})

def dump(mod):
    with open(os.path.join(BASE, 'tools', 'labels_%s.jsonl' % mod), 'w', encoding='utf-8') as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(mod, len(LABELS), 'files')

def wtext(rel, text, enc='utf-8', bom=False, newline='\r\n'):
    data = text.replace('\n', newline)
    b = data.encode(enc)
    if bom and enc == 'utf-8':
        b = b'\xef\xbb\xbf' + b
    if enc == 'utf-16':
        pass  # python utf-16 adds BOM
    open(P(rel), 'wb').write(b)

def csvtext(rows, sep=','):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = '' if c is None else str(c)
            if sep == ',' and (',' in c or '"' in c or '\n' in c):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return '\n'.join(out) + '\n'

# ---------------- OOXML: xlsx ----------------
def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rel, sheets, creator='熊本市立学校'):
    """sheets: list of dict(name, rows, hidden=False, hidden_cols=[], comments={(r,c):txt}, widths=None)"""
    z = zipfile.ZipFile(P(rel), 'w', zipfile.ZIP_DEFLATED)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wbs, wbr = [], []
    for i, sh in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        st = ' state="hidden"' if sh.get('hidden') else ''
        wbs.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (xe(sh['name']), i, st, i))
        wbr.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        rows = sh['rows']
        hc = set(sh.get('hidden_cols', []))
        ncol = max([len(r) for r in rows] + [1])
        cols = ''.join('<col min="%d" max="%d" width="%d" customWidth="1"%s/>' % (c + 1, c + 1, 14, ' hidden="1"' if c in hc else '') for c in range(ncol))
        sd = []
        for ri, r in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(r):
                if v is None or v == '':
                    continue
                ref = '%s%d' % (_col(ci), ri)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xe(str(v))))
            sd.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
        extra = ''
        com = sh.get('comments') or {}
        if com:
            extra = '<legacyDrawing r:id="rIdV"/>'
            ct.append('<Override PartName="/xl/comments%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' % i)
            cl = ''.join('<comment ref="%s%d" authorId="0"><text><r><t xml:space="preserve">%s</t></r></text></comment>' % (_col(c), r + 1, xe(t)) for (r, c), t in com.items())
            z.writestr('xl/comments%d.xml' % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>教職員</author></authors><commentList>%s</commentList></comments>' % cl)
            shapes = ''.join('<v:shape type="#_x0000_t202" style="visibility:hidden;width:150pt;height:60pt" fillcolor="#ffffe1"><x:ClientData ObjectType="Note"><x:Anchor>%d, 15, %d, 2, %d, 15, %d, 16</x:Anchor><x:Row>%d</x:Row><x:Column>%d</x:Column></x:ClientData></v:shape>' % (c + 1, r, c + 3, r + 4, r, c) for (r, c) in com)
            z.writestr('xl/drawings/vmlDrawing%d.vml' % i, '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>%s</xml>' % shapes)
            z.writestr('xl/worksheets/_rels/sheet%d.xml.rels' % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments%d.xml"/><Relationship Id="rIdV" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing%d.vml"/></Relationships>' % (i, i))
        z.writestr('xl/worksheets/sheet%d.xml' % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><cols>%s</cols><sheetData>%s</sheetData>%s</worksheet>' % (cols, ''.join(sd), extra))
    ct.append('</Types>')
    z.writestr('[Content_Types].xml', ''.join(ct))
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % ''.join(wbs))
    wbr.append('<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(wbr))
    z.writestr('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>')
    z.writestr('docProps/core.xml', _core(creator))
    z.close()

def _core(creator, title=''):
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-06-10T08:30:00Z</dcterms:created></cp:coreProperties>' % (xe(title), xe(creator))

# ---------------- docx ----------------
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def _wp(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xe(text))

def _wtbl(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
    for r in rows:
        out.append('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % _wp('' if c is None else str(c)) for c in r) + '</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)

def docx(rel, blocks, header=None, footer=None, comments=None, tracked=None, creator='教職員', pagebreaks=()):
    """blocks: list of str | ('table', rows) | ('h', text) | ('pb',). comments: list of (anchor_text, comment). tracked: list of ('ins'|'del', text)"""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(_wp(b))
        elif b[0] == 'h':
            body.append(_wp(b[1], True))
        elif b[0] == 'table':
            body.append(_wtbl(b[1]))
        elif b[0] == 'pb':
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    for i, (anchor, c) in enumerate(comments or []):
        body.append('<w:p><w:commentRangeStart w:id="%d"/><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r></w:p>' % (i, xe(anchor), i, i))
    for kind, t in (tracked or []):
        if kind == 'del':
            body.append('<w:p><w:del w:id="9%d" w:author="教頭" w:date="2024-07-01T10:00:00Z"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del></w:p>' % (len(body), xe(t)))
        else:
            body.append('<w:p><w:ins w:id="9%d" w:author="担任" w:date="2024-07-01T10:00:00Z"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins></w:p>' % (len(body), xe(t)))
    sect = '<w:sectPr>%s%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>' % ('<w:headerReference w:type="default" r:id="rIdH"/>' if header else '', '<w:footerReference w:type="default" r:id="rIdF"/>' if footer else '')
    z = zipfile.ZipFile(P(rel), 'w', zipfile.ZIP_DEFLATED)
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    rels = []
    if header:
        ct += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        z.writestr('word/header1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>' % (W_NS, _wp(header)))
    if footer:
        ct += '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        z.writestr('word/footer1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (W_NS, _wp(footer)))
    if comments:
        ct += '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        z.writestr('word/comments.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>' % (W_NS, ''.join('<w:comment w:id="%d" w:author="教頭" w:date="2024-07-01T10:00:00Z" w:initials="KT">%s</w:comment>' % (i, _wp(c)) for i, (a, c) in enumerate(comments))))
    ct += '</Types>'
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(rels))
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, ''.join(body), sect))
    z.writestr('docProps/core.xml', _core(creator))
    z.close()

# ---------------- pptx ----------------
def pptx(rel, slides):
    """slides: list of (title, [lines], notes or None)"""
    z = zipfile.ZipFile(P(rel), 'w', zipfile.ZIP_DEFLATED)
    A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/><Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>']
    def sp(i, txts, y, h):
        paras = ''.join('<a:p><a:r><a:rPr lang="ja-JP" sz="%d"/><a:t>%s</a:t></a:r></a:p>' % (2000 if i > 2 else 3200, xe(t)) for t in txts) or '<a:p/>'
        return '<p:sp><p:nvSpPr><p:cNvPr id="%d" name="T%d"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="%d"/><a:ext cx="8229600" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>' % (i, i, y, h, paras)
    tree = '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>%s</p:spTree></p:cSld>'
    sldids = []
    prels = ['<Relationship Id="rIdM" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/>']
    for i, (title, lines, notes) in enumerate(slides, 1):
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % i)
        z.writestr('ppt/slides/slide%d.xml' % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld %s>%s</p:sld>' % (A, tree % (sp(2, [title], 300000, 900000) + sp(3, lines, 1300000, 5000000))))
        srels = '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
        if notes:
            ct.append('<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % i)
            srels += '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide%d.xml"/>' % i
            z.writestr('ppt/notesSlides/notesSlide%d.xml' % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notes %s>%s</p:notes>' % (A, tree % sp(2, notes.split('\n'), 0, 1000000)))
            z.writestr('ppt/notesSlides/_rels/notesSlide%d.xml.rels' % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="../slides/slide%d.xml"/></Relationships>' % i)
        z.writestr('ppt/slides/_rels/slide%d.xml.rels' % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % srels)
        sldids.append('<p:sldId id="%d" r:id="rIdS%d"/>' % (255 + i, i))
        prels.append('<Relationship Id="rIdS%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide%d.xml"/>' % (i, i))
    ct.append('</Types>')
    z.writestr('[Content_Types].xml', ''.join(ct))
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>')
    z.writestr('ppt/presentation.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentation %s><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdM"/></p:sldMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>' % (A, ''.join(sldids)))
    z.writestr('ppt/_rels/presentation.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % ''.join(prels))
    z.writestr('ppt/slideMasters/slideMaster1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sldMaster %s>%s<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>' % (A, tree % ''))
    z.writestr('ppt/slideMasters/_rels/slideMaster1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/></Relationships>')
    z.writestr('ppt/slideLayouts/slideLayout1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sldLayout %s>%s</p:sldLayout>' % (A, tree % ''))
    z.writestr('ppt/slideLayouts/_rels/slideLayout1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>')
    z.writestr('ppt/theme/theme1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:clrScheme name="T"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme name="T"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="T"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
    z.close()

# ---------------- ODF ----------------
def _odf(rel, mime, content):
    z = zipfile.ZipFile(P(rel), 'w')
    z.writestr(zipfile.ZipInfo('mimetype'), mime)
    z.writestr('META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mime)
    z.writestr('content.xml', content, zipfile.ZIP_DEFLATED)
    z.close()
ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"'

def odt(rel, blocks, annotation=None):
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<text:p>%s</text:p>' % xe(b))
        elif b[0] == 'table':
            rows = ''.join('<table:table-row>%s</table:table-row>' % ''.join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xe(str(c)) for c in r) for r in b[1])
            body.append('<table:table table:name="表1"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>' % (len(b[1][0]), rows))
        else:
            body.append('<text:h text:outline-level="1">%s</text:h>' % xe(b[1]))
    if annotation:
        body.append('<text:p><office:annotation><dc:creator>担任</dc:creator><text:p>%s</text:p></office:annotation>%s</text:p>' % (xe(annotation[1]), xe(annotation[0])))
    _odf(rel, 'application/vnd.oasis.opendocument.text', '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:text>%s</office:text></office:body></office:document-content>' % (ODF_NS, ''.join(body)))

def ods(rel, sheets):
    out = []
    for sh in sheets:
        hc = set(sh.get('hidden_cols', []))
        ncol = max(len(r) for r in sh['rows'])
        cols = ''.join('<table:table-column%s/>' % (' table:visibility="collapse"' if c in hc else '') for c in range(ncol))
        rows = ''.join('<table:table-row>%s</table:table-row>' % ''.join(('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (c, c)) if isinstance(c, (int, float)) else '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xe(str(c)) for c in r) for r in sh['rows'])
        out.append('<table:table table:name="%s">%s%s</table:table>' % (xe(sh['name']), cols, rows))
    _odf(rel, 'application/vnd.oasis.opendocument.spreadsheet', '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>' % (ODF_NS, ''.join(out)))

# ---------------- RTF ----------------
def rtf_str(blocks):
    def enc(s):
        o = []
        for ch in s:
            n = ord(ch)
            if ch in '\\{}':
                o.append('\\' + ch)
            elif n < 128:
                o.append(ch)
            else:
                o.append('\\u%d?' % (n if n < 32768 else n - 65536))
        return ''.join(o)
    lines = []
    for b in blocks:
        if isinstance(b, str):
            lines.append(enc(b) + '\\par')
        elif b[0] == 'table':
            for r in b[1]:
                lines.append(enc('\t'.join(str(c) for c in r)) + '\\par')
        elif b[0] == 'pb':
            lines.append('\\page')
        else:
            lines.append('{\\b ' + enc(b[1]) + '}\\par')
    return '{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\f0\\fs21\n' + '\n'.join(lines) + '\n}'

def rtf(rel, blocks):
    open(P(rel), 'w', encoding='ascii').write(rtf_str(blocks))

# ---------------- PDF (text) ----------------
def pdf_text(rel, pages, title=''):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    try:
        pdfmetrics.getFont('HeiseiKakuGo-W5')
    except Exception:
        pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
    c = canvas.Canvas(P(rel), pagesize=A4, invariant=1)
    c.setTitle(title)
    for lines in pages:
        y = 800
        for ln in lines:
            size = 10
            if isinstance(ln, tuple):
                ln, size = ln
            c.setFont('HeiseiKakuGo-W5', size)
            c.drawString(50, y, ln)
            y -= size + 6
            if y < 40:
                c.showPage(); y = 800
        c.showPage()
    c.save()

# ---------------- images ----------------
_fc = {}
def font(sz, serif=False):
    k = (sz, serif)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONT_SERIF if serif else FONT_SANS, sz)
    return _fc[k]

def paper(lines, w=1240, h=1754, hand=None, title=None, grid=False):
    """Render a paper page. lines: list of str or (prompt, handwritten value). returns PIL image"""
    im = Image.new('RGB', (w, h), (250, 249, 244))
    d = ImageDraw.Draw(im)
    y = 60
    if title:
        d.text((w // 2 - len(title) * 18, y), title, font=font(36, True), fill=(20, 20, 20))
        y += 80
    for ln in lines:
        if isinstance(ln, tuple):
            pr, val = ln
            d.text((70, y), pr, font=font(24, True), fill=(30, 30, 30))
            x = 70 + int(font(24, True).getlength(pr)) + 20
            d.line((x - 10, y + 34, w - 70, y + 34), fill=(120, 120, 120), width=1)
            # handwriting-like: jitter per char, blue ink
            for ch in str(val):
                d.text((x + R.randint(-1, 1), y - 4 + R.randint(-3, 3)), ch, font=font(R.randint(25, 29), True), fill=(25, 35, 110))
                x += int(font(27, True).getlength(ch)) + R.randint(0, 3)
            y += 52
        elif isinstance(ln, list):  # table row
            x = 70
            cw = (w - 140) // max(1, len(ln))
            for c in ln:
                d.rectangle((x, y, x + cw, y + 40), outline=(80, 80, 80))
                d.text((x + 6, y + 6), str(c)[:int(cw / 20)], font=font(20), fill=(20, 20, 20))
                x += cw
            y += 40
        else:
            d.text((70, y), ln, font=font(24, True), fill=(30, 30, 30))
            y += 38
        if y > h - 80:
            break
    return im

def photo(im, rot=None, bg=(120, 100, 80), out=(1512, 2016)):
    """make a phone-photo of a paper: rotate, place on desk, blur, vignette-ish noise"""
    rot = R.uniform(-6, 6) if rot is None else rot
    im2 = im.rotate(rot, expand=True, fillcolor=bg, resample=Image.BICUBIC)
    canvas = Image.new('RGB', (im2.width + 160, im2.height + 200), bg)
    canvas.paste(im2, (80 + R.randint(-30, 30), 100 + R.randint(-30, 30)))
    canvas = canvas.resize(out, Image.BILINEAR).filter(ImageFilter.GaussianBlur(0.8))
    # lighting gradient
    grad = Image.linear_gradient('L').resize(out).point(lambda v: int(v * 0.25))
    dark = Image.new('RGB', out, (0, 0, 0))
    canvas = Image.composite(dark, canvas, grad)
    return canvas

def scan(im):
    g = im.convert('L').rotate(R.uniform(-1.2, 1.2), expand=False, fillcolor=255, resample=Image.BICUBIC)
    return g.point(lambda v: 255 if v > 200 else max(0, v - 20)).convert('RGB')

def save_jpg(rel, im, q=82):
    im.save(P(rel), 'JPEG', quality=q)

def save_png(rel, im):
    im.save(P(rel), 'PNG')

def pdf_image(rel, images):
    imgs = [i.convert('RGB') for i in images]
    _d = _tm.strptime('2024-07-01 09:00:00', '%Y-%m-%d %H:%M:%S')
    imgs[0].save(P(rel), 'PDF', save_all=True, append_images=imgs[1:], resolution=150, creationDate=_d, modDate=_d)

def screen(title, header, rows, w=1600, h=1000, app='校務支援システム', note=None):
    im = Image.new('RGB', (w, h), (240, 242, 245))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w, 56), fill=(33, 80, 150))
    d.text((20, 12), app + '  ｜  ' + title, font=font(24), fill=(255, 255, 255))
    d.rectangle((0, 56, 220, h), fill=(225, 230, 238))
    for i, m in enumerate(['ホーム', '児童管理', '出欠管理', '成績管理', '保健', '指導記録', '帳票出力']):
        d.text((20, 80 + i * 44), m, font=font(20), fill=(30, 30, 60))
    y = 80
    if note:
        d.text((250, y), note, font=font(20), fill=(150, 20, 20)); y += 40
    cw = (w - 270) // max(1, len(header))
    for ri, r in enumerate([header] + rows):
        x = 250
        d.rectangle((250, y, w - 20, y + 34), fill=(200, 215, 235) if ri == 0 else ((255, 255, 255) if ri % 2 else (246, 248, 252)))
        for c in r:
            d.text((x + 6, y + 5), str(c)[:max(2, cw // 17)], font=font(18), fill=(10, 10, 10))
            x += cw
        y += 34
        if y > h - 40:
            break
    return im

def chat(title, msgs, w=750, h=1334, app='LINE'):
    im = Image.new('RGB', (w, h), (140, 171, 216) if app == 'LINE' else (245, 245, 245))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w, 110), fill=(36, 47, 65) if app == 'LINE' else (0, 120, 90))
    d.text((30, 20), '9:41', font=font(24), fill=(255, 255, 255))
    d.text((80, 60), title, font=font(28), fill=(255, 255, 255))
    y = 140
    for who, text in msgs:
        me = who == 'me'
        wrap = [text[i:i + 17] for i in range(0, len(text), 17)]
        bh = 20 + 34 * len(wrap)
        bw = 40 + 28 * max(len(t) for t in wrap)
        x = w - bw - 30 if me else 100
        if not me:
            d.text((100, y - 2), who, font=font(18), fill=(30, 30, 30)); y += 26
        d.rounded_rectangle((x, y, x + bw, y + bh), 20, fill=(133, 226, 115) if me else (255, 255, 255))
        for i, t in enumerate(wrap):
            d.text((x + 20, y + 10 + 34 * i), t, font=font(26), fill=(0, 0, 0))
        y += bh + 24
        if y > h - 100:
            break
    return im

# ---------------- legacy xls (BIFF8 in OLE2) ----------------
def _rec(t, data):
    return struct.pack('<HH', t, len(data)) + data

def _ustr(s):
    b = s.encode('utf-16-le')
    return struct.pack('<HB', len(s), 1) + b

def biff8(sheets):
    # globals
    def glob(offsets):
        g = _rec(0x0809, struct.pack('<HHHHII', 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
        g += _rec(0x0042, struct.pack('<H', 1200))
        g += _rec(0x003D, struct.pack('<hhHHHHHHH', 0, 0, 0x3000, 0x2000, 0x38, 0, 0, 1, 0x258))
        for i in range(5):
            g += _rec(0x0031, struct.pack('<HHHHHBBBB', 200, 0, 0x7FFF, 400, 0, 0, 0, 0x80, 0) + struct.pack('<B', 5) + b'\x01' + 'ＭＳ Ｐゴシック'.encode('utf-16-le'))
        for i in range(16):
            g += _rec(0x00E0, struct.pack('<HHHBBBBIIH', 0, 0, 0xFFF5 if i < 15 else 0x0001, 0x20, 0, 0, 0, 0, 0, 0x20C0))
        for (nm, rows, hid), off in zip(sheets, offsets):
            g += _rec(0x0085, struct.pack('<IBB', off, 1 if hid else 0, 0) + struct.pack('<B', len(nm)) + b'\x01' + nm.encode('utf-16-le'))
        g += _rec(0x000A, b'')
        return g
    bodies = []
    for nm, rows, hid in sheets:
        s = _rec(0x0809, struct.pack('<HHHHII', 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
        ncol = max(len(r) for r in rows)
        s += _rec(0x0200, struct.pack('<IIHHH', 0, len(rows), 0, ncol, 0))
        for ri, r in enumerate(rows):
            for ci, v in enumerate(r):
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)):
                    s += _rec(0x0203, struct.pack('<HHHd', ri, ci, 15, float(v)))
                else:
                    s += _rec(0x0204, struct.pack('<HHH', ri, ci, 15) + _ustr(str(v)))
        s += _rec(0x000A, b'')
        bodies.append(s)
    g0 = glob([0] * len(sheets))
    offs, o = [], len(g0)
    for b in bodies:
        offs.append(o); o += len(b)
    return glob(offs) + b''.join(bodies)

def ole2(streams):
    """streams: list of (name, bytes). each padded >=4096 so no mini stream."""
    SS = 512
    data = b''
    ents = []
    sec = 0
    chains = []
    for nm, b in streams:
        size = len(b)
        if size < 4096:
            b = b + b'\0' * (4096 - size); size = 4096
        pad = (-len(b)) % SS
        n = (len(b) + pad) // SS
        ents.append((nm, sec, size))
        chains.append((sec, n))
        data += b + b'\0' * pad
        sec += n
    dir_sec = sec
    ndir = 1  # 4 entries per sector
    ndirsec = (len(streams) + 1 + 3) // 4
    total = sec + ndirsec
    nfat = 1
    while (total + nfat) > nfat * 128:
        nfat += 1
    fat = []
    for s0, n in chains:
        for k in range(n):
            fat.append(s0 + k + 1 if k < n - 1 else 0xFFFFFFFE)
    for k in range(ndirsec):
        fat.append(dir_sec + k + 1 if k < ndirsec - 1 else 0xFFFFFFFE)
    fat_start = len(fat)
    fat += [0xFFFFFFFD] * nfat
    fat += [0xFFFFFFFF] * (nfat * 128 - len(fat))
    def dent(name, typ, start, size, child=0xFFFFFFFF, left=0xFFFFFFFF, right=0xFFFFFFFF):
        nb = (name + '\0').encode('utf-16-le')
        return nb + b'\0' * (64 - len(nb)) + struct.pack('<HBB', len(nb), typ, 1) + struct.pack('<III', left, right, child) + b'\0' * 16 + b'\0' * 4 + b'\0' * 16 + struct.pack('<III', start, size, 0)
    # simple tree: root child = 1, entries chained by right sibling (sorted by length then upper name is required for red-black, we chain with right pointers in sorted order)
    order = sorted(range(len(ents)), key=lambda i: (len(ents[i][0]), ents[i][0].upper()))
    # build as right-leaning chain: root.child = first in order
    right = {}
    for a, b in zip(order, order[1:]):
        right[a] = b + 1
    d = dent('Root Entry', 5, 0xFFFFFFFE, 0, child=order[0] + 1)
    for i, (nm, s0, size) in enumerate(ents):
        d += dent(nm, 2, s0, size, right=right.get(i, 0xFFFFFFFF))
    d += b'\0' * (ndirsec * SS - len(d))
    # empty entries must have type 0 and ptrs -1: patch
    nent = len(ents) + 1
    d = bytearray(d)
    for k in range(nent, ndirsec * 4):
        off = k * 128
        d[off + 68:off + 80] = b'\xff' * 12
    hdr = bytearray(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\0' * 16 + struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6) + b'\0' * 6 + struct.pack('<IIIIIIIII', 0, nfat, dir_sec, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0))
    difat = [fat_start + k for k in range(nfat)] + [0xFFFFFFFF] * (109 - nfat)
    hdr += struct.pack('<109I', *difat)
    fatb = struct.pack('<%dI' % len(fat), *fat)
    return bytes(hdr) + data + bytes(d) + fatb

def xls(rel, sheets):
    """sheets: list of (name, rows, hidden)"""
    open(P(rel), 'wb').write(ole2([('Workbook', biff8(sheets))]))

def zipfiles(rel, members):
    z = zipfile.ZipFile(P(rel), 'w', zipfile.ZIP_DEFLATED)
    for nm, b in members:
        zi = zipfile.ZipInfo(nm, (2024, 7, 1, 9, 0, 0))
        zi.flag_bits |= 0x800
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, b)
    z.close()

def eml(rel, frm, to, subj, body, attachments=()):
    from email.message import EmailMessage
    from email.policy import SMTP
    m = EmailMessage()
    m['From'] = frm; m['To'] = to; m['Subject'] = subj
    m['Date'] = 'Mon, 01 Jul 2024 16:20:00 +0900'
    m['Message-ID'] = '<%d@school.example.jp>' % R.randint(10**8, 10**9)
    m.set_content(body)
    for fn, data, mt in attachments:
        ma, mb = mt.split('/')
        m.add_attachment(data, maintype=ma, subtype=mb, filename=fn)
    if attachments:
        m.set_boundary('==scan15-%08d==' % R.randint(0, 10**8))
    open(P(rel), 'wb').write(m.as_bytes(policy=SMTP))
