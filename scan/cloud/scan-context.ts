import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { OcrConfig } from '../../config/index.js';
import type { Connector } from '../../connectors/index.js';
import type { OcrBudget } from '../../inspect/index.js';
import type { Pack } from '../../policy/index.js';
import type { Logger } from '../../ports/index.js';
import type { DigestRoute, Store } from '../../store/index.js';

/** What a scan did, added up as files are done. */
export interface ScanStats {
  /** Files (and deletions) recorded. */
  items: number;
  downloads: number;
  /** New or reopened findings. */
  found: number;
  resolved: number;
  /** Files whose content could not be read (too large, a password, damage …). */
  cannotInspect: number;
  /** Open findings kept open because their file could not be read again (再確認できません). */
  unreadable: number;
}

export const emptyStats = (): ScanStats => ({
  items: 0,
  downloads: 0,
  found: 0,
  resolved: 0,
  cannotInspect: 0,
  unreadable: 0,
});

/** At most `size` at once, shared by every job of a process: the files it reads at a time. */
export class Slots {
  private used = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {}

  free(): number {
    return this.size - this.used;
  }

  take(): void {
    this.used++;
  }

  give(): void {
    this.used--;
    this.waiting.shift()?.();
  }

  /** Resolves when a slot is given back. */
  released(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** Everything the steps of a scan share in one process: the one context per scan run or worker. */
export interface ScanContext {
  store: Store;
  pack: Pack;
  log: Logger;
  /** Files larger than this are judged by name and labels only. */
  maxBytes: number;
  ocr?: OcrConfig;
  /** The run's OCR budget (a worker's job: what the run has left when the job starts). */
  budget: OcrBudget;
  /** The connector of a configured source (by its index), with its quota pacer. */
  connectorFor(sourceIndex: number): Connector;
  /** Who claims files: this process. */
  owner: string;
  /** How long a claim holds without a heartbeat (the heartbeat comes every third of it). */
  claimMs: number;
  slots: Slots;
  /** Files per batch (a worker's job). */
  batchSize: number;
  route?: DigestRoute;
  signal?: AbortSignal;
  stats: ScanStats;
}

/** An id for this process's claims: readable in `drive_scan_items.done_by`, unique per start. */
export function instanceId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export const DEFAULT_BATCH_SIZE = 25;
