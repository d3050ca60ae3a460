import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ScanError } from './errors.js';
import type { ScanRecord } from './types.js';

/** MAMORU_DATA_DIR, or ./data. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.MAMORU_DATA_DIR || 'data');
}

export function lastScanPath(dir = dataDir()): string {
  return join(dir, 'last-scan.json');
}

/** Keeps the scan's results (no file contents) for `mamoru report`, written atomically. */
export function saveScan(record: ScanRecord, dir = dataDir()): string {
  mkdirSync(dir, { recursive: true });
  const path = lastScanPath(dir);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, path);
  return path;
}

export function loadLastScan(dir = dataDir()): ScanRecord {
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
