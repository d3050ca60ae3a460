/** Scans of cloud drives (Graph, Google Drive): findings per file, digests after each run. */
export { connectorFor } from './connector-for.js';
export { type CloudScanOptions, type CloudScanResult, runCloudScan } from './run-cloud-scan.js';
export { type DriveScanOptions, type DriveStats, scanDrive } from './scan-drive.js';
export { type DriveJob, enqueueCloudScan, SCAN_QUEUE, startQueue, workCloudScans } from './scan-jobs.js';
export { scheduleScans } from './schedule-scans.js';
