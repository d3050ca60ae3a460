import iconv from 'iconv-lite';
import { ExtractError } from './errors.js';
import { guessHeaderRow, TextSink } from './text-sink.js';
import type { Aside, Extracted, ExtractLimits, Table } from './types.js';

type Dest = 'body' | 'header_footer' | 'footnote' | 'endnote' | 'comment' | 'title' | 'subject' | 'keywords' | 'fonttbl' | 'skip';

interface Group {
  dest: Dest;
  uc: number;
  codepage: string;
}

/** Destinations whose text is not document text (tables of fonts, pictures, field codes, bookmarks …). */
const SKIP = new Set(
  'colortbl stylesheet listtable listoverridetable revtbl rsidtbl generator pict object objdata themedata colorschememapping datastore latentstyles xmlnstbl mmathPr fldinst pgdsctbl userprops bkmkstart bkmkend atnid atnauthor atndate atnref atrfstart atrfend atnparent ftnsep ftnsepc aftnsep aftnsepc docvar xe tc falt panose fname nonshppict sp sn sv shpinst template filetbl author operator company manager comment doccomm hlinkbase category creatim revtim printim buptim password passwordhash protusertbl wgrffmtfilter fchars lchars listpicture'.split(
    ' ',
  ),
);
const HEADER_FOOTER = /^(header|footer)[lrf]?$/;
/** Windows font charsets of East Asian fonts, to the code page their \'xx bytes are in. */
const CHARSET: Record<number, string> = { 128: 'cp932', 129: 'cp949', 134: 'gbk', 136: 'big5' };
const MAX_DEPTH = 10_000;

/**
 * RTF, as Word, WordPad and LibreOffice write it: body paragraphs and tables, headers and footers,
 * footnotes and comments (\annotation), title/subject/keywords. Text in \'xx escapes is decoded in
 * the document's code page (\ansicpg932: Shift_JIS) or its font's charset; \uN is Unicode, with
 * its \ucN fallback characters skipped.
 */
export function extractRtf(data: Uint8Array, limits: ExtractLimits): Extracted {
  const src = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  if (!src.startsWith('{\\rtf')) throw new ExtractError('CORRUPT', 'no {\\rtf header: not an RTF file');
  const sink = new TextSink(limits.maxTextChars);
  const asides: Aside[] = [];
  const properties: Record<string, string> = {};
  const tables: Table[] = [];
  const fonts = new Map<number, string>();
  let docCodepage = 'cp1252';
  const stack: Group[] = [];
  let group: Group = { dest: 'body', uc: 1, codepage: '' };
  let pending: number[] = [];
  // Text is kept per destination: a footnote in the middle of a paragraph must not end it.
  const buffers = new Map<Dest, string>();
  const take = (dest: Dest) => {
    const t = buffers.get(dest) ?? '';
    buffers.delete(dest);
    return t;
  };
  const lines: Record<'header_footer' | 'footnote' | 'endnote' | 'comment', string[]> = {
    header_footer: [],
    footnote: [],
    endnote: [],
    comment: [],
  };
  let cells: string[] = [];
  let rows: string[][] = [];
  let inTable = false;
  let skipChars = 0;
  let fontNumber = -1;
  let starred = false;

  const append = (s: string) => buffers.set(group.dest, (buffers.get(group.dest) ?? '') + s);
  const flushBytes = () => {
    if (pending.length === 0) return;
    append(iconv.decode(Buffer.from(pending), group.codepage || docCodepage));
    pending = [];
  };
  const emit = (s: string) => {
    flushBytes();
    append(s);
  };
  const endTable = () => {
    if (rows.length > 0) tables.push({ rows, headerRow: guessHeaderRow(rows) });
    rows = [];
  };
  const endParagraph = (dest: Dest = group.dest) => {
    flushBytes();
    if (dest === 'body' && inTable) {
      append(' ');
      return;
    }
    const line = take(dest).replace(/\s+$/u, '');
    if (dest === 'body') {
      endTable();
      sink.push(line);
    } else if (dest in lines && line.trim()) {
      // Writers repeat headers and footers for left, right and first pages: keep each text once.
      const list = lines[dest as keyof typeof lines];
      if (dest !== 'header_footer' || !list.includes(line.trim())) list.push(line.trim());
    } else if (dest === 'title' || dest === 'subject' || dest === 'keywords') {
      if (line.trim()) properties[dest] = line.trim().slice(0, 500);
    }
  };
  const leaveGroup = () => {
    flushBytes();
    const inner = group.dest;
    group = stack.pop() ?? { dest: 'body', uc: 1, codepage: '' };
    if (inner !== group.dest && inner !== 'skip' && inner !== 'fonttbl' && inner !== 'body') endParagraph(inner);
  };

  const control = (word: string, param: number | undefined) => {
    const ignorable = starred;
    starred = false;
    if (group.dest === 'skip') return;
    if (group.dest === 'fonttbl') {
      if (word === 'f' && param !== undefined) fontNumber = param;
      else if (word === 'fcharset' && param !== undefined && CHARSET[param]) fonts.set(fontNumber, CHARSET[param]!);
      return;
    }
    // {\*\word …} is a destination a reader may skip; LibreOffice writes footnotes and comments that way.
    if (ignorable && word !== 'footnote' && word !== 'annotation') {
      flushBytes();
      group.dest = 'skip';
      return;
    }
    if (SKIP.has(word)) group.dest = 'skip';
    else if (word === 'fonttbl') group.dest = 'fonttbl';
    else if (HEADER_FOOTER.test(word)) group.dest = 'header_footer';
    else if (word === 'footnote') group.dest = 'footnote';
    else if (word === 'ftnalt' && group.dest === 'footnote') group.dest = 'endnote';
    else if (word === 'annotation') group.dest = 'comment';
    else if (word === 'title' || word === 'subject' || word === 'keywords') group.dest = word;
    else if (word === 'info') group.dest = 'skip';
    else if (word === 'ansicpg' && param !== undefined) docCodepage = `cp${param}`;
    else if (word === 'f' && param !== undefined) {
      flushBytes();
      group.codepage = fonts.get(param) ?? '';
    } else if (word === 'uc' && param !== undefined) group.uc = param;
    else if (word === 'u' && param !== undefined) {
      emit(String.fromCharCode(param < 0 ? param + 65536 : param));
      skipChars = group.uc;
    } else if (word === 'par' || word === 'line' || word === 'sect' || word === 'page') endParagraph();
    else if (word === 'tab') emit('\t');
    else if (word === 'intbl' && group.dest === 'body') inTable = true;
    else if (word === 'pard' && group.dest === 'body') inTable = false;
    else if (word === 'cell' || word === 'nestcell') {
      flushBytes();
      if (group.dest === 'body')
        cells.push(
          take('body')
            .replace(/[ \t\r\n]+/g, ' ')
            .trim(),
        );
      else append('\t');
    } else if (word === 'row' || word === 'nestrow') {
      if (group.dest === 'body') {
        if (cells.length > 0) {
          rows.push(cells);
          sink.push(cells.join('\t'));
        }
        cells = [];
        inTable = false;
      } else endParagraph();
    }
  };

  // Registers the info sub-destinations even though \info itself is skipped.
  const infoDest = (word: string) => word === 'title' || word === 'subject' || word === 'keywords';
  let i = 0;
  let inInfo = -1;
  while (i < src.length && !sink.truncated) {
    const ch = src[i]!;
    if (ch === '{') {
      flushBytes();
      if (stack.length >= MAX_DEPTH) throw new ExtractError('CORRUPT', `RTF groups nested deeper than ${MAX_DEPTH}`);
      stack.push(group);
      group = { ...group };
      skipChars = 0;
      i++;
    } else if (ch === '}') {
      if (inInfo === stack.length) inInfo = -1;
      leaveGroup();
      skipChars = 0;
      i++;
    } else if (ch === '\\') {
      const next = src[i + 1] ?? '';
      if (next === "'") {
        const byte = Number.parseInt(src.slice(i + 2, i + 4), 16);
        i += 4;
        if (skipChars > 0) skipChars--;
        else if (Number.isFinite(byte) && group.dest !== 'skip' && group.dest !== 'fonttbl') pending.push(byte);
      } else if (/[a-zA-Z]/.test(next)) {
        const m = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(src.slice(i + 1, i + 50))!;
        i += 1 + m[0].length;
        const word = m[1]!;
        const param = m[2] === undefined ? undefined : Number(m[2]);
        if (word === 'bin' && param !== undefined && param > 0) {
          i += param;
          continue;
        }
        if (skipChars > 0 && word !== 'u') {
          skipChars--;
          continue;
        }
        if (word === 'info') inInfo = stack.length;
        if (inInfo >= 0 && group.dest === 'skip' && infoDest(word) && stack.length > inInfo) {
          starred = false;
          group.dest = word as Dest;
        } else control(word, param);
      } else {
        i += 2;
        if (next === '*') starred = true;
        else if (skipChars > 0) skipChars--;
        else if (group.dest === 'skip' || group.dest === 'fonttbl') continue;
        else if (next === '~') emit(' ');
        else if (next === '_') emit('-');
        else if (next === '\\' || next === '{' || next === '}') emit(next);
        else if (next === '\n' || next === '\r') endParagraph();
      }
    } else {
      i++;
      if (ch === '\r' || ch === '\n') continue;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (group.dest === 'skip') continue;
      if (group.dest === 'fonttbl') continue;
      const code = ch.charCodeAt(0);
      if (code >= 0x80) pending.push(code);
      else emit(ch);
    }
  }
  flushBytes();
  inTable = false;
  endParagraph('body');
  if (cells.length > 0) rows.push(cells);
  endTable();
  const headerFooter = lines.header_footer;
  for (const kind of ['header_footer', 'footnote', 'endnote', 'comment'] as const)
    for (const line of lines[kind]) asides.push({ kind, where: '本文', text: line });
  for (const aside of asides) sink.push(aside.text);
  return {
    format: 'rtf',
    text: sink.text(),
    headings: properties.title ? [properties.title] : [],
    tables,
    properties,
    headerFooter,
    labels: [],
    truncated: sink.truncated,
    asides,
  };
}
