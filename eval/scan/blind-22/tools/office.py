# Hand-built writers for Office / ODF / RTF / EML etc. (no third-party libs)
import zipfile, io, os
from xml.sax.saxutils import escape as _e

def esc(s): return _e(str(s), {'"': '&quot;'})

def _zip(path, parts, stored_first=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        if stored_first:
            z.writestr(zipfile.ZipInfo(stored_first[0]), stored_first[1], compress_type=zipfile.ZIP_STORED)
        for n, d in parts.items():
            z.writestr(n, d)

def col_letter(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26); s = chr(65 + r) + s
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
    parts = {}
    wbrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    wbs = []
    for i, sh in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        wbrels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        st = ' state="hidden"' if sh.get('hidden') else ''
        wbs.append(f'<sheet name="{esc(sh["name"])}" sheetId="{i}"{st} r:id="rId{i}"/>')
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        if sh.get('hidden_cols'):
            x.append('<cols>')
            ncols = max(len(r) for r in sh['rows']) if sh['rows'] else 1
            for c in range(ncols):
                h = ' hidden="1"' if c in sh['hidden_cols'] else ''
                x.append(f'<col min="{c+1}" max="{c+1}" width="14" customWidth="1"{h}/>')
            x.append('</cols>')
        x.append('<sheetData>')
        for ri, row in enumerate(sh['rows'], 1):
            x.append(f'<row r="{ri}">')
            for ci, v in enumerate(row):
                if v is None or v == '': continue
                ref = f'{col_letter(ci)}{ri}'
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    x.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>')
            x.append('</row>')
        x.append('</sheetData>')
        com = sh.get('comments')
        if com:
            x.append('<legacyDrawing r:id="rId1"/>')
            parts[f'xl/worksheets/_rels/sheet{i}.xml.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing{i}.vml"/>'
                f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments{i}.xml"/></Relationships>')
            ct.append(f'<Override PartName="/xl/comments{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>')
            cx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>' + esc(creator) + '</author></authors><commentList>']
            vml = ['<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>']
            for k, ((r, c), t) in enumerate(com.items()):
                cx.append(f'<comment ref="{col_letter(c)}{r+1}" authorId="0"><text><r><t xml:space="preserve">{esc(t)}</t></r></text></comment>')
                vml.append(f'<v:shape id="_x0000_s{1025+k}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:5pt;width:160pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>{r}</x:Row><x:Column>{c}</x:Column></x:ClientData></v:shape>')
            cx.append('</commentList></comments>'); vml.append('</xml>')
            parts[f'xl/comments{i}.xml'] = ''.join(cx)
            parts[f'xl/drawings/vmlDrawing{i}.vml'] = ''.join(vml)
        x.append('</worksheet>')
        parts[f'xl/worksheets/sheet{i}.xml'] = ''.join(x)
    n = len(sheets)
    wbrels.append(f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    parts['xl/_rels/workbook.xml.rels'] = ''.join(wbrels)
    parts['xl/workbook.xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>' + ''.join(wbs) + '</sheets></workbook>')
    parts['xl/styles.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>'
    parts['_rels/.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    parts['docProps/core.xml'] = _core(title, creator)
    ct.append('</Types>')
    parts = {'[Content_Types].xml': ''.join(ct), **parts}
    _zip(path, parts)

def _core(title, creator):
    t = f'<dc:title>{esc(title)}</dc:title>' if title else ''
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'{t}<dc:creator>{esc(creator)}</dc:creator></cp:coreProperties>')

# ---------------- DOCX ----------------
def _wp(text, bold=False):
    b = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:p><w:r>{b}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'

def _wtbl(rows):
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
    for r in rows:
        x.append('<w:tr>')
        for c in r:
            x.append(f'<w:tc><w:p><w:r><w:t xml:space="preserve">{esc(c)}</w:t></w:r></w:p></w:tc>')
        x.append('</w:tr>')
    x.append('</w:tbl>')
    return ''.join(x)

def docx(path, blocks, comments=None, footer=None, header=None, title=None, creator='user'):
    """blocks: list of str | ('h', str) | ('table', rows) | ('break',). comments: list of (anchor_text_paragraph_index, comment)"""
    body = []
    comments = comments or []
    cmap = {}
    for k, (pi, t) in enumerate(comments): cmap.setdefault(pi, []).append((k, t))
    for i, b in enumerate(blocks):
        if isinstance(b, tuple) and b[0] == 'table': body.append(_wtbl(b[1])); continue
        if isinstance(b, tuple) and b[0] == 'break': body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>'); continue
        bold = isinstance(b, tuple) and b[0] == 'h'
        txt = b[1] if bold else b
        if i in cmap:
            s = ''.join(f'<w:commentRangeStart w:id="{k}"/>' for k, _ in cmap[i])
            e = ''.join(f'<w:commentRangeEnd w:id="{k}"/><w:r><w:commentReference w:id="{k}"/></w:r>' for k, _ in cmap[i])
            body.append(f'<w:p>{s}<w:r><w:t xml:space="preserve">{esc(txt)}</w:t></w:r>{e}</w:p>')
        else:
            body.append(_wp(txt, bold))
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sect = '<w:sectPr>'
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = {}
    if header:
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        parts['word/header1.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {ns}>{_wp(header)}</w:hdr>'
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        parts['word/footer1.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {ns}>{_wp(footer)}</w:ftr>'
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        parts['word/comments.xml'] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {ns}>' +
            ''.join(f'<w:comment w:id="{k}" w:author="{esc(creator)}" w:initials="T">{_wp(t)}</w:comment>' for k, (_, t) in enumerate(comments)) + '</w:comments>')
    sect += '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    rels.append('</Relationships>'); ct.append('</Types>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    allp = {'[Content_Types].xml': ''.join(ct),
            '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
            'word/document.xml': doc, 'word/_rels/document.xml.rels': ''.join(rels),
            'docProps/core.xml': _core(title, creator)}
    allp.update(parts)
    _zip(path, allp)

# ---------------- PPTX ----------------
_P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
_THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>'
          '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
          '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
_SPTREE0 = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'

def _sp(i, name, texts, ph=None, y=1500000, h=4500000):
    phx = f'<p:ph type="{ph}"/>' if ph == 'title' else (f'<p:ph type="body" idx="1"/>' if ph == 'body' else '')
    paras = ''.join(f'<a:p><a:r><a:rPr lang="ja-JP"/><a:t>{esc(t)}</a:t></a:r></a:p>' for t in texts) or '<a:p/>'
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="{name}"/><p:cNvSpPr/><p:nvPr>{phx}</p:nvPr></p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="500000" y="{y}"/><a:ext cx="8000000" cy="{h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            f'<p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp>')

def pptx(path, slides, title=None, creator='user'):
    """slides: list of dict(title, bullets, notes=None)"""
    n = len(slides)
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>',
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>',
          '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>',
          '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"/>',
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
          '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = {}
    prels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
             '<Relationship Id="rIdM" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/>',
             '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster" Target="notesMasters/notesMaster1.xml"/>',
             '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>']
    sld = []
    for i, s in enumerate(slides, 1):
        ct.append(f'<Override PartName="/ppt/slides/slide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>')
        prels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide{i}.xml"/>')
        sld.append(f'<p:sldId id="{255+i}" r:id="rId{i}"/>')
        parts[f'ppt/slides/slide{i}.xml'] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld {_P}><p:cSld><p:spTree>{_SPTREE0}'
            + _sp(2, 'Title', [s['title']], 'title', 300000, 1000000) + _sp(3, 'Content', s.get('bullets', []), 'body') + '</p:spTree></p:cSld></p:sld>')
        r = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>']
        if s.get('notes'):
            r.append(f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide{i}.xml"/>')
            ct.append(f'<Override PartName="/ppt/notesSlides/notesSlide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>')
            parts[f'ppt/notesSlides/notesSlide{i}.xml'] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notes {_P}><p:cSld><p:spTree>{_SPTREE0}'
                + _sp(2, 'Notes', s['notes'] if isinstance(s['notes'], list) else [s['notes']], 'body') + '</p:spTree></p:cSld></p:notes>')
            parts[f'ppt/notesSlides/_rels/notesSlide{i}.xml.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster" Target="../notesMasters/notesMaster1.xml"/>'
                f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="../slides/slide{i}.xml"/></Relationships>')
        r.append('</Relationships>')
        parts[f'ppt/slides/_rels/slide{i}.xml.rels'] = ''.join(r)
    prels.append('</Relationships>')
    parts['ppt/_rels/presentation.xml.rels'] = ''.join(prels)
    parts['ppt/presentation.xml'] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation {_P}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdM"/></p:sldMasterIdLst>'
        f'<p:notesMasterIdLst><p:notesMasterId r:id="rIdN"/></p:notesMasterIdLst><p:sldIdLst>{"".join(sld)}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
    clr = '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
    parts['ppt/slideMasters/slideMaster1.xml'] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster {_P}><p:cSld><p:spTree>{_SPTREE0}</p:spTree></p:cSld>{clr}'
        '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>')
    parts['ppt/slideMasters/_rels/slideMaster1.xml.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/></Relationships>')
    parts['ppt/slideLayouts/slideLayout1.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout {_P} type="obj"><p:cSld name="Title and Content"><p:spTree>{_SPTREE0}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
    parts['ppt/slideLayouts/_rels/slideLayout1.xml.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>'
    parts['ppt/notesMasters/notesMaster1.xml'] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notesMaster {_P}><p:cSld><p:spTree>{_SPTREE0}</p:spTree></p:cSld>{clr}</p:notesMaster>'
    parts['ppt/notesMasters/_rels/notesMaster1.xml.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme2.xml"/></Relationships>'
    parts['ppt/theme/theme1.xml'] = _THEME; parts['ppt/theme/theme2.xml'] = _THEME
    parts['_rels/.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    parts['docProps/core.xml'] = _core(title, creator)
    ct.append('</Types>')
    _zip(path, {'[Content_Types].xml': ''.join(ct), **parts})

# ---------------- ODF ----------------
_ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"')

def _odf(path, mime, body):
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODNS}><office:body>{body}</office:body></office:document-content>'
    man = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    _zip(path, {'content.xml': content, 'META-INF/manifest.xml': man}, stored_first=('mimetype', mime))

def odt(path, paras, tables=()):
    b = ''.join(f'<text:p>{esc(p)}</text:p>' for p in paras)
    for rows in tables:
        b += '<table:table>' + ''.join('<table:table-row>' + ''.join(f'<table:table-cell office:value-type="string"><text:p>{esc(c)}</text:p></table:table-cell>' for c in r) + '</table:table-row>' for r in rows) + '</table:table>'
    _odf(path, 'application/vnd.oasis.opendocument.text', f'<office:text>{b}</office:text>')

def ods(path, sheets):
    b = ''
    for sh in sheets:
        vis = ' table:display="false"' if sh.get('hidden') else ''
        b += f'<table:table table:name="{esc(sh["name"])}"{vis}>'
        for r in sh['rows']:
            b += '<table:table-row>' + ''.join(f'<table:table-cell office:value-type="string"><text:p>{esc(c)}</text:p></table:table-cell>' for c in r) + '</table:table-row>'
        b += '</table:table>'
    _odf(path, 'application/vnd.oasis.opendocument.spreadsheet', f'<office:spreadsheet>{b}</office:spreadsheet>')

# ---------------- RTF ----------------
def rtf_text(lines):
    out = ['{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\f0\\fs21 ']
    for ln in lines:
        s = ''
        for ch in ln:
            o = ord(ch)
            if ch in '\\{}': s += '\\' + ch
            elif o < 128: s += ch
            else: s += f'\\u{o if o < 32768 else o - 65536}?'
        out.append(s + '\\par\n')
    out.append('}')
    return ''.join(out)

# ---------------- SpreadsheetML 2003 (.xls that is really XML) ----------------
def spreadsheetml(rows_by_sheet):
    x = ['<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">']
    for name, rows in rows_by_sheet:
        x.append(f'<Worksheet ss:Name="{esc(name)}"><Table>')
        for r in rows:
            x.append('<Row>' + ''.join(f'<Cell><Data ss:Type="String">{esc(c)}</Data></Cell>' for c in r) + '</Row>')
        x.append('</Table></Worksheet>')
    x.append('</Workbook>')
    return ''.join(x)

def html_table(title, rows, pre=(), post=()):
    h = [f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{esc(title)}</title></head><body><h1>{esc(title)}</h1>']
    h += [f'<p>{esc(p)}</p>' for p in pre]
    if rows:
        h.append('<table border="1">' + ''.join('<tr>' + ''.join(f'<td>{esc(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>')
    h += [f'<p>{esc(p)}</p>' for p in post]
    h.append('</body></html>')
    return '\n'.join(h)
