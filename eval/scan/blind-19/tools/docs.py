# -*- coding: utf-8 -*-
"""Document models (title/lines/table) for the invented schools. Each returns a dict."""
from common import *

# ------------------------------------------------------------ class I material
def ryugaku_roster(r, n=8, hide_title=False):
    rows = [['学年', '氏名', 'ふりがな', '生年月日', '出身(実家)', '保護者連絡先', '里親(受入家庭)', '里親住所', '里親電話', '健康・配慮事項']]
    notes = ['小児ぜんそく。吸入薬を里親宅で管理', '特になし', '卵アレルギー(エピペン不要)', '夜尿あり。本人に配慮', '前籍校で不登校傾向、様子を見ている', '特になし', '両親別居中。連絡は母へ', '特になし']
    for i in range(n):
        g = r.randint(1, 6)
        rows.append(['%d年' % g, kid(r), '', bday(r, g), r.choice(['福岡市', '大阪市', '横浜市', '東京都練馬区', '北九州市']), phone(r), adult(r) + '家', addr(r), phone(r), notes[i % len(notes)]])
    return dict(title='' if hide_title else '令和8年度 山村留学生 名簿（里親・健康情報）', table=rows, sheet='Sheet1')

def bus_roster(r, with_addr=True):
    rows = [['便', '停留所', '学年', '氏名', '自宅住所', '保護者携帯', '備考']] if with_addr else [['便', '停留所', '学年', '氏名', '備考']]
    for i in range(12):
        g = r.randint(1, 6)
        if with_addr:
            rows.append(['朝1便' if i < 6 else '朝2便', r.choice(CHIKU) + '公民館前', g, kid(r), addr(r), phone(r), r.choice(['', '', '火曜は祖母宅から', '車酔いしやすい', '里親宅から乗車'])])
        else:
            rows.append(['朝1便' if i < 6 else '朝2便', r.choice(CHIKU) + '公民館前', g, kid(r), r.choice(['', '', '火曜欠', ''])])
    return dict(title='スクールバス乗車名簿（令和8年度4月〜）', table=rows)

def shugaku_enjo(r):
    rows = [['受付番号', '申請者(保護者)', '児童生徒', '学校', '学年', '区分', '世帯人数', '認定理由', '判定', '住所']]
    for i in range(10):
        rows.append(['R8-%03d' % (i + 1), adult(r), kid(r), r.choice(['森ノ里小', '川辺小', '青嶺中等']), r.randint(1, 6), r.choice(['要保護', '準要保護', '準要保護']),
                     r.randint(2, 6), r.choice(['生活保護受給', '児童扶養手当受給', '市民税非課税', '前年所得が基準以下', '失職による収入減']), r.choice(['認定', '認定', '否認定', '保留']), addr(r)])
    return dict(title='令和8年度 就学援助 申請・認定一覧（学務課）', table=rows)

def shugaku_soudan(r, plain=False):
    c = kid(r)
    lines = ['相談日：令和8年6月12日　場所：学務課相談室　担当：' + adult(r) + '（就学相談員）',
             '対象児：' + c + '（' + r.choice(HOIKU) + ' 年長）　保護者：母　' + adult(r),
             '主訴：言葉の遅れ、集団行動が難しい。発達検査（新版K式）DQ 72。',
             '家庭状況：父は単身赴任中。母は下の子の育児で疲れがみられる。',
             '保育所から：午睡時に離席、友達とのトラブルが週に数回。',
             '所見：通常学級＋通級（言語）を軸に検討。就学支援委員会（7月）に諮る。',
             '次回：7月3日　医療機関（森ノ里こども発達クリニック）の意見書を持参予定。']
    if plain:
        return dict(title='', lines=['メモ（6/12）', c + 'くんのお母さんと話した。'] + lines[2:5] + ['来月もう一回会う。7月の委員会に出す。'])
    return dict(title='就学相談記録', lines=lines)

def kenshin(r, n=10):
    rows = [['番号', '氏名', '性別', '生年月日', '視力(右/左)', '聴力', '歯科(う歯)', '内科所見', '知能検査', '要精検']]
    for i in range(n):
        rows.append([i + 1, kid(r), r.choice(['男', '女']), bday(r, 0, 2026), r.choice(['1.0/1.0', '0.7/0.9', '0.3/0.4']), r.choice(['異常なし', '異常なし', '右要再検']),
                     r.randint(0, 6), r.choice(['異常なし', '心雑音', 'アトピー性皮膚炎', '異常なし']), r.choice(['標準', '標準', '要観察']), r.choice(['', '', '○'])])
    return dict(title='令和9年度入学 就学時健康診断 結果一覧（森ノ里小会場）', table=rows)

def ryosei_meibo(r, n=12):
    rows = [['寮室', '学年', '氏名', '生年月日', '出身中学/地区', '保護者', '保護者携帯', '自宅住所', '緊急連絡先', '持病・服薬']]
    for i in range(n):
        g = r.randint(1, 6)
        rows.append(['%d0%d' % (r.randint(1, 3), r.randint(1, 8)), '%d年' % g, kid(r), bday(r, g + 6), r.choice(CHIKU), adult(r), phone(r), addr(r), phone(r), r.choice(['なし', 'なし', '喘息', '片頭痛（市販薬）', '食物アレルギー（えび）'])])
    return dict(title='青嶺寮 寮生名簿（令和8年度）', table=rows)

def taicho(r, n=10):
    rows = [['日付', '寮室', '氏名', '体温', '症状', '対応', '保護者連絡', '記入']]
    for i in range(n):
        rows.append(['6/%d' % (i + 3), '%d0%d' % (r.randint(1, 3), r.randint(1, 8)), kid(r), '%.1f' % r.uniform(36.1, 38.6),
                     r.choice(['頭痛', '腹痛・下痢', '咳', '眠れないと訴え', '食欲不振（3日目）', '過呼吸気味']), r.choice(['保健室', '寮で安静', '森ノ里病院受診', 'スクールカウンセラーにつなぐ']),
                     r.choice(['済', '済', '未']), adult(r)[:2]])
    return dict(title='寮生 体調記録（6月）', table=rows)

def ryokan_nisshi(r):
    a, b = kid(r), kid(r)
    return dict(title='寮監日誌　6月14日（土）', lines=['天候：雨　在寮：41名（外泊12名）　当直：' + adult(r),
        '19:00 夕食。' + a + '（2年）食事をほとんど取らず。最近家庭で両親の離婚話があると本人が話す。',
        '21:30 ' + b + '（4年）と同室生の間でスマホをめぐる口論。双方から聞き取り、翌朝担任へ。',
        '23:10 ' + a + 'が眠れないと寮監室へ。30分ほど話を聞く。リストカットの跡は確認できず。',
        '※月曜に養護教諭・SCと情報共有すること。'])

def hoiku_yoroku(r, foreign=False):
    c = kid(r, foreign)
    return dict(title='保育所児童保育要録（保育に関する記録）', lines=['施設名：' + r.choice(HOIKU) + '　児童氏名：' + c + '　生年月日：' + bday(r, 0, 2026),
        '保護者：' + adult(r) + '　住所：' + addr(r),
        '最終年度の重点：友達と思いを伝え合いながら遊ぶ。',
        '個人の重点：気持ちの切り替え。',
        '保育の展開と子どもの育ち：登園時に母と離れにくい日が続いた。家庭では祖母が主に養育（母は夜勤）。',
        '特に配慮すべき事項：熱性けいれんの既往（3歳時）。食物アレルギー（小麦）医師の指示書あり。' + ('日本語は日常会話程度、家庭ではタガログ語。' if foreign else '')])

def hikitsugi(r, n=6):
    rows = [['園名', '氏名', '生年月日', '引継ぎ事項', '配慮の必要', '保護者の意向']]
    items = ['偏食が強く給食に不安', '発達検査済（療育センター通所）', '母子家庭。送迎は祖母', '友達に手が出ることがある', '言葉がゆっくり、指示は個別に', '特になし']
    for i in range(n):
        rows.append([r.choice(HOIKU), kid(r), bday(r, 0, 2026), items[i % len(items)], r.choice(['あり', 'なし', 'あり']), r.choice(['通常学級希望', '支援学級も検討', '特になし'])])
    return dict(title='幼保小 引継ぎシート（令和9年度入学予定児）', table=rows)

def mimamori(r):
    c = kid(r)
    rows = [['日時', '場所', '見守り者', '気づいたこと']]
    rows += [['6/3 7:20', '上谷橋', adult(r), '元気に登校'],
             ['6/5 7:25', '上谷橋', adult(r), c + 'さん、同じ服が3日続いている。朝ごはん食べてないと言っていた'],
             ['6/9 15:40', '中ノ原公民館', adult(r), c + 'さん、夕方まで家に入れないと言って公民館にいた。父親の怒鳴り声を近所の人が聞いている'],
             ['6/10 7:20', '上谷橋', adult(r), '異常なし']]
    return dict(title='地域見守り記録（6月）', table=rows, after=['→ 教頭先生に口頭で伝えました（6/10）'])

def volunteer_meibo(r, n=10):
    rows = [['氏名', '地区', '活動', '住所', '電話', 'メール', '生年月日']]
    for i in range(n):
        rows.append([adult(r), r.choice(CHIKU), r.choice(['登下校見守り', '読み聞かせ', '田植え体験', '図書整理']), addr(r), phone(r), mail(r, 'vol'), '%d年%d月%d日' % (r.randint(1945, 1985), r.randint(1, 12), r.randint(1, 28))])
    return dict(title='地域ボランティア登録名簿', table=rows)

def staff_renrakumo(r, n=9):
    rows = [['順', '職名', '氏名', '携帯', '自宅住所', '次の連絡先']]
    for i in range(n):
        rows.append([i + 1, r.choice(['校長', '教頭', '教諭', '教諭', '養護教諭', '事務', '講師']), adult(r), phone(r), addr(r), '→%d' % (i + 2)])
    return dict(title='職員緊急連絡網', table=rows)

def kanri_shido(r, n=6):
    rows = [['学年', '氏名', '疾患', '管理区分', '食物除去', 'エピペン', '主治医']]
    for i in range(n):
        rows.append([r.randint(1, 6), kid(r), r.choice(['食物アレルギー', '心疾患', '腎疾患', '気管支喘息']), r.choice(['E', 'D', 'E禁']), r.choice(['卵', '乳・小麦', 'なし', 'そば・落花生']), r.choice(['有', '無']), r.choice(['森ノ里病院', '川辺クリニック']) + ' 医師'])
    return dict(title='学校生活管理指導表 集約（保健室）', table=rows)

def kyoiku_soudan(r, plain=False):
    c = kid(r)
    if plain:
        return dict(title='', lines=[c + 'のこと（5年）', '昨日の放課後、泣きながら話しに来た。',
            '家で母親の交際相手に叩かれることがあると言う。腕にあざ。写真は撮っていない。',
            'お母さんには言わないでと言われた。', '校長に報告済。明日、児相に連絡するかどうか相談。'])
    return dict(title='教育相談記録', lines=['日時：6月18日 放課後　相談者：' + c + '（6年）　対応：' + adult(r) + '（担任）',
        '内容：クラスの数人から無視されている。SNSで悪口を書かれた画面を見せてくれた。',
        '心身：腹痛で保健室来室が増加（5月7回）。夜眠れない。',
        '対応：学年主任、養護教諭と共有。保護者へ電話（母' + phone(r) + '）。'])

def shien_keikaku(r, foreign=False):
    c = kid(r, foreign)
    return dict(title='個別の教育支援計画', table=[['氏名', c], ['学年・学級', '3年 なかよし学級（自閉症・情緒）'], ['診断', 'ASD、ADHD（森ノ里こども発達クリニック）'],
        ['服薬', 'コンサータ 朝1回'], ['保護者の願い', '友達と安心して過ごしてほしい'], ['本人の願い', '算数がわかるようになりたい'],
        ['関係機関', '放課後等デイサービス「そらいろ」、児童相談所（見守り）'], ['支援目標', '見通しを持って活動に参加する']])

def kenko_shindan(r, n=8):
    rows = [['出席番号', '氏名', '身長', '体重', '肥満度', '視力', '尿検査', '心電図', '内科', '歯科']]
    for i in range(n):
        rows.append([i + 1, kid(r), r.randint(140, 178), r.randint(35, 70), r.choice(['-5', '+12', '+31']), r.choice(['A/A', 'B/C', 'D/D']), r.choice(['(-)', '(-)', '蛋白(+)']), r.choice(['異常なし', '要精密']), r.choice(['異常なし', '側弯疑い']), r.choice(['0', '2', 'CO'])])
    return dict(title='', table=rows)

def kuikigai(r):
    rows = [['受付日', '児童生徒', '住所（住民票）', '希望校', '事由', '保護者', '連絡先', '結果']]
    for i in range(7):
        rows.append(['R8.%d.%d' % (r.randint(1, 3), r.randint(1, 28)), kid(r), addr(r), r.choice(['森ノ里小（特認）', '川辺小', '青嶺中等']),
                     r.choice(['DV避難中のため祖父母宅から通学', '山村留学（特認校）', '保護者の勤務地', '不登校からの環境変更', '家屋新築中の一時転居']), adult(r), phone(r), r.choice(['許可', '許可', '協議中'])])
    return dict(title='区域外就学 申請受付一覧', table=rows)

def gaihaku_filled(r):
    return dict(title='外泊届', lines=['寮生氏名：' + kid(r) + '（3年）　寮室：205', '期間：6月20日（金）放課後 〜 6月22日（日）19時',
        '外泊先：祖母宅　' + addr(r), '外泊先電話：' + phone(r), '理由：通院（森ノ里病院 心療内科）', '保護者署名：' + adult(r) + '　印'])

def kizuna(r, n=8):
    rows = [['番号', '氏名', 'Q1 学校は楽しい', 'Q4 いやなことをされた', 'Q5 誰に', '自由記述']]
    for i in range(n):
        rows.append([i + 1, kid(r), r.choice(['はい', 'はい', 'いいえ']), r.choice(['いいえ', 'いいえ', 'はい']), r.choice(['', '', '同じクラスの人']), r.choice(['', '', 'くつをかくされた', '夜ねむれない', 'しにたいと思うことがある'])])
    return dict(title='きずなアンケート集計（5年・記入済）', table=rows)

def shidoyoroku(r):
    c = kid(r)
    return dict(title='小学校児童指導要録（様式1 学籍に関する記録）', table=[['氏名', c], ['性別', '女'], ['生年月日', bday(r, 4)], ['現住所', addr(r)],
        ['保護者', adult(r)], ['入学前の経歴', r.choice(HOIKU)], ['転入学', '令和6年4月1日 第3学年に転入（福岡市立○○小より 山村留学）'], ['校長', adult(r)], ['学級担任', adult(r)]])

def seito_shido(r):
    rows = [['日付', '学年', '氏名', '事案', '対応', '保護者']]
    for i in range(6):
        rows.append(['6/%d' % r.randint(1, 28), r.randint(1, 6), kid(r), r.choice(['寮で喫煙', '万引き（コンビニ）', '同室生への暴言', '深夜の無断外出', 'SNSでの誹謗中傷']), r.choice(['指導・反省文', '家庭連絡・面談', '寮長面談', '警察から連絡あり']), r.choice(['来校', '電話', '未'])])
    return dict(title='生徒指導記録簿', table=rows)

def shusseki(r, n=12):
    rows = [['番号', '氏名'] + ['6/%d' % d for d in range(2, 7)] + ['欠席理由']]
    for i in range(n):
        rows.append([i + 1, kid(r)] + [r.choice(['', '', '', '欠', '遅']) for _ in range(5)] + [r.choice(['', '', '発熱', '通院（精神科）', '家庭の事情', '不登校（別室）'])])
    return dict(title='出席簿　5年1組　6月', table=rows)

# ------------------------------------------------------------ class II material
def tsuchihyo(r, n=8):
    rows = [['番号', '氏名', '国語', '社会', '算数', '理科', '所見']]
    for i in range(n):
        rows.append([i + 1, kid(r)] + [r.choice(['◎', '○', '○', '△']) for _ in range(4)] + [r.choice(['計算が正確になった。', '発表が増えた。', '漢字の定着に課題。', '理科の観察記録が丁寧。'])])
    return dict(title='1学期 通知表 評価・所見入力（4年）', table=rows)

def soten(r, n=12, id_only=False):
    rows = [['組', '番', '氏名' if not id_only else 'イニシャル', '国語', '数学', '英語', '理科', '社会', '合計']]
    for i in range(n):
        sc = [r.randint(28, 98) for _ in range(5)]
        nm = kid(r) if not id_only else '%s.%s' % (r.choice('AKMSTHNY'), r.choice('AKMSTHNY'))
        rows.append([r.randint(1, 2), i + 1, nm] + sc + [sum(sc)])
    return dict(title='前期中間考査 素点表（3年）', table=rows)

def katei_houmon(r, n=6):
    rows = [['日時', '氏名', '保護者', '話したこと']]
    for i in range(n):
        rows.append(['5/%d %d:00' % (r.randint(7, 16), r.randint(14, 17)), kid(r), adult(r), r.choice(['家でゲーム時間が長い。約束を決めたい', '弟の世話をよくしている', '祖父が入院中で忙しい', '習い事（水泳）を頑張っている', '宿題に時間がかかる'])])
    return dict(title='家庭訪問記録（4年）', table=rows)

def shinro_kibo(r, n=10):
    rows = [['組', '番', '氏名', '第1希望', '第2希望', '面談メモ']]
    for i in range(n):
        rows.append([r.randint(1, 2), i + 1, kid(r), r.choice(['熊本大学 教育学部', '看護専門学校', '地元就職（森ノ里農協）', '九州工業大学', '未定']), r.choice(['県立大', '専門学校', '']), r.choice(['', '保護者は県外進学に反対', '奨学金を検討'])])
    return dict(title='進路希望調査 集計（5年＝高校2年相当）', table=rows)

def shinro_ichiran(r, n=10):
    rows = [['卒業年度', '氏名', '進路先', '区分']]
    for i in range(n):
        rows.append(['R7', kid(r), r.choice(['熊本大学', '福岡大学', '森ノ里市役所', '看護専門学校', '自動車整備専門学校']), r.choice(['進学', '就職'])])
    return dict(title='卒業生 進路先一覧', table=rows)

def tennyu_uketsuke(r, n=6):
    rows = [['受付日', '氏名', '学年', '前在籍校', '転入日', '受付者']]
    for i in range(n):
        rows.append(['R8.%d.%d' % (r.randint(4, 7), r.randint(1, 28)), kid(r), r.randint(1, 6), r.choice(['福岡市立梅林小', '大阪市立西小', '横浜市立青葉小']), 'R8.%d.1' % r.randint(5, 9), adult(r)[:2]])
    return dict(title='転入学受付簿', table=rows)

def jiko_hokoku(r):
    c = kid(r)
    return dict(title='事故報告書', lines=['発生日時：令和8年6月11日（木）12時40分ごろ', '場所：運動場 遊具（うんてい）', '児童：' + c + '（3年）',
        '状況：うんていから落下し左手首を強打。', '対応：養護教諭が応急処置、保護者に連絡し森ノ里整形外科を受診。左橈骨遠位端骨折（全治4週間）。',
        '再発防止：遊具使用時の見守り当番を見直す。', '報告者：' + adult(r)])

def taion(r, n=10):
    rows = [['番号', '氏名'] + ['6/%d' % d for d in range(2, 7)]]
    for i in range(n):
        rows.append([i + 1, kid(r)] + ['%.1f' % r.uniform(35.9, 37.1) for _ in range(5)])
    return dict(title='健康観察（体温）チェック表', table=rows)

def kyushoku(r, n=8):
    rows = [['学年', '氏名', '給食費', '6月納入', '未納累計']]
    for i in range(n):
        rows.append([r.randint(1, 6), kid(r), 4800, r.choice(['済', '済', '未']), r.choice([0, 0, 4800, 9600])])
    return dict(title='給食費 納入状況', table=rows)

def shukkinbo(r, n=8):
    rows = [['職員', '6/1', '6/2', '6/3', '6/4', '6/5', '年休残']]
    for i in range(n):
        rows.append([adult(r)] + [r.choice(['出', '出', '出', '年休', '出張']) for _ in range(5)] + [r.randint(3, 20)])
    return dict(title='出勤簿（6月）', table=rows)

def idpw(r, n=8):
    rows = [['職員', 'ログインID', '初期PW', '端末番号']]
    for i in range(n):
        rows.append([adult(r), 'm%05d' % r.randint(0, 99999), ''.join(r.choice('abcdefhkmnpqrstuvwxyz23456789') for _ in range(10)), 'PC-%02d' % (i + 1)])
    return dict(title='校務用端末 ID・パスワード管理台帳', table=rows)

def nyushi_mondai(r):
    return dict(title='令和9年度 青嶺中等教育学校 適性検査Ⅰ（作成中・取扱注意）', lines=['問1 次の資料は森ノ里市の人口の移り変わりを示したものです。……',
        '問2 ひろしさんは、山の斜面にある棚田の面積を求めようとしています。……', '（正答例）問1：高齢化率が上昇し、…　配点：15点', '作問：' + adult(r) + '　校正：' + adult(r)])

def kyomu_techo(r):
    c = kid(r)
    return dict(title='', lines=['6/2（月）5校時 算数：' + c + ' 九九7の段まだ。放課後10分', '6/3 ' + kid(r) + ' 忘れ物3回目、連絡帳に書く', '6/4 小テスト 平均78　' + c + ' 42点',
        '6/5 ' + kid(r) + ' 休み時間ひとり。声かけ継続'])

def toan(r):
    return dict(title='5年 算数 単元テスト「小数のかけ算」', lines=['5年1組 ' + str(r.randint(1, 20)) + '番 名前 ' + kid(r), '(1) 2.4×3 = 7.2 ○', '(2) 0.6×0.5 = 3.0 ×', '(3) 1.25×4 = 5 ○', '得点 70/100'])

def system_shiyo(r):
    return dict(title='森ノ里市 校務支援システム 構成・設定仕様書（抜粋）', lines=['サーバ：校務系 仮想基盤 3台（冗長化）', '管理者アカウント：admin-kmu / 初期パスワードは別紙', 'VPN：拠点間IPsec、事前共有鍵は保守業者と共有', 'バックアップ：毎日2:00 NAS（192.0.2.15）へ'])

# ------------------------------------------------------------ class III material
def meiretsu(r, n=12, foreign=False):
    rows = [['番号', '氏名', 'ふりがな']]
    for i in range(n):
        rows.append([i + 1, kid(r, foreign and i % 3 == 0), ''])
    return dict(title='5年1組 名列表', table=rows)

def zaseki(r):
    rows = []
    for i in range(4):
        rows.append([kid(r) for _ in range(5)])
    return dict(title='座席表（6月〜）　教卓', table=rows)

def iinkai(r, n=10):
    rows = [['委員会', '5年', '6年']]
    for c in ['放送', '図書', '保健', '運動', '栽培', '給食']:
        rows.append([c, kid(r), kid(r)])
    return dict(title='委員会 名簿（前期）', table=rows)

def bukatsu(r, n=12):
    rows = [['部', '学年', '氏名', '役割']]
    for i in range(n):
        rows.append([r.choice(['陸上', '吹奏楽', '剣道', '科学']), r.randint(1, 6), kid(r), r.choice(['', '', '部長', '副部長'])])
    return dict(title='部活動 名簿', table=rows)

def hojobo(r, n=10):
    rows = [['番号', '氏名', '月', '火', '水', '木', '金']]
    for i in range(n):
        rows.append([i + 1, kid(r)] + [r.choice(['○', '○', '○', '／']) for _ in range(5)])
    return dict(title='出席簿補助簿（朝の確認用）', table=rows)

def birth_list(r, n=10):
    rows = [['番号', '氏名', '性別', '生年月日']]
    for i in range(n):
        rows.append([i + 1, kid(r), r.choice(['男', '女']), bday(r, 2)])
    return dict(title='3年 誕生日一覧（学級掲示用）', table=rows)

def taiken_meibo(r, n=10):
    rows = [['No', '園', '氏名', '保護者付添']]
    for i in range(n):
        rows.append([i + 1, r.choice(HOIKU), kid(r), r.choice(['有', '無'])])
    return dict(title='体験入学 参加者名簿（11月12日）', table=rows)

def heyawari(r):
    rows = [['寮室', '室長', '室員1', '室員2']]
    for i in range(8):
        rows.append(['%d0%d' % (1 + i // 4, i % 4 + 1), kid(r), kid(r), kid(r)])
    return dict(title='青嶺寮 部屋割り（前期）', table=rows)

def keiei_an(r):
    return dict(title='令和8年度 学校経営案（森ノ里小）', lines=['1 学校教育目標：ふるさとを愛し、ともに学び合う子', '2 重点：山村留学生と地元児童の協働的な学び、小規模校の強みを生かした個別最適な学び',
        '3 経営方針：地域コーディネーターとの連携、学校運営協議会の活性化', '4 評価指標：全国学調の質問紙「自分にはよいところがある」80%以上'])

def kyozai(r):
    return dict(title='5年 社会「森林とわたしたちのくらし」指導案・ワークシート', lines=['本時のめあて：森林のはたらきを調べよう', '1 森ノ里の杉林の写真を見て気づいたことを話し合う', '2 資料（森林面積の変化）を読み取る', '3 まとめ：森林は水をたくわえ、…'])

def kakunin_test(r):
    return dict(title='漢字確認テスト（第5回）', lines=['（1）しんりんを守る　（2）きこうの変化　（3）ゆしゅつ品', '名前（　　　　　　　）', '※解答は裏面'])

def unei_gijiroku(r):
    return dict(title='第2回 学校運営協議会 議事録', lines=['日時：令和8年7月8日 19:00〜20:30　会場：川辺小 会議室', '出席：委員9名、学校4名',
        '1 学校評価（前期）について説明。', '2 地域学校協働活動：夏休みの川遊び安全教室、見守り隊の担い手不足について意見交換。', '3 次回：10月'])

def shokuin_kaigi(r):
    return dict(title='職員会議資料（6/20）', lines=['1 夏季休業中の日直', '2 水泳学習の安全管理', '3 山村留学 夏のふるさと体験の引率', '4 その他'])

def katsudo_kiroku(r):
    return dict(title='田植え体験 活動記録（写真台帳）', lines=['5/24 上谷地区の棚田にて。全校児童18名、ボランティア12名参加。', '写真1：苗の受け渡し', '写真2：6年生が1年生に植え方を教える', '※HP掲載の保護者同意は未確認'])

# ------------------------------------------------------------ class IV material
def dayori(r):
    return dict(title='森ノ里小だより 第4号（6月）', lines=['あじさいの美しい季節となりました。', '◆田植え体験　5月24日、地域の皆さまのご協力で無事に田植えができました。',
        '◆6月の行事　11日 避難訓練／18日 授業参観・学級懇談／25日 山村留学説明会', '◆お願い　雨の日の送迎は正門前で停車しないでください。'])

def youran(r):
    return dict(title='学校要覧 令和8年度', lines=['校長：' + adult(r), '児童数：18名（うち山村留学生6名）　学級数：3（複式）', '沿革：明治9年創立、平成30年小規模特認校に指定', '所在地：森ノ里市上谷1-1（架空）　電話：090-0000-0001'])

def shiori(r):
    return dict(title='修学旅行のしおり（6年）', lines=['日程：10月16日〜17日', '1日目：熊本城見学 → 水前寺公園', '2日目：阿蘇火口見学', '持ち物：しおり、筆記用具、雨具、保険証のコピー（保護者が封筒に入れて）'])

def boshu(r):
    return dict(title='森ノ里小学校 山村留学生 募集案内', lines=['自然の中で、心も体ものびのびと。', '対象：小学3年〜6年　期間：1年（継続可）', '生活：里親家庭で生活し、森ノ里小に通学します。', '説明会：6月25日 オンライン同時開催', '問合せ：地域コーディネーター ' + adult(r) + '　yamamura@morinosato.example.jp'])

def notice_tsuchihyo(r):
    return dict(title='通知表の配付について（お知らせ）', lines=['保護者の皆さまへ', '1学期の通知表は7月18日（金）に配付します。', '評価の観点や所見の書き方が今年度から一部変わります。詳しくは別紙をご覧ください。',
        '欠席された場合は、7月22日以降に担任までお問合せください。', '森ノ里小学校長'])

def notice_enjo(r):
    return dict(title='就学援助制度のお知らせ', lines=['森ノ里市では、経済的な理由で就学が困難な児童生徒の保護者に、学用品費・給食費等を援助します。', '申請期間：4月1日〜5月15日（随時受付あり）',
        '申請書は学校または学務課で配布しています。', '問合せ：森ノ里市教育委員会 学務課 090-0000-0200'])

def notice_kenshin(r):
    return dict(title='令和9年度入学児 就学時健康診断のご案内', lines=['日時：10月28日（火）13:30〜', '会場：森ノ里小学校 体育館', '持ち物：通知書、問診票（事前に記入してください）、上履き', '学務課'])

def blank_gaihaku(r):
    return dict(title='外泊届（様式第3号）', lines=['寮生氏名：＿＿＿＿＿＿　寮室：＿＿＿', '期間：　月　日（　）〜　月　日（　）', '外泊先：＿＿＿＿＿＿＿＿＿＿', '外泊先電話：＿＿＿＿＿＿', '理由：＿＿＿＿＿＿', '保護者署名：＿＿＿＿＿＿　印'])

def blank_enjo(r):
    return dict(title='就学援助費 受給申請書（様式第1号）', lines=['申請者（保護者）氏名：', '住所：', '電話：', '児童生徒氏名：　　　学校名：　　　学年：', '申請理由（該当に○）：生活保護の停止・廃止／児童扶養手当／市民税非課税／その他（　　　）', '世帯の状況：（記入欄）'],
                table=[['続柄', '氏名', '生年月日', '職業', '年収'], ['', '', '', '', ''], ['', '', '', '', '']])

def blank_soudan(r):
    return dict(title='就学相談 申込書', lines=['お子さんの氏名：', '生年月日：', '在籍園：', '相談したいこと：', '保護者連絡先：', '※ご記入のうえ学務課へご提出ください'])

def blank_hikitsugi(r):
    return dict(title='引継ぎシート（様式）', table=[['園名', '氏名', '生年月日', '引継ぎ事項', '配慮の必要', '保護者の意向'], ['', '', '', '', '', ''], ['', '', '', '', '', '']])

def blank_anketo(r):
    return dict(title='学校評価アンケート（保護者用）', lines=['1 子どもは学校を楽しみにしている　4・3・2・1', '2 学校は情報をわかりやすく伝えている　4・3・2・1', '3 ご意見（自由記述）', '＿＿＿＿＿＿＿＿＿＿＿＿'])

def kyokasho(r):
    return dict(title='使用教科書一覧（令和8年度）', table=[['教科', '発行者', '書名'], ['国語', '光村', '国語'], ['算数', '啓林館', 'わくわく算数'], ['社会', '教出', '小学社会'], ['理科', '大日本', 'たのしい理科']])

def bunsho(r):
    return dict(title='校務分掌表（令和8年度）', table=[['分掌', '担当'], ['教務', adult(r)], ['生徒指導', adult(r)], ['山村留学担当', adult(r)], ['情報', adult(r)], ['保健', adult(r)]])

def kaikei(r):
    return dict(title='学年費 会計簿（3年）', table=[['日付', '摘要', '収入', '支出', '残高'], ['4/20', '学年費徴収 6名分', 12000, '', 12000], ['5/10', 'ワークブック代', '', 5400, 6600], ['6/2', '校外学習バス補助', '', 3000, 3600]])

def kyoiku_katei(r):
    return dict(title='教育課程編成表（複式 3・4年）', table=[['教科', '3年', '4年'], ['国語', 245, 245], ['社会', 70, 90], ['算数', 175, 175], ['理科', 90, 105], ['総合', 70, 70]])

def security_policy_memo(r):
    return dict(title='クラウド保存のルール（職員向けメモ）', lines=['重要性分類Ⅰ・Ⅱ（指導要録、健康診断票、通知表、家庭訪問記録など）はクラウドに保存しない。', '分類Ⅲ以下はTeams・OneDrive可。', '迷ったら教頭へ。', '※このメモ自体には個人情報はありません'])

def coordinator_plan(r):
    return dict(title='地域コーディネーター 年間活動計画', table=[['月', '活動', '協力団体'], ['5月', '田植え体験', '上谷営農組合'], ['7月', '川遊び安全教室', '消防団'], ['10月', '稲刈り・収穫祭', '婦人会'], ['2月', '山村留学 報告会', '里親の会']])
