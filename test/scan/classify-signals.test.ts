import { describe, expect, it } from 'vitest';
import { type ClassifyInput, classifyDocument, detectPersonalData, getPack, isValidMyNumber } from '../../policy/index.js';

const pack = getPack('kumamoto');
const classify = (input: Partial<ClassifyInput> & { name: string }) => classifyDocument(pack, { text: '', ...input });

describe('personal-data detectors', () => {
  it.each([
    ['090-1234-5678', 'mobile', '090-●●●●-5678'],
    ['０９０－１２３４－５６７８', 'mobile', '090-●●●●-5678'],
    ['09012345678', 'mobile', '090-●●●●-5678'],
    ['096-123-4567', 'phone', '096-●●●-4567'],
    ['(096)123-4567', 'phone', '096-●●●-4567'],
    ['〒860-0001 熊本市中央区千葉城町1-1', 'postal_address', '〒860-●●●●'],
    ['熊本市中央区手取本町1-1', 'address', '熊本市●●●●'],
    ['熊本市東区健軍（架空）4-22-13', 'address', '熊本市●●●●'],
    ['生年月日：平成24年4月2日', 'birthdate', '平成●●年●月●日'],
    ['誕生日 2012/04/02', 'birthdate', '●●●●/●●/●●'],
    ['taro.yamada@example.jp', 'email', 't●●●@example.jp'],
    ['マイナンバー 1234 5678 9018', 'my_number', '●●●●-●●●●-●●●●'],
  ])('%s → %s, masked %s', (text, kind, sample) => {
    const found = detectPersonalData(text.normalize('NFKC'));
    expect(found.get(kind as never)?.samples).toEqual([sample]);
  });

  it.each([
    ['a date without 生年月日 nearby', '提出期限 令和6年4月2日', 'birthdate'],
    ['12 digits with the wrong check digit', 'マイナンバー 1234 5678 9012', 'my_number'],
    ['a valid number without the word', '管理番号 1234 5678 9018', 'my_number'],
    ['a postal code with no address after it', '〒860-0001', 'postal_address'],
    ['a 10-digit number that is not a phone', '受付番号 0961234567', 'phone'],
    ['surnames with a class in brackets', '入賞：中村（4-2）、北村（4-1）、野村（4-3）', 'address'],
    ['a class in brackets before a number', '入賞：中村（4年）3-1、北村（5年）2-2', 'address'],
  ])('does not count %s', (_why, text, kind) => {
    expect(detectPersonalData(text.normalize('NFKC')).has(kind as never)).toBe(false);
  });

  it('reads account pairs set apart by spaces where the text never says パスワード, not paths or versions', () => {
    const note = '管理者 admin / Mdr-Adm!n2026 ファイルサーバ 10.42.8.5 root / fs#8842';
    expect(detectPersonalData(note).get('credential')?.count).toBe(2);
    const mail = 'Google 管理コンソール admin@school.example.jp / Kuma#2024adm\n校務支援 k00123 / Sh1rakawa!';
    expect(detectPersonalData(mail).get('credential')?.count).toBe(2);
    const plain = '保存先 docs / README.md と tools / node-v20.11.0 、 手順 / step#1 は別紙';
    expect(detectPersonalData(plain).has('credential')).toBe(false);
  });

  it('reads the other account pairs of a memo that wrote one with a symbol, not a pair alone', () => {
    const memo = '共用PC（職員室）\nWindows: bunko-pc01 / Yamazato#2026\nプリンタ管理画面 admin / admin1234';
    expect(detectPersonalData(memo).get('credential')?.count).toBe(2);
    expect(detectPersonalData('プリンタ管理画面 admin / admin1234\n保存先 tools / node20x').has('credential')).toBe(false);
  });

  it('reads a ledger flattened into one line (an HTML comment): login names and the passwords after them', () => {
    const comment =
      'ID・パスワード システム ID パスワード 共用PC（職員室） kyoutou01 Shima2025! 校務支援 kyoutou kaku#2025 Wi-Fi SSID:kakuu-staff ferry-0730';
    expect(detectPersonalData(comment).get('credential')?.count).toBe(2);
    const policy = 'パスワードは8文字以上とし、version 2 以降は node v20.11.0 を使う。';
    expect(detectPersonalData(policy).has('credential')).toBe(false);
  });

  it('checks the マイナンバー check digit', () => {
    expect(isValidMyNumber('123456789018')).toBe(true);
    expect(isValidMyNumber('123456789019')).toBe(false);
  });
});

describe('explicit class markers and labels win', () => {
  it.each([
    [{ name: '【重要性分類Ⅱ】会議.docx' }, 'II', 'ファイル名'],
    [{ name: 'a.docx', headerFooter: ['重要性分類：Ⅰ'] }, 'I', 'ヘッダー・フッター'],
    [{ name: 'a.docx', properties: { keywords: '分類Ⅲ' } }, 'III', 'プロパティ'],
    [{ name: 'a.docx', text: '機密性3\n会議メモ' }, 'I', '本文の冒頭'],
    [{ name: 'a.xlsx', headerFooter: ['機密性2A'] }, 'III', 'ヘッダー・フッター'],
    [{ name: 'a.docx', labels: ['Confidential'] }, 'II', '秘密度ラベル'],
    [{ name: 'a.docx', labels: ['極秘/校内'] }, 'I', '秘密度ラベル'],
  ] as const)('%o → class %s', (input, cls, where) => {
    const r = classify(input as unknown as ClassifyInput);
    expect(r.class).toBe(cls);
    expect(r.confidence).toBeGreaterThanOrEqual(0.9);
    expect(r.reasons[0]).toContain(where);
  });

  it.each([
    [{ name: '植物の分類2.docx' }],
    [{ name: 'a.docx', text: '理科プリント\n動物の分類 1.せきつい動物' }],
    [{ name: 'a.docx', text: 'ごみの分類3種類' }],
  ])('the everyday word 分類 is not a marking: %o', (input) => {
    expect(classify(input).reasons.join('\n')).not.toContain('分類表示');
  });

  it.each([
    [{ name: '分類Ⅱ_会議.docx' }, 'II'],
    [{ name: 'a.docx', headerFooter: ['分類：2'] }, 'II'],
    [{ name: '【分類1】名簿.xlsx' }, 'I'],
    [{ name: 'a.docx', text: 'この文書は重要性分類3です' }, 'III'],
  ] as const)('分類 with brackets, a colon or a Roman numeral is a marking: %o → %s', (input, cls) => {
    expect(classify(input as unknown as ClassifyInput).class).toBe(cls);
  });

  it.each([
    [{ name: 'a.pptx', text: '情報セキュリティ研修\n重要性分類Ⅰ〜Ⅳ\n持ち出しのルール' }],
    [{ name: 'a.txt', text: '使い方\nクラウドに置けるのは分類Ⅲ以下' }],
    [{ name: 'a.md', text: '# 小学部フォルダ\n- 個別の教育支援計画：学年フォルダ内（分類Ⅰ、持ち出し禁止）' }],
    [{ name: 'a.txt', text: '使い方\n2. 住所録など（分類Ⅰ）は校務支援システムに保存してください。' }],
    [{ name: 'a.md', text: '# 規程\n重要性分類Ⅱ：通知表、家庭訪問記録、進路希望調査 等' }],
    [{ name: 'a.md', text: '# 規程\n【分類Ⅰ】\n【分類Ⅳ】' }],
  ])('a range, a bound, a legend or a note on a listed thing marks no document: %o', (input) => {
    expect(classify(input).reasons.join('\n')).not.toContain('分類表示');
  });

  it.each([
    [{ name: 'a.md', text: '- 【分類Ⅰ】\n面談の記録' }, 'I'],
    [{ name: 'a.docx', text: '個人面談記録（分類Ⅰ）\n面談の記録' }, 'I'],
  ] as const)('a marking at the head of a line or after a title still counts: %o → %s', (input, cls) => {
    expect(classify(input as unknown as ClassifyInput).class).toBe(cls);
  });

  it('a marker lower than the content still wins, and the reason says to check it', () => {
    const r = classify({
      name: '【重要性分類Ⅳ】Book1.xlsx',
      text: '',
      tables: [
        {
          rows: [
            ['氏名', '住所', '電話番号'],
            ['山田　太郎', '熊本市中央区1-1', '090-1111-2222'],
          ],
        },
      ],
    });
    expect(r.class).toBe('IV');
    expect(r.reasons.join()).toContain('重要性分類Ⅰの可能性');
  });

  it('a marker far into the body does not count (it may be a policy handout quoting classes)', () => {
    expect(
      classify({ name: 'a.txt', text: `研修資料\n${'本文\n'.repeat(10)}重要性分類Ⅰの情報はクラウドに保存できません` }).class,
    ).toBeNull();
  });
});

describe('catalog items from content', () => {
  const table = (rows: string[][]) => ({ tables: [{ rows }], text: rows.map((r) => r.join('\t')).join('\n') });
  it.each([
    [
      'an address book by its column headings',
      {
        name: 'Book1.xlsx',
        ...table([
          ['氏名', '住所', '電話番号'],
          ['山田　太郎', '熊本市中央区1-1', '096-111-2222'],
        ]),
      },
      'I',
      'student_address_book',
      '列見出し: 住所・電話番号',
    ],
    [
      'a health record by 身長・体重・視力',
      {
        name: 'x.xlsx',
        ...table([
          ['氏名', '身長', '体重', '視力'],
          ['山田　太郎', '150.1', '40.2', 'A'],
        ]),
      },
      'I',
      'health_exam',
      '身長',
    ],
    [
      'a grade summary: students × subjects × 評定',
      { name: 'x.xlsx', ...table([['評定一覧'], ['氏名', '国語', '数学', '英語'], ['山田　太郎', '5', '4', '3']]) },
      'I',
      'grade_summary',
      '評定',
    ],
    [
      'an attendance book: students × days',
      {
        name: 'x.xlsx',
        ...table([
          ['氏名', ...Array.from({ length: 20 }, (_, i) => `${i + 1}`)],
          ['山田　太郎', ...Array(20).fill('〇')],
        ]),
      },
      'I',
      'attendance_book',
      '日付の列',
    ],
    [
      'a class list: names only',
      {
        name: 'x.xlsx',
        ...table([
          ['出席番号', '氏名', 'ふりがな'],
          ['1', '山田　太郎', 'やまだ'],
        ]),
      },
      'III',
      'class_list',
      '氏名',
    ],
    [
      'a filled-in survey: named respondent, ticked answers',
      { name: 'きずなアンケート.docx', text: 'きずなアンケート\n氏名（山田 花子）\n■はい □いいえ\n□はい ■いいえ' },
      'I',
      'kizuna_survey',
      '記入済み',
    ],
    [
      'the same survey blank',
      { name: 'きずなアンケート.docx', text: 'きずなアンケート\n氏名（　　　）\n□はい □いいえ' },
      'IV',
      'blank_survey',
      '空欄',
    ],
    [
      'a blank address-book template named 住所録',
      { name: '住所録.xlsx', ...table([['氏名', '住所', '電話番号']]) },
      'IV',
      'form_templates',
      '空欄',
    ],
    [
      'a newsletter with the school phone only',
      { name: '学級だより.docx', text: '学級だより\n運動会のお知らせ\nTEL 096-123-4567' },
      'IV',
      'newsletters',
      '学級だより',
    ],
    [
      'an attendance sub-book (補助簿) is not the 出席簿',
      {
        name: '出席簿補助簿.xlsx',
        ...table([
          ['氏名', ...Array.from({ length: 20 }, (_, i) => `${i + 1}`)],
          ['山田　太郎', ...Array(20).fill('〇')],
        ]),
      },
      'III',
      'attendance_sub_book',
      '補助簿',
    ],
  ] as const)('%s', (_why, input, cls, asset, reason) => {
    const r = classify(input);
    expect(r.class).toBe(cls);
    expect(r.asset?.id).toBe(asset);
    expect(r.reasons.join('\n')).toContain(reason);
  });

  it.each([
    [
      'filled-in remarks titled 通知表: class Ⅱ, and no blank-form reading beside it',
      { name: '2学期所見.txt', text: '2学期 通知表 所見\n3年2組 1番\n所見: 学習に意欲的に取り組みました。' },
      'II',
      'grade_records',
    ],
  ] as const)('a higher class drops the blank-form reasons: %s', (_why, input, cls, asset) => {
    const r = classify(input);
    expect(r.class).toBe(cls);
    expect(r.asset?.id).toBe(asset);
    const reasons = r.reasons.join('\n');
    expect(reasons).not.toMatch(/空欄|記入前の様式|各種届雛形/);
    // Only one class is left: nothing is "mixed" (2-2(5)③).
    expect(reasons).not.toContain('複数の分類');
  });

  it('mixed content: the highest class wins and 2-2(5)③ is cited', () => {
    const r = classify({
      name: '学級だより.docx',
      text: '学級だより 4月号\n連絡網\t\n山田　太郎 090-1111-2222\n佐藤　花子 080-3333-4444',
    });
    expect(r.class).toBe('I');
    expect(r.reasons.join()).toContain('2-2(5)③');
  });

  it('reasons and evidence never carry the contents: only masked samples', () => {
    const r = classify({
      name: 'Book1.xlsx',
      ...table([
        ['氏名', '電話番号', 'メールアドレス'],
        ['山田　太郎', '090-1234-5678', 'taro@example.jp'],
        ['佐藤　花子', '080-1111-2222', 'hanako@example.jp'],
      ]),
    });
    const out = JSON.stringify(r);
    expect(out).not.toContain('山田');
    expect(out).not.toContain('1234-5678');
    expect(out).not.toContain('taro@');
    expect(out).toContain('090-●●●●-5678');
  });

  it('nothing recognised: class null, confidence 0, and it says so', () => {
    const r = classify({ name: 'memo.txt', text: '備品購入リスト\nコピー用紙' });
    expect(r).toMatchObject({ class: null, confidence: 0 });
    expect(r.reasons[0]).toContain('第2表');
  });

  it('runs on the Kurume pack too (same signals, its own citations)', () => {
    const r = classifyDocument(getPack('kurume'), {
      name: 'Book1.xlsx',
      ...table([
        ['氏名', '住所', '電話番号'],
        ['山田　太郎', '熊本市中央区1-1', '096-111-2222'],
      ]),
    });
    expect(r.class).toBe('I');
    expect(r.reasons[0]).toContain('第11条');
  });
});
