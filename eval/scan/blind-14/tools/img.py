# -*- coding: utf-8 -*-
"""Images: phone photos (jpg), screenshots (png), copier scans (pdf-image)."""
from core import emit, book, doc, image, shot, sv, zipf, eml, R
import writers as W
from PIL import Image, ImageDraw
from common import *


def scene(caption, n=8, seed_col=(90, 140, 90)):
    im = Image.new("RGB", (1600, 1200), (150, 190, 230))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 700, 1600, 1200), fill=seed_col)
    for i in range(n):
        x = 120 + i * (1360 // n) + r.randint(-20, 20); y = 560 + r.randint(-30, 30)
        c = r.choice([(200, 40, 40), (30, 60, 160), (240, 240, 240), (20, 20, 20)])
        d.ellipse((x, y, x + 60, y + 60), fill=(230, 190, 160))
        d.rectangle((x - 10, y + 60, x + 70, y + 220), fill=c)
    d.rectangle((300, 200, 1300, 320), fill=(255, 255, 255))
    d.text((330, 230), caption, font=W.font(48), fill=(200, 0, 0))
    return W.img_bytes(W.photo(im, R, angle=r.uniform(-2, 2)), "jpg")


def run():
    # 定期考査答案 (Ⅱ) photos/scans
    for i in range(4):
        s = klass(1, 3, 4)[i]
        pg = [("h", "2学期中間考査 数学Ⅰ 解答用紙"), ("f", "1年3組 番号", "%d　%s" % (s["no"], s["name"])), ("f", "問1", "x = 2, 3"), ("f", "問2", "y = 2(x−3)²"), ("f", "問3", "−2 < x < 3"), ("f", "得点", "%d 点" % score())]
        kind = ["jpg", "pdf-image", "jpg", "png"][i]
        nm = ["IMG_%04d.jpg" % (5101 + i), "答案_1-3_%02d.pdf" % s["no"], "PXL_20241030_0%d1522.jpg" % i, "答案確認_%d.png" % i][i]
        emit(od(i, "Pictures/" + nm if kind != "pdf-image" else "Documents/スキャン/" + nm), "II", "テスト等の答案用紙（児童生徒が記入済のもの）", "scan-or-photo", kind, image(kind, [pg]))
    # 入試答案 (Ⅰ) multipage scan
    pgs = [[("h", "令和7年度 入学者選抜 学力検査 国語 解答用紙"), ("f", "受験番号", "%04d" % (1000 + k)), ("f", "一 (1)", "ウ"), ("f", "一 (2)", "地域の担い手が減ること"), ("f", "二", "筆者は伝統を守るには…"), ("f", "採点", "%d" % score())] for k in range(1, 4)]
    emit(sp("入試委員会", "R7入学者選抜/答案/SCAN_国語_0001-0003.pdf"), "I", "入学者選抜に関する表簿（願書等）", "scan-or-photo", "pdf-image", image("pdf-image", pgs), note="入試の答案は入学者選抜に関する表簿に最も近いとした。")
    # 願書 photo (Ⅰ)
    s = G.students(1, 3, 1, school="sn_j")[0]
    pg = [("h", "入学願書（全日制課程）"), ("f", "志願者氏名", s["name"]), ("f", "生年月日", s["birth"]), ("f", "現住所", s["addr"]), ("f", "保護者", s["guardian"]), ("f", "電話", s["tel"]), ("f", "出身中学校", "熊本市立架空北中学校")]
    emit(sp("入試委員会", "R7入学者選抜/願書/願書_不備確認_1.jpg"), "I", "入学者選抜に関する表簿（願書等）", "scan-or-photo", "jpg", image("jpg", [pg]))
    # screenshots of 校務支援 (Ⅰ/Ⅱ)
    st = klass(2, 4)
    rows = [["番", "氏名", "住所", "電話", "保護者"]] + [[s["no"], s["name"], s["addr"], s["tel"], s["guardian"]] for s in st[:25]]
    emit(od(4, "Pictures/Screenshots/スクリーンショット 2024-11-05 101522.png"), "I", "児童生徒の住所録", "scan-or-photo", "png", shot("生徒基本情報", rows, "校務支援"))
    rows = [["番", "氏名"] + SUBJ1[:6]] + [[s["no"], s["name"]] + [hyotei() for _ in range(6)] for s in st[:25]]
    emit(od(4, "Pictures/Screenshots/スクリーンショット 2024-11-06 083011.png"), "I", "評定一覧表", "scan-or-photo", "png", shot("評定入力 2年4組", rows, "校務支援"))
    rows = [["番", "氏名", "中間", "期末"]] + [[s["no"], s["name"], score(), score()] for s in st[:25]]
    emit(tm("2学年団", "General", "画像/image.png"), "II", "定期考査素点表", "misleading-name", "png", shot("素点.xlsx", rows, "Excel"), note="名前はimage.pngだが素点表のスクリーンショット。")
    rows = [["ユーザー", "パスワード", "用途"]] + [["t%s" % t, "Km%04d!" % r.randint(1000, 9999), "校務PC"] for t in TEACH]
    emit(od(8, "Pictures/Screenshots/Screenshot_20241102.png"), "II", "情報端末ログインID/PW管理台帳", "scan-or-photo", "png", shot("PW一覧", rows, "Excel"))
    rows = [["チャット", ""], ["%s" % TCH_JA[1], "%sさん、今朝また過呼吸で保健室です。母に連絡お願いします" % st[3]["name"]], [TCH_JA[7], "了解です。昨日の面談で家で父親が怒鳴るとのことでした"], [TCH_JA[1], "SSWにつなぎます"]]
    emit(od(1, "Pictures/Screenshots/teams_chat_1105.png"), "I", "児童生徒に関する個人情報（心身の状況・生活歴）", "sensitive-in-plain-words", "png", shot("2学年団 チャット", rows, "Teams"))
    # phone photos of paper records
    recs = [
        ("II", "家庭訪問記録", "家庭訪問記録カード", [("f", "生徒", "1-5 %s" % G.name()[0]), ("f", "訪問日", "5/14"), ("f", "家族", "父・母・姉"), ("f", "様子", "家では口数が少ない")]),
        ("I", "生徒指導記録簿", "生徒指導 事実確認メモ", [("f", "対象", "2-6 %s" % G.name()[0]), ("f", "内容", "SNSで他生徒の画像を拡散"), ("f", "聴取", "本人・被害生徒・保護者"), ("f", "処分", "特別指導 家庭謹慎5日")]),
        ("I", "教育相談・面接の記録等", "面談記録（SC）", [("f", "生徒", "3-1 %s" % G.name()[0]), ("f", "主訴", "不眠・食欲不振"), ("f", "家庭", "両親離婚調停中"), ("f", "次回", "11/19")]),
        ("I", "健康診断票", "生徒健康診断票（一般）", [("f", "氏名", G.name()[0]), ("f", "身長/体重", "162.4 / 51.0"), ("f", "視力", "R0.3 L0.4"), ("f", "心臓", "要精密（WPW）")]),
        ("I", "歯の検査表", "歯・口腔の健康診断票", [("f", "氏名", G.name()[0]), ("f", "う歯", "未処置3本"), ("f", "歯肉", "1"), ("f", "所見", "要受診")]),
        ("I", "個別の教育支援計画", "個別の教育支援計画（手書き下書き）", [("f", "氏名", G.students(1, 2, 1, school="sn_e")[0]["name"]), ("f", "障害", "自閉スペクトラム症"), ("f", "願い", "友達と遊べるように"), ("f", "機関", "架空こども病院")]),
        ("I", "児童生徒に関する個人情報（心身の状況）", "医療的ケア 実施記録（紙）", [("f", "児童", G.students(1, 4, 1, school="sn_e")[0]["name"]), ("f", "10:30", "吸引 SpO2 95"), ("f", "12:00", "注入 250ml"), ("f", "特記", "痰多め")]),
        ("I", "児童生徒に関する個人情報（生活歴・心身の状況）", "寄宿舎 夜間記録", [("f", "舎生", G.name()[0]), ("f", "23:40", "起きてくる、不安訴え"), ("f", "1:10", "入眠"), ("f", "記録者", "指導員B")]),
        ("II", "給食関係書類", "給食 食形態チェック", [("f", "小3", G.name()[0] + " ペースト"), ("f", "小5", G.name()[0] + " 刻み"), ("f", "中1", G.name()[0] + " 卵除去"), ("f", "確認", "栄養教諭")]),
        ("II", "事故報告書、記録簿", "けが・事故記録簿", [("f", "日時", "10/3 12:40"), ("f", "児童", G.name()[0]), ("f", "内容", "転倒し額を切る"), ("f", "対応", "保護者連絡・受診")]),
        ("I", "出席簿", "出席簿（定時制 4年）", [("t", [["番", "氏名", "月", "火", "水"]] + [[n, G.name()[0], "", "欠", ""] for n in range(1, 12)], True)]),
        ("II", "教務手帳", "教務手帳（紙）", [("t", [["番", "氏名", "小1", "小2", "提出"]] + [[n, G.name()[0], r.randint(3, 10), r.randint(3, 10), "○"] for n in range(1, 14)], True)]),
        ("I", "児童生徒の住所録", "緊急連絡カード", [("f", "生徒", G.name()[0]), ("f", "住所", G.addr()), ("f", "保護者携帯", G.phone()), ("f", "勤務先", "架空病院 096-000-3322")]),
        ("I", "職員住所録", "職員住所録（R6）", [("t", [["氏名", "住所", "電話"]] + [[n, G.addr()[:16], G.phone()] for n in TCH_JA[:8]])]),
        ("I", "要・準要保護児童生徒認定台帳", "就学援助 認定者一覧（小学部）", [("t", [["氏名", "区分", "認定日"]] + [[G.name()[0], r.choice(["要保護", "準要保護"]), "R6.5.1"] for _ in range(10)])]),
        ("II", "教科用図書給付児童生徒名簿", "教科用図書給付名簿", [("t", [["学部", "氏名", "冊数"]] + [[r.choice(["小", "中"]), G.name()[0], r.randint(3, 9)] for _ in range(12)])]),
    ]
    for i, (cls, item, title, body) in enumerate(recs):
        kind = ["jpg", "jpg", "pdf-image", "jpg", "png"][i % 5]
        nm = {"jpg": "IMG_%04d.jpg" % (6200 + i * 7), "pdf-image": "scan_%02d.pdf" % i, "png": "写真_%d.png" % i}[kind]
        loc = [od(i, "Pictures/カメラロール/"), tm("SN_職員", "General", "写真/"), sp("保健部", "スキャン/"), od(i + 3, "デスクトップ/")][i % 4]
        emit(loc + nm, cls, item, "scan-or-photo", kind, image(kind, [[("h", title)] + body]))
    # foreign-name records as photos
    for i, f in enumerate(FOREIGN[:4]):
        pg = [("h", "日本語指導 個別記録"), ("f", "生徒", "%s (%s)" % (f[0], f[1])), ("f", "国籍", f[2]), ("f", "来日", "2023年%d月" % (i + 3)), ("f", "家庭", "母は日本語不可、通訳必要"), ("f", "在留", "家族滞在")]
        emit(tm("日本語指導", "General", "記録/nihongo_%d.jpg" % (i + 1)), "I", "児童生徒に関する個人情報（生活歴）", "foreign-names", "jpg", image("jpg", [pg]))
    # blank forms photographed (Ⅳ) vs filled (Ⅰ)
    blank = [("h", "緊急連絡カード"), ("f", "生徒", ""), ("f", "住所", ""), ("f", "保護者携帯", ""), ("f", "勤務先", "")]
    emit(sp("総務部", "様式/緊急連絡カード_様式.png"), "IV", "各種届雛形", "blank-form", "png", image("png", [blank]))
    emit(sp("総務部", "様式/緊急連絡カード_様式_scan.pdf"), "IV", "各種届雛形", "blank-form", "pdf-image", image("pdf-image", [blank]))
    # Ⅲ/Ⅳ photos: 行事写真, 板書
    emit(tm("2学年団", "修学旅行", "写真/DSC_0412.jpg"), "III", "授業や学校行事等の活動記録（動画・写真）", "realistic-name", "jpg", scene("修学旅行 2日目 京都"))
    emit(tm("陸上競技部", "General", "写真/県総体_集合写真.jpg"), "III", "授業や学校行事等の活動記録（動画・写真）", "realistic-name", "jpg", scene("県総体 陸上競技部", 12))
    emit(sp("広報", "HP掲載/体育大会_掲載用_承諾済.jpg"), "IV", "授業や学校行事等の活動記録（公開に対して保護者の承諾がある場合）", "realistic-name", "jpg", scene("体育大会 応援合戦", 10), note="HP掲載用で保護者承諾済と仮定。")
    emit(tm("数学科", "General", "板書/板書_二次関数.jpg"), "III", "授業用教材", "realistic-name", "jpg", image("jpg", [[("h", "二次関数の最大・最小"), ("p", "y = a(x − p)² + q"), ("p", "a > 0 のとき 頂点で最小"), ("p", "定義域の端も確認！")]]))
    emit(sp("総務部", "行事/体育大会_配置図.png"), "IV", "学校行事実施計画（体育大会実施計画等）", "realistic-name", "png", image("png", [[("h", "体育大会 テント配置図"), ("t", [["位置", "用途"], ["本部", "放送・記録"], ["東", "1年"], ["西", "2年"], ["南", "3年・保護者席"]])]]))
    emit(od(2, "Pictures/Screenshots/スクリーンショット 2024-10-01 120011.png"), "IV", "校務分掌表", "near-miss", "png", shot("R6_校務分掌表", [["分掌", "主任"]] + [[a, b] for a, b in zip(["教務", "生徒指導", "進路", "保健", "総務"], TCH_JA)], "Excel"))
    emit(od(2, "Pictures/Screenshots/スクリーンショット 2024-10-02 090512.png"), "III", "座席表", "near-miss", "png", shot("座席表 1-4", [["教卓"]] + [[G.name()[0] for _ in range(6)] for _ in range(6)], "Excel"), note="氏名の並ぶ座席表のみ。")
    # 部活 写真 + 名簿 (Ⅲ) ; 遠征 同意書 photo (Ⅰ: 保険証/持病)
    pg = [("h", "遠征参加同意書"), ("f", "生徒氏名", G.name()[0]), ("f", "保護者", G.name()[0]), ("f", "緊急連絡先", G.phone()), ("f", "持病・服薬", "喘息（メプチン）"), ("f", "保険証記号番号", "熊 12-345678")]
    emit(tm("陸上競技部", "General", "遠征/同意書/IMG_7781.jpg"), "I", "児童生徒に関する個人情報（心身の状況・電話番号）", "filled-form", "jpg", image("jpg", [pg]))
    # multi-page scan: late-page (first pages 配布文書, page 3 調査書)
    s = klass(3, 7, 1)[0]
    pgs = [[("h", "進路だより No.6"), ("p", "推薦入試の出願が始まります。")], [("h", "進路だより No.6（裏）"), ("p", "面接練習の予定表")],
           [("h", "調査書（写し）"), ("f", "氏名", s["name"]), ("f", "生年月日", s["birth"]), ("f", "評定平均", "4.3"), ("f", "欠席", "2年 18日（入院）")]]
    emit(sp("進路指導部", "スキャン/SKM_C250i24110509120.pdf"), "I", "調査書", "late-page", "pdf-image", image("pdf-image", pgs), note="複合機スキャンの3ページ目に調査書の写しが紛れている。")
