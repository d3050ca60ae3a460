/**
 * Answers a teacher's question, or a follow-up choice, with one Decision (DESIGN.md): the entry
 * point of the policy for the channels and the CLI.
 */
import { answerAboutRule } from './about-rule.js';
import { actsOfUnmet } from './act-of-condition.js';
import { perClassAnswer } from './answer-without-class.js';
import { carry } from './carry-previous.js';
import type { Pack } from './compile-pack.js';
import { type ActionId, type ClassId, type Decision, higherClass, type Language } from './contract.js';
import { decide, pickPrimary } from './decide.js';
import { asksTheRule } from './default-handling.js';
import { rulesWithoutDocument, settingOnly } from './document-as-setting.js';
import { renderIncident } from './render-answer.js';
import { PERMISSION_BLANKET, PERMISSION_HAD, PERMISSION_UNASKED } from './rule-sources.js';
import { toldFromOutside } from './told-from-outside.js';
import { toldNotAsked } from './told-not-asked.js';
import { endAspect } from './understand/end-aspect.js';
import { extentAsked } from './understand/extent-asked.js';
import { permissionHad, permissionObtained, principalUntold } from './understand/granted.js';
import { placeOfHandling } from './understand/handling-place.js';
import { readInPackWords } from './understand/kana-pack-words.js';
import { lexiconFor } from './understand/lexicon.js';
import { asksOther, saysHandling } from './understand/other-asks.js';
import { type ParsedQuestion, parseQuestion } from './understand/parse-question.js';
import { actOfPlace } from './understand/place-act.js';
import { retrievedSituation } from './understand/retrieve-situation.js';
import { validateQuestion } from './understand/validate-question.js';
import type { Understood } from './understood.js';

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

/**
 * Answers one question with one Decision (DESIGN.md), citing where every part comes from.
 * Throws QuestionError when the question cannot be answered as written (empty, binary …).
 *
 * @example ask(getPack('kumamoto'), '通知表をメールで保護者に送ってもいいですか？').decision // 'conditional'
 */
export function ask(pack: Pack, question: string, options: AskOptions = {}): Decision {
  const { text, parsed } = readInPackWords(pack, validateQuestion(question));
  let items = parsed.items;
  if (options.assetId) {
    const forced = pack.items.get(options.assetId);
    if (forced) items = [forced];
  }
  const language = options.language ?? parsed.language;
  const classes = [parsed.statedClass, options.class].filter((c): c is ClassId => c != null);
  const cls = [...items.map((i) => i.class), ...classes].reduce<ClassId | null>((a, c) => (a ? higherClass(a, c) : c), null);
  // A mishap told by structure alone with public information (class Ⅳ) leaks nothing (4-4(1)), and
  // one carried home and brought back stays a breach to report (incidents.yaml after_the_fact,
  // 6-2(3)): the act is answered as asked.
  const breachOnly =
    parsed.incident?.mishap && (cls === 'IV' || (parsed.actions.length === 1 && parsed.actions[0] === 'take_home'));
  // A report that follows an answer and names no document of its own is about the one answered
  // (「住所録を送りたい」 → 「まだ届いてないって連絡が来ました」): its document and act are the answer's.
  const before = options.previous && items.length === 0 && parsed.actions.length === 0 ? options.previous : null;
  const carriedItem = before?.assetId ? pack.items.get(before.assetId) : undefined;
  if (parsed.incident && !breachOnly) {
    const reported = carriedItem ? [carriedItem] : items;
    // A report says how it happened at most once (誤ってFAXで送った): one action, or none.
    // A medium said missing (「USBメモリが見当たりません」) is that one, though not an act.
    // Of several, the act the story told last before what happened (parse-question.ts withAct).
    // With none, a loss away from the school (電車に置き忘れた) tells the act: it was taken out.
    const action =
      parsed.actions.length === 1
        ? parsed.actions[0]!
        : (parsed.incident.missing ??
          parsed.incident.act ??
          (parsed.actions.length === 0 ? parsed.incident.away : undefined) ??
          before?.actionId ??
          null);
    const fromOutside = toldFromOutside(pack, text, language);
    return renderIncident(pack, {
      language,
      kinds: parsed.incident.kinds,
      cls: carriedItem ? carriedItem.class : cls,
      primary: pickPrimary(reported),
      action,
      fromOutside,
      // The case the standard names that this one is (4-4(1)②イ for records found thrown out unshredded).
      examples: parsed.incident.examples
        .filter((e) => !e.actions || (action != null && e.actions.includes(action)))
        .flatMap((e) => (e.citation ? [e.citation] : [])),
    });
  }
  // 「CISOは誰？」「教育情報って何？」: the rule itself is asked, answered from the article that says it.
  const about =
    !options.actionId && !options.assetId
      ? answerAboutRule(pack, {
          normalized: parsed.normalized,
          language,
          namesHandling: parsed.actions.length > 0 || parsed.situations.length > 0 || classes.length > 0,
        })
      : null;
  if (about) return about;
  // 「どう声をかければいい？」: the way of something that is no act on information, not leave.
  const way = !options.actionId && parsed.wayAsked;
  const setting = !options.actionId && (way || aboutNoDocument(parsed) || onlyTopic(pack, parsed));
  const actions = options.actionId ? [options.actionId] : way ? [] : withActOfUnmet(pack, parsed, setting ? [] : items, classes);
  const u: Understood = {
    items: setting ? [] : items,
    actions,
    situations: options.actionId
      ? []
      : parsed.situations.length === 0 && actions.length === 0 && !setting && items.length > 0
        ? placeOfHandling(pack, parsed.analyzed.morphemes, parsed.language)
        : parsed.situations,
    classes: setting ? [] : classes,
    vague: parsed.vague,
    language,
    asked: options.actionId ? [] : parsed.asked,
    told: options.actionId ? [] : parsed.told,
    saidLast: options.actionId ? [] : parsed.saidLast,
    carried: options.actionId ? [] : parsed.carriedActions,
    deviceAtHome: !options.actionId && parsed.deviceAtHome,
    onPaper: parsed.onPaper,
  };
  const carried =
    options.previous && !options.assetId && !options.actionId ? carry(pack, parsed, u, options.previous) : undefined;
  const said = {
    ...parsed,
    measures: withPermissionHad(pack, parsed),
    askedRule: asksTheRule(pack, parsed.analyzed, parsed.language),
    handling: saysHandling(parsed.analyzed.morphemes, lexiconFor(pack)),
    extentAsked: extentAsked(parsed.analyzed, lexiconFor(pack), parsed.language, parsed.actsAt),
  };
  const withDocument = decide(pack, u, said);
  // A document beside a rule that holds for any information is only the setting unless it makes the answer stricter.
  const alone =
    !options.assetId &&
    !options.class &&
    (u.items.length > 0 || u.classes.length > 0) &&
    u.actions.length === 0 &&
    (u.carried ?? []).length === 0 &&
    u.situations.some(rulesWithoutDocument)
      ? settingOnly(withDocument, decide(pack, { ...u, items: [], classes: [] }, said))
      : null;
  const unknown = withDocument.decision === 'unknown';
  // Asked afresh how far a rule reaches, with nothing named but the act: the rule class by class.
  const perClass = () => (said.extentAsked && !options.previous ? perClassAnswer(pack, u, language) : null);
  const decided = alone ?? (unknown ? (retrieved(pack, parsed, u, said, options) ?? perClass()) : null) ?? withDocument;
  const followsAnswer = Boolean(options.previous || options.actionId || options.assetId);
  const decision = toldNotAsked(decided, text, parsed, lexiconFor(pack), followsAnswer)
    ? renderIncident(pack, {
        language,
        kinds: [],
        cls: decided.class,
        primary: pickPrimary(u.items),
        action: decided.action,
        fromOutside: toldFromOutside(pack, text, language),
        examples: [],
      })
    : decided;
  return carried && Object.keys(carried).length > 0 ? { ...decision, carried } : decision;
}

/**
 * Nothing named a document, a class or a rule and the question is asked afresh: the rule about no
 * document it is nearest to (understand/retrieve-situation.ts) instead of asking which document.
 */
function retrieved(
  pack: Pack,
  parsed: ParsedQuestion,
  u: Understood,
  said: Parameters<typeof decide>[2],
  options: AskOptions,
): Decision | null {
  if (options.previous || options.assetId || options.actionId || options.class) return null;
  if (u.items.length > 0 || u.classes.length > 0 || u.situations.length > 0 || parsed.vague.length > 0) return null;
  // The way of something that is no act on information (どう声をかければ) is no rule's.
  if (parsed.wayAsked) return null;
  const acts = [...parsed.actsAt.values()].flat();
  const situation = retrievedSituation(pack, parsed.analyzed, parsed.language, acts);
  if (!situation) return null;
  const withRule = decide(pack, { ...u, actions: [], carried: [], situations: [situation] }, said);
  return withRule.decision === 'unknown' ? null : withRule;
}

/**
 * The measures met, with the permission marked as had where the message says so: one that names no
 * act of its own (「校長の許可はもらいました」 after 「健康診断票を病院に持って行きたい」, or
 * 「申請して許可もらえば？」) answers the previous answer's 許可が必要; one that tells its act done
 * says the permission was had for it, not supposed or asked about (「校長の許可をもらって、暗号化した
 * USBで持って行きました」, not 「許可もらえたら」 or 「誰の許可をもらえばいい？」). A story whose act
 * is not said done (持ち出し許可はとってます…置き忘れて) is read as it stands. The principal's standing
 * permission (「包括的に許可もらっとけば」) answers only the rulings that take it.
 */
function withPermissionHad(pack: Pack, parsed: ParsedQuestion): ParsedQuestion['measures'] {
  const { met, unmet } = parsed.measures;
  const ownAct = parsed.actions.length > 0 || parsed.situations.length > 0;
  const m = parsed.analyzed.morphemes;
  const had = met.includes('permission') && (!parsed.done && !ownAct ? permissionHad(m) : parsed.done && permissionObtained(m));
  const principal = pack.roles.get('principal')?.held_by.ja;
  const untold = principal !== undefined && principalUntold(parsed.analyzed.morphemes, [principal]);
  const unasked = unmet.includes('permission') || untold;
  // A standing permission (包括的許可) is no individual one: it counts where a ruling names it (rule-sources.ts).
  const blanket = met.filter((id) => pack.conditionsMetBy.get(id) === 'blanket');
  const granted = blanket.length > 0 ? blanket.map((id) => `${PERMISSION_BLANKET}${id}`) : [PERMISSION_HAD];
  // 「まだ許可もらってないけど持ち出していい？」: asked before the act, the permission not yet had is
  // what the answer asks for (許可が必要), not a measure broken; said done, it was broken.
  const aspect = endAspect(m);
  const told = parsed.done || aspect === 'past' || aspect === 'perfect';
  const notYetHad = !told ? unmet.filter((id) => id !== 'permission') : unmet;
  return {
    met: had ? [...met, ...granted] : met,
    unmet: unasked ? [...notYetHad, PERMISSION_UNASKED] : unmet,
  };
}

/**
 * The acts read, and the one an unmet condition the story tells belongs to (act-of-condition.ts:
 * 「承諾はまだ取っていません。広報誌は全家庭と地域に配布されます」 is publishing the photos).
 */
function withActOfUnmet(pack: Pack, parsed: ParsedQuestion, items: ParsedQuestion['items'], classes: ClassId[]): ActionId[] {
  const of = [...items.map((i) => i.class), ...classes];
  // A named document and no act read: the act from where and how it is used (understand/place-act.ts).
  const placed =
    parsed.actions.length === 0 && items.length > 0 && parsed.situations.length === 0
      ? actOfPlace(parsed.analyzed.morphemes, parsed.normalized, of)
      : null;
  const read = placed && pack.actions.has(placed) ? [placed] : parsed.actions;
  return [...read, ...actsOfUnmet(pack, parsed.measures.unmet, of, read)];
}

/**
 * The question is about a rule on a device, a password or a room and does nothing with a document
 * (「授業の動画がカクつくのでウイルス対策ソフトを切っていい？」): what it names is only the setting.
 */
function aboutNoDocument(parsed: ParsedQuestion): boolean {
  return parsed.actions.length === 0 && parsed.situations.some((s) => s.no_document);
}

/**
 * The question names no act and asks something else of what it names (「職員会議って何時から？」,
 * 「通知表の所見の書き方のコツ」): the document is its topic, not information to classify.
 */
function onlyTopic(pack: Pack, parsed: ParsedQuestion): boolean {
  return (
    parsed.actions.length === 0 && asksOther(parsed.analyzed.morphemes, lexiconFor(pack), parsed.normalized, parsed.language)
  );
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
