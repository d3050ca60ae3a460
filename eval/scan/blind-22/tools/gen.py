#!/usr/bin/python3
# Generator for blind corpus scan22. Run: /usr/bin/python3 tools/gen.py  (from /work/blind/scan22)
import os, sys, json, random, io, zipfile, shutil, csv
sys.path.insert(0, os.path.dirname(__file__))
import office as O
import imgs as I
from reportlab.pdfgen import canvas as rl
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.pagesizes import A4
from email.message import EmailMessage
from email.utils import formatdate

pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
ROOT = os.path.join(os.path.dirname(__file__), '..')
FILES = os.path.join(ROOT, 'files')
R = random.Random(22)
LABELS = []

SUR = ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '中村', '小林', '山本', '加藤', '吉田', '山田', '松本', '井上', '木村', '清水', '林', '斎藤', '山口', '森', '池田', '橋本', '阿部', '石川', '前田', '藤田', '後藤', '岡田', '長谷川', '村上', '坂本', '緒方', '園田', '宮崎', '荒木', '永田']
GIV = ['陽翔', '湊', '蓮', '悠真', '大翔', '結菜', '陽葵', '凛', '芽依', '葵', '颯太', '美咲', '碧', '心春', '樹', '紬', '翔太', '七海', '琴音', '健人', '楓', '優奈', '拓海', '莉子', '蒼', '結衣', '大和', '咲良', '瑛太', '彩花']
ADULT = ['和也', '恵子', '浩二', '由美', '誠', '直美', '聡', '真由美', '健一', '久美子', '隆', '智子', '修', '幸子', '博之', '典子']
TOWN = ['桜ヶ丘', '若葉台', '緑川町', '東雲', '白百合', '南花園', '北平', '月見台', '川添', '朝日野']
FOREIGN = ['グエン ティ ラン', 'マリア サントス', '王 浩然', 'キム ミンジ', 'ラジ クマール', 'アナ ペレイラ', 'ファム ヴァン ナム', 'リ ウェイ']

def pupil(): return R.choice(SUR) + ' ' + R.choice(GIV)
def adult(s=None): return (s or R.choice(SUR)) + ' ' + R.choice(ADULT)
def phone(): return f'090-0000-{R.randint(1000, 9999)}'
def addr(): return f'熊本市{R.choice(["中央区", "東区", "西区", "南区", "北区"])}{R.choice(TOWN)}{R.randint(1, 9)}丁目{R.randint(1, 30)}-{R.randint(1, 20)}（架空）'
def mail(n='user'): return f'{n}{R.randint(10, 99)}@{R.choice(["mail", "home", "kazoku"])}.example.jp'
def kumi(): return f'{R.randint(1, 3)}年{R.randint(1, 4)}組'

def P(rel):
    p = os.path.join(FILES, rel); os.makedirs(os.path.dirname(p), exist_ok=True); return p

def lab(rel, cls, item, style, fmt, why):
    LABELS.append(dict(path=rel, **{'class': cls}, item=item, style=style, format=fmt, why=why))

def wtext(rel, text, enc='utf-8', bom=False):
    with open(P(rel), 'wb') as f:
        if bom and enc == 'utf-8': f.write(b'\xef\xbb\xbf')
        f.write(text.encode(enc, errors='replace') if enc != 'utf-16' else text.encode('utf-16'))

def wcsv(rel, rows, enc='utf-8', delim=',', bom=False):
    s = io.StringIO(); csv.writer(s, delimiter=delim, lineterminator='\r\n').writerows(rows)
    wtext(rel, s.getvalue(), enc, bom)

def pdf_bytes(pages, title=None):
    b = io.BytesIO(); c = rl.Canvas(b, pagesize=A4)
    if title: c.setTitle(title)
    for lines in pages:
        y = 800
        for ln in lines:
            c.setFont('HeiseiKakuGo-W5', 14 if y == 800 else 10.5); c.drawString(50, y, ln); y -= 20
            if y < 50: c.showPage(); y = 800
        c.showPage()
    c.save(); return b.getvalue()

def wpdf(rel, pages, title=None):
    open(P(rel), 'wb').write(pdf_bytes(pages, title))

def img_pdf(rel, pil_pages):
    pages = [p.convert('RGB') for p in pil_pages]
    pages[0].save(P(rel), 'PDF', resolution=150, save_all=True, append_images=pages[1:])

def eml(rel, frm, to, subj, body, atts, date='Tue, 10 Jun 2025 16:42:00 +0900'):
    m = EmailMessage(); m['From'] = frm; m['To'] = to; m['Subject'] = subj; m['Date'] = date
    m.set_content(body)
    for name, data, mt in atts:
        ma, sb = mt.split('/')
        if isinstance(data, str): data = data.encode('utf-8')
        m.add_attachment(data, maintype=ma, subtype=sb, filename=name)
    open(P(rel), 'wb').write(bytes(m))

def tmpbytes(fn, *a, suffix='.bin', **k):
    t = '/tmp/_scan22' + suffix; fn(t, *a, **k); d = open(t, 'rb').read(); os.remove(t); return d

# =============== common rosters ===============
JH = '西原中学校'; ES = '城北小学校'; ES2 = '花園小学校'; KG = '市立みどり幼稚園'
JHSP = f'SharePoint/{JH}/Shared Documents'
ESSP = f'SharePoint/{ES}/Shared Documents'
ES2SP = f'SharePoint/{ES2}/Shared Documents'
BOSP = 'SharePoint/教育委員会-教育支援課/Shared Documents'
JIGYO = [('パン工房こむぎ', '食品製造・販売'), ('みどり保育園', '保育'), ('熊本東消防署（架空）', '消防'), ('ホームセンター桜', '小売'),
         ('花園動物病院', '獣医'), ('市立中央図書館', '図書館'), ('ひまわり介護センター', '介護'), ('カフェ月見台', '飲食'),
         ('桜ヶ丘自動車整備', '整備'), ('若葉台郵便局（架空）', '郵便')]
STU = [(f'2年{(i % 4) + 1}組', (i // 4) + 1, pupil(), R.choice(['男', '女'])) for i in range(48)]
for k in (5, 17, 30): STU[k] = (STU[k][0], STU[k][1], R.choice(FOREIGN), STU[k][3])

# ======================================================================
# A. 中学校 職場体験
# ======================================================================
def A():
    base = f'{JHSP}/2学年/職場体験/R7'
    rows = [['No', '事業所名', '業種', '担当者', '電話', '受入人数', '体験日']]
    for i, (n, g) in enumerate(JIGYO, 1):
        rows.append([i, n, g, adult() + ' 様', f'096-000-{R.randint(1000, 9999)}', R.randint(2, 6), '11/12-11/14'])
    rel = f'{base}/受け入れ事業所一覧_R7.xlsx'
    O.xlsx(P(rel), [dict(name='事業所一覧', rows=rows)])
    lab(rel, 'IV', '学校行事実施計画（体育大会実施計画等）', 'near-miss', 'xlsx', '事業所名と事業所の代表電話・担当者のみ。生徒情報なし（Ⅳ、行事計画の一部）。')
    # same list but hidden sheet holding 生徒の配当 with allergies
    rel = f'{base}/受け入れ事業所一覧_配当案.xlsx'
    hid = [['組', '番', '氏名', '配当先', '配慮事項']]
    for s in STU[:16]:
        hid.append([s[0], s[1], s[2], R.choice(JIGYO)[0], R.choice(['', '', '卵アレルギー（エピペン携帯）', 'てんかん発作歴あり・服薬中', '', '喘息', '家庭事情により送迎不可（祖母宅から通学）'])])
    O.xlsx(P(rel), [dict(name='事業所一覧', rows=rows), dict(name='配当_作業用', rows=hid, hidden=True)])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'xlsx', '表の事業所一覧はⅣだが、非表示シートに生徒の氏名と持病・アレルギー・家庭事情（心身の状況・生活歴）。')
    # per-business rosters
    for i, (n, g) in enumerate(JIGYO[:6]):
        mem = [s for s in STU if hash(s[2]) % 6 == i][:5] or STU[i*3:i*3+3]
        r = [['組', '番', '氏名', '性別']] + [[s[0], s[1], s[2], s[3]] for s in mem]
        rel = f'{base}/事業所別名簿/{n}_生徒名簿.xlsx'
        O.xlsx(P(rel), [dict(name='Sheet1', rows=[[f'{n} 職場体験 生徒名簿']] + r)])
        lab(rel, 'III', '名列表', 'realistic-name', 'xlsx', '事業所ごとの参加生徒の組・番・氏名・性別のみ（名列表相当）。')
    # one roster with guardian phones added → I
    n = JIGYO[6][0]
    r = [['組', '番', '氏名', '保護者氏名', '緊急連絡先', '備考']]
    for s in STU[20:25]: r.append([s[0], s[1], s[2], adult(s[2].split()[0]), phone(), R.choice(['', '食物アレルギー（そば）', '', '過去に熱中症で救急搬送'])])
    rel = f'{base}/事業所別名簿/{n}_生徒名簿.xlsx'
    O.xlsx(P(rel), [dict(name='Sheet1', rows=[[f'{n} 職場体験 生徒名簿（事業所提出用）']] + r)])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', '名簿に保護者の携帯番号と健康上の既往（心身の状況）が入っている。')
    # 緊急連絡先
    r = [['組', '番', '生徒氏名', '保護者', '続柄', '携帯', '自宅住所', '持病・服薬']]
    for s in STU[:24]: r.append([s[0], s[1], s[2], adult(s[2].split()[0]), R.choice(['母', '父', '祖母']), phone(), addr(), R.choice(['なし', 'なし', '喘息（吸入薬）', '食物アレルギー（えび）', 'なし'])])
    rel = f'{base}/緊急連絡先一覧_職場体験.xlsx'
    O.xlsx(P(rel), [dict(name='緊急連絡先', rows=r)])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', '保護者携帯・住所・持病の一覧。')
    wcsv(f'{base}/renraku_export.csv', r, enc='cp932')
    lab(f'{base}/renraku_export.csv', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'legacy-or-encoding', 'csv (Shift_JIS)', '緊急連絡先一覧の Shift_JIS CSV 書き出し。')
    # untitled Book1 with emergency contacts
    rel = f'OneDrive-tanaka.kenji/Book1.xlsx'
    O.xlsx(P(rel), [dict(name='Sheet1', rows=[[s[2], phone(), R.choice(['母', '父'])] for s in STU[24:40]])])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'untitled-table', 'xlsx', '見出しなしの表。生徒氏名＋携帯番号＋続柄＝保護者の電話番号。')
    # 評価票 from businesses
    for k, s in enumerate(STU[:5]):
        jn = JIGYO[k][0]
        bl = [('h', '職場体験学習 事業所評価票'), f'事業所名：{jn}　ご担当：{adult()}', f'生徒：{s[0]} {s[1]}番 {s[2]}',
              ('table', [['観点', '評価(A/B/C)', 'コメント'], ['あいさつ・身だしなみ', R.choice('ABC'), '元気よくできていた'],
                         ['時間を守る', R.choice('ABC'), '2日目に5分遅刻'], ['指示を聞いて行動', R.choice('AB'), '丁寧に作業'], ['意欲', R.choice('ABC'), '']]),
              '総合所見：' + R.choice(['最後までまじめに取り組みました。', '人前で話すのが苦手な様子でしたが、後半は自分から質問できていました。'])]
        rel = f'{base}/評価票/評価票_{jn}_{s[2].replace(" ", "")}.docx'
        O.docx(P(rel), bl, footer=f'{JH} 2学年')
        lab(rel, 'II', '成績に関する個票等', 'filled-form', 'docx', '事業所が生徒個人を観点別に評価した個票（成績に関する個票等に最も近い）。')
    rel = f'{base}/評価票/評価票_様式.docx'
    O.docx(P(rel), [('h', '職場体験学習 事業所評価票'), '事業所名：　　　　　ご担当：', '生徒：　年　組　番　氏名', ('table', [['観点', '評価(A/B/C)', 'コメント'], ['あいさつ・身だしなみ', '', ''], ['時間を守る', '', ''], ['意欲', '', '']]), '総合所見：'])
    lab(rel, 'IV', '各種届雛形', 'blank-form', 'docx', '未記入の評価票様式。')
    # 評価集計 with hidden column of 所見 about pupil's 発達
    r = [['組', '番', '氏名', 'あいさつ', '時間', '指示', '意欲', '担任メモ']]
    for s in STU[:20]: r.append([s[0], s[1], s[2], R.choice('ABC'), R.choice('ABC'), R.choice('ABC'), R.choice('ABC'), R.choice(['', '', 'ASD傾向、特別支援コーディネーターと事前打合せ済', '', '通級利用中。口頭指示は短く'])])
    rel = f'{base}/評価票/集計.xlsx'
    O.xlsx(P(rel), [dict(name='集計', rows=r, hidden_cols=[7])])
    lab(rel, 'I', '個別の教育支援計画', 'hidden-content', 'xlsx', '評価の集計（Ⅱ）に加え、非表示列に発達特性・通級など心身の状況のメモ（Ⅰ）。')
    # 感想文
    for s in STU[6:10]:
        rel = f'Teams/{JH}2学年/職場体験/Files/感想文/{s[0]}_{s[1]:02d}.docx'
        O.docx(P(rel), [('h', '職場体験を終えて'), f'{s[0]} {s[1]}番 {s[2]}', f'ぼくは{R.choice(JIGYO)[0]}で三日間体験をしました。最初は緊張しましたが、働く人の大変さと楽しさがわかりました。', '将来は人の役に立つ仕事につきたいと思います。'])
        lab(rel, 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'docx', '生徒の感想文（作品）。')
    # 感想文 with teacher comment revealing family situation
    s = STU[10]
    rel = f'Teams/{JH}2学年/職場体験/Files/感想文/{s[0]}_{s[1]:02d}.docx'
    O.docx(P(rel), [('h', '職場体験を終えて'), f'{s[0]} {s[1]}番 {s[2]}', '介護の仕事はたいへんだけど、おじいちゃんの世話をしている自分にもできることがあると思った。'],
           comments=[(2, '本人は家で祖父の介護を担っている（ヤングケアラーの可能性）。SSWに相談済み、学年会で共有。')])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'docx', '感想文（Ⅲ）だが、コメントに家庭での介護（ヤングケアラー）とSSW相談という生活歴。')
    # お礼状
    for k in range(3):
        s = STU[11 + k]
        rel = f'Teams/{JH}2学年/職場体験/Files/お礼状/お礼状_{JIGYO[k][0]}.docx'
        O.docx(P(rel), ['拝啓　木枯らしの季節となりました。', f'先日は職場体験でたいへんお世話になりました。{JIGYO[k][0]}の皆様に教えていただいたことを忘れずにがんばります。', '敬具', f'{JH} 2年 {s[2]}'])
        lab(rel, 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'docx', '生徒が書いたお礼状（作品）。')
    # 保護者通知 about 職場体験 (IV)
    rel = f'{base}/保護者向け_職場体験のお知らせ.pdf'
    wpdf(rel, [['職場体験学習のお知らせ', '保護者の皆様', '11月12日（水）から14日（金）まで、2年生の職場体験学習を実施します。', '服装：制服（事業所の指示がある場合はそれに従う）', '持ち物：弁当、水筒、筆記用具', '※緊急連絡先カードの提出をお願いします（様式は別紙）。', f'{JH}長'] ])
    lab(rel, 'IV', '保護者等への配布文書', 'notice-about-record', 'pdf', '保護者向け配布文書。緊急連絡先カードの提出依頼に触れるが記録そのものではない。')
    # 職場体験 しおり pptx with notes naming pupils' issues
    slides = [dict(title='職場体験 事前指導', bullets=['目的', 'マナー', '連絡方法'], notes='全体説明。5分。'),
              dict(title='当日の連絡方法', bullets=['欠席・遅刻は学校へ', '事業所へは直接連絡しない'], notes=f'{STU[3][2]}は母子家庭で朝の送りが難しい。{STU[8][2]}は不登校傾向で前週から別室登校、当日は担任が迎えに行く予定。'),
              dict(title='まとめ', bullets=['感想文は11/21まで'])]
    rel = f'Teams/{JH}2学年/職場体験/Files/事前指導.pptx'
    O.pptx(P(rel), slides)
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'pptx', 'スライドは指導資料（Ⅲ）だが、発表者ノートに家庭状況・不登校傾向（生活歴）。')
    slides = [dict(title='職場体験 学年集会', bullets=['日程', '持ち物', '事業所一覧は掲示']), dict(title='振り返り', bullets=['感想文', 'お礼状'], notes='お礼状の書き方例を配布')]
    rel = f'Teams/{JH}2学年/職場体験/Files/学年集会スライド.pptx'
    O.pptx(P(rel), slides)
    lab(rel, 'III', '授業用教材', 'realistic-name', 'pptx', '学年集会用の指導スライド。個人情報なし。')
    # 進路希望と混在
    r = [['組', '番', '氏名', '体験先希望1', '希望2', '将来の進路希望（高校）']]
    for s in STU[:15]: r.append([s[0], s[1], s[2], R.choice(JIGYO)[0], R.choice(JIGYO)[0], R.choice(['県立A高校 普通科', '私立B高校', '高専', '未定'])])
    rel = f'{base}/希望調査_回収.xlsx'
    O.xlsx(P(rel), [dict(name='回収', rows=r)])
    lab(rel, 'II', '進路希望調査', 'mixed', 'xlsx', '体験先希望（Ⅲ）と将来の進路希望（進路希望調査、Ⅱ）が同じ表。')
    # mail with attachment roster to business
    att = '\r\n'.join(','.join(map(str, [s[0], s[1], s[2], phone()])) for s in STU[30:34])
    rel = f'OneDrive-tanaka.kenji/メール保存/RE_職場体験の生徒について.eml'
    eml(rel, f'tanaka.k@nishihara-jh.example.jp', 'info@pan-komugi.example.jp', 'RE: 職場体験の生徒について',
        'パン工房こむぎ 様\n\nいつもお世話になっております。当日の生徒と緊急時の連絡先を添付します。\n西原中 田中', [('生徒連絡先.csv', att.encode('cp932'), 'text/csv')])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'container', 'eml', '本文は挨拶だけだが、添付CSV（Shift_JIS）に生徒氏名と連絡先電話番号。')

# ======================================================================
# B. 小学校 英語専科 / ALT
# ======================================================================
def B():
    base = f'{ESSP}/外国語/R7'
    cls5 = [(f'5年{(i % 3) + 1}組', i // 3 + 1, pupil()) for i in range(30)]
    cls5[4] = (cls5[4][0], cls5[4][1], 'キム ミンジ'); cls5[11] = (cls5[11][0], cls5[11][1], 'Ana Pereira')
    r = [['組', '番', '氏名', '発音', '内容', '態度', '合計', '評価']]
    for c in cls5: a, b, d = R.randint(1, 5), R.randint(1, 5), R.randint(1, 5); r.append([c[0], c[1], c[2], a, b, d, a + b + d, 'A' if a + b + d > 11 else 'B'])
    rel = f'{base}/パフォーマンステスト/5年_PT評価表_Unit5.xlsx'
    O.xlsx(P(rel), [dict(name='5年', rows=r)])
    lab(rel, 'II', '定期考査素点表', 'realistic-name', 'xlsx', 'パフォーマンステストの個人別得点・評価（素点表・成績個票相当）。')
    # id-by-number version
    r2 = [['番号', '発音', '内容', '態度', 'コメント']] + [[f'5-{c[0][2]}-{c[1]:02d}', R.randint(1, 5), R.randint(1, 5), R.randint(1, 5), R.choice(['', 'Good eye contact', '声が小さい'])] for c in cls5]
    rel = f'{base}/パフォーマンステスト/PT_score_0612.csv'
    wcsv(rel, r2, enc='utf-8', bom=True)
    lab(rel, 'II', '定期考査素点表', 'id-by-number', 'csv (UTF-8 BOM)', '氏名なしだが学年・組・番で個人が特定できる得点表。')
    rel = f'{base}/パフォーマンステスト/評価基準_ルーブリック.docx'
    O.docx(P(rel), [('h', 'Unit5 パフォーマンステスト ルーブリック'), ('table', [['観点', 'A', 'B', 'C'], ['発音', '明瞭', 'おおむね', '要支援'], ['内容', '3文以上', '2文', '1文']])])
    lab(rel, 'III', '教材研究資料', 'near-miss', 'docx', '評価基準のみ。個人の評価なし。')
    # 振り返りカード
    for c in cls5[:4]:
        rel = f'Teams/{ES} 5年/外国語/Files/振り返りカード/{c[2].replace(" ", "")}.docx'
        O.docx(P(rel), [('h', 'ふりかえりカード Unit5'), f'{c[0]} {c[1]}番 {c[2]}', '今日できたこと：好きな食べ物を英語で言えた。', 'むずかしかったこと：質問をすること。', '先生から：Great job!'])
        lab(rel, 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'docx', '児童の振り返りカード（指導コメント付きでも学習系情報）。')
    c = cls5[7]
    rel = f'Teams/{ES} 5年/外国語/Files/振り返りカード/{c[2].replace(" ", "")}.docx'
    O.docx(P(rel), [('h', 'ふりかえりカード Unit5'), f'{c[0]} {c[1]}番 {c[2]}', '今日できたこと：なし', 'むずかしかったこと：みんなに笑われるのがいや。学校に来たくない。', '先生から：話を聞かせてね。'],
           comments=[(3, '担任へ：本人の記述から、学級でのからかいが続いている可能性。きずなアンケートでも同様の回答。教育相談を設定。')])
    lab(rel, 'I', '教育相談・面接の記録等', 'hidden-content', 'docx', '振り返りカード（Ⅲ）に、いじめの疑いときずなアンケート回答・教育相談設定のコメント（Ⅰ）。')
    # 振り返り集計 ods
    rel = f'{base}/振り返り集計_5年.ods'
    O.ods(P(rel), [dict(name='集計', rows=[['観点', 'よくできた', 'できた', 'もう少し'], ['話す', 40, 30, 12], ['聞く', 50, 25, 7]])])
    lab(rel, 'III', '教材研究資料', 'near-miss', 'ods', '振り返りの人数集計のみ。個人が分からない。')
    # 録画一覧
    r = [['ファイル名', '組', '番', '氏名', '撮影日', '保存先']]
    for c in cls5[:18]: r.append([f'PT_{c[0][2]}_{c[1]:02d}.mp4', c[0], c[1], c[2], '2025/06/12', 'Teams/5年/録画'])
    rel = f'{base}/録画一覧_PT.xlsx'
    O.xlsx(P(rel), [dict(name='一覧', rows=r)])
    lab(rel, 'III', '授業や学校行事等の活動記録（動画・写真）', 'realistic-name', 'xlsx', '授業の録画（活動記録）の一覧。氏名と番号のみ。')
    rel = f'{base}/録画一覧_公開同意.xlsx'
    r = [['ファイル名', '氏名', '公開同意', '備考']] + [[f'PT_{c[0][2]}_{c[1]:02d}.mp4', c[2], R.choice(['同意', '同意', '不同意']), R.choice(['', '', 'DV避難中のため写真・動画の公開不可（転入時申し送り）'])] for c in cls5[:12]]
    O.xlsx(P(rel), [dict(name='一覧', rows=r)])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'mixed', 'xlsx', '録画一覧（Ⅲ）だが備考にDV避難中という生活歴（Ⅰ）。')
    # ALT 勤務表
    r = [['日付', '曜日', '勤務校', '出勤', '退勤', '休憩', '備考']]
    for d in range(1, 21): r.append([f'6/{d}', '月火水木金'[d % 5], ES if d % 2 else ES2, '8:15', '16:00', '45分', ''])
    rel = f'Teams/{ES} 英語専科/ALT連絡/Files/ALT勤務表_2025-06_Emily.xlsx'
    O.xlsx(P(rel), [dict(name='June', rows=[['ALT: Emily Carter（派遣：グローバル教育サービス）']] + r)])
    lab(rel, 'II', '出勤簿', 'foreign-names', 'xlsx', 'ALTの勤務実績（出勤簿相当）。')
    rel = f'Teams/{ES} 英語専科/ALT連絡/Files/ALT_profile_Emily.docx'
    O.docx(P(rel), [('h', 'ALT Profile'), 'Name: Emily Carter', 'Date of birth: 1996-03-14  Gender: F', f'Address in Japan: {addr()}', f'Mobile: {phone()}', f'E-mail: emily.c@{"global-edu"}.example.jp', 'Allergy: peanuts (carries epinephrine)', 'Hobbies: hiking, baking'])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所、生年月日、性別等の基本情報を含むもの', 'foreign-names', 'docx', 'ALTの生年月日・住所・携帯・アレルギー（教職員に関する個人情報に最も近い）。')
    rel = f'Teams/{ES} 英語専科/ALT連絡/Files/ALT自己紹介_児童向け.pptx'
    O.pptx(P(rel), [dict(title='Hello! I am Emily', bullets=['I am from Canada.', 'I like hiking.', 'My favorite food is sushi.']), dict(title='Quiz', bullets=['What animal is this?'], notes='児童に質問させる')])
    lab(rel, 'IV', '学校紹介パンフレット', 'near-miss', 'pptx', '児童向けの自己紹介スライド（公開前提の内容）。')
    rel = f'Teams/{ES} 英語専科/ALT連絡/Files/派遣会社への月報.eml'
    xl = tmpbytes(O.xlsx, [dict(name='June', rows=[['日付', '出勤', '退勤']] + [[f'6/{d}', '8:15', '16:00'] for d in range(1, 21)])], suffix='.xlsx')
    eml(rel, 'eigo@johoku-es.example.jp', 'haken@global-edu.example.jp', '6月分 ALT勤務実績', 'グローバル教育サービス 御中\n6月分の勤務実績を送付します。', [('勤務実績_6月.xlsx', xl, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])
    lab(rel, 'II', '出勤簿', 'container', 'eml', '添付xlsxがALTの勤務実績（出勤簿相当）。')
    # 年間指導計画 IV
    rel = f'{base}/外国語_年間指導計画_5年.pdf'
    wpdf(rel, [['令和7年度 第5学年 外国語科 年間指導計画', '4月 Unit1 Hello, everyone.', '5月 Unit2 When is your birthday?', '6月 Unit3 What do you want to study?', '7月 Unit4 He can run fast.']])
    lab(rel, 'IV', '教育課程編成表', 'realistic-name', 'pdf', '年間指導計画。')
    # 成績個票 (通知表 外国語所見) late page in pdf
    pages = [['英語専科 学期末打合せ資料', '1. 評価の進め方', '2. パフォーマンステストの日程', '3. ALTとの打合せ時間']]
    pages.append(['資料2 通知表所見（外国語） 5年1組'] + [f'{c[1]}番 {c[2]}：' + R.choice(['自分の好きなものを進んで伝えていました。', '相手の話をよく聞いて反応していました。']) + f' 評価 {R.choice("ABC")}' for c in cls5 if c[0] == '5年1組'])
    rel = f'{base}/学期末打合せ資料.pdf'
    wpdf(rel, pages)
    lab(rel, 'II', '通知表', 'late-page', 'pdf', '1ページ目は打合せ次第（Ⅲ）だが、2ページ目に児童別の通知表所見と評価。')
    rel = f'{base}/新出表現リスト.txt'
    wtext(rel, 'Unit5 新出表現\nWhat would you like? - I would like ...\nHow much is it? - It is ... yen.\n')
    lab(rel, 'III', '授業用教材', 'realistic-name', 'txt', '教材。')
    rel = f'{base}/評価表_old.xls'
    wtext(rel, O.spreadsheetml([('6年', [['組', '番', '氏名', '評定']] + [[f'6年{R.randint(1, 3)}組', i, pupil(), R.choice('321')] for i in range(1, 20)])]))
    lab(rel, 'I', '評定一覧表', 'legacy-or-encoding', 'xls (really SpreadsheetML 2003 XML)', '6年外国語の児童別評定一覧（評定一覧表）。')

# ======================================================================
# C. 不登校 家庭訪問支援員
# ======================================================================
CASES = []
def C():
    base = f'{BOSP}/不登校家庭訪問支援/R7'
    for k in range(6):
        nm = pupil(); sch = R.choice([JH, ES, ES2, '東雲中学校']); g = R.choice(['小5', '小6', '中1', '中2', '中3'])
        CASES.append((nm, sch, g))
    # 訪問記録 - full
    for k, (nm, sch, g) in enumerate(CASES[:4]):
        bl = [('h', '家庭訪問支援 訪問記録'), f'対象：{sch} {g} {nm}　支援員：{adult()}',
              ('table', [['日時', '対応者', '様子', '次回'], ['6/3 15:00', '母', '本人は自室から出てこず。昼夜逆転が続いている。', '6/10'],
                         ['6/10 15:00', '本人', '玄関で5分話せた。ゲームの話。食事は1日1回とのこと。', '6/17'],
                         ['6/17 15:00', '母', '母が仕事を辞めたと話す。経済的に苦しい、就学援助の申請を検討。', '6/24']])]
        rel = f'{base}/訪問記録/{sch}_{g}_{nm.split()[0]}.docx'
        O.docx(P(rel), bl, footer='取扱注意')
        lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'docx', '家庭訪問記録（Ⅱ）だが、昼夜逆転・食事・家計など生活歴と心身の状況が書かれⅠ。')
    # 訪問記録 schedule-only (II)
    r = [['訪問日', '時刻', '学校', '学年', '対象（イニシャル）', '訪問者', '結果']]
    for d in range(1, 16): r.append([f'6/{d}', '15:00', R.choice([JH, ES]), R.choice(['小5', '中2']), R.choice(['A.S', 'K.T', 'M.Y', 'R.N']), R.choice(['支援員A', '支援員B']), R.choice(['面会', '不在', '母と面談'])])
    rel = f'{base}/訪問記録/訪問実績_6月.xlsx'
    O.xlsx(P(rel), [dict(name='6月', rows=r)])
    lab(rel, 'II', '家庭訪問記録', 'id-by-number', 'xlsx', 'イニシャルと学校・学年での訪問実績（家庭訪問記録）。様子の記述はなし。')
    # plain-words memo
    nm, sch, g = CASES[4]
    txt = (f'メモ（6/18 電話のあと）\n{sch}の{g}の子、きょう母親から電話。父親が家を出て今は母と弟の三人。\n'
           '母は夜の仕事で朝起きられず、本人が弟を保育園に送っている日がある。\n本人は腹痛を訴えて病院に行ったが異常なし、と。\n'
           '来週、学校の担任と一緒に行く。児童相談所に一報入れるか課長に相談。\n')
    rel = f'OneDrive-houmon.shien02/メモ/0618.txt'
    wtext(rel, txt)
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'txt', '記録の題名はないが、家族構成・養育状況・体調という生活歴と心身の状況。')
    rel = f'OneDrive-houmon.shien02/メモ/memo_0620.md'
    wtext(rel, '# 6/20\n- 中2 Yさん宅、インターホン出ず。ポストに手紙。\n- 母からLINE「最近は夜中にコンビニに行くだけ」\n- リストカットの跡があったと母。SCとの面談を急ぐ。\n')
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'md', '自傷の様子（心身の状況）を書いたメモ。')
    rel = f'OneDrive-houmon.shien02/メモ/買い物メモ.txt'
    wtext(rel, '・訪問用の手紙の封筒\n・付箋\n・公用車の鍵返却（金曜）\n・研修 6/27 14:00 教育センター\n')
    lab(rel, 'IV', '保護者等への配布文書', 'near-miss', 'txt', '事務用メモ。個人情報なし（最も近い例示：配布文書等の学校運営関係、Ⅳ）。')
    # 報告書 to school (docx, late page)
    nm, sch, g = CASES[0]
    bl = [('h', '家庭訪問支援 月例報告（6月）'), f'{sch} 校長 様', '教育委員会 教育支援課 家庭訪問支援員', '1. 訪問件数　12件', '2. 全体の傾向　訪問を重ねるにつれ面会できる家庭が増えている。', ('break',),
          ('h', '別紙 個別の状況'), f'{g} {nm}：母子家庭。母の就労が不安定。本人は起立性調節障害の診断（6/5受診）。午後の別室登校から再開を提案。', f'{CASES[1][2]} {CASES[1][0]}：祖母と二人暮らし。祖母の入院で生活が不安定。']
    rel = f'{base}/報告書/月例報告_6月_{sch}.docx'
    O.docx(P(rel), bl)
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'late-page', 'docx', '1ページ目は件数だけだが、改ページ後の別紙に個別の家庭状況・診断名。')
    rel = f'{base}/報告書/月例報告_6月_集計.pdf'
    wpdf(rel, [['家庭訪問支援 6月 集計', '訪問件数 48件 / 面会 31件 / 不在 17件', '学校別：小学校 20件 中学校 28件', '所感：夏休み前に学校との連絡会を設定したい。']])
    lab(rel, 'III', '職員会議の資料', 'near-miss', 'pdf', '件数の集計のみ。個人は特定できない。')
    # 関係機関連絡 eml
    nm, sch, g = CASES[2]
    rel = f'OneDrive-houmon.shien01/メール/関係機関連絡_児相.eml'
    eml(rel, 'shien01@kyoiku.example.jp', 'tanto@jidou-soudan.example.jp', '【取扱注意】ケース情報の共有',
        f'こども相談所（架空） ご担当様\n\n{sch} {g} {nm}（{addr()}）についてです。\n6/17の訪問時、室内にごみが散乱し、本人が数日入浴していない様子でした。\n母（{phone()}）は体調不良を理由に面会を拒否。\nネグレクトの可能性があるため、ケース会議の開催をお願いしたく存じます。\n\n支援員', [])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'eml', '関係機関への連絡。住所・電話・養育状況。')
    nm, sch, g = CASES[3]
    rel = f'OneDrive-houmon.shien01/メール/FW_連絡会の日程.eml'
    att = tmpbytes(O.docx, [('h', 'ケース会議資料'), f'対象：{sch} {g} {nm}', '生育歴：3歳で両親離婚。小4から欠席が増える。', '医療：児童精神科通院中（不安障害）', '支援方針：週1回訪問、学校はオンライン授業参加を案内。'], suffix='.docx')
    eml(rel, 'ssw@kyoiku.example.jp', 'shien01@kyoiku.example.jp', 'FW: 連絡会の日程', '連絡会は7/2 10:00から、教育センター2階です。\n資料を添付します。', [('ケース会議資料.docx', att, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'container', 'eml', '本文は日程だけだが、添付docxに生育歴・通院・診断。')
    rel = f'{base}/関係機関/連絡会_案内.docx'
    O.docx(P(rel), [('h', '不登校支援 関係機関連絡会 開催案内'), '日時：7月2日（水）10:00〜', '場所：教育センター2階 研修室', '出席：各校教育相談担当、SSW、家庭訪問支援員', '※個別ケースの資料は当日配布・回収します。'])
    lab(rel, 'IV', '保護者等への配布文書', 'notice-about-record', 'docx', '会議の案内のみ。ケース資料には触れるだけ。')
    # 家庭状況メモ in xlsx with comments
    r = [['No', '学校', '学年', 'イニシャル', '状況']]
    for k in range(8): r.append([k + 1, R.choice([JH, ES, ES2]), R.choice(['小4', '小6', '中1', '中3']), R.choice(['T.K', 'S.M', 'Y.H', 'A.O']), R.choice(['訪問継続', '登校再開', '保留'])])
    rel = f'{base}/ケース一覧.xlsx'
    O.xlsx(P(rel), [dict(name='一覧', rows=r, comments={(2, 4): '父からDV。母子はシェルター入所中、所在は学校にも伏せる。', (5, 4): '生活保護受給。兄も不登校歴あり。'})])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'xlsx', 'イニシャルの一覧（Ⅱ）だが、セルのメモにDV避難・生活保護という生活歴。')
    rel = f'{base}/家庭訪問支援_手引き.pdf'
    wpdf(rel, [['家庭訪問支援員 活動の手引き', '1 訪問の前に学校と情報共有を行う', '2 訪問記録は校務系の所定フォルダに保存し、クラウドには置かない', '3 緊急時は課長に連絡']])
    lab(rel, 'IV', '保護者等への配布文書', 'notice-about-record', 'pdf', '訪問記録の扱い方を説明する手引き。記録そのものではない。')
    rel = f'{base}/訪問記録/訪問記録_様式.docx'
    O.docx(P(rel), [('h', '家庭訪問支援 訪問記録'), '対象：　　学校　　年　氏名', ('table', [['日時', '対応者', '様子', '次回'], ['', '', '', ''], ['', '', '', '']])])
    lab(rel, 'IV', '各種届雛形', 'blank-form', 'docx', '未記入の様式。')
    rel = f'{base}/訪問記録/old/houmon_2023.doc'
    wtext(rel, O.rtf_text(['家庭訪問記録 令和5年度', f'{CASES[5][1]} {CASES[5][2]} {CASES[5][0]}', '10/5 母と面談。本人はうつ状態で通院中。服薬の調整中。', '10/19 本人と会えた。']), enc='ascii')
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'legacy-or-encoding', 'doc (really RTF)', '古い訪問記録。通院・服薬の記述（心身の状況）。')
    rel = f'{base}/集計/R6_年間まとめ.rtf'
    wtext(rel, O.rtf_text(['令和6年度 家庭訪問支援 年間まとめ', '対象児童生徒数 37名', '登校再開 12名 / 別室・適応指導教室 9名', '課題：小中の引継ぎ']), enc='ascii')
    lab(rel, 'III', '職員会議の資料', 'near-miss', 'rtf', '年間の人数集計のみ。')

# ======================================================================
# D. 幼稚園 預かり保育
# ======================================================================
KIDS = [(R.choice(['ばら', 'ゆり', 'もも']) + '組', pupil()) for _ in range(20)]
def D():
    base = f'GoogleDrive-export/{KG}/預かり保育/R7'
    for k, (cl, nm) in enumerate(KIDS[:4]):
        sur = nm.split()[0]
        bl = [('h', '預かり保育 利用申込書'), f'園児氏名：{nm}（{cl}）　生年月日：2020年{R.randint(4, 12)}月{R.randint(1, 28)}日　性別：{R.choice(["男", "女"])}',
              f'保護者：{adult(sur)}　住所：{addr()}', f'連絡先：{phone()}　勤務先：{R.choice(["市内病院（看護師）", "スーパー", "自営業"])}',
              '利用理由：就労（フルタイム）', '健康上の配慮：' + R.choice(['なし', '熱性けいれん既往（座薬預かり）', '乳アレルギー']), '申込日：令和7年3月20日']
        rel = f'{base}/申込書/申込書_{nm.replace(" ", "")}.docx'
        O.docx(P(rel), bl)
        lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'filled-form', 'docx', '記入済み申込書。住所・電話・生年月日・健康上の配慮。')
    rel = f'{base}/申込書/利用申込書_様式.docx'
    O.docx(P(rel), [('h', '預かり保育 利用申込書'), '園児氏名：　　　　　生年月日：　　年　月　日', '保護者：　　　　住所：', '連絡先：', '利用理由：□就労 □介護 □その他', '健康上の配慮：'])
    lab(rel, 'IV', '各種届雛形', 'blank-form', 'docx', '未記入の申込書様式。')
    rel = f'{base}/申込書/利用申込書_様式.odt'
    O.odt(P(rel), ['預かり保育 利用申込書', '園児氏名：', '保護者：', '連絡先：'])
    lab(rel, 'IV', '各種届雛形', 'blank-form', 'odt', '未記入様式（ODF）。')
    # お迎え登録
    r = [['組', '園児', 'お迎え者', '続柄', '電話', '備考']]
    for cl, nm in KIDS[:14]: r.append([cl, nm, adult(nm.split()[0]), R.choice(['母', '父', '祖母', '祖父']), phone(), R.choice(['', '', '父の引き取り不可（家裁の決定あり）', ''])])
    rel = f'{base}/お迎え登録一覧.xlsx'
    O.xlsx(P(rel), [dict(name='登録', rows=r)])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', 'お迎え者の氏名・電話、親権関係の備考。')
    wcsv(f'{base}/お迎え登録_export.tsv', r, enc='utf-16', delim='\t')
    lab(f'{base}/お迎え登録_export.tsv', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'legacy-or-encoding', 'tsv (UTF-16)', 'お迎え登録の UTF-16 TSV。')
    # 延長記録
    r = [['日付', '組', '園児', '開始', '降園', '延長(分)', 'お迎え']]
    for d in range(1, 11):
        for cl, nm in R.sample(KIDS, 4): r.append([f'6/{d}', cl, nm, '14:00', f'{R.randint(16, 18)}:{R.choice(["00", "15", "30"])}', R.choice([0, 30, 60]), R.choice(['母', '父', '祖母'])])
    rel = f'{base}/延長記録_6月.xlsx'
    O.xlsx(P(rel), [dict(name='6月', rows=r)])
    lab(rel, 'III', '出席簿補助簿', 'realistic-name', 'xlsx', '預かり保育の利用・降園時刻の記録。出席簿補助簿に最も近い。')
    rel = f'{base}/延長記録_6月_体調.xlsx'
    r2 = [x[:] + ([''] if i == 0 else [R.choice(['', '', '37.8℃で早退', '', '嘔吐あり、保護者へ連絡'])]) for i, x in enumerate(r[:25])]
    r2[0][-1] = '体調'
    O.xlsx(P(rel), [dict(name='6月', rows=r2)])
    lab(rel, 'II', '体温チェック表', 'mixed', 'xlsx', '延長記録（Ⅲ）に体温・体調の欄が加わり体温チェック表相当（Ⅱ）。')
    # 保育料
    r = [['園児', '保護者', '利用日数', '保育料', '減免区分', '納付']]
    for cl, nm in KIDS[:15]: r.append([nm, adult(nm.split()[0]), R.randint(5, 20), R.randint(2, 9) * 1000, R.choice(['', '', '', '生活保護', '市民税非課税', 'ひとり親']), R.choice(['済', '未'])])
    rel = f'{base}/保育料/保育料一覧_6月.xlsx'
    O.xlsx(P(rel), [dict(name='6月', rows=[[c for j, c in enumerate(x) if j != 4] for x in r]), dict(name='減免', rows=[[x[0], x[4]] for x in r], hidden=True)])
    lab(rel, 'I', '要・準要保護児童生徒認定台帳', 'hidden-content', 'xlsx', '保育料一覧（Ⅱ相当）に、非表示シートで生活保護・非課税・ひとり親の減免区分（要保護認定に相当）。')
    rel = f'{base}/保育料/保育料_未納.csv'
    wcsv(rel, [['園児', '保護者', '未納額']] + [[x[0], x[1], x[3]] for x in r[1:6]], enc='cp932')
    lab(rel, 'II', '給食関係書類', 'legacy-or-encoding', 'csv (Shift_JIS)', '保護者別の未納額。個人別の徴収金書類で給食関係書類に最も近い。')
    rel = f'{base}/保育料/保育料のお知らせ.pdf'
    wpdf(rel, [['預かり保育 保育料のお知らせ', '1日 400円（14:00〜16:00）、延長30分ごとに100円', '口座振替日：毎月27日', f'{KG}']])
    lab(rel, 'IV', '保護者等への配布文書', 'notice-about-record', 'pdf', '料金の案内のみ。')
    rel = f'{base}/Untitled spreadsheet.ods'
    O.ods(P(rel), [dict(name='Sheet1', rows=[[nm, cl, R.choice(['卵', '乳', '小麦', '—']), R.choice(['除去', '代替', ''])] for cl, nm in KIDS[:12]])])
    lab(rel, 'I', '学校生活管理指導表', 'untitled-table', 'ods', '見出しのない表。園児氏名と食物アレルギー・除去対応（心身の状況）。')
    rel = f'{base}/預かり保育だより_7月.html'
    wtext(rel, O.html_table('預かり保育だより 7月', [], pre=['夏の預かり保育は7/22から始まります。', '水筒・帽子をお忘れなく。', '7月の誕生会：7/18（金）']))
    lab(rel, 'IV', '学校・学年・学級だより', 'realistic-name', 'html', 'おたより。')
    rel = f'{base}/預かり保育_実施要項.odt'
    O.odt(P(rel), ['市立幼稚園 預かり保育 実施要項', '対象：在園児', '時間：教育時間終了後〜18:00', '申込：利用申込書を提出'])
    lab(rel, 'IV', '学校行事実施計画（体育大会実施計画等）', 'realistic-name', 'odt', '要項。')

# ======================================================================
# E. 学校運営協議会 事務局
# ======================================================================
def E():
    base = f'GoogleDrive-export/学校運営協議会事務局_{ES2}'
    mem = [(adult(), R.choice(['自治会長', 'PTA会長', '民生委員', '地域住民', '校長', '大学教員'])) for _ in range(10)]
    rel = f'{base}/委員名簿_公開用.pdf'
    wpdf(rel, [['令和7年度 学校運営協議会 委員名簿'] + [f'{n}（{r}）' for n, r in mem]])
    lab(rel, 'IV', '学校要覧', 'near-miss', 'pdf', '氏名と役職のみの公開用名簿（学校要覧等で公開される内容）。')
    rel = f'{base}/委員名簿_連絡先.xlsx'
    O.xlsx(P(rel), [dict(name='委員', rows=[['氏名', '役職', '住所', '電話', 'メール']] + [[n, r, addr(), phone(), mail('iin')] for n, r in mem])])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所、生年月日、性別等の基本情報を含むもの', 'realistic-name', 'xlsx', '委員の住所・電話・メール。例示は児童生徒・教職員だが、最も近いのは住所録・緊急連絡網（Ⅰ）。')
    # 議事録
    for k, mon in enumerate(['5月', '7月']):
        rel = f'{base}/議事録/第{k + 1}回議事録_{mon}.docx'
        O.docx(P(rel), [('h', f'第{k + 1}回 学校運営協議会 議事録'), f'日時：令和7年{mon}15日 19:00〜20:30', '出席：委員9名、校長、教頭', '1 学校経営方針の説明（校長）', '2 地域行事への協力について', '3 登下校の見守りについて：通学路の危険箇所3か所を市に要望。'])
        lab(rel, 'III', '職員会議の資料', 'realistic-name', 'docx', '協議会の議事録。個人の機微情報なし（会議資料に相当）。')
    rel = f'{base}/議事録/第3回議事録_9月.docx'
    O.docx(P(rel), [('h', '第3回 学校運営協議会 議事録'), '日時：令和7年9月18日', '1 学校評価アンケートの結果', '2 その他', ('break',), '（非公開部分）', f'民生委員より：4年の{pupil()}さんの家庭、夜間に子どもだけで過ごしている。食事が不十分との近所の声。学校とこども家庭課で対応を協議。'],
           comments=[(6, '公開版ではこの段落を削除すること')])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'late-page', 'docx', '議事録（Ⅲ）の後ろのページ（非公開部分）に特定児童の家庭状況（生活歴）。')
    # ボランティア登録
    r = [['登録No', '氏名', '生年月日', '住所', '電話', '活動希望', '備考']]
    for k in range(12): r.append([k + 1, adult(), f'19{R.randint(45, 85)}/{R.randint(1, 12)}/{R.randint(1, 28)}', addr(), phone(), R.choice(['読み聞かせ', '登下校見守り', '花壇', '学習支援']), R.choice(['', '', '持病（心臓）あり、屋外活動は短時間']) ])
    rel = f'{base}/ボランティア/登録者一覧.xlsx'
    O.xlsx(P(rel), [dict(name='登録', rows=r)])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所、生年月日、性別等の基本情報を含むもの', 'realistic-name', 'xlsx', 'ボランティアの生年月日・住所・電話・持病。')
    rel = f'{base}/ボランティア/登録申込書_様式.pdf'
    wpdf(rel, [['学校支援ボランティア 登録申込書', '氏名：', '生年月日：', '住所：', '電話：', '活動希望：□読み聞かせ □見守り □花壇 □学習支援']])
    lab(rel, 'IV', '各種届雛形', 'blank-form', 'pdf', '未記入の様式。')
    rel = f'{base}/ボランティア/活動予定表.csv'
    wcsv(rel, [['日付', '活動', '人数']] + [[f'7/{d}', R.choice(['読み聞かせ', '見守り']), R.randint(2, 6)] for d in range(1, 12)])
    lab(rel, 'IV', '学校行事実施計画（体育大会実施計画等）', 'near-miss', 'csv (UTF-8)', '活動予定と人数のみ。')
    # アンケート
    rel = f'{base}/学校評価アンケート/アンケート用紙_保護者.docx'
    O.docx(P(rel), [('h', '学校評価アンケート（保護者用）'), '1 お子さんは楽しく学校に通っていますか　4 3 2 1', '2 学校からの情報提供は十分ですか　4 3 2 1', '自由記述：'])
    lab(rel, 'IV', '記入前のアンケート', 'blank-form', 'docx', '記入前アンケート。')
    rel = f'{base}/学校評価アンケート/集計結果_R7.xlsx'
    O.xlsx(P(rel), [dict(name='集計', rows=[['設問', '4', '3', '2', '1', '肯定率']] + [[f'Q{q}', R.randint(50, 120), R.randint(40, 80), R.randint(5, 20), R.randint(0, 8), f'{R.randint(75, 95)}%'] for q in range(1, 11)])])
    lab(rel, 'IV', '学校・学年・学級だより', 'near-miss', 'xlsx', '集計値のみ（学校だより等で公表する内容）。')
    rel = f'{base}/学校評価アンケート/自由記述_回答一覧.xlsx'
    fr = [['回答No', '学年', '自由記述']] + [[k, R.choice(['1年', '3年', '5年']), t] for k, t in enumerate(['行事が楽しかった', '宿題が多い', '登下校の見守りに感謝', '子どもがいじめを受けていると担任に相談したが対応がない。うちの子は夜眠れず、心療内科に通っている（5年2組 保護者）', 'ICTの活用を進めてほしい'], 1)]
    O.xlsx(P(rel), [dict(name='自由記述', rows=fr)])
    lab(rel, 'I', '心のアンケート（児童生徒が記入済のもの）', 'mixed', 'xlsx', '回答一覧の一件に、いじめ被害と心療内科通院という心身の状況（組まで特定）。')
    rel = f'{base}/学校評価アンケート/回答raw.zip'
    z = io.BytesIO()
    with zipfile.ZipFile(z, 'w') as zz:
        zz.writestr('readme.txt', 'フォーム回答の書き出し')
        s = io.StringIO(); csv.writer(s).writerows([['タイムスタンプ', 'メール', '学年', 'Q1', '自由記述']] + [[f'2025/07/{d} 20:1{d}', mail('hogosha'), R.choice(['2年', '4年']), R.randint(1, 4), R.choice(['', '特になし', '先生が忙しそう'])] for d in range(1, 9)])
        zz.writestr('responses.csv', s.getvalue())
    open(P(rel), 'wb').write(z.getvalue())
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'container', 'zip', 'zip内のフォーム回答CSVに保護者のメールアドレスが学年つきで並ぶ（メールアドレス＝基本情報）。')
    rel = f'{base}/協議会だより_第2号.html'
    wtext(rel, O.html_table('学校運営協議会だより 第2号', [], pre=['7月の協議会では、通学路の安全について話し合いました。', '地域の皆さまの見守りボランティアを募集しています。']))
    lab(rel, 'IV', '学校・学年・学級だより', 'realistic-name', 'html', 'だより。')
    rel = f'{base}/協議会_説明資料.pptx'
    O.pptx(P(rel), [dict(title='学校運営協議会とは', bullets=['地域とともにある学校', '委員の役割']), dict(title='今年度の重点', bullets=['見守り', '学習支援'], notes='校長より説明。時間10分。')])
    lab(rel, 'IV', '学校紹介パンフレット', 'realistic-name', 'pptx', '説明資料。ノートも進行メモのみ。')

# ======================================================================
# F. 小学校 × 図書館・博物館・体育施設
# ======================================================================
def F_():
    base = f'{ES2SP}/地域連携/R7'
    cls4 = [(f'4年{(i % 2) + 1}組', i // 2 + 1, pupil()) for i in range(28)]
    rel = f'{base}/図書館/団体貸出記録_R7.xlsx'
    O.xlsx(P(rel), [dict(name='貸出', rows=[['貸出日', '学級', '冊数', 'テーマ', '返却日']] + [[f'{m}/1', R.choice(['3年1組', '4年2組', '5年1組']), R.randint(20, 40), R.choice(['昆虫', '昔の道具', '星']), f'{m + 1}/1'] for m in range(4, 10)])])
    lab(rel, 'IV', '学校行事実施計画（体育大会実施計画等）', 'near-miss', 'xlsx', '学級単位の団体貸出。個人情報なし（最も近い例示：学校運営関係Ⅳ）。')
    rel = f'{base}/図書館/個人別貸出.csv'
    wcsv(rel, [['学年組', '番', '氏名', '書名', '貸出日']] + [[c[0], c[1], c[2], R.choice(['ファーブル昆虫記', 'かいけつゾロリ', '星座図鑑']), '2025/06/05'] for c in cls4[:14]], enc='utf-8')
    lab(rel, 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'csv (UTF-8)', '児童別の貸出書名。学習系の記録で名列を含む（Ⅲ）。')
    # 見学参加者名簿
    rel = f'{base}/博物館/見学参加者名簿_4年.xlsx'
    O.xlsx(P(rel), [dict(name='名簿', rows=[['組', '番', '氏名']] + [[c[0], c[1], c[2]] for c in cls4])])
    lab(rel, 'III', '名列表', 'realistic-name', 'xlsx', '参加児童の組・番・氏名のみ。')
    rel = f'{base}/博物館/見学参加者名簿_4年_配慮.xlsx'
    O.xlsx(P(rel), [dict(name='名簿', rows=[['組', '番', '氏名', '配慮']] + [[c[0], c[1], c[2], R.choice(['', '', '', '車いす使用', '食物アレルギー（小麦）', '聴覚過敏・イヤーマフ'])] for c in cls4])])
    lab(rel, 'I', '学校生活管理指導表', 'realistic-name', 'xlsx', '名簿（Ⅲ）に障がい・アレルギーなど心身の状況（Ⅰ）。')
    rel = f'{base}/博物館/見学のしおり.pdf'
    wpdf(rel, [['4年 社会科見学のしおり', '行き先：市立博物館（架空）', '日時：10月8日（水）8:40出発', '持ち物：弁当、水筒、しおり、筆記用具', 'きまり：館内では静かに'], ['班別行動表', '1班 ロビー→昔の道具→化石', '2班 化石→ロビー→昔の道具']])
    lab(rel, 'IV', '学校行事のしおり', 'realistic-name', 'pdf', 'しおり。')
    rel = f'{base}/博物館/見学のしおり_班名簿入り.pdf'
    wpdf(rel, [['4年 社会科見学のしおり', '行き先：市立博物館（架空）', '日時：10月8日（水）'], ['班別名簿'] + [f'{k // 4 + 1}班 {c[2]}' for k, c in enumerate(cls4[:16])], ['引率者連絡先（当日のみ）', f'担任A 携帯 {phone()}', f'担任B 携帯 {phone()}', f'養護教諭 携帯 {phone()}']])
    lab(rel, 'I', '職員緊急連絡網', 'late-page', 'pdf', 'しおり（Ⅳ）・班名簿（Ⅲ）に加え、最終ページに教職員の私用携帯（職員緊急連絡網相当）。')
    # 施設利用申請
    rel = f'{base}/体育施設/施設利用申請書_記入例.docx'
    O.docx(P(rel), [('h', '市立体育館 施設利用申請書'), f'団体名：{ES2}', '利用日：令和7年11月6日（木）9:00〜12:00', '利用目的：4年 体育（なわとび記録会）', '人数：児童56名 引率4名', f'責任者：{ES2} 教頭（学校代表電話 096-000-1111）'])
    lab(rel, 'IV', '各種届雛形', 'filled-form', 'docx', '施設利用申請。学校代表の連絡先のみ。')
    rel = f'{base}/体育施設/利用申請_様式.xls'
    wtext(rel, O.html_table('体育施設利用申請書', [['団体名', ''], ['利用日', ''], ['目的', ''], ['人数', '']]))
    lab(rel, 'IV', '各種届雛形', 'blank-form', 'xls (really HTML table)', '未記入様式。拡張子はxlsだが中身はHTML。')
    rel = f'{base}/体育施設/なわとび記録会_記録.xlsx'
    O.xlsx(P(rel), [dict(name='記録', rows=[['組', '番', '氏名', '前とび', 'あやとび', '二重とび']] + [[c[0], c[1], c[2], R.randint(30, 200), R.randint(10, 80), R.randint(0, 40)] for c in cls4])])
    lab(rel, 'III', '確認テスト', 'realistic-name', 'xlsx', '記録会の回数記録（学習記録・確認テスト相当、成績ではない）。')
    rel = f'{base}/体育施設/体力テスト_個票.xlsx'
    O.xlsx(P(rel), [dict(name='個票', rows=[['組', '番', '氏名', '身長', '体重', '50m', '評価', '所見']] + [[c[0], c[1], c[2], R.randint(125, 145), R.randint(24, 45), round(R.uniform(8, 11), 1), R.choice('ABCDE'), R.choice(['', '', '肥満度+30%、学校医より要受診'])] for c in cls4[:15]])])
    lab(rel, 'I', '健康診断票', 'realistic-name', 'xlsx', '身長・体重と学校医所見を含む（健康診断票相当）。')
    # photos list / consent
    rel = f'{base}/写真/写真掲載同意一覧.xlsx'
    O.xlsx(P(rel), [dict(name='同意', rows=[['組', '番', '氏名', 'HP掲載', 'たより掲載']] + [[c[0], c[1], c[2], R.choice(['可', '可', '不可']), R.choice(['可', '不可'])] for c in cls4])])
    lab(rel, 'III', '名列表', 'realistic-name', 'xlsx', '掲載可否の一覧（氏名＋同意の有無）。')
    rel = f'{base}/博物館/見学のお礼_学級だより.docx'
    O.docx(P(rel), [('h', '4年1組 学級だより 第12号'), '10月8日に博物館見学に行きました。昔の道具を実際にさわって、おどろきの声があがっていました。', '博物館の皆様、ありがとうございました。'])
    lab(rel, 'IV', '学校・学年・学級だより', 'realistic-name', 'docx', '学級だより。')
    rel = f'{base}/博物館/見学の感想_まとめ.odt'
    O.odt(P(rel), ['見学の感想（4年1組）'] + [f'{c[2]}：' + R.choice(['化石が大きかった。', '昔の洗濯はたいへんだと思った。']) for c in cls4[:8]])
    lab(rel, 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'odt', '児童の感想（学習記録）。')
    rel = f'{base}/図書館/読書記録_個人.xlsx'
    O.xlsx(P(rel), [dict(name='記録', rows=[['番', '冊数', '感想']] + [[c[1], R.randint(1, 20), ''] for c in cls4[:14]]),
                    dict(name='担任メモ', rows=[['番', 'メモ'], [3, '本は読むが字を書くのが極端に苦手。LDの疑いで保護者と面談予定。'], [9, '家に本がない。経済的に厳しい家庭。']], hidden=True)])
    lab(rel, 'I', '教育相談・面接の記録等', 'hidden-content', 'xlsx', '読書記録（Ⅲ）の非表示シートに学習障害の疑い・家庭の経済状況（Ⅰ）。')

# ======================================================================
# G. mixed staff habits across settings (exports, legacy, misleading names)
# ======================================================================
def G():
    # misleading names
    rel = f'OneDrive-tanaka.kenji/個人情報_取扱注意_重要.xlsx'
    O.xlsx(P(rel), [dict(name='Sheet1', rows=[['研修名', '日時', '場所'], ['情報セキュリティ研修', '8/5 9:30', '視聴覚室'], ['ICT活用研修', '8/6 13:30', 'PC室']])])
    lab(rel, 'IV', '学校行事実施計画（体育大会実施計画等）', 'misleading-name', 'xlsx', '名前は「個人情報」だが中身は研修日程のみ。')
    rel = f'OneDrive-tanaka.kenji/写真整理.xlsx'
    r = [['組', '番', '氏名', '調査書 評定 国', '数', '英', '合計', '志望校']]
    for s in STU[:12]: r.append([s[0].replace('2年', '3年'), s[1], s[2], R.randint(2, 5), R.randint(2, 5), R.randint(2, 5), '', R.choice(['県立A高校', '私立B高校'])])
    O.xlsx(P(rel), [dict(name='Sheet1', rows=r)])
    lab(rel, 'I', '調査書', 'misleading-name', 'xlsx', '名前は「写真整理」だが中身は調査書の評定と志望校。')
    rel = f'{ESSP}/外国語/R7/教材_Unit6.docx'
    O.docx(P(rel), [('h', '5年 通知表 所見下書き'), *[f'{pupil()}：' + R.choice(['英語で積極的に話していた。', '友達の発表をよく聞いていた。']) + ' 評価B' for _ in range(10)]])
    lab(rel, 'II', '通知表', 'misleading-name', 'docx', '名前は「教材」だが中身は通知表所見の下書き。')
    rel = f'{BOSP}/不登校家庭訪問支援/R7/報告書/ケース記録_注意.docx'
    O.docx(P(rel), [('h', 'ケース記録の書き方（研修資料）'), '・事実と推測を分けて書く', '・氏名はイニシャルでも個人が特定できることに注意', '・例：「○月○日、母と面談。本人の様子は…」'])
    lab(rel, 'III', '教材研究資料', 'misleading-name', 'docx', '名前は「ケース記録」だが研修資料で実在の記録なし（near-missでもある）。')
    # 校務支援システム export
    r = [['学年', '組', '番号', '氏名', 'ふりがな', '生年月日', '性別']]
    for s in STU[:30]: r.append(['2', s[0][2], s[1], s[2], '', f'2011/{R.randint(4, 12)}/{R.randint(1, 28)}', s[3]])
    rel = f'{JHSP}/2学年/名簿/seito_list_20250410.csv'
    wcsv(rel, r, enc='cp932')
    lab(rel, 'III', '生年月日、性別', 'legacy-or-encoding', 'csv (Shift_JIS)', '校務支援システムからの名簿書き出し。氏名・生年月日・性別のみ（第2表でⅢ）。')
    rel = f'{JHSP}/2学年/名簿/jusho_20250410.csv'
    wcsv(rel, [['組', '番', '氏名', '郵便番号', '住所', '電話']] + [[s[0], s[1], s[2], '860-00' + str(R.randint(10, 99)), addr(), phone()] for s in STU[:30]], enc='cp932')
    lab(rel, 'I', '児童生徒の住所録', 'legacy-or-encoding', 'csv (Shift_JIS)', '生徒住所録の書き出し。')
    rel = f'{JHSP}/2学年/出欠/出席簿_6月_2-1.xlsx'
    O.xlsx(P(rel), [dict(name='6月', rows=[['番', '氏名'] + [str(d) for d in range(1, 21)] + ['欠席理由']] + [[s[1], s[2]] + [R.choice(['', '', '', '', '欠', '遅']) for _ in range(20)] + [R.choice(['', '', '体調不良', '通院（心療内科）'])] for s in STU if s[0] == '2年1組'])])
    lab(rel, 'I', '出席簿', 'realistic-name', 'xlsx', '出欠と欠席理由（出席簿）。')
    rel = f'{JHSP}/2学年/出欠/出席簿補助簿_6月_2-1.xlsx'
    O.xlsx(P(rel), [dict(name='6月', rows=[['番', '氏名', '欠', '遅', '早']] + [[s[1], s[2], R.randint(0, 3), R.randint(0, 2), 0] for s in STU if s[0] == '2年1組'])])
    lab(rel, 'III', '出席簿補助簿', 'realistic-name', 'xlsx', '日数だけの補助簿。理由なし。')
    rel = f'{JHSP}/2学年/座席表_2-3.xlsx'
    seats = [s[2] for s in STU if s[0] == '2年3組']
    O.xlsx(P(rel), [dict(name='座席', rows=[['教卓']] + [seats[i:i + 4] for i in range(0, len(seats), 4)])])
    lab(rel, 'III', '座席表', 'realistic-name', 'xlsx', '座席表。')
    rel = f'{JHSP}/2学年/座席表_2-3_配慮.xlsx'
    O.xlsx(P(rel), [dict(name='座席', rows=[['教卓']] + [seats[i:i + 4] for i in range(0, len(seats), 4)], comments={(1, 0): '弱視のため最前列。', (2, 2): 'ADHD診断あり。刺激の少ない席に。'})])
    lab(rel, 'I', '個別の教育支援計画', 'hidden-content', 'xlsx', '座席表（Ⅲ）のセルのメモに視覚障がい・診断名（心身の状況）。')
    rel = f'{JHSP}/2学年/定期考査/1学期期末_素点.xlsx'
    O.xlsx(P(rel), [dict(name='素点', rows=[['組', '番', '氏名', '国', '数', '英', '理', '社']] + [[s[0], s[1], s[2]] + [R.randint(20, 100) for _ in range(5)] for s in STU[:24]])])
    lab(rel, 'II', '定期考査素点表', 'realistic-name', 'xlsx', '定期考査の素点表。')
    rel = f'{JHSP}/2学年/定期考査/1学期期末_問題_数学.pdf'
    wpdf(rel, [['令和7年度 1学期期末考査 数学 2年', '1 次の計算をしなさい。 (1) 3a+2b-a  (2) (x+3)(x-2)', '2 連立方程式を解きなさい。 x+y=5, 2x-y=1']])
    lab(rel, 'III', '過去のテスト問題', 'near-miss', 'pdf', '実施済の定期考査問題（未記入）。答案ではない。')
    rel = f'{JHSP}/2学年/評定/評定一覧_1学期.xlsx'
    O.xlsx(P(rel), [dict(name='評定', rows=[['組', '番', '氏名', '国', '社', '数', '理', '英', '音', '美', '保体', '技家']] + [[s[0], s[1], s[2]] + [R.randint(2, 5) for _ in range(9)] for s in STU[:24]])])
    lab(rel, 'I', '評定一覧表', 'realistic-name', 'xlsx', '評定一覧表。')
    rel = f'{JHSP}/2学年/評定/評定入力のお願い.docx'
    O.docx(P(rel), [('h', '評定入力のお願い'), '各教科担当者は7/15までに校務支援システムに評定を入力してください。', '評定一覧表は教務で出力し、成績会議で使用します（クラウドには保存しないこと）。'])
    lab(rel, 'III', '職員会議の資料', 'notice-about-record', 'docx', '評定一覧表についての職員向け連絡。記録そのものではない。')
    rel = f'{JHSP}/2学年/通知表/通知表について_保護者向け.pdf'
    wpdf(rel, [['通知表の見方について', '保護者の皆様', '本校の通知表は、観点別学習状況と評定で構成されています。', '所見欄では、学校生活の様子をお知らせします。']])
    lab(rel, 'IV', '保護者等への配布文書', 'notice-about-record', 'pdf', '通知表の見方の説明。通知表そのものではない。')
    rel = f'{JHSP}/2学年/通知表/通知表_2-2_所見.docx'
    O.docx(P(rel), [('h', '2年2組 通知表所見（1学期）')] + [f'{s[1]}番 {s[2]}：' + R.choice(['学級委員としてクラスをまとめました。', '提出物を期限までに出すことができていました。']) for s in STU if s[0] == '2年2組'], footer='重要性分類Ⅱ')
    lab(rel, 'II', '通知表', 'realistic-name', 'docx', '通知表所見。')
    rel = f'{JHSP}/2学年/学年だより_7月.docx'
    O.docx(P(rel), [('h', '2学年だより 7月号'), '1学期もあと少しです。', '職場体験のお礼状を書きました。', '夏休みの生活について'])
    lab(rel, 'IV', '学校・学年・学級だより', 'realistic-name', 'docx', '学年だより。')
    rel = f'{JHSP}/2学年/学年だより_7月_下書き.docx'
    O.docx(P(rel), [('h', '2学年だより 7月号（下書き）'), '1学期もあと少しです。', '職場体験のお礼状を書きました。'],
           comments=[(1, f'{STU[15][2]}さんの件、保護者から「だよりに名前を載せないで」との要望（児相が関与中のため）。')])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'hidden-content', 'docx', 'だより（Ⅳ）だが、コメントに特定生徒への児相関与（生活歴）。')
    rel = f'{JHSP}/2学年/校務分掌表_R7.pdf'
    wpdf(rel, [['令和7年度 校務分掌表', '学年主任 田中', '生徒指導 森', '進路指導 緒方', '教務 園田']])
    lab(rel, 'IV', '校務分掌表', 'realistic-name', 'pdf', '分掌表。')
    rel = f'{JHSP}/職員/職員緊急連絡網_R7.xlsx'
    O.xlsx(P(rel), [dict(name='連絡網', rows=[['順', '氏名', '携帯', '次へ']] + [[k, adult(), phone(), k + 1] for k in range(1, 16)])])
    lab(rel, 'I', '職員緊急連絡網', 'realistic-name', 'xlsx', '職員緊急連絡網。')
    rel = f'{JHSP}/職員/ID_PW一覧.txt'
    wtext(rel, '\n'.join(f'{adult()}\tt{R.randint(10000, 99999)}\tPw{R.randint(1000, 9999)}!' for _ in range(10)))
    lab(rel, 'II', '情報システムログインID/PW管理台帳', 'untitled-table', 'txt', '職員のID・パスワードの一覧（見出しなし）。')
    rel = f'{JHSP}/職員/出勤簿_6月.xlsx'
    O.xlsx(P(rel), [dict(name='6月', rows=[['氏名'] + [str(d) for d in range(1, 21)]] + [[adult()] + [R.choice(['出', '出', '出', '年休', '出張']) for _ in range(20)] for _ in range(12)])])
    lab(rel, 'II', '出勤簿', 'realistic-name', 'xlsx', '出勤簿。')
    rel = f'{JHSP}/職員/人事_異動希望.docx'
    O.docx(P(rel), [('h', '異動希望調書'), f'氏名：{adult()}　生年月日：1980年5月3日', '希望：市内中学校', '事情：親の介護（要介護3）のため通勤時間の短縮を希望。本人も腰椎ヘルニア治療中。'])
    lab(rel, 'I', '教職員の人事情報', 'realistic-name', 'docx', '教職員の人事情報・家庭事情・健康状態。')
    rel = f'{JHSP}/3学年/進路/卒業生進路先一覧_R6.xlsx'
    O.xlsx(P(rel), [dict(name='R6', rows=[['組', '番', '氏名', '進路先']] + [[f'3年{R.randint(1, 4)}組', k, pupil(), R.choice(['県立A高校', '私立B高校', '高専', '就職'])] for k in range(1, 25)])])
    lab(rel, 'II', '卒業生進路先一覧等', 'realistic-name', 'xlsx', '卒業生進路先一覧。')
    rel = f'{JHSP}/3学年/進路/進路先_集計_R6.csv'
    wcsv(rel, [['進路', '人数'], ['県立高校', 88], ['私立高校', 41], ['高専', 6], ['その他', 3]])
    lab(rel, 'IV', '学校要覧', 'near-miss', 'csv (UTF-8)', '進路先の人数集計のみ（学校要覧に載る水準）。')
    rel = f'{JHSP}/3学年/進路/進路希望調査_用紙.pdf'
    wpdf(rel, [['進路希望調査', '3年　組　番　氏名', '第1希望：', '第2希望：', '保護者署名：']])
    lab(rel, 'IV', '記入前のアンケート', 'blank-form', 'pdf', '未記入の調査用紙。')
    rel = f'{JHSP}/生徒指導/事故報告_0605.docx'
    O.docx(P(rel), [('h', '事故報告書'), '発生：6月5日 昼休み 体育館', f'当事者：{STU[2][0]} {STU[2][2]}', '状況：バスケットボール中に転倒し左手首を負傷。病院受診、骨折なし。', '保護者連絡：13:20 母へ'])
    lab(rel, 'II', '事故報告書、記録簿', 'realistic-name', 'docx', '事故報告書（負傷は軽微、治療記録ではない）。')
    rel = f'{JHSP}/生徒指導/生徒指導記録_R7.xlsx'
    O.xlsx(P(rel), [dict(name='記録', rows=[['日付', '組', '氏名', '事案', '対応']] + [[f'6/{R.randint(1, 28)}', s[0], s[2], R.choice(['喫煙', 'SNSでの悪口', '万引き（店から連絡）', '深夜徘徊']), '保護者面談'] for s in STU[:8]])])
    lab(rel, 'I', '生徒指導記録簿', 'realistic-name', 'xlsx', '生徒指導記録簿。')
    rel = f'{JHSP}/教育相談/相談予約表.xlsx'
    O.xlsx(P(rel), [dict(name='予約', rows=[['日', '時間', '番号', '担当']] + [[f'6/{d}', '16:00', f'2-{R.randint(1, 4)}-{R.randint(1, 12)}', 'SC'] for d in range(2, 20, 2)])])
    lab(rel, 'I', '教育相談・面接の記録等', 'id-by-number', 'xlsx', '年・組・番で特定できる生徒のスクールカウンセラー相談予約（教育相談の記録）。')
    rel = f'{JHSP}/教育相談/きずなアンケート_集計.xlsx'
    O.xlsx(P(rel), [dict(name='集計', rows=[['設問', 'はい', 'いいえ']] + [[f'Q{q}', R.randint(100, 140), R.randint(2, 20)] for q in range(1, 9)])])
    lab(rel, 'III', '職員会議の資料', 'near-miss', 'xlsx', '人数集計のみ。記入済の個票ではない。')
    rel = f'{JHSP}/教育相談/きずなアンケート_要確認者.xlsx'
    O.xlsx(P(rel), [dict(name='要確認', rows=[['組', '番', '回答', '担任対応']] + [[s[0], s[1], R.choice(['からかわれている', 'たたかれた', '死にたいと思うことがある']), '面談済'] for s in STU[:6]])])
    lab(rel, 'I', 'きずなアンケート（児童生徒が記入済のもの）', 'id-by-number', 'xlsx', '組・番と記入済の回答内容。')
    rel = f'{JHSP}/保健/健康診断_結果一覧.xlsx'
    O.xlsx(P(rel), [dict(name='結果', rows=[['組', '番', '氏名', '視力R', '視力L', '歯科', '内科']] + [[s[0], s[1], s[2], R.choice(['A', 'B', 'C']), R.choice(['A', 'B', 'D']), R.choice(['0', 'C1', 'C2']), R.choice(['異常なし', '心雑音 要精検'])] for s in STU[:20]])])
    lab(rel, 'I', '健康診断票', 'realistic-name', 'xlsx', '健康診断結果。')
    rel = f'{JHSP}/保健/ほけんだより_6月.pdf'
    wpdf(rel, [['ほけんだより 6月', '歯と口の健康週間', '虫歯の治療は夏休み前に済ませましょう。', '受診のお知らせ（治療勧告書）は個別にお渡ししています。']])
    lab(rel, 'IV', '学校・学年・学級だより', 'notice-about-record', 'pdf', 'ほけんだより。治療勧告に言及するが個人情報なし。')
    rel = f'{JHSP}/保健/体温チェック_部活.csv'
    wcsv(rel, [['日付', '部', '氏名', '体温']] + [[f'7/{R.randint(1, 20)}', 'バスケ部', s[2], f'{R.uniform(35.9, 37.4):.1f}'] for s in STU[:15]], enc='utf-8', bom=True)
    lab(rel, 'II', '体温チェック表', 'realistic-name', 'csv (UTF-8 BOM)', '体温チェック表。')
    rel = f'{JHSP}/部活動/部活動名簿_R7.xlsx'
    O.xlsx(P(rel), [dict(name='名簿', rows=[['部', '組', '番', '氏名']] + [[R.choice(['野球', 'バスケ', '吹奏楽']), s[0], s[1], s[2]] for s in STU[:30]])])
    lab(rel, 'III', '部活動名簿', 'realistic-name', 'xlsx', '部活動名簿。')
    rel = f'{JHSP}/就学援助/援助申請_受付簿.xlsx'
    O.xlsx(P(rel), [dict(name='受付', rows=[['受付日', '組', '番', '生徒', '保護者', '区分']] + [[f'4/{R.randint(5, 25)}', s[0], s[1], s[2], adult(s[2].split()[0]), R.choice(['準要保護', '要保護'])] for s in STU[:7]])])
    lab(rel, 'I', '校内就学援助関係書類', 'realistic-name', 'xlsx', '就学援助の受付簿。')
    rel = f'{JHSP}/就学援助/就学援助制度のお知らせ.docx'
    O.docx(P(rel), [('h', '就学援助制度のお知らせ'), '経済的な理由でお困りの保護者の方へ', '申請書は学校事務室にあります。', '締切：4月25日'])
    lab(rel, 'IV', '保護者等への配布文書', 'notice-about-record', 'docx', '制度の案内。')
    rel = f'{JHSP}/学籍/転入学受付簿_R7.xlsx'
    O.xlsx(P(rel), [dict(name='受付', rows=[['受付日', '学年', '氏名', '前在籍校']] + [[f'{R.randint(4, 9)}/{R.randint(1, 28)}', R.choice(['1年', '2年']), pupil(), R.choice(['大阪市立X中', '福岡市立Y中', 'インターナショナルスクール'])] for _ in range(5)] + [['6/2', '2年', 'グエン ティ ラン', 'ベトナム ホーチミン市の中学校']])])
    lab(rel, 'II', '転入学受付（整理）簿', 'foreign-names', 'xlsx', '転入学受付簿（外国籍生徒を含む）。')
    rel = f'{JHSP}/学籍/日本語指導_対象生徒.xlsx'
    O.xlsx(P(rel), [dict(name='対象', rows=[['組', '氏名', '母語', '来日', '家庭状況']] + [['2年1組', 'グエン ティ ラン', 'ベトナム語', '2025/5', '母は技能実習生。父は本国。'], ['2年3組', '王 浩然', '中国語', '2024/9', '両親とも日本語不可。通訳を要す。'], ['1年2組', 'マリア サントス', 'ポルトガル語', '2023/4', '在留資格の更新手続き中。']])])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'foreign-names', 'xlsx', '外国籍生徒の来日時期・家庭状況・在留資格（生活歴）。')
    rel = f'{JHSP}/学籍/日本語教室_時間割.xlsx'
    O.xlsx(P(rel), [dict(name='時間割', rows=[['曜日', '時限', '対象', '指導者'], ['月', '3', 'グエン ティ ラン', '日本語指導員'], ['水', '5', '王 浩然', '日本語指導員']])])
    lab(rel, 'III', '委員会・係名簿', 'foreign-names', 'xlsx', '指導の時間割と生徒氏名のみ。')
    rel = f'{JHSP}/教材/2年_数学_確認テスト.docx'
    O.docx(P(rel), [('h', '確認テスト 一次関数'), '1 y=2x+3 の傾きと切片を答えなさい。', '2 グラフをかきなさい。'])
    lab(rel, 'III', '確認テスト', 'realistic-name', 'docx', '確認テスト（問題）。')
    rel = f'{JHSP}/学校経営/学校経営案_R7.pdf'
    wpdf(rel, [['令和7年度 学校経営案', '学校教育目標：自ら学び、共に生きる生徒の育成', '重点1 授業改善', '重点2 不登校支援の充実'], ['重点3 地域連携（学校運営協議会）', '評価指標：学校評価アンケート肯定率85%']])
    lab(rel, 'III', '学校経営案', 'realistic-name', 'pdf', '学校経営案。')
    rel = f'{JHSP}/学校経営/学校要覧_R7.pdf'
    wpdf(rel, [['令和7年度 学校要覧', f'{JH}（架空）', '生徒数 412名 学級数 15', '沿革 昭和30年開校']])
    lab(rel, 'IV', '学校要覧', 'realistic-name', 'pdf', '学校要覧。')
    rel = f'{JHSP}/事務/学年費会計簿_R7.xlsx'
    O.xlsx(P(rel), [dict(name='会計', rows=[['日付', '摘要', '収入', '支出', '残高'], ['4/20', '学年費徴収', 412000, '', 412000], ['6/10', 'ワーク代', '', 180000, 232000]])])
    lab(rel, 'IV', '学校徴収金会計簿（学年費等）', 'realistic-name', 'xlsx', '学年費の会計簿（個人別ではない）。')
    rel = f'{JHSP}/事務/給食費_未納者.xlsx'
    O.xlsx(P(rel), [dict(name='未納', rows=[['組', '番', '氏名', '未納月', '金額']] + [[s[0], s[1], s[2], '5,6月', 9200] for s in STU[:5]])])
    lab(rel, 'II', '給食関係書類', 'realistic-name', 'xlsx', '給食費の未納者一覧。')
    rel = f'{JHSP}/事務/system_spec_kouмu.pdf'.replace('м', 'm')
    wpdf(rel, [['校務支援システム 構成仕様書（抜粋）', 'サーバ：データセンタ内 冗長構成', 'VPN装置：型番XX-1000 管理IP 10.0.0.1', 'バックアップ：日次 2:00']])
    lab(rel, 'II', '教育情報システム仕様書', 'realistic-name', 'pdf', 'システム仕様書（ネットワーク構成・管理IP）。')
    rel = f'{JHSP}/教務/教科書一覧_R7.html'
    wtext(rel, O.html_table('令和7年度 使用教科書一覧', [['教科', '発行者', '書名'], ['国語', 'A社', '国語2'], ['数学', 'B社', '数学2']]))
    lab(rel, 'IV', '使用教科書一覧', 'realistic-name', 'html', '使用教科書一覧。')
    rel = f'{JHSP}/教務/教育課程_R7.xlsx'
    O.xlsx(P(rel), [dict(name='時数', rows=[['教科', '1年', '2年', '3年'], ['国語', 140, 140, 105], ['数学', 140, 105, 140]])])
    lab(rel, 'IV', '教育課程編成表', 'realistic-name', 'xlsx', '教育課程編成表。')
    rel = f'{JHSP}/教務/職員会議_0610.docx'
    O.docx(P(rel), [('h', '職員会議 6/10'), '1 職場体験の準備状況', '2 1学期期末考査の日程', '3 不登校生徒への対応状況（詳細は学年会で）'])
    lab(rel, 'III', '職員会議の資料', 'realistic-name', 'docx', '職員会議資料（個人は出てこない）。')
    rel = f'{JHSP}/教務/職員会議_0624.docx'
    O.docx(P(rel), [('h', '職員会議 6/24'), '1 期末考査について', '2 生徒の状況共有', f'　{STU[8][0]} {STU[8][2]}：5月から欠席。母によると腹痛と不眠で小児科受診、起立性調節障害の疑い。', f'　{STU[19][0]} {STU[19][2]}：父の失職で家計が厳しく、就学援助の申請を案内。'])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'mixed', 'docx', '職員会議資料（Ⅲ）に、特定生徒の体調・家計（生活歴・心身）。')
    rel = f'{JHSP}/教務/指導要録_記入要領.pdf'
    wpdf(rel, [['指導要録の記入要領（令和7年度）', '1 学籍に関する記録は転入時に速やかに記入する。', '2 指導に関する記録は年度末に記入する。', '3 原本は耐火金庫に保管し、持ち出さない。']])
    lab(rel, 'III', '職員会議の資料', 'notice-about-record', 'pdf', '指導要録について説明する要領。記録そのものではない。')
    rel = f'{JHSP}/教務/卒業証書台帳_R6.xlsx'
    O.xlsx(P(rel), [dict(name='台帳', rows=[['番号', '氏名', '生年月日', '卒業年月日']] + [[f'第{k}号', pupil(), f'2009/{R.randint(4, 12)}/{R.randint(1, 28)}', '2025/3/14'] for k in range(1501, 1521)])])
    lab(rel, 'I', '卒業証書授与台帳', 'realistic-name', 'xlsx', '卒業証書授与台帳。')
    rel = f'{JHSP}/特別支援/個別の指導計画_2-4.docx'
    O.docx(P(rel), [('h', '個別の指導計画'), f'生徒：{STU[3][0]} {STU[3][2]}', '実態：読み書きに困難（ディスレクシア）。', '目標：タブレットの読み上げ機能を使って課題に取り組む。', '手立て：テストは別室・時間延長。'])
    lab(rel, 'I', '個別指導計画', 'realistic-name', 'docx', '個別の指導計画。')
    rel = f'{JHSP}/特別支援/個別の指導計画_様式.docx'
    O.docx(P(rel), [('h', '個別の指導計画'), '生徒：', '実態：', '目標：', '手立て：'])
    lab(rel, 'IV', '各種届雛形', 'blank-form', 'docx', '空の様式。')
    rel = f'{JHSP}/人権/人権作文_集.pdf'
    wpdf(rel, [['人権作文（2年）'], [f'{STU[12][2]}「わたしの家族」', '父が外国出身で、小学校のころから見た目のことで心ない言葉をかけられてきました。母は病気で働けず、家のことはわたしがしています。']])
    lab(rel, 'I', '人権レポート', 'late-page', 'pdf', '1ページ目は表紙だけ。2ページ目に氏名つきの人権作文（家族の病気・出自）。')
    # html export from web system (chat log)
    rel = f'Teams/{JH}2学年/一般/Files/チャット書き出し_0612.html'
    wtext(rel, O.html_table('チャット書き出し 2学年', [['時刻', '送信者', 'メッセージ'], ['8:05', '森', '2-1 佐藤は今日も欠席。母から「朝、過呼吸になった」と連絡'], ['8:07', '田中', '了解。SCの予約入れます'], ['8:10', '緒方', '職場体験の名簿、事業所に送りました']]))
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'sensitive-in-plain-words', 'html', 'チャットの書き出しに生徒の欠席理由（過呼吸）。')
    rel = f'Teams/{JH}2学年/一般/Files/連絡メモ.txt'
    wtext(rel, '明日の学年会 15:30〜 会議室\n議題：職場体験の振り返り、期末考査\n持ち物：感想文のコピー\n', enc='cp932')
    lab(rel, 'IV', '学校行事実施計画（体育大会実施計画等）', 'near-miss', 'txt (Shift_JIS)', '会議の連絡のみ。')
    rel = f'GoogleDrive-export/personal-backup/takeout-20250701.zip'
    z = io.BytesIO()
    with zipfile.ZipFile(z, 'w') as zz:
        zz.writestr('Drive/マイドライブ/授業プリント/一次関数.txt', '一次関数のまとめ\ny=ax+b')
        zz.writestr('Drive/マイドライブ/授業プリント/連立方程式.txt', '連立方程式 加減法と代入法')
        zz.writestr('Drive/マイドライブ/old/2024_3年_調査書下書き.csv', '\n'.join(f'{pupil()},{R.randint(30, 45)},{R.choice(["欠席12日（起立性調節障害）", "欠席0", "欠席3"])}' for _ in range(10)))
    open(P(rel), 'wb').write(z.getvalue())
    lab(rel, 'I', '調査書', 'container', 'zip', 'Takeoutのzip。教材の中に、調査書の下書き（内申点・欠席理由）CSVがある。')
    rel = f'GoogleDrive-export/personal-backup/授業プリント.zip'
    z = io.BytesIO()
    with zipfile.ZipFile(z, 'w') as zz:
        zz.writestr('一次関数.txt', '一次関数のまとめ'); zz.writestr('図形.txt', '合同の証明')
    open(P(rel), 'wb').write(z.getvalue())
    lab(rel, 'III', '授業用教材', 'container', 'zip', '教材のみのzip。')
    rel = f'{ESSP}/外国語/R7/old_server/英語評価_H30.xls'
    wtext(rel, O.html_table('英語活動 評価', [['組', '番', '氏名', '評価']] + [[f'6年{R.randint(1, 2)}組', k, pupil(), R.choice(['◎', '○', '△'])] for k in range(1, 16)]), enc='cp932')
    lab(rel, 'II', '成績に関する個票等', 'legacy-or-encoding', 'xls (really HTML, Shift_JIS)', '旧ファイルサーバの評価一覧。児童別の評価記号。')

# ======================================================================
# H. images
# ======================================================================
def H():
    def save_jpg(rel, im): im.convert('RGB').save(P(rel), 'JPEG', quality=R.randint(72, 88))
    def save_png(rel, im): im.save(P(rel), 'PNG')
    # --- phone photos of paper
    jb = f'{JHSP}/2学年/職場体験/R7/写真'
    for k, s in enumerate(STU[:3]):
        pg = I.paper([f'{s[0]} {s[1]}番 {s[2]}', f'保護者 {adult(s[2].split()[0])}（{R.choice(["母", "父"])}）', f'携帯 {phone()}', f'住所 {addr()}', '持病・アレルギー：' + R.choice(['なし', '喘息', 'そばアレルギー'])], R, hand=True, title='緊急連絡先カード')
        rel = f'{jb}/IMG_20251105_{1420 + k}.jpg'; save_jpg(rel, I.photo(pg, R))
        lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'jpg (phone photo)', '手書きの緊急連絡先カードの写真。電話・住所。')
    for k, s in enumerate(STU[3:5]):
        pg = I.paper([f'事業所名 {JIGYO[k][0]}', f'生徒 {s[0]} {s[2]}', 'あいさつ A  時間 B  意欲 A', '所見：笑顔で接客できました。'], R, hand=True, title='事業所評価票')
        rel = f'{jb}/IMG_20251117_{900 + k}.jpg'; save_jpg(rel, I.photo(pg, R))
        lab(rel, 'II', '成績に関する個票等', 'scan-or-photo', 'jpg (phone photo)', '記入済み評価票の写真。')
    pg = I.paper(['職場体験 1日目', 'パンの成形を体験した。', '思ったより力がいる。', '店長さんが優しかった。'], R, hand=True)
    rel = f'{jb}/IMG_20251112_1612.jpg'; save_jpg(rel, I.photo(pg, R))
    lab(rel, 'III', '学習記録（ワークシート・レポート・作品等）', 'scan-or-photo', 'jpg (phone photo)', '生徒の体験日誌（氏名なし）の写真。')
    pg = I.paper(['保護者の皆様', '職場体験学習を11月12日から実施します。', '服装：制服', '弁当・水筒をご準備ください。'], R, title='職場体験のお知らせ')
    rel = f'{jb}/IMG_20251020_0815.jpg'; save_jpg(rel, I.photo(pg, R))
    lab(rel, 'IV', '保護者等への配布文書', 'scan-or-photo', 'jpg (phone photo)', '配布文書の写真。')
    # activity photo (people silhouettes) – draw simple scene
    for k in range(3):
        im = Image_scene(k)
        rel = f'{jb}/活動写真/DSC0{4410 + k}.jpg'; save_jpg(rel, im)
        lab(rel, 'III', '授業や学校行事等の活動記録（動画・写真）', 'scan-or-photo', 'jpg (photo)', '職場体験の活動写真（公開同意の記載なし）。')
    # whiteboards
    wb = I.whiteboard(['6/12 職員室 連絡', '2-1 佐藤 欠席（母より：過呼吸、心療内科受診）', '2-3 王 浩然 通訳 14:00来校', '職場体験 事業所へ名簿送付済'], R)
    rel = f'{JHSP}/2学年/写真/IMG_0612_whiteboard.jpg'; save_jpg(rel, wb)
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'jpg (whiteboard photo)', 'ホワイトボードに生徒の欠席理由（過呼吸・心療内科）。')
    wb = I.whiteboard(['期末考査 7/2〜7/4', '7/2 国 数', '7/3 英 理', '7/4 社'], R)
    rel = f'{JHSP}/2学年/写真/IMG_0615_whiteboard.jpg'; save_jpg(rel, wb)
    lab(rel, 'IV', '学校行事実施計画（体育大会実施計画等）', 'scan-or-photo', 'jpg (whiteboard photo)', '考査日程のみ。')
    wb = I.whiteboard(['ケース会議 6/24', 'Aさん（中2）母子 生活保護', 'Bさん（小5）祖母入院 → 叔母宅へ', '次回 7/8'], R)
    rel = f'OneDrive-houmon.shien01/写真/IMG_3321.jpg'; save_jpg(rel, wb)
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'jpg (whiteboard photo)', 'ケース会議の板書。学校・学年・イニシャル的呼称と生活保護・家族状況。')
    wb = I.whiteboard(['学校運営協議会 グループ協議', '・見守りの人数が足りない', '・花壇の水やり 夏休み当番', '・読み聞かせ 月2回'], R)
    rel = f'GoogleDrive-export/学校運営協議会事務局_{ES2}/写真/IMG_20250715_201533.jpg'; save_jpg(rel, wb)
    lab(rel, 'IV', '学校行事実施計画（体育大会実施計画等）', 'scan-or-photo', 'jpg (whiteboard photo)', '協議の板書。個人情報なし。')
    # 訪問メモ handwritten photos
    for k in range(3):
        nm, sch, g = CASES[k]
        pg = I.paper([f'{R.randint(6, 7)}/{R.randint(1, 28)} 訪問', f'{g} {nm.split()[0]}さん', R.choice(['母 うつで通院、家事ができない', '本人 昼夜逆転 食事1日1回', '父 失業中 酒量多い']), '次回 担任同行'], R, hand=True)
        rel = f'OneDrive-houmon.shien0{k + 1}/写真/IMG_{5100 + k}.jpg'; save_jpg(rel, I.photo(pg, R, bg=(60, 60, 65)))
        lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'jpg (phone photo)', '手書きの訪問メモ。家庭の状況・心身の状況。')
    pg = I.paper(['訪問日', '時刻', '学校', '学年'], R, table=[['日', '時刻', '学校', '結果']] + [[f'6/{d}', '15:00', '', R.choice(['面会', '不在'])] for d in range(1, 9)], hand=True)
    rel = f'OneDrive-houmon.shien02/写真/IMG_5200.jpg'; save_jpg(rel, I.photo(pg, R))
    lab(rel, 'IV', '各種届雛形', 'scan-or-photo', 'jpg (phone photo)', '日付と結果だけの訪問予定表の写真。個人が分からない（学校名欄も空）。')
    # 幼稚園 photos
    kb = f'GoogleDrive-export/{KG}/預かり保育/R7/写真'
    for k in range(2):
        cl, nm = KIDS[k]
        pg = I.paper([f'園児 {nm}（{cl}）', f'お迎え {adult(nm.split()[0])}（祖母）', f'電話 {phone()}', '※父には引き渡さないこと'], R, hand=True, title='お迎え登録カード')
        rel = f'{kb}/PXL_20250401_{k:03d}.jpg'; save_jpg(rel, I.photo(pg, R))
        lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'jpg (phone photo)', 'お迎え登録カード。電話と引渡し制限。')
    pg = I.paper(['日付', ''], R, table=[['日', '園児', '降園', 'お迎え']] + [[f'6/{d}', KIDS[d][1], f'17:{R.choice(["00", "30"])}', '母'] for d in range(1, 10)], hand=True, title='延長保育 記録')
    rel = f'{kb}/PXL_20250630_延長.jpg'; save_jpg(rel, I.photo(pg, R))
    lab(rel, 'III', '出席簿補助簿', 'scan-or-photo', 'jpg (phone photo)', '延長の記録（氏名・時刻）。')
    pg = I.paper(['夏の預かり保育のお知らせ', '期間 7/22〜8/29', '持ち物 水筒 着替え'], R, title='おしらせ')
    rel = f'{kb}/PXL_20250710_お知らせ.jpg'; save_jpg(rel, I.photo(pg, R))
    lab(rel, 'IV', '保護者等への配布文書', 'scan-or-photo', 'jpg (phone photo)', 'お知らせの写真。')
    # 図書館 / 博物館
    eb = f'{ES2SP}/地域連携/R7/写真'
    for k in range(3):
        im = Image_scene(10 + k)
        rel = f'{eb}/博物館見学_{k + 1:02d}.jpg'; save_jpg(rel, im)
        lab(rel, 'III', '授業や学校行事等の活動記録（動画・写真）', 'scan-or-photo', 'jpg (photo)', '見学の活動写真。')
    pg = I.paper(['昔の道具しらべ', '4年1組 12番', '名前 ' + pupil(), 'せんたくいた：手があらくなりそう', 'かまど：火をつけるのがたいへん'], R, hand=True)
    rel = f'{eb}/ワークシート_4-1-12.jpg'; save_jpg(rel, I.photo(pg, R))
    lab(rel, 'III', '学習記録（ワークシート・レポート・作品等）', 'scan-or-photo', 'jpg (phone photo)', '児童のワークシート。')
    # 英語
    pg = I.paper(['Unit5 ふりかえり', '5年2組 8番', 'できたこと：I would like pizza. と言えた', '先生から：Very good!'], R, hand=True)
    rel = f'Teams/{ES} 5年/外国語/Files/写真/IMG_E0321.jpg'; save_jpg(rel, I.photo(pg, R))
    lab(rel, 'III', '学習記録（ワークシート・レポート・作品等）', 'scan-or-photo', 'jpg (phone photo)', '振り返りカードの写真。')
    pg = I.paper(['Performance Test 5-1'], R, table=[['番', '氏名', '発音', '内容', '計']] + [[str(i), pupil(), str(R.randint(1, 5)), str(R.randint(1, 5)), ''] for i in range(1, 15)], hand=True)
    rel = f'Teams/{ES} 5年/外国語/Files/写真/IMG_E0330.jpg'; save_jpg(rel, I.photo(pg, R))
    lab(rel, 'II', '定期考査素点表', 'scan-or-photo', 'jpg (phone photo)', '手書きのPT得点表の写真。')
    # --- screenshots of 校務支援システム
    sb = f'OneDrive-tanaka.kenji/スクリーンショット'
    ss = I.screenshot('校務支援システム - 出欠管理', ['出欠', '成績', '保健', '名簿'], ['番', '氏名', '6/10', '6/11', '6/12', '欠席理由'],
                      [[s[1], s[2], R.choice(['', '欠']), R.choice(['', '遅']), R.choice(['', '欠']), R.choice(['', '体調不良', '家庭の事情', '通院'])] for s in STU if s[0] == '2年1組'], R)
    rel = f'{sb}/スクリーンショット 2025-06-12 083012.png'; save_png(rel, ss)
    lab(rel, 'I', '出席簿', 'scan-or-photo', 'png (screenshot)', '校務支援システムの出欠画面（出席簿、欠席理由つき）。')
    ss = I.screenshot('校務支援システム - 成績管理', ['出欠', '成績', '保健', '名簿'], ['組', '番', '氏名', '国', '社', '数', '理', '英', '評定平均'],
                      [[s[0], s[1], s[2]] + [R.randint(2, 5) for _ in range(5)] + [round(R.uniform(2.5, 4.8), 1)] for s in STU[:18]], R)
    rel = f'{sb}/スクリーンショット 2025-07-10 171544.png'; save_png(rel, ss)
    lab(rel, 'I', '評定一覧表', 'scan-or-photo', 'png (screenshot)', '評定一覧の画面。')
    ss = I.screenshot('校務支援システム - 保健', ['出欠', '成績', '保健', '名簿'], ['組', '番', '氏名', '身長', '体重', '視力', '所見'],
                      [[s[0], s[1], s[2], R.randint(140, 170), R.randint(35, 65), R.choice(['A', 'B', 'C']), R.choice(['', '側弯 要精検'])] for s in STU[:15]], R)
    rel = f'{sb}/スクリーンショット 2025-05-20 101203.png'; save_png(rel, ss)
    lab(rel, 'I', '健康診断票', 'scan-or-photo', 'png (screenshot)', '健康診断の画面。')
    ss = I.screenshot('校務支援システム - 成績管理', ['出欠', '成績', '保健', '名簿'], ['組', '番', '氏名', '国', '数', '英', '理', '社'],
                      [[s[0], s[1], s[2]] + [R.randint(20, 100) for _ in range(5)] for s in STU[:16]], R)
    rel = f'{sb}/image.png'; save_png(rel, ss)
    lab(rel, 'II', '定期考査素点表', 'scan-or-photo', 'png (screenshot)', '考査素点の入力画面（名前はimage.png）。')
    ss = I.screenshot('校務支援システム - 名簿', ['出欠', '成績', '保健', '名簿'], ['組', '番', '氏名', '性別'], [[s[0], s[1], s[2], s[3]] for s in STU[:20]], R)
    rel = f'{sb}/スクリーンショット 2025-04-08 090112.png'; save_png(rel, ss)
    lab(rel, 'III', '名列表', 'scan-or-photo', 'png (screenshot)', '名簿画面（氏名・性別のみ）。')
    ss = I.screenshot('校務支援システム - 時間割', ['出欠', '成績', '保健', '名簿'], ['時限', '月', '火', '水', '木', '金'], [[i, '国', '数', '英', '理', '社'] for i in range(1, 7)], R)
    rel = f'{sb}/スクリーンショット 2025-04-07 150201.png'; save_png(rel, ss)
    lab(rel, 'IV', '教育課程編成表', 'scan-or-photo', 'png (screenshot)', '時間割画面。')
    ss = I.screenshot('校務支援システム - 住所録', ['出欠', '成績', '保健', '名簿'], ['組', '番', '氏名', '住所', '電話'], [[s[0], s[1], s[2], addr()[:14], phone()] for s in STU[:14]], R)
    rel = f'{sb}/スクリーンショット 2025-04-15 120033.png'; save_png(rel, ss)
    lab(rel, 'I', '児童生徒の住所録', 'scan-or-photo', 'png (screenshot)', '住所録画面。')
    ss = I.screenshot('預かり保育 管理 (Web)', ['利用', '請求', '設定'], ['園児', '組', '6月利用', '請求額', '減免'], [[nm, cl, R.randint(3, 20), R.randint(2, 8) * 1000, R.choice(['', '', '生活保護'])] for cl, nm in KIDS[:12]], R)
    rel = f'GoogleDrive-export/{KG}/預かり保育/R7/Screenshot_20250630-174512.png'; save_png(rel, ss)
    lab(rel, 'I', '要・準要保護児童生徒認定台帳', 'scan-or-photo', 'png (screenshot)', '請求画面に生活保護による減免の表示。')
    ss = I.screenshot('ALT勤怠 (派遣会社ポータル)', ['勤怠', '報告'], ['日付', 'ALT', '学校', '出勤', '退勤'], [[f'6/{d}', 'Emily Carter', ES, '8:15', '16:00'] for d in range(1, 16)], R)
    rel = f'Teams/{ES} 英語専科/ALT連絡/Files/勤怠画面.png'; save_png(rel, ss)
    lab(rel, 'II', '出勤簿', 'scan-or-photo', 'png (screenshot)', 'ALTの勤怠画面（出勤簿相当）。')
    # chat screenshots
    ch = I.chat('Teams', '2学年 > 一般', [('森 先生', '8:05', f'{STU[0][2]}さん、今朝お母さんから電話。昨夜リストカットがあり病院受診したとのこと。本日欠席。'),
                                      ('田中 先生', '8:07', '了解です。SCと管理職に共有します。'), ('緒方 先生', '8:20', '職場体験の事業所名簿、送付しました。')], R)
    rel = f'Teams/{JH}2学年/一般/Files/chat_0612.png'; save_png(rel, ch)
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'png (screenshot)', 'チャットの画面に生徒の自傷・受診（心身の状況）。')
    ch = I.chat('Teams', '2学年 > 職場体験', [('田中 先生', '15:10', '明日の集合は8:30、体育館前です。'), ('緒方 先生', '15:12', '事業所への挨拶は学年主任が回ります。'), ('森 先生', '15:20', '了解です')], R)
    rel = f'Teams/{JH}2学年/職場体験/Files/chat_連絡.png'; save_png(rel, ch)
    lab(rel, 'IV', '学校行事実施計画（体育大会実施計画等）', 'scan-or-photo', 'png (screenshot)', '集合時刻などの連絡のみ。')
    ch = I.chat('LINE WORKS', '訪問支援員グループ', [('支援員A', '16:40', '本日のK.Tさん宅、母親が酔っていて話にならず。本人は痩せた印象。'), ('課長', '16:45', '明日、学校と児相に連絡します。'), ('支援員B', '17:02', '了解')], R)
    rel = f'OneDrive-houmon.shien01/写真/Screenshot_20250617-170311.png'; save_png(rel, ch)
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'png (screenshot)', 'イニシャルでも家庭状況と児相連絡。')
    ch = I.chat('Teams', '英語専科 > ALT連絡', [('Emily', '9:01', 'Good morning! I will be 10 minutes late today because of the train.'), ('英語専科', '9:03', 'OK! 1時間目は担任と始めます。')], R)
    rel = f'Teams/{ES} 英語専科/ALT連絡/Files/chat_alt.png'; save_png(rel, ch)
    lab(rel, 'IV', '保護者等への配布文書', 'scan-or-photo', 'png (screenshot)', '遅刻連絡のみ（最も近い例示は見当たらず、運営上の軽微な連絡としてⅣ）。')
    ch = I.chat('Google Chat', '協議会 事務局', [('事務局', '19:10', '次回は9/18（木）19時からです。'), ('委員 園田', '19:20', f'欠席します。連絡は {phone()} へ')], R)
    rel = f'GoogleDrive-export/学校運営協議会事務局_{ES2}/写真/Screenshot_chat_0901.png'; save_png(rel, ch)
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所、生年月日、性別等の基本情報を含むもの', 'scan-or-photo', 'png (screenshot)', '委員の個人携帯番号が写っている。')
    # --- image-only PDFs (copier scans)
    cb = f'{JHSP}/スキャン'
    pg = I.paper([], R, table=[['組', '番', '氏名', '国', '社', '数', '理', '英']] + [[s[0], str(s[1]), s[2]] + [str(R.randint(2, 5)) for _ in range(5)] for s in STU[:20]], title='評定一覧表（1学期）')
    rel = f'{cb}/SCAN_20250715_001.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'I', '評定一覧表', 'scan-or-photo', 'pdf (image-only scan)', '評定一覧表のスキャン。')
    pg1 = I.paper(['令和7年度 2学年 職場体験学習 実施計画', '目的：勤労観・職業観の育成', '日程：11/12〜11/14', '事業所：10か所'], R, title='実施計画')
    pg2 = I.paper([], R, table=[['組', '番', '氏名', '保護者携帯', '配慮']] + [[s[0], str(s[1]), s[2], phone(), R.choice(['', '喘息', ''])] for s in STU[:16]], title='別紙 緊急連絡先')
    rel = f'{cb}/SCAN_20251101_003.pdf'; img_pdf(rel, [I.scan(pg1, R), I.scan(pg2, R)])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'late-page', 'pdf (image-only scan)', '1ページ目は実施計画（Ⅳ）、2ページ目に保護者携帯と健康上の配慮。')
    pg = I.paper(['家庭訪問支援 訪問記録', f'対象 {CASES[0][2]} {CASES[0][0]}', '6/3 母と面談 本人は部屋から出ない', '6/10 本人と玄関で会話', '母「食事をとらない日がある」'], R, hand=True, title='訪問記録')
    rel = f'{BOSP}/不登校家庭訪問支援/R7/スキャン/doc00123.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'pdf (image-only scan)', '訪問記録のスキャン（食事・引きこもりの状況）。')
    pg = I.paper(['関係機関連絡会 次第', '1 開会', '2 各校の状況報告（件数）', '3 事例検討の進め方', '4 閉会'], R, title='次第')
    rel = f'{BOSP}/不登校家庭訪問支援/R7/スキャン/doc00124.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'III', '職員会議の資料', 'scan-or-photo', 'pdf (image-only scan)', '会の次第のみ。')
    cl, nm = KIDS[5]
    pg = I.paper([f'園児氏名 {nm}', f'生年月日 2020年{R.randint(4, 12)}月{R.randint(1, 28)}日', f'住所 {addr()}', f'電話 {phone()}', '利用理由 就労', '健康 熱性けいれんの既往'], R, hand=True, title='預かり保育 利用申込書')
    rel = f'GoogleDrive-export/{KG}/預かり保育/R7/申込書/scan_0320.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'scan-or-photo', 'pdf (image-only scan)', '記入済み申込書のスキャン。')
    pg = I.paper(['園児氏名', '生年月日', '住所', '電話', '利用理由 □就労 □介護', '健康上の配慮'], R, title='預かり保育 利用申込書')
    rel = f'GoogleDrive-export/{KG}/預かり保育/R7/申込書/scan_blank.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'IV', '各種届雛形', 'scan-or-photo', 'pdf (image-only scan)', '未記入様式のスキャン。')
    pg = I.paper(['第2回 学校運営協議会 議事録', '1 学校評価について', '2 見守り活動について', '3 地域行事（夏祭り）への協力'], R, title='議事録')
    rel = f'GoogleDrive-export/学校運営協議会事務局_{ES2}/議事録/scan_第2回.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'III', '職員会議の資料', 'scan-or-photo', 'pdf (image-only scan)', '議事録のスキャン。')
    pg = I.paper([], R, table=[['No', '氏名', '住所', '電話']] + [[str(k), adult(), addr()[:16], phone()] for k in range(1, 12)], title='見守りボランティア 名簿')
    rel = f'GoogleDrive-export/学校運営協議会事務局_{ES2}/ボランティア/scan_名簿.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所、生年月日、性別等の基本情報を含むもの', 'scan-or-photo', 'pdf (image-only scan)', 'ボランティアの住所・電話。')
    pg = I.paper(['市立体育館 施設利用申請書', f'団体名 {ES2}', '利用日 11/6', '目的 なわとび記録会', '人数 60'], R, title='利用申請書')
    rel = f'{ES2SP}/地域連携/R7/体育施設/scan_申請書.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'IV', '各種届雛形', 'scan-or-photo', 'pdf (image-only scan)', '施設利用申請（学校単位）。')
    pg = I.paper([], R, table=[['組', '番', '氏名', 'アレルギー', '対応']] + [[c, str(i), pupil(), R.choice(['卵', '小麦', 'なし']), R.choice(['除去', ''])] for i, c in enumerate(['4年1組'] * 10, 1)], title='見学 弁当・アレルギー確認')
    rel = f'{ES2SP}/地域連携/R7/博物館/scan_アレルギー.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'I', '学校生活管理指導表', 'scan-or-photo', 'pdf (image-only scan)', '児童のアレルギーと対応。')
    pg = I.paper([], R, table=[['番', '発音', '内容', '態度']] + [[f'5-2-{i:02d}', str(R.randint(1, 5)), str(R.randint(1, 5)), str(R.randint(1, 5))] for i in range(1, 16)], title='PT 採点')
    rel = f'{ESSP}/外国語/R7/スキャン/SKM_C25025061.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'II', '定期考査素点表', 'scan-or-photo', 'pdf (image-only scan)', '年・組・番と得点の表のスキャン。')
    pg = I.paper(['2学年だより 11月号', '職場体験、おつかれさまでした。', '事業所の皆様、ありがとうございました。'], R, title='学年だより')
    rel = f'{cb}/SCAN_20251120_007.pdf'; img_pdf(rel, [I.scan(pg, R)])
    lab(rel, 'IV', '学校・学年・学級だより', 'scan-or-photo', 'pdf (image-only scan)', 'だよりのスキャン。')
    # png photo with consent → IV (活動記録 with consent)
    im = Image_scene(20)
    rel = f'{ES2SP}/地域連携/R7/写真/HP掲載用_同意済/museum_hp_01.jpg'; save_jpg(rel, im)
    lab(rel, 'IV', '授業や学校行事等の活動記録（動画・写真）', 'scan-or-photo', 'jpg (photo)', 'HP掲載用（公開同意済フォルダ、顔が判別できない後ろ姿）。')

def Image_scene(seed):
    from PIL import Image, ImageDraw, ImageFilter
    r = random.Random(seed); W, H = 1600, 1200
    im = Image.new('RGB', (W, H), (r.randint(150, 210), r.randint(150, 200), r.randint(140, 190)))
    d = ImageDraw.Draw(im)
    d.rectangle([0, H * 2 // 3, W, H], fill=(r.randint(90, 140), r.randint(80, 120), r.randint(60, 100)))
    for k in range(r.randint(4, 9)):
        x = r.randint(80, W - 160); y = r.randint(H // 2, H * 2 // 3); c = (r.randint(10, 80), r.randint(20, 90), r.randint(60, 140))
        d.ellipse([x + 20, y - 150, x + 90, y - 80], fill=(235, 200, 170)); d.ellipse([x + 18, y - 160, x + 92, y - 110], fill=(30, 25, 20))
        d.rounded_rectangle([x, y - 80, x + 110, y + 90], 20, fill=c); d.rectangle([x + 15, y + 90, x + 45, y + 200], fill=(40, 40, 50)); d.rectangle([x + 65, y + 90, x + 95, y + 200], fill=(40, 40, 50))
    return im.filter(ImageFilter.GaussianBlur(1.2))

if __name__ == '__main__':
    if os.path.exists(FILES): shutil.rmtree(FILES)
    os.makedirs(FILES)
    for f in (A, B, C, D, E, F_, G, H): f()
    with open(os.path.join(ROOT, 'labels.jsonl'), 'w', encoding='utf-8') as fo:
        for l in LABELS:
            it = l['item']
            if it.startswith('生活歴'):
                l['item'] = ('<学校教職員に関する個人情報> ' if '生年月日' in it else '<児童生徒に関する個人情報> ') + it
            elif it == '生年月日、性別':
                l['item'] = '<児童生徒に関する個人情報> 生年月日、性別'
            fo.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(len(LABELS))
