# -*- coding: utf-8 -*-
"""Generator for scan blind-16 corpus. Run: /usr/bin/python3 tools/gen.py"""
import os, sys, json, shutil, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
MODS = [m for m in ['mod_a_chuto', 'mod_b_bunko', 'mod_c_jimu', 'mod_d_bukatsu', 'mod_e_ssw', 'mod_f_misc']
        if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + '.py'))]
if os.path.exists(common.FILES):
    shutil.rmtree(common.FILES)
os.makedirs(common.FILES)
for m in MODS:
    __import__(m).run()
    print(m, len(common.LABELS))
with open(os.path.join(common.ROOT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for l in common.LABELS:
        f.write(json.dumps(l, ensure_ascii=False) + '\n')
# consistency
on_disk = set()
for d, _, fs in os.walk(common.FILES):
    for x in fs:
        on_disk.add(os.path.relpath(os.path.join(d, x), common.FILES))
lab = [l['path'] for l in common.LABELS]
assert len(lab) == len(set(lab)), [p for p, c in collections.Counter(lab).items() if c > 1]
assert on_disk == set(lab), (on_disk ^ set(lab))
for k in ('class', 'format', 'style'):
    print(k, dict(collections.Counter(l[k] for l in common.LABELS)))
print('total', len(lab))
