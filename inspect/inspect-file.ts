import { DEFAULT_LIMITS, EXTRACT_REASONS, ExtractError, type ExtractLimits, isReadableName } from '../extract/index.js';
import type { Pack } from '../policy/index.js';
import { inspectBuffer, judgeByName, notInspected } from './inspect-buffer.js';
import { readFileBounded } from './read-file.js';
import type { FileOnDisk, FileResult } from './types.js';

/** Reads (within the size limit) and inspects one file on disk; the bytes are dropped afterwards. */
export async function inspectFile(pack: Pack, file: FileOnDisk, limits: Partial<ExtractLimits> = {}): Promise<FileResult> {
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  if (!isReadableName(file.name))
    return inspectBuffer(pack, new Uint8Array(0), file.name, file.rel, limits).then((r) => ({ ...r, size: file.size }));
  try {
    const data = await readFileBounded(file.abs, maxBytes);
    return await inspectBuffer(pack, data, file.name, file.rel, limits);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    const failed = notInspected(
      file.rel,
      file.size,
      'cannot_inspect',
      error.code,
      error.message,
      `確認できません: ${EXTRACT_REASONS[error.code]}`,
    );
    return judgeByName(pack, failed, file.name);
  }
}
