import type { Kysely } from 'kysely';
import { lockHead } from './audit.js';
import { type AnchorLine, readHead } from './audit-anchor.js';
import type { AuditKey } from './audit-key.js';
import type { Database } from './schema.js';
import { type AuditVerdict, verifyAudit } from './verify-audit.js';

/**
 * Signs, once, the entries written before the audit key existed, and the head: only when the
 * chain is intact (every hash, every MAC already there, every anchor) and the unsigned entries
 * all come before the first signed one. One transaction holding the head: appends wait.
 */
export async function sealAudit(
  db: Kysely<Database>,
  key: AuditKey,
  anchors: AnchorLine[] = [],
): Promise<{ verdict: AuditVerdict; signed: number }> {
  return db.transaction().execute(async (tx) => {
    // Without its head row the chain cannot be locked; verifying names that.
    if (!(await readHead(tx))) return { verdict: await verifyAudit(tx, { key, anchors, sealing: true }), signed: 0 };
    const head = await lockHead(tx);
    const verdict = await verifyAudit(tx, { key, anchors, sealing: true });
    if (!verdict.ok) return { verdict, signed: 0 };
    let signed = 0;
    for (;;) {
      const rows = await tx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('mac', 'is', null)
        .orderBy('seq')
        .limit(500)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows)
        await tx
          .updateTable('audit_log')
          .set({ mac: key.entryMac(row.hash) })
          .where('seq', '=', row.seq)
          .execute();
      signed += rows.length;
    }
    await tx
      .updateTable('audit_head')
      .set({ mac: key.headMac(head.seq, head.hash) })
      .where('id', '=', 1)
      .execute();
    return { verdict, signed };
  });
}
