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
    expect(d.answer).toContain('Sources: Article 11, default handling, Article 12(2), Article 15, Article 16');
    expect(d.citations).toEqual(expect.arrayContaining(['第11条', '既定の取扱い', '第15条', '第16条']));
  });
});
