import type { Pack, Situation } from '../compile-pack.js';
import { ACTION_IDS, type ActionId, type ClassId, type Language } from '../contract.js';
import type { CatalogItem, IncidentKind, VagueTerm, Words } from '../schema.js';
import { type Analyzed, analyzeQuestion, type Found, findWords } from './find-words.js';
import { type Lexicon, lexiconFor } from './lexicon.js';
import { normalize } from './normalize.js';
import { englishNegated, scopeOf } from './scope.js';

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
}

const KANA = /[\u3040-\u309f]/;
const CJK = /[\u3400-\u9fff]/;
const ENGLISH_WORDS = /[a-z]{2,}[^a-z]+[a-z]{2,}/;

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

  /** One of the words is in the question, denied (「まだ記入していない」). */
  denies(words: Words | undefined): boolean {
    return this.occurrences(words).some((span) => this.negated(span));
  }

  /** One of the words is in the question at all (for `unless` lists, which carry their own negation). */
  has(words: Words | undefined): boolean {
    return this.occurrences(words).length > 0;
  }
}

interface Qualifier {
  when: Words;
  when_not?: Words;
  unless?: Words;
  means: string;
}

function qualified(pack: Pack, qualifiers: Qualifier[], r: Reader): CatalogItem | undefined {
  const q = qualifiers.find((q) => (r.says(q.when) || r.denies(q.when_not)) && !r.has(q.unless));
  return q ? pack.items.get(q.means) : undefined;
}

/** The question says the form is blank: 「記入前の」, or a denied 「記入」「回答」 (「まだ誰も答えていない」). */
function saysBlank(pack: Pack, r: Reader): boolean {
  const blanks = pack.blankForms;
  return Boolean(blanks) && (r.says(blanks!.when) || r.denies(blanks!.when_not)) && !r.has(blanks!.unless);
}

/**
 * Applies an item's `unless`, the pack's blank-form words and the item's qualifiers:
 * 「記入前の」 turns a survey into a blank form, 「通知表の様式」 is a form template.
 */
function qualify(pack: Pack, item: CatalogItem, r: Reader, depth = 0): CatalogItem | null {
  if (r.has(item.unless)) return null;
  const blank = item.blank && saysBlank(pack, r);
  const next = (blank ? pack.items.get(item.blank!) : undefined) ?? qualified(pack, item.qualifiers, r);
  if (next && next !== item && depth < 3) return qualify(pack, next, r, depth + 1) ?? next;
  return item;
}

/** Merges and drops actions where one says more than the words alone (USB + 郵送 = 郵送・宅配(外部記録媒体)). */
function refineActions(found: ActionId[], lexicon: Lexicon): ActionId[] {
  let actions = found;
  for (const merge of lexicon.merges) {
    if (merge.when.every((a) => actions.includes(a))) {
      actions = [...actions.filter((a) => !merge.when.includes(a)), merge.becomes];
    }
  }
  const absorbed = new Set(actions.flatMap((a) => lexicon.absorbs[a] ?? []));
  return actions.filter((a) => !absorbed.has(a));
}

const compiledEnglish = new WeakMap<Lexicon, { split: Map<ActionId, RegExp[]>; raw: Map<ActionId, RegExp[]>; done: RegExp[] }>();
function englishPatterns(lexicon: Lexicon) {
  let patterns = compiledEnglish.get(lexicon);
  if (!patterns) {
    const split = new Map<ActionId, RegExp[]>();
    const raw = new Map<ActionId, RegExp[]>();
    for (const id of ACTION_IDS) {
      split.set(
        id,
        (lexicon.actions[id]?.split_en ?? []).map((s) => new RegExp(s)),
      );
      raw.set(
        id,
        (lexicon.actions[id]?.raw_en ?? []).map((s) => new RegExp(s)),
      );
    }
    patterns = { split, raw, done: lexicon.done.en.map((s) => new RegExp(s, 'i')) };
    compiledEnglish.set(lexicon, patterns);
  }
  return patterns;
}

const signalWords = new WeakMap<Pack, { item: CatalogItem; words: string[] }[]>();

/**
 * A document described, not named (「身長・体重・視力がまとまってる記録」, 「保護者の携帯番号の表」):
 * the catalog items whose file signals (the column headings and words the classifier looks for)
 * the question names beside a word for a document (表, 一覧, 記録) — the highest class
 * first, so questions and files agree.
 */
function described(pack: Pack, lexicon: Lexicon, normalized: string): CatalogItem[] {
  let signals = signalWords.get(pack);
  if (!signals) {
    signals = [...pack.items.values()]
      .filter((item) => item.signals?.length)
      .map((item) => ({
        item,
        words: [...new Set(item.signals!.flatMap((s) => [...s.headers, ...s.words]).map(normalize))].filter((w) => w.length >= 2),
      }));
    signalWords.set(pack, signals);
  }
  const documentNoun = [...lexicon.document_nouns.ja, ...lexicon.document_nouns.en].some((w) =>
    normalized.includes(normalize(w)),
  );
  const rank = { I: 4, II: 3, III: 2, IV: 1 } as const;
  return signals
    .map(({ item, words }) => ({ item, n: words.filter((w) => normalized.includes(w)).length }))
    .filter(({ n }) => documentNoun && n >= 1)
    .sort((a, b) => rank[b.item.class] - rank[a.item.class] || b.n - a.n)
    .slice(0, 1)
    .map(({ item }) => item);
}

/**
 * A report rather than a question: it asks what to do about something (どうしよう, 誰に報告すれば),
 * or it states something done (a past ending) without asking leave (no いい？, 大丈夫？, "can I").
 */
function reports(question: string, normalized: string, lexicon: Lexicon, language: Language): boolean {
  const has = (words: string[]) => words.some((w) => normalized.includes(normalize(w)));
  if (has(language === 'en' ? lexicon.report.en : lexicon.report.ja)) return true;
  if (has(language === 'en' ? lexicon.asks.en : lexicon.asks.ja)) return false;
  const end = question
    .normalize('NFKC')
    .trim()
    .replace(/[\s。.!！…]+$/, '');
  return language === 'en'
    ? /\b(lost|left|sent|emailed|opened|clicked|gave|found)\b/i.test(end)
    : /(た|ました|ちゃった|ちまった|でした)$/.test(end);
}

/** A message that continues the one before: short, or opened or closed like a continuation. */
function continues(question: string, normalized: string, lexicon: Lexicon, language: Language): boolean {
  const text = question.normalize('NFKC').trim().toLowerCase();
  const cues = language === 'en' ? lexicon.follow_up.en : lexicon.follow_up.ja;
  if (cues.some((cue) => text.startsWith(cue))) return true;
  const end = text.replace(/[\s!！?？。]+$/, '');
  if (language === 'ja' && /(は|なら|ならば|だったら|でも|も)$/.test(end)) return true;
  // 「パスワードをつければいい？」「BCCにしたら大丈夫？」: a condition put to the answer before.
  if (language === 'ja' && /(ば|たら|だら)(いい|よい|大丈夫|ok|オッケー|セーフ)$/.test(end)) return true;
  return normalized.length <= (language === 'en' ? 20 : 15);
}

/**
 * Understands a question: the language, the catalog items, the actions, the situations, any
 * class stated in it, and what the sentence says about them: negated (「同意はもらっていない」),
 * already done (「送っちゃった」), a report of an incident (「USBをなくしました」), a measure taken
 * or not (「パスワードはかけずに」). Words are found as written, by reading and with one slip, and
 * verbs by their dictionary form (policy/understand/find-words.ts).
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
  /** Kinds reported, and whether by a word that reports it whatever else is said (紛失, 誤送信). */
  const incidentKinds = new Map<string, boolean>();
  let incidentAny = false;
  const met = new Set<string>();
  const unmet = new Set<string>();
  let done = false;
  // What happened counts when the sentence says it did (なくした), or the message reports it: it asks
  // what to do now (どうしよう) or states it without asking leave (「1台見当たりません」).
  const reported = reports(question, normalized, lexicon, language);
  const addItem = (item: CatalogItem | null | undefined) => {
    if (item && !items.includes(item)) items.push(item);
  };
  for (const m of found) {
    const { value, scope } = m;
    if (value.type === 'condition') {
      (scope.negated !== value.opposite ? unmet : met).add(value.id);
      continue;
    }
    if (value.type === 'incident') {
      if (scope.negated || scope.hypothetical || (value.done && !scope.done && !reported && language === 'ja')) continue;
      if (value.kind) incidentKinds.set(value.kind, (incidentKinds.get(value.kind) ?? false) || !value.done);
      else incidentAny = true;
      continue;
    }
    // 「住所も電話も載っていない名簿」: a word the sentence denies is not there.
    if (scope.negated) continue;
    if (value.type === 'item') {
      const item = pack.items.get(value.id);
      addItem(item && qualify(pack, item, reader));
    } else if (value.type === 'vague') {
      const term = pack.vague.find((v) => v.id === value.id);
      const blank = term?.blank && saysBlank(pack, reader) ? pack.items.get(term.blank) : undefined;
      const meant = term && (blank ?? qualified(pack, term.qualifiers, reader));
      if (meant) addItem(qualify(pack, meant, reader));
      else if (term && !vague.includes(term)) vague.push(term);
    } else if (value.type === 'situation') {
      const situation = pack.situations.get(value.id);
      if (situation && (!situation.with || reader.says(situation.with)) && !reader.has(situation.unless)) named.add(situation);
    } else if (value.type === 'action') {
      (value.weak ? weak : strong).add(value.id);
      if (scope.done) done = true;
    }
  }
  if (language === 'en') {
    const raw = question.normalize('NFKC');
    const patterns = englishPatterns(lexicon);
    for (const id of ACTION_IDS) {
      if (patterns.split.get(id)!.some((re) => re.test(normalized)) || patterns.raw.get(id)!.some((re) => re.test(raw)))
        strong.add(id);
    }
    if (patterns.done.some((re) => re.test(raw))) done = true;
  }
  let actions = refineActions([...(strong.size > 0 ? strong : weak)], lexicon);
  // A situation that replaces actions counts only when one of them is there (「校長に見せる」).
  const situations = [...named].filter((s) => s.replaces.length === 0 || s.replaces.some((a) => actions.includes(a)));
  const replaced = new Set(situations.flatMap((s) => s.replaces));
  actions = actions.filter((a) => !replaced.has(a));

  // A described document, when nothing is named and no rule without a document (パスワードのメモ) is.
  if (items.length === 0 && named.size === 0) for (const item of described(pack, lexicon, normalized)) addItem(item);

  const stated = (language === 'en' ? STATED_CLASS_EN : STATED_CLASS_JA).exec(normalized) ?? STATED_CLASS_EN.exec(normalized);
  const statedClass = stated ? (CLASS_OF[stated[1]!] ?? null) : null;
  // A kind found only by what happened (送っちゃった) needs its `with` too (間違えて, 別の保護者に):
  // sending to the right person is not a mis-send, whatever else is wrong with it.
  const kinds = pack.incidents.kinds.filter(
    (k) => incidentKinds.has(k.id) && (incidentKinds.get(k.id) || !k.with || reader.says(k.with)),
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
    continuation: continues(question, normalized, lexicon, language),
  };
}

export type { Found };
