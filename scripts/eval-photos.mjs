// npm run eval:photos: how well OCR copes with phone photos. Takes the class Ⅰ・Ⅱ images (jpg, png)
// of the development scan corpora, distorts each the way a phone photo is (tilted 8° and 15°, lit
// unevenly, small, blurred; deterministic, with sharp), inspects every one and prints, per
// distortion, how many are still found as Ⅰ or Ⅱ, and the OCR seconds they took. Not a test: it
// prints figures for docs/scanning.md. Uses dist/ (npm run build first).
//
//   npm run eval:photos                    the dev corpora (blind-1a … blind-6)
//   npm run eval:photos -- --misses        and each file not found, per distortion
//   EVAL_PHOTOS_JOBS=1 npm run eval:photos one inspection at a time (default 2)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEV = ['blind-1a', 'blind-1b', 'blind-2', 'blind-3', 'blind-4', 'blind-5', 'blind-6'];
const showMisses = process.argv.includes('--misses');
const JOBS = Number(process.env.EVAL_PHOTOS_JOBS ?? 2);
const POSITIVE = new Set(['I', 'II']);

const { inspectBuffer } = await import(join(ROOT, 'dist/inspect/index.js'));
const { getPack } = await import(join(ROOT, 'dist/policy/index.js'));
const pack = getPack('kumamoto');

/** A brightness gradient from full light on the left to 45 % on the right, multiplied in. */
async function shade(img) {
  const { width, height } = await img.metadata();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="0.3">
    <stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#737373"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  return img.composite([{ input: Buffer.from(svg), blend: 'multiply' }]);
}

const WHITE = { r: 255, g: 255, b: 255 };
/** Each distortion, from the file's bytes to a JPEG like a phone's. */
const DISTORTIONS = {
  original: null,
  rot8: (img) => img.rotate(8, { background: WHITE }),
  rot15: (img) => img.rotate(15, { background: WHITE }),
  shade,
  small: async (img) => img.resize({ width: Math.round((await img.metadata()).width * 0.4) }),
  blur: (img) => img.blur(2),
};

async function distort(data, name) {
  const make = DISTORTIONS[name];
  if (!make) return data;
  const img = await make(sharp(data).flatten({ background: WHITE }));
  return (
    await sharp(await img.toBuffer())
      .jpeg({ quality: 90 })
      .toBuffer()
  ).valueOf();
}

const files = [];
for (const corpus of DEV) {
  const dir = join(ROOT, 'eval/scan', corpus);
  for (const line of readFileSync(join(dir, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const label = JSON.parse(line);
    if (POSITIVE.has(label.class) && /\.(jpe?g|png)$/i.test(label.path))
      files.push({ corpus, path: label.path, file: join(dir, 'files', label.path), label: label.class });
  }
}

const jobs = [];
for (const f of files) for (const d of Object.keys(DISTORTIONS)) jobs.push({ ...f, distortion: d });
const results = new Array(jobs.length);
let next = 0;
const started = performance.now();
async function worker() {
  while (next < jobs.length) {
    const i = next++;
    const job = jobs[i];
    const data = await distort(readFileSync(job.file), job.distortion);
    const name = job.path
      .split('/')
      .at(-1)
      .replace(/\.\w+$/, job.distortion === 'original' ? '$&' : '.jpg');
    const out = await inspectBuffer(pack, data, name, job.path);
    results[i] = { ...job, got: out.class ?? '-', ms: out.ocr?.ms ?? 0, status: out.status };
  }
}
await Promise.all(Array.from({ length: JOBS }, worker));

console.log(`${files.length} class Ⅰ・Ⅱ images of the dev corpora (${DEV.join(', ')})\n`);
console.log('distortion  found      OCR s (mean)  OCR s (total)');
for (const d of Object.keys(DISTORTIONS)) {
  const rows = results.filter((r) => r.distortion === d);
  const found = rows.filter((r) => POSITIVE.has(r.got)).length;
  const ms = rows.reduce((s, r) => s + r.ms, 0);
  console.log(
    `${d.padEnd(11)} ${`${found}/${rows.length}`.padEnd(10)} ${(ms / 1000 / rows.length).toFixed(2).padStart(12)}  ${(ms / 1000).toFixed(1).padStart(13)}`,
  );
  if (showMisses)
    for (const r of rows.filter((r) => !POSITIVE.has(r.got)))
      console.log(`    ${r.label} → ${r.got} ${r.status} ${r.corpus}/${r.path}`);
}
const all = results.filter((r) => r.distortion !== 'original');
const found = all.filter((r) => POSITIVE.has(r.got)).length;
console.log(`\ndistorted, all: ${found}/${all.length}; wall ${((performance.now() - started) / 1000).toFixed(0)} s`);
