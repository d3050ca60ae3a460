# Group F: more untitled-table and id-by-number files
import common as c
from common import R
c.seed(606)
MY = 'マイドライブ/'
add = c.reg
rows = [['5-2-%02d' % i, R.randint(40, 100), R.randint(40, 100), R.randint(40, 100), ''] for i in range(1, 33)]
c.xlsx(MY + '無題のスプレッドシート (1).xlsx', [{'name': 'シート1', 'rows': rows}])
add(MY + '無題のスプレッドシート (1).xlsx', 'II', '定期考査素点表', 'untitled-table', 'xlsx', '見出しはないが学年・組・番号ごとの得点の並びで素点表に当たり重要性分類Ⅱ。')
rows = [[c.name()[0], c.adult(), c.phone(), c.mail()] for _ in range(25)]
c.xlsx(MY + 'Book2.xlsx', [{'name': 'Sheet1', 'rows': rows}])
add(MY + 'Book2.xlsx', 'I', '児童生徒に関する個人情報（電話番号・メールアドレス）', 'untitled-table', 'xlsx', '見出しはないが児童・保護者の氏名と電話番号・メールアドレスで重要性分類Ⅰ。')
c.docx(MY + '無題のドキュメント.docx', ['10/22', '出席番号12番（4年2組）：今朝、左頬が腫れて登校。「お父さんにたたかれた」と話す。養護教諭が確認し写真記録。校長から児童相談所へ通告（11:20）。', '出席番号25番（同）：給食をおかわりし続ける。家で夕食がない日があると話す。ネグレクトの疑いで見守り。', '放課後、学年主任と教頭で情報共有。'])
add(MY + '無題のドキュメント.docx', 'I', '生活歴・心身の状況（児童生徒に関する個人情報）', 'id-by-number', 'docx', '出席番号と学級で特定できる児童の虐待の疑いを記しており重要性分類Ⅰ。')
rows = [['番号', '作文', '算数ドリル', '理科レポート']] + [[i, R.choice(['○', '○', '×']), R.choice(['○', '×']), R.choice(['○', '○', '未'])] for i in range(1, 32)]
c.xlsx('Classroom/6年2組/提出状況チェック.xlsx', [{'name': '提出', 'rows': rows}])
add('Classroom/6年2組/提出状況チェック.xlsx', 'III', '学習記録（ワークシート・レポート・作品等）', 'id-by-number', 'xlsx', '出席番号と課題の提出状況のみで、学習系情報として重要性分類Ⅲ。')
rows = [['イニシャル', '在籍校', '学年', '主訴', '通所開始']] + [['%s.%s' % (R.choice('AKMNRSTY'), R.choice('AKMNRSTY')), R.choice(['白川台小', '健軍東小', '長嶺南中', '水前寺中']), R.choice(['小5', '小6', '中1', '中2', '中3']), R.choice(['いじめ被害後の不登校', '起立性調節障害', '家庭内の不和', '発達障害（ASD）', '場面緘黙']), '2024/%02d' % R.randint(4, 11)] for _ in range(18)]
c.xlsx('共有ドライブ/教育支援センター_ふれあい教室/名簿/通所生_イニシャル一覧.xlsx', [{'name': '一覧', 'rows': rows}])
add('共有ドライブ/教育支援センター_ふれあい教室/名簿/通所生_イニシャル一覧.xlsx', 'I', '心身の状況（児童生徒に関する個人情報）', 'id-by-number', 'xlsx', 'イニシャル・在籍校・学年で特定でき、心身の状況や家庭の状況を含むため重要性分類Ⅰ。')
rows = [[c.name()[0], '201%d/%02d/%02d' % (R.randint(5, 8), R.randint(1, 12), R.randint(1, 28)), R.choice(['男', '女'])] for _ in range(28)]
c.wtext(MY + 'Book1 (2).csv', c.csvtext(rows), enc='cp932')
add(MY + 'Book1 (2).csv', 'III', '児童生徒に関する個人情報（生年月日、性別）', 'untitled-table', 'csv', '見出しのない氏名・生年月日・性別の並びで、第2表では重要性分類Ⅲ。')
c.dump('f')
