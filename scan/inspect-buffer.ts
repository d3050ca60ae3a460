import { EXTRACT_REASONS, ExtractError, type ExtractLimits, extractBuffer, isReadableName } from '../extract/index.js';
import { type ClassId, classifyDocument, type Pack } from '../policy/index.js';
import type { FileResult } from './types.js';

/** Whether keeping a file of this class where the scan found it breaks the pack's cloud rule (2-2(7)⑤). */
export function isViolation(pack: Pack, cls: ClassId | null): boolean {
  return cls !== null && pack.rulings.get('cloud_store')?.get(cls)?.decision === 'prohibited';
}

/** A result for a file that was not inspected, with the reason a person reads first. */
export function notInspected(
  path: string,
  size: number,
  status: 'cannot_inspect' | 'skipped',
  code: string,
  detail: string,
  reason: string,
): FileResult {
  return {
    path,
    status,
    class: null,
    confidence: 0,
    violation: false,
    reasons: [reason],
    size,
    error: { code, message: detail },
  };
}

/**
 * Extracts and classifies one file held in memory; nothing is written. A file that cannot be
 * inspected (encrypted, corrupt, a zip bomb …) gets a result of its own with the reason.
 */
export async function inspectBuffer(
  pack: Pack,
  data: Uint8Array,
  name: string,
  path: string,
  limits: Partial<ExtractLimits> = {},
): Promise<FileResult> {
  if (!isReadableName(name)) {
    return notInspected(
      path,
      data.byteLength,
      'skipped',
      'UNSUPPORTED',
      'not a document format mamoru reads',
      '内容を確認しない形式です（文書ファイルではありません）',
    );
  }
  try {
    const extracted = await extractBuffer(data, name, limits);
    const result = classifyDocument(pack, { name, path, type: extracted.format, ...extracted });
    const reasons = extracted.truncated ? [...result.reasons, '大きなファイルのため先頭部分だけを確認しました'] : result.reasons;
    return {
      path,
      status: 'ok',
      class: result.class,
      confidence: Math.round(result.confidence * 100) / 100,
      violation: isViolation(pack, result.class),
      reasons,
      asset: result.asset,
      evidence: result.evidence,
      format: extracted.format,
      size: data.byteLength,
      chars: extracted.text.length,
    };
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    const reason = EXTRACT_REASONS[error.code];
    const status = error.code === 'UNSUPPORTED' ? 'skipped' : 'cannot_inspect';
    return notInspected(
      path,
      data.byteLength,
      status,
      error.code,
      error.message,
      status === 'cannot_inspect' ? `確認できません: ${reason}` : reason,
    );
  }
}
