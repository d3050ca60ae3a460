#!/usr/bin/python3
# Generator for blind corpus scan21. Run: /usr/bin/python3 tools/gen.py  (rebuilds files/ and labels.jsonl)
import json, random, os, sys, shutil, zipfile, io
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fmt import *
import img
R = random.Random(2121)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = os.path.join(ROOT, 'files')
shutil.rmtree(BASE, ignore_errors=True); os.makedirs(BASE)
LABELS = []
def L(path, cls, item, style, fmt, why):
    assert cls in ('I', 'II', 'III', 'IV')
    LABELS.append({'path': path, 'class': cls, 'item': item, 'style': style, 'format': fmt, 'why': why})
    p = os.path.join(BASE, path); os.makedirs(os.path.dirname(p), exist_ok=True); return p

FAM = ['井上','坂口','松永','古閑','岩下','緒方','上村','桑原','西岡','堀','宮本','永田','村上','荒木','本田','江藤','平川','福島','吉野','田代','森永','中島','川野','野口','甲斐','志賀','内田','白石','東','今村']
GB = ['翔太','大翔','蓮','悠真','陽向','湊','颯','律','奏太','健人','拓海','海斗']
GG = ['結衣','陽菜','凛','芽依','葵','美咲','彩花','花音','心春','莉子','優奈','七海']
FOREIGN = [('グエン・ヴァン・ミン','男'),('サントス・ルアナ','女'),('リ・ハオラン（李浩然）','男'),('キム・ミンジ','女'),('シャルマ・アーリヤ','女'),('ラフマン・アヤーン','男'),('ペレイラ・ガブリエル','男'),('チャン・ティ・ラン','女')]
TOWN = ['月見台','青葉町','西ヶ丘','桜木','川端','緑ヶ原','東雲','高砂']
def name(sex=None):
    sex = sex or R.choice('男女')
    return R.choice(FAM) + ' ' + R.choice(GB if sex == '男' else GG), sex
def tel(): return f'090-0000-{R.randint(0,9999):04d}'
def addr(): return f'架空市東区{R.choice(TOWN)}{R.randint(1,5)}丁目{R.randint(1,30)}-{R.randint(1,20)}（架空）'
def mail(): return f'{R.choice(["hogosha","home","family","k"])}{R.randint(10,999)}@mail.example.jp'
def bday(y): return f'{y}/{R.randint(1,12):02d}/{R.randint(1,28):02d}'
def pupils(n, foreign=0):
    out = []
    for i in range(n):
        if i < foreign:
            nm, sx = FOREIGN[(i + R.randint(0, 7)) % len(FOREIGN)]
        else:
            nm, sx = name()
        out.append((nm, sx))
    return out

JH = '架空市立月見台中学校'; ES = '架空市立若葉小学校'; HS = '架空市立城北高等学校 定時制課程'
SP_BU = 'SharePoint/月見台中-部活動地域移行/Shared Documents'
TM_CL = 'Teams/月見台地域クラブ連絡会'
SP_GC = 'SharePoint/ひまわり放課後児童クラブ/Shared Documents'
TM_ICT = 'Teams/東区ICT支援員チーム'
SP_EC = 'SharePoint/教育センター研修班/Shared Documents'
TM_SN = 'Teams/若葉小-特別支援学級/支援会議'
SP_TJ = 'SharePoint/城北高定時制-教務/Shared Documents'
GD = 'GoogleDrive-export'
rr = random.Random(7)

# ======================= 中学校 部活動 → 地域クラブ =======================
clubs = ['サッカー部','女子バレーボール部','吹奏楽部','剣道部','陸上競技部','卓球部']
# 1 部員名簿 names only -> III
for k, cl in enumerate(clubs[:3]):
    ps = pupils(14, foreign=1 if k == 1 else 0)
    rows = [['学年','組','氏名','性別','パート/ポジション']] + [[R.randint(1,3), R.randint(1,5), n, s, R.choice(['FW','MF','DF','GK','Cl','Tp','Fl','Perc'])] for n, s in ps]
    xlsx(L(f'{SP_BU}/{cl}/{cl}_部員名簿_R7.xlsx', 'III', '部活動名簿', 'realistic-name', 'xlsx', '学年・組・氏名・性別・ポジションのみ。連絡先なし'), [{'name': '部員', 'rows': rows}])
# 2 部員名簿 with guardian phone in hidden column -> I
ps = pupils(18)
rows = [['No','学年','氏名','保護者名','緊急連絡先','備考']] + [[i+1, R.randint(1,3), n, R.choice(FAM)+' '+R.choice(['由美','健一','真由美','浩二']), tel(), ''] for i, (n, s) in enumerate(ps)]
rows[5][5] = 'ぜんそく持ち。吸入器をバッグに常備'
xlsx(L(f'{SP_BU}/剣道部/部員名簿.xlsx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'xlsx', '保護者の緊急連絡先(電話)と持病の列が非表示列になっている'), [{'name': 'Sheet1', 'rows': rows, 'hidden_cols': [3, 4, 5]}])
# 3 部員名簿 visible sheet names only, hidden sheet with addresses -> I
ps = pupils(12)
xlsx(L(f'{SP_BU}/陸上競技部/陸上部 R7 名簿.xlsx', 'I', '児童生徒の住所録', 'hidden-content', 'xlsx', '表の名簿は氏名のみだが、非表示シート「連絡用」に住所・電話'),
     [{'name': '名簿', 'rows': [['学年','氏名','種目']] + [[R.randint(1,3), n, R.choice(['100m','走幅跳','1500m','砲丸投'])] for n, s in ps]},
      {'name': '連絡用', 'hidden': True, 'rows': [['氏名','住所','自宅電話','保護者携帯']] + [[n, addr(), tel(), tel()] for n, s in ps]}])
# 4 大会エントリー表 (names, birthdates, sex) -> III
for k, cl in enumerate(['卓球部','陸上競技部']):
    ps = pupils(10)
    rows = [['中体連 市民大会 エントリー表', '', '', '', ''], ['学校名', JH, '', '', ''], ['No','氏名','ふりがな','性別','生年月日']] + [[i+1, n, '', s, bday(2011 + R.randint(0,2))] for i, (n, s) in enumerate(ps)]
    xlsx(L(f'{SP_BU}/{cl}/大会エントリー表_市民大会.xlsx', 'III', '生年月日、性別', 'realistic-name', 'xlsx', '氏名・性別・生年月日のみ（第2表Ⅲ 児童生徒に関する個人情報）'), [{'name': 'エントリー', 'rows': rows}])
# 5 entry CSV Shift_JIS -> III
ps = pupils(8)
write(L(f'{SP_BU}/サッカー部/entry_u15_league.csv', 'III', '生年月日、性別', 'legacy-or-encoding', 'csv (Shift_JIS)', '協会システム用エントリーCSV。氏名・生年月日・背番号のみ'),
      csvtext([['背番号','氏名','カナ','生年月日','学年']] + [[i+1, n, '', bday(2011), R.randint(1,3)] for i, (n, s) in enumerate(ps)]), 'cp932')
# 6 外部指導者の名簿 with home address/phone/birthdate -> I
rows = [['氏名','担当部','生年月日','住所','携帯','メール','職業','指導者資格']]
for cl in clubs:
    n, s = name(); rows.append([n, cl, bday(1960 + R.randint(0, 35)), addr(), tel(), mail(), R.choice(['会社員','自営業','元教員','大学生']), R.choice(['JSPO公認','なし','日本スポーツ協会C級'])])
xlsx(L(f'{TM_CL}/一般/Files/外部指導者名簿（地域クラブ）.xlsx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所、生年月日、性別等の基本情報を含むもの', 'realistic-name', 'xlsx', '外部指導者（学校の指導に当たる者）の住所・携帯・生年月日。教職員の個人情報に準じて扱う'), [{'name': '指導者', 'rows': rows}])
# 7 外部指導者 list names+部 only -> IV
rows = [['地域クラブ名','指導者','活動日','活動場所']] + [[cl.replace('部','クラブ'), name()[0] + ' コーチ', R.choice(['火・木','水・土','土・日']), R.choice(['第1体育館','グラウンド','音楽室','武道場'])] for cl in clubs]
write(L(f'{TM_CL}/一般/Files/地域クラブ活動日程と指導者.html', 'IV', '保護者等への配布文書', 'near-miss', 'html', '保護者向けに公開済みの活動日・場所・指導者名のみ。個人の連絡先なし'), html_table('令和7年度 地域クラブ 活動日程', rows, '<p>保護者の皆様へ　地域クラブの活動日程をお知らせします。</p>'))
# 8 けがの記録 -> II (事故報告書、記録簿)
for k in range(2):
    n, s = name()
    blocks = ['事故（けが）報告書', f'部活動：{R.choice(clubs)}', f'発生日時：令和7年{R.randint(5,10)}月{R.randint(1,28)}日 17時10分ごろ', f'生徒：2年{R.randint(1,5)}組 {n}', '状況：ランニング中に転倒し、右足首をひねった。', '対応：アイシング後、保護者へ連絡。保護者の車で整形外科受診。', '診断：右足関節捻挫（全治2週間）', '報告者：顧問 ' + name()[0]]
    docx(L(f'{SP_BU}/けが・事故/事故報告_{k+1}.docx', 'II', '事故報告書、記録簿', 'realistic-name', 'docx', '部活動中のけがの事故報告書'), blocks)
# 9 けがの記録 in xlsx with comment revealing chronic condition -> I
ps = pupils(6)
rows = [['日付','氏名','部位','内容','対応']] + [[f'6/{R.randint(1,30)}', n, R.choice(['膝','足首','手首','顔']), R.choice(['打撲','捻挫','擦り傷']), R.choice(['保健室','様子見','受診'])] for n, s in ps]
xlsx(L(f'{SP_BU}/けが・事故/けが記録_2025.xlsx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'xlsx', 'けがの記録（Ⅱ）だが、セルのメモに「てんかんの既往、服薬中」と心身の状況がある→Ⅰ'),
     [{'name': '記録', 'rows': rows, 'comments': [('B3', '養護', 'この生徒はてんかんの既往あり。抗てんかん薬服薬中。頭部打撲時は必ず保護者と主治医へ連絡')]}])
# 10 送迎の連絡網 -> I
for k, fmtx in enumerate(['xlsx', 'tsv']):
    ps = pupils(12)
    rows = [['順','生徒名','保護者','携帯','送迎担当日','住所（送迎ルート用）']] + [[i+1, n, R.choice(FAM), tel(), R.choice(['月','水','金','土']), addr()] for i, (n, s) in enumerate(ps)]
    if fmtx == 'xlsx':
        xlsx(L(f'{TM_CL}/保護者会/Files/送迎連絡網_吹奏楽.xlsx', 'I', '児童生徒の住所録', 'realistic-name', 'xlsx', '送迎用連絡網。保護者携帯と住所'), [{'name': '連絡網', 'rows': rows}])
    else:
        write(L(f'{TM_CL}/保護者会/Files/sougei_list_soccer.tsv', 'I', '児童生徒の住所録', 'legacy-or-encoding', 'tsv (UTF-16LE, BOM)', 'サッカー送迎当番表。保護者携帯と住所'), '\ufeff' + csvtext(rows, '\t'), 'utf-16-le')
# 11 連絡網 photo of paper (handwritten) -> I
ps = pupils(7)
im = img.paper(['女子バレー 緊急連絡網（R7）', '※雨天中止の連絡はこの順で回す'], hand=True, rnd=rr, table=[['順','名前','電話']] + [[i+1, n, tel()] for i, (n, s) in enumerate(ps)])
img.save(L(f'OneDrive-坂口 美咲/Pictures/Camera Roll/IMG_20250512_181204.jpg', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'jpg (phone photo)', '手書き風の連絡網をスマホで撮影。生徒名と電話番号'), img.photo(im, rr))
# 12 whiteboard photo: practice menu -> III? (names + practice) — IV-ish; names only -> III
im = img.whiteboard(['今週の練習メニュー', '火: 基礎打ち  井上・堀はサーブ練', '木: ゲーム形式  1年は球拾い', '土: 練習試合 vs 西ヶ丘中 9:00集合'], rr)
img.save(L(f'{TM_CL}/一般/Files/ホワイトボード_練習メニュー.jpg', 'III', '授業や学校行事等の活動記録（動画・写真）', 'scan-or-photo', 'jpg (photo of whiteboard)', '練習メニュー。生徒の姓が出るが連絡先・心身情報なし'), im)
# 13 whiteboard: injury/ health notes -> I
im = img.whiteboard(['部員 体調メモ（顧問用）', '2-3 松永：起立性調節障害 朝練なし', '1-1 古閑：心臓検診 要精検 → 激しい運動不可', '3-2 岩下：家庭の事情で土日参加不可'], rr)
img.save(L(f'OneDrive-岩下 健人/写真/ホワイトボード 0610.jpg', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'jpg (photo of whiteboard)', '生徒の病状・家庭事情を年組＋姓で記したホワイトボード'), im)
# 14 地域クラブ 移行 説明資料 pptx -> IV, with speaker notes mentioning pupil situation -> I
pptx(L(f'{TM_CL}/一般/Files/地域移行説明会_保護者向け.pptx', 'IV', '保護者等への配布文書', 'notice-about-record', 'pptx', '保護者説明会資料。部員名簿の扱いを説明するが名簿そのものはない'),
     [('部活動の地域移行について', ['令和8年度から休日の部活動を地域クラブへ移行します', '会費：月額2,000円（予定）'], '会費の減免は市の制度を案内する。'), ('名簿の取扱い', ['部員名簿は地域クラブへ提供する前に同意書を取ります', '同意書の様式は別途配布'], None)])
pptx(L(f'{TM_CL}/一般/Files/地域移行説明会_教職員向け_v3.pptx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'pptx (speaker notes)', 'スライドは一般的な説明だが、ノートに特定生徒の家庭状況・経済状況'),
     [('地域移行スケジュール', ['6月 保護者説明会', '9月 試行', '4月 本格実施'], None), ('課題', ['会費負担', '送迎'], '2年4組の荒木さん宅は生活保護受給中で会費負担が難しい。父親は入院中、母親はパートで送迎不可。個別に相談済み。'), ('まとめ', ['ご協力をお願いします'], None)])
# 15 大会 ... 申込書 blank form -> IV
docx(L(f'{SP_BU}/様式/地域クラブ入会申込書（様式）.docx', 'IV', '各種届雛形', 'blank-form', 'docx', '記入前の入会申込書様式'), ['地域クラブ入会申込書', [['生徒氏名', ''], ['学年・組', ''], ['保護者氏名', ''], ['緊急連絡先', ''], ['既往症・配慮事項', '']], '※ご記入いただいた情報はクラブ運営にのみ使用します。'], footer='月見台地域クラブ運営委員会')
# filled form -> I
n, s = name()
docx(L(f'{SP_BU}/様式/入会申込書_提出分_0603.docx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'filled-form', 'docx', '記入済み申込書。連絡先・既往症'), ['地域クラブ入会申込書', [['生徒氏名', n], ['学年・組', '1年3組'], ['保護者氏名', R.choice(FAM) + ' 千尋'], ['緊急連絡先', tel()], ['住所', addr()], ['既往症・配慮事項', '食物アレルギー（落花生）。エピペン所持']]])
# 16 部活動 attendance (出席簿補助簿) -> III
ps = pupils(15)
rows = [['氏名'] + [f'6/{d}' for d in (3,5,7,10,12,14)]] + [[n] + [R.choice(['○','○','○','×','遅']) for _ in range(6)] for n, s in ps]
xlsx(L(f'{SP_BU}/女子バレーボール部/出欠チェック6月.xlsx', 'III', '出席簿補助簿', 'realistic-name', 'xlsx', '部活の出欠チェック。理由欄なし'), [{'name': '6月', 'rows': rows}])
# 17 untitled excel: 1年〜3年 番号 + 体温 -> II
rows = [['', '', '6/2', '6/3', '6/4']] + [[f'{R.randint(1,3)}-{R.randint(1,5)}-{R.randint(1,35)}', '', 36 + R.randint(0,9)/10, 36 + R.randint(0,9)/10, 36 + R.randint(0,12)/10] for _ in range(20)]
xlsx(L(f'OneDrive-堀 大翔/ドキュメント/Book1.xlsx', 'II', '体温チェック表', 'untitled-table', 'xlsx', '見出しのない表。年-組-番と日付ごとの体温＝体温チェック表'), [{'name': 'Sheet1', 'rows': rows}])
# 18 notice about club fee -> IV
pdf_text(L(f'{SP_BU}/配布文書/地域クラブ会費のお知らせ.pdf', 'IV', '保護者等への配布文書', 'realistic-name', 'pdf (text)', '保護者配布の会費案内'), [[f'{JH}', '保護者各位', '', '地域クラブ会費の納入について（お知らせ）', '', '会費は月額2,000円です。口座振替の手続きをお願いします。', '就学援助を受けているご家庭は学校へご相談ください。']])
# 19 eml: coach sends entry + injury report attachment
def eml(path, frm, to, subj, body, atts):
    m = EmailMessage(); m['From'] = frm; m['To'] = to; m['Subject'] = subj
    m['Date'] = format_datetime(datetime.datetime(2025, 6, R.randint(1, 28), 18, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=9))))
    m.set_content(body)
    for fn, data, mt in atts:
        ma, sb = mt.split('/')
        m.add_attachment(data, maintype=ma, subtype=sb, filename=fn)
    write(path, m.as_bytes())
ps = pupils(9)
ent = csvtext([['氏名','学年','生年月日']] + [[n, R.randint(1,3), bday(2012)] for n, s in ps]).encode('utf-8')
eml(L(f'{TM_CL}/一般/Files/RE_ 市民大会エントリー.eml', 'III', '生年月日、性別', 'container', 'eml + csv attachment', '本文は事務連絡、添付CSVは氏名・生年月日のみ'), 'coach.hirakawa@club.example.jp', 'tsukimidai-jh@school.example.jp', 'RE: 市民大会エントリー', 'お世話になります。エントリー名簿を添付します。確認をお願いします。\n平川', [('entry.csv', ent, 'text/csv')])
import tempfile
tmp = tempfile.mkdtemp()
n, s = name()
docx(os.path.join(tmp, 'a.docx'), ['けが報告', f'2年 {n}', '練習試合中に相手選手と接触し左鎖骨骨折。救急搬送。', '保護者には19時に連絡済み。'])
eml(L(f'{TM_CL}/一般/Files/【至急】練習試合での負傷について.eml', 'II', '事故報告書、記録簿', 'container', 'eml + docx attachment', '添付docxが事故報告'), 'coach.tashiro@club.example.jp', 'kyoto@school.example.jp', '【至急】練習試合での負傷について', '教頭先生\n本日の練習試合で負傷者が出ました。報告書を添付します。', [('負傷報告.docx', open(os.path.join(tmp, 'a.docx'), 'rb').read(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')])

# ======================= 放課後児童クラブ（民間事業者・空き教室） =======================
ps = pupils(25, foreign=2)
rows = [['No','児童名','学年','性別','保護者','連絡先','お迎え者','アレルギー']] + [[i+1, n, R.randint(1,4), s, R.choice(FAM) + ' ' + R.choice(['恵','修','智子','誠']), tel(), R.choice(['母','祖母','父','本人帰宅']), R.choice(['なし','なし','なし','卵','乳'])] for i, (n, s) in enumerate(ps)]
xlsx(L(f'{SP_GC}/名簿/利用児童名簿_2025年度.xlsx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', '利用児童の保護者連絡先・アレルギー'), [{'name': '名簿', 'rows': rows}])
ods(L(f'{SP_GC}/名簿/利用児童一覧(夏休み).ods', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'ods', '表示シートは氏名と利用日のみ、非表示シートに連絡先と配慮事項'),
    [{'name': '利用日', 'rows': [['児童名','学年','7/22','7/23','7/24']] + [[n, R.randint(1,4), '○', R.choice(['○','']), '○'] for n, s in ps[:12]]},
     {'name': '連絡先', 'hidden': True, 'rows': [['児童名','保護者携帯','住所','配慮事項']] + [[n, tel(), addr(), R.choice(['','','ADHD傾向 服薬あり','']) ] for n, s in ps[:12]]}])
# names only
write(L(f'{SP_GC}/名簿/児童名一覧_名札用.txt', 'III', '名列表', 'near-miss', 'txt', '名札作成用の氏名と学年だけ'), '\n'.join(f'{g}年 {n}' for (n, s), g in zip(ps, [R.randint(1,4) for _ in ps])) + '\n')
# お迎えの記録 -> III
rows = [['日付','児童名','お迎え時刻','お迎え者','確認者']] + [[f'6/{R.randint(1,30)}', n, f'{R.randint(17,18)}:{R.randint(0,59):02d}', R.choice(['母','父','祖父','祖母']), R.choice(['支援員A','支援員B'])] for n, s in ps[:15]]
xlsx(L(f'{SP_GC}/記録/お迎え記録_6月.xlsx', 'III', '出席簿補助簿', 'realistic-name', 'xlsx', '降所時刻とお迎え者のみ。欠席理由・心身の記述なし（出席簿補助簿に準ずる）'), [{'name': '6月', 'rows': rows}])
# お迎え記録 with custody note -> I
rows2 = [r[:] for r in rows]; rows2[0].append('特記'); [r.append('') for r in rows2[1:]]
rows2[3][5] = '父親への引き渡し不可（家裁の保護命令あり）。父が来たら職員室と110番'
xlsx(L(f'{SP_GC}/記録/お迎え記録_7月.xlsx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'mixed', 'xlsx', 'お迎え記録の特記欄に親権・保護命令の家庭事情'), [{'name': '7月', 'rows': rows2}])
# お迎え photo of paper sign-out sheet -> III
im = img.paper(['お迎えサイン表 6月18日(水)', 'ひまわり放課後児童クラブ'], hand=True, rnd=rr, table=[['児童','時刻','サイン']] + [[n, f'17:{R.randint(10,59)}', R.choice(FAM)] for n, s in ps[:8]])
img.save(L(f'{SP_GC}/記録/写真/IMG_3321.jpg', 'III', '出席簿補助簿', 'scan-or-photo', 'jpg (phone photo)', 'お迎えサイン表の写真。氏名と時刻のみ'), img.photo(im, rr))
# 引き継ぎメモ -> I sensitive in plain words
for k, txt in enumerate([
    ['6/12 学校(2年担任 江藤先生)から', '・みさきちゃん、最近お母さんの帰りが遅く夕食を食べていない様子。', '・朝も食べてこない日が多いとのこと。体重が減っている。', '・クラブでもおやつを多めに。気になることがあれば担任に直接電話。'],
    ['引継ぎ 6/20', '3年のそうた君、帰り際に「家に帰りたくない」と言う。腕にあざ。', '校長・教頭に報告済み。児童相談所に通告するか検討中。', 'お迎えは祖母のみにしてもらう。']]):
    write(L(f'{SP_GC}/引き継ぎ/学校との引き継ぎメモ_{k+1}.txt', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'txt', '記録の表題はないが、児童の家庭状況・虐待の疑いを平文で記す'), '\n'.join(txt) + '\n')
write(L(f'{SP_GC}/引き継ぎ/引継ぎ.md', 'IV', '保護者等への配布文書', 'near-miss', 'md', '引き継ぎの手順だけ（おやつ当番・鍵の返却）。個人情報なし'), '# 引継ぎ手順\n\n- 17:00 教室の鍵を職員室に返却\n- おやつの在庫は月末に報告\n- 学校行事で教室が使えない日は前週までに連絡帳で周知\n')
# chat screenshot about a child -> I
im = img.chat('ひまわりクラブ職員', [('支援員 上村', '今日Aくん（3年2組）またパニック。机の下から出てこなかった'), ('主任 西岡', '担任の先生から、発達検査でASDの診断が出たと聞いてます。大きな音は避けて'), ('支援員 上村', '了解です。イヤーマフ用意します'), ('主任 西岡', 'お母さんも精神的に参っているので声かけは慎重に')], rr, app='LINE WORKS')
img.save(L(f'OneDrive-上村 陽菜/Pictures/Screenshots/スクリーンショット 2025-06-19 180512.png', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'id-by-number', 'png (chat screenshot)', 'チャットの画面。年・組と頭文字で児童の診断・家庭状況'), im)
# chat screenshot innocuous -> IV
im = img.chat('ひまわりクラブ職員', [('主任 西岡', '明日は避難訓練です。15:30に校庭集合'), ('支援員 上村', 'おやつは訓練後にします'), ('主任 西岡', '了解です')], rr, app='LINE WORKS')
img.save(L(f'OneDrive-上村 陽菜/Pictures/Screenshots/スクリーンショット 2025-06-20 090211.png', 'IV', '学校行事実施計画（体育大会実施計画等）', 'near-miss', 'png (chat screenshot)', '避難訓練の予定の連絡のみ'), im)
# クラブだより -> IV
docx(L(f'{SP_GC}/おたより/ひまわりだより7月号.docx', 'IV', '学校・学年・学級だより', 'realistic-name', 'docx', 'クラブだより。行事予定'), ['ひまわりだより 7月号', '夏休みの開所時間は8:00〜18:30です。', 'お弁当と水筒を持たせてください。', '7/30 夏祭りを行います。'], footer='ひまわり放課後児童クラブ（運営：株式会社こもれび 架空）')
# 利用申込書 blank/filled
odt(L(f'{SP_GC}/様式/利用申込書_様式.odt', 'IV', '各種届雛形', 'blank-form', 'odt', '未記入の利用申込書'), ['放課後児童クラブ利用申込書', [['児童氏名', ''], ['学校・学年', ''], ['保護者勤務先', ''], ['連絡先', ''], ['健康上の配慮', '']]])
n, s = name()
odt(L(f'{SP_GC}/様式/申込書_記入済_スキャン後入力.odt', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'filled-form', 'odt', '記入済み申込書。勤務先・連絡先・健康上の配慮'), ['放課後児童クラブ利用申込書', [['児童氏名', n], ['学校・学年', '若葉小 2年'], ['保護者勤務先', '架空市民病院 看護部（夜勤あり）'], ['連絡先', tel()], ['住所', addr()], ['健康上の配慮', '1型糖尿病。補食・血糖測定あり']]], notes=['ひとり親家庭。利用料減免の対象'])
# 利用料 減免 -> I (就学援助 nearest)
rows = [['児童名','世帯区分','減免額','根拠']] + [[n, R.choice(['生活保護','市民税非課税','ひとり親']), R.choice([3000, 5000]), '減免申請書受理'] for n, s in ps[:6]]
write(L(f'{SP_GC}/会計/genmen_R7.csv', 'I', '校内就学援助関係書類', 'legacy-or-encoding', 'csv (Shift_JIS)', '利用料減免の児童と世帯区分（生活保護等）。就学援助関係書類に準ずる'), csvtext(rows), 'cp932')
# 会計簿 -> IV
rows = [['日付','摘要','収入','支出']] + [[f'6/{d}', R.choice(['おやつ代','消耗品','保険料']), R.choice([0, 12000]), R.choice([3400, 1200, 800])] for d in range(1, 29, 3)]
xlsx(L(f'{SP_GC}/会計/おやつ会計_6月.xlsx', 'IV', '学校徴収金会計簿（学年費等）', 'near-miss', 'xlsx', 'おやつ代の収支のみ。児童名なし'), [{'name': '6月', 'rows': rows}])

# ======================= ICT支援員 =======================
# device ledger names -> III
ps = pupils(30)
rows = [['管理番号','シリアル','学年','組','番','使用者','状態']] + [[f'TB-{1000+i}', f'SN{R.randint(10**7, 10**8)}', R.randint(1,6), R.randint(1,3), R.randint(1,33), n, R.choice(['貸出中','貸出中','修理中'])] for i, (n, s) in enumerate(ps)]
xlsx(L(f'{TM_ICT}/台帳/Files/若葉小_端末管理台帳.xlsx', 'III', '名列表', 'realistic-name', 'xlsx', '端末の貸出先として児童名・年組番。パスワードなし'), [{'name': '台帳', 'rows': rows}])
# device ledger with hidden PW column -> II
rows2 = [r + ['初期PW'] if i == 0 else r + [f'Wk{R.randint(1000,9999)}!'] for i, r in enumerate(rows)]
xlsx(L(f'{TM_ICT}/台帳/Files/若葉小_端末管理台帳_作業用.xlsx', 'II', '情報端末ログインID/PW管理台帳', 'hidden-content', 'xlsx', '非表示列に端末ログイン初期パスワード'), [{'name': '台帳', 'rows': rows2, 'hidden_cols': [7]}])
# account bulk CSV with passwords -> II
for k, enc in enumerate(['utf-8-sig', 'cp932']):
    ps = pupils(25, foreign=2)
    rows = [['Email Address [Required]','Password [Required]','First Name [Required]','Last Name [Required]','Org Unit Path [Required]']] + [[f's25{R.randint(1000,9999)}@stu.example.jp', f'Tk{R.randint(100000,999999)}', n.split(' ')[-1], n.split(' ')[0], f'/児童/{R.randint(1,6)}年'] for n, s in ps]
    write(L(f'{TM_ICT}/アカウント/Files/bulk_upload_{["wakaba","tsukimidai"][k]}.csv', 'II', '情報システムログインID/PW管理台帳', 'legacy-or-encoding' if enc == 'cp932' else 'realistic-name', f'csv ({"UTF-8 BOM" if k == 0 else "Shift_JIS"})', 'アカウント一括登録CSV。ID と初期パスワード'), csvtext(rows), enc)
# account list without PW -> III
rows = [['UserPrincipalName','DisplayName','Grade','Class','Number']] + [[f's25{R.randint(1000,9999)}@stu.example.jp', f'{R.randint(1,3)}年{R.randint(1,5)}組{R.randint(1,35)}番', R.randint(1,3), R.randint(1,5), R.randint(1,35)] for _ in range(30)]
write(L(f'{TM_ICT}/アカウント/Files/users_export_20250604.csv', 'III', '名列表', 'id-by-number', 'csv (UTF-8)', 'アカウント一覧。年組番と学校発行IDのみ、パスワードなし'), csvtext(rows))
# teacher account PW list -> II
rows = [['職員','校務支援ID','初期PW','Microsoft365']] + [[name()[0], f't{R.randint(10000,99999)}', f'Ks#{R.randint(1000,9999)}', f't{R.randint(100,999)}@edu.example.jp'] for _ in range(15)]
write(L(f'{TM_ICT}/アカウント/Files/教職員ID.txt', 'II', '情報システムログインID/PW管理台帳', 'realistic-name', 'txt (tab separated)', '教職員のIDと初期パスワード'), csvtext(rows, '\t'))
# 修理の記録 -> III
rows = [['受付日','管理番号','症状','原因','対応','使用者']] + [[f'5/{R.randint(1,31)}', f'TB-{R.randint(1000,1030)}', R.choice(['画面割れ','充電不可','キーボード不良']), R.choice(['落下','不明','経年']), R.choice(['メーカー修理','代替機貸出']), f'{R.randint(1,6)}-{R.randint(1,3)} {R.choice(FAM)}'] for _ in range(12)]
xlsx(L(f'{TM_ICT}/修理/Files/修理記録_R7.xlsx', 'III', '名列表', 'realistic-name', 'xlsx', '端末修理の記録。児童は年組＋姓のみ、個人の事情なし'), [{'name': '修理', 'rows': rows}])
# 修理 no names -> IV?  -> III 学校運営 (internal)
write(L(f'{TM_ICT}/修理/Files/修理依頼_まとめ.md', 'III', '職員会議の資料', 'near-miss', 'md', '修理件数の集計と手順。個人名なし（校内運営資料）'), '# 5月 修理依頼まとめ\n\n| 症状 | 件数 |\n|---|---|\n| 画面割れ | 7 |\n| 充電不可 | 3 |\n\n保護者負担の有無は教育委員会の基準による。\n')
# 不具合報告 (Teams channel) screenshot -> IV/III
im = img.screenshot('不具合報告一覧', ['No','学校','症状','状態'], [[i, R.choice(['若葉小','月見台中','城北高']), R.choice(['Wi-Fi切断','ログイン不可','カメラ起動せず']), R.choice(['対応中','完了'])] for i in range(1, 9)], rr, app='ICTヘルプデスク')
img.save(L(f'{TM_ICT}/不具合報告/Files/helpdesk_0612.png', 'III', '職員会議の資料', 'near-miss', 'png (screenshot)', '不具合一覧。個人情報なし（校内資料）'), im)
# 不具合報告 with pupil harmful search log -> I
docx(L(f'{TM_ICT}/不具合報告/Files/不具合報告_フィルタリング.docx', 'I', '生徒指導記録簿', 'mixed', 'docx (comments)', '本文はフィルタの不具合報告だが、コメントで特定生徒の自傷関連の検索履歴と指導を記す'),
     ['不具合報告', 'フィルタリングで一部の学習サイトがブロックされる。', '対象：月見台中 2年生の端末', '再現手順：検索→学習サイトをクリック'],
     comments=[(2, '教頭 桑原', '2年1組12番の生徒の端末で「死にたい 方法」の検索履歴あり。担任・SCと面談済み。ログは印刷して校長保管'), (1, 'ICT支援員 東', 'カテゴリ設定を確認します')])
# システム仕様書 -> II
pdf_text(L(f'{TM_ICT}/台帳/Files/校内ネットワーク構成と設定値.pdf', 'II', '教育情報システム仕様書', 'realistic-name', 'pdf (text)', 'SSID・管理画面URL・VLAN構成の記載'), [['若葉小学校 校内ネットワーク構成', '', 'SSID: WAKABA-EDU-5G  認証: WPA2-Enterprise', 'コントローラ管理画面: https://10.20.30.1:8443 (admin)', 'VLAN10 校務系 / VLAN20 学習系 / VLAN30 来客', 'フィルタリング: クラウド型（アカウント連携）']])
# 障害対応 procedure -> IV? It's internal manual. -> III 教材研究? hmm -> III 職員会議の資料
pdf_text(L(f'{TM_ICT}/マニュアル/Files/端末トラブル時の対応フロー.pdf', 'IV', '保護者等への配布文書', 'near-miss', 'pdf (text)', '家庭向けのトラブル対応フロー（配布用）'), [['タブレットが動かないときは', '1. 再起動する', '2. Wi-Fiを確認', '3. 連絡帳で担任に知らせる', 'ログイン情報は他の人に教えないでください']])
# ICT支援員 日報 with pupil PW reset list -> II? names+new PW -> II
rows = [['日付','学校','作業','対象']] + [[f'6/{R.randint(1,30)}', '若葉小', 'PWリセット', f'{R.randint(1,6)}年{R.randint(1,3)}組 {R.choice(FAM)} → 新PW: Rs{R.randint(1000,9999)}'] for _ in range(6)] + [[f'6/{R.randint(1,30)}', '月見台中', 'プロジェクタ設定', '理科室']]
xlsx(L(f'{TM_ICT}/日報/Files/支援員日報_6月.xlsx', 'II', '情報システムログインID/PW管理台帳', 'mixed', 'xlsx', '日報の中にパスワードリセット後の新パスワード'), [{'name': '日報', 'rows': rows}])
# 支援員 日報 plain -> III (校内資料)
write(L(f'{TM_ICT}/日報/Files/日報_0605.txt', 'III', '職員会議の資料', 'near-miss', 'txt', '作業内容のみ（プロジェクタ設定・研修補助）'), '6/5 月見台中\n・理科室プロジェクタ設定\n・3年数学の授業でのタブレット活用補助\n・職員向けミニ研修（Formsの使い方）\n')
# account registration eml with xlsx attachment containing PW -> II
tmpx = os.path.join(tmp, 'acc.xlsx')
xlsx(tmpx, [{'name': 'Sheet1', 'rows': [['ID','PW','氏名']] + [[f's25{R.randint(1000,9999)}', f'Pw{R.randint(1000,9999)}', name()[0]] for _ in range(10)]}])
eml(L(f'{TM_ICT}/アカウント/Files/転入生アカウント発行.eml', 'II', '情報システムログインID/PW管理台帳', 'container', 'eml + xlsx attachment', '添付に転入生のIDとパスワード'), 'ict-higashi@edu.example.jp', 'wakaba-es@school.example.jp', '転入生アカウント発行について', '若葉小 教頭先生\n転入生分のアカウントを発行しました。添付をご確認ください。\nパスワードは別送します。', [('アカウント.xlsx', open(tmpx, 'rb').read(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

# ======================= 教育センター =======================
schools = ['月見台中','若葉小','西ヶ丘小','城北高','桜木中','緑ヶ原小']
rows = [['No','所属','職名','氏名','受講区分']] + [[i+1, R.choice(schools), R.choice(['教諭','講師','養護教諭']), name()[0], R.choice(['初任者','中堅','選択'])] for i in range(40)]
xlsx(L(f'{SP_EC}/研修/R7_ICT活用研修_受講者名簿.xlsx', 'IV', '校務分掌表', 'realistic-name', 'xlsx', '受講者の所属・職名・氏名のみ（校務分掌表と同程度の職務上の情報）'), [{'name': '受講者', 'rows': rows}])
# roster with personal phone/mail + birthdate hidden sheet -> I
rows2 = [['氏名','生年月日','性別','自宅住所','個人携帯','個人メール']] + [[name()[0], bday(1970 + R.randint(0, 30)), R.choice('男女'), addr(), tel(), mail()] for _ in range(20)]
xlsx(L(f'{SP_EC}/研修/初任者研修_名簿.xlsx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所、生年月日、性別等の基本情報を含むもの', 'hidden-content', 'xlsx', '非表示シートに初任者の生年月日・住所・個人携帯'),
     [{'name': '班編成', 'rows': [['班','氏名','所属']] + [[R.randint(1,5), r[0], R.choice(schools)] for r in rows2[1:]]}, {'name': '個人票', 'hidden': True, 'rows': rows2}])
# 研修レポート -> III 教材研究資料
for k in range(3):
    docx(L(f'{SP_EC}/研修/レポート/研修レポート_{R.choice(FAM)}_{k+1}.docx', 'III', '教材研究資料', 'realistic-name', 'docx', '授業改善の振り返り。児童生徒の個人情報なし'), ['ICT活用研修 事後レポート', f'所属：{R.choice(schools)}', '1 実践の概要', '共同編集機能を使い、班ごとに考えを可視化した。', '2 成果と課題', '発言の少ない生徒も書き込みで参加できた。操作説明に時間がかかった。'])
# 研修レポート with comment about a pupil's diagnosis -> I
docx(L(f'{SP_EC}/研修/レポート/特別支援教育研修_事後レポート.docx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'late-page', 'docx', '3ページ目の事例に実名の児童とLD診断・服薬・家庭状況'),
     ['特別支援教育コーディネーター研修 事後レポート', '1 研修で学んだこと', 'ユニバーサルデザインの授業づくり。', '2 自校での取組', '校内委員会の定例化。', '\f', '3 参考資料', '支援の手立て一覧（略）', '\f', '4 事例', f'若葉小3年2組 {name()[0]}さん：LD（読字）の診断。ADHDの併存で服薬中。', '母親はうつ病で通院中、父親は単身赴任。宿題の確認が家庭では難しい。'])
# 授業記録 -> III
pdf_text(L(f'{SP_EC}/授業研究/授業記録_中2数学_連立方程式.pdf', 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'pdf (text)', '授業記録。発言者は生徒の姓のみ'), [['授業記録 中学2年 数学「連立方程式」', '授業者：' + name()[0], '', 'T: 鶴と亀の問題、どう考える？', 'S(井上): 全部鶴だと考えると…', 'S(堀): 表にして調べました', 'T: 二人の考えを比べよう', '', '考察：表→式への移行を丁寧に扱う必要がある。']])
# 授業記録 multi-page, last page individual pupil assessment with 評定 -> I? 評定一覧表 -> I
pdf_text(L(f'{SP_EC}/授業研究/研究授業_記録と資料.pdf', 'I', '評定一覧表', 'late-page', 'pdf (text, 4 pages)', '最終ページに学級全員の観点別評価と評定の一覧が紛れ込んでいる'),
         [['研究授業 学習指導案', '単元：一次関数', '本時の目標：…'], ['板書計画', '…'], ['授業後の協議記録', '導入の工夫について意見交換'], ['（参考）2年3組 評定一覧'] + [f'{i+1}番 {name()[0]}  知:{R.choice("ABC")} 思:{R.choice("ABC")} 態:{R.choice("ABC")} 評定:{R.randint(1,5)}' for i in range(30)]])
# 授業動画リスト -> III
write(L(f'{SP_EC}/授業研究/授業動画リスト.csv', 'III', '授業や学校行事等の活動記録（動画・写真）', 'realistic-name', 'csv (UTF-8)', '授業動画のファイル一覧。顔が映る旨の注記'), csvtext([['ファイル','学校','内容','備考']] + [[f'MOV_{i:04d}.mp4', R.choice(schools), R.choice(['理科実験','話し合い','体育']), '生徒の顔映り込みあり・研修内限定'] for i in range(8)]))
# 研修案内 -> IV
write(L(f'{SP_EC}/研修/案内/R7研修講座一覧.html', 'IV', '学校要覧', 'realistic-name', 'html', '公開の研修講座一覧'), html_table('令和7年度 教育センター研修講座', [['講座','対象','日程']] + [[R.choice(['ICT活用','生徒指導','特別支援教育','情報セキュリティ']), R.choice(['全教職員','初任者','管理職']), f'{R.randint(5,12)}月{R.randint(1,28)}日'] for _ in range(10)]))
# セキュリティ研修資料 pptx about 通知表 etc -> IV notice-about-record
pptx(L(f'{SP_EC}/研修/案内/情報セキュリティ研修_分類の考え方.pptx', 'IV', '保護者等への配布文書', 'notice-about-record', 'pptx', '分類の説明資料。通知表・指導要録・健康診断票という語は出るが記録そのものはない'),
     [('情報資産の分類', ['分類Ⅰ：指導要録、健康診断票', '分類Ⅱ：通知表、進路希望調査', '分類Ⅲ：座席表、授業用教材'], '通知表のデータはクラウドに置かないことを強調'), ('クラウドに置けるもの', ['分類Ⅲ以下のみ'], None)])
# 研修アンケート blank / filled (teacher opinion) -> IV / III
ods(L(f'{SP_EC}/研修/アンケート/研修アンケート_様式.ods', 'IV', '記入前のアンケート', 'blank-form', 'ods', '記入前の研修評価アンケート'), [{'name': '様式', 'rows': [['質問','回答'], ['満足度(1-5)', ''], ['役立った内容', ''], ['要望', '']]}])
ods(L(f'{SP_EC}/研修/アンケート/研修アンケート_集計.ods', 'III', '職員会議の資料', 'filled-form', 'ods', '研修アンケート集計。受講者の意見のみ、個人特定なし'), [{'name': '集計', 'rows': [['設問','平均','自由記述']] + [[f'Q{i}', round(3 + R.random() * 2, 1), R.choice(['実習が多くて良かった','時間が短い','事例がほしい'])] for i in range(1, 6)]}])
# 教職員 人事 — 研修履歴 with 評価 -> I 教職員の人事情報
rows = [['氏名','所属','経験年数','研修履歴','所見（管理職）']] + [[name()[0], R.choice(schools), R.randint(1, 30), '初任研/中堅研', R.choice(['指導力に課題。学級経営で保護者苦情2件','良好','休職明け。業務量に配慮'])] for _ in range(10)]
xlsx(L(f'{SP_EC}/研修/管理/研修履歴と所見.xlsx', 'I', '教職員の人事情報', 'realistic-name', 'xlsx', '教員ごとの管理職所見・休職歴'), [{'name': '一覧', 'rows': rows}])

# ======================= 小学校 特別支援学級 =======================
sn_kids = [('A', '3年', '自閉症・情緒'), ('B', '5年', '知的'), ('C', '2年', '自閉症・情緒')]
for k, (ini, g, kind) in enumerate(sn_kids):
    docx(L(f'{TM_SN}/Files/個別の指導計画/{ini}_R7前期.docx', 'I', '個別指導計画', 'id-by-number', 'docx', '個別の指導計画（児童はイニシャル）'), ['個別の指導計画（令和7年度 前期）', f'児童：{ini}（{g}・{kind}学級）', [['領域','実態','目標','手立て'], ['国語','ひらがなの読みは可。文の読解に困難','短い文を読んで質問に答える','絵カードと音読アプリ'], ['自立活動','予定変更でパニック','見通しをもって行動する','スケジュールボード']]], footer='取扱注意 若葉小 特別支援学級')
# 個別の教育支援計画 -> I (realistic name)
n, s = name()
docx(L(f'{TM_SN}/Files/個別の教育支援計画/個別の教育支援計画_{n.replace(" ","")}.docx', 'I', '個別の教育支援計画', 'realistic-name', 'docx', '本人・保護者の願い、医療機関、福祉サービス'), ['個別の教育支援計画', f'氏名：{n}　生年月日：{bday(2017)}', '診断名：自閉スペクトラム症（架空市こども発達センター）', '服薬：なし', '関係機関：放課後等デイサービス「そら」（架空）週3回', '保護者の願い：友だちと一緒に給食を食べられるように'])
# 交流学級の時間割 -> III (names) / IV (no names)
rows = [['校時','月','火','水','木','金']] + [[i, R.choice(['交流(3-1)国語','支援学級','交流(3-1)体育']), R.choice(['支援学級','交流 音楽']), '支援学級', R.choice(['交流 図工','支援学級']), '支援学級'] for i in range(1, 7)]
xlsx(L(f'{TM_SN}/Files/時間割/交流学級時間割_R7.xlsx', 'IV', '教育課程編成表', 'near-miss', 'xlsx', '交流学級の時間割。児童名なし'), [{'name': '時間割', 'rows': rows}])
rows2 = [['児童','交流学級','交流教科','付き添い']] + [[name()[0], f'{R.randint(1,6)}-{R.randint(1,3)}', R.choice(['国語・体育','音楽・図工','給食のみ']), R.choice(['支援員','担任','なし'])] for _ in range(6)]
xlsx(L(f'{TM_SN}/Files/時間割/交流一覧.xlsx', 'III', '名列表', 'realistic-name', 'xlsx', '児童名と交流学級・教科のみ'), [{'name': 'Sheet1', 'rows': rows2}])
# same but with comment on medical -> I
xlsx(L(f'{TM_SN}/Files/時間割/交流一覧_コメント付き.xlsx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'xlsx (cell notes)', 'セルのメモにてんかん発作時の対応・服薬'), [{'name': 'Sheet1', 'rows': rows2, 'comments': [('A3', '支援学級担任', '体育時は発作に注意。発作時はダイアップ使用、保護者と主治医に連絡'), ('A5', '支援学級担任', '聴覚過敏。音楽は別室')]}])
# 支援会議の記録 -> I
for k in range(3):
    n, s = name()
    docx(L(f'{TM_SN}/Files/会議記録/支援会議記録_{6+k}月.docx', 'I', '教育相談・面接の記録等', 'realistic-name', 'docx', 'ケース会議の記録（家庭状況・医療・福祉）'), ['校内支援会議 記録', f'日時：令和7年{6+k}月{R.randint(1,28)}日　出席：校長、教頭、コーディネーター、担任、SC、SSW', f'対象：{n}（{R.randint(1,6)}年）', '経過：登校しぶりが続く。朝の腹痛の訴え。', '家庭：母子家庭。母親の就労が不安定、経済的に困窮。SSWが生活支援課につなぐ。', '方針：別室登校を認める。週1回SC面談。'])
# 支援会議 minutes in plain words as md -> I
write(L(f'{TM_SN}/Files/会議記録/メモ_0617.md', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'md', '表題のないメモ。児童の睡眠・食事・家庭の様子'), '# 6/17 話したこと\n\n- ゆうとさん、最近夜2時まで起きていてゲーム。朝起きられない。\n- お父さんが夜勤で家に大人がいない日がある。\n- 給食はおかわりするが家では菓子パンだけの日が多いらしい。\n- 来週、お母さんと面談（SSW同席）。\n')
# 支援会議 agenda only -> III
write(L(f'{TM_SN}/Files/会議記録/次第_支援会議.txt', 'III', '職員会議の資料', 'near-miss', 'txt', '会議次第のみ。対象児童は記載なし'), '校内支援会議 次第\n1 開会\n2 各学級の状況報告\n3 個別ケース検討（資料は当日配布・回収）\n4 閉会\n')
# 写真: 支援会議 whiteboard -> I
im = img.whiteboard(['ケース会議 6/24', 'B児(5年) 知的 IQ 58 (WISC)', '母：精神疾患 通院中 / 兄：不登校', '→ SSW 家庭訪問 / 福祉課と連携'], rr)
img.save(L(f'{TM_SN}/Files/会議記録/IMG_0624_会議板書.jpg', 'I', '教育相談・面接の記録等', 'scan-or-photo', 'jpg (photo of whiteboard)', 'ケース会議の板書。検査結果・家族の病状'), im)
# 学習記録 worksheet -> III
im = img.paper(['かけ算九九 がんばりカード', 'なまえ：たしろ りく', '2のだん ◎  3のだん ○  4のだん △'], hand=True, rnd=rr)
img.save(L(f'{TM_SN}/Files/学習記録/九九カード_スキャン.jpg', 'III', '学習記録（ワークシート・レポート・作品等）', 'scan-or-photo', 'jpg (phone photo)', '児童の学習カード'), img.photo(im, rr))
# 支援学級だより -> IV
pdf_text(L(f'{TM_SN}/Files/おたより/なかよし学級だより_6月.pdf', 'IV', '学校・学年・学級だより', 'realistic-name', 'pdf (text)', '学級だより。行事予定と活動紹介'), [['なかよし学級だより 6月号', '', 'じゃがいもを収穫しました。', '6/28 交流会（3年生と）', '持ち物：体操服、水筒']])
# 保護者向け案内 about 個別の指導計画 -> IV notice-about-record
docx(L(f'{TM_SN}/Files/おたより/個別の指導計画の面談について（お知らせ）.docx', 'IV', '保護者等への配布文書', 'notice-about-record', 'docx', '個別の指導計画の面談日程を知らせる配布文書。計画そのものではない'), ['保護者各位', '個別の指導計画についての面談のお知らせ', '前期の個別の指導計画を作成しました。内容の確認のため面談を行います。', '日程：7月22日〜24日', '希望日を連絡帳でお知らせください。'])
# 学校生活管理指導表 scan image-only pdf -> I
pg = img.paper(['学校生活管理指導表（アレルギー疾患用）', '氏名：' + name()[0] + '  男・女  3年', '病型：食物アレルギー（卵・乳）アナフィラキシーあり', '緊急時：エピペン処方あり', '医療機関：架空市こども医療センター', '記載日 令和7年4月10日 医師名 ○○'], rnd=rr)
img.save_pdf_images(L(f'{TM_SN}/Files/スキャン/SCAN_20250410_0932.pdf', 'I', '学校生活管理指導表', 'scan-or-photo', 'pdf (image only, copier scan)', 'コピー機スキャンの学校生活管理指導表'), [img.scan(pg, rr)])

# ======================= 定時制高校 =======================
ps = pupils(20, foreign=3)
rows = [['学年','氏名','勤務先','職種','勤務時間','雇用形態']] + [[R.randint(1,4), n, R.choice(['（株）架空フーズ 東工場','コンビニ 月見台店','架空介護センター','自動車整備 川端（架空）']), R.choice(['製造','販売','介護補助','整備']), R.choice(['8:00-16:00','6:00-14:00','9:00-16:30']), R.choice(['正社員','アルバイト','契約'])] for n, s in ps]
xlsx(L(f'{SP_TJ}/生徒指導/勤務先一覧_R7.xlsx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', '生徒の勤務先・雇用形態（生活歴）'), [{'name': '勤務先', 'rows': rows}])
write(L(f'{SP_TJ}/生徒指導/kinmusaki.csv', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'foreign-names', 'csv (UTF-8)', '外国籍生徒を含む勤務先一覧'), csvtext([['氏名','国籍','在留資格','勤務先']] + [[n, R.choice(['ベトナム','ブラジル','中国','フィリピン']), R.choice(['家族滞在','定住者','永住者']), r[2]] for (n, s), r in zip(ps[:6], rows[1:7])]))
# 奨学金 -> I
n, s = name()
docx(L(f'{SP_TJ}/奨学金/奨学金申請書類_{n.replace(" ","")}.docx', 'I', '校内就学援助関係書類', 'filled-form', 'docx', '家計状況・世帯収入を含む奨学金申請書'), ['奨学金 申請書（給付型）', [['氏名', n], ['生年月日', bday(2007)], ['世帯人数', '4人'], ['世帯年収', '1,820,000円'], ['家計急変の理由', '父の病気による失職'], ['連絡先', tel()]]], footer='城北高校 定時制 事務室')
rows = [['氏名','学年','奨学金種別','貸与月額','世帯区分']] + [[n, R.randint(1,4), R.choice(['給付','貸与']), R.choice([20000, 30000]), R.choice(['住民税非課税','生活保護','一般'])] for n, s in ps[:10]]
xlsx(L(f'{SP_TJ}/奨学金/採用者一覧.xlsx', 'I', '校内就学援助関係書類', 'realistic-name', 'xlsx', '奨学金採用者と世帯区分'), [{'name': '一覧', 'rows': rows}])
# 奨学金 案内 -> IV
pdf_text(L(f'{SP_TJ}/奨学金/奨学金制度のご案内.pdf', 'IV', '保護者等への配布文書', 'notice-about-record', 'pdf (text)', '奨学金制度の案内（配布文書）'), [['奨学金制度のご案内', '給付型奨学金の申込みは6月30日まで。', '必要書類：申請書、所得証明書', '相談は事務室まで']])
# 申請書 blank -> IV
odt(L(f'{SP_TJ}/奨学金/申請書_様式.odt', 'IV', '各種届雛形', 'blank-form', 'odt', '記入前の申請書様式'), ['奨学金 申請書', [['氏名', ''], ['世帯年収', ''], ['家計急変の理由', '']]])
# 生活相談の記録 -> I
for k in range(2):
    n, s = name()
    write(L(f'{SP_TJ}/生活相談/相談記録_{k+1}.txt', 'I', '教育相談・面接の記録等', 'realistic-name', 'txt (Shift_JIS)', '生活相談記録（家庭・就労・健康）'), f'生活相談記録\n生徒：{n}（{R.randint(1,4)}年）\n日時：令和7年6月{R.randint(1,28)}日\n内容：勤務先での長時間労働で授業に遅刻が続く。母親の介護もあり睡眠4時間。\n対応：勤務先への配慮依頼をSSWと検討。\n', 'cp932')
write(L(f'{SP_TJ}/生活相談/相談記録_legacy.doc', 'I', '教育相談・面接の記録等', 'legacy-or-encoding', 'doc (really RTF)', '拡張子docだが中身はRTF。面接記録'), rtf_text(['面接記録', f'生徒 {name()[0]}', '妊娠が判明。出産予定は12月。パートナーとは連絡が取れない。', '休学・単位認定について教務と相談予定。']))
# 生活相談 in RTF -> I
write(L(f'{SP_TJ}/生活相談/面談メモ.rtf', 'I', '教育相談・面接の記録等', 'sensitive-in-plain-words', 'rtf', '表題なしのメモ。生徒の借金・家出'), rtf_text(['6/9 放課後', '4年の古閑さん。家を出て友人宅に泊まっている。', '消費者金融に30万円の借入があると本人。', '来週、母親と三者で話す。']))
# 進路希望調査 -> II
rows = [['学年','組','番','氏名','第1希望','第2希望']] + [[4, 1, i+1, n, R.choice(['就職（現勤務先）','専門学校','大学','未定']), R.choice(['就職','専門学校','']) ] for i, (n, s) in enumerate(ps[:15])]
xlsx(L(f'{SP_TJ}/進路/進路希望調査_4年.xlsx', 'II', '進路希望調査', 'realistic-name', 'xlsx', '記入済み進路希望調査の集計'), [{'name': '4年', 'rows': rows}])
# 卒業生進路先一覧 -> II
write(L(f'{SP_TJ}/進路/R6卒業生進路.tsv', 'II', '卒業生進路先一覧等', 'realistic-name', 'tsv (UTF-8)', '卒業生の氏名と進路先'), csvtext([['氏名','進路先','区分']] + [[n, R.choice(['架空工業（株）','架空看護専門学校','架空大学']), R.choice(['就職','進学'])] for n, s in ps[:10]], '\t'))
# 進路状況 aggregate -> IV (要覧)
write(L(f'{SP_TJ}/進路/進路状況_集計.html', 'IV', '学校要覧', 'near-miss', 'html', '進路先の人数集計のみ（要覧掲載用）'), html_table('令和6年度 卒業生の進路状況', [['区分','人数'], ['就職', 14], ['進学', 6], ['その他', 3]]))
# 調査書 -> I (scan)
pg = img.paper(['調 査 書', '氏名 ' + name()[0] + '   生年月日 平成19年5月3日', '各教科の学習の記録  国語 4  数学 3  英語 3', '評定平均 3.6', '出欠の記録 欠席 12日（就労のため）', '特記事項：勤労と学業を両立している'], rnd=rr)
img.save_pdf_images(L(f'{SP_TJ}/進路/スキャン/doc20250701143012.pdf', 'I', '調査書', 'scan-or-photo', 'pdf (image only, copier scan)', 'スキャンされた調査書'), [img.scan(pg, rr)])
# 通知表 -> II
rows = [['氏名','国語','数学','英語','理科','社会','欠席']] + [[n] + [R.randint(1, 5) for _ in range(5)] + [R.randint(0, 10)] for n, s in ps[:12]]
xlsx(L(f'{SP_TJ}/成績/前期_通知表データ.xlsx', 'II', '通知表', 'realistic-name', 'xlsx', '通知表作成用の成績データ'), [{'name': '前期', 'rows': rows}])
# 定期考査素点表 untitled -> II
rows = [['', '', '']] + [[f'{R.randint(1,4)}{R.randint(1,2)}{i:02d}', R.randint(20, 100), R.randint(20, 100)] for i in range(1, 25)]
xlsx(L(f'OneDrive-野口 湊/デスクトップ/新しいMicrosoft Excel ワークシート.xlsx', 'II', '定期考査素点表', 'untitled-table', 'xlsx', '見出しなし。学籍番号と2教科の点数（素点表）'), [{'name': 'Sheet1', 'rows': rows}])
# 単位認定会議 -> I 進級・卒業認定資料
pdf_text(L(f'{SP_TJ}/成績/単位認定会議資料.pdf', 'I', '進級・卒業認定資料', 'realistic-name', 'pdf (text)', '単位未修得者と出席時数'), [['前期 単位認定会議資料', '単位未修得の見込み'] + [f'{name()[0]}  数学Ⅰ 出席時数 42/70 欠課超過' for _ in range(5)]])
# 出席簿 -> I
rows = [['番','氏名'] + [f'6/{d}' for d in range(2, 14)]] + [[i+1, n] + [R.choice(['','','','欠','遅','公']) for _ in range(12)] for i, (n, s) in enumerate(ps)]
xlsx(L(f'{SP_TJ}/出欠/出席簿_1年_6月.xlsx', 'I', '出席簿', 'realistic-name', 'xlsx', '正式の出席簿（欠・遅・公の記録）'), [{'name': '6月', 'rows': rows}])
# 学校設定科目の届け出 -> IV
docx(L(f'{SP_TJ}/教務/学校設定科目届出_キャリアデザイン.docx', 'IV', '学校設定科目の届け出', 'realistic-name', 'docx', '学校設定科目の届出書類'), ['学校設定科目 届出書', '科目名：キャリアデザイン（2単位）', '目標：勤労観・職業観の育成', '内容：職場体験の振り返り、履歴書作成'])
# 入学者選抜問題 -> II
pdf_text(L(f'{SP_TJ}/教務/R8入試/作文問題_案.pdf', 'II', '入学者選抜問題', 'realistic-name', 'pdf (text)', '実施前の入学者選抜の作文問題案'), [['令和8年度 入学者選抜 作文問題（案）', '取扱注意 ※実施前', '', '問題：あなたが働きながら学ぶ理由を600字で書きなさい。']])

# ======================= 画像：校務支援システムの画面 =======================
OD_T = 'OneDrive-江藤 結衣'; OD_K = 'OneDrive-桑原 誠'; OD_M = 'OneDrive-宮本 律'
ps = pupils(12)
def ss(path, cls, item, style, why, title, hdr, rows, extra=None, app='校務支援システム'):
    img.save(L(path, cls, item, style, 'png (screenshot)', why), img.screenshot(title, hdr, rows, rr, app=app, extra=extra))
ss(f'{OD_T}/Pictures/Screenshots/スクリーンショット 2025-07-01 163012.png', 'II', '定期考査素点表', 'scan-or-photo', '校務支援システムの考査素点入力画面', '定期考査 素点入力 2年1組', ['番','氏名','国語','数学','英語'], [[i+1, n, R.randint(30,100), R.randint(30,100), R.randint(30,100)] for i, (n, s) in enumerate(ps)])
ss(f'{OD_T}/Pictures/Screenshots/スクリーンショット 2025-05-20 101544.png', 'I', '健康診断票', 'scan-or-photo', '保健メニューの健康診断結果画面（視力・心電図所見）', '健康診断結果 1年3組', ['番','氏名','身長','視力','心電図','所見'], [[i+1, n, 150 + R.randint(0, 20), R.choice(['A','B','C']), R.choice(['異常なし','要精検']), R.choice(['','側弯疑い',''])] for i, (n, s) in enumerate(ps)])
ss(f'{OD_K}/画像/出欠入力画面.png', 'I', '出席簿', 'scan-or-photo', '出欠入力（欠席理由つき）の画面', '出欠入力 6月第2週', ['番','氏名','月','火','水','理由'], [[i+1, n, '', R.choice(['','欠']), '', R.choice(['','発熱','通院','家庭の事情','不登校傾向'])] for i, (n, s) in enumerate(ps)])
ss(f'{OD_K}/画像/shido_kiroku.png', 'I', '生徒指導記録簿', 'scan-or-photo', '生徒指導記録の画面（事案と指導内容）', '生徒指導記録', ['日付','生徒','事案','対応'], [['6/3', ps[0][0], '喫煙', '家庭連絡・反省文'], ['6/11', ps[1][0], 'SNSでのいじめ（加害）', '保護者面談'], ['6/12', ps[2][0], '深夜徘徊で補導', '警察から連絡']])
ss(f'{OD_K}/画像/名簿画面.png', 'III', '生年月日、性別', 'scan-or-photo', '名簿画面。氏名・性別・生年月日のみ', '学級名簿 2年2組', ['番','氏名','性別','生年月日'], [[i+1, n, s, bday(2011)] for i, (n, s) in enumerate(ps)])
ss(f'{OD_M}/Screenshots/seat_2-4.png', 'III', '座席表', 'scan-or-photo', '座席表の画面', '座席表 2年4組', ['窓側1','2','3','4','廊下側'], [[n for n, s in ps[i:i+5]] for i in (0, 5)] + [[ps[10][0], ps[11][0], '', '', '']])
ss(f'{OD_M}/Screenshots/shoken.png', 'II', '通知表', 'scan-or-photo', '通知表の所見入力画面', '通知表 所見入力', ['番','氏名','所見'], [[i+1, n, R.choice(['係活動に責任をもって取り組んだ','発言が増えた','提出物に課題'])] for i, (n, s) in enumerate(ps[:8])])
ss(f'{OD_M}/Screenshots/hyotei_ichiran.png', 'I', '評定一覧表', 'scan-or-photo', '評定一覧の画面', '評定一覧 3年', ['番','氏名','国','社','数','理','英','合計'], [[i+1, n] + [R.randint(2, 5) for _ in range(5)] + [0] for i, (n, s) in enumerate(ps)])
ss(f'{OD_T}/Pictures/Screenshots/家庭訪問.png', 'II', '家庭訪問記録', 'scan-or-photo', '家庭訪問記録の入力画面', '家庭訪問記録', ['日時','生徒','対応者','内容'], [[f'4/{20+i}', n, '母', R.choice(['家での学習時間が少ない','兄弟の世話','特になし'])] for i, (n, s) in enumerate(ps[:6])])
ss(f'{OD_K}/画像/tennyu_uketsuke.png', 'II', '転入学受付（整理）簿', 'scan-or-photo', '転入学受付簿の画面', '転入学受付簿', ['受付日','氏名','学年','前籍校'], [['5/8', ps[3][0], 2, '架空市立北中学校'], ['6/2', FOREIGN[0][0], 1, '（海外・ベトナム）']])
ss(f'{OD_T}/Pictures/Screenshots/taion.png', 'II', '体温チェック表', 'scan-or-photo', '体温入力画面', '健康観察（体温） 6/10', ['番','氏名','体温','症状'], [[i+1, n, 36 + R.randint(0, 9) / 10, R.choice(['','','せき'])] for i, (n, s) in enumerate(ps[:10])])
ss(f'{OD_M}/Screenshots/jikanwari.png', 'IV', '教育課程編成表', 'scan-or-photo', '時間割画面。個人情報なし', '時間割 2年', ['校時','月','火','水','木','金'], [[i, '国語', '数学', '英語', '理科', '社会'] for i in range(1, 7)])
ss(f'{OD_M}/Screenshots/gyoji.png', 'IV', '学校行事実施計画（体育大会実施計画等）', 'scan-or-photo', '行事予定の画面', '行事予定 6月', ['日','行事'], [['6/3', '生徒総会'], ['6/14', '体育大会'], ['6/25', '避難訓練']])
ss(f'{OD_K}/画像/kyushoku_hatchu.png', 'II', '給食関係書類', 'scan-or-photo', '給食の発注数・喫食数画面', '給食 喫食数管理', ['学級','人数','欠食','合計'], [[f'{g}-{c}', 32, R.randint(0, 3), 0] for g in (1, 2, 3) for c in (1, 2)])
ss(f'{OD_K}/画像/shukkinbo.png', 'II', '出勤簿', 'scan-or-photo', '教職員の出勤簿画面', '出勤簿 6月', ['氏名','出勤','年休','病休','特休'], [[name()[0], 18, R.randint(0, 3), R.randint(0, 2), 0] for _ in range(8)])
# ======================= 画像：チャット =======================
img.save(L(f'{OD_T}/Pictures/Screenshots/Teams_0613.png', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'png (chat screenshot)', '学年チャット。生徒の自傷とリストカットの痕'), img.chat('2学年 担任会', [('江藤', '3組の村上さん、手首にリスカの痕がありました'), ('学年主任', 'SCの予約入れます。保護者連絡は今日中に'), ('養護', '保健室で手当てしました。本人は家では言わないでと'), ('江藤', '了解です。面談記録は紙で残します')], rr))
img.save(L(f'{OD_T}/Pictures/Screenshots/Teams_0614.png', 'III', '座席表', 'near-miss', 'png (chat screenshot)', '席替えの相談。生徒の姓のみ'), img.chat('2年3組', [('江藤', '席替え案です。井上さんと堀さんは前列へ'), ('副担任', 'いいと思います'), ('江藤', '明日の朝、掲示します')], rr))
img.save(L(f'{OD_M}/Screenshots/Teams_会議.png', 'IV', '学校行事実施計画（体育大会実施計画等）', 'near-miss', 'png (chat screenshot)', '会議時間の連絡のみ'), img.chat('体育大会実行委員', [('宮本', '明日の打合せは16:00から会議室です'), ('体育主任', '実施計画の最新版をアップしました')], rr))
img.save(L(f'{OD_M}/Screenshots/Teams_pw.png', 'II', '情報システムログインID/PW管理台帳', 'sensitive-in-plain-words', 'png (chat screenshot)', 'チャットで校務支援システムのIDとパスワードを共有'), img.chat('宮本 律 / 講師 今村', [('宮本', '校務支援のIDは t40312、仮パスは Kmm#2025tk です'), ('今村', 'ありがとうございます！ログインできました')], rr))
# ======================= 画像：紙の写真 =======================
def ph(path, cls, item, style, why, lines, table=None, hand=True):
    img.save(L(path, cls, item, style, 'jpg (phone photo)', why), img.photo(img.paper(lines, hand=hand, rnd=rr, table=table), rr))
ph(f'{OD_T}/Pictures/Camera Roll/IMG_20250422_1910.jpg', 'II', '家庭訪問記録', 'scan-or-photo', '手書きの家庭訪問メモ', ['家庭訪問 4/22', '井上さん宅 母対応', '家では携帯ばかり。塾は週2', '弟の面倒をよく見る'])
ph(f'{OD_T}/Pictures/Camera Roll/IMG_20250530_0755.jpg', 'II', '教務手帳', 'scan-or-photo', '教務手帳の見開き（出欠印と小テスト点）', ['教務手帳 2-3 国語'], [['番','5/12','5/19','小テ']] + [[i, R.choice(['/','○']), R.choice(['/','欠']), R.randint(3, 10)] for i in range(1, 10)])
ph(f'{OD_T}/Pictures/Camera Roll/IMG_20250611_1530.jpg', 'I', '心のアンケート（児童生徒が記入済のもの）', 'scan-or-photo', '記入済みの心のアンケート', ['心のアンケート 2年 組 番', '最近なやんでいることは？', '→ 家で父がどなる。夜ねむれない', 'だれかに話したい？ → はい 保健の先生'])
ph(f'{OD_K}/写真/IMG_2025_kizuna_blank.jpg', 'IV', '記入前のアンケート', 'blank-form', '記入前のきずなアンケート用紙', ['きずなアンケート（6月）', '1 学校は楽しいですか　はい・いいえ', '2 いやなことをされたことがありますか', '3 だれに相談したいですか'], hand=False)
ph(f'{OD_M}/写真/IMG_seat.jpg', 'III', '座席表', 'scan-or-photo', '黒板横に貼った座席表', ['座席表 1年2組 （教卓）'], [[n for n, s in ps[i:i+4]] for i in (0, 4, 8)], hand=False)
ph(f'{OD_M}/写真/IMG_dayori.jpg', 'IV', '学校・学年・学級だより', 'scan-or-photo', '学年だよりの写真', ['2学年だより 7月', '夏休みの過ごし方', '三者面談の日程は別紙のとおり'], hand=False)
ph(f'{OD_K}/写真/IMG_hoken_chosa.jpg', 'I', '健康診断票', 'scan-or-photo', '記入済み保健調査票（既往症・服薬）', ['保健調査票', '氏名 ' + name()[0], '既往症：川崎病(3歳)', '現在の服薬：アスピリン', '心臓検診：要管理'])
ph(f'{OD_T}/Pictures/Camera Roll/IMG_touan.jpg', 'II', 'テスト等の答案用紙（児童生徒が記入済のもの）', 'scan-or-photo', '採点済み答案の写真', ['1学期期末テスト 数学 2年3組 12番', '氏名 ' + ps[4][0], '(1) x=3 ○  (2) y=-2 ×', '得点 68点'])
ph(f'{OD_T}/Pictures/Camera Roll/IMG_shinro.jpg', 'II', '進路希望調査', 'scan-or-photo', '記入済み進路希望調査票', ['進路希望調査 3年', '氏名 ' + ps[5][0], '第1希望 架空県立東高校 普通科', '第2希望 私立架空学園'])
ph(f'{OD_K}/写真/IMG_renrakumou_shokuin.jpg', 'I', '職員緊急連絡網', 'scan-or-photo', '職員室掲示の職員緊急連絡網', ['職員緊急連絡網（R7）'], [['順','氏名','携帯']] + [[i, name()[0], tel()] for i in range(1, 9)], hand=False)
ph(f'{OD_K}/写真/IMG_allergy.jpg', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', '給食室のアレルギー対応表（生徒名と除去食品）', ['食物アレルギー対応一覧'], [['学級','氏名','除去']] + [[f'{R.randint(1,3)}-{R.randint(1,5)}', n, R.choice(['卵','乳','えび・かに','小麦'])] for n, s in ps[:6]], hand=False)
ph(f'{OD_M}/写真/IMG_iinkai.jpg', 'III', '委員会・係名簿', 'scan-or-photo', '廊下掲示の委員会名簿', ['前期 委員会名簿'], [['委員会','1組','2組']] + [[c, name()[0], name()[0]] for c in ['図書','保健','放送','美化']], hand=False)
ph(f'{OD_M}/写真/IMG_shiori.jpg', 'IV', '学校行事のしおり', 'scan-or-photo', '修学旅行のしおり表紙', ['修学旅行のしおり', '令和7年度 2学年', '行き先：架空県 古都めぐり'], hand=False)
ph(f'{OD_M}/写真/IMG_taiikutaikai.jpg', 'IV', '学校行事実施計画（体育大会実施計画等）', 'scan-or-photo', '体育大会実施計画', ['体育大会実施計画', '日時 6/14 8:30開会', '雨天時 6/16に順延', 'プログラム 1 開会式 2 100m走'], hand=False)
ph(f'{OD_K}/写真/IMG_kondate.jpg', 'IV', '保護者等への配布文書', 'near-miss', '給食献立表（配布物）。アレルギーの語はあるが個人情報なし', ['7月 給食献立表', '1日 ごはん 鶏の照り焼き', '※アレルギー対応が必要な方は学校へご相談ください'], hand=False)
img.save(L(f'{OD_K}/写真/IMG_wb_shokuin.jpg', 'IV', '校務分掌表', 'scan-or-photo', 'jpg (photo of whiteboard)', '職員室の予定板。出張と行事のみ'), img.whiteboard(['今週の予定', '月 職員会議 16:00', '火 宮本T 出張（教育センター）', '木 避難訓練'], rr))
img.save(L(f'{OD_K}/写真/IMG_wb_kesseki.jpg', 'I', '出席簿', 'scan-or-photo', 'jpg (photo of whiteboard)', '職員室の欠席連絡板。生徒名と欠席理由（心身・家庭）'), img.whiteboard(['欠席連絡 6/18', '1-2 堀 発熱 / 2-1 松永 通院（心療内科）', '3-4 荒木 家庭の事情（母入院）', '2-3 本田 不登校 30日目'], rr))
img.save(L(f'{OD_M}/写真/IMG_wb_kakari.jpg', 'III', '委員会・係名簿', 'scan-or-photo', 'jpg (photo of whiteboard)', '教室の係分担'), img.whiteboard(['係分担 2-4', '黒板：井上 堀', '配り：松永 坂口', '生き物：吉野'], rr))
# ======================= 画像のみPDF（コピー機スキャン） =======================
SCN = 'SharePoint/月見台中-職員室/Shared Documents/スキャン'
def sc(fn, cls, item, style, why, pages):
    img.save_pdf_images(L(f'{SCN}/{fn}', cls, item, style, 'pdf (image only, copier scan)', why), [img.scan(img.paper(p, rnd=rr, table=t), rr) for p, t in pages])
sc('SCAN_0001.pdf', 'I', '健康診断票', 'scan-or-photo', '健康診断票のスキャン', [(['生徒健康診断票（一般）', '氏名 ' + ps[0][0] + '  男', '身長 158.2 体重 61.0', '脊柱・胸郭：側弯症の疑い', '心臓：心雑音あり 要精検'], None)])
sc('SCAN_0002.pdf', 'I', '歯の検査表', 'scan-or-photo', '歯の検査表のスキャン', [(['生徒健康診断票（歯・口腔）', '氏名 ' + ps[1][0], 'むし歯 未処置 4本', '歯肉の状態 2'], None)])
sc('SCAN_0003.pdf', 'I', '指導要録原本', 'late-page', '3ページのスキャン。1・2ページは送付状、3ページ目が指導要録', [(['送付状', '転出先 架空市立北中学校 御中', '指導要録の写しを送付します'], None), (['（余白）'], None), (['生徒指導要録（学籍に関する記録）', '氏名 ' + ps[2][0] + '  生年月日 平成23年8月2日', '現住所 ' + addr(), '保護者 ' + ps[2][0].split(' ')[0] + ' 和也'], None)])
sc('SCAN_0004.pdf', 'I', '校内就学援助関係書類', 'scan-or-photo', '就学援助申請書のスキャン', [(['就学援助費 受給申請書', '申請者 ' + name()[0], '世帯の状況：児童扶養手当受給', '世帯収入 年 2,100,000円'], None)])
sc('SCAN_0005.pdf', 'II', '転退学受付（整理）簿', 'scan-or-photo', '転学届・転退学受付簿のスキャン', [(['転退学受付簿'], [['受付日','氏名','転出先']] + [[f'{R.randint(4,7)}/{R.randint(1,28)}', n, '架空市立北中学校'] for n, s in ps[:4]])])
sc('SCAN_0006.pdf', 'IV', '保護者等への配布文書', 'scan-or-photo', '保護者配布文書のスキャン', [(['保護者各位', '三者面談のお知らせ', '7月22日から24日に実施します'], None)])
sc('SCAN_0007.pdf', 'III', '職員会議の資料', 'scan-or-photo', '職員会議資料のスキャン（個人情報なし）', [(['職員会議資料 6月', '1 体育大会の反省', '2 夏季休業中の日直', '3 研修予定'], None)])
sc('SCAN_0008.pdf', 'III', '学校経営案', 'scan-or-photo', '学校経営案のスキャン', [(['令和7年度 学校経営案', '学校教育目標：自ら学び 共に生きる', '重点：学力向上、不登校対策'], None)])
sc('SCAN_0009.pdf', 'I', '卒業証書授与台帳', 'scan-or-photo', '卒業証書授与台帳のスキャン', [(['卒業証書授与台帳 令和6年度'], [['番号','氏名','生年月日']] + [[f'第{3000+i}号', n, bday(2009)] for i, (n, s) in enumerate(ps[:6])])])
sc('SCAN_0010.pdf', 'III', '確認テスト', 'scan-or-photo', '未記入の確認テスト原稿', [(['確認テスト 1次関数', '(1) y=2x+1 の傾きは？', '(2) 切片は？', '名前 ＿＿＿＿'], None)])
sc('SCAN_0011.pdf', 'II', '教科用図書給付児童生徒名簿', 'scan-or-photo', '教科書給付名簿のスキャン', [(['教科用図書給与児童生徒名簿'], [['学年','氏名','冊数']] + [[1, n, 9] for n, s in ps[6:10]])])
sc('SCAN_0012.pdf', 'II', '事故報告書、記録簿', 'scan-or-photo', '事故報告書のスキャン', [(['事故報告書', '6/5 昼休み 階段で転倒', '生徒 ' + ps[7][0] + ' 右手首骨折', '対応：救急受診、保護者連絡'], None)])
sc('SCAN_0013.pdf', 'IV', '学校要覧', 'scan-or-photo', '学校要覧のスキャン', [(['令和7年度 学校要覧', '生徒数 412名', '学級数 14'], None)])

# ======================= Google Drive エクスポート・旧ファイルサーバ・混在 =======================
GDX = f'{GD}/マイドライブ'
ps = pupils(30, foreign=2)
# names list (名列表) as Google Sheets export xlsx -> III
xlsx(L(f'{GDX}/1年2組 名簿.xlsx', 'III', '名列表', 'realistic-name', 'xlsx (Google Sheets export)', '学級名簿。氏名とふりがなのみ'), [{'name': 'シート1', 'rows': [['番','氏名','ふりがな']] + [[i+1, n, ''] for i, (n, s) in enumerate(ps)]}])
# misleading name: "座席表" that actually has phones -> I
xlsx(L(f'{GDX}/座席表_2-1.xlsx', 'I', '児童生徒の住所録', 'misleading-name', 'xlsx', '名前は座席表だが2枚目に住所と保護者電話'), [{'name': '座席', 'rows': [[n for n, s in ps[i:i+6]] for i in range(0, 30, 6)]}, {'name': 'Sheet2', 'rows': [['氏名','住所','電話']] + [[n, addr(), tel()] for n, s in ps[:10]]}])
# misleading name: "個人情報" but is a blank template -> IV
docx(L(f'{GDX}/【個人情報】緊急連絡カード.docx', 'IV', '各種届雛形', 'misleading-name', 'docx', '名前に「個人情報」とあるが未記入の様式'), ['緊急連絡カード', [['生徒氏名', ''], ['保護者', ''], ['連絡先1', ''], ['連絡先2', ''], ['かかりつけ医', '']]], footer='取扱注意（記入後）')
# misleading: "成績" filename but is a teaching material -> III
docx(L(f'{GDX}/成績処理_研修資料.docx', 'III', '教材研究資料', 'misleading-name', 'docx', '成績処理の方法を説明する研修資料。実際の成績なし'), ['観点別評価の考え方', '知識・技能、思考・判断・表現、主体的に学習に取り組む態度', '評定への総括はA=3,B=2,C=1の平均で行う（例）'])
# misleading: "メモ.txt" with staff addresses -> I
write(L(f'{GDX}/メモ.txt', 'I', '職員住所録', 'misleading-name', 'txt', 'ただの「メモ」だが職員の自宅住所と携帯'), '年賀状用\n' + ''.join(f'{name()[0]}先生 {addr()} {tel()}\n' for _ in range(8)))
# 通知表 notice -> IV
write(L(f'{GDX}/通知表の配付について.txt', 'IV', '保護者等への配布文書', 'notice-about-record', 'txt', '通知表配付日のお知らせ文案'), '保護者各位\n1学期の通知表は7月18日に配付します。\n受領印を押して2学期始業式に提出してください。\n')
# 通知表 所見 draft in plain words -> II
write(L(f'{GDX}/所見下書き.txt', 'II', '通知表', 'sensitive-in-plain-words', 'txt', '表題なしの所見下書き。通知表の所見文'), ''.join(f'{i+1} {n}：{R.choice(["授業中の発言が増え、","係の仕事に責任をもって取り組み、"])}{R.choice(["学習面でも成果が見られました。","提出物の期限を守れるとよいです。"])}\n' for i, (n, s) in enumerate(ps[:10])))
# foreign names: 日本語指導 -> names + 国籍 + 日本語レベル -> I? 生活歴 (来日歴) -> I
rows = [['氏名','国籍','来日','家庭言語','日本語レベル','家庭状況']] + [[nm, R.choice(['ベトナム','ブラジル','フィリピン','ネパール']), f'202{R.randint(0,5)}年', R.choice(['ベトナム語','ポルトガル語','タガログ語']), R.choice(['DLA 2','DLA 3','DLA 4']), R.choice(['父は技能実習後に定住','母のみ日本語可','通訳必要'])] for nm, sx in FOREIGN]
xlsx(L(f'{GDX}/日本語指導対象一覧.xlsx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'foreign-names', 'xlsx', '外国につながる生徒の来日歴・家庭状況（生活歴）'), [{'name': '一覧', 'rows': rows}])
# foreign names only seat list -> III
write(L(f'{GDX}/日本語教室_班分け.csv', 'III', '委員会・係名簿', 'foreign-names', 'csv (UTF-16 LE)', '日本語教室の班分け。氏名のみ'), '\ufeff' + csvtext([['班','氏名']] + [[i % 3 + 1, nm] for i, (nm, sx) in enumerate(FOREIGN)]), 'utf-16-le')
# foreign: notice in Portuguese/Vietnamese -> IV
write(L(f'{GDX}/お知らせ_多言語.html', 'IV', '保護者等への配布文書', 'foreign-names', 'html', '多言語の保護者向け案内。個人情報なし'), '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Aviso</title></head><body><h1>三者面談のお知らせ / Aviso de reunião / Thông báo họp phụ huynh</h1><p>7月22日〜24日 / 22 a 24 de julho / Ngày 22–24 tháng 7</p></body></html>')
# legacy xls (really HTML table) -> II 給食関係書類
write(L(f'{GD}/旧ファイルサーバ/給食/給食費未納一覧.xls', 'II', '給食関係書類', 'legacy-or-encoding', 'xls (really HTML table, Shift_JIS)', '旧システムから出力した給食費の未納一覧（xls拡張子のHTML）'), html_table('給食費 未納一覧', [['学級','氏名','未納月','金額']] + [[f'{R.randint(1,3)}-{R.randint(1,5)}', n, R.choice(['4月','4・5月']), R.choice([4800, 9600])] for n, s in ps[:6]]).replace('utf-8', 'Shift_JIS'), 'cp932')
# legacy xls (really CSV) -> I 住所録
write(L(f'{GD}/旧ファイルサーバ/名簿/H30住所録.xls', 'I', '児童生徒の住所録', 'legacy-or-encoding', 'xls (really CSV, Shift_JIS)', '旧ファイルサーバの住所録。中身はCSV'), csvtext([['氏名','住所','電話']] + [[n, addr(), tel()] for n, s in ps[:15]]), 'cp932')
# legacy doc (really HTML) -> III 職員会議の資料
write(L(f'{GD}/旧ファイルサーバ/会議/H29職員会議.doc', 'III', '職員会議の資料', 'legacy-or-encoding', 'doc (really HTML, Shift_JIS)', '旧い職員会議資料（Word HTML保存）'), '<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="Shift_JIS"></head><body><p>平成29年度 第3回 職員会議</p><p>1 校内研究について</p><p>2 夏季休業中の部活動</p></body></html>', 'cp932')
# legacy doc (really RTF) -> IV 校務分掌表
write(L(f'{GD}/旧ファイルサーバ/校務分掌/分掌表.doc', 'IV', '校務分掌表', 'legacy-or-encoding', 'doc (really RTF)', '校務分掌表。教職員の氏名と担当のみ'), rtf_text(['令和7年度 校務分掌表', '教務主任 ' + name()[0], '生徒指導主事 ' + name()[0], '進路指導主事 ' + name()[0]]))
# legacy: EUC-JP txt -> II 転入学受付簿? use 就学児童生徒異動報告書
write(L(f'{GD}/旧ファイルサーバ/学籍/idou_report.txt', 'II', '就学児童生徒異動報告書', 'legacy-or-encoding', 'txt (EUC-JP)', '異動報告（転入・転出）'), '就学児童生徒異動報告書\n' + ''.join(f'{n} 転出 {R.randint(4,7)}月 架空市立北小学校へ\n' for n, s in ps[:4]), 'euc_jp')
# zip of club docs: mixed, highest I
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('練習計画.txt', '夏季練習計画\n7/22-8/8 9:00-11:00\n')
    z.writestr('部員/部員名簿.csv', csvtext([['氏名','学年']] + [[n, R.randint(1,3)] for n, s in ps[:10]]))
    z.writestr('部員/保健/配慮が必要な部員.txt', '井上：熱中症の既往（昨年救急搬送）\n堀：喘息、吸入薬持参\n')
write(L(f'{SP_BU}/サッカー部/夏季練習_資料一式.zip', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'container', 'zip', 'zip内の深い階層のtxtに既往症'), zb.getvalue())
# zip with only materials -> III
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('ワークシート_1次関数.txt', '1次関数 ワークシート\n(1) 表を完成させよう\n')
    z.writestr('確認テスト.txt', '確認テスト\n(1) 傾きを求めよ\n')
write(L(f'{SP_EC}/授業研究/教材_一次関数.zip', 'III', '授業用教材', 'container', 'zip', '教材とテスト原稿のみ'), zb.getvalue())
# zip with class photos -> III
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w', zipfile.ZIP_DEFLATED) as z:
    for i in range(2):
        b = io.BytesIO(); img.whiteboard(['体育大会 応援合戦', f'写真 {i+1}'], rr).save(b, 'JPEG', quality=60); z.writestr(f'体育大会/DSC0{i+100}.jpg', b.getvalue())
write(L(f'OneDrive-宮本 律/写真/体育大会_写真.zip', 'III', '授業や学校行事等の活動記録（動画・写真）', 'container', 'zip (jpg members)', '行事写真。公開承諾の記載なし'), zb.getvalue())
# nested zip with eml inside -> II
inner = io.BytesIO()
m = EmailMessage(); m['From'] = 'kyomu@school.example.jp'; m['To'] = 'tannin@school.example.jp'; m['Subject'] = '素点'
m.set_content('素点表です'); m.add_attachment(csvtext([['番','点']] + [[i, R.randint(20, 100)] for i in range(1, 31)]).encode(), maintype='text', subtype='csv', filename='soten_2-3.csv')
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w') as z:
    z.writestr('mail/素点.eml', m.as_bytes()); z.writestr('readme.txt', 'バックアップ')
write(L(f'{OD_K}/バックアップ/mail_backup_0701.zip', 'II', '定期考査素点表', 'container', 'zip > eml > csv', 'zipの中のメールの添付CSVが素点表'), zb.getvalue())
# mixed: 学年会 資料 with 1 page about 保護者配布 + 家庭訪問記録 -> II
docx(L(f'{OD_T}/Documents/学年会資料_0605.docx', 'II', '家庭訪問記録', 'mixed', 'docx', '学年会資料（Ⅲ）に家庭訪問の記録が含まれる'), ['2学年 学年会 6/5', '1 体育大会の係分担', '2 家庭訪問の報告', [['生徒','内容']] + [[n, R.choice(['母と面談。家での学習習慣づくりを依頼','父子家庭。祖母が対応'])] for n, s in ps[:5]], '3 三者面談の日程'])
# mixed: 行事計画 + 欠席者の事情 -> I
docx(L(f'{OD_T}/Documents/修学旅行_実施計画.docx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'mixed', 'docx (comments)', '実施計画本体はⅣだが、コメントに生徒の持病と夜尿の配慮'), ['修学旅行 実施計画', '期日 10月15日〜17日', '行程 1日目 …', '部屋割りは別紙'], comments=[(3, '養護 吉野', '2-1 本田さん：夜尿あり。部屋割り配慮、シーツ予備。保護者了承済み'), (1, '学年主任', '日程確定')])
# odt with annotation: 職員会議 + note personnel -> I
odt(L(f'{GDX}/職員会議_議事メモ.odt', 'I', '教職員の人事情報', 'hidden-content', 'odt (annotation)', '職員会議メモ（Ⅲ）に、教員の病休・人事に関する注釈'), ['職員会議 議事メモ', '1 行事予定の確認', '2 校内研修'], notes=['坂口先生 うつ病で9月から病休予定。後補充の講師を依頼中（校長のみ）'])

# ======================= 追加：Ⅲ・Ⅳ・Ⅱ =======================
ps = pupils(30)
xlsx(L(f'{OD_M}/Documents/2年4組.xlsx', 'III', '座席表', 'untitled-table', 'xlsx', '見出しのない6×5の氏名配置（座席表）'), [{'name': 'Sheet1', 'rows': [[n for n, s in ps[i:i+6]] for i in range(0, 30, 6)]}])
xlsx(L(f'{OD_M}/Documents/Book2.xlsx', 'III', '委員会・係名簿', 'untitled-table', 'xlsx', '見出しなし。係名と氏名の組'), [{'name': 'Sheet1', 'rows': [[c, ps[i][0], ps[i+1][0]] for i, c in zip(range(0, 20, 2), ['学級委員','図書','保健','美化','放送','給食','体育','文化','生活','学習'])]}])
write(L(f'{OD_M}/Documents/班編成.tsv', 'III', '名列表', 'id-by-number', 'tsv (UTF-8)', '班と出席番号だけ'), csvtext([['班','番号']] + [[i % 6 + 1, i + 1] for i in range(30)], '\t'))
write(L(f'{OD_M}/Documents/授業プリント_地震のしくみ.md', 'III', '授業用教材', 'realistic-name', 'md', '理科の授業プリント'), '# 地震のしくみ\n\n1. P波とS波の違いをまとめよう\n2. 震度とマグニチュードの違いは？\n\n> 班で話し合い、Teamsに書き込もう\n')
pptx(L(f'{OD_M}/Documents/理科_天気の変化.pptx', 'III', '授業用教材', 'realistic-name', 'pptx', '授業スライド。ノートは発問メモ'), [('天気の変化', ['前線とは', '寒冷前線と温暖前線'], '発問：昨日の雨はどの前線？'), ('まとめ', ['記録をノートに'], None)])
pdf_text(L(f'{OD_M}/Documents/R5_期末テスト_理科2年.pdf', 'III', '過去のテスト問題', 'realistic-name', 'pdf (text)', '実施済みテストの問題（未記入）'), [['令和5年度 2学期期末テスト 理科 2年', '1 次の問いに答えなさい', '(1) 酸化とは何か説明しなさい', '(2) 銅の酸化の化学反応式を書きなさい']])
write(L(f'{OD_M}/Documents/生徒作品_俳句.txt', 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'txt', '生徒の俳句作品（氏名つき）'), ''.join(f'{n}「{R.choice(["夏の雲","蝉しぐれ","夕立や"])} {R.choice(["グラウンドに立つ","ノートの白さ","帰り道"])}」\n' for n, s in ps[:8]))
docx(L(f'{OD_T}/Documents/学校経営案_R7_学年部分.docx', 'III', '学校経営案', 'realistic-name', 'docx', '学校経営案の学年部分'), ['令和7年度 学年経営案（2学年）', '学年目標：つながり、挑戦する', '重点：家庭学習の習慣化、いじめの未然防止'])
xlsx(L(f'{OD_T}/Documents/卒アル_写真割付.xlsx', 'III', '卒業アルバム', 'realistic-name', 'xlsx', '卒業アルバムの写真割付（氏名とページ）'), [{'name': '割付', 'rows': [['ページ','クラス','氏名']] + [[R.randint(10, 20), f'3-{R.randint(1,4)}', n] for n, s in ps[:15]]}])
pdf_text(L(f'{GDX}/学校紹介パンフレット_2025.pdf', 'IV', '学校紹介パンフレット', 'realistic-name', 'pdf (text)', '学校紹介パンフレット'), [['月見台中学校へようこそ', '生徒数412名 14学級', '部活動：地域クラブと連携', 'アクセス：架空駅から徒歩10分']])
write(L(f'{GDX}/使用教科書一覧_R7.csv', 'IV', '使用教科書一覧', 'realistic-name', 'csv (UTF-8)', '使用教科書の一覧'), csvtext([['教科','発行者','書名']] + [[k, '架空書籍', f'新しい{k}'] for k in ['国語','社会','数学','理科','英語']]))
odt(L(f'{GDX}/教育課程編成表_R7.odt', 'IV', '教育課程編成表', 'realistic-name', 'odt', '教科ごとの授業時数'), ['令和7年度 教育課程編成表', [['教科','1年','2年','3年'], ['国語', 140, 140, 105], ['数学', 140, 105, 140]]])
xlsx(L(f'{GDX}/学年費会計簿_R7.xlsx', 'IV', '学校徴収金会計簿（学年費等）', 'realistic-name', 'xlsx', '学年費の収支。個人別の未納記載なし'), [{'name': '会計', 'rows': [['日付','摘要','収入','支出']] + [[f'{m}/1', R.choice(['ワーク代','学年費','実験材料']), R.choice([0, 412000]), R.choice([98000, 12000])] for m in range(4, 10)]}])
docx(L(f'{GDX}/欠席届_様式.docx', 'IV', '各種届雛形', 'blank-form', 'docx', '未記入の欠席届'), ['欠席届', [['生徒氏名', ''], ['期間', ''], ['理由', '']], '保護者署名 ＿＿＿＿'])
write(L(f'{GDX}/学級だより_7月.md', 'IV', '学校・学年・学級だより', 'realistic-name', 'md', '学級だより。個人名は出ない'), '# 2年3組 学級だより「つばさ」7月\n\n体育大会、みんなよく頑張りました。\n\n夏休みの宿題一覧は別紙です。\n')
write(L(f'{GDX}/校務分掌_R7.html', 'IV', '校務分掌表', 'realistic-name', 'html', '校務分掌表（教職員名と担当）'), html_table('令和7年度 校務分掌', [['分掌','担当']] + [[k, name()[0]] for k in ['教務','生徒指導','進路','保健','情報']]))
write(L(f'{GDX}/部活動_地域移行_アンケート_様式.txt', 'IV', '記入前のアンケート', 'blank-form', 'txt', '保護者向けアンケートの設問のみ'), '地域クラブへの移行に関するアンケート\n1 お子さんは地域クラブに参加しますか（はい・いいえ・未定）\n2 送迎は可能ですか\n3 ご意見\n')
rows = [['番','氏名','1','2','3','4','5','計']] + [[i+1, n] + [R.choice([0, 2, 4]) for _ in range(5)] + [0] for i, (n, s) in enumerate(ps[:20])]
ods(L(f'{GDX}/小テスト記録_2-3.ods', 'II', '成績に関する個票等', 'realistic-name', 'ods', '生徒ごとの小テスト得点（成績関係）'), [{'name': '記録', 'rows': rows}])
write(L(f'{GDX}/給食_欠食届まとめ.csv', 'II', '給食関係書類', 'realistic-name', 'csv (Shift_JIS)', '給食の欠食届の集計（氏名と期間）'), csvtext([['学級','氏名','期間','理由']] + [[f'{R.randint(1,3)}-{R.randint(1,5)}', n, '7/1-7/5', '校外学習'] for n, s in ps[:5]]), 'cp932')
write(L(f'{GDX}/出勤簿_6月_講師.csv', 'II', '出勤簿', 'realistic-name', 'csv (UTF-8)', '講師の出勤簿'), csvtext([['氏名', name()[0], '職', '講師（会計年度任用）'], ['日','出勤','退勤','区分']] + [[d, '8:10', '17:00', R.choice(['','','','年休','病休'])] for d in range(2, 28)]))

# ======================= 出力 =======================
with open(os.path.join(ROOT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for l in LABELS:
        f.write(json.dumps(l, ensure_ascii=False) + '\n')
print(len(LABELS), 'files')
