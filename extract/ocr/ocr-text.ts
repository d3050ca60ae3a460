import { ExtractError } from '../errors.js';
import type { OcrClock } from './ocr-clock.js';
import { deruledImage } from './ocr-derule.js';
import { largePrintLines } from './ocr-headings.js';
import { type OcrPage, parseTsv, readingConfidence, rebuildPage } from './ocr-layout.js';
import { prepareImage } from './ocr-prepare.js';
import { misreadAsLatin } from './ocr-script.js';
import { leftAreaUnread, leftRowsUnread, mergeReadings } from './ocr-unread.js';
import { runTool, type ToolRun } from './run-tool.js';

const TESSERACT_ARGS = ['stdin', 'stdout'];
/** Japanese and English: a page's English words (a screen's menus, an address) are read too. */
const LANGUAGES = 'jpn+eng';
/** Japanese alone, read again when the English model took Japanese for letters (ocr-script). */
const JAPANESE_ONLY = 'jpn';
/** The default reading gives its text and its boxes (TSV) in one run. */
const DEFAULT_READING = ['txt', 'tsv'];
/**
 * Page segmentation 4 (one column of lines of any size), run only when the default (3) took a ruled
 * form's rows for pictures and left their text out: its words' boxes rebuild the rows.
 */
const ROWS_READING = ['--psm', '4', 'tsv'];
/** A page with its ruling taken out read as one block of text (page segmentation 6): a table's rows in order. */
const BLOCK_READING = ['--psm', '6', 'tsv'];
/**
 * Sauvola's local threshold (tesseract's thresholding_method 2) instead of one threshold for the
 * page (Otsu), run only when tesseract was unsure of the default reading: a phone photo of paper or
 * a whiteboard is lit unevenly, and one threshold loses the text on its darker side (a line of
 * names read as 「BiB BRR」). It is also run when the default reading left a large area unread (a
 * white message bubble on a coloured screen taken for a picture). On an evenly lit scan it reads
 * worse, so it is kept only when tesseract is surer of it.
 */
const LIT_READING = ['-c', 'thresholding_method=2', 'txt', 'tsv'];
/** Below this confidence (0–100, over the characters read) the default reading is a doubtful one. */
const MIN_CONFIDENCE = 85;
/** The local threshold's reading replaces the default only with clearly more sure characters (5 %). */
const LIT_MARGIN = 1.05;
/** A reading with fewer characters tesseract vouches for than this has read little of the page. */
const LITTLE_TEXT = 40;
/** The largest image handed to the preparation (the extractors' own limit, DEFAULT_LIMITS). */
const MAX_PREPARE_PIXELS = 60_000_000;
const MAX_TEXT_BYTES = 8 * 1024 * 1024;
const TESSERACT_MEMORY_MB = 2048;

/** Throws when OCR may not start at all: turned off by the board, or no time left. */
export function requireOcr(clock: OcrClock, what: string): void {
  if (!clock.enabled) throw new ExtractError('OCR_OFF', `${what}: OCR is turned off in the configuration (scan.ocr.enabled)`);
  if (clock.leftMs() <= 0) throw new ExtractError('OCR_BUDGET', `${what}: ${clock.spentMessage()}`);
}

/** Throws OCR_UNAVAILABLE when a tool is not installed, naming the Debian package to install. */
export function requireInstalled(run: ToolRun, tool: string, debianPackages: string): void {
  if (run.missing) throw new ExtractError('OCR_UNAVAILABLE', `${tool} is not installed here: apt-get install ${debianPackages}`);
}

type Reading = { stdout: string } | null;

/** One tesseract run over the image with `extra` arguments; null when the time ran out first. */
async function runTesseract(image: Uint8Array, clock: OcrClock, extra: string[], lang = LANGUAGES): Promise<Reading> {
  const run = await runTool('tesseract', [...TESSERACT_ARGS, '-l', lang, ...extra], image, {
    ...clock.toolTime(),
    maxOutputBytes: MAX_TEXT_BYTES,
    memoryMb: TESSERACT_MEMORY_MB,
    path: clock.toolPath,
  });
  clock.charge(run);
  requireInstalled(run, 'tesseract', 'tesseract-ocr tesseract-ocr-jpn');
  if (run.timedOut) return null;
  if (run.code !== 0) {
    if (/Failed loading language|Error opening data file/i.test(run.stderr))
      throw new ExtractError('OCR_UNAVAILABLE', 'tesseract has no Japanese data here: apt-get install tesseract-ocr-jpn');
    throw new ExtractError('CORRUPT', `tesseract could not read the image: ${run.stderr.trim().slice(-200)}`);
  }
  return { stdout: run.stdout.toString('utf8') };
}

/** A TSV row (or its header); the text output never holds a tab. */
const isTsvRow = (line: string) => line.includes('\t');

/** A reading's lines of text and its words' boxes. */
type Split = { lines: string[]; tsv: string };
/** A reading and the arguments it was made with. */
type Read = Split & { args: string[]; image?: Uint8Array; dpiArgs?: string[] };

function splitReading(stdout: string): Split {
  const out = stdout.split(/\r?\n|\f/);
  const lines = out
    .filter((line) => !isTsvRow(line))
    .map((line) => line.trim())
    .filter(Boolean);
  return { lines, tsv: out.filter(isTsvRow).join('\n') };
}

/**
 * Reads one image (PNG, JPEG, TIFF, BMP, GIF) with tesseract, Japanese and English, within the
 * time the clock has left, at `dpi` when the image was rendered at a known resolution. The default
 * reading is kept whole; where it left a ruled row unread, a second reading rebuilds the rows from
 * the words' boxes (ocr-layout) and adds what it found. Where tesseract was unsure of the default
 * reading (a photo), a reading with a local threshold takes its place if tesseract is surer of it.
 * Returns null when the time ran out before the default reading was done.
 */
export async function recognise(image: Uint8Array, clock: OcrClock, dpi?: number): Promise<OcrPage | null> {
  const dpiArgs = dpiArgsFor(dpi);
  const started = clock.ms;
  const first = await runTesseract(image, clock, [...dpiArgs, ...DEFAULT_READING]);
  if (first === null) return null;
  const lit = await surerReading(image, clock, dpiArgs, splitReading(first.stdout));
  // The prepared reading only when the time left holds about as much again as the readings so far took.
  const roomy = clock.leftMs() > clock.ms - started;
  const surer = roomy ? await preparedReading(image, clock, dpi, lit) : lit;
  // The image read from here on: the prepared one when its reading was kept.
  const read = surer.image ?? image;
  const { lines, tsv } = await japaneseReading(read, clock, surer);
  const words = parseTsv(tsv);
  const headings = largePrintLines(words);
  // The default reading's own tables, its words' boxes put in cells at the ruled lines (no second reading).
  const tables = rebuildPage(words).tables;
  const readDpi = surer.dpiArgs ?? dpiArgs;
  let page: OcrPage = { lines, tables };
  if (leftRowsUnread(tsv) && clock.leftMs() > 0) {
    const rows = await runTesseract(read, clock, [...readDpi, ...ROWS_READING]);
    if (rows !== null) page = mergeReadings(lines, trimmed(rebuildPage(parseTsv(rows.stdout))));
  }
  const [upright, uprightDpi] = surer.image ? [surer.image, readDpi] : await straightened(image, clock, tsv, dpi);
  const ruled = await ruledReading(upright, clock, uprightDpi);
  if (ruled !== null) page = { ...mergeReadings(page.lines, ruled), tables: [...page.tables, ...ruled.tables] };
  return { ...page, headings };
}

/**
 * The image turned straight, enlarged and evenly lit (ocr-prepare) for the ruling to be taken out
 * (a tilted line is no long run of pixels), with the resolution to tell tesseract; the image as
 * it was when it cannot be prepared (a scanned PDF's page: sharp does not read PGM).
 */
async function straightened(
  image: Uint8Array,
  clock: OcrClock,
  tsv: string,
  dpi: number | undefined,
): Promise<[Uint8Array, string[]]> {
  if (clock.leftMs() <= 0) return [image, dpiArgsFor(dpi)];
  const started = Date.now();
  try {
    const prepared = await prepareImage(image, tsv, MAX_PREPARE_PIXELS);
    if (prepared) return [prepared.image, dpiArgsFor(dpi, prepared.scale)];
  } catch {
    // Not an image sharp decodes: read as it is.
  } finally {
    clock.charge({ ms: Date.now() - started });
  }
  return [image, dpiArgsFor(dpi)];
}

/** A rebuilt page's lines trimmed, the empty ones left out. */
const trimmed = (page: OcrPage): OcrPage => ({
  lines: page.lines.map((line) => line.trim()).filter(Boolean),
  tables: page.tables,
});

/**
 * A ruled table read once more with its ruling taken out (ocr-derule), as one block of text, by
 * the Japanese model: its rows rebuilt from the words' boxes. Null when the page holds no grid,
 * the image cannot be decoded, or the time ran out.
 */
async function ruledReading(image: Uint8Array, clock: OcrClock, dpiArgs: string[]): Promise<OcrPage | null> {
  if (clock.leftMs() <= 0) return null;
  const started = Date.now();
  let deruled: Uint8Array | null;
  try {
    deruled = await deruledImage(image, MAX_PREPARE_PIXELS);
  } catch {
    deruled = null;
  } finally {
    clock.charge({ ms: Date.now() - started });
  }
  if (deruled === null || clock.leftMs() <= 0) return null;
  const read = await runTesseract(deruled, clock, [...dpiArgs, ...BLOCK_READING], JAPANESE_ONLY);
  return read === null ? null : trimmed(rebuildPage(parseTsv(read.stdout)));
}

/**
 * The resolution a rendered page was made at, told to tesseract (an image without one has it
 * estimated); `scale` for the page enlarged since.
 */
function dpiArgsFor(dpi: number | undefined, scale = 1): string[] {
  return dpi && dpi >= 70 && dpi <= 2400 ? ['--dpi', `${Math.round(dpi * scale)}`] : [];
}

/**
 * The default reading, or, when tesseract was unsure of it or left a large area unread, the reading with a local threshold if
 * that one has clearly more characters tesseract vouches for (a photo lit unevenly); the time running out
 * keeps the default.
 */
async function surerReading(image: Uint8Array, clock: OcrClock, dpiArgs: string[], read: Split): Promise<Read> {
  const first = { ...read, args: [...dpiArgs, ...DEFAULT_READING] };
  const confidence = readingConfidence(first.tsv);
  const doubtful = confidence.mean < MIN_CONFIDENCE || leftAreaUnread(first.tsv);
  if (!doubtful || clock.leftMs() <= 0) return first;
  const args = [...dpiArgs, ...LIT_READING];
  const lit = await runTesseract(image, clock, args);
  if (lit === null) return first;
  const second = { ...splitReading(lit.stdout), args };
  return readingConfidence(second.tsv).sure > confidence.sure * LIT_MARGIN ? second : first;
}

/**
 * When the best reading so far is still doubtful (tesseract unsure of it, or little text read: a
 * tilted, small, blurred or unevenly lit photo), the image is prepared (ocr-prepare: turned
 * straight, enlarged, its light evened out) and read again; that reading is kept, with its image,
 * if tesseract vouches for clearly more characters in it. An evenly lit, straight scan read with
 * confidence never gets here, so it costs nothing there.
 */
async function preparedReading(image: Uint8Array, clock: OcrClock, dpi: number | undefined, read: Read): Promise<Read> {
  const confidence = readingConfidence(read.tsv);
  const doubtful = confidence.mean < MIN_CONFIDENCE || confidence.sure < LITTLE_TEXT;
  if (!doubtful || clock.leftMs() <= 0) return read;
  const started = Date.now();
  let prepared: Awaited<ReturnType<typeof prepareImage>>;
  try {
    prepared = await prepareImage(image, read.tsv, MAX_PREPARE_PIXELS);
  } catch {
    // An image sharp cannot decode (tesseract could): the reading stays as it is.
    prepared = null;
  } finally {
    clock.charge({ ms: Date.now() - started });
  }
  if (prepared === null || clock.leftMs() <= 0) return read;
  const dpiArgs = dpiArgsFor(dpi, prepared.scale);
  const args = [...dpiArgs, ...DEFAULT_READING];
  // The image with its light evened out, then the one only turned and enlarged; the surer is kept.
  let best = read;
  let bestSure = confidence.sure * LIT_MARGIN;
  for (const candidate of [prepared.image, prepared.unevened]) {
    if (clock.leftMs() <= 0) break;
    const again = await runTesseract(candidate, clock, args);
    if (again === null) break;
    const second = { ...splitReading(again.stdout), args, image: candidate, dpiArgs };
    const sure = readingConfidence(second.tsv).sure;
    if (sure > bestSure) [best, bestSure] = [second, sure];
  }
  return best;
}

/**
 * The reading, or the same reading by the Japanese model alone when the English one took
 * Japanese for letters (a title read as 「Rex」) and the Japanese one vouches for more characters.
 */
async function japaneseReading(image: Uint8Array, clock: OcrClock, read: Read): Promise<Split> {
  if (!misreadAsLatin(read.tsv) || clock.leftMs() <= 0) return read;
  const again = await runTesseract(image, clock, read.args, JAPANESE_ONLY);
  if (again === null) return read;
  const second = splitReading(again.stdout);
  return readingConfidence(second.tsv).sure > readingConfidence(read.tsv).sure ? second : read;
}

/** The most titles a scan gives its document (the classifier reads the first eight headings). */
const MAX_HEADINGS = 8;

/**
 * A scan's headings: its first line, as for any document, then each page's lines in large print
 * (a title read after its table, one form's title per page), each once.
 */
export function ocrHeadings(first: string[], pages: string[][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of [...first, ...pages.flat()]) {
    const key = line.replace(/\s+/g, '');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out.slice(0, MAX_HEADINGS);
}
