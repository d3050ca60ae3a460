# -*- coding: utf-8 -*-
"""特別支援学校: 個別の教育支援計画・指導計画・医療的ケア・寄宿舎・現場実習・給食."""
from core import emit, book, doc, image, shot, sv, zipf, eml
from common import *

DIAG = ["自閉スペクトラム症、知的障害（療育手帳B1）", "ダウン症候群、軽度難聴", "脳性まひ（痙直型）、てんかん", "知的障害（療育手帳A2）、ADHD", "重症心身障害、気管切開", "二分脊椎、導尿が必要"]


def iep(s, dept):
    return [("h", "個別の教育支援計画（%s）" % dept), ("p", "氏名：%s　生年月日：%s　保護者：%s" % (s["name"], s["birth"], s["guardian"])), ("p", "住所：%s　連絡先：%s" % (s["addr"], s["tel"])),
            ("p", "障害の状態：%s" % r.choice(DIAG)), ("p", "生育歴：1歳6か月健診で言葉の遅れを指摘。3歳から児童発達支援センター架空園に通園。"),
            ("t", [["関係機関", "担当", "支援内容"], ["架空こども病院", "主治医", "服薬調整（月1回）"], ["相談支援事業所 架空", "相談支援専門員", "放課後等デイサービス利用調整"], ["熊本市架空区役所", "保健子ども課", "福祉サービス受給者証"]]),
            ("p", "本人・保護者の願い：身の回りのことを自分でできるようになってほしい。卒業後は就労継続支援B型の利用を希望。")]


def run():
    depts = [("小学部", "sn_e", 3), ("中学部", "sn_j", 2), ("高等部", "sn_h", 2)]
    n = 0
    for dept, sch, g in depts:
        st = klass(g, 1, 6, school=sch)
        for s in st[:3]:
            n += 1
            fmt = ["docx", "docx", "pdf", "odt", "doc", "docx", "rtf", "docx", "pdf"][n - 1]
            nm = ["個別の教育支援計画_%s.%s" % (short(s["name"]), fmt), "IEP_draft_v%d.%s" % (n % 4 + 1, fmt), "shien_keikaku_%s.%s" % (r.choice(ROMA), fmt)][n % 3]
            style = "realistic-name"
            emit(sp("SN_" + dept, "個別の教育支援計画/R6/" + nm), "I", "個別の教育支援計画", style, fmt, doc(fmt, iep(s, dept)))
        # 個別の指導計画 multi-sheet (集計 first, one sheet per pupil)
        shs = [{"name": "集計", "rows": [["氏名", "目標数", "達成"]] + [[s["name"], 4, r.randint(1, 4)] for s in st]}]
        for s in st:
            shs.append({"name": s["name"].split(" ")[0], "rows": [["領域", "長期目標", "短期目標", "手立て", "評価"],
                        ["生活", "着替えを一人でできる", "ボタンを2つ留める", "写真カードで手順提示", "○"], ["コミュニケーション", "要求を伝える", "絵カードで『トイレ』を伝える", "PECS", "△"],
                        ["自立活動", "姿勢保持", "座位10分", "クッションチェア", "○"], ["健康", "服薬：%s" % r.choice(["デパケン朝夕", "なし", "リスパダール就寝前", "エピペン携帯"]), "", "", ""]]})
        emit(sp("SN_" + dept, "個別の指導計画/R6_後期_個別の指導計画_%s.xlsx" % dept), "I", "個別指導計画", "late-page", "xlsx", book("xlsx", shs), note="1枚目は集計のみで、3枚目以降に個別の指導計画と服薬がある。")
    # untitled 指導計画
    st = klass(2, 1, 7, school="sn_h")
    rows = [[s["name"], "作業学習", "清掃の手順を覚える", "手順書", r.choice("◎○△")] for s in st]
    emit(od(9, "Documents/Book1.xlsx"), "I", "個別指導計画", "untitled-table", "xlsx", book("xlsx", [{"name": "Sheet1", "rows": rows}]), note="見出しなしの氏名・目標・評価。")
    # blank IEP form (Ⅳ) and notice about IEP (Ⅳ/Ⅲ)
    blocks = [("h", "個別の教育支援計画（様式）"), ("p", "氏名（　　　　　）　生年月日（　　年　月　日）"), ("p", "障害の状態："), ("p", "関係機関："), ("p", "本人・保護者の願い："), ("p", "※令和6年度版様式。記入後は校務用PCの指定フォルダに保存すること。")]
    emit(sp("SN_教務", "様式/個別の教育支援計画_様式_R6.docx"), "IV", "各種届雛形", "blank-form", "docx", doc("docx", blocks), note="記入前の様式。")
    emit(sp("SN_教務", "様式/IEP_template_blank.odt"), "IV", "各種届雛形", "blank-form", "odt", doc("odt", blocks))
    blocks = [("h", "個別の教育支援計画 作成・見直しのスケジュール"), ("t", [["時期", "内容", "担当"], ["5月", "保護者面談・願いの聞き取り", "担任"], ["6月", "計画作成・部主事確認", "担任・部主事"], ["10月", "中間評価", "担任"], ["2月", "評価・引継ぎ", "担任・コーディネーター"]]),
              ("p", "作成した計画は校務系サーバに保存し、クラウドには置かないこと（2-2(7)⑤）。")]
    emit(tm("SN_職員", "General", "IEP_schedule_R6.pdf"), "III", "職員会議の資料", "notice-about-record", "pdf", doc("pdf", blocks), note="記録についての日程で個人の情報はない。")
    # 医療的ケア (Ⅰ)
    st = klass(4, 1, 8, school="sn_e")
    for i, s in enumerate(st[:2]):
        blocks = [("h", "医療的ケア指示書"), ("p", "対象児童：%s（小学部4年）　生年月日 %s" % (s["name"], s["birth"])), ("p", "診断名：%s" % DIAG[4 + i]),
                  ("t", [["ケア内容", "方法", "回数"], ["喀痰吸引（気管カニューレ内）", "10Fr, 圧20kPa以下", "随時"], ["経管栄養（胃ろう）", "エンシュア 250ml", "12:00"], ["導尿", "清潔間欠導尿", "10:30, 14:00"]]),
                  ("p", "緊急時連絡先：架空こども病院 小児科 096-000-1234、母 %s" % s["tel"]), ("p", "主治医：架空 花子（印）")]
        emit(sp("SN_医療的ケア", "指示書/R6/" + ["医療的ケア指示書_%s.pdf" % short(s["name"]), "shijisho_scan_01.pdf"][i]), "I", "児童生徒に関する個人情報（心身の状況）", ["realistic-name", "scan-or-photo"][i], ["pdf", "pdf-image"][i],
             doc("pdf", blocks) if i == 0 else image("pdf-image", [blocks]))
    rows = [["日付", "時刻", "児童", "ケア", "SpO2", "脈拍", "実施者", "特記"]]
    for d in range(1, 31):
        s = r.choice(st[:3])
        rows.append(["11/%02d" % (d % 28 + 1), "%d:%02d" % (r.randint(9, 14), r.choice([0, 15, 30, 45])), s["name"], r.choice(["吸引", "経管栄養", "導尿", "吸入"]), r.randint(92, 99), r.randint(70, 120), r.choice(["看護師A", "看護師B", "担任"]), r.choice(["", "", "痰多め", "嘔吐1回", "発熱37.8 保護者連絡"])])
    emit(tm("SN_医療的ケア", "実施記録", "実施記録_11月.xlsx"), "I", "児童生徒に関する個人情報（心身の状況）", "realistic-name", "xlsx", book("xlsx", [{"name": "11月", "rows": rows}]))
    emit(tm("SN_医療的ケア", "実施記録", "jisshi_kiroku_11.csv"), "I", "児童生徒に関する個人情報（心身の状況）", "legacy-or-encoding", "csv", sv(rows, enc="cp932"))
    rows = [["発生日", "時刻", "児童", "発作型", "持続", "対応", "服薬"]] + [[date(), "%d:%02d" % (r.randint(8, 15), r.randint(0, 59)), r.choice(st)["name"], r.choice(["強直間代", "欠神", "脱力", "焦点意識減損"]), "%d秒" % r.randint(10, 180), r.choice(["側臥位・観察", "保護者連絡", "ダイアップ挿肛"]), r.choice(["", "ダイアップ6mg"])] for _ in range(24)]
    emit(tm("SN_小学部", "4年", "発作記録_R6.ods"), "I", "児童生徒に関する個人情報（心身の状況）", "realistic-name", "ods", book("ods", [{"name": "記録", "rows": rows}]))
    # 服薬 id-by-initials
    rows = [["児童", "薬剤", "用量", "時間", "確認"]] + [[initials(s), r.choice(["デパケンR", "イーケプラ", "リスパダール", "コンサータ", "エビリファイ"]), r.choice(["100mg", "200mg", "1ml", "18mg"]), r.choice(["昼食後", "10:00"]), r.choice(["済", "済", "未"])] for s in st]
    emit(tm("SN_小学部", "4年", "服薬チェック表.xlsx"), "I", "児童生徒に関する個人情報（心身の状況）", "id-by-number", "xlsx", book("xlsx", [{"name": "11月", "rows": rows}]), note="イニシャルで示されるが学級内で特定でき、服薬は心身の状況。")
    # 寄宿舎 (Ⅰ)
    st = klass(2, 1, 14, school="sn_h", foreign=1)
    blocks = [("h", "寄宿舎 生活記録（11月第1週）")]
    for s in st[:6]:
        blocks += [("p", "%s：%s" % (s["name"], r.choice(["夜間2回覚醒、パニックあり。頓服（リスパダール液）使用。", "入浴自立。夕食完食。", "帰省後から不眠傾向。母と電話で話し落ち着く。", "夜尿あり、シーツ交換。本人には配慮して声掛け。", "同室生とトラブル。自傷（手噛み）あり。"])))]
    emit(tm("SN_寄宿舎", "General", "生活記録/2024-11_week1.docx"), "I", "児童生徒に関する個人情報（生活歴・心身の状況）", "realistic-name", "docx", doc("docx", blocks))
    rows = [["氏名", "帰省日", "帰舎日", "迎え", "帰省先住所", "連絡先"]] + [[s["name"], "11/22", "11/25", r.choice(["母", "父", "祖母", "施設職員"]), s["addr"], s["tel"]] for s in st]
    emit(tm("SN_寄宿舎", "General", "帰省届/帰省届まとめ_11月.xlsx"), "I", "児童生徒の住所録", "foreign-names", "xlsx", book("xlsx", [{"name": "11月", "rows": rows}]))
    emit(tm("SN_寄宿舎", "General", "帰省届/kisei_11.txt"), "I", "児童生徒の住所録", "legacy-or-encoding", "txt", ("\r\n".join("\t".join(x) for x in rows)).encode("euc_jp", "replace"), note="EUC-JPのテキスト。")
    blocks = [("h", "帰省届"), ("f", "舎生氏名", st[0]["name"]), ("f", "帰省期間", "11月22日(金)〜11月25日(月)"), ("f", "帰省先", st[0]["addr"]), ("f", "連絡先", st[0]["tel"]), ("f", "保護者署名", st[0]["guardian"])]
    emit(tm("SN_寄宿舎", "General", "帰省届/20241118_帰省届_scan.pdf"), "I", "児童生徒の住所録", "filled-form", "pdf-image", image("pdf-image", [blocks]))
    blocks_b = [("h", "帰省届"), ("f", "舎生氏名", ""), ("f", "帰省期間", ""), ("f", "帰省先", ""), ("f", "連絡先", ""), ("f", "保護者署名", "")]
    emit(tm("SN_寄宿舎", "General", "様式/帰省届_様式.pdf"), "IV", "各種届雛形", "blank-form", "pdf", doc("pdf", blocks_b))
    # 現場実習 (Ⅰ/Ⅱ)
    st = klass(3, 1, 8, school="sn_h")
    s = st[0]
    body = "架空フーズ株式会社\n人事ご担当 様\n\nいつもお世話になっております。熊本市立架空特別支援学校 高等部3年担任の%sです。\n来週からの現場実習でお世話になる%sさんについてお知らせします。\n・自閉スペクトラム症の診断があり、急な予定変更が苦手です。作業手順は写真付きで示していただけると助かります。\n・大きな音が苦手でイヤーマフを使用します。\n・昼食後に服薬（コンサータ）があります。\n・緊急連絡先：母 %s\nよろしくお願いいたします。" % (TCH_JA[3], s["name"], s["tel"])
    emit(od(3, "Documents/メール保存/現場実習のお願い_架空フーズ.eml"), "I", "児童生徒に関する個人情報（心身の状況・電話番号）", "sensitive-in-plain-words", "eml", eml("現場実習（11/18〜11/29）について", "t.hayashi@school.example.jp", "jinji@foods.example.jp", body))
    rows = [["実習生", "実習先", "期間", "挨拶", "作業速度", "正確さ", "持続力", "総合", "企業コメント"]] + [[x["name"], r.choice(["架空フーズ", "架空クリーニング", "就労継続支援B型 架空工房"]), "11/18-11/29", r.choice("ABC"), r.choice("ABC"), r.choice("ABC"), r.choice("ABC"), r.choice("ABC"), r.choice(["指示をよく聞いていた", "休憩後の切替えに時間がかかる", "雇用を前向きに検討"])] for x in st]
    emit(sp("SN_進路", "現場実習/R6後期/実習評価まとめ.xlsx"), "II", "成績に関する個票等", "realistic-name", "xlsx", book("xlsx", [{"name": "評価", "rows": rows}]), note="実習評価は成績関係として扱った。")
    emit(sp("SN_進路", "現場実習/R6後期/genba_jisshu_hyoka.pptx"), "II", "成績に関する個票等", "realistic-name", "pptx",
         doc("pptx", [("h", "後期現場実習 報告"), ("p", "実習生8名、実習先5社"), ("h", "個別評価")] + [("p", "%s：総合%s" % (x[0], x[7])) for x in rows[1:]]))
    # 給食関係書類 (Ⅱ): アレルギー除去食一覧
    stx = klass(1, 1, 30, school="sn_j")
    rows = [["学部", "氏名", "除去", "代替", "形態"]] + [[r.choice(["小", "中", "高"]), x["name"], r.choice(["", "", "卵", "乳", "小麦", "えび・かに"]), r.choice(["", "代替あり"]), r.choice(["普通食", "刻み食", "ペースト食", "ミキサー食"])] for x in stx]
    emit(sp("SN_給食", "R6/給食形態・除去食一覧_11月.xlsx"), "II", "給食関係書類", "realistic-name", "xlsx", book("xlsx", [{"name": "一覧", "rows": rows}]))
    # 小学部 連絡帳 photo (Ⅰ)
    s = st[1]
    pg = [("h", "れんらくちょう　11月12日（火）"), ("f", "家庭から", "昨夜てんかん発作1回（2分）。朝の薬は飲ませました。"), ("f", "睡眠", "22時〜6時（途中1回起きる）"), ("f", "排便", "なし（3日目）"), ("f", "学校から", "日中は落ち着いて過ごしました。給食完食。")]
    emit(tm("SN_小学部", "4年", "写真/IMG_20241112_0815.jpg"), "I", "児童生徒に関する個人情報（心身の状況）", "scan-or-photo", "jpg", image("jpg", [pg]))
    # 支援会議 zip (Ⅰ)
    s = st[2]
    emit(sp("SN_高等部", "移行支援会議/移行支援会議_資料一式.zip"), "I", "個別の教育支援計画", "container", "zip",
         zipf([("次第.txt", "移行支援会議 次第\r\n1 開会\r\n2 本人の状況\r\n3 卒業後の支援\r\n".encode("cp932")), ("個別の教育支援計画_%s.docx" % short(s["name"]), doc("docx", iep(s, "高等部"))), ("会場案内.pdf", doc("pdf", [("h", "会場案内"), ("p", "本校 会議室2")]))]))
