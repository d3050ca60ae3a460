import { describe, expect, test } from 'vitest';
import { z } from 'zod/v4';
import { ACTION_IDS, ask, CLASS_IDS, DECISION_VALUES, getPack } from '../../policy/index.js';
import { readTable } from '../helpers/read-table.js';

/**
 * Questions answered from Kurume's pack (久留米市教育委員会学校情報セキュリティ規則), its
 * editable default handling (既定の取扱い) and the rule's own articles: the rows are in
 * questions/kurume.yaml.
 */
const pack = getPack('kurume');

const Row = z.strictObject({
  q: z.string(),
  decision: z.enum(DECISION_VALUES),
  cls: z.enum(CLASS_IDS).nullable(),
  action: z.enum(ACTION_IDS).nullable(),
  asset: z.string().nullable(),
  cites: z.array(z.string()),
});
const rows = readTable(
  new URL('./questions/kurume.yaml', import.meta.url),
  z.strictObject({ questions: z.array(Row) }),
).questions.map((r) => [r.q, r.decision, r.cls, r.action, r.asset, r.cites] as const);

describe('teachers’ questions, Kurume', () => {
  test.each(rows)('%s → %s / %s / %s', (q, decision, cls, action, asset, cites) => {
    const d = ask(pack, q);
    expect({ decision: d.decision, class: d.class, action: d.action, asset: d.asset?.id ?? null }).toEqual({
      decision,
      class: cls,
      action,
      asset,
    });
    expect(d.citations).toEqual(expect.arrayContaining(cites));
    if (asset) expect(d.citations).toContain(pack.meta.catalog_citation);
    expect(d.policy).toBe('kurume');
  });

  test('English answers name Kurume’s articles in English; the citations keep their ids', () => {
    const d = ask(pack, 'Can I take the report cards out of school?');
    expect(d.answer).toContain(
      'Sources: Article 11, default handling, Article 12, Article 12(2), Article 15, Article 13, Article 14',
    );
    expect(d.citations).toEqual(expect.arrayContaining(['第11条', '既定の取扱い', '第13条', '第15条']));
  });

  test('an answer from the default handling says that the rule leaves it to the 対策基準 and 実施手順', () => {
    const d = ask(pack, '学年だよりを業者にメールで送ってもいいですか');
    expect(d.decision).toBe('allowed');
    expect(d.answer.split('\n')[0]).toContain('規則には分類ごとの取扱いの定めがなく');
    expect(d.citations).toEqual(expect.arrayContaining(['既定の取扱い', '第13条', '第14条']));
    // 第16条 is business use: not cited where business use is not the point.
    expect(d.citations).not.toContain('第16条');
  });
});

describe('a question about what the rule itself says, Kurume', () => {
  test.each([
    '久留米市の規則では、指導要録の写しを紙で郵送するときの決まりはありますか？',
    '規則上、修学旅行のしおりを旅行会社にメールで送ってもいいことになっていますか',
    'うちの市のルールだと、座席表をTeamsに置いてもいいの？',
  ])('%s → consult, the default a guide', (q) => {
    const d = ask(pack, q);
    expect(d.decision).toBe('consult');
    expect(d.answer).toContain('規則そのものには、この取扱いの定めはありません');
    expect(d.answer).toContain('目安として');
    // The default's conditions follow its own headline, not a second 「あわせて」.
    if (d.answer.includes('条件を守れば')) expect(d.answer).not.toContain('あわせて次のことを守ってください');
    expect(d.citations).toEqual(expect.arrayContaining(['第13条', '第14条', '第15条']));
  });

  test('what the rule does say is answered from its article (第16条), asked or not', () => {
    const d = ask(pack, '規則的に、学級名簿を使って自分の子の誕生会の招待状を出すのはだめですか');
    expect(d.decision).toBe('prohibited');
    expect(d.citations).toContain('第16条');
  });

  test('規則正しい is not the rule', () => {
    expect(ask(pack, '規則正しく整理したいので、授業の資料をクラウドに保存してもいいですか').decision).toBe('allowed');
  });

  test('software a friend copies for the teacher is a copy the licence does not give: 第4条2 (著作権法)', () => {
    const d = ask(pack, '有料の画像ソフトを友達からコピーしてもらって、学校のPCに入れてもいいですか');
    expect(d.decision).toBe('prohibited');
    expect(d.citations).toContain('第4条2');
  });
});
