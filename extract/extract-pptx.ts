import { ExtractError } from './errors.js';
import { readOfficeProperties } from './read-office-properties.js';
import { readOoxmlBody } from './read-ooxml-body.js';
import { ZipPackage } from './read-zip.js';
import { TextSink } from './text-sink.js';
import type { Extracted, ExtractLimits, Table } from './types.js';

const WANTED = /^(ppt\/slides\/slide\d+\.xml|docProps\/(core|custom)\.xml|ppt\/presentation\.xml)$/;

/** PowerPoint: every slide's text and tables in slide order; the first line of a slide is its title. */
export function extractPptx(data: Uint8Array, limits: ExtractLimits): Extracted {
  const zip = new ZipPackage(data, limits, (name) => WANTED.test(name));
  if (!zip.has('ppt/presentation.xml')) throw new ExtractError('CORRUPT', 'no ppt/presentation.xml: not a PowerPoint file');
  const slides = zip
    .names()
    .map((name) => ({ name, n: Number(/slide(\d+)\.xml$/.exec(name)?.[1]) }))
    .filter((s) => Number.isFinite(s.n))
    .sort((a, b) => a.n - b.n);
  const sink = new TextSink(limits.maxTextChars);
  const out = { tables: [] as Table[], headings: [] as string[] };
  for (const slide of slides) {
    if (sink.truncated) break;
    const before = sink.lines.length;
    readOoxmlBody(zip.text(slide.name) ?? '', { ns: 'a' }, sink, out, `スライド${slide.n}`);
    const title = sink.lines[before];
    if (title) out.headings.push(title.trim());
  }
  return { format: 'pptx', text: sink.text(), truncated: sink.truncated, headerFooter: [], ...out, ...readOfficeProperties(zip) };
}
