# Image generators: phone photos of paper, whiteboards, screenshots, copier scans.
import random, os
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageOps
SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'
_fc = {}
def F(path, size):
    k = (path, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(path, size, index=0)  # index 0 = JP in Noto CJK ttc
    return _fc[k]

def paper(lines, w=1240, h=1754, hand=False, rnd=None, table=None, font=SERIF, size=30):
    rnd = rnd or random.Random(0)
    im = Image.new('RGB', (w, h), (250, 249, 244))
    d = ImageDraw.Draw(im)
    y = 90
    for i, l in enumerate(lines):
        f = F(BOLD if i == 0 else font, size + (8 if i == 0 else 0))
        if hand and i > 0:
            # handwriting-like: jitter each character
            x = 90 + rnd.randint(-6, 6)
            for ch in l:
                fs = F(font, size + rnd.randint(-3, 3))
                col = (30 + rnd.randint(0, 30), 30 + rnd.randint(0, 30), 90 + rnd.randint(0, 60))
                d.text((x, y + rnd.randint(-3, 3)), ch, font=fs, fill=col)
                x += fs.getlength(ch) + rnd.randint(-2, 3)
                if x > w - 90:
                    x = 90; y += size + 12
        else:
            d.text((90, y), l, font=f, fill=(20, 20, 20))
        y += size + 22
    if table:
        cw = (w - 180) / len(table[0])
        for r, row in enumerate(table):
            for c, v in enumerate(row):
                x0 = 90 + c * cw; y0 = y + r * (size + 22)
                d.rectangle([x0, y0, x0 + cw, y0 + size + 22], outline=(60, 60, 60), width=2)
                if hand and r > 0:
                    d.text((x0 + 8 + rnd.randint(-3, 3), y0 + 6 + rnd.randint(-2, 2)), str(v), font=F(font, size - 4 + rnd.randint(-2, 2)), fill=(25, 35, 110))
                else:
                    d.text((x0 + 8, y0 + 6), str(v), font=F(SANS, size - 6), fill=(20, 20, 20))
        y += len(table) * (size + 22)
    return im.crop((0, 0, w, min(h, max(700, y + 120))))

def photo(im, rnd, bg=(120, 95, 70)):
    """Paper on a desk, tilted, uneven light, blur, JPEG-ish noise."""
    w, h = im.size
    ang = rnd.uniform(-9, 9)
    im = im.rotate(ang, expand=True, fillcolor=bg, resample=Image.BICUBIC)
    canvas = Image.new('RGB', (im.width + 160, im.height + 160), bg)
    canvas.paste(im, (80 + rnd.randint(-40, 40), 80 + rnd.randint(-40, 40)))
    # uneven light: gradient overlay
    grad = Image.linear_gradient('L').resize(canvas.size).rotate(rnd.choice([0, 90, 180, 270]))
    dark = Image.new('RGB', canvas.size, (40, 35, 25))
    canvas = Image.composite(canvas, dark, grad.point(lambda v: 150 + v * 105 // 255))
    canvas = canvas.filter(ImageFilter.GaussianBlur(rnd.uniform(0.6, 1.4)))
    canvas = canvas.resize((canvas.width * 3 // 4, canvas.height * 3 // 4))
    return canvas

def whiteboard(lines, rnd):
    im = Image.new('RGB', (1600, 1000), (236, 238, 236))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 1599, 999], outline=(150, 150, 150), width=18)
    y = 70
    for i, l in enumerate(lines):
        x = 80
        col = [(20, 20, 20), (20, 40, 160), (170, 30, 30)][i % 3 if i else 0]
        for ch in l:
            fs = F(SANS, 44 + rnd.randint(-5, 5))
            d.text((x, y + rnd.randint(-4, 4)), ch, font=fs, fill=col)
            x += fs.getlength(ch) + rnd.randint(-3, 4)
        y += 78
    return photo(im, rnd, bg=(90, 90, 95))

def screenshot(title, header, rows, rnd, app='校務支援システム', extra=None):
    w, h = 1440, 900
    im = Image.new('RGB', (w, h), (245, 246, 248))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 36], fill=(222, 225, 230))
    d.text((14, 6), f'● ● ●   https://kohmu.example.jp/{rnd.randint(100,999)}/view   {app}', font=F(SANS, 18), fill=(60, 60, 60))
    d.rectangle([0, 36, w, 96], fill=(28, 78, 140))
    d.text((24, 48), f'{app}  ｜ {title}', font=F(BOLD, 28), fill=(255, 255, 255))
    d.rectangle([0, 96, 220, h], fill=(232, 236, 242))
    for i, m in enumerate(['ホーム', '出欠', '成績', '保健', '指導', '名簿', '設定']):
        d.text((24, 120 + i * 44), m, font=F(SANS, 20), fill=(40, 40, 40))
    cw = (w - 280) / len(header)
    y = 130
    for r, row in enumerate([header] + rows):
        for c, v in enumerate(row):
            x0 = 250 + c * cw
            d.rectangle([x0, y, x0 + cw, y + 40], fill=(210, 220, 235) if r == 0 else (255, 255, 255), outline=(180, 180, 190))
            d.text((x0 + 6, y + 8), str(v)[:int(cw // 17)], font=F(SANS, 18), fill=(20, 20, 20))
        y += 40
    if extra:
        for i, l in enumerate(extra):
            d.text((250, y + 30 + i * 32), l, font=F(SANS, 20), fill=(30, 30, 30))
    return im

def chat(title, msgs, rnd, app='Teams'):
    w, h = 900, 1400 if len(msgs) > 6 else 1100
    im = Image.new('RGB', (w, h), (244, 244, 250))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 80], fill=(70, 71, 117) if app == 'Teams' else (6, 199, 85))
    d.text((24, 22), f'{app}  {title}', font=F(BOLD, 28), fill=(255, 255, 255))
    y = 110
    for who, text in msgs:
        d.text((30, y), who, font=F(SANS, 18), fill=(90, 90, 90)); y += 28
        lines = [text[i:i + 30] for i in range(0, len(text), 30)]
        bh = 34 * len(lines) + 20
        d.rounded_rectangle([30, y, 860, y + bh], radius=14, fill=(255, 255, 255), outline=(210, 210, 220))
        for k, l in enumerate(lines):
            d.text((46, y + 10 + k * 34), l, font=F(SANS, 24), fill=(20, 20, 20))
        y += bh + 24
    return im

def scan(im, rnd):
    """Copier scan: grayscale, slight skew, speckles."""
    g = ImageOps.grayscale(im).rotate(rnd.uniform(-1.5, 1.5), fillcolor=255, resample=Image.BICUBIC)
    px = g.load()
    for _ in range(1500):
        px[rnd.randrange(g.width), rnd.randrange(g.height)] = rnd.randint(0, 120)
    return g.point(lambda v: 255 if v > 200 else v)

def save_pdf_images(path, ims):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ims = [i.convert('RGB') for i in ims]
    ims[0].save(path, 'PDF', resolution=150, save_all=True, append_images=ims[1:])

def save(path, im, q=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if path.lower().endswith(('.jpg', '.jpeg')):
        im.convert('RGB').save(path, 'JPEG', quality=q or 78)
    else:
        im.save(path, 'PNG')
