# -*- coding: utf-8 -*-
"""Rebuild the corpus: /usr/bin/python3 tools/build.py"""
import os, sys, json, shutil, zipfile, collections, io
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import core
from PIL import Image

if os.path.isdir(core.ROOT):
    shutil.rmtree(core.ROOT)
os.makedirs(core.ROOT)
import hs1, hs2, sn, low, img
mods = [hs1, hs2, sn, low, img]
try:
    import more
    mods.append(more)
except ImportError:
    pass
for m in mods:
    m.run()

paths = [l["path"] for l in core.LABELS]
dup = [p for p, c in collections.Counter(paths).items() if c > 1]
assert not dup, dup
bad = []
for l in core.LABELS:
    f = os.path.join(core.ROOT, l["path"])
    assert os.path.exists(f), f
    fmt = l["format"]
    try:
        if fmt in ("xlsx", "docx", "pptx", "ods", "odt", "zip"):
            with zipfile.ZipFile(f) as z:
                assert z.testzip() is None
        elif fmt in ("jpg", "png"):
            Image.open(f).verify()
        elif fmt in ("pdf", "pdf-image"):
            assert open(f, "rb").read(5) == b"%PDF-"
        elif fmt == "eml":
            import email
            email.message_from_bytes(open(f, "rb").read())
    except Exception as e:
        bad.append((l["path"], repr(e)))
on_disk = set()
for d, _, fs in os.walk(core.ROOT):
    for x in fs:
        on_disk.add(os.path.relpath(os.path.join(d, x), core.ROOT))
assert on_disk == set(paths), (on_disk ^ set(paths))
with open(os.path.join(core.BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in core.LABELS:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
C = lambda k: collections.Counter(l[k] for l in core.LABELS)
imgs = sum(1 for l in core.LABELS if l["format"] in ("jpg", "png", "pdf-image"))
print("files", len(core.LABELS), "images", imgs, "bad", bad)
for k in ("class", "format", "style"):
    print(k, dict(sorted(C(k).items(), key=lambda x: -x[1])))
json.dump({k: dict(C(k)) for k in ("class", "format", "style")} | {"images": imgs, "files": len(core.LABELS)}, open(os.path.join(core.BASE, "tools", "counts.json"), "w"), ensure_ascii=False, indent=1)
