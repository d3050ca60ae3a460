import { checkPack } from './check-pack.js';
import { type ActionId, CLASS_IDS, type ClassId } from './contract.js';
import { rule } from './merge-rulings.js';
import type { CompiledPackInput, Pack, Ruling, Situation } from './pack-types.js';

export type { CompiledPackInput, CrossIssue, Pack, Ruling, Situation } from './pack-types.js';

function compile(input: CompiledPackInput, dir: string): Pack {
  const handling = input['handling.yaml'];
  const rulings = new Map<ActionId, Map<ClassId, Ruling>>();
  const paperRulings = new Map<ActionId, Map<ClassId, Ruling>>();
  for (const action of handling.actions) {
    const perClass = new Map<ClassId, Ruling>();
    for (const cls of CLASS_IDS) {
      const cell = action.cells.find((c) => c.classes.includes(cls));
      const refinements = handling.rules.filter(
        (r) => r.actions.includes(action.id) && r.classes.includes(cls) && r.medium === undefined,
      );
      perClass.set(cls, rule([...(cell ? [cell] : []), ...refinements]));
      const onPaper = handling.rules.filter(
        (r) => r.actions.includes(action.id) && r.classes.includes(cls) && r.medium === 'paper',
      );
      if (onPaper.length > 0) paperRulings.set(action.id, (paperRulings.get(action.id) ?? new Map()).set(cls, rule(onPaper)));
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
    aboutRule: input['roles.yaml'].about_rule ?? null,
    incidents: input['incidents.yaml'],
    descriptions: new Map(Object.entries(input['descriptions.yaml'].items)),
    statedConditions: new Map(
      handling.conditions.map((c) => [
        c.id,
        [
          ...(c.stated ? [{ said: c.stated, opposite: false }] : []),
          ...(c.stated_not ? [{ said: c.stated_not, opposite: true }] : []),
          ...(c.occasion ? [{ said: c.occasion, opposite: false, occasion: true }] : []),
          ...(c.left_as_is ? [{ said: c.left_as_is, opposite: false, occasion: true, actless: true }] : []),
        ],
      ]),
    ),
    requestedConditions: requestedBy(handling.conditions),
    measureOf: new Map(handling.conditions.flatMap((c) => (c.measure_of ? [[c.id, c.measure_of] as const] : []))),
    rulings,
    paperRulings,
  };
}

function requestedBy(conditions: { id: string; requested?: ActionId[] }[]): Map<ActionId, string[]> {
  const byAction = new Map<ActionId, string[]>();
  for (const c of conditions) for (const a of c.requested ?? []) byAction.set(a, [...(byAction.get(a) ?? []), c.id]);
  return byAction;
}

/** Builds the indexed pack; `compilePack.check` lists the cross-reference problems first. */
export const compilePack = Object.assign(compile, { check: checkPack });
