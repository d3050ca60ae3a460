import type { AttachmentBody, IncomingAttachment } from '../core/index.js';

/** A file a teacher attached, read in memory only (never stored): 20 MB and 15 s at most. */
export const MAX_ATTACHMENT_BYTES = 20_000_000;
const TIMEOUT_MS = 15_000;

/** Teams' personal-chat file attachment, whose downloadUrl is pre-authenticated. */
export const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';

export type ReadResult = { ok: true; data: Buffer } | { ok: false; reason: 'too_large' | 'unreachable' | 'not_allowed' };

/** Whether the bot can fetch this attachment's bytes at all. */
export const isReadable = (attachment: IncomingAttachment): boolean =>
  Boolean(attachment.open) || (attachment.contentType === TEAMS_FILE && Boolean(attachment.downloadUrl));

/**
 * Downloads an attachment within bounds, through the channel's own download (Google Chat's media
 * API) or its pre-authenticated URL. Only https URLs are fetched (and plain http on this machine,
 * for local fakes): a message cannot make mamoru fetch arbitrary addresses.
 */
export async function readAttachment(attachment: IncomingAttachment, fetchImpl: typeof fetch = fetch): Promise<ReadResult> {
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  let opened: AttachmentBody | 'not_allowed' | 'unreachable';
  try {
    opened = attachment.open ? await attachment.open(signal) : await openUrl(attachment.downloadUrl, fetchImpl, signal);
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  if (typeof opened === 'string') return { ok: false, reason: opened };
  if ((opened.size ?? 0) > MAX_ATTACHMENT_BYTES) {
    await opened.body[Symbol.asyncIterator]().return?.();
    return { ok: false, reason: 'too_large' };
  }
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of opened.body) {
      size += chunk.byteLength;
      // Leaving the loop cancels the download (the stream is destroyed).
      if (size > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'too_large' };
      chunks.push(chunk);
    }
    return { ok: true, data: Buffer.concat(chunks) };
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
}

async function openUrl(
  downloadUrl: string | undefined,
  fetchImpl: typeof fetch,
  signal: AbortSignal,
): Promise<AttachmentBody | 'not_allowed' | 'unreachable'> {
  let url: URL;
  try {
    url = new URL(downloadUrl ?? '');
  } catch {
    return 'not_allowed';
  }
  const loopback = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  if (url.protocol !== 'https:' && !loopback) return 'not_allowed';
  const response = await fetchImpl(url, { signal, redirect: 'follow' });
  if (!response.ok || !response.body) return 'unreachable';
  const declared = response.headers.get('content-length');
  return {
    ...(declared ? { size: Number(declared) } : {}),
    body: response.body as unknown as AsyncIterable<Uint8Array>,
  };
}
