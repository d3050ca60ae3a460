# -*- coding: utf-8 -*-
"""Generator for blind corpus scan24. Run: /usr/bin/python3 tools/gen.py (from scan24/)."""
import os, sys, json, random, io, csv, zipfile, shutil
from email.message import EmailMessage
from email.utils import formatdate
sys.path.insert(0, os.path.dirname(__file__))
import writers as w

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'files')
R = random.Random(2424)
LABELS = []

SEI = ['大津', '本田', '緒方', '坂梨', '西坂', '村上', '宮園', '椎葉', '上野', '平江', '松永', '荒尾', '吉見', '岩下', '園田', '中津留', '福間', '米良', '城戸', '馬場', '木庭', '江藤', '田尻', '古閑', '東', '森永', '桑野', '甲斐', '堤', '坂本']
MEI = ['陽翔', '結菜', '蒼', '凛', '湊', '芽依', '大和', '心春', '樹', '美月', '悠真', '紬', '颯太', '杏', '律', '咲良', '航', '陽葵', '奏太', '日和', '智也', '真央', '啓介', '由美子', '和夫', '恵', '博之', '千尋', '直樹', '里奈']
FOREIGN = ['グエン・ヴァン・ミン', 'NGUYEN THI HOA', 'サントス・マリア', 'ダ・シルバ ルーカス', 'チャン・ティ・ラン', 'PHAM DUC ANH', '王 麗', '李 浩然', 'ラマ・スニル', 'GURUNG ASHA', 'ボルジギン・ナラ', 'マルティネス・ホセ', 'KIM JIWOO', 'サパ・ビシュヌ', 'ロペス・アナ']
TOWN = ['架空市若葉町', '架空市みどり台', '架空郡東野町', '架空市北川', '架空市桜木', '架空郡大野村', '架空市浜の手', '架空市春日ヶ丘']
NAT = ['ベトナム', 'フィリピン', 'ネパール', 'ブラジル', '中国', 'モンゴル', 'ペルー', '韓国']
VISA = ['永住者', '定住者', '日本人の配偶者等', '家族滞在', '特定技能1号', '技能実習', '留学', '特別永住者']

def name():
    return R.choice(SEI) + ' ' + R.choice(MEI)

def fname():
    return R.choice(FOREIGN)

def addr():
    return '熊本県%s%d-%d-%d（架空）' % (R.choice(TOWN), R.randint(1, 9), R.randint(1, 30), R.randint(1, 20))

def tel():
    return '090-0000-%04d' % R.randint(0, 9999)

def mail(nm=None):
    return '%s%d@%s.example.jp' % (R.choice(['hogosha', 'k.ueno', 'mori', 'taro', 'family', 'staff', 'coach']), R.randint(1, 99), R.choice(['mail', 'home', 'kenritsu-sch', 'club']))

def bday(y0=2008, y1=2016):
    return '%d/%d/%d' % (R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))

def label(path, cls, item, style, fmt, why):
    LABELS.append({'path': path, 'class': cls, 'item': item, 'style': style, 'format': fmt, 'why': why})

def P(rel):
    return os.path.join(ROOT, rel)

# ------------------------------------------------------------------ generic emitters
def emit_table(fmt, rel, title, header, rows, extra=None):
    """Write a table in fmt. extra: dict with hidden sheets, comments, footer, notes, etc."""
    extra = extra or {}
    p = P(rel)
    w.ensure(p)
    body = [header] + rows
    if fmt == 'xlsx':
        sheets = [dict(name=extra.get('sheet', 'Sheet1'), rows=([[title]] if title else []) + body, hidden_cols=extra.get('hidden_cols', []), comments=extra.get('comments', []))]
        sheets += extra.get('more_sheets', [])
        w.xlsx(p, sheets)
    elif fmt == 'ods':
        w.ods(p, [dict(name=extra.get('sheet', 'Sheet1'), rows=([[title]] if title else []) + body)] + extra.get('more_sheets', []))
    elif fmt in ('csv-utf8', 'csv-sjis', 'tsv-utf16', 'csv-utf8bom'):
        s = io.StringIO()
        cw = csv.writer(s, delimiter='\t' if fmt.startswith('tsv') else ',', lineterminator='\r\n')
        for r in body:
            cw.writerow(r)
        t = s.getvalue()
        enc = {'csv-utf8': 'utf-8', 'csv-sjis': 'cp932', 'tsv-utf16': 'utf-16', 'csv-utf8bom': 'utf-8-sig'}[fmt]
        open(p, 'wb').write(t.encode(enc))
    elif fmt in ('html', 'xls-html'):
        h = ['<html><head><meta charset="utf-8"><title>%s</title></head><body><h2>%s</h2><table border="1">' % (w.esc(title), w.esc(title))]
        for r in body:
            h.append('<tr>' + ''.join('<td>%s</td>' % w.esc(c) for c in r) + '</tr>')
        h.append('</table>%s</body></html>' % extra.get('html_tail', ''))
        open(p, 'wb').write(''.join(h).encode('utf-8'))
    elif fmt == 'xls-xml2003':
        h = ['<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table>']
        for r in ([[title]] + body):
            h.append('<Row>' + ''.join('<Cell><Data ss:Type="String">%s</Data></Cell>' % w.esc(c) for c in r) + '</Row>')
        h.append('</Table></Worksheet></Workbook>')
        open(p, 'wb').write(''.join(h).encode('utf-8'))
    elif fmt == 'pdf':
        lines = [('h', title)] + ['  '.join(str(c) for c in r) for r in body] + extra.get('tail', [])
        w.pdf_text(p, [lines], title)
    elif fmt == 'docx':
        w.docx(p, [('h', title), ('table', body)] + extra.get('after', []), footer=extra.get('footer'), comments=extra.get('dcomments'))
    elif fmt in ('txt', 'md'):
        if fmt == 'md':
            t = '# %s\n\n| %s |\n|%s\n' % (title, ' | '.join(header), '---|' * len(header)) + ''.join('| %s |\n' % ' | '.join(str(c) for c in r) for r in rows)
        else:
            t = title + '\n' + '\n'.join('\t'.join(str(c) for c in r) for r in body) + '\n'
        t += ''.join('\n' + x for x in extra.get('tail', []))
        open(p, 'w', encoding='utf-8').write(t)
    elif fmt == 'png-screen':
        w.screenshot(p, title, header, rows, R, app=extra.get('app', '校務支援システム'))
    elif fmt == 'jpg-photo':
        lines = [('t', title), '  '.join(header)] + ['  '.join(str(c) for c in r) for r in rows]
        w.phone_photo(w.paper(lines, hand=extra.get('hand', True), rnd=R), p, R)
    elif fmt == 'pdf-scan':
        lines = [('t', title), '  '.join(header)] + ['  '.join(str(c) for c in r) for r in rows]
        w.scan_pdf([w.paper(lines, hand=extra.get('hand', False), rnd=R)], p, R)
    else:
        raise ValueError(fmt)

FMTNAME = {'xlsx': 'xlsx', 'ods': 'ods', 'csv-utf8': 'csv (UTF-8)', 'csv-sjis': 'csv (Shift_JIS/cp932)', 'tsv-utf16': 'tsv (UTF-16 with BOM)', 'csv-utf8bom': 'csv (UTF-8 BOM)',
           'html': 'html', 'xls-html': 'xls (really an HTML table export)', 'xls-xml2003': 'xls (really Excel 2003 XML Spreadsheet)', 'pdf': 'pdf (text)', 'docx': 'docx',
           'txt': 'txt', 'md': 'md', 'png-screen': 'png (screenshot)', 'jpg-photo': 'jpg (phone photo of paper)', 'pdf-scan': 'pdf (image-only scan)'}

def T(rel, cls, item, style, fmt, why, title, header, rows, extra=None):
    emit_table(fmt, rel, title, header, rows, extra)
    label(rel, cls, item, style, FMTNAME[fmt], why)

def DOC(rel, cls, item, style, fmt, why, lines, footer=None, comments=None, notes=None, title=None):
    """free-text document in docx/odt/rtf/pdf/txt/md/html/doc-rtf/jpg-photo/pdf-scan/png"""
    p = P(rel); w.ensure(p)
    if fmt == 'docx':
        body = []
        for k, l in enumerate(lines):
            body.append(l)
        w.docx(p, body, footer=footer, comments=comments, title=title or '')
        fn = 'docx'
    elif fmt == 'odt':
        w.odt(p, lines, notes=comments)
        fn = 'odt'
    elif fmt in ('rtf', 'doc-rtf'):
        w.rtf(p, [l if isinstance(l, str) else (l[1] if l[0] == 'h' else '') for l in lines])
        fn = 'rtf' if fmt == 'rtf' else 'doc (really RTF)'
    elif fmt == 'pdf':
        pages = [[]]
        for l in lines:
            if isinstance(l, tuple) and l[0] == 'pb':
                pages.append([])
            else:
                pages[-1].append(l)
        w.pdf_text(p, pages, title or '')
        fn = 'pdf (text)'
    elif fmt in ('txt', 'md'):
        open(p, 'w', encoding='utf-8').write('\n'.join(l if isinstance(l, str) else ('# ' + l[1] if fmt == 'md' else l[1]) if l[0] == 'h' else '' for l in lines) + '\n')
        fn = fmt
    elif fmt == 'txt-sjis':
        open(p, 'wb').write('\r\n'.join(l if isinstance(l, str) else l[1] for l in lines if not (isinstance(l, tuple) and l[0] == 'pb')).encode('cp932'))
        fn = 'txt (Shift_JIS/cp932)'
    elif fmt == 'html':
        open(p, 'w', encoding='utf-8').write('<html><head><meta charset="utf-8"><title>%s</title></head><body>' % w.esc(title or '') + ''.join(('<h2>%s</h2>' % w.esc(l[1]) if isinstance(l, tuple) and l[0] == 'h' else '<p>%s</p>' % w.esc(l)) for l in lines if not (isinstance(l, tuple) and l[0] == 'pb')) + '</body></html>')
        fn = 'html'
    elif fmt in ('jpg-photo', 'jpg-photo-print'):
        pl = [('t', l[1]) if isinstance(l, tuple) else l for l in lines if not (isinstance(l, tuple) and l[0] == 'pb')]
        w.phone_photo(w.paper(pl, hand=(fmt == 'jpg-photo'), rnd=R, grid=(fmt == 'jpg-photo')), p, R)
        fn = 'jpg (phone photo of %s)' % ('handwritten paper' if fmt == 'jpg-photo' else 'printed paper')
    elif fmt == 'pdf-scan':
        pages = [[]]
        for l in lines:
            if isinstance(l, tuple) and l[0] == 'pb':
                pages.append([])
            else:
                pages[-1].append(('t', l[1]) if isinstance(l, tuple) else l)
        w.scan_pdf([w.paper(pg, rnd=R) for pg in pages], p, R)
        fn = 'pdf (image-only scan)'
    elif fmt == 'jpg-whiteboard':
        w.whiteboard(p, [l if isinstance(l, str) else l[1] for l in lines], R)
        fn = 'jpg (photo of whiteboard)'
    else:
        raise ValueError(fmt)
    label(rel, cls, item, style, fn, '' if False else why)

# ------------------------------------------------------------------ sites
SB = 'SharePoint/kenritsu-shien-gakko/Shared Documents/'      # 県立特別支援学校（寄宿舎あり）
YC = 'SharePoint/shiritsu-yakan-chugaku/Shared Documents/'     # 市立夜間中学
MT = 'Teams/まなびの多様化学校 職員室/'                         # 学びの多様化学校
CL = 'Teams/地域クラブ運営委員会/'                              # 部活動地域移行
JM = 'OneDrive-事務_森永恵/'                                    # 小学校 学校事務
KS = 'SharePoint/kyoiku-iinkai-kyoshokuinka/Shared Documents/'  # 教職員課
GD = 'GoogleDrive-export/'

def build():
    # ============ 特別支援学校・寄宿舎 ============
    for k, fmt in enumerate(['xlsx', 'jpg-photo', 'pdf-scan', 'docx', 'csv-sjis']):
        nm = name()
        rows = []
        for d in range(1, 8):
            rows.append(['6/%d' % d, R.choice(['20:30', '21:00', '21:15']), R.choice(['良眠', '入眠遅い', '夜間2回覚醒', '良眠']), R.choice(['てんかん発作なし', '発作1回（23:40 約40秒）', '情緒安定', '泣いて保護者を求める', 'おねしょあり・更衣']), R.choice(['朝食完食', '半分残す', '偏食あり（野菜拒否）'])])
        t = '寄宿舎 生活記録（%s 中学部2年）' % nm if fmt != 'csv-sjis' else ''
        rel = {'xlsx': SB + '寄宿舎/生活記録/2025_06_生活記録_%s.xlsx' % nm.replace(' ', ''),
               'jpg-photo': SB + '寄宿舎/写真/IMG_%04d.jpg' % R.randint(1000, 9999),
               'pdf-scan': SB + '寄宿舎/スキャン/SCAN_2025061%d.pdf' % k,
               'docx': SB + '寄宿舎/生活記録/週まとめ_%d.docx' % k,
               'csv-sjis': SB + '寄宿舎/export/seikatsu_%d.csv' % k}[fmt]
        style = {'xlsx': 'realistic-name', 'jpg-photo': 'scan-or-photo', 'pdf-scan': 'scan-or-photo', 'docx': 'realistic-name', 'csv-sjis': 'untitled-table'}[fmt]
        hdr = ['日付', '就寝', '睡眠', '様子（発作・情緒）', '食事']
        if fmt == 'csv-sjis':
            hdr = ['氏名'] + hdr
            rows = [[nm] + r for r in rows]
        T(rel, 'I', '生活歴、心身の状況…児童生徒に関する個人情報', style, fmt, 'named pupil with seizures, sleep, enuresis, eating - 心身の状況', t, hdr, rows)
    # 服薬記録
    for k, fmt in enumerate(['xlsx', 'jpg-photo', 'png-screen', 'ods']):
        rows = [[name(), R.choice(['デパケンR 200mg', 'イーケプラ 500mg', 'コンサータ 18mg', 'リスペリドン 0.5ml']), R.choice(['朝・夕', '夕', '朝']), R.choice(['済', '済', '拒薬→再投与済', '嘔吐あり']), R.choice(['寄宿舎指導員 上野', '看護師 江藤'])] for _ in range(6)]
        rel = [SB + '寄宿舎/服薬/服薬チェック_6月.xlsx', SB + '寄宿舎/写真/IMG_%04d.jpg' % R.randint(1000, 9999), SB + '寄宿舎/画面/スクリーンショット 2025-06-1%d.png' % k, SB + '寄宿舎/服薬/fukuyaku.ods'][k]
        st = ['realistic-name', 'scan-or-photo', 'scan-or-photo', 'realistic-name'][k]
        T(rel, 'I', '心身の状況（児童生徒に関する個人情報）／健康関係', st, fmt, 'named pupils with prescribed medicines and refusals', '服薬記録（寄宿舎）', ['氏名', '薬剤', '時間', '確認', '確認者'], rows)
    # 夜間巡回記録 - with names & events (I) and without (IV/III)
    rows = [['22:00', '1号室', name(), '咳込み、体温37.8℃ 看護師へ連絡'], ['0:00', '3号室', name(), '徘徊あり 声かけで戻る'], ['2:00', '全室', '', '異常なし'], ['4:00', '2号室', name(), '自傷（手の甲を噛む）見守り']]
    T(SB + '寄宿舎/夜間巡回/巡回記録_0614.xlsx', 'I', '心身の状況（児童生徒に関する個人情報）', 'realistic-name', 'xlsx', 'named pupils with fever, wandering, self-harm at night', '夜間巡回記録 6/14', ['時刻', '居室', '生徒', '状況'], rows)
    T(SB + '寄宿舎/夜間巡回/巡回記録_0615_写真.jpg', 'I', '心身の状況（児童生徒に関する個人情報）', 'scan-or-photo', 'jpg-photo', 'photo of handwritten night patrol log naming pupils and self-harm', '夜間巡回記録 6/15', ['時刻', '居室', '生徒', '状況'], [['23:00', '2号室', name(), '発作あり ダイアップ使用'], ['1:00', '全室', '', '異常なし'], ['3:00', '4号室', name(), '嘔吐 シーツ交換']])
    T(SB + '寄宿舎/夜間巡回/巡回ルート表.xlsx', 'IV', '校務分掌表（勤務割・手順の一般資料）', 'near-miss', 'xlsx', 'only route, times and check points; no pupils', '夜間巡回 ルートと確認箇所', ['時刻', '確認箇所', '確認内容'], [['22:00', '1～4号室', '施錠・消灯'], ['0:00', '浴室・洗面所', '水漏れ'], ['2:00', '非常口', '誘導灯'], ['4:00', '全室', '在室確認']])
    # 帰省届
    for k in range(3):
        nm = name()
        DOC(SB + '寄宿舎/帰省届/帰省届_%s.pdf' % nm.replace(' ', '') if k == 0 else SB + '寄宿舎/スキャン/scan_%03d.pdf' % (40 + k),
            'I', '電話番号、住所等の基本情報を含むもの（児童生徒に関する個人情報）', 'filled-form' if k == 0 else 'scan-or-photo', 'pdf' if k == 0 else 'pdf-scan',
            'filled homecoming form: pupil, guardian, address, phone, medical note',
            [('h', '帰省届'), '寄宿舎舎監 様', '生徒氏名：%s（高等部%d年）' % (nm, R.randint(1, 3)), '帰省期間：6月20日（金）～6月22日（日）', '帰省先：%s' % addr(), '連絡先：%s（母）' % tel(), '送迎：保護者（自家用車）', '特記事項：帰省中も抗てんかん薬を継続。夜尿あり。', '保護者氏名：%s　印' % name()])
    DOC(SB + '寄宿舎/様式/帰省届_様式.docx', 'IV', '各種届雛形', 'blank-form', 'docx', 'blank form template only',
        [('h', '帰省届'), '寄宿舎舎監 様', '生徒氏名：＿＿＿＿＿（　部　年）', '帰省期間：　月　日（　）～　月　日（　）', '帰省先住所：＿＿＿＿＿＿＿＿', '連絡先電話：＿＿＿＿＿＿', '特記事項：', '保護者氏名：＿＿＿＿＿　印'])
    # 連絡帳
    for k, fmt in enumerate(['jpg-photo', 'jpg-photo', 'txt', 'docx']):
        nm = name()
        lines = [('h', '連絡帳 6月%d日' % (10 + k)), '【家庭から】昨夜は%sが寝つけず、朝は食欲がありませんでした。' % nm.split()[1], '耳鼻科で中耳炎と言われ、抗生剤を飲んでいます。', '【学校から】日中は落ち着いて過ごしました。排便なし。', '給食は完食。水分400ml。']
        rel = [SB + '小学部/連絡帳/IMG_%04d.jpg' % R.randint(1000, 9999), SB + '小学部/連絡帳/IMG_%04d.jpg' % R.randint(1000, 9999), SB + '小学部/連絡帳/renrakucho_memo.txt', SB + '小学部/連絡帳/連絡帳_転記_%s.docx' % nm[:2]][k]
        st = ['scan-or-photo', 'scan-or-photo', 'sensitive-in-plain-words', 'realistic-name'][k]
        DOC(rel, 'I', '心身の状況（児童生徒に関する個人情報）', st, fmt, 'daily home-school notebook with named pupil health/illness', lines)
    # 個別の教育支援計画
    nm = name()
    DOC(SB + '個別の教育支援計画/R7_個別の教育支援計画_%s.docx' % nm.replace(' ', ''), 'I', '個別の教育⽀援計画', 'realistic-name', 'docx', 'filled plan with diagnosis, family, agencies',
        [('h', '個別の教育支援計画（令和7年度）'), '氏名：%s　生年月日：%s' % (nm, bday()), '障害の状況：自閉スペクトラム症、知的障害（療育手帳B1）', '家庭の状況：母子家庭、祖母と同居', '関係機関：架空市こども発達支援センター、放課後等デイサービス「そら」', '本人・保護者の願い：一人で公共交通機関を使って通学したい。', '支援目標：バスの乗り降りの手順を身につける。'],
        footer='%s 個別の教育支援計画 担任：%s' % (nm, name()), comments=[('教務', '保護者面談で福祉サービス受給者証の番号を確認済')])
    DOC(SB + '個別の教育支援計画/様式_個別の教育支援計画_記入例なし.docx', 'IV', '各種届雛形', 'blank-form', 'docx', 'empty template of the plan',
        [('h', '個別の教育支援計画（様式）'), '氏名：', '生年月日：', '障害の状況：', '家庭の状況：', '関係機関：', '本人・保護者の願い：', '支援目標：'])
    DOC(SB + '個別の教育支援計画/研修資料_支援計画の書き方.pptx.pdf', 'IV', '保護者等への配布⽂書／校内研修資料（一般）', 'near-miss', 'pdf', 'training slides with a fully fictional model case labelled 例',
        [('h', '個別の教育支援計画の書き方（校内研修）'), '記入例：Aさん（架空の事例）', '・願いは本人の言葉で書く', '・関係機関は正式名称で', '・保護者の同意を得てから引継ぎ'])
    T(SB + '寄宿舎/名簿/寄宿舎生名簿_居室割.xlsx', 'III', '名列表／座席表', 'realistic-name', 'xlsx', 'names with room numbers only', '令和7年度 寄宿舎 居室割', ['居室', '生徒1', '生徒2'], [['%d号室' % i, name(), name()] for i in range(1, 7)])
    T(SB + '寄宿舎/名簿/居室割_緊急連絡先つき.xlsx', 'I', '電話番号、住所等の基本情報を含むもの', 'hidden-content', 'xlsx', 'visible room list; hidden sheet with guardian phones, addresses and medical notes', '令和7年度 寄宿舎 居室割', ['居室', '生徒1', '生徒2'], [['%d号室' % i, name(), name()] for i in range(1, 5)],
      {'more_sheets': [dict(name='緊急連絡', state='hidden', rows=[['氏名', '保護者', '電話', '住所', '医療']] + [[name(), name(), tel(), addr(), R.choice(['てんかん', '喘息', '食物アレルギー（卵）', 'なし'])] for _ in range(6)])]})
    screen_rows = [[name(), '高%d' % R.randint(1, 3), R.choice(['知的', '肢体', '病弱']), R.choice(['療育手帳A', '療育手帳B2', '身体障害者手帳2級']), R.choice(['要医療的ケア（吸引）', '経管栄養', 'なし'])] for _ in range(10)]
    T(SB + '教務/画面/スクリーンショット 2025-05-30 101512.png', 'I', '心身の状況（児童生徒に関する個人情報）', 'scan-or-photo', 'png-screen', 'screenshot of student roster with disability certificates and medical care', '児童生徒基本情報 一覧', ['氏名', '学年', '障害種', '手帳', '医療的ケア'], screen_rows)
    T(SB + '保健/学校生活管理指導表_一覧.xlsx', 'I', '学校生活管理指導表', 'realistic-name', 'xlsx', 'names with heart/kidney restrictions', '学校生活管理指導表（心臓・腎臓）集約', ['氏名', '疾患', '指導区分', '運動部活動'], [[name(), R.choice(['心室中隔欠損術後', 'ネフローゼ症候群', 'QT延長症候群']), R.choice(['C', 'D', 'E可']), R.choice(['可', '不可'])] for _ in range(5)])
    T(SB + '保健/健康観察_スキャン.pdf', 'I', '健康診断票', 'scan-or-photo', 'pdf-scan', 'scan of health exam results with names', '健康診断結果（眼科・耳鼻科）', ['氏名', '視力R', '視力L', '耳鼻科所見'], [[name(), R.choice(['0.3', '1.0', 'B']), R.choice(['0.2', '0.9', 'C']), R.choice(['異常なし', '扁桃肥大', '鼻炎'])] for _ in range(8)])
    DOC(SB + '教務/お知らせ/通知表の配付について（保護者向け）.docx', 'IV', '保護者等への配布⽂書', 'notice-about-record', 'docx', 'notice about distributing 通知表; contains no grades',
        [('h', '通知表の配付について'), '保護者の皆様', '7月18日（金）の終業式後に、通知表を配付します。', '寄宿舎生は帰省時に持ち帰ります。受領印を押して9月1日に返却してください。', '県立架空特別支援学校 教務部'])
    DOC(SB + '寄宿舎/寄宿舎だより_6月号.pdf', 'IV', '学校・学年・学級だより', 'near-miss', 'pdf', 'newsletter: event schedule, no named pupil situations',
        [('h', '寄宿舎だより 6月号'), '梅雨に入りました。舎生はみんな元気に過ごしています。', '6/25 七夕飾りづくり（全舎生）', '6/27 避難訓練（夜間想定）', '帰省の際は、洗濯物の持ち帰りをお願いします。'])
    DOC(SB + '寄宿舎/指導員打合せ/ホワイトボード_0612.jpg', 'I', '心身の状況（児童生徒に関する個人情報）', 'sensitive-in-plain-words', 'jpg-whiteboard', 'whiteboard photo: named pupils with conditions',
        ['6/12 申し送り', '%s 夜間発作あり 母に連絡済' % name(), '%s 拒食3日目 体重-1.2kg' % name(), '%s 帰省中止（家庭事情）' % name(), '入浴 3号室から'])
    DOC(SB + '寄宿舎/指導員打合せ/ホワイトボード_0613.jpg', 'IV', '学校行事実施計画', 'near-miss', 'jpg-whiteboard', 'whiteboard with only the evening schedule',
        ['6/13 日課', '17:00 おやつ', '18:00 夕食', '19:00 入浴 1号室から', '21:00 消灯'])

    # ============ 夜間中学 ============
    for k, fmt in enumerate(['docx', 'pdf', 'jpg-photo', 'odt', 'txt-sjis']):
        nm = fname() if k % 2 == 0 else name()
        lines = [('h', '入学相談記録'), '相談日：2025年%d月%d日　対応：教頭 %s' % (R.randint(1, 3), R.randint(1, 28), name()),
                 '氏名：%s　年齢：%d歳　国籍：%s' % (nm, R.randint(16, 68), R.choice(NAT) if k % 2 == 0 else '日本'),
                 '在留資格：%s（在留期限 2026/%d）' % (R.choice(VISA), R.randint(1, 12)) if k % 2 == 0 else '在留資格：―',
                 '住所：%s　電話：%s' % (addr(), tel()),
                 '学歴：母国で小学校4年まで' if k % 2 == 0 else '学歴：中学校は不登校のまま形式卒業',
                 '生活状況：%s' % R.choice(['工場で夜勤あり、週4日', '生活保護受給中、ケースワーカー同席', '夫の仕事の都合で来日、子ども2人']),
                 '日本語：ひらがな読める、漢字は不可。会話は日常会話程度。']
        rel = [YC + '入学相談/入学相談記録_%s.docx' % nm.split()[0].replace('・', ''), YC + '入学相談/相談記録_2025.pdf', YC + '入学相談/写真/IMG_%04d.jpg' % R.randint(1000, 9999), YC + '入学相談/面談メモ.odt', YC + '旧サーバ/入学相談/soudan_%02d.txt' % k][k]
        st = ['foreign-names', 'realistic-name', 'scan-or-photo', 'foreign-names', 'legacy-or-encoding'][k]
        DOC(rel, 'I', '教育相談・⾯接の記録等', st, fmt, 'intake interview: residence status, welfare, address, schooling history', lines)
    T(YC + '在籍/在籍者一覧_在留資格.xlsx', 'I', '生活歴、心身の状況、電話番号、メールアドレス、住所等の基本情報を含むもの', 'foreign-names', 'xlsx', 'students with nationality, visa status, expiry, phone', '在籍者一覧（R7）', ['氏名', '国籍', '在留資格', '期限', '電話'], [[fname(), R.choice(NAT), R.choice(VISA), '2026/%d' % R.randint(1, 12), tel()] for _ in range(10)])
    T(YC + '在籍/名簿_クラス.csv', 'III', '名列表', 'foreign-names', 'csv-utf8', 'class list: names and class only', '', ['クラス', '氏名', 'よみ'], [['%s組' % R.choice('ABC'), fname(), ''] for _ in range(10)])
    T(YC + '在籍/名簿_クラス_sjis.csv', 'III', '名列表', 'legacy-or-encoding', 'csv-sjis', 'class list in cp932: names and class only', '', ['クラス', '氏名'], [['%s組' % R.choice('ABC'), name()] for _ in range(8)])
    T(YC + '日本語/日本語習得状況_評価.xlsx', 'II', '成績に関する個票等', 'foreign-names', 'xlsx', 'per-student Japanese proficiency assessment', '日本語の習得状況（前期評価）', ['氏名', '聞く', '話す', '読む', '書く', '所見'], [[fname(), R.randint(1, 5), R.randint(1, 5), R.randint(1, 5), R.randint(1, 5), R.choice(['助詞の誤り多い', '読解は伸びている', 'カタカナ定着'])] for _ in range(8)])
    T(YC + '日本語/習得状況.tsv', 'II', '成績に関する個票等', 'legacy-or-encoding', 'tsv-utf16', 'UTF-16 export of proficiency scores by name', '', ['氏名', 'JLPT模試', '漢字テスト', '評価'], [[fname(), R.randint(30, 100), R.randint(10, 50), R.choice('ABC')] for _ in range(8)])
    T(YC + '日本語/在留資格メモ入り_評価.xlsx', 'I', '生活歴、心身の状況…基本情報を含むもの', 'hidden-content', 'xlsx', 'proficiency sheet; hidden column with visa status and welfare', '日本語 評価', ['氏名', '読む', '書く', '在留・生活'], [[fname(), R.randint(1, 5), R.randint(1, 5), R.choice(['家族滞在/生活保護', '技能実習/寮', '定住者/夜勤'])] for _ in range(6)], {'hidden_cols': [3]})
    T(YC + '日本語/教材_ひらがなワーク.pdf', 'III', '授業用教材', 'near-miss', 'pdf', 'teaching material only', 'ひらがな れんしゅう（第3回）', ['ことば', 'よみ'], [['さくら', 'sakura'], ['しごと', 'shigoto'], ['びょういん', 'byouin']])
    DOC(YC + '事務/生活保護と就学の件_メモ.txt', 'I', '生活歴…児童生徒に関する個人情報', 'sensitive-in-plain-words', 'txt', 'plain memo about a student on welfare, debts, DV shelter',
        ['福祉課ケースワーカー（%s氏）から電話。' % name(), '%sさんは今月から生活保護を受給。以前の夫からのDVでシェルターに避難していた。' % name(), '住所は学校からも口外しないこと。授業は夜間のみ出席可。', '給食費は免除の方向で事務と相談。'])
    w.screenshot(P(YC + '職員連絡/チャット_0610.png'), '夜間中学 職員 > 一般', None, None, R, app='Microsoft Teams', side=['一般', '教務', '日本語', '生活相談'],
                 chat=[(name(), '6/10 17:42', '%sさん、在留カードの期限が来月で切れるそうです。更新の書類を一緒に確認してほしいと相談ありました。' % fname()),
                       (name(), '6/10 17:50', '了解です。雇用先が変わって資格外活動の件も心配してました。入管の予約は金曜。'),
                       (name(), '6/10 18:05', '今日は体調不良で欠席連絡あり（妊娠中とのこと、本人から担任のみに）')])
    label(YC + '職員連絡/チャット_0610.png', 'I', '生活歴、心身の状況…児童生徒に関する個人情報', 'scan-or-photo', 'png (chat screenshot)', 'chat naming a student: visa expiry, job change, pregnancy')
    DOC(YC + 'お知らせ/入学案内_やさしいにほんご.pdf', 'IV', '学校紹介パンフレット', 'near-miss', 'pdf', 'public admission guide in easy Japanese',
        [('h', 'やかんちゅうがく にゅうがく あんない'), 'ねんれい・こくせき は かんけい ありません。', 'じゅぎょう：げつ～きん 17:30～21:00', 'そうだん：でんわ 096-000-0000（がっこう）', 'ざいりゅうカード を もってきて ください。'])
    DOC(YC + 'お知らせ/入学相談会のお知らせ.docx', 'IV', '保護者等への配布⽂書', 'notice-about-record', 'docx', 'notice about intake consultations; no individual',
        [('h', '入学相談会のお知らせ'), '日時：7月5日（土）13:00～', '相談の記録は校内で厳重に管理します。', '通訳（ベトナム語・ネパール語）を用意します。'])
    T(YC + '出席/出席簿補助簿_6月.xlsx', 'III', '出席簿補助簿', 'realistic-name', 'xlsx', 'attendance marks only', '出席簿補助簿 6月 Aクラス', ['氏名'] + ['6/%d' % d for d in range(2, 7)], [[fname()] + [R.choice(['○', '○', '欠', '遅']) for _ in range(5)] for _ in range(8)])
    T(YC + '出席/出席_欠席理由つき.xlsx', 'I', '生活歴、心身の状況…児童生徒に関する個人情報', 'hidden-content', 'xlsx', 'attendance; comments hold absence reasons (illness, shift work, immigration)', '出席簿補助簿 6月 Bクラス', ['氏名', '6/2', '6/3', '6/4'], [[fname(), '○', '欠', '○'] for _ in range(5)],
      {'comments': [('C3', '担任', '入管に出頭のため欠席（在留資格変更）'), ('C4', '担任', 'うつ症状で通院中と本人より'), ('C5', '担任', '夜勤明けで欠席、生活保護のCWから連絡あり')]})
    T(YC + '進路/卒業生進路先一覧_R6.xlsx', 'II', '卒業生進路先⼀覧等', 'realistic-name', 'xlsx', 'graduates with destinations', '令和6年度 卒業生 進路先', ['氏名', '進路先'], [[R.choice([fname(), name()]), R.choice(['県立架空高校定時制', '就職（介護）', '専門学校', '未定'])] for _ in range(8)])
    T(YC + '進路/進路希望調査_回答.csv', 'II', '進路希望調査', 'legacy-or-encoding', 'csv-utf8bom', 'web form export of career wishes by name', '', ['タイムスタンプ', '氏名', '第1希望', '第2希望'], [['2025/06/0%d 20:1%d' % (R.randint(1, 9), R.randint(0, 9)), fname(), R.choice(['定時制高校', '通信制高校', '就職']), R.choice(['就職', '日本語学校', '未定'])] for _ in range(7)])
    T(YC + '進路/調査書_下書き.xlsx', 'I', '調査書', 'realistic-name', 'xlsx', 'draft 調査書 with grades and remarks per student', '調査書（下書き）', ['氏名', '生年月日', '国語', '数学', '英語', '所見'], [[fname(), bday(1970, 2008), R.randint(1, 5), R.randint(1, 5), R.randint(1, 5), R.choice(['勤勉', '欠席多いが意欲高い'])] for _ in range(4)])

    # ============ 学びの多様化学校 ============
    TEAM = MT + '一般/Files/'
    for k, fmt in enumerate(['xlsx', 'pdf', 'docx', 'jpg-photo']):
        rows = [[name(), R.choice(['架空市立北中', '架空市立南中', '架空町立東中']), R.choice(['登校3日 オンライン2日', '登校1日 オンライン4日', '登校0日 面談のみ']), R.choice(['出席扱い', '出席扱い', '要協議']), R.choice(['起立性調節障害', '朝の腹痛', 'いじめ被害後の不安', '家庭内の事情（保護者入院）'])] for _ in range(5)]
        rel = [TEAM + '出席扱い/出席扱い記録_6月.xlsx', TEAM + '在籍校連絡/在籍校との連絡票_6月.pdf', TEAM + '在籍校連絡/連絡票_北中.docx', TEAM + '在籍校連絡/IMG_%04d.jpg' % R.randint(1000, 9999)][k]
        st = ['realistic-name', 'realistic-name', 'filled-form', 'scan-or-photo'][k]
        T(rel, 'I', '生活歴、心身の状況…児童生徒に関する個人情報', st, fmt, 'named pupils: home school, attendance treatment, reason for non-attendance (health/family)', '在籍校との連絡票（出席扱いの状況）', ['氏名', '在籍校', '学習状況', '扱い', '背景'], rows)
    T(TEAM + '在籍校連絡/連絡票_様式.xlsx', 'IV', '各種届雛形', 'blank-form', 'xlsx', 'empty liaison form', '在籍校との連絡票（様式）', ['氏名', '在籍校', '学習状況', '扱い', '背景'], [['', '', '', '', ''] for _ in range(5)])
    for k in range(3):
        nm = name()
        DOC([MT + '相談/Files/面談記録_%s.docx' % nm.replace(' ', ''), MT + '相談/Files/0612面談.txt', MT + '相談/Files/面談記録_R7.pdf'][k], 'I', '教育相談・⾯接の記録等', ['realistic-name', 'sensitive-in-plain-words', 'late-page'][k], ['docx', 'txt', 'pdf'][k],
            'interview record: pupil feelings, self-harm, family conflict' + (' (on page 3)' if k == 2 else ''),
            ([('h', '面談記録（学期の振り返り）'), '面談は1学期の振り返りを中心に実施。', '持ち物と時間割の確認。', ('pb',), '夏季休業中の課題の説明。', '保護者会の日程連絡。', ('pb',)] if k == 2 else []) +
            [('h', '面談記録') if k != 1 else '6/12 放課後 相談室', '対象：%s（2年）　同席：母' % nm, '本人「朝になるとお腹が痛くなる。前の学校のLINEグループで悪口を書かれた」', '手首に線状の傷あり、本人は猫と言う。SCにつなぐ。', '母：父親と別居中、経済的に厳しい。就学援助の申請を検討。'])
    T(TEAM + 'オンライン学習/学習ログ_6月.csv', 'III', '学習記録（ワークシート・レポート・作品等）', 'realistic-name', 'csv-utf8', 'online learning log: names, logins, minutes only', '', ['氏名', '日付', 'ログイン', '学習分', '教材'], [[name(), '2025-06-%02d' % R.randint(1, 30), '%02d:%02d' % (R.randint(8, 23), R.randint(0, 59)), R.randint(5, 120), R.choice(['数学1-3', '英語U2', '理科 電流'])] for _ in range(15)])
    T(TEAM + 'オンライン学習/学習ログ_id.csv', 'III', '学習記録', 'id-by-number', 'csv-utf8', 'log keyed by student number only', '', ['学籍番号', '日付', '学習分'], [['S25%03d' % R.randint(1, 80), '2025-06-%02d' % R.randint(1, 30), R.randint(5, 120)] for _ in range(15)])
    T(TEAM + 'オンライン学習/ログ_メモ列あり.xlsx', 'I', '心身の状況（児童生徒に関する個人情報）', 'hidden-content', 'xlsx', 'log with a hidden column of counsellor notes (sleep, meds, self-harm)', 'オンライン学習 ログ', ['氏名', 'ログイン', '学習分', 'SCメモ'], [[name(), '%02d:%02d' % (R.randint(0, 23), R.randint(0, 59)), R.randint(5, 60), R.choice(['深夜ログイン続く 睡眠障害の診断', '抗不安薬服用中', 'リストカット再発（母より）'])] for _ in range(6)], {'hidden_cols': [3]})
    T(TEAM + '時間割/時間割_R7前期.xlsx', 'IV', '教育課程編成表', 'near-miss', 'xlsx', 'timetable only', '時間割（前期）', ['', '月', '火', '水', '木', '金'], [['1', '数学', '国語', '体験', '英語', '理科'], ['2', '英語', '社会', '体験', '数学', '国語']])
    DOC(TEAM + 'お知らせ/学びの多様化学校_学校案内.pdf', 'IV', '学校紹介パンフレット', 'near-miss', 'pdf', 'school pamphlet',
        [('h', '学びの多様化学校 学校案内'), '一人ひとりのペースで学べる学校です。', '授業時数を減らし、体験活動「ふれあい」を設けています。', 'オンラインでの参加も出席扱いとなる場合があります（在籍校と協議）。'])
    DOC(TEAM + 'お知らせ/出席扱いの手続きについて.docx', 'IV', '保護者等への配布⽂書', 'notice-about-record', 'docx', 'procedure notice; no individuals',
        [('h', 'オンライン学習の出席扱いについて'), '在籍校の校長が出席扱いを判断します。', '学習ログと連絡票を毎月在籍校へ送付します。', '記録の様式は別紙のとおりです。'])
    T(MT + '教務/Files/座席表_2年.xlsx', 'III', '座席表', 'realistic-name', 'xlsx', 'seating chart', '2年 座席表', ['', '1', '2', '3'], [['前', name(), name(), name()], ['後', name(), name(), ''], ])
    T(MT + '教務/Files/名簿_イニシャル.xlsx', 'III', '名列表', 'id-by-number', 'xlsx', 'class list by number and initials only', '2年 名簿', ['番', 'イニシャル', '係'], [[i, '%s.%s' % (R.choice('AKMSTY'), R.choice('HKNOSY')), R.choice(['保健', '図書', '掲示'])] for i in range(1, 9)])
    T(MT + '教務/Files/番号_相談メモ.xlsx', 'I', '教育相談・⾯接の記録等', 'id-by-number', 'xlsx', 'pupils only by 年組番 but with counselling content (abuse suspicion)', '', ['年', '組', '番', 'メモ'], [[2, 1, 3, '母の交際相手から叩かれると話す。児相通告検討'], [2, 1, 7, '過呼吸2回目 医療機関受診勧める'], [3, 1, 2, '昼夜逆転、ゲーム依存の疑い']])
    T(MT + '教務/Files/2学期_成績一覧.xlsx', 'I', '評定⼀覧表', 'realistic-name', 'xlsx', 'grade list (評定) per pupil', '評定一覧（1学期）', ['氏名', '国', '社', '数', '理', '英'], [[name()] + [R.randint(1, 5) for _ in range(5)] for _ in range(8)])
    T(MT + '教務/Files/確認テスト_数学_6月.pdf', 'III', '確認テスト', 'near-miss', 'pdf', 'blank quiz', '確認テスト 数学 一次関数', ['問', '内容'], [['1', 'y=2x+3 の傾きを答えよ'], ['2', '点(1,5)を通り傾き3の直線の式']])
    T(MT + '教務/Files/確認テスト_答案_写真.jpg', 'II', 'テスト等の答案用紙（児童生徒が記入済のもの）', 'scan-or-photo', 'jpg-photo', 'photo of a filled answer sheet with name and score', '確認テスト 数学　2年 %s　得点 14/20' % name(), ['問', '解答'], [['1', '2'], ['2', 'y=3x+2'], ['3', 'わからない']])

    # ============ 部活動地域移行 ============
    CH = CL + '一般/Files/'
    T(CH + '指導者名簿/地域クラブ指導者名簿_R7.xlsx', 'I', '電話番号、メールアドレス、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', 'instructor list with address, phone, mail, birthdate (nearest: personal info of staff)', '地域クラブ指導者名簿', ['種目', '氏名', '生年月日', '住所', '電話', 'メール'], [[R.choice(['バレー', 'サッカー', '吹奏楽', '剣道']), name(), bday(1960, 1995), addr(), tel(), mail()] for _ in range(7)])
    T(CH + '指導者名簿/指導者一覧_公開用.pdf', 'IV', '保護者等への配布⽂書', 'near-miss', 'pdf', 'public list: club name and instructor surname only', '地域クラブ 指導者（保護者配布用）', ['種目', '指導者', '活動日'], [['バレー', '大津コーチ', '火・土'], ['サッカー', '本田コーチ', '水・日'], ['吹奏楽', '緒方先生', '月・金']])
    T(CH + '指導者名簿/指導者_資格.xlsx', 'I', '生活歴…基本情報を含むもの', 'hidden-content', 'xlsx', 'visible qualifications; hidden sheet with criminal record check and bank accounts for fees', '指導者 資格一覧', ['氏名', '資格'], [[name(), R.choice(['JSPO公認', '日本サッカー協会D級', 'なし'])] for _ in range(5)],
      {'more_sheets': [dict(name='謝金振込', state='veryHidden', rows=[['氏名', '銀行', '口座番号', '性犯罪歴確認']] + [[name(), '架空銀行 本店', '%07d' % R.randint(0, 9999999), '確認済'] for _ in range(5)])]})
    T(CH + '大会/大会参加申込_バレー.xlsx', 'III', '部活動名簿／生年月日、性別', 'realistic-name', 'xlsx', 'entry form: names, grade, birthdate, sex only', '中体連 地区大会 参加申込書', ['背番号', '氏名', '学年', '生年月日', '性別'], [[i, name(), R.randint(1, 3), bday(2010, 2013), R.choice(['男', '女'])] for i in range(1, 10)])
    T(CH + '大会/大会申込_緊急連絡先.xlsx', 'I', '電話番号、住所等の基本情報を含むもの', 'realistic-name', 'xlsx', 'entry with guardian phone and address', '県大会 参加申込（緊急連絡先）', ['氏名', '保護者', '住所', '電話'], [[name(), name(), addr(), tel()] for _ in range(6)])
    T(CH + '保険/スポーツ安全保険_加入者一覧.csv', 'III', '生年月日、性別', 'untitled-table', 'csv-sjis', 'insured list: name, kana, birthdate, sex', '', ['氏名', 'フリガナ', '生年月日', '性別'], [[name(), 'カクウ', bday(2010, 2013), R.choice(['男', '女'])] for _ in range(12)])
    T(CH + '保険/保険_既往歴つき.xlsx', 'I', '心身の状況', 'realistic-name', 'xlsx', 'insurance list with medical history and past injuries', '保険加入者一覧（既往歴）', ['氏名', '既往歴', '過去のけが'], [[name(), R.choice(['喘息', '心臓疾患（経過観察）', 'なし']), R.choice(['前十字靱帯損傷', '骨折', 'なし'])] for _ in range(6)])
    nm = name()
    T(CH + '遠征/遠征同意書_提出分_%s.pdf' % nm.split()[0], 'I', '電話番号、住所等の基本情報を含むもの', 'filled-form', 'pdf', 'filled consent with guardian phone, allergy and insurance card', '遠征参加同意書', ['項目', '記入'], [['生徒氏名', nm], ['保護者', name()], ['緊急連絡先', tel()], ['アレルギー', 'そば（アナフィラキシー歴あり エピペン携行）'], ['保険証記号番号', '%d-%d' % (R.randint(100, 999), R.randint(1000, 9999))]])
    T(CH + '遠征/遠征同意書_様式.docx', 'IV', '各種届雛形', 'blank-form', 'docx', 'blank consent form', '遠征参加同意書', ['項目', '記入'], [['生徒氏名', ''], ['保護者', ''], ['緊急連絡先', ''], ['アレルギー', '']])
    T(CH + '遠征/遠征_写真.jpg', 'I', '電話番号、住所等の基本情報を含むもの', 'scan-or-photo', 'jpg-photo', 'photo of filled consent forms', '遠征参加同意書', ['生徒', '保護者', '連絡先', '持病'], [[name(), name(), tel(), R.choice(['喘息', 'なし'])] for _ in range(3)])
    T(CH + '遠征/遠征計画_熊本→福岡.pdf', 'IV', '学校行事実施計画', 'near-miss', 'pdf', 'trip plan: schedule, bus, no individuals', '遠征計画（練習試合）', ['時刻', '行程'], [['7:00', '学校集合'], ['9:30', '会場着'], ['16:00', '解散']])
    T(CH + '保護者会/保護者会会計_R7.xlsx', 'IV', '学校徴収⾦会計簿（学年費等）', 'near-miss', 'xlsx', 'accounts: totals, expenses only', '保護者会 会計簿', ['日付', '摘要', '収入', '支出'], [['4/20', '会費（32名）', 96000, ''], ['5/10', 'ボール購入', '', 18500], ['6/1', '大会参加費', '', 12000]])
    T(CH + '保護者会/会計_未納.xlsx', 'I', '校内就学援助関係書類／財産に関する個人情報', 'hidden-content', 'xlsx', 'accounts with hidden sheet listing unpaid families and reasons (unemployment)', '保護者会 会計簿', ['日付', '摘要', '収入', '支出'], [['4/20', '会費', 90000, ''], ['5/10', 'ボール', '', 18500]],
      {'more_sheets': [dict(name='未納', state='hidden', rows=[['保護者', '生徒', '未納額', '事情']] + [[name(), name(), 3000, R.choice(['失業中と聞いている', '就学援助申請中', '離婚協議中'])] for _ in range(3)])]})
    T(CH + '部活動名簿_サッカー.csv', 'III', '部活動名簿', 'realistic-name', 'csv-utf8', 'club member names and grades', '', ['学年', '氏名', 'ポジション'], [[R.randint(1, 3), name(), R.choice(['GK', 'DF', 'MF', 'FW'])] for _ in range(15)])
    w.screenshot(P(CH + '連絡/保護者LINE_スクショ.png'), '保護者連絡グループ', None, None, R, app='LINE WORKS', side=['サッカー保護者', '指導者'],
                 chat=[(name(), '6/8 21:10', '%sくんのお父さんから、入院中で送迎できないと連絡ありました。' % name()), (name(), '6/8 21:13', '会費も来月まとめてとのこと。家庭が大変みたいです。'), (name(), '6/8 21:20', '了解、送迎はうちで。')])
    label(CH + '連絡/保護者LINE_スクショ.png', 'I', '生活歴…児童生徒に関する個人情報', 'scan-or-photo', 'png (chat screenshot)', 'chat naming a pupil and parent hospitalization, money trouble')
    DOC(CH + '連絡/地域移行説明会_資料.pptx.txt', 'IV', '保護者等への配布⽂書', 'near-miss', 'txt', 'explanation text', [('h', '部活動の地域移行について'), '令和8年度から土日の活動を地域クラブへ移行します。', '会費：月2,000円（就学援助世帯は減免あり）'])

    # ============ 小学校 学校事務 ============
    T(JM + '徴収金/口座振替_依頼書一覧.xlsx', 'I', '生活歴…電話番号、住所等の基本情報を含むもの（財産）', 'realistic-name', 'xlsx', 'guardian bank accounts for direct debit', '学校徴収金 口座振替依頼 一覧', ['児童', '保護者', '銀行', '支店', '口座番号', '名義カナ'], [[name(), name(), '架空銀行', R.choice(['本店', '北支店']), '%07d' % R.randint(0, 9999999), 'カクウ タロウ'] for _ in range(8)])
    T(JM + '徴収金/furikae_202506.csv', 'I', '財産に関する個人情報', 'untitled-table', 'csv-sjis', 'bank transfer file with account numbers', '', ['1', '0999', '001', '普通', '口座番号', '名義', '金額'], [['2', '0999', '00%d' % R.randint(1, 9), '1', '%07d' % R.randint(0, 9999999), 'ｶｸｳ ﾊﾅｺ', 3500] for _ in range(10)])
    T(JM + '徴収金/未納者一覧_6月.xlsx', 'I', '要・準要保護児童生徒認定台帳／校内就学援助関係書類', 'realistic-name', 'xlsx', 'unpaid families with amounts and circumstances', '学校徴収金 未納者一覧', ['学年', '児童', '保護者', '未納額', '備考'], [[R.randint(1, 6), name(), name(), R.randint(2, 20) * 1000, R.choice(['分納相談中', '要保護申請中', '督促3回'])] for _ in range(6)])
    T(JM + '徴収金/未納_番号のみ.txt', 'I', '校内就学援助関係書類', 'id-by-number', 'txt', 'unpaid by 年組番 with welfare status', '未納（6月）', ['年組番', '額', 'メモ'], [['3-2-14', 6400, '準要保護認定待ち'], ['5-1-03', 12800, '生活保護受給'], ['1-1-22', 3200, '保護者病気療養']])
    T(JM + '徴収金/学年費会計簿_4年.xlsx', 'IV', '学校徴収⾦会計簿（学年費等）', 'realistic-name', 'xlsx', 'class-fee ledger: totals and vendors only', '学年費 会計簿（4年）', ['日付', '摘要', '収入', '支出', '残高'], [['4/30', '4月分徴収（58名）', 174000, '', 174000], ['5/15', 'ドリル代', '', 52200, 121800]])
    T(JM + '徴収金/学年費会計簿_5年_未納メモ.xlsx', 'I', '校内就学援助関係書類', 'hidden-content', 'xlsx', 'ledger with cell notes naming families receiving aid', '学年費 会計簿（5年）', ['日付', '摘要', '収入', '支出'], [['4/30', '4月分徴収（62名）', 180000, ''], ['5/15', '教材', '', 40000]],
      {'comments': [('C3', '事務', '%s家は就学援助（準要保護）のため学校から直接支払い' % name()), ('C4', '事務', '%s家 未納2か月 父失職' % name())]})
    for k, fmt in enumerate(['docx', 'pdf-scan', 'jpg-photo-print']):
        nm = name()
        DOC([JM + '就学援助/就学援助申請書_%s.docx' % nm.replace(' ', ''), JM + 'スキャン/複合機_20250604_%03d.pdf' % R.randint(1, 200), JM + '就学援助/IMG_%04d.jpg' % R.randint(1000, 9999)][k],
            'I', '校内就学援助関係書類', ['filled-form', 'scan-or-photo', 'scan-or-photo'][k], fmt, 'filled school-aid application: income, household, address',
            [('h', '就学援助費受給申請書'), '申請者（保護者）：%s　電話 %s' % (nm, tel()), '住所：%s' % addr(), '児童：%s（%d年）' % (name(), R.randint(1, 6)), '世帯人数：%d人　世帯の総所得：%d万円' % (R.randint(2, 6), R.randint(80, 250)), '申請理由：児童扶養手当受給', '口座：架空銀行 普通 %07d' % R.randint(0, 9999999)])
    DOC(JM + '就学援助/就学援助のお知らせ_全家庭配布.pdf', 'IV', '保護者等への配布⽂書', 'notice-about-record', 'pdf', 'notice to all families about the aid system',
        [('h', '就学援助制度のお知らせ'), '経済的な理由でお困りのご家庭に、学用品費・給食費等を援助します。', '申請書は事務室にあります。提出は封筒に入れて担任へ。'])
    DOC(JM + '就学援助/申請書_様式.docx', 'IV', '各種届雛形', 'blank-form', 'docx', 'blank application',
        [('h', '就学援助費受給申請書'), '申請者：', '住所：', '児童：', '世帯人数：', '申請理由：'])
    T(JM + '就学援助/認定者一覧.xlsx', 'I', '要・準要保護児童生徒認定台帳', 'misleading-name', 'xlsx', 'list of certified aid recipients (name does not say 要保護)', '令和7年度 認定一覧', ['児童', '学年', '区分', '認定日'], [[name(), R.randint(1, 6), R.choice(['要保護', '準要保護']), '5/%d' % R.randint(1, 31)] for _ in range(9)])
    T(JM + '教材費/教材費_支払一覧.xlsx', 'IV', '学校徴収⾦会計簿（学年費等）', 'near-miss', 'xlsx', 'payments to vendors only', '教材費 支払一覧', ['業者', '品名', '金額', '支払日'], [['架空教材(株)', 'ドリル', 52200, '5/20'], ['架空書店', '資料集', 31000, '5/28']])
    T(JM + '教材費/請求書_架空教材.pdf', 'IV', '学校徴収⾦会計簿（学年費等）', 'near-miss', 'pdf', 'vendor invoice', '請求書', ['品名', '数量', '金額'], [['漢字ドリル4年', 58, 23200], ['計算ドリル4年', 58, 29000]])
    T(JM + '給与/給与明細_抜粋.xlsx', 'I', '教職員の人事情報／財産に関する個人情報', 'realistic-name', 'xlsx', 'staff salaries, deductions', '6月 給与 一覧（事務用）', ['職員', '給料', '扶養手当', '控除', '差引'], [[name(), R.randint(22, 40) * 10000, R.choice([0, 10000, 16000]), R.randint(5, 9) * 10000, ''] for _ in range(6)])
    T(JM + '旅費/旅費請求_6月.xlsx', 'I', '学校教職員に関する個人情報（住所等）', 'realistic-name', 'xlsx', 'travel claims with home addresses and accounts', '旅費請求（6月）', ['職員', '用務', '出発地（自宅）', '金額', '振込口座'], [[name(), R.choice(['研修', '出張']), addr(), R.randint(5, 50) * 100, '架空銀行 %07d' % R.randint(0, 9999999)] for _ in range(5)])
    T(JM + '旅費/旅費規程_早見表.pdf', 'IV', '保護者等への配布⽂書（一般的な規程資料）', 'near-miss', 'pdf', 'rate table only', '旅費 早見表', ['区間', '額'], [['架空市内', 0], ['県内 50km未満', 1000]])
    T(JM + '給食/給食数_6月.xlsx', 'II', '給⾷関係書類', 'realistic-name', 'xlsx', 'meal counts per class', '給食 喫食数（6月）', ['クラス', '人数', '停止'], [['%d-%d' % (g, c), R.randint(25, 32), R.randint(0, 2)] for g in range(1, 4) for c in (1, 2)])
    T(JM + '給食/アレルギー対応一覧.xlsx', 'I', '心身の状況（学校生活管理指導表）', 'realistic-name', 'xlsx', 'named children with allergies and epinephrine - health', 'アレルギー対応一覧', ['児童', '学年', 'アレルゲン', '対応', 'エピペン'], [[name(), R.randint(1, 6), R.choice(['卵', '乳', '小麦', 'えび']), R.choice(['除去食', '代替食', '弁当持参']), R.choice(['有', '無'])] for _ in range(6)])
    T(JM + '給食/献立表_7月.pdf', 'IV', '保護者等への配布⽂書', 'near-miss', 'pdf', 'menu', '7月 献立表', ['日', '献立'], [['1', 'ごはん 牛乳 さばのみそ煮'], ['2', 'パン 牛乳 ミートボール']])
    T(JM + 'Book1.xlsx', 'I', '校内就学援助関係書類', 'untitled-table', 'xlsx', 'untitled sheet: names, income brackets, aid status', '', ['A', 'B', 'C', 'D'], [[name(), R.choice(['要保護', '準要保護']), '%d万' % R.randint(80, 200), '母子'] for _ in range(7)])
    T(JM + 'Book2.xlsx', 'IV', '学校徴収⾦会計簿（学年費等）', 'untitled-table', 'xlsx', 'untitled: price calc of materials only', '', ['品名', '単価', '数量', '計'], [['ノート', 120, 60, 7200], ['のり', 80, 60, 4800]])
    T(JM + '出勤簿/出勤簿_6月.xlsx', 'II', '出勤簿', 'realistic-name', 'xlsx', 'staff attendance book', '出勤簿 6月', ['職員', '6/2', '6/3', '6/4', '6/5'], [[name(), '出', '出', R.choice(['年休', '出']), '出'] for _ in range(8)])
    T(JM + '出勤簿/出勤簿_病休理由.xlsx', 'I', '学校教職員に関する個人情報（心身の状況）', 'hidden-content', 'xlsx', 'attendance with comments giving illness details (cancer treatment, depression)', '出勤簿 6月', ['職員', '6/2', '6/3'], [[name(), '病休', '病休'], [name(), '出', '特休']],
      {'comments': [('B3', '教頭', '抗がん剤治療のため'), ('C4', '教頭', '不妊治療（本人申出、他言無用）')]})
    T(JM + '体温/体温チェック表_職員.csv', 'II', '体温チェック表', 'realistic-name', 'csv-utf8', 'staff temperature log', '', ['氏名', '6/2', '6/3', '6/4'], [[name(), '36.%d' % R.randint(2, 8), '36.%d' % R.randint(2, 8), '36.%d' % R.randint(2, 8)] for _ in range(8)])
    T(JM + 'ID管理/端末ID_PW台帳.xlsx', 'II', '情報端末ログインID/PW管理台帳', 'realistic-name', 'xlsx', 'device login IDs and passwords', '端末 ID/PW 管理台帳', ['端末', '利用者', 'ID', 'PW'], [['PC-%02d' % i, name(), 'kyoin%03d' % R.randint(1, 999), 'Kk%04d!' % R.randint(0, 9999)] for i in range(1, 8)])
    T(JM + 'ID管理/校務支援_アカウント一覧.txt', 'II', '情報システムログインID/PW管理台帳', 'misleading-name', 'txt', 'accounts with initial passwords', 'アカウント一覧', ['氏名', 'ID', '初期PW'], [[name(), 't%05d' % R.randint(0, 99999), 'Init#%04d' % R.randint(0, 9999)] for _ in range(5)])
    T(JM + '校務分掌表_R7.xlsx', 'IV', '校務分掌表', 'realistic-name', 'xlsx', 'duty assignment chart', '令和7年度 校務分掌表', ['分掌', '主任', '係'], [['教務', name(), name()], ['生徒指導', name(), name()], ['事務', name(), '']])
    T(JM + '旧サーバ/H28_徴収金/未納.xls', 'I', '校内就学援助関係書類', 'legacy-or-encoding', 'xls-html', 'old .xls (HTML) unpaid list with reasons', '未納者（H28）', ['児童', '保護者', '額', '理由'], [[name(), name(), R.randint(2, 9) * 1000, R.choice(['生活困窮', '父入院'])] for _ in range(4)])
    T(JM + '旧サーバ/H30_教材/教材費.xls', 'IV', '学校徴収⾦会計簿（学年費等）', 'legacy-or-encoding', 'xls-xml2003', 'old .xls (XML 2003) vendor totals', '教材費（H30）', ['品名', '金額'], [['ドリル', 30000], ['資料集', 21000]])

    # ============ 教職員課 ============
    T(KS + '人事/R8_人事異動内申書_集約.xlsx', 'I', '教職員の人事情報', 'realistic-name', 'xlsx', 'transfer applications with family reasons and health', '人事異動 内申 集約', ['氏名', '現任校', '希望', '内申理由'], [[name(), '架空市立%s小' % R.choice(['北', '南', '西']), R.choice(['市内', '郡部']), R.choice(['親の介護', '本人通院（精神科）', '子の障害', '管理職推薦'])] for _ in range(7)])
    T(KS + '人事/勤務評定_R6.xlsx', 'I', '教職員の人事情報', 'realistic-name', 'xlsx', 'performance ratings', '勤務評定（R6）', ['氏名', '学習指導', '生徒指導', '総合', '所見'], [[name(), R.choice('ABCD'), R.choice('ABCD'), R.choice('SABC'), R.choice(['保護者対応に課題', '指導力高い'])] for _ in range(6)])
    T(KS + '人事/評定_集計.csv', 'I', '教職員の人事情報', 'untitled-table', 'csv-utf8', 'untitled csv: staff number and ratings', '', ['職員番号', '評価1', '評価2', '総合'], [['%06d' % R.randint(0, 999999), R.choice('ABC'), R.choice('ABC'), R.choice('SABC')] for _ in range(10)])
    for k, fmt in enumerate(['docx', 'pdf-scan', 'rtf']):
        nm = name()
        DOC([KS + '服務/休職者_復職プログラム_%s.docx' % nm.split()[0], KS + '服務/スキャン_%d.pdf' % R.randint(100, 999), KS + '服務/復職判定会議メモ.rtf'][k], 'I', '教職員の人事情報／学校教職員に関する個人情報（心身の状況）', ['realistic-name', 'scan-or-photo', 'legacy-or-encoding'][k], fmt,
            'leave/return for named teacher with diagnosis', [('h', '休職・復職について'), '対象：%s 教諭（架空市立南中）' % nm, '病名：うつ病（主治医 架空クリニック）', '休職期間：令和7年1月～6月', '復職プログラム：6月から試し出勤 週3日', '校長所見：周囲の支援体制を整える'])
    DOC(KS + '服務/服務事故報告書_0603.docx', 'I', '教職員の人事情報', 'realistic-name', 'docx', 'misconduct report naming teacher', [('h', '服務事故報告書'), '事故者：%s（架空市立北小 教諭）' % name(), '概要：児童の個人情報を含むUSBメモリを紛失。', '処分案：文書訓告', '本人の反省文あり。'], footer='取扱注意')
    DOC(KS + '服務/服務規律確保_通知.pdf', 'IV', '保護者等への配布⽂書（一般通知）', 'near-miss', 'pdf', 'general compliance circular; no individuals', [('h', '服務規律の確保について（通知）'), '各学校長 様', '個人情報の持ち出しについて改めて周知してください。', '事故が起きた場合は速やかに教職員課へ報告すること。'])
    T(KS + '給与/給与振込口座一覧.xlsx', 'I', '教職員の人事情報（財産）', 'realistic-name', 'xlsx', 'staff bank accounts', '給与振込口座', ['職員番号', '氏名', '銀行', '口座'], [['%06d' % R.randint(0, 999999), name(), '架空銀行', '%07d' % R.randint(0, 9999999)] for _ in range(8)])
    T(KS + '給与/zengin_0621.txt', 'I', '教職員の人事情報（財産）', 'legacy-or-encoding', 'txt', 'bank file lines with accounts and names (half-width kana)', '', ['種別', '銀行', '支店', '口座', '名義', '金額'], [['2', '0999', '001', '%07d' % R.randint(0, 9999999), 'ｶｸｳ ｼﾞﾛｳ', R.randint(20, 40) * 10000] for _ in range(6)])
    DOC(KS + '人事/職員会議_資料_異動方針.pptx.pdf', 'III', '職員会議の資料', 'near-miss', 'pdf', 'general transfer policy', [('h', '令和8年度 人事異動方針'), '・同一校勤務7年以上を原則異動', '・へき地校経験の考慮'])
    T(KS + '人事/教職員名簿_電話.xlsx', 'I', '学校教職員に関する個人情報（住所、電話）', 'realistic-name', 'xlsx', 'staff home phones and addresses', '教職員名簿（緊急連絡網）', ['氏名', '住所', '電話'], [[name(), addr(), tel()] for _ in range(8)])
    T(KS + '人事/教職員名簿_所属のみ.xlsx', 'IV', '校務分掌表', 'near-miss', 'xlsx', 'names and schools only (public directory level)', '教職員配置一覧', ['学校', '校長', '教頭'], [['架空市立北小', name(), name()], ['架空市立南中', name(), name()]])
    return

def build2():
    """containers, mails, mixed, late-page, more images, pptx, odt"""
    # --- pptx with speaker notes ---
    w.pptx(P(MT + '職員会議/Files/職員会議_0611.pptx'), [('6月 職員会議', ['行事予定', '学習ログの出席扱い'], None), ('生徒の状況', ['個別の状況は口頭で'], '%s：母親の入院で弟の世話、登校0日。児相と連携。\n%s：リストカット再発、SC週1。' % (name(), name()))])
    label(MT + '職員会議/Files/職員会議_0611.pptx', 'I', '教育相談・⾯接の記録等', 'hidden-content', 'pptx', 'slides harmless; speaker notes name pupils with self-harm and family crisis')
    w.pptx(P(MT + '職員会議/Files/職員会議_0514.pptx'), [('5月 職員会議', ['体験活動「ふれあい」', '保護者会の日程'], '時間配分に注意'), ('予定', ['6/20 保護者会'], None)])
    label(MT + '職員会議/Files/職員会議_0514.pptx', 'III', '職員会議の資料', 'realistic-name', 'pptx', 'staff meeting slides, no individual information')
    w.pptx(P(SB + '研修/事例検討_寄宿舎.pptx'), [('事例検討', ['夜間の不安への対応'], None), ('事例', ['A さん（高等部）'], '実名：%s。母の精神疾患で帰省困難、服薬はリスペリドン。' % name())])
    label(SB + '研修/事例検討_寄宿舎.pptx', 'I', '生活歴、心身の状況…児童生徒に関する個人情報', 'hidden-content', 'pptx', 'case study anonymised on slide but real name & family illness in notes')
    w.pptx(P(CL + '一般/Files/地域移行_説明会.pptx'), [('部活動の地域移行', ['令和8年度から', '会費'], '質疑応答は15分'), ('スケジュール', ['7月 説明会', '9月 申込'], None)])
    label(CL + '一般/Files/地域移行_説明会.pptx', 'IV', '保護者等への配布⽂書', 'near-miss', 'pptx', 'public explanation slides')
    # --- eml with attachments ---
    def eml(rel, subj, body, atts):
        msg = EmailMessage()
        msg['From'] = 'tanto@kenritsu-sch.example.jp'; msg['To'] = 'kyomu@city-school.example.jp'; msg['Subject'] = subj; msg['Date'] = formatdate(1749600000)
        msg.set_content(body)
        for fn, data, mt in atts:
            mt1, mt2 = mt.split('/')
            msg.add_attachment(data, maintype=mt1, subtype=mt2, filename=fn)
        w.ensure(P(rel)); open(P(rel), 'wb').write(bytes(msg))
    x = w.xlsx(None, [dict(name='Sheet1', rows=[['氏名', '在籍校', '欠席理由'], [name(), '架空市立北中', '起立性調節障害'], [name(), '架空市立南中', 'いじめ被害後の不安']])])
    eml(GD + 'メール/在籍校への連絡票送付.eml', '【送付】6月分 連絡票', '北中 ご担当様\n6月分の連絡票を添付します。\n', [('連絡票_6月.xlsx', x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])
    label(GD + 'メール/在籍校への連絡票送付.eml', 'I', '心身の状況（児童生徒に関する個人情報）', 'container', 'eml', 'harmless body; xlsx attachment names pupils with non-attendance reasons')
    eml(GD + 'メール/研修案内.eml', '研修のご案内', '7/30に情報セキュリティ研修を行います。\n', [('研修案内.txt', '日時 7/30 14:00 会場 視聴覚室'.encode('utf-8'), 'text/plain')])
    label(GD + 'メール/研修案内.eml', 'IV', '保護者等への配布⽂書（一般案内）', 'container', 'eml', 'training announcement with harmless attachment')
    c = '氏名,電話,住所\n%s,%s,%s\n%s,%s,%s\n' % (name(), tel(), addr(), name(), tel(), addr())
    eml(GD + 'メール/Fw_緊急連絡網.eml', 'Fw: 連絡網', '転送します。取扱注意で。\n', [('renrakumo.csv', c.encode('cp932'), 'text/csv')])
    label(GD + 'メール/Fw_緊急連絡網.eml', 'I', '電話番号、住所等の基本情報を含むもの', 'container', 'eml', 'forwarded Shift_JIS csv with guardian phones and addresses')
    eml(GD + 'メール/大会結果.eml', '大会結果のご報告', '%sさんの活躍で準優勝でした。写真は後日。\n' % name(), [])
    label(GD + 'メール/大会結果.eml', 'III', '授業や学校行事等の活動記録', 'near-miss', 'eml', 'names a pupil in an activity report only')
    eml(GD + 'メール/成績送付.eml', '素点表', '添付のとおり', [('素点.csv', ('番号,国語,数学\n' + ''.join('%d,%d,%d\n' % (i, R.randint(30, 100), R.randint(30, 100)) for i in range(1, 9))).encode('utf-8'), 'text/csv')])
    label(GD + 'メール/成績送付.eml', 'II', '定期考査素点表', 'container', 'eml', 'attachment is a raw score table by pupil number')
    # --- zips ---
    def mkzip(rel, members):
        w.ensure(P(rel))
        with zipfile.ZipFile(P(rel), 'w', zipfile.ZIP_DEFLATED) as z:
            for n, d in members:
                z.writestr(n, d)
    mkzip(GD + '共有/寄宿舎_引継ぎ.zip', [('readme.txt', '引継ぎ資料一式'.encode('utf-8')), ('日課表.txt', '17:00 おやつ\n18:00 夕食'.encode('utf-8')), ('服薬/服薬一覧.csv', ('氏名,薬\n%s,デパケン\n%s,イーケプラ\n' % (name(), name())).encode('utf-8'))])
    label(GD + '共有/寄宿舎_引継ぎ.zip', 'I', '心身の状況（児童生徒に関する個人情報）', 'container', 'zip', 'zip member 服薬一覧.csv lists pupils and medicines')
    mkzip(GD + '共有/だより_バックナンバー.zip', [('4月号.txt', '入学おめでとうございます'.encode('utf-8')), ('5月号.txt', '運動会のお知らせ'.encode('utf-8'))])
    label(GD + '共有/だより_バックナンバー.zip', 'IV', '学校・学年・学級だより', 'container', 'zip', 'newsletters only')
    inner = w.docx(None, [('h', '家庭訪問記録'), '%s宅 6/3 訪問' % name(), '父不在。母より家計が苦しいと。兄弟げんかが多い。'])
    mkzip(GD + '共有/2年_学級資料.zip', [('座席表.txt', ('前列 ' + ' '.join(name() for _ in range(4))).encode('utf-8')), ('記録/家庭訪問.docx', inner)])
    label(GD + '共有/2年_学級資料.zip', 'II', '家庭訪問記録', 'container', 'zip', 'seating chart plus a home-visit record docx inside (highest = 家庭訪問記録)')
    inner2 = io.BytesIO()
    with zipfile.ZipFile(inner2, 'w') as z:
        z.writestr('評定.csv', ('氏名,評定\n' + ''.join('%s,%d\n' % (name(), R.randint(1, 5)) for _ in range(6))).encode('utf-8'))
    mkzip(GD + '共有/バックアップ_2024.zip', [('教材/プリント.txt', '一次関数のプリント'.encode('utf-8')), ('old/seiseki.zip', inner2.getvalue())])
    label(GD + '共有/バックアップ_2024.zip', 'I', '評定⼀覧表', 'container', 'zip', 'nested zip contains grade list')
    # --- late page docs ---
    DOC(GD + '学年会/学年会_資料_6月.pdf', 'I', '生徒指導記録簿', 'late-page', 'pdf', 'pages 1-2 schedule; page 3 guidance record with names (theft, police)',
        [('h', '学年会資料'), '1. 行事予定', '2. 学習状況', ('pb',), '3. 清掃分担', '4. 保護者会', ('pb',), ('h', '生徒指導案件'), '%s（2-3）万引きで警察から連絡、保護者来校' % name(), '%s（2-1）SNSで他生徒の画像拡散、指導済' % name()])
    DOC(GD + '学年会/学年会_資料_5月.docx', 'III', '職員会議の資料', 'realistic-name', 'docx', 'meeting handout: schedule only', [('h', '学年会資料（5月）'), '1. 修学旅行の班', '2. 定期考査の日程', ('pb',), '3. その他'])
    DOC(GD + '教務/定期考査_日程と範囲.docx', 'IV', '保護者等への配布⽂書', 'near-miss', 'docx', 'exam schedule', [('h', '1学期期末考査 日程'), '7/1 国語・数学', '7/2 英語・理科', '範囲は各教科担任から'])
    DOC(GD + '教務/学校経営案_R7.docx', 'III', '学校経営案', 'realistic-name', 'docx', 'school management plan', [('h', '令和7年度 学校経営案'), '目指す学校像：誰一人取り残さない', '重点：不登校生徒への多様な学び'], footer='重要性分類Ⅲ')
    DOC(GD + '教務/学校経営案_最終.docx', 'I', '教職員の人事情報', 'late-page', 'docx', 'management plan; final page has staff evaluation notes with health info',
        [('h', '令和7年度 学校経営案'), '目指す学校像', '重点目標', ('pb',), '組織', ('pb',), ('h', '（校長メモ）職員の状況'), '%s 教諭：メンタル不調で通院、担任外し検討' % name(), '%s 講師：指導力不足、研修要' % name()])
    # --- mixed ---
    T(GD + '学年会/2年_名簿_いろいろ.xlsx', 'I', '通知表／心身の状況（混在）', 'mixed', 'xlsx', 'seating list sheet + grades sheet + health sheet', '2年1組 名簿', ['番', '氏名'], [[i, name()] for i in range(1, 8)],
      {'more_sheets': [dict(name='成績', rows=[['氏名', '国', '数']] + [[name(), R.randint(30, 100), R.randint(30, 100)] for _ in range(5)]), dict(name='保健', rows=[['氏名', '既往症']] + [[name(), R.choice(['喘息', '心疾患', '不整脈'])] for _ in range(3)])]})
    T(GD + '学年会/係名簿と定期考査.xlsx', 'II', '定期考査素点表', 'mixed', 'xlsx', 'committee list (III) + exam raw scores (II)', '係・委員会名簿', ['氏名', '委員会'], [[name(), R.choice(['保健', '図書', '放送'])] for _ in range(6)],
      {'more_sheets': [dict(name='期末素点', rows=[['氏名', '国語', '数学', '英語']] + [[name(), R.randint(20, 100), R.randint(20, 100), R.randint(20, 100)] for _ in range(6)])]})
    T(GD + '教務/委員会係名簿.xlsx', 'III', '委員会・係名簿', 'realistic-name', 'xlsx', 'committee roster', '委員会名簿', ['委員会', '委員長', '副'], [['保健', name(), name()], ['図書', name(), name()]])
    T(GD + '教務/通知表_所見_1学期.xlsx', 'II', '通知表', 'realistic-name', 'xlsx', 'report-card comments and marks', '通知表 所見（1学期）', ['番', '氏名', '所見', '国', '算'], [[i, name(), R.choice(['係活動に責任をもって取り組んだ', '友達に優しく接した']), R.choice(['◎', '○', '△']), R.choice(['◎', '○', '△'])] for i in range(1, 8)])
    T(GD + '教務/素点表_期末.csv', 'II', '定期考査素点表', 'id-by-number', 'csv-utf8', 'raw scores keyed by 組番', '', ['組', '番', '国語', '数学', '英語'], [[R.randint(1, 3), i, R.randint(20, 100), R.randint(20, 100), R.randint(20, 100)] for i in range(1, 12)])
    T(GD + '教務/教務手帳_写真.jpg', 'II', '教務⼿帳', 'scan-or-photo', 'jpg-photo', 'photo of teacher notebook marks', '教務手帳 2-1 提出物', ['氏名', '6/2', '6/5', '6/9'], [[name(), '✓', '×', '✓'] for _ in range(6)])
    T(GD + '教務/入試問題_R8_数学_案.docx', 'II', '入学者選抜問題', 'realistic-name', 'docx', 'draft admission exam', '令和8年度 入学者選抜 学力検査問題 数学（案）', ['問', '内容'], [['1', '次の計算をせよ'], ['2', '関数の問題']])
    T(GD + '教務/過去問_R5_数学.pdf', 'III', '過去のテスト問題', 'near-miss', 'pdf', 'past exam', '令和5年度 1学期期末 数学', ['問', '内容'], [['1', '計算'], ['2', '方程式']])
    T(GD + '生徒指導/事故報告書_0605.docx', 'II', '事故報告書、記録簿', 'realistic-name', 'docx', 'accident report (injury in PE)', '事故報告書', ['項目', '内容'], [['日時', '6/5 3校時'], ['児童', name()], ['内容', '跳び箱で右手首を捻挫、整形外科受診']])
    T(GD + '生徒指導/生徒指導記録簿_R7.xlsx', 'I', '生徒指導記録簿', 'realistic-name', 'xlsx', 'guidance records', '生徒指導記録簿', ['日付', '生徒', '事案', '対応'], [['5/%d' % R.randint(1, 31), name(), R.choice(['喫煙', '暴力', '窃盗', '深夜徘徊']), R.choice(['保護者呼出', '警察連携', '別室指導'])] for _ in range(6)])
    T(GD + '生徒指導/きずなアンケート_回答.csv', 'I', 'きずなアンケート（児童生徒が記入済のもの）', 'realistic-name', 'csv-utf8', 'filled bullying survey answers with names', '', ['氏名', 'いやなことをされた', '内容'], [[name(), R.choice(['はい', 'いいえ']), R.choice(['', '無視される', 'たたかれる'])] for _ in range(8)])
    T(GD + '生徒指導/きずなアンケート_様式.pdf', 'IV', '記入前のアンケート', 'blank-form', 'pdf', 'blank survey', 'きずなアンケート', ['質問', '回答'], [['最近いやなことをされましたか', 'はい・いいえ'], ['だれかに相談したいですか', 'はい・いいえ']])
    T(GD + '生徒指導/心のアンケート_写真.jpg', 'I', '心のアンケート（児童生徒が記入済のもの）', 'scan-or-photo', 'jpg-photo', 'photo of filled survey', '心のアンケート　3年2組 %s' % name(), ['質問', '回答'], [['ねむれていますか', 'いいえ'], ['しにたいと思うことがある', 'ときどき']])
    T(GD + '家庭訪問/家庭訪問記録_4月.xlsx', 'II', '家庭訪問記録', 'realistic-name', 'xlsx', 'home visit notes', '家庭訪問記録', ['児童', '訪問日', 'メモ'], [[name(), '4/%d' % R.randint(20, 30), R.choice(['祖父母同居', '犬を飼っている', '通学路に危険箇所'])] for _ in range(6)])
    T(GD + '家庭訪問/家庭訪問_日程表.xlsx', 'III', '名列表', 'near-miss', 'xlsx', 'schedule with names and times only', '家庭訪問 日程', ['日', '時刻', '児童'], [['4/%d' % R.randint(20, 30), '15:%02d' % R.randint(0, 59), name()] for _ in range(8)])
    T(GD + '卒業/卒業証書授与台帳_R6.xlsx', 'I', '卒業証書授与台帳', 'realistic-name', 'xlsx', 'diploma register', '卒業証書授与台帳', ['番号', '氏名', '生年月日'], [['第%d号' % (100 + i), name(), bday(2009, 2010)] for i in range(8)])
    T(GD + '卒業/卒業式_式次第.pdf', 'IV', '学校行事実施計画', 'near-miss', 'pdf', 'ceremony program', '卒業証書授与式 式次第', ['順', '内容'], [['1', '開式の辞'], ['2', '卒業証書授与']])
    T(GD + '指導要録/指導要録_写し_%s.pdf' % R.choice(SEI), 'I', '指導要録原本', 'realistic-name', 'pdf', 'cumulative record copy', '指導要録（学籍の記録）', ['項目', '内容'], [['氏名', name()], ['生年月日', bday()], ['保護者', name()], ['現住所', addr()], ['入学前の経歴', '架空保育園']])
    T(GD + '指導要録/指導要録_記入要領.pdf', 'IV', '各種届雛形', 'notice-about-record', 'pdf', 'how-to guide for filling 要録', '指導要録 記入要領', ['欄', '書き方'], [['学籍の記録', '楷書で'], ['所見', '簡潔に']])
    T(GD + '学籍/転入学受付簿_R7.xlsx', 'II', '転入学受付（整理）簿', 'realistic-name', 'xlsx', 'transfer-in register', '転入学受付簿', ['受付日', '児童', '前籍校'], [['4/%d' % R.randint(1, 30), name(), '架空市立%s小' % R.choice(['東', '西'])] for _ in range(5)])
    T(GD + '学籍/休学退学願_受付簿.xlsx', 'II', '休学・退学願等受付簿', 'realistic-name', 'xlsx', 'withdrawal register', '休学・退学願 受付簿', ['日付', '生徒', '種別'], [['5/%d' % R.randint(1, 31), fname(), R.choice(['退学', '休学'])] for _ in range(4)])
    T(GD + '学籍/教科用図書給付名簿.csv', 'II', '教科用図書給付児童生徒名簿', 'realistic-name', 'csv-sjis', 'textbook grant list', '', ['学年', '氏名', '給付'], [[R.randint(1, 3), fname(), '済'] for _ in range(8)])
    T(GD + '学籍/使用教科書一覧.pdf', 'IV', '使用教科書⼀覧', 'near-miss', 'pdf', 'list of textbooks', '使用教科書一覧', ['教科', '書名'], [['国語', '新しい国語'], ['数学', '未来へひろがる数学']])
    T(GD + '進路/進路希望調査_2年.xlsx', 'II', '進路希望調査', 'realistic-name', 'xlsx', 'career wishes', '進路希望調査', ['氏名', '希望'], [[name(), R.choice(['県立高校', '私立高校', '高専'])] for _ in range(8)])
    T(GD + '進路/進路希望調査_用紙.docx', 'IV', '記入前のアンケート', 'blank-form', 'docx', 'blank survey', '進路希望調査票', ['項目', '記入'], [['氏名', ''], ['第1希望', ''], ['第2希望', '']])
    T(GD + '進路/公立高校_成績一覧.xlsx', 'I', '公立⾼校入学者選抜に係る成績⼀覧表', 'realistic-name', 'xlsx', 'public HS selection grade table', '公立高校入学者選抜 成績一覧表', ['氏名', '内申', '学力検査'], [[name(), R.randint(20, 45), R.randint(100, 250)] for _ in range(6)])
    T(GD + '進路/願書_控え.pdf', 'I', '入学者選抜に関する表簿（願書等）', 'filled-form', 'pdf', 'filled application', '入学願書（控）', ['項目', '内容'], [['志願者', name()], ['生年月日', bday(2010, 2010)], ['住所', addr()], ['電話', tel()]])
    T(GD + '進級/進級認定資料.xlsx', 'I', '進級・卒業認定資料', 'realistic-name', 'xlsx', 'promotion decision data', '進級認定会議 資料', ['氏名', '欠席日数', '未修得', '判定'], [[name(), R.randint(0, 80), R.choice(['なし', '数学']), R.choice(['進級', '保留'])] for _ in range(6)])
    T(GD + '人権/人権作文_提出一覧.docx', 'I', '人権レポート', 'realistic-name', 'docx', 'human-rights reports with personal experiences', '人権作文（抜粋）', ['氏名', '題', '抜粋'], [[name(), '家族のこと', '父が外国籍で、小学校のときにからかわれた'], [name(), '祖母の介護', '認知症の祖母と暮らしている']])
    T(GD + '保健/歯の検査_結果.xlsx', 'I', '⻭の検査表', 'realistic-name', 'xlsx', 'dental results', '歯科検診 結果', ['氏名', 'むし歯', '要受診'], [[name(), R.randint(0, 5), R.choice(['要', '不要'])] for _ in range(8)])
    T(GD + '保健/就学時健診_R8.pdf', 'I', '就学時健康診断票', 'scan-or-photo', 'pdf-scan', 'scan of pre-school health exam', '就学時健康診断票', ['項目', '内容'], [['氏名', name()], ['視力', 'A/A'], ['所見', '言語発達の遅れ 要観察']])
    T(GD + '保健/健康診断_日程.pdf', 'IV', '学校行事実施計画', 'notice-about-record', 'pdf', 'exam schedule only', '健康診断 日程', ['日', '内容'], [['5/10', '内科'], ['5/17', '歯科']])
    T(GD + '保健/保健だより_6月.docx', 'IV', '学校・学年・学級だより', 'near-miss', 'docx', 'health newsletter', '保健だより 6月', ['テーマ', '内容'], [['歯と口の健康週間', '6/4～6/10'], ['熱中症予防', 'こまめな水分補給']])
    T(GD + '教務/名列表_1年.xlsx', 'III', '名列表', 'realistic-name', 'xlsx', 'name list', '1年1組 名列表', ['番', '氏名', 'ふりがな'], [[i, name(), ''] for i in range(1, 11)])
    T(GD + '教務/名列表_生年月日性別.xlsx', 'III', '生年月日、性別', 'realistic-name', 'xlsx', 'names with DOB and sex only', '1年 名簿（生年月日）', ['番', '氏名', '性別', '生年月日'], [[i, name(), R.choice(['男', '女']), bday(2012, 2013)] for i in range(1, 11)])
    T(GD + '教務/名列表_住所入り.xlsx', 'I', '電話番号、住所等の基本情報を含むもの', 'hidden-content', 'xlsx', 'name list with hidden columns for address and phone', '1年 名簿', ['番', '氏名', '住所', '電話'], [[i, name(), addr(), tel()] for i in range(1, 8)], {'hidden_cols': [2, 3]})
    T(GD + '教務/教育課程編成表.pdf', 'IV', '教育課程編成表', 'near-miss', 'pdf', 'curriculum hours', '教育課程編成表', ['教科', '1年', '2年'], [['国語', 140, 140], ['数学', 140, 105]])
    T(GD + '教務/学校要覧_R7.pdf', 'IV', '学校要覧', 'near-miss', 'pdf', 'school overview', '学校要覧', ['項目', '内容'], [['児童数', 312], ['学級数', 13]])
    T(GD + '教務/システム仕様書_校務支援.pdf', 'II', '教育情報システム仕様書', 'realistic-name', 'pdf', 'system spec with server names', '校務支援システム 仕様書', ['項目', '内容'], [['サーバ', 'kmm-sv01 (10.0.0.21)'], ['認証', 'AD連携'], ['バックアップ', '毎日 2:00']])
    DOC(GD + '教務/学級だより_7月.docx', 'IV', '学校・学年・学級だより', 'near-miss', 'docx', 'class newsletter', [('h', '学級だより 7月'), '1学期もあと少し。', '夏休みの宿題を配りました。'])
    DOC(GD + '教務/修学旅行のしおり.pdf', 'IV', '学校行事のしおり', 'near-miss', 'pdf', 'trip booklet', [('h', '修学旅行のしおり'), '1日目 長崎', '2日目 ハウステンボス'])
    DOC(GD + '教務/教材研究_一次関数.md', 'III', '教材研究資料', 'realistic-name', 'md', 'lesson study notes', [('h', '教材研究 一次関数'), '導入：タクシー料金', '展開：表・式・グラフ'])
    DOC(GD + '教務/授業プリント_英語.odt', 'III', '授業用教材', 'realistic-name', 'odt', 'worksheet', [('h', 'Unit 3 Worksheet'), 'Fill in the blanks.', '1. I ___ a student.'])
    DOC(GD + '教務/授業プリント_社会_コメント.odt', 'II', '成績に関する個票等', 'hidden-content', 'odt', 'worksheet with annotation listing named pupils and their marks',
        [('h', '社会 ワークシート'), '江戸時代の産業をまとめよう'], comments=[('担当', '%s 8点 %s 3点（再提出）%s 10点' % (name(), name(), name()))])
    # 学習記録 photos of student work
    T(GD + '授業/作品_写真.jpg', 'III', '学習記録（ワークシート・レポート・作品等）', 'scan-or-photo', 'jpg-photo', 'photo of worksheet with pupil name, no grades', '理科ワークシート 2年1組 %s' % name(), ['観察', '気づき'], [['メダカ', 'たまごが増えた'], ['水温', '24度']])
    T(GD + '授業/ワークシート_スキャン.pdf', 'III', '学習記録（ワークシート・レポート・作品等）', 'scan-or-photo', 'pdf-scan', 'scanned worksheet with name', '国語ワークシート %s' % name(), ['問', 'こたえ'], [['1', 'ごんぎつね'], ['2', 'かなしい']])
    # screenshots of 校務支援
    T(GD + 'スクショ/成績入力画面.png', 'II', '定期考査素点表', 'scan-or-photo', 'png-screen', 'screenshot: raw scores per pupil', '成績入力（1学期期末）', ['番', '氏名', '国語', '数学', '英語'], [[i, name(), R.randint(20, 100), R.randint(20, 100), R.randint(20, 100)] for i in range(1, 13)])
    T(GD + 'スクショ/出欠画面.png', 'III', '出席簿補助簿', 'scan-or-photo', 'png-screen', 'attendance screen, marks only', '出欠入力 6/12', ['番', '氏名', '出欠'], [[i, name(), R.choice(['出', '出', '欠'])] for i in range(1, 15)])
    T(GD + 'スクショ/保健室来室記録.png', 'I', '心身の状況（児童生徒に関する個人情報）', 'scan-or-photo', 'png-screen', 'nurse office visits with symptoms and notes', '保健室来室記録', ['日時', '氏名', '症状', '対応'], [['6/%d' % R.randint(1, 30), name(), R.choice(['頭痛', '腹痛', '過呼吸', 'リストカット痕']), R.choice(['休養', '早退', 'SCへ'])] for _ in range(10)])
    T(GD + 'スクショ/指導要録画面.png', 'I', '指導要録原本', 'scan-or-photo', 'png-screen', 'screenshot of 要録 record', '指導要録 学籍の記録', ['項目', '内容'], [['氏名', name()], ['生年月日', bday()], ['住所', addr()], ['保護者', name()]])
    T(GD + 'スクショ/時間割画面.png', 'IV', '教育課程編成表', 'near-miss', 'png-screen', 'timetable screen', '時間割 2年1組', ['', '月', '火', '水'], [['1', '国語', '数学', '英語'], ['2', '理科', '社会', '体育']])
    T(GD + 'スクショ/行事予定.png', 'IV', '学校行事実施計画', 'near-miss', 'png-screen', 'event calendar', '行事予定 7月', ['日', '行事'], [['7/1', '期末考査'], ['7/18', '終業式']])
    T(GD + 'スクショ/教職員_休暇画面.png', 'I', '教職員の人事情報', 'scan-or-photo', 'png-screen', 'staff leave screen with reasons', '休暇申請一覧', ['職員', '種別', '期間', '理由'], [[name(), R.choice(['病気休暇', '介護休暇', '育児休業']), '6/%d～' % R.randint(1, 30), R.choice(['手術', '父の介護', '出産'])] for _ in range(8)])
    # photos of paper: printed, various
    T(GD + '写真/IMG_2041.jpg', 'III', '座席表', 'scan-or-photo', 'jpg-photo', 'photo of seating chart', '座席表 3年2組', ['', '', ''], [[name(), name(), name()], [name(), name(), name()]], {'hand': False})
    T(GD + '写真/IMG_2042.jpg', 'IV', '学校行事実施計画', 'scan-or-photo', 'jpg-photo', 'photo of event plan', '体育大会 実施計画', ['時刻', '種目'], [['9:00', '開会式'], ['9:30', '徒競走']], {'hand': False})
    T(GD + '写真/IMG_2043.jpg', 'I', '教育相談・⾯接の記録等', 'scan-or-photo', 'jpg-photo', 'photo of handwritten counselling note', '相談メモ 6/9', ['', ''], [['%s' % name(), '家に帰りたくない'], ['', '父が怒鳴る、夕飯がない日がある']])
    T(GD + '写真/IMG_2044.jpg', 'II', '体温チェック表', 'scan-or-photo', 'jpg-photo', 'photo of staff temperature sheet', '体温チェック表（職員）', ['氏名', '6/2', '6/3'], [[name(), '36.5', '36.4'] for _ in range(5)])
    T(GD + '写真/IMG_2045.jpg', 'III', '委員会・係名簿', 'scan-or-photo', 'jpg-photo', 'photo of committee list', '係分担表', ['係', '氏名'], [['黒板', name()], ['配り', name()], ['生き物', name()]])
    T(GD + '写真/IMG_2046.jpg', 'IV', '保護者等への配布⽂書', 'scan-or-photo', 'jpg-photo', 'photo of notice', 'プール開きのお知らせ', ['日', '内容'], [['6/16', 'プール開き'], ['', '水着・帽子を準備']], {'hand': False})
    DOC(GD + '写真/IMG_2047.jpg', 'I', '生活歴…児童生徒に関する個人情報', 'sensitive-in-plain-words', 'jpg-photo', 'photo of sticky-note style memo on a pupil',
        ['%sさん 母から電話' % name(), '父親が逮捕されたと。', '本人には伝えていない。', '明日は祖母宅から登校。'])
    DOC(GD + '写真/IMG_2048.jpg', 'IV', '学校行事実施計画', 'scan-or-photo', 'jpg-whiteboard', 'whiteboard with meeting agenda',
        ['職員打合せ', '1 避難訓練', '2 授業参観', '3 清掃点検'])
    DOC(GD + '写真/IMG_2049.jpg', 'II', '給⾷関係書類', 'scan-or-photo', 'jpg-whiteboard', 'whiteboard of today meal stop list by name',
        ['給食停止 6/12', '%s（欠）' % name(), '%s（早退）' % name(), '牛乳停止 %s' % name()])
    # scans
    DOC(GD + 'スキャン/SKM_C25025061201.pdf', 'I', '教育相談・⾯接の記録等', 'late-page', 'pdf-scan', 'scan: first page cover; page 2 counselling record',
        [('h', '校内委員会 資料'), '令和7年6月', ('pb',), ('h', '教育相談記録'), '%s（3年）母との面談' % name(), '不登校が続き、昼夜逆転。', '父からの暴言があると本人が話す。'])
    DOC(GD + 'スキャン/SKM_C25025061202.pdf', 'IV', '保護者等への配布⽂書', 'scan-or-photo', 'pdf-scan', 'scan of a general notice', [('h', '授業参観のお知らせ'), '6月28日（土）', '2校時～3校時'])
    DOC(GD + 'スキャン/SKM_C25025061203.pdf', 'III', '職員会議の資料', 'scan-or-photo', 'pdf-scan', 'scan of staff meeting agenda', [('h', '職員会議 次第'), '1 報告事項', '2 協議事項'])
    DOC(GD + 'スキャン/SKM_C25025061204.pdf', 'II', '家庭訪問記録', 'scan-or-photo', 'pdf-scan', 'scan of home visit notes', [('h', '家庭訪問記録'), '%s 宅' % name(), '母：弟の世話をよくしている', '通学路に注意箇所'])
    # misleading names
    T(GD + '教務/アンケート集計.xlsx', 'I', '心のアンケート（児童生徒が記入済のもの）', 'misleading-name', 'xlsx', 'name says survey summary; contents are named answers about suicidal thoughts', 'R7 1学期', ['氏名', 'Q1', 'Q5 死にたいと思う'], [[name(), R.randint(1, 4), R.choice(['ない', 'ときどき', 'よくある'])] for _ in range(8)])
    T(GD + '教務/個人情報_取扱い.pdf', 'IV', '保護者等への配布⽂書', 'misleading-name', 'pdf', 'name sounds sensitive; it is a policy leaflet', '個人情報の取扱いについて', ['項目', '内容'], [['目的', '学校教育活動'], ['保管', '校務系サーバ']])
    T(GD + '教務/緊急連絡網_最新.xlsx', 'IV', '各種届雛形', 'misleading-name', 'xlsx', 'name sounds sensitive; it is an empty phone-tree template', '緊急連絡網（様式）', ['順', '氏名', '電話'], [[i, '', ''] for i in range(1, 8)])
    T(GD + '教務/要録.xlsx', 'III', '名列表', 'misleading-name', 'xlsx', 'named 要録 but only names and numbers', '名簿', ['番', '氏名'], [[i, name()] for i in range(1, 10)])
    T(GD + '教務/新しいフォルダー/data.csv', 'I', '生活歴、心身の状況…児童生徒に関する個人情報', 'untitled-table', 'csv-utf8', 'untitled csv with names, diagnoses, family notes', '', ['c1', 'c2', 'c3'], [[name(), R.choice(['ADHD服薬', 'LD', '場面緘黙']), R.choice(['ひとり親', '外国籍家庭', '祖父母養育'])] for _ in range(7)])
    T(GD + '教務/新しいフォルダー/data2.csv', 'III', '名列表', 'untitled-table', 'csv-utf8', 'untitled csv names and class', '', ['c1', 'c2'], [[name(), '2-%d' % R.randint(1, 3)] for _ in range(7)])
    T(GD + '教務/新しいフォルダー/Book3.xlsx', 'II', '定期考査素点表', 'untitled-table', 'xlsx', 'untitled: numbers and names with scores', '', ['', '', '', ''], [[i, name(), R.randint(20, 100), R.randint(20, 100)] for i in range(1, 9)])
    T(GD + '教務/新しいフォルダー/Book4.xlsx', 'IV', '学校行事実施計画', 'untitled-table', 'xlsx', 'untitled: event times', '', ['', ''], [['9:00', '開会'], ['9:20', '準備体操']])
    # legacy doc / encodings
    DOC(GD + '旧サーバ/H27/家庭訪問記録.doc', 'II', '家庭訪問記録', 'legacy-or-encoding', 'doc-rtf', '.doc that is really RTF; home visit notes', [('h', '家庭訪問記録 H27'), '%s 宅：祖母同居、放課後は学童' % name()])
    DOC(GD + '旧サーバ/H27/学級だより.doc', 'IV', '学校・学年・学級だより', 'legacy-or-encoding', 'doc-rtf', '.doc that is really RTF; newsletter', [('h', '学級だより'), '運動会がんばりました'])
    DOC(GD + '旧サーバ/H29/相談記録.txt', 'I', '教育相談・⾯接の記録等', 'legacy-or-encoding', 'txt-sjis', 'cp932 txt counselling note', ['相談記録 H29', '%s 不登校 母子関係に課題 医療機関受診中' % name()])
    DOC(GD + '旧サーバ/H29/行事予定.txt', 'IV', '学校行事実施計画', 'legacy-or-encoding', 'txt-sjis', 'cp932 event plan', ['行事予定 H29', '4/8 始業式', '4/10 入学式'])
    T(GD + '旧サーバ/H29/名簿.tsv', 'III', '名列表', 'legacy-or-encoding', 'tsv-utf16', 'UTF-16 name list', '', ['番', '氏名'], [[i, name()] for i in range(1, 9)])
    T(GD + '旧サーバ/H29/連絡網.tsv', 'I', '電話番号、住所等の基本情報を含むもの', 'legacy-or-encoding', 'tsv-utf16', 'UTF-16 phone tree with guardian phones', '', ['番', '児童', '保護者電話'], [[i, name(), tel()] for i in range(1, 9)])
    T(GD + '旧サーバ/H30/成績.xls', 'II', '定期考査素点表', 'legacy-or-encoding', 'xls-xml2003', 'old xls (XML) scores', '期末 素点', ['氏名', '国', '数'], [[name(), R.randint(20, 100), R.randint(20, 100)] for _ in range(6)])
    T(GD + '旧サーバ/H30/保健調査.xls', 'I', '心身の状況（児童生徒に関する個人情報）', 'legacy-or-encoding', 'xls-html', 'old xls (HTML) health survey', '保健調査票 集計', ['氏名', '既往症', '服薬'], [[name(), R.choice(['川崎病', '喘息', 'てんかん']), R.choice(['有', '無'])] for _ in range(6)])
    # html exports from web systems
    T(GD + 'export/出欠_export.html', 'III', '出席簿補助簿', 'realistic-name', 'html', 'web export of attendance marks', '出欠一覧', ['番', '氏名', '出欠'], [[i, name(), R.choice(['出', '欠'])] for i in range(1, 10)])
    T(GD + 'export/面談予約.html', 'I', '教育相談・⾯接の記録等', 'hidden-content', 'html', 'booking page; HTML comment holds counselling notes', '面談予約一覧', ['日時', '氏名'], [['6/%d 16:00' % R.randint(1, 30), name()] for _ in range(5)], {'html_tail': '<!-- 担任メモ：%s 自傷あり 母はうつ病で通院 -->' % name()})
    T(GD + 'export/行事.html', 'IV', '学校行事実施計画', 'near-miss', 'html', 'public event page', '行事予定', ['日', '行事'], [['7/18', '終業式']])
    # more id-by-number / foreign names
    T(YC + '教務/番号_日本語クラス分け.xlsx', 'III', '名列表', 'id-by-number', 'xlsx', 'students by number only with class placement', 'クラス分け', ['番号', 'クラス'], [['Y%03d' % R.randint(1, 99), R.choice(['入門', '初級', '中級'])] for _ in range(10)])
    T(YC + '教務/番号_在留期限.xlsx', 'I', '生活歴…基本情報を含むもの', 'id-by-number', 'xlsx', 'by number only but visa expiry and welfare', '在留期限確認', ['番号', '在留資格', '期限', '生活保護'], [['Y%03d' % R.randint(1, 99), R.choice(VISA), '2025/%d' % R.randint(7, 12), R.choice(['受給', '―'])] for _ in range(6)])
    T(YC + '教務/foreign_names_roster.csv', 'III', '名列表', 'foreign-names', 'csv-utf8', 'romanised names and class only', '', ['Name', 'Class'], [[fname(), R.choice(['A', 'B'])] for _ in range(8)])
    T(YC + '教務/通訳依頼_一覧.xlsx', 'I', '生活歴…基本情報を含むもの', 'foreign-names', 'xlsx', 'interpreter requests stating family situation and phone', '通訳依頼', ['生徒', '言語', '用件', '電話'], [[fname(), R.choice(['ベトナム語', 'ネパール語', 'ポルトガル語']), R.choice(['離婚調停の書類', '病院受診', '生活保護申請']), tel()] for _ in range(5)])
    T(YC + 'お知らせ/時間割_夜間.pdf', 'IV', '教育課程編成表', 'near-miss', 'pdf', 'timetable', '夜間学級 時間割', ['時限', '時刻'], [['1', '17:30'], ['2', '18:20']])
    T(YC + '事務/給食_夜間_喫食.xlsx', 'II', '給⾷関係書類', 'foreign-names', 'xlsx', 'meal sheet with names', '夕食給食 申込', ['氏名', '申込', '宗教上の除去'], [[fname(), '有', R.choice(['豚肉', 'なし', '牛肉'])] for _ in range(6)])
    T(KS + '研修/研修_受講者名簿.xlsx', 'III', '名列表（教職員）／委員会・係名簿', 'near-miss', 'xlsx', 'training attendees: name and school only', '情報セキュリティ研修 受講者', ['学校', '氏名'], [['架空市立%s' % R.choice(['北小', '南中']), name()] for _ in range(8)])
    T(KS + '人事/異動_校長メモ.docx', 'I', '教職員の人事情報', 'sensitive-in-plain-words', 'docx', 'plain memo on a teacher divorce, illness, preference', '校長メモ', ['', ''], [['%s' % name(), '離婚調停中で子の送迎のため近隣校を希望。本人は持病（糖尿病）あり。']])
    DOC(KS + '服務/事案メモ.txt', 'I', '教職員の人事情報', 'sensitive-in-plain-words', 'txt', 'plain memo about staff drunk-driving arrest', ['6/2 架空署から連絡', '%s 講師 酒気帯び運転で検挙。本人は容疑を認めている。' % name(), '校長と面談予定。報道対応は課長。'])
    T(KS + '給与/給与改定_表.pdf', 'IV', '保護者等への配布⽂書（公開資料）', 'near-miss', 'pdf', 'public pay table', '給料表（教育職）', ['級', '号給', '月額'], [['2', '1', 220000], ['2', '2', 222000]])
    T(SB + '寄宿舎/献立_寄宿舎.xlsx', 'IV', '保護者等への配布⽂書', 'near-miss', 'xlsx', 'dorm menu', '寄宿舎 夕食献立', ['日', '献立'], [['6/2', 'カレー'], ['6/3', '焼き魚']])
    T(SB + '寄宿舎/行事/寄宿舎行事計画.docx', 'IV', '学校行事実施計画', 'realistic-name', 'docx', 'event plan', '寄宿舎 七夕会 実施計画', ['時刻', '内容'], [['18:30', '集合'], ['19:00', '短冊飾り']])
    T(SB + '寄宿舎/写真/七夕会_活動記録.jpg', 'III', '授業や学校行事等の活動記録（動画・写真）', 'scan-or-photo', 'jpg-photo', 'photo of activity record sheet with first names', '七夕会の記録', ['名前', 'ねがいごと'], [[n.split()[1], R.choice(['ゲームがほしい', 'およげるように'])] for n in [name(), name(), name()]], {'hand': True})
    T(SB + '小学部/出席簿補助簿.ods', 'III', '出席簿補助簿', 'realistic-name', 'ods', 'attendance marks', '出席簿補助簿 小学部', ['氏名', '6/2', '6/3'], [[name(), '○', '○'] for _ in range(6)])
    T(SB + '小学部/個別指導計画_R7.ods', 'I', '個別指導計画', 'realistic-name', 'ods', 'individual teaching plan with goals & diagnosis', '個別指導計画', ['氏名', '障害', '目標', '手立て'], [[name(), R.choice(['ダウン症', '自閉症', '脳性まひ']), '身辺自立', '絵カード'] for _ in range(4)])
    T(SB + '小学部/個別指導計画_様式.ods', 'IV', '各種届雛形', 'blank-form', 'ods', 'blank plan form', '個別指導計画（様式）', ['氏名', '障害', '目標', '手立て'], [['', '', '', '']])
    T(SB + '高等部/実習先_一覧.ods', 'I', '生活歴、心身の状況…基本情報を含むもの', 'hidden-content', 'ods', 'work-placement list; hidden sheet with disability grades and guardian phones', '現場実習先', ['実習先', '期間'], [['架空食品(株)', '6/9-6/20'], ['架空福祉会', '6/9-6/20']],
      {'more_sheets': [dict(name='生徒情報', hidden=True, rows=[['生徒', '手帳', '保護者電話']] + [[name(), R.choice(['B1', 'B2', 'A']), tel()] for _ in range(4)])]})
    T(SB + '高等部/卒業生進路.csv', 'II', '卒業生進路先⼀覧等', 'realistic-name', 'csv-sjis', 'graduates and placements', '', ['氏名', '進路'], [[name(), R.choice(['就労継続支援A型', '一般就労', '生活介護'])] for _ in range(6)])
    T(CL + '一般/Files/部活動名簿_吹奏楽.xlsx', 'III', '部活動名簿', 'realistic-name', 'xlsx', 'club roster', '吹奏楽部 名簿', ['学年', '氏名', '楽器'], [[R.randint(1, 3), name(), R.choice(['Fl', 'Cl', 'Tp'])] for _ in range(10)])
    T(CL + '一般/Files/大会結果.pdf', 'IV', '授業や学校行事等の活動記録（公開に対して、保護者の承諾がある場合）', 'near-miss', 'pdf', 'published results (consent for publication noted)', '地区大会 結果（学校HP掲載・保護者承諾済）', ['種目', '結果'], [['男子バレー', '準優勝'], ['剣道個人', '3位']])
    T(CL + '一般/Files/指導者_勤務時間.xlsx', 'II', '出勤簿', 'realistic-name', 'xlsx', 'instructor attendance/hours (nearest 出勤簿)', '指導者 活動実績', ['氏名', '6月時間'], [[name(), R.randint(8, 40)] for _ in range(5)])
    T(MT + '教務/Files/学習ログ_画面.png', 'III', '学習記録', 'scan-or-photo', 'png-screen', 'LMS screenshot of progress', 'オンライン学習 進捗', ['氏名', '進捗', '最終ログイン'], [[name(), '%d%%' % R.randint(0, 100), '6/%d' % R.randint(1, 30)] for _ in range(10)], {'app': 'まなびオンライン'})
    T(MT + '教務/Files/面談一覧_画面.png', 'I', '教育相談・⾯接の記録等', 'scan-or-photo', 'png-screen', 'screenshot of counselling list with summaries', '面談記録 一覧', ['日付', '氏名', '要旨'], [['6/%d' % R.randint(1, 30), name(), R.choice(['家庭内暴力の訴え', '摂食障害の疑い', '転校希望'])] for _ in range(8)])
    T(JM + 'スクショ/徴収金システム.png', 'I', '校内就学援助関係書類', 'scan-or-photo', 'png-screen', 'screen of fee system showing aid status', '徴収金 児童別状況', ['児童', '区分', '未納'], [[name(), R.choice(['一般', '準要保護', '要保護']), R.randint(0, 15000)] for _ in range(12)], {'app': '学校徴収金管理'})
    T(KS + 'スクショ/人事システム.png', 'I', '教職員の人事情報', 'scan-or-photo', 'png-screen', 'HR system screen', '職員 人事記録', ['氏名', '生年月日', '職', '処分歴'], [[name(), bday(1965, 1995), '教諭', R.choice(['なし', '戒告(R3)'])] for _ in range(8)], {'app': '人事給与システム'})
    T(KS + 'スキャン/勤務評定_校長提出.pdf', 'I', '教職員の人事情報', 'scan-or-photo', 'pdf-scan', 'scan of rating sheet', '勤務評定書', ['氏名', '評価', '所見'], [[name(), R.choice('ABC'), '学級経営に課題'] for _ in range(3)])
    T(KS + '写真/IMG_5501.jpg', 'I', '教職員の人事情報', 'scan-or-photo', 'jpg-photo', 'photo of handwritten transfer memo', '異動希望 聞き取り', ['氏名', '理由'], [[name(), '妻の病気（がん）'], [name(), '親の介護']])
    DOC(KS + '人事/異動要綱.odt', 'IV', '保護者等への配布⽂書（公開要綱）', 'near-miss', 'odt', 'published transfer guidelines', [('h', '教職員人事異動実施要綱'), '1 目的', '2 基本方針'])

def main():
    if os.path.exists(ROOT):
        shutil.rmtree(ROOT)
    os.makedirs(ROOT)
    build()
    build2()
    out = os.path.join(os.path.dirname(ROOT), 'labels.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for l in LABELS:
            f.write(json.dumps(l, ensure_ascii=False) + '\n')
    print(len(LABELS))

if __name__ == '__main__':
    main()
