# -*- coding: utf-8 -*-
"""Invented people, places and a renderer that turns a simple document model into any format."""
import os, io, csv, random, zipfile, json
import writers as W

SEI = ['佐藤', '松尾', '井上', '坂本', '中村', '田中', '緒方', '村上', '前田', '宮本', '吉村', '橋本', '本田', '西村', '渡辺', '岩下',
       '今村', '荒木', '園田', '永田', '上村', '福島', '甲斐', '杉本', '野田', '森下', '平川', '古閑', '東', '藤本', '堀', '原田']
MEI_K = ['ひなた', '陽翔', '結衣', '蒼', '葵', '湊', '凛', '悠真', '芽依', '大和', '心春', '颯太', '紬', '律', '美咲', '陸斗',
         'さくら', '樹', '莉子', '航', '澪', '瑛太', '彩花', '晴', '詩', '海斗', '杏', '朔', '優奈', '奏太']
MEI_A = ['健一', '由美', '誠', '直子', '浩二', '恵', '隆', '智子', '正樹', '美香', '和也', '久美子', '修', '真由美', '信也', '里美']
FOREIGN = ['グエン・ヴァン・ミン', 'サントス・アナ', 'リ・ハオラン', 'マリア・ロドリゲス', 'ラマ・スレシュ', 'キム・ソヨン', 'アフマド・ファリド',
           'Nguyen Thi Lan', 'Santos Pedro', 'Wang Yutong', 'Olivia Brown', 'デラクルス・ジョシュア', 'ペレイラ・ルーカス', 'チャン・ティ・フォン']
CHIKU = ['上谷', '中ノ原', '下川内', '杉ヶ迫', '鹿ノ尾', '大平', '小峰', '湯ノ谷']
SCHOOL = '森ノ里市立森ノ里小学校'
CHUTO = '森ノ里市立青嶺中等教育学校'
KAWABE = '森ノ里市立川辺小学校'
BOARD = '森ノ里市教育委員会 学務課'
HOIKU = ['ひかり保育所', 'すぎのこ保育園', '川辺こども園']

def R(seed):
    return random.Random(seed)

def kid(r, foreign=False):
    if foreign:
        return r.choice(FOREIGN)
    return r.choice(SEI) + ' ' + r.choice(MEI_K)

def adult(r):
    return r.choice(SEI) + ' ' + r.choice(MEI_A)

def phone(r):
    return '090-0000-%04d' % r.randint(0, 9999)

def addr(r):
    return '森ノ里市%s%d-%d（架空）' % (r.choice(CHIKU), r.randint(1, 40), r.randint(1, 30))

def mail(r, who='hogo'):
    return '%s%03d@%s.example.jp' % (who, r.randint(1, 999), r.choice(['mail', 'kazoku', 'net', 'home']))

def bday(r, grade, base=2026):
    y = base - 6 - grade
    return '%d年%d月%d日' % (y, r.randint(1, 12), r.randint(1, 28))

# ---------------------------------------------------------------- rendering
def doc_lines(doc):
    out = [doc.get('title', '')] + list(doc.get('lines', []))
    if doc.get('table'):
        out += ['\t'.join(str(c) for c in row) for row in doc['table']]
    out += list(doc.get('after', []))
    return [l for l in out if l is not None]

def render(fmt, path, doc, rng=None, **kw):
    """fmt: xlsx docx pptx ods odt rtf pdf txt md html csv tsv jpg png imgpdf eml-body xls-html doc-html"""
    rng = rng or random.Random(hash(path) & 0xffff)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    t = doc.get('title', '')
    tab = doc.get('table') or []
    lines = doc.get('lines', [])
    after = doc.get('after', [])
    if fmt == 'xlsx':
        rows = ([[t]] if t else []) + [[l] for l in lines] + tab + [[l] for l in after]
        sheets = [dict(name=doc.get('sheet', 'Sheet1'), rows=rows, hidden_cols=kw.get('hidden_cols', []), comments=kw.get('comments', {}))]
        sheets += kw.get('extra_sheets', [])
        W.write_xlsx(path, sheets, creator=kw.get('creator', 'kyoin'))
    elif fmt == 'ods':
        rows = ([[t]] if t else []) + [[l] for l in lines] + tab + [[l] for l in after]
        W.write_ods(path, [dict(name=doc.get('sheet', 'Sheet1'), rows=rows, hidden_cols=kw.get('hidden_cols', []), comments=kw.get('comments', {}))] + kw.get('extra_sheets', []))
    elif fmt == 'docx':
        blocks = ([('h', t)] if t else []) + list(lines) + ([('table', tab)] if tab else []) + list(after) + kw.get('late', [])
        W.write_docx(path, blocks, comments=kw.get('comments'), footer=kw.get('footer'), header=kw.get('header'), creator=kw.get('creator', 'kyoin'), title=kw.get('prop_title', ''))
    elif fmt == 'odt':
        blocks = ([('h', t)] if t else []) + list(lines) + ([('table', tab)] if tab else []) + list(after) + kw.get('late', [])
        W.write_odt(path, blocks)
    elif fmt == 'pptx':
        slides = kw.get('slides') or [(t, lines + ['　'.join(map(str, r)) for r in tab] + after, kw.get('notes'))]
        W.write_pptx(path, slides)
    elif fmt == 'rtf':
        W.write_rtf(path, doc_lines(doc) + kw.get('late_lines', []))
    elif fmt == 'pdf':
        pages = kw.get('pages') or [doc_lines(doc)]
        W.write_pdf_text(path, pages, title=kw.get('prop_title', ''))
    elif fmt in ('txt', 'md'):
        enc = kw.get('encoding', 'utf-8')
        txt = '\n'.join(doc_lines(doc)) + '\n'
        if kw.get('crlf'):
            txt = txt.replace('\n', '\r\n')
        open(path, 'w', encoding=enc, newline='').write(txt)
    elif fmt in ('html', 'xls-html', 'doc-html'):
        h = ['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % W.x(kw.get('html_title', t))]
        if fmt == 'xls-html':
            h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="ProgId" content="Excel.Sheet"></head><body>']
        if fmt == 'doc-html':
            h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="ProgId" content="Word.Document"></head><body>']
        if t:
            h.append('<h1>%s</h1>' % W.x(t))
        h += ['<p>%s</p>' % W.x(l) for l in lines]
        if tab:
            h.append('<table border="1">' + ''.join('<tr>' + ''.join('<td>%s</td>' % W.x(c) for c in r) + '</tr>' for r in tab) + '</table>')
        h += ['<p>%s</p>' % W.x(l) for l in after]
        h += kw.get('html_extra', [])
        h.append('</body></html>')
        open(path, 'w', encoding='utf-8').write('\n'.join(h))
    elif fmt in ('csv', 'tsv'):
        enc = kw.get('encoding', 'utf-8')
        buf = io.StringIO()
        wr = csv.writer(buf, delimiter=',' if fmt == 'csv' else '\t', lineterminator='\r\n')
        for row in tab:
            wr.writerow(row)
        data = buf.getvalue()
        if enc == 'utf-8-sig':
            open(path, 'w', encoding='utf-8-sig', newline='').write(data)
        else:
            open(path, 'w', encoding=enc, newline='').write(data)
    elif fmt in ('jpg', 'png', 'imgpdf'):
        kind = kw.get('kind', 'photo')
        if kind == 'screen':
            img = W.screenshot(t, tab[0], tab[1:], app=kw.get('app', '校務支援システム'), user=kw.get('user', ''), banner=kw.get('banner'))
        elif kind == 'chat':
            img = W.chat_screenshot(kw['channel'], kw['msgs'], app=kw.get('app', 'Teams'))
        elif kind == 'whiteboard':
            img = W.whiteboard([t] + lines, rng)
        else:
            paper = W.render_paper(([(t, 34)] if t else []) + lines, rng=rng, hand=kw.get('hand', False), table=tab or None)
            if after:
                paper = W.render_paper(([(t, 34)] if t else []) + lines + [''] * (len(tab) + 1) + after, rng=rng, hand=kw.get('hand', False)) if not tab else paper
            img = paper
        if kind == 'photo' or kind == 'whiteboard':
            img = W.photo_of(img, rng)
        elif kind == 'scan':
            img = W.scan_of(img, rng)
        if fmt == 'jpg':
            img.convert('RGB').save(path, 'JPEG', quality=rng.randint(70, 88))
        elif fmt == 'png':
            img.save(path, 'PNG')
        else:
            pages = [img] + [W.scan_of(W.render_paper(p, rng=rng), rng) for p in kw.get('more_pages', [])]
            W.write_image_pdf(path, pages)
    else:
        raise ValueError(fmt)
