import { analyze } from '../understand/analyzer.js';
import { isOcrNoise } from './match-titles.js';
import { type CompiledAccounts, childWrites } from './read-account.js';
import { readCues } from './read-cues.js';
import { textSaysInvented } from './read-invented.js';
import type { CompiledProse, ProseFacts } from './read-prose.js';

/** A note from home is short: a page of a 連絡帳, a mail, a chat. */
const MAX_CHARS = 1_500;
const HEAD_LINES = 4;
/** A line that addresses a teacher: 「先生へ」「担任の先生へ」「せんせいへ」「山田先生」. */
const TO_TEACHER = /^[^\s。、,，!！?？]{0,10}(?:先生|せんせい)[^\s。、,，!！?？]{0,3}(?:へ|様|さま)?$/u;
/** A short line ending in へ: an addressee, whose name OCR may have misread (「FTE へ」) on a dated page. */
const ADDRESSEE = /^[^\s。、,，!！?？]{1,10}[\s　]?へ$/u;
/** An addressee who is many (皆さんへ, 保護者の方へ, 6年生のみなさんへ): a letter to all, not from home. */
const MANY = /皆|みな|各位|一同|たち|達|方々|保護者|家庭|全員|生徒|児童/;
/** A family's greeting to the school, opening a mail or a chat (いつもお世話になっております). */
const GREETING = /お世話になって(?:います|おります)/;
/** A page of a 連絡帳 is dated at its top: 6月3日（火）, 6/17. */
const DATED = /^(?:\d{1,2}月\s?\d{1,2}日|\d{1,2}\/\d{1,2})/;
/** A chat's sender or a page's signer named by their role (「保護者 ママ」「保護者：橋本真由美」), not many (保護者各位). */
const GUARDIAN = /^保護者(?:名|氏名)?[ 　]*[:：]?[ 　]*([^\s:：。、,，!！?？]{1,8})$/u;
/** Signed by the family: 母, はは, ゆうと母 (a surname alone is read by the analyzer). */
const SIGNED_KIN = /^[^\s。、]{0,6}(?:母|父|はは|ちち)$/u;

/**
 * A note a family writes to their child's teacher (a page of the 連絡帳, a parent's mail or chat):
 * addressed to one teacher in its first lines (先生へ; on a page dated at its top, any short line
 * ending in へ), opened with a family's greeting, or dated and signed by the family, and
 * telling of the family (父, 母, 主人) or a matter (病院, 診断). Such a note is about the child
 * whoever it names, or none: 「先生へ　昨夜、父と母が大げんかをして…」 is the pupil's 生活歴.
 * Not a letter to many (保護者の皆様, だより), a child's own writing (ぼくは, わたしが) or a
 * handout whose cases are invented. The pupil is the one the note is about, counted as one.
 */
export function readFamilyNote(a: CompiledAccounts, p: CompiledProse, nfkc: string): ProseFacts | null {
  if (nfkc.length > MAX_CHARS) return null;
  // Lines OCR made of the page's ruling are left out; an addressee OCR misread (「FTE へ」) is kept.
  const lines = nfkc
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && (ADDRESSEE.test(line) || !isOcrNoise(line)));
  const head = lines.slice(0, HEAD_LINES);
  // Dated at its top, or under its title (「れんらくちょう（宮本 日和）」 then 「7月3日」).
  const dated = lines.length >= 3 && (DATED.test(lines[0]!) || DATED.test(lines[1]!));
  let at = head.findIndex(
    (line, i) =>
      TO_TEACHER.test(line) ||
      GREETING.test(line) ||
      (dated && i <= 2 && ADDRESSEE.test(line)) ||
      // A page headed by what a family's note is called (連絡帳), or a chat whose sender is the guardian.
      (i === 0 && a.notes?.test(line)) ||
      fromGuardian(a, line) ||
      // A chat's line sent by a parent named by the child (「ゆうとママ : うちの子、…」).
      (a.parentSender?.test(line) ?? false),
  );
  if (at >= 0 && MANY.test(head[at]!) && !fromGuardian(a, head[at]!) && !a.parentSender?.test(head[at]!)) return null;
  // Or a page dated at its top and signed at its foot by the family (工藤, はは).
  if (at < 0 && dated && signed(lines.at(-1)!)) at = 0;
  if (at < 0) return null;
  if (a.addressed?.test(head.join('\n')) || childWrites(a, nfkc) || textSaysInvented(p, nfkc)) return null;
  // A parent's chat line tells its matter after the sender (「ゆうとママ : うちの子、…」), kin in its name.
  const sent = a.parentSender?.test(head[at]!) ?? false;
  const body = lines.slice(GREETING.test(head[at]!) || sent ? at : at + 1).join('\n');
  // A matter by its word, or in plain words (やけどをして, 眠れません: the heads and the symptoms' words).
  const matter =
    [...body.matchAll(p.matters)].some((m) => p.matterOf.get(m[0])) || (p.cues ? readCues(p.cues, body).length > 0 : false);
  if (!matter && (sent || !a.kin.test(body))) return null;
  return {
    hits: [{ matter: a.settings.id, word: '', same: true, refs: [{ key: 'family-note', kind: 'pupils', form: 'pointer' }] }],
    qualifies: true,
  };
}

/** A line naming the guardian as the one who writes (「保護者 ママ」, 「保護者 橋本真由美」): not many, not a blank form's field. */
function fromGuardian(a: CompiledAccounts, line: string): boolean {
  const m = GUARDIAN.exec(line);
  if (!m || MANY.test(m[1]!)) return false;
  // Kin (ママ, 母), or a name the analyzer reads as one — not a form's next label (勤務先, 氏名).
  return a.kin.test(m[1]!) || analyze(m[1]!).some((w) => w.pos2 === '人名');
}

/** A last line that is a family's signature: a surname alone (工藤) or a parent (母, ゆうと母). */
function signed(line: string): boolean {
  if (SIGNED_KIN.test(line)) return true;
  if (!/^[\p{sc=Han}]{1,4}$/u.test(line)) return false;
  const words = analyze(line);
  return words.length === 1 && words[0]!.pos2 === '人名' && words[0]!.pos3 === '姓';
}
