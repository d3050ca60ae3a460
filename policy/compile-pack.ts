import { checkChain } from './check-chain.js';
import { ACTION_IDS, type ActionId, CLASS_IDS, type ClassId, type RuledDecision, stricter } from './contract.js';
import type {
  ActionDef,
  CatalogFile,
  CatalogItem,
  ClassDef,
  ClauseDef,
  HandlingFile,
  IncidentsFile,
  Localized,
  PackFile,
  RoleDef,
  SituationDef,
  VagueTerm,
  Words,
} from './schema.js';

export interface CompiledPackInput {
  'pack.yaml': PackFile;
  'classes.yaml': { classes: ClassDef[] };
  'clauses.yaml': { clauses: ClauseDef[] };
  'catalog.yaml': CatalogFile;
  'handling.yaml': HandlingFile;
  'roles.yaml': { roles: RoleDef[] };
  'incidents.yaml': IncidentsFile;
  'descriptions.yaml': { items: Record<string, Words> };
}

/** What the policy says for one action and one class, after the table and the clauses are merged. */
export interface Ruling {
  decision: RuledDecision;
  /** Condition ids, in the order the sources give them. */
  conditions: string[];
  citations: string[];
  /**
   * A prohibition the policy lifts when a stated condition holds (禁止（送信先がFAX受信を指定した
   * 場合を除く））: the condition, and the ruling when the question says it holds.
   */
  except?: { condition: string; ruling: Ruling };
}

/** A situation (use outside work, auto-forwarding …) with its ruling for each class it affects. */
export interface Situation extends SituationDef {
  rulings: Map<ClassId, Ruling>;
}

/** A validated pack, indexed for answering. */
export interface Pack {
  id: string;
  dir: string;
  meta: PackFile;
  classes: Map<ClassId, ClassDef>;
  clauses: Map<string, ClauseDef>;
  groups: Map<string, Localized>;
  items: Map<string, CatalogItem>;
  vague: VagueTerm[];
  /** Words that mean a blank form (catalog `blank_forms`). */
  blankForms: { when: Words; when_not?: Words; unless?: Words } | null;
  unknownChoices: string[];
  actions: Map<ActionId, ActionDef>;
  conditions: Map<string, Localized>;
  /** Conditions a permit request meets by itself (the take-out record, the device declarations, a
   * standing permission, the disposal record). */
  conditionsMetBy: Map<string, 'record' | 'declarations' | 'blanket' | 'disposal'>;
  /** The clause a condition comes from, where the pack names one (conditions.cite). */
  conditionCitations: Map<string, string>;
  situations: Map<string, Situation>;
  roles: Map<string, RoleDef>;
  /** Reports of what already happened: the kinds, their first steps, who is told. */
  incidents: IncidentsFile;
  /** What each item is, in plain words (descriptions.yaml), by item id. */
  descriptions: Map<string, Words>;
  /** How a question says each measure (conditions.stated), and its opposite (stated_not), by condition id. */
  statedConditions: Map<string, { said: Words; opposite: boolean }[]>;
  /** The conditions met when the question reports the action asked for (conditions.requested), by action. */
  requestedConditions: Map<ActionId, string[]>;
  /** rulings.get(action).get(class) */
  rulings: Map<ActionId, Map<ClassId, Ruling>>;
}

export interface CrossIssue {
  file: keyof CompiledPackInput;
  path: (string | number)[];
  message: string;
}

function check(input: CompiledPackInput): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const clauseIds = new Set(input['clauses.yaml'].clauses.map((c) => c.id));
  const conditionIds = new Set(input['handling.yaml'].conditions.map((c) => c.id));
  const itemIds = new Set<string>();
  const groupIds = new Set(input['catalog.yaml'].groups.map((g) => g.id));
  const roleIds = new Set<string>(input['roles.yaml'].roles.map((r) => r.id));

  const cite = (file: keyof CompiledPackInput, path: (string | number)[], ids: string[]) => {
    ids.forEach((cid, i) => {
      if (!clauseIds.has(cid))
        issues.push({ file, path: [...path, i], message: `cites "${cid}", which clauses.yaml does not define` });
    });
  };
  const duplicates = (file: keyof CompiledPackInput, key: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((value, i) => {
      if (seen.has(value)) issues.push({ file, path: [key, i, 'id'], message: `duplicate id "${value}"` });
      seen.add(value);
    });
  };

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

  const columnKinds = new Set((meta.classify?.columns ?? []).map((k) => k.id));
  const prose = meta.classify?.prose;
  const matters = new Set([...(prose?.matters ?? []).map((m) => m.id), ...(prose?.accounts ? [prose.accounts.id] : [])]);
  (meta.classify?.columns ?? []).forEach((kind, i, all) => {
    if (all.findIndex((k) => k.id === kind.id) !== i)
      issues.push({ file: 'pack.yaml', path: ['classify', 'columns', i, 'id'], message: `duplicate id "${kind.id}"` });
  });
  const code = meta.classify?.pupil_columns?.code;
  if (code && !columnKinds.has(code))
    issues.push({
      file: 'pack.yaml',
      path: ['classify', 'pupil_columns', 'code'],
      message: `column kind "${code}" is not in classify.columns`,
    });
  const catalog = input['catalog.yaml'];
  duplicates(
    'catalog.yaml',
    'items',
    catalog.items.map((item) => item.id),
  );
  for (const item of catalog.items) itemIds.add(item.id);
  const needItem = (path: (string | number)[], id: string | undefined) => {
    if (id !== undefined && !itemIds.has(id))
      issues.push({ file: 'catalog.yaml', path, message: `item "${id}" is not in items` });
  };
  catalog.items.forEach((item, i) => {
    if (!groupIds.has(item.group))
      issues.push({ file: 'catalog.yaml', path: ['items', i, 'group'], message: `group "${item.group}" is not in groups` });
    if (item.synonyms.ja.length + item.synonyms.en.length === 0) {
      issues.push({
        file: 'catalog.yaml',
        path: ['items', i, 'synonyms'],
        message: 'give at least one synonym a teacher would type',
      });
    }
    for (const [j, q] of item.qualifiers.entries()) needItem(['items', i, 'qualifiers', j, 'means'], q.means);
    // The classifier's blank form of this item (健康診断票 → 各種届雛形).
    needItem(['items', i, 'blank'], item.blank);
    // Column kinds and matters a signal names are defined in pack.yaml `classify`.
    (item.signals ?? []).forEach((signal, j) => {
      for (const [field, kinds] of [
        ['columns', signal.columns],
        ['unless_columns', signal.unless_columns],
      ] as const)
        for (const kind of Object.keys(kinds ?? {}))
          if (!columnKinds.has(kind))
            issues.push({
              file: 'catalog.yaml',
              path: ['items', i, 'signals', j, field, kind],
              message: `column kind "${kind}" is not in pack.yaml classify.columns`,
            });
      signal.prose?.matters.forEach((id, k) => {
        if (!matters.has(id))
          issues.push({
            file: 'catalog.yaml',
            path: ['items', i, 'signals', j, 'prose', 'matters', k],
            message: `matter "${id}" is not in pack.yaml classify.prose.matters (nor its accounts)`,
          });
      });
    });
  });
  catalog.vague.forEach((term, i) => {
    for (const [j, q] of term.qualifiers.entries()) needItem(['vague', i, 'qualifiers', j, 'means'], q.means);
    for (const [j, choice] of term.choices.entries()) needItem(['vague', i, 'choices', j], choice);
    for (const key of ['filled', 'blank'] as const) needItem(['vague', i, key], term[key]);
  });
  catalog.unknown_choices.forEach((choice, j) => {
    if (!itemIds.has(choice))
      issues.push({ file: 'catalog.yaml', path: ['unknown_choices', j], message: `item "${choice}" is not in items` });
  });

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
  for (const id of Object.keys(input['descriptions.yaml'].items)) {
    if (!itemIds.has(id))
      issues.push({ file: 'descriptions.yaml', path: ['items', id], message: `item "${id}" is not in catalog.yaml` });
  }
  return issues;
}

/** A table cell or a body clause, as it rules one action for one class. */
interface RuleSource {
  decision: RuledDecision;
  conditions: string[];
  citations: string[];
  except?: string;
}

/**
 * Merges one action's table cell with the clauses that refine it: the stricter decision applies,
 * conditions and citations are the union. A prohibition keeps only what prohibits, and the clauses
 * that state its exception (2-2(9)② for FAX).
 */
function rule(sources: RuleSource[]): Ruling {
  const merged = merge(sources);
  const prohibiting = sources.filter((s) => s.decision === 'prohibited');
  const condition = prohibiting[0]?.except;
  // Lifted only when every prohibition names the same exception; a plain 禁止 beside it stays.
  if (!condition || !prohibiting.every((s) => s.except === condition)) return merged;
  const lifted = merge(
    sources.map((s) =>
      s.except ? { decision: 'conditional' as const, conditions: [...s.conditions, condition], citations: s.citations } : s,
    ),
  );
  const stating = sources.filter((s) => s.except === condition || s.conditions.includes(condition));
  return {
    ...merged,
    citations: [...new Set(stating.flatMap((s) => s.citations))],
    except: { condition, ruling: lifted },
  };
}

function merge(sources: RuleSource[]): Ruling {
  const decision = sources.reduce<RuledDecision>((acc, s) => stricter(acc, s.decision), 'allowed');
  const kept = decision === 'prohibited' ? sources.filter((s) => s.decision === 'prohibited') : sources;
  return {
    decision,
    conditions: [...new Set(kept.flatMap((s) => s.conditions))],
    citations: [...new Set(kept.flatMap((s) => s.citations))],
  };
}

function compile(input: CompiledPackInput, dir: string): Pack {
  const handling = input['handling.yaml'];
  const rulings = new Map<ActionId, Map<ClassId, Ruling>>();
  for (const action of handling.actions) {
    const perClass = new Map<ClassId, Ruling>();
    for (const cls of CLASS_IDS) {
      const cell = action.cells.find((c) => c.classes.includes(cls));
      const refinements = handling.rules.filter((r) => r.actions.includes(action.id) && r.classes.includes(cls));
      perClass.set(cls, rule([...(cell ? [cell] : []), ...refinements]));
    }
    rulings.set(action.id, perClass);
  }
  const situations = new Map<string, Situation>();
  for (const situation of handling.situations) {
    const perClass = new Map<ClassId, Ruling>();
    for (const cls of CLASS_IDS) {
      const cell = situation.cells.find((c) => c.classes.includes(cls));
      if (cell) perClass.set(cls, rule([cell]));
    }
    situations.set(situation.id, { ...situation, rulings: perClass });
  }
  const catalog = input['catalog.yaml'];
  return {
    id: input['pack.yaml'].id,
    dir,
    meta: input['pack.yaml'],
    classes: new Map(input['classes.yaml'].classes.map((c) => [c.id, c])),
    clauses: new Map(input['clauses.yaml'].clauses.map((c) => [c.id, c])),
    groups: new Map(catalog.groups.map((g) => [g.id, g.name])),
    items: new Map(catalog.items.map((item) => [item.id, item])),
    vague: catalog.vague,
    blankForms: catalog.blank_forms ?? null,
    unknownChoices: catalog.unknown_choices,
    actions: new Map(handling.actions.map((a) => [a.id, a])),
    conditions: new Map(handling.conditions.map((c) => [c.id, c.text])),
    conditionsMetBy: new Map(handling.conditions.flatMap((c) => (c.met_by ? [[c.id, c.met_by] as const] : []))),
    conditionCitations: new Map(handling.conditions.flatMap((c) => (c.cite ? [[c.id, c.cite] as const] : []))),
    situations,
    roles: new Map(input['roles.yaml'].roles.map((r) => [r.id, r])),
    incidents: input['incidents.yaml'],
    descriptions: new Map(Object.entries(input['descriptions.yaml'].items)),
    statedConditions: new Map(
      handling.conditions.map((c) => [
        c.id,
        [
          ...(c.stated ? [{ said: c.stated, opposite: false }] : []),
          ...(c.stated_not ? [{ said: c.stated_not, opposite: true }] : []),
        ],
      ]),
    ),
    requestedConditions: requestedBy(handling.conditions),
    rulings,
  };
}

function requestedBy(conditions: { id: string; requested?: ActionId[] }[]): Map<ActionId, string[]> {
  const byAction = new Map<ActionId, string[]>();
  for (const c of conditions) for (const a of c.requested ?? []) byAction.set(a, [...(byAction.get(a) ?? []), c.id]);
  return byAction;
}

/** Builds the indexed pack; `compilePack.check` lists the cross-reference problems first. */
export const compilePack = Object.assign(compile, { check });
