import { ExtractError } from '../errors.js';
import type { OcrClock } from './ocr-clock.js';
import { type OcrPage, parseTsv, rebuildPage } from './ocr-layout.js';
import { leftRowsUnread, mergeReadings } from './ocr-unread.js';
import { runTool, type ToolRun } from './run-tool.js';

const TESSERACT_ARGS = ['stdin', 'stdout', '-l', 'jpn+eng'];
/** The default reading gives its text and its boxes (TSV) in one run. */
const DEFAULT_READING = ['txt', 'tsv'];
/**
 * Page segmentation 4 (one column of lines of any size), run only when the default (3) took a ruled
 * form's rows for pictures and left their text out: its words' boxes rebuild the rows.
 */
const ROWS_READING = ['--psm', '4', 'tsv'];
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
async function runTesseract(image: Uint8Array, clock: OcrClock, extra: string[]): Promise<Reading> {
  const run = await runTool('tesseract', [...TESSERACT_ARGS, ...extra], image, {
    timeoutMs: clock.leftMs(),
    maxOutputBytes: MAX_TEXT_BYTES,
    memoryMb: TESSERACT_MEMORY_MB,
    path: clock.toolPath,
  });
  clock.ms += run.ms;
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

/**
 * Reads one image (PNG, JPEG, TIFF, BMP, GIF) with tesseract, Japanese and English, within the
 * time the clock has left, at `dpi` when the image was rendered at a known resolution. The default
 * reading is kept whole; where it left a ruled row unread, a second reading rebuilds the rows from
 * the words' boxes (ocr-layout) and adds what it found. Returns null when the time ran out first.
 */
export async function recognise(image: Uint8Array, clock: OcrClock, dpi?: number): Promise<OcrPage | null> {
  // The resolution a rendered page was made at (an image without one has it estimated by tesseract).
  const dpiArgs = dpi && dpi >= 70 && dpi <= 2400 ? ['--dpi', `${dpi}`] : [];
  const first = await runTesseract(image, clock, [...dpiArgs, ...DEFAULT_READING]);
  if (first === null) return null;
  const out = first.stdout.split(/\r?\n|\f/);
  const lines = out
    .filter((line) => !isTsvRow(line))
    .map((line) => line.trim())
    .filter(Boolean);
  if (!leftRowsUnread(out.filter(isTsvRow).join('\n')) || clock.leftMs() <= 0) return { lines, tables: [] };
  const rows = await runTesseract(image, clock, [...dpiArgs, ...ROWS_READING]);
  if (rows === null) return { lines, tables: [] };
  const page = rebuildPage(parseTsv(rows.stdout));
  return mergeReadings(lines, { lines: page.lines.map((line) => line.trim()).filter(Boolean), tables: page.tables });
}
