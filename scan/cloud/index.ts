/** Scans of cloud drives (Graph, Google Drive): walks listed by one job, files read by any worker, digests after each run. */
export { budgetOf, connectorFor } from './connector-for.js';
export { judgeItem } from './judge-item.js';
export { listDrive, versionOf } from './list-drive.js';
export { priorityOf } from './prioritize.js';
export { QuotaPacer } from './quota-pacer.js';
export { readItems } from './read-items.js';
export { type CloudScanOptions, type CloudScanResult, runCloudScan, type ScanProgress } from './run-cloud-scan.js';
export { type ScanContext, type ScanStats, Slots } from './scan-context.js';
export {
  enqueueCloudScan,
  type ListJob,
  READ_QUEUE,
  type ReadJob,
  SCAN_QUEUE,
  startQueue,
  type WorkOptions,
  workCloudScans,
} from './scan-jobs.js';
export { scheduleScans } from './schedule-scans.js';
