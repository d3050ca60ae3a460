# Format writers built by hand (zip+XML) plus reportlab/PIL. No office library needed.
import zipfile, io, os, random, math, csv
from xml.sax.saxutils import escape as _esc
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.header import Header
from email.utils import formatdate

def esc(s):
    return _esc(str(s), {'"': '&quot;'})

def _mk(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)

def colname(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

# ---------------- xlsx ----------------
def xlsx_bytes(sheets):
    """sheets: list of dict(name, rows, hidden=False, hidden_cols=[], comments=[(r,c,text)])"""
    b = io.BytesIO()
    z = zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    wb_sheets, wb_rels = [], []
    for i, sh in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        st = ' state="hidden"' if sh.get('hidden') else ''
        wb_sheets.append(f'<sheet name="{esc(sh["name"])}" sheetId="{i}"{st} r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        cols = ''
        hc = sh.get('hidden_cols', [])
        if hc:
            cols = '<cols>' + ''.join(f'<col min="{c+1}" max="{c+1}" width="12" hidden="1" customWidth="1"/>' for c in hc) + '</cols>'
        rows_xml = []
        for r, row in enumerate(sh['rows'], 1):
            cells = []
            for c, v in enumerate(row):
                ref = f'{colname(c)}{r}'
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>')
            rows_xml.append(f'<row r="{r}">' + ''.join(cells) + '</row>')
        extra = ''
        rels = []
        com = sh.get('comments', [])
        if com:
            ct.append(f'<Override PartName="/xl/comments{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>')
            rels.append(f'<Relationship Id="rIdc1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments{i}.xml"/>')
            rels.append(f'<Relationship Id="rIdv1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing{i}.vml"/>')
            extra = '<legacyDrawing r:id="rIdv1"/>'
            cx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>user</author></authors><commentList>']
            vml = ['<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>']
            for k, (r, c, t) in enumerate(com):
                cx.append(f'<comment ref="{colname(c)}{r}" authorId="0"><text><r><t xml:space="preserve">{esc(t)}</t></r></text></comment>')
                vml.append(f'<v:shape id="_x0000_s{1025+k}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:160pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 0, 2, 5, 15, 4, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>{r-1}</x:Row><x:Column>{c}</x:Column></x:ClientData></v:shape>')
            cx.append('</commentList></comments>')
            vml.append('</xml>')
            z.writestr(f'xl/comments{i}.xml', ''.join(cx))
            z.writestr(f'xl/drawings/vmlDrawing{i}.vml', ''.join(vml))
        if rels:
            z.writestr(f'xl/worksheets/_rels/sheet{i}.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>')
        z.writestr(f'xl/worksheets/sheet{i}.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + cols + '<sheetData>' + ''.join(rows_xml) + '</sheetData>' + extra + '</worksheet>')
    n = len(sheets)
    wb_rels.append(f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    ct.append('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    z.writestr('[Content_Types].xml', ''.join(ct))
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    z.writestr('docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>user</dc:creator></cp:coreProperties>')
    # first visible sheet must be active
    z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + ''.join(wb_sheets) + '</sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(wb_rels) + '</Relationships>')
    z.writestr('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Yu Gothic"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>')
    z.close()
    return b.getvalue()

# ---------------- docx ----------------
def docx_bytes(paras, table=None, comments=None, footer=None, header=None, table_after=1):
    """paras: list of str; table: list of rows; comments: list of (para_index, text)."""
    comments = comments or []
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    def p(t, cid=None):
        t = esc(t)
        if cid is None:
            return f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        return (f'<w:p><w:commentRangeStart w:id="{cid}"/><w:r><w:t xml:space="preserve">{t}</w:t></w:r>'
                f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r></w:p>')
    cmap = {}
    for k, (pi, t) in enumerate(comments):
        cmap.setdefault(pi, k)
    body = []
    def tbl(rows):
        x = ['<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
        for row in rows:
            x.append('<w:tr>' + ''.join(f'<w:tc>{p(c)}</w:tc>' for c in row) + '</w:tr>')
        x.append('</w:tbl>')
        return ''.join(x)
    for i, t in enumerate(paras):
        body.append(p(t, cmap.get(i)))
        if table and i == table_after - 1:
            body.append(tbl(table))
    if table and table_after > len(paras):
        body.append(tbl(table))
    sect = '<w:sectPr>'
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>']
    b = io.BytesIO()
    z = zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED)
    if header:
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        z.writestr('word/header1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>' + ''.join(p(x) for x in header) + '</w:hdr>')
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        z.writestr('word/footer1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>' + ''.join(p(x) for x in footer) + '</w:ftr>')
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    sect += '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cx = ''.join(f'<w:comment w:id="{k}" w:author="教員" w:initials="T">{p(t)}</w:comment>' for k, (pi, t) in enumerate(comments))
        # comments not anchored (index beyond cmap) still stored
        z.writestr('word/comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>{cx}</w:comments>')
    ct.append('</Types>')
    z.writestr('[Content_Types].xml', ''.join(ct))
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>')
    z.writestr('word/styles.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="游明朝"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>')
    z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>' + ''.join(body) + sect + '</w:body></w:document>')
    z.close()
    return b.getvalue()

# ---------------- pptx ----------------
def pptx_bytes(slides):
    """slides: list of (title, [lines], notes or None)"""
    P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    b = io.BytesIO()
    z = zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/><Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>']
    def sp(idn, name, lines, y, h, sz):
        paras = ''.join(f'<a:p><a:r><a:rPr lang="ja-JP" sz="{sz}"/><a:t>{esc(l)}</a:t></a:r></a:p>' for l in lines) or '<a:p/>'
        return (f'<p:sp><p:nvSpPr><p:cNvPr id="{idn}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
                f'<p:spPr><a:xfrm><a:off x="457200" y="{y}"/><a:ext cx="8229600" cy="{h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
                f'<p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp>')
    grp = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
    sldids, prels = [], ['<Relationship Id="rIdM" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/>']
    has_notes = any(s[2] for s in slides)
    for i, (title, lines, notes) in enumerate(slides, 1):
        ct.append(f'<Override PartName="/ppt/slides/slide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>')
        z.writestr(f'ppt/slides/slide{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld {P}><p:cSld><p:spTree>{grp}' + sp(2, 'Title', [title], 300000, 900000, 3200) + sp(3, 'Body', lines, 1300000, 4800000, 1800) + '</p:spTree></p:cSld></p:sld>')
        srels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>']
        if notes:
            ct.append(f'<Override PartName="/ppt/notesSlides/notesSlide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>')
            srels.append(f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide{i}.xml"/>')
            z.writestr(f'ppt/notesSlides/notesSlide{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notes {P}><p:cSld><p:spTree>{grp}' + sp(2, 'Notes', notes if isinstance(notes, list) else [notes], 0, 3000000, 1200) + '</p:spTree></p:cSld></p:notes>')
            z.writestr(f'ppt/notesSlides/_rels/notesSlide{i}.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="../slides/slide{i}.xml"/></Relationships>')
        z.writestr(f'ppt/slides/_rels/slide{i}.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(srels) + '</Relationships>')
        sldids.append(f'<p:sldId id="{255+i}" r:id="rId{i}"/>')
        prels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide{i}.xml"/>')
    prels.append('<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>')
    ct.append('</Types>')
    z.writestr('[Content_Types].xml', ''.join(ct))
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>')
    z.writestr('ppt/presentation.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation {P}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdM"/></p:sldMasterIdLst><p:sldIdLst>' + ''.join(sldids) + '</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
    z.writestr('ppt/_rels/presentation.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(prels) + '</Relationships>')
    z.writestr('ppt/slideMasters/slideMaster1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster {P}><p:cSld><p:spTree>{grp}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>')
    z.writestr('ppt/slideMasters/_rels/slideMaster1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/></Relationships>')
    z.writestr('ppt/slideLayouts/slideLayout1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout {P}><p:cSld><p:spTree>{grp}</p:spTree></p:cSld></p:sldLayout>')
    z.writestr('ppt/slideLayouts/_rels/slideLayout1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>')
    z.writestr('ppt/theme/theme1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:clrScheme name="c"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme name="f"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="s"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln><a:noFill/></a:ln><a:ln><a:noFill/></a:ln><a:ln><a:noFill/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
    z.close()
    return b.getvalue()

# ---------------- ODF ----------------
_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')

def _odf(mime, body, auto=''):
    b = io.BytesIO()
    z = zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo('mimetype'), mime, compress_type=zipfile.ZIP_STORED)
    z.writestr('META-INF/manifest.xml', f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    z.writestr('content.xml', f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS}><office:automatic-styles>{auto}</office:automatic-styles><office:body>{body}</office:body></office:document-content>')
    z.close()
    return b.getvalue()

def ods_bytes(sheets):
    auto = '<style:style style:name="taHid" style:family="table"><style:table-properties table:display="false"/></style:style><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
    x = ['<office:spreadsheet>']
    for sh in sheets:
        st = 'taHid' if sh.get('hidden') else 'ta1'
        x.append(f'<table:table table:name="{esc(sh["name"])}" table:style-name="{st}">')
        for row in sh['rows']:
            x.append('<table:table-row>')
            for v in row:
                if isinstance(v, (int, float)):
                    x.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    x.append(f'<table:table-cell office:value-type="string"><text:p>{esc(v)}</text:p></table:table-cell>')
            x.append('</table:table-row>')
        x.append('</table:table>')
    x.append('</office:spreadsheet>')
    return _odf('application/vnd.oasis.opendocument.spreadsheet', ''.join(x), auto)

def odt_bytes(paras, table=None, note=None):
    x = ['<office:text>']
    for i, t in enumerate(paras):
        if note and i == 0:
            x.append(f'<text:p>{esc(t)}<office:annotation><dc:creator>教員</dc:creator><text:p>{esc(note)}</text:p></office:annotation></text:p>')
        else:
            x.append(f'<text:p>{esc(t)}</text:p>')
    if table:
        x.append('<table:table table:name="表1">')
        for row in table:
            x.append('<table:table-row>' + ''.join(f'<table:table-cell office:value-type="string"><text:p>{esc(c)}</text:p></table:table-cell>' for c in row) + '</table:table-row>')
        x.append('</table:table>')
    x.append('</office:text>')
    return _odf('application/vnd.oasis.opendocument.text', ''.join(x))

# ---------------- legacy ----------------
def spreadsheetml2003(sheets):
    x = ['<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">']
    for sh in sheets:
        x.append(f'<Worksheet ss:Name="{esc(sh["name"])}"><Table>')
        for row in sh['rows']:
            x.append('<Row>' + ''.join(f'<Cell><Data ss:Type="{"Number" if isinstance(v,(int,float)) else "String"}">{esc(v)}</Data></Cell>' for v in row) + '</Row>')
        x.append('</Table>')
        if sh.get('hidden'):
            x.append('<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>')
        x.append('</Worksheet>')
    x.append('</Workbook>')
    return '\n'.join(x).encode('utf-8')

def rtf_bytes(paras, table=None):
    def u(s):
        o = []
        for ch in str(s):
            n = ord(ch)
            if ch in '\\{}':
                o.append('\\' + ch)
            elif n < 128:
                o.append(ch)
            else:
                if n > 32767:
                    n -= 65536
                o.append(f'\\u{n}?')
        return ''.join(o)
    x = [r'{\rtf1\ansi\ansicpg932\deff0{\fonttbl{\f0\fnil\fcharset128 MS Mincho;}}\f0\fs21 ']
    for t in paras:
        x.append(u(t) + r'\par ')
    if table:
        for row in table:
            x.append(r'\trowd' + ''.join(rf'\cellx{1800*(i+1)}' for i in range(len(row))))
            x.append(''.join(r'\intbl ' + u(c) + r'\cell ' for c in row) + r'\row ')
    x.append('}')
    return ''.join(x).encode('ascii')

def html_doc(title, paras, table=None, hidden=None, comment=None, charset='utf-8'):
    x = [f'<!DOCTYPE html><html lang="ja"><head><meta charset="{charset}"><title>{esc(title)}</title></head><body>', f'<h1>{esc(title)}</h1>']
    if comment:
        x.append(f'<!-- {esc(comment)} -->')
    for t in paras:
        x.append(f'<p>{esc(t)}</p>')
    if table:
        x.append('<table border="1">' + ''.join('<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in r) + '</tr>' for r in table) + '</table>')
    if hidden:
        x.append('<div style="display:none">' + ''.join(f'<p>{esc(t)}</p>' for t in hidden) + '</div>')
    x.append('</body></html>')
    return '\n'.join(x)

# ---------------- pdf ----------------
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiMin-W3'))

def pdf_bytes(pages, font='HeiseiMin-W3'):
    """pages: list of list of lines (a line may be a list -> table row)."""
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4)
    W, H = A4
    for pg in pages:
        y = H - 60
        for k, line in enumerate(pg):
            if isinstance(line, (list, tuple)):
                c.setFont(font, 9)
                x = 40
                w = (W - 80) / max(1, len(line))
                for cell in line:
                    c.drawString(x, y, str(cell)[:int(w / 9) + 2])
                    x += w
                y -= 15
            else:
                c.setFont(font, 14 if k == 0 else 10.5)
                c.drawString(45, y, line)
                y -= 22 if k == 0 else 16
            if y < 50:
                c.showPage(); y = H - 60
        c.showPage()
    c.save()
    return b.getvalue()

def pdf_from_images(imgs):
    from reportlab.lib.utils import ImageReader
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4)
    W, H = A4
    for im in imgs:
        bi = io.BytesIO(); im.convert('L').save(bi, 'JPEG', quality=60); bi.seek(0)
        c.drawImage(ImageReader(bi), 0, 0, W, H)
        c.showPage()
    c.save()
    return b.getvalue()

# ---------------- eml ----------------
def eml_bytes(frm, to, subject, body, attachments):
    m = MIMEMultipart()
    m['From'] = frm
    m['To'] = to
    m['Subject'] = Header(subject, 'utf-8')
    m['Date'] = formatdate(1760000000 + random.randint(0, 9000000), localtime=False)
    m.attach(MIMEText(body, 'plain', 'utf-8'))
    for name, data in attachments:
        a = MIMEApplication(data)
        a.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', name))
        m.attach(a)
    return m.as_bytes()

def zip_bytes(members):
    b = io.BytesIO()
    z = zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED)
    for name, data in members:
        z.writestr(name, data)
    z.close()
    return b.getvalue()

def sv_bytes(rows, sep=',', enc='utf-8'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    t = s.getvalue()
    if enc == 'utf-8-sig':
        return t.encode('utf-8-sig')
    if enc == 'utf-16':
        return t.encode('utf-16')
    return t.encode(enc)
