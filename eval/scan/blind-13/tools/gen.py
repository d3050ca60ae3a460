# -*- coding: utf-8 -*-
"""Deterministic generator for scan blind-13. Run: /usr/bin/python3 gen.py  (writes ../files and ../labels.jsonl)"""
import os, sys, json, random, shutil, io, zipfile, base64
sys.path.insert(0, os.path.dirname(__file__))
from writers import *
from docs import *
from PIL import Image, ImageDraw

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
OUT = os.path.join(ROOT, 'files')
R = random.Random(13013)
P = People(1313)
LABELS = []
ROMAN = {'I': 'Ⅰ', 'II': 'Ⅱ', 'III': 'Ⅲ', 'IV': 'Ⅳ'}

def why_for(cls, item, style):
    s = f'第2表の重要性分類{ROMAN[cls]}の例示「{item}」に当たる'
    if cls in ('I', 'II'): s += '（2-2(7)⑤「クラウドサービスに保管する情報は、重要性分類Ⅲ以下とする。」に反する）'
    if style in ('hidden-content', 'late-page', 'mixed', 'container', 'misleading-name'):
        s += '。2-2(5)③「より上位の分類に従って」ファイル全体をこの分類とする'
    return s + '。'

def to_sheets(doc, notitle=False, noheader=False):
    if doc.get('sheets'): return [dict(s) for s in doc['sheets']]
    rows = []
    for bl in doc['blocks']:
        if bl[0] == 'h' and not notitle: rows.append([bl[1]])
        elif bl[0] == 'p' and not notitle: rows.append([bl[1]])
        elif bl[0] == 'field': rows.append([bl[1], bl[2]])
        elif bl[0] == 'table': rows += (bl[1][1:] if noheader else bl[1]); rows.append([])
    return [dict(name='Sheet1', rows=rows)]

def first_table(doc):
    for bl in doc['blocks']:
        if bl[0] == 'table': return bl[1]
    return [[bl[1], bl[2]] for bl in doc['blocks'] if bl[0] == 'field']

def screenshot(doc, rnd, system='校務支援システム', menu='保健管理'):
    W_, H_ = 1366, 768
    im = Image.new('RGB', (W_, H_), (240, 242, 245)); d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W_, 34), fill=(222, 225, 230)); d.text((12, 7), f'{system} - Google Chrome', font=font(FONT_SANS, 15), fill=(40, 40, 40))
    d.rectangle((0, 34, W_, 70), fill=(30, 80, 140)); d.text((16, 40), f'{system}　{SCH_E if rnd.random()<0.5 else SCH_J}', font=font(FONT_SANS, 18), fill='white')
    d.text((W_ - 260, 44), 'ログイン：' + rnd.choice(SN) + ' 先生　ログアウト', font=font(FONT_SANS, 13), fill='white')
    d.rectangle((0, 70, 190, H_), fill=(250, 250, 252))
    for i, mname in enumerate(['ホーム', '出欠管理', '成績管理', '保健管理', '指導要録', '生徒指導', '名簿管理', '帳票出力']):
        if mname == menu: d.rectangle((0, 84 + i * 40, 190, 118 + i * 40), fill=(210, 225, 245))
        d.text((20, 90 + i * 40), mname, font=font(FONT_SANS, 15), fill=(30, 30, 30))
    d.text((210, 84), doc['title'], font=font(FONT_SANS, 20), fill=(20, 20, 20))
    rows = first_table(doc)[:19]
    n = max(len(r) for r in rows)
    lens = [max(min(len(str(r[i])) if i < len(r) else 0, 16) for r in rows) + 1 for i in range(n)]
    cws = [(W_ - 230) * l / sum(lens) for l in lens]; xs = [210 + sum(cws[:i]) for i in range(n)]
    y = 120
    for ri, r in enumerate(rows):
        d.rectangle((210, y, W_ - 20, y + 30), fill=(225, 233, 245) if ri == 0 else ((255, 255, 255) if ri % 2 else (247, 248, 250)), outline=(200, 205, 210))
        for i, v in enumerate(r):
            d.text((xs[i] + 4, y + 7), str(v)[:max(1, int(cws[i] / 12))], font=font(FONT_SANS, 12), fill=(20, 20, 20))
        y += 30
    d.rectangle((0, H_ - 40, W_, H_), fill=(32, 32, 32)); d.text((W_ - 150, H_ - 30), '2025/06/18 16:42', font=font(FONT_SANS, 13), fill='white')
    return im

def render(fp, fmt, doc, opt):
    """write doc to absolute file path fp in format fmt"""
    rnd = random.Random(hash(fp) & 0xffff if False else len(fp) * 7919 + sum(map(ord, fp)))
    blocks = doc['blocks']
    if opt.get('late'):
        pre = []
        for d2 in opt['late']: pre += d2['blocks'] + [('pagebreak',)]
        blocks = pre + blocks
    if opt.get('mixed'):
        blocks = blocks + [('pagebreak',)] + opt['mixed']['blocks']
    if fmt in ('xlsx', 'ods', 'xls'):
        sheets = to_sheets(doc, opt.get('notitle'), opt.get('noheader'))
        if opt.get('sheetname'): sheets[0]['name'] = opt['sheetname']
        if opt.get('late'):
            sheets = sum([[dict(s, name=f'{d2["title"][:20]}') for s in to_sheets(d2)] for d2 in opt['late']], []) + sheets
        if opt.get('mixed'): sheets += [dict(s, name=opt['mixed']['title'][:20]) for s in to_sheets(opt['mixed'])]
        if opt.get('hidden_sheet'): sheets += [dict(s, name=opt.get('hidden_name', 'Sheet2'), hidden=True) for s in to_sheets(opt['hidden_sheet'])]
        if opt.get('hidden_cols'): sheets[0]['hidden_cols'] = opt['hidden_cols']
        if opt.get('comments'): sheets[0]['comments'] = opt['comments']
        seen = set()
        for s in sheets:
            while s['name'] in seen: s['name'] += '_2'
            seen.add(s['name'])
        if fmt == 'xlsx': write_xlsx(fp, sheets, doc['title'])
        elif fmt == 'ods': write_ods(fp, sheets)
        else: write_xls2003(fp, sheets)
    elif fmt in ('csv', 'tsv'):
        rows = to_sheets(doc, True, opt.get('noheader'))[0]['rows']
        rows = [r for r in rows if r]
        write_csv(fp, rows, ',' if fmt == 'csv' else '\t', opt.get('enc', 'utf-8'), opt.get('bom', False))
    elif fmt == 'docx':
        write_docx(fp, blocks, doc['title'], header=opt.get('header'), footer=opt.get('footer'), comment=opt.get('docx_comment'), tracked=opt.get('tracked'))
    elif fmt == 'odt': write_odt(fp, blocks)
    elif fmt == 'rtf': write_rtf(fp, blocks)
    elif fmt == 'doc':
        write_text(fp, blocks_to_html(blocks, doc['title'], opt.get('html_comment'), 'shift_jis', word=True), 'cp932')
    elif fmt == 'html':
        enc = opt.get('enc', 'utf-8')
        write_text(fp, blocks_to_html(blocks, doc['title'], opt.get('html_comment'), {'cp932': 'shift_jis', 'euc_jp': 'euc-jp'}.get(enc, enc)), enc)
    elif fmt == 'txt': write_text(fp, blocks_to_text(blocks), opt.get('enc', 'utf-8'), crlf=opt.get('enc', 'utf-8') != 'utf-8')
    elif fmt == 'md': write_text(fp, blocks_to_text(blocks, md=True))
    elif fmt == 'pdf': write_pdf_text(fp, blocks, doc['title'])
    elif fmt == 'pptx':
        slides = []; cur = None
        for bl in blocks:
            if bl[0] == 'h' or cur is None: cur = [bl[1] if bl[0] == 'h' else doc['title'], [], None]; slides.append(cur)
            if bl[0] == 'p': cur[1].append(bl[1])
            elif bl[0] == 'field': cur[1].append(f'{bl[1]}：{bl[2]}')
            elif bl[0] == 'table': cur[1] += ['　'.join(map(str, r)) for r in bl[1][:12]]
        if opt.get('notes'): slides[-1][2] = opt['notes']
        if opt.get('notes_first'): slides[0][2] = opt['notes_first']
        write_pptx(fp, [tuple(s) for s in slides], doc['title'])
    elif fmt == 'jpg':
        pg = render_pages(blocks, rnd, hand=opt.get('hand', True))[opt.get('page', 0)]
        photo_effect(pg, rnd, low_light=opt.get('low', False), finger=opt.get('finger', True)).save(fp, 'JPEG', quality=72)
    elif fmt == 'png':
        if opt.get('page_png'):
            render_pages(blocks, rnd, hand=False)[0].save(fp, 'PNG', optimize=False)
        else:
            screenshot(doc, rnd, menu=opt.get('menu', '名簿管理')).save(fp, 'PNG')
    elif fmt == 'pdf-image':
        pages = render_pages(blocks, rnd, hand=opt.get('hand', True))
        rots = opt.get('rot', {})
        write_pdf_image(fp, [scan_effect(p, rnd, rots.get(i, 0)) for i, p in enumerate(pages)])
    else:
        raise ValueError(fmt)

EXT = {'pdf-image': 'pdf'}
def add(path, fmt, doc, cls, item, style, **opt):
    fp = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(fp), exist_ok=True)
    render(fp, fmt, doc, opt)
    LABELS.append(dict(path=path, **{'class': cls}, item=item, style=style, format=fmt, why=why_for(cls, item, style)))

def add_container(path, kind, members, cls, item, style, body=None, subject=''):
    """members: list of (name, fmt, doc, opt)"""
    fp = os.path.join(OUT, path); os.makedirs(os.path.dirname(fp), exist_ok=True)
    tmp = os.path.join(ROOT, 'tools', '_tmp'); os.makedirs(tmp, exist_ok=True)
    datas = []
    for name, fmt, doc, opt in members:
        t = os.path.join(tmp, 'm.' + EXT.get(fmt, fmt)); render(t, fmt, doc, opt); datas.append((name, open(t, 'rb').read()))
    if kind == 'zip':
        with zipfile.ZipFile(fp, 'w', zipfile.ZIP_DEFLATED) as z:
            for name, data in datas:
                zi = zipfile.ZipInfo(name, FIXED_DT); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, data)
    else:
        from email.mime.multipart import MIMEMultipart
        from email.mime.text import MIMEText
        from email.mime.application import MIMEApplication
        from email.header import Header
        msg = MIMEMultipart(); msg['From'] = 'hanaokadai-e@school.example.jp'; msg['To'] = 'hanaokadai-j@school.example.jp'
        msg['Subject'] = Header(subject, 'utf-8'); msg['Date'] = 'Tue, 18 Mar 2025 16:20:00 +0900'
        msg.attach(MIMEText(body or '', 'plain', 'utf-8'))
        for name, data in datas:
            a = MIMEApplication(data); a.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', name)); msg.attach(a)
        msg.set_boundary('----=_Part_13_' + str(len(path)))
        open(fp, 'wb').write(msg.as_bytes())
    LABELS.append(dict(path=path, **{'class': cls}, item=item, style=style, format=kind, why=why_for(cls, item, style)))

exec(open(os.path.join(os.path.dirname(__file__), 'specs.py'), encoding='utf-8').read())

if __name__ == '__main__':
    if os.path.exists(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    build()
    shutil.rmtree(os.path.join(ROOT, 'tools', '_tmp'), ignore_errors=True)
    with open(os.path.join(ROOT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in LABELS: f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(len(LABELS))
