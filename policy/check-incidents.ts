import { checkChain } from './check-chain.js';
import type { PackCheck } from './start-check.js';

/** Incident kinds and the after-the-fact rules name roles, clauses, kinds and conditions that exist. */
export function checkIncidents({ input, issues, roleIds, conditionIds, cite, duplicates }: PackCheck): void {
  const incidents = input['incidents.yaml'];
  const needRole = (path: (string | number)[], role: string) => {
    if (!roleIds.has(role)) issues.push({ file: 'incidents.yaml', path, message: `role "${role}" is not in roles.yaml` });
  };
  needRole(['report_to'], incidents.report_to);
  cite('incidents.yaml', ['citations'], incidents.citations);
  cite('incidents.yaml', ['after_the_fact', 'citations'], incidents.after_the_fact.citations);
  const kindIds = new Set(incidents.kinds.map((k) => k.id));
  incidents.after_the_fact.reported.forEach((r, i) => {
    if (!kindIds.has(r.kind))
      issues.push({
        file: 'incidents.yaml',
        path: ['after_the_fact', 'reported', i, 'kind'],
        message: `kind "${r.kind}" is not in kinds`,
      });
  });
  incidents.after_the_fact.breaks.forEach((b, i) => {
    for (const cid of b.conditions)
      if (!conditionIds.has(cid))
        issues.push({
          file: 'incidents.yaml',
          path: ['after_the_fact', 'breaks', i, 'conditions'],
          message: `condition "${cid}" is not in handling.yaml`,
        });
  });
  duplicates(
    'incidents.yaml',
    'kinds',
    incidents.kinds.map((k) => k.id),
  );
  incidents.kinds.forEach((kind, i) => {
    cite('incidents.yaml', ['kinds', i, 'citations'], kind.citations);
    kind.tell.forEach((role, j) => {
      needRole(['kinds', i, 'tell', j], role);
    });
  });
  if (incidents.chain) issues.push(...checkChain(incidents, needRole, cite));
}
