import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { type Permit, recordEvent, refreshDeliveredCards } from './permits.js';
import type { Database } from './schema.js';

export type Disposal = Selectable<Database['disposal_records']>;

export interface DisposalInput {
  permitId: string;
  /** The requester, who records it. */
  actorId: string;
  disposedOn: string;
  /** Who did it: a staff member's name, or the contractor's person. */
  performedBy: string;
  /** A method id from the pack (細断, 溶解, 物理的破壊 …). */
  method: string;
  /** What was disposed of (通知表 3年2組分 …). */
  items: string;
  witnessId: string | null;
  contractor?: string;
  /** When the contractor's certificate (完了証明書) is due: reminded if not received by then. */
  certificateDue?: string;
  /** The card the record was made from (updated by the click itself). */
  fromMessageId?: string;
}

/**
 * Closes an approved disposal with its record (2-2(12), 第3表: date, person, method, what, a staff
 * witness; a contractor's certificate to come), at once: only the requester, only while approved,
 * the first record wins. A certificate not received by its due date is reminded.
 */
export async function recordDisposal(
  db: Kysely<Database>,
  input: DisposalInput,
  at = new Date(),
): Promise<{ changed: boolean; permit: Permit | undefined }> {
  return db.transaction().execute(async (tx) => {
    const result = await tx
      .updateTable('permits')
      .set({ status: 'disposed', updated_at: at.toISOString() })
      .where('id', '=', input.permitId)
      .where('status', '=', 'approved')
      .where('closing', '=', 'disposal')
      .where('requester_id', '=', input.actorId)
      .executeTakeFirst();
    const permit = await tx.selectFrom('permits').selectAll().where('id', '=', input.permitId).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1 || !permit) return { changed: false, permit };
    const record = {
      permit_id: permit.id,
      disposed_on: input.disposedOn,
      performed_by: input.performedBy,
      method: input.method,
      items: input.items,
      witness_id: input.witnessId,
      contractor: input.contractor ?? null,
      certificate_due: input.contractor ? (input.certificateDue ?? null) : null,
      certificate_received_at: null,
      certificate_received_by: null,
      recorded_by: input.actorId,
      recorded_at: at.toISOString(),
    };
    await tx.insertInto('disposal_records').values(record).execute();
    const { permit_id: _p, recorded_at: _r, ...data } = record;
    await recordEvent(tx, permit.id, 'disposed', input.actorId, data, at);
    if (record.certificate_due) {
      await tx
        .insertInto('reminders')
        .values({
          id: randomUUID(),
          permit_id: permit.id,
          kind: 'certificate_due',
          // The day after the due date, in the morning: it did not come in time.
          due_at: new Date(Date.parse(`${record.certificate_due}T08:00:00+09:00`) + 86_400_000).toISOString(),
          status: 'pending',
          done_at: null,
        })
        .execute();
    }
    await refreshDeliveredCards(tx, permit.id, 'disposed', at, input.fromMessageId);
    return { changed: true, permit };
  });
}

/** 「完了証明書を受け取りました」: once, by the requester or an approver (the caller checks who); its reminder stops. */
export async function receiveCertificate(
  db: Kysely<Database>,
  input: { permitId: string; actorId: string; fromMessageId?: string },
  at = new Date(),
): Promise<{ changed: boolean }> {
  return db.transaction().execute(async (tx) => {
    const result = await tx
      .updateTable('disposal_records')
      .set({ certificate_received_at: at.toISOString(), certificate_received_by: input.actorId })
      .where('permit_id', '=', input.permitId)
      .where('contractor', 'is not', null)
      .where('certificate_received_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { changed: false };
    await recordEvent(tx, input.permitId, 'certificate_received', input.actorId, {}, at);
    await tx
      .updateTable('reminders')
      .set({ status: 'cancelled', done_at: at.toISOString() })
      .where('permit_id', '=', input.permitId)
      .where('kind', '=', 'certificate_due')
      .where('status', '=', 'pending')
      .execute();
    await refreshDeliveredCards(tx, input.permitId, 'certificate', at, input.fromMessageId);
    return { changed: true };
  });
}

export async function getDisposal(db: Kysely<Database>, permitId: string): Promise<Disposal | undefined> {
  return db.selectFrom('disposal_records').selectAll().where('permit_id', '=', permitId).executeTakeFirst();
}
