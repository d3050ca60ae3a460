import { ExtractError } from './errors.js';
import { readOfficeProperties } from './read-office-properties.js';
import { readOoxmlBody } from './read-ooxml-body.js';
import { ZipPackage } from './read-zip.js';
import { TextSink } from './text-sink.js';
import type { Aside, Extracted, ExtractLimits, Table } from './types.js';

const WANTED = /^(word\/(document|header\d*|footer\d*|comments|footnotes|endnotes)\.xml|docProps\/(core|custom)\.xml)$/;
const PARTS: { pattern: RegExp; kind: Aside['kind'] }[] = [
  { pattern: /^word\/(header|footer)\d*\.xml$/, kind: 'header_footer' },
  { pattern: /^word\/footnotes\.xml$/, kind: 'footnote' },
  { pattern: /^word\/endnotes\.xml$/, kind: 'endnote' },
  { pattern: /^word\/comments\.xml$/, kind: 'comment' },
];

/**
 * Word: body paragraphs and tables (text boxes and tracked deletions too), then headers and
 * footers, footnotes, endnotes and comments as content; properties and sensitivity labels.
 */
export function extractDocx(data: Uint8Array, limits: ExtractLimits): Extracted {
  const zip = new ZipPackage(data, limits, (name) => WANTED.test(name));
  const body = zip.text('word/document.xml');
  if (body === null) throw new ExtractError('CORRUPT', 'no word/document.xml: not a Word document');
  const sink = new TextSink(limits.maxTextChars);
  const out = { tables: [] as Table[], headings: [] as string[] };
  readOoxmlBody(body, { ns: 'w' }, sink, out);
  const asides: Aside[] = [];
  for (const { pattern, kind } of PARTS) {
    for (const name of zip
      .names()
      .filter((n) => pattern.test(n))
      .sort()) {
      const part = new TextSink(limits.maxTextChars);
      readOoxmlBody(zip.text(name) ?? '', { ns: 'w' }, part, { tables: [], headings: [] });
      for (const line of part.lines) asides.push({ kind, where: '本文', text: line.trim() });
    }
  }
  for (const aside of asides) sink.push(aside.text);
  const headerFooter = asides.filter((a) => a.kind === 'header_footer').map((a) => a.text);
  return {
    format: 'docx',
    text: sink.text(),
    truncated: sink.truncated,
    headerFooter,
    asides,
    ...out,
    ...readOfficeProperties(zip),
  };
}
