# -*- coding: utf-8 -*-
import random
from data import Gen, SEI, ROMA, FOREIGN
G = Gen(20241105)
r = G.r
HS = "熊本市立架空高等学校"
SN = "熊本市立架空特別支援学校"
SUBJ1 = ["現代の国語", "言語文化", "数学Ⅰ", "数学A", "歴史総合", "地理総合", "化学基礎", "生物基礎", "体育", "保健", "英語コミュニケーションⅠ", "論理・表現Ⅰ", "情報Ⅰ"]
SUBJ3 = ["論理国語", "古典探究", "数学Ⅲ", "日本史探究", "物理", "化学", "体育", "英語コミュニケーションⅢ", "論理・表現Ⅲ", "総合的な探究の時間"]
TEACH = ["yamamoto_k", "nakamura_a", "inoue_t", "hayashi_m", "ogata_s", "koga_y", "sonoda_r", "takamori_h", "araki_n", "uchida_e"]
TCH_JA = ["山本 健一", "中村 亜紀", "井上 拓也", "林 真理子", "緒方 誠", "古閑 裕子", "園田 亮", "高森 弘美", "荒木 直樹", "内田 恵"]


def od(i, sub):
    return "OneDrive/%s/%s" % (TEACH[i % len(TEACH)], sub)


def sp(site, sub):
    return "SharePoint/%s/Shared Documents/%s" % (site, sub)


def tm(team, chan, sub):
    return "Teams/%s/Shared Documents/%s/%s" % (team, chan, sub)


def klass(grade, k, n=None, foreign=0, school="hs"):
    return G.students(n or r.randint(30, 38), grade, k, foreign=foreign, school=school)


def kana(nm):
    return ""


def hyotei():
    return r.choices([5, 4, 3, 2, 1], [18, 32, 35, 12, 3])[0]


def score():
    return max(8, min(100, int(r.gauss(64, 16))))


def stid(g, k, n):
    return "%d%d%02d" % (g, k, n)


def short(nm):
    return nm.replace(" ", "")


def date(m=None, d=None, y=2024):
    m = m or r.randint(4, 12)
    return "%d/%02d/%02d" % (y if m >= 4 else y + 1, m, d or r.randint(1, 28))


def initials(s):
    return G.initials(s)
