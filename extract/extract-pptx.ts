import { ExtractError } from './errors.js';
import { readOfficeProperties } from './read-office-properties.js';
import { readOoxmlBody } from './read-ooxml-body.js';
import { ZipPackage } from './read-zip.js';
import { TextSink } from './text-sink.js';
import type { Aside, Extracted, ExtractLimits, Table } from './types.js';
import { attr, walkXml } from './xml-walk.js';

const WANTED =
  /^(ppt\/slides\/(_rels\/)?slide\d+\.xml(\.rels)?|ppt\/notesSlides\/notesSlide\d+\.xml|ppt\/comments\/[^/]+\.xml|docProps\/(core|custom)\.xml|ppt\/presentation\.xml)$/;

/**
 * PowerPoint: every slide's text and tables in slide order (the first line of a slide is its
 * title), hidden slides too; then each slide's speaker notes and comments (legacy and modern).
 */
export function extractPptx(data: Uint8Array, limits: ExtractLimits): Extracted {
  const zip = new ZipPackage(data, limits, (name) => WANTED.test(name));
  if (!zip.has('ppt/presentation.xml')) throw new ExtractError('CORRUPT', 'no ppt/presentation.xml: not a PowerPoint file');
  const slides = zip
    .names()
    .map((name) => ({ name, n: Number(/^ppt\/slides\/slide(\d+)\.xml$/.exec(name)?.[1]) }))
    .filter((s) => Number.isFinite(s.n))
    .sort((a, b) => a.n - b.n);
  const sink = new TextSink(limits.maxTextChars);
  const out = { tables: [] as Table[], headings: [] as string[] };
  const asides: Aside[] = [];
  const commented = new Set<string>();
  for (const slide of slides) {
    if (sink.truncated) break;
    const before = sink.lines.length;
    readOoxmlBody(zip.text(slide.name) ?? '', { ns: 'a' }, sink, out, `スライド${slide.n}`);
    const title = sink.lines[before];
    if (title) out.headings.push(title.trim());
    const where = `スライド${slide.n}`;
    for (const target of related(zip.text(`ppt/slides/_rels/slide${slide.n}.xml.rels`) ?? '')) {
      if (/^ppt\/notesSlides\//.test(target))
        for (const text of notesText(zip.text(target) ?? '')) asides.push({ kind: 'notes', where, text });
      else if (/^ppt\/comments\//.test(target)) {
        commented.add(target);
        for (const text of commentText(zip.text(target) ?? '')) asides.push({ kind: 'comment', where, text });
      }
    }
  }
  // Comments a slide's relationships did not name (older files list them by author only).
  for (const name of zip.names().filter((n) => /^ppt\/comments\//.test(n) && !commented.has(n)))
    for (const text of commentText(zip.text(name) ?? '')) asides.push({ kind: 'comment', where: '本文', text });
  for (const aside of asides) sink.push(aside.text);
  return {
    format: 'pptx',
    text: sink.text(),
    truncated: sink.truncated,
    headerFooter: [],
    asides,
    ...out,
    ...readOfficeProperties(zip),
  };
}

/** The parts a slide's relationships point to, as package paths. */
function related(xml: string): string[] {
  const out: string[] = [];
  walkXml(xml, {
    open(name, attrs) {
      const target = name === 'Relationship' ? attr('Target', attrs) : undefined;
      if (target) out.push(target.startsWith('/') ? target.slice(1) : `ppt/${target.replace(/^\.\.\//, '')}`);
    },
  });
  return out;
}

/** A notes page's text, without its slide-number and slide-image placeholders. */
function notesText(xml: string): string[] {
  const shapes = xml.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="(sldNum|sldImg|dt|ftr|hdr)"[\s\S]*?<\/p:sp>/g, '');
  const sink = new TextSink(1_000_000);
  readOoxmlBody(shapes, { ns: 'a' }, sink, { tables: [], headings: [] });
  return sink.lines
    .flatMap((l) => l.split(/\r?\n|\r/))
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Legacy comments (p:cm > p:text) and modern ones (p188:cm > p188:txBody > a:t). */
function commentText(xml: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let depth = 0;
  walkXml(xml, {
    open(name, _attrs, selfClosing) {
      if (selfClosing) return;
      if (name === 'p:text') current = '';
      else if (/(^|:)txBody$/.test(name)) depth++;
      else if (name === 'a:t' && depth > 0) current = current ?? '';
    },
    close(name) {
      if (name === 'p:text' || name === 'a:p' || /(^|:)txBody$/.test(name)) {
        if (current?.trim()) out.push(current.trim());
        current = null;
        if (/(^|:)txBody$/.test(name)) depth--;
      }
    },
    text(text) {
      if (current !== null) current += text;
    },
  });
  return out;
}
