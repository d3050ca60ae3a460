import {
  EXTRACT_REASONS,
  ExtractError,
  type ExtractLimits,
  extensionOf,
  extractBuffer,
  isReadableName,
} from '../extract/index.js';
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
 * A file whose content was not read is still judged by what its name and folder say
 * (【重要性分類Ⅰ】名簿.xls, 児童住所録.zip): a class found there is kept, with its reasons before
 * the reason the content was not read, so such a file is listed, not passed over.
 */
export function judgeByName(pack: Pack, result: FileResult, name: string): FileResult {
  if (result.status === 'ok' || result.class !== null) return result;
  const byName = classifyDocument(pack, { name, path: result.path, text: '', nameOnly: true });
  if (!byName.class) return result;
  return {
    ...result,
    class: byName.class,
    confidence: Math.round(byName.confidence * 100) / 100,
    violation: isViolation(pack, byName.class),
    reasons: [...byName.reasons, ...result.reasons],
    ...(byName.asset ? { asset: byName.asset } : {}),
  };
}

/**
 * Extracts and classifies one file held in memory; nothing is written. A file that cannot be
 * inspected (encrypted, corrupt, a zip bomb, an old .xls …) gets a result of its own with the
 * reason, judged by its name alone.
 */
export async function inspectBuffer(
  pack: Pack,
  data: Uint8Array,
  name: string,
  path: string,
  limits: Partial<ExtractLimits> = {},
): Promise<FileResult> {
  if (!isReadableName(name)) {
    const skipped = notInspected(
      path,
      data.byteLength,
      'skipped',
      'UNSUPPORTED',
      'not a document format mamoru reads',
      '内容を確認しない形式です（文書ファイルではありません）',
    );
    return judgeByName(pack, skipped, name);
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
    // A document mamoru cannot open (an old .xls, an .ods) may hold anything: it is listed as
    // not inspected, for a person to look at, never passed over as "not a document".
    const reason =
      error.code === 'UNSUPPORTED'
        ? `${extensionOf(name) ? `.${extensionOf(name)} ` : 'この'}形式は内容を確認できません（.docx・.xlsx・.pptx・.pdf で保存し直すと確認できます）`
        : EXTRACT_REASONS[error.code];
    const failed = notInspected(path, data.byteLength, 'cannot_inspect', error.code, error.message, `確認できません: ${reason}`);
    return judgeByName(pack, failed, name);
  }
}
