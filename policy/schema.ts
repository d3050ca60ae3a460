import { z } from 'zod/v4';
import { chain } from './chain-schema.js';
import { DETECTOR_KINDS } from './classify/detector-kinds.js';
import { ACTION_IDS, CLASS_IDS, DECISION_VALUES, ROLE_IDS } from './contract.js';

/**
 * The policy pack schema. A pack is a folder of YAML files a board can edit:
 * pack.yaml, classes.yaml, clauses.yaml, catalog.yaml, handling.yaml, roles.yaml.
 * Every field a person reads carries Japanese and English.
 */

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _ (e.g. report_card)');
const text = z.string().trim().min(1, 'must not be empty');
const localized = z.strictObject({ ja: text, en: text });
const words = z.strictObject({
  ja: z.array(text).default([]),
  en: z.array(text).default([]),
});

/**
 * Words that count when they come together in one sentence, whatever lies between them
 * (「フリーの画像編集ソフトを校務パソコンに入れる」: ソフト + 入れ). Each group is one way to say it.
 */
const together = z
  .strictObject({ ja: z.array(z.array(text).min(1)).default([]), en: z.array(z.array(text).min(1)).default([]) })
  .optional();
/**
 * What a rule without a document is about and what is done to it, in one sentence: an object
 * word (パスワード, 校務用のパソコン) and an act, the act matched by the analyzer's dictionary forms
 * (書く finds 書いて, 書いちゃう), so every ending counts. The act must not be denied (パスワードを
 * 付箋に書かない), or, with `denied`, must be (ロックしない: the measure left out).
 */
const about = z
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
const classId = z.enum(CLASS_IDS);
const clauseId = z.string().regex(/^\S+$/, 'a clause id has no spaces, in half-width form: 2-2(7)⑤, 第3表, 第16条');
/** The answer when the question names no information (「私物のスマホでTeamsを使っていい？」):
 * answered as for class `assume`, with these conditions and citations added. */
const unnamed = z
  .strictObject({
    assume: z.enum(CLASS_IDS),
    /** What the answer calls the information: 「重要性分類Ⅲ・Ⅳの情報」. */
    subject: localized,
    conditions: z.array(id).default([]),
    citations: z.array(clauseId).default([]),
  })
  .optional();
const ruled = z.enum(DECISION_VALUES).exclude(['unknown', 'incident']);

/**
 * A kind of table column, told by its cells: names (by the analyzer), a numbering (1, 2, 3 …),
 * numbers in a range, marks, personal data the detectors find, dates long past, or sentences.
 * A column is of the first kind (in the order given) that fits `share` of its cells.
 */
const columnKind = z
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
    marks: z.strictObject({ all: z.array(text).min(1), any: z.array(text).default([]) }).optional(),
    /** Cells the personal-data detectors recognise. */
    detectors: z.array(z.enum(DETECTOR_KINDS)).min(1).optional(),
    /** Dates at least this many years before the day of the scan: beside a column of names, dates of birth. */
    dates: z.strictObject({ min_years_ago: z.number().int().min(0) }).optional(),
    /** Sentences: cells of at least this many characters with kana in them (所見, 備考). */
    sentences: z.strictObject({ min_chars: z.number().int().min(1) }).optional(),
    /** Short cells that hold one of these words, in either kana (腹痛, すり傷: a symptom). */
    words: z.strictObject({ any: z.array(text).min(1), max_chars: z.number().int().min(1).default(30) }).optional(),
    /**
     * Headings that name the column whatever its cells look like (金融機関コード over 0181: a bank by
     * its code, not its name): under one, a column with at least two filled cells is this kind.
     */
    headers: z.array(text).default([]),
    /** Cells of this shape, a regular expression on the whole cell (NFKC): 2-3-15, a pupil by 年-組-番. */
    pattern: z
      .string()
      .refine((p) => isRegex(p), { message: 'not a regular expression' })
      .optional(),
  })
  .refine(
    (k) =>
      [k.person, k.sequence, k.number, k.marks, k.detectors, k.dates, k.sentences, k.words, k.pattern].filter(
        (m) => m !== undefined,
      ).length === 1,
    {
      message:
        'a column kind says how its cells are read: exactly one of person, sequence, number, marks, detectors, dates, sentences, words, pattern',
    },
  );

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Words that point at a kind of person in a text (本児, Aさん, 山田先生). */
const pointers = z.strictObject({
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
const matter = z.strictObject({
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

const proseSettings = z.strictObject({
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
      /** Words that say the cases are invented (架空, 記入例): a training handout's example is nobody's. */
      invented: z.array(text).default([]),
      /** At most this many persons named (a class's newsletter names many). */
      max_persons: z.number().int().min(1).default(3),
    })
    .optional(),
});

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
      /** What to do with a file stored where its class is not allowed (2-2(7)⑤: move it to the 校務系 system). */
      remedy: localized.optional(),
      /** What a table's column can hold, read from its cells (a table need not have a header row). */
      columns: z.array(columnKind).default([]),
      /**
       * A column that stands for the pupil where a table has no names, as names would in every signal
       * that asks for the person kind: under one of `headers` (spaces and ・ dropped; 学年 | 組 | 番号 side
       * by side read as one), under one of `one_class_headers` when the file names a single class
       * (3年2組 … 番号), or, with no heading at all, cells of the `code` kind whose last numbers reach
       * `last_at_least` (2-3-15 is a pupil; 1-1-3 numbers a test's questions).
       */
      pupil_columns: z
        .strictObject({
          headers: z.array(text).min(1),
          one_class_headers: z.array(text).default([]),
          code: id.optional(),
          last_at_least: z.number().int().min(1).default(6),
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

const qualifier = z.strictObject({
  /** Words anywhere in the question that switch the match to another item. */
  when: words.default({ ja: [], en: [] }),
  /** Words that switch it together, in one sentence, the last not denied (「承諾は全員からもらってる」). */
  when_together: together,
  /** Words that switch to the other item when the question says they do not hold (「まだ記入していない」 → blank). */
  when_not: words.optional(),
  /** Words that cancel `when` (「保護者の承諾がない」). */
  unless: words.optional(),
  means: id,
});

/** One way the content classifier recognises an item in a file; every condition given must hold. */
const signal = z
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
  })
  .refine((s) => s.headers.length > 0 || s.words.length > 0 || s.detectors || s.day_columns || s.columns || s.prose, {
    message: 'a signal needs headers, words, detectors, day_columns, columns or prose',
  });

const item = z.strictObject({
  id,
  name: localized,
  class: classId,
  group: id,
  /** `content` items are kinds of information inside documents (住所, 電話番号, 成績): they raise
   * the class of what they appear with but are named as the asset only when alone. */
  kind: z.enum(['record', 'content']).default('record'),
  synonyms: words,
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

/** What a permit request for an action (or a situation) asks for, beyond the purpose. */
const permitDef = z.strictObject({
  destination: z.boolean().default(false),
  return_date: z.boolean().default(false),
  /** Declarations the policy requires (4-1(1)③ウ for a personal device; a device's asset number). */
  declarations: z.array(z.strictObject({ id, label: localized, type: z.enum(['text', 'confirm']) })).default([]),
  /** An approved request is closed by a disposal record (2-2(12)): the methods allowed, a staff witness, a contractor's certificate. */
  disposal: z
    .strictObject({
      methods: z.array(z.strictObject({ id, label: localized })).min(1),
      /** A staff member must witness it (第3表 教職員の立会い). */
      witness: z.boolean().default(true),
      /** Days a contractor is given to send its certificate (完了証明書, 提出期限を指定), by default. */
      certificate_days: z.number().int().min(1).max(180).default(14),
      citations: z.array(clauseId).default([]),
    })
    .optional(),
});

const cell = z
  .strictObject({
    classes: z.array(classId).min(1),
    decision: ruled,
    conditions: z.array(id).default([]),
    /**
     * For a prohibition with a stated exception (第3表 FAX: 禁止（送信先がFAX受信を指定した場合を除く））,
     * the condition that lifts it: a question that says the condition holds is answered as
     * conditional on it, any other as prohibited, the answer naming the exception.
     */
    except: id.optional(),
    citations: z.array(clauseId).min(1, 'every cell cites where it comes from'),
  })
  .refine((c) => c.except === undefined || c.decision === 'prohibited', {
    message: 'only a prohibition has an exception (except)',
    path: ['except'],
  });

export const handlingFileSchema = z.strictObject({
  conditions: z
    .array(
      z.strictObject({
        id,
        text: localized,
        /**
         * What a permit request does by itself (so the form does not ask for it): `record`, the
         * take-out record (the request and 「返却しました」); `declarations`, the form's declarations;
         * `blanket`, a principal's standing permission (包括的許可), which the request itself replaces;
         * `disposal`, the disposal record made when the disposal is done (date, person, method, witness).
         */
        met_by: z.enum(['record', 'declarations', 'blanket', 'disposal']).optional(),
        /** The clause the condition comes from, where a card names it on its own (包括的許可: 2-2(8)②). */
        cite: clauseId.optional(),
        /**
         * How a question says the measure (パスワード, 暗号化): a question that says it will not be
         * taken (「パスワードはかけずに」) gets 禁止 for what it describes, with the measure to take.
         */
        stated: words.optional(),
        /** How a question says the opposite of the measure (ダウンロード for 端末にダウンロードしない): denied, it is taken. */
        stated_not: words.optional(),
        /**
         * Actions whose being asked for meets the measure: the question reports the other side asking
         * for it (「先方がFAXでって言ってる」, 「FAXで送ってほしいとのご依頼」, "they only accept it by
         * fax"); reported as not asked (「FAXでとは言われていない」), the measure is not taken.
         */
        requested: z.array(z.enum(ACTION_IDS)).optional(),
      }),
    )
    .min(1),
  actions: z
    .array(
      z.strictObject({
        id: z.enum(ACTION_IDS),
        name: localized,
        /** How the answer says the action: 「外部にメールで送る」 / "email it outside the school". */
        phrase: localized,
        /** The 第3表 row this action comes from, when there is one. */
        row: localized.optional(),
        cells: z.array(cell).min(1),
        unnamed,
        /** What a permit request for this action asks for, beyond the purpose. */
        permit: permitDef.optional(),
      }),
    )
    .min(1),
  /** Purposes and circumstances a question names that decide with or beyond the action, such as
   * use outside work (年賀状) or auto-forwarding: matched by their words, ruled per class. */
  situations: z
    .array(
      z.strictObject({
        id,
        name: localized,
        /** How the answer says it: 「業務以外の目的で使う」 / "use {x} for something other than work". */
        phrase: localized,
        /** Words that name it (none when it is found only by what it is `about`). */
        words: words.default({ ja: [], en: [] }),
        /** Words that say it only together, in one sentence (ソフト … 入れ). */
        together,
        /** An object and an act said in one sentence (パスワード … 付箋に貼る). */
        about,
        /** When given, one of these must be in the question too (「他の生徒の点数」 told to a parent). */
        with: words.optional(),
        /** Words that mean this situation is not the one (「BCCで」 for a mail to many). */
        unless: words.optional(),
        /** Actions whose words mean this situation instead (「校長に見せる」 is not 外部への情報提供);
         * the situation then applies only when one of them is in the question, and replaces it. */
        replaces: z.array(z.enum(ACTION_IDS)).default([]),
        /** The information goes with it (a school PC taken home holds the records worked on): the
         * actions it replaces still rule the information the question names, and the stricter wins. */
        carries: z.boolean().default(false),
        /** The answer when the question names no information (「ChatGPTを使っていい？」), as for actions. */
        unnamed,
        /** About a device, a password or a room, never about information: a document the question
         * names beside it is only the setting (授業の動画がカクつくので), so no class is given. */
        no_document: z.boolean().default(false),
        /** Whether a prohibition can be lifted by an exception (use outside work cannot). */
        exception: z.boolean().default(true),
        /** What a permit request for this situation asks for (a school device taken out: its asset number, the return). */
        permit: permitDef.optional(),
        /** The answer per class; a class with no cell is not affected. */
        cells: z.array(cell).min(1),
      }),
    )
    .default([]),
  /** Body clauses that refine the table; the stricter decision applies and both are cited. */
  rules: z
    .array(
      z.strictObject({
        actions: z.array(z.enum(ACTION_IDS)).min(1),
        classes: z.array(classId).min(1),
        decision: ruled,
        conditions: z.array(id).default([]),
        citations: z.array(clauseId).min(1),
      }),
    )
    .default([]),
});

export const rolesFileSchema = z.strictObject({
  roles: z
    .array(
      z.strictObject({
        id: z.enum(ROLE_IDS),
        title: localized,
        held_by: localized,
        duties: localized,
        citations: z.array(clauseId).default([]),
      }),
    )
    .min(1),
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
        /** What to do now, in order. */
        steps: z.array(localized).min(1),
        /** Who else is told, beside report_to. */
        tell: z.array(z.enum(ROLE_IDS)).default([]),
        citations: z.array(clauseId).min(1),
      }),
    )
    .min(1),
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

export const PACK_FILES = {
  'pack.yaml': packFileSchema,
  'classes.yaml': classesFileSchema,
  'clauses.yaml': clausesFileSchema,
  'catalog.yaml': catalogFileSchema,
  'handling.yaml': handlingFileSchema,
  'roles.yaml': rolesFileSchema,
  'incidents.yaml': incidentsFileSchema,
  'descriptions.yaml': descriptionsFileSchema,
} as const;

export type PackFile = z.infer<typeof packFileSchema>;
export type ClassDef = z.infer<typeof classesFileSchema>['classes'][number];
export type ClauseDef = z.infer<typeof clausesFileSchema>['clauses'][number];
export type CatalogFile = z.infer<typeof catalogFileSchema>;
export type CatalogItem = CatalogFile['items'][number];
export type VagueTerm = CatalogFile['vague'][number];
export type HandlingFile = z.infer<typeof handlingFileSchema>;
export type ActionDef = HandlingFile['actions'][number];
export type HandlingRule = HandlingFile['rules'][number];
export type SituationDef = HandlingFile['situations'][number];
export type PermitDef = z.infer<typeof permitDef>;
export type RoleDef = z.infer<typeof rolesFileSchema>['roles'][number];
export type IncidentsFile = z.infer<typeof incidentsFileSchema>;
export type IncidentKind = IncidentsFile['kinds'][number];
export type IncidentChain = NonNullable<IncidentsFile['chain']>;
export type ChainRoute = IncidentChain['routes'][number];
export type ChainStep = ChainRoute['steps'][number];
export type Words = z.infer<typeof words>;
export type Localized = z.infer<typeof localized>;
export type Signal = z.infer<typeof signal>;
export type ClassifySettings = NonNullable<PackFile['classify']>;
export type ColumnKind = ClassifySettings['columns'][number];
export type ProseSettings = NonNullable<ClassifySettings['prose']>;
export type Matter = ProseSettings['matters'][number];
