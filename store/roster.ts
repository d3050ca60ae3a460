import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { z } from 'zod/v4';
import { ROLE_IDS } from '../policy/contract.js';
import { appendAudit } from './audit.js';
import type { Database } from './schema.js';
import { applyLeavers, findLeavers, type Leaver, principalsLost, RemovalsNeedConfirmation } from './staff-removals.js';

/** The roster CSV header (DESIGN.md). */
export const ROSTER_HEADER = ['email', 'name', 'school', 'role', 'teams_aad_object_id', 'google_user_id'] as const;
/** An optional last column: `leaving` (離任・退職・異動) marks a person who leaves (4-1(5)). */
export const STATUS_COLUMN = 'status';
const LEAVING = new Set(['leaving', 'left', '離任', '退職', '異動', '転出']);
const BOARD_ROLES = new Set(['board_security', 'ciso', 'csirt']);
const MAX_ROWS = 100_000;

const row = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email('not an e-mail address')),
    name: z.string().trim().min(1, 'name is empty').max(255),
    school: z.string().trim().max(255),
    role: z.enum(ROLE_IDS, `role must be one of ${ROLE_IDS.join(', ')}`),
    teams_aad_object_id: z
      .string()
      .trim()
      .transform((v) => v.toLowerCase())
      .refine(
        (v) => v === '' || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}$/.test(v),
        'teams_aad_object_id is not a GUID',
      ),
    google_user_id: z.string().trim().max(255),
  })
  .refine((r) => r.school !== '' || BOARD_ROLES.has(r.role), {
    message: 'school is empty (only board roles may have none)',
    path: ['school'],
  });

export type RosterRow = z.infer<typeof row> & {
  /** Marked as leaving in the status column: kept, but treated as no longer on the roster. */
  leaving?: boolean;
};

export class RosterError extends Error {
  constructor(readonly issues: { line: number; message: string }[]) {
    super(`the roster has ${issues.length} problem(s):\n${issues.map((i) => `  line ${i.line}: ${i.message}`).join('\n')}`);
    this.name = 'RosterError';
  }
}

/** Parses and validates a roster CSV; every bad row is reported with its line number. */
export function parseRoster(csv: string): RosterRow[] {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      to: MAX_ROWS + 1,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new RosterError([{ line, message: `not valid CSV: ${(error as Error).message}` }]);
  }
  const [header, ...rows] = records;
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const hasStatus = names.length === ROSTER_HEADER.length + 1 && names.at(-1) === STATUS_COLUMN;
  if (ROSTER_HEADER.some((h, i) => names[i] !== h) || (names.length !== ROSTER_HEADER.length && !hasStatus)) {
    throw new RosterError([
      { line: 1, message: `the header must be exactly: ${ROSTER_HEADER.join(',')} (and optionally ,${STATUS_COLUMN})` },
    ]);
  }
  const width = names.length;
  if (rows.length > MAX_ROWS) throw new RosterError([{ line: MAX_ROWS + 2, message: `more than ${MAX_ROWS} rows` }]);
  const issues: { line: number; message: string }[] = [];
  const seen = new Map<string, number>();
  const parsed: RosterRow[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== width) {
      issues.push({ line, message: `expected ${width} columns, found ${cells.length}` });
      return;
    }
    const status = hasStatus ? (cells[width - 1] ?? '').trim().toLowerCase() : '';
    if (status !== '' && status !== 'active' && !LEAVING.has(status)) {
      issues.push({ line, message: `status must be empty, active or leaving (離任・退職・異動), not "${status}"` });
      return;
    }
    const result = row.safeParse(Object.fromEntries(ROSTER_HEADER.map((h, j) => [h, cells[j] ?? ''])));
    if (!result.success) {
      for (const issue of result.error.issues)
        issues.push({ line, message: `${issue.path.join('.') || 'row'}: ${issue.message}` });
      return;
    }
    const first = seen.get(result.data.email);
    if (first) issues.push({ line, message: `${result.data.email} is already on line ${first}` });
    seen.set(result.data.email, line);
    parsed.push({ ...result.data, ...(LEAVING.has(status) ? { leaving: true } : {}) });
  });
  if (issues.length > 0) throw new RosterError(issues);
  return parsed;
}

export interface ImportOptions {
  /**
   * People the roster no longer lists (or marks as leaving): `report` lists them with what is still
   * open in their name and changes nothing for them; `apply` also makes them inactive, cancels their
   * pending requests, ends their standing permissions and tells their principal. Nobody is deleted.
   */
  removals?: 'report' | 'apply';
  /** Applying removals that take away every principal needs this: the number of people removed. */
  confirmRemovals?: number;
  at?: Date;
}

export interface ImportResult {
  users: number;
  schools: number;
  /** Everyone the roster no longer lists, with what is open in their name (always computed). */
  leavers: Leaver[];
  /** Whether the removals were applied. */
  applied: boolean;
}

/**
 * Imports a roster: all rows or none. Users are matched by e-mail and updated; schools are
 * created by name. People it no longer lists are reported, and with `removals: 'apply'` made
 * inactive (4-1(5)); applying removals that would leave no principal needs `confirmRemovals`.
 */
export async function importRoster(
  db: Kysely<Database>,
  csv: string,
  source = 'roster',
  options: ImportOptions = {},
): Promise<ImportResult> {
  const rows = parseRoster(csv);
  const at = options.at ?? new Date();
  const now = at.toISOString();
  return db.transaction().execute(async (tx) => {
    const leavers = await findLeavers(tx, rows, at);
    const apply = options.removals === 'apply' && leavers.length > 0;
    if (apply) {
      const lost = await principalsLost(tx, leavers);
      if (lost.removed > 0 && lost.removed === lost.total && options.confirmRemovals !== leavers.length)
        throw new RemovalsNeedConfirmation(leavers.length, lost.removed);
    }
    const schoolIds = new Map<string, string>();
    for (const name of new Set(rows.map((r) => r.school).filter(Boolean))) {
      const existing = await tx.selectFrom('schools').select('id').where('name', '=', name).executeTakeFirst();
      const id = existing?.id ?? randomUUID();
      if (!existing) await tx.insertInto('schools').values({ id, name, created_at: now }).execute();
      schoolIds.set(name, id);
    }
    for (const r of rows) {
      // A person marked as leaving keeps their row as it was, until the removal is applied.
      if (r.leaving) continue;
      const values = {
        email: r.email,
        name: r.name,
        school_id: r.school ? (schoolIds.get(r.school) ?? null) : null,
        role: r.role,
        teams_aad_object_id: r.teams_aad_object_id || null,
        google_user_id: r.google_user_id || null,
        active: 1,
        left_at: null,
        updated_at: now,
      };
      await tx
        .insertInto('users')
        .values({ id: randomUUID(), ...values })
        .onConflict((oc) => oc.column('email').doUpdateSet(values))
        .execute();
    }
    await appendAudit(
      tx,
      {
        actor: 'system',
        action: 'roster.imported',
        subject: 'roster',
        data: {
          source,
          users: rows.length,
          schools: schoolIds.size,
          leavers: leavers.length,
          removals: options.removals ?? null,
        },
      },
      at,
    );
    if (apply) await applyLeavers(tx, leavers, at);
    return { users: rows.length, schools: schoolIds.size, leavers, applied: apply };
  });
}
