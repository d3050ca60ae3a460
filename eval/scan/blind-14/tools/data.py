# -*- coding: utf-8 -*-
"""Made-up people, addresses and phones (all fictional)."""
import random

SEI = "田中 山本 中村 松本 井上 木村 林 清水 山口 森 池田 橋本 阿部 石川 前田 藤田 岡本 村上 坂本 荒木 緒方 野田 宮崎 本田 西村 福田 上田 吉永 永松 坂田 渡邉 古閑 園田 高森 内田 平川 桑原 米村 松永 岩下".split()
MEI_M = "颯太 蓮 陽翔 湊 悠真 大和 蒼 樹 奏太 陸斗 健太 翔 隼人 拓海 瑛太 航 壮真 晴 光希 将吾".split()
MEI_F = "陽葵 凛 結菜 葵 芽依 咲良 美月 心春 結衣 彩花 杏 花音 琴音 真央 七海 日菜 莉子 愛梨 紗希 優奈".split()
KANA = {"田中": "タナカ", "山本": "ヤマモト", "中村": "ナカムラ", "松本": "マツモト", "井上": "イノウエ"}
ROMA = "tanaka yamamoto nakamura matsumoto inoue kimura hayashi shimizu yamaguchi mori ikeda hashimoto abe ishikawa maeda fujita okamoto murakami sakamoto araki ogata noda miyazaki honda nishimura fukuda ueda yoshinaga nagamatsu sakata watanabe koga sonoda takamori uchida hirakawa kuwahara yonemura matsunaga iwashita".split()
TOWN = ["東区桜ヶ丘台", "北区清水台", "中央区若葉台", "南区白藤ヶ丘", "西区蓮台寺ヶ丘", "東区花立ヶ原", "北区楠野台", "南区御幸ヶ丘", "中央区水前台", "西区島崎ヶ丘", "上益城郡架空町", "合志市架空台"]
FOREIGN = [
    ("グエン・ヴァン・ナム", "Nguyễn Văn Nam", "ベトナム"), ("チャン・ティ・ラン", "Trần Thị Lan", "ベトナム"),
    ("キム・ミンジュン", "김민준", "韓国"), ("イ・ソヨン", "이소연", "韓国"),
    ("ワン・ハオラン", "王浩然", "中国"), ("リー・シューフェン", "李淑芬", "中国"),
    ("スシル・グルン", "Sushil Gurung / सुशील गुरुङ", "ネパール"), ("アニタ・タパ", "Anita Thapa / अनिता थापा", "ネパール"),
    ("マリア・サントス・デラクルス", "Maria Santos Dela Cruz", "フィリピン"), ("ジョシュア・レイエス", "Joshua Reyes", "フィリピン"),
]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.n = 0

    def name(self, sex=None):
        sex = sex or self.r.choice("男女")
        return self.r.choice(SEI) + " " + self.r.choice(MEI_M if sex == "男" else MEI_F), sex

    def phone(self):
        self.n += 1
        return "090-0000-%04d" % (1000 + (self.n * 37) % 9000)

    def addr(self):
        if self.r.random() < 0.88:
            return "熊本市%s%d丁目%d-%d（架空）" % (self.r.choice(TOWN[:-2]), self.r.randint(1, 5), self.r.randint(1, 30), self.r.randint(1, 20))
        return "%s%d番地（架空）" % (self.r.choice(TOWN[-2:]), self.r.randint(100, 999))

    def mail(self, who="home"):
        return "%s%02d@%s.example.jp" % (self.r.choice(ROMA), self.r.randint(1, 99), who)

    def birth(self, grade, school="hs"):
        base = {"hs": 2009, "sn_e": 2015, "sn_j": 2011, "sn_h": 2008}[school]
        y = base - grade + 1
        return "%d/%02d/%02d" % (y if self.r.random() < 0.75 else y + 1, self.r.randint(1, 12), self.r.randint(1, 28))

    def students(self, n, grade=1, klass=1, foreign=0, school="hs"):
        out = []
        fi = set(self.r.sample(range(n), foreign)) if foreign else set()
        for i in range(n):
            if i in fi:
                f = self.r.choice(FOREIGN)
                nm, sex = f[0], self.r.choice("男女")
                orig, nat = f[1], f[2]
            else:
                nm, sex = self.name()
                orig, nat = "", "日本"
            g = self.name("男" if self.r.random() < 0.4 else "女")[0].split()[1]
            out.append(dict(no=i + 1, grade=grade, klass=klass, name=nm, sex=sex, orig=orig, nat=nat,
                            birth=self.birth(grade, school), addr=self.addr(), tel=self.phone(),
                            guardian=nm.split(" ")[0] + " " + g if " " in nm else nm.split("・")[-1] + "（保護者）",
                            mail=self.mail()))
        out.sort(key=lambda s: s["name"]) if not foreign else None
        for i, s in enumerate(out):
            s["no"] = i + 1
        return out

    def initials(self, s):
        nm = s["name"]
        romamap = dict(zip(SEI, ROMA))
        sei = nm.split(" ")[0]
        return (romamap.get(sei, "X")[0].upper() + "." + self.r.choice("AHKMNRSTY") + ".")
