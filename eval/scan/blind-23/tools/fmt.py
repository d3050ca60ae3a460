# Hand-built writers for Office/ODF/RTF/PDF/EML/image files (no openpyxl/python-docx available).
import zipfile, io, os, random, math
from xml.sax.saxutils import escape as _e

def esc(s):
    return _e(str(s), {'"': '&quot;'})

def _zip(path, members, mimetype=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        if mimetype:
            z.writestr(zipfile.ZipInfo('mimetype'), mimetype, compress_type=zipfile.ZIP_STORED)
        for n, d in members:
            z.writestr(n, d)

def colname(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

# ---------------- XLSX ----------------
def xlsx(path, sheets, title=None, creator='user'):
    """sheets: list of dict(name, rows, hidden=False, hidden_cols=[idx], comments={(r,c):text})"""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    members = []
    wb_sheets, wb_rels = [], []
    for i, sh in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        st = ' state="hidden"' if sh.get('hidden') else ''
        wb_sheets.append(f'<sheet name="{esc(sh["name"])}" sheetId="{i}"{st} r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        hc = sh.get('hidden_cols') or []
        if hc:
            x.append('<cols>' + ''.join(f'<col min="{c+1}" max="{c+1}" width="12" hidden="1" customWidth="1"/>' for c in sorted(hc)) + '</cols>')
        x.append('<sheetData>')
        for r, row in enumerate(sh['rows'], 1):
            cells = []
            for c, v in enumerate(row):
                if v is None or v == '':
                    continue
                ref = f'{colname(c)}{r}'
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>')
            x.append(f'<row r="{r}">' + ''.join(cells) + '</row>')
        x.append('</sheetData>')
        com = sh.get('comments') or {}
        if com:
            x.append('<legacyDrawing r:id="rId2"/>')
            members.append((f'xl/worksheets/_rels/sheet{i}.xml.rels',
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments{i}.xml"/>'
                f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing{i}.vml"/></Relationships>'))
            cl = ''.join(f'<comment ref="{colname(c)}{r+1}" authorId="0"><text><r><t xml:space="preserve">{esc(t)}</t></r></text></comment>' for (r, c), t in com.items())
            members.append((f'xl/comments{i}.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>' + esc(creator) + '</author></authors><commentList>' + cl + '</commentList></comments>'))
            shapes = ''.join(f'<v:shape type="#_x0000_t202" style="position:absolute;visibility:hidden;width:160pt;height:60pt" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{c+1}, 15, {r}, 2, {c+3}, 15, {r+4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>{r}</x:Row><x:Column>{c}</x:Column></x:ClientData></v:shape>' for (r, c) in com)
            members.append((f'xl/drawings/vmlDrawing{i}.vml', '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' + shapes + '</xml>'))
            ct.append(f'<Override PartName="/xl/comments{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>')
        x.append('</worksheet>')
        members.append((f'xl/worksheets/sheet{i}.xml', ''.join(x)))
    n = len(sheets)
    wb_rels.append(f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    ct.append('</Types>')
    members += [
        ('[Content_Types].xml', ''.join(ct)),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + ''.join(wb_sheets) + '</sheets></workbook>'),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(wb_rels) + '</Relationships>'),
        ('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>'),
        ('docProps/core.xml', _core(title, creator)),
    ]
    _zip(path, members)

def _core(title, creator):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title or "")}</dc:title><dc:creator>{esc(creator)}</dc:creator></cp:coreProperties>')

# ---------------- DOCX ----------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def _para(t, cid=None):
    if isinstance(t, list):  # table
        rows = ''.join('<w:tr>' + ''.join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">{esc(c)}</w:t></w:r></w:p></w:tc>' for c in row) + '</w:tr>' for row in t)
        return '<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>' + rows + '</w:tbl>'
    if t == '<PAGEBREAK>':
        return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    if cid is not None:
        return (f'<w:p><w:commentRangeStart w:id="{cid}"/><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r><w:commentRangeEnd w:id="{cid}"/>'
                f'<w:r><w:commentReference w:id="{cid}"/></w:r></w:p>')
    return f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'

def docx(path, paras, comments=None, footer=None, header=None, title=None, creator='user'):
    """paras: list of str | list-of-rows (table) | '<PAGEBREAK>'; comments: {para_index: text}"""
    comments = comments or {}
    body = []
    cmap = {}
    for i, p in enumerate(paras):
        cid = None
        if i in comments:
            cid = len(cmap); cmap[cid] = comments[i]
        body.append(_para(p, cid))
    sect = '<w:sectPr>'
    rels = ['<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    members = []
    if header:
        sect += '<w:headerReference w:type="default" r:id="rId3"/>'
        rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        members.append(('word/header1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>' + _para(header) + '</w:hdr>'))
    if footer:
        sect += '<w:footerReference w:type="default" r:id="rId2"/>'
        rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        members.append(('word/footer1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>' + _para(footer) + '</w:ftr>'))
    sect += '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    if cmap:
        rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        members.append(('word/comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>' + ''.join(
            f'<w:comment w:id="{k}" w:author="{esc(creator)}" w:initials="U"><w:p><w:r><w:t xml:space="preserve">{esc(v)}</w:t></w:r></w:p></w:comment>' for k, v in cmap.items()) + '</w:comments>'))
    ct.append('</Types>')
    members += [
        ('[Content_Types].xml', ''.join(ct)),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>'),
        ('word/styles.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="游明朝"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>'),
        ('word/document.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>' + ''.join(body) + sect + '</w:body></w:document>'),
        ('docProps/core.xml', _core(title, creator)),
    ]
    _zip(path, members)

# ---------------- PPTX ----------------
P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:clrScheme name="C">'
         + ''.join(f'<a:{n}><a:srgbClr val="{v}"/></a:{n}>' for n, v in [('dk1', '000000'), ('lt1', 'FFFFFF'), ('dk2', '1F497D'), ('lt2', 'EEECE1'), ('accent1', '4F81BD'), ('accent2', 'C0504D'), ('accent3', '9BBB59'), ('accent4', '8064A2'), ('accent5', '4BACC6'), ('accent6', 'F79646'), ('hlink', '0000FF'), ('folHlink', '800080')])
         + '</a:clrScheme><a:fontScheme name="F"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
         '<a:fmtScheme name="S"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
         '<a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
         '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
         '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')

def _sp(i, text_lines, y):
    ps = ''.join(f'<a:p><a:r><a:rPr lang="ja-JP" sz="2000"/><a:t>{esc(t)}</a:t></a:r></a:p>' for t in text_lines)
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="T{i}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="{y}"/><a:ext cx="8229600" cy="1000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            f'<p:txBody><a:bodyPr/><a:lstStyle/>{ps}</p:txBody></p:sp>')

def _tree(shapes):
    return ('<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>' + shapes + '</p:spTree></p:cSld>')

def pptx(path, slides, title=None, creator='user'):
    """slides: list of (title, [lines], notes or None)"""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>',
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>',
          '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>',
          '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>',
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
          '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    m = []
    sld_ids, prels = [], ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/>',
                          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>',
                          '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster" Target="notesMasters/notesMaster1.xml"/>']
    for i, (t, lines, notes) in enumerate(slides, 1):
        ct.append(f'<Override PartName="/ppt/slides/slide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>')
        sld_ids.append(f'<p:sldId id="{255+i}" r:id="rId{10+i}"/>')
        prels.append(f'<Relationship Id="rId{10+i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide{i}.xml"/>')
        m.append((f'ppt/slides/slide{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld {P}>' + _tree(_sp(2, [t], 300000) + _sp(3, lines, 1500000)) + '</p:sld>'))
        srel = '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
        if notes:
            srel += f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide{i}.xml"/>'
            ct.append(f'<Override PartName="/ppt/notesSlides/notesSlide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>')
            nsp = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>'
                   + ''.join(f'<a:p><a:r><a:rPr lang="ja-JP"/><a:t>{esc(x)}</a:t></a:r></a:p>' for x in notes.split('\n')) + '</p:txBody></p:sp>')
            m.append((f'ppt/notesSlides/notesSlide{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notes {P}>' + _tree(nsp) + '</p:notes>'))
            m.append((f'ppt/notesSlides/_rels/notesSlide{i}.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      f'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster" Target="../notesMasters/notesMaster1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="../slides/slide{i}.xml"/></Relationships>'))
        m.append((f'ppt/slides/_rels/slide{i}.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + srel + '</Relationships>'))
    ct.append('</Types>')
    R = lambda body: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + body + '</Relationships>'
    clr = '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
    m += [
        ('[Content_Types].xml', ''.join(ct)),
        ('_rels/.rels', R('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>')),
        ('ppt/presentation.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation {P}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId3"/></p:notesMasterIdLst><p:sldIdLst>' + ''.join(sld_ids) + '</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>'),
        ('ppt/_rels/presentation.xml.rels', R(''.join(prels))),
        ('ppt/slideMasters/slideMaster1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster {P}>' + _tree('') + clr + '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>'),
        ('ppt/slideMasters/_rels/slideMaster1.xml.rels', R('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/>')),
        ('ppt/slideLayouts/slideLayout1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout {P} type="blank">' + _tree('') + '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'),
        ('ppt/slideLayouts/_rels/slideLayout1.xml.rels', R('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/>')),
        ('ppt/notesMasters/notesMaster1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notesMaster {P}>' + _tree('') + clr + '</p:notesMaster>'),
        ('ppt/notesMasters/_rels/notesMaster1.xml.rels', R('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme2.xml"/>')),
        ('ppt/theme/theme1.xml', THEME), ('ppt/theme/theme2.xml', THEME),
        ('docProps/core.xml', _core(title, creator)),
    ]
    _zip(path, m)

# ---------------- ODF ----------------
ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')

def _odf(path, mt, body, auto=''):
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODNS}><office:automatic-styles>{auto}</office:automatic-styles><office:body>{body}</office:body></office:document-content>'
    man = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mt}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    _zip(path, [('content.xml', content), ('META-INF/manifest.xml', man)], mimetype=mt)

def ods(path, sheets):
    auto = '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="taH" style:family="table"><style:table-properties table:display="false"/></style:style>'
    b = '<office:spreadsheet>'
    for sh in sheets:
        b += f'<table:table table:name="{esc(sh["name"])}" table:style-name="{"taH" if sh.get("hidden") else "ta1"}">'
        com = sh.get('comments') or {}
        for r, row in enumerate(sh['rows']):
            b += '<table:table-row>'
            for c, v in enumerate(row):
                ann = ''
                if (r, c) in com:
                    ann = f'<office:annotation><text:p>{esc(com[(r, c)])}</text:p></office:annotation>'
                if isinstance(v, (int, float)):
                    b += f'<table:table-cell office:value-type="float" office:value="{v}">{ann}<text:p>{v}</text:p></table:table-cell>'
                else:
                    b += f'<table:table-cell office:value-type="string">{ann}<text:p>{esc(v)}</text:p></table:table-cell>'
            b += '</table:table-row>'
        b += '</table:table>'
    b += '</office:spreadsheet>'
    _odf(path, 'application/vnd.oasis.opendocument.spreadsheet', b, auto)

def odt(path, paras):
    b = '<office:text>'
    for p in paras:
        if isinstance(p, list):
            b += '<table:table table:name="T1">' + ''.join('<table:table-row>' + ''.join(f'<table:table-cell><text:p>{esc(c)}</text:p></table:table-cell>' for c in row) + '</table:table-row>' for row in p) + '</table:table>'
        else:
            b += f'<text:p>{esc(p)}</text:p>'
    b += '</office:text>'
    _odf(path, 'application/vnd.oasis.opendocument.text', b)

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
                s += f'\\u{o}?'
        out.append(s + '\\par\n')
    out.append('}')
    return ''.join(out)

def rtf(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'w', encoding='ascii').write(rtf_text(lines))

# ---------------- PDF (text) ----------------
def pdf_text(path, pages, title=''):
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
    for lines in pages:
        y = 800
        for ln in lines:
            c.setFont('HeiseiKakuGo-W5', 10.5)
            c.drawString(50, y, str(ln)[:60])
            if len(str(ln)) > 60:
                y -= 15; c.drawString(60, y, str(ln)[60:120])
            y -= 17
            if y < 50:
                c.showPage(); y = 800
        c.showPage()
    c.save()

# ---------------- Images ----------------
FONT_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
FONT_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
FONT_BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'

def _font(size, kind='sans'):
    from PIL import ImageFont
    p = {'sans': FONT_SANS, 'serif': FONT_SERIF, 'bold': FONT_BOLD}[kind]
    return ImageFont.truetype(p, size, index=0)

def paper(lines, w=1240, h=1754, hand=False, rnd=None, table=None, title=None):
    """render a paper page; hand=True gives jittered 'handwriting-like' glyphs"""
    from PIL import Image, ImageDraw
    rnd = rnd or random.Random(0)
    img = Image.new('RGB', (w, h), (250, 249, 244))
    d = ImageDraw.Draw(img)
    y = 80
    if title:
        d.text((w // 2 - len(title) * 22, y), title, font=_font(44, 'bold'), fill=(20, 20, 20)); y += 90
    if table:
        cw = (w - 120) // max(len(r) for r in table)
        for row in table:
            for i, cell in enumerate(row):
                x0 = 60 + i * cw
                d.rectangle([x0, y, x0 + cw, y + 48], outline=(60, 60, 60), width=2)
                if hand and i > 0 and cell:
                    _handtext(img, d, (x0 + 8, y + 8), str(cell), 26, rnd)
                else:
                    d.text((x0 + 8, y + 10), str(cell)[: max(1, cw // 22)], font=_font(22), fill=(30, 30, 30))
            y += 48
        y += 30
    for ln in lines:
        if hand:
            _handtext(img, d, (70 + rnd.randint(-6, 6), y), ln, 34, rnd)
            y += 58 + rnd.randint(-4, 6)
        else:
            d.text((70, y), ln, font=_font(28, 'serif'), fill=(25, 25, 25)); y += 46
        if y > h - 80:
            break
    return img

def _handtext(img, d, xy, s, size, rnd):
    x, y = xy
    col = (rnd.randint(10, 40), rnd.randint(10, 40), rnd.randint(40, 90))
    for ch in s:
        f = _font(size + rnd.randint(-3, 4), rnd.choice(['sans', 'serif']))
        d.text((x, y + rnd.randint(-3, 3)), ch, font=f, fill=col)
        x += int(size * (0.55 if ord(ch) < 256 else 0.98)) + rnd.randint(-2, 2)
        if x > img.size[0] - 60:
            x = xy[0]; y += size + 14

def photo(img, rnd, angle=None):
    """simulate a phone photo of paper: desk background, tilt, uneven light, blur, noise"""
    from PIL import Image, ImageFilter, ImageDraw
    angle = rnd.uniform(-9, 9) if angle is None else angle
    bg = Image.new('RGB', (int(img.size[0] * 1.25), int(img.size[1] * 1.18)), (rnd.randint(90, 140), rnd.randint(70, 110), rnd.randint(50, 80)))
    rot = img.rotate(angle, expand=True, fillcolor=None, resample=Image.BICUBIC)
    mask = Image.new('L', img.size, 255).rotate(angle, expand=True)
    bg.paste(rot, ((bg.size[0] - rot.size[0]) // 2 + rnd.randint(-30, 30), (bg.size[1] - rot.size[1]) // 2 + rnd.randint(-30, 30)), mask)
    # uneven light: dark gradient overlay
    grad = Image.new('L', bg.size)
    gd = ImageDraw.Draw(grad)
    cx, cy = rnd.randint(0, bg.size[0]), rnd.randint(0, bg.size[1])
    R = max(bg.size)
    for r in range(R, 0, -40):
        v = int(255 * (1 - 0.55 * (r / R)))
        gd.ellipse([cx - r, cy - r, cx + r, cy + r], fill=v)
    dark = Image.new('RGB', bg.size, (20, 18, 10))
    out = Image.composite(bg, dark, grad)
    out = out.filter(ImageFilter.GaussianBlur(rnd.uniform(0.6, 1.4)))
    out = out.resize((out.size[0] * 2 // 3, out.size[1] * 2 // 3))
    return out

def scan(img, rnd):
    """copier scan: grayscale, slight skew, speckle"""
    from PIL import Image, ImageDraw
    g = img.convert('L').rotate(rnd.uniform(-1.5, 1.5), expand=False, fillcolor=255, resample=Image.BICUBIC)
    d = ImageDraw.Draw(g)
    for _ in range(300):
        x, y = rnd.randint(0, g.size[0] - 1), rnd.randint(0, g.size[1] - 1)
        d.point((x, y), fill=rnd.randint(0, 120))
    d.rectangle([0, 0, 14, g.size[1]], fill=60)
    return g

def pdf_images(path, imgs):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    imgs = [i.convert('RGB') if i.mode not in ('L', 'RGB') else i for i in imgs]
    imgs[0].save(path, 'PDF', resolution=150, save_all=True, append_images=imgs[1:])

def screen(title, header, rows, app='校務支援システム', sub='', w=1366, h=768, chat=None):
    from PIL import Image, ImageDraw
    img = Image.new('RGB', (w, h), (243, 245, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 28], fill=(222, 225, 230)); d.text((10, 4), '●  ●  ●     https://' + ('komu.example.jp/' if chat is None else 'chat.example.jp/'), font=_font(14), fill=(80, 80, 80))
    d.rectangle([0, 28, w, 78], fill=(32, 78, 140) if chat is None else (70, 80, 160))
    d.text((20, 38), app, font=_font(24, 'bold'), fill='white')
    d.text((w - 360, 44), sub, font=_font(16), fill='white')
    if chat is not None:
        d.rectangle([0, 78, 260, h], fill=(235, 236, 245))
        for i, ch in enumerate(['# 一般', '# 学年会', '# 連絡', '# 雑談']):
            d.text((20, 100 + i * 36), ch, font=_font(18), fill=(40, 40, 80))
        y = 100
        for who, msg in chat:
            d.ellipse([290, y, 330, y + 40], fill=(150, 170, 200))
            d.text((345, y), who, font=_font(17, 'bold'), fill=(30, 30, 30))
            for k in range(0, len(msg), 48):
                y += 26; d.text((345, y), msg[k:k + 48], font=_font(17), fill=(30, 30, 30))
            y += 44
        return img
    d.rectangle([0, 78, 200, h], fill=(228, 233, 241))
    for i, mnu in enumerate(['ホーム', '出欠管理', '成績処理', '保健', '指導記録', '名簿', '帳票出力']):
        d.text((20, 100 + i * 40), mnu, font=_font(18), fill=(30, 50, 90))
    d.text((230, 95), title, font=_font(26, 'bold'), fill=(20, 20, 20))
    y = 150
    cw = (w - 260) // max(1, len(header))
    d.rectangle([230, y, w - 30, y + 36], fill=(200, 213, 232))
    for i, hcell in enumerate(header):
        d.text((238 + i * cw, y + 7), str(hcell), font=_font(17, 'bold'), fill=(20, 20, 20))
    y += 36
    for k, row in enumerate(rows):
        d.rectangle([230, y, w - 30, y + 32], fill=(255, 255, 255) if k % 2 == 0 else (246, 248, 252), outline=(220, 220, 220))
        for i, cell in enumerate(row):
            d.text((238 + i * cw, y + 6), str(cell)[: max(2, cw // 17)], font=_font(16), fill=(30, 30, 30))
        y += 32
        if y > h - 40:
            break
    return img

def whiteboard(lines, rnd, w=1600, h=1000):
    from PIL import Image, ImageDraw
    img = Image.new('RGB', (w, h), (236, 238, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w - 1, h - 1], outline=(150, 150, 150), width=18)
    y = 60
    for ln in lines:
        col = rnd.choice([(20, 20, 20), (20, 40, 160), (170, 30, 30)])
        x = 80
        for ch in ln:
            d.text((x, y + rnd.randint(-4, 4)), ch, font=_font(46 + rnd.randint(-4, 4), rnd.choice(['sans', 'bold'])), fill=col)
            x += 50 if ord(ch) > 255 else 28
        y += 80
    return img
