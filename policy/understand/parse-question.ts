import type { Pack, Situation } from '../compile-pack.js';
import { type ActionId, CLASS_IDS, type ClassId, type Language } from '../contract.js';
import type { CatalogItem, IncidentKind, VagueTerm } from '../schema.js';
import { type ActionsSaid, actionsSaid, readOwned, strengthenChained } from './actions-said.js';
import type { Analyzed } from './analyze-question.js';
import { clauseRoles, toldOnly } from './clause-roles.js';
import { compoundDocument } from './compound-reading.js';
import { classUntold } from './content-unknown.js';
import { askedLast, continues, refersBack, saidLast } from './continuation.js';
import { describedDocuments } from './describe-question.js';
import { addItem, documentsNamed } from './documents-named.js';
import { doneBeforeOnly } from './done-before.js';
import { heldIn } from './held-in.js';
import { type IncidentExample, incidentSaid } from './incidents.js';
import { type Lexicon, lexiconFor } from './lexicon.js';
import { measuresSaid } from './measures.js';
import { needlessToContractor } from './needless-item.js';
import { qualify, saysFilled, togetherHeads } from './qualify.js';
import { type QuestionReading, readQuestion } from './question-reading.js';
import { Reader } from './reader.js';
import { handedInside } from './recipients.js';
import { deviceAtHome, onPaper, ownedThings } from './refine-actions.js';
import { remedyAsked } from './remedy-asked.js';
import { readSentHome } from './sent-home.js';
import { outsideBackground, sentenceRoles } from './sentence-roles.js';
import { sentByMeasure, settleActions } from './settle-actions.js';
import { situationsNamed } from './situations-named.js';
import { statedClass } from './stated-class.js';
import { wayAsked } from './way-asked.js';

export { detectLanguage } from './detect-language.js';
export type { Found } from './find-words.js';

export interface ParsedQuestion {
  language: Language;
  normalized: string;
  /** Catalog items recognised, after `unless` and qualifiers, in the order they appear. */
  items: CatalogItem[];
  /**
   * Every item is only described (「子どもが書いたやつです」), none named: in a follow-up, the
   * description may be of the document asked about before (carry-previous.ts).
   */
  describedOnly: boolean;
  /** Vague words (「アンケート」) that need a follow-up when no item is recognised. */
  vague: VagueTerm[];
  actions: ActionId[];
  /** Purposes and circumstances named (年賀状のため, 自動転送), from the pack's `situations`. */
  situations: Situation[];
  /** A class written in the question itself: 「分類Ⅱの資料」, "class II". */
  statedClass: ClassId | null;
  /** What the message reports as already happened (lost, mis-sent …), if it is a report. */
  incident: {
    kinds: IncidentKind[];
    examples: IncidentExample[];
    missing?: ActionId;
    act?: ActionId;
    /** Lost away from the school (電車に置き忘れた): the act when none is named (incidents.yaml `away`). */
    away?: ActionId;
    /** Read from the sentence's structure only (mishap.ts), no incident word said. */
    mishap?: boolean;
  } | null;
  /** The message says the action was already done (送っちゃった, I already sent). */
  done: boolean;
  /** Measures the question says are taken (パスワードをかけて) or not (パスワードなしで), by condition id. */
  measures: { met: string[]; unmet: string[] };
  /** Where each act read is said in the normalized text. */
  actsAt: ReadonlyMap<ActionId, readonly { start: number; end: number }[]>;
  /** Short, or opened like a continuation (じゃあ…なら？): answered against the previous answer when there is one. */
  continuation: boolean;
  /** In a message of several sentences, the actions its last sentence names (the question after the story). */
  asked: ActionId[];
  /**
   * Actions said only where the story tells what someone else said or does (clause-roles.ts):
   * they may rule, but the act reported is one of the teacher's own.
   */
  told: ActionId[];
  /** The actions by where they are last said, the latest first: between rulings equally strict, the one a sentence ends on. */
  saidLast: ActionId[];
  /** Actions a situation that carries the information took over (校務用PCを持ち帰る): the act done, ruled by the situation. */
  carriedActions: ActionId[];
  /**
   * The one act read is the one a measure is taken for, the measure said of what the document holds
   * (公開の同意をもらってない子も写ってる): in a conversation, the act of before stays (carry-previous.ts).
   */
  actOfDescribedMeasure: boolean;
  /** A device of the teacher's home is said (家のパソコン): where the work is done, too. */
  deviceAtHome: boolean;
  /** Said to be on paper, not data (印刷して, 紙で): see lexicon.yaml `paper`. */
  onPaper: boolean;
  /** It asks the way to do something that is no act on information (どう声をかければいい): see way-asked.ts. */
  wayAsked: boolean;
  /** The question as analyzed, for reading it again against an item taken from before (qualifyFor). */
  analyzed: Analyzed;
}

/**
 * An item taken from the previous answer, as this message qualifies it: 「全員から掲載OKの同意書を
 * もらってます」 makes the photos asked about before ones published with consent.
 */
export function qualifyFor(pack: Pack, parsed: ParsedQuestion, item: CatalogItem, supposing = false): CatalogItem {
  return qualify(pack, item, new Reader(parsed.analyzed, lexiconFor(pack), parsed.language, supposing)) ?? item;
}

/**
 * The message speaks of what qualifies the item at all, said to hold or not (承諾, 同意書, 承諾のない,
 * 記入前): any word of its qualifiers, their together-groups' first words or its own `unless`.
 */
export function speaksOfQualifiers(pack: Pack, parsed: ParsedQuestion, item: CatalogItem): boolean {
  const r = new Reader(parsed.analyzed, lexiconFor(pack), parsed.language);
  if (r.has(item.unless)) return true;
  return item.qualifiers.some((q) => r.has(q.when) || r.has(q.when_not) || r.has(q.unless) || r.has(togetherHeads(q)));
}

/**
 * A situation that rules every class (パスワードを書き留める) stands without a document: a question
 * naming it asks about that rule, not about a document it may describe. One that rules only some
 * classes (教室に掲示: Ⅰ・Ⅱ) is about a document, which the question may describe instead of naming.
 */
function standsAlone(situation: Situation): boolean {
  return CLASS_IDS.every((c) => situation.rulings.has(c));
}

/**
 * Understands a question: the language, the catalog items, the actions, the situations, any
 * class stated in it, and what the sentence says about them: negated (「同意はもらっていない」),
 * already done (「送っちゃった」), a report of an incident (「USBをなくしました」), a measure taken
 * or not (「パスワードはかけずに」). Words are found as written, by reading and with one slip, and
 * verbs by their dictionary form (policy/understand/match-morphemes.ts).
 */
export function parseQuestion(pack: Pack, question: string): ParsedQuestion {
  const r = readQuestion(pack, question);
  const { q, lexicon, language } = r;
  const { normalized } = q;
  const measures = measuresSaid(r);
  const { items, vague } = documentsNamed(r);
  const said = actionsSaid(r);
  const named = situationsNamed(r, items.length > 0);
  // Asked for in words, not in writing: a request without a written inquiry (lexicon `requested`).
  const informal = said.requested && !r.reader.has(lexicon.requested.written) ? lexicon.requested.situation : undefined;
  const unwritten = informal ? r.pack.situations.get(informal) : undefined;
  if (unwritten) named.add(unwritten);
  readOwned(r, said, named);
  readSentHome(r, said);
  strengthenChained(r, said);
  // Told of others, or done before the act asked (配り終わった後の捨て方): they rule, the other is asked.
  const told =
    language === 'ja'
      ? new Set([...toldOnly(said.saidAt, clauseRoles(q.morphemes, lexicon)), ...doneBeforeOnly(q.morphemes, said.saidAt)])
      : new Set<ActionId>();
  ownBesideTold(said, told);
  const settled = settleActions(r, said, named, items.length > 0);
  const { carriedActions, actOfDescribedMeasure } = settled;
  const remedies = remediesAsked(r, settled.situations);
  const situations = remedies ?? settled.situations;
  // A remedy about a device or a room (画面をロックして離席): the occasion's act (離席 → 机上への
  // 置き去り) is no act on information when none is named.
  const actions = remedies && items.length === 0 && remedies.every((s) => s.no_document) ? [] : settled.actions;
  // A described document (「教室の誰がどこに座っているかを書いた図」), when no rule without a document
  // (パスワードのメモ) is named (describe-question.ts); one dropped above (no action it replaces) is not.
  const namedItems = items.length;
  if (situations.every((s) => !standsAlone(s))) addDescribed(r, items);
  // Still none, no vague word to ask about, and an act on it: the document's own compound (「面接練習カード」).
  if (
    language === 'ja' &&
    items.length === 0 &&
    vague.length === 0 &&
    actions.length > 0 &&
    situations.every((s) => !standsAlone(s))
  ) {
    const taken = r.found.filter((f) => f.value.type === 'action' || f.value.type === 'item');
    const means = lexicon.owned.things.flatMap((t) => t.ja);
    const read = compoundDocument(r.pack, q.morphemes, taken, lexicon.document_nouns.ja, means);
    if (read) addItem(items, qualify(r.pack, read, r.reader));
  }
  // Still none, and an act: the system named whose information the seed defines (学習系クラウド).
  if (items.length === 0 && vague.length === 0 && actions.length > 0 && situations.every((s) => !standsAlone(s))) {
    const held = heldIn(r);
    if (held) addItem(items, qualify(r.pack, held, r.reader));
  }
  // Only kinds of content seen in a document the speaker cannot tell (content-unknown.ts): no class.
  if (language === 'ja' && classUntold(items, q.morphemes, lexicon)) items.length = 0;
  // A class Ⅰ・Ⅱ item beside the document a contractor works on is given beyond the work (2-2(5)①).
  if (language === 'ja' && !measures.met.includes('provision_basis') && needlessToContractor(items, actions, normalized, lexicon))
    measures.unmet.push('provision_basis');
  return {
    language,
    normalized,
    items,
    describedOnly: namedItems === 0 && items.length > 0,
    vague,
    actions: [
      ...new Set(
        withMachineAtHome(
          lexicon,
          normalized,
          language,
          sentByMeasure(r, said, language === 'ja' ? handedInside(r.pack, lexicon, q, actions) : actions),
        ),
      ),
    ],
    situations,
    statedClass: statedClass(normalized, language),
    incident: withAct(
      incidentSaid(language === 'ja' ? { ...r, found: outsideBackground(r.found, sentenceRoles(q.morphemes, lexicon)) } : r),
      said.saidAt,
      actions,
    ),
    done: said.done,
    actsAt: said.saidAt,
    measures,
    continuation: continues(question, normalized, lexicon, language) || (language === 'ja' && refersBack(q.morphemes)),
    asked: askedLast(q.morphemes, actions, said.saidAt),
    told: [...told].filter((a) => actions.includes(a)),
    saidLast: saidLast(said.saidAt).filter((a) => !lexicon.generic.includes(a) && !told.has(a)),
    carriedActions,
    actOfDescribedMeasure,
    deviceAtHome: deviceAtHome(lexicon, normalized, language),
    onPaper: onPaper(lexicon, normalized, language),
    wayAsked:
      language === 'ja' &&
      wayAsked(
        q.morphemes,
        lexicon,
        r.found.filter((f) => f.value.type === 'action'),
      ),
    analyzed: q,
  };
}

/**
 * Asked how to do it within the rule or whether its measure is needed (remedy-asked.ts): a
 * situation with a remedy (宛先を見せる一斉メール → BCC) is answered by the remedy.
 */
function remediesAsked(r: QuestionReading, situations: Situation[]): Situation[] | null {
  if (r.language !== 'ja' || !situations.some((s) => s.remedy) || !remedyAsked(r.q.morphemes, r.lexicon)) return null;
  return [...new Set(situations.map((s) => (s.remedy ? r.pack.situations.get(s.remedy)! : s)))];
}

/**
 * A report's act: of several acts said, the one told last up to where what happened is told
 * (「ｽﾏﾎに学校のメール入れてたんだけど、そのｽﾏﾎ落としました」: the phone, not the mail on it;
 * 「コピー機に置きっぱなしにしてて」: left, not copied). The story leads up to the event.
 */
function withAct(
  incident: ReturnType<typeof incidentSaid>,
  saidAt: ReadonlyMap<ActionId, readonly { start: number; end: number }[]>,
  actions: readonly ActionId[],
): ParsedQuestion['incident'] {
  if (!incident) return null;
  const { at, ...rest } = incident;
  if (actions.length < 2) return rest;
  let act: ActionId | undefined;
  let last = -1;
  for (const id of actions) {
    for (const span of saidAt.get(id) ?? []) {
      if (at !== undefined && span.start > at) continue;
      if (span.start > last) {
        last = span.start;
        act = id;
      }
    }
  }
  return act ? { ...rest, act } : rest;
}

/**
 * Every strong act said only where the story tells what someone else said or does (clause-roles.ts):
 * the teacher's own acts said more weakly (紙で持っていく) count beside them, to be the act reported.
 */
function ownBesideTold(said: ActionsSaid, told: ReadonlySet<ActionId>): void {
  if (said.strong.size === 0 || ![...said.strong].every((a) => told.has(a))) return;
  for (const a of said.weak) if (!told.has(a)) said.strong.add(a);
}

/** Adds the documents the question describes without naming them (describe-question.ts). */
function addDescribed(r: QuestionReading, items: CatalogItem[]): void {
  const { pack, found, q, lexicon, language, reader } = r;
  const owned = ownedThings(lexicon, q.normalized, language);
  const filled = saysFilled(pack, reader);
  for (const item of describedDocuments({ pack, found, q, lexicon, language, items, owned, filled }, (i) =>
    qualify(pack, i, reader),
  ))
    addItem(items, item);
}

/**
 * A machine of the teacher's home another act went through (家のプリンターで印刷する): the act is
 * done at home too, as work at home said beside it (lexicon `alone`: printed at home, the papers
 * are at home), and the stricter ruling answers (第3表: Ⅰ・Ⅱ 自宅持ち帰り 禁止).
 */
function withMachineAtHome(lexicon: Lexicon, normalized: string, language: Language, actions: ActionId[]): ActionId[] {
  const outside: ActionId = 'process_outside';
  if (!deviceAtHome(lexicon, normalized, language, outside)) return actions;
  // The rule of work at home (the first): the papers are at home.
  const rule = lexicon.alone[outside]?.[0];
  // Said already: work at home, on a device of the home (deviceAtHome), or the papers taken home.
  if (actions.some((a) => a === outside || a === 'private_device' || a === rule?.becomes)) return actions;
  const beside = rule && actions.length > 0 && actions.every((a) => rule.beside.includes(a));
  return [...actions, beside ? rule.becomes : outside];
}
