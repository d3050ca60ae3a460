import { ExtractError } from './errors.js';
import { readOdfBody } from './read-odf-body.js';
import { ZipPackage } from './read-zip.js';
import { TextSink } from './text-sink.js';
import type { Extracted, ExtractLimits, Format } from './types.js';
import { walkXml } from './xml-walk.js';

const WANTED = /^(content\.xml|styles\.xml|meta\.xml|META-INF\/manifest\.xml)$/;
const META_FIELDS: Record<string, string> = {
  'dc:title': 'title',
  'dc:subject': 'subject',
  'meta:keyword': 'keywords',
  'dc:description': 'description',
};

/**
 * OpenDocument text, spreadsheet and presentation (LibreOffice, and Google's and Microsoft's
 * "save as ODF"): body, tables and every sheet, comments, footnotes, speaker notes, headers and
 * footers of the page styles, title/subject/keywords. A password-protected file says ENCRYPTED.
 */
export function extractOdf(data: Uint8Array, format: Extract<Format, 'odt' | 'ods' | 'odp'>, limits: ExtractLimits): Extracted {
  const zip = new ZipPackage(data, limits, (name) => WANTED.test(name));
  if ((zip.text('META-INF/manifest.xml') ?? '').includes('encryption-data'))
    throw new ExtractError('ENCRYPTED', 'an OpenDocument file saved with a password');
  const content = zip.text('content.xml');
  if (content === null) throw new ExtractError('CORRUPT', 'no content.xml: not an OpenDocument file');
  const sink = new TextSink(limits.maxTextChars);
  const out = { tables: [], headings: [], asides: [] } as Parameters<typeof readOdfBody>[2];
  readOdfBody(content, sink, out);
  const headerFooter: string[] = [];
  const styles = zip.text('styles.xml');
  if (styles) {
    const parts = { tables: [], headings: [], asides: [] } as Parameters<typeof readOdfBody>[2];
    // Only the master pages' headers and footers hold text; the rest of styles.xml is formatting.
    const masters = styles.match(/<office:master-styles[\s\S]*?<\/office:master-styles>/)?.[0] ?? '';
    readOdfBody(masters, new TextSink(10_000), parts, (name) =>
      /^style:(header|footer)(-left|-first)?$/.test(name) ? 'header_footer' : undefined,
    );
    for (const aside of parts.asides.filter((a) => a.kind === 'header_footer')) {
      headerFooter.push(aside.text);
      out.asides.push({ ...aside, where: 'ヘッダー・フッター' });
    }
  }
  for (const aside of out.asides) sink.push(aside.text);
  return {
    format,
    text: sink.text(),
    truncated: sink.truncated,
    tables: out.tables,
    headings: format === 'ods' ? out.tables.map((t) => t.name ?? '').filter(Boolean) : out.headings,
    properties: readMeta(zip.text('meta.xml') ?? ''),
    headerFooter,
    labels: [],
    asides: out.asides,
  };
}

function readMeta(xml: string): Record<string, string> {
  const properties: Record<string, string> = {};
  let field: string | undefined;
  walkXml(xml, {
    open: (name, _attrs, selfClosing) => {
      field = selfClosing ? undefined : META_FIELDS[name];
    },
    close: () => {
      field = undefined;
    },
    text: (text) => {
      if (field && text.trim())
        properties[field] = `${properties[field] ? `${properties[field]} ` : ''}${text.trim()}`.slice(0, 500);
    },
  });
  return properties;
}
