#!/usr/bin/python3
# Generator for blind corpus scan18. Run: /usr/bin/python3 tools/gen.py  (from /work/blind/scan18)
import os, sys, json, random, shutil
sys.path.insert(0, os.path.dirname(__file__))
random.seed(1818)
import writers as W
import images as IM
import content as C

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'files')
LABELS = []
ORDER = {'I': 4, 'II': 3, 'III': 2, 'IV': 1}

def top(*docs):
    ds = [d for d in docs if d]
    return max(ds, key=lambda d: ORDER[d['klass']])

def table(d, title=True):
    rows = []
    if title:
        rows.append([d['title']])
    rows += [[p] for p in d['paras']]
    if d['header']:
        rows.append(d['header'])
    rows += d['rows']
    return rows

def lines(d, title=True):
    out = [d['title']] if title else []
    out += d['paras']
    if d['header']:
        out.append('　'.join(map(str, d['header'])))
    out += ['　'.join(map(str, r)) for r in d['rows']]
    return out

def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(data.encode('utf-8') if isinstance(data, str) else data)

# Trimmed after a first run to keep the corpus near 200 files and near half class I/II
# (the generator still builds these, so the random stream and the other files stay the same).
DROP = {
 'OneDrive-教頭_架空島小/デスクトップ/出欠.csv', 'OneDrive-教頭_架空島小/デスクトップ/名簿.csv',
 'OneDrive-教頭_架空島小/デスクトップ/児童名簿_連絡先入り.xlsx', 'Teams/見本中 職員室/一般/Files/2学期_成績.xlsx',
 'Teams/見本中 職員室/一般/Files/職員連絡網.xlsx', 'Teams/見本中 職員室/一般/Files/生徒指導記録.xlsx',
 'OneDrive-派遣教員_鳴海/実践研究/データ/raw_export.csv', 'OneDrive-派遣教員_鳴海/実践研究/大学院/派遣決定通知.pdf',
 'Teams/訪問教育部/申し送り/Files/申し送り_旧.rtf', 'SharePoint/架空大学病院-院内学級/Shared Documents/連絡会/連絡会次第.docx',
 'SharePoint/青少年センター/Shared Documents/相談/相談記録_0012.docx', 'OneDrive-訪問担当_立花/画像/IMG_2032.jpg',
 'SharePoint/教育委員会-学校施設課/Shared Documents/スキャン/SKM_C25811.pdf', 'SharePoint/青少年センター/Shared Documents/スキャン/補導記録_10月.pdf',
 'OneDrive-教頭_架空島小/ピクチャ/スクリーンショット/スクリーンショット 2025-11-10 121212.png',
 'Teams/見本中 3学年/進路/Files/体験入学_連絡先.csv', 'SharePoint/架空特別支援学校-訪問教育/Shared Documents/訪問記録/export_20251031.csv',
 'SharePoint/教育委員会-学校施設課/Shared Documents/防犯カメラ/照会への回答.eml', 'OneDrive-派遣教員_鳴海/実践研究/発表/中間発表.pptx',
 'GoogleDrive-export/マイドライブ/フォームの回答 1.csv', 'SharePoint/青少年センター/Shared Documents/相談/相談受付.csv',
 'SharePoint/青少年センター/Shared Documents/街頭補導/R7_11月_補導記録.xlsx', 'Teams/架空島小 全職員/連絡/Files/共用PC_利用簿.xlsx',
 'OneDrive-教頭_架空島小/ピクチャ/スクリーンショット/スクリーンショット 2025-11-06 080112.png', 'OneDrive-教頭_架空島小/デスクトップ/給食.xlsx',
 'SharePoint/教育委員会-学校施設課/Shared Documents/説明会/防犯カメラ更新.pptx', 'SharePoint/青少年センター/Shared Documents/メール/学校への連絡.eml',
 'Teams/見本中 職員室/一般/Files/教務手帳_1年.xlsx', 'GoogleDrive-export/マイドライブ/無題のドキュメント.docx',
 'SharePoint/架空特別支援学校-訪問教育/Shared Documents/訪問記録/R7_10月_訪問記録.xlsx', 'Teams/見本中 職員室/一般/Files/部活動名簿_保護者連絡先.xlsx',
}
_seen_drop = set()

def add(path, style, fmt, data, docs, why=None):
    if path in DROP:
        _seen_drop.add(path)
        return
    d = top(*docs)
    write(path, data)
    w = why or d['why']
    if len([x for x in docs if x]) > 1:
        others = '; '.join(f"{x['title']}={x['klass']}" for x in docs if x)
        w = f"{w} [parts: {others}; highest wins]"
    LABELS.append(dict(path=path, **{'class': d['klass']}, item=d['item'], style=style, format=fmt, why=w))

# ---------- renderers ----------
def r_xlsx(path, style, d, hid=None, mode='sheet', title=True, sheetname='Sheet1'):
    sheets = [dict(name=sheetname, rows=table(d, title))]
    if hid is not None:
        if mode == 'sheet':
            sheets.append(dict(name='Sheet2', rows=table(hid), hidden=True))
        elif mode == 'cols':
            base = sheets[0]['rows']
            n = max(len(r) for r in base)
            hr = table(hid, False)
            for i in range(len(hr)):
                if i < len(base):
                    base[i] = list(base[i]) + [''] * (n - len(base[i])) + list(hr[i])
                else:
                    base.append([''] * n + list(hr[i]))
            sheets[0]['hidden_cols'] = list(range(n, n + max(len(r) for r in hr)))
        elif mode == 'note':
            sheets[0]['comments'] = [(2, 0, '\n'.join(lines(hid)))]
        elif mode == 'late':  # far-down rows
            base = sheets[0]['rows']
            base += [[]] * 0
            sheets[0]['rows'] = base + [[''] for _ in range(180)] + table(hid)
    add(path, style, 'xlsx' + ({'sheet': ' (hidden sheet)', 'cols': ' (hidden columns)', 'note': ' (cell note)', 'late': ' (rows far below)'}[mode] if hid else ''), W.xlsx_bytes(sheets), [d, hid])

def r_docx(path, style, d, hid=None, mode='comment'):
    paras = [d['title']] + d['paras']
    tb = ([d['header']] + d['rows']) if d['header'] else None
    kw = {}
    if hid is not None:
        if mode == 'comment':
            kw['comments'] = [(0, ' '.join(lines(hid)))]
        elif mode == 'footer':
            kw['footer'] = [' '.join(lines(hid))]
        elif mode == 'late':
            paras = paras + [''] * 60 + lines(hid)
    add(path, style, 'docx' + ({'comment': ' (comment)', 'footer': ' (footer)', 'late': ' (late page)'}[mode] if hid else ''),
        W.docx_bytes(paras, tb, table_after=len(paras) if mode != 'late' else 1 + len(d['paras']), **kw), [d, hid])

def r_pptx(path, style, d, hid=None, extra_slides=()):
    slides = [(d['title'], d['paras'] + (['　'.join(map(str, r)) for r in [d['header']] + d['rows']] if d['header'] else []), None)]
    for s in extra_slides:
        slides.append((s['title'], lines(s, False), None))
    if hid is not None:
        slides[-1] = (slides[-1][0], slides[-1][1], lines(hid))
    add(path, style, 'pptx' + (' (speaker notes)' if hid else ''), W.pptx_bytes(slides), [d, hid] + list(extra_slides))

def r_pdf(path, style, d, hid=None, filler=None, fillpages=4):
    pages = [[d['title']] + d['paras'] + ([d['header']] + d['rows'] if d['header'] else [])]
    if hid is not None:
        f = filler or d
        for i in range(fillpages):
            pages.append([f'{f["title"]}（{i+2}）'] + f['paras'] + ['＊' * 20])
        pages.append([hid['title']] + hid['paras'] + ([hid['header']] + hid['rows'] if hid['header'] else []))
    add(path, style, 'pdf (text)' + (f' late page {len(pages)}' if hid else ''), W.pdf_bytes(pages), [d, hid])

def r_sv(path, style, d, sep=',', enc='utf-8', title=False):
    rows = ([d['header']] if d['header'] else []) + d['rows']
    if title or not rows:
        rows = table(d)
    fmt = ('tsv' if sep == '\t' else 'csv') + f' ({enc})'
    add(path, style, fmt, W.sv_bytes(rows, sep, enc), [d])

def r_ods(path, style, d, hid=None):
    sheets = [dict(name='Sheet1', rows=table(d))]
    if hid:
        sheets.append(dict(name='Sheet2', rows=table(hid), hidden=True))
    add(path, style, 'ods' + (' (hidden sheet)' if hid else ''), W.ods_bytes(sheets), [d, hid])

def r_odt(path, style, d, hid=None):
    add(path, style, 'odt' + (' (annotation)' if hid else ''), W.odt_bytes([d['title']] + d['paras'], ([d['header']] + d['rows']) if d['header'] else None, note=' '.join(lines(hid)) if hid else None), [d, hid])

def r_xls(path, style, d, hid=None, kind='xml'):
    if kind == 'xml':
        sheets = [dict(name='Sheet1', rows=table(d))]
        if hid:
            sheets.append(dict(name='Sheet2', rows=table(hid), hidden=True))
        add(path, style, 'xls (really SpreadsheetML 2003 XML)' + (' hidden sheet' if hid else ''), W.spreadsheetml2003(sheets), [d, hid])
    else:
        h = W.html_doc(d['title'], d['paras'], ([d['header']] + d['rows']) if d['header'] else None, charset='shift_jis')
        add(path, style, 'xls (really HTML table, Shift_JIS)', h.encode('cp932', 'replace'), [d])

def r_doc(path, style, d, kind='rtf'):
    tb = ([d['header']] + d['rows']) if d['header'] else None
    if kind == 'rtf':
        add(path, style, 'doc (really RTF)', W.rtf_bytes([d['title']] + d['paras'], tb), [d])
    else:
        add(path, style, 'doc (really HTML, UTF-8)', W.html_doc(d['title'], d['paras'], tb), [d])

def r_rtf(path, style, d):
    add(path, style, 'rtf', W.rtf_bytes([d['title']] + d['paras'], ([d['header']] + d['rows']) if d['header'] else None), [d])

def r_html(path, style, d, hid=None, mode='div'):
    tb = ([d['header']] + d['rows']) if d['header'] else None
    h = W.html_doc(d['title'], d['paras'], tb, hidden=lines(hid) if hid and mode == 'div' else None, comment=' '.join(lines(hid)) if hid and mode == 'comment' else None)
    add(path, style, 'html' + ({'div': ' (display:none)', 'comment': ' (HTML comment)'}[mode] if hid else ''), h, [d, hid])

def r_txt(path, style, d, enc='utf-8', title=True, md=False):
    L = lines(d, title)
    if md:
        L = ['# ' + L[0]] + ['- ' + x for x in L[1:]]
    t = '\r\n'.join(L) if enc != 'utf-8' else '\n'.join(L)
    add(path, style, ('md' if md else 'txt') + f' ({enc})', t.encode(enc, 'replace'), [d])

def r_md(path, style, d):
    r_txt(path, style, d, md=True)

def att(d, kind, hid=None):
    """bytes of an attachment"""
    if kind == 'xlsx':
        sh = [dict(name='Sheet1', rows=table(d))]
        if hid: sh.append(dict(name='Sheet2', rows=table(hid), hidden=True))
        return W.xlsx_bytes(sh)
    if kind == 'docx':
        return W.docx_bytes([d['title']] + d['paras'], ([d['header']] + d['rows']) if d['header'] else None, table_after=1 + len(d['paras']))
    if kind == 'pdf':
        return W.pdf_bytes([[d['title']] + d['paras'] + ([d['header']] + d['rows'] if d['header'] else [])])
    if kind == 'csv':
        return W.sv_bytes(table(d), ',', 'cp932')
    if kind == 'txt':
        return '\n'.join(lines(d)).encode('utf-8')
    if kind == 'jpg':
        return IM.photo_jpg(IM.paper(lines(d), hand=True))

def r_eml(path, style, frm, to, subj, body, atts, why=None):
    """atts: list of (filename, doc, kind)"""
    bodydoc = C.D(subj, 'IV', '保護者等への配布文書', why='連絡メール本文') if not isinstance(body, dict) else body
    text = body if isinstance(body, str) else '\n'.join(lines(body))
    data = W.eml_bytes(frm, to, subj, text, [(n, att(d, k)) for n, d, k in atts])
    add(path, style, 'eml (+' + ','.join(k for _, _, k in atts) + ')', data, [bodydoc] + [d for _, d, _ in atts], why)

def r_zip(path, style, members, why=None):
    """members: list of (name, doc, kind)"""
    data = W.zip_bytes([(n, att(d, k)) for n, d, k in members])
    add(path, style, 'zip (' + ','.join(k for _, _, k in members) + ')', data, [d for _, d, _ in members], why)

def r_photo(path, style, d, hand=True, tablehand=False):
    if tablehand and d['header']:
        pap = IM.paper([d['title']] + d['paras'], hand=False, ruled=False, table=[d['header']] + d['rows'], hand_cells=True)
    else:
        pap = IM.paper(lines(d), hand=hand, ruled=hand)
    add(path, style, 'jpg (phone photo of paper' + (', printed form with handwriting-like entries' if tablehand else ', handwriting-like' if hand else ', printed') + ')', IM.photo_jpg(pap), [d])

def r_shot(path, style, d, kind='system', msgs=None):
    if kind == 'system':
        data = IM.screenshot(d['title'], d['header'] or ['内容'], d['rows'] or [[p] for p in d['paras']])
        add(path, style, 'png (screenshot of 校務支援システム)', data, [d])
    else:
        data = IM.screenshot(d['title'], None, None, kind='chat', msgs=msgs)
        add(path, style, 'png (screenshot of chat)', data, [d])

def r_scan(path, style, d, hid=None):
    pages = [IM.scan(IM.paper([d['title']] + d['paras'], hand=False, ruled=False, table=([d['header']] + d['rows'][:18]) if d['header'] else None))]
    if hid is not None:
        pages.append(IM.scan(IM.paper([d['title'] + '（2）'] + d['paras'], hand=False, ruled=False)))
        pages.append(IM.scan(IM.paper([hid['title']] + hid['paras'], hand=False, ruled=False, table=([hid['header']] + hid['rows'][:18]) if hid['header'] else None)))
    add(path, style, 'pdf (image-only copier scan' + (f', {len(pages)} pages' if hid else '') + ')', W.pdf_from_images(pages), [d, hid])

import plan
plan.build(sys.modules[__name__])

with open(os.path.join(os.path.dirname(ROOT), 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for l in LABELS:
        f.write(json.dumps(l, ensure_ascii=False) + '\n')
assert _seen_drop == DROP, DROP - _seen_drop
print(len(LABELS))
