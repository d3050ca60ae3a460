/**
 * Scan runs: `scanFolder` (a local folder as a synced cloud drive, on worker threads),
 * `classifyBuffer` (one file in memory, for chat attachments and `ask --file`), the last scan's
 * record (`saveScan`, `loadLastScan`) and the HTML report (`renderReport`).
 */
export { type BufferClassification, classifyBuffer } from './classify-buffer.js';
export { countOutcomes, type ScanOutcomes } from './count-outcomes.js';
export { ScanError, type ScanErrorCode } from './errors.js';
export { inspectBuffer, isViolation } from './inspect-buffer.js';
export { inspectFile } from './inspect-file.js';
export { OcrBudget, ocrLimits, scanBudget } from './ocr-budget.js';
export { readFileBounded } from './read-file.js';
export { renderReport } from './report/render-report.js';
export { dataDir, lastScanPath, loadLastScan, saveScan } from './save-scan.js';
export { type ScanOptions, scanFolder, totalsOf } from './scan-folder.js';
export type { FileResult, ScanRecord, ScanTotals } from './types.js';
export { MAX_DEPTH, walkFolder } from './walk-folder.js';
export { configureInspection, type InspectionSettings } from './worker-memory.js';
