import type { Pack } from '../compile-pack.js';
import { type ClassId, higherClass } from '../contract.js';
import { escapeRegex } from '../escape-regex.js';
import { type CatalogItem, namesOf, type Signal, type VagueTerm } from '../schema.js';
import { normalize } from '../understand/normalize.js';
import { TermIndex } from '../understand/term-index.js';
import { LabelMatcher } from './match-labels.js';
import { type CompiledAccounts, compileAccounts } from './read-account.js';
import { type CompiledKind, compileColumnKinds } from './read-columns.js';
import { type CompiledContacts, compileContacts } from './read-contacts.js';
import { compileMadeUp } from './read-made-up.js';
import { compileMarkers, type MarkerReader } from './read-markers.js';
import { compileMisreads, type MisreadIndex } from './read-misread-titles.js';
import { type CompiledProse, compileProse } from './read-prose.js';
import { compilePupilColumns, type PupilColumns } from './read-pupil-columns.js';
import { compileTableRows, type TableRows } from './read-table-rows.js';

export type TitleHit =
  | { kind: 'item'; item: CatalogItem; display: string }
  | { kind: 'vague'; vague: VagueTerm; display: string };

export interface CompiledRule {
  item: CatalogItem;
  signal: Signal;
  headers: string[];
  rowLabels: string[];
  words: RegExp | null;
  andWords: RegExp | null;
  unless: string[];
}

/** A pack's classifier tables, built once per pack. */
export interface Classifier {
  pack: Pack;
  titles: TermIndex<TitleHit>;
  /** The catalog's title terms by each kanji hidden: a title OCR misread by one letter (read-misread-titles). */
  misreads: MisreadIndex;
  /** The prose's matter words (and their `unless` words) by each kanji hidden, in NFKC: a matter OCR misread. */
  matterMisreads: MisreadIndex;
  /** Normalised words, per item: its `unless` words and each qualifier's `when` words. */
  unless: Map<string, string[]>;
  qualifiers: Map<string, { means: string; when: string[]; unless: string[] }[]>;
  labels: LabelMatcher;
  personLabels: Set<string>;
  rules: CompiledRule[];
  /** Normalised agenda words (職員会議, について): a record named beside them is a topic. */
  topicWords: string[];
  /** Words that say a file's data are made up (pack.yaml `classify.made_up`: 架空, 記入例). */
  madeUp: RegExp | null;
  /** Score fields (得点) whose value says a test was marked, and the item it then is (pack.yaml `classify.marked_by`). */
  markedBy: { fields: Set<string>; means: string } | null;
  markers: MarkerReader;
  /** What a table column can hold, read from its cells (pack.yaml `classify.columns`). */
  kinds: CompiledKind[];
  /** Where a table has no names, the column that stands for the pupil (pack.yaml `classify.pupil_columns`). */
  pupilColumns: PupilColumns | null;
  /** Whose rows a table holds: organisations', an aggregate's (pack.yaml `classify.table_rows`). */
  tableRows: TableRows | null;
  /** The id of the column kind that holds names (`person: true`), if the pack has one. */
  personKind: string | null;
  /** Who a text points at and the sensitive matters it tells (pack.yaml `classify.prose`). */
  prose: CompiledProse | null;
  /** Words and domains that make a contact detail an office's (pack.yaml `classify.prose.contacts`). */
  contacts: CompiledContacts | null;
  /** The highest class a person's contact details give (a `contacts` signal). */
  contactsClass: ClassId | null;
  /** Notes telling a few pupils' account (pack.yaml `classify.prose.accounts`), read when the matters are not. */
  accounts: CompiledAccounts | null;
  /** The highest class a `prose` signal gives: the prose is not read when the file is already there. */
  proseClass: ClassId | null;
  /** The highest class a `columns` signal gives: values are not read when the file is already there. */
  columnsClass: ClassId | null;
  /** A person label followed by a space and a name (「氏名 山田 太郎」 in a PDF's flattened text). */
  personField: RegExp | null;
  /** A folded label as the pack writes it (ぱすわーど → パスワード, tel → TEL), for reasons people read. */
  display: (label: string) => string;
}

const cache = new WeakMap<Pack, Classifier>();

const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
const toKatakana = (s: string) => s.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60));

/** A regex for words in NFKC text, in either kana. */
function wordPattern(words: string[]): RegExp | null {
  const variants = new Set<string>();
  for (const word of words) {
    const w = word.normalize('NFKC');
    variants.add(w);
    variants.add(toHiragana(w));
    variants.add(toKatakana(w));
  }
  const sorted = [...variants].sort((a, b) => b.length - a.length);
  return sorted.length ? new RegExp(sorted.map(escapeRegex).join('|'), 'gi') : null;
}

const JA = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー々';
/** 「氏名 山田 太郎」「名前　やまだ たろう」 (NFKC): a person label, a space, and one or two words. */
function personFieldPattern(labels: string[]): RegExp | null {
  if (labels.length === 0) return null;
  const words = [...labels].sort((a, b) => b.length - a.length).map((l) => escapeRegex(l.normalize('NFKC')));
  // Spaces only: a tab separates a table's cells (「氏名\t住所」 is a header row, not a field).
  return new RegExp(`(?:^| )(?:${words.join('|')}) +([${JA}]{1,8}(?: [${JA}]{1,8})?)(?= |$)`, 'u');
}

function highest(rules: CompiledRule[]): ClassId | null {
  return rules.map((r) => r.item.class).reduce<ClassId | null>((a, b) => (a ? higherClass(a, b) : b), null);
}

/** The catalog's 児童生徒 (pupils of any school) as a school writes it: 児童 (小学校) or 生徒 (中学校・高校) alone. */
const PUPILS = '児童生徒';

/** A term and, when it says 児童生徒, the same term with 児童 or 生徒 alone (教科用図書給付児童名簿). */
function pupilVariants(term: string): string[] {
  if (!term.includes(PUPILS)) return [term];
  return [term, term.replaceAll(PUPILS, '児童'), term.replaceAll(PUPILS, '生徒')];
}

/** A record or a report named by what it is of, ending a compound of kanji: 補導記録, 事故報告. */
const OF_RECORD = /^(\p{sc=Han}{2,})(記録|報告書|報告)$/u;

/**
 * A term and, when it is a record or a report named by what it is of (補導記録), the same with の
 * between (補導の記録, as a form's heading 「街頭補導の記録」 writes it).
 */
function linkedVariants(term: string): string[] {
  const m = OF_RECORD.exec(term);
  return m ? [term, `${m[1]}の${m[2]}`] : [term];
}

/** The classifier tables of a pack: titles from the catalog synonyms, labels and rules from `signals`. */
export function compileClassifier(pack: Pack): Classifier {
  const cached = cache.get(pack);
  if (cached) return cached;
  const titles = new TermIndex<TitleHit>();
  const labelWords = new Set<string>();
  const rules: CompiledRule[] = [];
  const unless = new Map<string, string[]>();
  const qualifiers = new Map<string, { means: string; when: string[]; unless: string[] }[]>();
  for (const item of pack.items.values()) {
    for (const term of new Set(namesOf(item, 'ja').flatMap(pupilVariants).flatMap(linkedVariants)))
      titles.add(term, { kind: 'item', item, display: term });
    for (const term of namesOf(item, 'en')) titles.add(term, { kind: 'item', item, display: term }, { plural: true });
    unless.set(item.id, item.unless ? [...item.unless.ja, ...item.unless.en].map(normalize) : []);
    qualifiers.set(
      item.id,
      item.qualifiers.map((q) => ({
        means: q.means,
        when: [...q.when.ja, ...q.when.en].map(normalize),
        unless: q.unless ? [...q.unless.ja, ...q.unless.en].map(normalize) : [],
      })),
    );
    for (const signal of item.signals ?? []) {
      for (const h of [...signal.headers, ...signal.row_labels]) labelWords.add(h);
      rules.push({
        item,
        signal,
        headers: [...new Set(signal.headers.map(normalize))],
        rowLabels: signal.row_labels.map(normalize),
        words: wordPattern(signal.words),
        andWords: wordPattern(signal.and_words),
        unless: signal.unless.map(normalize),
      });
    }
  }
  for (const vague of pack.vague) for (const term of vague.words.ja) titles.add(term, { kind: 'vague', vague, display: term });
  const settings = pack.meta.classify;
  const personLabels = new Set((settings?.person_labels ?? []).map(normalize));
  for (const label of settings?.person_labels ?? []) labelWords.add(label);
  const shown = new Map<string, string>();
  for (const word of labelWords) if (!shown.has(normalize(word))) shown.set(normalize(word), word);
  const matters = (settings?.prose?.matters ?? []).map((m) => ({ id: m.id, words: [...m.words, ...m.services] }));
  const kinds = compileColumnKinds(settings?.columns ?? [], matters);
  const classifier: Classifier = {
    pack,
    titles,
    matterMisreads: compileMisreads(
      (settings?.prose?.matters ?? []).flatMap((m) =>
        [...m.words, ...m.services, ...(m.unless ?? [])].map((w) => w.normalize('NFKC')),
      ),
    ),
    misreads: compileMisreads([...pack.items.values()].flatMap((item) => [...item.synonyms.ja, item.name.ja].map(normalize))),
    unless,
    qualifiers,
    labels: new LabelMatcher(labelWords),
    personLabels,
    rules,
    topicWords: (settings?.topic_words ?? []).map(normalize),
    madeUp: compileMadeUp(settings?.made_up ?? []),
    markedBy: settings?.marked_by
      ? { fields: new Set(settings.marked_by.fields.map(normalize)), means: settings.marked_by.means }
      : null,
    markers: compileMarkers(settings, [...pack.classes.values()]),
    kinds,
    tableRows: compileTableRows(settings?.table_rows, kinds),
    personKind: settings?.columns.find((k) => k.person)?.id ?? null,
    pupilColumns: compilePupilColumns(settings?.pupil_columns),
    prose: compileProse(
      settings?.prose,
      rules.flatMap((r) => (r.signal.prose ? [r.signal.prose] : [])),
      settings?.topic_words,
      new Map((settings?.columns ?? []).map((k) => [k.id, k.words?.any ?? []])),
    ),
    accounts: compileAccounts(settings?.prose?.accounts),
    contacts: null,
    contactsClass: highest(rules.filter((r) => r.signal.contacts)),
    proseClass: highest(rules.filter((r) => r.signal.prose)),
    columnsClass: highest(rules.filter((r) => r.signal.columns)),
    personField: personFieldPattern(settings?.person_labels ?? []),
    display: (label) => shown.get(label) ?? label,
  };
  classifier.contacts = compileContacts(classifier.prose);
  cache.set(pack, classifier);
  return classifier;
}
