// npm run bench:scan: how fast mamoru scans. Not a test: it prints figures for the README.
//   1. `scanFolder` on ≥ 2,000 generated school documents, all cores (files/s, MB/s of extracted text)
//   2. the classifier alone on the same extracted text, one core (MB/s of UTF-8 text)
//   3. ripgrep matching the same detector patterns over the same text, as a reference
// The corpus generator is TypeScript (test/helpers/corpus*.ts): it is compiled here first.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'node_modules/.cache/mamoru-bench');
const PER_KIND = Number(process.env.BENCH_PER_KIND ?? 50);
const PDF_PER_KIND = Number(process.env.BENCH_PDF_PER_KIND ?? 10);

execFileSync(
  process.execPath,
  [
    join(ROOT, 'node_modules/typescript/bin/tsc'),
    '--outDir',
    OUT,
    '--rootDir',
    join(ROOT, 'test/helpers'),
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--skipLibCheck',
    '--types',
    'node',
    '--esModuleInterop',
    '--ignoreConfig',
    join(ROOT, 'test/helpers/corpus.ts'),
    join(ROOT, 'test/helpers/corpus-broken.ts'),
  ],
  { stdio: 'inherit' },
);
const { generateCorpus } = await import(pathToFileURL(join(OUT, 'corpus.js')).href);
const { getPack, classifyDocument } = await import('../dist/policy/index.js');
const { scanFolder } = await import('../dist/scan/index.js');
const { extractBuffer } = await import('../dist/extract/index.js');

const pack = getPack('kumamoto');
const dir = mkdtempSync(join(tmpdir(), 'mamoru-bench-'));
const mb = (bytes) => bytes / 1024 / 1024;
try {
  let t = performance.now();
  const corpus = await generateCorpus(dir, { perKind: PER_KIND, pdfPerKind: PDF_PER_KIND, seed: 1 });
  const fileBytes = corpus.reduce((n, f) => n + f.bytes, 0);
  console.log(
    `corpus: ${corpus.length} files, ${mb(fileBytes).toFixed(1)} MB on disk (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );

  // 1. the scan, all cores
  t = performance.now();
  const record = await scanFolder(pack, dir);
  const scanS = (performance.now() - t) / 1000;
  const chars = record.files.reduce((n, f) => n + (f.chars ?? 0), 0);
  console.log(
    `scan (${availableParallelism()} worker processes): ${record.files.length} files in ${scanS.toFixed(2)} s = ${(record.files.length / scanS).toFixed(0)} files/s, ${(mb(fileBytes) / scanS).toFixed(1)} MB/s of files, ${chars.toLocaleString()} chars of text extracted`,
  );

  // 2. the classifier alone, one core, on the extracted inputs
  const inputs = [];
  let textBytes = 0;
  for (const f of corpus) {
    const name = f.path.split('/').at(-1);
    const x = await extractBuffer(readFileSync(join(dir, f.path)), name);
    inputs.push({ name, ...x });
    textBytes += Buffer.byteLength(x.text);
  }
  for (const input of inputs.slice(0, 200)) classifyDocument(pack, input);
  let rounds = 0;
  t = performance.now();
  while (performance.now() - t < 3000) {
    for (const input of inputs) classifyDocument(pack, input);
    rounds++;
  }
  const clsS = (performance.now() - t) / 1000;
  console.log(
    `classifier alone (one core): ${(mb(textBytes * rounds) / clsS).toFixed(1)} MB/s of UTF-8 text (${mb(textBytes).toFixed(1)} MB × ${rounds} rounds), ${((inputs.length * rounds) / clsS).toFixed(0)} documents/s`,
  );

  // A large document: the per-core rate on long text (a 5 MB address list).
  const big = Array.from(
    { length: 60_000 },
    (_, i) =>
      `${i}\t山田　太郎\t熊本市中央区手取本町${i % 9}-${i % 30}\t090-${1000 + (i % 9000)}-${2000 + (i % 7000)}\t生年月日 平成${(i % 30) + 1}年4月2日`,
  ).join('\n');
  const bigInput = { name: 'Book1.xlsx', text: big, tables: [] };
  classifyDocument(pack, bigInput);
  t = performance.now();
  for (let i = 0; i < 3; i++) classifyDocument(pack, bigInput);
  console.log(
    `classifier alone, one ${mb(Buffer.byteLength(big)).toFixed(1)} MB text: ${((mb(Buffer.byteLength(big)) * 3) / ((performance.now() - t) / 1000)).toFixed(1)} MB/s`,
  );

  // 3. ripgrep over the same text with the same detector patterns
  const textDir = join(dir, '.texts');
  mkdirSync(textDir);
  inputs.forEach((input, i) => {
    writeFileSync(join(textDir, `${i}.txt`), input.text.normalize('NFKC'));
  });
  const patterns = [
    '0[5789]0[-‐‑–—−ー－ ]?\\d{4}[-‐‑–—−ー－ ]?\\d{4}',
    '0\\d{1,4}[-‐‑–—−ー－(]\\d{1,4}[-‐‑–—−ー－)]\\d{4}',
    '〒 ?\\d{3}[-‐‑–—−ー－]?\\d{4}',
    '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+',
    '(明治|大正|昭和|平成|令和|[MTSHR]) ?(\\d{1,2}|元) ?[年./] ?\\d{1,2} ?[月./] ?\\d{1,2}',
    '(19|20)\\d{2} ?[年/.-] ?\\d{1,2} ?[月/.-] ?\\d{1,2}',
    '\\d{4}[ -]?\\d{4}[ -]?\\d{4}',
  ];
  const rg = spawnSync('rg', ['--version']);
  if (rg.error) console.log('ripgrep: not installed (apt-get install -y ripgrep) — reference skipped');
  else {
    const args = ['-c', '--no-ignore', '--hidden', ...patterns.flatMap((p) => ['-e', p]), textDir];
    spawnSync('rg', args);
    t = performance.now();
    for (let i = 0; i < 5; i++) spawnSync('rg', args, { maxBuffer: 64 * 1024 * 1024 });
    const rgS = (performance.now() - t) / 1000 / 5;
    const rg1 = (() => {
      const s = performance.now();
      spawnSync('rg', ['-j1', ...args]);
      return (performance.now() - s) / 1000;
    })();
    writeFileSync(join(dir, 'big.txt'), big);
    const s = performance.now();
    spawnSync('rg', ['-c', ...patterns.flatMap((p) => ['-e', p]), join(dir, 'big.txt')]);
    const rgBig = (performance.now() - s) / 1000;
    console.log(
      `ripgrep ${rg.stdout.toString().split('\n')[0]} (same patterns, ${inputs.length} files): ${rgS.toFixed(3)} s all cores = ${(mb(textBytes) / rgS).toFixed(1)} MB/s; one thread ${(mb(textBytes) / rg1).toFixed(1)} MB/s; the ${mb(Buffer.byteLength(big)).toFixed(1)} MB text ${(mb(Buffer.byteLength(big)) / rgBig).toFixed(1)} MB/s (process start included)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
