import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { removeRuling } from '../../extract/ocr/ocr-derule.js';
import { inspectBuffer } from '../../inspect/index.js';
import { getPack } from '../../policy/index.js';

/**
 * A photographed ruled table read with its ruling taken out (ocr-derule): the lines made white,
 * the letters kept, and a phone photo of a filled 出席簿 read as rows of names and marks.
 * Real parts: sharp, tesseract, the classifier.
 */

/** A grey page: a grid of `rows` × `columns` cells 40 pixels apart, and a small dark square (a letter) in each. */
function gridPage(rows: number, columns: number) {
  const [width, height] = [columns * 40 + 21, rows * 40 + 21];
  const data = new Uint8Array(width * height).fill(240);
  const dark = (x: number, y: number) => {
    data[y * width + x] = 20;
  };
  for (let r = 0; r <= rows; r++) for (let x = 10; x <= 10 + columns * 40; x++) dark(x, 10 + r * 40);
  for (let c = 0; c <= columns; c++) for (let y = 10; y <= 10 + rows * 40; y++) dark(10 + c * 40, y);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++)
      for (let dy = 0; dy < 12; dy++) for (let dx = 0; dx < 12; dx++) dark(24 + c * 40 + dx, 24 + r * 40 + dy);
  return { data, width, height };
}

describe('removeRuling', () => {
  it('makes the grid white and keeps what is written in its cells', () => {
    const page = gridPage(6, 8);
    const out = removeRuling(page);
    expect(out).not.toBeNull();
    // A point on a ruled line across, and one on a line down, are white now…
    expect(out![10 * page.width + 100]).toBe(255);
    expect(out![100 * page.width + 10]).toBe(255);
    // …and a letter inside a cell is as dark as it was.
    expect(out![(24 + 40 + 5) * page.width + 24 + 80 + 5]).toBe(20);
  });

  it('leaves a page without a grid alone (a letter, underlines)', () => {
    const page = gridPage(1, 8);
    expect(removeRuling(page)).toBeNull();
    expect(removeRuling({ data: new Uint8Array(300 * 200).fill(250), width: 300, height: 200 })).toBeNull();
  });
});

const NAMES = [
  '松本 芽依',
  '江口 さくら',
  '松本 陸',
  '古閑 湊',
  '永田 颯太',
  '古閑 結菜',
  '吉田 美咲',
  '本田 さくら',
  '岩永 葵',
  '井上 莉子',
  '西村 美咲',
  '増永 瑛太',
];
const MARKS = ['欠', '遅', '', '', '早', '', '欠', '', ''];

/** A filled 出席簿 of twelve pupils × nine days, ruled tightly, lit from one side and photographed 2° askew. */
async function attendancePhoto(): Promise<Buffer> {
  const [days, x0, y0, rowH, dayW, nameW] = [9, 60, 120, 42, 60, 180];
  const xs = [x0, x0 + 60, x0 + 60 + nameW, ...Array.from({ length: days }, (_, i) => x0 + 60 + nameW + (i + 1) * dayW)];
  const [width, height] = [xs.at(-1)! + 60, y0 + (NAMES.length + 1) * rowH + 80];
  const text = (x: number, y: number, s: string, size = 24) =>
    `<text x="${x}" y="${y}" font-family="Noto Serif CJK JP" font-size="${size}">${s}</text>`;
  let body = text(x0, 80, '出席簿 2年1組 6月', 32);
  ['番', '氏名', ...Array.from({ length: days }, (_, i) => `${i + 1}`)].forEach((h, i) => {
    body += text(xs[i]! + 6, y0 + 30, h);
  });
  NAMES.forEach((name, r) => {
    const y = y0 + (r + 1) * rowH + 30;
    body += text(xs[0]! + 6, y, `${r + 1}`) + text(xs[1]! + 6, y, name);
    for (let d = 0; d < days; d++) {
      const mark = MARKS[(r * 7 + d * 3) % MARKS.length];
      if (mark) body += text(xs[2 + d]! + 16, y, mark);
    }
  });
  for (let r = 0; r <= NAMES.length + 1; r++)
    body += `<line x1="${x0}" y1="${y0 + r * rowH}" x2="${xs.at(-1)}" y2="${y0 + r * rowH}" stroke="#111" stroke-width="2.5"/>`;
  for (const x of xs)
    body += `<line x1="${x}" y1="${y0}" x2="${x}" y2="${y0 + (NAMES.length + 1) * rowH}" stroke="#111" stroke-width="2.5"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f4f1ea"/>${body}
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="0.2"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.25"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  return sharp(Buffer.from(svg))
    .rotate(2, { background: { r: 120, g: 110, b: 100 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

describe('a phone photo of a filled, ruled 出席簿', () => {
  it('is read as rows of names and marks once its ruling is taken out: class Ⅰ', async () => {
    const r = await inspectBuffer(getPack('kumamoto'), await attendancePhoto(), 'IMG_0001.jpg', 'IMG_0001.jpg');
    expect(r).toMatchObject({ violation: true, class: 'I' });
  }, 180_000);
});
