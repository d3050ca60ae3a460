import { ConnectorError, RetryableError } from '../errors.js';
import { type Caller, parseRetryAfter, readBounded } from '../shared/index.js';
import type { DownloadOptions, DownloadResult, DriveItem, DriveRef } from '../types.js';
import type { GraphHttp } from './graph-http.js';

/**
 * Downloads a file's content, refusing anything over `maxBytes` (listed size first, then
 * Content-Length, then counted while streaming). `/content` answers 302 with a pre-authenticated
 * URL, which is fetched without the Authorization header.
 */
export async function downloadGraphItem(
  http: GraphHttp,
  caller: Caller,
  drive: DriveRef,
  item: DriveItem,
  options: DownloadOptions,
): Promise<DownloadResult> {
  if (item.isFolder || item.deleted) return { status: 'unsupported' };
  if (item.size !== undefined && item.size > options.maxBytes) return { status: 'too_large', size: item.size };
  const url = `/drives/${encodeURIComponent(drive.driveId)}/items/${encodeURIComponent(item.id)}/content`;
  try {
    return await caller.call(
      'content',
      async (signal) => {
        let response = await http.send(url, { method: 'GET', headers: {}, signal, redirect: 'manual' });
        if (response.status >= 300 && response.status < 400) {
          const location = response.headers.get('location');
          await response.body?.cancel();
          if (!location)
            throw new ConnectorError('BAD_RESPONSE', `Graph redirected the download of ${item.name} nowhere; retry the scan`);
          response = await http.fetchAnonymous(new URL(location, http.baseUrl).toString(), signal);
          if (!response.ok) await checkStorage(response);
        } else await http.check('content', response);
        const length = Number(response.headers.get('content-length'));
        const read = await readBounded(
          response.body,
          options.maxBytes,
          Number.isFinite(length) && length > 0 ? length : undefined,
        );
        if ('tooLarge' in read)
          return read.size === undefined ? { status: 'too_large' } : { status: 'too_large', size: read.size };
        const mimeType = response.headers.get('content-type') ?? item.mimeType;
        return mimeType ? { status: 'ok', data: read.data, mimeType } : { status: 'ok', data: read.data };
      },
      options.signal,
    );
  } catch (error) {
    if (error instanceof ConnectorError && error.code === 'NOT_FOUND') return { status: 'gone' };
    throw error;
  }
}

/** The storage host behind the redirect answers like Graph for throttling; anything else is final. */
async function checkStorage(response: Response): Promise<never> {
  await response.body?.cancel();
  const status = response.status;
  if (status === 404) throw new ConnectorError('NOT_FOUND', 'the file is gone from storage', { status });
  if (status === 429 || status >= 500) {
    const final = new ConnectorError('THROTTLED', `the download host returned ${status} after retries; run the scan later`, {
      status,
    });
    throw new RetryableError(final, status === 429 || status === 503, parseRetryAfter(response.headers.get('retry-after')));
  }
  // A pre-authenticated URL expires after a few minutes; a fresh /content call issues a new one.
  if (status === 401 || status === 403) {
    const final = new ConnectorError(
      'HTTP_ERROR',
      `the download link was refused (${status}) even after asking again; retry the scan`,
      { status },
    );
    throw new RetryableError(final, false);
  }
  throw new ConnectorError('HTTP_ERROR', `the download host returned ${status}`, { status });
}
