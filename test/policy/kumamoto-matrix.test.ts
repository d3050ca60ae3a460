import { describe, expect, test } from 'vitest';
import { type ActionId, ask, CLASS_IDS, type ClassId, getPack, type RuledDecision } from '../../policy/index.js';

/**
 * 第3表 and the clauses that refine it, written out by hand from the seed (not from the pack):
 * one row per action, one cell per class, with the citations each cell must carry.
 * Ⅰ・Ⅱ share a column in 第3表; "ー" cells are refined by body clauses (stricter applies).
 */
type Cell = [RuledDecision, string[]];
const c = (d: RuledDecision, ...cites: string[]): Cell => [d, cites];

const MATRIX: Record<ActionId, Record<ClassId, Cell>> = {
  email_external: {
    I: c('conditional', '第3表', '2-2(9)①'),
    II: c('conditional', '第3表', '2-2(9)①'),
    III: c('conditional', '第3表', '2-2(9)①'), // table "ー", clause: class Ⅲ and above need a password
    IV: c('allowed', '第3表'),
  },
  take_out: {
    I: c('permit_required', '第3表', '2-2(8)①', '4-1(1)③ア'),
    II: c('permit_required', '第3表', '2-2(8)①'),
    III: c('conditional', '2-2(8)②'), // blanket permission by the principal's judgement
    IV: c('allowed', '第3表'),
  },
  take_home: {
    I: c('prohibited', '第3表'),
    II: c('prohibited', '第3表'),
    III: c('conditional', '第3表', '4-1(1)③エ'),
    IV: c('conditional', '第3表'),
  },
  post_media: {
    I: c('conditional', '第3表', '2-2(10)①'),
    II: c('conditional', '第3表'),
    III: c('conditional', '2-2(10)①'),
    IV: c('allowed', '第3表'),
  },
  post_paper: {
    I: c('conditional', '第3表', '2-2(10)①'),
    II: c('conditional', '第3表'),
    III: c('conditional', '2-2(10)①'),
    IV: c('allowed', '第3表'),
  },
  fax: {
    I: c('conditional', '第3表', '2-2(9)②'),
    II: c('conditional', '第3表', '2-2(9)②'),
    III: c('conditional', '2-2(9)②'),
    IV: c('conditional', '2-2(9)②'),
  },
  personal_cloud: {
    I: c('prohibited', '第3表', '5-1(14)⑤'),
    II: c('prohibited', '第3表', '5-1(14)⑤'),
    III: c('prohibited', '第3表', '5-1(14)⑤'),
    IV: c('prohibited', '第3表', '5-1(14)⑤'),
  },
  provide_external: {
    I: c('conditional', '第3表'),
    II: c('conditional', '第3表'),
    III: c('allowed', '第3表'),
    IV: c('allowed', '第3表'),
  },
  usb: {
    I: c('consult', '第3表', '4-1(1)④'),
    II: c('consult', '第3表'),
    III: c('consult', '第3表'),
    IV: c('consult', '第3表'),
  },
  cloud_store: {
    I: c('prohibited', '第3表', '2-2(7)⑤'),
    II: c('prohibited', '第3表', '2-2(7)⑤'),
    III: c('allowed', '第3表', '2-2(7)⑤'),
    IV: c('allowed', '第3表', '2-2(7)⑤'),
  },
  copy: {
    I: c('permit_required', '第3表', '2-2(6)②'),
    II: c('permit_required', '第3表', '2-2(6)②'),
    III: c('allowed', '第3表'),
    IV: c('allowed', '第3表'),
  },
  dispose: {
    I: c('permit_required', '第3表', '2-2(12)①'),
    II: c('permit_required', '第3表', '2-2(12)①'),
    III: c('permit_required', '2-2(12)①', '2-2(12)②'),
    IV: c('permit_required', '2-2(12)①'),
  },
  process_outside: {
    I: c('prohibited', '第3表'),
    II: c('prohibited', '第3表'),
    III: c('conditional', '第3表', '4-1(1)③イ', '4-1(1)③エ'),
    IV: c('conditional', '第3表'),
  },
  private_device: {
    I: c('prohibited', '第3表'),
    II: c('prohibited', '第3表'),
    III: c('permit_required', '第3表', '4-1(1)③ウ'),
    IV: c('permit_required', '4-1(1)③ウ'),
  },
  sns_post: {
    I: c('prohibited', '8-3②'),
    II: c('prohibited', '8-3②'),
    III: c('prohibited', '8-3②'),
    IV: c('allowed', '8-3②'),
  },
  publish: {
    I: c('prohibited', '第3表'),
    II: c('prohibited', '第3表'),
    III: c('consult', '2-2(11)②'),
    IV: c('allowed', '第3表'),
  },
  leave_on_desk: {
    I: c('prohibited', '第3表'),
    II: c('prohibited', '第3表'),
    III: c('conditional', '4-1(1)⑥'),
    IV: c('conditional', '4-1(1)⑥'),
  },
  transport: {
    I: c('permit_required', '2-2(10)②', '2-2(10)①'),
    II: c('permit_required', '2-2(10)②'),
    III: c('permit_required', '2-2(10)②'),
    IV: c('allowed', '2-2(10)②'),
  },
};

/** A catalog item of each class to ask about. */
const SAMPLE: Record<ClassId, { id: string; ja: string }> = {
  I: { id: 'health_exam', ja: '健康診断票' },
  II: { id: 'report_card', ja: '通知表' },
  III: { id: 'seating_chart', ja: '座席表' },
  IV: { id: 'newsletters', ja: '学級だより' },
};

const pack = getPack('kumamoto');
const cells = Object.entries(MATRIX).flatMap(([action, row]) =>
  CLASS_IDS.map((cls) => ({ action: action as ActionId, cls, decision: row[cls][0], citations: row[cls][1] })),
);

describe('第3表 and its clauses: every action × class cell', () => {
  test('the matrix above covers every action of the contract', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...pack.actions.keys()].sort());
  });

  test.each(cells)('$action × class $cls → $decision', ({ action, cls, decision, citations }) => {
    const sample = SAMPLE[cls];
    const answer = ask(pack, `${sample.ja}について`, { actionId: action });
    expect(answer).toMatchObject({ decision, class: cls, action, asset: { id: sample.id } });
    expect(answer.citations).toEqual(expect.arrayContaining(['第2表', ...citations]));
    if (decision === 'conditional') expect(answer.conditions.length).toBeGreaterThan(0);
    if (decision === 'prohibited') expect(answer.answer).toContain('6-3');
    if (decision === 'permit_required' || decision === 'consult')
      expect(answer.answer).toContain('学校情報セキュリティ管理者（校長）');
  });
});
