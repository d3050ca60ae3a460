import { describe, expect, test } from 'vitest';
import { z } from 'zod/v4';
import { ACTION_IDS, type ActionId, ask, CLASS_IDS, type ClassId, DECISION_VALUES, getPack } from '../../policy/index.js';
import { readTable } from '../helpers/read-table.js';

/**
 * 第3表 and the clauses that refine it, written out by hand from the seed (not from the pack) in
 * seed/kumamoto-matrix.yaml: one entry per action, one cell per class, with the citations each
 * cell must carry.
 */
const Cell = z.strictObject({
  decision: z.enum(DECISION_VALUES).exclude(['unknown', 'incident']),
  cites: z.array(z.string()),
  /** A prohibition with an exception the policy states: words of the exception the answer names (instead of 6-3). */
  except: z.string().optional(),
});
const MATRIX = readTable(
  new URL('./seed/kumamoto-matrix.yaml', import.meta.url),
  z.strictObject({
    matrix: z.record(z.enum(ACTION_IDS), z.strictObject({ I: Cell, II: Cell, III: Cell, IV: Cell })),
  }),
).matrix;

/** A catalog item of each class to ask about. */
const SAMPLE: Record<ClassId, { id: string; ja: string }> = {
  I: { id: 'health_exam', ja: '健康診断票' },
  II: { id: 'report_card', ja: '通知表' },
  III: { id: 'seating_chart', ja: '座席表' },
  IV: { id: 'newsletters', ja: '学級だより' },
};

const pack = getPack('kumamoto');
const cells = Object.entries(MATRIX).flatMap(([action, row]) =>
  CLASS_IDS.map((cls) => ({
    action: action as ActionId,
    cls,
    decision: row[cls].decision,
    citations: row[cls].cites,
    except: row[cls].except,
  })),
);

describe('第3表 and its clauses: every action × class cell', () => {
  test('the matrix above covers every action of the contract', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...pack.actions.keys()].sort());
  });

  test.each(cells)('$action × class $cls → $decision', ({ action, cls, decision, citations, except }) => {
    const sample = SAMPLE[cls];
    const answer = ask(pack, `${sample.ja}について`, { actionId: action });
    expect(answer).toMatchObject({ decision, class: cls, action, asset: { id: sample.id } });
    expect(answer.citations).toEqual(expect.arrayContaining(['第2表', ...citations]));
    if (decision === 'conditional') expect(answer.conditions.length).toBeGreaterThan(0);
    if (decision === 'prohibited') expect(answer.answer).toContain(except ?? '6-3');
    if (decision === 'permit_required' || decision === 'consult')
      expect(answer.answer).toContain('学校情報セキュリティ管理者（校長）');
  });
});
