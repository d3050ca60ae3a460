import type { ActionId, ClassId, RuledDecision } from './contract.js';
import type {
  AboutRuleWords,
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
  'roles.yaml': { roles: RoleDef[]; about_rule?: AboutRuleWords };
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
  /** Words that ask about the rule itself (roles.yaml `about_rule`), when the pack answers such questions. */
  aboutRule: AboutRuleWords | null;
  /** Reports of what already happened: the kinds, their first steps, who is told. */
  incidents: IncidentsFile;
  /** What each item is, in plain words (descriptions.yaml), by item id. */
  descriptions: Map<string, Words>;
  /**
   * How a question says each measure (conditions.stated), its opposite (stated_not) and the
   * occasion that calls for it (occasion, or left_as_is: an occasion that names no act), by condition id.
   */
  statedConditions: Map<string, { said: Words; opposite: boolean; occasion?: boolean; actless?: boolean }[]>;
  /** The conditions met when the question reports the action asked for (conditions.requested), by action. */
  requestedConditions: Map<ActionId, string[]>;
  /**
   * The acts a measure is taken for (conditions.measure_of): asked of when the question names only the
   * measure, said at all; over the reverse index of measure-acts.ts for a measure said skipped.
   */
  measureOf: Map<string, ActionId[]>;
  /** rulings.get(action).get(class) */
  rulings: Map<ActionId, Map<ClassId, Ruling>>;
  /** What replaces rulings.get(action).get(class) for a question about paper (handling.yaml rules with `medium: paper`). */
  paperRulings: Map<ActionId, Map<ClassId, Ruling>>;
}

export interface CrossIssue {
  file: keyof CompiledPackInput;
  path: (string | number)[];
  message: string;
}
