import type { OcrConfig } from '../../config/index.js';
import type { Connector, DriveItem, DriveRef } from '../../connectors/index.js';
import { isImageName, isReadableName, readableName } from '../../extract/index.js';
import { classifyDocument, type Pack } from '../../policy/index.js';
import type { Logger } from '../../ports/index.js';
import { recordVerdict, resolveGone, resolveUnseen, type Store, type Verdict } from '../../store/index.js';
import { classifyBuffer } from '../classify-buffer.js';
import { type OcrBudget, ocrLimits, scanBudget } from '../ocr-budget.js';

export interface DriveScanOptions {
  store: Store;
  pack: Pack;
  connector: Connector;
  log: Logger;
  /** Files larger than this are judged by name and labels only. */
  maxBytes: number;
  /** The board's `scan.ocr` (OCR of images and scanned PDFs). */
  ocr?: OcrConfig;
  /** The run's OCR budget, shared by its drives; a drive scanned alone (a job) gets one of its own. */
  budget?: OcrBudget;
  signal?: AbortSignal;
}

export interface DriveStats {
  items: number;
  downloads: number;
  found: number;
  resolved: number;
  cannotInspect: number;
  full: boolean;
}

/** A class the name or a label states is certain (2-2(2) markers, mapped sensitivity labels). */
const DECIDED = 0.95;

async function judge(
  o: DriveScanOptions & { budget: OcrBudget },
  drive: DriveRef,
  item: DriveItem,
  stats: DriveStats,
): Promise<Verdict | null> {
  const cheap = classifyDocument(o.pack, { name: item.name, path: item.path, text: '', labels: item.labels, nameOnly: true });
  if (cheap.class && cheap.confidence >= DECIDED)
    return { class: cheap.class, confidence: cheap.confidence, reasons: cheap.reasons };
  // A Google Docs/Sheets/Slides file has no extension: it is read as what it is exported to; an
  // upload without one, as what its MIME type says it is.
  const readName = item.readAs ?? readableName(item.name, item.mimeType);
  if (!isReadableName(readName))
    return cheap.class ? { class: cheap.class, confidence: cheap.confidence, reasons: cheap.reasons } : null;
  // An image is read only by OCR: with OCR off or the run's OCR time spent, it is not downloaded at all.
  if (isImageName(readName) && (o.ocr?.enabled === false || o.budget.leftMs() <= 0)) {
    stats.cannotInspect++;
    return cheap.class ? { class: cheap.class, confidence: cheap.confidence, reasons: cheap.reasons } : null;
  }
  if (item.size !== undefined && item.size > o.maxBytes) {
    stats.cannotInspect++;
    return cheap.class
      ? { class: cheap.class, confidence: cheap.confidence, reasons: [...cheap.reasons, '大きすぎるため内容は確認していません'] }
      : null;
  }
  const download = await o.connector.download(drive, item, { maxBytes: o.maxBytes, signal: o.signal });
  stats.downloads++;
  if (download.status !== 'ok') {
    if (download.status !== 'gone' && download.status !== 'unsupported') stats.cannotInspect++;
    return cheap.class ? { class: cheap.class, confidence: cheap.confidence, reasons: cheap.reasons } : null;
  }
  const result = await classifyBuffer(o.pack, download.data, readName, ocrLimits(o.ocr), o.budget);
  if (result.status !== 'ok') stats.cannotInspect++;
  return { class: result.class, confidence: result.confidence, reasons: result.reasons };
}

/**
 * Walks one drive from its stored cursor: every changed file is judged (download only when no
 * cheaper signal decides), recorded as a finding or resolving one; deleted files resolve theirs;
 * after a full listing, findings for files no longer there are resolved. The drive's new cursor
 * is saved only after all of that, so a killed scan repeats work but never skips or duplicates.
 */
export async function scanDrive(options: DriveScanOptions, drive: DriveRef): Promise<DriveStats> {
  const o = { ...options, budget: options.budget ?? scanBudget(options.ocr) };
  const { db } = o.store;
  const started = new Date();
  const row = await db
    .selectFrom('drives')
    .select('cursor')
    .where('source', '=', drive.source)
    .where('drive_id', '=', drive.driveId)
    .executeTakeFirst();
  const stats: DriveStats = { items: 0, downloads: 0, found: 0, resolved: 0, cannotInspect: 0, full: false };
  let cursor: string | undefined;
  for await (const page of o.connector.changes(drive, row?.cursor ?? undefined, { signal: o.signal })) {
    for (const item of page.items) {
      if (item.isFolder) continue;
      stats.items++;
      const where = { source: drive.source, driveId: drive.driveId, itemId: item.id };
      if (item.deleted) {
        if (await resolveGone(db, where, 'deleted')) stats.resolved++;
        continue;
      }
      const verdict = await judge(o, drive, item, stats);
      const outcome = await recordVerdict(
        db,
        {
          ...where,
          name: item.name,
          path: item.path,
          webUrl: item.webUrl,
          ownerEmail: item.ownerEmail ?? drive.ownerEmail,
          sharing: item.sharing,
          version: item.contentTag ?? item.etag,
        },
        verdict ?? { class: null, confidence: 0, reasons: [] },
      );
      if (outcome === 'new' || outcome === 'reopened') stats.found++;
      if (outcome === 'resolved') stats.resolved++;
    }
    if (page.cursor) {
      cursor = page.cursor;
      stats.full = page.full;
    }
  }
  if (stats.full) stats.resolved += await resolveUnseen(db, drive.source, drive.driveId, started);
  const values = {
    kind: drive.kind,
    name: drive.name,
    owner_email: drive.ownerEmail ?? null,
    cursor: cursor ?? row?.cursor ?? null,
    last_scan_at: new Date().toISOString(),
  };
  await db
    .insertInto('drives')
    .values({ source: drive.source, drive_id: drive.driveId, ...values })
    .onConflict((oc) => oc.columns(['source', 'drive_id']).doUpdateSet(values))
    .execute();
  o.log.info({ drive: drive.driveId, source: drive.source, ...stats }, 'drive scanned');
  return stats;
}
