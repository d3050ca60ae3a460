import type { OcrConfig } from '../../config/index.js';
import type { Connector, DriveItem, DriveRef } from '../../connectors/index.js';
import { isImageName, isReadableName, readableName } from '../../extract/index.js';
import { classifyBuffer, type OcrBudget, ocrLimits } from '../../inspect/index.js';
import { classifyDocument, type Pack } from '../../policy/index.js';
import type { Verdict } from '../../store/index.js';

export interface JudgeOptions {
  pack: Pack;
  connector: Connector;
  /** Files larger than this are judged by name and labels only. */
  maxBytes: number;
  ocr?: OcrConfig;
  budget: OcrBudget;
  signal?: AbortSignal;
}

export interface Judged {
  verdict: Verdict;
  /** Deleted between the listing and the download. */
  gone?: boolean;
  downloads: number;
  ocrMs: number;
  /** The content could not be read (too large, a password, damage, the OCR time spent …). */
  cannotInspect: boolean;
}

/** A class the name or a label states is certain (2-2(2) markers, mapped sensitivity labels). */
const DECIDED = 0.95;

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/**
 * What one file is: by its name and labels when they decide, else by its content (downloaded
 * within bounds, classified on the inspection workers). When the content cannot be read, the
 * verdict says why (`unreadable`), so a finding the file had stays open: the file is still there.
 */
export async function judgeItem(o: JudgeOptions, drive: DriveRef, item: DriveItem): Promise<Judged> {
  const cheap = classifyDocument(o.pack, { name: item.name, path: item.path, text: '', labels: item.labels, nameOnly: true });
  const byName = (unreadable?: string, extra: string[] = []): Verdict => ({
    class: cheap.class,
    confidence: cheap.class ? cheap.confidence : 0,
    reasons: cheap.class ? [...cheap.reasons, ...extra] : [],
    ...(unreadable ? { unreadable } : {}),
  });
  const judged = (verdict: Verdict, extra: Partial<Judged> = {}): Judged => ({
    verdict,
    downloads: 0,
    ocrMs: 0,
    cannotInspect: verdict.unreadable !== undefined,
    ...extra,
  });
  if (cheap.class && cheap.confidence >= DECIDED) return judged(byName());
  // A Google Docs/Sheets/Slides file has no extension: it is read as what it is exported to; an
  // upload without one, as what its MIME type says it is.
  const readName = item.readAs ?? readableName(item.name, item.mimeType);
  if (!isReadableName(readName)) return judged(byName('内容を確認しない形式のファイルになったため、内容を確認できません'));
  // An image is read only by OCR: with OCR off or the run's OCR time spent, it is not downloaded at all.
  if (isImageName(readName) && o.ocr?.enabled === false) return judged(byName('OCR が無効のため、画像の内容を確認できません'));
  if (isImageName(readName) && o.budget.leftMs() <= 0)
    return judged(byName('このスキャンの OCR の時間を使い切ったため、画像の内容を確認できません'));
  if (item.size !== undefined && item.size > o.maxBytes) {
    const why = `大きすぎるため（${mb(item.size)} MB、上限 ${mb(o.maxBytes)} MB）内容を確認できません`;
    return judged(byName(why, ['大きすぎるため内容は確認していません']));
  }
  const download = await o.connector.download(drive, item, { maxBytes: o.maxBytes, signal: o.signal });
  if (download.status === 'gone') return judged(byName(), { gone: true, downloads: 1 });
  if (download.status !== 'ok') {
    const why =
      download.status === 'too_large'
        ? `大きすぎるため（上限 ${mb(o.maxBytes)} MB）内容を確認できません`
        : download.status === 'export_limit'
          ? 'Google ドライブの書き出しの上限（10 MB）を超えるため、内容を確認できません'
          : '内容を取り出せないファイルになったため、内容を確認できません';
    return judged(byName(why), { downloads: 1 });
  }
  const result = await classifyBuffer(o.pack, download.data, readName, ocrLimits(o.ocr), o.budget);
  const verdict: Verdict = { class: result.class, confidence: result.confidence, reasons: result.reasons };
  if (result.status === 'cannot_inspect') verdict.unreadable = unreadableReason(result.reasons, result.error?.code);
  return { verdict, downloads: 1, ocrMs: result.ocrMs ?? 0, cannotInspect: result.status === 'cannot_inspect' };
}

/** The classifier's own words for why it could not read a file (確認できません: パスワードが…). */
function unreadableReason(reasons: string[], code?: string): string {
  const said = [...reasons].reverse().find((r) => r.startsWith('確認できません'));
  if (said) return said.replace(/^確認できません[:：]\s*/, '');
  return `内容を確認できません（${code ?? '不明'}）`;
}
