import type { ExtractContext } from './context.js';
import { ExtractError } from './errors.js';
import { htmlToText } from './html-to-text.js';
import { TextSink } from './text-sink.js';
import type { EmbeddedFile, Extracted, ExtractLimits } from './types.js';

export interface Mail {
  subject: string;
  from: string;
  to: string[];
  cc: string[];
  text: string;
  html: string;
  attachments: { name: string; read(): Uint8Array; size: number }[];
}

/**
 * A mail as mamoru reads it: the subject (its heading), the sender and recipients (addresses are
 * personal data too), the body (the plain text, or the HTML's text), and every attachment as a
 * file of its own to inspect.
 */
export function buildMail(format: 'eml' | 'msg', mail: Mail, limits: ExtractLimits, context: ExtractContext): Extracted {
  context.used.entries += mail.attachments.length;
  if (context.used.entries > limits.maxZipEntries)
    throw new ExtractError(
      'TOO_MANY_FILES',
      `${mail.attachments.length} attachments (limit ${limits.maxZipEntries} in one file)`,
    );
  const sink = new TextSink(limits.maxTextChars);
  if (mail.subject) sink.push(`件名: ${mail.subject}`);
  if (mail.from) sink.push(`差出人: ${mail.from}`);
  if (mail.to.length) sink.push(`宛先: ${mail.to.join(', ')}`);
  if (mail.cc.length) sink.push(`CC: ${mail.cc.join(', ')}`);
  const body = mail.text.trim() ? mail.text : htmlToText(mail.html, limits.maxTextChars).text;
  for (const line of body.split(/\r?\n/)) sink.push(line);
  const embedded: EmbeddedFile[] = mail.attachments.map((a, i) => ({
    name: a.name || `添付${i + 1}`,
    kind: 'attachment',
    size: a.size,
    read: a.read,
  }));
  return {
    format,
    text: sink.text(),
    truncated: sink.truncated,
    headings: mail.subject ? [mail.subject] : [],
    tables: [],
    properties: mail.subject ? { subject: mail.subject.slice(0, 500) } : {},
    headerFooter: [],
    labels: [],
    embedded,
  };
}
