import { median, type OcrPage, tsvRows } from './ocr-layout.js';

/** An empty box this share of the page wide spans a form's row (not a stamp or a photo). */
const MIN_ROW_WIDTH = 0.5;
/** An empty box at least this many word heights tall holds a row (a ruled line is a few pixels). */
const MIN_ROW_HEIGHT = 1.2;
/** An empty box this share of the page tall or more is the page's frame, not a row. */
const MAX_ROW_HEIGHT = 0.3;

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** tesseract's TSV as the page, its blocks, the blocks that hold a word, and the words' heights. */
function readBlocks(tsv: string): { page: Box | null; blocks: Map<string, Box>; written: Set<string>; heights: number[] } {
  let page: Box | null = null;
  const blocks = new Map<string, Box>();
  const written = new Set<string>();
  const heights: number[] = [];
  for (const row of tsvRows(tsv)) {
    const key = `${row.path[0]}/${row.path[1]}`;
    if (row.level === '1') page = row;
    else if (row.level === '2') blocks.set(key, row);
    else if (row.level === '5' && row.text) {
      written.add(key);
      heights.push(row.height);
    }
  }
  return { page, blocks, written, heights };
}

/**
 * Whether tesseract's default reading (page segmentation 3) left a ruled row unread: a block with
 * no word in it (a 'picture' to tesseract) spanning most of the page's width and a line or more
 * tall. A filled form's rows are often taken so, and their handwriting or print is lost.
 */
export function leftRowsUnread(tsv: string): boolean {
  const { page, blocks, written, heights } = readBlocks(tsv);
  if (!page || page.width <= 0 || heights.length === 0) return false;
  const h = median(heights);
  for (const [key, box] of blocks) {
    if (written.has(key)) continue;
    if (box.width >= page.width * MIN_ROW_WIDTH && box.height >= h * MIN_ROW_HEIGHT && box.height < page.height * MAX_ROW_HEIGHT)
      return true;
  }
  return false;
}

/** An empty box this share of the page's area or more may hold text the reading lost (a chat bubble, a lit patch). */
const MIN_UNREAD_AREA = 0.1;
/** An empty box this share of the page's area or more is the page itself or its frame. */
const MAX_UNREAD_AREA = 0.8;

/**
 * Whether the reading left a large area unread: a block with no word in it, a tenth of the page or
 * more and at least two lines tall. Tesseract takes a patch it cannot threshold (white text
 * bubbles on a coloured screen, the shaded side of a photo) for a picture, however sure it is of
 * the rest: the reading's confidence does not show the loss, its empty blocks do.
 */
export function leftAreaUnread(tsv: string): boolean {
  const { page, blocks, written, heights } = readBlocks(tsv);
  if (!page || page.width <= 0 || page.height <= 0 || heights.length === 0) return false;
  const pageArea = page.width * page.height;
  const h = median(heights);
  for (const [key, box] of blocks) {
    if (written.has(key) || box.height < h * 2) continue;
    const share = (box.width * box.height) / pageArea;
    if (share >= MIN_UNREAD_AREA && share < MAX_UNREAD_AREA) return true;
  }
  return false;
}

/**
 * The default reading's lines with what a second reading (rows rebuilt from page segmentation 4)
 * adds: its lines not already read (a row's label joined to its value, 「保護者氏名：森下 彩」), and
 * its tables. The default reading stays first and whole, so nothing it read is lost.
 */
export function mergeReadings(lines: string[], rows: OcrPage): OcrPage {
  const seen = lines.map((line) => line.replace(/\s+/g, '')).join('\n');
  const added = rows.lines.filter((line) => {
    const key = line.replace(/[\s：]+/g, '');
    return key.length > 0 && !seen.includes(key) && !seen.includes(line.replace(/\s+/g, ''));
  });
  return { lines: [...lines, ...added], tables: rows.tables };
}
