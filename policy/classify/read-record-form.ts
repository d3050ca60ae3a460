import type { CatalogItem } from '../schema.js';
import { analyze } from '../understand/analyzer.js';
import { normalize } from '../understand/normalize.js';
import type { Classifier } from './compile-classifier.js';
import { itemLabel } from './describe.js';
import type { Detections } from './detect-personal-data.js';
import type { Candidate } from './match-titles.js';
import { isPersonName } from './read-names.js';

/**
 * The head nouns that make a title a record kept of someone (医療的ケア実施記録, 家庭環境調査票,
 * 現場実習日誌, 療育手帳, 口座振替依頼書): a form filled in per person.
 */
const RECORD_HEAD = /(?:記録|記録簿|記録表|票|表|カード|手帳|帳|簿|日誌|届|願|依頼書|申請書|申込書|報告書|調書|シート)$/u;
/** A title's trailing aside: a month, a term, a bracketed note (（6月）, (前期)). */
const TRAILER = /[\s　]*[(（][^)）]{0,12}[)）][\s　]*$/u;
/** A pupil by school year and class: 小2-2, 中1-3, 2年3組. */
const PUPIL_CLASS = /(?:^|[^\d])(?:[小中高][1-6][-ー‐−]\d{1,2}|[1-6]年\d{1,2}組)/u;
/** A label before a name that is no person label of the pack: 実習生, 対象者, 相談者. */
const ROLE_PREFIX = /^[\p{sc=Han}]{1,4}(?:生|者)/u;
const RANK = { I: 4, II: 3, III: 2, IV: 1 } as const;

/**
 * A photographed or scanned record form of a person: a title whose head is a record noun and a
 * person written in (a name after 氏名 or on a line of its own, a pupil's class, a mobile number
 * or an address). The kind is told by the sensitive matters the title names (発作 → health,
 * 家庭環境 → family) or the column kinds whose words it holds (銀行 → bank); a record of which the
 * kind cannot be told is still someone's individual record: at least class Ⅱ.
 * Null for text read from the file itself, a blank form, or a title that is no record's.
 */
export function readRecordForm(c: Classifier, nfkc: string, detections: Detections): Candidate | null {
  const lines = nfkc
    .split('\n', 40)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const at = lines.slice(0, 3).findIndex(isRecordTitle);
  if (at < 0) return null;
  const title = lines[at]!;
  const body = lines.slice(at + 1, at + 12);
  const who =
    personWritten(c, body) ??
    (['mobile', 'postal_address', 'address'].some((k) => detections.has(k as 'mobile')) ? '連絡先' : null);
  if (!who) return null;
  const core = title.replace(TRAILER, '').replace(/[\s　]/g, '');
  // A title the catalog names as a lower class (座席表, a roster) is what the catalog says it is.
  if (c.titles.find(normalize(core)).some((h) => h.value.kind === 'vague' || RANK[h.value.item.class] < RANK.II)) return null;
  const kind = kindOf(c, core, body.join('\n'));
  const floor: CatalogItem | undefined = kind ?? fallback(c);
  if (!floor) return null;
  const item: CatalogItem = kind ? kind : { ...floor, class: 'II' };
  const why = kind
    ? `表題「${core}」は${who}が記入された記録の様式 → ${itemLabel(c.pack, item)}`
    : `表題「${core}」は${who}が記入された個人の記録で、種類を特定できないため少なくとも重要性分類Ⅱとして扱います`;
  return { item, confidence: 0.55, reasons: [`画像の文字認識: ${why}`] };
}

/** A line of nouns ending in a record noun (spaces OCR put between the letters are dropped). */
function isRecordTitle(line: string): boolean {
  const core = line.replace(TRAILER, '').replace(/[\s　]/g, '');
  if (core.length < 3 || core.length > 24 || !RECORD_HEAD.test(core) || /名簿$/.test(core)) return false;
  const words = analyze(core);
  return words.length >= 2 && words.every((m) => m.pos === '名詞' || m.pos === '接頭詞' || m.pos === 'UNK');
}

/** Who is written in: a name after a person label or a role, a name alone, or a pupil's class. */
function personWritten(c: Classifier, body: string[]): string | null {
  const labels = [...c.personLabels].sort((a, b) => b.length - a.length);
  for (const line of body) {
    for (const chunk of line.split(/[\s　:：・]+/u)) {
      let rest = chunk.replace(/[(（][^)）]*[)）]?$/u, '');
      const label = labels.find((l) => rest.startsWith(l));
      if (label) rest = rest.slice(label.length);
      else rest = rest.replace(ROLE_PREFIX, (m) => (rest.length - m.length >= 2 ? '' : m));
      if (rest.length >= 2 && rest.length <= 6 && isPersonName(rest)) return '氏名';
    }
    // 「山口 通」: a name in two parts on a line of its own.
    if (line.length <= 9 && /^\S{1,4}[\s　]\S{1,4}$/u.test(line) && isPersonName(line)) return '氏名';
  }
  return body.some((l) => PUPIL_CLASS.test(l)) ? '児童生徒の学年・組' : null;
}

/** The item whose signals read the matter or the column kind the title's words name. */
function kindOf(c: Classifier, core: string, body: string): CatalogItem | null {
  const prose = c.pack.meta.classify?.prose?.matters ?? [];
  const named = new Set(prose.filter((m) => m.words.some((w) => core.includes(w.normalize('NFKC')))).map((m) => m.id));
  const kinds = new Set(
    (c.pack.meta.classify?.columns ?? [])
      .filter((k) => k.words?.any?.some((w) => w.length >= 2 && (core.includes(w) || body.includes(w))))
      .map((k) => k.id),
  );
  let best: CatalogItem | null = null;
  for (const rule of c.rules) {
    const matters = rule.signal.prose?.matters ?? [];
    const columns = Object.keys(rule.signal.columns ?? {}).filter((k) => k !== c.personKind);
    const hit = matters.some((m) => named.has(m)) || (columns.length > 0 && columns.every((k) => kinds.has(k)));
    if (hit && (!best || RANK[rule.item.class] > RANK[best.class])) best = rule.item;
  }
  return best;
}

/** The catalog's item for a pupil's personal information, the floor's name when the kind is unknown. */
function fallback(c: Classifier): CatalogItem | undefined {
  const rule = c.rules.find((r) => r.signal.prose?.people?.includes('pupils') && r.item.kind === 'content');
  return rule?.item;
}
