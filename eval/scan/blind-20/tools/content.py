# ---- content: executed inside gen.py
SCH = ['架空市立東小学校', '架空市立緑中学校', '架空市立北中学校', '架空市立桜小学校']
D = lambda m, d: f'2026/{m:02d}/{d:02d}'

# ================= A. 教育支援センター（適応指導教室）
kids = [(nm(), rng.choice(SCH), rng.choice(['中1', '中2', '中3', '小5', '小6'])) for _ in range(10)]
rows = [['氏名', '在籍校', '学年', '日付', '来所', '退所', '様子']]
moods = ['表情明るい。卓球に参加', '腹痛訴え早退。朝食とっていない様子', '母と来所。昨夜眠れずと', '一言も話さず。読書のみ', '学習プリント2枚。笑顔あり', '父との関係で泣く場面あり']
for k in kids[:8]:
    for d in range(3):
        rows.append([k[0], k[1], k[2], D(10, 5 + d), '9:30', rng.choice(['12:00', '14:30']), rng.choice(moods)])
xlsx(P(f'{SP_C}/通所記録/2026通所記録_10月.xlsx'), [('10月', rows, 'visible')], title='通所記録')
add(f'{SP_C}/通所記録/2026通所記録_10月.xlsx', 'I', '教育相談・面接の記録等／生活歴、心身の状況など児童生徒に関する個人情報', 'realistic-name', 'xlsx', '適応指導教室の通所記録。氏名・在籍校と体調・家庭の様子（心身の状況）を日々記録。出席の記録でもある。')
xlsx(P(f'{OD("sakaguchi")}/Book1.xlsx'), [('Sheet1', [r[:1] + r[3:] for r in rows[1:12]], 'visible')])
add(f'{OD("sakaguchi")}/Book1.xlsx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'untitled-table', 'xlsx', '見出しのない表。氏名・日付・来所時刻と「腹痛」「眠れず」などの心身の状況。通所記録の写し。')

for i, k in enumerate(kids[:4]):
    rel = f'{SP_C}/在籍校連絡/出席連絡票_{k[1][4:-2]}_{i+1}.docx'
    docx(P(rel), ['出席連絡票', f'{k[1]} 校長 様', '架空市教育支援センター所長', f'在籍校：{k[1]}　学年：{k[2]}　氏名：{k[0]}',
         ('table', [['月', '通所日数', '備考'], ['9月', str(rng.randint(3, 15)), rng.choice(['午前のみ', '週2回', '別室登校と併用'])], ['10月', str(rng.randint(3, 15)), rng.choice(['体調不良の欠席多い', '安定してきた', '保護者送迎'])]]),
         '上記のとおり通所しましたので、出席扱いの参考として報告します。'], footer='取扱注意')
    add(rel, 'I', '出席簿／生活歴、心身の状況など児童生徒に関する個人情報', 'filled-form', 'docx', '在籍校への出席連絡票（記入済）。特定の児童生徒が適応指導教室に通っている事実と日数・体調を在籍校へ報告。出席の記録。')
docx(P(f'{SP_C}/様式/出席連絡票_様式.docx'), ['出席連絡票（様式）', '　　　　　　校長 様', '在籍校：　　　学年：　　　氏名：', ('table', [['月', '通所日数', '備考'], ['', '', ''], ['', '', '']]), '上記のとおり通所しましたので報告します。'])
add(f'{SP_C}/様式/出席連絡票_様式.docx', 'IV', '各種届雛形', 'blank-form', 'docx', '空欄の様式のみ。個人の記入なし。')

for i in range(3):
    k = kids[i + 4]
    rel = f'{SP_C}/面談/面談記録_{i+1:02d}.docx'
    docx(P(rel), ['面談記録', f'日時：{D(9, 10+i*7)} 15:00〜16:00　場所：相談室', f'対象：{k[0]}（{k[1]} {k[2]}）　同席：母', '主訴：朝起きられず、登校しぶりが4月から続く。',
         '本人の話：クラスのLINEグループで悪口を書かれた。夜はゲームで2時ごろまで起きている。', '母の話：父の単身赴任後、家庭内で口論が増えた。母自身も通院中。', '見立て：睡眠リズムの乱れと対人不安。スクールカウンセラーにつなぐ。'], footer=f'指導員 {STAFF[i]}')
    add(rel, 'I', '教育相談・面接の記録等', 'realistic-name', 'docx', '面談記録。生徒・保護者の家庭状況、通院、いじめ被害など心身の状況。')

txt = f'''10/7（火）
午前4名。{kids[0][0].split()[0]}さん、今日も母の車で来たが降りるまで20分。車内で泣いていたとのこと。
{kids[1][0]}くん、左腕に新しい傷あり。本人は「猫」と言うが、所長に報告済み。明日SCと共有。
午後は卓球。{kids[2][0].split()[0]}さん初めて笑った。
10/8（水）
{kids[1][0].split()[0]}くん欠。母に電話したが出ない。
'''
open(P(f'{T_C}/メモ/1007-1008.txt'), 'w', encoding='utf-8').write(txt)
add(f'{T_C}/メモ/1007-1008.txt', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'sensitive-in-plain-words', 'txt', '題名のない指導員メモ。実名の生徒の自傷の疑い・家庭の様子を平文で記録。')
open(P(f'{T_C}/メモ/日誌_10月第2週.md'), 'w', encoding='utf-8').write('# 指導員日誌 10月第2週\n\n- 10/7 午前：学習（各自プリント） 午後：卓球 参加4名\n- 10/8 調理実習（ホットケーキ）参加6名\n- 10/9 ボランティア大学生来所、ボードゲーム\n- 備品：卓球ボール補充、プリンタトナー発注\n')
add(f'{T_C}/メモ/日誌_10月第2週.md', 'III', '職員会議の資料／授業や学校行事等の活動記録', 'near-miss', 'md', '指導員の日誌だが活動内容と人数だけ。個人名・心身の記述なし。内部の運営記録。')
pdf_text(P(f'{SP_C}/広報/センターだより_11月号.pdf'), [['教育支援センター　センターだより 11月号', '', '秋の野外活動を行います。11月14日（金）雨天中止。', 'お弁当・水筒をご持参ください。', '見学・相談は随時受け付けています。電話 096-000-0000（代表・架空）', '土曜日の開室はありません。']], title='センターだより')
add(f'{SP_C}/広報/センターだより_11月号.pdf', 'IV', '学校・学年・学級だより', 'realistic-name', 'pdf', '保護者向けのおたより。個人情報なし。')
docx(P(f'{SP_C}/事務連絡/通所記録の入力について.docx'), ['事務連絡　通所記録の入力について', '指導員各位', '通所記録・面談記録は個人情報（重要性分類Ⅰ）です。クラウドの共有フォルダには保存せず、センター校務用端末の所定フォルダに入力してください。', '在籍校への出席連絡票は毎月5日までに郵送で送付します。', '様式は「様式」フォルダを参照。'])
add(f'{SP_C}/事務連絡/通所記録の入力について.docx', 'IV', '保護者等への配布文書／各種届雛形（事務連絡）', 'notice-about-record', 'docx', '通所記録・面談記録の取扱いについての連絡。記録そのものではなく個人情報なし。')
xlsx(P(f'{SP_C}/行事/年間行事予定.xlsx'), [('行事予定', [['月', '行事'], ['4', '開室式'], ['6', '体験活動'], ['11', '野外活動'], ['3', '修了の会']], 'visible'),
     ('通所者', [['氏名', '在籍校', '家庭状況', '関係機関']] + [[k[0], k[1], rng.choice(['ひとり親', '祖母と同居', '生活保護受給', '兄も不登校']), rng.choice(['児童相談所', 'SSW', '医療機関', 'なし'])] for k in kids[:6]], 'veryHidden')], title='年間行事予定')
add(f'{SP_C}/行事/年間行事予定.xlsx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'hidden-content', 'xlsx', '表示は行事予定のみだが、非表示（veryHidden）シートに通所者の家庭状況・関係機関。')
pptx(P(f'{T_C}/研修/指導員研修_事例検討.pptx'), [(['事例検討会', '2026年度 第2回'], None), (['事例A：中学2年女子', '・登校しぶり（5月〜）', '・対人不安'], [f'実際は{kids[3][1]}の{kids[3][0]}さん。母子家庭で母が夜勤、妹の世話をしている（ヤングケアラー）。児相と連携中。']), (['支援の方向性', '・居場所づくり', '・在籍校との連携'], None)], title='事例検討')
add(f'{T_C}/研修/指導員研修_事例検討.pptx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'hidden-content', 'pptx', 'スライドは匿名だが発表者ノートに実名・在籍校・家庭状況（ヤングケアラー、児相連携）。')

m = EmailMessage(); m['From'] = 'shidouin@center.example.jp'; m['To'] = 'kyoutou@higashi-sho.example.jp'; m['Subject'] = '10月分 出席連絡票の送付'; m['Date'] = 'Mon, 03 Nov 2026 09:12:00 +0900'
m.set_content('東小学校 教頭先生\n\n10月分の出席連絡票を添付します。ご確認ください。\n\n教育支援センター 指導員 ' + STAFF[0])
b = io.BytesIO(open(P(f'{SP_C}/在籍校連絡/出席連絡票_{kids[0][1][4:-2]}_1.docx'), 'rb').read()).getvalue()
m.add_attachment(b, maintype='application', subtype='vnd.openxmlformats-officedocument.wordprocessingml.document', filename='出席連絡票_10月.docx')
open(P(f'{OD("sakaguchi")}/メール保存/10月分出席連絡票の送付.eml'), 'wb').write(m.as_bytes(policy=SMTP))
add(f'{OD("sakaguchi")}/メール保存/10月分出席連絡票の送付.eml', 'I', '出席簿／生活歴、心身の状況など児童生徒に関する個人情報', 'container', 'eml', '本文は事務的だが添付の出席連絡票（記入済、実名と通所状況）が分類Ⅰ。')
with open(P(f'{SP_C}/通所記録/export_tsusho_202610.csv'), 'w', encoding='cp932', newline='') as f:
    w = csv.writer(f); w.writerow(['ID', '氏名', '在籍校', '来所日', '体調', '特記'])
    for j, k in enumerate(kids):
        w.writerow([f'C{j+1:03d}', k[0], k[1], D(10, rng.randint(1, 28)), rng.choice(['良', '不良', '頭痛']), rng.choice(['', '服薬中', '通院（心療内科）', 'SC面談'])])
add(f'{SP_C}/通所記録/export_tsusho_202610.csv', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'legacy-or-encoding', 'csv(Shift_JIS)', 'Shift_JISの書き出し。実名と体調・通院（心療内科）など心身の状況。')

# ================= B. 高等特別支援学校
stu = [(nm(), rng.choice(['1年', '2年', '3年'])) for _ in range(8)]
COS = ['架空ロジスティクス株式会社', 'みどり食品工業（架空）', '有限会社さくらクリーニング（架空）', '架空ホテル南', 'ひまわり介護サービス（架空）']
docx(P(f'{SP_K}/職場実習/依頼文/実習依頼_一般.docx'), ['令和8年10月1日', '事業所 御中', '架空県立高等特別支援学校長', '職場実習の受け入れについて（依頼）', '本校では生徒の職業的自立に向けて、事業所での職場実習を実施しております。', '期間：11月10日〜11月21日（2週間）', 'ご多用のところ恐縮ですが、ご協力をお願い申し上げます。'])
add(f'{SP_K}/職場実習/依頼文/実習依頼_一般.docx', 'IV', '保護者等への配布文書（外部への依頼文）', 'realistic-name', 'docx', '事業所への一般的な依頼文。生徒個人の情報なし。')
docx(P(f'{SP_K}/職場実習/依頼文/実習依頼_{COS[0][:6]}.docx'), ['令和8年10月1日', f'{COS[0]} 御中', '職場実習の受け入れについて（依頼）', '期間：11月10日〜11月21日', '詳細は別紙のとおりです。', '\f', '別紙　実習生の実態', f'氏名：{stu[0][0]}（{stu[0][1]}）', '障がいの状況：知的障がい（療育手帳B2）、自閉スペクトラム症', '配慮事項：急な予定変更でパニックになることがある。大きな音が苦手。', '服薬：朝・夕（抗てんかん薬）', '緊急連絡先：母 ' + tel()])
add(f'{SP_K}/職場実習/依頼文/実習依頼_{COS[0][:6]}.docx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報／個別の教育支援計画', 'late-page', 'docx', '1ページ目は依頼文だが、2ページ目の別紙に生徒の障がい・服薬・緊急連絡先。')
for i in range(3):
    s = stu[i + 1]; rel = f'{SP_K}/職場実習/評価/実習評価_{COS[i+1][:4]}_{i+1}.xlsx'
    rows = [['職場実習評価表'], ['実習生', s[0], '学年', s[1]], ['事業所', COS[i + 1]], ['項目', '評価', 'コメント'], ['あいさつ・返事', rng.choice('ABC'), '自分からできた'], ['作業の正確さ', rng.choice('ABC'), '検品ミスが少ない'], ['作業速度', rng.choice('ABC'), '後半に速くなった'], ['報告・連絡・相談', rng.choice('ABC'), '困ったときに手を挙げられた'], ['総合所見', '', '採用を前向きに検討']]
    cm = {0: [('C6', '進路指導部', '評価は本人には伝えないこと')]} if i == 0 else None
    if i == 2:
        cm = {0: [('B2', '担任', '実習中に発作1回（てんかん）。母には連絡済み。主治医の意見書あり。')]}
    xlsx(P(rel), [('評価', rows, 'visible')], comments=cm)
    if i == 2:
        add(rel, 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'hidden-content', 'xlsx', '実習評価表（成績に関する個票＝Ⅱ）に加え、セルのメモに実習中のてんかん発作と主治医意見書。心身の状況で最上位Ⅰ。')
    else:
        add(rel, 'II', '成績に関する個票等', 'filled-form', 'xlsx', '事業所が記入した職場実習の評価表（実名・評価・所見）。')
pdf_text(P(f'{SP_K}/職場実習/日誌/実習日誌_{stu[4][0].split()[0]}.pdf'), [['実習日誌', f'氏名 {stu[4][0]}', '11/10 倉庫でピッキング。最初は場所がわからなかった。', '11/11 検品。バーコードをまちがえずに読めた。', '11/12 休けい時間に先輩と話した。楽しかった。', '先生から：よくがんばっています。']])
add(f'{SP_K}/職場実習/日誌/実習日誌_{stu[4][0].split()[0]}.pdf', 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'pdf', '生徒本人が書いた実習日誌。学習記録で心身・成績評価の記載なし。')
docx(P(f'{T_K}/打合せ/企業打合せ_1015.docx'), ['打合せメモ 10/15', f'相手：{COS[2]} 人事 ' + nm() + ' 様', '・実習期間 11/10〜21 で了承', '・初日は8:45に通用口集合', '・作業着は会社で貸与', '・次回打合せ 11/5'])
add(f'{T_K}/打合せ/企業打合せ_1015.docx', 'III', '職員会議の資料（学校運営関係）', 'near-miss', 'docx', '企業との日程打合せ。生徒の情報なし。内部資料。')
docx(P(f'{T_K}/打合せ/企業打合せ_1022.docx'), ['打合せメモ 10/22', f'相手：{COS[4]}', '・実習生は' + stu[5][0] + 'さんに決定', '・本人は車いす使用。トイレの手すり確認済み', '・過去に職場でのいじめでうつ状態となり前籍校を中退した経緯あり。配置に配慮を依頼', '・昼食は刻み食'], comments=[(3, '進路担当', 'この部分は企業に渡す資料からは削除')])
add(f'{T_K}/打合せ/企業打合せ_1022.docx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'sensitive-in-plain-words', 'docx', '打合せメモの中に実名生徒の障がい・生活歴（うつ状態、中退）を平文で記載。')
rows = [['卒業年度', '氏名', '進路先', '職種', '雇用形態']] + [[2025, nm(), rng.choice(COS), rng.choice(['軽作業', '清掃', '調理補助', '介護補助']), rng.choice(['障がい者雇用', '一般', '就労継続A型'])] for _ in range(14)]
xlsx(P(f'{SP_K}/進路/卒業生進路先一覧_R7.xlsx'), [('R7', rows, 'visible')])
add(f'{SP_K}/進路/卒業生進路先一覧_R7.xlsx', 'II', '卒業生進路先一覧等', 'realistic-name', 'xlsx', '卒業生の氏名と進路先の一覧。')
rows = [['進路先区分', '人数'], ['一般就労', 9], ['障がい者雇用', 12], ['就労継続支援A型', 4], ['就労移行支援', 3]]
xlsx(P(f'{SP_K}/進路/進路状況_学校案内用.xlsx'), [('集計', rows, 'visible')])
add(f'{SP_K}/進路/進路状況_学校案内用.xlsx', 'IV', '学校紹介パンフレット', 'near-miss', 'xlsx', '進路先の区分別人数だけ（学校案内に載せる統計）。個人なし。')
docx(P(f'{SP_K}/支援計画/{stu[6][0].replace(" ", "")}.docx'), ['個別の教育支援計画', f'氏名：{stu[6][0]}　{stu[6][1]}', '障がいの状況：軽度知的障がい、ADHD（服薬あり）', '本人の願い：パン工場で働きたい', '保護者の願い：一人暮らしができるように', '関係機関：相談支援事業所、主治医（架空クリニック）', '合理的配慮：指示は1つずつ、写真カードで提示'], footer='個人情報　取扱注意')
add(f'{SP_K}/支援計画/{stu[6][0].replace(" ", "")}.docx', 'I', '個別の教育支援計画', 'realistic-name', 'docx', '個別の教育支援計画（障がい・服薬・関係機関）。ファイル名は氏名のみ。')
rows = [['No', '事業所', '担当', '電話', '住所']] + [[j + 1, c, nm(), '096-000-' + f'{rng.randint(0,9999):04d}', addr()] for j, c in enumerate(COS)]
xlsx(P(f'{T_K}/実習先一覧.xlsx'), [('一覧', rows, 'visible')])
add(f'{T_K}/実習先一覧.xlsx', 'III', '職員会議の資料（学校運営関係）', 'near-miss', 'xlsx', '実習受入事業所と担当者の連絡先。生徒・教職員の個人情報ではない業務資料。')
rows = [['番号', '希望1', '希望2', '見学希望']] + [[f'3-{j+1}', rng.choice(['製造', '清掃', '物流', '飲食']), rng.choice(['製造', '福祉', '農業']), rng.choice(['有', '無'])] for j in range(12)]
xlsx(P(f'{OD("matsushita")}/進路/R8希望まとめ.xlsx'), [('Sheet1', rows, 'visible')])
add(f'{OD("matsushita")}/進路/R8希望まとめ.xlsx', 'II', '進路希望調査', 'id-by-number', 'xlsx', '出席番号だけで並べた進路希望調査のまとめ。番号で本人が特定できる。')
docx(P(f'{SP_K}/様式/進路希望調査票.docx'), ['進路希望調査票（3年）', '氏名（　　　　　　　）', '第1希望：', '第2希望：', '見学を希望する事業所：', '保護者の意見：', '保護者署名：'])
add(f'{SP_K}/様式/進路希望調査票.docx', 'IV', '記入前のアンケート／各種届雛形', 'blank-form', 'docx', '記入前の調査票。')
pptx(P(f'{SP_K}/進路/進路説明会2026.pptx'), [(['進路説明会', '保護者向け'], None), (['今年度の内定状況', '・製造業 5名', '・サービス業 3名'], [f'{stu[7][0]}さん：{COS[1]}内定。療育手帳A→B1に再判定中、障害年金の申請は保留。質問が出たら個別に対応。']), (['実習の流れ'], None)])
add(f'{SP_K}/進路/進路説明会2026.pptx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'hidden-content', 'pptx', '保護者向けスライド本体は集計のみだが、ノートに実名・内定先・療育手帳・障害年金。')

# ================= C. 小学校 学校図書館（地域開放）
pupils = [(f'{rng.randint(1,6)}年{rng.randint(1,3)}組', nm()) for _ in range(30)]
BOOKS = ['かいけつゾロリのドラゴンたいじ', 'ファーブル昆虫記', 'はらぺこあおむし', '星の王子さま', '火垂るの墓', 'からだのふしぎ図鑑', 'いじめに負けない本', 'こころの病気がわかる本', '12歳までに知っておきたい性の話', '日本の歴史1']
with open(P(f'{T_E}/貸出/kashidashi_202610.csv'), 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.writer(f); w.writerow(['利用者ID', '学年組', '氏名', '書名', '貸出日', '返却予定'])
    for j, p in enumerate(pupils):
        w.writerow([f'P{1000+j}', p[0], p[1], rng.choice(BOOKS), D(10, rng.randint(1, 20)), D(10, 28)])
add(f'{T_E}/貸出/kashidashi_202610.csv', 'III', '児童生徒の氏名（名列表）', 'realistic-name', 'csv(UTF-8 BOM)', '図書館システムの貸出記録。学年組・氏名・書名のみで心身・成績の記載なし。貸出記録は慎重に扱うべきだが第2表ではⅢ相当。')
with open(P(f'{T_E}/地域開放/地域利用者登録.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f); w.writerow(['登録番号', '氏名', '住所', '電話', '生年月日'])
    for j in range(15):
        w.writerow([f'C{200+j}', nm(), addr(), tel(), f'19{rng.randint(45,99)}/{rng.randint(1,12)}/{rng.randint(1,28)}'])
add(f'{T_E}/地域開放/地域利用者登録.csv', 'I', '児童生徒の住所録／職員住所録（に準ずる住民の住所録）', 'realistic-name', 'csv(UTF-8)', '地域住民の利用者登録。氏名・住所・電話・生年月日の住所録。第2表の住所録に準じⅠ（README参照）。')
rows = [['氏名', '担当曜日', '電話', 'メール', '住所', '備考']] + [[nm(), rng.choice(['月', '水', '金']), tel(), mail('vol'), addr(), rng.choice(['', 'PTA OB', '元教員', '本校保護者（3年2組の母）'])] for _ in range(10)]
xlsx(P(f'{SP_E}/図書館/読み聞かせボランティア名簿.xlsx'), [('名簿', rows, 'visible')])
add(f'{SP_E}/図書館/読み聞かせボランティア名簿.xlsx', 'I', '児童生徒の住所録／職員住所録（に準ずるボランティアの住所録）', 'realistic-name', 'xlsx', 'ボランティアの住所・電話・メールの名簿（住所録）。保護者も含む。')
rows = [['氏名', '担当曜日', '読む本']] + [[nm(), rng.choice(['月', '水', '金']), rng.choice(BOOKS)] for _ in range(8)]
xlsx(P(f'{SP_E}/図書館/読み聞かせ当番表.xlsx'), [('当番', rows, 'visible')])
add(f'{SP_E}/図書館/読み聞かせ当番表.xlsx', 'III', '委員会・係名簿', 'near-miss', 'xlsx', 'ボランティアの氏名と当番だけ。連絡先なし。')
txt = '利用者番号\t学年組\t氏名\t延滞冊数\t保護者連絡先\t備考\n' + ''.join(f'P{1000+j}\t{p[0]}\t{p[1]}\t{rng.randint(1,4)}\t{tel()}\t{rng.choice(["", "督促2回", "家庭事情により配慮（担任へ）"])}\n' for j, p in enumerate(pupils[:12]))
open(P(f'{T_E}/貸出/延滞者一覧_export.tsv'), 'wb').write(txt.encode('utf-16'))
add(f'{T_E}/貸出/延滞者一覧_export.tsv', 'I', '児童生徒の住所録（電話番号等の基本情報を含むもの）', 'legacy-or-encoding', 'tsv(UTF-16)', '図書館システムの書き出し（UTF-16）。児童氏名と保護者の電話番号、家庭事情の備考。')
pdf_text(P(f'{SP_E}/図書館/図書館だより_10月.pdf'), [['としょかんだより 10月', '読書週間がはじまります。', '地域の方も火・木の15時〜17時に利用できます。', '新しく入った本：', '・' + BOOKS[1], '・' + BOOKS[5], 'ボランティアさんを募集しています。']])
add(f'{SP_E}/図書館/図書館だより_10月.pdf', 'IV', '学校・学年・学級だより', 'realistic-name', 'pdf', '配布用のおたより。個人情報なし。')
rows = [['委員会', '学年組', '氏名', '役割']] + [['図書委員会', p[0], p[1], rng.choice(['委員長', '副委員長', '貸出当番', '掲示'])] for p in pupils[:10]]
xlsx(P(f'{SP_E}/図書館/R8図書委員名簿.xlsx'), [('名簿', rows, 'visible')])
add(f'{SP_E}/図書館/R8図書委員名簿.xlsx', 'III', '委員会・係名簿', 'realistic-name', 'xlsx', '図書委員の学年組・氏名・役割。')
with open(P(f'{GD}/図書/蔵書リスト_2026.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f); w.writerow(['ISBN', '書名', '分類', '配架'])
    for j, bk in enumerate(BOOKS): w.writerow([f'978-4-0000-{j:04d}-0', bk, rng.choice(['913', '486', '490', '210']), rng.choice(['低', '中', '高'])])
add(f'{GD}/図書/蔵書リスト_2026.csv', 'IV', '学校紹介パンフレット（公開可能な資料）', 'near-miss', 'csv(UTF-8)', '蔵書の一覧のみ。人の情報なし。')
docx(P(f'{SP_E}/図書館/貸出記録の取扱い.docx'), ['図書館の貸出記録の取扱いについて（教職員向け）', '貸出記録は児童の読書の秘密にかかわります。', '担任であっても、児童がどんな本を借りたかを他の児童や保護者に伝えないでください。', '年度末に図書館システムの貸出履歴は消去します。', '書き出したファイルをTeamsに置かないこと。'])
add(f'{SP_E}/図書館/貸出記録の取扱い.docx', 'IV', '職員会議の資料／保護者等への配布文書', 'notice-about-record', 'docx', '貸出記録についての注意文書。記録そのものは含まない。')
docx(P(f'{SP_E}/図書館/ボランティア募集.docx'), ['読み聞かせボランティア募集のお知らせ', '保護者・地域の皆様', '朝の読書の時間（8:15〜8:30）に読み聞かせをしてくださる方を募集します。', '申込書に記入のうえ、学級担任までご提出ください。', '', '申込書', '氏名：　　　　　電話：　　　　　希望曜日：'])
add(f'{SP_E}/図書館/ボランティア募集.docx', 'IV', '保護者等への配布文書／各種届雛形', 'blank-form', 'docx', '募集案内と記入前の申込欄。')

# ================= D. 中学校 修学旅行
cls_ = []
for c in range(1, 4):
    for n in range(1, 13):
        cls_.append((c, n, nm(), rng.choice(['男', '女'])))
for j in range(3): i = rng.randrange(len(cls_)); cls_[i] = (cls_[i][0], cls_[i][1], rng.choice(FOREIGN), cls_[i][3])
rows = [['組', '番', '氏名', '性別', '班']] + [[c, n, s, g, (n - 1) // 4 + 1] for c, n, s, g in cls_]
xlsx(P(f'{T_J}/参加者名簿.xlsx'), [('2年', rows, 'visible')])
add(f'{T_J}/参加者名簿.xlsx', 'III', '名列表／生年月日、性別', 'realistic-name', 'xlsx', '組・番・氏名・性別・班の名簿。')
with open(P(f'{T_J}/保険/旅行保険名簿_提出用.csv'), 'w', encoding='cp932', newline='') as f:
    w = csv.writer(f); w.writerow(['No', 'シメイ', '氏名', '生年月日', '性別'])
    for j, (c, n, s, g) in enumerate(cls_): w.writerow([j + 1, 'ｶｸｳ ﾀﾛｳ' if j == 0 else '', s, f'2012/{rng.randint(4,12)}/{rng.randint(1,28)}', g])
add(f'{T_J}/保険/旅行保険名簿_提出用.csv', 'III', '生年月日、性別', 'near-miss', 'csv(Shift_JIS)', '旅行保険の名簿。氏名・生年月日・性別のみ（第2表でⅢ）。住所・健康情報なし。')
rows = [['No', '氏名', '生年月日', '性別', '住所', '保護者電話']] + [[j + 1, s, f'2012/{rng.randint(4,12)}/{rng.randint(1,28)}', g, addr(), tel()] for j, (c, n, s, g) in enumerate(cls_[:20])]
xlsx(P(f'{OD("okamoto")}/修学旅行/保険会社へ_住所入り.xlsx'), [('Sheet1', rows, 'visible')])
add(f'{OD("okamoto")}/修学旅行/保険会社へ_住所入り.xlsx', 'I', '児童生徒の住所録', 'realistic-name', 'xlsx', '保険名簿に住所・保護者電話が入った版。')
rows = [['部屋', '人数', 'メンバー']] + [[f'{300+r}', 4, '、'.join(x[2] for x in cls_[r*4:r*4+4])] for r in range(8)]
xlsx(P(f'{T_J}/部屋割り_案2.xlsx'), [('部屋割り', rows, 'visible')])
add(f'{T_J}/部屋割り_案2.xlsx', 'III', '名列表（座席表に類する配置表）', 'realistic-name', 'xlsx', '部屋番号と生徒氏名のみ。')
rows = [['部屋', 'メンバー', '', '配慮']] + [[f'{400+r}', '、'.join(x[2] for x in cls_[r*4:r*4+4]), '', rng.choice(['', '', '夜尿あり→布団の配置配慮、替えシーツ', '睡眠薬を引率養護教諭が管理', '友人関係トラブル中（1学期）離す'])] for r in range(8)]
xlsx(P(f'{T_J}/部屋割り_確定.xlsx'), [('部屋割り', rows, 'visible')], hidden_cols={0: [3]})
add(f'{T_J}/部屋割り_確定.xlsx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'hidden-content', 'xlsx', '非表示列D「配慮」に夜尿・服薬・友人トラブルなど心身の状況。')
for i in range(3):
    c, n, s, g = cls_[i * 7]
    rel = f'{T_J}/健康調査/健康調査票_{c}-{n}.docx'
    docx(P(rel), ['修学旅行 健康調査票', f'{c}組 {n}番 氏名 {s}', ('table', [['項目', '記入'], ['持病', rng.choice(['ぜん息', 'なし', '1型糖尿病'])], ['服薬', rng.choice(['吸入薬', 'なし', 'インスリン'])], ['アレルギー', rng.choice(['そば', 'なし', '卵'])], ['乗り物酔い', rng.choice(['あり', 'なし'])], ['夜間の心配', rng.choice(['なし', '夜尿', '夢遊'])]]), f'保護者氏名 {nm()}　緊急連絡先 {tel()}'])
    add(rel, 'I', '生活歴、心身の状況など児童生徒に関する個人情報（健康診断票に類する）', 'filled-form', 'docx', '記入済みの健康調査票。持病・服薬・アレルギー・緊急連絡先。')
docx(P(f'{SP_J}/修学旅行/様式/健康調査票_様式.docx'), ['修学旅行 健康調査票', '　組　　番　氏名', ('table', [['項目', '記入'], ['持病', ''], ['服薬', ''], ['アレルギー', ''], ['乗り物酔い', ''], ['夜間の心配', '']]), '保護者氏名　　　　緊急連絡先'])
add(f'{SP_J}/修学旅行/様式/健康調査票_様式.docx', 'IV', '記入前のアンケート／各種届雛形', 'blank-form', 'docx', '記入前の様式。')
rows = [['番号', '内容', '対応']] + [[f'2-{rng.randint(1,3)}-{rng.randint(1,12)}', rng.choice(['ぜん息（吸入薬携帯）', 'エピペン所持（そば）', '乗り物酔い強', '夜尿', 'てんかん（服薬）', '過呼吸歴']), rng.choice(['養護教諭管理', '本人管理', 'バス前方座席'])] for _ in range(10)]
xlsx(P(f'{OD("okamoto")}/修学旅行/まとめ.xlsx'), [('Sheet1', rows, 'visible')])
add(f'{OD("okamoto")}/修学旅行/まとめ.xlsx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'id-by-number', 'xlsx', '学年-組-番だけで示した健康情報（持病・エピペン・夜尿）。番号から本人特定可能。')
shiori = [['修学旅行のしおり', '2年生　関西方面　11月18日〜20日', '', '持ち物：着替え、洗面用具、雨具、常備薬', '集合：7:00 学校体育館'], ['1日目 行程', '学校→空港→京都→奈良公園→宿舎', '宿舎：架空ホテル京都'], ['2日目 班別自主研修', '班長は行程表を提出すること'], ['班別名簿（引率用）'] + [f'{x[0]}組{x[1]}番 {x[2]}' + (f'　※{rng.choice(["エピペン", "ぜん息", "服薬（ADHD）"])}' if k % 5 == 0 else '') for k, x in enumerate(cls_[:18])]]
pdf_text(P(f'{T_J}/しおり/しおり_引率者用.pdf'), shiori)
add(f'{T_J}/しおり/しおり_引率者用.pdf', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'late-page', 'pdf', '前半はしおり（Ⅳ）だが最終ページの引率用名簿に生徒の健康情報（エピペン・ADHD服薬）。')
pdf_text(P(f'{SP_J}/修学旅行/しおり_生徒配布.pdf'), shiori[:3])
add(f'{SP_J}/修学旅行/しおり_生徒配布.pdf', 'IV', '学校行事のしおり', 'realistic-name', 'pdf', '生徒配布用のしおり。個人情報なし。')
m = EmailMessage(); m['From'] = 'tabi@travel.example.jp'; m['To'] = 'okamoto@kita-chuu.example.jp'; m['Subject'] = 'Re: 名簿の件'; m['Date'] = 'Tue, 14 Oct 2026 16:40:00 +0900'
m.set_content('北中学校 岡本先生\n\n保険手配のため、名簿をお送りいただきありがとうございました。念のため添付にて返送します。\n架空トラベル 学校団体課')
m.add_attachment(open(P(f'{T_J}/保険/旅行保険名簿_提出用.csv'), 'rb').read(), maintype='text', subtype='csv', filename='meibo.csv')
open(P(f'{OD("okamoto")}/修学旅行/Re_名簿の件.eml'), 'wb').write(m.as_bytes(policy=SMTP))
add(f'{OD("okamoto")}/修学旅行/Re_名簿の件.eml', 'III', '生年月日、性別／名列表', 'container', 'eml', '旅行会社からのメール。添付は氏名・生年月日・性別の保険名簿（Ⅲ）。')
m = EmailMessage(); m['From'] = 'okamoto@kita-chuu.example.jp'; m['To'] = 'tabi@travel.example.jp'; m['Subject'] = '宿舎への連絡事項'; m['Date'] = 'Wed, 15 Oct 2026 10:02:00 +0900'
m.set_content('架空トラベル ご担当様\n\n食事と部屋の配慮事項を添付します。宿舎へお伝えください。')
b = io.BytesIO()
xlsx('/tmp/_s20_hairyo.xlsx', [('配慮', [['氏名', '内容']] + [[x[2], rng.choice(['そばアレルギー（エピペン）', '夜尿', '1型糖尿病'])] for x in cls_[:5]], 'visible')])
m.add_attachment(open('/tmp/_s20_hairyo.xlsx', 'rb').read(), maintype='application', subtype='vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename='配慮事項.xlsx')
open(P(f'{OD("okamoto")}/修学旅行/宿舎への連絡事項.eml'), 'wb').write(m.as_bytes(policy=SMTP))
add(f'{OD("okamoto")}/修学旅行/宿舎への連絡事項.eml', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'container', 'eml', '添付xlsxに実名と食物アレルギー・夜尿・糖尿病。')
rows = [['役割', '氏名', '携帯', '自宅住所']] + [[r, s, tel(), addr()] for r, s in zip(['団長', '学年主任', '養護', '引率', '引率'], STAFF)]
xlsx(P(f'{T_J}/引率者連絡先.xlsx'), [('連絡先', rows, 'visible')])
add(f'{T_J}/引率者連絡先.xlsx', 'I', '職員緊急連絡網／職員住所録', 'realistic-name', 'xlsx', '引率教員の携帯と自宅住所。')
pdf_text(P(f'{SP_J}/修学旅行/見積書_架空トラベル.pdf'), [['御見積書', '架空市立北中学校 御中', '2年生修学旅行（36名＋引率5名）', '交通費 1,234,000円', '宿泊費 980,000円', '合計 2,214,000円（税込）']])
add(f'{SP_J}/修学旅行/見積書_架空トラベル.pdf', 'IV', '学校徴収金会計簿（学年費等）に関連する資料', 'near-miss', 'pdf', '旅行会社の見積書。個人情報なし。')
rows = [['番号', '楽しみなこと', '不安なこと']] + [[f'{c}-{n}', rng.choice(['USJ', '班行動', '夜のおしゃべり']), rng.choice(['特になし', '同じ班の子に無視されている', 'お風呂がみんなと一緒なのがいや（体の傷）', '夜眠れない'])] for c, n, s, g in cls_[:15]]
xlsx(P(f'{T_J}/事前アンケート集計.xlsx'), [('集計', rows, 'visible')])
add(f'{T_J}/事前アンケート集計.xlsx', 'I', '心のアンケート（児童生徒が記入済のもの）', 'id-by-number', 'xlsx', '組-番つきの事前アンケート記入結果。無視されている・体の傷など心の状態。')
docx(P(f'{SP_J}/修学旅行/事前アンケート用紙.docx'), ['修学旅行 事前アンケート', '　組　番', '1 楽しみなことは何ですか', '2 不安なことはありますか', '3 先生に伝えておきたいこと'])
add(f'{SP_J}/修学旅行/事前アンケート用紙.docx', 'IV', '記入前のアンケート', 'blank-form', 'docx', '記入前。')
docx(P(f'{SP_J}/修学旅行/保護者説明会資料.docx'), ['修学旅行 保護者説明会', '健康調査票は10月10日までに担任へ提出してください。', '記入いただいた健康調査票は、旅行終了後に学校で責任をもって廃棄します。', '旅行保険の加入手続きのため、氏名・生年月日を旅行会社へ提供します。'])
add(f'{SP_J}/修学旅行/保護者説明会資料.docx', 'IV', '保護者等への配布文書', 'notice-about-record', 'docx', '健康調査票や保険名簿について説明するだけの配布文書。')

# ================= E. 共同調理場
SCHK = ['東小', '桜小', '北中', '緑中']
with open(P(f'{SP_G}/献立/R8_11月献立表.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f); w.writerow(['日', '主食', 'おかず', '汁物', 'エネルギー'])
    for d in range(4, 28, 3): w.writerow([d, rng.choice(['ごはん', 'パン', 'ソフト麺']), rng.choice(['鶏のから揚げ', '筑前煮', 'さばの味噌煮', '麻婆豆腐']), rng.choice(['みそ汁', 'すまし汁', '中華スープ']), rng.randint(600, 800)])
add(f'{SP_G}/献立/R8_11月献立表.csv', 'IV', '保護者等への配布文書（献立表）', 'near-miss', 'csv(UTF-8)', '配布用の献立のみ。')
rows = [['学校', '学年組', '氏名', 'アレルゲン', '対応', '学校生活管理指導表', 'エピペン']] + [[rng.choice(SCHK), f'{rng.randint(1,6)}-{rng.randint(1,3)}', nm(), rng.choice(['卵', '乳', '小麦', 'えび・かに', 'そば', 'ピーナッツ']), rng.choice(['除去食', '代替食', '弁当持参']), rng.choice(['提出済', '更新待ち']), rng.choice(['有', '無'])] for _ in range(18)]
xlsx(P(f'{T_G}/食物アレルギー個別対応表_R8.xlsx'), [('対応表', rows, 'visible')])
add(f'{T_G}/食物アレルギー個別対応表_R8.xlsx', 'I', '学校生活管理指導表／心身の状況', 'realistic-name', 'xlsx', '実名の児童生徒ごとのアレルゲン・対応・エピペン所持。')
xlsx(P(f'{SP_G}/献立/11月献立_最終.xlsx'), [('献立', [['日', 'おかず'], [4, 'から揚げ'], [7, '筑前煮']], 'visible'), ('除去', [r[:5] for r in rows[:10]], 'visible')])
add(f'{SP_G}/献立/11月献立_最終.xlsx', 'I', '学校生活管理指導表／心身の状況', 'misleading-name', 'xlsx', '名前は献立だが2枚目のシートに実名のアレルギー除去対象者。')
rows2 = [[r[0], r[1] + '-' + str(rng.randint(1, 30)), r[3], r[4]] for r in rows[1:12]]
xlsx(P(f'{OD("maeda")}/Book3.xlsx'), [('Sheet1', rows2, 'visible')])
add(f'{OD("maeda")}/Book3.xlsx', 'I', '学校生活管理指導表／心身の状況', 'id-by-number', 'xlsx', '見出しなし。学校名と年-組-番とアレルゲンだけ。番号で本人特定可能な健康情報。')
with open(P(f'{SP_G}/喫食数/喫食数_1104.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f); w.writerow(['学校', '学年', '組', '児童生徒', '教職員', '除去食'])
    for s in SCHK:
        for g in range(1, 4): w.writerow([s, g, 1, rng.randint(25, 35), 1, rng.randint(0, 2)])
add(f'{SP_G}/喫食数/喫食数_1104.csv', 'II', '給食関係書類', 'untitled-table', 'csv(UTF-8)', '学校・学級ごとの喫食数（数だけ）。第2表の給食関係書類でⅡ。')
rows = [['納品日', '業者', '品名', '数量', '温度', '鮮度', '検収者']] + [[D(11, 4), rng.choice(['架空青果', '架空精肉', '架空乳業']), rng.choice(['玉ねぎ', '鶏もも', '牛乳', '豆腐']), rng.randint(10, 80), f'{rng.randint(2,9)}℃', '良', rng.choice(STAFF)] for _ in range(12)]
xlsx(P(f'{SP_G}/検収/検収記録_11月.xlsx'), [('11/4', rows, 'visible')])
add(f'{SP_G}/検収/検収記録_11月.xlsx', 'II', '給食関係書類', 'realistic-name', 'xlsx', '食材の検収記録（給食関係書類）。')
rows = [['日付', '氏名', '体温', '下痢', '手指の傷']] + [[D(11, d), s, f'36.{rng.randint(0,9)}', '無', rng.choice(['無', '無', '有（絆創膏・手袋）'])] for d in range(4, 8) for s in STAFF[:4]]
xlsx(P(f'{SP_G}/衛生/体温チェック表_11月.xlsx'), [('11月', rows, 'visible')])
add(f'{SP_G}/衛生/体温チェック表_11月.xlsx', 'II', '体温チェック表', 'realistic-name', 'xlsx', '調理従事者の体温チェック表。')
docx(P(f'{SP_G}/委託業者/打合せ_1030.docx'), ['委託業者定例打合せ 10/30', '出席：調理場長、架空フードサービス 現場責任者', '1 11月の献立変更（18日 さば→ぶり）', '2 食器洗浄機の修理日程', '3 アレルギー対応', f'・北中 {nm()}さん（2-1）乳の完全除去に変更。医師の学校生活管理指導表が更新された。', '・東小の新1年生 えび・かに追加（アナフィラキシー歴あり）'])
add(f'{SP_G}/委託業者/打合せ_1030.docx', 'I', '学校生活管理指導表／心身の状況', 'mixed', 'docx', '打合せ記録（給食関係書類Ⅱ）に実名生徒のアレルギー・アナフィラキシー歴が混在。上位のⅠ。')
docx(P(f'{SP_G}/委託業者/打合せ_1002.docx'), ['委託業者定例打合せ 10/2', '1 10月の献立確認', '2 調理員の配置（ローテーション）', '3 異物混入防止の再確認（ヘアネット）', '4 次回 10/30'])
add(f'{SP_G}/委託業者/打合せ_1002.docx', 'II', '給食関係書類', 'realistic-name', 'docx', '委託業者との打合せ記録（給食関係）。個人の健康情報なし。')
pdf_text(P(f'{SP_G}/広報/給食だより_11月.pdf'), [['給食だより 11月', '11月24日は「和食の日」です。', '地元の野菜を使った郷土料理「だご汁」が登場します。', '食物アレルギーで対応が必要なお子さんは、学校生活管理指導表を学校へ提出してください。']])
add(f'{SP_G}/広報/給食だより_11月.pdf', 'IV', '学校・学年・学級だより', 'notice-about-record', 'pdf', '配布用のたより。学校生活管理指導表に触れるが記録ではない。')

# ================= F. 外国人学校との交流
fx = [(rng.choice(FOREIGN), '架空インターナショナルスクール', rng.choice(['G5', 'G6'])) for _ in range(8)] + [(p[1], '架空市立桜小学校', p[0]) for p in pupils[:8]]
rows = [['氏名', '学校', '学年', 'グループ']] + [[a, b, c, (k % 4) + 1] for k, (a, b, c) in enumerate(fx)]
xlsx(P(f'{T_X}/交流会名簿.xlsx'), [('名簿', rows, 'visible')])
add(f'{T_X}/交流会名簿.xlsx', 'III', '名列表／委員会・係名簿', 'foreign-names', 'xlsx', '交流会の参加者名簿（日本語・英字の外国名を含む）。氏名・学年・グループのみ。')
rows = [['Name', 'Nationality', 'Home language', 'Residence status', 'Notes']] + [[a, rng.choice(['Vietnam', 'Brazil', 'Korea', 'Nepal', 'Philippines']), rng.choice(['Vietnamese', 'Portuguese', 'Korean', 'Nepali']), rng.choice(['家族滞在', '定住者', '特定活動（難民申請中）']), rng.choice(['Japanese support needed', 'father unemployed, family receives aid', ''])] for a, b, c in fx[:8]]
xlsx(P(f'{T_X}/participants_detail.xlsx'), [('list', rows, 'visible')])
add(f'{T_X}/participants_detail.xlsx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'foreign-names', 'xlsx', '外国人児童の国籍・在留資格（難民申請中）・家庭の経済状況。生活歴。')
docx(P(f'{SP_E}/国際交流/交流会のご案内.docx'), ['国際交流会のご案内', '12月5日（金）に架空インターナショナルスクールの皆さんと交流会を行います。', '内容：自己紹介ゲーム、けん玉、昼食交流', '写真は学校だよりに掲載する場合があります。掲載を希望されない方はお知らせください。'])
add(f'{SP_E}/国際交流/交流会のご案内.docx', 'IV', '保護者等への配布文書', 'realistic-name', 'docx', '配布用の案内。')
m = EmailMessage(); m['From'] = 'kokusai@sakura-sho.example.jp'; m['To'] = 'office@intl-school.example.jp'; m['Subject'] = 'Exchange day group list'; m['Date'] = 'Thu, 27 Nov 2026 11:00:00 +0900'
m.set_content('Dear coordinator,\nPlease find the group list attached.\n交流会のグループ分けです。')
m.add_attachment('\n'.join(','.join(map(str, r)) for r in [['Name', 'Grade', 'Group']] + [[a, c, k % 4 + 1] for k, (a, b, c) in enumerate(fx)]).encode('utf-8'), maintype='text', subtype='csv', filename='groups.csv')
open(P(f'{T_X}/Exchange_day_group_list.eml'), 'wb').write(m.as_bytes(policy=SMTP))
add(f'{T_X}/Exchange_day_group_list.eml', 'III', '名列表／委員会・係名簿', 'container', 'eml', '英語のメール。添付CSVは氏名・学年・グループだけ。')

# ================= G. 学校一般（中学校・小学校の日常のファイル）
cl = [(n + 1, nm()) for n in range(30)]
rows = [['番号', '氏名', '国語', '数学', '英語', '理科', '社会', '合計']]
for n, s in cl:
    sc = [rng.randint(30, 100) for _ in range(5)]; rows.append([n, s] + sc + [sum(sc)])
xlsx(P(f'{OD("yoshida")}/Book2.xlsx'), [('Sheet1', rows[1:], 'visible')])
add(f'{OD("yoshida")}/Book2.xlsx', 'II', '定期考査素点表', 'untitled-table', 'xlsx', '見出しなしの表。番号・氏名・5教科の点数と合計（定期考査の素点）。')
xlsx(P(f'{SP_J}/2年/2学期中間_素点.xlsx'), [('2-1', rows, 'visible')])
add(f'{SP_J}/2年/2学期中間_素点.xlsx', 'II', '定期考査素点表', 'realistic-name', 'xlsx', '定期考査の素点表。')
rows_h = [['番号', '氏名', '国', '社', '数', '理', '英', '音', '美', '保体', '技家', '合計']] + [[n, s] + [rng.randint(1, 5) for _ in range(9)] + [0] for n, s in cl]
for r in rows_h[1:]: r[-1] = sum(r[2:11])
xlsx(P(f'{SP_J}/2年/座席表_2-1.xlsx'), [('座席', [['教卓'], [cl[0][1], cl[1][1], cl[2][1], cl[3][1], cl[4][1], cl[5][1]], [cl[6][1], cl[7][1], cl[8][1], cl[9][1], cl[10][1], cl[11][1]]], 'visible'), ('評定', rows_h, 'hidden')])
add(f'{SP_J}/2年/座席表_2-1.xlsx', 'I', '評定一覧表', 'hidden-content', 'xlsx', '表示は座席表（Ⅲ）だが非表示シートに9教科の評定一覧（Ⅰ）。')
xlsx(P(f'{SP_J}/2年/座席表_2-2.xlsx'), [('座席', [['教卓'], [x[1] for x in cl[12:18]], [x[1] for x in cl[18:24]], [x[1] for x in cl[24:30]]], 'visible')])
add(f'{SP_J}/2年/座席表_2-2.xlsx', 'III', '座席表', 'realistic-name', 'xlsx', '座席表のみ。')
ods(P(f'{GD}/成績/hyotei_3nen.ods'), [('3年', rows_h, False)])
add(f'{GD}/成績/hyotei_3nen.ods', 'I', '評定一覧表', 'realistic-name', 'ods', '3年の9教科評定一覧（ODS）。')
ods(P(f'{GD}/部活/部活動名簿.ods'), [('名簿', [['部', '学年', '氏名']] + [[rng.choice(['野球', '吹奏楽', '卓球', '美術']), 2, s] for n, s in cl[:15]], False), ('緊急', [['氏名', '保護者', '電話']] + [[s, nm(), tel()] for n, s in cl[:15]], True)])
add(f'{GD}/部活/部活動名簿.ods', 'I', '児童生徒の住所録（電話番号等の基本情報を含むもの）', 'hidden-content', 'ods', '表示は部活動名簿（Ⅲ）だが非表示シートに保護者名・電話。')
ods(P(f'{GD}/部活/部活動名簿_公開用.ods'), [('名簿', [['部', '学年', '氏名']] + [[rng.choice(['野球', '吹奏楽', '卓球', '美術']), 2, s] for n, s in cl[:15]], False)])
add(f'{GD}/部活/部活動名簿_公開用.ods', 'III', '部活動名簿', 'realistic-name', 'ods', '部活動名簿のみ。')
for i in range(3):
    n, s = cl[i]
    rel = f'{SP_J}/2年/通知表所見/所見_{n:02d}.docx'
    docx(P(rel), [f'2年1組 {n}番 {s}', '【総合所見】', rng.choice(['学級委員として責任感をもって行動しました。', '数学の粘り強さが光りました。', '友達に優しく接する姿が見られました。']), '【行動の記録】基本的な生活習慣 ○　責任感 ○'])
    add(rel, 'II', '通知表', 'realistic-name', 'docx', '通知表の所見（実名）。')
docx(P(f'{SP_J}/職員会議/通知表の作成について.docx'), ['通知表の作成について（職員会議資料）', '所見の入力締切：12月10日', '所見は校務支援システムに直接入力し、Word等で作成した下書きはクラウドに保存しないこと。', '管理職の点検：12月15日〜'])
add(f'{SP_J}/職員会議/通知表の作成について.docx', 'III', '職員会議の資料', 'notice-about-record', 'docx', '通知表の作成手順の職員会議資料。通知表そのものではない。')
docx(P(f'{SP_J}/様式/通知表.docx'), ['通知表', '　年　組　番　氏名', ('table', [['教科', '観点', '評価'], ['国語', '知識・技能', ''], ['', '思考・判断・表現', '']]), '総合所見：'])
add(f'{SP_J}/様式/通知表.docx', 'IV', '各種届雛形', 'misleading-name', 'docx', '名前は通知表だが未記入のひな形。')
rtf(P(f'{SP_J}/旧サーバ/家庭訪問記録_H30.doc'), ['家庭訪問記録', f'生徒：{cl[5][1]}（1年2組）', '日時：5月8日 16:30', '母と面談。祖父の介護で母が多忙。弟（小3）の世話を本人がしている。', '学習時間がとれていないとのこと。'])
add(f'{SP_J}/旧サーバ/家庭訪問記録_H30.doc', 'II', '家庭訪問記録', 'legacy-or-encoding', 'doc（実体はRTF）', '拡張子.docだが中身はRTF。家庭訪問記録（実名・家庭状況）。家庭状況は生活歴にもかかるが第2表の家庭訪問記録に合わせⅡ。')
rtf(P(f'{SP_J}/旧サーバ/事故報告書_体育.rtf'), ['事故報告書', f'発生：6月12日 3校時 体育（跳び箱）', f'生徒：{cl[8][1]}（2年1組）', '状況：着地時に右手首を負傷。保健室で冷却後、架空整形外科を受診。骨折なし。', '保護者連絡：13:10 母へ電話'])
add(f'{SP_J}/旧サーバ/事故報告書_体育.rtf', 'II', '事故報告書、記録簿', 'realistic-name', 'rtf', '授業中の事故報告書（実名・負傷状況）。')
html = '<html><head><meta charset="shift_jis"></head><body><table border=1><tr><th>番号</th><th>氏名</th><th>4/8</th><th>4/9</th><th>4/10</th><th>欠席理由</th></tr>' + ''.join(f'<tr><td>{n}</td><td>{s}</td><td>○</td><td>{rng.choice(["○", "欠", "遅"])}</td><td>○</td><td>{rng.choice(["", "発熱", "頭痛（起立性調節障害）", "家庭の事情"])}</td></tr>' for n, s in cl[:20]) + '</table></body></html>'
open(P(f'{SP_J}/旧サーバ/出席簿_4月.xls'), 'wb').write(html.encode('cp932'))
add(f'{SP_J}/旧サーバ/出席簿_4月.xls', 'I', '出席簿', 'legacy-or-encoding', 'xls（実体はShift_JISのHTML表）', '.xlsだが校務システムが書き出したHTML表（Shift_JIS）。出席簿そのもので欠席理由に病名。')
ssml = '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="補助簿"><Table>' + ''.join('<Row>' + ''.join(f'<Cell><Data ss:Type="String">{c}</Data></Cell>' for c in r) + '</Row>' for r in [['番号', '氏名', '10/1', '10/2']] + [[str(n), s, '○', rng.choice(['○', '／'])] for n, s in cl[:20]]) + '</Table></Worksheet></Workbook>'
open(P(f'{SP_J}/旧サーバ/出席簿補助簿_10月.xls'), 'w', encoding='utf-8').write(ssml)
add(f'{SP_J}/旧サーバ/出席簿補助簿_10月.xls', 'III', '出席簿補助簿', 'legacy-or-encoding', 'xls（実体はXML Spreadsheet 2003）', '.xlsだがSpreadsheetML 2003のXML。出欠の○／だけの補助簿。')
rows = [['氏名', 'システム', 'ID', 'パスワード']] + [[s, rng.choice(['校務支援', '学習eポータル', 'Wi-Fi']), f't{rng.randint(1000,9999)}', f'Pw{rng.randint(100000,999999)}!'] for s in STAFF]
with open(P(f'{OD("ishihara")}/メモ/id_list.csv'), 'w', encoding='utf-8', newline='') as f: csv.writer(f).writerows(rows)
add(f'{OD("ishihara")}/メモ/id_list.csv', 'II', '情報システムログインID/PW管理台帳', 'misleading-name', 'csv(UTF-8)', '教職員のログインIDとパスワードの一覧。')
rows = [['日付'] + [s for s in STAFF]] + [[D(10, d)] + [rng.choice(['出', '出', '年休', '出張']) for _ in STAFF] for d in range(1, 16)]
xlsx(P(f'{SP_J}/事務/出勤簿_10月.xlsx'), [('10月', rows, 'visible')])
add(f'{SP_J}/事務/出勤簿_10月.xlsx', 'II', '出勤簿', 'realistic-name', 'xlsx', '教職員の出勤簿。')
rows = [['氏名', '生年月日', '現住所', '電話', '緊急連絡先', '既往歴']] + [[s, f'19{rng.randint(60,99)}/{rng.randint(1,12)}/{rng.randint(1,28)}', addr(), tel(), tel(), rng.choice(['', '高血圧', 'うつ病で休職歴（R5）'])] for s in STAFF]
xlsx(P(f'{SP_J}/事務/職員名簿_R8.xlsx'), [('職員', rows, 'visible')])
add(f'{SP_J}/事務/職員名簿_R8.xlsx', 'I', '職員住所録／教職員に関する個人情報', 'realistic-name', 'xlsx', '職員の住所・電話・生年月日・既往歴。')
rows = [['番号', '氏名', '認定区分', '世帯人数', '理由']] + [[n, s, rng.choice(['要保護', '準要保護']), rng.randint(2, 6), rng.choice(['生活保護', '児童扶養手当', '失業'])] for n, s in cl[:8]]
xlsx(P(f'{OD("ishihara")}/事務/R8_認定.xlsx'), [('Sheet1', rows, 'visible')])
add(f'{OD("ishihara")}/事務/R8_認定.xlsx', 'I', '要・準要保護児童生徒認定台帳', 'realistic-name', 'xlsx', '就学援助の認定台帳（実名・区分・理由）。')
docx(P(f'{SP_J}/事務/就学援助のお知らせ.docx'), ['就学援助制度のお知らせ', '経済的な理由でお困りの保護者の方へ', '申請書は事務室にあります。認定された方には学用品費・給食費等を援助します。', '申請書（様式）', '児童生徒氏名：　　　　世帯の状況：'])
add(f'{SP_J}/事務/就学援助のお知らせ.docx', 'IV', '保護者等への配布文書／各種届雛形', 'notice-about-record', 'docx', '就学援助制度の配布用お知らせと空欄の申請書。')
docx(P(f'{SP_J}/生徒指導/記録.docx'), ['10/2 昼休み', f'{cl[3][1]}と{cl[4][1]}がトイレで口論、{cl[4][1]}が胸を押され転倒。', '双方から聞き取り。原因はSNSでのからかい。', '10/3 双方保護者に連絡。', f'{cl[3][1]}は1学期にも同様の件あり（万引きで補導歴）。'], comments=[(4, '生徒指導主事', '補導歴は記録簿に転記')])
add(f'{SP_J}/生徒指導/記録.docx', 'I', '生徒指導記録簿', 'realistic-name', 'docx', '生徒指導の記録（暴力・補導歴）。')
docx(P(f'{OD("yoshida")}/学級だより_10月.docx'), ['2年1組 学級だより 第7号', '体育大会お疲れさまでした！', '全員リレーは2位。最後まで声を出して応援できました。', '来週から中間テストの2週間前です。'], comments=[(1, '吉田', f'{cl[9][1]}の母から、最近家で泣いていると電話（10/5）。父の失職の件か。学年で共有')])
add(f'{OD("yoshida")}/学級だより_10月.docx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'hidden-content', 'docx', '本文は学級だより（Ⅳ）だが、コメントに実名生徒の家庭状況（父の失職・泣いている）。')
docx(P(f'{OD("yoshida")}/学級だより_9月.docx'), ['2年1組 学級だより 第6号', '2学期が始まりました。', '体育大会の練習が始まります。体操服の準備をお願いします。'])
add(f'{OD("yoshida")}/学級だより_9月.docx', 'IV', '学校・学年・学級だより', 'realistic-name', 'docx', '学級だより。')
rows = [['番号', '氏名', '志望校', '学科', '内申', '模試偏差値']] + [[n, s, rng.choice(['架空高校', '架空工業高校', '架空商業高校']), rng.choice(['普通', '機械', '商業']), rng.randint(20, 45), rng.randint(38, 68)] for n, s in cl[:20]]
xlsx(P(f'{SP_J}/3年/進路/R8_受験者一覧.xlsx'), [('一覧', rows, 'visible')])
add(f'{SP_J}/3年/進路/R8_受験者一覧.xlsx', 'I', '公立高校入学者選抜に係る成績一覧表', 'realistic-name', 'xlsx', '志望校と内申点・偏差値の一覧。')
open(P(f'{OD("yoshida")}/memo.txt'), 'w', encoding='utf-8').write(''.join(f'{s} 第1 {rng.choice(["架空高校", "架空工業", "就職"])} 第2 {rng.choice(["架空商業", "私立架空学園"])}\n' for n, s in cl[:10]))
add(f'{OD("yoshida")}/memo.txt', 'II', '進路希望調査', 'misleading-name', 'txt', '名前はmemoだが生徒の第1・第2志望の一覧（進路希望調査）。')
docx(P(f'{SP_J}/3年/進路/調査書_{cl[0][1].replace(" ", "")}.docx'), ['調査書', f'氏名 {cl[0][1]}　生年月日 2011年5月3日', ('table', [['教科', '1年', '2年', '3年'], ['国語', 4, 4, 5], ['数学', 3, 4, 4]]), '出欠：3年 欠席2日', '特記事項：生徒会副会長'])
add(f'{SP_J}/3年/進路/調査書_{cl[0][1].replace(" ", "")}.docx', 'I', '調査書', 'realistic-name', 'docx', '高校入試の調査書。')
docx(P(f'{SP_J}/研修/指導要録の書き方.docx'), ['校内研修 指導要録の記入について', '記入例：', '氏名 山田 花子（記入例）　生年月日 20XX年X月X日', '総合所見 ○○に意欲的に取り組んだ。', '※記入例は架空の人物です。'])
add(f'{SP_J}/研修/指導要録の書き方.docx', 'III', '教材研究資料／職員会議の資料', 'near-miss', 'docx', '指導要録の記入例（ダミー）を使った研修資料。実在の生徒の記録ではない。')
pdf_text(P(f'{SP_J}/1年/学校要覧_R8.pdf'), [['架空市立北中学校 学校要覧 令和8年度', '学校教育目標：自ら学び、共に生きる生徒', '生徒数 312名　学級数 12', '校長 ' + STAFF[0]]])
add(f'{SP_J}/1年/学校要覧_R8.pdf', 'IV', '学校要覧', 'realistic-name', 'pdf', '学校要覧。')
pdf_text(P(f'{SP_J}/教務/学校経営案_R8.pdf'), [['令和8年度 学校経営案', '1 学校教育目標', '2 重点目標：不登校の未然防止、学力向上', '3 各部の経営方針'], ['4 教職員の配置', '校内研修計画']])
add(f'{SP_J}/教務/学校経営案_R8.pdf', 'III', '学校経営案', 'realistic-name', 'pdf', '学校経営案。')
pages = [['個人面談資料（2年1組）', '面談日程：12/1〜12/5', '持ち物：通知表'], ['面談の進め方', '1 学習の様子', '2 生活の様子'], [f'{cl[11][1]}：母が精神科通院中。面談は祖母が来校予定。', f'{cl[12][1]}：兄が少年院。本人の前では話題にしない。', f'{cl[13][1]}：発達検査（WISC）の結果を返却。']]
pdf_text(P(f'{SP_J}/2年/個人面談資料.pdf'), pages)
add(f'{SP_J}/2年/個人面談資料.pdf', 'I', '教育相談・面接の記録等／生活歴、心身の状況', 'late-page', 'pdf', '3ページ目に実名生徒の家庭状況・発達検査の記述。')
docx(P(f'{SP_J}/2年/心のアンケート_様式.docx'), ['心のアンケート', '1 学校は楽しいですか　はい・いいえ', '2 いやなことをされたことがありますか', '3 先生に相談したいことはありますか'])
add(f'{SP_J}/2年/心のアンケート_様式.docx', 'IV', '記入前のアンケート', 'blank-form', 'docx', '記入前。')
rows = [['番号', '氏名', 'Q1', 'Q2 いやなこと', 'Q3 相談']] + [[n, s, rng.choice(['はい', 'いいえ']), rng.choice(['', 'ない', '靴を隠された', 'LINEで悪口']), rng.choice(['', 'ある', 'なし'])] for n, s in cl[:20]]
with open(P(f'{SP_J}/2年/心のアンケート_2-1集計.csv'), 'w', encoding='utf-8-sig', newline='') as f: csv.writer(f).writerows(rows)
add(f'{SP_J}/2年/心のアンケート_2-1集計.csv', 'I', '心のアンケート（児童生徒が記入済のもの）', 'realistic-name', 'csv(UTF-8 BOM)', '記入済みアンケートの実名集計。いじめ被害の回答。')
odt(P(f'{GD}/相談/SC相談メモ.odt'), ['11/12 SC相談', f'{cl[14][1]}（2-1）：家に帰りたくないと訴え。父からの暴言。', '児相への通告を管理職と協議。'], annotations={1: ('SC', '本人は母に言わないでほしいと希望')})
add(f'{GD}/相談/SC相談メモ.odt', 'I', '教育相談・面接の記録等', 'realistic-name', 'odt', 'スクールカウンセラー相談記録（虐待の疑い）。')
odt(P(f'{GD}/相談/相談室だより.odt'), ['相談室だより', 'スクールカウンセラーの来校日：毎週木曜日', '相談は担任か保健室へ気軽に声をかけてください。'])
add(f'{GD}/相談/相談室だより.odt', 'IV', '学校・学年・学級だより', 'near-miss', 'odt', '相談室の案内だより。個人情報なし。')
rows = [['番号', '氏名', '身長', '体重', '視力R', '視力L', '歯科', '所見']] + [[n, s, rng.randint(140, 175), rng.randint(35, 70), rng.choice(['1.0', '0.7', '0.3']), rng.choice(['1.0', '0.7', '0.3']), rng.choice(['C1', '0', 'GO']), rng.choice(['', '心雑音→要精検', '側弯疑い'])] for n, s in cl[:20]]
xlsx(P(f'{SP_J}/保健/健診結果_2年.xlsx'), [('2年', rows, 'visible')])
add(f'{SP_J}/保健/健診結果_2年.xlsx', 'I', '健康診断票／歯の検査表', 'realistic-name', 'xlsx', '健康診断の結果（実名・身長体重・視力・歯科・所見）。')
rows = [['日付', '組', '番', '体温', '症状']] + [[D(11, 2), rng.randint(1, 3), rng.randint(1, 30), f'37.{rng.randint(0,9)}', rng.choice(['咳', '頭痛', 'なし'])] for _ in range(15)]
with open(P(f'{OD("higashi")}/保健/kenkou_check_1102.csv'), 'w', encoding='utf-8', newline='') as f: csv.writer(f).writerows(rows)
add(f'{OD("higashi")}/保健/kenkou_check_1102.csv', 'II', '体温チェック表', 'id-by-number', 'csv(UTF-8)', '組・番と体温・症状の体温チェック表。')
pptx(P(f'{SP_J}/職員会議/職員会議_1105.pptx'), [(['職員会議 11/5', '1 行事予定', '2 生徒指導', '3 その他'], ['生徒指導：詳細は口頭で']), (['行事予定', '11/18-20 修学旅行', '11/28 授業参観'], None)])
add(f'{SP_J}/職員会議/職員会議_1105.pptx', 'III', '職員会議の資料', 'realistic-name', 'pptx', '職員会議資料。個人の記述なし。')
pptx(P(f'{SP_J}/職員会議/職員会議_1112.pptx'), [(['職員会議 11/12', '1 生徒指導報告', '2 不登校の状況'], [f'2-1 {cl[15][1]}：11月は全欠。母は「本人がうつと診断された」と。適応指導教室への通所を提案予定。', f'1-3 {nm()}：リストカット。保護者了承のうえ医療機関につないだ。']), (['不登校の状況', '1年 3名 2年 5名 3年 4名'], None)])
add(f'{SP_J}/職員会議/職員会議_1112.pptx', 'I', '生徒指導記録簿／生活歴、心身の状況', 'hidden-content', 'pptx', 'スライドは人数のみだがノートに実名生徒のうつ診断・自傷。')
pptx(P(f'{SP_J}/授業/理科_てこのはたらき.pptx'), [(['てこのはたらき', '支点・力点・作用点'], ['導入で実験動画を見せる']), (['練習問題', '問1 …'], None)])
add(f'{SP_J}/授業/理科_てこのはたらき.pptx', 'III', '授業用教材', 'realistic-name', 'pptx', '授業用教材。')

# ---- containers and odd formats
def mkzip(rel, members):
    with zipfile.ZipFile(P(rel), 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in members: z.writestr(n, d)
mkzip(f'{T_J}/写真.zip', [('README.txt', '修学旅行の写真です'.encode('utf-8')), ('健康調査まとめ.csv', '\n'.join(f'{x[2]},{rng.choice(["ぜん息", "エピペン", "なし"])}' for x in cls_[:10]).encode('utf-8'))])
add(f'{T_J}/写真.zip', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'misleading-name', 'zip', '名前は写真だが、中に実名の健康調査まとめCSV。')
mkzip(f'{SP_J}/教務/授業プリント一式.zip', [('数学_一次関数.txt', '一次関数 y=ax+b の練習問題\n問1 …'.encode('utf-8')), ('国語_漢字.txt', '漢字の読み 1〜20'.encode('utf-8'))])
add(f'{SP_J}/教務/授業プリント一式.zip', 'III', '授業用教材', 'container', 'zip', '授業プリントのみのzip。')
inner = io.BytesIO()
with zipfile.ZipFile(inner, 'w') as z: z.writestr('所見_下書き.txt', ''.join(f'{s}：{rng.choice(["努力家", "リーダーシップ"])}\n' for n, s in cl[:8]))
mkzip(f'{OD("yoshida")}/backup_2025.zip', [('old/授業案.txt', '単元計画'.encode('utf-8')), ('old/nested.zip', inner.getvalue())])
add(f'{OD("yoshida")}/backup_2025.zip', 'II', '通知表', 'container', 'zip', '入れ子のzipの中に実名の通知表所見の下書き。')
h = '<html><head><meta charset="utf-8"><title>校務支援システム - 保健室来室記録</title></head><body><h1>保健室来室記録</h1><table border=1><tr><th>日時</th><th>学年組</th><th>氏名</th><th>主訴</th><th>処置</th></tr>' + ''.join(f'<tr><td>{D(11, rng.randint(1,10))}</td><td>2-{rng.randint(1,3)}</td><td>{s}</td><td>{rng.choice(["腹痛", "頭痛", "過呼吸", "気分不良（家庭のことで泣く）"])}</td><td>{rng.choice(["休養", "早退", "保護者連絡"])}</td></tr>' for n, s in cl[:12]) + '</table></body></html>'
open(P(f'{OD("higashi")}/保健/来室記録_export.html'), 'w', encoding='utf-8').write(h)
add(f'{OD("higashi")}/保健/来室記録_export.html', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'realistic-name', 'html', '校務システムから保存した保健室来室記録（実名・主訴）。')
h = '<html><head><meta charset="utf-8"><title>学年だより</title></head><body><h1>2学年だより 11月</h1><p>修学旅行まであと2週間。体調を整えましょう。</p><!-- 下書き: 2-3 ' + nm() + ' は不参加の可能性（家庭の経済事情）。費用は就学援助で対応可能か事務と確認中 --></body></html>'
open(P(f'{GD}/学年/学年だより_11月.html'), 'w', encoding='utf-8').write(h)
add(f'{GD}/学年/学年だより_11月.html', 'I', '要・準要保護児童生徒認定台帳／校内就学援助関係書類', 'hidden-content', 'html', '表示は学年だよりだが、HTMLコメントに実名生徒の家庭の経済事情・就学援助の検討。')
open(P(f'{GD}/学年/学年だより_10月.html'), 'w', encoding='utf-8').write('<html><head><meta charset="utf-8"></head><body><h1>2学年だより 10月</h1><p>体育大会の応援ありがとうございました。</p></body></html>')
add(f'{GD}/学年/学年だより_10月.html', 'IV', '学校・学年・学級だより', 'realistic-name', 'html', '学年だより。')
open(P(f'{GD}/メモ/引き継ぎ.md'), 'w', encoding='utf-8').write(f'# 来年度への引き継ぎ\n\n- 3組の{cl[16][1]}：小学校で不登校。今年は週3登校。母はシングルで夜勤あり。\n- 1組の{cl[17][1]}：ASDの診断。席は前の端に。\n- 教室のプロジェクタは電源ボタン長押し\n')
add(f'{GD}/メモ/引き継ぎ.md', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'sensitive-in-plain-words', 'md', '引き継ぎメモに実名生徒の不登校歴・家庭状況・診断名。')
open(P(f'{GD}/メモ/引き継ぎ_備品.md'), 'w', encoding='utf-8').write('# 引き継ぎ（備品）\n\n- プロジェクタは電源長押し\n- 理科室の鍵は職員室のキーボックス\n- 印刷機のトナーは事務室\n')
add(f'{GD}/メモ/引き継ぎ_備品.md', 'IV', '校務分掌表（学校運営の事務的資料）', 'near-miss', 'md', '備品の引き継ぎのみ。')
txt = ''.join(f'{c}-{n}\t{rng.choice(["", "", "要観察", "母子家庭・要配慮", "不登校傾向"])}\n' for c, n, s, g in cls_[:20])
open(P(f'{OD("okamoto")}/list.txt'), 'w', encoding='utf-16').write(txt)
add(f'{OD("okamoto")}/list.txt', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'id-by-number', 'txt(UTF-16)', '組-番だけに家庭状況・不登校傾向を付けたメモ（UTF-16）。')
open(P(f'{OD("okamoto")}/持ち物.txt'), 'w', encoding='cp932').write('修学旅行 持ち物\n・着替え3日分\n・洗面用具\n・雨具\n・常備薬（必要な人）\n')
add(f'{OD("okamoto")}/持ち物.txt', 'IV', '学校行事のしおり', 'legacy-or-encoding', 'txt(Shift_JIS)', '持ち物リスト。')
# initials
open(P(f'{T_C}/メモ/ケース会議_1120.txt'), 'w', encoding='utf-8').write('ケース会議 11/20\nK.T.（緑中2年）：母の再婚相手との関係悪化。夜間徘徊で補導1回。\nS.M.（東小6年）：給食以外ほぼ食べていない様子。体重減少。\n次回 12/4\n')
add(f'{T_C}/メモ/ケース会議_1120.txt', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'id-by-number', 'txt', 'イニシャルと在籍校・学年で特定可能な生徒の家庭状況・補導・健康。')

# ================= H. images: phone photos, whiteboards, screenshots, image-only PDFs
IMG = []
def ph(rel, lines, cls, item, style, why, hand=True, size=34):
    photo(paper(lines, hand=hand, rng=rng, size=size), rng, P(rel))
    add(rel, cls, item, style, 'jpg（スマホ撮影）', why)
def wb(rel, lines, cls, item, why):
    whiteboard(lines, rng, P(rel)); add(rel, cls, item, 'scan-or-photo', 'jpg（ホワイトボード撮影）', why)
def ss(rel, title, header, rows_, cls, item, style, why, chat=None, sidebar=None):
    screenshot(title, header, rows_, P(rel), chat=chat, sidebar=sidebar); add(rel, cls, item, style, 'png（スクリーンショット）', why)
def sc(rel, pages, cls, item, style, why, hand=False):
    pdf_images(P(rel), [scan_page(paper(p, hand=hand, rng=rng, size=30), rng) for p in pages]); add(rel, cls, item, style, 'pdf（画像のみ・コピー機スキャン）', why)

k = kids
ph(f'{OD("sakaguchi")}/Pictures/IMG_20261007_153012.jpg', ['面談メモ 10/7', f'{k[2][0]}（{k[2][1][4:]} {k[2][2]}）', '母と来所', '夜ねむれない、食欲なし', '父のどなり声がこわいと', 'SCにつなぐ→11/1'], 'I', '教育相談・面接の記録等', 'scan-or-photo', '手書きの面談メモの写真。実名と睡眠・食欲・家庭の状況。')
wb(f'{T_C}/写真/WB_1008.jpg', ['10/8 来所予定', f'{k[0][0]} 10:00 母送迎', f'{k[1][0]} 欠（体調）', f'{k[3][0]} 午後 SC面談', '昼：調理実習'], 'I', '生活歴、心身の状況など児童生徒に関する個人情報', '適応指導教室の来所予定ボード。実名で通所（＝不登校）と体調・SC面談が分かる。')
wb(f'{T_C}/写真/WB_1015.jpg', ['今週のプログラム', '月 学習・卓球', '水 調理実習', '金 野外活動（雨天中止）', '持ち物：エプロン'], 'IV', '学校行事のしおり／保護者等への配布文書', 'プログラムの予定だけのホワイトボード写真。')
ph(f'{T_K}/写真/IMG_0231.jpg', ['職場実習評価表', f'実習生 {stu[2][0]}', 'あいさつ A', '作業の正確さ B', '作業速度 C', '所見：慣れれば戦力', f'記入者 {COS[2]}'], 'II', '成績に関する個票等', 'scan-or-photo', '事業所が手書きで記入した評価表の写真。')
ph(f'{T_K}/写真/IMG_0232.jpg', ['実習日誌 11/12', '今日はタオルをたたんだ', '200まいできた', 'つかれたけどたのしかった'], 'III', '学習記録（ワークシート・レポート・作品等）', 'scan-or-photo', '生徒の実習日誌のページ。氏名なし、学習記録。')
ph(f'{T_E}/写真/貸出カード.jpg', ['貸出カード', f'{pupils[3][0]} {pupils[3][1]}', '10/2 ' + BOOKS[0], '10/9 ' + BOOKS[3], '10/16 ' + BOOKS[6]], 'III', '児童生徒の氏名（名列表）', 'scan-or-photo', '児童の貸出カードの写真。氏名と書名。')
ph(f'{T_E}/写真/読書記録_5年.jpg', ['読書の記録', '5年2組', '「星の王子さま」', 'キツネの話が心にのこった。', '大切なものは目に見えない'], 'III', '学習記録（ワークシート・レポート・作品等）', 'scan-or-photo', '児童の読書記録（学習記録）。')
ph(f'{OD("maeda")}/写真/ボランティア申込.jpg', ['読み聞かせボランティア申込書', f'氏名 {nm()}', f'住所 {addr()}', f'電話 {tel()}', '希望曜日 水'], 'I', '児童生徒の住所録／職員住所録（に準ずる）', 'filled-form', '記入済み申込書の写真。氏名・住所・電話。')
ph(f'{OD("okamoto")}/Pictures/IMG_5521.jpg', ['修学旅行 健康調査票', f'2組 5番 {cls_[16][2]}', '持病 ぜん息', '服薬 吸入薬（朝晩）', 'アレルギー そば', f'緊急連絡 {tel()}'], 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'scan-or-photo', '記入済み健康調査票の写真（持病・アレルギー）。')
wb(f'{T_J}/写真/部屋割りWB.jpg', ['部屋割り（案）', '301 ' + '・'.join(x[2].split()[0] for x in cls_[:4]), '302 ' + '・'.join(x[2].split()[0] for x in cls_[4:8]), '303 ' + '・'.join(x[2].split()[0] for x in cls_[8:12])], 'III', '名列表（部屋割り）', '部屋割りの案。氏だけの名簿。')
ph(f'{T_G}/写真/除去食ラベル.jpg', ['除去食 11/4', '東小 3-2 ' + nm() + ' 卵除去', '北中 2-1 ' + nm() + ' 乳 完全除去', '桜小 1-1 ' + nm() + ' えび・かに'], 'I', '学校生活管理指導表／心身の状況', 'scan-or-photo', '除去食容器のラベル表の写真。実名とアレルゲン。', hand=False)
ph(f'{SP_G}/写真/検収_1104.jpg', ['検収記録 11/4', '玉ねぎ 30kg 良 8:10', '鶏もも 12kg 4℃ 良', '牛乳 620本 5℃', '検収者 ' + STAFF[3]], 'II', '給食関係書類', 'scan-or-photo', '手書きの検収記録の写真。')
ph(f'{SP_G}/写真/献立掲示.jpg', ['今日の給食', 'ごはん', 'さばのみそ煮', 'だご汁', '牛乳'], 'IV', '保護者等への配布文書（献立）', 'scan-or-photo', '掲示された献立の写真。', hand=False, size=48)
ph(f'{T_X}/写真/名札一覧.jpg', ['交流会 グループ', '1班 ' + fx[0][0] + '、' + fx[8][0], '2班 ' + fx[1][0] + '、' + fx[9][0], '3班 ' + fx[2][0] + '、' + fx[10][0]], 'III', '名列表／委員会・係名簿', 'foreign-names', '交流会のグループ表の写真（外国名を含む）。')
ph(f'{OD("yoshida")}/Pictures/教務手帳_p12.jpg', ['2-1 小テスト', '1 ' + cl[0][1] + ' 8', '2 ' + cl[1][1] + ' 6', '3 ' + cl[2][1] + ' 9', '4 ' + cl[3][1] + ' 4 再テスト', '5 ' + cl[4][1] + ' 7'], 'II', '教務手帳', 'scan-or-photo', '教務手帳のページの写真（実名と点数）。')
ph(f'{OD("yoshida")}/Pictures/家庭訪問メモ.jpg', ['家庭訪問 5/9', cl[6][1], '母・祖母', '自宅で学習スペースなし', '兄弟4人'], 'II', '家庭訪問記録', 'scan-or-photo', '家庭訪問のメモの写真。')
wb(f'{SP_J}/写真/職員室WB_1105.jpg', ['11/5 欠席連絡', f'2-1 {cl[7][1]} 発熱', f'2-3 {cl[18][1]} 母より：父が入院、しばらく休ませたい', '1-2 遅刻 2名'], 'I', '出席簿／生活歴、心身の状況', '職員室の欠席連絡ボード。実名・欠席理由・家庭の事情。')
ph(f'{SP_J}/写真/心のアンケート_回収.jpg', ['心のアンケート', f'2年1組 {cl[19][1]}', '1 学校は楽しいですか いいえ', '2 いやなこと：くつをかくされた', '3 相談したい：はい'], 'I', '心のアンケート（児童生徒が記入済のもの）', 'scan-or-photo', '記入済み心のアンケートの写真。')
wb(f'{SP_J}/写真/黒板_理科.jpg', ['てこのはたらき', '支点・力点・作用点', '力×距離 が等しいとつりあう', '問1 30g×4 = ?×6'], 'III', '授業用教材', '授業の板書写真。')
ph(f'{SP_J}/写真/学級だより_掲示.jpg', ['学級だより 第7号', '体育大会お疲れさま', '全員リレー2位！', '来週から中間テスト2週間前'], 'IV', '学校・学年・学級だより', 'scan-or-photo', '掲示された学級だよりの写真。', hand=False)
ph(f'{OD("matsushita")}/Pictures/進路希望_回収.jpg', ['進路希望調査票', f'氏名 {stu[3][0]}', '第1希望 製造（パン工場）', '第2希望 清掃', '保護者：本人の希望を尊重'], 'II', '進路希望調査', 'filled-form', '記入済み進路希望調査票の写真。')
ph(f'{SP_G}/写真/体温表.jpg', ['体温チェック 11/4'] + [f'{s} 36.{rng.randint(0,9)} 下痢なし' for s in STAFF[:4]], 'II', '体温チェック表', 'scan-or-photo', '調理員の体温チェック表の写真。')
ph(f'{OD("higashi")}/Pictures/付箋.jpg', ['3-2-14 エピペン', '1-1-3 ぜん息 発作時吸入', '2-3-22 てんかん'], 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'id-by-number', '年-組-番だけの付箋の写真。健康情報。', size=52)
ph(f'{SP_J}/写真/家庭数調べ.jpg', ['家庭数しらべ', '2-1 28家庭', '2-2 27家庭', '2-3 29家庭'], 'IV', '保護者等への配布文書（配布枚数）', 'near-miss', 'クラスごとの家庭数（配布枚数）だけ。個人なし。')
ph(f'{OD("sakaguchi")}/Pictures/IMG_20261020_101500.jpg', ['持ち物', 'エプロン', '三角巾', 'マスク', '上ばき'], 'IV', '学校行事のしおり', 'near-miss', '持ち物のメモ。', size=44)

# activity "photos": drawn scene with caption
def scene(rel, caption, cls, item, style, why):
    im = Image.new('RGB', (1600, 1200), (150, 190, 230)); d = ImageDraw.Draw(im)
    d.rectangle((0, 800, 1600, 1200), fill=(110, 160, 90))
    for j in range(8):
        x = 150 + j * 170; c = (rng.randint(50, 250), rng.randint(50, 250), rng.randint(50, 250))
        d.ellipse((x, 520, x + 80, 600), fill=(240, 205, 170)); d.rectangle((x - 10, 600, x + 90, 800), fill=c)
    d.text((40, 1080), caption, font=font(SANS, 44), fill='white')
    im.filter(ImageFilter.GaussianBlur(1)).save(P(rel), 'JPEG', quality=80)
    add(rel, cls, item, style, 'jpg（行事写真）', why)
os.makedirs(os.path.dirname(P(f'{T_X}/写真/DSC_0101.jpg')), exist_ok=True)
scene(f'{T_X}/写真/DSC_0101.jpg', '国際交流会 2026.12.5 けん玉交流', 'III', '授業や学校行事等の活動記録（動画・写真）', 'scan-or-photo', '交流会の活動写真（児童の姿）。公開承諾の記載なし。')
scene(f'{T_X}/写真/DSC_0102.jpg', '交流会 昼食タイム', 'III', '授業や学校行事等の活動記録（動画・写真）', 'scan-or-photo', '交流会の活動写真。')
os.makedirs(os.path.dirname(P(f'{SP_E}/学校だより掲載/交流会_掲載可.jpg')), exist_ok=True)
scene(f'{SP_E}/学校だより掲載/交流会_掲載可.jpg', '学校だより12月号 掲載用（保護者承諾済）', 'IV', '授業や学校行事等の活動記録（動画・写真）（公開に対して保護者の承諾がある場合）', 'realistic-name', '保護者の掲載承諾済みと明記した掲載用写真。')
os.makedirs(os.path.dirname(P(f'{T_J}/写真/IMG_奈良公園.jpg')), exist_ok=True)
scene(f'{T_J}/写真/IMG_奈良公園.jpg', '修学旅行 奈良公園 3班', 'III', '授業や学校行事等の活動記録（動画・写真）', 'scan-or-photo', '修学旅行の活動写真。')

# screenshots
SB = ['ホーム', '児童生徒', '出欠', '成績', '保健', '設定']
ss(f'{OD("yoshida")}/Screenshots/スクリーンショット 2026-11-05 081522.png', '校務支援システム　出欠管理 2年1組', ['番号', '氏名', '11/4', '11/5', '欠席理由'], [[n, s, '○', rng.choice(['○', '欠']), rng.choice(['', '発熱', '起立性調節障害', '忌引'])] for n, s in cl[:18]], 'I', '出席簿', 'scan-or-photo', '校務支援システムの出欠画面（出席簿）。実名と欠席理由。')
ss(f'{OD("yoshida")}/Screenshots/スクリーンショット 2026-12-10 170301.png', '校務支援システム　成績処理 評定一覧', ['番号', '氏名', '国', '数', '英', '理', '社'], [[n, s] + [rng.randint(1, 5) for _ in range(5)] for n, s in cl[:18]], 'I', '評定一覧表', 'scan-or-photo', '評定一覧の画面。')
ss(f'{OD("higashi")}/Screenshots/hoken_kenshin.png', '校務支援システム　保健 健康診断', ['番号', '氏名', '身長', '体重', '所見'], [[n, s, rng.randint(140, 175), rng.randint(35, 70), rng.choice(['', '心雑音', '側弯'])] for n, s in cl[:18]], 'I', '健康診断票', 'scan-or-photo', '健康診断の結果画面。')
ss(f'{OD("yoshida")}/Screenshots/meibo.png', '校務支援システム　児童生徒一覧', ['学年', '組', '番号', '氏名', 'ふりがな'], [[2, 1, n, s, ''] for n, s in cl[:18]], 'III', '名列表', 'scan-or-photo', '学年・組・番号・氏名だけの一覧画面。')
ss(f'{T_C}/Screenshots/chat_1008.png', 'Microsoft Teams　教育支援センター指導員', [], [], 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'sensitive-in-plain-words', 'チャットで実名生徒の自傷の痕・家庭状況をやりとり。', chat=[(STAFF[0] + ' 9:12', f'{k[1][0]}くん、今日も左腕を隠してました'), (STAFF[1] + ' 9:15', '昨日母親に電話つながらず。SSWに相談します'), (STAFF[0] + ' 9:16', '了解です。所長には報告済み')], sidebar=['アクティビティ', 'チャット', 'チーム', 'カレンダー'])
ss(f'{T_C}/Screenshots/chat_1015.png', 'Microsoft Teams　教育支援センター指導員', [], [], 'IV', '学校行事のしおり（連絡）', 'near-miss', 'チャットだが予定の連絡だけ。', chat=[(STAFF[0] + ' 8:40', '金曜の野外活動、雨なら中止です'), (STAFF[2] + ' 8:42', '了解です。弁当の連絡は昨日済み')], sidebar=['アクティビティ', 'チャット', 'チーム', 'カレンダー'])
ss(f'{T_E}/Screenshots/lib_kashidashi.png', '学校図書館システム　貸出状況', ['利用者ID', '学年組', '氏名', '書名', '返却予定'], [[f'P{1000+j}', p[0], p[1], rng.choice(BOOKS), D(10, 28)] for j, p in enumerate(pupils[:18])], 'III', '児童生徒の氏名（名列表）', 'scan-or-photo', '貸出状況の画面（学年組・氏名・書名）。', sidebar=['貸出', '返却', '予約', '利用者', '蔵書'])
ss(f'{T_E}/Screenshots/lib_user_detail.png', '学校図書館システム　利用者詳細（地域）', ['項目', '内容'], [['氏名', nm()], ['住所', addr()], ['電話', tel()], ['メール', mail('lib')], ['生年月日', '1958/3/14'], ['延滞', '2冊']], 'I', '児童生徒の住所録／職員住所録（に準ずる住民の住所録）', 'scan-or-photo', '地域利用者の住所・電話・生年月日の詳細画面。', sidebar=['貸出', '返却', '予約', '利用者', '蔵書'])
ss(f'{T_J}/Screenshots/travel_chat.png', 'チャット　架空トラベル 学校団体課', [], [], 'IV', '学校行事実施計画', 'near-miss', '旅行会社とのバス時刻の連絡だけ。', chat=[('架空トラベル 14:01', '2日目の貸切バス、京都駅8:30発に変更です'), ('岡本 14:05', '承知しました。しおりを修正します')], sidebar=['チャット', '通話'])
ss(f'{T_G}/Screenshots/chat_allergy.png', 'Microsoft Teams　調理場・学校連絡', [], [], 'I', '学校生活管理指導表／心身の状況', 'sensitive-in-plain-words', 'チャットで実名児童の除去食とアナフィラキシーの既往。', chat=[('北中 養護 10:02', f'2-1の{nm()}さん、今日から乳の完全除去でお願いします'), ('調理場 10:05', '了解。先月アナフィラキシーで救急搬送の件ですね'), ('北中 養護 10:06', 'はい。エピペンは保健室に')], sidebar=['アクティビティ', 'チャット', 'チーム'])
ss(f'{T_K}/Screenshots/naitei.png', '進路管理システム　内定状況', ['氏名', '学年', '内定先', '内定日'], [[s[0], s[1], rng.choice(COS), D(10, rng.randint(1, 30))] for s in stu], 'II', '卒業生進路先一覧等', 'scan-or-photo', '実名と内定先の一覧画面。', sidebar=['ホーム', '実習', '進路', '企業'])
ss(f'{SP_G}/Screenshots/allergy_system.png', '給食アレルギー対応システム', ['学校', '学年組', '氏名', 'アレルゲン', '対応'], [r[:5] for r in xlsx_rows] if False else [[rng.choice(SCHK), f'{rng.randint(1,6)}-{rng.randint(1,3)}', nm(), rng.choice(['卵', '乳', 'そば']), rng.choice(['除去', '代替'])] for _ in range(15)], 'I', '学校生活管理指導表／心身の状況', 'scan-or-photo', 'アレルギー対応の実名一覧画面。', sidebar=['献立', 'アレルギー', '喫食数', '発注'])
ss(f'{SP_G}/Screenshots/kisshoku.png', '給食管理システム　喫食数入力', ['学校', '学年', '組', '児童生徒', '教職員'], [[s, g, 1, rng.randint(25, 35), 1] for s in SCHK for g in range(1, 4)], 'II', '給食関係書類', 'scan-or-photo', '喫食数の入力画面（数のみ）。', sidebar=['献立', 'アレルギー', '喫食数', '発注'])
ss(f'{OD("yoshida")}/Screenshots/shoken_input.png', '校務支援システム　通知表所見入力', ['番号', '氏名', '所見'], [[n, s, rng.choice(['学級委員として責任感', '粘り強く取り組んだ', '友達に優しい'])] for n, s in cl[:15]], 'II', '通知表', 'scan-or-photo', '通知表所見の入力画面。')
ss(f'{OD("yoshida")}/Screenshots/jikanwari.png', '校務支援システム　時間割', ['', '月', '火', '水', '木', '金'], [[i + 1] + [rng.choice(['国', '数', '英', '理', '社', '体', '音']) for _ in range(5)] for i in range(6)], 'IV', '教育課程編成表', 'near-miss', '時間割の画面。個人情報なし。')

# image-only PDFs
sc(f'{SP_J}/保健/scan_20261002_0901.pdf', [['学校生活管理指導表（アレルギー疾患用）', f'氏名 {cl[20][1]}　2年1組', '病型：即時型（卵・乳）', 'アナフィラキシーの既往：あり', 'エピペン：処方あり', '医師名 架空 太郎（架空クリニック）']], 'I', '学校生活管理指導表', 'scan-or-photo', '医師記入の学校生活管理指導表のスキャン（画像のみ）。')
sc(f'{SP_C}/在籍校連絡/scan_001.pdf', [['出席連絡票', f'在籍校 {k[5][1]}', f'氏名 {k[5][0]}', '9月 通所 8日（午前のみ）', '10月 通所 11日']], 'I', '出席簿／生活歴、心身の状況など児童生徒に関する個人情報', 'scan-or-photo', '在籍校から返送された出席連絡票のスキャン。', hand=True)
sc(f'{SP_K}/職場実習/評価/scan_hyouka.pdf', [['職場実習評価表', f'実習生 {stu[3][0]}', 'あいさつ B　正確さ A　速度 B', '所見：丁寧な作業']], 'II', '成績に関する個票等', 'scan-or-photo', '事業所から届いた評価表のスキャン。', hand=True)
sc(f'{T_J}/保険/scan_mousikomi.pdf', [['旅行保険 加入申込書', f'被保険者 {cls_[5][2]}', f'住所 {addr()}', f'電話 {tel()}', '生年月日 2012/6/2']], 'I', '児童生徒の住所録', 'scan-or-photo', '住所・電話入りの保険申込書のスキャン。', hand=True)
sc(f'{SP_G}/献立/scan_kondate.pdf', [['11月 献立表', '4日 ごはん さばのみそ煮', '7日 パン 筑前煮', '10日 ソフト麺 ミートソース']], 'IV', '保護者等への配布文書（献立）', 'scan-or-photo', '献立表のスキャン。')
sc(f'{SP_E}/国際交流/scan_annai.pdf', [['交流会のご案内', '12月5日（金）', 'けん玉・自己紹介ゲーム']], 'IV', '保護者等への配布文書', 'scan-or-photo', '案内のスキャン。')
sc(f'{SP_C}/面談/scan_mendan_set.pdf', [['面談資料', '面談の流れ', '1 近況 2 学習 3 今後'], ['相談機関一覧', '架空市こども相談 096-000-0000（架空）'], ['面談記録', f'{k[6][0]}（{k[6][1]}）', '母：リストカットの痕を見つけた', '本人：死にたいと思うことがある', '→ 医療機関受診を勧める']], 'I', '教育相談・面接の記録等', 'late-page', '3ページ目のみに面談記録（自傷・希死念慮）。画像のみPDF。', hand=False)
sc(f'{T_J}/scan_sankasha.pdf', [['修学旅行 参加者名簿 2年1組'] + [f'{n} {s}' for c, n, s, g in cls_[:12]]], 'III', '名列表', 'scan-or-photo', '参加者名簿（氏名のみ）のスキャン。')
sc(f'{SP_J}/通知/scan_kyoui_tsuuchi.pdf', [['架空市教育委員会 通知', '通知表及び指導要録の電子化について', '令和9年度より校務支援システムで作成する。', '個人情報の取扱いに注意すること。']], 'IV', '保護者等への配布文書（通知文）', 'notice-about-record', '通知表・指導要録についての教育委員会通知のスキャン。')
sc(f'{SP_J}/旧サーバ/scan_youroku.pdf', [['生徒指導要録（学籍に関する記録）', f'氏名 {cl[21][1]}', '生年月日 2011年9月12日', f'現住所 {addr()}', '保護者 ' + nm(), '入学 令和6年4月']], 'I', '指導要録原本', 'scan-or-photo', '指導要録のスキャン（画像のみ）。')
sc(f'{SP_G}/検収/scan_kenshu.pdf', [['検収記録簿 11/5', '豆腐 40丁 6℃ 良', '人参 20kg 良', '検収者 ' + STAFF[3]]], 'II', '給食関係書類', 'scan-or-photo', '検収記録簿のスキャン。', hand=True)

# ================= I. more everyday files
docx(P(f'{SP_K}/職場実習/日誌/実習日誌_まとめ_{stu[5][0].split()[0]}.docx'), ['実習日誌（まとめ）', f'氏名 {stu[5][0]}', '2週間でできるようになったこと：シーツ交換、タオルたたみ', 'むずかしかったこと：電話に出ること', 'これからがんばりたいこと：大きな声であいさつ'])
add(f'{SP_K}/職場実習/日誌/実習日誌_まとめ_{stu[5][0].split()[0]}.docx', 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'docx', '生徒自身の実習まとめ（学習記録）。')
m = EmailMessage(); m['From'] = 'shinro@tokushi.example.jp'; m['To'] = 'jinji@logi.example.jp'; m['Subject'] = '実習生についての資料'; m['Date'] = 'Fri, 31 Oct 2026 15:30:00 +0900'
m.set_content('架空ロジスティクス 人事ご担当様\n\n実習にあたり配慮いただきたい点をまとめました。パスワードは別送します。')
docx('/tmp/_s20_jittai.docx', ['実習生の実態', f'氏名：{stu[0][0]}', '自閉スペクトラム症。予定変更が苦手', '服薬：抗てんかん薬', '家庭：父子家庭'])
m.add_attachment(open('/tmp/_s20_jittai.docx', 'rb').read(), maintype='application', subtype='vnd.openxmlformats-officedocument.wordprocessingml.document', filename='実習生の実態.docx')
open(P(f'{OD("matsushita")}/メール/実習生についての資料.eml'), 'wb').write(m.as_bytes(policy=SMTP))
add(f'{OD("matsushita")}/メール/実習生についての資料.eml', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'container', 'eml', '添付docxに実習生の障がい・服薬・家庭状況。')
with open(P(f'{SP_K}/旧サーバ/進路先H28-R2.csv'), 'w', encoding='cp932', newline='') as f:
    w = csv.writer(f); w.writerow(['卒業年度', '氏名', '進路先'])
    for y in range(2016, 2021):
        for _ in range(3): w.writerow([y, nm(), rng.choice(COS)])
add(f'{SP_K}/旧サーバ/進路先H28-R2.csv', 'II', '卒業生進路先一覧等', 'legacy-or-encoding', 'csv(Shift_JIS)', '旧ファイルサーバの卒業生進路先一覧（Shift_JIS）。')
docx(P(f'{T_X}/日本語指導/個別の指導計画_{fx[0][0][:4]}.docx'), ['個別の指導計画（日本語指導）', f'児童名：{fx[0][0]}（5年）', '来日：2025年8月　母語：ベトナム語', '家庭：両親とも工場勤務、夜間は兄と二人', '目標：学校生活に必要な日本語の理解', '評価：ひらがな読み〇、カタカナ△'])
add(f'{T_X}/日本語指導/個別の指導計画_{fx[0][0][:4]}.docx', 'I', '個別指導計画', 'foreign-names', 'docx', '外国籍児童の個別の指導計画（来日歴・家庭状況）。')
docx(P(f'{T_X}/ふりかえり/ふりかえりシート_まとめ.docx'), ['交流会ふりかえり', f'{fx[9][0]}：けん玉をおしえたら上手になってうれしかった', f'{fx[1][0]}: I learned Japanese games. Fun!', f'{fx[10][0]}：英語で話すのはむずかしかった'])
add(f'{T_X}/ふりかえり/ふりかえりシート_まとめ.docx', 'III', '学習記録（ワークシート・レポート・作品等）', 'foreign-names', 'docx', '児童の感想（学習記録）の書き写し。')
docx(P(f'{T_J}/班別行動計画_3班.docx'), ['班別自主研修 行動計画 3班', '班長 ' + cls_[8][2], '9:00 京都駅 → 9:30 清水寺 → 11:00 八坂神社 → 12:00 昼食', '13:00 金閣寺 → 15:30 宿舎'])
add(f'{T_J}/班別行動計画_3班.docx', 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'docx', '生徒が作成した行動計画（班長の氏名）。')
txt = '部屋\t氏名\t性別\n' + ''.join(f'{300 + j // 4}\t{x[2]}\t{x[3]}\n' for j, x in enumerate(cls_[:24]))
open(P(f'{T_J}/宿泊者名簿_ホテル提出.tsv'), 'w', encoding='utf-8').write(txt)
add(f'{T_J}/宿泊者名簿_ホテル提出.tsv', 'III', '名列表／生年月日、性別', 'realistic-name', 'tsv(UTF-8)', '宿泊者名簿（部屋・氏名・性別）。')
rows = [['役割', '氏名', '担当']] + [[r, s, t] for r, s, t in zip(['団長', '学年主任', '養護', '引率', '引率'], STAFF, ['全体', '行程', '救護', '1組', '2組'])]
xlsx(P(f'{SP_J}/修学旅行/引率分担.xlsx'), [('分担', rows, 'visible')])
add(f'{SP_J}/修学旅行/引率分担.xlsx', 'IV', '校務分掌表', 'near-miss', 'xlsx', '引率教員の役割分担のみ（連絡先なし）。')
docx(P(f'{SP_E}/図書館/督促状_{pupils[4][1].split()[0]}.docx'), ['図書返却のお願い', f'{pupils[4][0]} {pupils[4][1]} さん', f'「{BOOKS[2]}」の返却日がすぎています。', 'はやめに返してください。', '図書委員会'])
add(f'{SP_E}/図書館/督促状_{pupils[4][1].split()[0]}.docx', 'III', '児童生徒の氏名（名列表）', 'filled-form', 'docx', '児童あての督促状（氏名・書名）。')
docx(P(f'{SP_E}/図書館/学校図書館年間計画.docx'), ['令和8年度 学校図書館運営計画', '1 目標：読書に親しむ子', '2 地域開放：火・木 15:00〜17:00', '3 行事：読書週間、読み聞かせ会、ビブリオバトル'])
add(f'{SP_E}/図書館/学校図書館年間計画.docx', 'III', '学校経営案（学校運営関係）', 'realistic-name', 'docx', '図書館の運営計画。')
rows = [['学校', '便', '到着時刻', 'コンテナ数']] + [[s, rng.choice(['1便', '2便']), f'11:{rng.randint(10,50)}', rng.randint(6, 14)] for s in SCHK]
xlsx(P(f'{SP_G}/配送/配送表.xlsx'), [('配送', rows, 'visible')])
add(f'{SP_G}/配送/配送表.xlsx', 'III', '職員会議の資料（学校運営関係）', 'near-miss', 'xlsx', '配送の時刻とコンテナ数。個人なし。')
docx(P(f'{SP_G}/様式/食物アレルギー対応申請書.docx'), ['食物アレルギー対応申請書', '学校名：　　　学年組：　　　氏名：', '原因食物：', '希望する対応：除去食・代替食・弁当持参', '※学校生活管理指導表を添付してください', '保護者署名：'])
add(f'{SP_G}/様式/食物アレルギー対応申請書.docx', 'IV', '各種届雛形', 'blank-form', 'docx', '記入前の申請書。')
docx(P(f'{SP_C}/通所申込/通所申込書_{kids[7][0].replace(" ", "")}.docx'), ['教育支援センター通所申込書', f'児童生徒氏名：{kids[7][0]}　在籍校：{kids[7][1]}　学年：{kids[7][2]}', f'住所：{addr()}　電話：{tel()}', '欠席の状況：5月から連続欠席', '理由（保護者記入）：友人関係のトラブル後、腹痛と不眠。心療内科で起立性調節障害と診断。', f'保護者氏名：{nm()}'])
add(f'{SP_C}/通所申込/通所申込書_{kids[7][0].replace(" ", "")}.docx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'filled-form', 'docx', '記入済みの通所申込書。住所・電話・診断名・欠席状況。')
docx(P(f'{SP_C}/様式/通所申込書.docx'), ['教育支援センター通所申込書', '児童生徒氏名：　　在籍校：　　学年：', '住所：　　電話：', '欠席の状況：', '理由：', '保護者氏名：'])
add(f'{SP_C}/様式/通所申込書.docx', 'IV', '各種届雛形', 'blank-form', 'docx', '記入前の申込書様式。')
docx(P(f'{SP_C}/行事/野外活動計画.docx'), ['野外活動 実施計画', '日時：11月14日（金）9:30〜14:00', '場所：架空市民の森', '行程：ハイキング、飯ごう炊さん', '引率：指導員3名', '\f', '参加予定（在籍校へ連絡済み）', f'{kids[0][0]}（{kids[0][1]}）', f'{kids[2][0]}（{kids[2][1]}）', f'{kids[5][0]}（{kids[5][1]}）'])
add(f'{SP_C}/行事/野外活動計画.docx', 'I', '生活歴、心身の状況など児童生徒に関する個人情報', 'late-page', 'docx', '1ページ目は行事計画（Ⅳ）。2ページ目に実名と在籍校の参加者一覧＝適応指導教室に通っている（不登校である）ことが分かる。')
rtf(P(f'{SP_J}/旧サーバ/職員会議資料_H31.rtf'), ['職員会議資料 平成31年3月', '1 年度末の日程', '2 指導要録の記入締切 3月20日', '3 校内研修の振り返り'])
add(f'{SP_J}/旧サーバ/職員会議資料_H31.rtf', 'III', '職員会議の資料', 'legacy-or-encoding', 'rtf', '古い職員会議資料。個人の記載なし。')
odt(P(f'{GD}/修学旅行/バス会社への連絡.odt'), ['バス会社への連絡事項', '11/18 7:00 学校発', '大型バス2台', '車いす対応：不要'])
add(f'{GD}/修学旅行/バス会社への連絡.odt', 'IV', '学校行事実施計画', 'near-miss', 'odt', 'バスの手配内容のみ。')
rows = [['日', '時刻', '番号', '氏名']] + [[D(12, 1 + j // 6), f'{15 + (j % 6) // 2}:{"00" if j % 2 == 0 else "30"}', n, s] for j, (n, s) in enumerate(cl[:24])]
xlsx(P(f'{SP_J}/2年/個人面談日程_2-1.xlsx'), [('日程', rows, 'visible')])
add(f'{SP_J}/2年/個人面談日程_2-1.xlsx', 'III', '名列表', 'near-miss', 'xlsx', '面談の日程表。氏名と時刻のみで面談の内容はない。')
m = EmailMessage(); m['From'] = 'maeda@chouriba.example.jp'; m['To'] = 'eiyou@kita-chuu.example.jp'; m['Subject'] = '11月献立と喫食数'; m['Date'] = 'Thu, 23 Oct 2026 09:00:00 +0900'
m.set_content('北中学校 ご担当様\n11月の献立を添付します。除去の必要な方の一覧も念のため付けます。')
m.add_attachment(open(P(f'{SP_G}/献立/R8_11月献立表.csv'), 'rb').read(), maintype='text', subtype='csv', filename='kondate.csv')
m.add_attachment(open(P(f'{OD("maeda")}/Book3.xlsx'), 'rb').read(), maintype='application', subtype='vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename='jokyo.xlsx')
open(P(f'{OD("maeda")}/送信済み/11月献立と喫食数.eml'), 'wb').write(m.as_bytes(policy=SMTP))
add(f'{OD("maeda")}/送信済み/11月献立と喫食数.eml', 'I', '学校生活管理指導表／心身の状況', 'container', 'eml', '添付1は献立（Ⅳ）、添付2は年-組-番とアレルゲンの一覧（Ⅰ）。最上位Ⅰ。')
