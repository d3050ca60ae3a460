# -*- coding: utf-8 -*-
import os, json, random, tempfile
import writers as w

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
FILES = os.path.join(ROOT, 'files')
LABELS = []
rng = random.Random(1616)

SUR = ['中村', '田上', '坂本', '緒方', '松岡', '村上', '宮崎', '永田', '本田', '西村', '古閑', '荒木', '上田', '木下', '吉永', '園田', '堀', '野口', '岩下', '福島', '渡辺', '今村', '池田', '濱田', '甲斐', '山部', '徳永', '井芹']
GIV_B = ['陽翔', '蒼', '湊', '蓮', '大和', '悠真', '颯太', '律', '樹', '朝陽', '奏太', '航']
GIV_G = ['結衣', '葵', '陽葵', '凛', '芽依', '咲良', '紬', '美月', '心春', '杏', '莉子', '彩葉']
FOREIGN = ['グエン・ティ・ラン', 'ペドロ・シルバ', '王 浩然', 'キム・ミンジュン', 'マリア・サントス', 'ラジャ・アフマド', 'リー・ジアハオ', 'アナ・フローレス', 'チャン・バオ・ゴック', 'ジョン・ミラー']
TOWNS = ['東区健軍（架空）', '中央区大江（架空）', '北区清水（架空）', '南区城南町（架空）', '西区河内町（架空）', '東区長嶺（架空）', '北区植木町（架空）']
SCHOOL = '熊本市立白川中等教育学校（架空）'
BUNKO = '熊本市立阿蘇原小学校 山里分校（架空）'
JIMU = '東部ブロック学校事務共同実施室（架空）'

def name(g=None):
    g = g or rng.choice('BG')
    return rng.choice(SUR) + ' ' + rng.choice(GIV_B if g == 'B' else GIV_G)

def kana_initial(n):
    return n
def tel():
    return '090-0000-%04d' % rng.randint(0, 9999)
def addr():
    return '熊本市%s%d-%d-%d' % (rng.choice(TOWNS), rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20))
def mail(n=None):
    return '%s%d@%s' % (rng.choice(['hogo', 'ka', 'user', 'mama', 'papa', 'k']), rng.randint(10, 999), rng.choice(['mail.example.jp', 'home.example.jp', 'net.example.jp']))
def bday(y0=2008, y1=2014):
    return '%d/%d/%d' % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))

def add(path, cls, item, style, fmt, why, maker, *args, **kw):
    full = os.path.join(FILES, path)
    maker(full, *args, **kw)
    assert os.path.exists(full), full
    LABELS.append({'path': path, 'class': cls, 'item': item, 'style': style, 'format': fmt, 'why': why})

def tmpbytes(maker, ext, *args, **kw):
    fd, p = tempfile.mkstemp(suffix='.' + ext)
    os.close(fd)
    os.remove(p)
    maker(p, *args, **kw)
    d = open(p, 'rb').read()
    os.remove(p)
    return d

# image makers (all save to path)
def img_photo(path, lines, title=None, table=None, hand=None, fmt='jpg'):
    im = w.paper(lines, rng, title=title, table=table, hand=hand)
    w.save_img(path, w.photo(im, rng), fmt)

def img_screen(path, title, table, extra=None, app='Excel'):
    w.save_img(path, w.screenshot(title, table, rng, extra=extra, app=app), 'png')

def img_scanpdf(path, pages):
    """pages: list of dict(lines,title,table,hand)"""
    ims = [w.scan(w.paper(p.get('lines', []), rng, title=p.get('title'), table=p.get('table'), hand=p.get('hand')), rng) for p in pages]
    w.save_pdf_image(path, ims)

def img_paper_png(path, lines, title=None, table=None, hand=None):
    im = w.paper(lines, rng, title=title, table=table, hand=hand)
    im = im.resize((im.size[0] * 2 // 3, im.size[1] * 2 // 3))
    w.save_img(path, im, 'png')
