import type { CompiledPackInput, CrossIssue } from './compile-pack.js';
import type { IncidentsFile } from './schema.js';

/** The chain's routes: roles, clauses and kinds that exist; one route for every other report; steps named once. */
export function checkChain(
  incidents: IncidentsFile,
  needRole: (path: (string | number)[], role: string) => void,
  cite: (file: keyof CompiledPackInput, path: (string | number)[], ids: string[]) => void,
): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const kindIds = new Set(incidents.kinds.map((k) => k.id));
  const needKind = (path: (string | number)[], kind: string) => {
    if (!kindIds.has(kind)) issues.push({ file: 'incidents.yaml', path, message: `kind "${kind}" is not in kinds` });
  };
  const routes = incidents.chain!.routes;
  if (routes.filter((r) => r.kinds.length === 0).length !== 1)
    issues.push({
      file: 'incidents.yaml',
      path: ['chain', 'routes'],
      message: 'exactly one route must have no kinds: the route every other report takes',
    });
  const routeIds = new Set<string>();
  routes.forEach((route, i) => {
    const at = ['chain', 'routes', i];
    if (routeIds.has(route.id))
      issues.push({ file: 'incidents.yaml', path: [...at, 'id'], message: `duplicate id "${route.id}"` });
    routeIds.add(route.id);
    route.kinds.forEach((k, j) => {
      needKind([...at, 'kinds', j], k);
    });
    route.close_by.forEach((role, j) => {
      needRole([...at, 'close_by', j], role);
    });
    cite('incidents.yaml', [...at, 'close_citations'], route.close_citations);
    const stepIds = new Set<string>();
    route.steps.forEach((step, j) => {
      const sat = [...at, 'steps', j];
      if (stepIds.has(step.id))
        issues.push({ file: 'incidents.yaml', path: [...sat, 'id'], message: `duplicate id "${step.id}"` });
      stepIds.add(step.id);
      needRole([...sat, 'role'], step.role);
      cite('incidents.yaml', [...sat, 'citations'], step.citations);
      step.when?.kinds.forEach((k, n) => {
        needKind([...sat, 'when', 'kinds', n], k);
      });
      if (j === 0 && step.when)
        issues.push({
          file: 'incidents.yaml',
          path: [...sat, 'when'],
          message: 'the first step is told every report: no `when`',
        });
    });
  });
  return issues;
}
