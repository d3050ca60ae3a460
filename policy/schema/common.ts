import { z } from 'zod/v4';
import { CLASS_IDS, DECISION_VALUES } from '../contract.js';

/** The shared parts of the pack schema: ids, texts, words in Japanese and English, clause ids. */

export const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _ (e.g. report_card)');
export const text = z.string().trim().min(1, 'must not be empty');
export const localized = z.strictObject({ ja: text, en: text });
export const words = z.strictObject({
  ja: z.array(text).default([]),
  en: z.array(text).default([]),
});

/**
 * Words that count when they come together in one sentence, whatever lies between them
 * (「フリーの画像編集ソフトを校務パソコンに入れる」: ソフト + 入れ). Each group is one way to say it.
 */
export const together = z
  .strictObject({ ja: z.array(z.array(text).min(1)).default([]), en: z.array(z.array(text).min(1)).default([]) })
  .optional();
/**
 * What a rule without a document is about and what is done to it, in one sentence: an object
 * word (パスワード, 校務用のパソコン) and an act, the act matched by the analyzer's dictionary forms
 * (書く finds 書いて, 書いちゃう), so every ending counts. The act must not be denied (パスワードを
 * 付箋に書かない), or, with `denied`, must be (ロックしない: the measure left out).
 */
export const about = z
  .array(
    z.strictObject({
      objects: words,
      acts: words,
      /** When given, one of these is in the same sentence too (ルーター … LAN … つなぐ: 家から持ってきた). */
      with: words.optional(),
      /** Words in the sentence that make it another matter (ニュースを授業で見せる). */
      unless: words.optional(),
      denied: z.boolean().default(false),
      /** Not said of a question that names a document of the catalog (自分の…小テスト is work, 自分のゲーム is not). */
      unless_document: z.boolean().default(false),
    }),
  )
  .default([]);
export const classId = z.enum(CLASS_IDS);
export const clauseId = z.string().regex(/^\S+$/, 'a clause id has no spaces, in half-width form: 2-2(7)⑤, 第3表, 第16条');
/** The answer when the question names no information (「私物のスマホでTeamsを使っていい？」):
 * answered as for class `assume`, with these conditions and citations added. */
export const unnamed = z
  .strictObject({
    assume: z.enum(CLASS_IDS),
    /** What the answer calls the information: 「重要性分類Ⅲ・Ⅳの情報」. */
    subject: localized,
    conditions: z.array(id).default([]),
    citations: z.array(clauseId).default([]),
  })
  .optional();
export const ruled = z.enum(DECISION_VALUES).exclude(['unknown', 'incident']);
