// npm run demo:cloud: a cloud scan, followed in the Agents Playground. A local stand-in for
// Microsoft Graph (devkit's FakeGraph: the documented delta, paging and download shapes) holds
// the demo school's OneDrives; mamoru runs as `npm start` does, with a configuration file that
// points its Graph source at the stand-in. Enter in this terminal runs a scan; the principal's
// digest and the owner's card arrive in the Playground (you are Alex Wilber, both).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { cloudScanSummary } from '../dist/cli/cloud-commands.js';
import { loadConfig, readProcessConfig } from '../dist/config/index.js';
import { createGraphConnector } from '../dist/connectors/graph/index.js';
import { FAKE_GRAPH_TOKEN, FakeGraph, fakeCredential } from '../dist/devkit/index.js';
import { getPack } from '../dist/policy/index.js';
import { runCloudScan } from '../dist/scan/cloud/index.js';
import { DEFAULT_PLAYGROUND_PORT, startBotOrExplain } from './lib/start-or-explain.mjs';
import { withPlayground } from './lib/with-playground.mjs';

const botPort = Number(process.env.PORT ?? 3978);
const playgroundPort = Number(process.env.MAMORU_PLAYGROUND_PORT ?? DEFAULT_PLAYGROUND_PORT);
process.env.MAMORU_LOG_LEVEL ??= 'warn';

const MAILS = ['alex.wilber@demo.example', 'megan.bowen@demo.example'];
const ADDRESS_BOOK = [
  '氏名,住所,電話番号',
  ...Array.from({ length: 12 }, (_, i) => `児童${i + 1},熊本市中央区手取本町${i + 1}-1,090-1234-${5600 + i}`),
].join('\n');
const REMARKS = '2学期 通知表 所見\n3年2組 1番\n所見: 学習に意欲的に取り組みました。';
const NEWSLETTER = '学級だより 11月号\n今月の行事: 持久走大会、音楽会。ご家庭でのご協力をお願いします。';

// The stand-in tenant: Alex's OneDrive holds a class I address list (shared by link) and a
// newsletter; Megan's holds class II remarks; one SharePoint site holds nothing sensitive.
const graph = await new FakeGraph({ users: 2, mail: (u) => MAILS[u], sites: 1, filesPerDrive: 0 }).start();
const [alexDrive, meganDrive] = graph.users.map((u) => u.driveId);
const addressBook = graph.addFile(alexDrive, {
  name: '保護者連絡先_3年2組.csv',
  folder: '学級',
  content: ADDRESS_BOOK,
  shared: 'anonymous',
});
graph.addFile(alexDrive, { name: '学級だより_11月.txt', content: NEWSLETTER });
graph.addFile(meganDrive, { name: '2学期所見.txt', content: REMARKS });

// The demo's own data folder: `demo-cloud` inside MAMORU_DATA_DIR (default ./data), never
// MAMORU_DATA_DIR itself, whose contents may be anyone's. It starts afresh only in a folder that
// carries the mark the demo writes; an unmarked folder in the way is left as it is, and the
// demo uses a fresh temporary folder instead.
const MARK = '.mamoru-demo-cloud';
const given = process.env.MAMORU_DATA_DIR ? resolve(process.env.MAMORU_DATA_DIR) : undefined;
// The README's command sets MAMORU_DATA_DIR to the demo's folder itself: that is the demo's too.
const wanted = given && existsSync(join(given, MARK)) ? given : join(given ?? resolve('data'), 'demo-cloud');
let dataDir = wanted;
let leftAlone = false;
if (existsSync(join(wanted, MARK))) rmSync(wanted, { recursive: true, force: true });
else if (existsSync(wanted) && readdirSync(wanted).length > 0) {
  dataDir = mkdtempSync(join(tmpdir(), 'mamoru-demo-cloud-'));
  leftAlone = true;
}
mkdirSync(dataDir, { recursive: true });
writeFileSync(join(dataDir, MARK), "Written by npm run demo:cloud: this folder is the demo's, and its next run empties it.\n");
console.log(
  leftAlone
    ? `${wanted} is not the demo's (it has no ${MARK}): left as it is.\nThe demo's data in ${dataDir} (a fresh folder).`
    : `The demo's data in ${dataDir} (its own folder, marked ${MARK}; the next run empties only it).`,
);
const configFile = join(dataDir, 'mamoru.yaml');
writeFileSync(
  configFile,
  `# written by npm run demo:cloud
policy: kumamoto
roster: ${JSON.stringify(fileURLToPath(new URL('./demo-roster.csv', import.meta.url)))}
sources:
  - type: graph
    base_url: ${graph.url}
`,
);
const config = loadConfig(configFile);
const running = await startBotOrExplain(
  {
    configuration: readProcessConfig(),
    port: botPort,
    teams: {},
    store: { dataDir },
    config,
    allowSelfApproval: true,
    reminderCron: '*/5 * * * * *',
  },
  { command: 'npm run demo:cloud', cleanup: () => graph.stop() },
);

const connector = createGraphConnector({ credential: fakeCredential(), baseUrl: graph.url });
/** Scans the stand-in tenant as `mamoru scan --source graph` does, and says what it found in the same words. */
async function scan() {
  const result = await runCloudScan({
    store: running.store,
    pack: getPack('kumamoto'),
    connector,
    log: pino({ level: 'silent' }),
    maxBytes: 20_000_000,
    concurrency: 2,
  });
  await running.notifier.kick();
  console.log(`\n${cloudScanSummary('graph', result, 'このデモの mamoru がすぐに送ります').trimEnd()}`);
  return result;
}

const steps = [
  {
    say: 'Press Enter to scan the demo tenant now.',
    async run() {
      const { found, digests } = await scan();
      // A scan run from a second terminal (as the README says) found the files first: say so.
      console.log(
        found > 0
          ? `
  In the Playground: a digest for the principal (${found} files at デモ小学校) and a card for the owner
  of 保護者連絡先_3年2組.csv. On the owner's card try 「移動しました」 or 「誤検知です」; on the digest,
  「所有者に依頼」 or 「例外措置を申請」 (a permit for the 教育CISO, 6-3).`
          : `
  Nothing new since the last scan${digests === 0 ? ', so no digest was sent' : ''}: the files were already reported
  (by the scan from the other terminal?). Its digest and the owner's card are in the Playground.`,
      );
    },
  },
  {
    say: 'Press Enter to move the address list out of the cloud (the demo deletes it) and scan again.',
    async run() {
      graph.deleteFile(alexDrive, addressBook);
      const { resolved } = await scan();
      console.log(
        resolved > 0
          ? '\n  The finding is resolved: the next digest says so. The remarks file stays open until it is moved.'
          : '\n  Nothing was resolved (was the address list already gone?).',
      );
    },
  },
];

const input = createInterface({ input: process.stdin });
let step = 0;
withPlayground({
  running,
  port: playgroundPort,
  cleanup: async () => {
    input.close();
    await graph.stop();
  },
  onReady: (port) => {
    console.log(`
mamoru cloud-scan demo (local mode; the demo's data in ${dataDir}, nothing else is touched).
A local stand-in for Microsoft Graph at ${graph.url} holds two OneDrives and a SharePoint site.

  1. Open http://localhost:${port} and say こんにちは, so mamoru knows where to reach you
     (you are Alex Wilber: principal of デモ小学校 and owner of a OneDrive).
  2. ${steps[0].say}

The same scan from another terminal, as a board would run it:
  MAMORU_DATA_DIR=${dataDir} MAMORU_CONFIG=${configFile} MAMORU_GRAPH_STATIC_TOKEN=${FAKE_GRAPH_TOKEN} npx mamoru scan --source graph

Press Ctrl+C to stop.`);
    input.on('line', async () => {
      const current = steps[step];
      if (!current) return console.log('  (the demo is over: Ctrl+C to stop)');
      step++;
      await current.run().catch((error) => console.error(`  scan failed: ${error.message}`));
      if (steps[step]) console.log(`\n${steps[step].say}`);
    });
  },
});
