# -*- coding: utf-8 -*-
"""Hand-built writers for OOXML/ODF/RTF/PDF/images (deterministic)."""
import io, zipfile, random, math
from xml.sax.saxutils import escape as _esc
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
ZDT = (2024, 11, 5, 9, 30, 0)


def esc(s):
    s = "" if s is None else str(s)
    return _esc(s, {'"': "&quot;"})


def _zip(parts):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return b.getvalue()


def colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# ---------------- XLSX ----------------
def xlsx(sheets, author="kyomu"):
    """sheets: list of dict(name, rows, hidden=False, hidden_cols=[], comments=[(r,c,text)])"""
    parts = []
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wbrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    wbsheets = []
    for i, sh in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        st = ' state="hidden"' if sh.get("hidden") else ""
        wbsheets.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (esc(sh["name"]), i, st, i))
        rows = sh["rows"]
        ncols = max((len(r) for r in rows), default=1)
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        x.append('<dimension ref="A1:%s%d"/>' % (colname(ncols - 1), max(1, len(rows))))
        hc = sh.get("hidden_cols", [])
        x.append("<cols>")
        for c in range(ncols):
            if c in hc:
                x.append('<col min="%d" max="%d" width="12" hidden="1" customWidth="1"/>' % (c + 1, c + 1))
            else:
                x.append('<col min="%d" max="%d" width="14" customWidth="1"/>' % (c + 1, c + 1))
        x.append("</cols><sheetData>")
        for ri, r in enumerate(rows, 1):
            x.append('<row r="%d">' % ri)
            for ci, v in enumerate(r):
                ref = "%s%d" % (colname(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    x.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, esc(v)))
            x.append("</row>")
        x.append("</sheetData>")
        cms = sh.get("comments", [])
        srels = None
        if cms:
            x.append('<legacyDrawing r:id="rId2"/>')
            srels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments%d.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing%d.vml"/></Relationships>' % (i, i))
            cx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>%s</author></authors><commentList>' % esc(author)]
            vml = ['<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
                   '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>']
            for k, (r0, c0, t) in enumerate(cms):
                cx.append('<comment ref="%s%d" authorId="0"><text><r><t xml:space="preserve">%s</t></r></text></comment>' % (colname(c0), r0 + 1, esc(t)))
                vml.append('<v:shape id="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:160pt;height:60pt;z-index:%d;visibility:hidden" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Row>%d</x:Row><x:Column>%d</x:Column></x:ClientData></v:shape>' % (1025 + k, k + 1, r0, c0))
            cx.append("</commentList></comments>")
            vml.append("</xml>")
            parts.append(("xl/comments%d.xml" % i, "".join(cx)))
            parts.append(("xl/drawings/vmlDrawing%d.vml" % i, "".join(vml)))
            ct.append('<Override PartName="/xl/comments%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' % i)
        x.append("</worksheet>")
        parts.append(("xl/worksheets/sheet%d.xml" % i, "".join(x)))
        if srels:
            parts.append(("xl/worksheets/_rels/sheet%d.xml.rels" % i, srels))
    n = len(sheets)
    wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>' % (n + 1))
    ct.append("</Types>")
    parts.insert(0, ("[Content_Types].xml", "".join(ct)))
    parts.insert(1, ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'))
    parts.insert(2, ("docProps/core.xml", core(author)))
    parts.insert(3, ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>%s</sheets></workbook>' % "".join(wbsheets)))
    parts.insert(4, ("xl/_rels/workbook.xml.rels", "".join(wbrels)))
    parts.insert(5, ("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>'))
    return _zip(parts)


def core(author, title=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-11-05T09:30:00Z</dcterms:created></cp:coreProperties>' % (esc(title), esc(author)))


# ---------------- DOCX ----------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _wp(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, esc(text))


def _wtable(rows):
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
         + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
         + "</w:tblBorders></w:tblPr>"]
    for r in rows:
        x.append("<w:tr>")
        for v in r:
            x.append('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % esc(v))
        x.append("</w:tr>")
    x.append("</w:tbl><w:p/>")
    return "".join(x)


def docx(blocks, header=None, footer=None, comments=(), tracked=(), author="teacher"):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows) | ('br',)
    comments: list of (anchor_text, comment_text) appended as commented paragraphs
    tracked: list of (kind 'ins'|'del', text)"""
    body = []
    for b in blocks:
        if b[0] == "h":
            body.append(_wp(b[1], bold=True, size=28))
        elif b[0] == "p":
            body.append(_wp(b[1]))
        elif b[0] == "t":
            body.append(_wtable(b[1]))
        elif b[0] == "br":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    for k, (anchor, ctext) in enumerate(comments):
        body.append('<w:p><w:commentRangeStart w:id="%d"/><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r></w:p>' % (k, esc(anchor), k, k))
    for k, (kind, t) in enumerate(tracked):
        if kind == "ins":
            body.append('<w:p><w:ins w:id="%d" w:author="%s" w:date="2024-10-01T10:00:00Z"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins></w:p>' % (100 + k, esc(author), esc(t)))
        else:
            body.append('<w:p><w:del w:id="%d" w:author="%s" w:date="2024-10-01T10:00:00Z"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del></w:p>' % (100 + k, esc(author), esc(t)))
    sect = "<w:sectPr>"
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = []
    if header:
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        parts.append(("word/header1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>' % (W, _wp(header))))
    if footer:
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        parts.append(("word/footer1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s>%s</w:ftr>' % (W, _wp(footer))))
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cx = "".join('<w:comment w:id="%d" w:author="%s" w:date="2024-10-01T10:00:00Z" w:initials="T"><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>' % (k, esc(author), esc(c)) for k, (a, c) in enumerate(comments))
        parts.append(("word/comments.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments %s>%s</w:comments>' % (W, cx)))
    sect += '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1200" w:bottom="1440" w:left="1200" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>' % (W, "".join(body), sect)
    rels.append("</Relationships>")
    ct.append("</Types>")
    styles = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="游明朝"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>' % W
    allp = [("[Content_Types].xml", "".join(ct)),
            ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
            ("docProps/core.xml", core(author)),
            ("word/document.xml", doc), ("word/styles.xml", styles),
            ("word/_rels/document.xml.rels", "".join(rels))] + parts
    return _zip(allp)


# ---------------- PPTX ----------------
def pptx(slides, author="teacher"):
    """slides: list of (title, [lines], notes or None)"""
    P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
          '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = []
    spTree0 = '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>%s</p:spTree></p:cSld>'

    def sp(i, name, lines, y):
        paras = "".join('<a:p><a:r><a:rPr lang="ja-JP"/><a:t>%s</a:t></a:r></a:p>' % esc(l) for l in lines) or "<a:p/>"
        return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="%d"/><a:ext cx="8229600" cy="1000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
                '<p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>' % (i, name, y, paras))
    sldids, prels = [], ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdM" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>']
    for i, (title, lines, notes) in enumerate(slides, 1):
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % i)
        parts.append(("ppt/slides/slide%d.xml" % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld %s>%s</p:sld>' % (P, spTree0 % (sp(2, "Title", [title], 300000) + sp(3, "Body", lines, 1500000)))))
        srel = '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
        if notes:
            ct.append('<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>' % i)
            parts.append(("ppt/notesSlides/notesSlide%d.xml" % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notes %s>%s</p:notes>' % (P, spTree0 % sp(2, "Notes", notes.split("\n"), 0))))
            parts.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="../slides/slide%d.xml"/></Relationships>' % i))
            srel += '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide%d.xml"/>' % i
        parts.append(("ppt/slides/_rels/slide%d.xml.rels" % i, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % srel))
        sldids.append('<p:sldId id="%d" r:id="rIdS%d"/>' % (255 + i, i))
        prels.append('<Relationship Id="rIdS%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide%d.xml"/>' % (i, i))
    prels.append("</Relationships>")
    ct.append("</Types>")
    theme = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>'
             + "".join('<a:accent%d><a:srgbClr val="4F81BD"/></a:accent%d>' % (k, k) for k in range(1, 7))
             + '<a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
             '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
    master = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster %s>%s<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>' % (P, spTree0 % "")
    layout = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout %s>%s</p:sldLayout>' % (P, spTree0 % "")
    allp = [("[Content_Types].xml", "".join(ct)),
            ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
            ("docProps/core.xml", core(author)),
            ("ppt/presentation.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation %s><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdM"/></p:sldMasterIdLst><p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>' % (P, "".join(sldids))),
            ("ppt/_rels/presentation.xml.rels", "".join(prels)),
            ("ppt/slideMasters/slideMaster1.xml", master),
            ("ppt/slideMasters/_rels/slideMaster1.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/></Relationships>'),
            ("ppt/slideLayouts/slideLayout1.xml", layout),
            ("ppt/slideLayouts/_rels/slideLayout1.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>'),
            ("ppt/theme/theme1.xml", theme)] + parts
    return _zip(allp)


# ---------------- ODF ----------------
ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def _odf(mime, body):
    content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:automatic-styles><style:style style:name="co_h" style:family="table-column"><style:table-column-properties fo:display="false"/></style:style><style:style style:name="ta_h" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles><office:body>%s</office:body></office:document-content>' % (ODNS, body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("content.xml", content), ("META-INF/manifest.xml", manifest)])


def ods(sheets):
    body = ["<office:spreadsheet>"]
    for sh in sheets:
        st = ' table:style-name="ta_h"' if sh.get("hidden") else ""
        body.append('<table:table table:name="%s"%s>' % (esc(sh["name"]), st))
        ncols = max((len(r) for r in sh["rows"]), default=1)
        hc = sh.get("hidden_cols", [])
        for c in range(ncols):
            body.append('<table:table-column%s/>' % (' table:style-name="co_h" table:visibility="collapse"' if c in hc else ""))
        for r in sh["rows"]:
            body.append("<table:table-row>")
            for v in r:
                if isinstance(v, (int, float)):
                    body.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    body.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % esc(v))
            body.append("</table:table-row>")
        body.append("</table:table>")
    body.append("</office:spreadsheet>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "".join(body))


def odt(blocks):
    body = ["<office:text>"]
    for b in blocks:
        if b[0] in ("h", "p"):
            body.append("<text:p>%s</text:p>" % esc(b[1]))
        elif b[0] == "t":
            body.append("<table:table>")
            body.append('<table:table-column table:number-columns-repeated="%d"/>' % max(len(r) for r in b[1]))
            for r in b[1]:
                body.append("<table:table-row>" + "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % esc(v) for v in r) + "</table:table-row>")
            body.append("</table:table>")
    body.append("</office:text>")
    return _odf("application/vnd.oasis.opendocument.text", "".join(body))


# ---------------- RTF ----------------
def _rtfesc(s):
    o = []
    for ch in str(s):
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            if c > 32767:
                c -= 65536
            o.append("\\u%d?" % c)
    return "".join(o)


def rtf(blocks):
    o = [r"{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0\fnil\fcharset128 MS Mincho;}}\f0\fs21 "]
    for b in blocks:
        if b[0] in ("h", "p"):
            o.append((r"\b " if b[0] == "h" else "") + _rtfesc(b[1]) + (r"\b0" if b[0] == "h" else "") + r"\par " + "\n")
        elif b[0] == "t":
            for r in b[1]:
                o.append(r"\trowd" + "".join(r"\cellx%d" % (1500 * (k + 1)) for k in range(len(r))) + " ")
                o.append("".join(r"\intbl " + _rtfesc(v) + r"\cell " for v in r) + r"\row" + "\n")
        elif b[0] == "br":
            o.append(r"\page ")
    o.append("}")
    return "".join(o).encode("ascii")


# ---------------- text renderings ----------------
def blocks_text(blocks, sep="\t"):
    out = []
    for b in blocks:
        if b[0] in ("h", "p"):
            out.append(b[1])
        elif b[0] == "t":
            out.extend(sep.join(str(v) for v in r) for r in b[1])
            out.append("")
        elif b[0] == "br":
            out.append("\f")
    return "\n".join(out) + "\n"


def blocks_md(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append("# " + b[1] + "\n")
        elif b[0] == "p":
            out.append(b[1] + "\n")
        elif b[0] == "t":
            r0 = b[1][0]
            out.append("| " + " | ".join(map(str, r0)) + " |")
            out.append("|" + "---|" * len(r0))
            for r in b[1][1:]:
                out.append("| " + " | ".join(map(str, r)) + " |")
            out.append("")
    return "\n".join(out) + "\n"


def blocks_html(blocks, title="", comment=None):
    o = ['<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>%s</title></head><body>' % esc(title)]
    if comment:
        o.append("<!-- %s -->" % comment.replace("--", "－"))
    for b in blocks:
        if b[0] == "h":
            o.append("<h1>%s</h1>" % esc(b[1]))
        elif b[0] == "p":
            o.append("<p>%s</p>" % esc(b[1]))
        elif b[0] == "t":
            o.append("<table border=\"1\">" + "".join("<tr>" + "".join("<td>%s</td>" % esc(v) for v in r) + "</tr>" for r in b[1]) + "</table>")
    o.append("</body></html>")
    return "\n".join(o)


def xls_html(sheets):
    """Excel-readable HTML saved with .xls (as exported by older school systems)."""
    o = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"><meta name=ProgId content=Excel.Sheet></head><body>']
    for sh in sheets:
        o.append("<table border=1>" + "".join("<tr>" + "".join("<td>%s</td>" % esc(v) for v in r) + "</tr>" for r in sh["rows"]) + "</table><br>")
    o.append("</body></html>")
    return "\n".join(o).encode("cp932", "replace")


# ---------------- PDF (text) ----------------
def pdf_text(pages):
    """pages: list of list of blocks"""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    try:
        pdfmetrics.getFont("HeiseiKakuGo-W5")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    w, h = A4
    for blocks in pages:
        y = h - 60
        for bl in blocks:
            if bl[0] == "h":
                c.setFont("HeiseiKakuGo-W5", 15); c.drawString(50, y, bl[1]); y -= 26
            elif bl[0] == "p":
                c.setFont("HeiseiKakuGo-W5", 9.5)
                s = bl[1]
                while s:
                    c.drawString(50, y, s[:52]); s = s[52:]; y -= 14
                y -= 4
            elif bl[0] == "t":
                c.setFont("HeiseiKakuGo-W5", 8)
                n = max(len(r) for r in bl[1]); cw = (w - 100) / n
                for r in bl[1]:
                    for k, v in enumerate(r):
                        c.rect(50 + k * cw, y - 3, cw, 13)
                        c.drawString(52 + k * cw, y, str(v)[: int(cw / 8)])
                    y -= 13
                    if y < 60:
                        c.showPage(); c.setFont("HeiseiKakuGo-W5", 8); y = h - 60
                y -= 10
            if y < 60:
                c.showPage(); y = h - 60
        c.showPage()
    c.save()
    return b.getvalue()


# ---------------- images ----------------
_fc = {}


def font(size, serif=False):
    k = (size, serif)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONT_SERIF if serif else FONT_SANS, size)
    return _fc[k]


def render_page(blocks, rnd, hand=(), width=1240, height=1754, hw_color=(20, 30, 110)):
    """Render blocks on a white A4-ish page. hand: set of strings to draw 'handwritten' (serif, blue, jitter)."""
    im = Image.new("RGB", (width, height), (252, 252, 248))
    d = ImageDraw.Draw(im)
    y = 70
    for bl in blocks:
        if bl[0] == "h":
            d.text((80, y), bl[1], font=font(40), fill=(10, 10, 10)); y += 70
        elif bl[0] == "p":
            s = bl[1]
            while s:
                d.text((80, y), s[:40], font=font(24), fill=(20, 20, 20)); s = s[40:]; y += 36
            y += 8
        elif bl[0] == "f":  # form field: printed label + handwritten value
            d.text((80, y), bl[1], font=font(24), fill=(20, 20, 20))
            d.line((330, y + 34, width - 80, y + 34), fill=(90, 90, 90), width=1)
            if bl[2]:
                jx = rnd.randint(-6, 6); jy = rnd.randint(-4, 3)
                d.text((345 + jx, y - 2 + jy), bl[2], font=font(29 + rnd.randint(-2, 2), True), fill=hw_color)
            y += 52
        elif bl[0] == "t":
            rows = bl[1]; n = max(len(r) for r in rows); cw = (width - 160) // n
            rh = 34 if len(rows) < 34 else 28
            fs = 19 if len(rows) < 34 else 16
            for ri, r in enumerate(rows):
                for k, v in enumerate(r):
                    d.rectangle((80 + k * cw, y, 80 + (k + 1) * cw, y + rh), outline=(60, 60, 60))
                    sv = str(v)
                    if ri > 0 and bl[2] if len(bl) > 2 else False:
                        d.text((84 + k * cw + rnd.randint(-2, 2), y + 2), sv[: max(1, cw // 18)], font=font(fs + 3, True), fill=hw_color)
                    else:
                        d.text((84 + k * cw, y + 5), sv[: max(1, cw // (fs - 1))], font=font(fs), fill=(15, 15, 15))
                y += rh
            y += 16
        if y > height - 60:
            break
    return im


def photo(im, rnd, angle=None):
    """Make a phone-photo look: desk background, rotation, shading, blur."""
    angle = rnd.uniform(-6, 6) if angle is None else angle
    w, h = im.size
    bg = Image.new("RGB", (int(w * 1.25), int(h * 1.18)), (rnd.randint(90, 140), rnd.randint(70, 110), rnd.randint(50, 80)))
    r = im.rotate(angle, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new("L", im.size, 255).rotate(angle, expand=True, fillcolor=0)
    bg.paste(r, ((bg.size[0] - r.size[0]) // 2, (bg.size[1] - r.size[1]) // 2), mask)
    # lighting gradient
    grad = Image.new("L", bg.size)
    gd = ImageDraw.Draw(grad)
    for x in range(0, bg.size[0], 8):
        gd.rectangle((x, 0, x + 8, bg.size[1]), fill=int(40 * x / bg.size[0]))
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, grad)
    bg = bg.filter(ImageFilter.GaussianBlur(0.8)).resize((int(bg.size[0] * 0.8), int(bg.size[1] * 0.8)))
    return bg


def scan(im, rnd):
    g = im.convert("L").rotate(rnd.uniform(-1.2, 1.2), expand=False, fillcolor=255)
    return g.filter(ImageFilter.GaussianBlur(0.4)).convert("RGB")


def img_bytes(im, fmt, **kw):
    b = io.BytesIO()
    if fmt == "jpg":
        im.save(b, "JPEG", quality=kw.get("q", 82))
    elif fmt == "png":
        im.save(b, "PNG")
    elif fmt == "pdf":
        ims = kw.get("pages") or [im]
        import time as _t
        _d = _t.gmtime(1730799000)
        ims[0].save(b, "PDF", resolution=150, save_all=True, append_images=ims[1:], creationDate=_d, modDate=_d, producer="KONICA MINOLTA bizhub")
    return b.getvalue()


def screenshot(title, rows, rnd, app="Excel", hand=False):
    """A desktop-app screenshot PNG showing a grid."""
    W_, H_ = 1600, 1000
    im = Image.new("RGB", (W_, H_), (255, 255, 255))
    d = ImageDraw.Draw(im)
    bar = {"Excel": (33, 115, 70), "Teams": (98, 100, 167), "校務支援": (40, 80, 150), "Forms": (3, 120, 124)}.get(app, (60, 60, 60))
    d.rectangle((0, 0, W_, 48), fill=bar)
    d.text((16, 8), "%s - %s" % (title, app), font=font(24), fill=(255, 255, 255))
    d.rectangle((0, 48, W_, 110), fill=(243, 243, 243))
    d.text((16, 66), "ホーム  挿入  ページレイアウト  数式  データ  校閲  表示", font=font(20), fill=(60, 60, 60))
    y = 130
    n = max(len(r) for r in rows); cw = (W_ - 80) // n
    for r in rows[:30]:
        for k, v in enumerate(r):
            d.rectangle((40 + k * cw, y, 40 + (k + 1) * cw, y + 28), outline=(210, 210, 210))
            d.text((44 + k * cw, y + 3), str(v)[: max(1, cw // 17)], font=font(17), fill=(0, 0, 0))
        y += 28
    return im
