# -*- coding: utf-8 -*-
"""高校: 教務・成績・入試・学籍・出席 (mostly Ⅰ/Ⅱ, some Ⅲ near-miss)."""
from core import emit, book, doc, image, shot, sv, zipf, eml
from common import *


def grade_sheet(g, k, subj, foreign=0):
    st = klass(g, k, foreign=foreign)
    rows = [["年", "組", "番", "氏名"] + subj + ["平均", "欠課時数"]]
    for s in st:
        hs = [hyotei() for _ in subj]
        rows.append([g, k, s["no"], s["name"]] + hs + [round(sum(hs) / len(hs), 2), r.randint(0, 14)])
    return st, rows


def run():
    # 1 評定一覧表 multi-sheet, 集計 first
    sheets = [{"name": "集計", "rows": [["学年", "在籍", "評定平均", "5の人数", "1の人数"]] + [[g, r.randint(150, 170), round(r.uniform(3.2, 3.8), 2), r.randint(200, 400), r.randint(5, 30)] for g in (1, 2, 3)]}]
    for g in (1, 2, 3):
        rows = [["年", "組", "番", "氏名"] + (SUBJ1 if g < 3 else SUBJ3) + ["平均"]]
        for k in (1, 2):
            _, rr = grade_sheet(g, k, SUBJ1 if g < 3 else SUBJ3)
            rows += [x[:-1] for x in rr[1:]]
        sheets.append({"name": "%d年" % g, "rows": rows})
    emit(sp("教務部", "成績処理/令和6年度/R6_前期評定一覧_全学年.xlsx"), "I", "評定一覧表", "realistic-name", "xlsx", book("xlsx", sheets))
    # late-page: 説明, 様式, then data on sheet 3+
    sh2 = [{"name": "入力上の注意", "rows": [["1. 評定は5段階で入力してください。"], ["2. 欠課時数は校務支援システムから転記。"], ["3. 入力締切 10月11日(金)"]]},
           {"name": "科目コード", "rows": [["コード", "科目"]] + [["%03d" % (i + 101), s] for i, s in enumerate(SUBJ1)]},
           sheets[2]]
    emit(sp("教務部", "成績処理/令和6年度/評定入力_手引き.xlsx"), "I", "評定一覧表", "late-page", "xlsx", book("xlsx", sh2), note="入力の手引きに見えるが3枚目に2年の評定一覧がある。")
    # romaji names
    emit(od(0, "Documents/seiseki_2024.xlsx"), "I", "評定一覧表", "realistic-name", "xlsx", book("xlsx", [sheets[1]]))
    emit(od(1, "デスクトップ/seiseki_2024_2nen_final(1).ods"), "I", "評定一覧表", "realistic-name", "ods", book("ods", [sheets[2]]))
    # 2 定期考査素点表: school-system csv exports (Shift_JIS)
    for (g, k) in [(1, 1), (1, 2), (2, 3), (3, 1)]:
        st = klass(g, k)
        subj = SUBJ1[:6] if g < 3 else SUBJ3[:6]
        rows = [["生徒番号", "学年", "組", "出席番号", "氏名", "考査名"] + subj]
        for s in st:
            rows.append([stid(g, k, s["no"]), g, k, s["no"], s["name"], "2学期中間考査"] + [score() for _ in subj])
        enc = "cp932" if (g + k) % 2 == 0 else "utf-8-sig"
        emit(sp("教務部", "成績処理/校務支援エクスポート/soten_%d%d_2gakki_chukan.csv" % (g, k)), "II", "定期考査素点表", "legacy-or-encoding" if enc == "cp932" else "realistic-name", "csv", sv(rows, enc=enc))
    # id-by-number 素点 (no names)
    rows = [["年組番", "国", "数", "英", "理", "社", "合計"]]
    for n in range(1, 36):
        sc = [score() for _ in range(5)]
        rows.append(["2-4-%02d" % n] + sc + [sum(sc)])
    emit(od(2, "Documents/2-4_中間_集計.tsv"), "II", "定期考査素点表", "id-by-number", "tsv", sv(rows, "\t", "utf-16"), note="氏名はないが年・組・番で生徒が特定できる。")
    # 3 単位認定・進級認定
    st = klass(3, 2, foreign=1)
    rows = [["学籍番号", "氏名", "科目", "単位数", "評定", "欠課時数", "認定", "備考"]]
    for s in st:
        for sj in r.sample(SUBJ3, 3):
            h = hyotei(); ab = r.randint(0, 40)
            rows.append(["R%s" % stid(3, 2, s["no"]), s["name"], sj, r.choice([2, 3, 4]), h, ab, "否" if h == 1 or ab > 35 else "可", "補習対象" if ab > 30 else ""])
    emit(sp("教務部", "単位認定/R6_tanni_nintei_3nen.csv"), "I", "進級・卒業認定資料", "realistic-name", "csv", sv(rows, enc="cp932"), note="Shift_JISの単位認定エクスポート。")
    blocks = [("h", "令和6年度 卒業認定会議資料（3年）"), ("p", "1. 卒業見込者数 312名（全日制）、定時制 4年次 21名"), ("p", "2. 単位未修得者（要審議）"),
              ("t", [["組", "番", "氏名", "未修得科目", "欠課時数", "補習計画"]] + [[2, s["no"], s["name"], r.choice(SUBJ3), r.randint(36, 50), "冬季休業中に補充指導"] for s in st[:6]]),
              ("p", "3. 審議の結果は教務部で取りまとめ、校長決裁後に指導要録へ記入する。")]
    emit(sp("教務部", "会議資料/卒業認定会議_資料.docx"), "I", "進級・卒業認定資料", "realistic-name", "docx", doc("docx", blocks, header="取扱注意 職員限り"))
    # 4 出席簿 (定時制) multi-sheet months
    st = klass(1, 1, 24, foreign=3)
    shs = []
    for m in (4, 5, 6, 7):
        rows = [["番", "氏名"] + ["%d/%d" % (m, d) for d in range(1, 23)] + ["欠席", "遅刻"]]
        for s in st:
            marks = [r.choices(["", "欠", "遅", "早", "公"], [80, 8, 7, 3, 2])[0] for _ in range(22)]
            rows.append([s["no"], s["name"]] + marks + [marks.count("欠"), marks.count("遅")])
        shs.append({"name": "%d月" % m, "rows": rows})
    emit(sp("定時制教務", "出席/R6_定時制1年_出席簿.xlsx"), "I", "出席簿", "realistic-name", "xlsx", book("xlsx", shs))
    emit(od(3, "デスクトップ/Book1.xlsx"), "I", "出席簿", "untitled-table", "xlsx", book("xlsx", [{"name": "Sheet1", "rows": shs[1]["rows"][1:]}]), note="見出しのない表だが日別の欠席・遅刻記録。")
    # 5 名列表 near-miss (Ⅲ) and the same with hidden sheet (Ⅰ)
    for g, k in [(1, 3), (2, 1)]:
        st = klass(g, k, foreign=1)
        rows = [["%d年%d組 名列表" % (g, k)], ["番", "氏名", "性別", "部活動"]] + [[s["no"], s["name"], s["sex"], r.choice(["サッカー", "吹奏楽", "弓道", "美術", "バスケット", "陸上", "なし"])] for s in st]
        emit(tm("%d学年団" % g, "General", "名簿/%d-%d_名列表.xlsx" % (g, k)), "III", "名列表", "near-miss", "xlsx", book("xlsx", [{"name": "名列", "rows": rows}]), note="氏名・性別・部活動のみで住所等はない。")
    st = klass(2, 2)
    rows = [["番", "氏名", "性別"]] + [[s["no"], s["name"], s["sex"]] for s in st]
    rows2 = [["番", "氏名", "保護者", "住所", "電話", "メール"]] + [[s["no"], s["name"], s["guardian"], s["addr"], s["tel"], s["mail"]] for s in st]
    emit(tm("2学年団", "General", "名簿/2-2_名列表.xlsx"), "I", "児童生徒の住所録", "hidden-content", "xlsx",
         book("xlsx", [{"name": "名列", "rows": rows}, {"name": "連絡先", "rows": rows2, "hidden": True}]), note="表に見える名列表は分類Ⅲだが非表示シートに住所・電話があり2-2(5)③で上位の分類に従う。")
    rows = [["番", "氏名", "性別", "生年月日", "自宅電話", "緊急連絡先"]] + [[s["no"], s["name"], s["sex"], s["birth"], s["tel"], G.phone()] for s in st]
    emit(tm("2学年団", "General", "名簿/2-2_係名簿.xlsx"), "I", "児童生徒の住所録", "hidden-content", "xlsx",
         book("xlsx", [{"name": "係", "rows": rows, "hidden_cols": [3, 4, 5]}]), note="電話の列が非表示になっている。")
    # 6 座席表 Ⅲ with cell note Ⅰ
    st = klass(1, 4)
    grid = [["教卓"]] + [[st[(c * 6 + rr) % len(st)]["name"] for c in range(6)] for rr in range(6)]
    emit(tm("1学年団", "1年4組", "座席表_2学期.xlsx"), "III", "座席表", "near-miss", "xlsx", book("xlsx", [{"name": "座席", "rows": grid}]))
    emit(tm("1学年団", "1年4組", "座席表_2学期_配慮版.xlsx"), "I", "児童生徒に関する個人情報（心身の状況）", "hidden-content", "xlsx",
         book("xlsx", [{"name": "座席", "rows": grid, "comments": [(2, 0, "難聴（左耳）のため前列固定。補聴器使用、保護者了承済。"), (4, 3, "起立性調節障害で通院中。1限欠席時は保健室へ連絡。"), (6, 5, "父親からのDVで一時保護歴あり。窓際不可（SSW助言）")]}]),
         note="座席表自体はⅢだがセルのメモに心身の状況・家庭の事情がある。")
    # 7 入試 (Ⅰ) 採点表・合否・面接; 入試問題 Ⅱ
    rows = [["受験番号", "氏名", "出身中学校", "国語", "数学", "英語", "社会", "理科", "学力検査計", "調査書点", "面接", "総合点", "判定"]]
    for n in range(1, 41):
        nm = G.name()[0]
        sc = [score() for _ in range(5)]
        chosa = r.randint(120, 220)
        tot = sum(sc) + chosa
        rows.append(["%04d" % (1000 + n), nm, "熊本市立架空%s中学校" % r.choice(["東", "西", "北", "桜", "白藤"]), *sc, sum(sc), chosa, r.choice("ABC"), tot, "合" if tot > 480 else "否"])
    emit(sp("入試委員会", "R7入学者選抜/採点/R7前期_成績一覧表.xlsx"), "I", "公立高校入学者選抜に係る成績一覧表", "realistic-name", "xlsx",
         book("xlsx", [{"name": "集計", "rows": [["受験者", 40], ["合格", sum(1 for x in rows[1:] if x[-1] == "合")]]}, {"name": "一覧", "rows": rows}]))
    emit(sp("入試委員会", "R7入学者選抜/採点/新規 Microsoft Excel ワークシート.xlsx"), "I", "公立高校入学者選抜に係る成績一覧表", "untitled-table", "xlsx",
         book("xlsx", [{"name": "Sheet1", "rows": [x[:9] for x in rows[1:]]}]), note="見出しのない受験番号・氏名・得点の表。")
    emit(od(4, "Documents/goui_list_R7.csv"), "I", "入学者選抜に関する表簿（願書等）", "misleading-name", "csv",
         sv([["受験番号", "氏名", "判定"]] + [[x[0], x[1], x[-1]] for x in rows[1:]], enc="cp932"), note="合否一覧（ファイル名は合意リスト風）。")
    blocks = [("h", "面接評価票（令和7年度 推薦入学者選抜）")]
    for x in rows[1:9]:
        blocks += [("p", "受験番号 %s　氏名 %s" % (x[0], x[1])), ("p", "志望動機：%s　態度：%s　表現：%s" % (r.choice("ABC"), r.choice("ABC"), r.choice("ABC"))),
                   ("p", "所見：%s" % r.choice(["中学校で不登校の時期があったが、現在は安定していると本人が述べた。", "受け答えは明瞭。家庭の経済状況から奨学金希望とのこと。", "緊張が強く、発言に時間を要した。場面緘黙の診断ありと調査書備考。", "部活動の実績を具体的に説明できた。"]))]
    emit(sp("入試委員会", "R7入学者選抜/面接/面接評価票_推薦.docx"), "I", "入学者選抜に関する表簿（願書等）", "realistic-name", "docx", doc("docx", blocks, footer="入試委員会 取扱注意"))
    blocks = [("h", "令和7年度 学校独自検査 問題（案）"), ("p", "第1問 次の文章を読んで、あとの問いに答えなさい。"), ("p", "　地域の伝統行事は、人口減少とともに担い手が少なくなっている。あなたの住む地域の例を挙げ、200字以内で考えを述べなさい。"),
              ("p", "第2問 次のグラフは熊本市の年齢別人口の推移を示したものである。読み取れることを二つ書きなさい。"), ("p", "【採点基準】第1問：具体例2点、論理3点、字数条件1点…")]
    emit(sp("入試委員会", "R7入学者選抜/問題作成/独自検査_作文_v2.docx"), "II", "入学者選抜問題", "realistic-name", "docx", doc("docx", blocks, tracked=[("del", "第3問 （差し替え前の設問）")]))
    # 8 通知表・個票 (Ⅱ)
    st = klass(1, 2, 8)
    pages = []
    for i, s in enumerate(st):
        if i:
            pages.append(("br",))
        pages += [("h", "令和6年度 前期 通知表　1年2組 %d番 %s" % (s["no"], s["name"])), ("t", [["科目", "評定", "欠課"]] + [[sj, hyotei(), r.randint(0, 5)] for sj in SUBJ1]), ("p", "担任所見：前期は学習に意欲的に取り組みました。")]
    emit(tm("1学年団", "1年2組", "通知表/R6前期_通知表_1-2_出力.pdf"), "II", "通知表", "realistic-name", "pdf", doc("pdf", pages))
    s = st[0]
    blocks = [("h", "個人成績票"), ("p", "1年2組%d番 %s" % (s["no"], s["name"])), ("t", [["考査", "国", "数", "英", "順位"]] + [[t, score(), score(), score(), r.randint(1, 320)] for t in ["1学期中間", "1学期期末", "2学期中間"]])]
    emit(od(5, "デスクトップ/kojinhyo_%s.rtf" % ROMA[3]), "II", "成績に関する個票等", "realistic-name", "rtf", doc("rtf", blocks))
    # 9 教務手帳 (Ⅱ) — teacher's own gradebook
    st = klass(2, 1)
    rows = [["番", "氏名", "小テ1", "小テ2", "提出物", "中間", "期末", "知技", "思判表", "主体"]] + [[s["no"], s["name"], r.randint(3, 10), r.randint(3, 10), r.choice("◎○△×"), score(), score(), r.choice("ABC"), r.choice("ABC"), r.choice("ABC")] for s in st]
    emit(od(6, "Documents/教務手帳_数学Ⅱ_2-1.xlsx"), "II", "教務手帳", "realistic-name", "xlsx", book("xlsx", [{"name": "2-1", "rows": rows}]))
    emit(od(6, "Documents/無題のスプレッドシート.xlsx"), "II", "教務手帳", "untitled-table", "xlsx", book("xlsx", [{"name": "シート1", "rows": [x[2:7] + [x[0]] for x in rows[1:]]}]), note="出席番号付きの得点記録（見出しなし）。")
    # 10 転退学・休学 受付簿 (Ⅱ)
    rows = [["受付番号", "受付日", "年", "組", "氏名", "区分", "理由", "転学先/予定"]]
    for n in range(1, 23):
        s = G.name()[0]
        rows.append([n, date(), r.randint(1, 3), r.randint(1, 8), s, r.choice(["退学願", "休学願", "転学願", "復学願"]), r.choice(["進路変更", "家庭の事情", "病気療養", "転居"]), r.choice(["通信制高校", "", "県外", "就職"])])
    emit(sp("教務部", "学籍/休学・退学願等受付簿_R6.xlsx"), "II", "休学・退学願等受付簿", "realistic-name", "xlsx", book("xlsx", [{"name": "R6", "rows": rows}]))
    emit(sp("教務部", "学籍/tentaigaku_uketsuke.xls"), "II", "転退学受付（整理）簿", "legacy-or-encoding", "xls", book("xls", [{"name": "R6", "rows": rows[:12]}]), note="旧形式（HTML形式xls, Shift_JIS）。")
    # 11 卒業証書授与台帳 (Ⅰ)
    st = klass(3, 1, foreign=1)
    rows = [["証書番号", "氏名", "生年月日", "卒業年月日", "課程", "学科"]] + [["第%d号" % (24001 + s["no"]), s["name"], s["birth"], "2025/03/01", "全日制", "普通科"] for s in st]
    emit(sp("教務部", "卒業/卒業証書授与台帳_R6.ods"), "I", "卒業証書授与台帳", "realistic-name", "ods", book("ods", [{"name": "台帳", "rows": rows}]))
    # 12 ID/PW 管理台帳 (Ⅱ) untitled
    rows = [[t, "t%s@school.example.jp" % t, "Km%04d!%s" % (r.randint(1000, 9999), t[:2]), r.choice(["校務PC", "成績処理", "M365"])] for t in TEACH]
    emit(od(7, "デスクトップ/新規 テキスト ドキュメント.txt"), "II", "情報システムログインID/PW管理台帳", "untitled-table", "txt", "\r\n".join("\t".join(x) for x in rows).encode("cp932"), note="教職員のIDとパスワードの一覧。")
    # 13 出勤簿・体温チェック (Ⅱ)
    rows = [["職員名"] + ["11/%d" % d for d in range(1, 21)]] + [[n] + [r.choice(["出", "出", "出", "年休", "出張", "特休"]) for _ in range(20)] for n in TCH_JA]
    emit(sp("事務室", "服務/出勤簿_11月.xlsx"), "II", "出勤簿", "realistic-name", "xlsx", book("xlsx", [{"name": "11月", "rows": rows}]))
    rows = [["部員", "8/1", "8/2", "8/3", "8/4"]] + [[G.name()[0]] + ["%.1f" % r.uniform(35.9, 37.4) for _ in range(4)] for _ in range(25)]
    emit(tm("陸上競技部", "General", "合宿_体温チェック表.xlsx"), "II", "体温チェック表", "realistic-name", "xlsx", book("xlsx", [{"name": "体温", "rows": rows}]))
    # 14 職員緊急連絡網・住所録 (Ⅰ)
    rows = [["順", "氏名", "自宅住所", "携帯", "次の連絡先"]] + [[i + 1, n, G.addr(), G.phone(), TCH_JA[(i + 1) % 10]] for i, n in enumerate(TCH_JA)]
    emit(sp("総務部", "連絡網/職員緊急連絡網_R6.docx"), "I", "職員緊急連絡網", "realistic-name", "docx", doc("docx", [("h", "職員緊急連絡網（令和6年度）"), ("p", "災害時は下記の順に連絡すること。"), ("t", rows)]))
    emit(od(8, "Documents/renrakumo.md"), "I", "職員緊急連絡網", "realistic-name", "md", doc("md", [("h", "連絡網 (2学年)"), ("t", rows[:7])]))
    # 15 人事情報 (Ⅰ)
    blocks = [("h", "令和7年度 校内人事に関する希望調査"), ("p", "氏名：%s　（教諭・数学）" % TCH_JA[2]), ("p", "1. 来年度の希望分掌：進路指導部"), ("p", "2. 異動希望：あり（県北地区）"),
              ("p", "3. 家庭の事情等：妻の療養（がん治療中）のため、当面は担任を外してほしい。子の送迎があり7時半以降の出勤が望ましい。"), ("p", "4. 健康状態：腰椎椎間板ヘルニアで通院中。")]
    emit(od(2, "Documents/jinji_kibou_R7.docx"), "I", "教職員の人事情報", "realistic-name", "docx", doc("docx", blocks))
    # 16 指導要録原本 scan (Ⅰ)
    st = klass(3, 5, 3)
    pgs = []
    for s in st:
        pgs.append([("h", "高等学校生徒指導要録（様式1 学籍に関する記録）"), ("f", "生徒氏名", s["name"]), ("f", "生年月日", s["birth"]), ("f", "現住所", s["addr"]), ("f", "保護者氏名", s["guardian"]), ("f", "入学", "令和4年4月8日 第1学年入学"), ("f", "転入学", ""), ("f", "卒業", "")])
    pgs.append([("h", "指導に関する記録"), ("t", [["教科", "科目", "1年", "2年", "3年"]] + [["国語", sj, hyotei(), hyotei(), ""] for sj in ["現代の国語", "言語文化", "論理国語"]], True), ("p", "総合所見：生徒会活動で中心的な役割を果たした。")])
    emit(sp("教務部", "学籍/スキャン/SCN_0142.pdf"), "I", "指導要録原本", "scan-or-photo", "pdf-image", image("pdf-image", pgs))
    # 17 成績 csv in EUC-JP (old system)
    st = klass(2, 6)
    rows = [["NO", "NAME", "KOKUGO", "SUUGAKU", "EIGO", "HYOUTEI_HEIKIN"]] + [[s["no"], s["name"], hyotei(), hyotei(), hyotei(), round(r.uniform(2.5, 4.8), 1)] for s in st]
    emit(od(9, "Documents/old/hyotei_2-6.csv"), "I", "評定一覧表", "legacy-or-encoding", "csv", sv(rows, enc="euc_jp"), note="EUC-JPの評定一覧。")
    # 18 成績 pptx 職員会議 notes (Ⅰ)
    blocks = [("h", "2学年 学年会 資料"), ("p", "前期の欠席状況と学習状況について"), ("h", "欠席状況"), ("p", "30日以上欠席：3名"), ("p", "うち別室登校：1名"), ("h", "今後の対応"), ("p", "SC・SSWとの連携会議を11月に実施")]
    emit(tm("2学年団", "General", "学年会/2学年会_1015.pptx"), "I", "生徒指導記録簿", "hidden-content", "pptx",
         doc("pptx", blocks, notes={1: "2-3 ○○（%s）：母親の精神疾患で家事を担っておりヤングケアラーの可能性。\n2-5 %s：リストカット痕を養護教諭が確認、医療機関受診を勧めた。" % (G.name()[0], G.name()[0])}),
         note="スライド本文は件数のみだがノートに個別の生徒の家庭・心身の状況がある。")
