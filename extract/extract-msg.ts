import { decompressRTF } from '@kenjiuno/decompressrtf';
import MsgReaderModule from '@kenjiuno/msgreader';
import { buildMail } from './build-mail.js';
import type { ExtractContext } from './context.js';
import { ExtractError } from './errors.js';
import { extractRtf } from './extract-rtf.js';
import type { Extracted, ExtractLimits } from './types.js';

// The package is CommonJS with `exports.default`: Node's ESM import gives the exports object (the
// class is its `default`), a bundler's interop (vitest) gives the class itself.
type MsgReaderClass = typeof MsgReaderModule.default;
const MsgReader: MsgReaderClass =
  (MsgReaderModule as { default?: MsgReaderClass }).default ?? (MsgReaderModule as unknown as MsgReaderClass);

/**
 * An Outlook message saved as .msg, read by @kenjiuno/msgreader: subject, sender and recipients,
 * the body (plain text, HTML, or the compressed RTF Outlook often keeps alone), and the
 * attachments, an attached .msg being read as a mail of its own.
 */
export function extractMsg(data: Uint8Array, limits: ExtractLimits, context: ExtractContext): Extracted {
  const bytes = new Uint8Array(data);
  const reader = new MsgReader(bytes.buffer);
  const info = reader.getFileData();
  if (info.error) throw new ExtractError('CORRUPT', `not a readable Outlook message: ${info.error}`);
  let text = info.body ?? '';
  if (!text.trim() && !info.bodyHtml && info.compressedRtf) {
    try {
      text = extractRtf(Uint8Array.from(decompressRTF([...info.compressedRtf])), limits).text;
    } catch {
      // A damaged RTF body leaves the headers and attachments to read.
    }
  }
  const person = (name?: string, email?: string) => [name, email].filter(Boolean).join(' ');
  const recipients = info.recipients ?? [];
  return buildMail(
    'msg',
    {
      subject: info.subject ?? '',
      from: person(info.senderName, info.senderEmail),
      to: recipients.filter((r) => r.recipType !== 'cc').map((r) => person(r.name, r.smtpAddress ?? r.email)),
      cc: recipients.filter((r) => r.recipType === 'cc').map((r) => person(r.name, r.smtpAddress ?? r.email)),
      text,
      html: info.bodyHtml ?? '',
      attachments: (info.attachments ?? []).map((a) => ({
        name: a.innerMsgContent ? `${a.name ?? 'message'}.msg` : (a.fileName ?? a.fileNameShort ?? ''),
        size: a.contentLength ?? 0,
        read: () => reader.getAttachment(a).content,
      })),
    },
    limits,
    context,
  );
}
