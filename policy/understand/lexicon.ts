import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/v4';
import { ACTION_IDS, type ActionId } from '../contract.js';
import { PackInvalidError, type PackIssue } from '../errors.js';
import { locateIssue, parseYaml } from '../parse-yaml.js';

const text = z.string().trim().min(1, 'must not be empty');
const list = z.array(text).default([]);
const regex = text.refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'not a regular expression');
/** Dictionary forms of verbs in a row (持つ, 帰る = 持って帰る, 持ち帰る), particles between them ignored. */
const lemmas = z.array(z.array(text).min(1)).default([]);

const actionWords = z.strictObject({
  ja: list,
  en: list,
  weak_ja: list,
  weak_en: list,
  /** English phrases split by their object ("take the report cards home"), as regular expressions. */
  split_en: z.array(regex).default([]),
  /** English words matched as written, case kept (LINE the app, not a line). */
  raw_en: z.array(regex).default([]),
  lemmas,
  weak_lemmas: lemmas,
  /**
   * Where the information goes or is handled, said by a noun and a case particle whatever the
   * particle (自宅で, 自宅にて, 電車の中で, スマホのメモ): the nouns, found by the analyzer.
   */
  places: z.strictObject({ ja: list, particles: list }).optional(),
  /**
   * Where the information is sent or put, as evidence of the act (地域の人に回す, 業者に預ける,
   * 裏紙に回す, 家計簿アプリで管理する): a noun phrase holding one of `ja`, one of `particles`, then a
   * verb, one of `verbs` by its dictionary form (any verb when none are listed). Not when the phrase
   * holds one of `unless` (学校のアプリ is the school's). With `alone`, only when no other act is
   * named (カバンに入れて他校に持っていく is taken there, not home). With `agents`, also any verb
   * the goal does for the teacher (業者に刷ってもらう, AIに直してもらう: handed to them to do it).
   * `over`: the other acts the goal's verb would say, which the goal overrides (来場者に配る is
   * handed out to them, not copied; 公民館の窓口に置く is given to it, not left on a desk).
   * `means`: acts said by other verbs that are only how it reaches the goal (印刷して公民館の人に渡す:
   * given to them; the printing is how), dropped wherever said when the goal's verb is not one of them.
   */
  goals: z
    .array(
      z.strictObject({
        ja: z.array(text).min(1),
        particles: z.array(text).min(1),
        verbs: list,
        unless: list,
        alone: z.boolean().default(false),
        agents: z.boolean().default(false),
        over: z.array(z.enum(ACTION_IDS)).default([]),
        means: z.array(z.enum(ACTION_IDS)).default([]),
      }),
    )
    .default([]),
});

export const lexiconSchema = z.strictObject({
  /** Words that hold an action or catalog word but mean neither (オンライン is not LINE). */
  neutral: z.strictObject({ ja: list, en: list }),
  /** Two actions that together mean a third, more specific one. */
  merges: z
    .array(
      z.strictObject({
        when: z.array(z.enum(ACTION_IDS)).min(2),
        becomes: z.enum(ACTION_IDS),
        /**
         * Only when the teacher says one of these verbs (dictionary forms) in a sentence where one of
         * `when` was said (DVDに焼いて業者に「送る」: a medium sent goes by post).
         */
        verbs: list,
      }),
    )
    .default([]),
  /**
   * Who can see it said narrower than the public (YouTubeの限定公開, unlisted): a posting service
   * used so is a store handed round by its link, not a broadcast; `from` become `becomes`, unless
   * one of `unless` says the school's own account holds it (学校のYouTubeチャンネル).
   */
  limited: z
    .strictObject({
      /** A posting service, one of which must be named (限定公開でネットに載せる names none: still publishing). */
      when: z.array(z.enum(ACTION_IDS)),
      from: z.array(z.enum(ACTION_IDS)),
      becomes: z.enum(ACTION_IDS),
      ja: list,
      en: list,
      unless: z.strictObject({ ja: list, en: list }),
    })
    .optional(),
  /** Actions that make another one only their object (disposing of a USB stick is disposal). */
  absorbs: z.partialRecord(z.enum(ACTION_IDS), z.array(z.enum(ACTION_IDS))).default({}),
  /**
   * An action said with no other, by one of `words`, and what it then means (家で丸つけ with the
   * papers in hand is taking them home; at a café or by telework it stays work outside).
   */
  alone: z
    .partialRecord(
      z.enum(ACTION_IDS),
      z.array(
        z.strictObject({
          becomes: z.enum(ACTION_IDS),
          /** Actions that leave it on paper (印刷して家で見る): beside them it still becomes `becomes`, kept beside them. */
          beside: z.array(z.enum(ACTION_IDS)).default([]),
          /** Verbs, by dictionary form, one of which the sentence of the act must say (電車で「見直す」). */
          verbs: list.default([]),
          ja: list,
          en: list,
        }),
      ),
    )
    .default({}),
  /**
   * What says the information is on paper (印刷して, 紙で, 書類) and what says it is data (データ,
   * USB, PDF): a question with the one and none of the other is about paper, where a pack may rule
   * an action apart (handling.yaml rules with `medium: paper`).
   */
  paper: z
    .strictObject({
      ja: list,
      en: list,
      data: z.strictObject({ ja: list, en: list }),
      /** Words that hold a paper word but say something else (白紙 is blank, not the medium). */
      neutral_ja: list.default([]),
    })
    .default({ ja: [], en: [], data: { ja: [], en: [] }, neutral_ja: [] }),
  actions: z.record(z.enum(ACTION_IDS), actionWords),
  /**
   * Actions that say where, not what (work at home): a follow-up that names only one of them keeps
   * the means of the answer before (私物のiPad … 家でなら？) when that means absorbs it.
   */
  settings: z.array(z.enum(ACTION_IDS)).default([]),
  /**
   * Actions that say only that information is given to someone (送り先は高体連です): a message naming
   * information and only one of them keeps the channel of the answer before (メールで) when that
   * channel absorbs it (policy/carry-previous.ts).
   */
  handed_to: z.array(z.enum(ACTION_IDS)).default([]),
  generic: z.array(z.enum(ACTION_IDS)).default([]),
  /**
   * In a follow-up only (policy/carry-previous.ts), the media an act of before is done with: a
   * message naming only one of them (USBならどう？ after 持ち帰っていい？) keeps the act of before.
   * Not `absorbs`: asked alone, 「USBで持ち出す」 is about the USB.
   */
  carried_by: z.partialRecord(z.enum(ACTION_IDS), z.array(z.enum(ACTION_IDS))).default({}),
  /**
   * People other than the teacher the analyzer does not mark as persons (生徒, 先生): one of them,
   * then が or は, is the doer of what its sentence says (policy/understand/others-act.ts).
   */
  people: z.array(z.string()).default([]),
  /** Outside businesses hired for a job (印刷業者, 写真屋さん): policy/understand/needless-item.ts. */
  contractors: z.array(z.string()).default([]),
  /** What a contractor's work may need (names, contact details): by catalog group or said. */
  contractor_needs: z
    .object({ groups: z.array(z.string()).default([]), words: z.array(z.string()).default([]) })
    .default({ groups: [], words: [] }),
  /**
   * Whose device, medium or service it is. An owner (私物, 自分, 個人, "my own") right before a thing
   * (スマホ, USB, アカウント, "iPhone"), with at most one of `gaps_ja` between (の, で購入した), makes
   * the action its private kind: 自分のiPhone is a private device, 個人で購入したUSBメモリ private
   * media (a situation the pack names), 自分で作ったGoogleアカウント a personal service.
   */
  owned: z
    .strictObject({
      owners: z.strictObject({ ja: list, en: list }),
      gaps_ja: list,
      /** Owners that say the thing is at the teacher's home (自宅, 家): the place work is done, too. */
      homes: z.strictObject({ ja: list, en: list }).default({ ja: [], en: [] }),
      /** Owners that say the kind (個人, 私物) and may follow the owner (自分の個人アドレス). */
      kinds_ja: list,
      /** English words that make the thing the school's again (my school laptop). */
      not_en: list,
      things: z.array(
        z.strictObject({
          ja: list,
          en: list,
          /** Whose, when not the teacher's (学校の公式YouTube is the school's). */
          owners: z.strictObject({ ja: list, en: list }).optional(),
          action: z.enum(ACTION_IDS).optional(),
          /** A situation of the pack instead (private_media_on_work_device); ignored where the pack has none. */
          situation: text.optional(),
        }),
      ),
    })
    .default({ owners: { ja: [], en: [] }, gaps_ja: [], homes: { ja: [], en: [] }, kinds_ja: [], not_en: [], things: [] }),
  /** What turns a statement around: 〜ない, 〜ず, "not". */
  negation: z
    .strictObject({
      /** Dictionary forms of auxiliaries and adjectives that negate what comes before (ない, ぬ, ず). */
      ja_auxiliaries: list,
      /** Words that negate the noun before them (なし, 無し) or after them (未記入). */
      ja_words: list,
      /** Words that end a negation's reach: a comma, a conjunction (けど, が, ので). */
      ja_boundaries: list,
      /** Adverbs that, closing a clause with no verb, say it has not happened yet (掲載許可はまだ, 承諾はまだです). */
      ja_not_yet: list,
      /** What makes a negation before it a duty (出さないと「いけない」, 送らなければ「ならない」). */
      ja_obligation: list.default([]),
      ja_need: list.default([]),
      /** Verbs that, negated, say the word before them is not there (住所は書いてない), beside contains.verbs and the actions. */
      ja_absent: list.default([]),
      /** Words after a noun that say the matter is not it (授業「以外」, 業務と「無関係」). */
      ja_other_than: list.default([]),
      /** Nouns that, negated after a noun, say the matter is not it (授業と「関係」ない). */
      ja_related: list.default([]),
      en: list,
    })
    .default({
      ja_auxiliaries: [],
      ja_words: [],
      ja_boundaries: [],
      ja_not_yet: [],
      ja_obligation: [],
      ja_need: [],
      ja_absent: [],
      ja_other_than: [],
      ja_related: [],
      en: [],
    }),
  /** What says something already happened (送っちゃった, 〜してしまいました), not a request. */
  done: z
    .strictObject({
      /** Dictionary forms of the past and perfective auxiliaries (た, ちゃう, しまう). */
      ja_auxiliaries: list,
      /** Endings that make a past verb a hypothesis or a question about the future (たら, ても). */
      ja_hypothetical: list,
      en: z.array(regex).default([]),
    })
    .default({ ja_auxiliaries: [], ja_hypothetical: [], en: [] }),
  /**
   * Words that say a document is described rather than named (表, 一覧, 記録, a sheet): with one of
   * the catalog's signal words (身長, 携帯) they name the item the classifier would find in the file.
   */
  document_nouns: z.strictObject({ ja: list, en: list }).default({ ja: [], en: [] }),
  /** Words that ask how far a rule reaches (どこまで, 何なら, 毎回): see extent-asked.ts. */
  extent: z.strictObject({ ja: list, en: list }).default({ ja: [], en: [] }),
  record_nouns: z.array(z.string()).default([]),
  /**
   * How a message asks for help with something that happened (どうしよう, 誰に報告すれば, "what do I
   * do"): with a word for what happened, it is a report, whatever the with-words say.
   */
  report: z.strictObject({ ja: list, en: list }).default({ ja: [], en: [] }),
  /** How a message asks for permission (いいですか, 大丈夫？, "can I"): a message that does not is a statement. */
  asks: z.strictObject({ ja: list, en: list }).default({ ja: [], en: [] }),
  /** Verbs that ask whether an act counts as the word before them (不正アクセス「に」なりますか): a category asked about, not a report. */
  counts_as: z.strictObject({ ja: list }).default({ ja: [] }),
  /**
   * Reported requests: someone asking for something to be done a certain way (「FAXでって言ってる」,
   * 「FAXで送ってほしいとのご依頼」, "they only accept it by fax"). `ja`: dictionary forms of the
   * verbs and nouns of saying or asking after a quotation (と, って) or よう(に); `en`: the words
   * before what is asked for, in the same clause.
   */
  request: z.strictObject({ ja: list, en: list }).default({ ja: [], en: [] }),
  /**
   * Someone asks the school for a thing and the teacher names no act of their own
   * (policy/understand/requested-act.ts): the act is giving it to them, and asked for in words, not
   * in writing (none of `written`), the pack's `situation` of a request without a written inquiry.
   */
  requested: z
    .strictObject({ situation: text.optional(), written: z.strictObject({ ja: list, en: list }) })
    .default({ written: { ja: [], en: [] } }),
  /**
   * What says one thing is inside a document (2-2(5)③): dictionary forms of verbs with what is
   * inside before が・も・は・を (経過が入っている, 病名も載っている, 健康調査をまとめた), and nouns
   * after it (病名つき, 名前入り). What is inside is described on its own (policy/understand/contain.ts).
   */
  contains: z
    .strictObject({
      verbs: list,
      suffixes: list,
      /** Nouns for a document's contents, whose topic is what is inside (「中身は名前と症状です」). */
      heads: list.default([]),
      /** Particles that limit what is inside to what is said (名前と所属委員会「だけ」が入っている): nothing more is. */
      only: list,
      /**
       * Verbs that say a record holds what the clause before them says by having it written there
       * (…かが「書いてある」紙, 体温を「書き込んでいる」表, 「並んだ」リスト): with contains.verbs, the frame of a
       * described document, not what it is about (content-clause.ts).
       */
      written: list.default([]),
    })
    .default({ verbs: [], suffixes: [], heads: [], only: [], written: [] }),
  /**
   * A question about something other than what may be done with information: when or how much
   * (いつ, いくら, 何 before a counter: 何時, 何日, 何曜日), or how to write it or a procedure of
   * one's own (`topics`: 書き方, 手続き). With no act named and none of `handling` said, a document
   * it names is only its topic (policy/understand/other-asks.ts).
   */
  other_asks: z
    .strictObject({
      /** Interrogatives asked alone, by dictionary form (いつ, いくら). */
      ja_interrogatives: list,
      /** Interrogatives that ask how many or which before a counter or a noun (何|時, 何|曜日). */
      ja_counted: list,
      ja_topics: list,
      /** Words that make it a question about the information's handling after all (扱う, 保管, 分類). */
      ja_handling: list,
      /** A way, a kind, advice or a fact recalled (どんな, どう, 教える, っけ): another ask when no leave is asked. */
      ja_open: list,
      /** Words asking a way (どう, どのように) before a verb and ば/たら いい: how to do it, when the verb is no act. */
      ja_way: list.default([]),
      /** Verbs that name no act of their own (どうすれば): the way of one asks what to do, not how. */
      ja_light_verbs: list.default([]),
      /** English phrases of the same (what time, how do), when no leave is asked. */
      en: list,
    })
    .default({
      ja_interrogatives: [],
      ja_counted: [],
      ja_topics: [],
      ja_handling: [],
      ja_open: [],
      ja_way: [],
      ja_light_verbs: [],
      en: [],
    }),
  /**
   * Words of time after a document's name that make it the event it is named for (三者面談「を前に」,
   * 個人面談「の間」, 家庭訪問「の際」): when it happens, not the information. `ja_verbs`: verbs the
   * event is the subject of (個人面談が「始まる」, 家庭訪問が「近づく」): it happens, it is not the record.
   */
  event_time: z.strictObject({ ja: list, ja_verbs: list.default([]) }).default({ ja: [], ja_verbs: [] }),
  /**
   * Acts said by the argument of a verb no action word names (arg-acts.ts): the kind of the noun
   * before に/へ/で/まで/から (`kinds`: a cloud service, a home …, by the head of its phrase or an
   * owner before の), the broad class of the verb after it (`verbs`), and which act a kind and a
   * class make (`acts`: kind → class → action).
   */
  arguments: z
    .strictObject({
      kinds: z.record(z.string(), list),
      verbs: z.record(z.string(), list),
      acts: z.record(z.string(), z.record(z.string(), z.enum(ACTION_IDS))),
      /** Particles of a place where the verb is done (で, から), read only with these classes. */
      heads: list,
      place_particles: list,
      place_classes: list,
    })
    .default({ kinds: {}, verbs: {}, acts: {}, heads: [], place_particles: [], place_classes: [] }),
  /**
   * Whom something is handed to (recipients.ts): the head of the noun before に/へ that says a
   * person of the school (`inside`: 先生, 教職員, 担当), an owner that says the school (`school`:
   * 校内, 本校), a person from outside who is no kind of `arguments` (`outside`: 保護者, 児童), and
   * the verbs of handing a copy over (`hand`: 渡す, 配る).
   */
  recipients: z
    .strictObject({ inside: list, school: list, outside: list, hand: list })
    .default({ inside: [], school: [], outside: [], hand: [] }),
  /** How a message continues the one before (じゃあ…なら？, "what about"). */
  follow_up: z
    .strictObject({ ja: list, en: list, max_chars: z.number().int().min(1).default(30) })
    .default({ ja: [], en: [], max_chars: 30 }),
});

/** A pack's own lexicon.yaml: any part of the shared one (only the actions it adds words to). */
const ownLexiconSchema = lexiconSchema.partial().extend({
  actions: z.partialRecord(z.enum(ACTION_IDS), actionWords.partial()).optional(),
});

export type Lexicon = z.infer<typeof lexiconSchema>;
export type ActionLexicon = Lexicon['actions'][ActionId];

/** The shared lexicon's folder: beside the sources (policy/lexicon), also when running from dist/. */
export function lexiconDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, '../lexicon'), resolve(here, '../../../policy/lexicon')];
  return candidates.find((dir) => existsSync(join(dir, 'lexicon.yaml'))) ?? candidates[0]!;
}

/** Reads and validates a lexicon file; a broken one names the line and what is wrong. */
export function readLexicon(path: string): Lexicon {
  const file = parseYaml('lexicon.yaml', readFileSync(path, 'utf8'));
  const issues: PackIssue[] = [...file.errors];
  if (issues.length === 0) {
    const result = lexiconSchema.safeParse(file.doc.toJS());
    if (result.success) return result.data;
    for (const issue of result.error.issues) issues.push(locateIssue(file, issue.path, issue.message));
  }
  throw new PackInvalidError(dirname(path), issues);
}

/** A pack's own words added to the shared lexicon's (every list is appended to). */
export function mergeLexicon(base: Lexicon, extra: Partial<Lexicon> | undefined): Lexicon {
  if (!extra) return base;
  const merged = structuredClone(base);
  const appendAll = (into: Record<string, unknown>, from: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(from)) {
      const current = into[key];
      if (Array.isArray(value)) into[key] = [...((current as unknown[]) ?? []), ...value];
      else if (value && typeof value === 'object') {
        into[key] ??= {};
        appendAll(into[key] as Record<string, unknown>, value as Record<string, unknown>);
      } else into[key] = value;
    }
  };
  appendAll(merged as unknown as Record<string, unknown>, extra as Record<string, unknown>);
  return merged;
}

let shared: Lexicon | null = null;

/** The shared lexicon (policy/lexicon/lexicon.yaml), read once. */
export function sharedLexicon(): Lexicon {
  shared ??= readLexicon(join(lexiconDir(), 'lexicon.yaml'));
  return shared;
}

const perPack = new Map<string, Lexicon>();

/** The lexicon a pack answers with: the shared one, plus the pack's own lexicon.yaml if it has one. */
export function lexiconFor(pack: { dir: string }): Lexicon {
  let lexicon = perPack.get(pack.dir);
  if (!lexicon) {
    const own = join(pack.dir, 'lexicon.yaml');
    lexicon = existsSync(own) ? mergeLexicon(sharedLexicon(), readOwnLexicon(own)) : sharedLexicon();
    perPack.set(pack.dir, lexicon);
  }
  return lexicon;
}

/** A pack's own lexicon.yaml: any part of the shared one, validated the same way. */
function readOwnLexicon(path: string): Partial<Lexicon> {
  const file = parseYaml('lexicon.yaml', readFileSync(path, 'utf8'));
  if (file.errors.length > 0) throw new PackInvalidError(dirname(path), file.errors);
  const result = ownLexiconSchema.safeParse(file.doc.toJS());
  if (result.success) return result.data as Partial<Lexicon>;
  throw new PackInvalidError(
    dirname(path),
    result.error.issues.map((issue) => locateIssue(file, issue.path, issue.message)),
  );
}
