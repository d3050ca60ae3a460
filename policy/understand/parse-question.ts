import type { Pack, Situation } from '../compile-pack.js';
import { ACTION_IDS, type ActionId, type ClassId, type Language } from '../contract.js';
import type { CatalogItem, VagueTerm, Words } from '../schema.js';
import { ACTION_ABSORBS, ACTION_MERGES, ACTION_WORDS, NEUTRAL_WORDS } from './action-words.js';
import { normalize } from './normalize.js';
import { TermIndex } from './term-index.js';

type Token =
  | { type: 'item'; id: string; lang: Language }
  | { type: 'vague'; id: string; lang: Language }
  | { type: 'situation'; id: string; lang: Language }
  | { type: 'neutral'; lang: Language }
  | { type: 'action'; id: ActionId; weak: boolean; lang: Language };

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
}

const indexes = new WeakMap<Pack, TermIndex<Token>>();

function indexFor(pack: Pack): TermIndex<Token> {
  let index = indexes.get(pack);
  if (index) return index;
  index = new TermIndex<Token>();
  const addWords = (words: Words, make: (lang: Language) => Token) => {
    for (const w of words.ja) index!.add(w, make('ja'));
    for (const w of words.en) index!.add(w, make('en'), { plural: true });
  };
  for (const item of pack.items.values()) addWords(item.synonyms, (lang) => ({ type: 'item', id: item.id, lang }));
  for (const term of pack.vague) addWords(term.words, (lang) => ({ type: 'vague', id: term.id, lang }));
  for (const s of pack.situations.values()) addWords(s.words, (lang) => ({ type: 'situation', id: s.id, lang }));
  addWords(NEUTRAL_WORDS, (lang) => ({ type: 'neutral', lang }));
  for (const id of ACTION_IDS) {
    const w = ACTION_WORDS[id];
    addWords({ ja: w.ja, en: w.en }, (lang) => ({ type: 'action', id, weak: false, lang }));
    addWords({ ja: w.weakJa ?? [], en: w.weakEn ?? [] }, (lang) => ({ type: 'action', id, weak: true, lang }));
  }
  indexes.set(pack, index);
  return index;
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

// Word lists are normalized once, the first time a question needs them.
const normalizedWords = new WeakMap<Words, string[]>();

function contains(normalized: string, words: Words | undefined): boolean {
  if (!words) return false;
  let list = normalizedWords.get(words);
  if (!list) {
    list = [...words.ja, ...words.en].map(normalize).filter((w) => w.length > 0);
    normalizedWords.set(words, list);
  }
  return list.some((w) => normalized.includes(w));
}

interface Qualifier {
  when: Words;
  unless?: Words;
  means: string;
}

function qualified(pack: Pack, qualifiers: Qualifier[], normalized: string): CatalogItem | undefined {
  const q = qualifiers.find((q) => contains(normalized, q.when) && !contains(normalized, q.unless));
  return q ? pack.items.get(q.means) : undefined;
}

/**
 * Applies an item's `unless`, the pack's blank-form words and the item's qualifiers:
 * 「記入前の」 turns a survey into a blank form, 「通知表の様式」 is a form template.
 */
function qualify(pack: Pack, item: CatalogItem, normalized: string, depth = 0): CatalogItem | null {
  if (contains(normalized, item.unless)) return null;
  const blanks = pack.blankForms;
  const blank = item.blank && blanks && contains(normalized, blanks.when) && !contains(normalized, blanks.unless);
  const next = (blank ? pack.items.get(item.blank!) : undefined) ?? qualified(pack, item.qualifiers, normalized);
  if (next && next !== item && depth < 3) return qualify(pack, next, normalized, depth + 1) ?? next;
  return item;
}

/** Merges and drops actions where one says more than the words alone (USB + 郵送 = 郵送・宅配(外部記録媒体)). */
function refineActions(found: ActionId[]): ActionId[] {
  let actions = found;
  for (const merge of ACTION_MERGES) {
    if (merge.when.every((a) => actions.includes(a))) {
      actions = [...actions.filter((a) => !merge.when.includes(a)), merge.becomes];
    }
  }
  const absorbed = new Set(actions.flatMap((a) => ACTION_ABSORBS[a] ?? []));
  return actions.filter((a) => !absorbed.has(a));
}

/**
 * Understands a question: the language, the catalog items, the actions, the situations and any
 * class stated in it. One pass over the text finds every word together, longest match first, so
 * 「メールアドレス」 is information, not e-mail, and 「配布文書」 is a handout, not copying.
 */
export function parseQuestion(pack: Pack, question: string): ParsedQuestion {
  const normalized = normalize(question);
  const language = detectLanguage(normalized);
  const matches = indexFor(pack)
    .find(normalized)
    // Japanese words spelled in ASCII (LINE, Box) mean something else in an English sentence.
    .filter((m) => !(language === 'en' && m.value.lang === 'ja' && /^[\x00-\x7f]+$/.test(m.term)));

  const items: CatalogItem[] = [];
  const vague: VagueTerm[] = [];
  const named = new Set<Situation>();
  const strong = new Set<ActionId>();
  const weak = new Set<ActionId>();
  const addItem = (item: CatalogItem | null | undefined) => {
    if (item && !items.includes(item)) items.push(item);
  };
  for (const { value } of matches) {
    if (value.type === 'item') {
      const found = pack.items.get(value.id);
      addItem(found && qualify(pack, found, normalized));
    } else if (value.type === 'vague') {
      const term = pack.vague.find((v) => v.id === value.id);
      const meant = term && qualified(pack, term.qualifiers, normalized);
      if (meant) addItem(qualify(pack, meant, normalized));
      else if (term && !vague.includes(term)) vague.push(term);
    } else if (value.type === 'situation') {
      const situation = pack.situations.get(value.id);
      if (situation && (!situation.with || contains(normalized, situation.with))) named.add(situation);
    } else if (value.type === 'action') {
      (value.weak ? weak : strong).add(value.id);
    }
  }
  if (language === 'en') {
    const raw = question.normalize('NFKC');
    for (const id of ACTION_IDS) {
      const w = ACTION_WORDS[id];
      if (w.splitEn?.some((re) => re.test(normalized)) || w.rawEn?.some((re) => re.test(raw))) strong.add(id);
    }
  }
  let actions = refineActions([...(strong.size > 0 ? strong : weak)]);
  // A situation that replaces actions counts only when one of them is there (「校長に見せる」).
  const situations = [...named].filter((s) => s.replaces.length === 0 || s.replaces.some((a) => actions.includes(a)));
  const replaced = new Set(situations.flatMap((s) => s.replaces));
  actions = actions.filter((a) => !replaced.has(a));

  const stated = (language === 'en' ? STATED_CLASS_EN : STATED_CLASS_JA).exec(normalized) ?? STATED_CLASS_EN.exec(normalized);
  const statedClass = stated ? (CLASS_OF[stated[1]!] ?? null) : null;
  return { language, normalized, items, vague, actions: [...new Set(actions)], situations, statedClass };
}
