import type { Kysely } from 'kysely';
import { GENESIS, hashOf } from './audit.js';
import type { AnchorLine } from './audit-anchor.js';
import { readHead } from './audit-anchor.js';
import { type AuditKey, macMatches } from './audit-key.js';
import type { Database } from './schema.js';

/**
 * What tampering looks like, by kind: `edited` an entry was changed (or the chain rewritten from
 * it), `truncated` entries were removed from the end, `emptied` all of them, `head_rewritten` the
 * head no longer says where the chain ends, `unsigned` an entry has no MAC while a key is set,
 * `anchor_invalid` a line in an anchor file is not a head mamoru anchored.
 */
export type AuditProblemKind = 'edited' | 'truncated' | 'emptied' | 'head_rewritten' | 'unsigned' | 'anchor_invalid';

/** What showed it: which check failed. */
export type AuditEvidence =
  | 'missing'
  | 'link'
  | 'hash'
  | 'mac'
  | 'unsigned'
  | 'head_missing'
  | 'head_mac'
  | 'head_ahead'
  | 'head_mismatch'
  | 'anchor_ahead'
  | 'anchor_mismatch'
  | 'anchor_mac'
  | 'anchor_unreadable';

export interface AuditProblem {
  kind: AuditProblemKind;
  evidence: AuditEvidence;
  /** The entry concerned; for the head or an anchor, the entry it names. */
  seq: number;
  /** The anchor line that showed it: `FILE:LINE`. */
  anchor?: string;
}

export interface AuditVerdict {
  ok: boolean;
  /** Entries in the log. */
  entries: number;
  /** The last entry's seq (0 when empty). */
  end: number;
  /** The MACs were checked (a key was given). */
  signed: boolean;
  /** Anchored heads compared with the chain. */
  anchors: number;
  problems: AuditProblem[];
}

export interface VerifyOptions {
  key?: AuditKey;
  anchors?: AnchorLine[];
  /**
   * For `audit seal`: entries without a MAC before the first signed one (written before the key
   * existed) are what it is about to sign, not a problem; an unsigned one after a signed one is.
   */
  sealing?: boolean;
}

const BATCH = 1000;

/**
 * Walks the chain from the start and names every kind of tampering it finds: the first broken
 * entry, a head that does not match the log (or whose MAC fails), and each anchored head the
 * chain no longer contains. The head is read first, so entries appended meanwhile are no alarm.
 */
export async function verifyAudit(db: Kysely<Database>, options: VerifyOptions = {}): Promise<AuditVerdict> {
  const { key } = options;
  const head = await readHead(db);
  const anchors = (options.anchors ?? []).flatMap((a) => (a.head ? [{ ...a.head, where: a.where }] : []));
  // Only the hashes something outside the chain vouches for are kept: the head's and the anchors'.
  const wanted = new Set([...anchors.map((a) => a.seq), head?.seq ?? 0]);
  const stored = new Map<number, string>([[0, GENESIS]]);

  let chain: AuditProblem | undefined;
  let prev = GENESIS;
  let end = 0;
  let entries = 0;
  let signedSeen = false;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', end).orderBy('seq').limit(BATCH).execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      if (wanted.has(seq)) stored.set(seq, row.hash);
      if (!chain) chain = checkEntry({ ...row, seq }, prev, end + 1, key, options.sealing === true && !signedSeen);
      if (row.mac) signedSeen = true;
      prev = row.hash;
      end = seq;
      entries++;
    }
    if (rows.length < BATCH) break;
  }

  const problems: AuditProblem[] = chain ? [chain] : [];
  const headProblem = checkHead(head, { key, end, entries, stored, signedSeen });
  if (headProblem) problems.push(headProblem);
  problems.push(...checkAnchors(options.anchors ?? [], { key, end, entries, stored }));
  return { ok: problems.length === 0, entries, end, signed: key !== undefined, anchors: anchors.length, problems };
}

type Row = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  data: string;
  prev_hash: string;
  hash: string;
  mac: string | null;
};

function checkEntry(
  row: Row,
  prev: string,
  expected: number,
  key: AuditKey | undefined,
  mayBeUnsigned: boolean,
): AuditProblem | undefined {
  const edited = (evidence: AuditEvidence, seq = row.seq): AuditProblem => ({ kind: 'edited', evidence, seq });
  if (row.seq !== expected) return edited('missing', expected);
  if (row.prev_hash !== prev) return edited('link');
  if (hashOf(prev, row) !== row.hash) return edited('hash');
  if (!key) return undefined;
  if (!row.mac) return mayBeUnsigned ? undefined : { kind: 'unsigned', evidence: 'unsigned', seq: row.seq };
  if (!macMatches(key.entryMac(row.hash), row.mac)) return edited('mac');
  return undefined;
}

interface ChainEnd {
  key: AuditKey | undefined;
  end: number;
  entries: number;
  stored: Map<number, string>;
}

function checkHead(
  head: Awaited<ReturnType<typeof readHead>>,
  chain: ChainEnd & { signedSeen: boolean },
): AuditProblem | undefined {
  if (!head) return { kind: 'head_rewritten', evidence: 'head_missing', seq: chain.end };
  // An unsigned head is one no key has touched yet (before the key, or `audit seal`): appending
  // with a key signs the head in the same transaction as the entry.
  const mustBeSigned = head.mac !== null || chain.signedSeen;
  if (chain.key && mustBeSigned && !macMatches(chain.key.headMac(head.seq, head.hash), head.mac))
    return { kind: 'head_rewritten', evidence: 'head_mac', seq: head.seq };
  if (chain.end < head.seq) return { kind: chain.entries === 0 ? 'emptied' : 'truncated', evidence: 'head_ahead', seq: head.seq };
  if (chain.stored.get(head.seq) !== head.hash)
    // A head whose MAC holds is the true end: then the entry was rewritten, not the head.
    return { kind: chain.key && head.mac ? 'edited' : 'head_rewritten', evidence: 'head_mismatch', seq: head.seq };
  return undefined;
}

/** One problem per kind of evidence: the anchor that shows it best (the furthest one the log lost). */
function checkAnchors(lines: AnchorLine[], chain: ChainEnd): AuditProblem[] {
  const found = new Map<AuditEvidence, AuditProblem>();
  const note = (problem: AuditProblem) => {
    const seen = found.get(problem.evidence);
    if (!seen || (problem.evidence === 'anchor_ahead' && problem.seq > seen.seq)) found.set(problem.evidence, problem);
  };
  for (const { where, head } of lines) {
    if (!head) {
      note({ kind: 'anchor_invalid', evidence: 'anchor_unreadable', seq: 0, anchor: where });
      continue;
    }
    // Anchors written before the key existed carry no MAC; one that carries a wrong MAC is forged.
    if (chain.key && head.mac && !macMatches(chain.key.headMac(head.seq, head.hash), head.mac)) {
      note({ kind: 'anchor_invalid', evidence: 'anchor_mac', seq: head.seq, anchor: where });
      continue;
    }
    if (head.seq > chain.end)
      note({ kind: chain.entries === 0 ? 'emptied' : 'truncated', evidence: 'anchor_ahead', seq: head.seq, anchor: where });
    else if (chain.stored.get(head.seq) !== head.hash)
      note({ kind: 'edited', evidence: 'anchor_mismatch', seq: head.seq, anchor: where });
  }
  return [...found.values()];
}
