import type { Pack, Situation } from '../compile-pack.js';
import { ACTION_IDS, type ActionId, CLASS_IDS, type ClassId, type Language } from '../contract.js';
import type { CatalogItem, IncidentKind, VagueTerm, Words } from '../schema.js';
import { situationsAbout } from './about.js';
import { type Analyzed, analyzeQuestion } from './analyze-question.js';
import type { Morpheme } from './analyzer.js';
import { describedDocuments } from './describe-question.js';
import { type Found, findWords } from './find-words.js';
import { doneByOthers, GOAL_ALONE, GOAL_FOR, type GoalAct, goalActs, overriddenBy } from './goals.js';
import { kanaOccurrences } from './kana-occurrences.js';
import { type Lexicon, lexiconFor } from './lexicon.js';
import { saysMissing } from './missing.js';
import { normalize } from './normalize.js';
import { agentOfPassive } from './passive-agent.js';
import { englishPatterns, ownedThings, refineActions, saidTogether } from './refine-actions.js';
import { saidAsMeans } from './said-as-means.js';
import { saidBefore } from './said-before.js';
import { englishNegated, englishRequest, insideReportedQuote, namesTime, quotedRequest, scopeOf } from './scope.js';

export interface ParsedQuestion {
  language: Language;
  normalized: string;
  /** Catalog items recognised, after `unless` and qualifiers, in the order they appear. */
  items: CatalogItem[];
  /** Vague words (「アンケート」) that need a follow-up when no item is recognised. */
  vague: VagueTerm[];
  actions: ActionId[];
  /** Purposes and circumstances named (年賀状のため, 自動転送), from the pack's `situations`. */
  situations: Situation[];
  /** A class written in the question itself: 「分類Ⅱの資料」, "class II". */
  statedClass: ClassId | null;
  /** What the message reports as already happened (lost, mis-sent …), if it is a report. */
  incident: { kinds: IncidentKind[] } | null;
  /** The message says the action was already done (送っちゃった, I already sent). */
  done: boolean;
  /** Measures the question says are taken (パスワードをかけて) or not (パスワードなしで), by condition id. */
  measures: { met: string[]; unmet: string[] };
  /** Short, or opened like a continuation (じゃあ…なら？): answered against the previous answer when there is one. */
  continuation: boolean;
  /** In a message of several sentences, the actions its last sentence names (the question after the story). */
  asked: ActionId[];
  /** Actions a situation that carries the information took over (校務用PCを持ち帰る): the act done, ruled by the situation. */
  carriedActions: ActionId[];
  /** The question as analyzed, for reading it again against an item taken from before (qualifyFor). */
  analyzed: Analyzed;
}

/**
 * An item taken from the previous answer, as this message qualifies it: 「全員から掲載OKの同意書を
 * もらってます」 makes the photos asked about before ones published with consent.
 */
export function qualifyFor(pack: Pack, parsed: ParsedQuestion, item: CatalogItem): CatalogItem {
  return qualify(pack, item, new Reader(parsed.analyzed, lexiconFor(pack), parsed.language)) ?? item;
}

/** Actions whose words name a thing that can go missing (USBメモリ, 私物のスマホ). */
const MISSING_THINGS: ReadonlySet<string> = new Set<ActionId>(['usb', 'private_device']);

const KANA = /[\u3040-\u309f]/;
const CJK = /[\u3400-\u9fff]/;
const ENGLISH_WORDS = /[a-z]{2,}[^a-z]+[a-z]{2,}/;

/**
 * A situation that rules every class (パスワードを書き留める) stands without a document: a question
 * naming it asks about that rule, not about a document it may describe. One that rules only some
 * classes (教室に掲示: Ⅰ・Ⅱ) is about a document, which the question may describe instead of naming.
 */
function standsAlone(situation: Situation): boolean {
  return CLASS_IDS.every((c) => situation.rulings.has(c));
}

/** Japanese unless the question is written in English (kana always marks Japanese). */
export function detectLanguage(normalized: string): Language {
  if (KANA.test(normalized)) return 'ja';
  if (ENGLISH_WORDS.test(normalized)) return 'en';
  return CJK.test(normalized) ? 'ja' : 'en';
}

const STATED_CLASS_JA = /(?:重要性)?分類(?:は|が|の)?(iv|iii|ii|i|[1-4])(?![a-z0-9])/;
const STATED_CLASS_EN = /(?<![a-z])class(?:ification)?\s*(iv|iii|ii|i|[1-4])(?![a-z0-9])/;
const CLASS_OF: Record<string, ClassId> = { i: 'I', ii: 'II', iii: 'III', iv: 'IV', '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

/** Reads word lists (qualifiers, `unless`, `with`) against the question, with what each clause says. */
class Reader {
  private readonly lists = new WeakMap<Words, string[]>();
  constructor(
    private readonly q: Analyzed,
    private readonly lexicon: Lexicon,
    private readonly language: Language,
  ) {}

  private occurrences(words: Words | undefined): { start: number; end: number }[] {
    if (!words) return [];
    let list = this.lists.get(words);
    if (!list) {
      list = [...words.ja, ...words.en].map(normalize).filter((w) => w.length > 0);
      this.lists.set(words, list);
    }
    const out: { start: number; end: number }[] = [];
    for (const w of list) {
      for (let at = this.q.normalized.indexOf(w); at >= 0; at = this.q.normalized.indexOf(w, at + 1)) {
        out.push({ start: at, end: at + w.length });
      }
    }
    if (this.language === 'ja') out.push(...kanaOccurrences(words.ja, this.q.normalized, this.q.morphemes));
    return out;
  }

  private negated(span: { start: number; end: number }): boolean {
    return this.language === 'ja'
      ? scopeOf(this.q.morphemes, span.start, span.end, this.lexicon).negated
      : englishNegated(this.q.normalized, span.start, this.lexicon);
  }

  /** One of the words is in the question and its clause does not deny it. */
  says(words: Words | undefined): boolean {
    return this.occurrences(words).some((span) => !this.negated(span));
  }

  /** As `says`, for a word that starts a word of its own (別の, not 個別の). */
  saysWord(words: Words | undefined): boolean {
    const starts = new Set(this.q.morphemes.map((m) => m.start));
    return this.occurrences(words).some((span) => (starts.size === 0 || starts.has(span.start)) && !this.negated(span));
  }

  /** The documents named in the question, where they stand (for what qualifies which). */
  documents: { start: number; end: number; id: string }[] = [];

  /**
   * As `says`, for a word that qualifies a document (様式, ひな形, 記入前): not one that belongs to
   * another document named right before it (「配布文書のひな形と、…欠席理由つきの連絡票」: the
   * template is the handout's, the absence reasons are filled in).
   */
  saysOf(words: Words | undefined, id: string): boolean {
    return this.occurrences(words).some((span) => !this.negated(span) && !this.belongsElsewhere(span, id));
  }

  private belongsElsewhere(span: { start: number; end: number }, id: string): boolean {
    const text = this.q.normalized;
    const owner = this.documents.find(
      (d) => d.end <= span.start && /^の?$/.test(text.slice(d.end, span.start)) && !(d.start < span.end && d.end > span.start),
    );
    return owner !== undefined && owner.id !== id;
  }

  /**
   * One of the words is said to hold: not denied, not supposed (承諾をもらえば) and not to come
   * (もらってから, もらう予定). A description counts (承諾をもらっている写真, 同意もろてる子だけ).
   */
  holds(words: Words | undefined): boolean {
    return this.occurrences(words).some(
      (span) => !this.toCome(span) && !this.askedWhether(span) && !this.negatedOrSupposed(span),
    );
  }

  /** What is said after it asks whether it is so (承諾したかどうか, 同意したか確認, 承諾したかも). */
  private askedWhether(span: { start: number; end: number }): boolean {
    if (this.language !== 'ja') return false;
    const next = this.q.morphemes.filter((m) => m.start >= span.end).slice(0, 8);
    // Up to the verb the words are the object of, and its endings: か right after them asks whether.
    let verbal = false;
    for (const m of next) {
      if (m.pos === '記号') return false;
      if (m.pos === '助詞' && m.surface === 'か') return verbal;
      const isVerbal = m.pos === '動詞' || m.pos === '助動詞' || (m.pos === '助詞' && m.pos1 === '接続助詞');
      if (!isVerbal && verbal) return false;
      verbal = isVerbal;
    }
    return false;
  }

  /** Denied or supposed; with `orDescribing`, also a description of what comes after (もらった子). */
  private negatedOrSupposed(span: { start: number; end: number }, orDescribing = false): boolean {
    if (this.language !== 'ja') return this.negated(span);
    const scope = scopeOf(this.q.morphemes, span.start, span.end, this.lexicon);
    // Said to be needed (同意を取らないといけない？) is no more said to hold than supposed.
    return scope.negated || scope.hypothetical || Boolean(scope.obliged) || (orDescribing && Boolean(scope.attributive));
  }

  /** What is said after it makes it something to come (もらってから, もらう予定). */
  private toCome(span: { start: number; end: number }): boolean {
    const after = this.q.normalized.slice(span.end);
    return /^[っ]?て(から|以降)/.test(after) || /^[^。.!！?？、]{0,6}(予定|つもり)/.test(after);
  }

  /** One of the words ends a clause that ends in 前 (「書く前の用紙」「回答が入る前の」): not yet. */
  saysBefore(words: Words | undefined): boolean {
    return this.language === 'ja' && Boolean(words) && saidBefore(this.q.morphemes, words!.ja);
  }

  /** One of the words is in the question, denied (「まだ記入していない」). */
  denies(words: Words | undefined): boolean {
    return this.occurrences(words).some((span) => this.negated(span));
  }

  /** One group of words comes together in one sentence, its last word not denied (承諾は全員からもらってる). */
  saysTogether(groups: { ja: string[][]; en: string[][] } | undefined): boolean {
    const ways = groups?.[this.language] ?? [];
    if (ways.length === 0) return false;
    const text = this.q.normalized;
    const sentences: { start: number; end: number }[] = [];
    for (let start = 0, k = 0; k <= text.length; k++) {
      if (k === text.length || /[。.!！?？\n]/.test(text[k]!)) {
        sentences.push({ start, end: k });
        start = k + 1;
      }
    }
    return ways.some((group) =>
      sentences.some(({ start, end }) => {
        const sentence = text.slice(start, end);
        const last = normalize(group.at(-1)!);
        const at = sentence.lastIndexOf(last);
        if (at < 0 || !group.every((w) => sentence.includes(normalize(w)))) return false;
        // Said to hold, as `holds` reads it; words apart are weaker, so not in a description either
        // (承諾をもらった子 … の写真 says nothing of the others in it).
        const span = { start: start + at, end: start + at + last.length };
        return !this.toCome(span) && !this.askedWhether(span) && !this.negatedOrSupposed(span, true);
      }),
    );
  }

  /**
   * One of the nouns is used as its verb (承諾した, 同意している: a サ変 noun and する), said to hold
   * as `holds` reads it, a description too (保護者が公開を承諾した子どもの写真); not asked whether
   * (承諾したかどうか, 承諾したか確認).
   */
  saysAsVerb(nouns: readonly string[]): boolean {
    if (this.language !== 'ja' || nouns.length === 0) return false;
    const ms = this.q.morphemes;
    return ms.some((m, i) => {
      const verb = ms[i + 1];
      if (!nouns.includes(m.base) || m.pos1 !== 'サ変接続' || verb?.base !== 'する') return false;
      const span = { start: m.start, end: verb.end };
      return !this.toCome(span) && !this.askedWhether(span) && !this.negatedOrSupposed(span);
    });
  }

  /** One of the words is in the question at all (for `unless` lists, which carry their own negation). */
  has(words: Words | undefined): boolean {
    return this.occurrences(words).length > 0;
  }
}

interface Qualifier {
  when: Words;
  when_together?: { ja: string[][]; en: string[][] };
  when_not?: Words;
  unless?: Words;
  means: string;
}

function qualified(pack: Pack, qualifiers: Qualifier[], r: Reader): CatalogItem | undefined {
  // A word of the together-groups denied anywhere (「承諾のない子」) cancels them, as `unless` does.
  const deniedTogether = (q: Qualifier) =>
    r.denies({ ja: (q.when_together?.ja ?? []).map((g) => g[0]!), en: (q.when_together?.en ?? []).map((g) => g[0]!) });
  // The together-groups' first words are the consent nouns; one used as its verb says it alone (承諾した).
  const asVerb = (q: Qualifier) => r.saysAsVerb((q.when_together?.ja ?? []).map((g) => g[0]!));
  const q = qualifiers.find(
    (q) =>
      (r.holds(q.when) || r.saysTogether(q.when_together) || asVerb(q) || r.denies(q.when_not)) &&
      !r.has(q.unless) &&
      !deniedTogether(q),
  );
  return q ? pack.items.get(q.means) : undefined;
}

/**
 * The question says the form `id` is blank: 「記入前の」 (not another document's: 「配布文書のひな形」),
 * or a denied 「記入」「回答」 (「まだ誰も答えていない」).
 */
function saysBlank(pack: Pack, r: Reader, id: string): boolean {
  const blanks = pack.blankForms;
  return (
    Boolean(blanks) &&
    (r.saysOf(blanks!.when, id) || r.denies(blanks!.when_not) || r.saysBefore(blanks!.when_not)) &&
    !r.has(blanks!.unless)
  );
}

/** The question says a form is filled in (記入してある, 子どもが答えた): the blank-form words that deny a blank. */
function saysFilled(pack: Pack, r: Reader): boolean {
  const blanks = pack.blankForms;
  return Boolean(blanks) && (r.has(blanks!.unless) || (r.says(blanks!.when_not) && !r.saysBefore(blanks!.when_not)));
}

/**
 * Applies an item's `unless`, the pack's blank-form words and the item's qualifiers:
 * 「記入前の」 turns a survey into a blank form, 「通知表の様式」 is a form template.
 */
function qualify(pack: Pack, item: CatalogItem, r: Reader, depth = 0): CatalogItem | null {
  if (r.has(item.unless)) return null;
  const blank = item.blank && saysBlank(pack, r, item.id);
  const next = (blank ? pack.items.get(item.blank!) : undefined) ?? qualified(pack, item.qualifiers, r);
  if (next && next !== item && depth < 3) return qualify(pack, next, r, depth + 1) ?? next;
  return item;
}

/**
 * How a sentence that states what happened or what is so ends (見当たりません, 出てます, 跡があります,
 * 知られたかもしれません, 言いにくいんですが), not one that says what one means to do (送ります).
 */
const REPORT_END_JA =
  /(た|ました|ちゃった|ちまった|でした|ません|ないです|ています|ている|てる|てます|ていて|あります|かもしれない|かもしれません|みたい|みたいです|ようだ|ようです|らしい|らしいです|っぽい|んです|のです|んですが|んですけど|のですが)$/;

/**
 * A report rather than a question: it asks what to do about something (どうしよう, 誰に報告すれば),
 * or it states something done (a past ending) without asking leave (no いい？, 大丈夫？, "can I").
 */
function reports(
  question: string,
  normalized: string,
  morphemes: readonly Morpheme[],
  lexicon: Lexicon,
  language: Language,
): boolean {
  const has = (words: string[]) => words.some((w) => normalized.includes(normalize(w)));
  if (has(language === 'en' ? lexicon.report.en : lexicon.report.ja)) return true;
  if (has(language === 'en' ? lexicon.asks.en : lexicon.asks.ja)) return false;
  const end = question
    .normalize('NFKC')
    .trim()
    .replace(/[\s。.!！…]+$/, '');
  if (/[?？]/.test(question)) return false;
  // A plan told (送りたい, 作ろうと思っています, "I'm going to") asks in its own way.
  // Not a wish supposed (復元したければ, in what a screen says), which plans nothing.
  const plans = (m: Morpheme) =>
    (m.pos === '助動詞' && m.base === 'たい' && !m.form.startsWith('仮定')) || /^(つもり|予定)$/.test(m.base);
  if (language === 'ja' && morphemes.some(plans)) return false;
  if (language === 'ja' && /う(と|って)(思|考え)/.test(normalized)) return false;
  if (
    language === 'en' &&
    /\b(want to|wanna|plan to|planning to|going to|gonna|would like to|'d like to|intend to|thinking of|thinking about|hoping to)\b/i.test(
      question,
    )
  )
    return false;
  // A statement of what happened or what is so (見当たりません, 知られたかもしれません, おかしいんです,
  // "files are getting renamed"), not of what one means to do (送りたい, 送っとくね).
  return language === 'en'
    ? /\b(lost|left|sent|emailed|opened|clicked|gave|found|saw|noticed|started|got|happened|[a-z]+ed)\b|\b(is|are|was|were) [a-z]+ing\b/i.test(
        end,
      )
    : REPORT_END_JA.test(end);
}

/**
 * The verb ending at `end` goes on with て straight into the verb of a strong action (載せ|て|配る):
 * one act of two verbs. Not when a phrase of its own comes between (載せて、メールで送る).
 */
function chainedToStrong(morphemes: readonly Morpheme[], end: number, found: Found[]): boolean {
  const i = morphemes.findIndex((x) => x.start >= end);
  const te = morphemes[i];
  if (te?.surface !== 'て' || te.pos1 !== '接続助詞') return false;
  const next = morphemes[i + 1];
  return next?.pos === '動詞' && found.some((f) => f.value.type === 'action' && !f.value.weak && f.start === next.start);
}

/** A verb whose other reading is an act said by its goal (業者に「預ける」, 「持って」いく): it starts at the goal's verb. */
function saidToGoal(m: Found, found: readonly Found[]): boolean {
  return found.some((f) => f.term.startsWith('lemma:goal:') && !f.scope.negated && f.start === m.start);
}

/**
 * An act said by a goal at the same verb overrides this reading of it (公民館の窓口に「置く」: given,
 * not left on a desk); any reading, when the goal does the verb for the teacher (業者に「刷って」
 * もらう: handed to the printer, not copied by the teacher).
 */
function overriddenByGoal(m: Found, found: readonly Found[], lexicon: Lexicon): boolean {
  if (m.value.type !== 'action') return false;
  const id = m.value.id;
  return found.some(
    (f) =>
      f.value.type === 'action' &&
      f.value.id !== id &&
      f.term.startsWith('lemma:goal:') &&
      !f.scope.negated &&
      f.start === m.start &&
      (f.term.startsWith(`lemma:goal:${GOAL_FOR}`) || overriddenBy(lexicon, f.value.id).includes(id)),
  );
}

/**
 * Actions said by where the thing goes (事業所へご提供する): the question says who receives it. The
 * verb may have been found as the action's own word (提供) rather than as the goal's act.
 */
function saidByGoal(found: readonly Found[], acts: readonly GoalAct[]): Set<ActionId> {
  const at = (f: Found) => {
    const v = f.value;
    if (v.type !== 'action' || f.scope.negated || f.scope.attributive) return [];
    return acts.filter((g) => g.action === v.id && g.start >= f.start && g.start < f.end && !g.term.startsWith(GOAL_ALONE));
  };
  return new Set(found.flatMap((f) => at(f).map((g) => g.action)));
}

/**
 * The negation in a word's clause says it is not there: the word itself negated (承諾なし, 未記入),
 * or a verb of presence (載っていない, 書いてない: contains.verbs, negation.ja_absent) or of the act
 * asked (送らないで) negated.
 */
function deniesPresence(m: Found, found: readonly Found[], lexicon: Lexicon): boolean {
  const verb = m.scope.deniedVerb;
  if (!verb) return true;
  if (lexicon.contains.verbs.includes(verb.base) || lexicon.negation.ja_absent.includes(verb.base)) return true;
  return found.some((f) => f.value.type === 'action' && f.start < verb.end && f.end > verb.start);
}

/** The morpheme right before `start` is the source particle から (保管庫「から」出す). */
function afterSource(morphemes: readonly Morpheme[], start: number): boolean {
  const before = morphemes.filter((x) => x.end <= start).at(-1);
  return before?.surface === 'から' && before.pos1 === '格助詞' && before.end === start;
}

/**
 * Measures met by the other side asking for the action (a FAX sent only when the receiver asked
 * for one, 2-2(9)②): the action's word inside a reported request (「先方がFAXでって言ってる」)
 * meets them; inside one reported as not made (「FAXでとは言われていない」) they are not taken.
 */
function requests(
  pack: Pack,
  found: Found[],
  q: Analyzed,
  lexicon: Lexicon,
  language: Language,
  met: Set<string>,
  unmet: Set<string>,
): void {
  for (const m of found) {
    if (m.value.type !== 'action') continue;
    const conditions = pack.requestedConditions.get(m.value.id);
    if (!conditions) continue;
    const request =
      language === 'ja' ? quotedRequest(q.morphemes, m.start, m.end, lexicon) : englishRequest(q.normalized, m.start, lexicon);
    if (request) for (const id of conditions) (request.negated ? unmet : met).add(id);
  }
}

/** The message asks leave or a judgement: いい？, 大丈夫？, "can I". */
function asksLeave(normalized: string, lexicon: Lexicon, language: Language): boolean {
  return (language === 'en' ? lexicon.asks.en : lexicon.asks.ja).some((w) => normalized.includes(normalize(w)));
}

/** A message that continues the one before: short, or opened or closed like a continuation. */
function continues(question: string, normalized: string, lexicon: Lexicon, language: Language): boolean {
  const text = question.normalize('NFKC').trim().toLowerCase();
  const cues = language === 'en' ? lexicon.follow_up.en : lexicon.follow_up.ja;
  if (cues.some((cue) => text.startsWith(cue))) return true;
  const end = text.replace(/[\s!！?？。]+$/, '');
  if (language === 'ja' && /(は|なら|ならば|だったら|でも|も)$/.test(end)) return true;
  // A supposition put to the answer before: 「…も入ってたら？」「…って言われたら？」.
  if (language === 'ja' && /(たら|だら|れば)$/.test(end)) return true;
  // 「パスワードをつければいい？」「BCCにしたら大丈夫？」: a condition put to the answer before.
  if (language === 'ja' && /(ば|たら|だら)(いい|よい|大丈夫|ok|オッケー|セーフ)$/.test(end)) return true;
  return normalized.length <= (language === 'en' ? 20 : 15);
}

/**
 * Understands a question: the language, the catalog items, the actions, the situations, any
 * class stated in it, and what the sentence says about them: negated (「同意はもらっていない」),
 * already done (「送っちゃった」), a report of an incident (「USBをなくしました」), a measure taken
 * or not (「パスワードはかけずに」). Words are found as written, by reading and with one slip, and
 * verbs by their dictionary form (policy/understand/match-morphemes.ts).
 */
export function parseQuestion(pack: Pack, question: string): ParsedQuestion {
  const lexicon = lexiconFor(pack);
  const language = detectLanguage(normalize(question));
  const q = analyzeQuestion(question, language);
  const { normalized } = q;
  const reader = new Reader(q, lexicon, language);
  const found = findWords(pack, lexicon, q, language)
    // Japanese words spelled in ASCII (LINE, Box) mean something else in an English sentence.
    .filter((m) => !(language === 'en' && m.value.lang === 'ja' && /^[\x00-\x7f]+$/.test(m.term)));

  const items: CatalogItem[] = [];
  const vague: VagueTerm[] = [];
  const named = new Set<Situation>();
  const strong = new Set<ActionId>();
  const weak = new Set<ActionId>();
  const attributive = new Set<ActionId>();
  /** Acts said only by where the thing is put (カバンに入れる), when nothing else is said. */
  const byGoalAlone = new Set<ActionId>();
  /** Where each action was said, to tell the readings of one word apart from other words. */
  const saidAt = new Map<ActionId, { start: number; end: number }[]>();
  /** Kinds reported, and whether by a word that reports it whatever else is said (紛失, 誤送信). */
  const incidentKinds = new Map<string, boolean>();
  let incidentAny = false;
  const met = new Set<string>();
  const unmet = new Set<string>();
  let done = false;
  // What happened counts when the sentence says it did (なくした), or the message reports it: it asks
  // what to do now (どうしよう) or states it without asking leave (「1台見当たりません」).
  const reported = reports(question, normalized, q.morphemes, lexicon, language);
  // A question asking leave (…していい？) names what happened only as its setting, unless the
  // sentence says it did (「紛失してしまいましたが、大丈夫？」).
  const asking = !reported && asksLeave(normalized, lexicon, language);
  const kindOf = new Map(pack.incidents.kinds.map((k) => [k.id, k]));
  reader.documents = found.flatMap((m) =>
    (m.value.type === 'item' || m.value.type === 'vague') && !m.scope.negated
      ? [{ start: m.start, end: m.end, id: m.value.id }]
      : [],
  );
  const addItem = (item: CatalogItem | null | undefined) => {
    if (item && !items.includes(item)) items.push(item);
  };
  for (const m of found) {
    const { value, scope } = m;
    if (value.type === 'condition') {
      // A measure the question says must be taken (パスワードをかけないといけない？) is asked about, not said.
      if (!scope.obliged) (scope.negated !== value.opposite ? unmet : met).add(value.id);
      continue;
    }
    if (value.type === 'incident') {
      if (scope.negated || scope.hypothetical || (value.done && !scope.done && !reported && language === 'ja')) continue;
      if (value.kind && kindOf.get(value.kind)?.reports_only && !reported) continue;
      if (asking && language === 'ja' && !scope.done) continue;
      // 「しおりをなくした子の保護者から…送っていい？」: what describes someone is not what happened here.
      if (asking && scope.attributive) continue;
      if (value.kind) incidentKinds.set(value.kind, (incidentKinds.get(value.kind) ?? false) || !value.done);
      else incidentAny = true;
      continue;
    }
    // 「住所も電話も載っていない名簿」: a word the sentence denies is not there; not one whose clause
    // denies something else of it (「記録簿のまとめが進みません」).
    if (scope.negated && (value.type === 'action' || deniesPresence(m, found, lexicon))) continue;
    // 「バスの中で何かあったときのため」: an act or place in a contingency prepared for is not what is done.
    if (scope.contingency && value.type === 'action') continue;
    if (value.type === 'item') {
      // 「三者面談を前に」: when an event happens, not its record.
      if (language === 'ja' && namesTime(q.morphemes, m.end, lexicon)) continue;
      const actAt = (at: number) => found.some((f) => f.value.type === 'action' && f.start === at && !f.scope.negated);
      const elsewhere = reader.documents.some((d) => d.end <= m.start || d.start >= m.end);
      if (language === 'ja' && elsewhere && saidAsMeans(q.morphemes, m.end, actAt)) continue;
      const item = pack.items.get(value.id);
      addItem(item && qualify(pack, item, reader));
    } else if (value.type === 'vague') {
      const term = pack.vague.find((v) => v.id === value.id);
      const blank = term?.blank && saysBlank(pack, reader, term.id) ? pack.items.get(term.blank) : undefined;
      const meant = term && (blank ?? qualified(pack, term.qualifiers, reader));
      if (meant) addItem(qualify(pack, meant, reader));
      else if (term && !vague.includes(term)) vague.push(term);
    } else if (value.type === 'situation') {
      // 「うちの子の…がほしい」と言われた: what someone else is quoted as saying is not the teacher's purpose.
      if (language === 'ja' && insideReportedQuote(q.morphemes, m.start, m.end, lexicon)) continue;
      if (language === 'ja' && agentOfPassive(q.morphemes, m.end)) continue;
      const situation = pack.situations.get(value.id);
      if (situation && (!situation.with || reader.says(situation.with)) && !reader.has(situation.unless)) named.add(situation);
    } else if (value.type === 'action') {
      // A weak verb right after its source (保管庫から出して, 家庭から出してもらった) says where the
      // thing comes from, not that it is handed to anyone.
      if (value.weak && language === 'ja' && afterSource(q.morphemes, m.start)) continue;
      if (overriddenByGoal(m, found, lexicon)) continue;
      // Where someone else sends it from (家から出してもらう, 自宅から届けてくれた) is not where the teacher works.
      const from = normalized.slice(m.end - 2, m.end) === 'から';
      if (language === 'ja' && from && lexicon.settings.includes(value.id) && doneByOthers(q.morphemes, m.end)) continue;
      // A verb describing a noun (全員に配った「もの」) is what was done before, not what is asked.
      if (scope.attributive) {
        attributive.add(value.id);
        continue;
      }
      if (m.term.startsWith(GOAL_ALONE)) {
        byGoalAlone.add(value.id);
        continue;
      }
      (value.weak ? weak : strong).add(value.id);
      saidAt.set(value.id, [...(saidAt.get(value.id) ?? []), { start: m.start, end: m.end }]);
      if (scope.done) done = true;
    }
  }
  requests(pack, found, q, lexicon, language, met, unmet);
  if (language === 'en') {
    const raw = question.normalize('NFKC');
    const patterns = englishPatterns(lexicon);
    for (const id of ACTION_IDS) {
      if (patterns.split.get(id)!.some((re) => re.test(normalized)) || patterns.raw.get(id)!.some((re) => re.test(raw)))
        strong.add(id);
    }
    if (patterns.done.some((re) => re.test(raw))) done = true;
  }
  // A situation said in words that only mean it together (ソフト … 入れ, download … app).
  for (const situation of pack.situations.values()) {
    if (named.has(situation) || !saidTogether(situation.together, normalized, language)) continue;
    if ((!situation.with || reader.says(situation.with)) && !reader.has(situation.unless)) named.add(situation);
  }
  // A rule without a document, by what the question is about and what is done to it (about.ts).
  for (const situation of situationsAbout(pack, q, lexicon, language, items.length > 0)) {
    if (!reader.has(situation.unless)) named.add(situation);
  }
  // The teacher's own device, medium or service is the private kind of what is done with it.
  for (const owned of ownedThings(lexicon, normalized, language)) {
    // 「自分のPCしか持っていない」 says the own device is the one there is, not that it is not used.
    const ownedScope = language === 'ja' ? scopeOf(q.morphemes, owned.start, owned.end, lexicon) : null;
    if (ownedScope?.negated && !ownedScope.only) continue;
    if (owned.action) {
      for (const m of found) {
        if (m.value.type === 'action' && m.start < owned.end && m.end > owned.start) {
          strong.delete(m.value.id);
          weak.delete(m.value.id);
        }
      }
      strong.add(owned.action);
    } else if (owned.situation) {
      const situation = pack.situations.get(owned.situation);
      if (situation) named.add(situation);
    }
  }
  // A weak verb chained by て to a strong verb is one act with it (写真を学年通信に載せて配る): it counts.
  // So does a weak verb said to a goal (自治会長さんに預ける: handed over, and taken out too).
  for (const m of found) {
    if (m.value.type !== 'action' || !m.value.weak || m.scope.attributive || overriddenByGoal(m, found, lexicon)) continue;
    if (chainedToStrong(q.morphemes, m.end, found) || saidToGoal(m, found)) strong.add(m.value.id);
  }
  const said = strong.size > 0 ? strong : weak.size > 0 ? weak : byGoalAlone.size > 0 ? byGoalAlone : attributive;
  let actions = refineActions([...said], lexicon, normalized, language);
  // A situation that replaces actions counts only when one of them is there (「校長に見せる」).
  const situations = [...named].filter((s) => s.replaces.length === 0 || s.replaces.some((a) => actions.includes(a)));
  // What carries the information named (a school PC taken home with the reports on it) leaves the
  // actions to rule that information too.
  const replaced = new Set(situations.flatMap((s) => (s.carries && items.length > 0 ? [] : s.replaces)));
  // An act said to whom it goes (放課後等デイサービスの事業所へ提供する) is not replaced by a
  // situation said elsewhere (校長先生に相談する前に): the goal says who receives it.
  for (const a of saidByGoal(found, language === 'ja' ? goalActs(lexicon, q.morphemes) : [])) replaced.delete(a);
  // The other readings of a word a situation replaces go with it (教頭先生に預ける: handed over
  // inside the school, so not taken out either).
  const spansOf = (a: ActionId) => saidAt.get(a) ?? [];
  const replacedSpans = [...replaced].flatMap(spansOf);
  for (const a of actions) {
    const spans = spansOf(a);
    if (spans.length > 0 && spans.every((x) => replacedSpans.some((r) => r.start === x.start && r.end === x.end)))
      replaced.add(a);
  }
  const carriedActions = actions.filter((a) => replaced.has(a) && situations.some((s) => s.carries && s.replaces.includes(a)));
  actions = actions.filter((a) => !replaced.has(a));

  // A described document (「教室の誰がどこに座っているかを書いた図」), when no rule without a document
  // (パスワードのメモ) is named (describe-question.ts); one dropped above (no action it replaces) is not.
  if (situations.every((s) => !standsAlone(s))) {
    const owned = ownedThings(lexicon, normalized, language);
    const filled = saysFilled(pack, reader);
    for (const item of describedDocuments({ pack, found, q, lexicon, language, items, owned, filled }, (i) =>
      qualify(pack, i, reader),
    ))
      addItem(item);
  }

  const stated = (language === 'en' ? STATED_CLASS_EN : STATED_CLASS_JA).exec(normalized) ?? STATED_CLASS_EN.exec(normalized);
  const statedClass = stated ? (CLASS_OF[stated[1]!] ?? null) : null;
  // A thing said not to be there (「USBメモリがない！！」), in a message that asks no leave.
  if (!asking && language === 'ja') {
    for (const kind of pack.incidents.kinds)
      if (saysMissing(found, q.morphemes, kind.absent, MISSING_THINGS)) incidentKinds.set(kind.id, true);
  }
  // Signs that come together in one sentence of a report (パスワード … 知られ, pop-ups … by themselves).
  if (reported) {
    for (const kind of pack.incidents.kinds)
      if (saidTogether(kind.together, normalized, language)) incidentKinds.set(kind.id, true);
  }
  // A kind found only by what happened (送っちゃった) needs its `with` too (間違えて, 別の保護者に):
  // sending to the right person is not a mis-send, whatever else is wrong with it.
  const kinds = pack.incidents.kinds.filter(
    (k) => incidentKinds.has(k.id) && (incidentKinds.get(k.id) || !k.with || reader.saysWord(k.with)),
  );
  const incident = kinds.length > 0 || incidentAny ? { kinds } : null;
  return {
    language,
    normalized,
    items,
    vague,
    actions: [...new Set(actions)],
    situations,
    statedClass,
    incident,
    done,
    measures: { met: [...met].filter((id) => !unmet.has(id)), unmet: [...unmet] },
    continuation: continues(question, normalized, lexicon, language) || (language === 'ja' && refersBack(q.morphemes)),
    asked: askedLast(q.morphemes, actions, saidAt),
    carriedActions,
    analyzed: q,
  };
}

/**
 * The message points back at what was just said with the そ-series (「その名簿に携帯番号も入ってたら」,
 * 「それを家で使うのは？」, 「それでも同じ？」): a determiner before a noun, the pronoun, or a conjunction.
 */
function refersBack(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some((m, i) => {
    if (m.pos === '連体詞' && m.surface === 'その') return morphemes[i + 1]?.pos === '名詞';
    if (m.pos === '名詞' && m.pos1 === '代名詞') return m.surface === 'それ';
    return m.pos === '接続詞' && m.surface.startsWith('それ');
  });
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);

/**
 * A story told before the question (印刷してくれるそうで…学校のメールから送るつもりです): the actions
 * the last sentence names, when an earlier sentence ends before it; none for a single sentence.
 */
function askedLast(morphemes: readonly Morpheme[], actions: ActionId[], saidAt: Map<ActionId, { start: number }[]>): ActionId[] {
  let last = morphemes.length - 1;
  while (last >= 0 && SENTENCE_END.has(morphemes[last]!.surface)) last--;
  let from = -1;
  for (let i = last; i >= 0; i--) {
    if (SENTENCE_END.has(morphemes[i]!.surface)) {
      from = morphemes[i]!.end;
      break;
    }
  }
  if (from < 0) return [];
  return actions.filter((a) => (saidAt.get(a) ?? []).some((span) => span.start >= from));
}

export type { Found };
