import type { CatalogItem, VagueTerm } from '../schema.js';
import { deniesPresence } from './action-readings.js';
import type { Morpheme } from './analyzer.js';
import type { Found } from './find-words.js';
import { namesOccasion, namesTime } from './names-time.js';
import { qualified, qualify, saysBlank } from './qualify.js';
import type { QuestionReading } from './question-reading.js';
import { photoOfDocument, saidAsMeans } from './said-as-means.js';

/** Adds an item once, keeping the order the question names them in. */
export function addItem(items: CatalogItem[], item: CatalogItem | null | undefined): void {
  if (item && !items.includes(item)) items.push(item);
}

/**
 * The catalog items the question names, after `unless` and qualifiers, and the vague words
 * (「アンケート」) that no qualifier turned into an item.
 */
export function documentsNamed(r: QuestionReading): { items: CatalogItem[]; vague: VagueTerm[] } {
  const items: CatalogItem[] = [];
  const vague: VagueTerm[] = [];
  for (const m of r.found) {
    if (m.value.type !== 'item' && m.value.type !== 'vague') continue;
    // 「住所も電話も載っていない名簿」: a word the sentence denies is not there; not one whose clause
    // denies something else of it (「記録簿のまとめが進みません」).
    if (m.scope.negated && deniesPresence(m, r.found, r.lexicon, r.q.morphemes)) continue;
    if (m.value.type === 'item') addItem(items, itemNamed(r, m, m.value.id));
    else vagueNamed(r, m.value.id, items, vague);
  }
  return { items, vague };
}

/** The catalog's group of photos and videos of lessons and events. */
const PHOTOS = 'activity_records';

/**
 * A word for a document (表, 記録, 名簿, 帳簿; a suffix that ends one, 連絡|帳) or a word naming one of
 * the catalog's other items.
 */
function documentWord(r: QuestionReading): (m: Morpheme) => boolean {
  const words = new Set([...r.lexicon.document_nouns.ja, ...r.lexicon.record_nouns]);
  const ends = new Set([...words].map((w) => w.at(-1)!));
  const items = r.found.filter((f) => f.value.type === 'item' && r.pack.items.get(f.value.id)?.group !== PHOTOS);
  return (m) =>
    words.has(m.surface) ||
    words.has(m.base) ||
    (m.pos1 === '接尾' && ends.has(m.surface)) ||
    items.some((f) => f.start < m.end && f.end > m.start);
}

/** The item a word names, as the question qualifies it; none when it names a time or a means. */
function itemNamed(r: QuestionReading, m: Found, id: string): CatalogItem | null | undefined {
  const { q, language } = r;
  // 「三者面談を前に」: when an event happens, not its record.
  if (language === 'ja' && namesTime(q.morphemes, m.end, r.lexicon)) return undefined;
  const actAt = (at: number) => r.found.some((f) => f.value.type === 'action' && f.start === at && !f.scope.negated);
  const elsewhere = r.reader.documents.some((d) => d.end <= m.start || d.start >= m.end);
  if (language === 'ja' && elsewhere && saidAsMeans(q.morphemes, m.end, actAt)) return undefined;
  // 「先日の職員会議で、体育大会の写真を…」: the meeting where it was said, beside the document it is about.
  if (language === 'ja' && elsewhere && namesOccasion(q.morphemes, m.start, m.end, r.lexicon)) return undefined;
  const item = r.pack.items.get(id);
  if (language === 'ja' && item?.group === PHOTOS && photoOfDocument(q.morphemes, m.start, m.end, documentWord(r)))
    return undefined;
  return item && qualify(r.pack, item, r.reader);
}

/** A vague word: the item a blank form or a qualifier makes of it, else the word, to ask about. */
function vagueNamed(r: QuestionReading, id: string, items: CatalogItem[], vague: VagueTerm[]): void {
  const { pack, reader } = r;
  const term = pack.vague.find((v) => v.id === id);
  const blank = term?.blank && saysBlank(pack, reader, term.id) ? pack.items.get(term.blank) : undefined;
  const meant = term && (blank ?? qualified(pack, term.qualifiers, reader));
  if (meant) addItem(items, qualify(pack, meant, reader));
  else if (term && !vague.includes(term)) vague.push(term);
}
