/**
 * The content classifier (pure, no I/O): `classifyDocument(pack, input)` gives a file's class,
 * confidence, the reasons a person can check and the evidence as kinds, counts and masked samples.
 * Also exports the personal-data detectors and the マイナンバー check digit.
 */
export { classifyDocument } from './classify-document.js';
export { compileClassifier } from './compile-classifier.js';
export { type Detections, detectPersonalData } from './detect-personal-data.js';
export { DETECTOR_KINDS, type DetectorKind } from './detector-kinds.js';
export { isValidMyNumber } from './my-number.js';
export type { Classification, ClassifyInput, Evidence } from './types.js';
