import { basename } from 'node:path';
import type { ExtractLimits } from '../extract/index.js';
import type { ClassId, Evidence, Pack } from '../policy/index.js';
import { inspectBuffer } from './inspect-buffer.js';

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
}

/**
 * Classifies a file held in memory (a chat attachment, `ask --file`): the buffer is read and
 * dropped, nothing is stored. `status` says whether the content could be inspected at all.
 *
 * @example (await classifyBuffer(getPack(), readFileSync('住所録.xlsx'), '住所録.xlsx')).class // 'I'
 */
export async function classifyBuffer(
  pack: Pack,
  buffer: Uint8Array,
  fileName: string,
  limits: Partial<ExtractLimits> = {},
): Promise<BufferClassification> {
  const name = basename(fileName);
  const result = await inspectBuffer(pack, buffer, name, name, limits);
  return {
    class: result.class,
    confidence: result.confidence,
    reasons: result.reasons,
    ...(result.asset ? { assetId: result.asset.id, assetName: result.asset.name } : {}),
    status: result.status,
    evidence: result.evidence ?? [],
    ...(result.error ? { error: result.error } : {}),
  };
}
