# -*- coding: utf-8 -*-
"""Emit files + labels; format dispatch (deterministic)."""
import os, io, json, zipfile, base64, random, csv
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
from email.header import Header
import writers as W

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.join(BASE, "files")
LABELS = []
R = random.Random(14)

WHY = {
    "I": "第2表は重要性分類Ⅰに「%s」を例示し（生命・財産・プライバシー等へ重大な影響）、2-2(7)⑤はクラウドに保管する情報をⅢ以下とする。",
    "II": "第2表は重要性分類Ⅱに「%s」を例示し（学校事務及び教育活動の実施に重大な影響）、2-2(7)⑤はクラウドに保管する情報をⅢ以下とする。",
    "III": "第2表は重要性分類Ⅲに「%s」を例示しており（軽微な影響）、2-2(7)⑤によりクラウド保管が可能な範囲に入る。",
    "IV": "第2表は重要性分類Ⅳに「%s」を例示しており（影響をほとんど及ぼさない）。",
}


def emit(path, cls, item, style, fmt, data, why=None, note=""):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(full, "wb") as f:
        f.write(data)
    w = why or (WHY[cls] % item)
    if note:
        w = w + note
    LABELS.append(dict(path=path, **{"class": cls}, item=item, style=style, format=fmt, why=w))


# ---------- tabular ----------
def sv(rows, sep=",", enc="utf-8-sig"):
    b = io.StringIO()
    wr = csv.writer(b, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        wr.writerow(["" if v is None else v for v in r])
    return b.getvalue().encode(enc, "replace")


def book(fmt, sheets, enc="utf-8-sig"):
    """sheets: list of dict(name, rows, hidden, hidden_cols, comments)"""
    if fmt == "xlsx":
        return W.xlsx(sheets)
    if fmt == "ods":
        return W.ods(sheets)
    if fmt == "xls":
        return W.xls_html(sheets)
    if fmt in ("csv", "tsv"):
        rows = []
        for sh in sheets:
            rows += sh["rows"]
        return sv(rows, "," if fmt == "csv" else "\t", enc)
    if fmt == "html":
        return W.blocks_html([("t", sh["rows"]) for sh in sheets]).encode("utf-8")
    raise ValueError(fmt)


def doc(fmt, blocks, title="", header=None, footer=None, comments=(), tracked=(), notes=None, html_comment=None, enc="utf-8"):
    if fmt == "docx":
        return W.docx(blocks, header=header, footer=footer, comments=comments, tracked=tracked)
    if fmt == "odt":
        return W.odt(blocks)
    if fmt in ("rtf", "doc"):   # .doc: Word-saved RTF, as older staff files often are
        return W.rtf(blocks)
    if fmt == "pdf":
        pages, cur = [], []
        for b in blocks:
            if b[0] == "br":
                pages.append(cur); cur = []
            else:
                cur.append(b)
        pages.append(cur)
        return W.pdf_text(pages)
    if fmt == "txt":
        return W.blocks_text(blocks).replace("\n", "\r\n").encode(enc, "replace")
    if fmt == "md":
        return W.blocks_md(blocks).encode("utf-8")
    if fmt == "html":
        return W.blocks_html(blocks, title=title, comment=html_comment).encode("utf-8")
    if fmt == "pptx":
        slides, cur_t, cur = [], title or "資料", []
        for b in blocks:
            if b[0] == "h":
                if cur:
                    slides.append((cur_t, cur, None))
                cur_t, cur = b[1], []
            elif b[0] == "p":
                cur.append(b[1])
            elif b[0] == "t":
                cur += ["　".join(str(v) for v in r) for r in b[1]]
        slides.append((cur_t, cur, None))
        if notes:
            for k, n in notes.items():
                t, l, _ = slides[k]
                slides[k] = (t, l, n)
        return W.pptx(slides)
    raise ValueError(fmt)


# ---------- images ----------
def page(blocks, hand=False):
    return W.render_page(blocks, R)


def image(kind, blocks_pages, hand=False):
    """kind: jpg (phone photo), png (flat render), pdf-image (copier scan)."""
    ims = [W.render_page(b, R) for b in blocks_pages]
    if kind == "jpg":
        return W.img_bytes(W.photo(ims[0], R), "jpg")
    if kind == "png":
        return W.img_bytes(ims[0].resize((ims[0].size[0] * 3 // 4, ims[0].size[1] * 3 // 4)), "png")
    if kind == "pdf-image":
        sc = [W.scan(i, R).resize((i.size[0] * 2 // 3, i.size[1] * 2 // 3)) for i in ims]
        return W.img_bytes(sc[0], "pdf", pages=sc)
    raise ValueError(kind)


def shot(title, rows, app="Excel"):
    return W.img_bytes(W.screenshot(title, rows, R, app=app), "png")


# ---------- containers ----------
def zipf(entries):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, (2024, 11, 5, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.flag_bits |= 0x800
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return b.getvalue()


def eml(subject, frm, to, body, atts=(), date="Tue, 05 Nov 2024 16:20:00 +0900"):
    m = MIMEMultipart()
    m["Subject"] = Header(subject, "utf-8")
    m["From"] = frm
    m["To"] = to
    m["Date"] = date
    m["Message-ID"] = "<%d.scan14@school.example.jp>" % R.randint(10**8, 10**9)
    m.set_boundary("==scan14_%08d==" % R.randint(0, 10**8))
    m.attach(MIMEText(body, "plain", "utf-8"))
    for name, data, mt in atts:
        p = MIMEBase(*mt.split("/"))
        p.set_payload(data)
        encoders.encode_base64(p)
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        m.attach(p)
    return m.as_bytes()
