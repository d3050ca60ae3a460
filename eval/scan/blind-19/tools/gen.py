# -*- coding: utf-8 -*-
"""Generate the scan19 blind corpus: files/ + labels.jsonl.  Run: /usr/bin/python3 gen.py"""
import os, sys, json, io, zipfile, shutil, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import writers as W
from common import *
from docs import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
FILES = os.path.join(OUT, 'files')
LABELS = []

# items, in the seed's words (第2表 / 概要版)
I_PERS = '児童生徒に関する個人情報（生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの）'
I_STAFF = '学校教職員に関する個人情報（生活歴、心身の状況、電話番号、メールアドレス、住所、生年月日、性別等の基本情報を含むもの）'
I_ADDR = '児童生徒の住所録'
I_RENRAKU = '職員緊急連絡網'
I_ENJO = '要・準要保護児童生徒認定台帳／校内就学援助関係書類'
I_SOUDAN = '教育相談・面接の記録等'
I_SHUGAKU_KEN = '就学時健康診断票'
I_KENKO = '健康診断票'
I_KANRI = '学校生活管理指導表'
I_YOROKU = '指導要録原本'
I_SHIEN = '個別の教育支援計画'
I_SEITO = '生徒指導記録簿'
I_KIZUNA = 'きずなアンケート（児童生徒が記入済のもの）'
I_SHUSSEKI = '出席簿'
I_HYOTEI = '評定一覧表'
II_TSUCHI = '通知表'
II_SOTEN = '定期考査素点表'
II_HOUMON = '家庭訪問記録'
II_SHINRO = '進路希望調査'
II_SHINRO2 = '卒業生進路先一覧等'
II_TENNYU = '転入学受付（整理）簿'
II_JIKO = '事故報告書、記録簿'
II_TAION = '体温チェック表'
II_KYUSHOKU = '給食関係書類'
II_SHUKKIN = '出勤簿'
II_IDPW = '情報端末ログインID/PW管理台帳'
II_NYUSHI = '入学者選抜問題'
II_TECHO = '教務手帳'
II_TOAN = 'テスト等の答案用紙（児童生徒が記入済のもの）'
II_SHIYO = '教育情報システム仕様書'
III_MEIRETSU = '名列表'
III_ZASEKI = '座席表'
III_IINKAI = '委員会・係名簿'
III_BUKATSU = '部活動名簿'
III_HOJO = '出席簿補助簿'
III_BIRTH = '児童生徒に関する個人情報（生年月日、性別）'
III_KEIEI = '学校経営案'
III_KAIGI = '職員会議の資料'
III_KYOZAI = '授業用教材／教材研究資料'
III_TEST = '確認テスト'
III_KATSUDO = '授業や学校行事等の活動記録（動画・写真）'
III_GAKUSHU = '学習記録（ワークシート・レポート・作品等）'
IV_DAYORI = '学校・学年・学級だより'
IV_YOURAN = '学校要覧'
IV_SHIORI = '学校行事のしおり'
IV_HAIFU = '保護者等への配布文書'
IV_PAMPH = '学校紹介パンフレット'
IV_HINAGATA = '各種届雛形'
IV_ANKETO = '記入前のアンケート'
IV_KYOKASHO = '使用教科書一覧'
IV_BUNSHO = '校務分掌表'
IV_KAIKEI = '学校徴収金会計簿（学年費等）'
IV_KATEI = '教育課程編成表'
IV_KEIKAKU = '学校行事実施計画（体育大会実施計画等）'

FMT_OF = {'xlsx': 'xlsx', 'docx': 'docx', 'pptx': 'pptx', 'ods': 'ods', 'odt': 'odt', 'rtf': 'rtf', 'pdf': 'pdf (text)', 'txt': 'txt', 'md': 'md',
          'html': 'html', 'csv': 'csv', 'tsv': 'tsv', 'jpg': 'jpg (photo)', 'png': 'png', 'imgpdf': 'pdf (image only)'}

def add(path, cls, item, style, fmt, why, doc=None, fmtlabel=None, **kw):
    full = os.path.join(FILES, path)
    kw.pop('doc_override', None)
    if doc is None and ('slides' in kw or 'pages' in kw):
        doc = {}
    if doc is not None:
        render(fmt, full, doc, rng=random.Random(len(LABELS) * 7 + 3), **kw)
    elif fmt in SPECIAL:
        os.makedirs(os.path.dirname(full), exist_ok=True)
        SPECIAL[fmt](full, random.Random(len(LABELS)))
    assert os.path.exists(full), path
    LABELS.append(dict(path=path, **{'class': cls}, item=item, style=style, format=fmtlabel or FMT_OF.get(fmt, fmt), why=why))

MS = 'SharePoint/森ノ里小学校/Shared Documents'
GK = 'SharePoint/教育委員会学務課/Shared Documents'
SR = 'SharePoint/青嶺中等教育学校/Shared Documents'
KW = 'SharePoint/川辺小学校/Shared Documents'
T_MS = 'Teams/森ノ里小 職員室/一般/Files'
T_RU = 'Teams/森ノ里小 山村留学/里親連絡/Files'
T_RYO = 'Teams/青嶺寮 寮監/日誌/Files'
T_SR = 'Teams/青嶺中等 3学年/一般/Files'
T_YHS = 'Teams/幼保小連携会議/引継ぎ/Files'
T_GK = 'Teams/学務課/就学相談/Files'
T_CS = 'Teams/川辺小 学校運営協議会/一般/Files'
OD1 = 'OneDrive-松尾由美'
OD2 = 'OneDrive-本田誠'
OD3 = 'OneDrive-荒木直子'
OD4 = 'OneDrive-岩下健一'
GD = 'GoogleDrive-export/地域コーディネーター今村'


def main():
    if os.path.exists(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    r = random.Random(19)

    # ================= 森ノ里小 (小規模特認校) =================
    add(MS + '/山村留学/R8_山村留学生名簿.xlsx', 'I', I_PERS, 'realistic-name', 'xlsx', '留学生の健康・配慮事項、里親住所・電話、保護者連絡先', ryugaku_roster(r))
    add(MS + '/山村留学/Book1.xlsx', 'I', I_PERS, 'untitled-table', 'xlsx', '無題の表：留学生の里親住所・電話と健康・家庭事情', ryugaku_roster(r, hide_title=True))
    add(MS + '/山村留学/説明会資料_R8.pptx', 'I', I_PERS, 'hidden-content', 'pptx', 'スライドは募集説明だが発表者ノートに特定留学生の不登校歴・家庭事情', boshu(r),
        slides=[('山村留学 説明会', ['森ノ里の1年', '里親家庭での生活', '学校生活'], None), ('先輩の声', ['「毎日が冒険！」（5年）'], '※' + kid(r) + 'さん（5年）は前籍校で不登校。母親から「本人の話は出さないで」と依頼あり。心療内科通院は継続中。'), ('お問い合わせ', ['地域コーディネーター'], None)])
    add(MS + '/山村留学/募集案内_R9.pdf', 'IV', IV_PAMPH, 'realistic-name', 'pdf', '公開用の募集案内', boshu(r))
    add(T_RU + '/里親会議メモ0612.docx', 'I', I_PERS, 'sensitive-in-plain-words', 'docx', '記録題名なしで留学生の夜尿・ホームシック・実母の状況を記述',
        dict(title='6/12 里親さんとの打合せ', lines=['出席：里親3家庭、コーディネーター、教頭', kid(r) + 'くん（4年）：夜尿が続いている。里親さんが布団を毎朝干している。本人は恥ずかしがっているので学校では触れない。',
                                                    kid(r) + 'さん（6年）：週末にホームシックで泣く。実母が入院中で電話も不定期。', '次回は7月10日。']))
    add(T_RU + '/IMG_20260612_0931.jpg', 'I', I_PERS, 'scan-or-photo', 'jpg', 'ホワイトボード写真：留学生の体調・家庭事情の書き込み', dict(title='里親会議 6/12', lines=['・' + kid(r) + ' 夜尿つづく', '・' + kid(r) + ' ホームシック 母入院中', '・' + kid(r) + ' ぜんそく 吸入は里親宅', '次回 7/10']), kind='whiteboard')
    add(T_RU + '/里親連絡先.txt', 'I', I_PERS, 'legacy-or-encoding', 'txt', 'UTF-16テキスト：里親宅住所・電話と受入れ児童', dict(title='里親連絡先（受入れ児童）', table=[['里親', '住所', '電話', '受入れ'], [adult(r), addr(r), phone(r), kid(r)], [adult(r), addr(r), phone(r), kid(r)], [adult(r), addr(r), phone(r), kid(r)]]), encoding='utf-16', fmtlabel='txt (UTF-16)')
    add(MS + '/スクールバス/バス乗車名簿_R8.xlsx', 'I', I_ADDR, 'realistic-name', 'xlsx', '児童の自宅住所と保護者携帯', bus_roster(r))
    add(MS + '/スクールバス/乗車名簿_掲示用.xlsx', 'III', III_MEIRETSU, 'near-miss', 'xlsx', '停留所と氏名のみ（住所・電話なし）', bus_roster(r, with_addr=False))
    add(MS + '/スクールバス/バス名簿(運転手さん用).pdf', 'III', III_MEIRETSU, 'near-miss', 'pdf', '便・停留所・氏名のみ', bus_roster(r, with_addr=False))
    doc = bus_roster(r, with_addr=False)
    add(MS + '/スクールバス/乗車表_集計.xlsx', 'I', I_ADDR, 'hidden-content', 'xlsx', '表示シートは氏名のみだが非表示シート「住所」に自宅住所・保護者携帯', doc,
        extra_sheets=[dict(name='住所', rows=bus_roster(r)['table'], hidden=True)])
    add(MS + '/スクールバス/運行時刻表.pdf', 'IV', IV_HAIFU, 'near-miss', 'pdf', '時刻表と停留所のみ', dict(title='スクールバス運行時刻表（保護者配布）', table=[['便', '上谷公民館前', '中ノ原', '学校着'], ['朝1便', '7:10', '7:22', '7:40'], ['朝2便', '7:35', '7:45', '8:00'], ['帰り', '15:50', '16:05', '16:20']]))

    add(MS + '/学校だより/森ノ里小だより_6月号.docx', 'IV', IV_DAYORI, 'realistic-name', 'docx', '学校だより', dayori(r))
    add(MS + '/学校だより/だより_7月号_下書き.docx', 'I', I_PERS, 'hidden-content', 'docx', '本文はだよりだがコメントに児童の家庭事情（虐待通告）', dayori(r),
        comments=[('教頭', kid(r) + 'さんの写真は載せないで。児相通告中で父親に居場所を知られたくない、と母から。')], blocks=None)
    add(MS + '/学校要覧/学校要覧_R8.pdf', 'IV', IV_YOURAN, 'realistic-name', 'pdf', '学校要覧', youran(r))
    add(MS + '/学校要覧/学校経営案_R8.docx', 'III', III_KEIEI, 'realistic-name', 'docx', '学校経営案', keiei_an(r))
    add(MS + '/学校要覧/校務分掌表_R8.xlsx', 'IV', IV_BUNSHO, 'realistic-name', 'xlsx', '校務分掌表', bunsho(r))
    add(MS + '/教務/教育課程編成表_複式.xlsx', 'IV', IV_KATEI, 'realistic-name', 'xlsx', '教育課程編成表', kyoiku_katei(r))
    add(MS + '/教務/使用教科書一覧.html', 'IV', IV_KYOKASHO, 'realistic-name', 'html', '使用教科書一覧', kyokasho(r))
    add(MS + '/教務/職員会議/0620職員会議.docx', 'III', III_KAIGI, 'realistic-name', 'docx', '職員会議資料（個人名なし）', shokuin_kaigi(r))
    add(MS + '/教務/職員会議/0704職員会議.pdf', 'I', I_PERS, 'late-page', 'pdf', '1–3頁は議題だが4頁目「配慮を要する児童」に家庭事情・心身の状況',
        shokuin_kaigi(r), pages=[doc_lines(shokuin_kaigi(r)), ['2 水泳学習 安全管理', '監視体制：2名以上', 'プール日誌の記入'], ['3 夏のふるさと体験', '引率：教頭・担任', '持ち物一覧'],
                                   ['4 配慮を要する児童（口頭のみ・回収）', kid(r) + '（2年）父のDVで母子が避難中。迎えは母のみ。', kid(r) + '（5年）てんかん発作あり、水泳は見学。', kid(r) + '（6年）不登校傾向、週2回別室登校。']])
    add(MS + '/教務/職員会議/0704職員会議_配布版.pdf', 'III', III_KAIGI, 'near-miss', 'pdf', '同会議の配布版（配慮児童の頁は回収済みで含まれない）', shokuin_kaigi(r))
    add(MS + '/教務/成績/1学期_通知表所見_4年.xlsx', 'II', II_TSUCHI, 'realistic-name', 'xlsx', '通知表の評価・所見', tsuchihyo(r))
    add(MS + '/教務/成績/通知表について_保護者向け.docx', 'IV', IV_HAIFU, 'notice-about-record', 'docx', '通知表の配付日の案内（記録ではない）', notice_tsuchihyo(r))
    add(MS + '/教務/成績/通知表の配付について.pdf', 'IV', IV_HAIFU, 'notice-about-record', 'pdf', '通知表についての配布文書', notice_tsuchihyo(r))
    add(MS + '/教務/成績/所見入力の手引き.docx', 'III', III_KAIGI, 'notice-about-record', 'docx', '通知表所見の書き方（校内向け、児童の記録なし）',
        dict(title='通知表 所見入力の手引き（校内）', lines=['1 所見は200字以内', '2 否定的表現を避ける', '3 入力期限：7月10日', '4 校務支援システムの「所見」画面から入力']))
    add(MS + '/教務/成績/Sheet_0710.xlsx', 'II', II_TSUCHI, 'misleading-name', 'xlsx', '無意味な名前だが通知表の評価・所見', tsuchihyo(r))
    add(MS + '/教務/出席/出席簿_5年_6月.xlsx', 'I', I_SHUSSEKI, 'realistic-name', 'xlsx', '出席簿（欠席理由に通院・家庭事情）', shusseki(r))
    add(MS + '/教務/出席/朝の確認表.xlsx', 'III', III_HOJO, 'realistic-name', 'xlsx', '出席簿補助簿（○／のみ）', hojobo(r))
    add(MS + '/教務/出席/朝の確認表_6月.xlsx', 'I', I_SHUSSEKI, 'hidden-content', 'xlsx', '補助簿に見えるが非表示列に欠席理由（精神科通院・家庭の事情）',
        dict(title='出席簿補助簿（朝の確認用）', table=[row + [x] for row, x in zip(hojobo(r)['table'], ['理由'] + [r.choice(['', '', '通院（精神科）', '家庭の事情（父親の逮捕）', '']) for _ in range(10)])]), hidden_cols=[7])
    add(MS + '/保健/学校生活管理指導表_集約.xlsx', 'I', I_KANRI, 'realistic-name', 'xlsx', '学校生活管理指導表の集約（疾患・管理区分）', kanri_shido(r))
    add(MS + '/保健/健康観察_体温.xlsx', 'II', II_TAION, 'realistic-name', 'xlsx', '体温チェック表', taion(r))
    add(MS + '/保健/アレルギー対応_給食室掲示.png', 'I', I_KANRI, 'scan-or-photo', 'png', '校務支援システム画面のスクショ：児童のアレルギー・エピペン',
        dict(title='保健 > 学校生活管理指導表 一覧', table=kanri_shido(r)['table']), kind='screen', user='養護教諭 ' + adult(r))
    add(MS + '/保健/ほけんだより_6月.docx', 'IV', IV_DAYORI, 'near-miss', 'docx', '「アレルギー」「健康診断」を含む一般的なほけんだより',
        dict(title='ほけんだより 6月', lines=['歯と口の健康週間です。', '健康診断の結果は個別にお知らせしています。', '食物アレルギーのあるお子さんの保護者の方は、学校生活管理指導表の更新をお願いします。']))
    add(MS + '/保健/健診結果R8.xlsx', 'I', I_KENKO, 'untitled-table', 'xlsx', '題名なしの健康診断結果（身長・体重・尿・心電図・側弯）', kenko_shindan(r))
    add(OD1 + '/ドキュメント/メモ_6月.txt', 'I', I_SOUDAN, 'sensitive-in-plain-words', 'txt', '記録題名なし：児童が打ち明けた被虐待の疑い', kyoiku_soudan(r, plain=True))
    add(OD1 + '/ドキュメント/教育相談_6年.docx', 'I', I_SOUDAN, 'realistic-name', 'docx', '教育相談記録（いじめ・心身の状況）', kyoiku_soudan(r))
    add(OD1 + '/ドキュメント/家庭訪問R8.xlsx', 'II', II_HOUMON, 'realistic-name', 'xlsx', '家庭訪問記録', katei_houmon(r))
    add(OD1 + '/ドキュメント/家庭訪問の日程について.docx', 'IV', IV_HAIFU, 'notice-about-record', 'docx', '家庭訪問の日程案内（記録ではない）', dict(title='家庭訪問の日程について（お願い）', lines=['5月7日〜16日に家庭訪問を行います。', '希望日を下の用紙にご記入ください。', '第1希望（　）第2希望（　）', '森ノ里小学校']))
    add(OD1 + '/ドキュメント/手帳メモ.md', 'II', II_TECHO, 'sensitive-in-plain-words', 'md', '教務手帳相当の児童ごとの学習・生活メモ', kyomu_techo(r))
    add(OD1 + '/ドキュメント/新しいドキュメント (3).docx', 'II', II_HOUMON, 'misleading-name', 'docx', '名前は無意味だが家庭訪問記録', katei_houmon(r))
    add(OD1 + '/ドキュメント/5年社会_森林_指導案.docx', 'III', III_KYOZAI, 'realistic-name', 'docx', '授業用教材', kyozai(r))
    add(OD1 + '/ドキュメント/漢字確認テスト5.pdf', 'III', III_TEST, 'realistic-name', 'pdf', '確認テスト（未記入）', kakunin_test(r))
    add(OD1 + '/ドキュメント/座席表_5-1.xlsx', 'III', III_ZASEKI, 'realistic-name', 'xlsx', '座席表', zaseki(r))
    add(OD1 + '/ドキュメント/座席表_5-1_メモ付.xlsx', 'I', I_PERS, 'hidden-content', 'xlsx', '座席表のセルのメモ（コメント）に児童の家庭事情と服薬', zaseki(r),
        comments={(1, 0): '母子家庭。生活保護受給中。前の席に', (2, 3): 'ADHD診断あり、服薬（朝）。窓側を避ける'})
    add(OD1 + '/ドキュメント/委員会名簿_前期.xlsx', 'III', III_IINKAI, 'realistic-name', 'xlsx', '委員会名簿', iinkai(r))
    add(OD1 + '/ドキュメント/誕生日一覧.xlsx', 'III', III_BIRTH, 'near-miss', 'xlsx', '氏名・性別・生年月日のみ（住所・電話なし）', birth_list(r))
    add(OD1 + '/写真/IMG_2041.jpg', 'II', II_TOAN, 'scan-or-photo', 'jpg', '児童の記入済み単元テスト（採点済）の写真', toan(r), kind='photo', hand=True)
    add(OD1 + '/写真/IMG_2044.jpg', 'III', III_GAKUSHU, 'scan-or-photo', 'jpg', 'ワークシート（児童の記述、評価なし）の写真', dict(title='わたしの森林レポート', lines=['5年 ' + kid(r), '森林は水をたくわえる。', '上谷の杉林は60年前に植えられた。', 'これからも守っていきたい。']), kind='photo', hand=True)
    add(OD1 + '/写真/IMG_2050.jpg', 'III', III_KATSUDO, 'scan-or-photo', 'jpg', '田植え体験の活動記録（掲示物の写真、保護者承諾未確認）', katsudo_kiroku(r), kind='photo')
    add(OD1 + '/写真/Screenshot_20260702-1630.png', 'II', II_SOTEN, 'scan-or-photo', 'png', '校務支援システム成績画面のスクショ', dict(title='成績 > 単元テスト 入力', table=soten(r, 8)['table']), kind='screen', user='教諭 松尾 由美')
    add(OD1 + '/写真/Screenshot_20260703-0810.png', 'III', III_MEIRETSU, 'scan-or-photo', 'png', '校務支援システムの名列画面（氏名のみ）', dict(title='学籍 > 名列表', table=meiretsu(r, 10)['table']), kind='screen', user='教諭 松尾 由美')
    add(OD1 + '/写真/Screenshot_20260704-1212.png', 'I', I_PERS, 'scan-or-photo', 'png', '校務支援システムの学籍画面スクショ：住所・保護者電話', dict(title='学籍 > 児童基本情報', table=[['番号', '氏名', '生年月日', '住所', '保護者', '電話']] + [[i + 1, kid(r), bday(r, 4), addr(r), adult(r), phone(r)] for i in range(6)]), kind='screen', user='教諭 松尾 由美')
    add(T_MS + '/Teams_chat_0615.png', 'I', I_PERS, 'scan-or-photo', 'png', 'チャットのスクショ：児童の家庭状況（ネグレクト疑い）', None if False else dict(title='x'), kind='chat', channel='森ノ里小 職員室',
        msgs=[('教頭', '8:05', kid(r) + 'さん今日も欠席連絡なし。'), ('担任', '8:07', '昨日も給食をおかわり3回。家でご飯が出ていないようです。\n弟も保育所に来ていないと聞きました。'), ('校長', '8:15', '10時に家庭訪問。民生委員さんにも連絡します。')])
    add(T_MS + '/Teams_chat_0620.png', 'IV', IV_HAIFU, 'scan-or-photo', 'png', 'チャットのスクショ：行事連絡のみ', dict(title='x'), kind='chat', channel='森ノ里小 職員室',
        msgs=[('教務', '7:50', '今日の授業参観は5校時です。'), ('教頭', '7:52', '駐車場は体育館横を開放します。'), ('担任', '7:55', '了解しました。')])
    add(T_MS + '/ホワイトボード_0618.jpg', 'II', II_JIKO, 'scan-or-photo', 'jpg', '職員室ホワイトボード：負傷事故の経過（児童名・受診先）', dict(title='6/18 事故', lines=[kid(r) + '（3年）うんていから落下', '左手首 森ノ里整形 骨折', '保護者 13:10 連絡済', '報告書 教頭へ']), kind='whiteboard')
    add(T_MS + '/ホワイトボード_0619.jpg', 'IV', IV_KEIKAKU, 'scan-or-photo', 'jpg', 'ホワイトボード：行事予定のみ', dict(title='今週の予定', lines=['6/19 避難訓練 2校時', '6/20 職員会議 15:30', '6/21 PTA奉仕作業']), kind='whiteboard')
    add(T_MS + '/事故報告書_0611.docx', 'II', II_JIKO, 'realistic-name', 'docx', '事故報告書', jiko_hokoku(r))
    add(T_MS + '/給食費_納入状況.xlsx', 'II', II_KYUSHOKU, 'realistic-name', 'xlsx', '給食関係書類（未納状況）', kyushoku(r))
    add(T_MS + '/出勤簿_6月.xlsx', 'II', II_SHUKKIN, 'realistic-name', 'xlsx', '出勤簿', shukkinbo(r))
    add(T_MS + '/職員連絡網.xlsx', 'I', I_RENRAKU, 'realistic-name', 'xlsx', '職員緊急連絡網（携帯・自宅住所）', staff_renrakumo(r))
    add(T_MS + '/端末ID一覧.xlsx', 'II', II_IDPW, 'realistic-name', 'xlsx', 'ID/PW管理台帳', idpw(r))
    add(T_MS + '/新しいフォルダー/無題.xlsx', 'II', II_IDPW, 'misleading-name', 'xlsx', '無題だが端末ID・初期パスワード一覧', dict(title='', table=idpw(r)['table']))
    add(T_MS + '/行事/修学旅行のしおり.docx', 'IV', IV_SHIORI, 'realistic-name', 'docx', 'しおり', shiori(r))
    add(T_MS + '/行事/修学旅行のしおり_引率用.docx', 'I', I_PERS, 'late-page', 'docx', 'しおり本文の後の最終頁に児童の持病・服薬・夜尿',
        shiori(r), late=[('pb',), ('h', '引率者用（配布しない）'), ('table', [['氏名', '配慮事項'], [kid(r), '夜尿あり、おむつ持参'], [kid(r), '喘息、吸入器'], [kid(r), 'てんかん、頓服薬は引率の養護教諭が管理']])])
    add(T_MS + '/行事/運動会実施計画.pdf', 'IV', IV_KEIKAKU, 'realistic-name', 'pdf', '学校行事実施計画', dict(title='運動会 実施計画', lines=['期日：9月27日（土）', '種目：徒競走、地区対抗リレー、森ノ里音頭', '雨天時：29日に延期']))
    add(T_MS + '/行事/学年費_3年.xlsx', 'IV', IV_KAIKEI, 'realistic-name', 'xlsx', '学年費会計簿', kaikei(r))

    # ================= 地域コーディネーター (Google Drive) =================
    add(GD + '/年間計画.xlsx', 'IV', IV_KEIKAKU, 'realistic-name', 'xlsx', '活動計画のみ', coordinator_plan(r))
    add(GD + '/ボランティア名簿_2026.xlsx', 'I', I_STAFF, 'realistic-name', 'xlsx', '地域ボランティアの住所・電話・メール・生年月日（判断：教職員個人情報の基本情報に準ずる）', volunteer_meibo(r))
    add(GD + '/ボランティア_活動割当.csv', 'III', III_IINKAI, 'near-miss', 'csv', '氏名と担当活動のみ（住所・電話なし）', dict(table=[['氏名', '活動', '日']] + [[adult(r), r.choice(['見守り', '読み聞かせ']), r.choice(['月', '水', '金'])] for _ in range(8)]))
    add(GD + '/見守り記録_6月.xlsx', 'I', I_PERS, 'realistic-name', 'xlsx', '見守り記録に児童の家庭状況（朝食なし・怒鳴り声）', mimamori(r))
    add(GD + '/見守りメモ.txt', 'I', I_PERS, 'sensitive-in-plain-words', 'txt', '題名なし：児童の家庭状況の観察', dict(title='', lines=['上谷橋のところで' + kid(r) + 'ちゃん、今日も靴下はいてなかった。', 'お父さんが仕事やめてから家が荒れてるって近所の人。', '教頭先生に言っといた。']))
    add(GD + '/田植え写真/DSC_0101.jpg', 'III', III_KATSUDO, 'scan-or-photo', 'jpg', '活動記録の写真（掲示物、保護者承諾未確認）', katsudo_kiroku(r), kind='photo')
    add(GD + '/田植え写真/写真掲載同意書_回収状況.xlsx', 'III', III_MEIRETSU, 'near-miss', 'xlsx', '氏名と同意の有無のみ', dict(title='HP写真掲載 同意書 回収状況', table=[['氏名', '同意']] + [[kid(r), r.choice(['○', '○', '×'])] for _ in range(10)]))
    add(GD + '/里親の会/里親の会_会報.pdf', 'IV', IV_HAIFU, 'near-miss', 'pdf', '里親の会の会報（個人事情なし）', dict(title='里親の会だより 第12号', lines=['今年度は6家庭で留学生をお迎えしています。', '夏のバーベキュー：8月3日', '新しい里親さんを募集しています。']))
    add(GD + '/里親の会/会員名簿.ods', 'I', I_STAFF, 'realistic-name', 'ods', '里親（学校協力者）の住所・電話（判断：個人の住所・電話を含む名簿）', dict(title='里親の会 会員名簿', table=[['氏名', '住所', '電話', '受入人数']] + [[adult(r), addr(r), phone(r), r.randint(1, 2)] for _ in range(6)]))
    add(GD + '/export_2026-06.zip', 'I', I_PERS, 'container', 'zip', 'zip内の見守り記録に児童の家庭状況（他はIV）', None)

    # ================= 学務課 =================
    add(GK + '/就学援助/R8_就学援助_認定一覧.xlsx', 'I', I_ENJO, 'realistic-name', 'xlsx', '要・準要保護の認定台帳', shugaku_enjo(r))
    add(GK + '/就学援助/enjo_export.tsv', 'I', I_ENJO, 'legacy-or-encoding', 'tsv', 'UTF-16 TSV：認定一覧（システム出力）', shugaku_enjo(r), encoding='utf-16', fmtlabel='tsv (UTF-16)')
    add(GK + '/就学援助/就学援助制度のお知らせ.pdf', 'IV', IV_HAIFU, 'notice-about-record', 'pdf', '制度の案内', notice_enjo(r))
    add(GK + '/就学援助/受給申請書_様式.docx', 'IV', IV_HINAGATA, 'blank-form', 'docx', '未記入の申請書様式', blank_enjo(r))
    add(GK + '/就学援助/受給申請書_様式.odt', 'IV', IV_HINAGATA, 'blank-form', 'odt', '未記入の申請書様式', blank_enjo(r))
    d = blank_enjo(r); c = kid(r)
    d['lines'] = ['申請者（保護者）氏名：' + adult(r), '住所：' + addr(r), '電話：' + phone(r), '児童生徒氏名：' + c + '　学校名：川辺小　学年：3', '申請理由（該当に○）：○児童扶養手当', '世帯の状況：母子世帯。母はパート勤務、月収約11万円。']
    add(GK + '/就学援助/申請書スキャン/scan_0001.pdf', 'I', I_ENJO, 'filled-form', 'imgpdf', '記入済み申請書のコピー機スキャン（画像のみ）', d, kind='scan', hand=True, fmtlabel='pdf (image only)')
    add(GK + '/就学援助/申請書スキャン/scan_0002.pdf', 'I', I_ENJO, 'filled-form', 'imgpdf', '記入済み申請書スキャン（画像のみ、2頁目に世帯収入）', blank_enjo(r), kind='scan', hand=True,
        more_pages=[['世帯の状況', '父：' + adult(r) + ' 無職（令和8年3月離職）', '母：' + adult(r) + ' パート 年収98万円', '児童：' + kid(r) + '（5年）']], fmtlabel='pdf (image only)')
    add(GK + '/就学援助/様式_スキャン.pdf', 'IV', IV_HINAGATA, 'blank-form', 'imgpdf', '未記入様式のスキャン', blank_enjo(r), kind='scan', fmtlabel='pdf (image only)')
    add(GK + '/就学援助/審査会資料_R8.pptx', 'I', I_ENJO, 'hidden-content', 'pptx', 'スライドは件数集計だけだがノートに個別世帯の事情', None,
        slides=[('令和8年度 就学援助 審査', ['申請 142件', '認定 128件', '否認定 9件', '保留 5件'], '保留の' + adult(r) + '世帯（' + kid(r) + '）：父が入院、収入証明待ち。生活保護の相談も並行。'), ('前年度比較', ['+6件'], None)], doc_override=True)
    add(GK + '/就学相談/相談記録_R8/0612_相談記録.docx', 'I', I_SOUDAN, 'realistic-name', 'docx', '就学相談の記録（発達検査結果・家庭状況）', shugaku_soudan(r))
    add(GK + '/就学相談/相談メモ.rtf', 'I', I_SOUDAN, 'sensitive-in-plain-words', 'rtf', '題名なしのメモ：幼児の発達・家庭状況', shugaku_soudan(r, plain=True))
    add(GK + '/就学相談/就学相談申込書_様式.docx', 'IV', IV_HINAGATA, 'blank-form', 'docx', '未記入様式', blank_soudan(r))
    add(GK + '/就学相談/就学相談の流れ.pptx', 'IV', IV_HAIFU, 'notice-about-record', 'pptx', '保護者向け説明（記録ではない）', None,
        slides=[('就学相談の流れ', ['1 申込み', '2 面談・行動観察', '3 就学支援委員会', '4 結果のお知らせ'], None), ('相談記録の取扱い', ['相談記録は学務課で厳重に保管します'], None)], doc_override=True)
    add(GK + '/就学相談/就学支援委員会_名簿.xlsx', 'I', I_SOUDAN, 'id-by-number', 'xlsx', 'イニシャルと園名だけだが障害・検査結果・判断が並ぶ',
        dict(title='第1回就学支援委員会 審議一覧', table=[['No', '児', '園', '検査', '所見', '判断']] + [[i + 1, '%s.%s' % (r.choice('AKMSTY'), r.choice('AKMSTY')), r.choice(HOIKU), r.choice(['WISC FSIQ 68', '新版K式 DQ72', 'WISC FSIQ 85']), r.choice(['ASD疑い', '知的障害（軽度）', '言語発達遅滞']), r.choice(['特別支援学級', '通級', '通常学級＋支援員'])] for i in range(8)]))
    add(GK + '/就学時健診/就学時健康診断_結果一覧.xlsx', 'I', I_SHUGAKU_KEN, 'realistic-name', 'xlsx', '就学時健康診断の結果', kenshin(r))
    add(GK + '/就学時健診/就学時健康診断のご案内.pdf', 'IV', IV_HAIFU, 'notice-about-record', 'pdf', '健診の案内（記録ではない）', notice_kenshin(r))
    add(GK + '/就学時健診/問診票_様式.pdf', 'IV', IV_HINAGATA, 'blank-form', 'pdf', '未記入の問診票', dict(title='就学時健康診断 問診票', lines=['お子さんの氏名：', '生年月日：', '今までにかかった病気：□ぜんそく □心臓病 □てんかん □その他（　）', 'アレルギー：□あり □なし', '保護者氏名：']))
    dk = kenshin(r, 1)
    add(GK + '/就学時健診/問診票_回収/IMG_7730.jpg', 'I', I_SHUGAKU_KEN, 'filled-form', 'jpg', '記入済み問診票の写真（既往歴）', dict(title='就学時健康診断 問診票', lines=['お子さんの氏名：' + kid(r), '生年月日：' + bday(r, 0, 2026), '今までにかかった病気：■ぜんそく □心臓病 ■てんかん（3歳）', 'アレルギー：■あり（そば）', '保護者氏名：' + adult(r)]), kind='photo', hand=True)
    add(GK + '/就学時健診/会場別人数.xlsx', 'IV', IV_KEIKAKU, 'near-miss', 'xlsx', '会場ごとの人数のみ', dict(title='就学時健診 会場別人数', table=[['会場', '日', '人数'], ['森ノ里小', '10/28', 14], ['川辺小', '10/30', 52], ['青嶺中等(体育館)', '11/4', 31]]))
    add(GK + '/区域外就学/区域外就学_受付一覧.xlsx', 'I', I_PERS, 'realistic-name', 'xlsx', '住所・連絡先と事由（DV避難等）', kuikigai(r))
    add(GK + '/区域外就学/区域外就学の手続き.html', 'IV', IV_HAIFU, 'notice-about-record', 'html', '手続きの案内', dict(title='区域外就学の手続き', lines=['住所のある学区以外の学校へ通う場合は、区域外就学の申請が必要です。', '申請書は学務課窓口で配布しています。', '小規模特認校（森ノ里小）への就学もこの手続きです。']))
    add(GK + '/区域外就学/申請理由メモ.doc', 'I', I_PERS, 'legacy-or-encoding', 'doc-html', 'Word HTML形式の.doc：DV避難中の家族の現住所', dict(title='区域外就学 事由メモ', lines=[kid(r) + '（2年）：母と祖父母宅（' + addr(r) + '）に避難中。父に転校先を知らせないこと（支援措置あり）。', '学校には住所非開示を依頼済み。']), fmtlabel='doc (really Word-saved HTML)')
    add(GK + '/転入学/転入学受付簿_R8.xlsx', 'II', II_TENNYU, 'realistic-name', 'xlsx', '転入学受付簿', tennyu_uketsuke(r))
    add(GK + '/転入学/転入学受付簿_R6.xls', 'II', II_TENNYU, 'legacy-or-encoding', 'xls-html', '古い.xls（実体はExcel HTML）：転入学受付簿', tennyu_uketsuke(r), fmtlabel='xls (really Excel-saved HTML)')
    add(GK + '/転入学/転入学の手続き.docx', 'IV', IV_HAIFU, 'notice-about-record', 'docx', '手続きの案内', dict(title='転入学の手続き', lines=['住民票の異動後、在学証明書・教科用図書給与証明書を学務課へ提出してください。', '受付時間 8:30〜17:15']))
    add(OD3 + '/作業/集計_最終.xlsx', 'IV', IV_KEIKAKU, 'near-miss', 'xlsx', '学校別の認定件数の集計（個人なし）', dict(title='就学援助 学校別件数', table=[['学校', '要保護', '準要保護'], ['森ノ里小', 1, 4], ['川辺小', 6, 38], ['青嶺中等', 3, 21]]))
    add(OD3 + '/作業/メール_保存/Re_就学援助の件.eml', 'I', I_ENJO, 'container', 'eml', '本文は事務連絡だが添付CSVに認定一覧', None)
    add(OD3 + '/作業/メール_保存/研修案内.eml', 'IV', IV_HAIFU, 'container', 'eml', '研修案内と添付PDF（要項）のみ', None)
    add(OD3 + '/作業/旧サーバ/H30_就学援助.xls', 'I', I_ENJO, 'legacy-or-encoding', 'xls-html', '旧ファイルサーバの.xls（実体はHTML）：認定台帳', shugaku_enjo(r), fmtlabel='xls (really Excel-saved HTML)')
    add(OD3 + '/作業/旧サーバ/H29_相談.doc', 'I', I_SOUDAN, 'legacy-or-encoding', 'rtf', '.docだが実体はRTF：就学相談の記録', shugaku_soudan(r), fmtlabel='doc (really RTF)')
    add(OD3 + '/作業/旧サーバ/お知らせ_H29.doc', 'IV', IV_HAIFU, 'legacy-or-encoding', 'rtf', '.docだが実体はRTF：制度のお知らせ', notice_enjo(r), fmtlabel='doc (really RTF)')
    add(T_GK + '/ケース会議_0701.jpg', 'I', I_SOUDAN, 'scan-or-photo', 'jpg', 'ホワイトボード：就学相談ケースの検討', dict(title='ケース会議 7/1', lines=['①' + kid(r) + ' 場面緘黙→通級', '②' + kid(r) + ' 車いす→エレベーター', '③' + kid(r) + ' 母うつ 祖母同席']), kind='whiteboard')
    add(T_GK + '/就学支援委員会_開催要項.docx', 'III', III_KAIGI, 'near-miss', 'docx', '会議の要項（個人なし）', dict(title='就学支援委員会 開催要項', lines=['1 目的', '2 委員構成：医師、学識経験者、校長、学務課', '3 日程：7月、9月、11月']))
    add(T_GK + '/外国籍児童_相談記録.docx', 'I', I_SOUDAN, 'foreign-names', 'docx', '外国籍児童の就学相談（日本語力・在留・家庭状況）',
        dict(title='就学相談（外国籍）', lines=['対象：' + r.choice(FOREIGN) + '（6歳）母：' + r.choice(FOREIGN), '在留資格：特定技能（父）。家庭内言語：ベトナム語。', '日本語：挨拶程度。保育所未就園。', '母は妊娠中で通院が多い。通訳が必要。', '方向性：日本語指導（取り出し）＋通常学級']))

    # ================= 青嶺中等教育学校（寮）=================
    add(SR + '/寮/寮生名簿_R8.xlsx', 'I', I_PERS, 'realistic-name', 'xlsx', '寮生の自宅住所・保護者携帯・持病', ryosei_meibo(r))
    add(SR + '/寮/部屋割り_前期.xlsx', 'III', III_ZASEKI, 'near-miss', 'xlsx', '部屋割り（氏名のみ、座席表相当）', heyawari(r))
    dh = heyawari(r)
    add(SR + '/寮/部屋割り_後期案.xlsx', 'I', I_PERS, 'hidden-content', 'xlsx', '部屋割りだがセルのメモに同室を避ける理由（いじめ・自傷）', dh, comments={(2, 1): 'この子は4月に自傷。夜間見回り強化', (4, 2): '1年時いじめ加害。○○と同室にしない'})
    add(SR + '/寮/外泊届_様式.docx', 'IV', IV_HINAGATA, 'blank-form', 'docx', '未記入の外泊届', blank_gaihaku(r))
    for i in range(1):
        add(SR + '/寮/外泊届_回収/IMG_%d.jpg' % (3301 + i), 'I', I_PERS, 'filled-form', 'jpg', '記入済み外泊届の写真（外泊先住所・電話・通院理由）', gaihaku_filled(r), kind='photo', hand=True)
    add(SR + '/寮/外泊届_回収/外泊届_6月.pdf', 'I', I_PERS, 'filled-form', 'imgpdf', '記入済み外泊届のスキャン（画像のみ）', gaihaku_filled(r), kind='scan', hand=True, more_pages=[doc_lines(gaihaku_filled(r))], fmtlabel='pdf (image only)')
    add(SR + '/寮/外泊予定_一覧.xlsx', 'III', III_MEIRETSU, 'near-miss', 'xlsx', '外泊する寮生の氏名と日付のみ', dict(title='6月 外泊予定', table=[['日', '氏名', '寮室']] + [['6/%d' % r.randint(1, 28), kid(r), '%d0%d' % (r.randint(1, 3), r.randint(1, 8))] for _ in range(10)]))
    add(SR + '/寮/寮のしおり_R8.pdf', 'IV', IV_SHIORI, 'realistic-name', 'pdf', '寮生活のしおり', dict(title='青嶺寮 寮生活のしおり', lines=['起床 6:30　点呼 7:00　学習時間 19:30〜21:30', '外泊は前週水曜までに外泊届を提出', '体調不良時は寮監へ']))
    add(SR + '/寮/入寮案内_保護者.docx', 'IV', IV_HAIFU, 'near-miss', 'docx', '「寮生」「体調」「外泊届」を含む案内文', dict(title='入寮のご案内', lines=['寮生の体調記録は寮監が毎日行います。', '外泊届は様式第3号をご使用ください。', '寮費：月額28,000円']))
    add(T_RYO + '/体調記録_6月.csv', 'I', I_PERS, 'legacy-or-encoding', 'csv', 'UTF-8 BOM付CSV：寮生の体調記録', taicho(r), encoding='utf-8-sig', fmtlabel='csv (UTF-8 BOM)')
    add(T_RYO + '/検温表_寮.xlsx', 'II', II_TAION, 'near-miss', 'xlsx', '体温のみのチェック表（症状・受診なし）', taion(r))
    add(T_RYO + '/日誌/寮監日誌_0615.txt', 'I', I_PERS, 'legacy-or-encoding', 'txt', 'Shift_JISテキスト：寮監日誌', ryokan_nisshi(r), encoding='cp932', crlf=True, fmtlabel='txt (Shift_JIS)')
    add(T_RYO + '/日誌/寮監日誌_0616.txt', 'III', III_KATSUDO, 'near-miss', 'txt', '寮監日誌だが行事・設備の記録のみ（個人の事情なし）', dict(title='寮監日誌 6月16日（月）', lines=['天候：晴　在寮53名', '19:00 夕食（カレー）', '20:00 学習時間、特記事項なし', '22:30 消灯。ボイラー点検済。']))
    add(T_RYO + '/日誌/日誌_0620.jpg', 'I', I_PERS, 'scan-or-photo', 'jpg', '手書き日誌の写真：寮生の自傷・家庭事情', ryokan_nisshi(r), kind='photo', hand=True)
    add(T_RYO + '/日誌/日誌_まとめ_6月.pdf', 'I', I_PERS, 'late-page', 'pdf', '前半は行事記録、末尾頁に寮生の心身の状況', None,
        pages=[['寮監日誌 6月まとめ', '6/1 寮総会', '6/7 避難訓練', '6/14 寮祭準備'], ['6/21 寮祭', '6/28 大掃除'], ['【個別】', kid(r) + '（2年）夜間の過呼吸3回、保護者・SCと面談', kid(r) + '（4年）両親離婚調停中、週末の外泊先を祖母宅に変更']], doc_override=True)
    add(T_RYO + '/寮生_chat.png', 'I', I_PERS, 'scan-or-photo', 'png', 'チャットのスクショ：寮生の受診・服薬', dict(title='x'), kind='chat', channel='青嶺寮 寮監',
        msgs=[('寮監A', '22:40', kid(r) + '（3年）38.4℃、咳。明朝受診します。'), ('寮監B', '22:45', '了解。喘息の吸入薬は医務室の棚2段目。\n母には連絡済？'), ('寮監A', '22:50', '母に連絡済。父には連絡しないでとのこと（別居中）')])
    add(T_SR + '/前期中間_素点表.xlsx', 'II', II_SOTEN, 'realistic-name', 'xlsx', '定期考査素点表', soten(r))
    add(T_SR + '/前期中間_素点_番号のみ.xlsx', 'II', II_SOTEN, 'id-by-number', 'xlsx', '組・番・イニシャルのみの素点表', soten(r, id_only=True))
    add(T_SR + '/前期中間_素点.csv', 'II', II_SOTEN, 'legacy-or-encoding', 'csv', 'Shift_JIS CSV：素点表', soten(r), encoding='cp932', fmtlabel='csv (Shift_JIS)')
    add(T_SR + '/進路希望調査_集計.xlsx', 'II', II_SHINRO, 'realistic-name', 'xlsx', '進路希望調査', shinro_kibo(r))
    add(T_SR + '/進路希望調査_用紙.docx', 'IV', IV_ANKETO, 'blank-form', 'docx', '記入前の調査用紙', dict(title='進路希望調査（5年）', lines=['氏名：', '第1希望：', '第2希望：', '保護者の意見：']))
    add(T_SR + '/進路希望調査について.pdf', 'IV', IV_HAIFU, 'notice-about-record', 'pdf', '調査の実施案内', dict(title='進路希望調査の実施について', lines=['5年生を対象に7月7日に実施します。', '保護者と話し合った上で提出してください。']))
    add(T_SR + '/進路/卒業生進路先一覧_R7.xlsx', 'II', II_SHINRO2, 'realistic-name', 'xlsx', '卒業生進路先一覧', shinro_ichiran(r))
    add(T_SR + '/進路/進路実績_HP用.html', 'IV', IV_PAMPH, 'near-miss', 'html', '大学別合格者数のみ（個人なし）', dict(title='進路実績（令和7年度）', table=[['進路先', '人数'], ['熊本大学', 12], ['九州大学', 3], ['看護・医療系', 9], ['就職', 4]]))
    add(T_SR + '/進路/面談資料_5年.pptx', 'II', II_SHINRO, 'hidden-content', 'pptx', 'スライドは日程だがノートに個人の進路希望', None,
        slides=[('進路面談', ['日程：7月14日〜18日', '場所：各教室'], kid(r) + '：第1希望 熊本大 医学部、保護者は地元就職を希望。' + kid(r) + '：未定、専門学校を検討中'), ('持ち物', ['進路希望調査', '模試結果'], None)], doc_override=True)
    add(T_SR + '/生徒指導/いじめ防止基本方針.pdf', 'IV', IV_HAIFU, 'near-miss', 'pdf', '公開されている基本方針', dict(title='青嶺中等教育学校 いじめ防止基本方針', lines=['1 基本的な考え方', '2 未然防止の取組', '3 早期発見（きずなアンケートを年3回実施）', '4 重大事態への対処']))
    add(T_SR + '/生徒指導/心のアンケート_集計.xlsx', 'I', '心のアンケート（児童生徒が記入済のもの）', 'realistic-name', 'xlsx', '記入済みアンケートの個別回答', kizuna(r))
    add(T_SR + '/生徒指導/心のアンケート_用紙.pdf', 'IV', IV_ANKETO, 'blank-form', 'pdf', '記入前のアンケート', dict(title='心のアンケート', lines=['1 学校は楽しいですか　はい・いいえ', '2 いやなことをされたことがありますか　はい・いいえ', '3 だれかに相談したいことはありますか（自由記述）']))
    add(T_SR + '/入試/適性検査I_作成中.docx', 'II', II_NYUSHI, 'realistic-name', 'docx', '入学者選抜問題（作成中）', nyushi_mondai(r), footer='取扱注意　作問委員会')
    add(T_SR + '/入試/選抜要項_R9.pdf', 'IV', IV_HAIFU, 'near-miss', 'pdf', '公開の選抜要項（問題ではない）', dict(title='令和9年度 入学者選抜要項', lines=['募集人員：80名（うち寮定員40名）', '適性検査：令和9年1月10日', '出願期間：12月1日〜12月8日']))
    add(T_SR + '/入試/出願者一覧_R8.xlsx', 'I', '入学者選抜に関する表簿（願書等）', 'realistic-name', 'xlsx', '出願者の住所・電話・在籍校', dict(title='令和8年度 出願者一覧', table=[['受検番号', '氏名', '在籍小', '住所', '電話', '入寮希望']] + [[1000 + i, kid(r), r.choice(['森ノ里小', '川辺小', '他市']), addr(r), phone(r), r.choice(['有', '無'])] for i in range(10)]))
    add(T_SR + '/入試/調査書_スキャン.pdf', 'I', '調査書', 'scan-or-photo', 'imgpdf', '小学校からの調査書の画像スキャン', dict(title='調査書', lines=['氏名：' + kid(r), '在籍校：川辺小学校', '各教科の学習の記録：国語 3 算数 3 理科 2', '行動の記録：責任感 ○', '特記事項：欠席日数 34日（起立性調節障害）']), kind='scan', fmtlabel='pdf (image only)')
    add(T_SR + '/授業/数学_確認テスト_二次関数.pdf', 'III', III_TEST, 'realistic-name', 'pdf', '確認テスト', dict(title='確認テスト 二次関数', lines=['(1) y=x²-4x+3 の頂点', '(2) 最小値を求めよ', '（　）組（　）番 氏名（　　）']))
    add(T_SR + '/授業/探究_ワークシート.docx', 'III', III_GAKUSHU, 'realistic-name', 'docx', 'ワークシート', dict(title='探究 ワークシート（森ノ里の林業）', lines=['テーマ：', '調べたこと：', '考察：']))
    add(T_SR + '/授業/探究_発表_班3.pptx', 'III', III_GAKUSHU, 'realistic-name', 'pptx', '生徒の発表スライド（学習記録）', None,
        slides=[('森ノ里の林業を未来へ', ['3班：' + kid(r) + '・' + kid(r), '林業従事者は20年で半減'], None), ('提案', ['木育イベント', 'ふるさと納税の返礼品'], '発表は3分以内')], doc_override=True)
    add(T_SR + '/部活動/部員名簿.xlsx', 'III', III_BUKATSU, 'realistic-name', 'xlsx', '部活動名簿', bukatsu(r))
    add(T_SR + '/部活動/遠征_参加者.xlsx', 'I', I_PERS, 'hidden-content', 'xlsx', '参加者一覧だが非表示シートに保護者携帯・持病', dict(title='県大会 遠征参加者', table=bukatsu(r)['table']),
        extra_sheets=[dict(name='緊急連絡', rows=[['氏名', '保護者携帯', '持病', '保険証番号']] + [[kid(r), phone(r), r.choice(['なし', '喘息', '心疾患（運動制限なし）']), '0000%04d' % r.randint(0, 9999)] for _ in range(8)], hidden='veryHidden')])
    add(OD2 + '/寮/メモ.txt', 'I', I_PERS, 'sensitive-in-plain-words', 'txt', '題名なしメモ：寮生の摂食の問題と家庭事情', dict(title='', lines=['2年の' + kid(r) + '、また夕食残す。体重かなり落ちた感じ。', 'お母さんに電話したら「家でも食べない」と。', '養護の先生と相談して病院をすすめる。']))
    add(OD2 + '/寮/寮生写真_寮祭.jpg', 'III', III_KATSUDO, 'scan-or-photo', 'jpg', '寮祭の活動記録（掲示の写真、公開承諾未確認）', dict(title='寮祭 2026', lines=['模擬店：1年生', 'ステージ：有志バンド', '写真は校内掲示のみ']), kind='photo')
    add(OD2 + '/寮/寮監業務マニュアル.docx', 'III', III_KAIGI, 'near-miss', 'docx', '業務手順（体調記録の付け方を説明、個人なし）', dict(title='寮監業務マニュアル', lines=['1 点呼', '2 体調記録：体温と症状を記入し、38℃以上は医務室へ', '3 外泊届の確認', '4 日誌の記入']))
    add(OD2 + '/寮/旧/体調記録_H31.xls', 'I', I_PERS, 'legacy-or-encoding', 'xlsx-as-xls', '.xlsだが実体はxlsx：寮生体調記録', None, fmtlabel='xls (really xlsx)')
    add(OD2 + '/寮/backup_2025.zip', 'I', I_PERS, 'container', 'zip', 'zip内に寮生名簿（住所・電話）', None)

    # ================= 川辺小（コミュニティ・スクール）/ 幼保小連携 =================
    add(KW + '/学校運営協議会/第2回議事録.docx', 'III', III_KAIGI, 'realistic-name', 'docx', '協議会議事録（個人情報なし）', unei_gijiroku(r))
    d = unei_gijiroku(r)
    add(KW + '/学校運営協議会/第3回議事録_案.docx', 'I', I_PERS, 'mixed', 'docx', '議事録の中に特定児童の不登校・家庭状況の協議', dict(title=d['title'].replace('第2回', '第3回'), lines=d['lines'] + ['4 その他：' + kid(r) + 'さん（4年）の不登校について、民生委員から「祖母と二人暮らしで、夜も一人のことがある」との報告。学校と地域で見守りを続ける。']))
    add(KW + '/学校運営協議会/委員一覧_HP.html', 'IV', IV_PAMPH, 'near-miss', 'html', '委員の氏名・所属のみを公開', dict(title='学校運営協議会 委員', table=[['氏名', '所属']] + [[adult(r), r.choice(['PTA', '自治会', '民生委員'])] for _ in range(6)]))
    add(KW + '/学校運営協議会/会議の様子.jpg', 'III', III_KATSUDO, 'scan-or-photo', 'jpg', 'ホワイトボード：協議の要点のみ', dict(title='熟議 テーマ：見守り', lines=['担い手が足りない', '高齢化', '若い世代を誘う']), kind='whiteboard')
    add(KW + '/地域学校協働/見守り記録_様式.xlsx', 'IV', IV_HINAGATA, 'blank-form', 'xlsx', '未記入の様式', dict(title='地域見守り記録（様式）', table=[['日時', '場所', '見守り者', '気づいたこと'], ['', '', '', ''], ['', '', '', '']]))
    add(KW + '/地域学校協働/見守り記録_0602.jpg', 'I', I_PERS, 'filled-form', 'jpg', '手書き記入の見守り記録の写真', mimamori(r), kind='photo', hand=True)
    add(KW + '/地域学校協働/見守り隊募集.pdf', 'IV', IV_HAIFU, 'near-miss', 'pdf', '募集チラシ', dict(title='見守り隊 募集', lines=['朝の登校時間に15分だけ、地域の子どもたちを見守りませんか。', '問合せ：川辺小学校 090-0000-0300']))
    add(KW + '/職員/学級名簿_3年.xlsx', 'III', III_MEIRETSU, 'foreign-names', 'xlsx', '外国籍児を含む名列表（氏名のみ）', meiretsu(r, foreign=True))
    add(KW + '/職員/日本語指導_個別計画.docx', 'I', I_SHIEN, 'foreign-names', 'docx', '外国籍児の個別指導計画（家庭状況・在留）', dict(title='日本語指導 個別の指導計画', table=[['氏名', r.choice(FOREIGN)], ['学年', '4年'], ['来日', '令和7年11月（フィリピン）'], ['家庭', '母と継父、異父弟。母は夜勤'], ['在留', '定住者'], ['目標', 'サバイバル日本語から教科の学習言語へ']]))
    add(KW + '/職員/日本語指導_教材.pdf', 'III', III_KYOZAI, 'foreign-names', 'pdf', '日本語指導の教材（個人なし）', dict(title='にほんご がっこうのことば', lines=['きょうしつ classroom / silid-aralan', 'しゅくだい homework / takdang-aralin', 'きゅうしょく school lunch']))
    add(KW + '/職員/保護者連絡_多言語.xlsx', 'I', I_PERS, 'foreign-names', 'xlsx', '外国籍保護者の電話・メール・住所', dict(title='保護者連絡先（通訳要）', table=[['児童', '保護者', '言語', '電話', 'メール', '住所']] + [[r.choice(FOREIGN), r.choice(FOREIGN), r.choice(['ベトナム語', 'タガログ語', 'ポルトガル語', '中国語']), phone(r), mail(r), addr(r)] for _ in range(6)]))
    add(KW + '/職員/個別の教育支援計画_3年.docx', 'I', I_SHIEN, 'realistic-name', 'docx', '個別の教育支援計画（診断・服薬）', shien_keikaku(r))
    add(KW + '/職員/支援計画_様式.docx', 'IV', IV_HINAGATA, 'blank-form', 'docx', '未記入の様式', dict(title='個別の教育支援計画（様式）', table=[['氏名', ''], ['学年・学級', ''], ['診断', ''], ['服薬', ''], ['保護者の願い', ''], ['本人の願い', ''], ['関係機関', ''], ['支援目標', '']]))
    add(KW + '/職員/指導要録_様式1_転入生.pdf', 'I', I_YOROKU, 'realistic-name', 'pdf', '指導要録（学籍の記録）', shidoyoroku(r))
    add(KW + '/職員/指導要録の記入について.docx', 'III', III_KAIGI, 'notice-about-record', 'docx', '要録記入の校内説明（記録ではない）', dict(title='指導要録の記入について（校内研修資料）', lines=['1 学籍の記録は年度初めに更新', '2 所見は簡潔に', '3 原本は校長室金庫に保管し、持ち出さない']))
    add(KW + '/職員/きずなアンケート_5年_番号.csv', 'I', I_KIZUNA, 'id-by-number', 'csv', '氏名なし（組・番号）だが「しにたい」等の回答', dict(table=[['組', '番', 'Q1', 'Q4', '自由記述']] + [[1, i + 1, r.choice(['はい', 'いいえ']), r.choice(['いいえ', 'はい']), r.choice(['', '', 'しにたいと思うことがある', 'おとうさんがこわい'])] for i in range(15)]))
    add(KW + '/職員/学年会メモ_5年.txt', 'I', I_PERS, 'id-by-number', 'txt', '番号・イニシャルで特定される児童の家庭・心身の状況', dict(title='学年会メモ 6/17', lines=['1組7番（K.S）：母親の再婚、継父との関係悪い。顔にあざ（6/16）→校長へ', '2組12番（M.T）：過敏性腸症候群で通院、トイレ配慮', '2組3番：特になし']))
    add(KW + '/職員/座席表_番号.xlsx', 'III', III_ZASEKI, 'id-by-number', 'xlsx', '番号だけの座席表', dict(title='座席（番号）', table=[[str(i * 5 + j + 1) for j in range(5)] for i in range(4)]))
    add(T_YHS + '/引継ぎシート_R9入学.xlsx', 'I', I_PERS, 'realistic-name', 'xlsx', '幼保からの引継ぎ（発達・家庭状況）', hikitsugi(r))
    add(T_YHS + '/引継ぎシート_様式.xlsx', 'IV', IV_HINAGATA, 'blank-form', 'xlsx', '未記入の様式', blank_hikitsugi(r))
    add(T_YHS + '/保育要録/保育要録_ひかり保育所.pdf', 'I', I_YOROKU, 'realistic-name', 'pdf', '保育所児童保育要録（指導要録に準じる記録、既往歴・家庭状況）', hoiku_yoroku(r))
    add(T_YHS + '/保育要録/保育要録_スキャン01.pdf', 'I', I_YOROKU, 'scan-or-photo', 'imgpdf', '保育要録のコピー機スキャン（画像のみ）', hoiku_yoroku(r, foreign=True), kind='scan', fmtlabel='pdf (image only)')
    add(T_YHS + '/体験入学_参加者名簿.xlsx', 'III', III_MEIRETSU, 'realistic-name', 'xlsx', '体験入学の名簿（園・氏名のみ）', taiken_meibo(r))
    add(T_YHS + '/体験入学_参加者名簿_連絡先.xlsx', 'I', I_PERS, 'hidden-content', 'xlsx', '名簿の非表示列に保護者電話・アレルギー', dict(title='体験入学 参加者名簿', table=[row + extra for row, extra in zip(taiken_meibo(r)['table'], [['保護者電話', 'アレルギー']] + [[phone(r), r.choice(['なし', '卵', '乳'])] for _ in range(10)])]), hidden_cols=[4, 5])
    add(T_YHS + '/連携会議_0610.pptx', 'I', I_PERS, 'hidden-content', 'pptx', 'スライドは年間計画、ノートに個別児童の発達・家庭事情', None,
        slides=[('幼保小連携 年間計画', ['6月 連携会議', '9月 保育参観', '11月 体験入学', '2月 引継ぎ'], '（口頭のみ）' + kid(r) + 'ちゃん：療育センター通所、母親は診断を受け入れていない。' + kid(r) + 'くん：保護者が夜間不在がち'), ('架け橋期カリキュラム', ['遊びから学びへ'], None)], doc_override=True)
    add(T_YHS + '/連携会議_記録_0610.docx', 'III', III_KAIGI, 'realistic-name', 'docx', '会議記録（個人名なし）', dict(title='幼保小連携会議 記録（6/10）', lines=['出席：ひかり保育所、すぎのこ保育園、川辺こども園、川辺小', '協議：架け橋期カリキュラム、体験入学の日程', '次回：9月']))

    # ================= extra spread: OneDrive-岩下 (教頭), mixed and misc =================
    add(OD4 + '/教頭/報告/いじめ報告_0618.docx', 'I', I_SEITO, 'realistic-name', 'docx', 'いじめ事案の報告（被害・加害児童、心身の状況）', dict(title='いじめ事案 報告（第1報）', lines=['被害：' + kid(r) + '（5年）　加害：' + kid(r) + '、' + kid(r), '概要：LINEグループでの悪口、無視。被害児童は腹痛で2日欠席。', '対応：聞き取り、保護者面談（6/19予定）']))
    add(OD4 + '/教頭/報告/事故報告_集計R7.xlsx', 'II', II_JIKO, 'realistic-name', 'xlsx', '事故記録簿（児童名・負傷内容）', dict(title='事故記録簿 R7', table=[['日', '氏名', '学年', '場所', '負傷', '受診']] + [['R7.%d.%d' % (r.randint(4, 12), r.randint(1, 28)), kid(r), r.randint(1, 6), r.choice(['運動場', '体育館', '廊下']), r.choice(['擦過傷', '捻挫', '骨折', '打撲']), r.choice(['有', '無'])] for _ in range(8)]))
    add(OD4 + '/教頭/報告/事故件数_HP公表.pdf', 'IV', IV_HAIFU, 'near-miss', 'pdf', '件数のみ（個人なし）', dict(title='学校管理下の事故件数（令和7年度）', table=[['区分', '件数'], ['負傷', 14], ['うち骨折', 2]]))
    add(OD4 + '/教頭/職員/職員住所録.xlsx', 'I', '職員住所録', 'realistic-name', 'xlsx', '職員の住所・電話・生年月日', dict(title='職員住所録', table=[['氏名', '生年月日', '住所', '携帯']] + [[adult(r), '%d年%d月%d日' % (r.randint(1965, 1998), r.randint(1, 12), r.randint(1, 28)), addr(r), phone(r)] for _ in range(9)]))
    add(OD4 + '/教頭/職員/面談メモ_講師.txt', 'I', I_STAFF, 'sensitive-in-plain-words', 'txt', '教職員の心身の状況（休職の相談）', dict(title='', lines=['6/20 ' + adult(r) + '先生と話す。', '眠れない、朝起きられないとのこと。心療内科受診中、診断書を近日提出。', '7月から病気休暇の予定。家庭では介護も。']))
    add(OD4 + '/教頭/職員/校内研修計画.docx', 'III', III_KEIEI, 'near-miss', 'docx', '研修計画（個人の事情なし）', dict(title='令和8年度 校内研修計画', lines=['テーマ：個別最適な学びと協働的な学び', '6月 授業研究（5年算数）', '10月 公開授業']))
    add(OD4 + '/教頭/システム/校務支援_設定仕様.pdf', 'II', II_SHIYO, 'realistic-name', 'pdf', '教育情報システム仕様書', system_shiyo(r))
    add(OD4 + '/教頭/システム/情報セキュリティ_クラウド保存ルール.docx', 'IV', IV_HAIFU, 'near-miss', 'docx', '分類の説明メモ（「指導要録」「健康診断票」等の語を含むが記録ではない）', security_policy_memo(r))
    add(OD4 + '/教頭/システム/資産台帳_森ノ里小.xlsx', 'III', III_KEIEI, 'near-miss', 'xlsx', '資産台帳（文書名と分類のみ）', dict(title='情報資産台帳', table=[['情報資産', '分類', '保管先'], ['指導要録', 'Ⅰ', '校長室金庫'], ['通知表', 'Ⅱ', '校務支援'], ['座席表', 'Ⅲ', 'Teams'], ['学校だより', 'Ⅳ', 'HP']]))
    add(OD4 + '/教頭/Downloads/report(1).pdf', 'I', I_HYOTEI, 'misleading-name', 'pdf', '名前は無意味だが評定一覧（5段階評定）', dict(title='評定一覧表（6年）', table=[['番号', '氏名', '国', '社', '算', '理', '音', '図', '体', '家', '外']] + [[i + 1, kid(r)] + [r.randint(1, 3) for _ in range(9)] for i in range(10)]))
    add(OD4 + '/教頭/Downloads/untitled.html', 'I', I_PERS, 'misleading-name', 'html', '無題のHTMLに児童の住所・電話（システム出力）', dict(title='', table=[['氏名', '住所', '電話']] + [[kid(r), addr(r), phone(r)] for _ in range(8)]), html_title='untitled')
    add(OD4 + '/教頭/Downloads/doc20260615.pdf', 'I', I_SOUDAN, 'scan-or-photo', 'imgpdf', '複合機スキャン：スクールカウンセラーの面談記録', dict(title='スクールカウンセラー 面談記録', lines=['対象：' + kid(r) + '（6年）', '主訴：登校しぶり、家庭内の不和', '所見：抑うつ傾向。医療機関受診を勧める。']), kind='scan', fmtlabel='pdf (image only)')
    add(OD4 + '/教頭/Downloads/doc20260616.pdf', 'IV', IV_HAIFU, 'scan-or-photo', 'imgpdf', '複合機スキャン：教育委員会からの通知文（個人なし）', dict(title='教育委員会通知', lines=['夏季休業中の事故防止について（通知）', '水難事故防止に努めてください。', '森ノ里市教育委員会']), kind='scan', fmtlabel='pdf (image only)')
    add(OD4 + '/教頭/Downloads/doc20260617.pdf', 'III', III_HOJO, 'scan-or-photo', 'imgpdf', '複合機スキャン：出欠確認表（○のみ）', hojobo(r), kind='scan', fmtlabel='pdf (image only)')
    add(OD4 + '/教頭/まとめ/年度末引継ぎ.docx', 'I', I_PERS, 'mixed', 'docx', '業務引継ぎ（IV相当）に配慮児童一覧が混在（最上位Ⅰ）', dict(title='年度末 業務引継ぎ', lines=['1 行事関係：運動会は9月最終土曜', '2 会計：学年費は3月末締め', '3 配慮児童：'],
        table=[['氏名', '事項'], [kid(r), '父母離婚調停中、父への情報提供不可'], [kid(r), '食物アレルギー（エピペン）'], [kid(r), '要保護（就学援助）']]))
    add(OD4 + '/教頭/まとめ/学級編制_R9見込み.xlsx', 'IV', IV_KEIKAKU, 'near-miss', 'xlsx', '学年別人数のみ', dict(title='R9 学級編制見込み', table=[['学年', '人数', '学級']] + [[g, r.randint(2, 5), '複式' if g % 2 else ''] for g in range(1, 7)]))
    add(OD4 + '/教頭/まとめ/学級編制_R9見込み_内訳.xlsx', 'III', III_MEIRETSU, 'mixed', 'xlsx', '人数表（IV）に氏名一覧シート（III）が混在→Ⅲ', dict(title='R9 学級編制見込み', table=[['学年', '人数']] + [[g, r.randint(2, 5)] for g in range(1, 7)]),
        extra_sheets=[dict(name='内訳', rows=meiretsu(r, 10)['table'])])
    add(OD4 + '/教頭/まとめ/留学生_受入判定.xlsx', 'I', I_PERS, 'mixed', 'xlsx', '募集日程（IV）と応募児童の家庭事情・健康（I）が同一ブックに', dict(title='山村留学 日程', table=[['日', '内容'], ['6/25', '説明会'], ['8/1', '体験'], ['9/30', '面接']]),
        extra_sheets=[dict(name='応募者', rows=[['氏名', '学年', '理由', '健康']] + [[kid(r), r.randint(3, 6), r.choice(['いじめで転校希望', '自然の中で育てたい', '不登校', '母子家庭で祖父母の近くへ']), r.choice(['なし', '喘息', 'ADHD服薬'])] for _ in range(6)])])

    # ---------- more images: phone photos and scans to reach ~50 ----------
    add(OD1 + '/写真/IMG_2101.jpg', 'II', II_HOUMON, 'scan-or-photo', 'jpg', '手書きの家庭訪問メモの写真', katei_houmon(r, 4), kind='photo', hand=True)
    add(OD1 + '/写真/IMG_2102.jpg', 'IV', IV_DAYORI, 'scan-or-photo', 'jpg', '学級だよりの写真', dict(title='学級だより 5年1組 No.7', lines=['プール学習が始まりました。', '水着・帽子・タオルに名前を書いてください。', '6/25 山村留学説明会があります。']), kind='photo')
    add(OD1 + '/写真/IMG_2103.jpg', 'III', III_ZASEKI, 'scan-or-photo', 'jpg', '黒板に貼った座席表の写真', zaseki(r), kind='photo')
    add(OD1 + '/写真/IMG_2104.jpg', 'II', II_TSUCHI, 'scan-or-photo', 'jpg', '通知表下書き（所見）の写真', dict(title='通知表 所見 下書き', lines=[kid(r) + '：計算が正確になった。発表が増えた。', kid(r) + '：漢字の定着に課題。家庭学習の継続を。', kid(r) + '：理科の観察記録が丁寧。']), kind='photo', hand=True)
    add(OD1 + '/写真/IMG_2105.jpg', 'I', I_PERS, 'scan-or-photo', 'jpg', '連絡帳の写真：保護者が子の通院・服薬を記載', dict(title='れんらくちょう', lines=['先生へ', '昨日、こども発達クリニックで', 'ADHDの診断を受けました。', '来週から薬をのみ始めます。', '学校での様子を教えてください。　母']), kind='photo', hand=True)
    add(OD1 + '/写真/IMG_2106.jpg', 'IV', IV_HAIFU, 'scan-or-photo', 'jpg', '保護者配布プリントの写真', dict(title='授業参観・学級懇談のお知らせ', lines=['6月18日（木）5校時 授業参観', '14:30〜 学級懇談', '上履きをお持ちください']), kind='photo')
    add(OD2 + '/寮/IMG_0702.jpg', 'IV', IV_SHIORI, 'scan-or-photo', 'jpg', '寮の日課表掲示の写真', dict(title='寮の日課', lines=['6:30 起床', '7:00 点呼・朝食', '19:30 学習時間', '22:30 消灯']), kind='photo')
    add(OD2 + '/寮/IMG_0703.jpg', 'III', III_IINKAI, 'scan-or-photo', 'jpg', 'ホワイトボード：清掃当番', dict(title='今週の当番', lines=['玄関 ' + kid(r), '食堂 ' + kid(r), '浴室 ' + kid(r)]), kind='whiteboard')
    add(T_SR + '/Screenshot_時間割.png', 'IV', IV_KATEI, 'scan-or-photo', 'png', '時間割画面（個人なし）', dict(title='時間割 > 3年1組', table=[['', '月', '火', '水', '木', '金'], ['1', '国語', '数学', '英語', '理科', '社会'], ['2', '数学', '英語', '国語', '体育', '数学'], ['3', '理科', '社会', '数学', '英語', '国語']]), kind='screen', user='教務')
    add(T_SR + '/Screenshot_進路.png', 'II', II_SHINRO, 'scan-or-photo', 'png', '進路希望の入力画面', dict(title='進路 > 希望調査', table=shinro_kibo(r, 6)['table']), kind='screen', user='学年主任')
    add(GK + '/就学相談/Screenshot_相談予約.png', 'III', III_MEIRETSU, 'scan-or-photo', 'png', '予約画面：氏名と日時のみ', dict(title='就学相談 予約一覧', table=[['日時', '氏名', '園']] + [['7/%d %d:00' % (r.randint(1, 20), r.randint(9, 16)), kid(r), r.choice(HOIKU)] for _ in range(6)]), kind='screen', app='学務管理システム', user='学務課')
    add(KW + '/地域学校協働/IMG_4410.jpg', 'IV', IV_HAIFU, 'scan-or-photo', 'jpg', '見守り隊募集チラシの写真', dict(title='見守り隊 募集', lines=['朝の15分、子どもたちを見守りませんか。', '川辺小学校']), kind='photo')
    add(KW + '/職員/IMG_4420.jpg', 'I', I_KANRI, 'scan-or-photo', 'jpg', '学校生活管理指導表（記入済）の写真', dict(title='学校生活管理指導表（アレルギー疾患用）', lines=['氏名：' + kid(r) + '（3年）', '病型：食物アレルギー（アナフィラキシーあり）', '原因：鶏卵、牛乳', 'エピペン：あり', '医師：森ノ里病院 ' + adult(r)]), kind='photo', hand=True)
    add(KW + '/職員/IMG_4421.jpg', 'III', III_GAKUSHU, 'scan-or-photo', 'jpg', '児童の作品（作文）の写真', dict(title='わたしのまち川辺', lines=['3年 ' + kid(r), '川辺には大きな川があります。', '夏になると川あそびをします。']), kind='photo', hand=True)
    add(T_YHS + '/IMG_9002.jpg', 'IV', IV_KEIKAKU, 'scan-or-photo', 'jpg', 'ホワイトボード：行事日程のみ', dict(title='連携 年間予定', lines=['6月 会議', '9月 保育参観', '11月 体験入学']), kind='whiteboard')
    add(T_MS + '/scan_20260620_001.pdf', 'III', III_KAIGI, 'scan-or-photo', 'imgpdf', '職員会議資料のスキャン（個人なし）', shokuin_kaigi(r), kind='scan', fmtlabel='pdf (image only)')
    add(T_MS + '/scan_20260621_001.pdf', 'II', II_TOAN, 'scan-or-photo', 'imgpdf', '記入済みテスト答案のスキャン', toan(r), kind='scan', hand=True, fmtlabel='pdf (image only)')
    add(MS + '/山村留学/IMG_3301.jpg', 'IV', IV_PAMPH, 'scan-or-photo', 'jpg', '募集ポスターの写真', boshu(r), kind='photo')

    # ---------- additional class II (hidden / late / photos) ----------
    dd = dayori(r)
    add(T_SR + '/学年通信_素案.xlsx', 'II', II_SOTEN, 'hidden-content', 'xlsx', '表示シートは学年通信の文面、非表示シートに考査の素点', dict(title='学年通信 素案', lines=dd['lines']),
        extra_sheets=[dict(name='作業用', rows=soten(r, 10)['table'], hidden=True)])
    add(MS + '/教務/学級懇談_資料.docx', 'II', II_SOTEN, 'hidden-content', 'docx', '本文は懇談会資料、コメントに児童個人のテスト点', dict(title='学級懇談会 資料（6/18）', lines=['1 1学期の様子', '2 夏休みの過ごし方', '3 家庭学習について']),
        comments=[('担任', kid(r) + 'さん 単元テスト42点・38点。懇談後に保護者へ個別に伝える')], footer='森ノ里小学校 5年')
    add(MS + '/教務/学年会資料_0612.pdf', 'II', II_HOUMON, 'late-page', 'pdf', '前半は行事予定、最終頁に家庭訪問の記録（家庭ごとの話題）', {},
        pages=[['学年会資料（6/12）', '1 水泳学習', '2 校外学習'], ['3 夏休みの課題', '読書感想文、自由研究'], ['4 家庭訪問のまとめ'] + ['・' + kid(r) + '：' + r.choice(['祖父が入院中で忙しい', 'ゲーム時間の約束を決めた', '弟の世話をよくしている']) for _ in range(4)]])
    add(OD1 + '/写真/IMG_2110.jpg', 'II', II_TECHO, 'scan-or-photo', 'jpg', '教務手帳のページの写真（児童ごとの学習・生活メモ）', kyomu_techo(r), kind='photo', hand=True)
    add(T_RYO + '/IMG_検温表.jpg', 'II', II_TAION, 'scan-or-photo', 'jpg', '紙の検温表の写真（体温のみ）', taion(r, 8), kind='photo', hand=True)

    # ---------- containers, eml, special builds (doc=None handled below) ----------
    special(r)

    # write labels
    with open(os.path.join(OUT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')


def _tmp(fmt, doc, **kw):
    import tempfile
    fd, p = tempfile.mkstemp(suffix='.' + fmt.split('-')[0]); os.close(fd)
    render(fmt, p, doc, **kw)
    data = open(p, 'rb').read(); os.remove(p)
    return data

def build_zip(full, r):
    name = os.path.basename(full)
    with zipfile.ZipFile(full, 'w', zipfile.ZIP_DEFLATED) as z:
        if name == 'export_2026-06.zip':
            z.writestr('export/年間計画.xlsx', _tmp('xlsx', coordinator_plan(r)))
            z.writestr('export/お礼状.docx', _tmp('docx', dict(title='お礼', lines=['ありがとうございました。'])))
            z.writestr('export/見守り/見守り記録_6月.xlsx', _tmp('xlsx', mimamori(r)))
        elif name == 'backup_2025.zip':
            z.writestr('backup_2025/寮のしおり.pdf', _tmp('pdf', dict(title='寮のしおり', lines=['起床 6:30', '消灯 22:30'])))
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z2:
                z2.writestr('old/寮生名簿.csv', _tmp('csv', ryosei_meibo(r), encoding='cp932'))
            z.writestr('backup_2025/old.zip', buf.getvalue())
        elif name == '行事写真_2025.zip':
            z.writestr('運動会/IMG_0001.jpg', _tmp('jpg', dict(title='運動会 プログラム', lines=['1 開会式', '2 徒競走', '3 地区対抗リレー']), kind='photo'))
            z.writestr('運動会/プログラム.pdf', _tmp('pdf', dict(title='運動会 プログラム', lines=['1 開会式', '2 徒競走'])))
        elif name == '様式集.zip':
            z.writestr('様式集/外泊届.docx', _tmp('docx', blank_gaihaku(r)))
            z.writestr('様式集/就学援助申請書.docx', _tmp('docx', blank_enjo(r)))
            z.writestr('様式集/引継ぎシート.xlsx', _tmp('xlsx', blank_hikitsugi(r)))
        elif name == '提出用_0630.zip':
            z.writestr('提出用/学校評価アンケート.docx', _tmp('docx', blank_anketo(r)))
            z.writestr('提出用/名簿.xlsx', _tmp('xlsx', meiretsu(r)))
            z.writestr('提出用/保健/管理指導表.pdf', _tmp('pdf', kanri_shido(r)))

def build_eml(full, r):
    name = os.path.basename(full)
    if name == 'Re_就学援助の件.eml':
        W.write_eml(full, '荒木 直子 <araki@gakumu.morinosato.example.jp>', '川辺小 事務 <jimu@kawabe.morinosato.example.jp>', 'Re: 就学援助の件',
                    'お疲れさまです。\n先日の件、認定状況を添付で送ります。ご確認ください。\n学務課 荒木', [('認定状況_川辺小.csv', _tmp('csv', shugaku_enjo(r), encoding='cp932'), 'text/csv')])
    elif name == '研修案内.eml':
        W.write_eml(full, '教育センター <kenshu@center.morinosato.example.jp>', 'gakumu@morinosato.example.jp', '【案内】情報セキュリティ研修',
                    '各位\n情報セキュリティ研修を下記のとおり開催します。要項を添付します。', [('研修要項.pdf', _tmp('pdf', dict(title='情報セキュリティ研修 要項', lines=['日時：8月5日', '内容：重要性分類とクラウド保存のルール'])), 'application/pdf')])
    elif name == 'FW_写真.eml':
        W.write_eml(full, '本田 誠 <honda@seirei.morinosato.example.jp>', 'ryokan@seirei.morinosato.example.jp', 'FW: 写真',
                    '昨日の分です。', [('IMG_0620.jpg', _tmp('jpg', ryokan_nisshi(r), kind='photo', hand=True), 'image/jpeg')])
    elif name == '山村留学_問い合わせ.eml':
        W.write_eml(full, 'hogo123@mail.example.jp', '今村 <yamamura@morinosato.example.jp>', '山村留学について',
                    '小4の息子の山村留学を検討しています。\n息子は今の学校でいじめにあい、4月から登校できていません。起立性調節障害の診断もあります。\n受け入れは可能でしょうか。\n' + adult(r) + '　' + phone(r))
    elif name == '説明会のお礼.eml':
        W.write_eml(full, '今村 <yamamura@morinosato.example.jp>', 'list@satooya.example.jp', '説明会のお礼', '里親の会の皆さま\n説明会へのご協力ありがとうございました。次回は8月です。')

def build_xls_xlsx(full, r):
    render('xlsx', full, taicho(r))

SPECIAL = {'zip': build_zip, 'eml': build_eml, 'xlsx-as-xls': build_xls_xlsx}

def special(r):
    add(MS + '/行事/行事写真_2025.zip', 'IV', IV_KEIKAKU, 'container', 'zip', 'zip内はプログラムと掲示写真のみ', None)
    add(SR + '/寮/様式集.zip', 'IV', IV_HINAGATA, 'container', 'zip', 'zip内は未記入様式のみ', None)
    add(KW + '/職員/提出用_0630.zip', 'I', I_KANRI, 'container', 'zip', 'zip内の保健フォルダに学校生活管理指導表の集約（他はIII/IV）', None)
    add(T_RYO + '/FW_写真.eml', 'I', I_PERS, 'container', 'eml', '添付写真が寮監日誌（寮生の心身の状況）', None)
    add(GD + '/mail/山村留学_問い合わせ.eml', 'I', I_PERS, 'sensitive-in-plain-words', 'eml', '保護者メール本文に子のいじめ被害・不登校・診断', None)
    add(GD + '/mail/説明会のお礼.eml', 'IV', IV_HAIFU, 'near-miss', 'eml', 'お礼の連絡のみ', None)


if __name__ == '__main__':
    main()
