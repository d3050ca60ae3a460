import type { Pack, Ruling } from './compile-pack.js';
import { type ActionId, type ClassId, type Decision, higherClass, type Language, stricter } from './contract.js';
import { renderAnswer, renderFollowUp } from './render-answer.js';
import type { CatalogItem, VagueTerm } from './schema.js';
import { parseQuestion } from './understand/parse-question.js';
import { validateQuestion } from './understand/validate-question.js';

export interface AskOptions {
  /** Answer for this catalog item (a follow-up choice, or a file's classification). */
  assetId?: string;
  /** Answer for this class when the information's class is known from elsewhere (a file). */
  class?: ClassId;
  /** Answer for this action (a follow-up choice). */
  actionId?: ActionId;
  /** Answer in this language instead of the question's own. */
  language?: Language;
}

/** Actions offered when the question names information but not what to do with it. */
const COMMON_ACTIONS: ActionId[] = ['email_external', 'take_out', 'take_home', 'cloud_store', 'usb', 'copy', 'dispose'];

/**
 * Answers one question with one Decision (DESIGN.md), citing where every part comes from.
 * Throws QuestionError when the question cannot be answered as written (empty, binary …).
 *
 * @example ask(getPack('kumamoto'), '通知表をメールで保護者に送ってもいいですか？').decision // 'conditional'
 */
export function ask(pack: Pack, question: string, options: AskOptions = {}): Decision {
  const text = validateQuestion(question);
  const parsed = parseQuestion(pack, text);
  let items = parsed.items;
  if (options.assetId) {
    const forced = pack.items.get(options.assetId);
    if (forced) items = [forced];
  }
  return decide(pack, {
    items,
    actions: options.actionId ? [options.actionId] : parsed.actions,
    classes: [parsed.statedClass, options.class].filter((c): c is ClassId => c != null),
    vague: parsed.vague,
    language: options.language ?? parsed.language,
  });
}

/**
 * Answers again from what a previous answer understood, with one part chosen by the person
 * (a follow-up choice on a card): no question text is needed, so none has to be kept.
 */
export function answerFor(
  pack: Pack,
  understood: { assetId?: string | null; actionId?: ActionId | null; class?: ClassId | null; language: Language },
): Decision {
  const item = understood.assetId ? pack.items.get(understood.assetId) : undefined;
  return decide(pack, {
    items: item ? [item] : [],
    actions: understood.actionId ? [understood.actionId] : [],
    classes: !item && understood.class ? [understood.class] : [],
    vague: [],
    language: understood.language,
  });
}

interface Understood {
  items: CatalogItem[];
  actions: ActionId[];
  classes: ClassId[];
  vague: VagueTerm[];
  language: Language;
}

function decide(pack: Pack, u: Understood): Decision {
  const { items, actions, language } = u;
  const records = items.filter((i) => i.kind === 'record');
  const primary = pickPrimary(records.length > 0 ? records : items);
  const classes = [...items.map((i) => i.class), ...u.classes];
  const cls = classes.length > 0 ? classes.reduce(higherClass) : null;
  const raisedBy = cls && primary && primary.class !== cls ? (items.find((i) => i.class === cls) ?? null) : null;
  const mixed = new Set(classes).size > 1;
  const base = { policy: pack.id, language };

  if (cls === null) {
    const uniform = actions.length > 0 ? classIndependent(pack, actions) : null;
    if (uniform) return renderAnswer(pack, { ...base, cls: null, primary: null, raisedBy: null, mixed: false, ...uniform });
    const vague = u.vague[0];
    const choices = vague ? vague.choices : pack.unknownChoices;
    return renderFollowUp(pack, {
      ...base,
      kind: 'asset',
      cls: null,
      primary: null,
      action: actions[0] ?? null,
      choices,
      vague: vague ?? null,
    });
  }
  if (actions.length === 0) {
    return renderFollowUp(pack, { ...base, kind: 'action', cls, primary, action: null, choices: COMMON_ACTIONS, vague: null });
  }
  const { action, ruling } = strictest(pack, actions, cls);
  return renderAnswer(pack, { ...base, cls, primary, raisedBy, mixed, action, ruling });
}

function pickPrimary(candidates: CatalogItem[]): CatalogItem | null {
  return candidates.reduce<CatalogItem | null>(
    (best, item) => (!best || higherClass(best.class, item.class) !== best.class ? item : best),
    null,
  );
}

/** Several actions in one question (「USBに入れて持ち帰る」): the strictest answer, all conditions. */
function strictest(pack: Pack, actions: ActionId[], cls: ClassId): { action: ActionId; ruling: Ruling } {
  const rulings = actions.map((action) => ({ action, ruling: pack.rulings.get(action)!.get(cls)! }));
  const top = rulings.reduce((a, b) => (stricter(a.ruling.decision, b.ruling.decision) === a.ruling.decision ? a : b));
  const kept = top.ruling.decision === 'prohibited' ? rulings.filter((r) => r.ruling.decision === 'prohibited') : rulings;
  return {
    action: top.action,
    ruling: {
      decision: top.ruling.decision,
      conditions: [...new Set(kept.flatMap((r) => r.ruling.conditions))],
      citations: [...new Set([...top.ruling.citations, ...kept.flatMap((r) => r.ruling.citations)])],
    },
  };
}

/**
 * When an action's decision is the same for every class (LINE is prohibited, disposal needs
 * permission), no class is needed: the answer keeps what applies to every class.
 */
function classIndependent(pack: Pack, actions: ActionId[]): { action: ActionId; ruling: Ruling } | null {
  const common = actions.map((action) => {
    const perClass = [...pack.rulings.get(action)!.values()];
    const first = perClass[0]!;
    if (!perClass.every((r) => r.decision === first.decision)) return null;
    const everywhere = (pick: (r: Ruling) => string[]) => pick(first).filter((x) => perClass.every((r) => pick(r).includes(x)));
    return {
      action,
      ruling: {
        decision: first.decision,
        conditions: everywhere((r) => r.conditions),
        citations: everywhere((r) => r.citations),
      },
    };
  });
  if (common.some((c) => c === null)) return null;
  const uniform = common as { action: ActionId; ruling: Ruling }[];
  return uniform.reduce((a, b) => (stricter(a.ruling.decision, b.ruling.decision) === a.ruling.decision ? a : b));
}
