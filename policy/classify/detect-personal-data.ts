import type { DetectorKind } from './detector-kinds.js';
import { isValidMyNumber } from './my-number.js';

export interface Found {
  count: number;
  samples: string[];
}
export type Detections = Map<DetectorKind, Found>;

const DASH = '\\-‐‑–—−ー－';
// After NFKC, full-width digits and hyphens are half-width (０９０－… → 090-…). Dots part the groups
// too, as some write a number (090.1234.5678) and as OCR reads a hyphen on a photo's ruled form.
const MOBILE = new RegExp(`(?<![\\d${DASH}.])(0[5789]0)[${DASH} .]?(\\d{4})[${DASH} .]?(\\d{4})(?![\\d${DASH}]|\\.\\d)`, 'g');
/**
 * A mobile number as OCR reads it off a photo of a ruled form (「fo90-0000-5947」「90.0000-9948」): its
 * leading 0 lost or read as a letter, both separators kept, which the shape needs to stay a number.
 */
const MOBILE_OCR = new RegExp(
  `(?<!\\d)(?:[0oO]|(?<![\\d${DASH}.]))([5789]0)[${DASH}.](\\d{4})[${DASH}.](\\d{4})(?![\\d${DASH}]|\\.\\d)`,
  'g',
);
const LANDLINE = new RegExp(
  `(?<![\\d${DASH}])(0\\d{1,4})(?:[${DASH}]|\\(|\\) ?)(\\d{1,4})(?:[${DASH}]|\\) ?)(\\d{4})(?![\\d${DASH}])`,
  'g',
);
const POSTAL = new RegExp(`〒 ?(\\d{3})[${DASH}]?(\\d{4})(?!\\d)(.{0,40})`, 'g');
// Anchored on the municipality character, so the scan is fast; the city name is read back from before it.
// Brackets and punctuation end a street name: 中村（4-2） is a pupil and a class, not an address. A
// short note in brackets with no digit inside a street name (健軍（架空）4-22-13, 大江（旧）1-3) is read past.
const ADDRESS = new RegExp(
  `[市区町村郡][^\\s\\d()（）「」『』【】、。,，・:：]{0,12}?(?:[(（][^\\s\\d()（）]{1,4}[)）])?\\d{1,4}(?:丁目|番地?|[${DASH}の])\\d{1,4}`,
  'g',
);
const CITY = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,8}$/u;
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/g;
const DATE =
  /(?:(明治|大正|昭和|平成|令和|[MTSHR])\s?(\d{1,2}|元)\s?[年./]\s?(\d{1,2})\s?[月./]\s?(\d{1,2})日?|((?:19|20)\d{2})\s?[年/.-]\s?(\d{1,2})\s?[月/.-]\s?(\d{1,2})日?)/g;
const BIRTH_WORD = /生年月日|誕生日|生まれ|birth/i;
const MY_NUMBER = /(?<!\d)(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?!\d)/g;
const MY_NUMBER_WORD = /マイナンバー|個人番号|my ?number/i;
const REGION = /[都道府県市区町村郡]/;
/** A password's label: パスワード, PW, pass, パスフレーズ, 暗号キー, key. */
const SECRET_LABEL = /パスワード|パスフレーズ|暗号化?キー|(?<![A-Za-z])(?:PW|P\/W|pass(?:word|phrase)?|pwd|key)(?![A-Za-z])/i;
/** A label, then (after a separator or an opening quote) the secret itself. */
const SECRET_AFTER = new RegExp(`(?:${SECRET_LABEL.source})[ \\t]*[:=：「『"'|｜]?[ \\t]*[「『"']?([!-~]{6,40})`, 'gi');

const MAX_SAMPLES = 3;

/**
 * Whether a short text (a table cell) could hold this kind at all, before its pattern is run: a
 * phone number has ten digits or more, an address a municipality and a digit, and so on.
 */
export function mayContain(kind: DetectorKind, text: string): boolean {
  switch (kind) {
    case 'phone':
    case 'mobile':
      return (text.match(/\d/g)?.length ?? 0) >= 10;
    case 'postal_address':
      return text.includes('〒');
    case 'address':
      return /[市区町村郡]/.test(text) && /\d/.test(text);
    case 'email':
      return text.includes('@');
    case 'birthdate':
      return BIRTH_WORD.test(text);
    case 'my_number':
      return MY_NUMBER_WORD.test(text);
    case 'credential':
      return isSecret(text.trim());
  }
}

/** Counts `key` once per kind; the masked sample is built only while samples are still wanted. */
function add(found: Detections, kind: DetectorKind, key: string, mask: () => string, seen: Map<DetectorKind, Set<string>>): void {
  let keys = seen.get(kind);
  if (!keys) {
    keys = new Set();
    seen.set(kind, keys);
  }
  if (keys.has(key)) return;
  keys.add(key);
  let entry = found.get(kind);
  if (!entry) {
    entry = { count: 0, samples: [] };
    found.set(kind, entry);
  }
  entry.count++;
  if (entry.samples.length < MAX_SAMPLES) {
    const sample = mask();
    if (!entry.samples.includes(sample)) entry.samples.push(sample);
  }
}

/**
 * Finds Japanese personal data in NFKC-normalised text and counts each distinct value: phone and
 * mobile numbers, 〒 postal codes with an address, street addresses, dates of birth (和暦/西暦, only
 * next to 生年月日), e-mail addresses, マイナンバー (only with a valid check digit and the word nearby),
 * and passwords or keys written beside their label or in a PW column. Samples are masked:
 * 090-●●●●-5678, and a password as ●●●●●●●● whatever its length.
 */
export function detectPersonalData(
  text: string,
  extra: { birthdates?: string[]; only?: readonly DetectorKind[]; ocr?: boolean } = {},
): Detections {
  const found: Detections = new Map();
  const seen = new Map<DetectorKind, Set<string>>();
  // A table cell is looked at only for the kinds its column may hold (phone and mobile, address …).
  const want = (kind: DetectorKind) => !extra.only || extra.only.includes(kind);
  for (const m of want('mobile') ? text.matchAll(MOBILE) : [])
    add(found, 'mobile', m[1]! + m[2]! + m[3]!, () => `${m[1]}-●●●●-${m[3]}`, seen);
  for (const m of want('mobile') && extra.ocr ? text.matchAll(MOBILE_OCR) : [])
    add(found, 'mobile', `0${m[1]}${m[2]}${m[3]}`, () => `0${m[1]}-●●●●-${m[3]}`, seen);
  for (const m of want('phone') ? text.matchAll(LANDLINE) : []) {
    const digits = m[1]! + m[2]! + m[3]!;
    if (digits.length !== 10 || /^0[5789]0/.test(digits)) continue;
    add(found, 'phone', digits, () => `${m[1]}-${'●'.repeat(m[2]!.length)}-${m[3]}`, seen);
  }
  for (const m of want('postal_address') && text.includes('〒') ? text.matchAll(POSTAL) : []) {
    if (REGION.test(m[3] ?? '')) add(found, 'postal_address', m[1]! + m[2]!, () => `〒${m[1]}-●●●●`, seen);
  }
  for (const m of want('address') ? text.matchAll(ADDRESS) : []) {
    const city = CITY.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[0];
    if (city) add(found, 'address', city + m[0], () => `${city}${m[0][0]}●●●●`, seen);
  }
  for (const m of want('email') && text.includes('@') ? text.matchAll(EMAIL) : []) {
    const [local, domain] = m[0].split('@') as [string, string];
    add(found, 'email', m[0].toLowerCase(), () => `${local[0]}●●●@${domain}`, seen);
  }
  for (const m of want('birthdate') && BIRTH_WORD.test(text) ? text.matchAll(DATE) : []) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (BIRTH_WORD.test(before)) add(found, 'birthdate', m[0], () => maskDate(m[0]), seen);
  }
  for (const value of extra.birthdates ?? []) add(found, 'birthdate', value, () => maskDate(value), seen);
  for (const m of want('my_number') && MY_NUMBER_WORD.test(text) ? text.matchAll(MY_NUMBER) : []) {
    const digits = m[1]! + m[2]! + m[3]!;
    if (!isValidMyNumber(digits)) continue;
    const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
    if (MY_NUMBER_WORD.test(around)) add(found, 'my_number', digits, () => '●●●●-●●●●-●●●●', seen);
  }
  if (want('credential')) for (const secret of secrets(text)) add(found, 'credential', secret, () => '●'.repeat(8), seen);
  return found;
}

/**
 * A value that looks like a password or a key: 6–40 printable ASCII characters, letters and digits
 * mixed (Mdr9110!, hana6743, 9f3k2mq8x7), not a URL, an e-mail address or a date.
 */
function isSecret(value: string): boolean {
  if (!/^[!-~]{6,40}$/.test(value) || !/[A-Za-z]/.test(value) || !/\d/.test(value)) return false;
  return !/[@/]|^\d{4}[-.]\d/.test(value);
}

/** An account name, a slash, and a value: 「netadmin / Ap#5821w」. */
const ACCOUNT_PAIR = /(?<![!-~])[A-Za-z][\w.-]{2,30}[ \t]*\/[ \t]*([!-~]{6,40})(?![!-~])/g;

/**
 * An account and its secret ending a line, set apart by spaces (「kawaguchi_adm@… Kw#7731m」,
 * 「admin rc8841」): an e-mail address or a login name in small letters, then one value. A product
 * and its version (Microsoft365, Windows11) begin with a capital and are no login name.
 */
const ACCOUNT_SPACED = new RegExp(String.raw`(?<![!-~])(?:${EMAIL.source}|[a-z][\w.-]{2,30})[ \t]+([!-~]{6,40})[ \t]*$`, 'gm');

/**
 * An account and its secret set apart by a space anywhere in a line (「ID パスワード 共用PC kyoutou01
 * Shima2025! 校務支援 kyoutou kaku#2025」: a ledger's rows flattened into one line, as an HTML comment or a
 * PDF's text layer keeps them): a login name in small letters, then a value a password rule asks for.
 */
const ACCOUNT_INLINE = /(?<![!-~])[a-z][\w.-]{2,30}[ \t]+([!-~]{6,40})(?=[ \t]|$)/gm;

/**
 * An account and its password as a pair set apart by spaces (「admin / Mdr-Adm!n2026」,
 * 「admin@school.example.jp / Kuma#2024adm」), in a text that never says パスワード (a note left in an
 * HTML comment): a login name or an e-mail address, and only a value with a symbol a password rule
 * asks for (! # $ % …), never a path (docs/README.md) or a version (node / v20.11.0).
 */
const SPACED_PAIR = new RegExp(
  String.raw`(?<![!-~])(?:[A-Za-z][\w.-]{2,30}|${EMAIL.source})[ \t]+\/[ \t]+([!-~]{6,40})(?![!-~])`,
  'g',
);

function unlabelledPairs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPACED_PAIR)) if (/[!#$%&*+=?^~]/.test(m[1]!) && isPairedSecret(m[1]!)) out.push(m[1]!);
  // A memo that writes one account so (「Windows: bunko-pc01 / Yamazato#2026」) writes the others alike:
  // its other pairs are passwords even without a symbol (「プリンタ管理画面 admin / admin1234」).
  if (out.length > 0)
    for (const m of text.matchAll(ACCOUNT_PAIR)) if (isPairedSecret(m[1]!) && !out.includes(m[1]!)) out.push(m[1]!);
  return out;
}

/** The second of an account pair: a secret, where an @ is a symbol, not an e-mail address. */
function isPairedSecret(value: string): boolean {
  return !/^[^@]+@[\w-]+\.[\w.]+$/.test(value) && isSecret(value.replace(/@/g, '#'));
}

/**
 * Passwords and keys written in: a value after a label (「パスワード：Mdr#2026-adm!」, pass: …,
 * パスフレーズ「…」), and the cells of a column headed PW or パスワード in tab-separated rows.
 */
function secrets(text: string): string[] {
  if (!SECRET_LABEL.test(text)) return [...unlabelledPairs(text), ...headlessSecrets(text)];
  const out: string[] = [...headlessSecrets(text)];
  for (const m of text.matchAll(SECRET_AFTER)) {
    const value = m[1]!.replace(/[」』"']$/, '');
    if (isSecret(value)) out.push(value);
  }
  // An account and its password written as a pair (「admin / Wkb@2024fw!」) in a text that speaks of passwords.
  for (const m of text.matchAll(ACCOUNT_PAIR)) if (isPairedSecret(m[1]!)) out.push(m[1]!);
  for (const m of text.matchAll(ACCOUNT_SPACED)) if (isPairedSecret(m[1]!)) out.push(m[1]!);
  for (const m of text.matchAll(ACCOUNT_INLINE)) if (isStrongSecret(m[1]!) && isPairedSecret(m[1]!)) out.push(m[1]!);
  let column = -1;
  let width = 0;
  for (const line of text.split('\n', 5000)) {
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length < 2) {
      column = -1;
      continue;
    }
    const at = cells.findIndex((c) => c.length <= 12 && SECRET_LABEL.test(c));
    if (at >= 0 && !isSecret(cells[at]!)) {
      column = at;
      width = cells.length;
      continue;
    }
    if (column >= 0 && cells.length === width && isSecret(cells[column]!)) out.push(cells[column]!);
  }
  return out;
}

/** A login name (yamamoto_k, t.inoue) or an e-mail address: the account a row of a ledger is for. */
const ACCOUNT = new RegExp(String.raw`^(?:[a-z][a-z0-9._-]{2,30}|${EMAIL.source})$`);
/** Fewest rows of accounts and secrets that make a ledger with no heading. */
const MIN_LEDGER_ROWS = 3;
/** Share of a block's rows whose cell in the column is such a secret. */
const LEDGER_SHARE = 0.8;

/** A value a password rule asks for: a secret (isSecret) with a symbol, or small and capital letters both. */
function isStrongSecret(value: string): boolean {
  return isSecret(value) && (/[!#$%&*+=?^~]/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value)));
}

/**
 * The cells of a column of passwords with no heading (「yamamoto_k | t…@school.example.jp | Km5083!ya」):
 * in tab-separated rows of the same width, a column whose cells are distinct secrets a password
 * rule asks for, on at least three rows and most of the block's, each row also naming an account.
 */
function headlessSecrets(text: string): string[] {
  const out: string[] = [];
  let block: string[][] = [];
  const flush = () => {
    const width = block[0]?.length ?? 0;
    for (let c = 0; c < width && block.length >= MIN_LEDGER_ROWS; c++) {
      const cells = block
        .filter((row) => isStrongSecret(row[c]!) && row.some((cell, i) => i !== c && ACCOUNT.test(cell)))
        .map((row) => row[c]!);
      if (cells.length >= MIN_LEDGER_ROWS && cells.length >= block.length * LEDGER_SHARE && new Set(cells).size === cells.length)
        out.push(...cells);
    }
    block = [];
  };
  for (const line of text.split('\n', 5000)) {
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length < 2 || (block.length > 0 && cells.length !== block[0]!.length)) flush();
    if (cells.length >= 2) block.push(cells);
  }
  flush();
  return out;
}

function maskDate(value: string): string {
  return value.replace(/\d/g, '●');
}
