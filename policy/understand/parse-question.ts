import type { Pack } from '../compile-pack.js';
import { ACTION_IDS, type ActionId, type ClassId, type Language } from '../contract.js';
import type { CatalogItem, VagueTerm, Words } from '../schema.js';
import { ACTION_WORDS } from './action-words.js';
import { normalize } from './normalize.js';
import { TermIndex } from './term-index.js';

type Token =
  | { type: 'item'; id: string; lang: Language }
  | { type: 'vague'; id: string; lang: Language }
  | { type: 'action'; id: ActionId; weak: boolean; lang: Language };

export interface ParsedQuestion {
  language: Language;
  normalized: string;
  /** Catalog items recognised, after `unless` and qualifiers, in the order they appear. */
  items: CatalogItem[];
  /** Vague words (「アンケート」) that need a follow-up when no item is recognised. */
  vague: VagueTerm[];
  actions: ActionId[];
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

function contains(normalized: string, words: Words | undefined): boolean {
  if (!words) return false;
  return [...words.ja, ...words.en].some((w) => normalized.includes(normalize(w)));
}

/** Applies an item's `unless` and qualifiers: 「記入前の」 turns a survey into a blank form. */
function qualify(pack: Pack, item: CatalogItem, normalized: string, depth = 0): CatalogItem | null {
  if (contains(normalized, item.unless)) return null;
  for (const q of item.qualifiers) {
    if (contains(normalized, q.when) && !contains(normalized, q.unless)) {
      const next = pack.items.get(q.means);
      if (next && depth < 3) return qualify(pack, next, normalized, depth + 1) ?? next;
    }
  }
  return item;
}

/**
 * Understands a question: the language, the catalog items, the actions and any class stated in
 * it. One pass over the text finds item and action words together, longest match first, so
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
  const strong = new Set<ActionId>();
  const weak = new Set<ActionId>();
  for (const { value } of matches) {
    if (value.type === 'item') {
      const found = pack.items.get(value.id);
      const item = found && qualify(pack, found, normalized);
      if (item && !items.includes(item)) items.push(item);
    } else if (value.type === 'vague') {
      const term = pack.vague.find((v) => v.id === value.id);
      if (term && !vague.includes(term)) vague.push(term);
    } else {
      (value.weak ? weak : strong).add(value.id);
    }
  }
  if (language === 'en') {
    for (const id of ACTION_IDS) if (ACTION_WORDS[id].splitEn?.some((re) => re.test(normalized))) strong.add(id);
  }
  let actions = [...(strong.size > 0 ? strong : weak)];
  // Posting a storage medium has its own row in 第3表 (郵送・宅配(外部記録媒体)), which is
  // more specific than the general row on storage media: it replaces both.
  if (actions.includes('post_paper') && actions.includes('usb')) {
    actions = [...actions.filter((a) => a !== 'post_paper' && a !== 'usb'), 'post_media'];
  } else if (actions.includes('post_media')) {
    actions = actions.filter((a) => a !== 'usb' && a !== 'post_paper');
  }

  const stated = (language === 'en' ? STATED_CLASS_EN : STATED_CLASS_JA).exec(normalized) ?? STATED_CLASS_EN.exec(normalized);
  const statedClass = stated ? (CLASS_OF[stated[1]!] ?? null) : null;
  return { language, normalized, items, vague, actions: [...new Set(actions)], statedClass };
}
