# -*- coding: utf-8 -*-
"""Content generators. Every person, address and phone is made up."""
import random
E = '小学校'; J = '中学校'
SCH_E = '熊本市立花岡台小学校'; SCH_J = '熊本市立花岡台中学校'
SN = ['田中','松本','中村','坂本','井上','村上','山下','緒方','宮本','森','本田','前田','吉田','藤本','西村','岩下','野田','古閑','上田','荒木','永田','福田','渡辺','高木','木村','平田','池田','松尾','河野','小山','坂田','立石','原田','清田','内田','浜田','矢野','猿渡','米村','園田']
SK = ['たなか','まつもと','なかむら','さかもと','いのうえ','むらかみ','やました','おがた','みやもと','もり','ほんだ','まえだ','よしだ','ふじもと','にしむら','いわした','のだ','こが','うえだ','あらき','ながた','ふくだ','わたなべ','たかぎ','きむら','ひらた','いけだ','まつお','こうの','こやま','さかた','たていし','はらだ','きよた','うちだ','はまだ','やの','さるわたり','よねむら','そのだ']
GM = [('悠真','ゆうま'),('蓮','れん'),('湊','みなと'),('陽翔','はると'),('大和','やまと'),('颯太','そうた'),('樹','いつき'),('蒼','あおい'),('律','りつ'),('悠人','ゆうと'),('大翔','ひろと'),('奏太','かなた'),('健太','けんた'),('翔','しょう'),('航','わたる')]
GF = [('結衣','ゆい'),('陽葵','ひまり'),('凛','りん'),('芽依','めい'),('さくら','さくら'),('美咲','みさき'),('葵','あおい'),('心春','こはる'),('結菜','ゆいな'),('莉子','りこ'),('咲良','さくら'),('彩花','あやか'),('杏','あん'),('千尋','ちひろ'),('真央','まお')]
FOREIGN = [('グエン・ティ・ラン','Nguyễn Thị Lan','ベトナム','ベトナム語'),('チャン・ヴァン・ミン','Trần Văn Minh','ベトナム','ベトナム語'),
           ('キム・ミンジュン','김민준','韓国','韓国語'),('パク・ソヨン','박서연','韓国','韓国語'),('ワン・ズーハン','王 子涵','中国','中国語'),
           ('リュウ・ユーシン','刘 雨欣','中国','中国語'),('シャルマ・アーシシュ','Sharma Aashish','ネパール','ネパール語'),('グルン・スニタ','Gurung Sunita','ネパール','ネパール語'),
           ('サントス・マリア・クララ','Santos, Maria Clara','フィリピン','タガログ語'),('レイエス・ジョシュア','Reyes, Joshua','フィリピン','タガログ語'),
           ('タパ・ビシャル','Thapa Bishal','ネパール','ネパール語'),('ホアン・ティ・トゥ','Hoàng Thị Thu','ベトナム','ベトナム語')]
TOWNS = ['花岡台一丁目','花岡台二丁目','花岡台三丁目','架空町','架空本町','小峰ヶ丘','白萩台','緑苑','中原新町']
KU = ['中央区','東区','北区']
SUBJ_J = ['国語','社会','数学','理科','英語','音楽','美術','保体','技家']

class People:
    def __init__(self, seed):
        self.r = random.Random(seed)
    def pupils(self, n, grade=3, cls=1, school=E, foreign=0, year_born=None):
        r = self.r; out = []
        yb = year_born or (2025 - 6 - grade if school == E else 2025 - 12 - grade)
        fidx = set(r.sample(range(n), foreign)) if foreign else set()
        for i in range(n):
            sex = '男' if i < n // 2 + r.randint(-1, 1) else '女'
            s = r.randrange(len(SN))
            if i in fidx:
                f = r.choice(FOREIGN)
                name, kana, orig, nat, lang = f[0], f[0], f[1], f[2], f[3]
            else:
                g = r.choice(GM if sex == '男' else GF)
                name = f'{SN[s]}　{g[0]}'; kana = f'{SK[s]}　{g[1]}'; orig = ''; nat = '日本'; lang = ''
            m = r.randint(1, 12); d = r.randint(1, 28)
            by = yb + (1 if m <= 3 else 0)
            out.append(dict(no=i + 1, name=name, kana=kana, sex=sex, orig=orig, nat=nat, lang=lang,
                            birth=f'{by}/{m:02d}/{d:02d}', grade=grade, cls=cls,
                            addr=f'熊本市{r.choice(KU)}{r.choice(TOWNS)}{r.randint(1,30)}-{r.randint(1,20)}（架空）',
                            tel=f'090-0000-{r.randint(1000,9999)}',
                            guardian=(SN[s] if not orig else name.split('・')[0]) + ('　' + r.choice(['浩二','直子','和也','恵美','雅人','由美子','健一','真理'])),
                            mail=f'{SK[s] if not orig else "family"}{r.randint(10,99)}@home.example.jp',
                            initials=(orig or kana).replace('・', ' ')[:1].upper()))
        out.sort(key=lambda p: (p['sex'] != '男', p['kana']))
        for i, p in enumerate(out): p['no'] = i + 1
        return out
    def staff(self, n):
        r = self.r; out = []
        for i in range(n):
            s = r.randrange(len(SN)); g = r.choice(GM + GF)
            out.append(dict(name=f'{SN[s]}　{g[0]}', tel=f'090-0000-{r.randint(1000,9999)}', addr=f'熊本市{r.choice(KU)}{r.choice(TOWNS)}{r.randint(1,30)}-{r.randint(1,20)}（架空）',
                            birth=f'{r.randint(1965,2000)}/{r.randint(1,12):02d}/{r.randint(1,28):02d}', role=r.choice(['教諭','教諭','教諭','講師','養護教諭','事務職員','主幹教諭','教頭']),
                            mail=f't{r.randint(100,999)}@hanaokadai.example.jp'))
        return out

def gname(p, mode='name'):
    if mode == 'num': return f'{p["grade"]}年{p["cls"]}組{p["no"]}番'
    if mode == 'init': return p['initials'] + '.' + (p['kana'].split('　')[-1][:1] if '　' in p['kana'] else '')
    if mode == 'orig' and p['orig']: return p['orig']
    return p['name']
