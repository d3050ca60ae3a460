import type { ClassifyInput } from './types.js';

/**
 * Whether a form's blankness can be told from its text. OCR reads the printed labels of a
 * photographed or scanned form well and a hand's writing poorly: tesseract drops most handwritten
 * strokes without a box, even an unsure one (a filled 出席簿 photo read 0–2 unsure words, a blank
 * form 2–3), so labels without values read by OCR are weak evidence of a blank form. Text read from
 * the file itself shows its empty cells as they are.
 */
export function blanknessUnknown(input: ClassifyInput): boolean {
  return input.ocr !== undefined;
}
