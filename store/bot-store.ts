import type { Kysely } from 'kysely';
import type { BotStore, StoredAnswer } from '../bot/core/ports.js';
import type { Database } from './schema.js';

const now = () => new Date().toISOString();

/** An unchanged reference is written again at most this often (updated_at says "still there"). */
const RESAVE_MS = 3_600_000;
const REMEMBERED = 10_000;

/** The reference as it matters for reaching the person later: the message it came with does not. */
function referenceKey(ref: Parameters<BotStore['saveConversationReference']>[0]): string {
  const { activityId: _message, ...reference } = (ref.reference ?? {}) as Record<string, unknown>;
  return JSON.stringify([ref.conversationKind, ref.aadObjectId, ref.name, reference]);
}

/** The bot core's storage on kysely: the same code on SQLite and PostgreSQL. */
export function createBotStore(db: Kysely<Database>): BotStore {
  // The references this process wrote lately: every message carries one, and rewriting the same
  // row for each was most of the store's writes. The row itself is always in the database.
  const written = new Map<string, { key: string; at: number }>();
  return {
    async saveConversationReference(ref) {
      const id = `${ref.channel}\u0000${ref.userId}\u0000${ref.conversationId}`;
      const key = referenceKey(ref);
      const last = written.get(id);
      if (last && last.key === key && Date.now() - last.at < RESAVE_MS) return;
      const row = {
        channel: ref.channel,
        user_id: ref.userId,
        conversation_id: ref.conversationId,
        conversation_kind: ref.conversationKind,
        aad_object_id: ref.aadObjectId ?? null,
        name: ref.name ?? null,
        reference: JSON.stringify(ref.reference ?? null),
        updated_at: now(),
      };
      await db
        .insertInto('conversation_references')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['channel', 'user_id', 'conversation_id']).doUpdateSet({
            conversation_kind: row.conversation_kind,
            aad_object_id: row.aad_object_id,
            name: row.name,
            reference: row.reference,
            updated_at: row.updated_at,
          }),
        )
        .execute();
      written.delete(id);
      written.set(id, { key, at: Date.now() });
      if (written.size > REMEMBERED) written.delete(written.keys().next().value!);
    },

    async saveAnswer(answer) {
      await db
        .insertInto('answers')
        .values({
          id: answer.id,
          channel: answer.channel,
          user_id: answer.userId,
          conversation_id: answer.conversationId,
          policy: answer.policy,
          language: answer.language,
          decision: answer.decision,
          class: answer.class,
          action: answer.action,
          asset_id: answer.assetId,
          situation_id: answer.situationId ?? null,
          created_at: now(),
        })
        .execute();
    },

    async lastAnswer(conversationId, userId, since) {
      const row = await db
        .selectFrom('answers')
        .select('id')
        .where('conversation_id', '=', conversationId)
        .where('user_id', '=', userId)
        .where('created_at', '>=', since)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? this.getAnswer(row.id) : undefined;
    },

    async getAnswer(id) {
      const row = await db.selectFrom('answers').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const fb = await db.selectFrom('feedback').select('helpful').where('answer_id', '=', id).executeTakeFirst();
      const answer: StoredAnswer = {
        id: row.id,
        channel: row.channel as StoredAnswer['channel'],
        userId: row.user_id,
        conversationId: row.conversation_id,
        policy: row.policy,
        language: row.language === 'en' ? 'en' : 'ja',
        decision: row.decision,
        class: row.class,
        action: row.action,
        assetId: row.asset_id,
        situationId: row.situation_id,
        feedback: fb ? (fb.helpful ? 'helpful' : 'wrong') : null,
        createdAt: row.created_at,
      };
      return answer;
    },

    async claimWelcome({ channel, conversationId }) {
      const result = await db
        .insertInto('welcomes')
        .values({ channel, conversation_id: conversationId, welcomed_at: now() })
        .onConflict((oc) => oc.columns(['channel', 'conversation_id']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async forgetWelcome({ channel, conversationId }) {
      await db.deleteFrom('welcomes').where('channel', '=', channel).where('conversation_id', '=', conversationId).execute();
    },

    async saveFeedback(feedback) {
      await db
        .insertInto('feedback')
        .values({
          answer_id: feedback.answerId,
          channel: feedback.channel,
          user_id: feedback.userId,
          helpful: feedback.helpful ? 1 : 0,
          created_at: now(),
        })
        .onConflict((oc) =>
          oc.columns(['answer_id', 'user_id']).doUpdateSet({ helpful: feedback.helpful ? 1 : 0, created_at: now() }),
        )
        .execute();
    },
  };
}
