# Hand-built writers for Office/ODF/RTF/PDF/EML/image files (no third-party Office libs).
import zipfile, io, os, random, math
from xml.sax.saxutils import escape as X

def _zip(path, members, first_stored=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        if first_stored:
            z.writestr(zipfile.ZipInfo(first_stored[0]), first_stored[1], compress_type=zipfile.ZIP_STORED)
        for n, d in members:
            z.writestr(n, d)

def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def _cell(ref, v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f'<c r="{ref}"><v>{v}</v></c>'
    if v is None or v == '':
        return ''
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{X(str(v))}</t></is></c>'

def xlsx(path, sheets, creator='user'):
    """sheets: list of dict(name, rows, hidden=False, hidden_cols=[idx], comments=[(ref,author,text)])"""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    m = []
    wb_sheets, wb_rels = [], []
    for i, sh in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        st = ' state="hidden"' if sh.get('hidden') else ''
        wb_sheets.append(f'<sheet name="{X(sh["name"])}" sheetId="{i}"{st} r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        rows = []
        for r, row in enumerate(sh['rows'], 1):
            cells = ''.join(_cell(f'{col(c)}{r}', v) for c, v in enumerate(row))
            rows.append(f'<row r="{r}">{cells}</row>')
        cols = ''
        if sh.get('hidden_cols'):
            cols = '<cols>' + ''.join(f'<col min="{c+1}" max="{c+1}" width="0" hidden="1" customWidth="1"/>' for c in sh['hidden_cols']) + '</cols>'
        legacy = ''
        if sh.get('comments'):
            legacy = '<legacyDrawing r:id="rIdV"/>'
            ct.append(f'<Override PartName="/xl/comments{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>')
            authors = sorted({a for _, a, _ in sh['comments']})
            cl = ''.join(f'<comment ref="{ref}" authorId="{authors.index(a)}"><text><r><t xml:space="preserve">{X(a)}:\n{X(t)}</t></r></text></comment>' for ref, a, t in sh['comments'])
            m.append((f'xl/comments{i}.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors>' + ''.join(f'<author>{X(a)}</author>' for a in authors) + f'</authors><commentList>{cl}</commentList></comments>'))
            shapes = ''
            for k, (ref, a, t) in enumerate(sh['comments']):
                cc = ''.join(ch for ch in ref if ch.isalpha()); rr = int(''.join(ch for ch in ref if ch.isdigit()))
                ci = 0
                for ch in cc: ci = ci * 26 + ord(ch) - 64
                shapes += f'<v:shape id="_x0000_s{1025+k}" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>{rr-1}</x:Row><x:Column>{ci-1}</x:Column></x:ClientData></v:shape>'
            m.append((f'xl/drawings/vmlDrawing{i}.vml', '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' + shapes + '</xml>'))
            m.append((f'xl/worksheets/_rels/sheet{i}.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments{i}.xml"/><Relationship Id="rIdV" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing{i}.vml"/></Relationships>'))
        m.append((f'xl/worksheets/sheet{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{cols}<sheetData>{"".join(rows)}</sheetData>{legacy}</worksheet>'))
    n = len(sheets)
    wb_rels.append(f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    ct.append('</Types>')
    m += [('[Content_Types].xml', ''.join(ct)),
          ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
          ('docProps/core.xml', _core(creator)),
          ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + ''.join(wb_sheets) + '</sheets></workbook>'),
          ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(wb_rels) + '</Relationships>'),
          ('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>')]
    _zip(path, m)

def _core(creator, title=''):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{X(title)}</dc:title><dc:creator>{X(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-10T09:00:00Z</dcterms:created></cp:coreProperties>'

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def _p(t):
    return f'<w:p><w:r><w:t xml:space="preserve">{X(t)}</w:t></w:r></w:p>'

def docx(path, blocks, comments=None, footer=None, header=None, creator='user'):
    """blocks: list of str (paragraph) or list-of-rows (table). comments: list of (anchor_paragraph_index, author, text)."""
    comments = comments or []
    body = []
    cmap = {}
    for k, (pi, a, t) in enumerate(comments):
        cmap.setdefault(pi, []).append(k)
    for i, b in enumerate(blocks):
        if isinstance(b, list):
            rows = ''.join('<w:tr>' + ''.join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{_p(str(c))}</w:tc>' for c in r) + '</w:tr>' for r in b)
            body.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>{rows}</w:tbl>')
        elif b == '\f':
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        else:
            if i in cmap:
                s = ''.join(f'<w:commentRangeStart w:id="{k}"/>' for k in cmap[i])
                e = ''.join(f'<w:commentRangeEnd w:id="{k}"/><w:r><w:commentReference w:id="{k}"/></w:r>' for k in cmap[i])
                body.append(f'<w:p>{s}<w:r><w:t xml:space="preserve">{X(b)}</w:t></w:r>{e}</w:p>')
            else:
                body.append(_p(b))
    rels = ['<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    m = []
    sect = ''
    if footer:
        rels.append('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct += '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        m.append(('word/footer1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>{_p(footer)}</w:ftr>'))
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    if header:
        rels.append('<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        ct += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        m.append(('word/header1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{_p(header)}</w:hdr>'))
        sect = '<w:headerReference w:type="default" r:id="rIdH"/>' + sect
    if comments:
        rels.append('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
        ct += '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        cx = ''.join(f'<w:comment w:id="{k}" w:author="{X(a)}" w:date="2025-06-10T09:00:00Z" w:initials="{X(a[:1])}">{_p(t)}</w:comment>' for k, (pi, a, t) in enumerate(comments))
        m.append(('word/comments.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>{cx}</w:comments>'))
    ct += '</Types>'
    m += [('[Content_Types].xml', ct),
          ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
          ('docProps/core.xml', _core(creator)),
          ('word/styles.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="游明朝"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>'),
          ('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(rels) + '</Relationships>'),
          ('word/document.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(body)}<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')]
    _zip(path, m)

P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'

def _sp(idx, lines, y):
    paras = ''.join(f'<a:p><a:r><a:rPr lang="ja-JP"/><a:t>{X(l)}</a:t></a:r></a:p>' for l in lines)
    return f'<p:sp><p:nvSpPr><p:cNvPr id="{idx+1}" name="t{idx}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="{y}"/><a:ext cx="8229600" cy="1000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp>'

def _tree(shapes):
    return f'<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>{shapes}</p:spTree></p:cSld>'

def pptx(path, slides, creator='user'):
    """slides: list of (title, [body lines], notes or None)"""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/><Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/><Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    m = []
    ids, prels = [], ['<Relationship Id="rIdM" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/>']
    for i, (title, body, notes) in enumerate(slides, 1):
        ct.append(f'<Override PartName="/ppt/slides/slide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>')
        ids.append(f'<p:sldId id="{255+i}" r:id="rId{i}"/>')
        prels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide{i}.xml"/>')
        m.append((f'ppt/slides/slide{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld {P}>{_tree(_sp(1,[title],300000)+_sp(2,body,1500000))}</p:sld>'))
        srels = '<Relationship Id="rIdL" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
        if notes:
            ct.append(f'<Override PartName="/ppt/notesSlides/notesSlide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>')
            srels += f'<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide{i}.xml"/>'
            nparas = ''.join(f'<a:p><a:r><a:rPr lang="ja-JP"/><a:t>{X(l)}</a:t></a:r></a:p>' for l in notes.split('\n'))
            m.append((f'ppt/notesSlides/notesSlide{i}.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:notes {P}>' + _tree(f'<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{nparas}</p:txBody></p:sp>') + '</p:notes>'))
            m.append((f'ppt/notesSlides/_rels/notesSlide{i}.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="../slides/slide{i}.xml"/></Relationships>'))
        m.append((f'ppt/slides/_rels/slide{i}.xml.rels', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{srels}</Relationships>'))
    ct.append('</Types>')
    theme = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="t"><a:themeElements><a:clrScheme name="c"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme name="f"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="m"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln><a:noFill/></a:ln><a:ln><a:noFill/></a:ln><a:ln><a:noFill/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>'
    m += [('[Content_Types].xml', ''.join(ct)),
          ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
          ('docProps/core.xml', _core(creator)),
          ('ppt/presentation.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation {P}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdM"/></p:sldMasterIdLst><p:sldIdLst>{"".join(ids)}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>'),
          ('ppt/_rels/presentation.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(prels) + '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>'),
          ('ppt/slideMasters/slideMaster1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldMaster {P}>{_tree("")}<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>'),
          ('ppt/slideMasters/_rels/slideMaster1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/></Relationships>'),
          ('ppt/slideLayouts/slideLayout1.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sldLayout {P}>{_tree("")}</p:sldLayout>'),
          ('ppt/slideLayouts/_rels/slideLayout1.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>'),
          ('ppt/theme/theme1.xml', theme)]
    _zip(path, m)

ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"'

def _odf(path, mime, body, auto=''):
    man = f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF}><office:automatic-styles>{auto}</office:automatic-styles><office:body>{body}</office:body></office:document-content>'
    _zip(path, [('META-INF/manifest.xml', man), ('content.xml', content)], first_stored=('mimetype', mime))

def ods(path, sheets):
    """sheets: list of dict(name, rows, hidden=False, notes={(r,c):text})"""
    auto = '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
    tb = ''
    for sh in sheets:
        rows = ''
        for r, row in enumerate(sh['rows']):
            cells = ''
            for c, v in enumerate(row):
                note = sh.get('notes', {}).get((r, c))
                ann = f'<office:annotation><text:p>{X(note)}</text:p></office:annotation>' if note else ''
                if isinstance(v, (int, float)):
                    cells += f'<table:table-cell office:value-type="float" office:value="{v}">{ann}<text:p>{v}</text:p></table:table-cell>'
                else:
                    cells += f'<table:table-cell office:value-type="string">{ann}<text:p>{X(str(v))}</text:p></table:table-cell>'
            rows += f'<table:table-row>{cells}</table:table-row>'
        tb += f'<table:table table:name="{X(sh["name"])}" table:style-name="{"ta2" if sh.get("hidden") else "ta1"}">{rows}</table:table>'
    _odf(path, 'application/vnd.oasis.opendocument.spreadsheet', f'<office:spreadsheet>{tb}</office:spreadsheet>', auto)

def odt(path, blocks, notes=None):
    body = ''
    for b in blocks:
        if isinstance(b, list):
            body += '<table:table table:name="T">' + f'<table:table-column table:number-columns-repeated="{len(b[0])}"/>' + ''.join('<table:table-row>' + ''.join(f'<table:table-cell office:value-type="string"><text:p>{X(str(c))}</text:p></table:table-cell>' for c in r) + '</table:table-row>' for r in b) + '</table:table>'
        else:
            body += f'<text:p>{X(b)}</text:p>'
    for n in (notes or []):
        body += f'<text:p><office:annotation><dc:creator>職員</dc:creator><text:p>{X(n)}</text:p></office:annotation></text:p>'
    _odf(path, 'application/vnd.oasis.opendocument.text', f'<office:text>{body}</office:text>')

def rtf_text(lines):
    out = []
    for l in lines:
        s = ''
        for ch in l:
            o = ord(ch)
            if ch in '\\{}':
                s += '\\' + ch
            elif o < 128:
                s += ch
            else:
                if o > 32767: o -= 65536
                s += f'\\u{o}?'
        out.append(s + '\\par')
    return '{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\uc1\\f0\\fs21\n' + '\n'.join(out) + '\n}'

def write(path, data, enc=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode(enc or 'utf-8')
    with open(path, 'wb') as f:
        f.write(data)

def csvtext(rows, sep=','):
    def q(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if (sep in v or '"' in v or '\n' in v) else v
    return '\r\n'.join(sep.join(q(c) for c in r) for r in rows) + '\r\n'

def html_table(title, rows, pre='', post=''):
    tr = ''.join('<tr>' + ''.join(f'<td>{X(str(c))}</td>' for c in r) + '</tr>' for r in rows)
    return f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{X(title)}</title></head><body><h1>{X(title)}</h1>{pre}<table border="1">{tr}</table>{post}</body></html>'

# ---------- PDF (text) ----------
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
        for l in lines:
            c.setFont('HeiseiKakuGo-W5', 10.5)
            c.drawString(50, y, l)
            y -= 17
            if y < 40:
                c.showPage(); y = 800
        c.showPage()
    c.save()
