/**
 * Scan runs: `scanFolder` (a local folder as a synced cloud drive, its files read by inspect/),
 * the last scan's record (`saveScan`, `loadLastScan`) and the HTML report (`renderReport`).
 * Reading one file (`classifyBuffer`, `inspectBuffer`) is inspect/'s.
 */
export { countOutcomes, type ScanOutcomes } from './count-outcomes.js';
export { ScanError, type ScanErrorCode } from './errors.js';
export { renderReport } from './report/render-report.js';
export { dataDir, lastScanPath, loadLastScan, saveScan } from './save-scan.js';
export { type ScanOptions, scanFolder, totalsOf } from './scan-folder.js';
export type { FileResult, ScanRecord, ScanTotals } from './types.js';
export { MAX_DEPTH, walkFolder } from './walk-folder.js';
