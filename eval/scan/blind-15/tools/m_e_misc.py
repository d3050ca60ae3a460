# Group E: containers, legacy encodings, near-misses, class III/IV, more styles
import common as c
from common import R
import io, zipfile
c.seed(505)
S = '共有ドライブ/白川台小_校務/'
K = '共有ドライブ/あおば幼稚園_職員/'
CL = 'Classroom/'
MY = 'マイドライブ/'
add = c.reg
def kids(n, g=5, kk=2):
    out = []
    for i in range(n):
        nm, sx = c.name()
        out.append(dict(no=i + 1, name=nm, sex='男' if sx == 'M' else '女', g=g, k=kk, bd=c.bday(g), addr=c.addr(), guard=c.adult(), tel=c.phone()))
    return out
A = kids(30, 2, 3)
B = kids(31, 6, 2)

# 1 zip of activity photos III
from PIL import Image, ImageDraw
mem = []
for lab in ['リレー', '玉入れ', '表現']:
    im = Image.new('RGB', (1200, 900), (100, 160, 90)); d = ImageDraw.Draw(im)
    for _ in range(10):
        x, y = R.randint(50, 1100), R.randint(400, 800); d.ellipse((x, y - 50, x + 35, y - 15), fill=(240, 200, 170)); d.rectangle((x - 5, y - 15, x + 40, y + 40), fill=(220, 60, 60))
    d.text((30, 30), '運動会 ' + lab, font=c.font(36), fill=(0, 0, 0))
    b = io.BytesIO(); im.save(b, 'JPEG', quality=80); mem.append(('運動会2024/%s.jpg' % lab, b.getvalue()))
c.zipfiles(S + '12_写真/運動会2024_写真.zip', mem)
add(S + '12_写真/運動会2024_写真.zip', 'III', '授業や学校行事等の活動記録（動画・写真）', 'container', 'zip', '行事の活動記録の写真のみで重要性分類Ⅲ。')

# 2 zip 引継ぎ with I inside
mem = [('引継ぎ/2年3組_名簿.csv', c.csvtext([['番号', '氏名']] + [[k['no'], k['name']] for k in A]).encode('utf-8-sig')),
       ('引継ぎ/家庭調査_まとめ.csv', c.csvtext([['氏名', '住所', '電話', '家庭']] + [[k['name'], k['addr'], k['tel'], R.choice(['', 'ひとり親', '祖父母と同居', '要保護'])] for k in A]).encode('cp932')),
       ('引継ぎ/メモ.txt', '新担任へ。家庭調査は校務PCへ移してください。'.encode('utf-8'))]
c.zipfiles(MY + '引継ぎ資料_2年3組.zip', mem)
add(MY + '引継ぎ資料_2年3組.zip', 'I', '児童生徒の住所録／生活歴', 'container', 'zip', 'zip内のShift_JIS CSVに住所・電話番号・家庭状況があり重要性分類Ⅰ。')

# 3 eml parent absence
k = A[4]
c.eml(S + '13_メール保存/欠席のご連絡（2年3組）.eml', 'hogo%d@kazoku.example.jp' % R.randint(1, 99), 'tannin@shirakawadai-e.example.jp', '欠席のご連絡（2年3組 %s）' % k['name'], '先生\n\nいつもお世話になっております。%sの母です。\n昨日から40度の熱があり、病院でマイコプラズマ肺炎と診断されました。\n入院になるかもしれません。弟（年中）も同じ症状です。\n家では父が夜勤でいないため、連絡は %s にお願いします。\n\n%s' % (k['name'], k['tel'], k['guard']))
add(S + '13_メール保存/欠席のご連絡（2年3組）.eml', 'I', '心身の状況・電話番号（児童生徒に関する個人情報）', 'realistic-name', 'eml', '児童の病状と保護者の電話番号を含み重要性分類Ⅰ。')

# 4 eml 研修案内 pdf attach IV
b = io.BytesIO()
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
cv = canvas.Canvas(b, invariant=1); cv.setFont('HeiseiKakuGo-W5', 12); cv.drawString(50, 780, '令和6年度 情報モラル研修のご案内'); cv.drawString(50, 760, '日時：8月5日 13:30 会場：教育センター'); cv.showPage(); cv.save()
c.eml(S + '13_メール保存/研修のご案内.eml', 'kenshu@kyoiku-center.example.jp', 'all@shirakawadai-e.example.jp', '【案内】情報モラル研修', '各学校 研修担当者様\n\n別添のとおり研修を開催します。\n教育センター', [('研修案内.pdf', b.getvalue(), 'application/pdf')])
add(S + '13_メール保存/研修のご案内.eml', 'IV', '保護者等への配布文書（研修案内）', 'container', 'eml', '研修の案内と添付の案内文のみで影響はほとんどない（Ⅳ）。')

# 5 eml with xlsx attach II
c.xlsx('_tmp/att.xlsx', [{'name': '素点', 'rows': [['番号', '氏名', '国語', '算数']] + [[k['no'], k['name'], R.randint(40, 100), R.randint(40, 100)] for k in B]}])
import os
att = open(c.P('_tmp/att.xlsx'), 'rb').read(); os.remove(c.P('_tmp/att.xlsx')); os.rmdir(os.path.dirname(c.P('_tmp/att.xlsx')))
c.eml(MY + 'メール/Fw_学力テスト結果.eml', 'gakunen6@shirakawadai-e.example.jp', 'tannin62@shirakawadai-e.example.jp', 'Fw: 学力テスト結果（6-2）', '6-2の結果です。学年会で使います。', [('6-2_学力テスト素点.xlsx', att, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])
add(MY + 'メール/Fw_学力テスト結果.eml', 'II', '定期考査素点表', 'container', 'eml', '添付ファイルが素点表で重要性分類Ⅱ。')

# 6 html class page III
c.wtext(CL + '2年3組/学級ページ.html', '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>2年3組</title></head><body><h1>2年3組 みんなの作品</h1><ul>%s</ul></body></html>' % ''.join('<li>%s「%s」</li>' % (k['name'], R.choice(['ぼくのゆめ', 'がっこうのにわ', 'ともだち'])) for k in A[:12]), newline='\n')
add(CL + '2年3組/学級ページ.html', 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'html', '児童の氏名と作品名のみで重要性分類Ⅲ。')

# 7 html export of 校務 table I
c.wtext(S + '14_システム出力/児童連絡先一覧_出力.html', '<html><head><meta charset="Shift_JIS"><title>帳票出力</title></head><body><table border=1><tr><th>学年</th><th>組</th><th>番号</th><th>氏名</th><th>住所</th><th>電話</th></tr>%s</table></body></html>' % ''.join('<tr><td>6</td><td>2</td><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (k['no'], k['name'], k['addr'], k['tel']) for k in B), enc='cp932')
add(S + '14_システム出力/児童連絡先一覧_出力.html', 'I', '児童生徒の住所録', 'legacy-or-encoding', 'html', 'Shift_JISのHTML帳票で住所・電話番号を含み重要性分類Ⅰ。')

# 8 txt Shift_JIS 保護者連絡網
c.wtext(S + '99_旧サーバ移行/renrakumou_2nen3kumi.txt', '2年3組 保護者連絡網\n' + '\n'.join('%d %s（%s）%s → %d' % (k['no'], k['guard'], k['name'], k['tel'], k['no'] + 1) for k in A), enc='cp932')
add(S + '99_旧サーバ移行/renrakumou_2nen3kumi.txt', 'I', '児童生徒に関する個人情報（電話番号）', 'legacy-or-encoding', 'txt', 'Shift_JISの連絡網で電話番号を含み重要性分類Ⅰ。')

# 9 txt UTF-16 names only III
c.wtext(CL + '6年2組/名前リスト.txt', '\n'.join('%d\t%s' % (k['no'], k['name']) for k in B), enc='utf-16')
add(CL + '6年2組/名前リスト.txt', 'III', '名列表', 'legacy-or-encoding', 'txt', 'UTF-16の氏名だけの名列表で重要性分類Ⅲ。')

# 10 csv EUC-JP 来室
rows = [['日付', '氏名', '学年', '症状', '処置']] + [['2017/%02d/%02d' % (R.randint(4, 12), R.randint(1, 28)), k['name'], k['g'], R.choice(['頭痛', '腹痛', '不安・過呼吸', 'けが']), R.choice(['休養', '早退', '医療機関'])] for k in A + B[:8]]
c.wtext(S + '99_旧サーバ移行/hokenshitsu_2017.csv', c.csvtext(rows), enc='euc_jp', newline='\n')
add(S + '99_旧サーバ移行/hokenshitsu_2017.csv', 'I', '心身の状況（児童生徒に関する個人情報）', 'legacy-or-encoding', 'csv', 'EUC-JPの保健室来室記録で心身の状況を含み重要性分類Ⅰ。')

# 11 xls 成績 H30 II ; 12 xls 行事予定 IV
c.xls(S + '99_旧サーバ移行/H30_4年_成績一覧.xls', [('4年1組', [['番号', '氏名', '国語', '算数', '理科', '社会']] + [[k['no'], k['name'], R.randint(50, 100), R.randint(50, 100), R.randint(50, 100), R.randint(50, 100)] for k in B], False)])
add(S + '99_旧サーバ移行/H30_4年_成績一覧.xls', 'II', '成績に関する個票', 'legacy-or-encoding', 'xls', '旧Excel形式の成績一覧で重要性分類Ⅱ。')
c.xls(S + '99_旧サーバ移行/H30_年間行事予定.xls', [('行事', [['月', '行事']] + [[m, e] for m, e in [(4, '入学式'), (5, '家庭訪問'), (6, '水泳'), (7, '終業式'), (9, '運動会'), (10, '修学旅行'), (11, '学習発表会'), (12, '個人面談'), (1, '書き初め'), (2, '参観日'), (3, '卒業式')]], False)])
add(S + '99_旧サーバ移行/H30_年間行事予定.xls', 'IV', '学校行事実施計画', 'legacy-or-encoding', 'xls', '年間行事予定で重要性分類Ⅳ。')

# 13 doc (rtf) 学校だより IV
open(c.P(S + '99_旧サーバ移行/H29_学校だより_4月.doc'), 'w', encoding='ascii').write(c.rtf_str([('h', '白川台小 学校だより 4月号'), '新年度が始まりました。', '4月の行事：入学式、家庭訪問、授業参観']))
add(S + '99_旧サーバ移行/H29_学校だより_4月.doc', 'IV', '学校・学年・学級だより', 'legacy-or-encoding', 'doc', '学校だよりで重要性分類Ⅳ。')

# 14 odt 学級経営案 III
c.odt(S + '01_学級経営/2年/2-3_学級経営案.odt', [('h', '2年3組 学級経営案'), '学級目標：にこにこ なかよし チャレンジ', '1 学級の実態：明るく活発な児童が多い。', '2 重点：あいさつ、聞く姿勢、係活動', '3 家庭との連携：学級通信を週1回発行'])
add(S + '01_学級経営/2年/2-3_学級経営案.odt', 'III', '学校経営案', 'realistic-name', 'odt', '学級経営の計画で個人の情報はなく重要性分類Ⅲ。')

# 15 ods クラブ名簿 III ; 16 ods hidden column I
c.ods(S + '15_クラブ/クラブ活動名簿_R6.ods', [{'name': 'クラブ', 'rows': [['クラブ', '学年', '組', '氏名']] + [[R.choice(['サッカー', '科学', 'イラスト', '卓球', '音楽']), k['g'], k['k'], k['name']] for k in B]}])
add(S + '15_クラブ/クラブ活動名簿_R6.ods', 'III', '部活動名簿', 'realistic-name', 'ods', '部活動（クラブ）名簿は重要性分類Ⅲ。')
c.ods(S + '15_クラブ/校外学習_班編成.ods', [{'name': '班', 'rows': [['班', '氏名', '保護者携帯', '役割']] + [[i % 6 + 1, k['name'], k['tel'], R.choice(['班長', '記録', '時計'])] for i, k in enumerate(A)], 'hidden_cols': [2]}])
add(S + '15_クラブ/校外学習_班編成.ods', 'I', '児童生徒に関する個人情報（電話番号）', 'hidden-content', 'ods', '班編成（Ⅲ）だが非表示列に保護者の電話番号があり上位の分類Ⅰに従う。')

# 17 rtf 通知表所見 II
c.rtf(S + '02_成績/6年/6-2_所見_2学期.rtf', [('h', '6年2組 所見（2学期）')] + ['%d %s：%s' % (k['no'], k['name'], R.choice(['修学旅行では班長として責任を果たしました。', '算数の比の学習で、友達に分かりやすく説明しました。', '委員会活動で下級生に優しく声をかけました。'])) for k in B])
add(S + '02_成績/6年/6-2_所見_2学期.rtf', 'II', '通知表', 'realistic-name', 'rtf', '通知表の所見で重要性分類Ⅱ。')

# 18 md README notice IV
c.wtext(S + 'README_このドライブの使い方.md', '# 共有ドライブの使い方\n\n- このドライブは重要性分類Ⅲ以下の情報のみ保存できます（対策基準2-2(7)⑤）。\n- 成績・指導要録・健康診断票・家庭調査票は**校務系サーバ**に保存してください。\n- スキャンした文書は確認後に削除してください。\n', newline='\n')
add(S + 'README_このドライブの使い方.md', 'IV', '保護者等への配布文書（校内周知）', 'notice-about-record', 'md', '記録の保存先を周知するだけで個人の情報はなく重要性分類Ⅳ。')

# 19 md 学年会議事録 I
k1, k2 = B[2], B[7]
c.wtext(MY + 'メモ/6年学年会_議事録_1112.md', '# 6年学年会 11/12\n\n## 卒業式\n- 呼びかけの分担\n\n## 児童\n- %s：母が再婚し、来月から姓が変わる。卒業証書の氏名の扱いを教頭に確認。\n- %s：ヤングケアラー。母の介護で遅刻が多い。SSWと面談予定。\n' % (k1['name'], k2['name']), newline='\n')
add(MY + 'メモ/6年学年会_議事録_1112.md', 'I', '生活歴（児童生徒に関する個人情報）', 'sensitive-in-plain-words', 'md', '学年会の議事録の中で特定児童の家庭の生活歴を記しており重要性分類Ⅰ。')

# 20 pptx 保護者会 IV ; 21 pptx notes with 成績 II
c.pptx(S + '16_保護者会/6年保護者会_説明資料.pptx', [('6年 学年保護者会', ['卒業までの見通し'], None), ('3学期の予定', ['卒業式 3/22', '6年生を送る会 3/1'], None), ('お願い', ['生活リズム', 'スマホ・SNSの約束'], None)])
add(S + '16_保護者会/6年保護者会_説明資料.pptx', 'IV', '保護者等への配布文書', 'realistic-name', 'pptx', '保護者会の説明資料で重要性分類Ⅳ。')
c.pptx(S + '17_校内研修/算数授業研究_事後研.pptx', [('算数授業研究 事後研究会', ['6年 比とその利用'], None), ('授業の成果', ['ペアでの説明', '図の活用'], '抽出児の単元テスト：%s 45点→78点、%s 52点→60点、%s 30点→41点。' % (B[1]['name'], B[4]['name'], B[9]['name'])), ('課題', ['個別最適な学び'], None)])
add(S + '17_校内研修/算数授業研究_事後研.pptx', 'II', '成績に関する個票', 'hidden-content', 'pptx', '研修資料（Ⅲ）だがノートに児童の氏名付きテスト得点があり上位の分類Ⅱに従う。')

# 22 人権作文 I
k = B[12]
c.docx(CL + '6年2組/人権作文/%s_人権作文.docx' % k['name'].replace(' ', ''), [('h', '人権作文「ちがいをみとめる」'), '6年2組 %s' % k['name'], 'わたしの弟には障がいがあります。外で大きな声を出すと、じろじろ見られることがあります。', 'わたしは前、弟のことを友達に知られたくないと思っていました。', 'でも今は、ちがいをみとめあえるクラスにしたいと思っています。'])
add(CL + '6年2組/人権作文/%s_人権作文.docx' % k['name'].replace(' ', ''), 'I', '人権レポート', 'realistic-name', 'docx', '人権レポートは重要性分類Ⅰに例示され、家族の障がいにも触れている。')

# 23 きずなアンケート blank docx IV and filled xlsx I
c.docx(S + '03_生徒指導/きずなアンケート_様式.docx', [('h', 'きずなアンケート'), '1 友達から嫌なことをされていますか。 はい・いいえ', '2 誰かがいじめられているのを見たことがありますか。 はい・いいえ', '3 先生に相談したいことはありますか。'])
add(S + '03_生徒指導/きずなアンケート_様式.docx', 'IV', '記入前のアンケート', 'blank-form', 'docx', '記入前のアンケートは重要性分類Ⅳ。')
c.xlsx(S + '03_生徒指導/きずなアンケート_11月_集計.xlsx', [{'name': '集計', 'rows': [['学級', 'はい', 'いいえ']] + [['6-%d' % i, R.randint(0, 5), R.randint(25, 31)] for i in (1, 2, 3)]}, {'name': '個票', 'rows': [['番号', '氏名', 'Q1', 'Q2', '相談内容']] + [[k['no'], k['name'], R.choice(['はい', 'いいえ', 'いいえ']), R.choice(['はい', 'いいえ']), R.choice(['', '', 'トイレでたたかれた', '塾で悪口'])] for k in B]}, {'name': '対応', 'rows': [['番号', '対応']] + [[3, '担任面談済'], [17, '保護者連絡']]}])
add(S + '03_生徒指導/きずなアンケート_11月_集計.xlsx', 'I', 'きずなアンケート（児童生徒が記入済のもの）', 'realistic-name', 'xlsx', '記入済みのきずなアンケートの個票を含み重要性分類Ⅰ。')

# 24 卒業証書授与台帳 I ; 25 進級・卒業認定 I
c.xlsx(S + '05_指導要録/卒業証書授与台帳_R5.xlsx', [{'name': '台帳', 'rows': [['番号', '証書番号', '氏名', '生年月日', '授与日']] + [[k['no'], '第%d号' % (4500 + k['no']), k['name'], k['bd'], '2024-03-22'] for k in B]}])
add(S + '05_指導要録/卒業証書授与台帳_R5.xlsx', 'I', '卒業証書授与台帳', 'realistic-name', 'xlsx', '卒業証書授与台帳は重要性分類Ⅰに例示されている。')
c.docx(S + '05_指導要録/R5_卒業認定資料.docx', [('h', '令和5年度 卒業認定について（職員会議資料）'), '6年在籍 93名のうち、下記1名は出席日数が著しく少ないが、教育支援センター通所を出席扱いとし卒業を認定する。', ('table', [['組', '氏名', '出席日数', '通所日数'], ['2', B[20]['name'], '31', '88']])])
add(S + '05_指導要録/R5_卒業認定資料.docx', 'I', '進級・卒業認定資料', 'realistic-name', 'docx', '進級・卒業認定資料は重要性分類Ⅰに例示されている。')

# 26 pdf blank 管理指導表 IV ; 27 個別の教育支援計画 pdf I
c.pdf_text(S + '04_保健/学校生活管理指導表（アレルギー疾患用）様式.pdf', [[('学校生活管理指導表（アレルギー疾患用）', 14), '名前＿＿＿＿＿ 男・女 ＿年＿月＿日生（＿歳）', '病型・治療', 'A 食物アレルギー病型', 'B アナフィラキシー病型', '学校生活上の留意点', '記載日 ＿年＿月＿日 医師名＿＿＿＿']])
add(S + '04_保健/学校生活管理指導表（アレルギー疾患用）様式.pdf', 'IV', '各種届雛形', 'blank-form', 'pdf', '記入前の管理指導表の様式で重要性分類Ⅳ。')
k = B[15]
c.pdf_text(S + '10_特別支援/個別の教育支援計画_%s.pdf' % k['name'].replace(' ', ''), [[('個別の教育支援計画', 16), '氏名：%s　生年月日：%s' % (k['name'], k['bd']), '障害の状態：学習障害（読字）、WISC-Ⅳ VCI 105 / WMI 78', '支援機関：熊本市教育センター、こども発達支援センター', '合理的配慮：デジタル教科書の読み上げ、テストのルビ・時間延長', '保護者：%s（%s）' % (k['guard'], k['tel'])]])
add(S + '10_特別支援/個別の教育支援計画_%s.pdf' % k['name'].replace(' ', ''), 'I', '個別の教育支援計画', 'realistic-name', 'pdf', '個別の教育支援計画は重要性分類Ⅰに例示されている。')

# 28 職員住所録 docx I
c.docx(S + '06_事務/職員住所録_R6.docx', [('h', '令和6年度 職員住所録'), ('table', [['氏名', '職', '住所', '電話']] + [[c.adult(), R.choice(['教諭', '講師', '養護教諭', '事務']), c.addr(), c.phone()] for _ in range(28)])])
add(S + '06_事務/職員住所録_R6.docx', 'I', '職員住所録', 'realistic-name', 'docx', '職員住所録は重要性分類Ⅰに例示されている。')

# 29 給食 除去食 csv I
c.wtext(S + '18_給食/除去食対象者_10月.csv', c.csvtext([['学年', '組', '氏名', '除去食品', '対応']] + [[k['g'], k['k'], k['name'], R.choice(['卵', '乳', 'えび', 'そば']), R.choice(['除去', '代替', '弁当'])] for k in R.sample(A + B, 14)]), bom=True)
add(S + '18_給食/除去食対象者_10月.csv', 'I', '心身の状況（学校生活管理指導表）', 'realistic-name', 'csv', '給食関係書類（Ⅱ）だが氏名と食物アレルギー（心身の状況）を含み上位の分類Ⅰに従う。')

# 31 会計簿 IV ; 32 教科書一覧 IV ; 33 教育課程 IV
c.xlsx(S + '06_事務/学年費_会計簿_6年.xlsx', [{'name': '会計簿', 'rows': [['日付', '摘要', '収入', '支出', '残高']] + [['2024/%02d/%02d' % (R.randint(4, 12), R.randint(1, 28)), R.choice(['学年費徴収', 'ドリル代', '画用紙', '修学旅行写真代']), R.choice([0, 93000]), R.choice([0, 12400, 3600]), ''] for _ in range(20)]}])
add(S + '06_事務/学年費_会計簿_6年.xlsx', 'IV', '学校徴収金会計簿（学年費等）', 'near-miss', 'xlsx', '学年費の会計簿は重要性分類Ⅳに例示されている。')
c.xlsx(S + '09_学校運営/使用教科書一覧_R6.xlsx', [{'name': '一覧', 'rows': [['教科', '発行者', '書名']] + [[s, R.choice(['東京書籍', '光村図書', '啓林館', '教育出版']), '新しい' + s] for s in ['国語', '書写', '社会', '算数', '理科', '生活', '音楽', '図工', '家庭', '保健', '英語', '道徳']]}])
add(S + '09_学校運営/使用教科書一覧_R6.xlsx', 'IV', '使用教科書一覧', 'realistic-name', 'xlsx', '使用教科書一覧は重要性分類Ⅳ。')
c.docx(S + '09_学校運営/教育課程編成表_R6.docx', [('h', '令和6年度 教育課程編成表'), ('table', [['学年', '国語', '算数', '理科', '社会', '総合']] + [[g, 245 - g * 10, 175, 0 if g < 3 else 105, 0 if g < 3 else 100, 0 if g < 3 else 70] for g in range(1, 7)])])
add(S + '09_学校運営/教育課程編成表_R6.docx', 'IV', '教育課程編成表', 'realistic-name', 'docx', '教育課程編成表は重要性分類Ⅳ。')

# 34 過去のテスト問題 txt III ; 35 仕様書 II
c.wtext(S + '17_校内研修/過去問_5年社会_R4.txt', '5年 社会 まとめテスト（R4）\n1 日本の国土の面積はおよそ何万km²ですか。\n2 暖かい地方のくらしの工夫を2つ書きなさい。\n3 米づくりのさかんな地域を1つ書きなさい。\n')
add(S + '17_校内研修/過去問_5年社会_R4.txt', 'III', '過去のテスト問題', 'realistic-name', 'txt', '過去のテスト問題は重要性分類Ⅲ。')
c.pdf_text(S + '08_情報/校務支援システム_仕様書_抜粋.pdf', [[('熊本市校務支援システム 仕様書（抜粋）', 14), '1 システム構成：データセンター設置、校務系ネットワークから接続', '2 認証：ID・パスワード＋端末認証', '3 管理者アカウント：admin-shirakawa（初期PW は別紙）', '4 バックアップ：日次差分、週次フル', '5 ネットワーク：VLAN 120（校務系）、FW 172.16.120.1']])
add(S + '08_情報/校務支援システム_仕様書_抜粋.pdf', 'II', '教育情報システム仕様書', 'realistic-name', 'pdf', '教育情報システム仕様書は重要性分類Ⅱに例示されている。')

# 36 卒業アルバム原稿 III ; 37 委員会名簿 III ; 38 誕生日 III
c.docx(S + '19_卒業アルバム/個人写真ページ_原稿.docx', [('h', '卒業アルバム 6年2組 個人ページ')] + ['%s「将来の夢：%s」' % (k['name'], R.choice(['パティシエ', 'サッカー選手', '獣医', '先生', 'ゲームクリエイター'])) for k in B])
add(S + '19_卒業アルバム/個人写真ページ_原稿.docx', 'III', '卒業アルバム', 'realistic-name', 'docx', '卒業アルバムは重要性分類Ⅲ。')
c.xlsx(S + '01_学級経営/委員会名簿_R6後期.xlsx', [{'name': '委員会', 'rows': [['委員会', '学年', '組', '氏名']] + [[R.choice(['保健', '図書', '放送', '運営', '環境']), k['g'], k['k'], k['name']] for k in B]}])
add(S + '01_学級経営/委員会名簿_R6後期.xlsx', 'III', '委員会・係名簿', 'realistic-name', 'xlsx', '委員会名簿は重要性分類Ⅲ。')
c.xlsx(CL + '2年3組/おたんじょうび表.xlsx', [{'name': 'たんじょうび', 'rows': [['月', '名前', 'たんじょうび', '性別']] + [[int(k['bd'][5:7]), k['name'], k['bd'], k['sex']] for k in sorted(A, key=lambda x: x['bd'][5:])]}])
add(CL + '2年3組/おたんじょうび表.xlsx', 'III', '児童生徒に関する個人情報（生年月日、性別）', 'near-miss', 'xlsx', '氏名と生年月日・性別のみで、第2表では生年月日・性別は重要性分類Ⅲ。')

# 39 misleading 会議メモ_備品 I ; 40 個人情報_要注意 IV
t = c.adult()
c.docx(MY + 'メモ/会議メモ_備品.docx', ['備品購入の打合せ 10/7', '・プロジェクター2台更新', '・理科室のガスコンロ', '', '（教頭より）%s先生は10/15から病気休暇（うつ病、主治医の診断書あり、3か月）。補充講師は市へ依頼中。本人の希望で病名は職員に伏せること。' % t])
add(MY + 'メモ/会議メモ_備品.docx', 'I', '学校教職員に関する個人情報（心身の状況）', 'misleading-name', 'docx', '名前は備品の打合せだが教職員の心身の状況（病気休暇・病名）を含み重要性分類Ⅰ。')
c.xlsx(MY + '個人情報_要注意_名簿.xlsx', [{'name': 'Sheet1', 'rows': [['係', '担当']] + [[s, c.adult()] for s in ['受付', '駐車場', '放送', '救護', '用具', '写真']]}])
add(MY + '個人情報_要注意_名簿.xlsx', 'IV', '校務分掌表', 'misleading-name', 'xlsx', '名前は要注意だが中身は行事の係分担（教職員名のみ）で重要性分類Ⅳ。')

# 41 foreign 通訳依頼 I ; 42 多言語だより IV
c.xlsx(S + '10_日本語指導/通訳依頼一覧_個人面談.xlsx', [{'name': '依頼', 'rows': [['児童', '学年', '保護者', '言語', '連絡先', '面談内容']] + [[n, R.randint(1, 6), p, l, c.phone(), R.choice(['学習の遅れ', '欠席が多い', '就学援助の申請', '健康診断の再検査'])] for n, p, l in [('Maria Clara Santos', 'Rowena Santos', 'タガログ語'), ('Jhon Rey Villanueva', 'Marites Villanueva', 'タガログ語'), ('Ramesh Karki', 'Gita Karki', 'ネパール語'), ('Anisha Tamang', 'Dawa Tamang', 'ネパール語'), ('陈 思远', '陈 丽', '中国語'), ('Lê Hoàng Nam', 'Lê Thị Hương', 'ベトナム語'), ('Võ Minh Châu', 'Võ Văn Tâm', 'ベトナム語')]]}])
add(S + '10_日本語指導/通訳依頼一覧_個人面談.xlsx', 'I', '児童生徒に関する個人情報（電話番号）', 'foreign-names', 'xlsx', '外国につながる児童と保護者の電話番号・相談内容を含み重要性分類Ⅰ。')
c.docx(S + '10_日本語指導/学校だより7月_ベトナム語版.docx', [('h', 'Bản tin trường tiểu học Shirakawadai – Tháng 7'), 'Ngày 19/7: Lễ bế giảng học kỳ 1.', 'Kỳ nghỉ hè: từ 20/7 đến 31/8.', 'Xin vui lòng cho con mang theo bình nước mỗi ngày.', '（学校だより7月号 ベトナム語訳）'])
add(S + '10_日本語指導/学校だより7月_ベトナム語版.docx', 'IV', '学校・学年・学級だより', 'foreign-names', 'docx', '外国語の学校だよりで個人の情報はなく重要性分類Ⅳ。')

# 43 tsv 座席表 III
c.wtext(CL + '6年2組/座席表.tsv', c.csvtext([[B[i + j]['name'] for j in range(6)] for i in range(0, 30, 6)], '\t'))
add(CL + '6年2組/座席表.tsv', 'III', '座席表', 'realistic-name', 'tsv', '座席表は重要性分類Ⅲ。')

# 44 docx comment teacher illness I
c.docx(S + '07_学年会/職員会議資料_1学期反省.docx', [('h', '1学期の反省（職員会議資料）'), '1 学習指導：ICTの活用が進んだ。', '2 生徒指導：いじめ認知件数 4件、すべて解消。', '3 働き方改革：定時退勤日の徹底。'], comments=[('3 働き方改革', '%s先生の長時間勤務（月100時間超）で産業医面談、不眠と動悸の訴えあり。資料には書かないで' % c.adult())])
add(S + '07_学年会/職員会議資料_1学期反省.docx', 'I', '学校教職員に関する個人情報（心身の状況）', 'hidden-content', 'docx', '職員会議資料（Ⅲ）だがコメントに教職員の心身の状況があり上位の分類Ⅰに従う。')

# 45 pdf late page 学校評価 with complaint
c.pdf_text(S + '09_学校運営/R6_学校評価_中間報告.pdf', [[('令和6年度 学校評価 中間報告', 16), '1 評価の方法', '2 結果の概要'], [('2 結果の概要', 14), '保護者アンケート肯定率 87%', '児童アンケート肯定率 91%'], [('別紙 保護者からの意見対応記録', 12), '%s様（%s）：担任の対応への苦情。子（4年）がいじめを受けていると訴え、市教委へも連絡済み。' % (c.adult(), c.phone()), '%s様：通学路の危険箇所について。' % c.adult()]])
add(S + '09_学校運営/R6_学校評価_中間報告.pdf', 'I', '児童生徒に関する個人情報（電話番号・生活歴）', 'late-page', 'pdf', '3ページ目に保護者の氏名・電話番号と児童のいじめ被害の訴えがあり重要性分類Ⅰ。')

# 47 家庭訪問日程 with 住所 csv I
c.wtext(S + '01_学級経営/2年/家庭訪問_日程と道順.csv', c.csvtext([['日', '時刻', '児童', '住所', '目印']] + [['5/%d' % (7 + i // 6), '%d:%02d' % (14 + (i % 6) // 3, (i % 3) * 20), k['name'], k['addr'], R.choice(['青い屋根', 'コンビニ裏', 'アパート2階'])] for i, k in enumerate(A)]), bom=True)
add(S + '01_学級経営/2年/家庭訪問_日程と道順.csv', 'I', '児童生徒の住所録', 'realistic-name', 'csv', '児童の住所を並べた一覧で住所録に当たり重要性分類Ⅰ。')

# 48 ID/PW memo txt II misleading
c.wtext(MY + 'メモ.txt', 'Google 管理コンソール admin@shirakawadai-e.example.jp / Kuma#2024adm\n校務支援 k00123 / Sh1rakawa!\nプリンタ管理 192.168.10.5 admin / 0000\n')
add(MY + 'メモ.txt', 'II', '情報システムログインID/PW管理台帳', 'misleading-name', 'txt', '名前はただのメモだがシステムのID/PWの控えで重要性分類Ⅱ。')
c.dump('e')
