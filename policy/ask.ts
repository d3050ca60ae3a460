import type { Pack, Ruling, Situation } from './compile-pack.js';
import {
  type ActionId,
  CLASS_IDS,
  type ClassId,
  type Decision,
  higherClass,
  type Language,
  type RuledDecision,
  STRICTNESS,
} from './contract.js';
import { asksTheRule } from './default-handling.js';
import { escapeRegex } from './escape-regex.js';
import { renderAnswer, renderFollowUp, renderIncident } from './render-answer.js';
import type { CatalogItem, Localized, VagueTerm } from './schema.js';
import { lexiconFor } from './understand/lexicon.js';
import { normalize } from './understand/normalize.js';
import { type ParsedQuestion, parseQuestion, qualifyFor } from './understand/parse-question.js';
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
  /**
   * The previous answer of the same conversation, as ids (never its text): a message that only
   * names an action (「じゃあUSBなら？」), information (「健康診断票は？」) or a measure
   * (「パスワードをつければいい？」) is answered with the rest taken from it.
   */
  previous?: Previous;
}

/** What an earlier answer understood, enough to continue from it. */
export interface Previous {
  assetId?: string | null;
  actionId?: ActionId | null;
  situationId?: string | null;
  class?: ClassId | null;
}

/**
 * Loads the language analyzer and builds the pack's word index now (a server calls this at
 * start-up, so the first teacher does not wait); returns how long it took, in ms.
 */
export function warmUp(pack: Pack): number {
  const started = performance.now();
  parseQuestion(pack, '通知表をメールで送ってもいい？');
  return performance.now() - started;
}

/** The ids a follow-up needs from an answer (never its text). */
export function previousOf(decision: Decision): Previous {
  return {
    assetId: decision.asset?.id ?? null,
    actionId: decision.action,
    situationId: decision.situation?.id ?? null,
    class: decision.class,
  };
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
  const language = options.language ?? parsed.language;
  const classes = [parsed.statedClass, options.class].filter((c): c is ClassId => c != null);
  if (parsed.incident) {
    const cls = [...items.map((i) => i.class), ...classes].reduce<ClassId | null>((a, c) => (a ? higherClass(a, c) : c), null);
    // A report says how it happened at most once (誤ってFAXで送った): one action, or none.
    const action = parsed.actions.length === 1 ? parsed.actions[0]! : null;
    const fromOutside = toldFromOutside(pack, text, language);
    return renderIncident(pack, {
      language,
      kinds: parsed.incident.kinds,
      cls,
      primary: pickPrimary(items),
      action,
      fromOutside,
    });
  }
  const setting = !options.actionId && aboutNoDocument(parsed);
  const u: Understood = {
    items: setting ? [] : items,
    actions: options.actionId ? [options.actionId] : parsed.actions,
    situations: options.actionId ? [] : parsed.situations,
    classes: setting ? [] : classes,
    vague: parsed.vague,
    language,
    asked: options.actionId ? [] : parsed.asked,
    carried: options.actionId ? [] : parsed.carriedActions,
  };
  const carried =
    options.previous && !options.assetId && !options.actionId ? carry(pack, parsed, u, options.previous) : undefined;
  const decision = decide(pack, u, { ...parsed, askedRule: asksTheRule(pack, parsed.analyzed, parsed.language) });
  return carried && Object.keys(carried).length > 0 ? { ...decision, carried } : decision;
}

/**
 * The question is about a rule on a device, a password or a room and does nothing with a document
 * (「授業の動画がカクつくのでウイルス対策ソフトを切っていい？」): what it names is only the setting.
 */
function aboutNoDocument(parsed: ParsedQuestion): boolean {
  return parsed.actions.length === 0 && parsed.situations.some((s) => s.no_document);
}

/**
 * A continuation takes from the previous answer what it does not say itself: the information
 * when it names only an action or a measure, the action when it names only information.
 */
function carry(pack: Pack, parsed: ParsedQuestion, u: Understood, previous: Previous): Decision['carried'] {
  const namesInfo = u.items.length > 0 || u.vague.length > 0 || u.classes.length > 0;
  const namesAction = u.actions.length > 0 || u.situations.length > 0;
  // A continuation (short, or opened or closed like one: じゃあ…なら？, …つければいい？) takes what it
  // does not say from before, and so does a message that names neither information nor an action
  // (「保護者の承諾はとってあります」); a question of its own (「学校のパソコンで私用のネットショッピン
  // グしていい？」) is answered as it stands.
  if (parsed.continuation && namesInfo && namesAction) return keepMeans(pack, u, previous);
  if ((!parsed.continuation && (namesInfo || namesAction) && !actsOnBefore(u, previous)) || (namesInfo && namesAction))
    return undefined;
  const carried: NonNullable<Decision['carried']> = {};
  if (!namesInfo) {
    const before = previous.assetId ? pack.items.get(previous.assetId) : undefined;
    // What this message says of it still counts (「全員から掲載OKの同意書をもらってます」: the photos
    // become ones published with consent).
    const item = before && qualifyFor(pack, parsed, before);
    if (item) {
      u.items = [item];
      carried.asset = { id: item.id, name: item.name[u.language] };
    } else if (previous.class) {
      u.classes = [previous.class];
      carried.class = previous.class;
    }
  }
  if (!namesAction) {
    const situation = previous.situationId ? pack.situations.get(previous.situationId) : undefined;
    if (situation) u.situations = [situation];
    else if (previous.actionId) {
      u.actions = [previous.actionId];
      carried.action = previous.actionId;
    }
  }
  return carried;
}

/**
 * The message names no information, only what is done (「FAXは？向こうがFAXでって言ってる」,
 * 「コピーしたやつ、使い終わったら普通に捨てていい？」): an act needs something to act on, so it is
 * done to the information answered before, however the message is put. Not a rule that stands
 * without a document (「学校のパソコンで私用のネットショッピングしていい？」: a question of its own).
 */
function actsOnBefore(u: Understood, previous: Previous): boolean {
  const namesInfo = u.items.length > 0 || u.vague.length > 0 || u.classes.length > 0;
  if (namesInfo || u.actions.length === 0 || u.situations.some((s) => s.no_document)) return false;
  return Boolean(previous.assetId || previous.class);
}

/**
 * A continuation that names information and only where it is done (`lexicon.settings`: work at
 * home), where what was done before is the means of it (「私物のiPad、学校で仕事に使っていい？」 then
 * 「家で、学校のクラウドにログインして教材作るだけなら？」): the device or channel of before stays.
 */
function keepMeans(pack: Pack, u: Understood, previous: Previous): Decision['carried'] {
  const before = previous.actionId;
  const lexicon = lexiconFor(pack);
  const absorbed = before ? (lexicon.absorbs[before] ?? []) : [];
  const settingsOnly = u.actions.length > 0 && u.actions.every((a) => lexicon.settings.includes(a) && absorbed.includes(a));
  if (!before || u.situations.length > 0 || !settingsOnly) return undefined;
  u.actions = [before];
  return { action: before };
}

/**
 * Answers again from what a previous answer understood, with one part chosen by the person
 * (a follow-up choice on a card): no question text is needed, so none has to be kept.
 */
export function answerFor(
  pack: Pack,
  understood: {
    assetId?: string | null;
    actionId?: ActionId | null;
    situationId?: string | null;
    class?: ClassId | null;
    language: Language;
  },
): Decision {
  const item = understood.assetId ? pack.items.get(understood.assetId) : undefined;
  const situation = understood.situationId ? pack.situations.get(understood.situationId) : undefined;
  const action = understood.actionId ?? null;
  // The act a situation took over (校務用PCを持ち帰る) is reported again, ruled by the situation again.
  const takenOver = action !== null && (situation?.replaces.includes(action) ?? false);
  return decide(pack, {
    items: item ? [item] : [],
    actions: action && !takenOver ? [action] : [],
    situations: situation ? [situation] : [],
    classes: !item && understood.class ? [understood.class] : [],
    vague: [],
    language: understood.language,
    asked: [],
    carried: action && takenOver ? [action] : [],
  });
}

interface Understood {
  items: CatalogItem[];
  actions: ActionId[];
  situations: Situation[];
  classes: ClassId[];
  vague: VagueTerm[];
  language: Language;
  /** The actions the last sentence of a story names: what is asked, between rulings equally strict. */
  asked: ActionId[];
  /** Actions a situation took over while carrying the information (校務用PCを持ち帰る): reported when no other is. */
  carried?: ActionId[];
}

/** One source of a ruling: an action's row, or a situation the question names (年賀状, 自動転送). */
interface Source {
  action: ActionId | null;
  situation: Situation | null;
  ruling: Ruling;
  /** Measures this ruling needs that the question says are not taken: 禁止 as described. */
  unmet?: string[];
}

/** The condition id a pack gives the principal's permission, as questions say it (handling.yaml). */
const PERMISSION = 'permission';

/** What a source decides for the question as described: 禁止 when a measure it needs is said not to be taken. */
function effective(source: Source): RuledDecision {
  return source.unmet?.length ? 'prohibited' : source.ruling.decision;
}

/**
 * The measures a ruling needs that the question leaves out (「パスワードなしで」, 「申請はしてない」):
 * a condition of a conditional ruling, or of a permit (暗号化していないUSBで持ち出す is not what the
 * principal may permit), or the permission itself.
 */
function unmetOf(ruling: Ruling, unmet: readonly string[]): string[] {
  // 原則禁止 with a condition (公開: 保護者の承諾): without it there is nothing to consult about.
  if (ruling.decision === 'conditional' || ruling.decision === 'consult')
    return ruling.conditions.filter((id) => unmet.includes(id));
  if (ruling.decision !== 'permit_required') return [];
  return [...ruling.conditions, PERMISSION].filter((id) => unmet.includes(id));
}

/** What answers the question: the ruling, the action to report and the situation that spoke, if any. */
type Outcome = Source;

/** What the question says beyond what it names: measures taken or not, and whether it was already done. */
type Said = Pick<ParsedQuestion, 'measures' | 'done'> & { askedRule?: boolean };
const NOTHING_SAID: Said = { measures: { met: [], unmet: [] }, done: false };

function decide(pack: Pack, u: Understood, said: Said = NOTHING_SAID): Decision {
  const { items, actions, language } = u;
  const records = items.filter((i) => i.kind === 'record');
  const primary = pickPrimary(records.length > 0 ? records : items);
  const classes = [...items.map((i) => i.class), ...u.classes];
  const cls = classes.length > 0 ? classes.reduce(higherClass) : null;
  const raisedBy = cls && primary && primary.class !== cls ? (items.find((i) => i.class === cls) ?? null) : null;
  const mixed = new Set(classes).size > 1;
  const base = { policy: pack.id, language };

  if (cls === null) {
    const none = { ...base, cls: null, primary: null, raisedBy: null, mixed: false };
    // A rule about a service or a device says what it says whatever the vague word (アンケートの集計に無料のWebフォーム).
    const assumed = u.vague.length === 0 || u.situations.some((s) => s.unnamed) ? unnamedAnswer(pack, u, said.measures) : null;
    if (assumed)
      return renderAnswer(pack, {
        ...none,
        ...assumed.outcome,
        scope: assumed.scope,
        done: said.done,
        askedRule: said.askedRule,
      });
    const uniform = classIndependent(pack, u, said.measures);
    if (uniform) return renderAnswer(pack, { ...none, ...uniform, done: said.done, askedRule: said.askedRule });
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
  const sources = sourcesAt(pack, u, cls, said.measures);
  if (sources.length === 0) {
    return renderFollowUp(pack, { ...base, kind: 'action', cls, primary, action: null, choices: COMMON_ACTIONS, vague: null });
  }
  return renderAnswer(pack, {
    ...base,
    cls,
    primary,
    raisedBy,
    mixed,
    ...strictest(sources, namedActions(u), u.asked),
    done: said.done,
    askedRule: said.askedRule,
  });
}

/** The actions the answer may report: those said, then those a situation carrying the information took over. */
const namedActions = (u: Understood): ActionId[] => [...u.actions, ...(u.carried ?? [])];

function pickPrimary(candidates: CatalogItem[]): CatalogItem | null {
  return candidates.reduce<CatalogItem | null>(
    (best, item) => (!best || higherClass(best.class, item.class) !== best.class ? item : best),
    null,
  );
}

/**
 * A prohibition with an exception, as the question describes it: lifted to its conditional ruling
 * when the question says the condition holds (「先方からFAXでと指定された」), or says it does not
 * (then 禁止 as described, naming the measure); otherwise the prohibition, which names the exception.
 */
function asSaid(ruling: Ruling, measures: Said['measures']): Ruling {
  const except = ruling.except;
  if (!except) return ruling;
  const said = measures.met.includes(except.condition) || measures.unmet.includes(except.condition);
  return said ? except.ruling : ruling;
}

/** The situations that rule this class, then the actions: a situation wins a tie, being more specific. */
function sourcesAt(pack: Pack, u: Understood, cls: ClassId, measures: Said['measures'] = NOTHING_SAID.measures): Source[] {
  const source = (action: ActionId | null, situation: Situation | null, ruled: Ruling): Source => {
    const ruling = asSaid(ruled, measures);
    const unmet = unmetOf(ruling, measures.unmet);
    // A measure said not to be taken is cited where the pack says it comes from (2-2(5)①).
    const cites = unmet.flatMap((id) => pack.conditionCitations.get(id) ?? []);
    const cited = cites.length > 0 ? { ...ruling, citations: [...new Set([...ruling.citations, ...cites])] } : ruling;
    return { action, situation, ruling: cited, unmet };
  };
  const situations = u.situations.flatMap((situation) => {
    const ruling = situation.rulings.get(cls);
    return ruling ? [source(null, situation, ruling)] : [];
  });
  const actions = u.actions.map((action) => source(action, null, pack.rulings.get(action)!.get(cls)!));
  return [...situations, ...actions];
}

/**
 * Several sources in one question (「USBに入れて持ち帰る」, 「年賀状のために住所を教える」): the
 * strictest answer, with all conditions (only what prohibits, when something does). The action
 * reported is the strictest action named, even when a situation decides.
 */
function strictest(sources: Source[], named: ActionId[], asked: readonly ActionId[] = []): Outcome {
  const top = strictestOf(sources, asked);
  const kept = effective(top) === 'prohibited' ? sources.filter((s) => effective(s) === 'prohibited') : sources;
  const actions = sources.filter((s) => s.action !== null);
  const action = top.action ?? (actions.length > 0 ? strictestOf(actions, asked).action : (named[0] ?? null));
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
 * more specific), or else an action the story's last sentence asks about over one told before it.
 */
function strictestOf(sources: Source[], asked: readonly ActionId[] = []): Source {
  const isAsked = (s: Source) => s.action !== null && asked.includes(s.action);
  return sources.reduce((a, b) => {
    const [sa, sb] = [STRICTNESS[effective(a)], STRICTNESS[effective(b)]];
    if (sb !== sa) return sb > sa ? b : a;
    return a.situation === null && !isAsked(a) && isAsked(b) ? b : a;
  });
}

/**
 * No information named, but an action that knows what it applies to (a personal device reaches
 * the city's cloud, which holds class Ⅲ or lower): answered as for that class, with what the
 * pack adds (class Ⅰ・Ⅱ must not be handled on it).
 */
function unnamedAnswer(pack: Pack, u: Understood, measures: Said['measures']): { outcome: Outcome; scope: Localized } | null {
  const unnamed = [...u.situations.map((s) => s.unnamed), ...u.actions.map((a) => pack.actions.get(a)!.unnamed)].find(
    (x) => x !== undefined,
  );
  if (!unnamed) return null;
  const outcome = strictest(sourcesAt(pack, u, unnamed.assume, measures), namedActions(u));
  const ruling = {
    decision: outcome.ruling.decision,
    conditions: [...new Set([...outcome.ruling.conditions, ...unnamed.conditions])],
    citations: [...new Set([...outcome.ruling.citations, ...unnamed.citations])],
  };
  return { outcome: { ...outcome, ruling }, scope: unnamed.subject };
}

/**
 * When a source decides the same for every class (LINE is prohibited, auto-forwarding too), no
 * class is needed: the answer keeps what applies to every class, provided nothing else named
 * could be stricter for some class (「個人のGmailに自動転送」 is prohibited whatever the mail holds).
 */
function classIndependent(pack: Pack, u: Understood, measures: Said['measures']): Outcome | null {
  const ruled = (r: Ruling | undefined) => r && asSaid(r, measures);
  const all = [
    ...u.situations.map((situation) => ({
      action: null,
      situation,
      perClass: CLASS_IDS.map((c) => ruled(situation.rulings.get(c))),
    })),
    ...u.actions.map((action) => ({
      action,
      situation: null,
      perClass: CLASS_IDS.map((c) => ruled(pack.rulings.get(action)!.get(c))),
    })),
  ];
  const uniform: Source[] = [];
  let others = -1;
  for (const { action, situation, perClass } of all) {
    const rulings = perClass.filter((r): r is Ruling => r !== undefined);
    const first = rulings[0]!;
    if (rulings.length === CLASS_IDS.length && rulings.every((r) => r.decision === first.decision)) {
      const everywhere = (pick: (r: Ruling) => string[]) => pick(first).filter((x) => rulings.every((r) => pick(r).includes(x)));
      const ruling = {
        decision: first.decision,
        conditions: everywhere((r) => r.conditions),
        citations: everywhere((r) => r.citations),
      };
      uniform.push({ action, situation, ruling, unmet: unmetOf(ruling, measures.unmet) });
    } else {
      others = Math.max(others, ...rulings.map((r) => STRICTNESS[r.decision]));
    }
  }
  if (uniform.length === 0) return null;
  const outcome = strictest(uniform, namedActions(u));
  return STRICTNESS[outcome.ruling.decision] >= others ? outcome : null;
}

/**
 * The teacher was told of it by someone outside the school: one of `from_outside.who`, then から
 * or より and a word of telling in the same sentence (「保護者の方から…と電話がありました」), or in
 * English the teller and the telling within a sentence ("A parent called to say …").
 */
function toldFromOutside(pack: Pack, text: string, language: Language): boolean {
  const pattern = outsidePatterns(pack)?.[language];
  return pattern?.test(normalize(text)) ?? false;
}

const outside = new WeakMap<Pack, Record<Language, RegExp> | null>();
function outsidePatterns(pack: Pack): Record<Language, RegExp> | null {
  if (outside.has(pack)) return outside.get(pack)!;
  const from = pack.incidents.from_outside;
  const any = (words: string[]) => words.map((w) => escapeRegex(normalize(w))).join('|');
  const patterns = from && {
    en: new RegExp(`\\b(?:${any(from.who.en)})\\b[^.?!]{0,60}?\\b(?:${any(from.told.en)})`),
    ja: new RegExp(`(?:${any(from.who.ja)})[^。！？!?、から]{0,6}(?:から|より)[^。！？!?]{0,60}?(?:${any(from.told.ja)})`),
  };
  outside.set(pack, patterns ?? null);
  return patterns ?? null;
}
