/**
 * Reading one file: extract its text and classify it, in a worker process so that a large or
 * hostile document never blocks the caller nor takes its memory. `classifyBuffer` (a chat
 * attachment, a cloud download, `ask --file`), `inspectFile` and `runPool` (a folder scan's files),
 * the OCR budget a scan shares among its files, and `configureInspection` (the workers' memory
 * limit and tool path, set once by the entry point). Used by bot/, scan/ and cli/; imports none of them.
 */
export { type BufferClassification, classifyBuffer } from './classify-buffer.js';
export { inspectBuffer, isViolation, judgeByName, notInspected } from './inspect-buffer.js';
export { inspectFile } from './inspect-file.js';
export { OcrBudget, ocrLimits, scanBudget } from './ocr-budget.js';
export { readFileBounded } from './read-file.js';
export type { FileOnDisk, FileResult } from './types.js';
export { configureInspection, type InspectionSettings } from './worker-memory.js';
export { runPool } from './worker-pool.js';
