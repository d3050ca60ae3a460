/**
 * The rulings that answer a question, one per action and situation it names, and the strictest
 * of them as the question describes its measures.
 */
import type { Pack, Ruling, Situation } from './compile-pack.js';
import { type ActionId, type ClassId, type RuledDecision, STRICTNESS } from './contract.js';
import { NOTHING_SAID, type Said, type Understood } from './understood.js';

/** One source of a ruling: an action's row, or a situation the question names (年賀状, 自動転送). */
export interface Source {
  action: ActionId | null;
  situation: Situation | null;
  ruling: Ruling;
  /** Measures this ruling needs that the question says are not taken: 禁止 as described. */
  unmet?: string[];
}

/** The condition id a pack gives the principal's permission, as questions say it (handling.yaml). */
const PERMISSION = 'permission';
/** Among the measures met: the permission said to be had, not only named (understand/granted.ts). */
export const PERMISSION_HAD = 'permission:had';
/**
 * Among the measures met, for each condition met by the principal's standing permission
 * (`met_by: blanket`, 包括的許可) that the message says was had: this prefix and the condition's id.
 * That permission is no individual one: it answers only a ruling that names that condition.
 */
export const PERMISSION_BLANKET = 'permission:blanket:';
/**
 * Among the measures not taken: the permission said not had (「許可とってなかった」) or the
 * principal said not asked (「校長に言わずに」, understand/granted.ts).
 */
export const PERMISSION_UNASKED = 'permission:unasked';

/** What a source decides for the question as described: 禁止 when a measure it needs is said not to be taken. */
function effective(source: Source): RuledDecision {
  return source.unmet?.length ? 'prohibited' : source.ruling.decision;
}

/**
 * The measures a ruling needs that the question leaves out (「パスワードなしで」, 「申請はしてない」):
 * a condition of a conditional ruling, or of a permit (暗号化していないUSBで持ち出す is not what the
 * principal may permit), or the permission itself.
 */
export function unmetOf(ruling: Ruling, unmet: readonly string[]): string[] {
  // 原則禁止 with a condition (公開: 保護者の承諾): without it there is nothing to consult about.
  if (ruling.decision === 'conditional' || ruling.decision === 'consult')
    return ruling.conditions.filter((id) => unmet.includes(id));
  if (ruling.decision !== 'permit_required') return [];
  return [...ruling.conditions, PERMISSION].filter((id) => unmet.includes(id));
}

/** What answers the question: the ruling, the action to report and the situation that spoke, if any. */
export type Outcome = Source;

/**
 * A prohibition with an exception, as the question describes it: lifted to its conditional ruling
 * when the question says the condition holds (「先方からFAXでと指定された」), or says it does not
 * (then 禁止 as described, naming the measure); otherwise the prohibition, which names the exception.
 */
export function asSaid(ruling: Ruling, measures: Said['measures']): Ruling {
  const except = ruling.except;
  const said = except && (measures.met.includes(except.condition) || measures.unmet.includes(except.condition));
  return granted(said ? except.ruling : ruling, measures);
}

/**
 * A ruling that needs the principal's permission, or leaves it to the principal (原則禁止: consult),
 * where the question says it was given (「校長の許可はもらいました」, 「申請して許可もらえば？」,
 * 「校長の許可をもらって、暗号化したUSBで持って行きました」): allowed, on the conditions the ruling
 * carries if it carries any.
 */
function granted(ruling: Ruling, measures: Said['measures']): Ruling {
  const asks = ruling.decision === 'permit_required' || ruling.decision === 'consult';
  const blanket = measures.met.filter((id) => id.startsWith(PERMISSION_BLANKET)).map((id) => id.slice(PERMISSION_BLANKET.length));
  // 「包括的に許可もらっとけば」: the standing permission, where the ruling takes it (class Ⅲ, 2-2(8)②).
  const had = measures.met.includes(PERMISSION_HAD) || ruling.conditions.some((id) => blanket.includes(id));
  if (!asks || !had || measures.unmet.includes(PERMISSION)) return ruling;
  return { ...ruling, decision: ruling.conditions.length > 0 ? 'conditional' : 'allowed' };
}

/**
 * A conditional ruling where the message says the principal's permission was not had
 * (「校長に言わずに持って行っちゃいました」, 「簡易書留で送ったけど、校長に許可とってなかった」):
 * never 条件付きで可 as described, but 許可が必要, the permission first among its conditions.
 */
function unasked(ruling: Ruling, measures: Said['measures']): Ruling {
  if (ruling.decision !== 'conditional' || !measures.unmet.includes(PERMISSION_UNASKED)) return ruling;
  return { ...ruling, decision: 'permit_required', conditions: [...new Set([PERMISSION, ...ruling.conditions])] };
}

/** The situations that rule this class, then the actions: a situation wins a tie, being more specific. */
export function sourcesAt(pack: Pack, u: Understood, cls: ClassId, measures: Said['measures'] = NOTHING_SAID.measures): Source[] {
  const source = (action: ActionId | null, situation: Situation | null, ruled: Ruling): Source => {
    const said = asSaid(ruled, measures);
    const unmet = unmetOf(said, measures.unmet);
    const ruling = unmet.length === 0 ? unasked(said, measures) : said;
    // A measure said not to be taken is cited where the pack says it comes from (2-2(5)①).
    const cites = unmet.flatMap((id) => pack.conditionCitations.get(id) ?? []);
    const cited = cites.length > 0 ? { ...ruling, citations: [...new Set([...ruling.citations, ...cites])] } : ruling;
    return { action, situation, ruling: cited, unmet };
  };
  const situations = u.situations.flatMap((situation) => {
    const ruling = situation.rulings.get(cls);
    return ruling ? [source(null, situation, ruling)] : [];
  });
  // On paper, an action the pack rules apart for paper (2-2(8)②: papers taken home) is ruled so.
  const ruled = (action: ActionId) =>
    (u.onPaper ? pack.paperRulings.get(action)?.get(cls) : undefined) ?? pack.rulings.get(action)!.get(cls)!;
  const actions = u.actions.map((action) => source(action, null, ruled(action)));
  return [...situations, ...actions];
}

/**
 * Several sources in one question (「USBに入れて持ち帰る」, 「年賀状のために住所を教える」): the
 * strictest answer, with all conditions (only what prohibits, when something does). The action
 * reported is the strictest action named, even when a situation decides.
 */
export function strictest(
  sources: Source[],
  named: ActionId[],
  asked: readonly ActionId[] = [],
  told: readonly ActionId[] = [],
  saidLast: readonly ActionId[] = [],
): Outcome {
  const top = strictestOf(sources, asked, saidLast);
  const kept = effective(top) === 'prohibited' ? sources.filter((s) => effective(s) === 'prohibited') : sources;
  const actions = sources.filter((s) => s.action !== null);
  // An act only someone else in the story says (ほかの先生は…スマホで撮っていくと言っています) may
  // rule, but the act reported is the strictest of the teacher's own, when there is one.
  const own = actions.filter((s) => !told.includes(s.action!));
  const reported = top.action !== null && told.includes(top.action) && own.length > 0 ? strictestOf(own, asked, saidLast) : top;
  const action = reported.action ?? (actions.length > 0 ? strictestOf(actions, asked, saidLast).action : (named[0] ?? null));
  // The exception is named only when it would lift every prohibition said (FAX alone, not FAX and LINE).
  const except = top.ruling.except;
  const sameExcept = except && kept.every((s) => s.ruling.except?.condition === except.condition && !s.unmet?.length);
  return {
    action,
    situation: top.situation,
    unmet: top.unmet ?? [],
    ruling: {
      decision: top.ruling.decision,
      conditions: [...new Set(kept.flatMap((s) => s.ruling.conditions))],
      citations: [...new Set([...top.ruling.citations, ...kept.flatMap((s) => s.ruling.citations)])],
      ...(sameExcept ? { except } : {}),
    },
  };
}

/**
 * The strictest source, as the question describes it; on a tie the first (situations come first:
 * more specific), or else an action the story's last sentence asks about over one told before it,
 * or else the action said later (「写メして、LINEで送る」: the sentence ends on sending).
 */
function strictestOf(sources: Source[], asked: readonly ActionId[] = [], saidLast: readonly ActionId[] = []): Source {
  const isAsked = (s: Source) => s.action !== null && asked.includes(s.action);
  const lateness = (s: Source) =>
    s.action !== null && saidLast.includes(s.action) ? saidLast.length - saidLast.indexOf(s.action) : 0;
  return sources.reduce((a, b) => {
    const [sa, sb] = [STRICTNESS[effective(a)], STRICTNESS[effective(b)]];
    if (sb !== sa) return sb > sa ? b : a;
    if (a.situation !== null || b.situation !== null || isAsked(a) !== isAsked(b))
      return a.situation === null && !isAsked(a) && isAsked(b) ? b : a;
    return lateness(b) > lateness(a) ? b : a;
  });
}
