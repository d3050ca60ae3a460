# helpers: office files by hand (zip+XML), pdf, images
import zipfile, io, os, random, math
from xml.sax.saxutils import escape as xe

def _z(path, parts):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in parts:
            z.writestr(n, d)

def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26); s = chr(65 + r) + s
    return s

def xlsx(path, sheets, comments=None, hidden_cols=None, title=None):
    """sheets: list of (name, rows, state) state in visible/hidden/veryHidden.
    comments: {sheet_index: [(cellref, author, text)]}; hidden_cols: {sheet_index: [colidx]}"""
    comments = comments or {}; hidden_cols = hidden_cols or {}
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = []
    wb_sheets = []; wb_rels = []
    for i, (name, rows, state) in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        st = '' if state == 'visible' else f' state="{state}"'
        wb_sheets.append(f'<sheet name="{xe(name)}" sheetId="{i}"{st} r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        hc = hidden_cols.get(i - 1)
        if hc:
            x.append('<cols>' + ''.join(f'<col min="{c+1}" max="{c+1}" width="0" hidden="1" customWidth="1"/>' for c in hc) + '</cols>')
        x.append('<sheetData>')
        for r, row in enumerate(rows, 1):
            x.append(f'<row r="{r}">')
            for c, v in enumerate(row):
                if v is None or v == '':
                    continue
                ref = f'{col(c)}{r}'
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    x.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xe(str(v))}</t></is></c>')
            x.append('</row>')
        x.append('</sheetData>')
        cm = comments.get(i - 1)
        if cm:
            x.append(f'<legacyDrawing r:id="rIdV{i}"/>')
        x.append('</worksheet>')
        parts.append((f'xl/worksheets/sheet{i}.xml', ''.join(x)))
        if cm:
            ct.append(f'<Override PartName="/xl/comments{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>')
            authors = sorted(set(a for _, a, _ in cm))
            cx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors>']
            cx += [f'<author>{xe(a)}</author>' for a in authors]
            cx.append('</authors><commentList>')
            for ref, a, t in cm:
                cx.append(f'<comment ref="{ref}" authorId="{authors.index(a)}"><text><r><t xml:space="preserve">{xe(t)}</t></r></text></comment>')
            cx.append('</commentList></comments>')
            parts.append((f'xl/comments{i}.xml', ''.join(cx)))
            vml = ['<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>']
            for k, (ref, a, t) in enumerate(cm):
                cl = ''.join(ch for ch in ref if ch.isalpha()); rw = int(''.join(ch for ch in ref if ch.isdigit()))
                cn = 0
                for ch in cl: cn = cn * 26 + ord(ch) - 64
                vml.append(f'<v:shape id="_x0000_s{1025+k}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:160pt;height:60pt;z-index:{k+1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>{rw-1}</x:Row><x:Column>{cn-1}</x:Column></x:ClientData></v:shape>')
            vml.append('</xml>')
            parts.append((f'xl/drawings/vmlDrawing{i}.vml', ''.join(vml)))
            parts.append((f'xl/worksheets/_rels/sheet{i}.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments{i}.xml"/><Relationship Id="rIdV{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing{i}.vml"/></Relationships>'))
    ct.append('</Types>')
    parts.append(('[Content_Types].xml', ''.join(ct)))
    parts.append(('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'))
    parts.append(('docProps/core.xml', _core(title)))
    parts.append(('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + ''.join(wb_sheets) + '</sheets></workbook>'))
    parts.append(('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(wb_rels) + '</Relationships>'))
    _z(path, parts)

def _core(title):
    t = f'<dc:title>{xe(title)}</dc:title>' if title else ''
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + t + '<dc:creator>user</dc:creator></cp:coreProperties>')

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

def _wp(t):
    return f'<w:p><w:r><w:t xml:space="preserve">{xe(t)}</w:t></w:r></w:p>'

def docx(path, paras, comments=None, footer=None, header=None, title=None):
    """paras: list of str or ('table', rows) ; comments: list of (anchor_para_index, author, text)"""
    comments = comments or []
    body = []
    cmap = {}
    for k, (pi, a, t) in enumerate(comments):
        cmap.setdefault(pi, []).append(k)
    for i, p in enumerate(paras):
        if isinstance(p, tuple) and p[0] == 'table':
            rows = p[1]
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>')
            for r in rows:
                body.append('<w:tr>' + ''.join(f'<w:tc>{_wp(str(c))}</w:tc>' for c in r) + '</w:tr>')
            body.append('</w:tbl>')
        elif p == '\f':
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        else:
            if i in cmap:
                s = ''.join(f'<w:commentRangeStart w:id="{k}"/>' for k in cmap[i])
                e = ''.join(f'<w:commentRangeEnd w:id="{k}"/><w:r><w:commentReference w:id="{k}"/></w:r>' for k in cmap[i])
                body.append(f'<w:p>{s}<w:r><w:t xml:space="preserve">{xe(p)}</w:t></w:r>{e}</w:p>')
            else:
                body.append(_wp(p))
    sect = '<w:sectPr>'
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = []
    if header:
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        parts.append(('word/header1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}">{_wp(header)}</w:hdr>'))
    if footer:
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        parts.append(('word/footer1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{W}">{_wp(footer)}</w:ftr>'))
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        cx = ''.join(f'<w:comment w:id="{k}" w:author="{xe(a)}" w:initials="{xe(a[:1])}">{_wp(t)}</w:comment>' for k, (pi, a, t) in enumerate(comments))
        parts.append(('word/comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W}">{cx}</w:comments>'))
    sect += '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
    ct.append('</Types>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{"".join(body)}{sect}</w:body></w:document>'
    parts += [('[Content_Types].xml', ''.join(ct)),
              ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
              ('docProps/core.xml', _core(title)),
              ('word/document.xml', doc),
              ('word/styles.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="MS Mincho"/><w:lang w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>'),
              ('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>')]
    _z(path, parts)

P = 'http://schemas.openxmlformats.org/presentationml/2006/main'
A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

def _sp(i, texts, y=500000):
    ps = ''.join(f'<a:p><a:r><a:rPr lang="ja-JP"/><a:t>{xe(t)}</a:t></a:r></a:p>' for t in texts)
    return f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="T{i}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="500000" y="{y}"/><a:ext cx="8000000" cy="4000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>{ps}</p:txBody></p:sp>'

def pptx(path, slides, title=None):
    """slides: list of (lines, notes or None)"""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/><Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    parts = []
    tree0 = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
    sldids = []; prels = ['<Relationship Id="rIdM" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/>']
    for i, (lines, notes) in enumerate(slides, 1):
        ct.append(f'<Override PartName="/ppt/slides/slide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>')
        parts.append((f'ppt/slides/slide{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld xmlns:a="{A}" xmlns:r="{R}" xmlns:p="{P}"><p:cSld><p:spTree>{tree0}{_sp(2, lines)}</p:spTree></p:cSld></p:sld>'))
        srels = '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
        if notes:
            ct.append(f'<Override PartName="/ppt/notesSlides/notesSlide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>')
            srels += f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide{i}.xml"/>'
            parts.append((f'ppt/notesSlides/notesSlide{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notes xmlns:a="{A}" xmlns:r="{R}" xmlns:p="{P}"><p:cSld><p:spTree>{tree0}{_sp(2, notes)}</p:spTree></p:cSld></p:notes>'))
            parts.append((f'ppt/notesSlides/_rels/notesSlide{i}.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="../slides/slide{i}.xml"/></Relationships>'))
        parts.append((f'ppt/slides/_rels/slide{i}.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{srels}</Relationships>'))
        sldids.append(f'<p:sldId id="{255+i}" r:id="rId{i}"/>')
        prels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide{i}.xml"/>')
    ct.append('</Types>')
    theme = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="{A}" name="T"><a:themeElements><a:clrScheme name="C"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme name="F"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="S"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>'
    parts += [('[Content_Types].xml', ''.join(ct)),
              ('_rels/.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
              ('docProps/core.xml', _core(title)),
              ('ppt/presentation.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation xmlns:a="{A}" xmlns:r="{R}" xmlns:p="{P}"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdM"/></p:sldMasterIdLst><p:sldIdLst>{"".join(sldids)}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>'),
              ('ppt/_rels/presentation.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(prels) + '</Relationships>'),
              ('ppt/slideMasters/slideMaster1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster xmlns:a="{A}" xmlns:r="{R}" xmlns:p="{P}"><p:cSld><p:spTree>{tree0}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>'),
              ('ppt/slideMasters/_rels/slideMaster1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/></Relationships>'),
              ('ppt/slideLayouts/slideLayout1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout xmlns:a="{A}" xmlns:r="{R}" xmlns:p="{P}"><p:cSld><p:spTree>{tree0}</p:spTree></p:cSld></p:sldLayout>'),
              ('ppt/slideLayouts/_rels/slideLayout1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>'),
              ('ppt/theme/theme1.xml', theme)]
    _z(path, parts)

def _odf(path, mime, body):
    man = f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), mime)  # stored, first
        z.writestr('META-INF/manifest.xml', man, zipfile.ZIP_DEFLATED)
        z.writestr('content.xml', body, zipfile.ZIP_DEFLATED)

ODNS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"'

def odt(path, paras, annotations=None):
    annotations = annotations or {}
    b = []
    for i, p in enumerate(paras):
        ann = ''
        if i in annotations:
            a, t = annotations[i]
            ann = f'<office:annotation><dc:creator>{xe(a)}</dc:creator><text:p>{xe(t)}</text:p></office:annotation>'
        b.append(f'<text:p>{ann}{xe(p)}</text:p>')
    _odf(path, 'application/vnd.oasis.opendocument.text', f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODNS}><office:body><office:text>{"".join(b)}</office:text></office:body></office:document-content>')

def ods(path, sheets):
    b = []
    for name, rows, hidden in sheets:
        b.append(f'<table:table table:name="{xe(name)}">')
        for r in rows:
            b.append('<table:table-row>' + ''.join(
                (f'<table:table-cell office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>' if isinstance(c, (int, float)) else f'<table:table-cell office:value-type="string"><text:p>{xe(str(c))}</text:p></table:table-cell>') for c in r) + '</table:table-row>')
        b.append('</table:table>')
    # hidden sheets in ODS need styles with table:display=false
    styles = '<office:automatic-styles><style:style xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" style:name="ta_hid" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>'
    body = ''.join(b)
    for name, rows, hidden in sheets:
        if hidden:
            body = body.replace(f'<table:table table:name="{xe(name)}">', f'<table:table table:name="{xe(name)}" table:style-name="ta_hid">')
    _odf(path, 'application/vnd.oasis.opendocument.spreadsheet', f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODNS} xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">{styles}<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>')

def rtf(path, paras):
    def enc(s):
        o = []
        for ch in s:
            c = ord(ch)
            if c < 128:
                o.append('\\' + ch if ch in '\\{}' else ch)
            else:
                o.append(f'\\u{c if c < 32768 else c - 65536}?')
        return ''.join(o)
    body = '\\par\n'.join(enc(p) for p in paras)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'w', encoding='ascii').write('{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\uc1\\f0\\fs21\n' + body + '\\par\n}')

# ---------- PDF
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiMin-W3'))

def pdf_text(path, pages, title=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=A4)
    if title: c.setTitle(title)
    for lines in pages:
        y = 800
        for ln in lines:
            c.setFont('HeiseiMin-W3', 10.5)
            c.drawString(50, y, ln); y -= 17
            if y < 50: c.showPage(); y = 800
        c.showPage()
    c.save()

def pdf_images(path, imgs):
    from reportlab.lib.utils import ImageReader
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=A4)
    for im in imgs:
        b = io.BytesIO(); im.convert('L').save(b, 'JPEG', quality=60); b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, A4[0], A4[1]); c.showPage()
    c.save()

# ---------- images
from PIL import Image, ImageDraw, ImageFont, ImageFilter
SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
_fc = {}
def font(p, s):
    k = (p, s)
    if k not in _fc: _fc[k] = ImageFont.truetype(p, s, index=0)
    return _fc[k]

def paper(lines, hand=False, w=1240, h=1754, size=30, rng=None, table=None):
    """render a paper page. lines: list of str. hand=True -> jittered per-char 'handwriting-like'"""
    rng = rng or random.Random(1)
    im = Image.new('RGB', (w, h), (250, 249, 244))
    d = ImageDraw.Draw(im)
    y = 90
    for ln in lines:
        if hand:
            x = 90 + rng.randint(-5, 5)
            for ch in ln:
                s = size + rng.randint(-3, 4)
                f = font(SERIF if rng.random() < .7 else SANS, s)
                ci = Image.new('L', (s * 2, s * 2), 0)
                ImageDraw.Draw(ci).text((s // 2, s // 3), ch, font=f, fill=255)
                ci = ci.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC)
                col = (rng.randint(20, 50), rng.randint(20, 50), rng.randint(60, 110))
                im.paste(Image.new('RGB', ci.size, col), (int(x) - s // 2, int(y + rng.randint(-3, 3)) - s // 3), ci)
                x += s * (0.55 if ord(ch) < 128 else 1.0) + rng.uniform(-1, 3)
            y += int(size * 1.7)
        else:
            d.text((90, y), ln, font=font(SANS, size), fill=(25, 25, 25)); y += int(size * 1.6)
        if y > h - 80: break
    return im

def photo(pg, rng, out):
    """phone photo of paper: on desk, tilted, uneven light, blur, jpg"""
    W_, H_ = 1600, 2000
    bg = Image.new('RGB', (W_, H_), (rng.randint(90, 140), rng.randint(70, 110), rng.randint(50, 80)))
    pgs = pg.resize((int(pg.width * 1.0), int(pg.height * 1.0)))
    pgs = pgs.convert('RGBA').rotate(rng.uniform(-9, 9), expand=True, resample=Image.BICUBIC)
    bg.paste(pgs, ((W_ - pgs.width) // 2 + rng.randint(-60, 60), (H_ - pgs.height) // 2 + rng.randint(-60, 60)), pgs)
    # uneven light
    grad = Image.new('L', (W_, H_))
    gd = ImageDraw.Draw(grad)
    cx, cy = rng.randint(0, W_), rng.randint(0, H_)
    for r in range(0, 2600, 40):
        gd.ellipse((cx - r, cy - r, cx + r, cy + r), outline=max(0, 255 - r // 14), width=40)
    dark = Image.new('RGB', (W_, H_), (30, 30, 40))
    bg = Image.composite(bg, dark, grad.filter(ImageFilter.GaussianBlur(60)).point(lambda v: 110 + v * 145 // 255))
    bg = bg.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.2)))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    bg.save(out, 'JPEG', quality=rng.randint(70, 88))

def whiteboard(lines, rng, out):
    W_, H_ = 1800, 1200
    im = Image.new('RGB', (W_, H_), (235, 238, 236))
    pg = paper(lines, hand=True, w=1600, h=1000, size=42, rng=rng)
    pg = Image.eval(pg, lambda v: v)
    im.paste(pg.resize((1600, 1000)), (100, 100))
    im = im.rotate(rng.uniform(-4, 4), fillcolor=(90, 90, 95))
    photo_light = Image.new('RGB', im.size, (255, 255, 255))
    im = Image.blend(im, photo_light, 0.12)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    im.filter(ImageFilter.GaussianBlur(0.8)).save(out, 'JPEG', quality=75)

def scan_page(pg, rng):
    im = pg.convert('L').rotate(rng.uniform(-1.5, 1.5), fillcolor=255, resample=Image.BICUBIC)
    px = im.load()
    for _ in range(3000):
        px[rng.randrange(im.width), rng.randrange(im.height)] = rng.randint(0, 120)
    return im

def screenshot(title, header, rows, out, chat=None, sidebar=None):
    W_, H_ = 1440, 900
    im = Image.new('RGB', (W_, H_), (245, 246, 248)); d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W_, 56), fill=(28, 78, 140))
    d.text((20, 12), title, font=font(SANS, 24), fill='white')
    d.rectangle((0, 56, 220, H_), fill=(232, 236, 242))
    for i, s in enumerate(sidebar or ['ホーム', '児童生徒', '出欠', '成績', '保健', '設定']):
        d.text((20, 80 + i * 44), s, font=font(SANS, 20), fill=(40, 40, 60))
    if chat:
        y = 80
        for who, msg in chat:
            d.text((250, y), who, font=font(SANS, 18), fill=(90, 90, 90)); y += 26
            bw = min(1100, 22 * len(msg) + 30)
            d.rounded_rectangle((250, y, 250 + bw, y + 44), 10, fill=(255, 255, 255), outline=(200, 200, 210))
            d.text((265, y + 9), msg, font=font(SANS, 20), fill=(20, 20, 20)); y += 64
    else:
        x0, y = 250, 80
        cw = (W_ - 280) // max(1, len(header))
        d.rectangle((x0, y, W_ - 30, y + 40), fill=(210, 220, 235))
        for j, h in enumerate(header):
            d.text((x0 + 8 + j * cw, y + 8), str(h), font=font(SANS, 18), fill=(0, 0, 0))
        y += 44
        for r in rows:
            for j, c in enumerate(r):
                d.text((x0 + 8 + j * cw, y + 6), str(c)[:int(cw / 18)], font=font(SANS, 18), fill=(30, 30, 30))
            d.line((x0, y + 36, W_ - 30, y + 36), fill=(220, 220, 220)); y += 38
            if y > H_ - 40: break
    os.makedirs(os.path.dirname(out), exist_ok=True)
    im.save(out, 'PNG')
