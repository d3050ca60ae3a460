// npm run eval:scan: scans the frozen corpora in eval/scan/ (school files written blind, from the
// seeds' 第2表 and a list of styles, by writers who did not read the classifier) and scores the
// classes found against the labels. Not a test: it prints the figures for the README.
//
//   npm run eval:scan                        every corpus
//   npm run eval:scan -- eval/scan/blind-1a  one corpus
//   npm run eval:scan -- --misses            and every file missed or wrongly flagged, with reasons
//   npm run eval:scan -- --json out.json     and the per-file results as JSON
//
// A corpus named in eval/scan/HELD-OUT (or in a HELD-OUT file beside it) is the test set: only its tables are printed (no misses,
// no JSON rows), so nobody tunes on its files by accident. `--open-held-out` shows it like the
// others, for when the work is done and its misses are read on purpose.
//
// Positive = class Ⅰ or Ⅱ (what 2-2(7)⑤ keeps out of the cloud). Recall: of the labelled Ⅰ・Ⅱ files,
// how many the scan reports as Ⅰ or Ⅱ. Precision: of the files it reports as Ⅰ・Ⅱ, how many are.
// Dangerous, counted apart: a class Ⅰ file reported as Ⅲ, Ⅳ, or with no class.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heldOutNames } from './lib/held-out.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const openHeldOut = args.includes('--open-held-out');
const named = args.filter((a) => !a.startsWith('--') && a !== jsonOut);
/** Rows whose files may be shown: none of a held-out corpus unless opened on purpose. */
const showable = (rows) => (openHeldOut ? rows : rows.filter((r) => !heldOut.has(r.corpus)));
const corpora =
  named.length > 0
    ? named
    : readdirSync(join(ROOT, 'eval/scan'))
        .filter((d) => existsSync(join(ROOT, 'eval/scan', d, 'labels.jsonl')))
        .sort()
        .map((d) => join(ROOT, 'eval/scan', d));
const heldOut = heldOutNames(join(ROOT, 'eval/scan/HELD-OUT'), corpora);

/** The writers named the same styles differently; their labels stay as written. */
const STYLE = {
  'filled-in vs blank forms': 'forms',
  filled_form: 'forms',
  blank_form: 'forms',
  'format coverage': 'format_coverage',
  'hidden content': 'hidden_content',
  'late sensitive part': 'late_page',
  'misleading names': 'misleading_name',
  'prose memos': 'prose_memo',
  'realistic names': 'realistic_names',
  'tables without a title': 'untitled_table',
  'title/content mismatch': 'title_content_mismatch',
};
const POSITIVE = new Set(['I', 'II']);
const CLASSES = ['I', 'II', 'III', 'IV', '-'];
const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

function scan(dir) {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/mamoru.js'), 'scan', '--source', `local:${join(dir, 'files')}`, '--jsonl'],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, MAMORU_DATA_DIR: join(ROOT, 'data', 'eval-scan') },
    },
  );
  if (!run.stdout) throw new Error(`mamoru scan failed: ${run.stderr}`);
  const byPath = new Map();
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const out = JSON.parse(line);
    if (out.path) byPath.set(out.path.normalize('NFC'), out);
  }
  return { byPath, seconds: (performance.now() - started) / 1000 };
}

function score(rows) {
  const pos = rows.filter((r) => POSITIVE.has(r.label));
  const flagged = rows.filter((r) => POSITIVE.has(r.got));
  const tp = pos.filter((r) => POSITIVE.has(r.got)).length;
  return {
    n: rows.length,
    positives: pos.length,
    recall: pct(tp, pos.length),
    precision: pct(tp, flagged.length),
    exact: pct(rows.filter((r) => r.label === r.got).length, rows.length),
    dangerous: rows.filter((r) => r.label === 'I' && !POSITIVE.has(r.got)).length,
    falseAlarms: flagged.length - tp,
  };
}

function line(name, s) {
  return [
    name.padEnd(24),
    String(s.n).padStart(4),
    String(s.positives).padStart(5),
    s.recall.padStart(7),
    s.precision.padStart(9),
    s.exact.padStart(7),
    String(s.dangerous).padStart(9),
    String(s.falseAlarms).padStart(6),
  ].join('  ');
}
const HEAD = ['', '   n', '  Ⅰ・Ⅱ', ' recall', 'precision', '  exact', 'Ⅰ passed', ' false'].join('  ');

function table(title, rows, key) {
  console.log(`\n${title}`);
  console.log(`${'by '.concat(key).padEnd(24)}${HEAD}`);
  for (const value of [...new Set(rows.map((r) => r[key]))].sort())
    console.log(line(value, score(rows.filter((r) => r[key] === value))));
  console.log(line('all', score(rows)));
}

function confusion(rows) {
  console.log('\nconfusion (rows: labelled, columns: found; - = no class)');
  console.log(`      ${CLASSES.map((c) => c.padStart(5)).join('')}`);
  for (const label of CLASSES.slice(0, 4)) {
    const counts = CLASSES.map((c) => rows.filter((r) => r.label === label && r.got === c).length);
    console.log(`${label.padEnd(6)}${counts.map((n) => String(n).padStart(5)).join('')}`);
  }
}

const all = [];
for (const dir of corpora) {
  const name = dir.split('/').pop();
  const labels = readFileSync(join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const { byPath, seconds } = scan(dir);
  const rows = labels.map((l) => {
    const out = byPath.get(l.path.normalize('NFC'));
    return {
      corpus: name,
      path: l.path,
      label: l.class,
      got: out?.class ?? '-',
      status: out?.status ?? 'missing',
      style: STYLE[l.style] ?? l.style,
      format: l.format,
      item: l.item,
      why: l.why,
      reasons: out?.reasons ?? [],
    };
  });
  console.log(`\n== ${name}: ${rows.length} files scanned in ${seconds.toFixed(1)} s`);
  table(`${name} by style`, rows, 'style');
  table(`${name} by format`, rows, 'format');
  confusion(rows);
  all.push(...rows);
}
if (corpora.length > 1) {
  console.log('\n== all corpora');
  console.log(`${''.padEnd(24)}${HEAD}`);
  for (const c of [...new Set(all.map((r) => r.corpus))]) console.log(line(c, score(all.filter((r) => r.corpus === c))));
  console.log(line('all', score(all)));
  confusion(all);
}
if (showMisses) {
  console.log('\nmissed (Ⅰ・Ⅱ found as lower or none) and false alarms (Ⅲ・Ⅳ found as Ⅰ・Ⅱ):');
  const wrong = all.filter((x) => POSITIVE.has(x.label) !== POSITIVE.has(x.got));
  for (const r of showable(wrong)) {
    console.log(
      `  [${r.corpus}] ${r.path} (${r.format}, ${r.style})\n    label ${r.label} ${r.item}: ${r.why}\n    found ${r.got} (${r.status}): ${r.reasons.slice(0, 3).join(' / ')}`,
    );
  }
  const hidden = wrong.length - showable(wrong).length;
  if (hidden > 0) console.log(`  (${hidden} in a held-out corpus, not shown: eval/scan/HELD-OUT)`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(showable(all), null, 1));
