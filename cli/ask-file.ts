import { basename, resolve } from 'node:path';
import { DEFAULT_LIMITS, EXTRACT_REASONS, ExtractError } from '../extract/index.js';
import { type BufferClassification, classifyBuffer, ocrLimits, readFileBounded } from '../inspect/index.js';
import type { AskOptions, Decision, Pack } from '../policy/index.js';
import { commandConfig } from './config.js';
import { UsageError } from './errors.js';

const ROMAN = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ' } as const;

/** What an answer says about the attached file: its class and why (no contents). */
export interface FileNote {
  name: string;
  class: BufferClassification['class'];
  confidence: number;
  status: BufferClassification['status'];
  asset: string | null;
  reasons: string[];
}

/**
 * Reads and classifies the file of `ask --file` in memory (nothing is kept) and returns the options
 * to answer for its class. A missing file is a usage error; an unreadable one is answered without a class.
 */
export async function classifyFileForAsk(path: string, pack: Pack): Promise<{ note: FileNote; options: AskOptions }> {
  const name = basename(path);
  let result: BufferClassification;
  try {
    const data = await readFileBounded(resolve(path), DEFAULT_LIMITS.maxBytes);
    // The board's OCR settings (scan.ocr) hold for one file too: on or off, seconds and pages.
    const config = commandConfig().file;
    result = await classifyBuffer(pack, data, name, ocrLimits(config?.scan.ocr));
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    if (error.code === 'READ_FAILED')
      throw new UsageError(
        `ファイル「${path}」を読めません。パスを確認してください (${error.message.replace(/^(\w+): \1: /, '$1: ')})`,
      );
    result = {
      class: null,
      confidence: 0,
      reasons: [`確認できません: ${EXTRACT_REASONS[error.code]}`],
      status: 'cannot_inspect',
      evidence: [],
    };
  }
  const note: FileNote = {
    name,
    class: result.class,
    confidence: result.confidence,
    status: result.status,
    asset: result.assetName ?? null,
    reasons: result.reasons,
  };
  const options: AskOptions = {};
  if (result.class) options.class = result.class;
  if (result.assetId) options.assetId = result.assetId;
  return { note, options };
}

/** The line the text answer adds for the file. */
export function formatFileNote(note: FileNote, language: Decision['language']): string {
  if (language === 'en') {
    const head = note.class
      ? `File "${note.name}": class ${note.class}${note.asset ? ` (${note.asset})` : ''}`
      : `File "${note.name}": class not determined`;
    return `${head}\nReasons: ${note.reasons.join(' / ')}\n`;
  }
  const head = note.class
    ? `ファイル「${note.name}」: 重要性分類${ROMAN[note.class]}${note.asset ? `（${note.asset}）` : ''}`
    : `ファイル「${note.name}」: 分類を特定できませんでした`;
  return `${head}\n理由: ${note.reasons.join(' / ')}\n`;
}
