import { ExtractError } from './errors.js';
import { readOfficeProperties } from './read-office-properties.js';
import { readOoxmlBody } from './read-ooxml-body.js';
import { ZipPackage } from './read-zip.js';
import { TextSink } from './text-sink.js';
import type { Extracted, ExtractLimits, Table } from './types.js';

const WANTED = /^(word\/(document|header\d*|footer\d*)\.xml|docProps\/(core|custom)\.xml)$/;

/** Word: body paragraphs and tables, headers and footers, properties and sensitivity labels. */
export function extractDocx(data: Uint8Array, limits: ExtractLimits): Extracted {
  const zip = new ZipPackage(data, limits, (name) => WANTED.test(name));
  const body = zip.text('word/document.xml');
  if (body === null) throw new ExtractError('CORRUPT', 'no word/document.xml: not a Word document');
  const sink = new TextSink(limits.maxTextChars);
  const out = { tables: [] as Table[], headings: [] as string[] };
  readOoxmlBody(body, { ns: 'w' }, sink, out);
  const headerFooter: string[] = [];
  for (const name of zip
    .names()
    .filter((n) => /^word\/(header|footer)/.test(n))
    .sort()) {
    const part = new TextSink(10_000);
    readOoxmlBody(zip.text(name) ?? '', { ns: 'w' }, part, { tables: [], headings: [] });
    headerFooter.push(...part.lines);
  }
  return { format: 'docx', text: sink.text(), truncated: sink.truncated, headerFooter, ...out, ...readOfficeProperties(zip) };
}
