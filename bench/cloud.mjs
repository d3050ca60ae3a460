// npm run bench:cloud: the Graph and Drive connectors against their local HTTP fakes (devkit/, test/helpers/),
// 100 drives and 11,000 files each. Prints files/s and API calls per file for a first run and for an
// incremental run (1% of files changed), then the same first run under a 429 storm (20% of calls
// answered 429 Retry-After 0.1 s). Not a test: figures for the README. The fakes answer from memory
// on loopback, so files/s measures the connector's own overhead, not the cloud's latency.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'node_modules/.cache/mamoru-bench-cloud';
// Node 20 cannot import TypeScript: compile the connectors and the fakes once (tsc 7 takes ~2 s).
execFileSync(
  process.execPath,
  [
    'node_modules/typescript/bin/tsc',
    ...['--ignoreConfig', '--outDir', OUT, '--rootDir', '.', '--module', 'nodenext', '--moduleResolution', 'nodenext'],
    ...['--target', 'es2022', '--skipLibCheck', '--types', 'node', '--strict', '--sourceMap', 'false'],
    ...['devkit/fake-graph.ts', 'test/helpers/fake-drive.ts', 'connectors/index.ts'],
  ],
  { cwd: ROOT, stdio: 'inherit' },
);
const load = (path) => import(new URL(`../${OUT}/${path}`, import.meta.url).href);
const { createGraphConnector, createGoogleConnector } = await load('connectors/index.js');
const { FakeGraph, fakeCredential } = await load('devkit/fake-graph.js');
const { FakeDrive, fakeGoogleAuth } = await load('test/helpers/fake-drive.js');

const FILES_PER_DRIVE = 110;
const DRIVES_IN_PARALLEL = 8;
const content = (drive, i) => ({ name: `file-${i}.docx`, folder: `Class ${i % 5}`, content: `drive ${drive} file ${i} ` });

/** Walks every drive (DRIVES_IN_PARALLEL at a time), returning the cursors and the counts. */
async function scan(connector, cursors) {
  const drives = [];
  for await (const drive of connector.listDrives()) drives.push(drive);
  let items = 0;
  let files = 0;
  const queue = [...drives];
  await Promise.all(
    Array.from({ length: DRIVES_IN_PARALLEL }, async () => {
      for (let drive = queue.shift(); drive; drive = queue.shift()) {
        for await (const page of connector.changes(drive, cursors.get(drive.driveId))) {
          items += page.items.length;
          files += page.items.filter((i) => !i.isFolder).length;
          if (page.cursor) cursors.set(drive.driveId, page.cursor);
        }
      }
    }),
  );
  return { drives: drives.length, items, files };
}

function report(label, started, result, fake, stats, corpusFiles) {
  const seconds = (performance.now() - started) / 1000;
  const calls = fake.requests.length;
  console.log(
    `${label.padEnd(34)} ${String(result.drives).padStart(4)} drives ${String(result.files).padStart(6)} files ${seconds.toFixed(2).padStart(6)} s ` +
      `${Math.round(result.files / seconds)
        .toString()
        .padStart(7)} files/s ${String(calls).padStart(6)} calls ${(calls / corpusFiles).toFixed(4)} calls/file` +
      (stats.throttled
        ? `  throttled ${stats.throttled}, retries ${stats.retries}, paused ${(stats.pausedMs / 1000).toFixed(1)} s`
        : ''),
  );
  console.log(`${''.padEnd(34)} by kind ${JSON.stringify(fake.counts())}`);
}

async function bench(name, makeFake, makeConnector, change) {
  console.log(`\n${name}`);
  const fake = await makeFake().start();
  const corpusFiles = fake.fileCount;
  let connector = makeConnector(fake);
  const cursors = new Map();
  let started = performance.now();
  report('first run', started, await scan(connector, cursors), fake, connector.stats(), corpusFiles);

  fake.clearRequests();
  change(fake, Math.round(corpusFiles / 100));
  connector = makeConnector(fake);
  started = performance.now();
  report('incremental (1% changed)', started, await scan(connector, cursors), fake, connector.stats(), corpusFiles);

  fake.clearRequests();
  connector = makeConnector(fake);
  started = performance.now();
  report('incremental, nothing changed', started, await scan(connector, cursors), fake, connector.stats(), corpusFiles);

  fake.clearRequests();
  let seed = 42;
  fake.throttleStorm(0.2, 0.1, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  });
  connector = makeConnector(fake);
  started = performance.now();
  report('first run, 429 storm (20%, 0.1 s)', started, await scan(connector, new Map()), fake, connector.stats(), corpusFiles);
  fake.throttleStorm(0, 0);
  await fake.stop();
}

const common = { version: '0.1.0', concurrency: 4, backoffBaseMs: 50, maxRetries: 12 };

await bench(
  `Microsoft Graph: 60 OneDrives + 40 SharePoint libraries × ${FILES_PER_DRIVE} files, delta pages of 200`,
  () => new FakeGraph({ users: 60, sites: 40, filesPerDrive: FILES_PER_DRIVE, file: content }),
  (fake) => createGraphConnector({ credential: fakeCredential(), baseUrl: fake.url, ...common }),
  (fake, count) => {
    const drives = [...fake.drives.keys()];
    for (let i = 0; i < count; i++) {
      const driveId = drives[i % drives.length];
      fake.updateFile(driveId, fake.filesOf(driveId)[i % FILES_PER_DRIVE].id, `changed ${i}`);
    }
  },
);

await bench(
  `Google Drive: 90 My Drives + 10 shared drives × ${FILES_PER_DRIVE} files, pages of 1000`,
  () => new FakeDrive({ users: 90, sharedDrives: 10, filesPerDrive: FILES_PER_DRIVE, file: content }),
  (fake) => createGoogleConnector({ authFor: fakeGoogleAuth, adminEmail: fake.adminEmail, rootUrl: fake.url, ...common }),
  (fake, count) => {
    const spaces = [...fake.users.map((u) => u.primaryEmail), ...fake.sharedDrives.map((d) => d.id)];
    for (let i = 0; i < count; i++)
      fake.updateFile(fake.filesOf(spaces[i % spaces.length])[i % FILES_PER_DRIVE].id, `changed ${i}`);
  },
);
