import { ExtractError } from '../errors.js';
import type { OcrClock } from './ocr-clock.js';
import { runTool, type ToolRun } from './run-tool.js';

const TESSERACT_ARGS = ['stdin', 'stdout', '-l', 'jpn+eng'];
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
 * Reads the text of one image (PNG, JPEG, TIFF, BMP, GIF) with tesseract, Japanese and English,
 * within the time the clock has left, at `dpi` when the image was rendered at a known resolution. Returns null when the time ran out first.
 */
export async function recognise(image: Uint8Array, clock: OcrClock, dpi?: number): Promise<string[] | null> {
  // The resolution a rendered page was made at (an image without one has it estimated by tesseract).
  const args = dpi && dpi >= 70 && dpi <= 2400 ? [...TESSERACT_ARGS, '--dpi', `${dpi}`] : TESSERACT_ARGS;
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
  return run.stdout
    .toString('utf8')
    .split(/\r?\n|\f/)
    .map((line) => line.trim())
    .filter(Boolean);
}
