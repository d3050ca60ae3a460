# Rebuild the whole corpus: /usr/bin/python3 tools/build.py
import os, sys, json, shutil, subprocess, zipfile, collections
T = os.path.dirname(os.path.abspath(__file__)); B = os.path.dirname(T); F = os.path.join(B, 'files')
MODS = ['m_a_kinder', 'm_b_school', 'm_c_center', 'm_d_images', 'm_e_misc', 'm_f_extra']
if '--check-only' not in sys.argv:
    shutil.rmtree(F, ignore_errors=True)
    for m in MODS:
        subprocess.run([sys.executable, os.path.join(T, m + '.py')], cwd=T, check=True)
labels = []
for m in MODS:
    labels += [json.loads(l) for l in open(os.path.join(T, 'labels_%s.jsonl' % m.split('_')[1]), encoding='utf-8')]
paths = [l['path'] for l in labels]
dup = [p for p, n in collections.Counter(paths).items() if n > 1]
assert not dup, dup
ondisk = set()
for r, ds, fs in os.walk(F):
    for f in fs:
        ondisk.add(os.path.relpath(os.path.join(r, f), F))
missing = set(paths) - ondisk; extra = ondisk - set(paths)
assert not missing and not extra, (missing, extra)
from PIL import Image
bad = []
for l in labels:
    p = os.path.join(F, l['path']); fmt = l['format']
    try:
        if fmt in ('xlsx', 'docx', 'pptx', 'ods', 'odt', 'zip'):
            z = zipfile.ZipFile(p); assert z.testzip() is None
        elif fmt in ('jpg', 'png'):
            Image.open(p).verify()
        elif fmt in ('pdf', 'pdf-image'):
            d = open(p, 'rb').read(); assert d.startswith(b'%PDF') and b'%%EOF' in d[-1024:]
        elif fmt == 'xls':
            assert open(p, 'rb').read(8) == b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'
        elif fmt in ('eml',):
            import email; m = email.message_from_bytes(open(p, 'rb').read()); assert m['Subject']
        else:
            assert os.path.getsize(p) > 0
    except Exception as e:
        bad.append((l['path'], repr(e)))
assert not bad, bad
with open(os.path.join(B, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for l in sorted(labels, key=lambda x: x['path']):
        f.write(json.dumps(l, ensure_ascii=False) + '\n')
print('files', len(labels))
for k in ('class', 'format', 'style'):
    print(k, dict(sorted(collections.Counter(l[k] for l in labels).items(), key=lambda x: -x[1])))
imgs = sum(1 for l in labels if l['format'] in ('jpg', 'png', 'pdf-image'))
print('images', imgs, 'I+II', sum(1 for l in labels if l['class'] in ('I', 'II')))
