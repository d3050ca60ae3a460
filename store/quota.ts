import { type Kysely, PostgresAdapter } from 'kysely';
import type { Database } from './schema.js';

/** A budget's limits: units per 10 seconds (its minute in six parts, so nothing bursts) and per 24 hours (0: none). */
export interface QuotaLimits {
  per10s: number;
  perDay: number;
}

const TEN_S = 10;
const HOUR = 3600;

/**
 * Takes up to `want` units (at least `min`) from `budget` at `nowMs`, for every process that
 * shares the database: the current 10-second window and the last 24 hours must both have room.
 * Returns what was granted, or nothing and when to try again (the next window, or the hour in
 * which the day's oldest units stop counting).
 */
export async function reserveUnits(
  db: Kysely<Database>,
  budget: string,
  limits: QuotaLimits,
  want: number,
  min: number,
  nowMs: number,
): Promise<{ granted: number; retryAtMs?: number }> {
  const now = Math.floor(nowMs / 1000);
  const window = now - (now % TEN_S);
  const hour = now - (now % HOUR);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return db.transaction().execute(async (tx) => {
    // The current window's row is every reserver's lock: reservations of one budget take turns.
    await tx
      .insertInto('quota_usage')
      .values({ budget, span: '10s', starts_at: window, used: 0 })
      .onConflict((oc) => oc.columns(['budget', 'span', 'starts_at']).doUpdateSet({ budget }))
      .execute();
    const query = tx
      .selectFrom('quota_usage')
      .select('used')
      .where('budget', '=', budget)
      .where('span', '=', '10s')
      .where('starts_at', '=', window);
    const current = await (postgres ? query.forUpdate() : query).executeTakeFirstOrThrow();
    const left10 = limits.per10s - Number(current.used);
    let leftDay = Number.POSITIVE_INFINITY;
    let oldestHour = hour;
    if (limits.perDay > 0) {
      const hours = await tx
        .selectFrom('quota_usage')
        .select(['starts_at', 'used'])
        .where('budget', '=', budget)
        .where('span', '=', 'hour')
        .where('starts_at', '>', hour - 24 * HOUR)
        .orderBy('starts_at')
        .execute();
      leftDay = limits.perDay - hours.reduce((n, h) => n + Number(h.used), 0);
      oldestHour = Number(hours[0]?.starts_at ?? hour);
    }
    const granted = Math.min(want, left10, leftDay);
    if (granted < min) {
      const retryAt = leftDay < min ? oldestHour + 24 * HOUR : window + TEN_S;
      return { granted: 0, retryAtMs: retryAt * 1000 };
    }
    await tx
      .updateTable('quota_usage')
      .set((eb) => ({ used: eb('used', '+', granted) }))
      .where('budget', '=', budget)
      .where('span', '=', '10s')
      .where('starts_at', '=', window)
      .execute();
    await tx
      .insertInto('quota_usage')
      .values({ budget, span: 'hour', starts_at: hour, used: granted })
      .onConflict((oc) =>
        oc.columns(['budget', 'span', 'starts_at']).doUpdateSet((eb) => ({ used: eb('quota_usage.used', '+', granted) })),
      )
      .execute();
    // Old windows are not needed: ten-second ones after an hour, hourly ones after two days.
    if (window % 600 === 0)
      await tx
        .deleteFrom('quota_usage')
        .where('budget', '=', budget)
        .where((eb) =>
          eb.or([
            eb.and([eb('span', '=', '10s'), eb('starts_at', '<', window - HOUR)]),
            eb.and([eb('span', '=', 'hour'), eb('starts_at', '<', hour - 48 * HOUR)]),
          ]),
        )
        .execute();
    return { granted };
  });
}

/** What a budget has spent in the last minute and the last 24 hours (`mamoru scan status`). */
export async function quotaUsage(
  db: Kysely<Database>,
  budget: string,
  nowMs = Date.now(),
): Promise<{ lastMinute: number; lastDay: number }> {
  const now = Math.floor(nowMs / 1000);
  const minute = await db
    .selectFrom('quota_usage')
    .select((eb) => eb.fn.sum('used').as('n'))
    .where('budget', '=', budget)
    .where('span', '=', '10s')
    .where('starts_at', '>', now - 60)
    .executeTakeFirst();
  const day = await db
    .selectFrom('quota_usage')
    .select((eb) => eb.fn.sum('used').as('n'))
    .where('budget', '=', budget)
    .where('span', '=', 'hour')
    .where('starts_at', '>', now - (now % HOUR) - 24 * HOUR)
    .executeTakeFirst();
  return { lastMinute: Number(minute?.n ?? 0), lastDay: Number(day?.n ?? 0) };
}
