// npm run bench:bot: message activities against /api/messages (local mode, SQLite store), with a
// local fake Bot Framework connector; latency is from sending the request to the reply reaching
// the connector. Two runs: a steady 200 requests/s, then as fast as 32 concurrent senders go.
// During the steady run a teacher reports an incident every half second: the time from the
// report's submit to the principal's card reaching the connector is measured too.
// It says what it actually did: the rate it managed to send at (on a loaded machine the sender
// falls behind the schedule, and says by how much), the replies that came late (over
// BENCH_LATE_MS, default 1000) and those that never came (within BENCH_WAIT_MS, default 10,000,
// after the last request); the percentiles count every request, a missing reply as infinitely late.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const template = JSON.parse(readFileSync(new URL('../test/fixtures/teams/message-personal.json', import.meta.url), 'utf8'));
const QUESTIONS = [
  '通知表をメールで保護者に送ってもいいですか？',
  '健康診断票をGoogleドライブに保存してもいい？',
  '出席簿を自宅に持ち帰ってもいいですか',
  '座席表をTeamsのチャットに添付してもいいですか',
  'Can I email report cards to parents?',
  'アンケートをメールで送ってもいい？',
];

const LATE_MS = Number(process.env.BENCH_LATE_MS ?? 1000);
const WAIT_MS = Number(process.env.BENCH_WAIT_MS ?? 10_000);
const sentAt = new Map();
const latencies = [];
const PRINCIPAL_CHAT = 'a:bench-principal';
/** Incident reports: the answers their messages got (answerId), and when each submit was sent. */
const incidentAnswers = new Map();
const submittedAt = [];
const toPrincipal = [];
const connector = createServer((req, res) => {
  const id = decodeURIComponent(/\/activities\/([^/?]+)/.exec(req.url ?? '')?.[1] ?? '');
  const conversation = decodeURIComponent(/\/conversations\/([^/]+)/.exec(req.url ?? '')?.[1] ?? '');
  const chunks = [];
  req.on('data', (chunk) => {
    if (id.startsWith('inc-') || conversation === PRINCIPAL_CHAT) chunks.push(chunk);
  });
  req.on('end', () => {
    const start = sentAt.get(id);
    if (start !== undefined) {
      latencies.push(performance.now() - start);
      sentAt.delete(id);
    }
    if (id.startsWith('inc-')) {
      const answerId = /"verb":"incident\.report","data":\{"answerId":"([^"]+)"/.exec(Buffer.concat(chunks).toString())?.[1];
      incidentAnswers.get(id)?.(answerId);
    }
    // A new message in the principal's chat (an update would be a PUT): the report reached them.
    if (conversation === PRINCIPAL_CHAT && req.method === 'POST' && submittedAt.length > 0)
      toPrincipal.push(performance.now() - submittedAt.shift());
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"r"}');
  });
});
await new Promise((r) => connector.listen(0, '127.0.0.1', r));
const serviceUrl = `http://127.0.0.1:${connector.address().port}/`;

// The server runs as `mamoru serve` in its own process, as in production; this process only
// sends requests and plays the connector.
const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-bench-'));
const port = 39000 + Math.floor(Math.random() * 1000);
// The test roster: the template's sender (山田 花子) is a teacher; 鈴木 太郎 is her principal.
const rosterFile = join(dataDir, 'roster.csv');
writeFileSync(rosterFile, readFileSync(new URL('../test/fixtures/roster-demo.csv', import.meta.url)));
const env = {
  ...process.env,
  MAMORU_DATA_DIR: dataDir,
  MAMORU_ROSTER: rosterFile,
  MAMORU_LOG_LEVEL: 'warn',
  MicrosoftAppId: '',
};
const server = spawn(
  process.execPath,
  [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'bin/mamoru.js', 'serve', '--port', String(port)],
  {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  },
);
// However the benchmark ends (an error included), the server it started ends with it.
process.on('exit', () => {
  server.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});
await new Promise((resolve, reject) => {
  server.stderr.on('data', (chunk) => (String(chunk).includes('listening on') ? resolve() : process.stderr.write(chunk)));
  server.on('exit', (code) => reject(new Error(`mamoru serve exited with ${code}`)));
});
const endpoint = `http://127.0.0.1:${port}/api/messages`;
let n = 0;

async function send() {
  const id = `bench-${++n}`;
  const body = JSON.stringify({ ...template, id, serviceUrl, text: QUESTIONS[n % QUESTIONS.length] });
  sentAt.set(id, performance.now());
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`status ${response.status}`);
}

const invoke = JSON.parse(readFileSync(new URL('../test/fixtures/teams/invoke-action-execute.json', import.meta.url), 'utf8'));
const post = (activity) =>
  fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...activity, serviceUrl }),
  });

// The principal has added mamoru: their chat is where the report's card goes.
const install = JSON.parse(readFileSync(new URL('../test/fixtures/teams/installation-update-add.json', import.meta.url), 'utf8'));
await (
  await post({
    ...install,
    from: { id: '29:bench-principal', aadObjectId: '9a4c7e21-3f5d-4e0a-8b61-0c2f9e8d7a55' },
    conversation: { conversationType: 'personal', id: PRINCIPAL_CHAT },
  })
).arrayBuffer();

/** A teacher reports a lost USB stick: the message, then the form submitted (timed until the principal's card arrives). */
async function reportIncident(n) {
  const id = `inc-${n}`;
  const answered = new Promise((resolve) => incidentAnswers.set(id, resolve));
  await (await post({ ...template, id, text: 'USBメモリをなくしました' })).arrayBuffer();
  const answerId = await answered;
  incidentAnswers.delete(id);
  if (!answerId) throw new Error('the incident answer had no 報告する button');
  const activity = structuredClone(invoke);
  activity.from = template.from;
  activity.conversation = template.conversation;
  activity.value.action = {
    ...activity.value.action,
    verb: 'incident.submit',
    data: { answerId, kinds: 'lost', what: 'USBメモリを置き忘れた', occurred: '今日', class: 'II' },
  };
  submittedAt.push(performance.now());
  const response = await post({ ...activity, id: `inc-submit-${n}` });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`incident.submit: status ${response.status}`);
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : `> ${WAIT_MS / 1000} s (missing)`);
/** Waits for the replies still due, at most WAIT_MS; returns how many never came (and forgets them). */
async function settle() {
  const until = performance.now() + WAIT_MS;
  while (sentAt.size > 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
  const missing = sentAt.size;
  sentAt.clear();
  return missing;
}
/** The server process's CPU time so far in ms (utime + stime from /proc: Linux only). */
function serverCpuMs() {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}
/**
 * Latency depends on what else the machine runs (on a shared 2-core VM, a lot); the server's CPU
 * time per request does much less, so it is reported too.
 */
function report(label, count, seconds, cpuMs, missing) {
  const sorted = [...latencies, ...Array(missing).fill(Number.POSITIVE_INFINITY)].sort((a, b) => a - b);
  const late = latencies.filter((l) => l > LATE_MS).length;
  console.log(
    `${label}: ${count} requests in ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(0)} req/s; ` +
      `reply latency p50 ${ms(pct(sorted, 50))}, p99 ${ms(pct(sorted, 99))}, max ${ms(sorted.at(-1))}; ` +
      `${late} replies late (over ${LATE_MS} ms), ${missing} missing; server CPU ${(cpuMs / count).toFixed(2)} ms per request`,
  );
  latencies.length = 0;
}

// Warm-up.
await Promise.all(Array.from({ length: 200 }, send));
await settle();
latencies.length = 0;
const failures = [];
const sendCounted = () => send().catch((error) => failures.push(error));

// 1. A steady 200 requests/s for 10 s (BENCH_RATE to change it, on a machine that cannot take
// 200), and an incident reported every half second meanwhile.
{
  const rate = Number(process.env.BENCH_RATE ?? 200);
  const total = rate * 10;
  const cpu = serverCpuMs();
  const start = performance.now();
  const inflight = [];
  const reports = [];
  let behind = 0;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    else behind = Math.max(behind, -wait);
    inflight.push(sendCounted());
    if (i % Math.max(1, Math.round(rate / 2)) === 0) reports.push(reportIncident(i));
  }
  const sentFor = (performance.now() - start) / 1000;
  await Promise.all(inflight);
  await Promise.all(reports);
  // The cards come from the outbox after each submit's turn: wait for the last (a minute at most).
  for (let i = 0; i < 600 && submittedAt.length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  const missing = await settle();
  console.log(
    `steady ${rate} req/s asked: sent ${total} in ${sentFor.toFixed(2)} s = ${(total / sentFor).toFixed(0)} req/s actually sent; ` +
      `the sender fell behind its schedule by up to ${behind.toFixed(0)} ms${failures.length ? `; ${failures.length} requests failed (${[...new Set(failures.map((e) => e.cause?.code ?? e.message))].join(', ')})` : ''}`,
  );
  report(`steady ${rate} req/s`, total, (performance.now() - start) / 1000, serverCpuMs() - cpu, missing);
  const sorted = [...toPrincipal].sort((a, b) => a - b);
  console.log(
    `incident reports during it: ${sorted.length} of ${reports.length} reached the principal` +
      (sorted.length > 0
        ? `; from submit to the principal's card p50 ${pct(sorted, 50).toFixed(1)} ms, p99 ${pct(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`
        : ''),
  );
}

// 2. As fast as 32 concurrent senders go.
{
  const total = 4000;
  let left = total;
  const cpu = serverCpuMs();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (left-- > 0) await sendCounted();
    }),
  );
  const missing = await settle();
  report('32 concurrent senders', total, (performance.now() - start) / 1000, serverCpuMs() - cpu, missing);
}

server.kill('SIGTERM');
connector.close();
rmSync(dataDir, { recursive: true, force: true });
