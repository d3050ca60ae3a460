import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  acknowledgeBy,
  ask,
  getPack,
  inSchoolHours,
  loadPack,
  nextSchoolHours,
  PackInvalidError,
  packsDir,
  routeOf,
  stepsFor,
  stepTitle,
} from '../../policy/index.js';

const kumamoto = getPack('kumamoto');
const kurume = getPack('kurume');
const jst = (local: string) => new Date(`${local}+09:00`);

describe('the chain as pack data', () => {
  test.each([
    // [pack, kinds, class, the steps a report takes]
    ['kumamoto', ['lost'], 'II', ['school', 'systems', 'board']],
    ['kumamoto', ['infection'], 'IV', ['school', 'systems']],
    // 人的要因 (4-4(1)③): a mis-sent letter of class Ⅲ still reaches the 教育情報セキュリティ責任者.
    ['kumamoto', ['mis_sent'], 'III', ['school', 'systems', 'board']],
    // No class known: routed as class Ⅱ, the stricter.
    ['kumamoto', ['infection'], null, ['school', 'systems', 'board']],
    ['kumamoto', ['emergency_exception'], 'II', ['school', 'ciso']],
    ['kurume', ['lost'], 'II', ['school', 'csirt', 'board']],
    ['kurume', ['lost'], 'III', ['school', 'csirt']],
    ['kurume', ['emergency_exception'], 'I', ['school', 'ciso']],
  ] as const)('%s %j class %s → %j', (id, kinds, cls, steps) => {
    const pack = getPack(id);
    expect(stepsFor(pack, routeOf(pack, kinds), { class: cls, kinds }).map((s) => s.id)).toEqual(steps);
  });

  test('steps are named as the policy names them', () => {
    const [school, systems] = routeOf(kumamoto, ['lost']).steps;
    expect(stepTitle(kumamoto, school!, 'ja')).toBe('学校情報セキュリティ管理者（校長）');
    expect(stepTitle(kumamoto, systems!, 'ja')).toBe('教育情報システム担当者（教育CSIRT）');
    expect(stepTitle(kurume, routeOf(kurume, []).steps[1]!, 'ja')).toBe('久留米市教育CSIRT（規則第10条により置かれる組織）');
    expect(routeOf(kumamoto, []).close_by).toEqual(['csirt']);
  });

  test('「緊急時の例外措置」 is recognised as a report of its own kind (6-3(2))', () => {
    const decision = ask(kumamoto, '緊急時の例外措置として健康診断票を持ち出しました');
    expect(decision.decision).toBe('incident');
    expect(decision.incident?.kinds.map((k) => k.id)).toContain('emergency_exception');
    expect(decision.citations).toContain('6-3(2)');
  });

  test.each([
    ['kumamoto', kumamoto],
    ['kurume', kurume],
  ])(
    '%s: a breach one did oneself (名簿をシュレッダーにかけずに捨てた) gets a step for what one did, and recovering the papers',
    (_id, pack) => {
      const decision = ask(pack, '児童名簿をシュレッダーにかけずに捨ててしまいました');
      expect(decision.decision).toBe('incident');
      expect(decision.conditions.join('\n')).toMatch(/自分でしてしまったことなら.*回収/);
    },
  );
});

describe('acknowledgement times run in school hours (JST, mon–fri 08:00–17:00)', () => {
  test.each([
    ['a Monday morning', '2030-06-03T10:00', 30, '2030-06-03T10:30'],
    ['near the end of the day: the rest runs the next morning', '2030-06-03T16:50', 30, '2030-06-04T08:20'],
    ['a Friday evening: Monday morning', '2030-06-07T18:00', 30, '2030-06-10T08:30'],
    ['before school opens', '2030-06-04T06:30', 60, '2030-06-04T09:00'],
    ['a Sunday', '2030-06-09T12:00', 30, '2030-06-10T08:30'],
  ])('%s', (_name, from, minutes, due) => {
    expect(acknowledgeBy(kumamoto, jst(from), minutes).toISOString()).toBe(jst(due).toISOString());
  });

  test('in hours, and the next opening', () => {
    expect(inSchoolHours(kumamoto, jst('2030-06-03T08:00'))).toBe(true);
    expect(inSchoolHours(kumamoto, jst('2030-06-03T17:00'))).toBe(false);
    expect(inSchoolHours(kumamoto, jst('2030-06-08T10:00'))).toBe(false);
    expect(nextSchoolHours(kumamoto, jst('2030-06-08T10:00')).toISOString()).toBe(jst('2030-06-10T08:00').toISOString());
  });
});

describe('a broken chain is named, with the file, the path and what is wrong', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const issues = (edit: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'mamoru-chain-'));
    dirs.push(dir);
    cpSync(join(packsDir(), 'kumamoto'), dir, { recursive: true });
    const path = join(dir, 'incidents.yaml');
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    try {
      loadPack(dir);
    } catch (error) {
      if (error instanceof PackInvalidError) return error.issues;
      throw error;
    }
    throw new Error('the pack loaded, but it is broken');
  };

  test('a role that is not on the roster', () => {
    const [issue] = issues((t) => t.replace('          role: board_security', '          role: janitor'));
    expect(issue).toMatchObject({ file: 'incidents.yaml', path: 'chain.routes[0].steps[2].role' });
    expect(issue?.message).toContain('"csirt"');
  });

  test('a clause that is not defined, a kind that does not exist, a first step told only sometimes', () => {
    const found = issues((t) =>
      t
        .replace("citations: ['4-4(1)③', '6-5(2)①']", "citations: ['4-4(9)']")
        .replace('kinds: [emergency_exception]\n', 'kinds: [earthquake]\n')
        .replace(
          "          role: principal\n          acknowledge_minutes: 30\n          citations: ['4-4(1)②']",
          "          role: principal\n          when: { classes: [I] }\n          acknowledge_minutes: 30\n          citations: ['4-4(1)②']",
        ),
    );
    const said = found.map((i) => `${i.path}: ${i.message}`);
    expect(said).toContain('chain.routes[0].steps[2].citations[0]: cites "4-4(9)", which clauses.yaml does not define');
    expect(said).toContain('chain.routes[1].kinds[0]: kind "earthquake" is not in kinds');
    expect(said).toContain('chain.routes[0].steps[0].when: the first step is told every report: no `when`');
  });

  test('school hours that end before they begin', () => {
    const [issue] = issues((t) => t.replace("from: '08:00', to: '17:00'", "from: '17:00', to: '08:00'"));
    expect(issue).toMatchObject({ file: 'incidents.yaml', path: 'chain.school_hours.to' });
    expect(issue?.line).toBeGreaterThan(1);
  });
});
