import type { CompiledPackInput, CrossIssue } from './pack-types.js';

/** What every part of the cross-reference check shares: the problems found and the ids defined. */
export interface PackCheck {
  input: CompiledPackInput;
  issues: CrossIssue[];
  clauseIds: Set<string>;
  conditionIds: Set<string>;
  itemIds: Set<string>;
  groupIds: Set<string>;
  roleIds: Set<string>;
  /** Notes each id that clauses.yaml does not define. */
  cite: (file: keyof CompiledPackInput, path: (string | number)[], ids: string[]) => void;
  /** Notes each id seen before in the list. */
  duplicates: (file: keyof CompiledPackInput, key: string, ids: string[]) => void;
}

export function startCheck(input: CompiledPackInput): PackCheck {
  const issues: CrossIssue[] = [];
  const clauseIds = new Set(input['clauses.yaml'].clauses.map((c) => c.id));
  return {
    input,
    issues,
    clauseIds,
    conditionIds: new Set(input['handling.yaml'].conditions.map((c) => c.id)),
    itemIds: new Set(input['catalog.yaml'].items.map((item) => item.id)),
    groupIds: new Set(input['catalog.yaml'].groups.map((g) => g.id)),
    roleIds: new Set<string>(input['roles.yaml'].roles.map((r) => r.id)),
    cite: (file, path, ids) => {
      ids.forEach((cid, i) => {
        if (!clauseIds.has(cid))
          issues.push({ file, path: [...path, i], message: `cites "${cid}", which clauses.yaml does not define` });
      });
    },
    duplicates: (file, key, ids) => {
      const seen = new Set<string>();
      ids.forEach((value, i) => {
        if (seen.has(value)) issues.push({ file, path: [key, i, 'id'], message: `duplicate id "${value}"` });
        seen.add(value);
      });
    },
  };
}
