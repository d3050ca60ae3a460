import {
  DEFAULT_LIMITS,
  EXTRACT_REASONS,
  type ExtractContext,
  ExtractError,
  type Extracted,
  type ExtractLimits,
  extensionOf,
  extractBuffer,
  isReadableName,
  newExtractContext,
} from '../extract/index.js';
import { type ClassId, classifyDocument, type Pack } from '../policy/index.js';
import { inspectEmbedded } from './inspect-container.js';
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

/** The reason a person reads for an extraction error. */
export function reasonFor(error: ExtractError, name: string): string {
  const reason =
    error.code === 'UNSUPPORTED'
      ? `${extensionOf(name) ? `.${extensionOf(name)} ` : 'この'}形式は内容を確認できません（.docx・.xlsx・.pptx・.pdf で保存し直すと確認できます）`
      : EXTRACT_REASONS[error.code];
  return `確認できません: ${reason}`;
}

/**
 * Extracts and classifies one file held in memory; nothing is written. A file that cannot be
 * inspected (encrypted, corrupt, a zip bomb, past the OCR budget …) gets a result of its own with
 * the reason, judged by its name alone. A zip or a mail is judged with what it holds: it takes the
 * strongest class of its entries and attachments (2-2(5)③), the reasons naming the entry.
 * `context` is passed for the files inside a container; a file on its own starts a fresh one.
 */
export async function inspectBuffer(
  pack: Pack,
  data: Uint8Array,
  name: string,
  path: string,
  limits: Partial<ExtractLimits> = {},
  context?: ExtractContext,
): Promise<FileResult> {
  const ctx = context ?? newExtractContext({ ...DEFAULT_LIMITS, ...limits });
  const result = await inspectOne(pack, data, name, path, limits, ctx);
  // The OCR the file took (its entries' included) is counted against the scan's budget.
  if (!context && ctx.ocr.ms > 0) result.ocr = { pages: ctx.ocr.pages, ms: ctx.ocr.ms };
  return result;
}

async function inspectOne(
  pack: Pack,
  data: Uint8Array,
  name: string,
  path: string,
  limits: Partial<ExtractLimits>,
  ctx: ExtractContext,
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
  let extracted: Extracted;
  try {
    extracted = await extractBuffer(data, name, limits, ctx);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    // A photo without text is not a document; every other failure may hide anything, and is
    // listed as not inspected for a person to look at, never passed over.
    const status = error.code === 'IMAGE_NO_TEXT' ? 'skipped' : 'cannot_inspect';
    const reason = status === 'skipped' ? EXTRACT_REASONS.IMAGE_NO_TEXT : reasonFor(error, name);
    return judgeByName(pack, notInspected(path, data.byteLength, status, error.code, error.message, reason), name);
  }
  const own = classify(pack, extracted, name, path, data.byteLength);
  const result = extracted.embedded?.length ? await inspectEmbedded(pack, own, extracted.embedded, path, limits, ctx) : own;
  const incomplete = extracted.ocr?.incomplete;
  if (!incomplete) return result;
  // OCR stopped early: what the pages read show is kept, but the file is not reported as read.
  const failed: FileResult = {
    ...result,
    status: 'cannot_inspect',
    reasons: [
      ...result.reasons.filter((r) => !r.includes('どの情報にも当たりませんでした')),
      `確認できません: ${EXTRACT_REASONS.OCR_BUDGET}（${extracted.ocr!.pages}/${extracted.ocr!.totalPages}ページを確認）`,
    ],
    error: { code: incomplete.code, message: incomplete.message },
  };
  return judgeByName(pack, failed, name);
}

function classify(pack: Pack, extracted: Extracted, name: string, path: string, size: number): FileResult {
  // A zip has no text of its own: its name is all there is to judge it by, besides its entries.
  const nameOnly = extracted.format === 'zip';
  const result = classifyDocument(pack, { name, path, type: extracted.format, ...extracted, nameOnly });
  const reasons = [...result.reasons];
  if (extracted.truncated) reasons.push('大きなファイルのため先頭部分だけを確認しました');
  if (extracted.ocr && !extracted.ocr.incomplete && extracted.text)
    reasons.push(`画像の文字を文字認識（OCR）で読み取って判断しました（${extracted.ocr.pages}ページ）`);
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
    size,
    chars: extracted.text.length,
  };
}
