// npm run bench:bot: message activities against /api/messages (local mode, SQLite store), with a
// local fake Bot Framework connector; latency is from sending the request to the reply reaching
// the connector. Two runs: a steady 200 requests/s, then as fast as 32 concurrent senders go.
// It says what it actually did: the rate it managed to send at (on a loaded machine the sender
// falls behind the schedule, and says by how much), the replies that came late (over
// BENCH_LATE_MS, default 1000) and those that never came (within BENCH_WAIT_MS, default 10,000,
// after the last request); the percentiles count every request, a missing reply as infinitely late.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const connector = createServer((req, res) => {
  const id = decodeURIComponent(/\/activities\/([^/?]+)/.exec(req.url ?? '')?.[1] ?? '');
  req.resume();
  req.on('end', () => {
    const start = sentAt.get(id);
    if (start !== undefined) {
      latencies.push(performance.now() - start);
      sentAt.delete(id);
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"r"}');
  });
});
await new Promise((r) => connector.listen(0, '127.0.0.1', r));
const serviceUrl = `http://127.0.0.1:${connector.address().port}/`;

// The server runs as `mamoru serve` in its own process, as in production; this process only
// sends requests and plays the connector.
const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-bench-'));
const port = 39000 + Math.floor(Math.random() * 1000);
const env = { ...process.env, MAMORU_DATA_DIR: dataDir, MAMORU_LOG_LEVEL: 'warn', MicrosoftAppId: '' };
const server = spawn(
  process.execPath,
  [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'bin/mamoru.js', 'serve', '--port', String(port)],
  {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  },
);
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

// 1. A steady 200 requests/s for 10 s.
{
  const rate = 200;
  const total = rate * 10;
  const cpu = serverCpuMs();
  const start = performance.now();
  const inflight = [];
  let behind = 0;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    else behind = Math.max(behind, -wait);
    inflight.push(sendCounted());
  }
  const sentFor = (performance.now() - start) / 1000;
  await Promise.all(inflight);
  const missing = await settle();
  console.log(
    `steady ${rate} req/s asked: sent ${total} in ${sentFor.toFixed(2)} s = ${(total / sentFor).toFixed(0)} req/s actually sent; ` +
      `the sender fell behind its schedule by up to ${behind.toFixed(0)} ms${failures.length ? `; ${failures.length} requests failed (${[...new Set(failures.map((e) => e.cause?.code ?? e.message))].join(', ')})` : ''}`,
  );
  report(`steady ${rate} req/s`, total, (performance.now() - start) / 1000, serverCpuMs() - cpu, missing);
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
