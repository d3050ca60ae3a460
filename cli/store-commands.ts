import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  addDelegation,
  anchorHead,
  classRecords,
  classRecordsToCsv,
  feedbackRecords,
  feedbackToCsv,
  findingRecords,
  findingsToCsv,
  findUser,
  importRoster,
  isFindingStatus,
  migrateToLatest,
  openStore,
  permitRecords,
  RemovalsNeedConfirmation,
  RosterError,
  recordsToCsv,
  type Store,
  standingRecords,
  standingToCsv,
  summarizeFeedback,
  summarizeFindings,
} from '../store/index.js';
import { auditFromEnv } from './audit-env.js';
import { commandConfig } from './config.js';
import { EXIT, UsageError } from './errors.js';
import { formatTable } from './format-table.js';
import type { ExitCode, Io } from './io.js';
import { leaversReport } from './roster-removals.js';

const DB_NOTE =
  'データベース: DATABASE_URL (postgres://…) があれば PostgreSQL、なければ MAMORU_DATA_DIR (既定 ./data) の SQLite\n';

/** Each command's usage: printed by `--help` (exit 0) and after a usage error. */
export const USAGE = {
  roster: `使い方 (usage):
  npx mamoru roster import FILE [--removals report|apply] [--confirm-removals N]
      職員名簿 CSV を取り込む (header: email,name,school,role,teams_aad_object_id,google_user_id[,status])
      名簿にない人・status が leaving (離任・退職・異動) の人: report は一覧 (持ち出し中・期間中の許可・
      承認待ち・点検結果) だけ、apply は無効にして承認待ちの申請を取り消し、校長に通知する (削除はしない)。
      校長全員が外れる apply には --confirm-removals (外れる人数) が必要 (4-1(5))
  npx mamoru roster delegate --principal EMAIL --delegate EMAIL --from YYYY-MM-DD --until YYYY-MM-DD
                                                校長の代理で承認できる人と期間を設定する (a principal's delegate)
`,
  records: `使い方 (usage):
  npx mamoru records export --from YYYY-MM-DD --to YYYY-MM-DD [--type permits|standing] [--format csv|json] [--out FILE]
      期間内 (日本時間の日付, 両端を含む) に申請された許可・相談・例外措置の記録 (10-1, 10-2) を書き出す。
      回送・期限切れ・廃棄の記録 (日時・方法・実施者・立会者・委託業者と完了証明書) も含む。
      --type standing は期間内に与えた包括的許可 (2-2(8)②: 対象・範囲・期間・取り消し)。
      時刻は日本時間 (+09:00)。状態・取扱いはコードと日本語の名前の両方。申告 (4-1(1)③ウ) と確認した措置も含む。
      CSV は Excel で開けるよう BOM 付き UTF-8。--from は --to 以前の日付にしてください。
`,
  findings: `使い方 (usage):
  npx mamoru findings summary                   クラウド点検の結果を学校ごとに集計 (open findings per school)
  npx mamoru findings export [--status open|resolved|false_positive|exception] [--school 学校名] [--format csv|json] [--out FILE]
`,
  feedback: `使い方 (usage):
  npx mamoru feedback summary [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json]
      「👎 違う」と言われた回答を、情報・取扱い・判断ごとに多い順に集計 (answers teachers said were wrong)
  npx mamoru feedback export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format csv|json] [--out FILE]
      👍/👎 の一件ずつ (日本時間)。質問文は保存していないため含みません (questions are never stored)
  npx mamoru feedback classes [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|csv|json] [--out FILE]
      分類が分からず校長に確認した情報と、校長の判断 (2-2(4)③): カタログに足りない情報を見つけるために
`,
  audit: `使い方 (usage):
  npx mamoru audit verify [--anchor FILE]...    監査ログの改ざんを検査し、見つけた種類を名指しする (verify the audit chain)
  npx mamoru audit seal [--anchor FILE]...      鍵を設定する前の記録に一度だけ署名する (sign the entries from before the key)
      鍵 (key): MAMORU_AUDIT_KEY または MAMORU_AUDIT_KEY_FILE (32 バイト以上; 例 openssl rand -hex 32)
      アンカー (anchor): MAMORU_AUDIT_ANCHOR、または --anchor (アンカーファイルか、audit_anchor 行を含むログ)
      終了コード (exit): 0 改ざんなし (intact), 10 記録の書き換え (edited), 11 末尾の削除 (truncated),
        12 全件の削除 (emptied), 13 先頭の書き換え (head rewritten), 14 署名のない記録 (unsigned), 15 不正なアンカー
`,
  db: `使い方 (usage):
  npx mamoru db migrate                         データベースを最新の版にする (migrate the database)
`,
} as const;

/** `--help` / `-h` anywhere after the command (or `help` first): its usage on stdout, exit 0. */
export function helpAsked(args: string[], command: keyof typeof USAGE, io: Io): boolean {
  if (args[0] !== 'help' && !args.some((a) => a === '--help' || a === '-h')) return false;
  io.stdout(`${USAGE[command]}${DB_NOTE}`);
  return true;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function date(value: string | undefined, flag: string): string {
  if (!value || !DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw new UsageError(`${flag} には YYYY-MM-DD の日付を指定してください (e.g. ${flag} 2026-04-01)`);
  return value;
}

/** The --from/--to of a command as JST calendar days; --from after --to is a usage error. */
function dateRange(values: { from?: string; to?: string }): { from: string; to: string } {
  const from = date(values.from, '--from');
  const to = date(values.to, '--to');
  if (from > to) throw new UsageError(`--from (${from}) が --to (${to}) より後です。--from は --to 以前の日付にしてください`);
  return { from, to };
}

/**
 * What `findings` and `feedback` share: `export` writes the rows (csv|json); `summary` writes
 * their summary as a table (or json), or says there is nothing yet.
 */
async function exportOrSummarize<R, S>(
  io: Io,
  sub: 'export' | 'summary',
  values: { format?: string; out?: string },
  rows: R[],
  view: { csv: (rows: R[]) => string; summarize: (rows: R[]) => S[]; table: (summary: S[]) => string; empty: string },
): Promise<ExitCode> {
  if (sub === 'export') {
    if (values.format !== 'csv' && values.format !== 'json') throw new UsageError('--format は csv か json です');
    await emit(io, values.format === 'csv' ? view.csv(rows) : `${JSON.stringify(rows, null, 2)}\n`, values.out, rows.length);
    return EXIT.ok;
  }
  const summary = view.summarize(rows);
  if (values.format === 'json') {
    await emit(io, `${JSON.stringify(summary, null, 2)}\n`, values.out, summary.length);
    return EXIT.ok;
  }
  if (values.format !== 'table') throw new UsageError('--format は table か json です');
  if (summary.length === 0) {
    io.stdout(view.empty);
    return EXIT.ok;
  }
  await emit(io, `${view.table(summary)}\n`, values.out, summary.length);
  return EXIT.ok;
}

/**
 * The store for one command. One that appends to the audit log (`writes`) signs with the key
 * from the environment and anchors the head when it is done.
 */
export async function withStore<T>(
  run: (store: Store) => Promise<T>,
  { migrate = true, writes = false }: { migrate?: boolean; writes?: boolean } = {},
): Promise<T> {
  const audit = writes ? auditFromEnv() : {};
  const store = await openStore({ ...commandConfig().store, migrate, ...(audit.key ? { auditKey: audit.key } : {}) });
  try {
    const result = await run(store);
    if (audit.anchorFile) await anchorHead(store.db, { file: audit.anchorFile });
    return result;
  } finally {
    await store.close();
  }
}

/** `mamoru roster import|delegate`. */
export async function rosterCommand(args: string[], io: Io): Promise<ExitCode> {
  if (helpAsked(args, 'roster', io)) return EXIT.ok;
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      principal: { type: 'string' },
      delegate: { type: 'string' },
      from: { type: 'string' },
      until: { type: 'string' },
      removals: { type: 'string' },
      'confirm-removals': { type: 'string' },
    },
  });
  if (sub === 'import') {
    const removals = values.removals;
    if (removals !== undefined && removals !== 'report' && removals !== 'apply')
      throw new UsageError('--removals は report か apply です (report: 一覧だけ, apply: 無効にする)');
    const confirm = values['confirm-removals'];
    if (confirm !== undefined && !/^\d+$/.test(confirm))
      throw new UsageError('--confirm-removals には外れる人数 (数字) を指定してください');
    const file = positionals[0];
    if (!file) throw new UsageError(`取り込む CSV ファイルを指定してください。\n\n${USAGE.roster}`);
    let csv: string;
    try {
      csv = readFileSync(file, 'utf8');
    } catch {
      throw new UsageError(`ファイル ${file} を読めません (cannot read the file)`);
    }
    try {
      const counts = await withStore(
        (store) =>
          importRoster(store.db, csv, file, {
            ...(removals ? { removals } : {}),
            ...(confirm !== undefined ? { confirmRemovals: Number(confirm) } : {}),
          }),
        { writes: true },
      );
      io.stdout(
        `名簿を取り込みました: ${counts.users} 人, ${counts.schools} 校 (imported ${counts.users} users, ${counts.schools} schools)\n${leaversReport(counts, removals)}`,
      );
      return EXIT.ok;
    } catch (error) {
      if (error instanceof RemovalsNeedConfirmation) {
        io.stderr(
          `この名簿を適用すると、校長 ${error.principals} 人全員が名簿から外れます（外れるのは合わせて ${error.leavers} 人）。何も変えていません。\n` +
            `名簿が正しければ --confirm-removals ${error.leavers} を付けて、もう一度実行してください (this would remove every principal: confirm with the count).\n`,
        );
        return EXIT.input;
      }
      if (!(error instanceof RosterError)) throw error;
      io.stderr(
        `名簿に誤りがあるため、何も取り込んでいません (nothing imported):\n${error.issues.map((i) => `  ${file}:${i.line}: ${i.message}`).join('\n')}\n`,
      );
      return EXIT.input;
    }
  }
  if (sub === 'delegate') {
    const from = date(values.from, '--from');
    const until = date(values.until, '--until');
    if (until < from) throw new UsageError('--until は --from 以降の日付にしてください');
    return withStore(
      async (store) => {
        const principal = values.principal ? await findUser(store.db, { email: values.principal }) : undefined;
        const delegate = values.delegate ? await findUser(store.db, { email: values.delegate }) : undefined;
        if (principal?.role !== 'principal')
          throw new UsageError(`--principal ${values.principal ?? ''} は名簿の校長 (role principal) ではありません`);
        if (!delegate) throw new UsageError(`--delegate ${values.delegate ?? ''} は名簿にいません`);
        await addDelegation(store.db, { principalId: principal.id, delegateId: delegate.id, startsOn: from, endsOn: until });
        io.stdout(`${delegate.name}さんが ${from}〜${until} の間、${principal.name}さんの代理で承認できます。\n`);
        return EXIT.ok;
      },
      { writes: true },
    );
  }
  throw new UsageError(`roster のサブコマンドは import か delegate です。\n\n${USAGE.roster}`);
}

/** `mamoru records export`: permits, take-outs and returns for audits (10-1, 10-2). */
export async function recordsCommand(args: string[], io: Io): Promise<ExitCode> {
  if (helpAsked(args, 'records', io)) return EXIT.ok;
  const [sub, ...rest] = args;
  if (sub !== 'export') throw new UsageError(`records のサブコマンドは export です。\n\n${USAGE.records}`);
  const { values } = parseArgs({
    args: rest,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      type: { type: 'string', default: 'permits' },
    },
  });
  const { from, to } = dateRange(values);
  if (values.format !== 'csv' && values.format !== 'json') throw new UsageError('--format は csv か json です');
  if (values.type !== 'permits' && values.type !== 'standing')
    throw new UsageError('--type は permits (許可・持ち出し・廃棄) か standing (包括的許可) です');
  const { rows, csv } =
    values.type === 'standing'
      ? await withStore(async (store) => {
          const rows = await standingRecords(store.db, from, to);
          return { rows, csv: () => standingToCsv(rows) };
        })
      : await withStore(async (store) => {
          const rows = await permitRecords(store.db, from, to);
          return { rows, csv: () => recordsToCsv(rows) };
        });
  const text = values.format === 'csv' ? csv() : `${JSON.stringify(rows, null, 2)}\n`;
  await emit(io, text, values.out, rows.length);
  return EXIT.ok;
}

/**
 * `mamoru feedback summary|export`: the 👍/👎 teachers gave answers, so the board can see where
 * the pack answers wrongly (what was answered, never the question, which is not kept).
 */
export async function feedbackCommand(args: string[], io: Io): Promise<ExitCode> {
  if (helpAsked(args, 'feedback', io)) return EXIT.ok;
  const [sub, ...rest] = args;
  if (sub !== 'summary' && sub !== 'export' && sub !== 'classes')
    throw new UsageError(`feedback のサブコマンドは summary, export か classes です。\n\n${USAGE.feedback}`);
  const { values } = parseArgs({
    args: rest,
    options: {
      from: { type: 'string', default: '2000-01-01' },
      to: { type: 'string', default: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date()) },
      format: { type: 'string', default: sub === 'export' ? 'csv' : 'table' },
      out: { type: 'string' },
    },
  });
  const { from, to } = dateRange(values);
  if (sub === 'classes') return classDecisions(io, from, to, values);
  const rows = await withStore((store) => feedbackRecords(store.db, from, to));
  return exportOrSummarize(io, sub, values, rows, {
    csv: feedbackToCsv,
    summarize: summarizeFeedback,
    empty: 'この期間のフィードバックはありません (no feedback in this period).\n',
    table: (summary) =>
      formatTable(
        ['ポリシー', '情報', '取扱い', '判断', '違う', '役に立った'],
        summary.map((f) => [f.policy, f.asset, f.action, f.decision_label, String(f.wrong), String(f.helpful)]),
      ),
  });
}

/** `feedback classes`: what principals decided about information mamoru could not classify (2-2(4)③). */
async function classDecisions(io: Io, from: string, to: string, values: { format?: string; out?: string }): Promise<ExitCode> {
  const rows = await withStore((store) => classRecords(store.db, from, to));
  if (values.format === 'csv') return emit(io, classRecordsToCsv(rows), values.out, rows.length).then(() => EXIT.ok);
  if (values.format === 'json')
    return emit(io, `${JSON.stringify(rows, null, 2)}\n`, values.out, rows.length).then(() => EXIT.ok);
  if (values.format !== 'table') throw new UsageError('--format は table, csv か json です');
  if (rows.length === 0) {
    io.stdout('この期間に校長へ分類を確認した情報はありません (no class questions in this period).\n');
    return EXIT.ok;
  }
  const table = formatTable(
    ['依頼日時', '学校', '依頼者', '情報', '取扱い', '判断', '判断した人', 'コメント'],
    rows.map((r) => [
      r.asked_at,
      r.school ?? '',
      r.requester,
      r.description,
      r.action ?? '',
      r.class ?? '（判断待ち）',
      r.decided_by ?? '',
      r.comment ?? '',
    ]),
  );
  await emit(io, `${table}\n`, values.out, rows.length);
  return EXIT.ok;
}

/** Text for stdout, or a file when --out is given (the count goes to stderr). */
async function emit(io: Io, text: string, out: string | undefined, count: number): Promise<void> {
  if (!out) return io.stdout(text);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(out, text);
  io.stderr(`${count} 件を ${out} に書き出しました。\n`);
}

/**
 * `mamoru findings summary|export`: the cloud scans' findings for the board's security staff,
 * across every school; reasons are kinds, counts and masked samples, never contents.
 */
export async function findingsCommand(args: string[], io: Io): Promise<ExitCode> {
  if (helpAsked(args, 'findings', io)) return EXIT.ok;
  const [sub, ...rest] = args;
  if (sub !== 'summary' && sub !== 'export')
    throw new UsageError(`findings のサブコマンドは summary か export です。\n\n${USAGE.findings}`);
  const { values } = parseArgs({
    args: rest,
    options: {
      status: { type: 'string' },
      school: { type: 'string' },
      format: { type: 'string', default: sub === 'export' ? 'csv' : 'table' },
      out: { type: 'string' },
    },
  });
  if (values.status !== undefined && !isFindingStatus(values.status))
    throw new UsageError('--status は open, resolved, false_positive, exception のどれかです');
  const rows = await withStore((store) =>
    findingRecords(store.db, {
      ...(values.status ? { status: values.status as never } : {}),
      ...(values.school ? { school: values.school } : {}),
    }),
  );
  const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
  return exportOrSummarize(io, sub, values, rows, {
    csv: findingsToCsv,
    summarize: summarizeFindings,
    empty: 'クラウド点検の結果はまだありません (no findings yet: run mamoru scan --source graph|google).\n',
    table: (summary) =>
      formatTable(
        ['学校', '未解決', 'うち分類Ⅰ', 'うち分類Ⅱ', 'うち全員に共有', '最も古い未解決', '解消', '誤検知', '例外'],
        summary.map((s) => [
          s.school ?? '（名簿にない所有者）',
          String(s.open),
          String(s.openClassI),
          String(s.openClassII),
          String(s.openSharedWithAnyone),
          day(s.oldestOpenSince),
          String(s.resolved),
          String(s.falsePositive),
          String(s.exception),
        ]),
      ),
  });
}

/** `mamoru db migrate`. */
export async function dbCommand(args: string[], io: Io): Promise<ExitCode> {
  if (helpAsked(args, 'db', io)) return EXIT.ok;
  if (args[0] !== 'migrate') throw new UsageError(`db のサブコマンドは migrate です。\n\n${USAGE.db}`);
  const applied = await withStore((store) => migrateToLatest(store.db as never), { migrate: false });
  io.stdout(applied.length > 0 ? `適用しました (applied): ${applied.join(', ')}\n` : 'データベースは最新です (up to date)\n');
  return EXIT.ok;
}
