import { appendFileSync, readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Where the chain ended at a moment, as written outside the database. */
export interface AnchoredHead {
  seq: number;
  hash: string;
  /** When it was anchored (ISO 8601). */
  at: string;
  /** The head's MAC as the database held it (null without a key). */
  mac: string | null;
}

/** One line of an anchor file (or of an exported log): a head, or a line that is not one. */
export type AnchorLine = { where: string; head: AnchoredHead } | { where: string; head?: undefined };

/** What an anchor needs of a logger (pino fits). */
export interface AnchorLog {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** The chain's head now, or undefined when its row is gone. */
export async function readHead(db: Kysely<Database>): Promise<{ seq: number; hash: string; mac: string | null } | undefined> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash', 'mac']).where('id', '=', 1).executeTakeFirst();
  return head && { seq: Number(head.seq), hash: head.hash, mac: head.mac ?? null };
}

/**
 * Writes the head outside the database: a line appended to the anchor file (opened for appending
 * only: mamoru never rewrites it) and a log line at info, `{audit_anchor: {seq, hash, at, mac}}`.
 * `mamoru audit verify --anchor FILE` reads either back.
 */
export async function anchorHead(
  db: Kysely<Database>,
  to: { file?: string; log?: AnchorLog },
): Promise<AnchoredHead | undefined> {
  const head = await readHead(db);
  if (!head) return undefined;
  const anchored: AnchoredHead = { seq: head.seq, hash: head.hash, at: new Date().toISOString(), mac: head.mac };
  if (to.file) appendFileSync(to.file, `${JSON.stringify(anchored)}\n`, { flag: 'a', mode: 0o600 });
  to.log?.info({ audit_anchor: anchored }, 'audit head anchored');
  return anchored;
}

export interface Anchoring {
  /** Stops the timer and anchors the head one last time (shutdown). */
  stop(): Promise<void>;
}

/**
 * Anchors the head now (a file that cannot be written fails here, at start-up), then every
 * `everyMs` when it has moved, and on stop.
 */
export async function startAnchoring(
  db: Kysely<Database>,
  to: { file?: string; log: AnchorLog },
  everyMs = 60_000,
): Promise<Anchoring> {
  let last = await anchorHead(db, to);
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      const head = await readHead(db);
      if (head && (head.seq !== last?.seq || head.hash !== last.hash)) last = await anchorHead(db, to);
    } catch (error) {
      to.log.error({ err: error }, 'could not anchor the audit head');
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await tick();
    },
  };
}

/**
 * The heads in an anchor file, or in a log holding `audit_anchor` lines; other log lines (JSON
 * with a `msg`) are skipped, anything else is returned as a line that is not a head.
 */
export function readAnchors(file: string): AnchorLine[] {
  const lines: AnchorLine[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim() === '') return;
      const where = `${file}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        lines.push({ where });
        return;
      }
      const record = (value ?? {}) as Record<string, unknown>;
      const head = asHead(record.audit_anchor ?? record);
      if (head) lines.push({ where, head });
      else if (typeof record.msg !== 'string') lines.push({ where });
    });
  return lines;
}

function asHead(value: unknown): AnchoredHead | undefined {
  const v = value as Partial<AnchoredHead> | null;
  if (!v || typeof v !== 'object') return undefined;
  if (!Number.isSafeInteger(v.seq) || (v.seq as number) < 0) return undefined;
  if (typeof v.hash !== 'string' || !/^[0-9a-f]{64}$/.test(v.hash)) return undefined;
  if (v.mac !== null && v.mac !== undefined && typeof v.mac !== 'string') return undefined;
  return { seq: v.seq as number, hash: v.hash, at: typeof v.at === 'string' ? v.at : '', mac: v.mac ?? null };
}
