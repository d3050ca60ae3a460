import type { ActionId } from '../contract.js';
import type { Morpheme } from './analyzer.js';
import { phraseBefore } from './arg-acts.js';
import type { Lexicon } from './lexicon.js';
import { sideOf } from './recipients.js';

/** Words of a mail address or service (個人メール, 個人のGmail, フリーメール, personal email). */
const MAIL = /めーる|メール|あどれす|アドレス|gmail|mail/i;

/**
 * A private mail address said as someone else's (通訳ボランティアの方の個人メールに送る, 業者さんの
 * 個人メールに): the recipient's address, reached by the school's e-mail (外部電子メール), not a
 * private service of the teacher's (5-1(14)⑤). The owner is the noun phrase before の right before
 * the word, said from outside the school (lexicon `recipients.outside` and the kinds of `arguments`).
 * A colleague's (学年主任の自宅のメール, その先生の個人メール) or one not told stays a private
 * service used for the work, as the writers read it.
 */
export function someoneElsesAddress(
  lexicon: Lexicon,
  morphemes: readonly Morpheme[],
  text: string,
  start: number,
  id: ActionId,
): boolean {
  if (id !== 'personal_cloud' || !MAIL.test(text.slice(start).slice(0, 12))) return false;
  const i = morphemes.findIndex((m) => m.start >= start);
  const no = morphemes[i - 1];
  if (i < 1 || no?.surface !== 'の' || no.pos1 !== '連体化') return false;
  const owner = phraseBefore(morphemes, i - 1);
  return owner.length > 0 && sideOf(owner, lexicon, []) === 'outside';
}
