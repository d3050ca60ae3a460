import { readOoxmlBody } from './read-ooxml-body.js';
import type { ZipPackage } from './read-zip.js';
import { TextSink } from './text-sink.js';
import type { Aside } from './types.js';
import { attr, walkXml } from './xml-walk.js';

/** The package path a relationship's target names, from the folder of the part that names it. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/**
 * What a sheet holds besides its cells: threaded comments, cell notes (legacy comments; those that
 * only restate a threaded comment are left out) and the text of shapes (text boxes) on the sheet.
 */
export function readSheetAsides(zip: ZipPackage, sheetPath: string, sheetName: string): Aside[] {
  const relsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
  const targets: { type: string; path: string }[] = [];
  walkXml(zip.text(relsPath) ?? '', {
    open(name, attrs) {
      const target = name === 'Relationship' ? attr('Target', attrs) : undefined;
      if (target && attr('TargetMode', attrs) !== 'External')
        targets.push({ type: attr('Type', attrs) ?? '', path: resolveTarget(sheetPath, target) });
    },
  });
  const asides: Aside[] = [];
  const threadedRefs = new Set<string>();
  for (const t of targets.filter((t) => /\/threadedComment$/.test(t.type)))
    for (const c of readComments(zip.text(t.path) ?? '', 'threadedComment')) {
      threadedRefs.add(c.ref);
      asides.push({ kind: 'comment', where: `${sheetName}!${c.ref}`, text: c.text });
    }
  for (const t of targets.filter((t) => /\/comments$/.test(t.type)))
    for (const c of readComments(zip.text(t.path) ?? '', 'comment'))
      if (!threadedRefs.has(c.ref)) asides.push({ kind: 'comment', where: `${sheetName}!${c.ref}`, text: c.text });
  for (const t of targets.filter((t) => /\/drawing$/.test(t.type))) {
    const sink = new TextSink(1_000_000);
    readOoxmlBody(zip.text(t.path) ?? '', { ns: 'a' }, sink, { tables: [], headings: [] });
    for (const line of sink.lines) if (line.trim()) asides.push({ kind: 'text_box', where: sheetName, text: line.trim() });
  }
  return asides;
}

/** Comments of one part: `<comment ref="B2"><text>…<t>…</t>…</text>` (both kinds share that shape). */
function readComments(xml: string, element: 'comment' | 'threadedComment'): { ref: string; text: string }[] {
  const out: { ref: string; text: string }[] = [];
  let ref: string | null = null;
  let text = '';
  let inText = false;
  let inRunProps = 0;
  walkXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === element && !selfClosing) {
        ref = attr('ref', attrs) ?? '';
        text = '';
      } else if (name === 't' && !selfClosing) inText = true;
      else if (name === 'text' && !selfClosing && element === 'threadedComment') inText = true;
      else if (name === 'rPh' && !selfClosing) inRunProps++;
    },
    close(name) {
      if (name === element && ref !== null) {
        if (text.trim()) out.push({ ref, text: text.trim() });
        ref = null;
      } else if (name === 't' || name === 'text') inText = false;
      else if (name === 'rPh') inRunProps--;
    },
    text(chunk) {
      if (ref !== null && inText && inRunProps === 0) text += chunk;
    },
  });
  return out;
}
