// Draws the Teams app icons in manifest/ from SVG with Debian's Chromium (no browser download):
//   node scripts/draw-icons.mjs
// color.png 192×192: a white shield with 守 on a deep teal-to-blue field (full bleed; Teams rounds it).
// outline.png 32×32: the same shield with a check mark, white on a transparent background.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SHIELD = 'M96 28 L150 46 V92 C150 127 127 150 96 164 C65 150 42 127 42 92 V46 Z';

const COLOR = `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">
  <defs>
    <linearGradient id="field" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0f766e"/>
      <stop offset="1" stop-color="#12355b"/>
    </linearGradient>
  </defs>
  <rect width="192" height="192" fill="url(#field)"/>
  <path d="${SHIELD}" fill="#ffffff"/>
  <text x="96" y="100" text-anchor="middle" dominant-baseline="central" fill="#12355b"
    font-family="Noto Sans CJK JP" font-weight="700" font-size="72">守</text>
</svg>`;

// Drawn on the 192 grid and scaled down, so both icons share one shape.
const OUTLINE = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="24 16 144 160">
  <path d="${SHIELD}" fill="none" stroke="#ffffff" stroke-width="14" stroke-linejoin="round"/>
  <path d="M70 94 L89 113 L123 77" fill="none" stroke="#ffffff" stroke-width="16"
    stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const [file, svg, size, transparent] of [
    ['color.png', COLOR, 192, false],
    ['outline.png', OUTLINE, 32, true],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: size, height: size }, omitBackground: transparent });
    writeFileSync(new URL(`../manifest/${file}`, import.meta.url), png);
    console.log(`manifest/${file}: ${size}×${size}, ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
