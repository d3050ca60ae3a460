import { z } from 'zod/v4';
import { chain } from '../chain-schema.js';
import { ACTION_IDS, ROLE_IDS } from '../contract.js';
import { classId, clauseId, id, localized, text, together, words } from './common.js';

/** roles.yaml, incidents.yaml and descriptions.yaml. */

export const rolesFileSchema = z.strictObject({
  roles: z
    .array(
      z.strictObject({
        id: z.enum(ROLE_IDS),
        title: localized,
        held_by: localized,
        duties: localized,
        citations: z.array(clauseId).default([]),
        /** Other ways a teacher names the role in a question about the rule (一番上の責任者 for the CISO). */
        asked_as: z.array(z.string().min(1)).default([]),
      }),
    )
    .min(1),
  /** Questions about the rule itself (who holds a role, what a term means, whom it binds): the words that ask. */
  about_rule: z
    .strictObject({
      who: z.array(z.string().min(1)).min(1),
      meaning: z.array(z.string().min(1)).min(1),
      binds: z.array(z.string().min(1)).min(1),
      consult: z.array(z.string().min(1)).min(1),
      /** Words that ask what a role does (「何をする役ですか」), answered for the role named. */
      duty: z.array(z.string().min(1)).default([]),
      /** Articles asked about by their subject (「違反したら処分はある？」 → 第17条), with no act named. */
      /** 可 (what the article says), or 不明 where the answer is no 可 (第17条: what a breach leads to is no permission). */
      topics: z
        .array(
          z.strictObject({
            clause: clauseId,
            words: z.array(z.string().min(1)).min(1),
            decision: z.enum(['allowed', 'unknown']).default('allowed'),
          }),
        )
        .default([]),
    })
    .optional(),
});

/** Reports of what already happened (lost, mis-sent, infected …): no permission decision, the first steps. */
export const incidentsFileSchema = z.strictObject({
  /** The chain a report made from the card travels, per board. */
  chain: chain.optional(),
  /** Who is told first (4-4(1)②: the 学校情報セキュリティ管理者). */
  report_to: z.enum(ROLE_IDS),
  /** Cited by every incident answer. */
  citations: z.array(clauseId).min(1),
  /** Words that make any message a report (「インシデント報告」). */
  words: words.default({ ja: [], en: [] }),
  kinds: z
    .array(
      z.strictObject({
        id,
        name: localized,
        /** Words that report this kind whatever the tense (紛失, 誤送信, 感染). */
        words,
        /** Words that report it only when the message says it already happened (なくした, not なくさないように). */
        done_words: words.default({ ja: [], en: [] }),
        /** For `done_words`: one of these must be in the message too (送っちゃった + 間違えて / 別の保護者に). */
        with: words.optional(),
        /**
         * Counts only in a message that reports, never in one that asks leave: what a witness says
         * (見つけた, 言われた) is the setting of a question (「業者から言われたんですが送っていい？」).
         */
        reports_only: z.boolean().default(false),
        /**
         * Signs that report this kind when they come together in one sentence of a message that
         * reports (「パスワードが他の先生に知られてしまった」: パスワード + 知られ), whatever lies between.
         */
        together,
        /**
         * Dictionary forms that say a thing the message names is not there (「USBメモリがない！！」):
         * the thing (a document, a medium, a device), が・も・は, then one of these closing the clause,
         * in a message that asks no leave.
         */
        absent: z.array(text).default([]),
        /**
         * Words that place the thing away from the school when it went (電車に置き忘れ, 修学旅行先で,
         * 車上荒らし, 落とした): with no act named, the report's act is `act` (taking it out, 2-2(8)).
         */
        away: z.strictObject({ act: z.enum(ACTION_IDS), words }).optional(),
        /**
         * Dictionary forms of what someone outside the school (`from_outside.who`) did to the
         * information, said done with them as its subject (「業者さんがじっと見てました」: 見る), in a
         * message that reports.
         */
        outsider_did: z.array(text).default([]),
        /**
         * Counts in a message that reports the writer saw an act done (「同僚が…持ち帰っているのを見ました」:
         * 〜のを見た), with one of `with` (who did it) too.
         */
        witnessed: z.boolean().default(false),
        /** What to do now, in order. */
        steps: z.array(localized).min(1),
        /** Who else is told, beside report_to. */
        tell: z.array(z.enum(ROLE_IDS)).default([]),
        citations: z.array(clauseId).min(1),
      }),
    )
    .min(1),
  /**
   * The cases the standard names within a kind (4-4(1)② ア–カ, an IC card or a password at 4-5):
   * a report of one of `of` that says one of `words`, or happened by one of `actions`, cites
   * `citation` too; with `also`, it is a report of that kind as well (its steps and clauses).
   */
  examples: z
    .array(
      z.strictObject({
        of: z.array(id).min(1),
        citation: clauseId.optional(),
        also: id.optional(),
        actions: z.array(z.enum(ACTION_IDS)).optional(),
        words: words.optional(),
      }),
    )
    .default([]),
  /**
   * A report the teacher received from outside the school (「保護者から…と電話がありました」): who
   * told (`who`: 保護者, 住民, 業者 …), then から or より and a word of telling (`told`: 電話, 連絡,
   * 指摘) in the same sentence; its clauses are cited too (Kumamoto 4-4(2)①).
   */
  from_outside: z.strictObject({ who: words, told: words, citations: z.array(clauseId).min(1) }).optional(),
  /** Said when the message reports that something prohibited was already done (6-2(3)). */
  after_the_fact: z.strictObject({
    text: localized,
    citations: z.array(clauseId).min(1),
    /**
     * What, once done, has put the information out of the school's hands (a class Ⅱ record in a
     * personal Gmail, unconsented photos on Instagram, records thrown out unshredded): the answer
     * is then a report of that kind (4-4(1)②), with the rule it broke, not only 禁止.
     */
    reported: z
      .array(
        z.strictObject({
          kind: id,
          actions: z.array(z.enum(ACTION_IDS)).min(1),
          classes: z.array(classId).min(1),
        }),
      )
      .default([]),
    /**
     * What an act already done has left undone by being done (「座席表を教卓に置いたまま帰った」 did not
     * put it away, 4-1(1)⑥): for
     * these actions and classes, the conditions are read as not taken unless the report says they were,
     * so the answer is 禁止 as described, not 「条件を守れば可能」 for what is past.
     */
    breaks: z
      .array(
        z.strictObject({
          actions: z.array(z.enum(ACTION_IDS)).min(1),
          classes: z.array(classId).min(1),
          conditions: z.array(id).min(1),
        }),
      )
      .default([]),
  }),
});

/**
 * What each catalog item is, in plain words (what it holds, who writes it, what for): a question
 * that describes a document rather than naming it is matched against these (policy/understand/describe.ts).
 */
export const descriptionsFileSchema = z.strictObject({
  items: z.record(id, words),
});
