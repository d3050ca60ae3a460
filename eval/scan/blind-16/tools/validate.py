# -*- coding: utf-8 -*-
"""Sanity checks: every file parses with a standard library reader where possible."""
import os, sys, json, zipfile, email, io
import xml.dom.minidom as md
from PIL import Image
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
bad = []
def chk_zipxml(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    for n in z.namelist():
        if n.endswith('.xml') or n.endswith('.rels'):
            md.parseString(z.read(n))
    return z
for line in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8'):
    l = json.loads(line); p = os.path.join(ROOT, 'files', l['path']); f = l['format']
    try:
        data = open(p, 'rb').read()
        if f in ('xlsx', 'docx', 'pptx', 'odt', 'ods'):
            z = chk_zipxml(data)
            if f in ('odt', 'ods'):
                assert z.namelist()[0] == 'mimetype' and z.getinfo('mimetype').compress_type == 0
        elif f == 'zip':
            z = zipfile.ZipFile(io.BytesIO(data)); assert z.testzip() is None
            for n in z.namelist():
                if n.endswith(('.xlsx', '.docx', '.pptx')): chk_zipxml(z.read(n))
        elif f in ('pdf', 'pdf-image'):
            assert data.startswith(b'%PDF') and b'%%EOF' in data[-1024:]
        elif f in ('jpg', 'png'):
            im = Image.open(p); im.verify()
            assert (im.format == 'JPEG') == (f == 'jpg')
        elif f == 'eml':
            m = email.message_from_bytes(data); assert m['Subject']
        elif f == 'xls':
            assert data[:8] == bytes.fromhex('d0cf11e0a1b11ae1')
            try:
                import xlrd; xlrd.open_workbook(p)
            except ImportError:
                pass
        elif f in ('rtf', 'doc'):
            assert data.startswith(b'{\\rtf1')
        else:
            ok = False
            for enc in ('utf-8-sig', 'utf-16', 'cp932', 'euc_jp'):
                try:
                    data.decode(enc); ok = True; break
                except Exception:
                    pass
            assert ok
    except Exception as e:
        bad.append((l['path'], repr(e)))
print('bad', len(bad)); [print(b) for b in bad]
