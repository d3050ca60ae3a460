# Image generators: phone photos of paper, whiteboard photos, screenshots, copier scans (PIL only)
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance

SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
SANSB = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'

def F(size, kind='sans'):
    p = {'sans': SANS, 'serif': SERIF, 'bold': SANSB}[kind]
    return ImageFont.truetype(p, size, index=0)  # index 0 = JP in Noto CJK ttc

def hand_text(img, xy, text, size, rnd, color=(30, 30, 60)):
    """handwriting-like: per-character jitter in size, offset and rotation"""
    x, y = xy
    for ch in text:
        s = int(size * rnd.uniform(0.88, 1.12))
        f = F(s, rnd.choice(['serif', 'sans']))
        tile = Image.new('RGBA', (s * 2, s * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((s // 2, s // 3), ch, font=f, fill=color + (235,))
        tile = tile.rotate(rnd.uniform(-9, 9), resample=Image.BICUBIC)
        img.paste(tile, (int(x - s // 2), int(y + rnd.uniform(-3, 3) - s // 3)), tile)
        x += s * (0.55 if ord(ch) < 128 else 1.0) * rnd.uniform(0.9, 1.05)
    return x

def paper(lines, rnd, hand=False, table=None, w=1240, h=1754, title=None):
    """lines: list of str. table: list of rows drawn as grid below lines"""
    img = Image.new('RGB', (w, h), (250, 249, 244))
    d = ImageDraw.Draw(img)
    y = 90
    if title:
        d.text((w // 2 - len(title) * 22, y), title, font=F(44, 'bold'), fill=(20, 20, 20)); y += 100
    for ln in lines:
        if hand: hand_text(img, (90, y), ln, 42, rnd)
        else: d.text((90, y), ln, font=F(36, "serif"), fill=(25, 25, 25))
        y += 66
    if table:
        y += 20
        ncol = max(len(r) for r in table)
        cw = (w - 180) // ncol
        for r in table:
            for ci in range(ncol):
                d.rectangle([90 + ci * cw, y, 90 + (ci + 1) * cw, y + 54], outline=(60, 60, 60), width=2)
                if ci < len(r) and r[ci]:
                    if hand and r is not table[0]: hand_text(img, (100 + ci * cw, y + 8), str(r[ci])[:10], 28, rnd)
                    else: d.text((100 + ci * cw, y + 10), str(r[ci])[:12], font=F(24, 'sans'), fill=(20, 20, 20))
            y += 54
            if y > h - 80: break
    return img

def photo(page, rnd, bg=(110, 90, 70)):
    """make a phone photo: page on desk, perspective, tilt, uneven light, noise, jpeg"""
    W, H = int(page.width * 1.25), int(page.height * 1.2)
    canvas = Image.new('RGB', (W, H), bg)
    noise = Image.effect_noise((W, H), 18).convert('RGB')
    canvas = Image.blend(canvas, noise, 0.12)
    pg = page.rotate(rnd.uniform(-8, 8), expand=True, fillcolor=bg, resample=Image.BICUBIC)
    canvas.paste(pg, ((W - pg.width) // 2, (H - pg.height) // 2))
    # perspective
    dx = W * rnd.uniform(0.02, 0.07); dy = H * rnd.uniform(0.01, 0.05)
    coeffs = _persp([(0, 0), (W, 0), (W, H), (0, H)], [(dx, dy), (W - dx * 0.3, 0), (W, H), (dx * 0.5, H - dy)])
    canvas = canvas.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bg)
    # uneven light: radial-ish gradient
    grad = Image.linear_gradient('L').resize((W, H)).rotate(rnd.choice([0, 45, 90, 135, 200]), expand=False)
    shade = Image.merge('RGB', [grad] * 3)
    canvas = Image.blend(canvas, Image.composite(canvas, Image.new('RGB', (W, H), (40, 35, 30)), grad), 0.45)
    canvas = ImageEnhance.Color(canvas).enhance(0.9).filter(ImageFilter.GaussianBlur(rnd.uniform(0.6, 1.3)))
    return canvas.resize((W * 3 // 4, H * 3 // 4))

def _persp(pa, pb):
    m = []
    for (x, y), (X, Y) in zip(pa, pb):
        m.append([X, Y, 1, 0, 0, 0, -x * X, -x * Y, x]); m.append([0, 0, 0, X, Y, 1, -y * X, -y * Y, y])
    n = 8
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(m[r][i])); m[i], m[p] = m[p], m[i]
        for r in range(n):
            if r != i:
                f = m[r][i] / m[i][i]
                m[r] = [a - f * b for a, b in zip(m[r], m[i])]
    return [m[i][8] / m[i][i] for i in range(n)]

def whiteboard(lines, rnd):
    W, H = 1600, 1000
    img = Image.new('RGB', (W, H), (236, 238, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W - 1, H - 1], outline=(150, 150, 150), width=18)
    y = 70
    for ln in lines:
        col = rnd.choice([(20, 20, 20), (20, 40, 160), (170, 20, 20)])
        hand_text(img, (80, y), ln, 46, rnd, col); y += 82
    return photo(img, rnd, bg=(200, 195, 180))

def screenshot(app_title, menu, header, rows, rnd, footer=None, w=1440, h=900):
    img = Image.new('RGB', (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 40], fill=(230, 230, 235)); d.text((16, 8), app_title, font=F(18), fill=(40, 40, 40))
    d.rectangle([0, 40, w, 90], fill=(28, 74, 140)); x = 20
    for m in menu:
        d.text((x, 54), m, font=F(20, 'bold'), fill=(255, 255, 255)); x += len(m) * 22 + 40
    d.rectangle([0, 90, 200, h], fill=(240, 243, 248))
    for i, s in enumerate(['ホーム', '出欠管理', '成績管理', '保健', '名簿', '帳票出力', '設定']):
        d.text((20, 110 + i * 40), s, font=F(18), fill=(50, 50, 80))
    y = 110
    ncol = len(header); cw = (w - 240) // ncol
    for ri, r in enumerate([header] + rows):
        fill = (210, 222, 240) if ri == 0 else ((255, 255, 255) if ri % 2 else (246, 248, 250))
        d.rectangle([220, y, w - 20, y + 34], fill=fill, outline=(200, 200, 210))
        for ci, c in enumerate(r):
            d.text((228 + ci * cw, y + 6), str(c)[:14], font=F(17, 'bold' if ri == 0 else 'sans'), fill=(20, 20, 20))
        y += 34
        if y > h - 60: break
    if footer: d.text((228, h - 44), footer, font=F(16), fill=(90, 90, 90))
    return img

def chat(app, channel, msgs, rnd, w=1280, h=860):
    img = Image.new('RGB', (w, h), (245, 245, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 70, h], fill=(70, 72, 140)); d.rectangle([70, 0, 330, h], fill=(235, 235, 242))
    d.text((90, 20), app, font=F(20, 'bold'), fill=(40, 40, 70))
    d.rectangle([330, 0, w, 60], fill=(255, 255, 255)); d.text((350, 16), channel, font=F(22, 'bold'), fill=(30, 30, 30))
    y = 80
    for who, t, text in msgs:
        d.ellipse([350, y, 390, y + 40], fill=(rnd.randint(90, 200), rnd.randint(90, 200), rnd.randint(90, 200)))
        d.text((404, y), f'{who}  {t}', font=F(16, 'bold'), fill=(60, 60, 60))
        yy = y + 24
        for k in range(0, len(text), 44):
            d.text((404, yy), text[k:k + 44], font=F(19), fill=(20, 20, 20)); yy += 28
        y = yy + 18
        if y > h - 60: break
    d.rectangle([350, h - 50, w - 20, h - 12], outline=(180, 180, 190), fill=(255, 255, 255))
    d.text((362, h - 42), 'メッセージを入力', font=F(16), fill=(160, 160, 160))
    return img

def scan(page, rnd):
    g = page.convert('L').rotate(rnd.uniform(-1.5, 1.5), expand=False, fillcolor=255, resample=Image.BICUBIC)
    n = Image.effect_noise(g.size, 25)
    g = Image.blend(g, n, 0.08)
    g = ImageEnhance.Contrast(g).enhance(1.3)
    return g.resize((g.width * 2 // 3, g.height * 2 // 3))
