import { describe, expect, test } from 'vitest';
import { z } from 'zod/v4';
import { ACTION_IDS, ask, CLASS_IDS, DECISION_VALUES, getPack } from '../../policy/index.js';
import { readTable } from '../helpers/read-table.js';

/**
 * Questions a teacher would really type, with the answer decided by hand from the seed
 * (熊本市立学校情報セキュリティ対策基準), never copied from the engine's output: the rows, and the
 * handling they were decided with, are in questions/kumamoto.yaml.
 */
const Row = z.strictObject({
  q: z.string(),
  decision: z.enum(DECISION_VALUES),
  cls: z.enum(CLASS_IDS).nullable(),
  action: z.enum(ACTION_IDS).nullable(),
  /** Catalog item id; undefined = not asserted, null = no item expected. */
  asset: z.string().nullable().optional(),
  cites: z.array(z.string()),
  /** Follow-up choices that must be offered (unknown answers). */
  choices: z.array(z.string()).optional(),
  /** Words the answer text must contain (a condition, a scope). */
  says: z.array(z.string()).optional(),
  /** Citations that must not be there (a row the question does not touch). */
  notCites: z.array(z.string()).optional(),
});
type Row = z.infer<typeof Row>;

const { ja: JA, en: EN } = readTable(
  new URL('./questions/kumamoto.yaml', import.meta.url),
  z.strictObject({ ja: z.array(Row), en: z.array(Row) }),
);

const pack = getPack('kumamoto');

function check(row: Row, language: 'ja' | 'en') {
  const d = ask(pack, row.q);
  expect({ decision: d.decision, class: d.class, action: d.action }).toEqual({
    decision: row.decision,
    class: row.cls,
    action: row.action,
  });
  expect(d.citations).toEqual(expect.arrayContaining(row.cites));
  if (row.asset !== undefined) expect(d.asset?.id ?? null).toBe(row.asset);
  if (row.asset) expect(d.citations).toContain('第2表');
  if (row.decision === 'unknown') expect(d.followUp).toBeDefined();
  if (row.choices) expect(d.followUp?.choices.map((c) => c.id)).toEqual(expect.arrayContaining(row.choices));
  for (const words of row.says ?? []) expect(d.answer).toContain(words);
  for (const id of row.notCites ?? []) expect(d.citations).not.toContain(id);
  expect(d.language).toBe(language);
}

describe('teachers’ questions, Kumamoto', () => {
  test('enough rows', () => {
    expect(JA.length).toBeGreaterThanOrEqual(120);
    expect(EN.length).toBeGreaterThanOrEqual(60);
  });

  test.each(JA)('ja: $q → $decision / $cls / $action', (row) => check(row, 'ja'));
  test.each(EN)('en: $q → $decision / $cls / $action', (row) => check(row, 'en'));
});

describe('how answers read', () => {
  test('English names the item with an article, one pair of brackets, and the tables in English', () => {
    const email = ask(pack, 'Can I email the report card to parents?').answer;
    expect(email).toContain('You may email the report card (Class II) outside the school');
    expect(email).toContain('Sources: Table 2, Table 3, 2-2(9)①');
    const cloud = ask(pack, "Can I save students' answer sheets in the cloud?");
    expect(cloud.answer).toContain('the answer sheets (filled in by students; Class II)');
    expect(cloud.citations).toEqual(expect.arrayContaining(['第2表', '第3表']));
  });

  test('Japanese keeps one pair of brackets too', () => {
    expect(ask(pack, '答案用紙をクラウドに保存していい？').answer).toContain(
      'テスト等の答案用紙（児童生徒が記入済のもの、重要性分類Ⅱ）',
    );
  });

  test('a consult answer says "consult the principal" once', () => {
    const d = ask(pack, 'ＵＳＢメモリに通知表を入れていい？');
    expect(d.decision).toBe('consult');
    expect(d.answer.match(/相談/g)).toHaveLength(1);
  });

  test('disposal lists each measure once: paper, media, witness, record', () => {
    const d = ask(pack, '古い通知表の控えを廃棄してもいいですか');
    expect(d.conditions).toHaveLength(4);
    expect(d.conditions.filter((c) => c.includes('電磁的記録媒体'))).toHaveLength(1);
    expect(d.conditions.filter((c) => c.includes('細断') || c.includes('裁断'))).toHaveLength(1);
  });
});

describe('a rule whose phrase names its own object', () => {
  test('is answered without a subject before it, in Japanese and in English', () => {
    const pack = getPack('kumamoto');
    const ja = ask(pack, 'パスワードを付箋に書いて、モニターの横に貼っておいてもいい？');
    expect(ja.decision).toBe('prohibited');
    expect(ja.answer.split('\n')[0]).toMatch(/^パスワードを/);
    const en = ask(pack, 'Can I write my password on a sticky note next to my monitor?');
    expect(en.decision).toBe('prohibited');
    expect(en.answer).not.toContain('information of any class');
  });

  test('keeps the subject where the phrase has a place for it (use outside work)', () => {
    const d = ask(getPack('kumamoto'), '学校のパソコンで私用のネットショッピングをしていい？');
    expect(d.answer).toContain('業務の情報（重要性分類にかかわらず）を業務以外の目的');
  });
});
