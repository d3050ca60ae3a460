import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import type { AuditSettings } from '../config/index.js';

// Domain labels: an entry's MAC can never pass for the head's, nor the other way round, so a
// truncated log cannot borrow its new last entry's MAC to sign a shortened head.
const ENTRY = 'mamoru/audit/entry/v1';
const HEAD = 'mamoru/audit/head/v1';
const MIN_BYTES = 32;

export class AuditKeyError extends Error {
  constructor(
    readonly code: 'both_set' | 'unreadable' | 'too_short',
    message: string,
  ) {
    super(message);
    this.name = 'AuditKeyError';
  }
}

/**
 * The secret that signs the audit chain. It lives outside the database (MAMORU_AUDIT_KEY or
 * MAMORU_AUDIT_KEY_FILE) and never leaves this object: logging or serialising it shows [redacted].
 */
export class AuditKey {
  readonly #secret: Buffer;

  constructor(secret: string) {
    const bytes = Buffer.from(secret.trim(), 'utf8');
    if (bytes.length < MIN_BYTES)
      throw new AuditKeyError('too_short', `the audit key must be at least ${MIN_BYTES} bytes (e.g. openssl rand -hex 32)`);
    this.#secret = bytes;
  }

  /** An entry's MAC: over its hash, which already covers its contents and the whole chain before it. */
  entryMac(hash: string): string {
    return this.#mac(ENTRY, hash);
  }

  /** The head's MAC: over where the chain ends. */
  headMac(seq: number, hash: string): string {
    return this.#mac(HEAD, `${seq}\n${hash}`);
  }

  #mac(domain: string, text: string): string {
    return createHmac('sha256', this.#secret).update(`${domain}\n${text}`).digest('hex');
  }

  toJSON(): string {
    return '[redacted]';
  }

  [inspect.custom](): string {
    return 'AuditKey [redacted]';
  }
}

/** Constant-time comparison of two hex MACs; a missing one never matches. */
export function macMatches(expected: string, actual: string | null | undefined): boolean {
  if (!actual || actual.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(actual));
}

export interface AuditOptions {
  /** Signs every entry and the head; absent, the chain only catches accidental damage. */
  key?: AuditKey;
  /** A JSON-lines file the head is appended to, outside the database (MAMORU_AUDIT_ANCHOR). */
  anchorFile?: string;
}

/**
 * The audit key and anchor from the configuration: MAMORU_AUDIT_KEY (the secret itself) or
 * MAMORU_AUDIT_KEY_FILE (a file holding it, read here), and MAMORU_AUDIT_ANCHOR.
 *
 * @example auditOptionsOf(config.audit) // called only by cli/ and bot/start-bot.ts
 */
export function auditOptionsOf(settings: AuditSettings): AuditOptions {
  const secret = settings.key;
  const file = settings.keyFile;
  if (secret && file) throw new AuditKeyError('both_set', 'set MAMORU_AUDIT_KEY or MAMORU_AUDIT_KEY_FILE, not both');
  let key: AuditKey | undefined;
  if (secret) key = new AuditKey(secret);
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new AuditKeyError('unreadable', `cannot read the audit key file ${file}`);
    }
    key = new AuditKey(text);
  }
  return { ...(key ? { key } : {}), ...(settings.anchorFile ? { anchorFile: settings.anchorFile } : {}) };
}

/**
 * Carries the key on a Kysely instance, so every append made through it, or through its
 * transactions (kysely hands plugins on), signs; the store's callers need not pass it along.
 * It changes no query.
 */
class AuditKeyCarrier implements KyselyPlugin {
  constructor(readonly key: AuditKey) {}

  transformQuery(args: PluginTransformQueryArgs) {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

export function withAuditKey<DB>(db: Kysely<DB>, key: AuditKey): Kysely<DB> {
  return db.withPlugin(new AuditKeyCarrier(key));
}

/** The key the store was opened with, if any. */
export function auditKeyOf<DB>(db: Kysely<DB>): AuditKey | undefined {
  return db.getExecutor().plugins.find((p): p is AuditKeyCarrier => p instanceof AuditKeyCarrier)?.key;
}
