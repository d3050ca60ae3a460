import { z } from 'zod/v4';
import { DETECTOR_KINDS } from '../classify/detector-kinds.js';
import { id, text } from './common.js';

/** The content classifier's settings in pack.yaml (`classify`): column kinds, pointers, matters, prose. */

/**
 * A kind of table column, told by its cells: names (by the analyzer), a numbering (1, 2, 3 …),
 * numbers in a range, marks, personal data the detectors find, dates long past, or sentences.
 * A column is of the first kind (in the order given) that fits `share` of its cells.
 */
export const columnKind = z
  .strictObject({
    id,
    /** How the reasons name it: 氏名, 点数, 体温. */
    name: text,
    share: z.number().gt(0).max(1).default(0.8),
    /** Persons' names (the analyzer's 人名; kana names; names in romaji). */
    person: z.literal(true).optional(),
    /** 1, 2, 3 … in order: a numbering (出席番号). */
    sequence: z.literal(true).optional(),
    /** Numbers from `min` to `max` written with one of these counts of decimals (36.5: 1). */
    number: z
      .strictObject({
        min: z.number(),
        max: z.number(),
        decimals: z.array(z.number().int().min(0).max(3)).min(1).default([0]),
        /** Units written after the number (36.5℃, 152.3cm). */
        units: z.array(text).default([]),
        /** The column's largest value is at least this: a 学年 or 組 column (1–6) is not scores. */
        top_at_least: z.number().optional(),
        /** Counts of digits written (leading zeros too): an account number has 7. */
        digits: z.array(z.number().int().min(1).max(12)).optional(),
        /** Every value a multiple of this (yen amounts: 10). */
        multiple_of: z.number().int().min(2).optional(),
        /**
         * Most values the same and some not (a fee most pupils pay alike, someone 0): such runs are
         * then no class number, and prices of different things are not this kind.
         */
        alike: z.boolean().default(false),
      })
      .optional(),
    /** Cells that are all one of `all` (blank cells too); with `any`, one cell of the table must be one of these. */
    // `distinct`: the fewest different marks a column holds (grades in signs vary; a leader's ◎ alone does not).
    marks: z
      .strictObject({ all: z.array(text).min(1), any: z.array(text).default([]), distinct: z.number().int().min(1).default(1) })
      .optional(),
    /** Cells the personal-data detectors recognise. */
    detectors: z.array(z.enum(DETECTOR_KINDS)).min(1).optional(),
    /** Dates at least this many years before the day of the scan: beside a column of names, dates of birth. */
    dates: z.strictObject({ min_years_ago: z.number().int().min(0) }).optional(),
    /** Sentences: cells of at least this many characters with kana in them (所見, 備考). */
    sentences: z.strictObject({ min_chars: z.number().int().min(1) }).optional(),
    /** Short cells that hold one of these words, in either kana (腹痛, すり傷: a symptom). */
    words: z
      .strictObject({
        any: z.array(text).min(1),
        max_chars: z.number().int().min(1).default(30),
        /**
         * And the words of these column kinds and prose matters: a column of what a pupil has (喘息,
         * てんかん, 卵) holds symptoms, the health matter's words (既往, 服薬) and its own.
         */
        kinds: z.array(id).default([]),
        matters: z.array(id).default([]),
      })
      .optional(),
    /**
     * Headings that name the column whatever its cells look like (金融機関コード over 0181: a bank by
     * its code, not its name): under one, a column with at least two filled cells is this kind.
     */
    headers: z.array(text).default([]),
    /**
     * Only a column with no heading (its top cell blank or itself a value): 115, 172 beside pupils'
     * codes are their results summed, while a heading would say what they are (内線, 金額).
     */
    headless: z.literal(true).optional(),
    /**
     * Only in a table whose headings tell one of these prose matters in their words (面談希望, 相談したいこと
     * name a counselling): short answers under it (家にいたくない) are what the person told.
     */
    headed_by: z.array(id).optional(),
    /**
     * Only under a heading of this shape, a regular expression on the column's own heading (NFKC):
     * a survey's numbered questions (Q1 学校は楽しい, 問2) over answers (はい, いいえ).
     */
    heading: z
      .string()
      .refine((p) => isRegex(p), { message: 'not a regular expression' })
      .optional(),
    /** Cells of this shape, a regular expression on the whole cell (NFKC): 2-3-15, a pupil by 年-組-番. */
    pattern: z
      .string()
      .refine((p) => isRegex(p), { message: 'not a regular expression' })
      .optional(),
  })
  .refine(
    (k) =>
      // Words and a pattern may go together: a cell fits by either (株式会社みなと精工, みなと台中).
      [k.person, k.sequence, k.number, k.marks, k.detectors, k.dates, k.sentences, k.words ?? k.pattern].filter(
        (m) => m !== undefined,
      ).length === 1,
    {
      message:
        'a column kind says how its cells are read: exactly one of person, sequence, number, marks, detectors, dates, sentences, words (with or without a pattern), pattern',
    },
  );

export function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Words that point at a kind of person in a text (本児, Aさん, 山田先生). */
export const pointers = z.strictObject({
  /** Words that stand for one such person (本児, 当該生徒). */
  words: z.array(text).default([]),
  /** Words that contain one of `words` and are general (当該児童生徒): not a pointer. */
  unless: z.array(text).default([]),
  /** Written after a name or an initial (さん, くん; 先生). */
  suffixes: z.array(text).default([]),
  /** Written before or after a name to say the role (担任, 養護教諭, スクールカウンセラー). */
  titles: z.array(text).default([]),
  /** Followed by a number (出席番号 12). */
  numbered: z.array(text).default([]),
});

/** A kind of sensitive matter (家庭の事情, 健康) and the words that tell it. */
export const matter = z.strictObject({
  id,
  /** How the reasons name it: 「家庭の事情に関する記述 3件」. */
  name: text,
  words: z.array(text).min(1),
  /**
   * Words that name a service, a duty or a meeting (教育相談, スクールカウンセラー, 面談): a matter
   * only inside a sentence, not alone in a cell (a 校務分掌表's 「教育相談」 beside a teacher's name)
   * nor as an agenda's topic (「個人面談について」: followed by one of `topic_words`).
   */
  services: z.array(text).default([]),
  /**
   * Words the analyzer reads as words of their own, in any form (倒れる in たおれて, 薬 but not 薬物,
   * 単身赴任): the matter told in plain words.
   */
  heads: z.array(text).default([]),
  /**
   * What a home gives a child (朝食, 風呂, 着替え), read as `heads` but told only when the clause denies
   * it (朝食なし, ご飯が出ていない, 靴下をはいてなかった): a child going without, in plain words.
   */
  lacking: z.array(text).default([]),
  /** Endings of a noun that names a condition (症 → 認知症, 病 → 糖尿病, 傷 → 切り傷). */
  suffixes: z.array(text).default([]),
  /**
   * Column kinds (`columns`) whose words mean this matter too, read as `heads`: a nurse's log's
   * symptoms (腹痛, 嘔吐, すり傷) told in a note about a pupil are their health.
   */
  kinds: z.array(id).default([]),
  /** Longer words that contain one of `words` and are not the matter (健康診断 for 診断, システム障害). */
  unless: z.array(text).default([]),
});

export const proseSettings = z.strictObject({
  /** A person named this many lines before a matter still counts for it (the record's heading). */
  window: z.number().int().min(0).default(2),
  /** Matters told in the same sentence as a person that make a text a record of persons. */
  min_same_sentence: z.number().int().min(1).default(1),
  /** Otherwise, different matter words with a person in the same line, in the window before or in a form field. */
  min_nearby: z.number().int().min(1).default(2),
  /**
   * Or one matter word on this many lines of a text about a person (a day-by-day log of one pupil:
   * 「9/2 遅刻→別室」「9/4 別室 3h」…): a record goes on telling the same thing. Off when not set.
   */
  min_lines: z.number().int().min(2).optional(),
  /**
   * Words right after a matter that make it the name of a body, a duty or an event (いじめ対策委員会,
   * 教育相談担当, 面談日程): a duty chart or a schedule, not a matter told about someone.
   */
  not_followed_by: z.array(text).default([]),
  /**
   * Words before a service in its line that put it on a calendar (「12月の予定：個人面談」, 行事予定):
   * an event to come, not a meeting told about someone.
   */
  scheduled_by: z.array(text).default([]),
  pupils: pointers,
  staff: pointers,
  /**
   * A person's own contact details told beside them (a sticky note's 「山田 090-…」, a mail about a
   * pupil's new address): words in the line that make the number or the address an office's
   * (学校, 代表, 事務室, FAX), and mail domains that are an office's, not a person's.
   */
  contacts: z.strictObject({ unless: z.array(text).default([]), domains: z.array(text).default([]) }).optional(),
  matters: z.array(matter).min(1),
  /**
   * A note that tells one to a few pupils' account: what was said, quoted (「…」と話した), and their
   * family (母, 家で), written among staff (not to families, not a child's own essay). How a 面談,
   * a call or a handover is written down, whatever words its matters are told in. Read as the
   * matter `id` about the persons it names.
   */
  accounts: z
    .strictObject({
      id,
      /** How the reasons name it. */
      name: text,
      /** Words for a pupil's family and home. */
      kin: z.array(text).min(1),
      /** Words that open a letter to families (保護者の皆様, お知らせ): such a text is no note among staff. */
      addressed: z.array(text).default([]),
      /** How a child writes of themself (ぼく, わたし): an essay or a diary, not a note about them. */
      first_person: z.array(text).default([]),
      /** How a parent writes of their own child (うちの子, うちの娘): a parent's note, though it says うち. */
      own_child: z.array(text).default([]),
      /** Words that say the cases are invented (架空, 記入例): a training handout's example is nobody's. */
      invented: z.array(text).default([]),
      /** What a family's own notes to the teacher are called (連絡帳, れんらくちょう): a page headed so is one. */
      notes: z.array(text).default([]),
      /** At most this many persons named (a class's newsletter names many). */
      max_persons: z.number().int().min(1).default(3),
    })
    .optional(),
});
