// npm run bench: how fast mamoru answers. Not a test: it prints figures for docs/benchmarks.md.
//   0. loading the language analyzer and the pack's word index (once per process, at start-up)
//   1. the policy engine alone, in-process, after warm-up: answers/s on one core, and each
//      answer's own time (p50, p99, max), with the analyzer's share (tokenizing the question)
//   2. the CLI batch mode `mamoru ask --jsonl` end to end (answers/s, start-up subtracted)
//   3. start-up of `npx mamoru ask "…"` and `node bin/mamoru.js ask "…"`, against `node -e 0`
//   With `--reference DIR` (a built checkout of another version, e.g. `git worktree add DIR
//   69aeead && (cd DIR && npm install && npm run build)`), 1 is measured for it too, in the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const referenceDir = process.argv.includes('--reference') ? resolve(process.argv[process.argv.indexOf('--reference') + 1]) : null;
const loadStarted = performance.now();
const { ask, getPack, warmUp } = await import('../dist/policy/index.js');
const pack0 = getPack('kumamoto');
const warmMs = warmUp(pack0);
const loadMs = performance.now() - loadStarted;
const QUESTIONS = [
  '通知表をメールで保護者に送ってもいいですか？',
  '健康診断票をGoogleドライブに保存してもいい？',
  '出席簿を自宅に持ち帰ってもいいですか',
  '出席簿補助簿をクラウドに置いていい？',
  '記入前のアンケートをメールで送りたい',
  'きずなアンケートの回答をUSBに入れて持ち出したい',
  '学級だよりをホームページに掲載してもいいですか',
  '生徒の電話番号が入った学級通信をLINEで送っていい？',
  '座席表をTeamsのチャットに添付してもいいですか',
  '教務手帳を車で運んでも大丈夫？',
  '採点済みの答案用紙をシュレッダーで捨てたい',
  '過去のテスト問題をコピーして配ってもいい',
  '私物のスマホで成績を見てもいいですか',
  '運動会の写真をインスタに載せたい',
  '保護者の承諾がある運動会の写真をホームページで公開したい',
  '家庭訪問記録を机の上に置きっぱなしにしていい？',
  '指導要録をFAXで送ってもいい？',
  '進路希望調査を自宅で入力したい',
  'Can I email report cards to parents?',
  'Is it OK to store health check records on OneDrive?',
  'Can I take the attendance book home?',
  'May I put the seating chart on a USB stick?',
  'Can I post class photos on Instagram?',
  'Can I copy the grade summary for the meeting?',
  'この資料を送ってもいい？',
  'アンケートについて教えて',
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// 1. Engine alone: rate, and each answer's time.
function measureEngine(askFn, pack, n = 4_000) {
  for (let i = 0; i < 500; i++) askFn(pack, QUESTIONS[i % QUESTIONS.length]);
  const times = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    askFn(pack, QUESTIONS[i % QUESTIONS.length]);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const rate = n / (Number(process.hrtime.bigint() - start) / 1e9);
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { rate, p50: at(0.5), p99: at(0.99), max: times.at(-1) };
}
const engine = measureEngine(ask, pack0);
const { analyze } = await import('../dist/policy/understand/analyzer.js');
const analyzer = measureEngine((_pack, q) => analyze(q), pack0);
let reference = null;
if (referenceDir) {
  const ref = await import(pathToFileURL(resolve(referenceDir, 'dist/policy/index.js')).href);
  reference = measureEngine(ref.ask, ref.getPack('kumamoto'));
}
const engineRate = engine.rate;

// 2. CLI batch mode, end to end through stdin and stdout.
const lines = (n) =>
  `${Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, q: QUESTIONS[i % QUESTIONS.length] })).join('\n')}\n`;
function timeBatch(n) {
  const input = lines(n);
  const start = process.hrtime.bigint();
  const out = execFileSync(process.execPath, ['bin/mamoru.js', 'ask', '--jsonl'], { cwd: ROOT, input, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (out.toString().split('\n').filter(Boolean).length !== n) throw new Error('batch mode lost lines');
  return seconds;
}
const bigN = 100_000;
const small = median([timeBatch(1), timeBatch(1), timeBatch(1)]);
const big = median([timeBatch(bigN), timeBatch(bigN), timeBatch(bigN)]);
const batchRate = (bigN - 1) / (big - small);

// 3. Start-up.
function timeCommand(cmd, args, runs = 9) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: ROOT });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}
const q = '通知表をメールで保護者に送ってもいいですか？';
const nodeBare = timeCommand(process.execPath, ['-e', '0']);
const direct = timeCommand(process.execPath, ['bin/mamoru.js', 'ask', q]);
const npx = timeCommand('npx', ['mamoru', 'ask', q]);

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => `${n.toFixed(2)} ms`;
console.log(
  `loading (analyzer, pack, word index): ${fmt(loadMs)} ms, of which the analyzer and the word index ${fmt(warmMs)} ms`,
);
console.log(
  `engine alone (one core, after warm-up): ${fmt(engineRate)} answers/s; per answer p50 ${ms(engine.p50)}, p99 ${ms(engine.p99)}, max ${ms(engine.max)}`,
);
console.log(`  of which the analyzer (tokenizing):    p50 ${ms(analyzer.p50)}, p99 ${ms(analyzer.p99)}`);
if (reference)
  console.log(
    `  reference ${referenceDir}: ${fmt(reference.rate)} answers/s; per answer p50 ${ms(reference.p50)}, p99 ${ms(reference.p99)}, max ${ms(reference.max)}`,
  );
if (engine.p99 > 10) console.log(`  SHORTFALL: p99 per answer ${ms(engine.p99)} is over 10 ms`);
console.log(`mamoru ask --jsonl, ${fmt(bigN)} lines:   ${fmt(batchRate)} answers/s  (start-up subtracted)`);
console.log(`start-up, npx mamoru ask "…":            ${fmt(npx)} ms  (median of 9)`);
console.log(
  `start-up, node bin/mamoru.js ask "…":     ${fmt(direct)} ms  (${(direct / nodeBare).toFixed(1)}× a bare \`node -e 0\` at ${fmt(nodeBare)} ms)`,
);
