import type { Classifier, CompiledRule } from './compile-classifier.js';
import { DETECTOR_NAMES, itemLabel, joinWords } from './describe.js';
import type { Detections } from './detect-personal-data.js';
import type { DetectorKind } from './detector-kinds.js';
import type { Candidate } from './match-titles.js';
import type { ContactFacts } from './read-contacts.js';
import type { Layout } from './read-layout.js';
import type { ProseFacts } from './read-prose.js';

interface Facts {
  layout: Layout;
  detections: Detections;
  nfkc: string;
  titleNorms: string[];
  /** Sensitive matters told about persons, when the text tells any. */
  prose: ProseFacts | null;
  /** Persons whose own contact details the text tells (read-contacts). */
  contacts?: ContactFacts | null;
}

/** Items recognised by the pack's content signals: table headers, form labels, words, personal data, day columns. */
export function matchSignals(c: Classifier, facts: Facts): Candidate[] {
  const out: Candidate[] = [];
  const wordCache = new Map<RegExp, string[]>();
  for (const rule of c.rules) {
    const reasons = check(c, rule, facts, wordCache);
    if (reasons)
      out.push({
        item: rule.item,
        confidence: reasons.confidence,
        reasons: [`${reasons.text} → ${itemLabel(c.pack, rule.item)}`],
      });
  }
  return out;
}

function check(
  c: Classifier,
  rule: CompiledRule,
  facts: Facts,
  wordCache: Map<RegExp, string[]>,
): { text: string; confidence: number } | null {
  const s = rule.signal;
  const { detections } = facts;
  const layout = s.unless_columns ? withoutTables(facts.layout, s.unless_columns) : facts.layout;
  if (rule.unless.some((w) => facts.titleNorms.some((t) => t.includes(w)))) return null;
  const parts: string[] = [];
  let confidence = 0.7;
  if (rule.headers.length > 0) {
    const best = bestHeaders(rule.headers, layout, rule.rowLabels, Boolean(s.columns));
    // A form counts as filled in when as many of its fields are written in as the signal needs.
    const rowsNeeded = best.table ? s.min_rows : Math.max(s.min_rows, s.min_headers);
    if (best.found.length < s.min_headers || best.rows < rowsNeeded) return null;
    parts.push(
      `${best.table ? '列見出し' : '記入欄'}: ${joinWords(best.found.map(c.display))}${best.table ? `（${best.rows}行）` : ''}`,
    );
    confidence = 0.9;
  }
  if (s.day_columns) {
    const table = layout.tables.filter((t) => t.dayColumns >= s.day_columns!).sort((a, b) => b.dataRows - a.dataRows)[0];
    if (!table || table.dataRows < s.min_rows) return null;
    parts.push(`日付の列 ${table.dayColumns}列 × ${table.dataRows}行`);
    confidence = Math.max(confidence, 0.85);
  }
  const wordsOf = (pattern: RegExp): string[] => {
    let words = wordCache.get(pattern);
    if (!words) {
      // The file's name and headings say what its table is as well as its body (ひらがなテスト_結果.txt).
      const text = `${facts.nfkc}\n${facts.titleNorms.join('\n')}`;
      words = [...new Set([...text.matchAll(pattern)].map((m) => m[0].toLowerCase()))];
      wordCache.set(pattern, words);
    }
    return words;
  };
  if (rule.words) {
    const words = wordsOf(rule.words);
    if (words.length < s.min_words) return null;
    const also = rule.andWords ? wordsOf(rule.andWords) : [];
    if (rule.andWords && also.length === 0) return null;
    parts.push(`語句: ${joinWords([...words, ...also])}`);
  }
  if (s.detectors) {
    for (const [kind, min] of Object.entries(s.detectors) as [DetectorKind, number][]) {
      const found = detections.get(kind);
      if (!found || found.count < min) return null;
      parts.push(
        `${DETECTOR_NAMES[kind]} ${found.count}件（${found.samples.join('、')}${found.count > found.samples.length ? ' ほか' : ''}）`,
      );
    }
    confidence = Math.max(confidence, 0.8);
  }
  if (s.columns) {
    const text = checkColumns(c, s.columns, layout, s.min_rows);
    if (!text) return null;
    parts.push(text);
    confidence = Math.max(confidence, 0.85);
  }
  if (s.prose) {
    const text = checkProse(c, s.prose, facts.prose);
    if (!text) return null;
    parts.push(text);
    confidence = Math.max(confidence, 0.8);
  }
  if (s.contacts) {
    const wanted = s.contacts.people;
    const persons = [...(facts.contacts?.persons ?? [])].filter(([kind]) => wanted.includes(kind));
    if (persons.length === 0) return null;
    const count = new Set(persons.flatMap(([, keys]) => [...keys])).size;
    const kinds = [...facts.contacts!.kinds].map((k) => DETECTOR_NAMES[k]);
    parts.push(`本文: 人物 ${count}名と、その${joinWords(kinds)}`);
    confidence = Math.max(confidence, 0.75);
  }
  if (s.person) {
    if (layout.persons === 0) return null;
    parts.push(`記名 ${layout.persons}名`);
  }
  return { text: parts.join('、'), confidence };
}

const hasColumns = (t: Layout['tables'][number], wanted: Record<string, number>) =>
  Object.entries(wanted).every(([kind, n]) => (t.kinds.get(kind) ?? 0) >= n);

/** The layout without the tables that have these columns (a checklist of ○ and 未 under subject headings). */
function withoutTables(layout: Layout, unless: Record<string, number>): Layout {
  return { ...layout, tables: layout.tables.filter((t) => !hasColumns(t, unless)) };
}

/** 「表の値: 氏名・点数 5列（28行）」: the table with every kind of column asked for, by its cells. */
function checkColumns(c: Classifier, wanted: Record<string, number>, layout: Layout, minRows: number): string | null {
  const kinds = Object.entries(wanted);
  const table = layout.tables
    .filter((t) => t.valueRows >= minRows && hasColumns(t, wanted))
    .sort((a, b) => b.valueRows - a.valueRows)[0];
  if (!table) return formRecord(c, wanted, layout);
  const names = kinds.map(([kind]) => {
    const n = table.kinds.get(kind)!;
    const name = kind === c.personKind && table.personBy ? table.personBy : c.kinds.find((k) => k.kind.id === kind)?.kind.name;
    return `${name ?? kind}${n > 1 ? ` ${n}列` : ''}`;
  });
  return `表の値: ${names.join('・')}（${table.valueRows}行）`;
}

/** Most persons a form names (the pupil, a guardian, the writer) and still is one person's record. */
const FORM_SUBJECTS = 3;

/**
 * 「記入欄: 氏名・症状・病名」: a form filled in about one pupil is one row of the table the signal
 * reads — a name in its person field and a value of each other kind in its fields (理由　発熱).
 */
function formRecord(c: Classifier, wanted: Record<string, number>, layout: Layout): string | null {
  if (layout.subjects === 0 || layout.subjects > FORM_SUBJECTS) return null;
  const kinds = Object.keys(wanted);
  if (!kinds.every((kind) => kind === c.personKind || layout.formKinds.has(kind))) return null;
  if (!kinds.includes(c.personKind ?? '')) return null;
  return `記入欄: ${kinds.map((kind) => c.kinds.find((k) => k.kind.id === kind)?.kind.name ?? kind).join('・')}`;
}

const FORMS = { name: '氏名', initial: 'イニシャル', pointer: '本児などの語', number: '出席番号' } as const;

/** 「本文: 人物 2名（氏名）と、家庭の事情に関する記述 3件」: kinds and counts, never the words or the names. */
function checkProse(c: Classifier, wanted: { matters: string[]; people: string[] }, prose: ProseFacts | null): string | null {
  if (!prose?.qualifies) return null;
  const hits = prose.hits.filter((h) => wanted.matters.includes(h.matter) && h.refs.some((r) => wanted.people.includes(r.kind)));
  if (hits.length === 0) return null;
  const refs = hits.flatMap((h) => h.refs.filter((r) => wanted.people.includes(r.kind)));
  const persons = new Set(refs.map((r) => r.key)).size;
  const forms = [...new Set(refs.map((r) => FORMS[r.form]))];
  const counts = wanted.matters
    .map((id) => ({ id, n: hits.filter((h) => h.matter === id).length }))
    .filter((m) => m.n > 0)
    .map((m) => `${matterName(c, m.id)}に関する記述 ${m.n}件`);
  // A pupil the file's name points at and a matter its folders name (発作記録/小2-2-2.csv) are not in the text.
  const place = hits.every((h) => h.filed) ? 'ファイル名とフォルダ名' : '本文';
  return `${place}: 人物 ${persons}名（${forms.join('・')}）と、${counts.join('、')}`;
}

function matterName(c: Classifier, id: string): string {
  const settings = c.prose?.settings;
  return settings?.matters.find((m) => m.id === id)?.name ?? (settings?.accounts?.id === id ? settings.accounts.name : id);
}

/**
 * The table (or form) with most of the headers. Where the values must bear them out too (`columns`),
 * a heading of one character stands for the one header it begins (国 | 社 | 算 over 1 to 5: 国語, 社会, 算数).
 */
function bestHeaders(
  headers: string[],
  layout: Layout,
  rowLabels: string[],
  initials = false,
): { found: string[]; rows: number; table: boolean } {
  const first = new Map<string, number>();
  if (initials) for (const h of headers) first.set(h[0]!, (first.get(h[0]!) ?? 0) + 1);
  const short = (table: Layout['tables'][number], h: string) => first.get(h[0]!) === 1 && table.initials?.has(h[0]!) === true;
  let best = { found: [] as string[], rows: 0, table: false };
  for (const table of layout.tables) {
    if (rowLabels.length > 0 && !rowLabels.some((l) => table.labels.has(l))) continue;
    const found = headers.filter((h) => table.labels.has(h) || short(table, h));
    if (found.length > best.found.length || (found.length === best.found.length && table.dataRows > best.rows))
      best = { found, rows: table.dataRows, table: true };
  }
  // A form's fields count only for a signal that does not ask for a table with pupils' rows.
  if (rowLabels.length > 0) return best;
  const fieldFound = headers.filter((h) => layout.fields.has(h));
  const filled = fieldFound.filter((h) => (layout.fields.get(h)?.filled ?? 0) > 0).length;
  if (fieldFound.length > best.found.length || (fieldFound.length === best.found.length && filled > best.rows))
    best = { found: fieldFound, rows: filled, table: false };
  return best;
}
