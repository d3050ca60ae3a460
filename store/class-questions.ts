import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { appendAudit } from './audit.js';
import { enqueue } from './outbox.js';
import { jstDays, toCsv, toJst } from './records.js';
import type { Database } from './schema.js';
import type { User } from './users.js';

export type ClassQuestion = Selectable<Database['class_questions']>;

/**
 * 2-2(4)③: a teacher asks the principal to decide the class of information mamoru could not tell.
 * The question, its audit entry and the principals' cards, at once.
 */
export async function askClass(
  db: Kysely<Database>,
  input: {
    policy: string;
    schoolId: string | null;
    requesterId: string;
    answerId: string;
    action: string | null;
    description: string;
  },
  approvers: User[],
  at = new Date(),
): Promise<ClassQuestion> {
  return db.transaction().execute(async (tx) => {
    const row: ClassQuestion = {
      id: randomUUID(),
      policy: input.policy,
      school_id: input.schoolId,
      requester_id: input.requesterId,
      answer_id: input.answerId,
      action: input.action,
      description: input.description,
      status: 'pending',
      class: null,
      decided_by: null,
      decided_at: null,
      comment: null,
      decided_answer_id: null,
      created_at: at.toISOString(),
    };
    await tx.insertInto('class_questions').values(row).execute();
    await appendAudit(
      tx,
      {
        actor: input.requesterId,
        action: 'class.asked',
        subject: `class:${row.id}`,
        data: { action: input.action, answer: input.answerId },
      },
      at,
    );
    for (const approver of approvers) {
      await enqueue(
        tx,
        {
          kind: 'class_question',
          recipientId: approver.id,
          dedupeKey: `class:${row.id}:ask:${approver.id}`,
          payload: { questionId: row.id },
        },
        at,
      );
    }
    return row;
  });
}

export async function getClassQuestion(db: Kysely<Database>, id: string): Promise<ClassQuestion | undefined> {
  return db.selectFrom('class_questions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The answer the teacher gets back, as the bot saves answers (computed by the caller from the pack). */
export interface DecidedAnswer {
  id: string;
  channel: string;
  user_id: string;
  conversation_id: string;
  policy: string;
  language: string;
  decision: string;
  class: string | null;
  action: string | null;
}

/**
 * The principal decides the class: the first decision wins. The teacher's new answer is saved and
 * sent to them, and the decision kept (for the board, beside the 👎 answers).
 */
export async function decideClass(
  db: Kysely<Database>,
  input: { questionId: string; actorId: string; cls: string; comment?: string; answer: DecidedAnswer },
  at = new Date(),
): Promise<{ changed: boolean; question: ClassQuestion | undefined }> {
  return db.transaction().execute(async (tx) => {
    const result = await tx
      .updateTable('class_questions')
      .set({
        status: 'decided',
        class: input.cls,
        decided_by: input.actorId,
        decided_at: at.toISOString(),
        comment: input.comment ?? null,
        decided_answer_id: input.answer.id,
      })
      .where('id', '=', input.questionId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    const question = await tx.selectFrom('class_questions').selectAll().where('id', '=', input.questionId).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1 || !question) return { changed: false, question };
    await tx
      .insertInto('answers')
      .values({ ...input.answer, asset_id: null, situation_id: null, created_at: at.toISOString() })
      .execute();
    await appendAudit(
      tx,
      {
        actor: input.actorId,
        action: 'class.decided',
        subject: `class:${question.id}`,
        data: { class: input.cls, comment: input.comment ?? null },
      },
      at,
    );
    await enqueue(
      tx,
      {
        kind: 'class_decided',
        recipientId: question.requester_id,
        dedupeKey: `class:${question.id}:decided`,
        payload: { questionId: question.id },
      },
      at,
    );
    return { changed: true, question };
  });
}

/** One class decision, as the board reviews them beside the answers marked 👎 (JST times). */
export interface ClassRecord {
  asked_at: string;
  policy: string;
  school: string | null;
  requester: string;
  description: string;
  action: string | null;
  status: string;
  class: string | null;
  decided_by: string | null;
  decided_at: string | null;
  comment: string | null;
}

/** The questions asked in a period (JST days, both ends included), oldest first. */
export async function classRecords(db: Kysely<Database>, from: string, to: string): Promise<ClassRecord[]> {
  const { start, end } = jstDays(from, to);
  const rows = await db
    .selectFrom('class_questions as q')
    .innerJoin('users as r', 'r.id', 'q.requester_id')
    .leftJoin('users as d', 'd.id', 'q.decided_by')
    .leftJoin('schools as s', 's.id', 'q.school_id')
    .select([
      'q.created_at',
      'q.policy',
      's.name as school',
      'r.name as requester',
      'q.description',
      'q.action',
      'q.status',
      'q.class',
      'd.name as decided_by',
      'q.decided_at',
      'q.comment',
    ])
    .where('q.created_at', '>=', start)
    .where('q.created_at', '<', end)
    .orderBy('q.created_at')
    .execute();
  return rows.map(({ created_at, decided_at, ...r }) => ({ asked_at: toJst(created_at)!, ...r, decided_at: toJst(decided_at) }));
}

export function classRecordsToCsv(rows: ClassRecord[]): string {
  return toCsv(
    [
      'asked_at',
      'policy',
      'school',
      'requester',
      'description',
      'action',
      'status',
      'class',
      'decided_by',
      'decided_at',
      'comment',
    ],
    rows,
  );
}
