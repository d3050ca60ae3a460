import { ExtractError } from './errors.js';
import { EndOfInput, isCmd, Lexer, Name, Parser, Ref, regular, type Value } from './pdf-syntax.js';

/**
 * Finds every stream of a PDF file and the filters pdf.js would decode it with, reading just
 * enough PDF syntax for that (no xref, no object graph): every `stream` keyword in the bytes is a
 * candidate, so a stream that the cross-reference table hides, or an object overlapping another,
 * is found all the same. The tokenizer follows pdf.js's lexer and parser where it matters to the
 * outcome (comments, nested strings, `#xx` in names, `/F` before `/Filter`, a Length that does
 * not point at `endstream`).
 */

/** One stream: where its data starts and ends, and how its dictionary says it is encoded. */
export interface PdfStream {
  /** Offset of the `stream` keyword, for messages. */
  at: number;
  start: number;
  end: number;
  /** Filter names in order, or null when the dictionary could not be read. */
  filters: string[] | null;
  /** DecodeParms per filter (only LZW's EarlyChange is used). */
  params: (Map<string, Value> | null)[];
  image: boolean;
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
/** How far before `stream` its object header is looked for: a stream dictionary is a few hundred bytes. */
const DICT_WINDOW = 16 * 1024;

/** Every stream in the file, in the order the bytes hold them. */
export function* findPdfStreams(data: Uint8Array): Generator<PdfStream> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const refs = new RefValues(bytes);
  // Streams come in file order, so each of these searches reads every byte once however many
  // `stream` keywords a hostile file holds.
  const next = { cr: seeker(bytes, 0x0d), lf: seeker(bytes, 0x0a), endstream: seeker(bytes, ENDSTREAM) };
  // Dictionaries are read again from each candidate `obj`: a file that makes that cost more than
  // reading it a few times over is built to, and is refused rather than read slowly.
  const budget = { bytes: 2 * bytes.length + 1024 * 1024 };
  for (let at = bytes.indexOf(STREAM); at >= 0; at = bytes.indexOf(STREAM, at + STREAM.length)) {
    if (regular(bytes[at - 1]) || regular(bytes[at + STREAM.length])) continue;
    const start = dataStart(bytes, at + STREAM.length, next);
    const dict = readStreamDict(bytes, at, budget);
    const length = dict?.get('Length');
    const declared = length instanceof Ref ? refs.integer(length) : length;
    const end = streamEnd(bytes, start, typeof declared === 'number' ? declared : null, next.endstream);
    const chain = dict ? filtersOf(dict) : null;
    yield {
      at,
      start,
      end,
      filters: chain?.filters ?? null,
      params: chain?.params ?? [],
      image: dict?.get('Subtype') instanceof Name && (dict.get('Subtype') as Name).name === 'Image',
    };
  }
}

const ENCRYPT = Buffer.from('/Encrypt');

/**
 * Whether the file names an /Encrypt dictionary: then its streams are ciphertext, which may look
 * like a damaged zlib stream by chance and is no sign of damage.
 */
export function namesEncryption(data: Uint8Array): boolean {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (let at = bytes.indexOf(ENCRYPT); at >= 0; at = bytes.indexOf(ENCRYPT, at + 1))
    if (!regular(bytes[at + ENCRYPT.length])) return true;
  return false;
}

/** The next position of `needle` at or after `from`, for `from` that only grows: a found position is reused while it lies ahead. */
function seeker(bytes: Buffer, needle: number | Buffer): (from: number) => number {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let found = -1;
  return (from) => {
    if (from < searchedFrom || (found >= 0 && found < from)) {
      searchedFrom = from;
      found = bytes.indexOf(needle, from);
    }
    return found;
  };
}

/** pdf.js's Lexer.skipToNextLine: the data starts after the first end of line following `stream`. */
function dataStart(bytes: Buffer, from: number, next: { cr: (from: number) => number; lf: (from: number) => number }): number {
  const cr = next.cr(from);
  const lf = next.lf(from);
  if (cr < 0 && lf < 0) return bytes.length;
  if (cr >= 0 && (lf < 0 || cr < lf)) return bytes[cr + 1] === 0x0a ? cr + 2 : cr + 1;
  return lf + 1;
}

/**
 * Where pdf.js ends the data: at Length when `endstream` is the next token there, else at the
 * first `endstream` (or the end of the file, which only makes the measure larger).
 */
function streamEnd(bytes: Buffer, start: number, length: number | null, endstream: (from: number) => number): number {
  if (length !== null && Number.isInteger(length) && length >= 0 && start + length <= bytes.length) {
    const next = new Lexer(bytes, start + length, Math.min(bytes.length, start + length + 1024)).next();
    if (isCmd(next, 'endstream')) return start + length;
  }
  const found = endstream(start);
  return found < 0 ? bytes.length : found;
}

/**
 * The dictionary before the `stream` keyword at `at`: parsed from the nearest `obj` before it
 * for which the parse ends exactly at the keyword (a string in the dictionary may hold `obj`).
 */
function readStreamDict(bytes: Buffer, at: number, budget: { bytes: number }): Map<string, Value> | null {
  const floor = Math.max(0, at - DICT_WINDOW);
  // Searched in a window, so that a file of `stream` keywords and no `obj` costs no more than its size.
  const window = bytes.subarray(floor, at);
  let tries = 0;
  for (
    let found = window.lastIndexOf('obj');
    found >= 0 && tries < 8;
    found = found > 0 ? window.lastIndexOf('obj', found - 1) : -1
  ) {
    const obj = floor + found;
    if (regular(bytes[obj - 1]) || regular(bytes[obj + 3])) continue;
    tries++;
    budget.bytes -= at - obj;
    if (budget.bytes < 0)
      throw new ExtractError('CORRUPT', 'the PDF object syntax around its streams cannot be read in bounded time');
    const parser = new Parser(new Lexer(bytes, obj + 3, at + STREAM.length));
    try {
      if (!isCmd(parser.buf1, '<<')) continue;
      const dict = parser.obj();
      if (isCmd(parser.buf1, '>>') && isCmd(parser.buf2, 'stream') && dict instanceof Map) return dict;
    } catch (error) {
      if (!(error instanceof EndOfInput)) throw error;
    }
  }
  return null;
}

/** The filter chain as pdf.js builds it (`/F` wins over `/Filter`, `/DP` over `/DecodeParms`). */
function filtersOf(dict: Map<string, Value>): { filters: string[]; params: (Map<string, Value> | null)[] } | null {
  const filter = dict.get('F') ?? dict.get('Filter');
  const params = dict.get('DP') ?? dict.get('DecodeParms');
  if (filter === undefined || filter === null) return { filters: [], params: [] };
  if (filter instanceof Name) return { filters: [filter.name], params: [params instanceof Map ? params : null] };
  if (!Array.isArray(filter) || !filter.every((f) => f instanceof Name)) return null;
  return {
    filters: filter.map((f) => (f as Name).name),
    params: filter.map((_, i) => {
      const p = Array.isArray(params) ? params[i] : null;
      return p instanceof Map ? p : null;
    }),
  };
}

/** The integers that indirect Lengths point at (`12 0 obj 3456 endobj`), indexed on first use; the last definition wins. */
class RefValues {
  private index: Map<string, number> | null = null;
  constructor(private readonly bytes: Buffer) {}

  integer(ref: Ref): number | null {
    if (!this.index) {
      this.index = new Map();
      for (const m of this.bytes.toString('latin1').matchAll(/(?<![0-9])(\d+)\s+(\d+)\s+obj\s*(\d+)\s+endobj/g))
        this.index.set(`${Number(m[1])} ${Number(m[2])}`, Number(m[3]));
    }
    return this.index.get(`${ref.num} ${ref.gen}`) ?? null;
  }
}
