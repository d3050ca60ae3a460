#!/usr/bin/python3
# Generator for blind corpus scan23. All people, places, phones, mails are invented.
import os, sys, json, random, csv, io, zipfile, shutil
from email.message import EmailMessage
from email.utils import formatdate
sys.path.insert(0, os.path.dirname(__file__))
import fmt as F

BASE = os.path.join(os.path.dirname(__file__), '..')
OUT = os.path.join(BASE, 'files')
R = random.Random(2323)
LABELS = []

SUR = ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '山田', '松本', '井上', '木村', '林', '清水', '山崎', '森', '池田', '橋本', '阿部', '石川', '前田', '藤田', '岡本', '後藤', '長谷川', '村上', '近藤', '坂本', '遠山', '青木', '藤井', '西村', '福田', '太田', '三浦', '藤原', '岡田', '松田', '中川', '原田', '小野', '竹内', '金子', '和田', '中山', '石田', '上田']
GM = ['蓮', '湊', '陽翔', '樹', '悠真', '大和', '蒼', '律', '朝陽', '颯太', '悠人', '陸', '奏太', '航', '瑛太', '晴', '一翔', '壮真', '健太', '拓海']
GF = ['陽葵', '凛', '結菜', '芽依', '葵', '紬', '澪', '結愛', '杏', '心春', '美月', '莉子', 'さくら', '詩', '花音', '柚希', '彩葉', '日和', '千尋', '真央']
FOREIGN = ['グエン・ティ・ラン', 'マリア・サントス', 'リー・ハオラン', 'アナ・パウラ・シルバ', 'チャン・ミン・ドゥック', 'ラジ・クマール', 'キム・ソヨン', 'ホセ・ラミレス', 'ファティマ・アリ', 'オルガ・ペトロワ', 'SANTOS Maria', 'NGUYEN Van Nam', 'WANG Xiaoyu', 'GARCIA Lucas']
TOWNS = ['みなみ野町', '桜台', '北陵台', '川辺町', '若葉ヶ丘', '東雲', '緑ヶ丘']
STAFF = ['山下 恵美', '古川 誠', '井口 早苗', '宮本 隆', '原口 由香', '大塚 健一', '荒木 真理', '永田 浩二']

def name(sex=None):
    sex = sex or R.choice('MF')
    return R.choice(SUR) + ' ' + R.choice(GM if sex == 'M' else GF), sex

def addr():
    return f'{R.choice(TOWNS)}{R.randint(1,5)}丁目{R.randint(1,30)}-{R.randint(1,20)}（架空）'

def tel():
    return f'090-0000-{R.randint(0,9999):04d}'

def mail(n=None):
    return f'{R.choice(["hogosha","family","parent","info"])}{R.randint(10,999)}@mail{R.randint(1,9)}.example.jp'

def bday(grade, base=2026):
    y = base - 6 - grade
    return f'{y}/{R.randint(4,12) if R.random()<.75 else R.randint(1,3)}/{R.randint(1,28)}'

def pupils(n, grade=5):
    out = []
    for i in range(1, n + 1):
        nm, sx = name()
        out.append(dict(no=i, name=nm, sex='男' if sx == 'M' else '女', bday=bday(grade), addr=addr(), tel=tel(), mail=mail(), guardian=nm.split()[0] + ' ' + R.choice(['明美', '健一', '直子', '誠', '智子', '大輔', '由美', '浩'])))
    return out

def P(*parts):
    return os.path.join(OUT, *parts)

def add(path, cls, item, style, fmt, why):
    rel = os.path.relpath(path, OUT)
    LABELS.append(dict(path=rel, **{'class': cls}, item=item, style=style, format=fmt, why=why))

def wtext(path, text, enc='utf-8', bom=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        if enc == 'utf-16':
            f.write(text.encode('utf-16'))
        else:
            f.write((b'\xef\xbb\xbf' if bom else b'') + text.encode(enc))

def wcsv(path, rows, enc='utf-8', delim=',', bom=False):
    s = io.StringIO(); w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows: w.writerow(r)
    wtext(path, s.getvalue(), enc, bom)

def html_table(title, header, rows, extra=''):
    h = f'<html><head><meta charset="utf-8"><title>{F.esc(title)}</title></head><body><h2>{F.esc(title)}</h2><table border="1"><tr>' + ''.join(f'<th>{F.esc(x)}</th>' for x in header) + '</tr>'
    for r in rows:
        h += '<tr>' + ''.join(f'<td>{F.esc(x)}</td>' for x in r) + '</tr>'
    return h + '</table>' + extra + '</body></html>'

def eml(path, frm, to, subj, body, atts=()):
    m = EmailMessage()
    m['From'] = frm; m['To'] = to; m['Subject'] = subj
    m['Date'] = formatdate(1764900000 + R.randint(0, 9000000), localtime=False)
    m.set_content(body)
    for fn, data, mt in atts:
        ma, mb = mt.split('/')
        m.add_attachment(data, maintype=ma, subtype=mb, filename=fn)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'wb').write(bytes(m))

def tmpbytes(builder, ext):
    p = os.path.join('/tmp', f'scan23_tmp{R.randint(0,10**9)}.{ext}')
    builder(p)
    b = open(p, 'rb').read(); os.remove(p)
    return b

def jpg(path, img):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path, 'JPEG', quality=R.randint(70, 88))

def png(path, img):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img.save(path, 'PNG')

# ---------------------------------------------------------------- roots
G = ('SharePoint', 'minaminogakuen-staff', 'Shared Documents')           # 市立みなみ野学園（義務教育学校）
G2 = ('Teams', 'みなみ野学園 前期後期連携', '引き継ぎ', 'Files')
G3 = ('Teams', 'みなみ野学園 職員', '一般', 'Files')
B = ('SharePoint', 'kyoi-shugakusodan', 'Shared Documents')              # 教育委員会 就学相談
H = ('SharePoint', 'hokuryo-hs-shinro', 'Shared Documents')              # 市立北陵高校 進路指導部
K = ('Teams', '桜台小 給食', '委託業者連絡', 'Files')                   # 桜台小 給食
K2 = ('Teams', '桜台小 給食', '一般', 'Files')
J = ('Teams', '桜台児童館×桜台小 連携', '一般', 'Files')               # 市立桜台児童館
J2 = ('SharePoint', 'sakuradai-jidoukan', 'Shared Documents')
OD1 = ('OneDrive-山下恵美',)      # みなみ野学園 教諭
OD2 = ('OneDrive-古川誠',)        # 北陵高校 進路
OD3 = ('OneDrive-井口早苗',)      # 就学相談員
OD4 = ('OneDrive-原口由香',)      # 桜台小 栄養教諭
GD = ('GoogleDrive-export',)

SCHOOL = '市立みなみ野学園'
ALLERG = ['卵', '乳', '小麦', 'えび', 'かに', 'そば', '落花生', 'キウイ', 'ごま', 'くるみ']

def build():
    # ============ 義務教育学校 みなみ野学園 ============
    # 1 前期→後期 引き継ぎ資料 (I)
    ps = pupils(8, 6)
    rows = [['氏名', '性別', '学力面', '生活面・配慮事項', '家庭の状況', '前担任']]
    notes = ['ADHDの診断あり（R5 こども医療センター）。服薬中、午後に集中切れる', '場面緘黙。保健室登校の時期あり', '両親離婚、祖母と同居。提出物が遅れがち', '起立性調節障害で朝欠席多い', 'いじめ被害の訴え（R6.11）、加害側とは別クラス希望', '食物アレルギー（落花生）エピペン所持', '不登校傾向。適応指導教室に週2回', 'ヤングケアラーの疑い、弟の送迎をしている']
    for p, n in zip(ps, notes):
        rows.append([p['name'], p['sex'], R.choice(['算数の計算に課題', '読解力高い', '漢字の定着が弱い', '特になし']), n, R.choice(['ひとり親', '共働き', '祖父母同居', '生活保護受給']), R.choice(STAFF)])
    F.xlsx(P(*G2, '6年→7年 引き継ぎ資料（前期課程）.xlsx'), [{'name': '6年1組', 'rows': rows}], title='引き継ぎ資料')
    add(P(*G2, '6年→7年 引き継ぎ資料（前期課程）.xlsx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', '前期→後期の引き継ぎ表。診断名・家庭状況・いじめ被害など心身の状況と生活歴を氏名付きで記載')

    # 2 untitled handover
    rows = [['', '', '', '']] + [[f'6-2-{i}', p['name'], R.choice(['WISC-Ⅳ FSIQ 78', '特別支援学級 検討中', '通級（LD）利用', '家庭で虐待の疑い→児相連絡済', '特になし', '特になし'])] for i, p in enumerate(pupils(12, 6), 1)]
    F.xlsx(P(*G2, 'Book1.xlsx'), [{'name': 'Sheet1', 'rows': rows}])
    add(P(*G2, 'Book1.xlsx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'untitled-table', 'xlsx', '題名のない表。氏名と検査結果・虐待の疑い・通級など心身の状況')

    # 3 引き継ぎ docx with comment
    p = pupils(1, 6)[0]
    F.docx(P(*G2, '引き継ぎメモ_6-1.docx'), ['6年1組 引き継ぎメモ', f'{p["name"]}：友人関係は良好。学級のリーダー役。', '委員会は放送委員。', '以上'],
           comments={1: f'※本人から父親の暴力について相談あり（11/20）。SCと共有済み。7年担任に口頭で必ず伝えること。'}, creator='山下 恵美')
    add(P(*G2, '引き継ぎメモ_6-1.docx'), 'I', '教育相談・面接の記録等', 'hidden-content', 'docx', '本文は無害だがコメントに家庭内暴力の相談内容（氏名付き）')

    # 4 乗り入れ授業の時間割 (III/IV)
    hdr = ['校時', '月', '火', '水', '木', '金']
    tt = [hdr] + [[f'{k}校時'] + [R.choice(['5年 英語（7年英語科 宮本）', '6年 数学的活動（後期 原口）', '6年 理科（後期 大塚）', '学級', '']) for _ in range(5)] for k in range(1, 7)]
    F.xlsx(P(*G, '時間割', 'R8 乗り入れ授業 時間割（前期課程）.xlsx'), [{'name': '乗り入れ', 'rows': tt}])
    add(P(*G, '時間割', 'R8 乗り入れ授業 時間割（前期課程）.xlsx'), 'IV', '教育課程編成表', 'realistic-name', 'xlsx', '乗り入れ授業の時間割。教員名と学年のみで児童個人の情報なし')
    wcsv(P(*G, '時間割', '乗り入れ時間割_export.csv'), tt, enc='cp932')
    add(P(*G, '時間割', '乗り入れ時間割_export.csv'), 'IV', '教育課程編成表', 'legacy-or-encoding', 'csv (Shift_JIS)', '時間割のみ')

    # 5 異学年交流の班編成 (III names)
    rows = [['班', '9年', '7年', '5年', '3年', '1年']]
    for b in range(1, 13):
        rows.append([f'{b}班'] + [name()[0] for _ in range(5)])
    F.xlsx(P(*G, '特別活動', '異学年交流 たてわり班編成.xlsx'), [{'name': '班編成', 'rows': rows}])
    add(P(*G, '特別活動', '異学年交流 たてわり班編成.xlsx'), 'III', '委員会・係名簿', 'realistic-name', 'xlsx', '異学年交流の班編成。児童生徒の氏名のみ')
    # same with hidden sheet containing 配慮 (I)
    rows2 = [['氏名', '配慮事項']] + [[name()[0], R.choice(['てんかん発作あり、発作時は横にして時間を計る', '自閉スペクトラム症、大きな音が苦手', '1型糖尿病 補食あり', '車いす使用'])] for _ in range(6)]
    F.xlsx(P(*G, '特別活動', '異学年交流 班編成（最終）.xlsx'), [{'name': '班編成', 'rows': rows}, {'name': '配慮', 'rows': rows2, 'hidden': True}])
    add(P(*G, '特別活動', '異学年交流 班編成（最終）.xlsx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'xlsx', '表示シートは班編成（Ⅲ）だが非表示シート「配慮」に病名・障害など心身の状況')

    # 6 9年間の成長記録 (I? -> 指導要録に近い; 成績+所見) 
    p = pupils(1, 9)[0]
    paras = [f'9年間の成長記録　{p["name"]}（{p["bday"]}生）', '1年：入学当初は登校しぶりあり。', '3年：発達検査（WISC）実施、言語理解に強み。', '5年：通級指導教室（言語）終了。', '7年：学級委員。数学 評定4。', '9年：生徒会副会長。進路希望 県立高校普通科。']
    F.docx(P(*G, '成長記録', '9年間の成長記録_9年2組.docx'), paras, footer=f'{SCHOOL} 9年2組 個人記録')
    add(P(*G, '成長記録', '9年間の成長記録_9年2組.docx'), 'I', '指導要録原本', 'realistic-name', 'docx', '9年分の個人記録。発達検査・通級・評定を含む、心身の状況と成績')

    # 7 通知表所見 (II)
    rows = [['番号', '氏名', '国語', '算数', '理科', '社会', '所見']] + [[i, p['name'], R.randint(1, 3), R.randint(1, 3), R.randint(1, 3), R.randint(1, 3), '学習に意欲的に取り組みました。'] for i, p in enumerate(pupils(30, 4), 1)]
    F.xlsx(P(*OD1, '成績', '通知表入力_4年1組_2学期.xlsx'), [{'name': '入力', 'rows': rows}])
    add(P(*OD1, '成績', '通知表入力_4年1組_2学期.xlsx'), 'II', '通知表', 'realistic-name', 'xlsx', '通知表の評価と所見、氏名付き')
    # 評定一覧表 (I)
    rows = [['組', '番', '氏名', '国', '社', '数', '理', '英', '音', '美', '保体', '技家', '合計']]
    for i, p in enumerate(pupils(35, 9), 1):
        v = [R.randint(2, 5) for _ in range(9)]
        rows.append([2, i, p['name']] + v + [sum(v)])
    F.xlsx(P(*G, '後期課程', '成績', '9年 評定一覧（学年末）.xlsx'), [{'name': '9-2', 'rows': rows}])
    add(P(*G, '後期課程', '成績', '9年 評定一覧（学年末）.xlsx'), 'I', '評定一覧表', 'realistic-name', 'xlsx', '9年生の評定一覧')
    # 定期考査素点表 (II) untitled, initials
    rows = [['', '', '']] + [[f'{R.choice("ABCDEFGHKMNSTY")}.{R.choice("ABCDEFGHKMNSTY")}', R.randint(20, 100), R.randint(20, 100)] for _ in range(32)]
    F.xlsx(P(*OD1, 'Book3.xlsx'), [{'name': 'Sheet1', 'rows': rows}])
    add(P(*OD1, 'Book3.xlsx'), 'II', '定期考査素点表', 'id-by-number', 'xlsx', 'イニシャルと2回分の素点。ファイル名・表題なし')
    # 8 ODS 素点
    rows = [['7年3組 数学 前期中間 素点'], ['番', '点']] + [[i, R.randint(15, 100)] for i in range(1, 34)]
    F.ods(P(*G, '後期課程', '成績', '7-3 数学 前期中間.ods'), [{'name': 'Sheet1', 'rows': rows}])
    add(P(*G, '後期課程', '成績', '7-3 数学 前期中間.ods'), 'II', '定期考査素点表', 'id-by-number', 'ods', '出席番号と素点のみだが定期考査の素点表')

    # 9 家庭訪問記録 (II)
    ps = pupils(6, 3)
    paras = ['R8 家庭訪問記録　3年2組'] + [[['氏名', '訪問日', '保護者から', '担任メモ']] + [[p['name'], f'5/{R.randint(7,16)}', R.choice(['友達関係が心配', '家で宿題をしない', '習い事が多い', '特になし']), R.choice(['犬あり', '駐車場なし', '祖母対応'])] for p in ps]]
    F.docx(P(*G, '前期課程', '3年', '家庭訪問記録_3-2.docx'), paras)
    add(P(*G, '前期課程', '3年', '家庭訪問記録_3-2.docx'), 'II', '家庭訪問記録', 'realistic-name', 'docx', '家庭訪問の記録')
    # 家庭訪問 日程 (III? 住所 -> I)
    rows = [['日', '時刻', '氏名', '住所', '電話']] + [[f'5/{8+i//5}', f'{14+i%5}:00', p['name'], p['addr'], p['tel']] for i, p in enumerate(pupils(20, 2))]
    F.xlsx(P(*G, '前期課程', '2年', '家庭訪問 日程と地図順.xlsx'), [{'name': '日程', 'rows': rows}])
    add(P(*G, '前期課程', '2年', '家庭訪問 日程と地図順.xlsx'), 'I', '児童生徒の住所録', 'misleading-name', 'xlsx', '日程表の名だが氏名・住所・電話の一覧＝住所録')
    # 家庭訪問のお知らせ (IV)
    F.docx(P(*G, '前期課程', '家庭訪問のお知らせ（保護者配布）.docx'), ['保護者様', '家庭訪問について', '5月8日から5月16日まで家庭訪問を行います。', 'ご希望の日時を下の用紙にご記入ください。', '―――――――――― 切り取り ――――――――――', '年　組　児童名（　　　　　）　希望日（　　　）'])
    add(P(*G, '前期課程', '家庭訪問のお知らせ（保護者配布）.docx'), 'IV', '保護者等への配布文書', 'notice-about-record', 'docx', '家庭訪問の案内。記入前の申込欄のみ')

    # 10 きずなアンケート (blank IV vs filled I)
    q = ['きずなアンケート（5年）', '1 学校は楽しいですか　はい・いいえ', '2 いやなことをされていますか　はい・いいえ', '3 だれにされましたか（　　　）', '4 先生に話したいことがありますか']
    F.docx(P(*G, '生徒指導', 'きずなアンケート様式_R8.docx'), q)
    add(P(*G, '生徒指導', 'きずなアンケート様式_R8.docx'), 'IV', '記入前のアンケート', 'blank-form', 'docx', '記入前の様式')
    for k in range(3):
        p = pupils(1, 5)[0]
        img = F.paper(['5年2組 ' + f'{R.randint(1,32)}番 ' + p['name'], '1 学校は楽しいですか　いいえ', '2 いやなことをされていますか　はい', '3 だれに　' + name()[0] + 'くんたち', '4 休み時間にけられる。くつをかくされた。', '   お母さんには言わないで'], hand=True, rnd=R, title='きずなアンケート')
        fn = P(*OD1, 'カメラロール', f'IMG_{4510+k}.jpg')
        jpg(fn, F.photo(img, R))
        add(fn, 'I', 'きずなアンケート（児童生徒が記入済のもの）', 'scan-or-photo', 'jpg', '記入済のきずなアンケートを撮影。いじめ被害の訴え')
    # 心のアンケート 集計 (csv utf-16) I
    rows = [['学年', '組', '番', '氏名', 'Q1', 'Q2', '自由記述']] + [[8, 1, i, p['name'], R.choice(['はい', 'いいえ']), R.choice(['はい', 'いいえ']), R.choice(['', '', '死にたいと思うことがある', 'LINEで悪口を書かれた', '眠れない'])] for i, p in enumerate(pupils(30, 8), 1)]
    wcsv(P(*GD, 'Forms回答', '心のアンケート 8年1組（回答）.csv'), rows, enc='utf-16', delim='\t')
    add(P(*GD, 'Forms回答', '心のアンケート 8年1組（回答）.csv'), 'I', '心のアンケート（児童生徒が記入済のもの）', 'legacy-or-encoding', 'csv (UTF-16, tab)', '記入済の心のアンケートのフォーム回答')
    # 心のアンケート 集計結果 (学年の割合のみ) -> III (職員会議の資料)
    F.pptx(P(*G, '職員会議', 'R8 11月 職員会議 心のアンケート結果.pptx'), [('心のアンケート結果（全体）', ['はい 82%　いいえ 18%', '前年比 +3pt'], None), ('学年別', ['5年 79%', '6年 81%', '7年 76%'], '個人が特定できる記述は学年会で扱うこと')])
    add(P(*G, '職員会議', 'R8 11月 職員会議 心のアンケート結果.pptx'), 'III', '職員会議の資料', 'near-miss', 'pptx', '集計の割合のみで個人なし')
    # pptx with speaker notes naming a pupil (I)
    F.pptx(P(*G, '職員会議', 'R8 12月 生徒指導部会.pptx'), [('生徒指導部より', ['12月の重点：SNSトラブル防止', '長期欠席者の状況'], '8年2組 ' + name()[0] + '：11月から不登校。母親がうつ病で通院中、家事を本人が担っている。SSWが訪問予定。'), ('冬休みの生活', ['生活リズム', '事故防止'], None)])
    add(P(*G, '職員会議', 'R8 12月 生徒指導部会.pptx'), 'I', '生徒指導記録簿', 'hidden-content', 'pptx', 'スライドは一般的だが発表者ノートに生徒名と家庭状況・不登校')

    # 11 出席簿 (I) / 出席簿補助簿 (III)
    rows = [['番', '氏名'] + [str(d) for d in range(1, 21)]] + [[i, p['name']] + [R.choice(['', '', '', '欠', '遅', '早']) for _ in range(20)] for i, p in enumerate(pupils(28, 3), 1)]
    F.xlsx(P(*G, '前期課程', '3年', '出席簿 3-1 11月.xlsx'), [{'name': '11月', 'rows': rows}])
    add(P(*G, '前期課程', '3年', '出席簿 3-1 11月.xlsx'), 'I', '出席簿', 'realistic-name', 'xlsx', '出席簿（月別）')
    rows = [['番', '氏名', '月', '火', '水', '木', '金']] + [[i, p['name'], '', '', '', '', ''] for i, p in enumerate(pupils(28, 3), 1)]
    F.xlsx(P(*G, '前期課程', '3年', 'チェック表（補助簿）3-1.xlsx'), [{'name': 'Sheet1', 'rows': rows}])
    add(P(*G, '前期課程', '3年', 'チェック表（補助簿）3-1.xlsx'), 'III', '出席簿補助簿', 'realistic-name', 'xlsx', '氏名と空欄のチェック欄')
    # 座席表 (III) and seat chart with notes (I)
    rows = [[name()[0] for _ in range(6)] for _ in range(5)] + [['', '', '教卓', '', '', '']]
    F.xlsx(P(*G, '前期課程', '5年', '座席表 5-1.xlsx'), [{'name': '座席', 'rows': rows}])
    add(P(*G, '前期課程', '5年', '座席表 5-1.xlsx'), 'III', '座席表', 'realistic-name', 'xlsx', '座席表（氏名のみ）')
    rows = [[name()[0] for _ in range(6)] for _ in range(5)]
    F.xlsx(P(*G, '前期課程', '5年', '座席表 5-2（配慮）.xlsx'), [{'name': '座席', 'rows': rows, 'comments': {(0, 0): '視力0.1以下・弱視のため最前列', (2, 3): '聴覚過敏、イヤーマフ使用。ADHD', (4, 5): '母から DV避難中、所在を他保護者に伝えないこと'}}])
    add(P(*G, '前期課程', '5年', '座席表 5-2（配慮）.xlsx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'xlsx', '座席表（Ⅲ）に、セルのメモで障害・DV避難などの情報')
    # whiteboard photo of 座席 (III)
    img = F.whiteboard(['5-1 席替え', '1班 ' + ' '.join(name()[0].split()[0] for _ in range(4)), '2班 ' + ' '.join(name()[0].split()[0] for _ in range(4)), '3班 ' + ' '.join(name()[0].split()[0] for _ in range(4))], R)
    jpg(P(*OD1, 'カメラロール', 'IMG_4533.jpg'), F.photo(img, R))
    add(P(*OD1, 'カメラロール', 'IMG_4533.jpg'), 'III', '座席表', 'scan-or-photo', 'jpg', 'ホワイトボードの席替え・班（姓のみ）')
    img = F.whiteboard(['学年会メモ 11/28', '・' + name()[0] + ' 母親 精神科入院', '  → 祖母宅から登校', '・8-1 ' + name()[0] + ' 自傷あり SC面談', '・修学旅行 保険証コピー回収'], R)
    jpg(P(*OD1, 'カメラロール', 'IMG_4540.jpg'), F.photo(img, R))
    add(P(*OD1, 'カメラロール', 'IMG_4540.jpg'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'jpg', 'ホワイトボードに生徒名と家庭事情・自傷の記載')
    img = F.whiteboard(['12月 行事予定', '12/3 避難訓練', '12/10 持久走大会', '12/19 終業式', '1/8 始業式'], R)
    jpg(P(*OD1, 'カメラロール', 'IMG_4541.jpg'), F.photo(img, R))
    add(P(*OD1, 'カメラロール', 'IMG_4541.jpg'), 'IV', '学校行事実施計画（体育大会実施計画等）', 'scan-or-photo', 'jpg', '行事予定のホワイトボード。個人情報なし')

    # 12 校務支援 screenshots
    ps = pupils(14, 7)
    img = F.screen('保健 ＞ 健康診断結果一覧（7年1組）', ['番', '氏名', '身長', '体重', '視力R/L', '所見'], [[i, p['name'], f'{R.randint(140,170)}.{R.randint(0,9)}', f'{R.randint(33,65)}.{R.randint(0,9)}', R.choice(['A/A', 'B/C', 'D/D']), R.choice(['', '側弯疑い', '心雑音 要精検', ''])] for i, p in enumerate(ps, 1)], sub=f'{SCHOOL}  ログイン：山下')
    png(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-06-12 101522.png'), img)
    add(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-06-12 101522.png'), 'I', '健康診断票', 'scan-or-photo', 'png', '校務支援システムの健診結果画面のスクリーンショット')
    img = F.screen('出欠管理 ＞ 月別集計（8年2組 10月）', ['番', '氏名', '出席', '欠席', '遅刻', '理由'], [[i, p['name'], 20 - (k := R.randint(0, 6)), k, R.randint(0, 3), R.choice(['', '体調不良', '家庭の事情', '不登校'])] for i, p in enumerate(pupils(14, 8), 1)], sub=f'{SCHOOL}')
    png(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-11-02 083011.png'), img)
    add(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-11-02 083011.png'), 'I', '出席簿', 'scan-or-photo', 'png', '出欠と欠席理由の画面')
    img = F.screen('成績処理 ＞ 観点別評価入力（5年 算数）', ['番', '氏名', '知識技能', '思考判断', '主体的', '評定'], [[i, p['name'], R.choice('ABC'), R.choice('ABC'), R.choice('ABC'), R.randint(1, 3)] for i, p in enumerate(pupils(14, 5), 1)], sub=f'{SCHOOL}')
    png(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-12-15 161240.png'), img)
    add(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-12-15 161240.png'), 'II', '成績に関する個票等', 'scan-or-photo', 'png', '観点別評価の入力画面（通知表に相当する成績）')
    img = F.screen('ホーム', ['お知らせ', '掲載日', '発信者'], [['12/19 終業式の日程について', '12/10', '教務'], ['校内研修の案内', '12/08', '研究主任'], ['年末の施錠当番表', '12/05', '教頭']], sub=f'{SCHOOL}')
    png(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-12-10 075501.png'), img)
    add(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-12-10 075501.png'), 'III', '職員会議の資料', 'near-miss', 'png', '校務支援システムのホーム画面。掲示のみで個人情報なし')
    # chat screenshot
    img = F.screen('', [], [], app='Teams', chat=[('宮本 隆', '7年2組の' + name()[0] + 'さん、今朝また手首に傷がありました。保健室で手当て済'), ('山下 恵美', '了解です。母親には連絡しますか？前回は父親が激高したので慎重に'), ('原口 由香', 'SCの来校日が木曜なので、それまで様子見で。記録は残しておきます')])
    png(P(*OD1, 'スクリーンショット', 'Screenshot_20261118-123301.png'), img)
    add(P(*OD1, 'スクリーンショット', 'Screenshot_20261118-123301.png'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'png', 'チャットの画面。生徒の自傷と家庭の状況を平文で')
    img = F.screen('', [], [], app='Teams', chat=[('大塚 健一', '明日の学年集会、体育館は2校時からです'), ('荒木 真理', 'マイクの準備お願いします'), ('大塚 健一', '了解です')])
    png(P(*OD1, 'スクリーンショット', 'Screenshot_20261118-170512.png'), img)
    add(P(*OD1, 'スクリーンショット', 'Screenshot_20261118-170512.png'), 'IV', '学校行事実施計画（体育大会実施計画等）', 'near-miss', 'png', '学年集会の事務連絡のみ')

    # 13 個別の教育支援計画 / 個別指導計画 (I)
    p = pupils(1, 4)[0]
    F.docx(P(*G, '特別支援', '個別の教育支援計画_4年_' + p['name'].split()[0] + '.docx'), ['個別の教育支援計画', [['氏名', p['name'], '生年月日', p['bday']], ['障害名', '自閉スペクトラム症（診断：R3）', '手帳', '療育手帳B2'], ['保護者', p['guardian'], '連絡先', p['tel']], ['関係機関', 'みなみ野発達支援センター', '服薬', 'なし']], '本人の願い：友だちと遊びたい', '支援目標：見通しを持って活動する'])
    add(P(*G, '特別支援', '個別の教育支援計画_4年_' + p['name'].split()[0] + '.docx'), 'I', '個別の教育支援計画', 'realistic-name', 'docx', '個別の教育支援計画（障害名・手帳・連絡先）')
    F.docx(P(*G, '特別支援', '個別の教育支援計画（様式）.docx'), ['個別の教育支援計画', [['氏名', '', '生年月日', ''], ['障害名', '', '手帳', ''], ['保護者', '', '連絡先', '']], '本人の願い：', '支援目標：'])
    add(P(*G, '特別支援', '個別の教育支援計画（様式）.docx'), 'IV', '各種届雛形', 'blank-form', 'docx', '記入前の様式')
    p = pupils(1, 2)[0]
    F.odt(P(*G, '特別支援', '指導計画_2年.odt'), ['個別指導計画（2学期）', f'対象：2年3組 {p["name"]}', '実態：ひらがなの読みに困難。LDの疑いで医療機関受診予定。', '目標：特殊音節を含む語を読める', '手立て：拡大プリント、読み上げ'])
    add(P(*G, '特別支援', '指導計画_2年.odt'), 'I', '個別指導計画', 'realistic-name', 'odt', '個別指導計画')

    # 14 教務手帳 (II) photo
    img = F.paper([f'{i}. ' + name()[0] + '  ' + ' '.join(R.choice(['✓', '○', '△', '×']) for _ in range(8)) for i in range(1, 24)], hand=True, rnd=R, title='教務手帳 7-3 国語')
    jpg(P(*OD1, 'カメラロール', 'IMG_4602.jpg'), F.photo(img, R))
    add(P(*OD1, 'カメラロール', 'IMG_4602.jpg'), 'II', '教務手帳', 'scan-or-photo', 'jpg', '教務手帳（提出・評価の記号）の写真')
    # 事故報告書 (II) pdf
    p = pupils(1, 6)[0]
    F.pdf_text(P(*G, '管理職', '事故報告書_R8-07.pdf'), [['事故報告書', f'発生日時：R8.7.3 12:40 昼休み', f'場所：運動場 鉄棒付近', f'児童：6年2組 {p["name"]}', '状況：鉄棒から落下し左腕を打撲。', '対応：保健室で冷却、保護者連絡、整形外科受診（骨折なし）', '再発防止：鉄棒下のマット点検']], title='事故報告書')
    add(P(*G, '管理職', '事故報告書_R8-07.pdf'), 'II', '事故報告書、記録簿', 'realistic-name', 'pdf', '事故報告書')

    # 15 要・準要保護 (I) / 就学援助 notice (IV)
    rows = [['学年', '組', '氏名', '保護者', '区分', '認定日', '世帯人数', '所得']] + [[R.randint(1, 9), R.randint(1, 3), p['name'], p['guardian'], R.choice(['要保護', '準要保護']), '2026/5/1', R.randint(2, 6), R.randint(90, 250) * 10000] for p in pupils(15)]
    F.xlsx(P(*G, '事務室', 'R8就学援助.xlsx'), [{'name': '認定者', 'rows': rows}])
    add(P(*G, '事務室', 'R8就学援助.xlsx'), 'I', '要・準要保護児童生徒認定台帳', 'realistic-name', 'xlsx', '就学援助の認定者と所得')
    F.pdf_text(P(*G, '事務室', '就学援助制度のお知らせ（R8）.pdf'), [['保護者の皆様へ', '就学援助制度のお知らせ', '経済的な理由でお困りの方に学用品費等を援助します。', '申請書は事務室にあります。', '締切：5月15日']])
    add(P(*G, '事務室', '就学援助制度のお知らせ（R8）.pdf'), 'IV', '保護者等への配布文書', 'notice-about-record', 'pdf', '制度の案内のみ')
    # 学年費会計簿 (IV)
    rows = [['日付', '摘要', '収入', '支出', '残高'], ['4/20', '学年費徴収', 180000, '', 180000], ['5/10', 'ドリル代', '', 62000, 118000], ['6/2', '校外学習バス', '', 55000, 63000]]
    F.xlsx(P(*G, '事務室', '学年費会計簿_5年.xlsx'), [{'name': '会計簿', 'rows': rows}])
    add(P(*G, '事務室', '学年費会計簿_5年.xlsx'), 'IV', '学校徴収金会計簿（学年費等）', 'realistic-name', 'xlsx', '学年費の会計簿。個人なし')
    # 未納者一覧 hidden col -> 未納者 names + 就学援助 flag (I)
    rows = [['番', '氏名', '未納額', '備考']] + [[i, p['name'], R.choice([3000, 6000, 9000]), ''] for i, p in enumerate(pupils(6), 1)]
    for r in rows[1:]: r.append(R.choice(['準要保護（申請中）', '生活保護', '']))
    rows[0].append('援助')
    F.xlsx(P(*G, '事務室', '学年費 督促リスト.xlsx'), [{'name': 'Sheet1', 'rows': rows, 'hidden_cols': [4]}])
    add(P(*G, '事務室', '学年費 督促リスト.xlsx'), 'I', '校内就学援助関係書類', 'hidden-content', 'xlsx', '未納者一覧の非表示列に生活保護・準要保護の区分')

    # 16 職員緊急連絡網 (I), 校務分掌表 (IV), 出勤簿 (II), ID/PW (II)
    rows = [['順', '氏名', '携帯', '住所']] + [[i, s, tel(), addr()] for i, s in enumerate(STAFF, 1)]
    F.xlsx(P(*G3, '緊急連絡網 R8.xlsx'), [{'name': '連絡網', 'rows': rows}])
    add(P(*G3, '緊急連絡網 R8.xlsx'), 'I', '職員緊急連絡網', 'realistic-name', 'xlsx', '職員の携帯と住所')
    rows = [['分掌', '主', '副']] + [[k, R.choice(STAFF), R.choice(STAFF)] for k in ['教務', '生徒指導', '進路', '保健', '情報', '特別支援', '研究']]
    F.xlsx(P(*G3, 'R8 校務分掌表.xlsx'), [{'name': '分掌', 'rows': rows}])
    add(P(*G3, 'R8 校務分掌表.xlsx'), 'IV', '校務分掌表', 'realistic-name', 'xlsx', '校務分掌表')
    rows = [['日', '氏名', '出勤', '退勤', '年休']] + [[f'11/{d}', s, '7:5' + str(R.randint(0, 9)), '18:' + str(R.randint(10, 59)), ''] for d in range(1, 6) for s in STAFF[:4]]
    wcsv(P(*G3, 'kinmu_202611.csv'), rows, enc='cp932')
    add(P(*G3, 'kinmu_202611.csv'), 'II', '出勤簿', 'legacy-or-encoding', 'csv (Shift_JIS)', '職員の出退勤記録')
    rows = [['端末', '利用者', 'ID', '初期PW']] + [[f'KM-{100+i}', s, f't{R.randint(10000,99999)}', f'Mn{R.randint(1000,9999)}!'] for i, s in enumerate(STAFF)]
    F.xlsx(P(*G3, 'PC一覧.xlsx'), [{'name': '一覧', 'rows': rows}])
    add(P(*G3, 'PC一覧.xlsx'), 'II', '情報端末ログインID/PW管理台帳', 'misleading-name', 'xlsx', 'PC一覧の名だがIDと初期パスワードの台帳')
    # 教職員の人事情報 (I) in txt
    wtext(P(*G3, 'メモ', '面談.txt'), f'校長面談（人事）メモ\n{STAFF[2]}：来年度異動希望。母の介護のため実家近く（南区）。自身も適応障害で通院中、主治医から時短勤務の意見あり。\n{STAFF[5]}：管理職試験受験予定。\n')
    add(P(*G3, 'メモ', '面談.txt'), 'I', '教職員の人事情報', 'sensitive-in-plain-words', 'txt', '教職員の異動希望と通院など心身の状況')
    # 学校要覧 pdf IV, 学校だより (IV)
    F.pdf_text(P(*G, '広報', '学校要覧 R8.pdf'), [[f'{SCHOOL} 学校要覧 令和8年度', '教育目標：9年間で育む 自ら学び 共に生きる力', '児童生徒数：前期課程 412名 後期課程 236名', '所在地：みなみ野町1丁目1-1（架空）', '電話：090-0000-0001']])
    add(P(*G, '広報', '学校要覧 R8.pdf'), 'IV', '学校要覧', 'realistic-name', 'pdf', '学校要覧（公開資料）')
    F.docx(P(*G, '広報', '学年だより 7年 12月号.docx'), ['7年 学年だより 12月号', '寒さが増してきました。', '持久走大会では全員が完走しました。', '冬休みの課題：数学ワーク p.40-52'], footer=f'{SCHOOL} 7学年')
    add(P(*G, '広報', '学年だより 7年 12月号.docx'), 'IV', '学校・学年・学級だより', 'realistic-name', 'docx', '学年だより')
    # 通知表についてのお知らせ (IV)
    F.docx(P(*G, '広報', '通知表の見方について（保護者向け）.docx'), ['通知表の見方', 'みなみ野学園の通知表は前期・後期の2回お渡しします。', '観点別評価はA・B・Cの3段階です。', '所見欄では、お子さんのよさを中心にお伝えします。'])
    add(P(*G, '広報', '通知表の見方について（保護者向け）.docx'), 'IV', '保護者等への配布文書', 'notice-about-record', 'docx', '通知表の説明文書で通知表そのものではない')
    # 指導要録 作成要領 (III)
    F.pdf_text(P(*G, '教務', '指導要録 記入要領（校内研修）.pdf'), [['指導要録の記入について', '1 学籍に関する記録は転入時に更新する', '2 所見は簡潔に', '例：「〇〇に意欲的に取り組んだ」', '3 原本は金庫で保管。クラウドに置かない']])
    add(P(*G, '教務', '指導要録 記入要領（校内研修）.pdf'), 'III', '教材研究資料', 'near-miss', 'pdf', '要録の記入要領。個人の記録なし（校内研修資料）')
    # 指導要録 scanned (I) image-only pdf
    p = pupils(1, 9)[0]
    pages = [F.scan(F.paper(['学籍に関する記録', f'氏名　{p["name"]}　　性別　{p["sex"]}', f'生年月日　{p["bday"]}', f'現住所　{p["addr"]}', f'保護者　{p["guardian"]}', '入学　令和元年4月1日　第1学年', '転入学　―'], rnd=R, title='児童生徒指導要録（様式1）'), R),
             F.scan(F.paper(['総合所見', '学級委員として責任感を持って活動した。', '欠席日数 12（病気療養）'], rnd=R), R)]
    F.pdf_images(P(*G, '教務', 'scan', 'SCN_0007.pdf'), pages)
    add(P(*G, '教務', 'scan', 'SCN_0007.pdf'), 'I', '指導要録原本', 'scan-or-photo', 'pdf (image only)', '指導要録のコピー機スキャン')
    # 卒業証書授与台帳 (I) legacy .xls actually html
    rows = [[f'第{1200+i}号', p['name'], p['bday'], '2027/3/15'] for i, p in enumerate(pupils(20, 9))]
    wtext(P(*G, '教務', '旧サーバ', 'sotsugyo_daicho_H30.xls'), html_table('卒業証書授与台帳', ['番号', '氏名', '生年月日', '卒業年月日'], rows))
    add(P(*G, '教務', '旧サーバ', 'sotsugyo_daicho_H30.xls'), 'I', '卒業証書授与台帳', 'legacy-or-encoding', 'xls (actually HTML table)', '卒業証書授与台帳。拡張子xlsだが中身はHTML')
    # 転入学受付簿 (II) doc actually rtf
    rows = [f'{p["name"]}　転入日 R8.{R.randint(4,12)}.{R.randint(1,28)}　前籍校 市立{R.choice(["東","西","北"])}小学校　{R.randint(1,9)}年' for p in pupils(5)]
    F.rtf(P(*G, '教務', '旧サーバ', '転入学受付簿.doc'), ['転入学受付簿 令和8年度'] + rows)
    add(P(*G, '教務', '旧サーバ', '転入学受付簿.doc'), 'II', '転入学受付（整理）簿', 'legacy-or-encoding', 'doc (actually RTF)', '転入学受付簿。拡張子docだが中身はRTF')
    # 教科用図書給付児童生徒名簿 (II) csv sjis
    rows = [['学年', '組', '氏名', '給付']] + [[R.randint(1, 9), R.randint(1, 3), p['name'], '○'] for p in pupils(10)]
    wcsv(P(*G, '教務', '教科書給付名簿.csv'), rows, enc='cp932')
    add(P(*G, '教務', '教科書給付名簿.csv'), 'II', '教科用図書給付児童生徒名簿', 'legacy-or-encoding', 'csv (Shift_JIS)', '教科書給付名簿')
    # 名列表 (III) csv utf8 bom
    rows = [['番号', '氏名', 'ふりがな', '性別']] + [[i, p['name'], '', p['sex']] for i, p in enumerate(pupils(30, 1), 1)]
    wcsv(P(*G, '前期課程', '1年', '名列表_1-2.csv'), rows, bom=True)
    add(P(*G, '前期課程', '1年', '名列表_1-2.csv'), 'III', '名列表', 'realistic-name', 'csv (UTF-8 BOM)', '氏名と性別のみの名列表')
    # 名列表 + 生年月日 (III per 第2表 生年月日・性別)
    rows = [['番', '氏名', '性別', '生年月日']] + [[i, p['name'], p['sex'], p['bday']] for i, p in enumerate(pupils(30, 1), 1)]
    wcsv(P(*G, '前期課程', '1年', 'meibo_1-3.tsv'), rows, delim='\t')
    add(P(*G, '前期課程', '1年', 'meibo_1-3.tsv'), 'III', '生年月日、性別', 'near-miss', 'tsv (UTF-8)', '生年月日・性別は第2表でⅢ。住所・電話はない')
    # 住所録 (I) with foreign names
    rows = [['番', '氏名', '保護者', '住所', '電話', '言語']] + [[i, R.choice(FOREIGN), R.choice(FOREIGN), addr(), tel(), R.choice(['ベトナム語', 'ポルトガル語', '中国語', 'タガログ語', '英語'])] for i in range(1, 12)]
    F.xlsx(P(*G, '日本語指導', '日本語指導 対象児童生徒.xlsx'), [{'name': 'R8', 'rows': rows}])
    add(P(*G, '日本語指導', '日本語指導 対象児童生徒.xlsx'), 'I', '児童生徒の住所録', 'foreign-names', 'xlsx', '外国籍児童生徒の氏名・住所・電話')
    rows = [['児童名', '学年', '取り出し時間']] + [[R.choice(FOREIGN), R.randint(1, 6), R.choice(['火2', '木3', '金1'])] for _ in range(8)]
    F.xlsx(P(*G, '日本語指導', '取り出し授業 時間割.xlsx'), [{'name': 'Sheet1', 'rows': rows}])
    add(P(*G, '日本語指導', '取り出し授業 時間割.xlsx'), 'III', '名列表', 'foreign-names', 'xlsx', '外国名の児童と時間割のみ')
    # 部活動名簿 (III)
    rows = [['部', '学年', '氏名']] + [[R.choice(['陸上', '吹奏楽', 'サッカー', '美術']), R.randint(7, 9), name()[0]] for _ in range(30)]
    F.ods(P(*G, '後期課程', '部活動', '部活動名簿 R8.ods'), [{'name': '名簿', 'rows': rows}])
    add(P(*G, '後期課程', '部活動', '部活動名簿 R8.ods'), 'III', '部活動名簿', 'realistic-name', 'ods', '部活動名簿')
    # 部活動 連絡網 hidden sheet (I)
    rows2 = [['氏名', '保護者携帯', 'メール']] + [[name()[0], tel(), mail()] for _ in range(15)]
    F.ods(P(*G, '後期課程', '部活動', '吹奏楽部 R8.ods'), [{'name': 'パート', 'rows': [['パート', '氏名']] + [[R.choice(['Fl', 'Cl', 'Tp', 'Perc']), name()[0]] for _ in range(15)]}, {'name': '連絡先', 'rows': rows2, 'hidden': True}])
    add(P(*G, '後期課程', '部活動', '吹奏楽部 R8.ods'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'ods', '表示はパート分け（Ⅲ）、非表示シートに保護者携帯・メール')
    # 授業用教材 (III)
    F.pptx(P(*G, '教材', '6年 理科 てこのはたらき.pptx'), [('てこのはたらき', ['支点・力点・作用点', '実験：てこ実験器'], '導入で身近な道具を見せる'), ('まとめ', ['支点から遠いほど小さな力で持ち上がる'], None)])
    add(P(*G, '教材', '6年 理科 てこのはたらき.pptx'), 'III', '授業用教材', 'realistic-name', 'pptx', '授業スライド')
    F.docx(P(*G, '教材', '7年 数学 確認テスト 正負の数.docx'), ['確認テスト 正負の数', '(1) (-3)+5', '(2) 4-(-7)', '(3) (-2)×(-6)'])
    add(P(*G, '教材', '7年 数学 確認テスト 正負の数.docx'), 'III', '確認テスト', 'realistic-name', 'docx', '確認テスト問題（未記入）')
    # 答案 (II) scan pdf
    pages = [F.scan(F.paper([f'7年2組 {i+1}番 ' + name()[0], '(1) 2　○', '(2) 11　○', '(3) -12　×', '得点 72'], hand=True, rnd=R, title='第2回 定期考査 数学'), R) for i in range(3)]
    F.pdf_images(P(*G, '後期課程', '成績', 'scan', '答案返却前コピー.pdf'), pages)
    add(P(*G, '後期課程', '成績', 'scan', '答案返却前コピー.pdf'), 'II', 'テスト等の答案用紙（児童生徒が記入済のもの）', 'scan-or-photo', 'pdf (image only)', '記入済・採点済の定期考査答案')
    # 作品 (III) photo
    img = F.paper(['ぼくの夢', 'ぼくはしょうらいパン屋さんになりたいです。', 'おいしいメロンパンをつくりたいです。', '3年2組 ' + name('M')[0]], hand=True, rnd=R)
    jpg(P(*OD1, 'カメラロール', 'IMG_4650.jpg'), F.photo(img, R))
    add(P(*OD1, 'カメラロール', 'IMG_4650.jpg'), 'III', '学習記録（ワークシート・レポート・作品等）', 'scan-or-photo', 'jpg', '児童の作文（作品）')
    # 人権作文 / 人権レポート (I)
    img = F.paper(['わたしの家族', 'わたしの家はお父さんがいません。', 'お母さんは夜も仕事で、妹の世話をしています。', '前の学校で、外国人だからと言われたことがあります。', '6年1組 ' + R.choice(FOREIGN)], hand=True, rnd=R, title='人権作文')
    jpg(P(*OD1, 'カメラロール', 'IMG_4651.jpg'), F.photo(img, R))
    add(P(*OD1, 'カメラロール', 'IMG_4651.jpg'), 'I', '人権レポート', 'scan-or-photo', 'jpg', '人権作文。家庭の状況と差別体験、氏名付き')
    # 卒業アルバム (III) 写真一覧
    wtext(P(*G, '卒業', '卒アル 写真選定メモ.md'), '# 卒アル 写真選定\n- 修学旅行 p.12-13：集合写真A\n- 体育大会 p.20：リレー\n- 個人写真は業者撮影分を使用\n')
    add(P(*G, '卒業', '卒アル 写真選定メモ.md'), 'III', '卒業アルバム', 'realistic-name', 'md', '卒業アルバムの選定メモ')
    # 進級・卒業認定 (I)
    rows = [['組', '番', '氏名', '欠席日数', '評定平均', '判定', '備考']] + [[R.randint(1, 3), R.randint(1, 35), p['name'], R.randint(0, 120), round(R.uniform(1.5, 4.8), 1), R.choice(['認定', '認定', '保留']), R.choice(['', '不登校（適応指導教室）', '長期入院'])] for p in pupils(12, 9)]
    F.xlsx(P(*G, '卒業', '卒業認定会議資料.xlsx'), [{'name': '資料', 'rows': rows}])
    add(P(*G, '卒業', '卒業認定会議資料.xlsx'), 'I', '進級・卒業認定資料', 'realistic-name', 'xlsx', '卒業認定の資料')
    # 卒業式 しおり (IV)
    F.pdf_text(P(*G, '卒業', '卒業式 式次第.pdf'), [['第7回 卒業証書授与式', '1 開式の辞', '2 国歌斉唱', '3 卒業証書授与', '4 学校長式辞', '5 閉式の辞']])
    add(P(*G, '卒業', '卒業式 式次第.pdf'), 'IV', '学校行事のしおり', 'realistic-name', 'pdf', '式次第')
    # 学校経営案 (III)
    F.docx(P(*G, '管理職', 'R8 学校経営案.docx'), ['令和8年度 学校経営案', '1 学校教育目標', '2 重点：9年間の系統的な学び', '3 小中一貫の推進：乗り入れ授業の拡充', '4 働き方改革'])
    add(P(*G, '管理職', 'R8 学校経営案.docx'), 'III', '学校経営案', 'realistic-name', 'docx', '学校経営案')
    # 学校経営案 with late page having 教職員の人事 (I)
    F.docx(P(*G, '管理職', 'R8 学校経営案（校長保存用）.docx'), ['令和8年度 学校経営案', '1 学校教育目標', '2 重点', '<PAGEBREAK>', '3 組織', '<PAGEBREAK>', '<PAGEBREAK>', '【別紙 人事構想（校長のみ）】', f'{STAFF[3]} 指導力不足、保護者から苦情3件。次年度は学級担任から外す。', f'{STAFF[6]} 妊娠中（予定日R9.2）、産休代替の要求済み。'])
    add(P(*G, '管理職', 'R8 学校経営案（校長保存用）.docx'), 'I', '教職員の人事情報', 'late-page', 'docx', '後ろのページ（別紙）に教職員の人事評価・妊娠の情報')
    # 職員会議 資料 zip with members (container)
    zpath = P(*G, '職員会議', '20261203_職員会議資料.zip')
    os.makedirs(os.path.dirname(zpath), exist_ok=True)
    with zipfile.ZipFile(zpath, 'w') as z:
        z.writestr('01_行事予定.txt', '12月行事予定\n12/3 避難訓練\n12/10 持久走大会\n')
        z.writestr('02_生徒指導/長欠者一覧.csv', '\ufeff学年,組,氏名,欠席日数,理由\n' + ''.join(f'{R.randint(5,9)},{R.randint(1,3)},{name()[0]},{R.randint(30,90)},{R.choice(["起立性調節障害","家庭の事情","不安障害","不明"])}\n' for _ in range(6)))
        z.writestr('03_研修案内.txt', '校内研修 12/17 15:30 図書室\n')
    add(zpath, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'container', 'zip', 'zip内の長欠者一覧に氏名と欠席理由（病名）')
    zpath = P(*G, '職員会議', '20261105_職員会議資料.zip')
    with zipfile.ZipFile(zpath, 'w') as z:
        z.writestr('01_行事予定.txt', '11月行事予定\n11/3 文化の日\n11/20 授業参観\n')
        z.writestr('02_研修.txt', 'ICT研修 11/12\n')
    add(zpath, 'III', '職員会議の資料', 'container', 'zip', '職員会議の資料（行事・研修のみ）')

    # 体温チェック表 (II) photo
    img = F.paper([], table=[['日付', '氏名', '体温', '症状']] + [[f'11/{d}', name()[0], f'36.{R.randint(1,9)}', R.choice(['なし', 'なし', '咳'])] for d in range(1, 15)], hand=True, rnd=R, title='健康観察・体温チェック表（修学旅行）')
    jpg(P(*OD1, 'カメラロール', 'IMG_4701.jpg'), F.photo(img, R))
    add(P(*OD1, 'カメラロール', 'IMG_4701.jpg'), 'II', '体温チェック表', 'scan-or-photo', 'jpg', '修学旅行の体温チェック表の写真')
    # 健康診断票 (I) / 歯の検査表 (I) / 学校生活管理指導表 (I)
    rows = [['番', '氏名', 'う歯', '処置歯', '歯肉', '要受診']] + [[i, p['name'], R.randint(0, 4), R.randint(0, 3), R.choice(['0', '1', '2']), R.choice(['', '○'])] for i, p in enumerate(pupils(30, 2), 1)]
    F.xlsx(P(*G, '保健', '歯科検診結果 2年.xlsx'), [{'name': '2-1', 'rows': rows}])
    add(P(*G, '保健', '歯科検診結果 2年.xlsx'), 'I', '歯の検査表', 'realistic-name', 'xlsx', '歯科検診の個人結果')
    p = pupils(1, 4)[0]
    pages = [F.scan(F.paper([f'氏名 {p["name"]}  {p["sex"]}  {p["bday"]}', '診断名：気管支ぜん息', '運動強度：中等度の運動まで可（C）', '緊急時：発作時は吸入薬使用', '医療機関：みなみ野こどもクリニック（架空）', '医師名：北村 修'], rnd=R, title='学校生活管理指導表（アレルギー疾患用）'), R)]
    F.pdf_images(P(*G, '保健', 'scan', 'SCN_0031.pdf'), pages)
    add(P(*G, '保健', 'scan', 'SCN_0031.pdf'), 'I', '学校生活管理指導表', 'scan-or-photo', 'pdf (image only)', '学校生活管理指導表のスキャン')
    F.docx(P(*G, '保健', '保健室来室記録.docx'), ['保健室来室記録（11月）', [['日', '学年組', '氏名', '症状', '処置']] + [[f'11/{R.randint(1,28)}', f'{R.randint(1,9)}-{R.randint(1,3)}', name()[0], R.choice(['腹痛', '頭痛', '過呼吸', 'リストカット痕', '擦り傷']), R.choice(['休養', '早退', '保護者連絡'])] for _ in range(12)]])
    add(P(*G, '保健', '保健室来室記録.docx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'docx', '保健室来室者の氏名と症状')
    F.pdf_text(P(*G, '保健', 'ほけんだより 11月.pdf'), [['ほけんだより 11月号', 'インフルエンザが流行し始めました。', '手洗い・うがいをしましょう。', '学級閉鎖の基準について']])
    add(P(*G, '保健', 'ほけんだより 11月.pdf'), 'IV', '学校・学年・学級だより', 'realistic-name', 'pdf', 'ほけんだより')
    # 健康診断 日程 (IV)
    F.xlsx(P(*G, '保健', '健康診断 日程 R8.xlsx'), [{'name': '日程', 'rows': [['日', '項目', '対象'], ['4/15', '内科検診', '1-3年'], ['4/22', '歯科検診', '全学年'], ['5/7', '心電図', '1・7年']]}])
    add(P(*G, '保健', '健康診断 日程 R8.xlsx'), 'IV', '学校行事実施計画（体育大会実施計画等）', 'near-miss', 'xlsx', '健診の日程のみ。個人の結果なし')

    # 進路希望調査 (II) in 後期
    rows = [['番', '氏名', '第1希望', '第2希望', '三者面談メモ']] + [[i, p['name'], R.choice(['県立北高 普通', '市立北陵高 商業', '高専', '私立 南陵']), R.choice(['市立北陵高 普通', '就職', '未定']), ''] for i, p in enumerate(pupils(30, 9), 1)]
    F.xlsx(P(*G, '後期課程', '進路', '9年 進路希望調査 第2回.xlsx'), [{'name': '9-1', 'rows': rows}])
    add(P(*G, '後期課程', '進路', '9年 進路希望調査 第2回.xlsx'), 'II', '進路希望調査', 'realistic-name', 'xlsx', '進路希望調査の集約')
    F.docx(P(*G, '後期課程', '進路', '進路希望調査票（様式）.docx'), ['進路希望調査票', '9年　組　番　氏名（　　　　）', '第1希望（　　　　　）', '第2希望（　　　　　）', '保護者署名（　　　）'])
    add(P(*G, '後期課程', '進路', '進路希望調査票（様式）.docx'), 'IV', '記入前のアンケート', 'blank-form', 'docx', '記入前の様式')
    img = F.paper(['9年3組 ' + str(R.randint(1, 30)) + '番', '氏名 ' + name()[0], '第1希望 市立北陵高校 普通科', '第2希望 私立南陵高校', '保護者 ' + name()[0]], hand=True, rnd=R, title='進路希望調査票')
    jpg(P(*OD1, 'カメラロール', 'IMG_4720.jpg'), F.photo(img, R))
    add(P(*OD1, 'カメラロール', 'IMG_4720.jpg'), 'II', '進路希望調査', 'filled-form', 'jpg', '記入済の進路希望調査票の写真')
    # 公立高校入試 成績一覧表 (I)
    rows = [['受験番号', '氏名', '志望校', '内申点', '5教科']] + [[f'2{R.randint(1000,9999)}', p['name'], R.choice(['北高', '北陵', '東高']), R.randint(20, 45), R.randint(150, 480)] for p in pupils(25, 9)]
    F.xlsx(P(*G, '後期課程', '進路', '公立高校 成績一覧表（提出用）.xlsx'), [{'name': '一覧', 'rows': rows}])
    add(P(*G, '後期課程', '進路', '公立高校 成績一覧表（提出用）.xlsx'), 'I', '公立高校入学者選抜に係る成績一覧表', 'realistic-name', 'xlsx', '公立高校入試の成績一覧表')
    # 卒業生進路先一覧 (II)
    rows = [['氏名', '進路先']] + [[p['name'], R.choice(['北高', '北陵高', '高専', '就職（みなみ野製作所）'])] for p in pupils(20, 9)]
    wcsv(P(*G, '後期課程', '進路', 'R7卒業生 進路先.csv'), rows)
    add(P(*G, '後期課程', '進路', 'R7卒業生 進路先.csv'), 'II', '卒業生進路先一覧等', 'realistic-name', 'csv (UTF-8)', '卒業生の進路先一覧')
    # 進路先 統計 (IV)
    wcsv(P(*G, '後期課程', '進路', 'R7 進路状況（学校HP掲載用）.csv'), [['区分', '人数'], ['公立高校', 58], ['私立高校', 21], ['高専', 3], ['就職', 1]])
    add(P(*G, '後期課程', '進路', 'R7 進路状況（学校HP掲載用）.csv'), 'IV', '学校紹介パンフレット', 'near-miss', 'csv (UTF-8)', '進路状況の人数のみ。個人なし')

    # ============ 教育委員会 就学相談 ============
    for k in range(4):
        p = pupils(1, 0)[0]
        nm = p['name']
        paras = ['就学相談記録', [['受付番号', f'R8-{k+12:03d}', '相談日', f'R8.{R.randint(6,10)}.{R.randint(1,28)}'], ['幼児氏名', nm, '生年月日', bday(-1)], ['保護者', p['guardian'], '電話', p['tel']], ['在籍園', R.choice(['みなみ野こども園', '桜台保育園', '川辺幼稚園']), '相談員', '井口 早苗']],
                 '主訴：' + R.choice(['言葉の遅れ。2語文程度。', '多動、集団行動が難しい。', '肢体不自由（脳性まひ）。歩行器使用。', '医療的ケア（経管栄養）あり。']),
                 '面談：母親は通常学級を希望。父親は支援学級でもよいとの考え。', '今後：発達検査を実施し、支援委員会へ。']
        fn = P(*B, '相談記録', f'R8-{k+12:03d}_相談記録.docx')
        F.docx(fn, paras, footer='就学相談 取扱注意')
        add(fn, 'I', '教育相談・面接の記録等', 'realistic-name', 'docx', '就学相談の記録（幼児の障害・家庭の意向）')
    # 発達検査結果 (I) pdf text
    p = pupils(1, 0)[0]
    F.pdf_text(P(*B, '検査結果', 'K式_R8-013.pdf'), [['新版K式発達検査 結果報告', f'氏名：{p["name"]}  生年月日：{bday(-1)}', '実施日：R8.8.20  検査者：井口', '姿勢・運動 DQ 92', '認知・適応 DQ 71', '言語・社会 DQ 64', '全領域 DQ 72', '所見：言語面の遅れが顕著。視覚優位。']], title='検査結果')
    add(P(*B, '検査結果', 'K式_R8-013.pdf'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'pdf', '発達検査の結果（DQ値と所見）')
    p = pupils(1, 0)[0]
    rows = [['指標', '合成得点', 'パーセンタイル'], ['FSIQ', 74, 4], ['VCI', 70, 2], ['PRI', 88, 21], ['WMI', 76, 5], ['PSI', 82, 12]]
    F.xlsx(P(*B, '検査結果', 'Book2.xlsx'), [{'name': 'Sheet1', 'rows': [[p['name'] + '（年長）']] + rows}])
    add(P(*B, '検査結果', 'Book2.xlsx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'untitled-table', 'xlsx', '題なしの表。氏名とWISCの得点')
    rows = [['No', '年齢', 'FSIQ', 'VCI', 'PRI']] + [[i, '6:0', R.randint(60, 110), R.randint(60, 110), R.randint(60, 110)] for i in range(1, 20)]
    F.xlsx(P(*B, '検査結果', '検査 得点分布（匿名・研修用）.xlsx'), [{'name': 'Sheet1', 'rows': rows}])
    add(P(*B, '検査結果', '検査 得点分布（匿名・研修用）.xlsx'), 'III', '教材研究資料', 'near-miss', 'xlsx', '通し番号のみの匿名化データ。個人を特定できない研修資料')
    # 面談メモ (plain words) txt
    p = pupils(1, 0)[0]
    wtext(P(*OD3, 'メモ', '1015.txt'), f'10/15 {p["guardian"].split()[0]}さん（母）来庁\n子どもは夜中に何度も起きる、パニックになると壁に頭を打ちつける。\n父は単身赴任、母は一人で抱え込んでいる。涙ぐむ場面あり。\n園では加配の先生がついている。次回は園訪問。\n', enc='cp932')
    add(P(*OD3, 'メモ', '1015.txt'), 'I', '教育相談・面接の記録等', 'sensitive-in-plain-words', 'txt (Shift_JIS)', '表題のない面談メモ。子どもの状態と家庭状況を平文で')
    # 就学支援委員会資料 (I) pptx
    slides = [('R8 第2回 就学支援委員会', ['審議件数 14件', '日時 R8.11.12'], None)]
    for _ in range(3):
        p = pupils(1, 0)[0]
        slides.append((f'事例：{p["name"]}（{R.choice(["みなみ野こども園", "桜台保育園"])}）', ['診断：' + R.choice(['自閉スペクトラム症', 'ダウン症', '知的障害（中度）']), 'K式 DQ ' + str(R.randint(40, 75)), '保護者意向：' + R.choice(['通常学級', '支援学級', '特別支援学校'])], '母親は判定に不満。再相談の可能性あり'))
    F.pptx(P(*B, '支援委員会', 'R8 第2回 就学支援委員会 資料.pptx'), slides)
    add(P(*B, '支援委員会', 'R8 第2回 就学支援委員会 資料.pptx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'pptx', '就学支援委員会の事例資料（診断名・検査結果）')
    F.pptx(P(*B, '支援委員会', '就学支援委員会の流れ（保護者説明会）.pptx'), [('就学相談の流れ', ['1 相談申込', '2 面談・検査', '3 委員会', '4 結果通知'], '質問が多いのは時期。10月までに申込を'), ('ご相談窓口', ['教育委員会 就学相談係', '電話 090-0000-0200'], None)])
    add(P(*B, '支援委員会', '就学支援委員会の流れ（保護者説明会）.pptx'), 'IV', '保護者等への配布文書', 'notice-about-record', 'pptx', '制度の説明資料。個人の事例なし')
    # 医療機関の意見書 (I) image-only pdf
    p = pupils(1, 0)[0]
    pages = [F.scan(F.paper([f'患者氏名 {p["name"]} 殿  {bday(-1)}生', '診断名：自閉スペクトラム症、注意欠如多動症', '所見：集団場面での過度の刺激に対し不安が強い。', '就学先については少人数での支援が望ましい。', '処方：なし', '令和8年9月2日', 'みなみ野こころのクリニック（架空） 医師 北村 修'], rnd=R, title='意見書'), R)]
    F.pdf_images(P(*B, '相談記録', '医療意見書', 'doc20261002.pdf'), pages)
    add(P(*B, '相談記録', '医療意見書', 'doc20261002.pdf'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'pdf (image only)', '医療機関の意見書スキャン（診断名）')
    # eml with attachment: from 園 to 相談員 (I)
    p = pupils(1, 0)[0]
    att = tmpbytes(lambda fp: F.docx(fp, ['園での様子', f'{p["name"]}（年長）', '午睡時にパニック。友だちを噛むことあり。', '加配職員が1対1で対応。']), 'docx')
    eml(P(*OD3, 'メール', 'RE_園での様子について.eml'), 'sakuradai-hoikuen@hoiku.example.jp', 'iguchi@kyoi.example.jp', 'RE: 園での様子について', 'いつもお世話になっております。\nご依頼の資料を添付します。\n桜台保育園 主任', [('園での様子.docx', att, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')])
    add(P(*OD3, 'メール', 'RE_園での様子について.eml'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'container', 'eml', '本文は無害、添付docxに幼児の行動と心身の状況')
    eml(P(*OD3, 'メール', '会議室の予約.eml'), 'soumu@kyoi.example.jp', 'iguchi@kyoi.example.jp', '会議室の予約について', '11/12の支援委員会は第3会議室を確保しました。\nプロジェクタは各自お持ちください。')
    add(P(*OD3, 'メール', '会議室の予約.eml'), 'IV', '保護者等への配布文書', 'near-miss', 'eml', '会議室予約の連絡のみ')
    # 相談件数 統計 (III)
    wcsv(P(*B, '統計', 'R8 就学相談件数.csv'), [['月', '件数', '新規'], ['4月', 12, 8], ['5月', 18, 11], ['6月', 25, 14]])
    add(P(*B, '統計', 'R8 就学相談件数.csv'), 'III', '職員会議の資料', 'near-miss', 'csv (UTF-8)', '件数の集計のみ')
    # 相談受付一覧 untitled (I) html export
    rows = [[f'R8-{i:03d}', name()[0], bday(-1), R.choice(['言葉', '行動', '身体', '医療的ケア']), tel()] for i in range(1, 16)]
    wtext(P(*B, '相談記録', 'export_20261101.html'), html_table('', ['No', '氏名', '生年月日', '主訴', '連絡先'], rows))
    add(P(*B, '相談記録', 'export_20261101.html'), 'I', '教育相談・面接の記録等', 'untitled-table', 'html', 'Webシステムの書き出し。幼児氏名・主訴・電話')
    # 就学時健康診断票 (I)
    p = pupils(1, 0)[0]
    img = F.paper([], table=[['氏名', p['name']], ['生年月日', bday(-1)], ['視力', 'R0.6 L0.5'], ['聴力', '異常なし'], ['歯', 'う歯 3'], ['知能', '要観察'], ['備考', '心疾患術後']], hand=True, rnd=R, title='就学時健康診断票')
    jpg(P(*OD3, '写真', 'IMG_2210.jpg'), F.photo(img, R))
    add(P(*OD3, '写真', 'IMG_2210.jpg'), 'I', '就学時健康診断票', 'scan-or-photo', 'jpg', '就学時健康診断票の写真')
    F.docx(P(*B, '様式', '就学相談申込書（様式）.docx'), ['就学相談申込書', [['幼児氏名', ''], ['生年月日', ''], ['保護者', ''], ['住所', ''], ['電話', ''], ['相談内容', '']]])
    add(P(*B, '様式', '就学相談申込書（様式）.docx'), 'IV', '各種届雛形', 'blank-form', 'docx', '記入前の様式')
    p = pupils(1, 0)[0]
    img = F.paper([], table=[['幼児氏名', p['name']], ['生年月日', bday(-1)], ['保護者', p['guardian']], ['住所', p['addr']], ['電話', p['tel']], ['相談内容', 'ことばがおそい']], hand=True, rnd=R, title='就学相談申込書')
    F.pdf_images(P(*B, '相談記録', '申込書', 'scan_1107_001.pdf'), [F.scan(img, R)])
    add(P(*B, '相談記録', '申込書', 'scan_1107_001.pdf'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'filled-form', 'pdf (image only)', '記入済の申込書スキャン。住所・電話・相談内容')

    # ============ 市立北陵高校 進路指導 ============
    for k in range(3):
        p = pupils(1, 12)[0]
        fn = P(*H, '調査書', f'調査書_3-{k+1}_{p["name"].replace(" ", "")}.pdf')
        F.pdf_text(fn, [['調査書', f'氏名 {p["name"]}  性別 {p["sex"]}  生年月日 {bday(11)}', f'現住所 {p["addr"]}', '各教科・科目の学習の記録', '国語 5 4 5 / 数学 4 4 3 / 英語 5 5 5', '評定平均値 4.3  学習成績概評 A', '出欠の記録：欠席 1年3 2年0 3年1', '特別活動：生徒会書記']], title='調査書')
        add(fn, 'I', '調査書', 'realistic-name', 'pdf', '調査書（評定・住所）')
    p = pupils(1, 12)[0]
    F.docx(P(*H, '推薦書', '推薦書_' + p['name'].split()[0] + '.docx'), ['推薦書', f'本校第3学年 {p["name"]} を貴学 学校推薦型選抜に推薦します。', '人物：誠実で責任感が強い。', '学業：評定平均値 4.6', '課外：ボランティア部部長'], comments={2: '本人は中学時代に不登校歴あり（2年間）。書かない方針で。'})
    add(P(*H, '推薦書', '推薦書_' + p['name'].split()[0] + '.docx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'docx', '推薦書（評定平均＝成績の個票、Ⅱ相当）＋コメントに不登校歴（生活歴、Ⅰ）→Ⅰ')
    rows = [['クラス', '番号', '氏名', '国語', '数学', '英語', '合計', '偏差値', '志望校判定']] + [[f'3-{R.randint(1,5)}', R.randint(1, 40), p['name'], R.randint(40, 190), R.randint(40, 190), R.randint(40, 190), 0, round(R.uniform(38, 70), 1), R.choice('ABCDE')] for p in pupils(40, 12)]
    for r in rows[1:]: r[6] = r[3] + r[4] + r[5]
    F.xlsx(P(*H, '模試', '第2回 進研模試 成績一覧.xlsx'), [{'name': '一覧', 'rows': rows}])
    add(P(*H, '模試', '第2回 進研模試 成績一覧.xlsx'), 'II', '成績に関する個票等', 'realistic-name', 'xlsx', '模試の個人成績一覧')
    rows = [['学籍番号', '国語', '数学', '英語', '偏差値']] + [[f'2024{R.randint(1000,9999)}', R.randint(40, 190), R.randint(40, 190), R.randint(40, 190), round(R.uniform(38, 70), 1)] for _ in range(40)]
    wcsv(P(*H, '模試', 'moshi_export_0930.csv'), rows, enc='cp932')
    add(P(*H, '模試', 'moshi_export_0930.csv'), 'II', '成績に関する個票等', 'id-by-number', 'csv (Shift_JIS)', '学籍番号と模試成績（氏名なしだが番号で個人が特定される）')
    F.pdf_text(P(*H, '模試', '模試 学年平均の推移.pdf'), [['学年平均（偏差値）の推移', '第1回 52.1', '第2回 52.8', '第3回 53.4', '校内研修資料']])
    add(P(*H, '模試', '模試 学年平均の推移.pdf'), 'III', '教材研究資料', 'near-miss', 'pdf', '学年平均のみ')
    # 面接練習の記録 (I)
    rows = [['日', '氏名', '志望先', '評価', 'コメント']] + [[f'9/{R.randint(1,30)}', p['name'], R.choice(['看護専門', '市役所', '○○大 教育']), R.choice('ABC'), R.choice(['声が小さい', '志望動機が弱い', '家庭の事情（母子家庭）で奨学金必須、質問想定', '吃音あり、ゆっくりでよいと伝える'])] for p in pupils(12, 12)]
    F.xlsx(P(*H, '面接練習', '面接練習 記録.xlsx'), [{'name': '記録', 'rows': rows}])
    add(P(*H, '面接練習', '面接練習 記録.xlsx'), 'I', '教育相談・面接の記録等', 'realistic-name', 'xlsx', '面接練習の記録。家庭事情や吃音など心身の状況も')
    F.docx(P(*H, '面接練習', '面接 想定質問集.docx'), ['面接 想定質問', '1 志望動機を述べてください', '2 高校生活で力を入れたこと', '3 長所と短所'])
    add(P(*H, '面接練習', '面接 想定質問集.docx'), 'III', '授業用教材', 'near-miss', 'docx', '想定質問のみ')
    # 求人票 (IV) pdf
    F.pdf_text(P(*H, '求人', '求人票_みなみ野製作所.pdf'), [['高卒求人票', '事業所名：株式会社みなみ野製作所（架空）', '職種：製造オペレーター', '基本給：185,000円', '採用人数：2名', '連絡先：090-0000-0300 担当 人事課']])
    add(P(*H, '求人', '求人票_みなみ野製作所.pdf'), 'IV', '学校紹介パンフレット', 'near-miss', 'pdf', '企業の求人票。生徒個人の情報なし')
    # 求人 応募者一覧 (II) - 進路関係 
    rows = [['企業', '応募者', '選考日', '結果']] + [[R.choice(['みなみ野製作所', '北陵運輸', '桜台ホテル']), name()[0], '9/16', R.choice(['内定', '不採用', ''])] for _ in range(10)]
    F.xlsx(P(*H, '求人', '就職 応募状況.xlsx'), [{'name': 'R8', 'rows': rows}])
    add(P(*H, '求人', '就職 応募状況.xlsx'), 'II', '卒業生進路先一覧等', 'realistic-name', 'xlsx', '生徒の就職応募先と結果')
    # 大学とのやりとり eml (I: 調査書 attached)
    p = pupils(1, 12)[0]
    att = tmpbytes(lambda fp: F.pdf_text(fp, [['調査書（写）', f'氏名 {p["name"]}', '評定平均値 4.1', '欠席 12日（病気：起立性調節障害）']]), 'pdf')
    eml(P(*OD2, 'Outlook', '出願書類の件（○○大学入試課）.eml'), 'furukawa@hokuryo.example.jp', 'nyushi@univ.example.jp', '出願書類の件', '○○大学 入試課 御中\n本校生徒の調査書（写）をお送りします。原本は簡易書留にて送付済みです。\n北陵高校 進路指導部 古川', [('chosasho.pdf', att, 'application/pdf')])
    add(P(*OD2, 'Outlook', '出願書類の件（○○大学入試課）.eml'), 'I', '調査書', 'container', 'eml', '添付PDFが調査書（評定と病名）')
    eml(P(*OD2, 'Outlook', 'オープンキャンパスのご案内.eml'), 'koho@univ.example.jp', 'furukawa@hokuryo.example.jp', 'オープンキャンパスのご案内', '高等学校 進路指導ご担当者様\n8月3日にオープンキャンパスを開催します。生徒の皆様へのご周知をお願いします。')
    add(P(*OD2, 'Outlook', 'オープンキャンパスのご案内.eml'), 'IV', '保護者等への配布文書', 'near-miss', 'eml', '大学からの案内。個人情報なし')
    eml(P(*OD2, 'Outlook', 'RE_ 指定校推薦の件.eml'), 'nyushi@univ.example.jp', 'furukawa@hokuryo.example.jp', 'RE: 指定校推薦の件', f'古川先生\nご連絡ありがとうございます。\n3年2組 {name()[0]}さんの件、評定平均4.0の基準を満たしていないため、今回は推薦枠の対象外となります。\nなお、昨年ご相談いただいた件（うつ症状による休学歴）は、出願上問題ありません。')
    add(P(*OD2, 'Outlook', 'RE_ 指定校推薦の件.eml'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'eml', 'メール本文に生徒名・評定・うつ症状による休学歴')
    # 進路 面談 手書き photo
    img = F.paper(['3-4 ' + name()[0] + '  三者面談', '母：学費は出せない、就職してほしい', '本人：看護師志望、奨学金希望', '父 失業中', '→ 奨学金の説明 来週'], hand=True, rnd=R)
    jpg(P(*OD2, 'Pictures', 'IMG_0931.jpg'), F.photo(img, R))
    add(P(*OD2, 'Pictures', 'IMG_0931.jpg'), 'I', '教育相談・面接の記録等', 'scan-or-photo', 'jpg', '三者面談の手書きメモ。家庭の経済状況')
    # 調査書 発行 依頼簿 (II)
    rows = [['受付', 'クラス', '氏名', '提出先', '通数']] + [[f'10/{R.randint(1,31)}', f'3-{R.randint(1,5)}', name()[0], R.choice(['A大', 'B短大', 'C専門']), R.randint(1, 3)] for _ in range(15)]
    F.xlsx(P(*H, '調査書', '調査書発行台帳.xlsx'), [{'name': '台帳', 'rows': rows}])
    add(P(*H, '調査書', '調査書発行台帳.xlsx'), 'II', '進路希望調査', 'realistic-name', 'xlsx', '調査書の発行依頼簿（氏名と出願先）。進路関係')
    # 調査書 作成マニュアル (III)
    F.docx(P(*H, '調査書', '調査書作成の手引き R8.docx'), ['調査書作成の手引き', '1 評定平均値は小数第2位を四捨五入', '2 所見は400字以内', '3 校長印の押印は教頭が確認'])
    add(P(*H, '調査書', '調査書作成の手引き R8.docx'), 'III', '教材研究資料', 'notice-about-record', 'docx', '調査書の作り方。個人の記録なし')
    # 入学者選抜 願書 (I) scan
    p = pupils(1, 9)[0]
    img = F.paper([], table=[['志願者氏名', p['name']], ['生年月日', p['bday']], ['現住所', p['addr']], ['保護者', p['guardian']], ['電話', p['tel']], ['出身中学', 'みなみ野学園']], hand=True, rnd=R, title='入学願書（市立北陵高校）')
    F.pdf_images(P(*H, '入試', 'scan', 'gansho_0112.pdf'), [F.scan(img, R)])
    add(P(*H, '入試', 'scan', 'gansho_0112.pdf'), 'I', '入学者選抜に関する表簿（願書等）', 'scan-or-photo', 'pdf (image only)', '記入済の入学願書')
    F.docx(P(*H, '入試', 'R9 入試問題 数学（案）.docx'), ['令和9年度 入学者選抜 学力検査問題 数学（案）', '1 次の計算をしなさい', '(1) 3x+2x', '取扱注意：検査日まで'])
    add(P(*H, '入試', 'R9 入試問題 数学（案）.docx'), 'II', '入学者選抜問題', 'realistic-name', 'docx', '実施前の入試問題')
    F.pdf_text(P(*H, '入試', 'R6 入試問題 数学（公開済）.pdf'), [['令和6年度 学力検査問題 数学', '1 次の計算をしなさい', '(1) 5a-2a']])
    add(P(*H, '入試', 'R6 入試問題 数学（公開済）.pdf'), 'III', '過去のテスト問題', 'near-miss', 'pdf', '過去の入試問題（公開済）')
    # 進路だより (IV)
    F.pdf_text(P(*H, '広報', '進路だより 第5号.pdf'), [['進路だより 第5号', '3年生の皆さん、出願書類の締切に注意！', '調査書の発行には1週間かかります。', '面接練習の申込は進路室へ']])
    add(P(*H, '広報', '進路だより 第5号.pdf'), 'IV', '学校・学年・学級だより', 'notice-about-record', 'pdf', '調査書に言及するが配布文書')
    # GoogleDrive 模試 export (id-by-number) tsv
    rows = [['出席番号', '英語', '国語', '判定']] + [[f'3{R.randint(1,5)}{i:02d}', R.randint(30, 100), R.randint(30, 100), R.choice('ABCD')] for i in range(1, 35)]
    wcsv(P(*GD, '進路', '共通テストリサーチ 3年.tsv'), rows, delim='\t')
    add(P(*GD, '進路', '共通テストリサーチ 3年.tsv'), 'II', '成績に関する個票等', 'id-by-number', 'tsv (UTF-8)', '組・番の番号と得点・判定')
    # ODT 進路面談記録 (I)
    p = pupils(1, 12)[0]
    F.odt(P(*OD2, 'Documents', 'note_1120.odt'), ['11/20', f'{p["name"]}（3-2）来室。', '父親の会社が倒産し、私大進学は難しいと。泣いていた。', '給付型奨学金と公立看護学校を紹介。', '担任と共有'])
    add(P(*OD2, 'Documents', 'note_1120.odt'), 'I', '教育相談・面接の記録等', 'sensitive-in-plain-words', 'odt', '題のない相談メモ。家庭の経済状況')

    # ============ 桜台小 給食（委託業者） ============
    rows = [['学年', '組', '氏名', '原因食物', '症状', 'エピペン', '対応']] + [[R.randint(1, 6), R.randint(1, 3), p['name'], '、'.join(R.sample(ALLERG, R.randint(1, 2))), R.choice(['じんましん', 'アナフィラキシー既往', '口腔違和感']), R.choice(['有', '無']), R.choice(['除去食', '弁当持参', '代替食'])] for p in pupils(14)]
    F.xlsx(P(*K2, 'R8 食物アレルギー対応一覧.xlsx'), [{'name': '一覧', 'rows': rows}])
    add(P(*K2, 'R8 食物アレルギー対応一覧.xlsx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', '児童の氏名と食物アレルギー・既往（心身の状況）。給食関係書類（Ⅱ）より上位')
    rows = [['', '', '', '']] + [[f'{R.randint(1,6)}-{R.randint(1,3)}-{R.randint(1,30)}', R.choice(ALLERG), R.choice(['除去', '代替']), R.choice(['', 'エピペン'])] for _ in range(16)]
    F.xlsx(P(*K, '除去食', 'Book4.xlsx'), [{'name': 'Sheet1', 'rows': rows}])
    add(P(*K, '除去食', 'Book4.xlsx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'id-by-number', 'xlsx', '年・組・番とアレルゲン。個人を特定できるアレルギー情報')
    for k, d in enumerate(['1105', '1112', '1119']):
        rows = [['月日', '献立', '対象（年組番）', '除去する食品', '代替', '確認者']] + [[f'{d[:2]}/{d[2:]}', R.choice(['親子丼', 'クリームシチュー', 'かき揚げうどん']), f'{R.randint(1,6)}-{R.randint(1,3)}-{R.randint(1,30)}', R.choice(ALLERG), R.choice(['なし', '米粉パン', '豆乳']), ''] for _ in range(5)]
        fn = P(*K, '除去食', f'除去食指示書_{d}.xlsx')
        F.xlsx(fn, [{'name': '指示書', 'rows': rows}])
        add(fn, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'id-by-number', 'xlsx', '除去食の指示書。年組番でアレルギー児を特定')
    F.xlsx(P(*K, '除去食', '除去食指示書（様式）.xlsx'), [{'name': '指示書', 'rows': [['月日', '献立', '対象（年組番）', '除去する食品', '代替', '確認者']]}])
    add(P(*K, '除去食', '除去食指示書（様式）.xlsx'), 'IV', '各種届雛形', 'blank-form', 'xlsx', '記入前の様式')
    # 指示書 photo on kitchen
    img = F.paper([], table=[['対象', '除去', '代替']] + [[f'{R.randint(1,6)}年{R.randint(1,3)}組 ' + name()[0].split()[0], R.choice(ALLERG), R.choice(['なし', '別鍋'])] for _ in range(6)], hand=True, rnd=R, title='本日の除去食（11/26）')
    jpg(P(*K, '写真', 'IMG_20261126_0812.jpg'), F.photo(img, R))
    add(P(*K, '写真', 'IMG_20261126_0812.jpg'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'jpg', '調理場の除去食表の写真（姓とアレルゲン）')
    # 調理員 健康チェック表 (II)
    rows = [['日', '氏名', '体温', '下痢', '手指の傷', '家族の体調', '確認']] + [[f'11/{d}', n, f'36.{R.randint(0,9)}', R.choice(['無', '無', '有']), R.choice(['無', '有']), R.choice(['良', '家族が胃腸炎']), '○'] for d in range(1, 8) for n in ['松尾 久美子', '坂口 典子', '本田 佳代']]
    F.xlsx(P(*K, '衛生管理', '調理従事者 健康チェック表 11月.xlsx'), [{'name': '11月', 'rows': rows}])
    add(P(*K, '衛生管理', '調理従事者 健康チェック表 11月.xlsx'), 'II', '体温チェック表', 'realistic-name', 'xlsx', '委託業者の調理員の体温・症状チェック表')
    img = F.paper([], table=[['日', '氏名', '体温', '下痢']] + [[f'12/{d}', n, f'36.{R.randint(0,9)}', '無'] for d in range(1, 5) for n in ['松尾', '坂口', '本田']], hand=True, rnd=R, title='健康チェック表 12月')
    jpg(P(*K, '写真', 'IMG_20261205_0745.jpg'), F.photo(img, R))
    add(P(*K, '写真', 'IMG_20261205_0745.jpg'), 'II', '体温チェック表', 'scan-or-photo', 'jpg', '調理員の健康チェック表の写真')
    # 献立表 (IV)
    rows = [['日', '主食', '主菜', '副菜', '汁物', 'エネルギー']] + [[f'12/{d}', R.choice(['ごはん', 'パン', 'ソフト麺']), R.choice(['さばのみそ煮', 'ハンバーグ', 'とり天']), R.choice(['ごま和え', 'サラダ']), R.choice(['みそ汁', 'スープ']), R.randint(580, 680)] for d in range(1, 20)]
    F.xlsx(P(*K2, '献立表 12月（保護者配布）.xlsx'), [{'name': '12月', 'rows': rows}])
    add(P(*K2, '献立表 12月（保護者配布）.xlsx'), 'IV', '保護者等への配布文書', 'realistic-name', 'xlsx', '献立表（配布用）')
    F.pdf_text(P(*K2, 'こんだてひょう 1月.pdf'), [['1月 こんだてひょう', '1/8 ごはん ぶりの照り焼き すまし汁', '1/9 パン ミートボール 野菜スープ', 'アレルギー表示は裏面をご覧ください']])
    add(P(*K2, 'こんだてひょう 1月.pdf'), 'IV', '保護者等への配布文書', 'realistic-name', 'pdf', '献立表')
    # 献立表 with hidden sheet of allergy kids (I)
    F.xlsx(P(*K2, '献立表 1月（作業用）.xlsx'), [{'name': '1月', 'rows': rows[:8]}, {'name': '対応児童', 'hidden': True, 'rows': [['氏名', 'アレルゲン']] + [[name()[0], R.choice(ALLERG)] for _ in range(7)]}])
    add(P(*K2, '献立表 1月（作業用）.xlsx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'xlsx', '献立表（Ⅳ）だが非表示シートに対応児童の氏名とアレルゲン')
    # 喫食数の連絡 (II)
    rows = [['日付', '1-1', '1-2', '2-1', '2-2', '3-1', '3-2', '職員', '合計']] + [[f'12/{d}'] + [R.randint(26, 31) for _ in range(6)] + [R.randint(20, 25), 0] for d in range(1, 6)]
    for r in rows[1:]: r[-1] = sum(r[1:-1])
    wcsv(P(*K, '喫食数', 'kisshoku_1201-1205.csv'), rows)
    add(P(*K, '喫食数', 'kisshoku_1201-1205.csv'), 'II', '給食関係書類', 'realistic-name', 'csv (UTF-8)', '学級別の喫食数の連絡。個人名はないが給食関係書類（Ⅱ）')
    eml(P(*OD4, 'メール', '喫食数変更（12_8）.eml'), 'harakuchi@sakuradai-es.example.jp', 'kyushoku@itaku-food.example.jp', '喫食数変更（12/8）', f'委託業者ご担当様\n12/8は4年2組が校外学習のため29食減、\n2年1組 {name()[0]}さんは本日から入院のため当面停止でお願いします。')
    add(P(*OD4, 'メール', '喫食数変更（12_8）.eml'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'eml', '喫食数連絡の本文に児童の入院')
    eml(P(*OD4, 'メール', '喫食数変更（12_15）.eml'), 'harakuchi@sakuradai-es.example.jp', 'kyushoku@itaku-food.example.jp', '喫食数変更（12/15）', '委託業者ご担当様\n12/15は6年が修学旅行のため88食減でお願いします。')
    add(P(*OD4, 'メール', '喫食数変更（12_15）.eml'), 'II', '給食関係書類', 'realistic-name', 'eml', '喫食数の変更連絡（個人なし）')
    # 給食 アレルギー面談記録 (I) docx footer
    p = pupils(1, 1)[0]
    F.docx(P(*OD4, '面談', '新1年 アレルギー面談.docx'), ['面談記録', f'児童：{p["name"]}（新1年）', f'保護者：{p["guardian"]}  {p["tel"]}', '原因：卵・乳。R6にアナフィラキシーで救急搬送。', 'エピペン：学校に1本預かり', '主治医：桜台こども病院（架空）'], footer='栄養教諭 原口')
    add(P(*OD4, '面談', '新1年 アレルギー面談.docx'), 'I', '学校生活管理指導表', 'realistic-name', 'docx', 'アレルギー面談の記録（病歴・連絡先）')
    # アレルギー調査票 blank / filled
    F.docx(P(*OD4, '様式', '食物アレルギー調査票.docx'), ['食物アレルギー調査票', '児童名（　　　）', '原因食物（　　　）', '症状（　　　）', '医師の診断　有・無'])
    add(P(*OD4, '様式', '食物アレルギー調査票.docx'), 'IV', '記入前のアンケート', 'blank-form', 'docx', '記入前の調査票')
    img = F.paper(['児童名 ' + name()[0] + '（3年1組）', '原因食物 えび・かに', '症状 全身じんましん、呼吸が苦しくなった', '医師の診断 有（R5）'], hand=True, rnd=R, title='食物アレルギー調査票')
    jpg(P(*OD4, '写真', 'IMG_1189.jpg'), F.photo(img, R))
    add(P(*OD4, '写真', 'IMG_1189.jpg'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'filled-form', 'jpg', '記入済のアレルギー調査票')
    # 給食 委託 契約 (III)
    F.docx(P(*K2, '委託契約', '給食調理業務 仕様書.docx'), ['学校給食調理業務委託 仕様書', '1 業務内容：調理、配缶、洗浄', '2 衛生管理：学校給食衛生管理基準に従う', '3 個人情報：アレルギー情報は目的外利用を禁止'])
    add(P(*K2, '委託契約', '給食調理業務 仕様書.docx'), 'III', '学校経営案', 'near-miss', 'docx', '委託仕様書。個人情報の扱いに触れるが個人のデータなし')
    # 給食 残食 (IV)? -> 給食関係書類 II? class-level 残食 counts -> give II per literal 給食関係書類
    rows = [['学級', '主食%', 'おかず%']] + [[f'{g}-{c}', R.randint(2, 15), R.randint(3, 20)] for g in range(1, 7) for c in (1, 2)]
    F.ods(P(*K2, '残食調査 11月.ods'), [{'name': '11月', 'rows': rows}])
    add(P(*K2, '残食調査 11月.ods'), 'II', '給食関係書類', 'realistic-name', 'ods', '学級別の残食率。給食関係書類')
    # 給食だより (IV)
    F.docx(P(*K2, '給食だより 12月.docx'), ['給食だより 12月', '冬至にはかぼちゃを食べます。', '12/22の献立：かぼちゃのそぼろ煮'])
    add(P(*K2, '給食だより 12月.docx'), 'IV', '学校・学年・学級だより', 'realistic-name', 'docx', '給食だより')
    # screenshot of 給食システム
    img = F.screen('喫食管理 ＞ 個別対応児童（12/8）', ['学年組', '氏名', 'アレルゲン', '対応'], [[f'{R.randint(1,6)}-{R.randint(1,3)}', name()[0], R.choice(ALLERG), R.choice(['除去', '代替', '弁当'])] for _ in range(10)], app='給食管理システム', sub='桜台小学校')
    png(P(*OD4, 'スクリーンショット', 'スクリーンショット 2026-12-08 074210.png'), img)
    add(P(*OD4, 'スクリーンショット', 'スクリーンショット 2026-12-08 074210.png'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'png', '給食システムの個別対応児童一覧')
    img = F.screen('発注 ＞ 食材発注一覧（12月第2週）', ['品名', '数量', '単位', '納品日'], [[R.choice(['玉ねぎ', 'にんじん', '鶏もも', '豆腐', '牛乳']), R.randint(5, 60), 'kg', '12/8'] for _ in range(10)], app='給食管理システム', sub='桜台小学校')
    png(P(*OD4, 'スクリーンショット', 'スクリーンショット 2026-12-01 150155.png'), img)
    add(P(*OD4, 'スクリーンショット', 'スクリーンショット 2026-12-01 150155.png'), 'II', '給食関係書類', 'near-miss', 'png', '食材の発注一覧（個人なし）。給食関係書類')

    # ============ 市立 桜台児童館 ============
    for k in range(3):
        p = pupils(1, 3)[0]
        img = F.paper([], table=[['児童名', p['name']], ['学校・学年', f'桜台小 {R.randint(1,6)}年'], ['生年月日', bday(3)], ['住所', p['addr']], ['保護者', p['guardian']], ['緊急連絡先', p['tel']], ['健康上の注意', R.choice(['ぜんそく', 'なし', '卵アレルギー', 'てんかん'])]], hand=True, rnd=R, title='児童館 利用登録カード')
        fn = P(*J2, '利用登録', 'scan', f'登録カード_{k+1:03d}.pdf') if k < 2 else P(*J2, '利用登録', f'IMG_{3300+k}.jpg')
        if k < 2:
            F.pdf_images(fn, [F.scan(img, R)]); fm = 'pdf (image only)'
        else:
            jpg(fn, F.photo(img, R)); fm = 'jpg'
        add(fn, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'filled-form', fm, '記入済の利用登録カード（住所・連絡先・健康状態）')
    F.docx(P(*J2, '利用登録', '利用登録カード（様式）.docx'), ['児童館 利用登録カード', [['児童名', ''], ['学校・学年', ''], ['生年月日', ''], ['住所', ''], ['保護者', ''], ['緊急連絡先', ''], ['健康上の注意', '']]])
    add(P(*J2, '利用登録', '利用登録カード（様式）.docx'), 'IV', '各種届雛形', 'blank-form', 'docx', '記入前の様式')
    rows = [['登録No', '氏名', '学年', '住所', '保護者', '電話', '備考']] + [[i, p['name'], R.randint(1, 6), p['addr'], p['guardian'], p['tel'], R.choice(['', '', 'ひとり親', '発達障害（診断あり）'])] for i, p in enumerate(pupils(25), 1)]
    F.xlsx(P(*J2, '利用登録', '登録者台帳 R8.xlsx'), [{'name': '台帳', 'rows': rows}])
    add(P(*J2, '利用登録', '登録者台帳 R8.xlsx'), 'I', '児童生徒の住所録', 'realistic-name', 'xlsx', '登録児童の住所・電話・家庭状況')
    # 来館記録 (III? names + time) -> 出席簿 analog? 来館記録 = 児童館の出入り. Nearest 出席簿補助簿 III
    rows = [['日付', '氏名', '学年', '来館', '退館']] + [[f'12/{R.randint(1,5)}', name()[0], R.randint(1, 6), f'15:{R.randint(10,59)}', f'17:{R.randint(0,30):02d}'] for _ in range(30)]
    wcsv(P(*J2, '来館記録', 'raikan_202612.csv'), rows, enc='cp932')
    add(P(*J2, '来館記録', 'raikan_202612.csv'), 'III', '出席簿補助簿', 'legacy-or-encoding', 'csv (Shift_JIS)', '来館の時刻と氏名・学年のみ')
    img = F.paper([], table=[['名前', '学年', 'きた時間', 'かえる時間']] + [[name()[0], str(R.randint(1, 6)), f'15:{R.randint(10,59)}', '17:00'] for _ in range(14)], hand=True, rnd=R, title='らいかんカード 12/3')
    jpg(P(*J2, '来館記録', 'IMG_3350.jpg'), F.photo(img, R))
    add(P(*J2, '来館記録', 'IMG_3350.jpg'), 'III', '出席簿補助簿', 'scan-or-photo', 'jpg', '来館記録の写真（氏名・時刻）')
    # 行事の参加申込 (III? names + allergies?)
    rows = [['氏名', '学年', '保護者携帯', 'アレルギー']] + [[name()[0], R.randint(1, 6), tel(), R.choice(['', '', 'そば'])] for _ in range(18)]
    F.xlsx(P(*J2, '行事', 'クリスマス会 参加申込.xlsx'), [{'name': '申込', 'rows': rows}])
    add(P(*J2, '行事', 'クリスマス会 参加申込.xlsx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', '参加申込に保護者携帯とアレルギー')
    rows = [['氏名', '学年']] + [[name()[0], R.randint(1, 6)] for _ in range(18)]
    F.xlsx(P(*J2, '行事', '工作教室 参加者.xlsx'), [{'name': 'Sheet1', 'rows': rows}])
    add(P(*J2, '行事', '工作教室 参加者.xlsx'), 'III', '名列表', 'realistic-name', 'xlsx', '参加者の氏名と学年のみ')
    F.pdf_text(P(*J2, '行事', 'クリスマス会のおしらせ.pdf'), [['児童館 クリスマス会のおしらせ', '12月20日（土）14:00〜', '申込は12/12までに受付へ', '桜台児童館 090-0000-0500']])
    add(P(*J2, '行事', 'クリスマス会のおしらせ.pdf'), 'IV', '保護者等への配布文書', 'realistic-name', 'pdf', '行事の案内')
    # ボランティア名簿 (I: adults' phone/address) 
    rows = [['氏名', '住所', '電話', 'メール', '活動']] + [[name()[0], addr(), tel(), mail(), R.choice(['読み聞かせ', '工作', '見守り'])] for _ in range(10)]
    F.xlsx(P(*J2, 'ボランティア', 'ボランティア名簿.xlsx'), [{'name': '名簿', 'rows': rows}])
    add(P(*J2, 'ボランティア', 'ボランティア名簿.xlsx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', '地域ボランティアの住所・電話・メール（個人の基本情報）')
    rows = [['活動', '曜日', '人数']] + [['読み聞かせ', '水', 3], ['工作', '土', 2]]
    F.xlsx(P(*J2, 'ボランティア', 'ボランティア 活動予定.xlsx'), [{'name': '予定', 'rows': rows}])
    add(P(*J2, 'ボランティア', 'ボランティア 活動予定.xlsx'), 'IV', '学校行事実施計画（体育大会実施計画等）', 'near-miss', 'xlsx', '活動予定と人数のみ')
    # 学校との情報共有 (I)
    p = pupils(1, 4)[0]
    wtext(P(*J, '情報共有', '共有メモ_1202.md'), f'# 桜台小との共有 12/2\n\n- 4年 {p["name"]}：最近ずっと閉館まで児童館にいる。夕食を食べていない様子。服が同じ日が続く。\n- 学校側：欠席増、担任が家庭訪問予定。ネグレクトの可能性→こども家庭センターへ相談を検討\n- 次回：12/9\n')
    add(P(*J, '情報共有', '共有メモ_1202.md'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'md', '学校と児童館の共有メモ。ネグレクトの疑い')
    wtext(P(*J, '情報共有', '連絡会 議事メモ 11月.txt'), '桜台小・児童館 連絡会 11月\n・下校時の見守り当番の調整\n・冬休みの開館時間 9:00-17:00\n・インフルエンザ流行時の対応\n')
    add(P(*J, '情報共有', '連絡会 議事メモ 11月.txt'), 'III', '職員会議の資料', 'near-miss', 'txt', '連絡会の一般的な議事。個人なし')
    img = F.screen('', [], [], app='Teams', chat=[('児童館 館長', '5年の' + name()[0] + 'さん、今日もお迎えが19時すぎ。お母さん酔っている様子でした'), ('桜台小 教頭', '情報ありがとうございます。担任と共有し、明日SSWに相談します')])
    png(P(*J, '情報共有', 'Screenshot_20261204-191522.png'), img)
    add(P(*J, '情報共有', 'Screenshot_20261204-191522.png'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'png', 'チャットで児童の家庭状況を共有')
    # 児童館だより (IV)
    F.docx(P(*J2, '広報', 'じどうかんだより 12月.docx'), ['じどうかんだより 12月', 'クリスマス会 12/20', 'けん玉名人 認定おめでとう！（5年生のみなさん）'])
    add(P(*J2, '広報', 'じどうかんだより 12月.docx'), 'IV', '学校・学年・学級だより', 'realistic-name', 'docx', '児童館だより')
    # 活動写真 (III / IV)
    from PIL import Image, ImageDraw
    for k in range(2):
        img = Image.new('RGB', (1200, 800), (200, 220, 240)); d = ImageDraw.Draw(img)
        for i in range(8):
            x = 100 + i * 130; d.ellipse([x, 350, x + 80, 430], fill=(240, 200, 170)); d.rectangle([x + 10, 430, x + 70, 600], fill=R.choice([(200, 60, 60), (60, 60, 200), (60, 160, 60)]))
        d.text((40, 40), 'けん玉大会 2026.11.23', font=F._font(40, 'bold'), fill=(30, 30, 30))
        fn = P(*J2, '写真', f'DSC0{1200+k}.jpg')
        jpg(fn, F.photo(img, R, angle=0))
        add(fn, 'III', '授業や学校行事等の活動記録（動画・写真）', 'scan-or-photo', 'jpg', '行事の活動写真（公開承諾の記載なし）')

    # ============ misc: misleading names, mixed, legacy ============
    # misleading: "献立案.xlsx" actually 健康診断
    rows = [['番', '氏名', '身長', '体重', '肥満度', '所見']] + [[i, p['name'], R.randint(120, 150), R.randint(22, 55), R.randint(-15, 45), R.choice(['', '要受診', '脊柱側弯疑い'])] for i, p in enumerate(pupils(20, 4), 1)]
    F.xlsx(P(*OD4, '献立案.xlsx'), [{'name': 'Sheet1', 'rows': rows}])
    add(P(*OD4, '献立案.xlsx'), 'I', '健康診断票', 'misleading-name', 'xlsx', '名前は献立案だが中身は健康診断結果（肥満度・所見）')
    # misleading: "通知表.xlsx" actually 行事予定
    F.xlsx(P(*OD1, '通知表.xlsx'), [{'name': 'Sheet1', 'rows': [['通知表作成スケジュール'], ['11/28', '所見 締切'], ['12/5', '学年主任チェック'], ['12/12', '教頭チェック'], ['12/19', '配付']]}])
    add(P(*OD1, '通知表.xlsx'), 'III', '職員会議の資料', 'misleading-name', 'xlsx', '名前は通知表だが作成スケジュールのみ')
    wtext(P(*OD1, '個人情報.txt'), '個人情報の取り扱いについて（研修メモ）\n・USBは使わない\n・要録はクラウドに置かない\n・画面ロック\n')
    add(P(*OD1, '個人情報.txt'), 'III', '教材研究資料', 'misleading-name', 'txt', '名前は個人情報だが研修メモ')
    p = pupils(1, 8)[0]
    F.docx(P(*OD1, '研修資料 最終版.docx'), ['生徒指導記録', f'8年1組 {p["name"]}', '11/7 同級生の財布から現金を盗んだことを認める。', '保護者に連絡、母親謝罪。弁償済み。', '11/10 関係生徒と面談'])
    add(P(*OD1, '研修資料 最終版.docx'), 'I', '生徒指導記録簿', 'misleading-name', 'docx', '名前は研修資料だが生徒指導記録')
    # mixed: 学年会資料 with 行事 + 不登校
    F.docx(P(*G, '学年会', '学年会資料 11月.docx'), ['8学年会 11月', '1 行事：文化祭の反省', '2 学習：期末テスト範囲', '3 生徒の様子', [['氏名', '状況']] + [[name()[0], R.choice(['不登校（母子家庭、母親が夜勤）', 'SNSで他生徒を中傷。指導済み', '摂食障害の疑い、保健室でSC面談'])] for _ in range(3)], '4 その他：冬休み前の大掃除'])
    add(P(*G, '学年会', '学年会資料 11月.docx'), 'I', '生徒指導記録簿', 'mixed', 'docx', '行事・学習の連絡（Ⅲ）と生徒の指導・心身の状況（Ⅰ）が混在→上位')
    F.xlsx(P(*G, '学年会', '7学年 なんでも.xlsx'), [{'name': '行事', 'rows': [['日', '行事'], ['12/10', '持久走大会']]}, {'name': '座席', 'rows': [[name()[0] for _ in range(6)] for _ in range(5)]}, {'name': '成績', 'rows': [['氏名', '数学', '英語']] + [[name()[0], R.randint(20, 100), R.randint(20, 100)] for _ in range(30)]}])
    add(P(*G, '学年会', '7学年 なんでも.xlsx'), 'II', '定期考査素点表', 'mixed', 'xlsx', '行事（Ⅳ）・座席（Ⅲ）・素点（Ⅱ）のシートが混在→Ⅱ')
    F.pdf_text(P(*G, '学年会', '修学旅行 しおり（最終）.pdf'), [['修学旅行のしおり', '1日目 長崎 平和公園', '2日目 ハウステンボス', '持ち物：保険証のコピー'], ['班別行動計画', '1班：平和公園→出島'], ['部屋割り', '101 男子A', '102 男子B'], [f'【引率用・配付しない】', f'{name()[0]}：夜尿あり、おむつ持参。', f'{name()[0]}：持病（てんかん）、服薬 朝夕', f'{name()[0]}：保護者の緊急連絡先 {tel()}']], title='しおり')
    add(P(*G, '学年会', '修学旅行 しおり（最終）.pdf'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'late-page', 'pdf', 'しおり（Ⅳ）だが最終ページに引率用の持病・連絡先')
    F.pdf_text(P(*G, '学年会', '修学旅行 しおり（配布版）.pdf'), [['修学旅行のしおり', '1日目 長崎 平和公園', '2日目 ハウステンボス'], ['班別行動計画', '1班：平和公園→出島']])
    add(P(*G, '学年会', '修学旅行 しおり（配布版）.pdf'), 'IV', '学校行事のしおり', 'realistic-name', 'pdf', '配布版のしおり')
    # late page xlsx? -> docx late-page 成長記録
    F.docx(P(*G, '前期課程', '5年', '学級経営案 5-2.docx'), ['学級経営案 5年2組', '1 学級目標：やさしく たくましく', '2 重点：聞く力', '<PAGEBREAK>', '3 年間計画', '<PAGEBREAK>', '4 配慮を要する児童', f'{name()[0]}：ASD、パニック時はクールダウン室へ', f'{name()[0]}：父親が服役中。話題にしない'])
    add(P(*G, '前期課程', '5年', '学級経営案 5-2.docx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'late-page', 'docx', '学級経営案（Ⅲ）の後ろのページに障害・家庭事情')
    # pptx 授業参観 with notes innocuous (III)
    F.pptx(P(*G, '前期課程', '4年', '授業参観 学級懇談.pptx'), [('4年2組 学級懇談', ['1学期の様子', '夏休みの過ごし方'], '最初に自己紹介。時間は20分'), ('お願い', ['持ち物の記名', '早寝早起き'], None)])
    add(P(*G, '前期課程', '4年', '授業参観 学級懇談.pptx'), 'IV', '保護者等への配布文書', 'hidden-content', 'pptx', 'ノートはあるが進行メモのみ')
    # rtf 指導記録 (I)
    p = pupils(1, 9)[0]
    F.rtf(P(*G, '生徒指導', '旧サーバ', 'H31_指導記録.rtf'), ['生徒指導記録', f'9年 {p["name"]}', '喫煙（校外）により特別指導。', '家庭：父子家庭、父は長距離運転手で不在がち'])
    add(P(*G, '生徒指導', '旧サーバ', 'H31_指導記録.rtf'), 'I', '生徒指導記録簿', 'legacy-or-encoding', 'rtf', '旧サーバの生徒指導記録')
    F.rtf(P(*G, '生徒指導', '旧サーバ', 'いじめ防止基本方針.rtf'), ['いじめ防止基本方針', '1 基本的な考え方', '2 組織：いじめ対策委員会', '3 早期発見：きずなアンケート年3回'])
    add(P(*G, '生徒指導', '旧サーバ', 'いじめ防止基本方針.rtf'), 'IV', '学校要覧', 'notice-about-record', 'rtf', '公開されている基本方針')
    # .doc actually html (Word htm) 相談記録 I
    p = pupils(1, 7)[0]
    wtext(P(*G, '生徒指導', '旧サーバ', '教育相談記録_2019.doc'), f'<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="shift_jis"></head><body><p>教育相談記録</p><p>{p["name"]}（7年）</p><p>相談内容：部活動の先輩から暴言。眠れない、食欲がない。</p><p>対応：SCにつなぐ</p></body></html>', enc='cp932')
    add(P(*G, '生徒指導', '旧サーバ', '教育相談記録_2019.doc'), 'I', '教育相談・面接の記録等', 'legacy-or-encoding', 'doc (actually HTML, Shift_JIS)', '教育相談記録。拡張子docだが中身はWord保存のHTML')
    # xls actually tsv 出席番号+成績
    rows = [['組', '番', '国語', '数学']] + [[1, i, R.randint(20, 100), R.randint(20, 100)] for i in range(1, 31)]
    wcsv(P(*G, '教務', '旧サーバ', 'seiseki_h30.xls'), rows, enc='cp932', delim='\t')
    add(P(*G, '教務', '旧サーバ', 'seiseki_h30.xls'), 'II', '定期考査素点表', 'legacy-or-encoding', 'xls (actually tab-separated Shift_JIS text)', '組・番と素点')
    # zip of photos of 作品 (III)
    zpath = P(*GD, '図工作品_6年.zip')
    os.makedirs(os.path.dirname(zpath), exist_ok=True)
    with zipfile.ZipFile(zpath, 'w') as z:
        for k in range(3):
            img = Image.new('RGB', (600, 400), (R.randint(150, 255), R.randint(150, 255), R.randint(150, 255)))
            ImageDraw.Draw(img).text((20, 20), f'6年 {name()[0]}「未来の町」', font=F._font(28), fill=(0, 0, 0))
            b = io.BytesIO(); img.save(b, 'JPEG'); z.writestr(f'sakuhin_{k+1}.jpg', b.getvalue())
    add(zpath, 'III', '学習記録（ワークシート・レポート・作品等）', 'container', 'zip', '作品写真（氏名・題名入り）')
    # zip containing 通知表 pdf (II) nested
    zpath = P(*OD1, 'バックアップ', 'old_files.zip')
    inner = tmpbytes(lambda fp: F.xlsx(fp, [{'name': '所見', 'rows': [['氏名', '所見']] + [[name()[0], '友達に優しく接することができました。算数は計算に課題'] for _ in range(10)]}]), 'xlsx')
    os.makedirs(os.path.dirname(zpath), exist_ok=True)
    with zipfile.ZipFile(zpath, 'w') as z:
        z.writestr('memo.txt', 'old')
        z.writestr('2025/通知表所見_3-2.xlsx', inner)
    add(zpath, 'II', '通知表', 'container', 'zip', 'zip内のxlsxに通知表の所見')
    # 研究資料 (III), 教育課程 (IV), 使用教科書一覧 (IV)
    F.docx(P(*G, '研究', '校内研究 指導案 算数5年.docx'), ['第5学年 算数科学習指導案', '単元：割合', '本時の目標：百分率の意味を理解する', '展開：1 導入 2 自力解決 3 全体交流'])
    add(P(*G, '研究', '校内研究 指導案 算数5年.docx'), 'III', '教材研究資料', 'realistic-name', 'docx', '学習指導案')
    F.docx(P(*G, '研究', '指導案 5-2（抽出児の記録つき）.docx'), ['第5学年 算数科学習指導案', '単元：割合', '抽出児の様子', f'A児（{name()[0]}）：LDの診断あり。数字の読み違いが多い。', f'B児（{name()[0]}）：家庭学習ができない環境（兄弟4人、母一人）'])
    add(P(*G, '研究', '指導案 5-2（抽出児の記録つき）.docx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'mixed', 'docx', '指導案（Ⅲ）に抽出児の診断・家庭状況（Ⅰ）')
    wcsv(P(*G, '教務', '使用教科書一覧 R8.csv'), [['教科', '発行者', '書名'], ['国語', 'A書籍', 'こくご'], ['算数', 'B出版', 'さんすう']])
    add(P(*G, '教務', '使用教科書一覧 R8.csv'), 'IV', '使用教科書一覧', 'realistic-name', 'csv (UTF-8)', '使用教科書一覧')
    F.xlsx(P(*G, '教務', 'R8 教育課程編成表.xlsx'), [{'name': '編成表', 'rows': [['教科', '1年', '2年', '7年', '8年', '9年'], ['国語', 306, 315, 140, 140, 105], ['算数・数学', 136, 175, 140, 105, 140]]}])
    add(P(*G, '教務', 'R8 教育課程編成表.xlsx'), 'IV', '教育課程編成表', 'realistic-name', 'xlsx', '教育課程編成表')
    F.pdf_text(P(*G, '広報', '学校紹介パンフレット.pdf'), [[f'{SCHOOL} 学校紹介', '9年間の一貫教育', '乗り入れ授業・異学年交流', '見学随時受付']])
    add(P(*G, '広報', '学校紹介パンフレット.pdf'), 'IV', '学校紹介パンフレット', 'realistic-name', 'pdf', '学校紹介')
    wtext(P(*G, '広報', 'index.html'), f'<html><head><meta charset="utf-8"><title>{SCHOOL}</title></head><body><h1>{SCHOOL}</h1><p>12月の行事予定を掲載しました。</p><p>体育大会の様子（写真は保護者の承諾を得て掲載しています）</p></body></html>')
    add(P(*G, '広報', 'index.html'), 'IV', '授業や学校行事等の活動記録（動画・写真）', 'realistic-name', 'html', '学校HPの原稿。承諾済み掲載の記載')
    # html export from web system: 欠席連絡 (I)
    rows = [[f'12/{R.randint(1,5)}', f'{R.randint(1,9)}-{R.randint(1,3)}', name()[0], R.choice(['発熱38.5℃', '通院（心療内科）', '家庭の都合', '嘔吐']), '保護者'] for _ in range(12)]
    wtext(P(*GD, '欠席連絡フォーム', 'responses_export.html'), html_table('欠席連絡 回答一覧', ['日付', '学年組', '氏名', '理由', '連絡者'], rows))
    add(P(*GD, '欠席連絡フォーム', 'responses_export.html'), 'I', '出席簿', 'realistic-name', 'html', '欠席連絡の回答一覧。氏名と欠席理由（病状）')
    # GoogleDrive: foreign guardians contact (I) csv utf-8
    rows = [['Student', 'Grade', 'Guardian', 'Phone', 'Email', 'Language']] + [[R.choice(FOREIGN), R.randint(1, 9), R.choice(FOREIGN), tel(), mail(), R.choice(['Vietnamese', 'Portuguese', 'Tagalog'])] for _ in range(10)]
    wcsv(P(*GD, 'contacts_foreign_families.csv'), rows)
    add(P(*GD, 'contacts_foreign_families.csv'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'foreign-names', 'csv (UTF-8)', '外国籍家庭の電話・メール')
    # 通訳依頼 (III) foreign name only
    wtext(P(*GD, '通訳依頼 12月.txt'), f'通訳依頼\n12/11 個人懇談 {R.choice(FOREIGN)}さん（5年）ポルトガル語 15:00\n12/12 {R.choice(FOREIGN)}さん（2年）ベトナム語 16:00\n')
    add(P(*GD, '通訳依頼 12月.txt'), 'III', '名列表', 'foreign-names', 'txt', '氏名・学年・言語と日時のみ')
    # Foreign: 家庭状況 (I) docx
    F.docx(P(*G, '日本語指導', '来日の経緯.docx'), [f'{R.choice(FOREIGN)}（7年）', '2025年に母と来日。父は本国に残る。', '在留資格：家族滞在。母は工場勤務で夜勤あり。', '本国で学校に通えなかった期間が2年。'])
    add(P(*G, '日本語指導', '来日の経緯.docx'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'foreign-names', 'docx', '外国籍生徒の生活歴・在留資格')
    # id-by-number: 保健 (I)
    wtext(P(*G, '保健', '要観察.txt'), '要観察（11月）\n3-2-14 頭部打撲後の頭痛続く\n6-1-08 体重減少 -4kg 摂食障害疑い\n8-3-21 リストカット痕\n', enc='utf-8')
    add(P(*G, '保健', '要観察.txt'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'id-by-number', 'txt', '年組番で特定される生徒の心身の状況')
    # id-by-number: 出席番号だけの座席 (III)
    F.xlsx(P(*G, '前期課程', '6年', '座席（番号）.xlsx'), [{'name': 'Sheet1', 'rows': [[str(R.randint(1, 30)) for _ in range(6)] for _ in range(5)]}])
    add(P(*G, '前期課程', '6年', '座席（番号）.xlsx'), 'III', '座席表', 'id-by-number', 'xlsx', '出席番号のみの座席表')
    # near-miss: 個人情報保護の研修スライド with fake examples
    F.pptx(P(*G, '研修', '情報セキュリティ研修 R8.pptx'), [('情報セキュリティ研修', ['重要性分類Ⅰ：指導要録・健康診断票', 'クラウドに保存できるのはⅢ以下'], None), ('事例', ['USB紛失事故（他市）', '誤送信'], '事例は新聞報道より')])
    add(P(*G, '研修', '情報セキュリティ研修 R8.pptx'), 'III', '職員会議の資料', 'near-miss', 'pptx', 'セキュリティ研修資料。記録の名前は出るが個人情報なし')
    # 資産台帳 (III)
    F.xlsx(P(*G, '情報', '情報資産台帳 R8.xlsx'), [{'name': '台帳', 'rows': [['情報資産', '分類', '保管場所'], ['指導要録', 'Ⅰ', '校務系サーバ'], ['通知表', 'Ⅱ', '校務系サーバ'], ['授業用教材', 'Ⅲ', 'クラウド']]}])
    add(P(*G, '情報', '情報資産台帳 R8.xlsx'), 'III', '学校経営案', 'near-miss', 'xlsx', '資産台帳（分類表）。個人情報なし')
    # 教育情報システム仕様書 (II)
    F.pdf_text(P(*G, '情報', '校内ネットワーク構成図・仕様.pdf'), [['校内ネットワーク仕様書', 'VLAN10 校務系 192.168.10.0/24', 'VLAN20 学習系 10.20.0.0/16', '無線AP 管理者ID admin-minamino', 'ファイアウォール設定一覧']])
    add(P(*G, '情報', '校内ネットワーク構成図・仕様.pdf'), 'II', '教育情報システム仕様書', 'realistic-name', 'pdf', 'ネットワーク仕様書')
    # 児童のアカウント一覧 (II?) -> ID/PW 管理台帳 is teachers'. Pupil IDs & initial PW -> nearest 情報システムログインID/PW管理台帳 II
    rows = [['学年', '組', '番', '氏名', 'ID', '初期PW']] + [[3, 1, i, name()[0], f's{R.randint(100000,999999)}@stu.example.jp', f'{R.randint(1000,9999)}ab'] for i in range(1, 29)]
    F.xlsx(P(*G, '情報', '3年1組 アカウント配付用.xlsx'), [{'name': 'Sheet1', 'rows': rows}])
    add(P(*G, '情報', '3年1組 アカウント配付用.xlsx'), 'II', '情報システムログインID/PW管理台帳', 'realistic-name', 'xlsx', '児童の氏名とアカウントID・初期パスワード')

    # extra photos and scans to reach ~50 images
    for k in range(3):
        img = F.paper([f'{name()[0]}', '1 日本の首都は　東京', '2 47都道府県', '得点 ' + str(R.randint(40, 100))], hand=True, rnd=R, title='社会 確認テスト（4年）')
        fn = P(*OD1, 'カメラロール', f'IMG_48{10+k}.jpg')
        jpg(fn, F.photo(img, R))
        add(fn, 'III', '確認テスト', 'scan-or-photo', 'jpg', '記入済の確認テスト（定期考査ではない）')
    img = F.paper(['お知らせ', '12月20日は午前授業です。', '給食はありません。', '下校は11:40です。'], rnd=R, title='保護者の皆様へ')
    jpg(P(*OD1, 'カメラロール', 'IMG_4830.jpg'), F.photo(img, R))
    add(P(*OD1, 'カメラロール', 'IMG_4830.jpg'), 'IV', '保護者等への配布文書', 'scan-or-photo', 'jpg', '配布文書の写真')
    pages = [F.scan(F.paper(['R8 第3回 学校運営協議会', '1 学校評価アンケート結果', '2 地域行事への参加', '3 次年度の重点'], rnd=R, title='会議次第'), R)]
    F.pdf_images(P(*G, '管理職', 'scan', 'SCN_0044.pdf'), pages)
    add(P(*G, '管理職', 'scan', 'SCN_0044.pdf'), 'III', '職員会議の資料', 'scan-or-photo', 'pdf (image only)', '会議次第のスキャン')
    pages = [F.scan(F.paper([], table=[['番・氏名', '住所', '電話']] + [[f'{i} ' + name()[0], addr(), tel()] for i in range(1, 20)], rnd=R, title='3年2組 連絡網'), R)]
    F.pdf_images(P(*G, '前期課程', '3年', 'scan', 'SCN_0052.pdf'), pages)
    add(P(*G, '前期課程', '3年', 'scan', 'SCN_0052.pdf'), 'I', '児童生徒の住所録', 'scan-or-photo', 'pdf (image only)', '学級連絡網のスキャン（住所・電話）')
    pages = [F.scan(F.paper(['家庭訪問記録', f'{name()[0]}（2年）', '母：夜は一人で留守番させている', '部屋が散らかっている、食事は主にコンビニ', '担任所見：生活面で要配慮'], hand=True, rnd=R), R)]
    F.pdf_images(P(*G, '前期課程', '2年', 'scan', 'SCN_0060.pdf'), pages)
    add(P(*G, '前期課程', '2年', 'scan', 'SCN_0060.pdf'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'pdf (image only)', '家庭訪問記録（Ⅱ）だが生活歴（養育状況）を含むためⅠ')
    for k in range(2):
        img = F.paper([f'{name()[0]}', 'ふりかえりシート', 'きょうは かけざんを がんばりました。', 'むずかしかったけど できた。'], hand=True, rnd=R, title='ふりかえり（2年 算数）')
        fn = P(*GD, '学習記録', f'photo_{k+1}.jpg')
        jpg(fn, F.photo(img, R))
        add(fn, 'III', '学習記録（ワークシート・レポート・作品等）', 'scan-or-photo', 'jpg', '児童のふりかえりシート')
    img = F.screen('名簿 ＞ 児童生徒基本情報（9年1組 04）', ['項目', '内容'], [['氏名', name()[0]], ['生年月日', bday(9)], ['住所', addr()], ['保護者', name()[0]], ['電話', tel()], ['既往歴', '川崎病（3歳）'], ['家庭状況', 'ひとり親・要保護']], sub=SCHOOL)
    png(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-10-01 090233.png'), img)
    add(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-10-01 090233.png'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'png', '校務支援システムの基本情報画面')
    img = F.screen('指導記録 ＞ 生徒指導記録（8年）', ['日付', '生徒', '内容', '対応'], [[f'11/{R.randint(1,30)}', name()[0], R.choice(['喧嘩', '万引き（店舗から連絡）', 'SNS中傷', '深夜徘徊']), R.choice(['保護者連絡', '指導済', '警察対応'])] for _ in range(9)], sub=SCHOOL)
    png(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-11-30 170004.png'), img)
    add(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-11-30 170004.png'), 'I', '生徒指導記録簿', 'scan-or-photo', 'png', '生徒指導記録の画面')
    img = F.screen('名簿 ＞ 委員会名簿', ['委員会', '9年', '8年', '7年'], [[c, name()[0], name()[0], name()[0]] for c in ['図書', '放送', '保健', '美化', '体育']], sub=SCHOOL)
    png(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-04-20 152211.png'), img)
    add(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-04-20 152211.png'), 'III', '委員会・係名簿', 'scan-or-photo', 'png', '委員会名簿の画面')
    img = F.screen('', [], [], app='LINE WORKS', chat=[('教頭', '明日の朝の打合せは8:10からです'), ('山下', '了解しました'), ('宮本', '体育館の鍵は職員室にあります')])
    png(P(*OD1, 'スクリーンショット', 'Screenshot_20261201-070011.png'), img)
    add(P(*OD1, 'スクリーンショット', 'Screenshot_20261201-070011.png'), 'IV', '保護者等への配布文書', 'near-miss', 'png', '職員間の事務連絡チャット')
    img = F.screen('', [], [], app='保護者連絡アプリ', chat=[('6年1組 ' + name()[0] + ' 保護者', '昨夜から子どもが熱と嘔吐で、本日休ませます。コロナの検査結果は陽性でした'), ('担任', 'お大事になさってください。出席停止の扱いになります')])
    png(P(*OD1, 'スクリーンショット', 'Screenshot_20261203-074530.png'), img)
    add(P(*OD1, 'スクリーンショット', 'Screenshot_20261203-074530.png'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'png', '保護者からの連絡（病状・感染）。児童が学級と文脈で特定される')
    # 就学相談 photo of whiteboard (I)
    img = F.whiteboard(['支援委員会 判定', name()[0] + ' → 知的支援学級', name()[0] + ' → 特別支援学校', name()[0] + ' → 通常学級＋通級'], R)
    jpg(P(*OD3, '写真', 'IMG_2288.jpg'), F.photo(img, R))
    add(P(*OD3, '写真', 'IMG_2288.jpg'), 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'jpg', '支援委員会の判定（障害に関わる就学先）をホワイトボードで')
    img = F.whiteboard(['就学相談 研修会', '10/20 13:30〜', '講師：発達支援センター', '持ち物：資料'], R)
    jpg(P(*OD3, '写真', 'IMG_2290.jpg'), F.photo(img, R))
    add(P(*OD3, '写真', 'IMG_2290.jpg'), 'IV', '保護者等への配布文書', 'scan-or-photo', 'jpg', '研修会の案内のみ')
    # 高校 photo: 模試 個票
    img = F.paper([f'3年{R.randint(1,5)}組 {name()[0]}', '国語 128/200 偏差値 55.2', '数学 96/200 偏差値 47.8', '英語 152/200 偏差値 61.0', '志望校判定 第1志望 C'], rnd=R, title='模試 個人成績表')
    jpg(P(*OD2, 'Pictures', 'IMG_0950.jpg'), F.photo(img, R))
    add(P(*OD2, 'Pictures', 'IMG_0950.jpg'), 'II', '成績に関する個票等', 'scan-or-photo', 'jpg', '模試の個人成績表の写真')
    img = F.paper(['オープンキャンパス 日程', '8/3 A大学', '8/10 B看護学校', '8/17 C短大'], hand=True, rnd=R)
    jpg(P(*OD2, 'Pictures', 'IMG_0951.jpg'), F.photo(img, R))
    add(P(*OD2, 'Pictures', 'IMG_0951.jpg'), 'IV', '保護者等への配布文書', 'scan-or-photo', 'jpg', '日程メモ')
    pages = [F.scan(F.paper(['推薦書', f'本校 {name()[0]} を推薦する', '評定平均値 4.5', '人物：誠実'], rnd=R, title='推薦書'), R)]
    F.pdf_images(P(*H, '推薦書', 'scan', 'suisen_scan_03.pdf'), pages)
    add(P(*H, '推薦書', 'scan', 'suisen_scan_03.pdf'), 'II', '成績に関する個票等', 'scan-or-photo', 'pdf (image only)', '推薦書のスキャン（評定と人物評）。調査書ではないため成績の個票として扱う')
    img = F.screen('進路 ＞ 進路希望一覧（3年）', ['組番', '氏名', '第1希望', '区分'], [[f'3{R.randint(1,5)}{R.randint(1,40):02d}', name()[0], R.choice(['A大 教育', 'B看護', '市役所', 'C専門']), R.choice(['推薦', '一般', '就職'])] for _ in range(12)], app='進路指導システム', sub='市立北陵高校')
    png(P(*OD2, 'Pictures', 'スクリーンショット 2026-07-01 140210.png'), img)
    add(P(*OD2, 'Pictures', 'スクリーンショット 2026-07-01 140210.png'), 'II', '進路希望調査', 'scan-or-photo', 'png', '進路希望一覧の画面')
    # 児童館 whiteboard schedule (IV)
    img = F.whiteboard(['12月のよてい', '12/6 けん玉', '12/13 おりがみ', '12/20 クリスマス会'], R)
    jpg(P(*J2, '写真', 'IMG_3401.jpg'), F.photo(img, R))
    add(P(*J2, '写真', 'IMG_3401.jpg'), 'IV', '保護者等への配布文書', 'scan-or-photo', 'jpg', '児童館の予定の掲示')
    # 給食 温度記録 (II)
    img = F.paper([], table=[['時刻', '品目', '中心温度', '確認']] + [[f'10:{R.randint(10,59)}', R.choice(['親子丼の具', 'シチュー', 'かき揚げ']), f'{R.randint(80,92)}℃', '松尾'] for _ in range(8)], hand=True, rnd=R, title='加熱温度記録')
    jpg(P(*K, '写真', 'IMG_20261126_1030.jpg'), F.photo(img, R))
    add(P(*K, '写真', 'IMG_20261126_1030.jpg'), 'II', '給食関係書類', 'scan-or-photo', 'jpg', '給食調理の温度記録')

    # ---- extra III/IV to balance ----
    F.docx(P(*G, '前期課程', '1年', '学級だより 1-1 No.12.docx'), ['1年1組 学級だより No.12', 'かけっこ大会、みんながんばりました。', 'あさがおのたねをおうちへもちかえります。'])
    add(P(*G, '前期課程', '1年', '学級だより 1-1 No.12.docx'), 'IV', '学校・学年・学級だより', 'realistic-name', 'docx', '学級だより')
    F.xlsx(P(*G, '特別活動', '体育大会 実施計画 R8.xlsx'), [{'name': '計画', 'rows': [['種目', '学年', '時刻'], ['開会式', '全', '8:40'], ['80m走', '1-3', '9:00'], ['リレー', '7-9', '11:20']]}])
    add(P(*G, '特別活動', '体育大会 実施計画 R8.xlsx'), 'IV', '学校行事実施計画（体育大会実施計画等）', 'realistic-name', 'xlsx', '体育大会実施計画')
    F.docx(P(*G, '特別活動', '体育大会 係分担（児童）.docx'), ['体育大会 児童係分担', [['係', '児童']] + [[k, '、'.join(name()[0] for _ in range(3))] for k in ['放送', '用具', '得点', '救護']]])
    add(P(*G, '特別活動', '体育大会 係分担（児童）.docx'), 'III', '委員会・係名簿', 'realistic-name', 'docx', '係の名簿（氏名のみ）')
    F.pdf_text(P(*G, '広報', '学校評価アンケート（保護者用・記入前）.pdf'), [['学校評価アンケート', '1 お子さんは学校を楽しんでいますか　4 3 2 1', '2 学校からの情報発信は十分ですか　4 3 2 1', 'ご意見（　　　　　）']])
    add(P(*G, '広報', '学校評価アンケート（保護者用・記入前）.pdf'), 'IV', '記入前のアンケート', 'blank-form', 'pdf', '記入前のアンケート')
    wcsv(P(*G, '広報', '学校評価アンケート 集計.csv'), [['項目', '4', '3', '2', '1'], ['楽しんでいる', 210, 120, 20, 5], ['情報発信', 150, 160, 35, 10]], enc='cp932')
    add(P(*G, '広報', '学校評価アンケート 集計.csv'), 'IV', '学校要覧', 'near-miss', 'csv (Shift_JIS)', '集計値のみ（公表用）')
    F.pptx(P(*G, '教材', '8年 英語 Unit5.pptx'), [('Unit 5 Universal Design', ['New words', 'Key sentence: I think that ...'], 'ALTと掛け合い'), ('Activity', ['Pair talk 3 min'], None)])
    add(P(*G, '教材', '8年 英語 Unit5.pptx'), 'III', '授業用教材', 'realistic-name', 'pptx', '授業スライド')
    F.odt(P(*G, '教材', '9年 理科 ワークシート イオン.odt'), ['ワークシート：イオン', '1 原子の構造を図にかこう', '2 陽イオンと陰イオンの例', '年　組　番　名前（　　　）'])
    add(P(*G, '教材', '9年 理科 ワークシート イオン.odt'), 'III', '授業用教材', 'blank-form', 'odt', '記入前のワークシート')
    F.xlsx(P(*G, '教材', '過去問 7年 数学 H30-R5.xlsx'), [{'name': '一覧', 'rows': [['年度', '回', '単元', '配点'], ['R5', '前期中間', '正負の数', 30], ['R4', '前期期末', '文字式', 25]]}])
    add(P(*G, '教材', '過去問 7年 数学 H30-R5.xlsx'), 'III', '過去のテスト問題', 'realistic-name', 'xlsx', '過去のテスト問題の一覧')
    wtext(P(*OD1, 'メモ', 'todo.md'), '# TODO\n- 学年だより原稿\n- 理科室の予約\n- 研究授業の指導案 12/10まで\n')
    add(P(*OD1, 'メモ', 'todo.md'), 'IV', '保護者等への配布文書', 'near-miss', 'md', '個人のTODO。業務メモだが個人情報なし')
    F.xlsx(P(*J2, '行事', '工作教室 材料一覧.xlsx'), [{'name': '材料', 'rows': [['品名', '数量'], ['紙コップ', 60], ['ストロー', 100]]}])
    add(P(*J2, '行事', '工作教室 材料一覧.xlsx'), 'IV', '学校行事実施計画（体育大会実施計画等）', 'near-miss', 'xlsx', '材料一覧')
    F.docx(P(*H, '広報', '進路講演会 実施要項.docx'), ['進路講演会 実施要項', '日時：R8.10.18 5・6校時', '対象：2年生', '講師：キャリアコンサルタント'])
    add(P(*H, '広報', '進路講演会 実施要項.docx'), 'IV', '学校行事実施計画（体育大会実施計画等）', 'realistic-name', 'docx', '行事の実施要項')
    F.pptx(P(*H, '広報', '進路ガイダンス 1年.pptx'), [('進路ガイダンス', ['文理選択の考え方', '先輩の進路実績（人数）'], '先輩の個人名は出さない'), ('スケジュール', ['1月 文理選択希望調査'], None)])
    add(P(*H, '広報', '進路ガイダンス 1年.pptx'), 'III', '授業用教材', 'near-miss', 'pptx', 'ガイダンス資料。個人なし')
    img = F.whiteboard(['7年 数学 連立方程式', 'x + y = 10', '2x - y = 5', 'x = 5, y = 5'], R)
    jpg(P(*OD1, 'カメラロール', 'IMG_4840.jpg'), F.photo(img, R))
    add(P(*OD1, 'カメラロール', 'IMG_4840.jpg'), 'III', '授業用教材', 'scan-or-photo', 'jpg', '板書の写真')
    pages = [F.scan(F.paper(['給食費の口座振替について', '毎月10日に振替します。', '残高不足の場合は再振替はありません。'], rnd=R, title='保護者の皆様へ'), R)]
    F.pdf_images(P(*K2, 'scan', 'SCN_0102.pdf'), pages)
    add(P(*K2, 'scan', 'SCN_0102.pdf'), 'IV', '保護者等への配布文書', 'scan-or-photo', 'pdf (image only)', '配布文書のスキャン')
    img = F.screen('掲示板 ＞ 学習系クラウド お知らせ', ['件名', '日付'], [['端末の持ち帰りについて', '12/01'], ['アプリ更新のお知らせ', '11/28']], sub=SCHOOL)
    png(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-12-01 120001.png'), img)
    add(P(*OD1, 'スクリーンショット', 'スクリーンショット 2026-12-01 120001.png'), 'IV', '保護者等への配布文書', 'near-miss', 'png', 'お知らせ画面のみ')

build()
# write labels
with open(os.path.join(BASE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for L in LABELS:
        f.write(json.dumps(L, ensure_ascii=False) + '\n')
print(len(LABELS))
