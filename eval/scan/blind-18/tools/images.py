import random, io
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops

SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'
_fc = {}
def F(path, size):
    k = (path, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(path, size, index=0)
    return _fc[k]

def paper(lines, hand=True, ruled=True, W=1240, H=1754, table=None, hand_cells=None):
    hand_cells = hand if hand_cells is None else hand_cells
    im = Image.new('RGB', (W, H), (250, 249, 244))
    d = ImageDraw.Draw(im)
    if ruled:
        for y in range(170, H - 80, 64):
            d.line([(60, y), (W - 60, y)], fill=(190, 205, 225), width=2)
    y = 110
    ink = random.choice([(30, 30, 60), (40, 40, 40), (20, 40, 110), (70, 70, 75)])
    for i, line in enumerate(lines):
        if hand:
            x = 80 + random.randint(-6, 6)
            base = 40 if i == 0 else 34
            for ch in line:
                sz = base + random.randint(-4, 4)
                f = F(random.choice([SANS, SERIF]) if random.random() < 0.3 else SERIF, sz)
                g = Image.new('L', (sz + 12, sz + 16), 0)
                ImageDraw.Draw(g).text((4, 2), ch, font=f, fill=255)
                g = g.rotate(random.uniform(-8, 8), resample=Image.BICUBIC)
                im.paste(Image.new('RGB', g.size, ink), (int(x), int(y + random.randint(-3, 3))), g)
                x += sz * random.uniform(0.88, 1.02)
                if x > W - 90:
                    x = 100; y += 64
            y += 64
        else:
            f = F(BOLD if i == 0 else SANS, 36 if i == 0 else 27)
            d.text((80, y), line, font=f, fill=(15, 15, 15))
            y += 58 if i == 0 else 44
    if table:
        f = F(SANS, 24)
        cw = (W - 140) // max(1, len(table[0]))
        y += 10
        for row in table:
            for j, c in enumerate(row):
                d.rectangle([70 + j * cw, y, 70 + (j + 1) * cw, y + 44], outline=(40, 40, 40), width=2)
                if hand_cells and j > 0:
                    # handwritten entries
                    xx = 78 + j * cw
                    for ch in str(c):
                        sz = 26 + random.randint(-3, 3)
                        g = Image.new('L', (sz + 10, sz + 12), 0)
                        ImageDraw.Draw(g).text((3, 1), ch, font=F(SERIF, sz), fill=255)
                        g = g.rotate(random.uniform(-9, 9), resample=Image.BICUBIC)
                        im.paste(Image.new('RGB', g.size, ink), (int(xx), y + 6 + random.randint(-2, 2)), g)
                        xx += sz * 0.95
                else:
                    d.text((78 + j * cw, y + 8), str(c)[: max(1, cw // 25)], font=f, fill=(20, 20, 20))
            y += 44
    return im

def photo(pap):
    W, H = 1600, 2000
    bg = Image.new('RGB', (W, H), random.choice([(120, 95, 70), (160, 150, 140), (90, 90, 95), (185, 170, 150)]))
    noise = Image.effect_noise((W, H), 25).convert('RGB')
    bg = ImageChops.blend(bg, noise, 0.12)
    p = pap.resize((int(pap.width * 1.05), int(pap.height * 1.05)))
    p = p.convert('RGBA').rotate(random.uniform(-9, 9), expand=True, resample=Image.BICUBIC)
    # slight perspective by shear
    sh = random.uniform(-0.06, 0.06)
    p = p.transform(p.size, Image.AFFINE, (1, sh, -sh * p.height / 2, 0, 1, 0), resample=Image.BICUBIC)
    bg.paste(p, ((W - p.width) // 2 + random.randint(-40, 40), (H - p.height) // 2 + random.randint(-40, 40)), p)
    # uneven light: radial gradient + a shadow band
    grad = Image.radial_gradient('L').resize((int(W * 1.6), int(H * 1.6)))
    ox, oy = random.randint(0, int(W * 0.6)), random.randint(0, int(H * 0.6))
    grad = grad.crop((ox, oy, ox + W, oy + H))
    dark = Image.new('RGB', (W, H), (0, 0, 0))
    bg = Image.composite(dark, bg, grad.point(lambda v: int(v * 0.45)))
    if random.random() < 0.6:
        d = ImageDraw.Draw(bg, 'RGBA')
        x0 = random.randint(0, W)
        d.polygon([(x0, 0), (x0 + 500, 0), (x0 + 100, H), (x0 - 400, H)], fill=(0, 0, 0, 45))
    bg = bg.filter(ImageFilter.GaussianBlur(random.uniform(0.6, 1.4)))
    bg = bg.resize((1200, 1500))
    return bg

def photo_jpg(pap):
    b = io.BytesIO()
    photo(pap).save(b, 'JPEG', quality=random.randint(68, 85))
    return b.getvalue()

def scan(pap):
    g = pap.convert('L').rotate(random.uniform(-1.5, 1.5), fillcolor=255, resample=Image.BICUBIC)
    n = Image.effect_noise(g.size, 18)
    g = ImageChops.multiply(g, n.point(lambda v: 200 + v // 5 if v < 275 else 255))
    g = g.point(lambda v: 255 if v > 200 else v)
    return g

def screenshot(title, header, rows, kind='system', msgs=None):
    W, H = 1600, 900
    im = Image.new('RGB', (W, H), (243, 245, 248))
    d = ImageDraw.Draw(im)
    f, fb, fs = F(SANS, 20), F(BOLD, 22), F(SANS, 16)
    if kind == 'system':
        d.rectangle([0, 0, W, 56], fill=(24, 72, 140))
        d.text((20, 14), '校務支援システム  ' + title, font=fb, fill='white')
        d.text((W - 330, 18), 'ログイン中: 教員（架空）', font=fs, fill='white')
        d.rectangle([0, 56, 220, H], fill=(226, 232, 240))
        for i, m in enumerate(['ホーム', '出欠管理', '成績処理', '指導要録', '保健', '児童生徒情報', '帳票出力']):
            d.text((20, 80 + i * 42), m, font=f, fill=(30, 30, 30))
        x0, y = 240, 80
        cw = (W - x0 - 30) // max(1, len(header))
        d.rectangle([x0, y, W - 30, y + 40], fill=(200, 215, 235))
        for j, h in enumerate(header):
            d.text((x0 + 8 + j * cw, y + 8), str(h), font=f, fill=(0, 0, 0))
        y += 40
        for i, r in enumerate(rows):
            d.rectangle([x0, y, W - 30, y + 38], fill=(255, 255, 255) if i % 2 == 0 else (247, 249, 252), outline=(215, 220, 228))
            for j, c in enumerate(r):
                d.text((x0 + 8 + j * cw, y + 8), str(c)[: max(2, cw // 20)], font=f, fill=(20, 20, 20))
            y += 38
            if y > H - 40:
                break
    else:  # chat
        d.rectangle([0, 0, W, 56], fill=(70, 71, 117))
        d.text((20, 14), title, font=fb, fill='white')
        y = 80
        for who, text in msgs:
            d.text((40, y), who, font=fs, fill=(90, 90, 90))
            y += 26
            lines = [text[i:i + 48] for i in range(0, len(text), 48)]
            hgt = 34 * len(lines) + 16
            d.rounded_rectangle([40, y, 40 + min(1200, 24 * max(len(l) for l in lines) + 40), y + hgt], 10, fill=(255, 255, 255), outline=(220, 220, 230))
            for k, l in enumerate(lines):
                d.text((60, y + 8 + k * 34), l, font=f, fill=(20, 20, 20))
            y += hgt + 18
    b = io.BytesIO()
    im.save(b, 'PNG')
    return b.getvalue()
