// npm run bench:scan: how fast mamoru scans. Not a test: it prints figures for the README.
//   1. `scanFolder` on ≥ 2,000 generated school documents, all cores (files/s, MB/s of extracted text)
//   2. the classifier alone on the same extracted text, one core (MB/s of UTF-8 text)
//   3. ripgrep (PCRE2) over the same text with exactly the classifier's patterns — its personal-data
//      detectors (phone, postal code, address, e-mail, date, マイナンバー) as compiled, the catalog's
//      titles and signal words — counting every match, as a reference for raw matching speed
// The corpus generator is TypeScript (test/helpers/corpus*.ts): it is compiled here first.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';

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
const { compileClassifier } = await import('../dist/policy/classify/index.js');
const { scanFolder } = await import('../dist/scan/index.js');
const { extractBuffer } = await import('../dist/extract/index.js');

/** The personal-data detectors as the classifier compiles them (read from its module), by name. */
const DETECTORS = ['MOBILE', 'LANDLINE', 'POSTAL', 'ADDRESS', 'EMAIL', 'DATE', 'MY_NUMBER'];

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

  // 3. ripgrep over the same text with exactly the classifier's patterns, counting matches
  const textDir = join(dir, '.texts');
  mkdirSync(textDir);
  inputs.forEach((input, i) => {
    writeFileSync(join(textDir, `${i}.txt`), input.text.normalize('NFKC'));
  });
  const { patterns, missing } = classifierPatterns(pack);
  const rg = spawnSync('rg', ['--version']);
  if (rg.error) console.log('ripgrep: not installed (apt-get install -y ripgrep) — reference skipped');
  else {
    writeFileSync(join(dir, 'big.txt'), big);
    // Lookarounds need PCRE2 (-P); the rest (the detectors without them, the catalog's words) run
    // on ripgrep's own engine, which is much faster on long alternations: two runs, times added.
    const lookaround = (p) => /\(\?<?[!=]/.test(p);
    const sets = [
      { flags: ['-P'], patterns: patterns.filter(lookaround) },
      { flags: [], patterns: patterns.filter((p) => !lookaround(p)) },
    ].filter((set) => set.patterns.length > 0);
    sets.forEach((set, i) => {
      set.file = join(dir, `patterns-${i}.txt`);
      writeFileSync(set.file, `${set.patterns.join('\n')}\n`);
    });
    const matches = (out) =>
      out
        .toString()
        .split('\n')
        .filter(Boolean)
        .reduce((n, line) => n + Number(line.split(':').at(-1)), 0);
    /** Seconds and matches of ripgrep over `target`, every set of patterns, counting every match. */
    const search = (target, extra = []) => {
      let seconds = 0;
      let found = 0;
      for (const set of sets) {
        const started = performance.now();
        const run = spawnSync(
          'rg',
          [...extra, ...set.flags, '--count-matches', '--no-filename', '--no-ignore', '--hidden', '-f', set.file, target],
          { maxBuffer: 64 * 1024 * 1024 },
        );
        seconds += (performance.now() - started) / 1000;
        if (run.status !== 0 && run.status !== 1) console.log(`ripgrep failed: ${run.stderr}`);
        found += matches(run.stdout);
      }
      return { seconds, found };
    };
    const warm = search(textDir);
    let rgS = 0;
    for (let i = 0; i < 5; i++) rgS += search(textDir).seconds / 5;
    const one = search(textDir, ['-j1']);
    const bigRun = search(join(dir, 'big.txt'));
    console.log(
      `ripgrep ${rg.stdout.toString().split('\n')[0]} with exactly the classifier's ${patterns.length} patterns (${DETECTORS.length - missing.length} detectors, the catalog's titles and signal words; lookarounds with -P), counting every match: ${warm.found.toLocaleString()} matches in ${inputs.length} files, ${rgS.toFixed(3)} s all cores = ${(mb(textBytes) / rgS).toFixed(1)} MB/s; one thread ${(mb(textBytes) / one.seconds).toFixed(1)} MB/s; the ${mb(Buffer.byteLength(big)).toFixed(1)} MB text ${(mb(Buffer.byteLength(big)) / bigRun.seconds).toFixed(1)} MB/s, ${bigRun.found.toLocaleString()} matches (process starts included)`,
    );
    if (missing.length > 0) console.log(`  (detectors not found in the compiled classifier, left out: ${missing.join(', ')})`);
    // Each pattern alone on the large text: where ripgrep's time goes.
    const names = [...DETECTORS.filter((n) => !missing.includes(n)), 'catalog titles'];
    const each = patterns.map((pattern, i) => {
      const file = join(dir, `pattern-${i}.txt`);
      writeFileSync(file, `${pattern}\n`);
      const started = performance.now();
      const run = spawnSync('rg', [...(lookaround(pattern) ? ['-P'] : []), '--count-matches', '-f', file, join(dir, 'big.txt')]);
      const seconds = (performance.now() - started) / 1000;
      return `${names[i] ?? `signal words ${i - names.length + 1}`} ${(mb(Buffer.byteLength(big)) / seconds).toFixed(1)} MB/s (${matches(run.stdout).toLocaleString()})`;
    });
    console.log(`  each pattern alone on the ${mb(Buffer.byteLength(big)).toFixed(1)} MB text: ${each.join('; ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Exactly the classifier's patterns, as PCRE2 lines for `rg -P -f`: its detectors (the regular
 * expressions of detect-personal-data, evaluated from the compiled module, since they are not
 * exported), the catalog's titles (each item's names and synonyms) and its signal words.
 */
function classifierPatterns(pack) {
  const source = readFileSync(new URL('../dist/policy/classify/detect-personal-data.js', import.meta.url), 'utf8');
  const context = {};
  for (const line of source.split('\n')) {
    const m = /^const (DASH|[A-Z_]+) = (.*);$/.exec(line);
    if (m && (m[1] === 'DASH' || DETECTORS.includes(m[1]))) context[m[1]] = runInNewContext(m[2], context);
  }
  const pcre = (re) => `${re.flags.includes('i') ? '(?i)' : ''}${re.source}`;
  const patterns = DETECTORS.filter((name) => context[name]?.source !== undefined).map((name) => pcre(context[name]));
  const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const titles = new Set();
  for (const item of pack.items.values())
    for (const term of [...item.synonyms.ja, item.name.ja, ...item.synonyms.en]) titles.add(term.normalize('NFKC'));
  patterns.push(
    `(?i)(?:${[...titles]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|')})`,
  );
  for (const rule of compileClassifier(pack).rules) if (rule.words) patterns.push(pcre(rule.words));
  return { patterns: [...new Set(patterns)], missing: DETECTORS.filter((name) => context[name]?.source === undefined) };
}
