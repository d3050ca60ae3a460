import { checkCatalog } from './check-catalog.js';
import { checkHandling } from './check-handling.js';
import { checkIncidents } from './check-incidents.js';
import { CLASS_IDS } from './contract.js';
import type { CompiledPackInput, CrossIssue } from './pack-types.js';
import { startCheck } from './start-check.js';

/** Lists the pack's cross-reference problems: ids a file names that the file defining them lacks. */
export function checkPack(input: CompiledPackInput): CrossIssue[] {
  const check = startCheck(input);
  const { issues, roleIds, itemIds, cite, duplicates } = check;
  const meta = input['pack.yaml'];
  for (const key of ['approver', 'exception_approver', 'incident_contact'] as const) {
    if (!roleIds.has(meta[key]))
      issues.push({ file: 'pack.yaml', path: [key], message: `role "${meta[key]}" is not in roles.yaml` });
  }
  cite('pack.yaml', ['unknown_citations'], meta.unknown_citations);
  if (meta.out_of_scope) cite('pack.yaml', ['out_of_scope', 'citations'], meta.out_of_scope.citations);
  cite('pack.yaml', ['mixed_citation'], [meta.mixed_citation]);
  cite('pack.yaml', ['exception_citation'], [meta.exception_citation]);
  cite('pack.yaml', ['catalog_citation'], [meta.catalog_citation]);
  cite('pack.yaml', ['always_cite'], meta.always_cite);
  if (meta.default_handling) {
    cite('pack.yaml', ['default_handling', 'clause'], [meta.default_handling.clause]);
    cite('pack.yaml', ['default_handling', 'citations'], meta.default_handling.citations);
    cite('pack.yaml', ['default_handling', 'own'], meta.default_handling.own);
    if (meta.default_handling.persons)
      cite('pack.yaml', ['default_handling', 'persons', 'citations'], meta.default_handling.persons.citations);
  }
  for (const [from, to] of Object.entries(meta.requests.forward_to)) {
    if (!roleIds.has(to!))
      issues.push({ file: 'pack.yaml', path: ['requests', 'forward_to', from], message: `role "${to}" is not in roles.yaml` });
  }

  const classes = input['classes.yaml'].classes.map((c) => c.id);
  for (const cls of CLASS_IDS) {
    if (!classes.includes(cls)) issues.push({ file: 'classes.yaml', path: ['classes'], message: `class ${cls} is missing` });
  }
  duplicates('clauses.yaml', 'clauses', [...input['clauses.yaml'].clauses.map((c) => c.id)]);
  duplicates(
    'roles.yaml',
    'roles',
    input['roles.yaml'].roles.map((r) => r.id),
  );
  input['roles.yaml'].roles.forEach((role, i) => {
    cite('roles.yaml', ['roles', i, 'citations'], role.citations);
  });

  checkCatalog(check);
  checkHandling(check);
  checkIncidents(check);
  for (const id of Object.keys(input['descriptions.yaml'].items)) {
    if (!itemIds.has(id))
      issues.push({ file: 'descriptions.yaml', path: ['items', id], message: `item "${id}" is not in catalog.yaml` });
  }
  return issues;
}
