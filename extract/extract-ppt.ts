import { ExtractError } from './errors.js';
import { CompoundFile } from './read-compound.js';
import { TextSink } from './text-sink.js';
import type { Aside, Extracted, ExtractLimits } from './types.js';

const T = {
  DOCUMENT: 0x03e8,
  SLIDE: 0x03ee,
  NOTES: 0x03f0,
  MAIN_MASTER: 0x03f8,
  HANDOUT: 0x0fc9,
  SLIDE_LIST_WITH_TEXT: 0x0ff0,
  TEXT_CHARS: 0x0fa0,
  TEXT_BYTES: 0x0fa8,
  CSTRING: 0x0fba,
  COMMENT10: 0x2ee0,
  CRYPT_SESSION: 0x2f14,
} as const;
const MAX_DEPTH = 32;

type Place = 'slide' | 'notes' | 'comment' | 'skip';

/**
 * PowerPoint 97–2003 (.ppt): the text of every slide (placeholders and text boxes), the speaker
 * notes and the comments, read from the records of the "PowerPoint Document" stream. Masters and
 * handouts (placeholder prompts) are skipped. A file with a password says ENCRYPTED.
 */
export function extractPpt(data: Uint8Array, limits: ExtractLimits): Extracted {
  const ole = new CompoundFile(data);
  if (ole.has('EncryptedSummary')) throw new ExtractError('ENCRYPTED', 'the presentation is protected by a password to open');
  const stream = ole.stream('PowerPoint Document');
  if (!stream) throw new ExtractError('CORRUPT', 'no "PowerPoint Document" stream: not a PowerPoint file');
  const sink = new TextSink(limits.maxTextChars);
  const asides: Aside[] = [];
  const headings: string[] = [];
  const seen = new Set<string>();
  let slide = 0;
  let slideFirst = false;
  const add = (place: Place, raw: string) => {
    for (const line of raw.split(/[\r\v\n]/)) {
      const text = line.trim();
      // "*" is a slide-number field; the same text is kept twice when PowerPoint stores an outline too.
      if (!text || text === '*' || sink.truncated) continue;
      const key = `${place}:${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (place === 'slide') {
        sink.push(text);
        if (slideFirst) headings.push(text);
        slideFirst = false;
      } else asides.push({ kind: place === 'notes' ? 'notes' : 'comment', where: slide ? `スライド${slide}` : '本文', text });
    }
  };
  const walk = (start: number, end: number, place: Place, depth: number) => {
    let at = start;
    while (at + 8 <= end) {
      const verInstance = stream.readUInt16LE(at);
      const type = stream.readUInt16LE(at + 2);
      const length = stream.readUInt32LE(at + 4);
      const body = at + 8;
      const stop = Math.min(end, body + length);
      if (type === T.CRYPT_SESSION) throw new ExtractError('ENCRYPTED', 'the presentation is protected by a password to open');
      if ((verInstance & 0x0f) === 0x0f) {
        if (depth >= MAX_DEPTH) throw new ExtractError('CORRUPT', `PowerPoint records nested deeper than ${MAX_DEPTH}`);
        let inner = place;
        if (type === T.MAIN_MASTER || type === T.HANDOUT) inner = 'skip';
        else if (type === T.NOTES) inner = 'notes';
        else if (type === T.COMMENT10) inner = 'comment';
        else if (type === T.SLIDE) {
          slide++;
          slideFirst = true;
        } else if (type === T.SLIDE_LIST_WITH_TEXT) inner = [`slide`, 'skip', 'notes'][verInstance >> 4] as Place;
        if (inner !== 'skip') walk(body, stop, inner, depth + 1);
      } else if (place !== 'skip' && place !== 'comment' && (type === T.TEXT_CHARS || type === T.TEXT_BYTES)) {
        add(place, stream.toString(type === T.TEXT_CHARS ? 'utf16le' : 'latin1', body, stop));
      } else if (place === 'comment' && type === T.CSTRING && verInstance >> 4 === 1) {
        add('comment', stream.toString('utf16le', body, stop));
      }
      at = body + length;
    }
  };
  walk(0, stream.length, 'slide', 0);
  for (const aside of asides) sink.push(aside.text);
  const properties = ole.summary();
  return {
    format: 'ppt',
    text: sink.text(),
    truncated: sink.truncated,
    headings,
    tables: [],
    properties,
    headerFooter: [],
    labels: [],
    asides,
  };
}
