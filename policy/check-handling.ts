import { ACTION_IDS, CLASS_IDS, type ClassId } from './contract.js';
import type { PackCheck } from './start-check.js';

/** The handling matrix: every action rules every class once; its clauses and conditions exist. */
export function checkHandling({ input, issues, conditionIds, cite, duplicates }: PackCheck): void {
  const handling = input['handling.yaml'];
  handling.conditions.forEach((c, i) => {
    if (c.cite) cite('handling.yaml', ['conditions', i, 'cite'], [c.cite]);
  });
  duplicates(
    'handling.yaml',
    'conditions',
    handling.conditions.map((c) => c.id),
  );
  duplicates(
    'handling.yaml',
    'actions',
    handling.actions.map((a) => a.id),
  );
  const defined = new Set(handling.actions.map((a) => a.id));
  for (const action of ACTION_IDS) {
    if (!defined.has(action))
      issues.push({
        file: 'handling.yaml',
        path: ['actions'],
        message: `action "${action}" has no row: every action of the Decision contract needs one`,
      });
  }
  const conds = (path: (string | number)[], ids: string[]) => {
    ids.forEach((cid, i) => {
      if (!conditionIds.has(cid))
        issues.push({ file: 'handling.yaml', path: [...path, i], message: `condition "${cid}" is not in conditions` });
    });
  };
  handling.actions.forEach((action, i) => {
    const covered = new Map<ClassId, number>();
    action.cells.forEach((cell, j) => {
      cite('handling.yaml', ['actions', i, 'cells', j, 'citations'], cell.citations);
      conds(['actions', i, 'cells', j, 'conditions'], cell.conditions);
      if (cell.except) conds(['actions', i, 'cells', j, 'except'], [cell.except]);
      for (const cls of cell.classes) covered.set(cls, (covered.get(cls) ?? 0) + 1);
    });
    for (const cls of CLASS_IDS) {
      const n = covered.get(cls) ?? 0;
      if (n !== 1) {
        issues.push({
          file: 'handling.yaml',
          path: ['actions', i, 'cells'],
          message: `class ${cls} must appear in exactly one cell of "${action.id}" (found ${n})`,
        });
      }
    }
  });
  handling.actions.forEach((action, i) => {
    if (!action.unnamed) return;
    cite('handling.yaml', ['actions', i, 'unnamed', 'citations'], action.unnamed.citations);
    conds(['actions', i, 'unnamed', 'conditions'], action.unnamed.conditions);
  });
  duplicates(
    'handling.yaml',
    'situations',
    handling.situations.map((s) => s.id),
  );
  handling.situations.forEach((situation, i) => {
    if (situation.unnamed) {
      cite('handling.yaml', ['situations', i, 'unnamed', 'citations'], situation.unnamed.citations);
      conds(['situations', i, 'unnamed', 'conditions'], situation.unnamed.conditions);
    }
    if (situation.remedy !== undefined) {
      const remedy = handling.situations.find((s) => s.id === situation.remedy);
      const message =
        remedy === undefined
          ? `remedy "${situation.remedy}" is not a situation`
          : remedy === situation
            ? 'a situation is not its own remedy'
            : remedy.cells.some((c) => c.decision === 'prohibited')
              ? `remedy "${situation.remedy}" is itself prohibited for some class`
              : null;
      if (message) issues.push({ file: 'handling.yaml', path: ['situations', i, 'remedy'], message });
    }
    const covered = new Set<ClassId>();
    situation.cells.forEach((cell, j) => {
      cite('handling.yaml', ['situations', i, 'cells', j, 'citations'], cell.citations);
      conds(['situations', i, 'cells', j, 'conditions'], cell.conditions);
      if (cell.except) conds(['situations', i, 'cells', j, 'except'], [cell.except]);
      for (const cls of cell.classes) {
        if (covered.has(cls))
          issues.push({
            file: 'handling.yaml',
            path: ['situations', i, 'cells', j],
            message: `class ${cls} is in more than one cell of "${situation.id}"`,
          });
        covered.add(cls);
      }
    });
  });
  handling.rules.forEach((rule, i) => {
    cite('handling.yaml', ['rules', i, 'citations'], rule.citations);
    conds(['rules', i, 'conditions'], rule.conditions);
  });
}
