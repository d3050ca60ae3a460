// npm run eval:ask: scores mamoru's answers on the frozen question sets in eval/ask/, written
// blind (from the seeds and the Decision contract only, by someone who did not read the engine,
// its word lists or its tests). Not a test: it prints the figures for the README.
//
//   npm run eval:ask                      every set, a table per set and one for all
//   npm run eval:ask -- eval/ask/x.jsonl  one set
//   npm run eval:ask -- --misses          and every wrong answer, with what was expected
//   npm run eval:ask -- --json out.json   and the per-question results as JSON
//
// A set named in eval/ask/HELD-OUT (or in a HELD-OUT file beside it) is the test set: only its tables are printed (and no JSON
// lines), so nobody tunes on its questions by accident. `--open-held-out` prints it like the
// others, for when the work is done and its misses are read on purpose.
//
// A question is right when the decision is one of the acceptable ones, and the class and the
// action are too where the set names them. "with clause" also asks for one of the clauses named.
// Unsafe: 可 or 条件付きで可 where every acceptable answer is stricter (禁止, 許可が必要, 要相談, a
// report of an incident, or a question to ask first). Lax: 可 where only 条件付きで可 is right.
// Questions go through the CLI's batch mode (`mamoru ask --jsonl`), the way the bot answers them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heldOutNames } from './lib/held-out.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const openHeldOut = args.includes('--open-held-out');
const files = args.filter((a) => a.endsWith('.jsonl'));
/** Rows whose questions may be shown: none of a held-out set unless opened on purpose. */
const showable = (rows) => (openHeldOut ? rows : rows.filter((r) => !heldOut.has(r.set)));
const sets =
  files.length > 0
    ? files
    : readdirSync(join(ROOT, 'eval/ask'))
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(ROOT, 'eval/ask', f));
const heldOut = heldOutNames(join(ROOT, 'eval/ask/HELD-OUT'), sets);

const PERMISSIVE = new Set(['allowed', 'conditional']);

function load(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line);
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
    });
}

function answer(questions) {
  const input = questions
    .map((q) =>
      JSON.stringify({
        id: q.id,
        q: q.q,
        policy: q.policy ?? 'kumamoto',
        ...(q.conversation ? { conversation: `${q.set}:${q.conversation}` } : {}),
      }),
    )
    .join('\n');
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/mamoru.js'), 'ask', '--jsonl'], {
    input: `${input}\n`,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0 && !run.stdout) throw new Error(`mamoru ask --jsonl failed: ${run.stderr}`);
  const byId = new Map();
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const out = JSON.parse(line);
    byId.set(out.id, out);
  }
  return byId;
}

function score(q, got) {
  const e = q.expect;
  const decisionOk = Boolean(got) && e.decision.includes(got.decision);
  const classOk = !('class' in e) || (Boolean(got) && e.class.includes(got.class ?? null));
  const actionOk = !('action' in e) || (Boolean(got) && e.action.includes(got.action ?? null));
  const right = decisionOk && classOk && actionOk;
  const cites = e.cites ?? [];
  const clauseOk = cites.length === 0 || (Boolean(got?.citations) && cites.some((c) => got.citations.includes(c)));
  const unsafe = Boolean(got) && PERMISSIVE.has(got.decision) && !e.decision.some((d) => PERMISSIVE.has(d));
  const lax = Boolean(got) && got.decision === 'allowed' && !e.decision.includes('allowed') && e.decision.includes('conditional');
  return { right, withClause: right && clauseOk, unsafe, lax, decisionOk, classOk, actionOk };
}

const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

function table(title, rows) {
  const styles = [...new Set(rows.map((r) => r.style))].sort();
  const line = (name, rs) => {
    const n = rs.length;
    const right = rs.filter((r) => r.score.right).length;
    return [
      name.padEnd(16),
      String(n).padStart(4),
      pct(right, n).padStart(7),
      pct(rs.filter((r) => r.score.withClause).length, n).padStart(8),
      String(rs.filter((r) => r.score.unsafe).length).padStart(7),
      String(rs.filter((r) => r.score.lax).length).padStart(5),
    ].join('  ');
  };
  console.log(`\n${title}`);
  console.log(['style'.padEnd(16), '   n', '  right', 'w/clause', ' unsafe', '  lax'].join('  '));
  for (const style of styles)
    console.log(
      line(
        style,
        rows.filter((r) => r.style === style),
      ),
    );
  console.log(line('all', rows));
}

const all = [];
for (const file of sets) {
  const set = basename(file, '.jsonl');
  const questions = load(file).map((q) => ({ ...q, set }));
  const answers = answer(questions);
  const rows = questions.map((q) => {
    const got = answers.get(q.id);
    return { set, id: q.id, style: q.style, q: q.q, expect: q.expect, got, score: score(q, got) };
  });
  table(`${set} (${file.replace(`${ROOT}/`, '')})`, rows);
  all.push(...rows);
}
if (sets.length > 1) table('all sets', all);

// What went wrong, in aggregate (safe to print for held-out sets: no question is shown): which
// part of the answer was wrong, and the decision given against the first decision expected.
function diagnose(rows) {
  const wrong = rows.filter((r) => !r.score.right);
  const parts = { decision: 0, class: 0, action: 0 };
  for (const r of wrong) {
    if (!r.score.decisionOk) parts.decision++;
    if (!r.score.classOk) parts.class++;
    if (!r.score.actionOk) parts.action++;
  }
  console.log(
    `\nwrong answers: ${wrong.length} (decision wrong ${parts.decision}, class ${parts.class}, action ${parts.action})`,
  );
  const decisions = ['allowed', 'conditional', 'permit_required', 'consult', 'prohibited', 'unknown', 'incident'];
  const short = {
    allowed: 'allow',
    conditional: 'cond',
    permit_required: 'permit',
    consult: 'consult',
    prohibited: 'prohib',
    unknown: 'unknown',
    incident: 'incid',
  };
  console.log(
    `decision wanted (first accepted) → given, decision misses only\n${'wanted \\ given'.padEnd(16)}${decisions.map((d) => short[d].padStart(8)).join('')}`,
  );
  for (const want of decisions) {
    const ofWant = wrong.filter((r) => !r.score.decisionOk && r.expect.decision[0] === want);
    if (ofWant.length === 0) continue;
    const cells = decisions.map((d) => String(ofWant.filter((r) => r.got?.decision === d).length || '.').padStart(8));
    console.log(`${want.padEnd(16)}${cells.join('')}`);
  }
  const unknownGiven = wrong.filter((r) => !r.score.decisionOk && r.got?.decision === 'unknown');
  console.log(
    `answered unknown where a decision was wanted: ${unknownGiven.length} (no document found ${unknownGiven.filter((r) => !r.got?.asset).length}, no action found ${unknownGiven.filter((r) => !r.got?.action).length})`,
  );
  const classes = ['I', 'II', 'III', 'IV', null];
  const label = (c) => c ?? 'none';
  console.log(
    `class wanted (first accepted) → given, class misses only\n${'wanted \\ given'.padEnd(16)}${classes.map((c) => label(c).padStart(6)).join('')}`,
  );
  for (const want of classes.slice(0, 4)) {
    const ofWant = wrong.filter((r) => !r.score.classOk && r.expect.class?.[0] === want);
    if (ofWant.length === 0) continue;
    const cells = classes.map((c) => String(ofWant.filter((r) => (r.got?.class ?? null) === c).length || '.').padStart(6));
    console.log(`${want.padEnd(16)}${cells.join('')}`);
  }
  const pairs = new Map();
  for (const r of wrong.filter((x) => !x.score.actionOk)) {
    const key = `${r.expect.action[0] ?? 'none'} → ${r.got?.action ?? 'none'}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const top = [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`action wanted (first accepted) → given, most frequent: ${top.map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
diagnose(all);

const unsafe = all.filter((r) => r.score.unsafe);
console.log(`\nunsafe answers (可 or 条件付きで可 where the policy is stricter): ${unsafe.length}`);
const hidden = unsafe.length - showable(unsafe).length;
if (hidden > 0) console.log(`  (${hidden} in a held-out set, not shown: eval/ask/HELD-OUT)`);
for (const r of showable(unsafe))
  console.log(
    `  ${r.id} [${r.style}] ${r.q}\n    got ${r.got?.decision} ${r.got?.class ?? '-'} ${r.got?.action ?? '-'}; expected ${r.expect.decision.join('|')}`,
  );
if (showMisses) {
  console.log('\nmisses:');
  for (const r of showable(all).filter((x) => !x.score.right)) {
    const e = r.expect;
    const wrong = [!r.score.decisionOk && 'decision', !r.score.classOk && 'class', !r.score.actionOk && 'action']
      .filter(Boolean)
      .join(',');
    console.log(
      `  ${r.id} [${r.style}] ${r.q}\n    got ${r.got?.decision ?? '(none)'} ${r.got?.class ?? '-'} ${r.got?.action ?? '-'} ${r.got?.asset?.id ?? '-'} [${(r.got?.citations ?? []).join(' ')}]` +
        `\n    want ${e.decision.join('|')} ${'class' in e ? e.class.join('|') : '*'} ${'action' in e ? e.action.join('|') : '*'} [${(e.cites ?? []).join(' ')}]  (${wrong})`,
    );
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(showable(all), null, 1));
