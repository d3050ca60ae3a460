import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { z } from 'zod/v4';
import { ROLE_IDS } from '../policy/contract.js';
import { appendAudit } from './audit.js';
import type { Database } from './schema.js';

/** The roster CSV header (DESIGN.md). */
export const ROSTER_HEADER = ['email', 'name', 'school', 'role', 'teams_aad_object_id', 'google_user_id'] as const;
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

export type RosterRow = z.infer<typeof row>;

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
  if (ROSTER_HEADER.some((h, i) => names[i] !== h)) {
    throw new RosterError([{ line: 1, message: `the header must be exactly: ${ROSTER_HEADER.join(',')}` }]);
  }
  if (rows.length > MAX_ROWS) throw new RosterError([{ line: MAX_ROWS + 2, message: `more than ${MAX_ROWS} rows` }]);
  const issues: { line: number; message: string }[] = [];
  const seen = new Map<string, number>();
  const parsed: RosterRow[] = [];
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== ROSTER_HEADER.length) {
      issues.push({ line, message: `expected ${ROSTER_HEADER.length} columns, found ${cells.length}` });
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
    parsed.push(result.data);
  });
  if (issues.length > 0) throw new RosterError(issues);
  return parsed;
}

/**
 * Imports a roster: all rows or none. Users are matched by e-mail and updated; schools are
 * created by name. Returns the counts.
 */
export async function importRoster(
  db: Kysely<Database>,
  csv: string,
  source = 'roster',
): Promise<{ users: number; schools: number }> {
  const rows = parseRoster(csv);
  const now = new Date().toISOString();
  return db.transaction().execute(async (tx) => {
    const schoolIds = new Map<string, string>();
    for (const name of new Set(rows.map((r) => r.school).filter(Boolean))) {
      const existing = await tx.selectFrom('schools').select('id').where('name', '=', name).executeTakeFirst();
      const id = existing?.id ?? randomUUID();
      if (!existing) await tx.insertInto('schools').values({ id, name, created_at: now }).execute();
      schoolIds.set(name, id);
    }
    for (const r of rows) {
      const values = {
        email: r.email,
        name: r.name,
        school_id: r.school ? (schoolIds.get(r.school) ?? null) : null,
        role: r.role,
        teams_aad_object_id: r.teams_aad_object_id || null,
        google_user_id: r.google_user_id || null,
        active: 1,
        updated_at: now,
      };
      await tx
        .insertInto('users')
        .values({ id: randomUUID(), ...values })
        .onConflict((oc) => oc.column('email').doUpdateSet(values))
        .execute();
    }
    await appendAudit(tx, {
      actor: 'system',
      action: 'roster.imported',
      subject: 'roster',
      data: { source, users: rows.length, schools: schoolIds.size },
    });
    return { users: rows.length, schools: schoolIds.size };
  });
}
