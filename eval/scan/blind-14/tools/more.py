# -*- coding: utf-8 -*-
"""Additional variety: mixed, id-by-number, plain-words memos, legacy formats, near-misses."""
from core import emit, book, doc, image, shot, sv, zipf, eml
from common import *


def run():
    # id-by-number: 欠席状況 by 年組番 (Ⅰ 心身の状況) vs 欠席 集計 (Ⅲ)
    rows = [["年組番", "欠席日数", "理由", "対応"]] + [["%d-%d-%02d" % (r.randint(1, 3), r.randint(1, 8), r.randint(1, 38)), r.randint(15, 60), r.choice(["起立性調節障害", "不安障害（通院）", "家庭の事情（きょうだいの世話）", "いじめ被害の訴え", "体調不良"]), r.choice(["別室登校", "SC面談", "家庭訪問", "医療機関紹介"])] for _ in range(24)]
    emit(sp("生徒指導部", "長期欠席/R6_長期欠席者_状況.xlsx"), "I", "児童生徒に関する個人情報（心身の状況）", "id-by-number", "xlsx", book("xlsx", [{"name": "10月末", "rows": rows}]), note="氏名はないが年組番で特定でき、欠席理由に心身の状況。")
    rows = [["学年", "30日以上欠席", "うち不登校", "前年比"], [1, 9, 6, "+2"], [2, 12, 8, "-1"], [3, 7, 4, "+0"], ["定時制", 11, 5, "+3"]]
    emit(sp("生徒指導部", "長期欠席/R6_長期欠席_集計.xlsx"), "III", "職員会議の資料", "near-miss", "xlsx", book("xlsx", [{"name": "集計", "rows": rows}]), note="学年別の人数のみ。")
    rows = [["出席番号", "身長", "体重", "肥満度", "所見"]] + [[n, round(r.uniform(150, 180), 1), round(r.uniform(40, 85), 1), r.randint(-20, 40), r.choice(["", "", "要受診", "側弯"])] for n in range(1, 37)]
    emit(sp("保健部", "健康診断/1-7_sokutei.csv"), "I", "健康診断票", "id-by-number", "csv", sv(rows, enc="cp932"), note="出席番号のみだがクラスと番号で特定可能な健診結果。")
    # initials memo
    blocks = [("p", "学年会メモ 11/12"), ("p", "・2-3 Y.K.（女）保健室登校が続く。母と連絡が取れず、祖母が対応。児相に相談済みとのこと。"), ("p", "・2-7 S.M. バイク通学の疑い、本人否定。"), ("p", "・2-1 T.H. 12月から入院（心臓手術）。課題の郵送を検討。")]
    emit(od(0, "デスクトップ/gakunenkai_memo_1112.txt"), "I", "児童生徒に関する個人情報（心身の状況・生活歴）", "id-by-number", "txt", doc("txt", blocks, enc="utf-16"), note="イニシャルと組で特定できる生徒の家庭・健康の状況（UTF-16）。")
    # sensitive-in-plain-words: 引継ぎ email, Teams post html
    a = G.name()[0]
    emit(od(6, "Documents/メール保存/Fw_転入生について.eml"), "I", "児童生徒に関する個人情報（生活歴）", "sensitive-in-plain-words", "eml",
         eml("Fw: 12月転入予定の生徒について", "kyoto@school.example.jp", "2nen@school.example.jp", "2学年の先生方\n12月から2年5組に転入する%sさんについて、前籍校から次のとおり聞いています。\n・母親と二人でDV被害から避難しており、住所は父親に知られないよう配慮が必要です（閲覧制限あり）。\n・前籍校では保健室登校の時期がありました。\n電話等で所在を問い合わせられても一切答えないでください。\n教頭" % a), note="記録の名前はないが転入生の避難状況。")
    emit(tm("1学年団", "General", "投稿/1学年_連絡_1108.html"), "I", "児童生徒に関する個人情報（心身の状況）", "sensitive-in-plain-words", "html",
         doc("html", [("h", "1学年団 連絡"), ("p", "1-4 %sさん、昨日の体育で胸の痛みを訴え救急搬送。心筋炎の疑いで入院、当面運動禁止です。" % G.name()[0]), ("p", "1-8 %sさんは保護者の希望により、宗教上の理由で給食・校外学習に配慮が必要です。" % G.name()[0])]))
    # mixed: 2 documents in 1 file
    s = G.name()[0]
    blocks = [("h", "期末考査 監督割当表"), ("t", [["時限", "1-1", "1-2", "1-3"], ["1", TCH_JA[0], TCH_JA[1], TCH_JA[2]], ["2", TCH_JA[3], TCH_JA[4], TCH_JA[5]]]), ("br",), ("h", "特別措置（別室受験）"), ("p", "1-2 %s：パニック障害のため保健室で受験。" % s), ("p", "1-3 %s：右手骨折のため代筆。" % G.name()[0])]
    emit(sp("教務部", "考査/R6_2期末_監督割当.docx"), "I", "児童生徒に関する個人情報（心身の状況）", "mixed", "docx", doc("docx", blocks), note="監督割当表（Ⅲ）と別室受験者の病名が同じファイル。")
    emit(sp("教務部", "考査/R6_2期末_時間割.docx"), "III", "職員会議の資料", "near-miss", "docx", doc("docx", blocks[:2]))
    st = klass(3, 2, 10)
    rows = [["番", "氏名", "志望", "調査書作成", "評定平均"]] + [[x["no"], x["name"], r.choice(["熊本大", "県立大", "専門"]), "済", round(r.uniform(3.0, 4.9), 1)] for x in st]
    emit(tm("3学年団", "3年2組", "三者面談日程と資料.xlsx"), "I", "評定一覧表", "mixed", "xlsx", book("xlsx", [{"name": "日程", "rows": [["日", "時刻", "番"]] + [["11/26", "%d:%02d" % (14 + i // 4, (i % 4) * 15), i + 1] for i in range(10)]}, {"name": "資料", "rows": rows}]), note="面談日程に評定平均の一覧が同居。")
    # legacy: xls, doc, rtf with Ⅰ/Ⅱ
    st = klass(1, 7)
    rows = [["番", "氏名", "保護者", "住所", "電話"]] + [[x["no"], x["name"], x["guardian"], x["addr"], x["tel"]] for x in st]
    emit(sp("総務部", "旧データ/H30/jusho_1-7.xls"), "I", "児童生徒の住所録", "legacy-or-encoding", "xls", book("xls", [{"name": "1-7", "rows": rows}]))
    emit(od(7, "Documents/old/家庭環境調査票_集約.doc"), "I", "児童生徒に関する個人情報（生活歴）", "legacy-or-encoding", "doc",
         doc("doc", [("h", "家庭環境調査票 集約（1年7組）"), ("t", [["番", "氏名", "家族構成", "通学方法", "健康上の配慮"]] + [[x["no"], x["name"], r.choice(["父母弟", "母・祖母", "父・本人", "里親"]), r.choice(["自転車", "バス", "JR"]), r.choice(["", "", "喘息", "心疾患（運動制限）"])] for x in st[:20]])]))
    emit(od(7, "Documents/old/soten_1gakki.xls"), "II", "定期考査素点表", "legacy-or-encoding", "xls", book("xls", [{"name": "1-7", "rows": [["番", "氏名", "中間", "期末"]] + [[x["no"], x["name"], score(), score()] for x in st]}]))
    # tsv/ods 出席簿 定時制 foreign
    st = klass(3, 1, 18, foreign=5)
    rows = [["番", "氏名", "原語表記", "国籍", "欠席", "遅刻", "備考"]] + [[x["no"], x["name"], x["orig"], x["nat"], r.randint(0, 20), r.randint(0, 30), r.choice(["", "勤務のため遅刻多い", "在留資格更新中", ""])] for x in st]
    emit(sp("定時制教務", "出席/teiji_3nen_shukketsu.ods"), "I", "出席簿", "foreign-names", "ods", book("ods", [{"name": "3年", "rows": rows}]))
    emit(sp("定時制教務", "出席/teiji_3nen_shukketsu_export.tsv"), "I", "出席簿", "foreign-names", "tsv", sv(rows, "\t", "utf-16"))
    # zip with csv exports (Ⅱ)
    entries = []
    for k in (1, 2, 3):
        st = klass(2, k, 30)
        entries.append(("export/soten_2%d.csv" % k, sv([["番", "氏名", "点"]] + [[x["no"], x["name"], score()] for x in st], enc="cp932")))
    emit(sp("教務部", "成績処理/校務支援エクスポート/export_20241115.zip"), "II", "定期考査素点表", "container", "zip", zipf(entries))
    # Ⅲ/Ⅳ near-misses
    emit(sp("SN_教務", "研修/医療的ケア研修_資料.pptx"), "III", "教材研究資料", "near-miss", "pptx", doc("pptx", [("h", "医療的ケア 校内研修"), ("p", "喀痰吸引の手順"), ("p", "緊急時対応フロー"), ("h", "事例（架空）"), ("p", "Aさん：吸引後にSpO2低下→主治医へ連絡")]), note="医療的ケアの研修資料で実在の児童の情報はない。")
    emit(sp("SN_寄宿舎", "Shared/寄宿舎_日課表.docx"), "IV", "学校要覧", "near-miss", "docx", doc("docx", [("h", "寄宿舎 日課表"), ("t", [["時刻", "日課"], ["6:30", "起床"], ["7:00", "朝食"], ["16:00", "帰舎"], ["18:00", "夕食"], ["21:00", "就寝"]])]), note="日課のみ。")
    emit(sp("SN_進路", "現場実習/実習先一覧_企業連絡先.xlsx"), "III", "職員会議の資料", "near-miss", "xlsx", book("xlsx", [{"name": "企業", "rows": [["企業", "担当", "電話", "受入人数"]] + [[c, "採用担当", "096-000-%04d" % r.randint(1000, 9999), r.randint(1, 3)] for c in ["架空フーズ", "架空クリーニング", "架空工房", "架空物流", "架空ホテル"]]}]), note="企業の代表連絡先で生徒の情報はない（校務系情報としてⅢ）。")
    emit(sp("SN_進路", "現場実習/現場実習_評価表_様式.docx"), "IV", "各種届雛形", "blank-form", "docx", doc("docx", [("h", "現場実習 評価表"), ("p", "実習生氏名（　　　　）"), ("t", [["項目", "A", "B", "C"], ["挨拶", "", "", ""], ["作業速度", "", "", ""], ["正確さ", "", "", ""]])]))
    s = klass(3, 1, 1, school="sn_h")[0]
    emit(sp("SN_進路", "現場実習/現場実習_評価表_%s.docx" % short(s["name"])), "II", "成績に関する個票等", "filled-form", "docx", doc("docx", [("h", "現場実習 評価表"), ("p", "実習生氏名（%s）" % s["name"]), ("t", [["項目", "A", "B", "C"], ["挨拶", "○", "", ""], ["作業速度", "", "○", ""], ["正確さ", "", "", "○"]]), ("p", "所見：こだわりが強く、手順の変更時に混乱が見られた。")]))
    emit(sp("保健部", "お知らせ/ほけんだより_11月.pdf"), "IV", "学校・学年・学級だより", "realistic-name", "pdf", doc("pdf", [("h", "ほけんだより 11月号"), ("p", "インフルエンザが流行しています。手洗い・うがいを心がけましょう。"), ("p", "10月の保健室利用：延べ312人（けが 98、体調不良 214）")]))
    emit(sp("保健部", "お知らせ/保健室利用_集計_10月.csv"), "III", "職員会議の資料", "near-miss", "csv", sv([["学年", "けが", "体調不良", "相談"], [1, 40, 80, 12], [2, 33, 70, 9], [3, 25, 64, 7]]), note="学年別件数のみ。")
    emit(sp("教務部", "様式/転学照会_様式.rtf"), "IV", "各種届雛形", "blank-form", "rtf", doc("rtf", [("h", "転学照会書"), ("p", "生徒氏名："), ("p", "生年月日："), ("p", "転学理由："), ("p", "上記の者の転学について照会します。")]))
    emit(tm("情報部", "General", "M365_運用マニュアル.md"), "III", "職員会議の資料", "near-miss", "md", doc("md", [("h", "M365 運用ルール（職員用）"), ("p", "- 重要性分類Ⅱ以上の情報（成績、指導記録、住所録等）はSharePoint/OneDriveに保存しない。"), ("p", "- パスワードは12文字以上。"), ("p", "- 共有リンクは組織内に限定する。")]), note="運用ルールでIDやパスワード自体はない（職員向けの校内文書としてⅢ）。")
    emit(tm("情報部", "General", "システム構成図_校務系.pdf"), "II", "教育情報システム仕様書", "realistic-name", "pdf", doc("pdf", [("h", "校務系ネットワーク構成（本校）"), ("t", [["機器", "IP", "用途"], ["KOMU-SV01", "10.20.14.5", "校務ファイルサーバ"], ["KOMU-FW", "10.20.14.1", "UTM"], ["PRN-01", "10.20.14.40", "複合機"]]), ("p", "管理者アカウント：admin14 / 初期PWは事務室金庫")]))
    emit(sp("SN_小学部", "学級通信/がっきゅうつうしん_11.docx"), "IV", "学校・学年・学級だより", "realistic-name", "docx", doc("docx", [("h", "がっきゅうつうしん 11月"), ("p", "いもほり をしました。みんなで 大きな さつまいも を ほりました。"), ("p", "12月は クリスマス会 が あります。")]))
    emit(sp("SN_小学部", "学級通信/がっきゅうつうしん_11_下書き.docx"), "I", "児童生徒に関する個人情報（心身の状況）", "hidden-content", "docx",
         doc("docx", [("h", "がっきゅうつうしん 11月"), ("p", "いもほり をしました。")], comments=[("いもほり", "%sさんはてんかん発作のため参加できず。写真に入れないこと（母希望）" % G.name()[0])]), note="コメントに児童の発作。")
    # more images
    s = klass(2, 2, 1, school="sn_j")[0]
    emit(tm("SN_中学部", "2年", "写真/IMG_20241114_1530.jpg"), "I", "個別指導計画", "scan-or-photo", "jpg", image("jpg", [[("h", "個別の指導計画（後期）"), ("f", "氏名", s["name"]), ("f", "自立活動", "気持ちの切り替え（タイマー使用）"), ("f", "評価", "パニックの回数 週3→週1")]]))
    emit(sp("事務室", "スキャン/20241101_就学奨励費.pdf"), "I", "校内就学援助関係書類", "scan-or-photo", "pdf-image", image("pdf-image", [[("h", "特別支援教育就学奨励費 収入額・需要額調書"), ("f", "児童生徒", s["name"]), ("f", "世帯収入", "3,120,000円"), ("f", "区分", "第Ⅱ段階"), ("f", "保護者", s["guardian"])]]))
    emit(od(9, "Pictures/Screenshots/Screenshot 2024-11-13 164512.png"), "II", "定期考査素点表", "scan-or-photo", "png", shot("成績一覧 2-1", [["番", "氏名", "国", "数", "英"]] + [[n, G.name()[0], score(), score(), score()] for n in range(1, 26)], "Excel"))
    emit(tm("3学年団", "General", "写真/IMG_3310.jpg"), "IV", "学校行事実施計画（体育大会実施計画等）", "realistic-name", "jpg", image("jpg", [[("h", "卒業式 式次第（案）"), ("p", "1 開式の辞"), ("p", "2 国歌斉唱"), ("p", "3 卒業証書授与"), ("p", "4 校長式辞")]]))
    emit(sp("SN_教務", "様式/医療的ケア_実施記録_様式.png"), "IV", "各種届雛形", "blank-form", "png", image("png", [[("h", "医療的ケア 実施記録（様式）"), ("f", "児童生徒", ""), ("f", "時刻", ""), ("f", "ケア内容", ""), ("f", "実施者", "")]]))
