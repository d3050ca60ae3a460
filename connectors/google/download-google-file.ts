import { ConnectorError } from '../errors.js';
import { readBounded } from '../shared/index.js';
import type { DownloadOptions, DownloadResult, DriveItem, DriveRef } from '../types.js';
import type { GoogleClients } from './google-clients.js';
import { subjectOf } from './list-google-changes.js';
import { EXPORTS } from './wire.js';

/**
 * Reads a file's content as the walk's user: Docs/Sheets/Slides through files.export (text/plain,
 * xlsx with every sheet; Drive refuses exports over 10 MB, reported as export_limit), other files with
 * alt=media. Bounded by maxBytes: the listed size first, then counted while streaming.
 */
export async function downloadGoogleFile(
  clients: GoogleClients,
  drive: DriveRef,
  item: DriveItem,
  options: DownloadOptions,
): Promise<DownloadResult> {
  if (item.isFolder || item.deleted) return { status: 'unsupported' };
  const exportAs = item.mimeType ? EXPORTS[item.mimeType]?.mimeType : undefined;
  if (!exportAs && item.mimeType?.startsWith('application/vnd.google-apps.')) return { status: 'unsupported' };
  if (!exportAs && item.size !== undefined && item.size > options.maxBytes) return { status: 'too_large', size: item.size };
  const api = clients.driveAs(subjectOf(clients, drive));
  const stream = { responseType: 'stream' as const };
  try {
    const body = await clients.call<unknown>(
      exportAs ? 'files.export' : 'files.get.media',
      (o) =>
        exportAs
          ? api.files.export({ fileId: item.id, mimeType: exportAs }, { ...o, ...stream })
          : api.files.get({ fileId: item.id, alt: 'media', supportsAllDrives: true }, { ...o, ...stream }),
      options.signal,
    );
    const read = await readBounded(body as ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>, options.maxBytes);
    if ('tooLarge' in read) return { status: 'too_large' };
    const mimeType = exportAs ?? item.mimeType;
    return mimeType ? { status: 'ok', data: read.data, mimeType } : { status: 'ok', data: read.data };
  } catch (error) {
    if (error instanceof ConnectorError && error.code === 'NOT_FOUND') return { status: 'gone' };
    if (error instanceof ConnectorError && error.code === 'FORBIDDEN' && /exportSizeLimitExceeded/.test(error.message))
      return { status: 'export_limit' };
    throw error;
  }
}
