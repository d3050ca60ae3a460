import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { DEFAULT_LIMITS, type ExtractLimits } from '../extract/index.js';
import type { ClassId, Evidence, Pack } from '../policy/index.js';
import type { OcrBudget } from './ocr-budget.js';
import { InspectPool } from './worker-pool.js';

export interface BufferClassification {
  class: ClassId | null;
  confidence: number;
  reasons: string[];
  /** The catalog item recognised, to answer for it (`ask(pack, q, { assetId })`). */
  assetId?: string;
  assetName?: string;
  status: 'ok' | 'cannot_inspect' | 'skipped';
  evidence: Evidence[];
  error?: { code: string; message: string };
  /** OCR time the file took (counted against the scan's budget). */
  ocrMs?: number;
}

/** One pool per pack, shared by every caller in the process; its workers start on first use. */
const pools = new Map<string, InspectPool>();
function poolFor(pack: Pack): InspectPool {
  let pool = pools.get(pack.dir);
  if (!pool) {
    pool = new InspectPool({
      packDir: pack.dir,
      threads: Math.max(1, availableParallelism() - 1),
      hardTimeoutMs: DEFAULT_LIMITS.timeoutMs + 5_000,
      maxHeapMb: 1024,
    });
    pools.set(pack.dir, pool);
  }
  return pool;
}

/**
 * Classifies a file held in memory (a chat attachment, a cloud download, `ask --file`) on a
 * worker thread, so a large document never stalls the bot's other requests; the buffer is read
 * and dropped, nothing is stored. `status` says whether the content could be inspected at all.
 * A scan passes its OCR `budget`: the file starts with what is left of it, and uses it up.
 *
 * @example (await classifyBuffer(getPack(), readFileSync('住所録.xlsx'), '住所録.xlsx')).class // 'I'
 */
export async function classifyBuffer(
  pack: Pack,
  buffer: Uint8Array,
  fileName: string,
  limits: Partial<ExtractLimits> = {},
  budget?: OcrBudget,
): Promise<BufferClassification> {
  const name = basename(fileName);
  const result = await poolFor(pack).inspect({
    kind: 'buffer',
    data: buffer,
    name,
    path: name,
    limits: budget ? budget.limitsFor(limits) : limits,
  });
  budget?.spend(result.ocr?.ms);
  return {
    class: result.class,
    confidence: result.confidence,
    reasons: result.reasons,
    ...(result.asset ? { assetId: result.asset.id, assetName: result.asset.name } : {}),
    status: result.status,
    evidence: result.evidence ?? [],
    ...(result.error ? { error: result.error } : {}),
    ...(result.ocr ? { ocrMs: result.ocr.ms } : {}),
  };
}
