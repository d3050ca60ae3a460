import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createPermit, findUser, importRoster, type Store } from '../../store/index.js';
import { fixture } from './bot-harness.js';
import { ROOT } from './run-cli.js';

const ROSTER = readFileSync(new URL('../fixtures/roster-demo.csv', import.meta.url), 'utf8');
export const PRINCIPAL_AAD = '9a4c7e21-3f5d-4e0a-8b61-0c2f9e8d7a55';

/** The store of a `mamoru serve` child: a SQLite data dir, or a PostgreSQL database. */
export type Where = { dataDir: string } | { databaseUrl: string };

export interface ServeChild {
  child: ChildProcess;
  pid: number;
  /** Resolves once it listens (start-up done: leases taken back, first drain kicked). */
  ready: Promise<void>;
  kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

/** `mamoru serve --port 0` in local mode, as an operator runs it, on that store. */
export function serveChild(where: Where, env: Record<string, string> = {}): ServeChild {
  const child = spawn(process.execPath, ['bin/mamoru.js', 'serve', '--port', '0'], {
    cwd: ROOT,
    env: {
      ...process.env,
      MAMORU_LOG_LEVEL: 'silent',
      MicrosoftAppId: '',
      MAMORU_CONFIG: '',
      ...('dataDir' in where ? { MAMORU_DATA_DIR: where.dataDir, DATABASE_URL: '' } : { DATABASE_URL: where.databaseUrl }),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (stderr.includes('listening on')) resolve();
    });
    exited.then(() => reject(new Error(`mamoru serve exited before listening:\n${stderr}`)));
  });
  ready.catch(() => {});
  return {
    child,
    pid: child.pid!,
    ready,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** The roster, the principal's Teams chat (its serviceUrl on the fake connector), and one request waiting for approval. */
export async function seedPendingRequest(store: Store, connectorUrl: string) {
  await importRoster(store.db, ROSTER);
  const principal = (await findUser(store.db, { aadObjectId: PRINCIPAL_AAD }))!;
  const teacher = (await findUser(store.db, { email: 'hanako.yamada@school.example.jp' }))!;
  const bot = fixture<{ recipient: Record<string, unknown> }>('teams/message-personal.json').recipient;
  await store.bot.saveConversationReference({
    channel: 'teams',
    userId: '29:principal',
    conversationId: 'a:principal-chat',
    conversationKind: 'personal',
    aadObjectId: PRINCIPAL_AAD,
    reference: {
      serviceUrl: connectorUrl,
      channelId: 'msteams',
      conversation: { id: 'a:principal-chat' },
      bot,
      user: { id: '29:principal' },
    },
  });
  return createPermit(
    store.db,
    {
      kind: 'permit',
      policy: 'kumamoto',
      schoolId: teacher.school_id,
      requesterId: teacher.id,
      approverRole: 'principal',
      action: 'take_out',
      class: 'II',
      assetId: 'report_card',
      assetName: '通知表',
      decision: 'permit_required',
      purpose: '家庭訪問',
      returnOn: '2030-01-01',
      details: { language: 'ja', confirmations: [], declarations: [] },
    },
    [principal],
  );
}
