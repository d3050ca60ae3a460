import { type AddressObject, simpleParser } from 'mailparser';
import { buildMail } from './build-mail.js';
import type { ExtractContext } from './context.js';
import { extensionOf } from './detect-format.js';
import { ExtractError } from './errors.js';
import type { Extracted, ExtractLimits } from './types.js';

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  if (!field) return [];
  return (Array.isArray(field) ? field : [field]).flatMap((a) =>
    a.value.map((v) => [v.name, v.address].filter(Boolean).join(' ')),
  );
}

/**
 * An e-mail saved as .eml (Outlook, Thunderbird, Gmail's "download message"), parsed by mailparser:
 * headers in any charset (ISO-2022-JP too), the body, and the attachments, a forwarded mail
 * (message/rfc822) being an attachment read as a mail of its own.
 */
export async function extractEml(data: Uint8Array, limits: ExtractLimits, context: ExtractContext): Promise<Extracted> {
  const head = Buffer.from(data.subarray(0, 4096)).toString('latin1');
  if (!/^[\w-]+:/m.test(head)) throw new ExtractError('CORRUPT', 'no mail headers: not an e-mail message');
  const parsed = await simpleParser(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    skipImageLinks: true,
    maxHtmlLengthToParse: limits.maxTextChars,
  });
  return buildMail(
    'eml',
    {
      subject: parsed.subject ?? '',
      from: addresses(parsed.from).join(', '),
      to: addresses(parsed.to),
      cc: addresses(parsed.cc),
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      attachments: parsed.attachments.map((a) => {
        const rfc822 = /^message\/rfc822/i.test(a.contentType);
        const name = a.filename ?? (rfc822 ? 'message.eml' : '');
        return {
          name: rfc822 && extensionOf(name) !== 'eml' ? `${name}.eml` : name,
          size: a.content.length,
          read: () => a.content,
        };
      }),
    },
    limits,
    context,
  );
}
