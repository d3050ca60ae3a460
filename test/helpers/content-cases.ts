import type { ClassifyInput } from '../../policy/index.js';
import { writeCsv, writeDocx, writePdf, writeText, writeXlsx } from './corpus-writers.js';

/**
 * Files whose meaning is in their values or their prose (issue 14): tables without header rows,
 * memos about pupils and staff, and their near misses. Each case can be written as a real file
 * (for `mamoru scan`) or given to classifyDocument as the extractor would give it.
 */
export type Content =
  | { kind: 'csv' | 'tsv' | 'xlsx'; rows: string[][]; encoding?: 'utf8' | 'sjis' }
  | { kind: 'docx'; title?: string; paragraphs: string[]; tables?: string[][][] }
  | { kind: 'pdf' | 'txt'; lines: string[] };

export interface ContentCase {
  id: string;
  /** The file name (with its folder in the scanned drive). */
  name: string;
  content: Content;
  /** The class expected; a list when either is right (a near miss: IV or nothing). */
  cls: string | null | (string | null)[];
  asset?: string;
  /** Words the reasons must contain. */
  reasons?: string[];
  /** Words the reasons must not contain. */
  not?: string[];
}

export const NAMES = [
  '山田 太郎',
  '佐藤 花子',
  '鈴木 一郎',
  '高橋 美咲',
  '田中 健太',
  '伊藤 翔',
  '渡辺 結衣',
  '中村 陽翔',
  '小林 さくら',
  '加藤 大輝',
  '石川 悠斗',
  '井上 陽菜',
];
const KANA = ['やまだ たろう', 'さとう はなこ', 'すずき いちろう', 'たかはし みさき', 'たなか けんた', 'いとう しょう'];
const ROMAJI = ['Taro Yamada', 'Hanako Sato', 'Ichiro Suzuki', 'Misaki Takahashi', 'Kenta Tanaka', 'Yui Watanabe'];

const score = (i: number, k: number) => String(35 + ((i * 37 + k * 53) % 64));
const temperature = (i: number, d: number) => (36 + ((i * 7 + d * 3) % 14) / 10).toFixed(1);
const landline = (i: number) => `096-3${i % 10}${(i * 7) % 10}-${4000 + i * 11}`;
const address = (i: number) => `熊本市中央区水前寺${i + 1}-${i + 2}-${i + 3}`;
const MARKS = ['欠', '遅', '早', '出停'];
const attendance = (i: number, d: number) => ((i * 5 + d * 3) % 11 === 0 ? MARKS[(i + d) % 4]! : '');

/** Tables read by their cells, whatever their heading (or with none). */
export const TABLES: ContentCase[] = [
  {
    id: "a proficiency test's results: names and who passed, no title the catalog names",
    name: '英検_結果_第1回.docx',
    content: {
      kind: 'docx',
      title: '英検 第1回 結果',
      paragraphs: [],
      tables: [[['氏名', '級', '結果'], ...NAMES.slice(0, 5).map((n, i) => [n, '3級', i % 3 === 2 ? '不合格' : '合格'])]],
    },
    cls: 'II',
    asset: 'grade_records',
    reasons: ['合否'],
  },
  {
    id: 'a CSV of numbers, names and scores without a header row',
    name: 'export_01.csv',
    content: { kind: 'csv', rows: NAMES.map((n, i) => [String(i + 1), n, score(i, 1), score(i, 2), score(i, 3)]) },
    cls: 'II',
    asset: 'grade_records',
    reasons: ['表の値: 氏名・点数 3列（12行）', '成績に関する個票等'],
  },
  {
    id: 'a TSV of names and temperatures without a header row',
    name: 'data.tsv',
    content: { kind: 'tsv', rows: NAMES.map((n, i) => [n, ...[1, 2, 3, 4, 5].map((d) => temperature(i, d))]) },
    cls: 'II',
    asset: 'temperature_check',
    reasons: ['表の値: 氏名・体温 5列', '体温チェック表'],
  },
  {
    id: 'a sheet of names × days marked 欠・遅・早・出停, no header row',
    name: 'Book3.xlsx',
    content: {
      kind: 'xlsx',
      rows: NAMES.map((n, i) => [n, ...Array.from({ length: 20 }, (_, d) => attendance(i, d))]),
    },
    cls: 'I',
    asset: 'attendance_book',
    reasons: ['表の値: 氏名・出欠の記号', '出席簿'],
  },
  {
    id: 'names in kana beside phone numbers (Shift_JIS CSV, no header)',
    name: 'list.csv',
    content: { kind: 'csv', encoding: 'sjis', rows: KANA.map((n, i) => [n, landline(i)]) },
    cls: 'I',
    asset: 'student_address_book',
    reasons: ['表の値: 氏名・電話番号（6行）', '児童生徒の住所録'],
  },
  {
    id: 'names in romaji beside landlines',
    name: 'members.csv',
    content: { kind: 'csv', rows: ROMAJI.slice(0, 2).map((n, i) => [n, landline(i)]) },
    cls: 'I',
    asset: 'student_address_book',
    reasons: ['表の値: 氏名・電話番号（2行）'],
  },
  {
    id: 'heights and weights under headings mamoru does not know',
    name: 'sokutei.xlsx',
    content: {
      kind: 'xlsx',
      rows: [
        ['No.', 'Student', 'H', 'W'],
        ...NAMES.map((n, i) => [
          String(i + 1),
          n,
          (128 + ((i * 13) % 30) + ((i * 7) % 10) / 10).toFixed(1),
          (26 + ((i * 11) % 20) + ((i * 3) % 10) / 10).toFixed(1),
        ]),
      ],
    },
    cls: 'I',
    asset: 'health_exam',
    reasons: ['表の値: 氏名・身長・体重（12行）', '健康診断票'],
  },
  {
    id: 'a list of pupils with remarks naming family circumstances and health',
    name: 'meibo_biko.xlsx',
    content: {
      kind: 'xlsx',
      rows: [
        ['番号', '児童', '備考'],
        ...NAMES.slice(0, 6).map((n, i) => [
          String(i + 1),
          n,
          ['特になし', '父母が離婚調停中。母と二人暮らし', '食物アレルギー（卵）、エピペンを所持', '特になし', '', '特になし'][
            i
          ]!,
        ]),
      ],
    },
    cls: 'I',
    asset: 'student_personal_info',
    reasons: ['本文: 人物 2名（氏名）', '家庭の事情に関する記述 1件', '健康・心身の状況に関する記述 2件'],
  },
  {
    id: 'a title of a lower class (漢字テスト) does not lower a table of names and scores',
    name: '漢字テスト結果.xlsx',
    content: { kind: 'xlsx', rows: NAMES.map((n, i) => [n, score(i, 4), score(i, 5)]) },
    cls: 'II',
    asset: 'grade_records',
    reasons: ['表の値: 氏名・点数 2列'],
  },
  {
    id: 'a title of a lower class (座席表) does not lower names beside addresses',
    name: '座席表.xlsx',
    content: { kind: 'xlsx', rows: NAMES.slice(0, 2).map((n, i) => [n, address(i)]) },
    cls: 'I',
    asset: 'student_address_book',
    reasons: ['表の値: 氏名・住所（2行）'],
  },
  {
    id: 'a grade list flattened into a PDF text layer',
    name: 'scan_0042.pdf',
    content: {
      kind: 'pdf',
      lines: [
        '2学期 期末考査',
        '番号 氏名 国語 数学 英語',
        ...NAMES.map((n, i) => `${i + 1} ${n} ${score(i, 6)} ${score(i, 7)} ${score(i, 8)}`),
      ],
    },
    cls: 'II',
    asset: 'grade_records',
    reasons: ['表の値: 氏名・点数'],
  },
  {
    id: 'names and landlines in a text file, one pair a line',
    name: 'memo_0.txt',
    content: { kind: 'txt', lines: NAMES.slice(0, 8).map((n, i) => `${n}　${landline(i)}`) },
    cls: 'I',
    reasons: ['表の値: 氏名・電話番号（8行）'],
  },
  {
    id: 'a numbering beside names, no header row: a class list',
    name: 'export_02.csv',
    content: { kind: 'csv', rows: NAMES.map((n, i) => [String(i + 1), n]) },
    cls: 'III',
    asset: 'class_list',
    reasons: ['表の値: 番号・氏名（12行）'],
  },
  {
    id: 'a grade sheet nobody has written in is a blank form, even named 成績一覧',
    name: '成績一覧_様式.xlsx',
    content: {
      kind: 'xlsx',
      rows: [['番号', '氏名', '国語', '数学', '英語'], ...Array.from({ length: 30 }, (_, i) => [String(i + 1)])],
    },
    cls: 'IV',
    asset: 'form_templates',
    reasons: ['記入欄が空欄'],
  },
];

/** Prose that names or points at pupils or staff beside sensitive matters. */
export const PROSE: ContentCase[] = [
  {
    id: "a committee's minutes whose last page lists cases under column headings (被害生徒 加害生徒 概要)",
    name: 'いじめ防止対策委員会_会議録.pdf',
    content: {
      kind: 'pdf',
      lines: [
        'いじめ防止対策委員会 会議録',
        '1 年間計画について協議した。早期発見のための観察の視点を全職員で共有する。',
        '6 個別事案の報告（1学期）',
        '被害生徒 加害生徒 概要 経過',
        '2-3 桑原 陸斗 本田 ひなた グループLINEからの排除 謝罪済',
        '1-1 溝口 澪 3年男子2名 荷物持ちの強要 保護者と話した',
      ],
    },
    cls: 'I',
    reasons: ['生徒指導・いじめに関する記述'],
  },
  {
    id: 'a note about a pupil named by surname and class in brackets, and one by 年-組-番',
    name: 'ノート_0701.txt',
    content: {
      kind: 'txt',
      lines: ['7/1', '徳永（3-1）は6月から不登校で、別室登校も続かない。', '3-2-15 も登校しぶりがあり、母と面談する。'],
    },
    cls: 'I',
    reasons: ['本文: 人物 2名'],
  },
  {
    id: 'a memo about a pupil: family circumstances and health',
    name: 'メモ_0612.docx',
    content: {
      kind: 'docx',
      paragraphs: [
        '6月12日（水）放課後',
        '2年1組 山田 太郎 の母親から電話があった。',
        '父親とは昨年離婚し、現在は母と二人暮らし。',
        '本児は最近夜眠れず、通院しているとのこと。',
      ],
    },
    cls: 'I',
    asset: 'student_personal_info',
    reasons: ['本文: 人物', '家庭の事情に関する記述', '健康・心身の状況に関する記述', '児童生徒の個人情報'],
  },
  {
    id: 'a PDF note on bullying between two pupils named by initials',
    name: 'doc20240611.pdf',
    content: {
      kind: 'pdf',
      lines: [
        '6月11日 聞き取り',
        'Aさん（2年）がBさんの持ち物を隠したと、Bさんの保護者から連絡があった。',
        'いじめの疑いがあるため、加害・被害の双方から聞き取りを行う。',
      ],
    },
    cls: 'I',
    asset: 'guidance_record',
    reasons: ['本文: 人物 2名（イニシャル）', '生徒指導・いじめに関する記述', '生徒指導記録簿'],
  },
  {
    id: 'a note pointing at 当該生徒: 児童相談所 and 一時保護',
    name: '連絡メモ.docx',
    content: {
      kind: 'docx',
      paragraphs: ['当該生徒について児童相談所から連絡があった。', '一時保護の可能性があるとのこと。'],
    },
    cls: 'I',
    reasons: ['本文: 人物 1名（本児などの語）', '教育相談・福祉に関する記述'],
  },
  {
    id: 'a note on a member of staff: sick leave and a clinic',
    name: '記録.docx',
    content: { kind: 'docx', paragraphs: ['山田先生は6月から病気休暇。心療内科に通院中で、復帰時期は未定。'] },
    cls: 'I',
    reasons: ['本文: 人物 1名（氏名）', '人事に関する記述', '教職員の'],
  },
  {
    id: 'a staff-meeting paper (class Ⅲ) with a pupil’s case on its last line',
    name: '職員会議資料0610.docx',
    content: {
      kind: 'docx',
      title: '職員会議資料',
      paragraphs: [
        '1. 行事予定の確認',
        '2. 校内研修について',
        ...Array.from({ length: 40 }, (_, i) => `連絡事項 ${i + 1}：各学年で確認してください。`),
        '3. 生徒指導報告',
        '3年2組の中村陽翔さんが万引きで補導された。保護者と面談予定。',
      ],
    },
    cls: 'I',
    asset: 'guidance_record',
    reasons: ['生徒指導・いじめに関する記述', '生徒指導記録簿', '職員会議'],
  },
  {
    id: 'a lesson plan (class Ⅲ) naming a pupil with a diagnosis',
    name: '学習指導案_算数.docx',
    content: {
      kind: 'docx',
      title: '第4学年 算数科 学習指導案',
      paragraphs: ['単元名：わり算', '配慮を要する児童：A児（ADHDの診断があり服薬中）。座席を前方にする。'],
    },
    cls: 'I',
    asset: 'student_personal_info',
    reasons: ['本文: 人物 1名（イニシャル）', '健康・心身の状況に関する記述'],
  },
  {
    id: 'a pupil pointed at by 出席番号: school refusal',
    name: 'kiroku.txt',
    content: { kind: 'txt', lines: ['出席番号12の生徒が不登校傾向にある。', 'スクールカウンセラーと面談予定。'] },
    cls: 'I',
    asset: 'counseling_record',
    reasons: ['本文: 人物 1名（出席番号）', '教育相談・福祉に関する記述 3件'],
  },
  {
    id: 'a report card in a PDF, its values beside the printed labels, is filled in',
    name: 'scan_0101.pdf',
    content: {
      kind: 'pdf',
      lines: [
        '通知表',
        '令和6年度 第4学年 2組',
        '氏名 山田 太郎',
        '学習の記録',
        '国語 A A B',
        '算数 A B A',
        '出欠の記録',
        '68 0 1 67',
      ],
    },
    cls: 'II',
    asset: 'report_card',
    reasons: ['記入済み'],
    not: ['空欄'],
  },
  {
    id: "a nurse's memo headed by a pupil's name, one matter further down, is about that pupil",
    name: '保健室メモ_0611.txt',
    content: {
      kind: 'txt',
      lines: [
        '松本 湊（3年）、今週2回目の来室（頭痛）。',
        '朝食をとっていないと話す。服が数日同じ。',
        '担任・教頭に報告。ネグレクトの可能性を見守る。',
      ],
    },
    cls: 'I',
    reasons: ['本文: 人物 1名（氏名）', '家庭の事情に関する記述'],
  },
  {
    id: 'a case meeting that names one pupil under 対象生徒, the matters lines below',
    name: 'ケース会議記録_1105.docx',
    content: {
      kind: 'docx',
      title: 'ケース会議 記録',
      paragraphs: [
        '日時：11月5日 16:00',
        '出席：校長、教頭、担任、SC',
        '1 対象生徒',
        '2年1組 岡本 陽',
        '2 経過',
        '10月から欠席が増えた。',
        '腕にあざがあり、担任が確認した。',
        '11/1 児童相談所へ通告した。',
      ],
    },
    cls: 'I',
    reasons: ['本文: 人物 1名（氏名）'],
  },
  {
    id: 'a newsletter draft with a staff note naming a pupil as 「村田 絢斗さん」 (a space, then the given name and さん)',
    name: '学年だより_12月号_下書き.docx',
    content: {
      kind: 'docx',
      title: '学年だより 12月号（下書き）',
      paragraphs: [
        '寒さに負けず、元気に過ごしましょう。',
        '【学年会メモ】村田 絢斗さん（2-1）、父親が逮捕されたと母親から連絡あり。',
      ],
    },
    cls: 'I',
    reasons: ['家庭の事情に関する記述'],
  },
  {
    id: 'a record that names its pupils only by dotted initials (R.O., K・M)',
    name: '相談メモ_0624.txt',
    content: {
      kind: 'txt',
      lines: ['6/24 昼休み', 'R.O.の登校しぶりが続く。', 'K・Mとの関係を母から聞き、児童相談所への相談も検討。'],
    },
    cls: 'I',
    reasons: ['イニシャル'],
  },
  {
    id: 'a home-visit memo naming each household as X宅',
    name: '家庭訪問メモ_2-1.txt',
    content: {
      kind: 'txt',
      lines: ['家庭訪問 5/9（2年1組）', '14:00 森田宅　母。兄弟げんかが多い。', '14:30 岡本宅　祖母。両親は共働き。'],
    },
    cls: ['I', 'II'],
    reasons: ['記入済み'],
  },
];

/**
 * Forms and lists whose values are not where the classifier first looks: a form laid out as label |
 * value rows, a pupil named only in the text of a form named in the title, a surname the
 * dictionary files as a place, a single column of marks, 評定 from 1 to 5.
 */
export const FORMS: ContentCase[] = [
  {
    id: 'an accident report as label | value rows, the pupil named beside 児童',
    name: '事故報告書_0612.docx',
    content: {
      kind: 'docx',
      title: '事故報告書',
      paragraphs: [],
      tables: [
        [
          ['発生日時', '令和6年6月12日 10:40'],
          ['場所', '体育館'],
          ['児童', '田中 健太（3年）'],
          ['状況', 'マット運動の着地で右手首をひねった。'],
          ['受診', '整形外科を受診、捻挫。'],
        ],
      ],
    },
    cls: 'II',
    asset: 'accident_report',
    reasons: ['記入済み'],
    not: ['空欄'],
  },
  {
    id: 'a parent’s note of an absence, the pupil named in its text',
    name: '欠席連絡_0612.txt',
    content: { kind: 'txt', lines: ['欠席連絡', '3年1組 伊藤 翔の母です。', '昨夜から熱があり、本日は欠席させます。'] },
    cls: ['I', 'II'],
    reasons: ['記入済み'],
    not: ['空欄'],
  },
  {
    id: 'a memo on a teacher whose surname is a place to the dictionary (千葉先生)',
    name: '面談メモ_0603.txt',
    content: {
      kind: 'txt',
      lines: [
        '6/3 千葉先生と面談（校長室）',
        '先月から眠れない日が続き、心療内科を受診した。',
        '適応障害と診断され、病気休暇の取得を相談したいとのこと。',
      ],
    },
    cls: 'I',
    reasons: ['本文: 人物 1名（氏名）'],
  },
  {
    id: 'a support plan in a PDF whose pupil’s given name the dictionary does not know',
    name: '個別の教育支援計画_3-2.pdf',
    content: {
      kind: 'pdf',
      lines: ['個別の教育支援計画', '氏名 坂田 奏太 学年組 3年2組', '支援の目標', '予定の変更に落ち着いて対応する'],
    },
    cls: 'I',
    asset: 'support_plan',
    reasons: ['記入済み'],
  },
  {
    id: 'one column of marks under 得点 beside names',
    name: 'kanji_05.csv',
    content: {
      kind: 'csv',
      rows: [['番号', '氏名', '得点'], ...NAMES.map((n, i) => [String(i + 1), n, String(8 + ((i * 7) % 13))])],
    },
    cls: 'II',
    asset: 'grade_records',
    reasons: ['表の値: 氏名・点数（12行）'],
  },
  {
    id: '評定 from 1 to 5 in every subject beside names',
    name: '学年会資料_2学期.docx',
    content: {
      kind: 'docx',
      title: '3学年 学年会資料',
      paragraphs: ['2学期の評定を確認する。'],
      tables: [
        [
          ['番', '氏名', '国', '社', '数', '理', '英'],
          ...NAMES.map((n, i) => [String(i + 1), n, ...[1, 2, 3, 4, 5].map((k) => String(1 + ((i * i + k * 3 + i * k) % 5)))]),
        ],
      ],
    },
    cls: 'I',
    asset: 'grade_summary',
    reasons: ['評定（1〜5） 5列'],
  },
];

/**
 * Near misses, each beside its twin: the same kind of file that does name a person with a
 * sensitive matter, or holds the values. The near miss must come out lower than its twin (and
 * not class Ⅰ/Ⅱ, where the twin is).
 */
export const NEAR_MISSES: { near: ContentCase; twin: ContentCase }[] = [
  {
    near: {
      id: 'a set-up guide that says how passwords are made, none written in',
      name: 'PC初期設定手順.docx',
      content: {
        kind: 'docx',
        title: 'PC初期設定手順',
        paragraphs: ['1 電源を入れる。', '2 初期パスワードは生年月日8桁。初回ログインで変更させる。'],
      },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: 'the same guide with the admin password and the Wi-Fi key written in',
      name: 'PC初期設定手順_管理者.docx',
      content: {
        kind: 'docx',
        title: 'PC初期設定手順',
        paragraphs: ['1 電源を入れる。', '2 管理者パスワード：Ktm#2026-adm', '3 Wi-Fi パスフレーズ「Qx7m-29Pa」'],
      },
      cls: 'II',
      asset: 'system_credentials',
      reasons: ['パスワード・暗号キー 2件'],
      not: ['Ktm#2026', 'Qx7m'],
    },
  },
  {
    near: {
      id: 'an account list with IDs and names, its passwords column empty',
      name: '初期アカウント_3-1.csv',
      content: {
        kind: 'csv',
        rows: [
          ['ID', '氏名', 'PW'],
          ['s2601', '松本 湊', ''],
          ['s2602', '森田 葵', ''],
        ],
      },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: 'the same list with every initial password',
      name: '初期アカウント_3-2.csv',
      content: {
        kind: 'csv',
        rows: [
          ['ID', '氏名', 'PW'],
          ['s2611', '岡本 陽', 'hana6743'],
          ['s2612', '村田 絢斗', 'sora1915'],
        ],
      },
      cls: 'II',
      not: ['hana6743', 'sora1915'],
    },
  },
  {
    near: {
      id: 'a blank form laid out as label | value | label | value, its printed 年　組 and 令和　年　月　日 left to fill',
      name: '教育相談記録票_表.docx',
      content: {
        kind: 'docx',
        title: '教育相談記録',
        paragraphs: ['相談内容', '今後の対応'],
        tables: [
          [
            ['生徒氏名', '', '学年・組', '年　　組'],
            ['相談日時', '令和　年　月　日（　）', '場所', ''],
            ['相談者', '', '主訴', ''],
          ],
        ],
      },
      cls: 'IV',
      reasons: ['記入前の様式'],
    },
    twin: {
      id: 'the same form filled in',
      name: '教育相談記録票_0603.docx',
      content: {
        kind: 'docx',
        title: '教育相談記録',
        paragraphs: ['相談内容', '友人関係の悩み。SCにつなぐ。'],
        tables: [
          [
            ['生徒氏名', '岡本 陽', '学年・組', '2年1組'],
            ['相談日時', '令和8年6月3日（水）', '場所', '相談室'],
            ['相談者', '母', '主訴', '友人関係'],
          ],
        ],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: 'a blank sheet of one incident, its choices 有・無 printed, none marked',
      name: '生徒指導記録_個票.xlsx',
      content: {
        kind: 'xlsx',
        rows: [
          ['生徒指導記録（個票）'],
          ['学年・組・番', '', '氏名', ''],
          ['発生日時', '', '場所', ''],
          ['概要'],
          ['保護者連絡', '有　・　無', '記録者', ''],
        ],
      },
      cls: 'IV',
    },
    twin: {
      id: 'the same sheet filled in',
      name: '生徒指導記録_個票_0611.xlsx',
      content: {
        kind: 'xlsx',
        rows: [
          ['生徒指導記録（個票）'],
          ['学年・組・番', '2年1組12番', '氏名', '岡本 陽'],
          ['発生日時', '6月11日 昼休み', '場所', '体育館'],
          ['概要'],
          ['保護者連絡', '有', '記録者', '森田'],
        ],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: 'a blank accident report whose pupil line is 「　年　組　番」',
      name: '事故報告書.txt',
      content: { kind: 'txt', lines: ['事故報告書', '発生日時', '　年　組　番', '負傷部位・程度', '発生時の状況'] },
      cls: 'IV',
    },
    twin: {
      id: 'the same report scanned when filled: the pupil only as 3年2組10番, no label the reader knows',
      name: 'scan_0604_事故報告.txt',
      content: {
        kind: 'txt',
        lines: ['事故報告書', '発生日時 令和8年6月4日 昼休み', '3年2組10番 FHL HEA', '負傷部位・程度 前歯 破折', '発生時の状況'],
      },
      cls: 'II',
      reasons: ['記入済み'],
    },
  },
  {
    near: {
      id: 'a newsletter that names one pupil for a prize and asks every family about allergies',
      name: '学級だより7月号_2.docx',
      content: {
        kind: 'docx',
        title: '学級だより 7月号',
        paragraphs: [
          '作文コンクールで森田 葵さんが入賞しました。',
          '夏休みも規則正しい生活を心がけましょう。',
          '食物アレルギーのある人は、おうちの人と相談して申し出てください。',
        ],
      },
      cls: 'IV',
    },
    twin: {
      id: 'a memo that names one pupil and tells her allergy',
      name: '引き継ぎメモ_7月.docx',
      content: {
        kind: 'docx',
        title: '引き継ぎメモ',
        paragraphs: [
          '作文コンクールで森田 葵さんが入賞した。',
          '夏休みの課題は例年どおり。',
          '給食では食物アレルギーに注意する。',
        ],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: 'a blank counselling record form: a record named in the title, nothing written in',
      name: '教育相談記録票.docx',
      content: {
        kind: 'docx',
        title: '教育相談記録票',
        paragraphs: ['相談日：', '児童生徒氏名：', '相談者：', '相談内容：', '対応・今後の方針：'],
      },
      cls: 'IV',
      reasons: ['記入前の様式'],
    },
    twin: {
      id: 'the same form filled in',
      name: '教育相談記録票_0704.docx',
      content: {
        kind: 'docx',
        title: '教育相談記録票',
        paragraphs: [
          '相談日：7月4日',
          '児童生徒氏名：松本 湊',
          '相談者：母',
          '相談内容：友人関係に悩み、朝になると腹痛を訴える。',
          '対応・今後の方針：スクールカウンセラーにつなぐ。',
        ],
      },
      cls: 'I',
      asset: 'counseling_record',
    },
  },
  {
    near: {
      id: 'instructions for filling a health record, a numbered list of sentences, are not the record',
      name: '健康診断票_記入要領.txt',
      content: {
        kind: 'txt',
        lines: [
          '健康診断票の記入要領',
          '1 身長・体重は小数第1位まで記入する。',
          '2 視力はA〜Dで記入し、眼鏡の使用者は矯正視力を括弧書きする。',
          '3 学校医所見欄は学校医が記入する。',
        ],
      },
      cls: ['IV', null],
    },
    twin: {
      id: 'the health records themselves, one row a pupil',
      name: '健康診断票_3-1.txt',
      content: {
        kind: 'txt',
        lines: ['健康診断票 3年1組', '1 松本 湊 142.3 35.1 A', '2 森田 葵 138.9 31.0 B', '3 岡本 陽 145.2 38.4 A'],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: 'a newsletter thanking pupils by first name',
      name: '学級だより6月号.docx',
      content: {
        kind: 'docx',
        title: '学級だより 6月号',
        paragraphs: [
          'さくらさん、けんたくん、図書の整理をありがとう。',
          '運動会の練習が始まりました。体操服の準備をお願いします。',
        ],
      },
      cls: 'IV',
      asset: 'newsletters',
    },
    twin: {
      id: 'the same newsletter telling that a named pupil is in hospital',
      name: '学級だより7月号.docx',
      content: {
        kind: 'docx',
        title: '学級だより 7月号',
        paragraphs: ['中村翔太くんは足を骨折して入院しています。', '運動会の練習が始まりました。'],
      },
      cls: 'I',
      reasons: ['健康・心身の状況に関する記述'],
    },
  },
  {
    near: {
      id: 'a notice about a counselling programme that names nobody but the counsellor',
      name: 'お知らせ_教育相談.docx',
      content: {
        kind: 'docx',
        title: 'スクールカウンセラーによる教育相談のご案内',
        paragraphs: [
          '不登校やいじめなど、お子さんのことで悩みがあれば、お気軽にご相談ください。',
          '担当：スクールカウンセラー 田中 花子',
        ],
      },
      cls: 'IV',
    },
    twin: {
      id: 'a note that the counsellor saw a named pupil about school refusal',
      name: 'SC記録.docx',
      content: {
        kind: 'docx',
        paragraphs: ['スクールカウンセラーの田中 花子が、2年の山田 太郎さんと面談した。', '不登校の状態が続いている。'],
      },
      cls: 'I',
      asset: 'counseling_record',
      reasons: ['教育相談・福祉に関する記述'],
    },
  },
  {
    near: {
      id: 'a policy that speaks of 当該児童生徒, いじめ and 教育相談',
      name: '基本方針.docx',
      content: {
        kind: 'docx',
        title: '本校のいじめ防止基本方針',
        paragraphs: [
          'いじめを受けた児童生徒の保護者に対し、当該児童生徒の状況を速やかに伝える。',
          '必要に応じて児童相談所や警察と連携する。教育相談の体制を充実させる。',
        ],
      },
      cls: [null, 'III', 'IV'],
    },
    twin: {
      id: 'a record that a named pupil admitted bullying',
      name: '聞き取り.docx',
      content: {
        kind: 'docx',
        paragraphs: ['当該生徒（2年 山田 太郎）から聞き取りを行った。', 'いじめの加害を認めた。被害生徒の保護者に連絡する。'],
      },
      cls: 'I',
      asset: 'guidance_record',
    },
  },
  {
    near: {
      id: 'a list of outside institutions’ phone numbers',
      name: '相談窓口一覧.xlsx',
      content: {
        kind: 'xlsx',
        rows: [
          ['児童相談所', '096-381-4411'],
          ['教育相談室', '096-362-8100'],
          ['いのちの電話', '096-353-4343'],
          ['子ども発達支援センター', '096-366-8240'],
        ],
      },
      cls: [null, 'III', 'IV'],
    },
    twin: {
      id: 'the same list with pupils instead of institutions',
      name: '相談窓口一覧2.xlsx',
      content: { kind: 'xlsx', rows: NAMES.slice(0, 4).map((n, i) => [n, landline(i)]) },
      cls: 'I',
      reasons: ['表の値: 氏名・電話番号'],
    },
  },
  {
    near: {
      id: 'a duty chart: 教育相談 as a duty beside a teacher’s name',
      name: '校務分掌表.xlsx',
      content: {
        kind: 'xlsx',
        rows: [
          ['分掌', '担当'],
          ['教務主任', '山田 太郎'],
          ['教育相談', '佐藤 花子'],
          ['生徒指導', '鈴木 一郎'],
          ['いじめ・不登校対策委員会', '高橋 美咲'],
        ],
      },
      cls: 'IV',
      asset: 'duty_assignment',
    },
    twin: {
      id: 'a table of counselling notes about named pupils',
      name: '校務分掌表_メモ.xlsx',
      content: {
        kind: 'xlsx',
        rows: [
          ['日付', '生徒', '内容'],
          ['6/3', '山田 太郎', '父親の失業で家計が苦しいとの相談'],
          ['6/5', '佐藤 花子', '教室に入れず保健室登校が続いている'],
        ],
      },
      cls: 'I',
      reasons: ['本文: 人物 1名（氏名）', '家庭の事情に関する記述 1件', '教育相談・福祉に関する記述 1件'],
    },
  },
  {
    near: {
      id: 'a blank form whose labels name sensitive matters',
      name: '様式3.docx',
      content: {
        kind: 'docx',
        title: '記録票',
        paragraphs: ['氏名：', '学年・組：', '内容（いじめ・不登校・家庭の事情・通院など）：', '対応：'],
      },
      cls: [null, 'IV'],
    },
    twin: {
      id: 'the same form filled in',
      name: '様式3_0612.docx',
      content: {
        kind: 'docx',
        title: '記録票',
        paragraphs: ['氏名：山田 太郎', '学年・組：2年1組', '内容：母親へのDVについて。', '対応：児童相談所に通告済み。'],
      },
      cls: 'I',
      reasons: ['家庭の事情に関する記述', '教育相談・福祉に関する記述'],
    },
  },
  {
    near: {
      id: 'a grade-wide roster: 学年, 組 and 番号 are not scores',
      name: 'R6_2年名簿.csv',
      content: {
        kind: 'csv',
        rows: [
          ['学年', '組', '番号', '氏名'],
          ...NAMES.map((n, i) => ['2', String(1 + Math.floor(i / 4)), String((i % 4) + 1), n]),
        ],
      },
      cls: 'III',
      asset: 'class_list',
    },
    twin: {
      id: 'the same roster with two columns of scores',
      name: 'R6_2年名簿_点.csv',
      content: {
        kind: 'csv',
        rows: [
          ['学年', '組', '番号', '氏名', '前期', '後期'],
          ...NAMES.map((n, i) => ['2', String(1 + Math.floor(i / 4)), String((i % 4) + 1), n, score(i, 9), score(i, 10)]),
        ],
      },
      cls: 'II',
      asset: 'grade_records',
    },
  },
  {
    near: {
      id: 'an old schedule: dates long past with no names are not dates of birth',
      name: '行事予定H28.xlsx',
      content: {
        kind: 'xlsx',
        rows: [
          ['平成28年4月8日', '始業式'],
          ['平成28年5月21日', '運動会'],
          ['平成28年7月20日', '終業式'],
        ],
      },
      cls: [null, 'IV'],
    },
    twin: {
      id: 'names beside dates of birth',
      name: 'data_0402.xlsx',
      content: { kind: 'xlsx', rows: NAMES.slice(0, 5).map((n, i) => [n, `平成2${i}年${i + 3}月${i + 10}日`]) },
      cls: 'III',
      reasons: ['表の値: 氏名・生年月日（5行）', '生年月日 5件'],
    },
  },
  {
    near: {
      id: 'the PDF report card before anyone has written in it',
      name: 'scan_0100.pdf',
      content: { kind: 'pdf', lines: ['通知表', '令和 年度 第 学年 組', '氏名', '学習の記録', '国語', '算数', '出欠の記録'] },
      cls: 'IV',
      reasons: ['記入欄が空欄'],
    },
    twin: PROSE.at(-1)!,
  },
  {
    near: {
      id: 'a blank family form: the line below 氏名 is the next label',
      name: '家庭調査票_様式.docx',
      content: {
        kind: 'docx',
        title: '家庭環境調査票',
        paragraphs: ['生徒氏名', '生年月日', '保護者', '氏名', '続柄', '健康面で学校に知っておいてほしいこと'],
        tables: [
          [
            ['氏名', ''],
            ['続柄', ''],
            ['携帯電話', ''],
            ['勤務先', ''],
          ],
        ],
      },
      cls: [null, 'IV'],
      not: ['記入済み'],
    },
    twin: {
      id: 'the same family form filled in',
      name: '家庭調査票_3-1-05.docx',
      content: {
        kind: 'docx',
        title: '家庭環境調査票',
        paragraphs: ['生徒氏名', '佐藤 花子'],
        tables: [
          [
            ['氏名', '佐藤 一郎'],
            ['続柄', '父'],
            ['携帯電話', '090-1234-5678'],
            ['勤務先', '熊本市内'],
          ],
        ],
      },
      cls: 'I',
      reasons: ['記入済み'],
    },
  },
  {
    near: {
      id: 'library loans: 学年 and 組 from 1 to 6 beside names are not marks',
      name: '貸出記録_7月.csv',
      content: {
        kind: 'csv',
        rows: [
          ['貸出日', '学年', '組', '氏名', '書名'],
          ...NAMES.map((n, i) => [
            `2024/07/${(i % 9) + 1}`,
            String(1 + ((i * 5) % 6)),
            String(1 + ((i * 2) % 3)),
            n,
            `本の題名${i}`,
          ]),
        ],
      },
      cls: [null, 'III', 'IV'],
      not: ['点数'],
    },
    twin: FORMS.find((c) => c.name === 'kanji_05.csv')!,
  },
  {
    near: {
      id: 'a policy with a heading spaced letter by letter names nobody',
      name: 'いじめ防止基本方針.txt',
      content: {
        kind: 'txt',
        lines: [
          '熊 本 市 立 み ど り 中 学 校 い じ め 防 止 基 本 方 針',
          'いじめの被害を受けた生徒を守り、加害の生徒には毅然と指導する。',
          '不登校や暴力行為への対応は、学校全体で組織的に行う。',
        ],
      },
      cls: [null, 'III', 'IV'],
    },
    twin: {
      id: 'a record that a named pupil was bullied',
      name: 'いじめ記録_0603.txt',
      content: {
        kind: 'txt',
        lines: ['6/3 聞き取り', '中村 陽翔が、同じ学級の生徒から暴力といじめを受けたと話した。', '加害の生徒には本日指導した。'],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: 'minutes of a training where a teacher spoke on one matter',
      name: '校内研修_記録.docx',
      content: {
        kind: 'docx',
        title: '校内研修 記録',
        paragraphs: [
          '講師：田中先生（特別支援教育コーディネーター）',
          '発達障害のある子への声かけについて、具体例を交えて講義があった。',
        ],
      },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: "a deputy head's note of a talk with one teacher about her health and leave",
      name: '教頭メモ_0609.docx',
      content: {
        kind: 'docx',
        title: '6月9日　教頭メモ',
        paragraphs: [
          '井上早苗先生（2年3組担任）と校長室で話した。',
          '5月から夜ほとんど眠れず、先週から駅前の心療内科に通っている。',
          '7月から病気休暇に入る方向で校長と相談する。',
        ],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: 'a list of duties by surname, one line each',
      name: '係分担.txt',
      content: { kind: 'txt', lines: ['3年1組 係分担', '池田：図書係。本の整理をする。', '宮崎：保健係。健康観察板を運ぶ。'] },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: 'a handover by surname, one line each, with what each pupil lives with',
      name: '引継ぎ.txt',
      content: {
        kind: 'txt',
        lines: [
          '3年1組 引継ぎ（前担任より）',
          '池田：2年の秋に同級生とのけんかで相手にけが。',
          '宮崎：吃音があり、通級に通う。',
          '川上：起立性調節障害。午前中はほぼ来られない。',
        ],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: "a PTA committee's minutes naming the parents present and what the chair said",
      name: 'PTA運営委員会_記録.docx',
      content: {
        kind: 'docx',
        title: 'PTA運営委員会 記録',
        paragraphs: [
          '出席：山田 太郎、佐藤 花子、鈴木 一郎、高橋 美咲',
          '会長の話では、秋のバザーは10月に行うとのこと。',
          '各家庭に協力のお願いを配る。父兄の参加も呼びかける。',
        ],
      },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: "a grade meeting's record of several pupils, what their mothers said, in plain words",
      name: '学年会記録_0609.docx',
      content: {
        kind: 'docx',
        title: '2年学年会 記録',
        paragraphs: [
          '気になる生徒：2-1 前田 大和 は5月後半からほぼ登校していない。',
          '母の話では、夜中までスマホを見ていて朝は布団から出られない。',
          '2-3 桑原 陸斗 は昼は保健室で食べている。2-2 久保 葵 は父が家を出てから生活が苦しい様子。',
        ],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: 'a blank application whose table rows are its further labels and printed choices',
      name: '就学援助費受給申請書.docx',
      content: {
        kind: 'docx',
        title: '就学援助費受給申請書',
        paragraphs: ['令和　年　月　日', '熊本市教育委員会　様'],
        tables: [
          [
            ['保護者氏名', '', '電話', ''],
            ['住所', '熊本市　　区', '', ''],
            ['児童生徒氏名', '', '学校・学年', '学校　　年'],
            ['申請理由', '□生活保護　□児童扶養手当　□その他（　　　）', '', ''],
          ],
        ],
      },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: 'the same application filled in',
      name: '就学援助費受給申請書_記入済.docx',
      content: {
        kind: 'docx',
        title: '就学援助費受給申請書',
        paragraphs: ['令和8年4月10日', '熊本市教育委員会　様'],
        tables: [
          [
            ['保護者氏名', '佐藤 花子', '電話', '090-0000-1234'],
            ['住所', '熊本市中央区水前寺1-2-3', '', ''],
            ['児童生徒氏名', '佐藤 翔', '学校・学年', '桜木小学校 3年'],
            ['申請理由', '☑児童扶養手当', '', ''],
          ],
        ],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: 'a class newsletter that quotes a pupil and speaks of families',
      name: '学級だより_No3.docx',
      content: {
        kind: 'docx',
        title: '3年2組 学級だより No.3',
        paragraphs: [
          '保護者の皆様',
          '運動会では、リレーの山田 太郎さんが「みんなで練習したから楽しかった」と話していました。',
          'お家でもたくさんほめてあげてください。',
        ],
      },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: "a nurse's note to the homeroom teacher telling a pupil's state in plain words",
      name: 'なかむら先生へ.txt',
      content: {
        kind: 'txt',
        lines: [
          '中村先生',
          '2年1組の佐藤 花子さんのことです。',
          '給食のあとトイレで戻してしまうのが最近毎日だと話してくれました。',
          '本人は「もっとやせたい」と言っています。',
          'お母さんには本人の了解をとってから私から電話します。',
          '保健室　吉村',
        ],
      },
      cls: 'I',
      asset: 'student_personal_info',
      reasons: ['本人や家族の話と家庭の様子'],
      not: ['佐藤', 'やせたい'],
    },
  },
  {
    near: {
      id: "a pupil's own essay about their family, with what was said",
      name: '作文_2-1-05.docx',
      content: {
        kind: 'docx',
        title: '家族の思い出　2年1組 鈴木 一郎',
        paragraphs: ['夏休みに、ぼくは家族で海に行きました。', 'お父さんが「また来ようね」と言ってくれて、うれしかったです。'],
      },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: "a teacher's note of a call with the same pupil's mother",
      name: '電話メモ_0612.docx',
      content: {
        kind: 'docx',
        title: '電話メモ',
        paragraphs: [
          '2年1組 鈴木 一郎くんの母より。',
          '最近は夜中まで起きていて、朝起きられない。',
          '母は「家ではもう話しかけても返事をしない」と言う。',
        ],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: "a training handout's invented example of a counselling note",
      name: '記録の書き方_研修.docx',
      content: {
        kind: 'docx',
        title: '記録の書き方（研修資料）',
        paragraphs: [
          '書き方の例（架空）',
          '○「Aさんは『家に帰りたくない』と話した。」',
          'お母さんの話も、事実と解釈を分けて記録する。',
        ],
      },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: 'the note of a real pupil written that way',
      name: '0612.docx',
      content: {
        kind: 'docx',
        title: '6/12',
        paragraphs: ['Aさん（3年1組）。', '「家に帰りたくない」と話した。', 'お母さんには夕方に電話する。'],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: "a notice of the health checks' days to every family, as a schedule table",
      name: '定期健康診断のお知らせ.docx',
      content: {
        kind: 'docx',
        title: '定期健康診断のお知らせ',
        paragraphs: ['保護者様', '下記のとおり定期健康診断を行います。当日は体操服で登校してください。'],
        tables: [
          [
            ['内科検診', '4月21日（火）'],
            ['歯科検診', '4月28日（火）'],
            ['心電図（1年）', '5月19日（火）'],
            ['尿検査', '4月14日（火）・15日（水）提出'],
          ],
        ],
      },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: "a pupil's health check results in the same layout",
      name: '健康診断結果_2-1-05.docx',
      content: {
        kind: 'docx',
        title: '健康診断結果',
        paragraphs: ['2年1組5番 山田 太郎'],
        tables: [
          [
            ['内科検診', '異常なし'],
            ['歯科検診', 'むし歯2本（要受診）'],
            ['心電図（1年）', '要精密検査'],
            ['尿検査', '蛋白（＋）'],
          ],
        ],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: "a school's procedure that says which records are class Ⅰ, in sentences",
      name: '情報セキュリティ実施手順.docx',
      content: {
        kind: 'docx',
        title: '情報セキュリティ実施手順',
        paragraphs: [
          '重要性分類Ⅰには、指導要録、健康診断票、教育相談の記録等が該当する。',
          '重要性分類Ⅰ・Ⅱの情報はクラウドに置かないこと。',
          '相談記録は分類Ⅰ',
        ],
      },
      cls: ['III', 'IV', null],
      not: ['分類表示'],
    },
    twin: {
      id: 'a note headed with its class as a label',
      name: '打合せメモ.txt',
      content: { kind: 'txt', lines: ['取扱注意（重要性分類Ⅰ）', '打合せメモ', '来週の予定を確認した。'] },
      cls: 'I',
      reasons: ['分類表示「（重要性分類Ⅰ）」'],
    },
  },
  {
    near: {
      id: 'a contact list of outside institutions and their numbers',
      name: '関係機関連絡先一覧.csv',
      content: {
        kind: 'csv',
        rows: [
          ['機関名', '担当', '電話'],
          ['熊本市児童相談所', '相談課', '096-000-0101'],
          ['東警察署', '生活安全課', '096-000-0110'],
          ['教育センター 教育相談室', '', '096-000-0201'],
          ['市民病院 小児科', '', '096-000-0501'],
        ],
      },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: "the same list of pupils' guardians and their numbers",
      name: '緊急連絡先一覧.csv',
      content: {
        kind: 'csv',
        rows: [['氏名', '続柄', '電話'], ...NAMES.slice(0, 4).map((n, i) => [n, '母', landline(i)])],
      },
      cls: 'I',
    },
  },
  {
    near: {
      id: "a class's score distribution, numbers of pupils by band",
      name: '得点分布_3-2.txt',
      content: { kind: 'txt', lines: ['3年2組 1学期期末 数学', '点数帯\t人数', '90-100\t4', '80-89\t7', '70-79\t9', '60-69\t6'] },
      cls: ['III', 'IV', null],
    },
    twin: {
      id: "the same class's scores by pupil number",
      name: '得点一覧_3-2.txt',
      content: {
        kind: 'txt',
        lines: [
          '3年2組 1学期期末 数学',
          '番号\t得点\t順位',
          ...[30, 83, 40, 88, 42, 34].map((s, i) => `${i + 1}\t${s}\t${i + 2}`),
        ],
      },
      cls: 'II',
    },
  },
];

/** The case as the extractor gives it to the classifier: text, headings and tables. */
export function toInput(c: ContentCase): ClassifyInput {
  const { content } = c;
  switch (content.kind) {
    case 'csv':
    case 'tsv':
    case 'xlsx':
      return {
        name: c.name,
        type: content.kind,
        text: content.rows.map((r) => r.join('\t')).join('\n'),
        tables: [{ rows: content.rows, headerRow: 0 }],
      };
    case 'docx': {
      const rows = (content.tables ?? []).flat();
      const lines = [...(content.title ? [content.title] : []), ...content.paragraphs, ...rows.map((r) => r.join('\t'))];
      return {
        name: c.name,
        type: 'docx',
        text: lines.join('\n'),
        headings: content.title ? [content.title] : [],
        tables: (content.tables ?? []).map((t) => ({ rows: t, headerRow: 0 })),
      };
    }
    default:
      return { name: c.name, type: content.kind, text: content.lines.join('\n'), headings: content.lines.slice(0, 1) };
  }
}

/** The case as a file, written by the libraries schools' tools are compatible with. */
export async function toFile(c: ContentCase): Promise<Buffer> {
  const { content } = c;
  switch (content.kind) {
    case 'csv':
      return writeCsv(content.rows, content.encoding ?? 'utf8');
    case 'tsv':
      return writeText(content.rows.map((r) => r.join('\t')).join('\n'));
    case 'xlsx':
      return writeXlsx([{ name: 'Sheet1', rows: content.rows }]);
    case 'docx':
      return writeDocx({ title: content.title, paragraphs: content.paragraphs, tables: content.tables });
    case 'pdf':
      return writePdf(content.lines);
    case 'txt':
      return writeText(content.lines.join('\n'));
  }
}
