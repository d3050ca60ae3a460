// npm run bench:cloud: real cloud scans against the local fakes (devkit's FakeGraph and
// FakeDrive): a first run lists, downloads, classifies and records every file; a re-run with
// nothing changed only asks for changes. Prints files/s, calls per file (counted at the fake:
// Graph requests, and the pre-authenticated storage fetches apart) and calls per unchanged drive.
// Microsoft Graph runs as a user runs it: `mamoru scan --source graph` in its own process (local
// mode, SQLite), and with DATABASE_URL also `mamoru worker` × 1, 2 and 4 plus
// `mamoru scan --source graph --wait` (PostgreSQL, pg-boss), side by side. Google Drive runs in
// this process (its service-account auth cannot point a child process at a fake).
// Not a test: figures for the README. The fakes answer from memory on this machine, with
// BENCH_LATENCY_MS (default 20) before each download's first byte as the cloud's latency.
//   BENCH_DRIVES (100: 60 OneDrives + 40 libraries), BENCH_FILES_PER_DRIVE (110), BENCH_HUGE (4000),
//   BENCH_WORKERS (1,2,4), BENCH_GOOGLE (1: also Google Drive), npm run build first.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist/bench-helpers');
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const DRIVES = env('BENCH_DRIVES', 100);
const PER_DRIVE = env('BENCH_FILES_PER_DRIVE', 110);
const HUGE = env('BENCH_HUGE', 4000);
const LATENCY = env('BENCH_LATENCY_MS', 20);
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const DATABASE_URL = process.env.DATABASE_URL;

// The corpus generator is a TypeScript test helper: compiled once (tsc 7, ~2 s).
execFileSync(
  process.execPath,
  [
    join(ROOT, 'node_modules/typescript/bin/tsc'),
    ...['--ignoreConfig', '--outDir', OUT, '--rootDir', join(ROOT, 'test/helpers'), '--module', 'nodenext'],
    ...['--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--esModuleInterop'],
    join(ROOT, 'test/helpers/corpus.ts'),
  ],
  { stdio: 'inherit' },
);
const load = (path) => import(pathToFileURL(join(OUT, path)).href);
const { generateCorpus } = await load('corpus.js');
const { FakeDrive, fakeGoogleAuth, FakeGraph, FAKE_GRAPH_TOKEN } = await import('../dist/devkit/index.js');
const { createGoogleConnector, graphUnits } = await import('../dist/connectors/index.js');
const { runCloudScan } = await import('../dist/scan/cloud/index.js');
const { openStore } = await import('../dist/store/index.js');
const { getPack } = await import('../dist/policy/index.js');

// File contents: a pool of generated school documents (docx, xlsx, pptx, pdf, csv, txt; about a
// fifth class Ⅰ or Ⅱ), given out in turn, each file under a name of its own.
const poolDir = mkdtempSync(join(tmpdir(), 'mamoru-bench-pool-'));
const corpus = await generateCorpus(poolDir, { perKind: 3, pdfPerKind: 1, seed: 7 });
const pool = corpus.map((f) => ({ name: basename(f.path), content: readFileSync(join(poolDir, f.path)), cls: f.expected }));
rmSync(poolDir, { recursive: true, force: true });
const fileOf = (drive, i) => {
  const p = pool[(drive * 7919 + i) % pool.length];
  const ext = extname(p.name);
  return { name: `${basename(p.name, ext)}-${drive}-${i}${ext}`, folder: `Class ${i % 5}`, content: p.content };
};
const mb = pool.reduce((n, p) => n + p.content.length, 0) / pool.length / 1e6;
console.log(
  `pool: ${pool.length} generated documents (mean ${(mb * 1000).toFixed(0)} kB), ${pool.filter((p) => p.cls === 'I' || p.cls === 'II').length} of them class Ⅰ・Ⅱ; download latency ${LATENCY} ms`,
);

/**
 * CPU time of this process's children that have ended (utime + stime of every process it waited
 * for, and of theirs: the scan processes and their inspection workers), from /proc: Linux only.
 * Unlike files/s, it barely moves with what else the machine runs.
 */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, in ticks of 10 ms
  } catch {
    return Number.NaN;
  }
}

/** Runs `mamoru …` in its own process; resolves with the wall time and its output. */
function mamoru(args, extraEnv) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/mamoru.js', ...args], { cwd: ROOT, env: { ...process.env, ...extraEnv } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, seconds: (performance.now() - started) / 1000, out }));
  });
}

function startWorker(extraEnv) {
  const child = spawn(process.execPath, ['bin/mamoru.js', 'worker'], {
    cwd: ROOT,
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let said = '';
  const ready = new Promise((resolve, reject) => {
    // A worker that cannot start says why, and the benchmark stops instead of waiting for it.
    const timer = setTimeout(() => reject(new Error(`mamoru worker not ready after 120 s:\n${said}`)), 120_000);
    child.stderr.on('data', (d) => {
      said = (said + d).slice(-4000);
      if (said.includes('waiting for scan jobs')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mamoru worker exited with ${code}:\n${said}`));
    });
  });
  return { child, ready };
}

async function stopWorkers(workers) {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => (w.child.exitCode === null ? w.child.once('exit', r) : r()))));
}

async function freshDatabase() {
  const name = `mamoru_bench_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: DATABASE_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Graph requests, storage fetches and resource units as the fake counted them. */
function graphCounts(fake) {
  const counts = fake.counts();
  const storage = counts.storage ?? 0;
  const graph = fake.requests.length - storage;
  const units = Object.entries(counts).reduce((n, [kind, c]) => n + (kind === 'storage' ? 0 : graphUnits(kind) * c), 0);
  return { counts, graph, storage, units };
}

const rows = [];
function row(label, files, seconds, calls, drives, cpuMs) {
  rows.push({ label, files, seconds, calls, drives });
  const cpu = cpuMs === undefined ? '' : `, ${(cpuMs / 1000).toFixed(1)} CPU s in mamoru's processes`;
  const rate =
    files > 0
      ? `${Math.round(files / seconds)
          .toLocaleString('en-US')
          .padStart(6)} files/s`
      : '';
  const perFile =
    files > 0
      ? `${(calls.graph / files).toFixed(3)} Graph calls/file + ${(calls.storage / files).toFixed(3)} storage fetches/file, ${(calls.units / files).toFixed(3)} RU/file`
      : `${(calls.graph / drives).toFixed(2)} calls per drive (${JSON.stringify(calls.counts)})`;
  console.log(
    `  ${label.padEnd(30)} ${String(files).padStart(6)} files ${seconds.toFixed(1).padStart(6)} s ${rate.padStart(15)}  ${perFile}${cpu}`,
  );
}

async function graphScenario(title, options, drives) {
  console.log(`\n${title}`);
  const fake = await new FakeGraph({ ...options, file: fileOf, downloadLatencyMs: LATENCY }).start();
  const files = fake.fileCount;
  const dir = mkdtempSync(join(tmpdir(), 'mamoru-bench-cloud-'));
  const config = join(dir, 'mamoru.yaml');
  writeFileSync(
    config,
    `sources:\n  - type: graph\n    base_url: ${fake.url}\n    sites: ${options.sites > 0}\n    quota: { per_minute: 100000000, per_day: 0 }\n`,
  );
  const base = { MAMORU_CONFIG: config, MAMORU_GRAPH_STATIC_TOKEN: FAKE_GRAPH_TOKEN, MAMORU_LOG_LEVEL: 'warn' };
  try {
    // Local mode: one process, SQLite.
    const local = { ...base, DATABASE_URL: '', MAMORU_DATA_DIR: join(dir, 'local') };
    fake.clearRequests();
    let cpu = childrenCpuMs();
    let run = await mamoru(['scan', '--source', 'graph'], local);
    if (run.code !== 0) throw new Error(`local scan failed:\n${run.out}`);
    const firstLocal = graphCounts(fake);
    row('local mode (SQLite), first run', files, run.seconds, firstLocal, drives, childrenCpuMs() - cpu);
    fake.clearRequests();
    run = await mamoru(['scan', '--source', 'graph'], local);
    row('local mode, nothing changed', 0, run.seconds, graphCounts(fake), drives);
    if (!DATABASE_URL) {
      console.log('  (DATABASE_URL not set: the worker runs are left out)');
      return;
    }
    for (const n of WORKERS) {
      const db = await freshDatabase();
      const scaled = { ...base, DATABASE_URL: db.url, MAMORU_DATA_DIR: join(dir, `pg-${n}`) };
      // The schema first, so that workers starting at once do not race to create it.
      await mamoru(['db', 'migrate'], scaled);
      const workers = Array.from({ length: n }, () => startWorker(scaled));
      try {
        await Promise.all(workers.map((w) => w.ready));
        fake.clearRequests();
        run = await mamoru(['scan', '--source', 'graph', '--wait'], scaled);
        if (run.code !== 0) throw new Error(`scan with ${n} workers failed:\n${run.out}`);
        const first = { seconds: run.seconds, calls: graphCounts(fake) };
        // The workers' CPU is known once they have ended: stop them and count, then start afresh for the re-run.
        cpu = childrenCpuMs();
        await stopWorkers(workers);
        row(
          `${n} worker${n > 1 ? 's' : ''} (PostgreSQL), first run`,
          files,
          first.seconds,
          first.calls,
          drives,
          childrenCpuMs() - cpu,
        );
        const again = Array.from({ length: n }, () => startWorker(scaled));
        workers.push(...again);
        await Promise.all(again.map((w) => w.ready));
        fake.clearRequests();
        run = await mamoru(['scan', '--source', 'graph', '--wait'], scaled);
        row(`${n} worker${n > 1 ? 's' : ''}, nothing changed`, 0, run.seconds, graphCounts(fake), drives);
      } finally {
        await stopWorkers(workers);
        await db.drop();
      }
    }
  } finally {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const users = Math.round(DRIVES * 0.6);
await graphScenario(
  `Microsoft Graph: ${users} OneDrives + ${DRIVES - users} SharePoint libraries × ${PER_DRIVE} files (${DRIVES * PER_DRIVE} files)`,
  { users, sites: DRIVES - users, filesPerDrive: PER_DRIVE },
  DRIVES,
);
await graphScenario(`Microsoft Graph: one huge drive of ${HUGE} files`, { users: 1, sites: 0, filesPerDrive: HUGE }, 1);

if (process.env.BENCH_GOOGLE !== '0') {
  const shared = Math.round(DRIVES / 10);
  console.log(
    `\nGoogle Drive: ${DRIVES - shared} My Drives + ${shared} shared drives × ${PER_DRIVE} files, local mode in this process`,
  );
  const fake = await new FakeDrive({
    users: DRIVES - shared,
    sharedDrives: shared,
    filesPerDrive: PER_DRIVE,
    file: fileOf,
  }).start();
  const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-bench-google-'));
  const store = await openStore({ dataDir });
  try {
    const scan = () =>
      runCloudScan({
        store,
        pack: getPack('kumamoto'),
        connector: createGoogleConnector({ authFor: fakeGoogleAuth, adminEmail: fake.adminEmail, rootUrl: fake.url }),
        log: {
          info() {},
          warn() {},
          error() {},
          child() {
            return this;
          },
        },
        maxBytes: 20_000_000,
        concurrency: 4,
      });
    const files = fake.fileCount;
    let started = performance.now();
    await scan();
    const first = { counts: fake.counts(), graph: fake.requests.length, storage: 0, units: fake.requests.length };
    console.log(
      `  local mode, first run            ${String(files).padStart(6)} files ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s ${Math.round(
        files / ((performance.now() - started) / 1000),
      )
        .toLocaleString('en-US')
        .padStart(6)} files/s  ${(first.graph / files).toFixed(3)} Drive calls/file (${JSON.stringify(first.counts)})`,
    );
    fake.clearRequests();
    started = performance.now();
    await scan();
    console.log(
      `  local mode, nothing changed      ${((performance.now() - started) / 1000).toFixed(1)} s, ${(fake.requests.length / DRIVES).toFixed(2)} calls per drive (${JSON.stringify(fake.counts())})`,
    );
  } finally {
    await store.close();
    await fake.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// What the tenant's quota would allow for the first runs measured, at the documented defaults.
const firsts = rows.filter((r) => r.files > 0);
if (firsts.length > 0) {
  const perFile = firsts[0].calls.units / firsts[0].files;
  console.log(
    `\nquota: a first run costs ${perFile.toFixed(3)} resource units per file; at the default budget for ≤1,000 licences (960 RU/min, 960,000 a day after the 80% share) that is at most ${Math.floor(960 / perFile)} files/min, ${Math.floor(960_000 / perFile).toLocaleString('en-US')} files a day; for 50,000+ licences 4,800 RU/min, ${Math.floor(4_800_000 / perFile).toLocaleString('en-US')} files a day`,
  );
}
