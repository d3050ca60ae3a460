#!/usr/bin/python3
# generator for scan blind-20 corpus. run: /usr/bin/python3 tools/gen.py
import os, sys, json, random, shutil, io, csv, zipfile
from email.message import EmailMessage
from email.policy import SMTP
sys.path.insert(0, os.path.dirname(__file__))
from lib import *

BASE = os.path.join(os.path.dirname(__file__), '..')
F = os.path.join(BASE, 'files')
shutil.rmtree(F, ignore_errors=True); os.makedirs(F)
rng = random.Random(20)
LAB = []

def P(rel):
    p = os.path.join(F, rel); os.makedirs(os.path.dirname(p), exist_ok=True); return p

def add(rel, cls, item, style, fmt, why):
    assert os.path.exists(os.path.join(F, rel)), rel
    LAB.append(dict(path=rel, **{'class': cls}, item=item, style=style, format=fmt, why=why))

SEI = '田代 森永 緒方 坂本 松岡 宮崎 野田 本田 岩下 藤井 上村 平川 永松 中島 古閑 西村 荒木 川上 福田 今村 村上 吉永 堀 内田 末松 桑原 甲斐 米村 牛島 木下'.split()
MEI = 'ひなた 蒼 陽菜 湊 結衣 悠真 美咲 颯太 葵 大翔 凛 陸 さくら 翔 心春 樹 芽依 蓮 柚希 奏太 紗良 健 真央 拓海 七海'.split()
FOREIGN = ['グエン・ヴァン・アン', 'Nguyen Thi Lan', 'シルバ・ペドロ', 'Santos Maria', 'キム・ミンジ', 'Kim Joon-ho', 'リー・ウェイ', 'Li Mei', 'ラマ・プラカシュ', 'Tamang Sita', 'ゴメス・アナ', 'Reyes Jose', 'チェン・ユーティン', 'Park Soyeon']
STAFF = ['坂口 恵子', '松下 浩二', '岡本 美和', '吉田 誠', '前田 直美', '石原 健一', '東 由紀', '山下 亮']
def nm(): return rng.choice(SEI) + ' ' + rng.choice(MEI)
def tel(): return f'090-0000-{rng.randint(0,9999):04d}'
def mail(n='user'): return f'{n}{rng.randint(1,99)}@mail.example.jp'
TOWNS = ['緑ヶ丘町', '清水台', '桜木三丁目', '東山二丁目', '川尻本町', '若葉一丁目', '北原町', '白川台']
def addr(): return f'架空市{rng.choice(TOWNS)}{rng.randint(1,30)}-{rng.randint(1,20)}（架空）'
def roster(n, foreign=0):
    out = [nm() for _ in range(n)]
    for k in range(foreign): out[rng.randrange(n)] = rng.choice(FOREIGN)
    return out

# drive roots
SP_C = 'SharePoint/kyouiku-shien-center/Shared Documents'      # 教育支援センター
SP_K = 'SharePoint/koutou-tokubetsu-shien/Shared Documents'     # 高等特別支援学校
SP_E = 'SharePoint/minami-shou/Shared Documents'               # 小学校
SP_J = 'SharePoint/kita-chuu/Shared Documents'                 # 中学校
SP_G = 'SharePoint/kyoudou-chouriba/Shared Documents'          # 共同調理場
T_C = 'Teams/教育支援センター指導員/一般/Files'
T_K = 'Teams/進路指導部/職場実習/Files'
T_E = 'Teams/図書館運営/一般/Files'
T_J = 'Teams/2学年団/修学旅行/Files'
T_G = 'Teams/調理場・学校連絡/アレルギー対応/Files'
T_X = 'Teams/国際交流/交流会/Files'
OD = lambda who: f'OneDrive-{who}'
GD = 'GoogleDrive-export'

exec(open(os.path.join(os.path.dirname(__file__), 'content.py'), encoding='utf-8').read())

with open(os.path.join(BASE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for l in sorted(LAB, key=lambda x: x['path']):
        f.write(json.dumps(l, ensure_ascii=False) + '\n')
print(len(LAB))
