import { z } from 'zod/v4';
import { ROLE_IDS } from '../contract.js';
import { columnKind, proseSettings } from './classify.js';
import { classId, clauseId, id, localized, text } from './common.js';

/** pack.yaml, classes.yaml and clauses.yaml. */

export const packFileSchema = z.strictObject({
  id,
  name: localized,
  board: localized,
  source: text,
  status: z.enum(['official', 'default']),
  note: localized.optional(),
  /** Role ids (roles.yaml) for who decides what. */
  approver: z.enum(ROLE_IDS),
  exception_approver: z.enum(ROLE_IDS),
  incident_contact: z.enum(ROLE_IDS),
  /** Clauses cited when the information cannot be classified (Kumamoto 2-2(4)③). */
  unknown_citations: z.array(clauseId).min(1),
  /**
   * A question that names no information, no act and no device or service (運動会は延期？, 年休の繰越):
   * outside what the text governs. `note` says so and where to ask; `citations` are its scope and the
   * duty to consult (Kumamoto 1-2, 4-1(1)①). Without it such a question cites `unknown_citations`.
   */
  out_of_scope: z.strictObject({ citations: z.array(clauseId).min(1), note: localized }).optional(),
  /** The clause for mixed content: the highest class wins (Kumamoto 2-2(5)③). */
  mixed_citation: clauseId,
  /** The clause that allows an exception (Kumamoto 6-3), named in prohibited answers. */
  exception_citation: clauseId,
  /** The clause a classification by the catalog cites (Kumamoto 第2表). */
  catalog_citation: clauseId,
  /** Citations added to every decision. */
  always_cite: z.array(clauseId).default([]),
  /**
   * Where the pack's handling is mamoru's own default and not the board's text (Kurume: the rule
   * leaves each class's handling to the 対策基準 and the school's 実施手順): an answer from a ruling
   * that cites `clause` says so (`note`) and cites `citations`; a question that asks what the rule
   * itself says (a word of `asked`, read as a whole word) is answered `consult`, the default as a guide.
   */
  default_handling: z
    .strictObject({
      clause: clauseId,
      citations: z.array(clauseId).min(1),
      note: localized,
      /** The headline when the question asks what the rule says; {who} is the approver. */
      not_in_rule: localized,
      /** What the default says, before its own headline. */
      guide: localized,
      asked: z.strictObject({ ja: z.array(text).min(1), en: z.array(text).default([]) }),
      /**
       * The default's decisions the board's text leaves to its standards even when not asked what it
       * says (Kurume: a 禁止 or 許可 the rule itself never states): answered `consult`, the default as a guide.
       */
      leaves: z.array(z.enum(['prohibited', 'permit_required', 'conditional', 'allowed', 'consult'])).default([]),
      /** Clauses where the rule itself decides (Kurume 第16条, business use only): a ruling citing one is the rule's. */
      own: z.array(clauseId).default([]),
      /**
       * Information about persons (catalog `groups`) leaving the school's hands by one of `actions`:
       * the rule itself binds it to the laws (Kurume 第4条2, 個人情報保護法) and sets no handling, so
       * the default lends no 可 the question does not meet every condition of: answered `consult`,
       * citing `citations`, the default as a guide.
       */
      persons: z
        .strictObject({ groups: z.array(id).min(1), actions: z.array(id).min(1), citations: z.array(clauseId).min(1) })
        .optional(),
    })
    .optional(),
  /**
   * Requests nobody decides: after `remind_after_hours` the approver is reminded; after
   * `forward_after_hours` the request goes to the approver's delegate, else to the role
   * `forward_to` names for the approver's role (教頭 = security_staff, or the board).
   */
  requests: z
    .strictObject({
      remind_after_hours: z.number().int().min(1).default(24),
      forward_after_hours: z.number().int().min(1).default(72),
      forward_to: z.partialRecord(z.enum(ROLE_IDS), z.enum(ROLE_IDS)).default({}),
    })
    .refine((r) => r.forward_after_hours > r.remind_after_hours, {
      message: 'forward_after_hours must be later than remind_after_hours',
    })
    .default({ remind_after_hours: 24, forward_after_hours: 72, forward_to: {} }),
  /**
   * Files the scans find stored against 2-2(7)⑤: who besides the file's owner and the school's
   * approver may act on one (`board`: any school's; `school`: their own school's).
   */
  findings: z
    .strictObject({
      board: z.array(z.enum(ROLE_IDS)).default(['board_security', 'ciso', 'csirt']),
      school: z.array(z.enum(ROLE_IDS)).default(['security_staff']),
    })
    .default({ board: ['board_security', 'ciso', 'csirt'], school: ['security_staff'] }),
  /** How the content classifier reads a file (policy/classify/); optional. */
  classify: z
    .strictObject({
      /** The clause that asks for the class to be written on the file (Kumamoto 2-2(2)). */
      marker_citation: clauseId.optional(),
      /** Words that introduce a class written on a file: 【重要性分類Ⅱ】, 分類Ⅰ. */
      marker_words: z.array(text).default([]),
      /** Words that introduce a confidentiality level from classes.yaml `cia` (機密性3 → the class whose level is 3). */
      confidentiality_words: z.array(text).default([]),
      /** Sensitivity label names (Microsoft Purview, Google Drive labels) and the class each means. */
      labels: z.array(z.strictObject({ class: classId, names: z.array(text).min(1) })).default([]),
      /** Form labels whose value names a person (氏名, 名前): a named person means a filled-in record. */
      person_labels: z.array(text).default([]),
      /**
       * Words that make a title an agenda item (職員会議（個人面談・家庭訪問）, 個人面談について): a
       * record named there is a topic to discuss, not the record itself.
       */
      topic_words: z.array(text).default([]),
      /**
       * Words that say a file's data are made up (架空データ, 記入例, ダミー): said in its name, its first
       * lines or a note (※…), its persons and their data are nobody's — a training sheet or a filled-in
       * example is the blank form, not the record. A mark in brackets after one value (熊本 太郎（架空）,
       * 少年サポートセンター（架空）) makes up that value only.
       */
      made_up: z.array(text).default([]),
      /**
       * A test marked: a score written in one of these fields (得点：85点) beside a pupil named makes a
       * test the catalog's item `means` (the answer sheets filled in), as its qualifier's words (採点) do.
       */
      marked_by: z.strictObject({ fields: z.array(text).min(1), means: id }).optional(),
      /** What to do with a file stored where its class is not allowed (2-2(7)⑤: move it to the 校務系 system). */
      remedy: localized.optional(),
      /** What a table's column can hold, read from its cells (a table need not have a header row). */
      columns: z.array(columnKind).default([]),
      /**
       * A column that stands for the pupil where a table has no names, as names would in every signal
       * that asks for the person kind: under one of `headers` (spaces and ・ dropped; 学年 | 組 | 番号 side
       * by side read as one), under one of `one_class_headers` when the file names a single class
       * (3年2組 … 番号), or, with no heading at all, cells of the `code` kind whose last numbers reach
       * `last_at_least` (2-3-15 is a pupil; 1-1-3 numbers a test's questions), also under one of
       * `code_headers` (生徒 | 3-1-12: the heading names the persons the codes stand for). Under one of
       * `one_class_headers`, numbers that run 1, 2, 3 … to `roll_at_least` or more are a class's roll
       * (出席番号 order) whether or not the file names the class.
       */
      pupil_columns: z
        .strictObject({
          headers: z.array(text).min(1),
          one_class_headers: z.array(text).default([]),
          code: id.optional(),
          code_headers: z.array(text).default([]),
          last_at_least: z.number().int().min(1).default(6),
          roll_at_least: z.number().int().min(2).optional(),
        })
        .optional(),
      /**
       * Whose rows a table holds. A table with a column of `organisation_kind` (companies, schools)
       * whose names, if any, stand under `contact_headers` (担当, 訪問者) lists organisations and
       * their contacts, not pupils; a column under one of these headings is nobody's data anywhere.
       * A table whose first columns stand under `group_headers` (学年, 性別) and whose other cells
       * are all numbers is an aggregate (counts, averages): its rows are nobody's data either.
       */
      table_rows: z
        .strictObject({
          organisation_kind: id.optional(),
          contact_headers: z.array(text).default([]),
          group_headers: z.array(text).default([]),
        })
        .optional(),
      /** Who a text points at and which sensitive matters it tells about them. */
      prose: proseSettings.optional(),
    })
    .optional(),
});

export const classesFileSchema = z.strictObject({
  classes: z
    .array(
      z.strictObject({
        id: classId,
        label: localized,
        definition: localized,
        cia: z.strictObject({ confidentiality: text, integrity: text, availability: text }).optional(),
      }),
    )
    .length(4, 'a pack defines exactly the four classes I, II, III and IV'),
});

export const clausesFileSchema = z.strictObject({
  clauses: z
    .array(
      z.strictObject({
        id: clauseId,
        title: localized,
        /** The clause's own words, as the document has them. */
        text,
        summary_en: text.optional(),
        /** How an English answer names the clause (Table 3, Article 16); the id otherwise. */
        label_en: text.optional(),
      }),
    )
    .min(1),
});
