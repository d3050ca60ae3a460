import { z } from 'zod/v4';
import { DETECTOR_KINDS } from '../classify/detector-kinds.js';
import { classId, id, localized, text, together, words } from './common.js';

/** catalog.yaml: the items of 第2表, their names, signals and qualifiers. */

export const qualifier = z.strictObject({
  /** Words anywhere in the question that switch the match to another item. */
  when: words.default({ ja: [], en: [] }),
  /** Words that switch it together, in one sentence, the last not denied (「承諾は全員からもらってる」). */
  when_together: together,
  /** Words that switch to the other item when the question says they do not hold (「まだ記入していない」 → blank). */
  when_not: words.optional(),
  /** Words that cancel `when` (「保護者の承諾がない」). */
  unless: words.optional(),
  /** Consent nouns (承諾, 同意, OK): the qualifier also holds when the parents' consent is said had (consent-said.ts). */
  consent: words.optional(),
  means: id,
});

/** One way the content classifier recognises an item in a file; every condition given must hold. */
export const signal = z
  .strictObject({
    /** Column headings or form labels (健康診断票: 身長, 体重, 視力): at least `min_headers` of them. */
    headers: z.array(text).default([]),
    min_headers: z.number().int().min(1).default(2),
    /**
     * The table with those headings must also have one of these columns, saying whose rows they are
     * (氏名, 出席番号): a timetable or a curriculum plan has subjects as headings too, but no pupils.
     */
    row_labels: z.array(text).default([]),
    /** Words in the text (評定): at least `min_words` different ones. */
    words: z.array(text).default([]),
    min_words: z.number().int().min(1).default(1),
    /** And one of these words as well (入学者選抜 and なさい: the questions of an entrance exam, not its notice). */
    and_words: z.array(text).default([]),
    /** Personal data the detectors found, with the least count: { phone: 3 } is three different numbers. */
    detectors: z.partialRecord(z.enum(DETECTOR_KINDS), z.number().int().min(1)).optional(),
    /** Columns headed by days or dates (出席簿: students × days): at least this many. */
    day_columns: z.number().int().min(1).optional(),
    /** Filled-in rows (or filled-in fields of a form) needed: a blank form has none. */
    min_rows: z.number().int().min(0).default(1),
    /** A named person must be in the file (氏名: 山田 太郎). */
    person: z.boolean().default(false),
    /** Words in the file name or title that cancel this signal (出席簿補助簿 is not the 出席簿). */
    unless: z.array(text).default([]),
    /**
     * Columns a table must have, by what their cells hold (pack.yaml `classify.columns`), with the
     * least count of each: { person: 1, score: 2 } is a column of names and two of scores.
     */
    columns: z.record(id, z.number().int().min(1)).optional(),
    /** A table with this many columns of these kinds does not count (国語・数学 headings over ○ and 未: a checklist, not marks). */
    unless_columns: z.record(id, z.number().int().min(1)).optional(),
    /**
     * Sensitive matters (pack.yaml `classify.prose.matters`) told about a person: `people` says who
     * (`pupils` and `staff` by their pointers, `names` for a name with nothing to say which).
     */
    prose: z
      .strictObject({ matters: z.array(id).min(1), people: z.array(z.enum(['pupils', 'staff', 'names'])).min(1) })
      .optional(),
    /**
     * A person's own phone number, address or mail address told beside them (classify.prose.contacts):
     * `people` says who, as for `prose`.
     */
    contacts: z.strictObject({ people: z.array(z.enum(['pupils', 'staff', 'names'])).min(1) }).optional(),
  })
  .refine(
    (s) => s.headers.length > 0 || s.words.length > 0 || s.detectors || s.day_columns || s.columns || s.prose || s.contacts,
    { message: 'a signal needs headers, words, detectors, day_columns, columns, prose or contacts' },
  );

export const item = z.strictObject({
  id,
  name: localized,
  class: classId,
  group: id,
  /** `content` items are kinds of information inside documents (住所, 電話番号, 成績): they raise
   * the class of what they appear with but are named as the asset only when alone. */
  kind: z.enum(['record', 'content']).default('record'),
  synonyms: words,
  /**
   * Names a school uses for it (外泊届, 献立表, 学年経営案), found as written or read in kana only: not
   * said another way, nor with a slip, nor read into descriptions, as `synonyms` are. A name whose
   * class depends on what is written in it (名簿, 資料) belongs to no item.
   */
  known_as: words.optional(),
  /**
   * Words naming the system whose information the seed defines as this item (学習系クラウド holds
   * 学習系情報, 第2表's 確認テスト、作品など児童生徒の学習系情報): a question that names no document but
   * the system (私物のスマホで学習系クラウドに入る) is about this item.
   */
  held_in: words.optional(),
  /** Question words that mean this is not the item after all (「学校の住所」 is not a student's). */
  unless: words.optional(),
  qualifiers: z.array(qualifier).default([]),
  /** Shown with the item, e.g. 「公開に対して保護者の承諾がある場合」. */
  note: localized.optional(),
  /** How the content classifier recognises this item in a file (policy/classify/); optional. */
  signals: z.array(signal).optional(),
  /** The item a blank form of this one is (nobody's data filled in): 健康診断票 → 各種届雛形. */
  blank: id.optional(),
  /**
   * For a blank form item: what makes a file named like its record the record. `someone`: a person
   * in it (a name, 年組番, personal data, matters told about someone), not rows alone (a 連絡先一覧
   * of institutions is no address book); `anything` (the default): any value written in.
   */
  filled_by: z.enum(['someone', 'anything']).default('anything'),
});

/**
 * The names an item goes by, as a question or a file title writes them: its synonyms, the names
 * schools use (`known_as`) and, in Japanese, its own name (the English one is a description).
 */
export function namesOf(entry: z.infer<typeof item>, language: 'ja' | 'en'): string[] {
  const own = language === 'ja' ? [entry.name.ja] : [];
  return [...entry.synonyms[language], ...(entry.known_as?.[language] ?? []), ...own];
}

export const catalogFileSchema = z.strictObject({
  groups: z.array(z.strictObject({ id, name: localized })).min(1),
  items: z.array(item).min(1),
  /** Question words that mean a form nobody has filled in yet (様式, 記入前, template): an item
   * with `blank` is then its blank form (「通知表の様式」 is 各種届雛形, not the report card). */
  blank_forms: z
    .strictObject({
      when: words,
      /** Words that mean a blank form when the question denies them (「まだ誰も答えていない」). */
      when_not: words.optional(),
      unless: words.optional(),
    })
    .optional(),
  /** Words too vague to classify alone: the answer asks which item is meant. */
  vague: z
    .array(
      z.strictObject({
        id,
        words,
        question: localized,
        choices: z.array(id).min(2),
        /** Words that make the vague word one item after all (「テストの採点」 is the filled-in answer sheets). */
        qualifiers: z.array(qualifier).default([]),
        /** For the content classifier: the item a filled-in one with a named person is, and a blank one is. */
        filled: id.optional(),
        blank: id.optional(),
      }),
    )
    .default([]),
  /** What to offer when nothing in the question is recognised. */
  unknown_choices: z.array(id).min(2),
});
