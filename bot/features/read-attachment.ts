import type { IncomingAttachment } from '../core/index.js';

/** A file a teacher attached, read in memory only (never stored): 20 MB and 15 s at most. */
export const MAX_ATTACHMENT_BYTES = 20_000_000;
const TIMEOUT_MS = 15_000;

/** Teams' personal-chat file attachment, whose downloadUrl is pre-authenticated. */
export const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';

export type ReadResult = { ok: true; data: Buffer } | { ok: false; reason: 'too_large' | 'unreachable' | 'not_allowed' };

/**
 * Downloads an attachment within bounds. Only https URLs are fetched (and plain http on this
 * machine, for local fakes): a card cannot make mamoru fetch arbitrary addresses.
 */
export async function readAttachment(attachment: IncomingAttachment, fetchImpl: typeof fetch = fetch): Promise<ReadResult> {
  let url: URL;
  try {
    url = new URL(attachment.downloadUrl ?? '');
  } catch {
    return { ok: false, reason: 'not_allowed' };
  }
  const loopback = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  if (url.protocol !== 'https:' && !loopback) return { ok: false, reason: 'not_allowed' };
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok || !response.body) return { ok: false, reason: 'unreachable' };
    if (Number(response.headers.get('content-length') ?? 0) > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'too_large' };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'too_large' };
      chunks.push(chunk);
    }
    return { ok: true, data: Buffer.concat(chunks) };
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
}
