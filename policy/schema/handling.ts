import { z } from 'zod/v4';
import { ACTION_IDS } from '../contract.js';
import { about, classId, clauseId, id, localized, ruled, together, unnamed, words } from './common.js';

/** handling.yaml: the actions, the 第3表 cells, the body clauses that refine them, situations. */

/** What a permit request for an action (or a situation) asks for, beyond the purpose. */
export const permitDef = z.strictObject({
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

export const cell = z
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
         * How a question says the occasion that calls for the measure (席を外す, 帰る for locking up
         * when away): said, the measure is read as not taken unless the question says it is.
         */
        occasion: words.optional(),
        /**
         * How a question says the thing left as it is, unattended (置きっぱなし, 放置): the occasion too,
         * said of the act itself, so it names no act of its own (車に置きっぱなし is still the car's).
         */
        left_as_is: words.optional(),
        /**
         * Actions whose being asked for meets the measure: the question reports the other side asking
         * for it (「先方がFAXでって言ってる」, 「FAXで送ってほしいとのご依頼」, "they only accept it by
         * fax"); reported as not asked (「FAXでとは言われていない」), the measure is not taken.
         */
        requested: z.array(z.enum(ACTION_IDS)).optional(),
        /**
         * The act the measure is taken for, asked of when the question names no act but the measure
         * (学級だよりってパスワードかけなくていい？ asks of e-mailing it; 細断しなくていい？ of disposing of it).
         * Without it the act is the first whose ruling requires the measure (measure-acts.ts), and only
         * for a measure said skipped; with it, the measure said at all (taken, skipped, its occasion) asks of it.
         */
        measure_of: z.array(z.enum(ACTION_IDS)).optional(),
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
        /** The act reported when the situation takes over any it replaces (a device taken home is taken out). */
        reports: z.enum(ACTION_IDS).optional(),
        /** The answer when the question names no information (「ChatGPTを使っていい？」), as for actions. */
        unnamed,
        /** About a device, a password or a room, never about information: a document the question
         * names beside it is only the setting (授業の動画がカクつくので), so no class is given. */
        no_document: z.boolean().default(false),
        /** Only beside information the question names (「指導者用端末で評定一覧を開く」): alone, the
         * device is the setting of a rule of its own (「指導者用端末にソフトを入れる」). */
        beside_document: z.boolean().default(false),
        /**
         * Where in the school the information is handled (第3表 取り扱い場所の制限): `inside` the rooms
         * listed (the staff's work rooms, 執務室) or in another room of the school. Found by a room said
         * with で (「図書室で読む」, handling-place.ts), beside a document, and only when no act is said.
         */
        place: z.strictObject({ rooms: z.array(z.string().min(1)).min(1), inside: z.boolean() }).optional(),
        /**
         * The situation that does the same within the rule (a mail to many in BCC, the staff room
         * locked when left): a question asking how to do it or whether its measure is needed
         * (「宛先はどうする？」「鍵かけなきゃダメ？」「そのままでいい？」) is answered by that one.
         */
        remedy: id.optional(),
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
        /**
         * The medium the rule is about: a paper rule (2-2(8)②: papers taken home) replaces the
         * table's cell and its other rules when the question is about paper (印刷して, 紙で), whose
         * conditions about a device and the cloud say nothing of it.
         */
        medium: z.enum(['paper']).optional(),
      }),
    )
    .default([]),
});
