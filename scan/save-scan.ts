import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ScanError } from './errors.js';
import type { ScanRecord } from './types.js';

/** The data folder (the configuration's MAMORU_DATA_DIR, or ./data), absolute. */
export function dataDir(configured: string | undefined): string {
  return resolve(configured || 'data');
}

export function lastScanPath(dir: string): string {
  return join(dir, 'last-scan.json');
}

/** Keeps the scan's results (no file contents) for `mamoru report`, written atomically. */
export function saveScan(record: ScanRecord, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = lastScanPath(dir);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, path);
  return path;
}

export function loadLastScan(dir: string): ScanRecord {
  const path = lastScanPath(dir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ScanError('NO_SCAN', `no scan results at ${path}`);
  }
  try {
    const record = JSON.parse(text) as ScanRecord;
    if (record.version !== 1 || !Array.isArray(record.files)) throw new Error('unexpected shape');
    return record;
  } catch (error) {
    throw new ScanError('SCAN_UNREADABLE', `${path} is not a scan record: ${(error as Error).message}`);
  }
}
