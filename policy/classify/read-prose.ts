import { escapeRegex } from '../escape-regex.js';
import type { ProseSettings } from '../schema.js';
import { continued, inSentence, isHeading, onCalendar, recurring, rowKey } from './prose-lines.js';
import { compileClassKin } from './read-class-refs.js';
import { compileCues, type LazyCues, readCues } from './read-cues.js';
import { folderMatters } from './read-folder-matter.js';
import { saysInvented, textSaysInvented } from './read-invented.js';
import { analyzerRefs, cheapRefs, MAX_SENTENCE, namedRefs, type PersonKind, type Ref, staffTalkedAbout } from './read-refs.js';

export type { PersonKind, Ref } from './read-refs.js';

/** A sensitive matter told in the text, with whom it is told about and how close. */
export interface MatterHit {
  matter: string;
  /** The word as written (kept only while one file is read). */
  word: string;
  /** A person is pointed at in the same sentence, or in the sentence of its paragraph that it continues. */
  same: boolean;
  refs: Ref[];
  /** Told by the file's path: its folders name the matter, its own name the person (read-folder-matter). */
  filed?: true;
}

export interface ProseFacts {
  hits: MatterHit[];
  /** Enough matters are told about persons for the text to be a record of them. */
  qualifies: boolean;
}

export interface CompiledProse {
  settings: ProseSettings;
  matters: RegExp;
  /** Matter id by word (NFKC); an `unless` word maps to null. */
  matterOf: Map<string, string | null>;
  /** Words naming a service or a meeting: a matter only inside a sentence. */
  services: Set<string>;
  pointers: RegExp | null;
  pointerKind: Map<string, PersonKind | null>;
  initials: RegExp | null;
  numbered: RegExp | null;
  suffixes: string[];
  staffSuffixes: Set<string>;
  staffTitle: RegExp | null;
  /** `matter:kind` pairs some catalog signal reads (family:pupils, personnel:staff …). */
  accepted: Set<string>;
  /** A matter word followed by one of these (within the same word run) names a body or an event. */
  naming: RegExp | null;
  /** A service followed by a topic word (面談について) is an agenda item (pack.yaml `topic_words`). */
  topic: RegExp | null;
  /** A service after one of these in its line is an event on a calendar (pack.yaml `scheduled_by`). */
  scheduled: RegExp | null;
  /** Matters told in plain words, read by the analyzer (pack.yaml `heads`, `suffixes`). */
  cues: LazyCues | null;
  /** Words that say a text's cases are invented (架空, 記入例: pack.yaml `accounts.invented`). */
  invented: RegExp | null;
  /** A member of a pupil's family after the pupil's class (「5-2 母」: pack.yaml `accounts.kin`). */
  classKin: RegExp | null;
}

const MAX_HITS = 400;
const MAX_ANALYZED = 200;
/** A sentence that asks its readers (「アレルギーのある人は申し出てください」) tells nothing about the pupil a text names. */
/** The most persons a file's title and first lines name when they say whom it is about. */
const MAX_SUBJECTS = 2;
const SENTENCE_END = /[。！？!?]\s*$/;
/** A line of prose that stops mid-sentence: a sentence ended in it, and more written after. */
const WRAPPED = /[。！？][^。！？]+$/;
/** A short line with no sentence in it that gives a class: a pupil's name and class (「Lucas Silva（シルバ・ルーカス）3年1組」). */
const NAME_LINE = /^(?=[^。！？!?、]{2,40}$).*(?:[1-9]\s?年(?:\s?[1-9]\s?組)?|[1-9]\s?組|[1-9][-‐−ー－][1-9])/;
/** A family addressed as one pupil's (「…さんの保護者様」「…くんのご家族様」), not as all (保護者の皆様). */
const ONE_FAMILY = /(?:さん|くん|ちゃん|君)\s*の?\s*(?:保護者|ご家族|ご家庭|おうちの方|お家の方)\s*(?:様|さま)/u;
const ADDRESSED = /ください|下さい|しましょう|お願い(?:します|いたします)|ご(?:相談|連絡)を|皆さん|みなさん|保護者の皆様/;

/** A pattern for words in NFKC text, longest first; ASCII words (DV, LD) only as whole words. */
export function wordsPattern(words: string[], flags = 'g'): RegExp | null {
  const sorted = [...new Set(words.map((w) => w.normalize('NFKC')))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return null;
  const alt = sorted.map((w) => (/^[A-Za-z]+$/.test(w) ? `(?<![A-Za-z])${escapeRegex(w)}(?![A-Za-z])` : escapeRegex(w)));
  return new RegExp(alt.join('|'), flags);
}

export function compileProse(
  settings: ProseSettings | undefined,
  signals: { matters: string[]; people: PersonKind[] }[],
  topicWords: string[] = [],
  kindWords: Map<string, string[]> = new Map(),
): CompiledProse | null {
  if (!settings || signals.length === 0) return null;
  // A matter's words by meaning: the words of the column kinds it names (symptom → 腹痛, 嘔吐), read as heads.
  const matters = settings.matters.map((m) => ({ ...m, kindWords: m.kinds.flatMap((k) => kindWords.get(k) ?? []) }));
  const accepted = new Set(signals.flatMap((s) => s.matters.flatMap((m) => s.people.map((k) => `${m}:${k}`))));
  const matterOf = new Map<string, string | null>();
  const services = new Set<string>();
  for (const m of settings.matters) {
    for (const w of [...m.words, ...m.services]) matterOf.set(w.normalize('NFKC'), m.id);
    for (const w of m.services) services.add(w.normalize('NFKC'));
    for (const w of m.unless) matterOf.set(w.normalize('NFKC'), null);
  }
  const pointerKind = new Map<string, PersonKind | null>();
  for (const [kind, p] of [
    ['pupils', settings.pupils],
    ['staff', settings.staff],
  ] as const) {
    for (const w of p.words) pointerKind.set(w.normalize('NFKC'), kind);
    for (const w of p.unless) pointerKind.set(w.normalize('NFKC'), null);
  }
  const suffixes = [...settings.pupils.suffixes, ...settings.staff.suffixes].map((s) => s.normalize('NFKC'));
  const numbered = [...settings.pupils.numbered, ...settings.staff.numbered];
  const titles = settings.staff.titles.map((t) => t.normalize('NFKC'));
  return {
    settings,
    matters: wordsPattern([...matterOf.keys()])!,
    matterOf,
    services,
    pointers: wordsPattern([...pointerKind.keys()]),
    pointerKind,
    initials: suffixes.length ? new RegExp(`(?<![A-Za-z])([A-Z]{1,2})(${suffixes.map(escapeRegex).join('|')})`, 'g') : null,
    numbered: numbered.length ? new RegExp(`(?:${numbered.map(escapeRegex).join('|')})\\s*[:：]?\\s*(\\d{1,3})`, 'g') : null,
    suffixes,
    staffSuffixes: new Set(settings.staff.suffixes.map((s) => s.normalize('NFKC'))),
    staffTitle: titles.length ? new RegExp(`(?:${titles.map(escapeRegex).join('|')})[\\s:：の・（(]*$`) : null,
    accepted,
    cues: compileCues(matters),
    scheduled: wordsPattern(settings.scheduled_by, ''),
    invented: wordsPattern(settings.accounts?.invented ?? [], ''),
    classKin: compileClassKin(settings.accounts?.kin),
    topic: topicWords.length ? new RegExp(`^(?:${topicWords.map((w) => escapeRegex(w.normalize('NFKC'))).join('|')})`) : null,
    naming: settings.not_followed_by.length
      ? new RegExp(
          `^[^、。,，\\s()（）「」:：]{0,8}?(?:${settings.not_followed_by.map((w) => escapeRegex(w.normalize('NFKC'))).join('|')})`,
        )
      : null,
  };
}

/** A heading that may head a list: a short line, no sentence in it. */
const LIST_HEAD = /^[^。！？!?、]{2,30}$/u;
/** What may stand before a list's item: a bullet, a number (①, 1., (2), 3)). */
const ITEM_MARK = /^[\s・●○◆◇■□\-*＊]*(?:[\u2460-\u2473\u24EA\u2776-\u277F]|[(（]?\d{1,2}[)）.．]?)?[\s:：]*/u;
const MAX_LISTED_LINES = 12;
const TIME = /\d{1,2}\s*[:：時]\s*\d{0,2}|[〜~～]/u;
const JAPANESE_LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
/** The fewest lines of a list that must begin with a pupil named. */
const MIN_LISTED = 2;

/**
 * The pupils named at the head of the lines below a service that is the text's first line
 * (「ケース会議 7/1」, then 「①上村 彩花 場面緘黙」「②井上 ひなた 車いす」): at least two lines, each
 * beginning, after its bullet or number, with a person who is no member of staff. Empty otherwise: a
 * heading over a schedule or a list of staff (「①山田先生」) names no one the meeting is about.
 */
function listedUnder(p: CompiledProse, text: string, at: number): Ref[] {
  const lines = text.split('\n', MAX_LISTED_LINES + 1);
  const head = lines[0]!;
  if (at > head.length || !LIST_HEAD.test(head.trim())) return [];
  const out = new Map<string, Ref>();
  for (const line of lines.slice(1)) {
    const mark = ITEM_MARK.exec(line)![0].length;
    const item = line.slice(mark, mark + MAX_SENTENCE);
    const first = analyzerRefs(p, item).find((r) => r.at === 0);
    if (!first) continue;
    if (first.ref.kind === 'staff') return [];
    // A time beside the name is a schedule's slot (「①山田 太郎 15:00」), not what was said of the pupil.
    const rest = item.slice(first.ref.key.length);
    if (TIME.test(rest) || (rest.match(JAPANESE_LETTER) ?? []).length < 2) continue;
    out.set(first.ref.key, first.ref);
  }
  return out.size >= MIN_LISTED ? [...out.values()] : [];
}

interface Sentence {
  text: string;
  line: number;
  /** Where it starts in its line. */
  at: number;
}

/**
 * Reads what a text tells about persons: every sensitive matter (pack.yaml `classify.prose`) and
 * whether a person is pointed at beside it — in the same sentence, in the same line or the
 * `window` lines before, or as the person a form or its heading is about. Only the lines near a
 * matter go to the analyzer (one call a line), so a text without one costs a single scan.
 */
export function readProse(
  p: CompiledProse,
  text: string,
  context: {
    known: () => Set<string>;
    rowKeys?: Set<string>;
    subjects: number;
    titles: string[];
    /** The file's name and path: a pupil its name points at, a matter its folders name. */
    name?: string;
    path?: string;
  },
): ProseFacts | null {
  const filed = context.name ? folderMatters(p, context.path, context.name) : [];
  /** `plain`: read by the analyzer from plain words, told about a text's subject only beside another. */
  /** `listed`: the persons a list under a service's heading names, one a line (`listedUnder`). */
  const found: { matter: string; word: string; at: number; plain?: boolean; listed?: Ref[] }[] = [];
  /** Where the words of the lists stand (an `unless` word too): a cue inside one is read there. */
  const spans: [number, number][] = [];
  for (const { 0: word, index } of text.matchAll(p.matters)) {
    const matter = p.matterOf.get(word);
    const end = index + word.length;
    spans.push([index, end]);
    if (!matter) continue;
    if (p.naming?.test(text.slice(end, end + 16))) continue;
    if (p.services.has(word) && (p.topic?.test(text.slice(end, end + 8)) || onCalendar(p, text, index))) continue;
    if (p.services.has(word) && !inSentence(text, index, end)) {
      // A service heading a list of pupils, one a line (「ケース会議 7/1」 then 「①上村 彩花 …」): the meeting's record of them.
      const listed = listedUnder(p, text, index);
      if (listed.length > 0) found.push({ matter, word, at: index, listed });
      continue;
    }
    found.push({ matter, word, at: index });
    if (found.length >= MAX_HITS) break;
  }
  for (const cue of p.cues ? readCues(p.cues, text) : []) {
    const end = cue.at + cue.word.length;
    if (spans.some(([from, to]) => from < end && cue.at < to) || p.naming?.test(text.slice(end, end + 16))) continue;
    found.push({ ...cue, plain: true });
  }
  found.sort((a, b) => a.at - b.at);
  if (found.length === 0) return filed.length > 0 ? { hits: filed, qualifies: true } : null;
  // Names from form fields and person columns, read (and the columns confirmed) only now.
  const known = context.known();
  const lines = text.split('\n');
  const sentences: Sentence[] = [];
  const lineStarts: number[] = []; // the first sentence of each line
  const ends: number[] = []; // where each sentence ends in the text
  let offset = 0;
  lines.forEach((line, l) => {
    lineStarts.push(sentences.length);
    let at = 0;
    for (const part of line.split(/(?<=[。！？!?])/)) {
      sentences.push({ text: part.slice(0, MAX_SENTENCE), line: l, at });
      at += part.length;
      ends.push(offset + at);
    }
    offset += line.length + 1;
    ends[ends.length - 1] = offset;
  });
  lineStarts.push(sentences.length);
  let analyzed = 0;
  const memo = new Map<number, Ref[][]>();
  // A training handout's 「事例（架空）Aさん：…」 points at nobody: its initials and 本児 are invented.
  const real = textSaysInvented(p, text) ? (r: Ref) => r.form === 'name' || r.form === 'number' : () => true;
  /** The persons each sentence of a line points at; the analyzer reads the line once if needed. */
  const refsOfLine = (l: number): Ref[][] => {
    let refs = memo.get(l);
    if (refs) return refs;
    const own = sentences.slice(lineStarts[l]!, lineStarts[l + 1]!);
    refs = own.map((sentence) => cheapRefs(p, sentence.text, known));
    if (refs.some((r) => r.length === 0) && analyzed < MAX_ANALYZED) {
      analyzed++;
      const line = lines[l]!.slice(0, MAX_SENTENCE * 4);
      for (const { ref, at } of analyzerRefs(p, line)) {
        let j = own.length - 1;
        while (j > 0 && own[j]!.at > at) j--;
        if (!refs[j]!.some((r) => r.key === ref.key)) refs[j]!.push(ref);
      }
    }
    // A table's row headed by a pupil's number (12 | 父親入院中で…) tells about that pupil in every cell.
    const key = rowKey(lines[l]!, context.rowKeys);
    if (key) refs = refs.map((r) => (r.some((x) => x.key === key.key) ? r : [...r, key]));
    // A name marked as invented where it stands (「山田太郎（架空）」) is nobody's.
    const invented = saysInvented(p, lines[l]!);
    refs = refs.map((r) => (invented ? [] : r.filter(real)));
    memo.set(l, refs);
    return refs;
  };
  let subject: Ref[] | null = null;
  const subjectRefs = (): Ref[] => {
    if (subject) return subject;
    subject = context.subjects > 0 && context.subjects <= 3 ? [{ key: 'subject', kind: 'names', form: 'name' }] : [];
    // A heading about a pupil (「山田太郎さんについて」); a teacher's name heading a newsletter is not.
    if (subject.length === 0) {
      const titles = [...new Set(context.titles)].filter((t) => !saysInvented(p, t)).join('。');
      subject = [...cheapRefs(p, titles, known), ...analyzerRefs(p, titles).map((r) => r.ref)].filter((r) => r.kind !== 'staff');
      // A heading is about one pupil or two; first lines naming more (書写展で中村さん、山口くん、松田さんが…) list them.
      if (new Set(subject.map((r) => r.key)).size > MAX_SUBJECTS) subject = [];
    }
    // A memo that names one pupil and nobody else (a case meeting's 「対象生徒　本田 凌」) is about them;
    // one that names no pupil and one member of staff as talked about (井上先生と面談), about them,
    // when it tells more than one matter (a training's 「田中先生から発達障害の講義」 tells one).
    if (subject.length === 0) {
      const persons = namedRefs(p, text, 2);
      if (persons.size === 1) subject = [...persons.values()];
      else if (persons.size === 0 && several) {
        const staff = staffTalkedAbout(p, text);
        if (staff.size === 1) subject = [...staff.values()];
      }
    }
    subject = subject.filter(real);
    return subject;
  };
  // A letter to one pupil's family (「マリア・サントスさんの保護者様」) asks them about that pupil: its requests
  // (眼科受診をお願いします) tell of the pupil as its other sentences do, not of every reader.
  const toOneFamily = lines
    .slice(0, 3)
    .some((line, l) => ONE_FAMILY.test(line) && refsOfLine(l).some((r) => r.some((x) => x.kind !== 'staff')));
  const asks = (sentence: string) => !toOneFamily && ADDRESSED.test(sentence);
  const hits: (MatterHit & { line: number; sentence: string; plain?: boolean })[] = [];
  let s = 0;
  for (const { matter, word, at, plain, listed } of found) {
    while (ends[s]! <= at) s++;
    const line = sentences[s]!.line;
    const own = refsOfLine(line);
    const i = s - lineStarts[line]!;
    let same = listed ?? (own[i]!.length > 0 || asks(sentences[s]!.text) ? own[i]! : continued(own, i));
    // A paragraph broken into lines (a mail's 「吉田さんの件です。」 then 「…切り傷が…」) goes on about its person.
    if (same.length === 0 && i === 0 && line > 0 && SENTENCE_END.test(lines[line - 1]!)) same = refsOfLine(line - 1).at(-1)!;
    // A line that only names a pupil and their class heads the note below it (a writer's name under a title does not).
    else if (same.length === 0 && i === 0 && line > 0 && NAME_LINE.test(lines[line - 1]!))
      same = refsOfLine(line - 1)
        .flat()
        .filter((r) => r.kind !== 'staff' && r.form === 'name');
    // A sentence wrapped onto the next line (a chat bubble or a page read by OCR: 「…長袖でした。明日」 then
    // 「お父さんに叩かれたと…」) is the last sentence of the line before, and goes on about its person.
    else if (same.length === 0 && i === 0 && line > 0 && WRAPPED.test(lines[line - 1]!)) {
      const prev = refsOfLine(line - 1);
      same = prev.at(-1)!.length > 0 ? prev.at(-1)! : continued(prev, prev.length - 1);
    }
    hits.push({ matter, word, same: same.length > 0, refs: same, line, sentence: sentences[s]!.text, plain });
  }
  // Persons near a matter count only towards `min_nearby` different words: with fewer, the
  // lines around need no reading. A text headed by a pupil's name (a nurse's memo 「江口 蒼（4年）、…」,
  // a call note, a hearing) is about that pupil: a matter anywhere in it is told about them.
  const repeated = (list: { word: string; line: number }[]) => recurring(list, p.settings.min_lines);
  const several = new Set(found.map((f) => f.word)).size >= p.settings.min_nearby || repeated(hits);
  let aboutSubject = 0;
  for (const hit of hits) {
    if (hit.same) continue;
    let near: Ref[] = [];
    if (several) {
      for (let l = hit.line; l >= Math.max(0, hit.line - p.settings.window) && near.length === 0; l--)
        near = refsOfLine(l).flat();
      // A column heading (被害生徒 | 加害生徒 | 経過) tells about the rows below it.
      if (near.length === 0 && isHeading(hit.sentence))
        for (let l = hit.line + 1; l <= Math.min(lines.length - 1, hit.line + p.settings.window) && near.length === 0; l++)
          near = refsOfLine(l).flat();
    }
    if (near.length > 0) hit.refs = near;
    else if (!asks(hit.sentence) && (several || !hit.plain)) {
      hit.refs = subjectRefs();
      if (hit.refs.some((r) => p.accepted.has(`${hit.matter}:${r.kind}`))) aboutSubject++;
    }
  }
  // Only what some item reads counts: a counsellor named beside her own title is no matter about her.
  const toldHits = hits.filter((h) => h.refs.some((r) => p.accepted.has(`${h.matter}:${r.kind}`)));
  const told: MatterHit[] = toldHits.map(({ line: _, sentence: __, plain: ___, ...hit }) => hit);
  const same = told.filter((h) => h.same).length;
  const words = new Set(told.map((h) => h.word)).size;
  return {
    hits: [...filed, ...told],
    qualifies:
      filed.length > 0 ||
      same >= p.settings.min_same_sentence ||
      words >= p.settings.min_nearby ||
      aboutSubject > 0 ||
      repeated(toldHits),
  };
}
