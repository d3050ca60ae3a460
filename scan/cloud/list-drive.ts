import { ConnectorError, type DriveItem, type DriveRef } from '../../connectors/index.js';
import { type DriveScanRow, driveScans } from '../../store/index.js';
import { priorityOf } from './prioritize.js';
import type { ScanContext } from './scan-context.js';

/** What makes a file a new version for the scan: content, path, sharing, deletion. */
export function versionOf(item: DriveItem): string {
  return `${item.deleted ? 'x' : ''}${item.etag ?? ''}|${item.contentTag ?? ''}|${item.path}|${item.sharing ?? ''}`;
}

/**
 * Lists one drive's changes into its walk, page by page, from where the walk stands (its stored
 * resume point, else its committed cursor): each page's files are stored with their priority,
 * in batches, together with where the listing goes on, so a lister killed between pages loses
 * at most one page. `onBatches` hears of each page's batches once they are stored. With a
 * `deadline`, the listing stops after the page that passes it ('paused': a next job goes on).
 */
export async function listDrive(
  ctx: ScanContext,
  scan: DriveScanRow,
  options: {
    deadline?: number;
    onBatches?: (batches: { batch: number; priority: number }[]) => Promise<void>;
  } = {},
): Promise<'listed' | 'paused'> {
  if (scan.state !== 'listing') return 'listed';
  const drive = JSON.parse(scan.drive) as DriveRef;
  const connector = ctx.connectorFor(scan.source_index);
  let resume = scan.resume ?? undefined;
  for (let restarted = false; ; restarted = true) {
    try {
      const pages = connector.changes(drive, resume ? undefined : (scan.from_cursor ?? undefined), {
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        ...(resume ? { resume } : {}),
      });
      for await (const page of pages) {
        const items = page.items
          .filter((item) => !item.isFolder)
          .map((item) => ({
            itemId: item.id,
            version: versionOf(item),
            priority: priorityOf(ctx.pack, item),
            json: JSON.stringify(item),
          }));
        const batches = await driveScans.saveListedPage(
          ctx.store.db,
          scan.id,
          {
            items,
            full: page.full,
            ...(page.resume ? { resume: page.resume } : {}),
            ...(page.cursor ? { cursor: page.cursor } : {}),
          },
          ctx.batchSize,
        );
        if (batches.length > 0) await options.onBatches?.(batches);
        if (page.cursor) return 'listed';
        if (options.deadline !== undefined && Date.now() > options.deadline && page.resume) return 'paused';
      }
      throw new ConnectorError('BAD_RESPONSE', `the walk of ${drive.name} ended without a cursor; retry the scan`);
    } catch (error) {
      // A resume point the service no longer takes: the walk starts again from the committed
      // cursor; what was listed already stays (unchanged files keep their place).
      const refused = error instanceof ConnectorError && (error.code === 'CURSOR_EXPIRED' || error.code === 'BAD_RESPONSE');
      if (!resume || restarted || !refused) throw error;
      ctx.log.warn({ err: error, drive: drive.driveId }, 'the listing could not resume; it starts again from the cursor');
      await driveScans.saveResume(ctx.store.db, scan.id, null);
      resume = undefined;
    }
  }
}
