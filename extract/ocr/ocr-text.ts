import { ExtractError } from '../errors.js';
import type { OcrClock } from './ocr-clock.js';
import { type OcrPage, parseTsv, rebuildPage } from './ocr-layout.js';
import { runTool, type ToolRun } from './run-tool.js';

/**
 * Page segmentation 4 (one column of lines of any size): the default (3) takes a ruled form's rows
 * for pictures and leaves their text out. The words come as TSV, with their boxes, to rebuild rows.
 */
const TESSERACT_ARGS = ['stdin', 'stdout', '-l', 'jpn+eng', '--psm', '4'];
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

/**
 * Reads one image (PNG, JPEG, TIFF, BMP, GIF) with tesseract, Japanese and English, within the
 * time the clock has left, at `dpi` when the image was rendered at a known resolution: its lines
 * and tables, rebuilt from the words' boxes (ocr-layout). Returns null when the time ran out first.
 */
export async function recognise(image: Uint8Array, clock: OcrClock, dpi?: number): Promise<OcrPage | null> {
  // The resolution a rendered page was made at (an image without one has it estimated by tesseract).
  const args = [...TESSERACT_ARGS, ...(dpi && dpi >= 70 && dpi <= 2400 ? ['--dpi', `${dpi}`] : []), 'tsv'];
  const run = await runTool('tesseract', args, image, {
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
  const page = rebuildPage(parseTsv(run.stdout.toString('utf8')));
  return { lines: page.lines.map((line) => line.trim()).filter(Boolean), tables: page.tables };
}
