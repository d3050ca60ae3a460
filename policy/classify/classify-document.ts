import type { Pack } from '../compile-pack.js';
import { CLASS_RANK, type ClassId, higherClass } from '../contract.js';
import type { CatalogItem } from '../schema.js';
import { normalize } from '../understand/normalize.js';
import { type Classifier, compileClassifier } from './compile-classifier.js';
import { DETECTOR_NAMES, itemLabel, ROMAN } from './describe.js';
import { type Detections, detectPersonalData } from './detect-personal-data.js';
import type { DetectorKind } from './detector-kinds.js';
import { matchSignals } from './match-signals.js';
import { type Candidate, matchTitles, type Place, titlePlaces } from './match-titles.js';
import { readAccount } from './read-account.js';
import { type ContactFacts, readContacts } from './read-contacts.js';
import { readFamilyNote } from './read-family-note.js';
import { namesPersonInName } from './read-file-subject.js';
import { blanknessUnknown } from './read-ink.js';
import { type Layout, readLayout } from './read-layout.js';
import { saysMadeUp } from './read-made-up.js';
import { repairMisreads } from './read-misread-titles.js';
import { quietLatin } from './read-ocr-latin.js';
import { addMisreadTitles, addStandingTitles } from './read-ocr-titles.js';
import { type ProseFacts, readProse } from './read-prose.js';
import { namesOneClass } from './read-pupil-columns.js';
import { readRecordForm } from './read-record-form.js';
import { namedPersons } from './read-refs.js';
import { romajiPlaces } from './read-romaji.js';
import { tableTitles, titledTables } from './read-table-titles.js';
import type { Classification, ClassifyInput, Evidence } from './types.js';

const MAX_REASONS = 6;
/** A pupil by year, class and number (3年2組15番, 3年2組 15番). */
const PUPIL_NUMBER = /\d{1,2}年\s*\d{1,2}組\s*\d{1,2}番/;
/** A line about a pupil by number: 「3番：漢字の定着に課題。」, a number, 番, a colon and words written in. */
const BY_NUMBER = /^[\s　]*(\d{1,2})番[\s　]*[:：][\s　]*\S.{3,}$/gmu;
/** A class named (3年2組): its pupils' numbers in a table's numbering column are pupils. */
const CLASS_NAMED = /\d{1,2}年\s*\d{1,2}組/;

/**
 * Classifies one document by its content, from the pack (pure, no I/O): a class written on the
 * file or a sensitivity label wins; otherwise the catalog items recognised from titles, table
 * headers, form fields and personal data, the highest class winning (2-2(5)③). A blank form is
 * not the filled-in record.
 *
 * @example classifyDocument(pack, { name: 'Book1.xlsx', text, tables }).class // 'I' for an address book
 */
export function classifyDocument(pack: Pack, read: ClassifyInput): Classification {
  // A handwritten name's part OCR read as capitals (金子 WER) is left out (read-ocr-latin).
  const input = quietLatin(read);
  const c = compileClassifier(pack);
  const nfkc = input.text.normalize('NFKC');
  const names = new Map<string, boolean>();
  let subject: boolean | undefined;
  const reader = {
    ...c,
    names,
    year: (input.today ?? new Date()).getFullYear(),
    oneClass: namesOneClass(input.name, nfkc),
    subjectInName: () => (subject ??= namesPersonInName(input.name, names)),
  };
  // A matter word OCR misread by a kanji (病気休策) is read as the word it was (read-misread-titles).
  const proseNfkc = blanknessUnknown(input) ? repairMisreads(c.matterMisreads, nfkc) : nfkc;
  const layout = readLayout(input, nfkc, reader);
  // A photo or a scan: OCR may leave the values written by hand unread (read-ink), or misread a number's digits.
  const scanned = blanknessUnknown(input);
  const detect = () => detectPersonalData(nfkc, { birthdates: layout.birthdates, ocr: scanned });
  let detections = detect();
  const places = [...titlePlaces(input), ...romajiPlaces(c.pack, input.name)];
  // Header cells that name an item over a column of values (中間テスト | 期末テスト over scores) title
  // the table under them, when the file names someone those values are of.
  const headed = tableTitles(c, input.tables, reader);
  if (headed.length > 0 && (layout.persons > 0 || (c.prose && namedPersons(c.prose, proseText(input, proseNfkc)) > 0)))
    places.push(...headed);
  const titleNorms = places.map((p) => normalize(p.text));
  if (blanknessUnknown(input)) {
    addStandingTitles(c, input.text, places, titleNorms);
    addMisreadTitles(c, places, titleNorms);
  }
  const explicit = readExplicit(c, input);
  // Persons the analyzer found named in the text, asked only to tell a form named in the title from its template.
  let named = 0;
  const numbering = new Set(c.kinds.filter((k) => k.kind.sequence).map((k) => k.kind.id));
  let contacts: ContactFacts | null = null;
  const judge = (prose: ProseFacts | null) => {
    const filled = named > 0 || isFilled(layout, detections, prose, nfkc);
    const persons = layout.persons + named;
    const someone = filled && (named > 0 || isFilled(layout, detections, prose, nfkc, { rows: false, numbering }));
    // A score written in a score field (得点 85点) beside a pupil named: the test is marked.
    const marked =
      persons > 0 &&
      c.markedBy !== null &&
      [...layout.fields].some(([label, f]) => c.markedBy!.fields.has(label) && f.filled > 0);
    return [
      ...matchTitles(c, places, titleNorms, { filled, someone, persons, unread: input.nameOnly === true, scanned, marked }),
      ...matchSignals(c, { layout, detections, nfkc, titleNorms, prose, contacts }),
    ];
  };
  let candidates = judge(null);
  const best = () =>
    Math.max(0, ...candidates.map((cand) => CLASS_RANK[cand.item.class]), ...explicit.map((e) => CLASS_RANK[e.class]));
  // Tables are read by their values only when these may change the answer: a class they could
  // raise, or a form named in the title whose values say whether it is filled in.
  const birthdates = layout.birthdates.length;
  if (valuesMatter(c, best(), candidates) && layout.readValues()) {
    // A 生年月日 column of a table flattened into the text gives its dates to the detector.
    if (layout.birthdates.length > birthdates) detections = detect();
    candidates = judge(null);
  }
  // A table flattened into the text (a PDF's last page) is titled by the line over it (「別表 校内成績一覧」)
  // when it lists persons: the title names what it is, as a first line names a document.
  if (titledTables(c, layout, places, titleNorms)) candidates = judge(null);
  // The analyzer reads names in a column only when they would raise the class (names beside
  // scores, phone numbers …) or decide whether a form named in the title is filled in.
  if (namesMatter(c, layout, best(), candidates) && layout.resolveNames()) {
    // Names confirmed beside dates long past make those dates of birth.
    detections = detect();
    candidates = judge(null);
  }
  // A form named in the title with nothing written in its fields or tables mamoru knows may still be
  // filled in: a pupil named in its text (「児童　渡辺 悠人（4年）」, a parent's mail) makes it the record.
  // A spreadsheet of organisations or of counts names their contacts, not anyone the form is about.
  const nobodys = layout.tables.length > 0 && layout.tables.every((t) => t.nobodys);
  if (c.prose && hasBlank(c, candidates) && !nobodys) {
    named = namedPersons(c.prose, proseText(input, proseNfkc));
    if (named > 0) candidates = judge(null);
  }
  // The prose goes to the analyzer only when what it may find would raise the class.
  let prose: ProseFacts | null = null;
  if (c.prose && c.proseClass && best() < CLASS_RANK[c.proseClass]) {
    const text = proseText(input, proseNfkc);
    prose = readProse(c.prose, text, proseContext(input, nfkc, layout));
    // A note that tells a pupil's account in words of its own (「トイレで戻してしまう」) names no matter;
    // a record the file already is (家庭訪問記録, Ⅱ) says better what such a note is.
    const recorded = candidates.some((cand) => cand.item.kind === 'record' && CLASS_RANK[cand.item.class] >= CLASS_RANK.II);
    // A family's own note to the teacher (先生へ, a 連絡帳's page) tells of their child whoever it names (read-family-note).
    if (!prose?.qualifies && c.accounts && !recorded)
      prose = readAccount(c.accounts, c.prose, text) ?? readFamilyNote(c.accounts, c.prose, text) ?? prose;
    // Matters told about nobody change nothing: no prose signal fires and no form is filled by them.
    if (prose?.qualifies) candidates = judge(prose);
  }
  // A phone number, an address or a mail address beside a person named (a sticky note, a mail about a
  // pupil's move) is that person's contact details, read only when they would raise the class.
  const contactKinds: DetectorKind[] = ['mobile', 'phone', 'postal_address', 'address', 'email'];
  // A person's own contact details told beside them (read-contacts.ts); a spreadsheet of
  // organisations or of counts gives its contacts' numbers, no person's own.
  if (
    !nobodys &&
    c.prose &&
    c.contacts &&
    c.contactsClass &&
    best() < CLASS_RANK[c.contactsClass] &&
    contactKinds.some((k) => detections.has(k))
  ) {
    contacts = readContacts(c.prose, c.contacts, proseText(input, proseNfkc), { known: layout.known, subjects: layout.subjects });
    if (contacts) candidates = judge(prose);
  }
  // A photo of a filled record form the catalog does not name (医療的ケア実施記録): its title and the person written in.
  if (scanned && best() < CLASS_RANK.II) {
    const form = readRecordForm(c, nfkc, detections);
    if (form) candidates.push(form);
  }
  // A file that says its data are made up (a training sheet, a filled-in example) holds nobody's data:
  // a record it would be is its blank form (read-made-up).
  if (saysMadeUp(c.madeUp, input.name, nfkc)) candidates = candidates.map((cand) => madeUpBlank(c.pack, cand));
  return decide(c.pack, candidates, explicit, evidence(layout, detections, explicit.length, prose, named));
}

/** A record in a file of made-up data is its blank form; an item with no blank (exam questions, passwords) stays. */
function madeUpBlank(pack: Pack, cand: Candidate): Candidate {
  const blank = cand.item.blank ? pack.items.get(cand.item.blank) : undefined;
  if (!blank) return cand;
  return {
    item: blank,
    confidence: 0.7,
    reasons: [`${cand.reasons[0]}、ただし架空・記入例のデータと書かれています → ${itemLabel(pack, blank)}`],
  };
}

/** Whether reading the tables' values may change the answer: a higher class, or a blank form. */
function valuesMatter(c: Classifier, best: number, candidates: Candidate[]): boolean {
  if (c.columnsClass && best < CLASS_RANK[c.columnsClass]) return true;
  return hasBlank(c, candidates);
}

/** Whether a form named in the title was taken for its template (nothing seen written in). */
function hasBlank(c: Classifier, candidates: Candidate[]): boolean {
  return candidates.some((cand) => blankItems(c.pack).has(cand.item.id));
}

/** Whether a column that may hold names would change the answer: a signal it completes, or a blank form. */
function namesMatter(c: Classifier, layout: Layout, best: number, candidates: Candidate[]): boolean {
  const pending = layout.tables.filter((t) => t.resolve);
  if (pending.length === 0 || !c.personKind) return false;
  const person = c.personKind;
  if (hasBlank(c, candidates)) return true;
  return c.rules.some((rule) => {
    const wanted = rule.signal.columns;
    if (!wanted?.[person] || CLASS_RANK[rule.item.class] <= best) return false;
    return pending.some((t) => Object.entries(wanted).every(([kind, n]) => kind === person || (t.kinds.get(kind) ?? 0) >= n));
  });
}

/** The text the prose is read in: the body, or the table rows of an input that has only tables. */
function proseText(input: ClassifyInput, nfkc: string): string {
  if (nfkc.trim() || !input.tables?.length) return nfkc;
  return input.tables
    .flatMap((t) => t.rows.map((row) => row.join('\t')))
    .join('\n')
    .normalize('NFKC');
}

/** Where a text says whom it is about: names in form fields and columns, its name and headings. */
function proseContext(input: ClassifyInput, nfkc: string, layout: Layout) {
  const first = nfkc
    .split('\n', 12)
    .filter((line) => line.trim() !== '')
    .slice(0, 3);
  const titles = [input.name.replace(/\.[^.]+$/, ''), ...(input.headings ?? []).slice(0, 3), ...first];
  return {
    known: layout.known,
    rowKeys: layout.rowKeys,
    subjects: layout.subjects,
    titles: titles.map((t) => t.normalize('NFKC').slice(0, 200)),
    name: input.name,
    path: input.path,
  };
}

/**
 * Whether someone's data is written in: a named person, filled rows or fields (or one field with a
 * sentence written in it), ticked answers,
 * personal data, a table of values (a column of scores, of temperatures) or matters told about a
 * person. A title (通知表) names the form either way; this says which of the two the file is.
 */
function isFilled(
  layout: Layout,
  detections: Detections,
  prose: ProseFacts | null,
  nfkc: string,
  count: { rows: boolean; numbering?: Set<string> } = { rows: true },
): boolean {
  const filledFields = [...layout.fields.values()].filter((f) => f.filled > 0).length;
  const written = [...layout.fields.values()].some((f) => f.prose > 0);
  const dataRows = Math.max(0, ...layout.tables.filter((t) => t.labels.size > 0).map((t) => t.dataRows));
  const personal = ['mobile', 'postal_address', 'birthdate', 'my_number'].some((k) => detections.has(k as DetectorKind));
  const values = layout.tables.some((t) => t.valueRows > 0);
  // A pupil written as 「3年2組 15番」 is someone, as a name is; a blank form has 「　年　組　番」.
  const numbered =
    PUPIL_NUMBER.test(nfkc) ||
    new Set([...nfkc.matchAll(BY_NUMBER)].map((m) => m[1])).size >= 3 ||
    (CLASS_NAMED.test(nfkc) &&
      layout.tables.some((t) => t.valueRows > 0 && [...(count.numbering ?? [])].some((id) => (t.kinds.get(id) ?? 0) > 0)));
  // Rows of pupils known by 出席番号 or 学籍番号 beside values written in (scores, reasons) are
  // persons' records as surely as rows of names: a blank form's value cells are empty.
  const pupilRows = layout.tables.some((t) => t.personBy !== undefined && t.valueRows >= 2);
  return (
    layout.persons > 0 ||
    pupilRows ||
    (count.rows && dataRows > 0) ||
    filledFields >= 2 ||
    written ||
    layout.checked >= 2 ||
    numbered ||
    personal ||
    (count.rows && values) ||
    Boolean(prose?.qualifies)
  );
}

interface Explicit {
  class: ClassId;
  reason: string;
}

function readExplicit(c: Classifier, input: ClassifyInput): Explicit[] {
  const cite = c.pack.meta.classify?.marker_citation;
  const lines = input.text.split('\n', 5);
  const places = [
    { where: 'ファイル名', text: input.name },
    ...(input.headerFooter ?? []).map((text) => ({ where: 'ヘッダー・フッター', text })),
    ...Object.values(input.properties ?? {}).map((text) => ({ where: 'ファイルのプロパティ', text })),
    ...lines.map((text) => ({ where: '本文の冒頭', text })),
  ];
  const found = c.markers.read(places);
  // The first lines naming several classes (重要性分類Ⅰ：…, 重要性分類Ⅱ：…) are a legend of the classes,
  // as a guide or a rule book writes it: no marking of the document itself.
  const head = new Set(found.filter((m) => m.where === '本文の冒頭').map((m) => m.class));
  const marks = head.size > 1 ? found.filter((m) => m.where !== '本文の冒頭') : found;
  const out: Explicit[] = marks.map((m) => ({
    class: m.class,
    reason: `${m.where}に分類表示「${m.text}」${cite ? `（${cite}）` : ''} → 重要性分類${ROMAN[m.class]}`,
  }));
  for (const label of input.labels ?? []) {
    const cls = c.markers.label(label);
    if (cls) out.push({ class: cls, reason: `秘密度ラベル「${label}」 → 重要性分類${ROMAN[cls]}` });
  }
  return out;
}

function evidence(layout: Layout, detections: Detections, markers: number, prose: ProseFacts | null, named: number): Evidence[] {
  const out: Evidence[] = [...detections].map(([kind, found]) => ({ kind, count: found.count, samples: found.samples }));
  if (layout.persons + named > 0) out.push({ kind: 'person', count: layout.persons + named });
  if (prose?.qualifies) out.push({ kind: 'matters', count: prose.hits.filter((h) => h.refs.length > 0).length });
  const rows = layout.tables.reduce((n, t) => n + t.dataRows, 0);
  if (rows > 0) out.push({ kind: 'rows', count: rows });
  if (markers > 0) out.push({ kind: 'marker', count: markers });
  return out;
}

const BLANK_ITEMS = new WeakMap<Pack, Set<string>>();
/** The catalog's blank-form items: every item's (and vague term's) `blank` counterpart. */
function blankItems(pack: Pack): Set<string> {
  let set = BLANK_ITEMS.get(pack);
  if (!set) {
    set = new Set([...pack.items.values()].map((item) => item.blank).filter((id): id is string => Boolean(id)));
    for (const term of pack.vague) if (term.blank) set.add(term.blank);
    BLANK_ITEMS.set(pack, set);
  }
  return set;
}

function decide(pack: Pack, candidates: Candidate[], explicit: Explicit[], found: Evidence[]): Classification {
  const byItem = new Map<string, Candidate>();
  for (const cand of candidates) {
    const prev = byItem.get(cand.item.id);
    if (!prev) byItem.set(cand.item.id, { ...cand, reasons: [...cand.reasons] });
    else {
      prev.confidence = Math.min(0.97, Math.max(prev.confidence, cand.confidence) + 0.03);
      prev.reasons.push(...cand.reasons.filter((r) => !prev.reasons.includes(r)));
    }
  }
  const sorted = [...byItem.values()].sort(
    (a, b) => CLASS_RANK[b.item.class] - CLASS_RANK[a.item.class] || b.confidence - a.confidence,
  );
  // A blank form (an item's `blank` counterpart, 各種届雛形) says the file is not yet filled in: when
  // a higher class wins, the file is the filled-in record, and that reading contradicts it.
  const classes = [...explicit.map((e) => e.class), ...sorted.slice(0, 1).map((r) => r.item.class)];
  const final = classes.length > 0 ? classes.reduce(higherClass) : null;
  const blanks = blankItems(pack);
  const ranked = sorted.filter((cand) => !(final && blanks.has(cand.item.id) && CLASS_RANK[cand.item.class] < CLASS_RANK[final]));
  const top = ranked[0];
  const contentClass = top?.item.class ?? null;
  const asset = (item: CatalogItem | undefined) => (item ? { id: item.id, name: item.name.ja } : null);
  const contentReasons = ranked.flatMap((cand) => cand.reasons);
  const mixed = new Set(ranked.map((r) => r.item.class)).size > 1;
  const mixedReason = (cls: ClassId) =>
    `複数の分類の情報を含むため、最も高い重要性分類${ROMAN[cls]}として扱います（${pack.meta.mixed_citation}）`;

  if (explicit.length > 0) {
    const cls = explicit.map((e) => e.class).reduce(higherClass);
    const reasons = [...new Set(explicit.filter((e) => e.class === cls).map((e) => e.reason))];
    let confidence = 0.95;
    if (contentClass && CLASS_RANK[contentClass] > CLASS_RANK[cls]) {
      reasons.push(
        `ただし内容からは重要性分類${ROMAN[contentClass]}の可能性があります（${top!.reasons[0]}）。表示が正しいか確認してください`,
      );
      confidence = 0.8;
    } else reasons.push(...contentReasons);
    const sameClass = ranked.find((r) => r.item.class === cls);
    return { class: cls, confidence, asset: asset(sameClass?.item), reasons: reasons.slice(0, MAX_REASONS), evidence: found };
  }
  if (!top || !contentClass) {
    const personal = found.filter((e) => e.kind in DETECTOR_NAMES);
    const note = personal.length
      ? `個人情報らしきもの（${personal.map((e) => `${DETECTOR_NAMES[e.kind as DetectorKind]} ${e.count}件`).join('、')}）はありますが、第2表のどの情報か特定できませんでした`
      : `${pack.meta.catalog_citation}のどの情報にも当たりませんでした`;
    return { class: null, confidence: 0, asset: null, reasons: [note], evidence: found };
  }
  const reasons = [...contentReasons];
  if (mixed)
    reasons.splice(
      ranked.filter((r) => r.item.class === contentClass).flatMap((r) => r.reasons).length,
      0,
      mixedReason(contentClass),
    );
  return {
    class: contentClass,
    confidence: top.confidence,
    asset: asset(top.item),
    reasons: [...new Set(reasons)].slice(0, MAX_REASONS),
    evidence: found,
  };
}

export { itemLabel };
