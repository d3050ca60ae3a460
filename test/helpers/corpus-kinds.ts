import { type People, toFullWidth } from './corpus-data.js';
import { writeCsv, writeDocx, writePdf, writePptx, writeText, writeXlsx } from './corpus-writers.js';

export type Cls = 'I' | 'II' | 'III' | 'IV' | null;

export interface KindOut {
  name: string;
  data: Buffer;
}

/** One kind of school document: its true class, the folder it sits in and how to write one. */
export interface Kind {
  id: string;
  expected: Cls;
  folder: string;
  pdf?: boolean;
  make(p: People, i: number): Promise<KindOut>;
}

const SUBJECTS = ['国語', '社会', '数学', '理科', '英語'];
const students = (p: People, n: number) => Array.from({ length: n }, () => p.name());
const bland = (i: number, ext: string) =>
  [`Book${i + 1}.${ext}`, `新規ファイル${i}.${ext}`, `data_${i}.${ext}`, `コピー ～ 資料${i}.${ext}`][i % 4]!;

export const KINDS: Kind[] = [
  // ---- class I ----
  {
    id: 'address_book_xlsx',
    expected: 'I',
    folder: '学級/1年1組',
    async make(p, i) {
      const rows = students(p, p.int(15, 30)).map((n, k) => [
        k + 1,
        n,
        p.kana(n),
        p.address(),
        p.mobile(i % 3 === 0),
        `${p.pick(['山田', '佐藤'])}　${p.pick(['一郎', '和子'])}`,
      ]);
      const name = [bland(i, 'xlsx'), '学級だより素材.xlsx', '住所録.xlsx'][i % 3]!;
      return {
        name,
        data: await writeXlsx([
          { name: 'Sheet1', rows: [['出席番号', '氏名', 'ふりがな', '住所', '電話番号', '保護者氏名'], ...rows] },
        ]),
      };
    },
  },
  {
    id: 'address_book_csv',
    expected: 'I',
    folder: '学級/2年3組',
    async make(p, i) {
      const rows = students(p, p.int(10, 25)).map((n) => [n, p.postal(), p.address(), p.landline()]);
      return {
        name: `export_${i}.csv`,
        data: writeCsv(
          [['氏名', '郵便番号', '住所', '自宅電話'], ...rows],
          (['utf8', 'sjis', 'utf8bom', 'eucjp'] as const)[i % 4],
        ),
      };
    },
  },
  {
    id: 'health_exam_xlsx',
    expected: 'I',
    folder: '保健室',
    async make(p, i) {
      const rows = students(p, p.int(10, 30)).map((n, k) => [
        k + 1,
        n,
        (140 + p.int(0, 300) / 10).toFixed(1),
        (35 + p.int(0, 250) / 10).toFixed(1),
        p.pick(['A', 'B', 'C']),
        p.pick(['A', 'B']),
        '異常なし',
      ]);
      return {
        name: i % 2 ? bland(i, 'xlsx') : `R6_健診_${i}.xlsx`,
        data: await writeXlsx([
          { name: '測定', rows: [['番号', '氏名', '身長', '体重', '視力(右)', '視力(左)', '聴力'], ...rows] },
        ]),
      };
    },
  },
  {
    id: 'health_exam_docx',
    expected: 'I',
    folder: '保健室',
    async make(p, i) {
      const n = p.name();
      return {
        name: `文書${i}.docx`,
        data: await writeDocx({
          title: '健康診断票',
          paragraphs: ['令和6年度'],
          tables: [
            [
              ['氏名', n],
              ['身長', `${140 + p.int(0, 30)}.${p.int(0, 9)} cm`],
              ['体重', `${35 + p.int(0, 20)}.${p.int(0, 9)} kg`],
              ['視力', `右 1.0　左 ${p.pick(['0.8', '0.5'])}`],
            ],
          ],
        }),
      };
    },
  },
  {
    id: 'health_exam_pdf',
    expected: 'I',
    folder: '保健室',
    pdf: true,
    async make(p, i) {
      const n = p.name();
      return {
        name: `scan_${String(i).padStart(4, '0')}.pdf`,
        data: await writePdf([
          '健康診断票',
          `氏名 ${n}`,
          `身長 ${150 + p.int(0, 20)}.2cm`,
          `体重 ${40 + p.int(0, 15)}.5kg`,
          '視力 右1.0 左0.7',
        ]),
      };
    },
  },
  {
    id: 'grade_summary_xlsx',
    expected: 'I',
    folder: '職員室/成績',
    async make(p, i) {
      const rows = students(p, p.int(20, 35)).map((n, k) => [k + 1, n, ...SUBJECTS.map(() => p.int(1, 5))]);
      return {
        name: bland(i, 'xlsx'),
        data: await writeXlsx([{ name: '2年1組', rows: [['令和6年度 評定一覧'], ['番号', '氏名', ...SUBJECTS], ...rows] }]),
      };
    },
  },
  {
    id: 'attendance_xlsx',
    expected: 'I',
    folder: '学級/1年1組',
    async make(p, i) {
      const days = Array.from({ length: 30 }, (_, d) => `${d + 1}`);
      const rows = students(p, p.int(20, 32)).map((n, k) => [
        k + 1,
        n,
        ...days.map(() => p.pick(['〇', '〇', '〇', '〇', '欠', '遅'])),
      ]);
      return {
        name: `${(i % 12) + 1}月.xlsx`,
        data: await writeXlsx([{ name: `${(i % 12) + 1}月`, rows: [['番号', '氏名', ...days], ...rows] }]),
      };
    },
  },
  {
    id: 'kizuna_filled_docx',
    expected: 'I',
    folder: '学級/2年3組',
    async make(p, i) {
      return {
        name: `きずなアンケート_${i}.docx`,
        data: await writeDocx({
          title: 'きずなアンケート',
          paragraphs: [
            `2年3組 氏名（${p.name()}）`,
            '1. 学校は楽しいですか　■はい　□いいえ',
            '2. いやなことをされたことがありますか　□はい　■いいえ',
            '3. 困っていることを書いてください',
            '　休み時間にひとりでいることが多い',
          ],
        }),
      };
    },
  },
  {
    id: 'counseling_docx',
    expected: 'I',
    folder: '職員室/生徒指導',
    async make(p, i) {
      return {
        name: `メモ${i}.docx`,
        data: await writeDocx({
          title: '教育相談の記録',
          paragraphs: [
            `対象：${p.name()}（2年）`,
            '日時：令和6年6月10日 放課後',
            '家庭の事情で欠席が続いている。母親と面談予定。',
            '本人は部活動の人間関係に悩んでいる様子。',
          ],
        }),
      };
    },
  },
  {
    id: 'contacts_txt',
    expected: 'I',
    folder: '学級/2年3組',
    async make(p, i) {
      const lines = students(p, 8).map((n) => `${n}　${p.mobile(i % 2 === 0)}`);
      return { name: `renraku_${i}.txt`, data: writeText(['連絡網', ...lines].join('\n'), i % 2 ? 'sjis' : 'utf8') };
    },
  },
  {
    id: 'newsletter_with_phones_docx',
    expected: 'I',
    folder: '学級/1年1組',
    async make(p, i) {
      const table = [['名前', '電話'], ...students(p, 6).map((n) => [n, p.mobile()])];
      return {
        name: `学級だより${i + 1}号.docx`,
        data: await writeDocx({
          title: '学級だより',
          paragraphs: ['4月になりました。新しいクラスの連絡網です。'],
          tables: [table],
        }),
      };
    },
  },
  {
    id: 'marker_header_docx',
    expected: 'I',
    folder: '職員室',
    async make(_p, i) {
      return {
        name: `資料${i}.docx`,
        data: await writeDocx({
          header: '【重要性分類Ⅰ】',
          paragraphs: ['打合せの結果を共有します。', '詳細は口頭で説明します。'],
        }),
      };
    },
  },
  {
    id: 'label_docx',
    expected: 'I',
    folder: '職員室',
    async make(_p, i) {
      return {
        name: `報告_${i}.docx`,
        data: await writeDocx({
          paragraphs: ['関係機関への報告内容（案）'],
          custom: { 'MSIP_Label_1a2b3c4d-0000-1111-2222-333344445555_Name': '極秘' },
        }),
      };
    },
  },
  {
    id: 'my_number_txt',
    expected: 'I',
    folder: '事務室',
    async make(p, i) {
      return {
        name: `提出書類${i}.txt`,
        data: writeText(
          `提出書類一覧\n${p.name()} 個人番号（マイナンバー）: ${i % 2 ? toFullWidth('1234-5678-9018') : '1234 5678 9018'}\n`,
        ),
      };
    },
  },
  {
    id: 'support_plan_pptx',
    expected: 'I',
    folder: '職員室/特別支援',
    async make(p, i) {
      return {
        name: `ケース会議${i}.pptx`,
        data: await writePptx([
          { title: '個別の教育支援計画', lines: [`氏名：${p.name()}`, '長期目標：友だちと協力して活動できる'] },
          { title: '支援の内容', lines: ['個別指導の時間を週2回設ける'] },
        ]),
      };
    },
  },
  // ---- class II ----
  {
    id: 'report_card_docx',
    expected: 'II',
    folder: '職員室/成績',
    async make(p, i) {
      return {
        name: `あゆみ_${i}.docx`,
        data: await writeDocx({
          title: '通知表',
          paragraphs: [`氏名：${p.name()}`],
          tables: [
            [
              ['教科', '観点別評価', '所見'],
              ['国語', 'A', '意欲的に取り組んだ'],
              ['算数', 'B', '計算が正確になった'],
            ],
          ],
        }),
      };
    },
  },
  {
    id: 'raw_scores_xlsx',
    expected: 'II',
    folder: '職員室/成績',
    async make(p, i) {
      const rows = students(p, p.int(20, 30)).map((n, k) => [k + 1, n, ...SUBJECTS.map(() => p.int(20, 100))]);
      return {
        name: bland(i + 1, 'xlsx'),
        data: await writeXlsx([{ name: '1学期', rows: [['1学期期末 素点'], ['番号', '氏名', ...SUBJECTS], ...rows] }]),
      };
    },
  },
  {
    id: 'passwords_xlsx',
    expected: 'II',
    folder: '情報',
    async make(p, i) {
      const rows = Array.from({ length: 10 }, (_, k) => [`t${1000 + k}`, `Pw${p.int(100000, 999999)}`, `端末${k + 1}`]);
      return {
        name: `accounts_${i}.xlsx`,
        data: await writeXlsx([{ name: 'Sheet1', rows: [['ログインID', '初期パスワード', '備考'], ...rows] }]),
      };
    },
  },
  {
    id: 'exam_docx',
    expected: 'II',
    folder: '職員室/教科',
    async make(_p, i) {
      return {
        name: `数学_${i}.docx`,
        data: await writeDocx({
          title: '2学期 期末考査 数学 問題',
          paragraphs: ['1. 次の計算をしなさい。', '(1) 3x + 2x', '(2) 2(a - 3b)'],
        }),
      };
    },
  },
  {
    id: 'accident_docx',
    expected: 'II',
    folder: '職員室',
    async make(p, i) {
      return {
        name: `報告書${i}.docx`,
        data: await writeDocx({
          title: '事故報告書',
          paragraphs: [`児童氏名：${p.name()}`, '発生日時：令和6年5月20日 昼休み', '状況：運動場で転倒し、右ひざを擦りむいた。'],
        }),
      };
    },
  },
  {
    id: 'career_filled_docx',
    expected: 'II',
    folder: '学級/3年1組',
    async make(p, i) {
      return {
        name: `進路希望調査_${i}.docx`,
        data: await writeDocx({
          title: '進路希望調査',
          paragraphs: [`氏名：${p.name()}`, `第1志望：熊本県立${p.pick(['第一', '第二', '済々黌'])}高校`, '第2志望：私立○○高校'],
        }),
      };
    },
  },
  {
    id: 'marker_name_docx',
    expected: 'II',
    folder: '職員室',
    async make(_p, i) {
      return {
        name: `【重要性分類Ⅱ】打合せ${i}.docx`,
        data: await writeDocx({ paragraphs: ['来週の予定について', '各自確認してください。'] }),
      };
    },
  },
  {
    id: 'confidentiality_xlsx',
    expected: 'II',
    folder: '事務室',
    async make(_p, i) {
      return {
        name: `集計${i}.xlsx`,
        data: await writeXlsx([
          {
            name: '集計',
            header: '機密性2B',
            rows: [
              ['項目', '金額'],
              ['消耗品', 12000],
              ['備品', 34000],
            ],
          },
        ]),
      };
    },
  },
  {
    id: 'accident_pdf',
    expected: 'II',
    folder: '職員室',
    pdf: true,
    async make(p, i) {
      return {
        name: `doc${i}.pdf`,
        data: await writePdf(['事故報告書', `児童氏名：${p.name()}`, '発生場所：体育館', '処置：保健室で手当て'], {
          title: '事故報告書',
        }),
      };
    },
  },
  // ---- class III ----
  {
    id: 'class_list_xlsx',
    expected: 'III',
    folder: '学級/1年1組',
    async make(p, i) {
      const rows = students(p, p.int(20, 35)).map((n, k) => [k + 1, n, p.kana(n), p.pick(['男', '女'])]);
      return {
        name: bland(i + 2, 'xlsx'),
        data: await writeXlsx([{ name: 'Sheet1', rows: [['出席番号', '氏名', 'ふりがな', '性別'], ...rows] }]),
      };
    },
  },
  {
    id: 'seating_docx',
    expected: 'III',
    folder: '学級/2年3組',
    async make(p, i) {
      const grid = Array.from({ length: 4 }, () => students(p, 5));
      return { name: `席_${i}.docx`, data: await writeDocx({ title: '座席表', paragraphs: ['2学期'], tables: [grid] }) };
    },
  },
  {
    id: 'lesson_plan_docx',
    expected: 'III',
    folder: '職員室/教科',
    async make(_p, i) {
      return {
        name: `理科${i}.docx`,
        data: await writeDocx({
          title: '第2学年 理科 学習指導案',
          paragraphs: ['単元名：化学変化と原子・分子', '本時の目標：酸化を原子のモデルで説明できる。'],
        }),
      };
    },
  },
  {
    id: 'slides_pptx',
    expected: 'III',
    folder: '職員室/教科',
    async make(_p, i) {
      return {
        name: `第${i + 1}回.pptx`,
        data: await writePptx([
          { title: '授業スライド 光合成', lines: ['植物は光のエネルギーを使う', '葉緑体で行われる'] },
          { title: 'まとめ', lines: ['二酸化炭素と水からデンプン'] },
        ]),
      };
    },
  },
  {
    id: 'staff_meeting_docx',
    expected: 'III',
    folder: '職員室',
    async make(_p, i) {
      return {
        name: `0${(i % 9) + 1}_会議.docx`,
        data: await writeDocx({ title: '職員会議資料', paragraphs: ['1. 行事予定の確認', '2. 校内研修について'] }),
      };
    },
  },
  {
    id: 'mini_test_docx',
    expected: 'III',
    folder: '職員室/教科',
    async make(_p, i) {
      return {
        name: `kanji_${i}.docx`,
        data: await writeDocx({
          title: '漢字小テスト 第5回',
          paragraphs: ['次のひらがなを漢字に直しなさい。', '(1) がっこう (2) せんせい'],
        }),
      };
    },
  },
  {
    id: 'club_csv',
    expected: 'III',
    folder: '部活動',
    async make(p, i) {
      return {
        name: `club_${i}.csv`,
        data: writeCsv(
          [['部員名簿'], ['学年', '氏名'], ...students(p, 12).map((n) => [p.int(1, 3), n])],
          i % 2 ? 'sjis' : 'utf8',
        ),
      };
    },
  },
  {
    id: 'grade_meeting_md',
    expected: 'III',
    folder: '職員室',
    async make(_p, i) {
      return { name: `notes_${i}.md`, data: writeText('# 学年会資料\n\n- 校外学習の引率分担\n- 提出物の確認\n') };
    },
  },
  {
    id: 'handout_html',
    expected: 'III',
    folder: '職員室/教科',
    async make(_p, i) {
      return {
        name: `page_${i}.html`,
        data: writeText(
          '<!doctype html><html><head><meta charset="utf-8"><title>授業プリント 第3回</title></head><body><h1>授業プリント</h1><p>光合成のしくみを図にまとめよう。</p></body></html>',
          i % 2 ? 'utf8' : 'utf8bom',
        ),
      };
    },
  },
  // ---- class IV ----
  {
    id: 'newsletter_docx',
    expected: 'IV',
    folder: '学級/1年1組',
    async make(_p, i) {
      return {
        name: `学級だより_${i}.docx`,
        data: await writeDocx({
          title: '学級だより 5月号',
          paragraphs: ['運動会の練習が始まりました。', '体操服の準備をお願いします。'],
          footer: '熊本市立○○小学校 TEL 096-123-4567 info@school.example.jp',
        }),
      };
    },
  },
  {
    id: 'brochure_pptx',
    expected: 'IV',
    folder: '広報',
    async make(_p, i) {
      return {
        name: `slides_${i}.pptx`,
        data: await writePptx([{ title: '学校案内', lines: ['本校の教育目標', '豊かな心とたくましい体'] }]),
      };
    },
  },
  {
    id: 'event_plan_pdf',
    expected: 'IV',
    folder: '広報',
    pdf: true,
    async make(_p, i) {
      return {
        name: `plan_${i}.pdf`,
        data: await writePdf(['運動会実施計画', '1. 期日 令和6年10月5日（土）', '2. 場所 本校運動場']),
      };
    },
  },
  {
    id: 'health_template_xlsx',
    expected: 'IV',
    folder: '保健室',
    async make(_p, i) {
      return {
        name: `健康診断票_様式${i}.xlsx`,
        data: await writeXlsx([
          {
            name: '様式',
            rows: [
              ['番号', '氏名', '身長', '体重', '視力(右)', '視力(左)', '聴力'],
              ...Array.from({ length: 30 }, (_, k) => [k + 1]),
            ],
          },
        ]),
      };
    },
  },
  {
    id: 'address_template_xlsx',
    expected: 'IV',
    folder: '学級/2年3組',
    async make(_p, i) {
      return {
        name: i % 2 ? '住所録.xlsx' : `住所録_テンプレート${i}.xlsx`,
        data: await writeXlsx([{ name: 'Sheet1', rows: [['出席番号', '氏名', 'ふりがな', '住所', '電話番号', '保護者氏名']] }]),
      };
    },
  },
  {
    id: 'kizuna_blank_docx',
    expected: 'IV',
    folder: '学級/2年3組',
    async make(_p, i) {
      return {
        name: `きずなアンケート（配布用）${i}.docx`,
        data: await writeDocx({
          title: 'きずなアンケート',
          paragraphs: [
            '　年　組　氏名（　　　　　　）',
            '1. 学校は楽しいですか　□はい　□いいえ',
            '2. いやなことをされたことがありますか　□はい　□いいえ',
          ],
        }),
      };
    },
  },
  {
    id: 'curriculum_xlsx',
    expected: 'IV',
    folder: '教務',
    async make(_p, i) {
      return {
        name: `計画_${i}.xlsx`,
        data: await writeXlsx([
          {
            name: '年間指導計画',
            rows: [['年間指導計画 第1学年 国語'], ['月', '単元', '時数'], ['4月', '詩の世界', 4], ['5月', '説明文', 8]],
          },
        ]),
      };
    },
  },
  {
    id: 'timetable_csv',
    expected: 'IV',
    folder: '教務',
    async make(_p, i) {
      return {
        name: `jikanwari_${i}.csv`,
        data: writeCsv(
          [['時間割'], ['', '月', '火', '水'], ['1', '国語', '数学', '英語'], ['2', '理科', '社会', '体育']],
          i % 2 ? 'sjis' : 'utf8',
        ),
      };
    },
  },
  {
    id: 'notice_html',
    expected: 'IV',
    folder: '広報',
    async make(_p, i) {
      return {
        name: `oshirase_${i}.html`,
        data: writeText(
          '<html><head><meta charset="shift_jis"><title>保護者へのお知らせ</title></head><body><p>授業参観のお知らせ</p><p>日時：6月14日</p></body></html>',
          'sjis',
        ),
      };
    },
  },
  {
    id: 'career_blank_docx',
    expected: 'IV',
    folder: '学級/3年1組',
    async make(_p, i) {
      return {
        name: `進路希望調査（用紙）${i}.docx`,
        data: await writeDocx({
          title: '進路希望調査',
          paragraphs: ['氏名：＿＿＿＿＿＿', '第1志望：＿＿＿＿＿＿', '第2志望：＿＿＿＿＿＿'],
        }),
      };
    },
  },
  // ---- look like class I/II to a pattern matcher, and are not (found by an audit of real-looking files) ----
  {
    id: 'newsletter_school_phones_docx',
    expected: 'IV',
    folder: '配布',
    async make(p, i) {
      return {
        name: `学級だより${i + 1}月号.docx`,
        data: await writeDocx({
          title: `学級だより　6年1組　第${i + 1}号`,
          paragraphs: ['運動会ではみんなよくがんばりました。', `${p.name()}さんのお誕生日おめでとう！`],
          footer: `熊本市立第一小学校　TEL 096-368-200${i % 10}　FAX 096-368-210${i % 10}　放課後児童クラブ 096-368-220${i % 10}`,
        }),
      };
    },
  },
  {
    id: 'health_letter_docx',
    expected: 'IV',
    folder: '配布',
    async make(_p, i) {
      return {
        name: `ほけんだより${(i % 12) + 1}月.docx`,
        data: await writeDocx({
          title: 'ほけんだより',
          paragraphs: [
            '4月に身長・体重の測定をしました。身長は平均で5cm伸びています。',
            '視力検査の結果、視力が低下している人が増えています。',
            'むし歯の治療をしましょう。歯科検診の結果のお知らせを配布しました。',
          ],
        }),
      };
    },
  },
  {
    id: 'trip_booklet_docx',
    expected: 'IV',
    folder: '配布',
    async make(_p, i) {
      return {
        name: `修学旅行のしおり_${i}.docx`,
        data: await writeDocx({
          title: '修学旅行のしおり',
          paragraphs: [
            '持ち物：健康カード、しおり、筆記用具',
            '毎朝検温：起床後に体温を測り健康カードに記入します。',
            '発熱：37.5度以上の場合は担任に伝えてください。',
          ],
        }),
      };
    },
  },
  {
    id: 'curriculum_hours_xlsx',
    expected: 'IV',
    folder: '教務',
    async make(_p, i) {
      const subjects = ['国語', '社会', '算数', '理科', '音楽', '体育'];
      const rows = [1, 2, 3, 4, 5, 6].map((g) => [g, ...subjects.map((_, j) => 35 * (j + 2)), 980]);
      return {
        name: `教育課程編成表_R${i + 1}.xlsx`,
        data: await writeXlsx([{ name: '授業時数', rows: [['学年', ...subjects, '計'], ...rows] }]),
      };
    },
  },
  {
    id: 'staff_meeting_agenda_docx',
    expected: 'III',
    folder: '職員室',
    async make(_p, i) {
      return {
        name: i % 2 ? `職員会議資料${i}.docx` : `R6.5.${i + 10}職員会議（個人面談・家庭訪問）.docx`,
        data: await writeDocx({
          title: '職員会議資料',
          paragraphs: ['1　家庭訪問の日程について', '2　個人面談について', '3　その他'],
        }),
      };
    },
  },
  {
    // A worksheet nothing in 第2表 names: not a class marking (「分類 1」 is a heading).
    id: 'science_sheet_docx',
    expected: null,
    folder: '授業',
    async make(_p, i) {
      return {
        name: `植物の分類${i + 1}.docx`,
        data: await writeDocx({
          title: '理科プリント',
          paragraphs: [`動物の分類 ${(i % 4) + 1}.せきつい動物`, '問1　次の動物を分類しましょう。'],
        }),
      };
    },
  },
  {
    id: 'family_form_blank_docx',
    expected: 'IV',
    folder: '様式',
    async make(_p, i) {
      return {
        name: `家庭環境調査票_様式${i}.docx`,
        data: await writeDocx({
          title: '家庭環境調査票',
          paragraphs: [
            '児童氏名：　　　　　　生年月日：　　年　　月　　日',
            '住所：〒　　　－',
            '電話番号：　　　　　緊急連絡先：',
          ],
        }),
      };
    },
  },
  {
    id: 'phone_tree_sjis_csv',
    expected: 'I',
    folder: '学級/1年2組',
    async make(p, i) {
      const rows = students(p, p.int(10, 20)).map((n, k) => [
        k + 1,
        n,
        `${n.split(/\s|　/)[0]}　洋子`,
        `0963${p.int(100000, 999999)}`,
        `0963${p.int(100000, 999999)}`,
        '母',
      ]);
      return {
        name: `R6_1-${i + 1}.csv`,
        data: writeCsv([['出席番号', '児童名', '保護者', 'TEL1', 'TEL2', '続柄'], ...rows], i % 2 ? 'sjis' : 'utf8'),
      };
    },
  },
  // ---- nothing from the catalog ----
  {
    id: 'unrelated_txt',
    expected: null,
    folder: '共有',
    async make(p, i) {
      return {
        name: `memo${i}.txt`,
        data: writeText(`備品購入リスト\nコピー用紙 ${p.int(1, 9)}箱\nホワイトボードマーカー\n`, i % 2 ? 'eucjp' : 'utf8'),
      };
    },
  },
];
