import { escapeRegex } from '../escape-regex.js';
import type { ProseSettings } from '../schema.js';
import { textSaysInvented } from './read-invented.js';
import { type CompiledProse, type MatterHit, type ProseFacts, wordsPattern } from './read-prose.js';
import { cheapRefs, namedRefs, type Ref } from './read-refs.js';

type AccountSettings = NonNullable<ProseSettings['accounts']>;

/**
 * What someone said, reported: quoted and taken up by the sentence (「もっとやせたい」と言っています,
 * 「帰りたくない」って), or told as heard (母の話では, …とのこと, …と話していた, …と訴える, a sentence
 * ending in と: 「お金は机の上に置いてあると。」).
 */
const QUOTED = /「[^」\n]{2,80}」\s*(?:と|って)|の話では|とのこと|と(?:言っ|話し|訴え)|[るたいだ]と(?:。|$)/m;
const HEAD_LINES = 4;
const MAX_CHARS = 20_000;
/** The first lines read for the persons a note names (as namedRefs reads). */
const NAMED_LINES = 40;
/** The most later lines that quote a family read for their persons. */
const LATE_LINES = 8;

export interface CompiledAccounts {
  settings: AccountSettings;
  kin: RegExp;
  /** Told as heard from the family, the quote's verb left out (「…待ってほしいとお母さんから。」) or 聞く (「…と本人から聞きました」). */
  heardFrom: RegExp;
  /** Said by the family or the pupil, the quote not bracketed (「…食べてないって本人が」「…ないと母が言っていた」). */
  saidBy: RegExp;
  addressed: RegExp | null;
  firstPerson: RegExp | null;
  /** How a parent writes of their own child (うちの子): left out before asking whether a child writes. */
  ownChild: RegExp | null;
  /** A chat's line sent by a parent who names themself by the child (「ゆうとママ : …」「〇〇パパ：」). */
  parentSender: RegExp | null;
  /** A family's note to the teacher by what it is called (連絡帳, れんらくちょう). */
  notes: RegExp | null;
}

export function compileAccounts(settings: AccountSettings | undefined): CompiledAccounts | null {
  if (!settings) return null;
  const kin = settings.kin.map((w) => escapeRegex(w.normalize('NFKC'))).join('|');
  return {
    settings,
    // A word of its own: 父 in 父兄 or 家 in 国家 is not a pupil's family.
    kin: new RegExp(`(?<!\\p{sc=Han})(?:${kin})(?!\\p{sc=Han})`, 'u'),
    heardFrom: new RegExp(`と(?:${kin})(?:から|より)(?:[。、!！]|聞|伺|$)`, 'mu'),
    saidBy: new RegExp(`(?:って|と)(?:${kin})(?:が|は|も)(?:[。、!！]|言|話|$)`, 'mu'),
    addressed: wordsPattern(settings.addressed, ''),
    notes: settings.notes.length ? new RegExp(settings.notes.map((w) => escapeRegex(w.normalize('NFKC'))).join('|'), 'u') : null,
    ownChild: wordsPattern(settings.own_child, 'gu'),
    // The kin a parent is called by in katakana (ママ, パパ), after the child's name, then a colon.
    parentSender: katakanaKin(settings.kin),
    // A child's 「ぼくは」「わたしが」, not the same letters inside a word (わたしたち aside, which a
    // class newsletter writes and is addressed anyway).
    firstPerson: settings.first_person.length
      ? new RegExp(`(?:${settings.first_person.map(escapeRegex).join('|')})(?:は|が|の|も|に|を)`)
      : null,
  };
}

/**
 * Reads a note that tells a few pupils' account (pack.yaml `classify.prose.accounts`): it names one
 * to `max_persons` persons other than staff (by name, initial or 本児), quotes what was said and
 * speaks of their family, and it is neither a letter to families (its first lines), a child's
 * own writing nor a handout whose cases are invented. The matters may be in any words
 * (「トイレで戻してしまう」「夜はほとんど寝ていない」): a 面談, a call or a handover written down is a
 * record of the pupil's life (第2表 生活歴・心身の状況).
 * Nothing of the text is kept: the facts say how many persons and that an account was found.
 */
export function readAccount(a: CompiledAccounts, p: CompiledProse, nfkc: string): ProseFacts | null {
  const text = nfkc.slice(0, MAX_CHARS);
  const reported = (line: string) => QUOTED.test(line) || a.heardFrom.test(line) || a.saidBy.test(line);
  if (!reported(text) || !a.kin.test(text)) return null;
  if (childWrites(a, text) || textSaysInvented(p, text)) return null;
  // A letter is addressed above what it tells: a memo's later line (「学年だよりの原稿、金曜まで」) is no address.
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const told = lines.findIndex(
    (line) => a.kin.test(line) || cheapRefs(p, line, new Set()).length > 0 || namedRefs(p, line, 1).size > 0,
  );
  const head = lines.slice(0, Math.min(HEAD_LINES, told < 0 ? HEAD_LINES : told + 1)).join('\n');
  if (a.addressed?.test(head)) return null;
  const persons = new Map<string, Ref>(namedRefs(p, text, a.settings.max_persons + 1));
  for (const line of text.split('\n', NAMED_LINES)) {
    // cheapRefs reads a pupil by year and sex too (「8年の男子生徒」): a note to an outside body must not name them.
    for (const ref of cheapRefs(p, line, new Set())) if (ref.kind !== 'staff') persons.set(ref.key, ref);
  }
  // An account told below a long text (a year's record, then 「3-1 出水 樹：父から「…」と」) names its pupil in its own line.
  const late = text
    .split('\n')
    .slice(NAMED_LINES)
    .filter((line) => reported(line) && a.kin.test(line));
  for (const line of late.slice(0, LATE_LINES)) {
    for (const [key, ref] of namedRefs(p, line)) persons.set(key, ref);
    for (const ref of cheapRefs(p, line, new Set())) if (ref.kind !== 'staff') persons.set(ref.key, ref);
  }
  if (persons.size === 0 || persons.size > a.settings.max_persons) return null;
  const hit: MatterHit = { matter: a.settings.id, word: '', same: true, refs: [...persons.values()] };
  return { hits: [hit], qualifies: true };
}

function katakanaKin(kin: string[]): RegExp | null {
  const words = kin.filter((w) => /^\p{sc=Katakana}+$/u.test(w)).map(escapeRegex);
  return words.length ? new RegExp(`^[^\\s:：。、,，]{1,8}(?:${words.join('|')})\\s?[:：]\\s?\\S`, 'u') : null;
}

/** Whether a text is a child's own writing (ぼくは, うちが), a parent's 「うちの子」 aside. */
export function childWrites(a: CompiledAccounts, text: string): boolean {
  return a.firstPerson?.test(a.ownChild ? text.replace(a.ownChild, '') : text) ?? false;
}
