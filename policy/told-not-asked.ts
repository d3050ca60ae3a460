/**
 * A message that tells what happened and asks no leave (「先週郵送した調査書が届いていないと連絡がありました」,
 * 「同意とってない子も写ってる写真、もう配っちゃった」) is no permission question: the act it names is
 * the story, not what is asked, so it is never answered 可 or 条件付きで可 (DESIGN.md: unsafe answers
 * are the worst error). It is taken as a report to pass on (4-4 情報セキュリティインシデントの報告).
 */
import type { Decision } from './contract.js';
import type { Lexicon } from './understand/lexicon.js';
import type { ParsedQuestion } from './understand/parse-question.js';
import { reports } from './understand/reports.js';

const PERMISSIVE: ReadonlySet<Decision['decision']> = new Set(['allowed', 'conditional']);

/**
 * The permissive answer would answer a report: the message states something done or so, asks no
 * leave, and tells no measure met (「パスワードはかけてます」 answers a previous answer's condition).
 */
export function toldNotAsked(
  decision: Decision,
  question: string,
  parsed: ParsedQuestion,
  lexicon: Lexicon,
  followsAnswer: boolean,
): boolean {
  if (!PERMISSIVE.has(decision.decision)) return false;
  if (followsAnswer || parsed.continuation || parsed.measures.met.length > 0) return false;
  // A measure told not taken (「パスワードはつけてません」) is what the answer's conditions weigh;
  // a rule without an act (no action read) is no story of an act.
  if (parsed.measures.unmet.length > 0 || decision.action == null) return false;
  // 「…でいい？」「Could I …?」: a question, whatever its story.
  if (/[?？]/.test(question)) return false;
  const { normalized, morphemes } = parsed.analyzed;
  if (!reports(question, normalized, morphemes, lexicon, parsed.language)) return false;
  // 「学校要覧を業者にメールしました」: the act itself told done, to be judged as it was done.
  return !actAtEnd(parsed, morphemes);
}

/**
 * The message's last predicate is an act read (持ち帰ってしまいました, メールしました): the story
 * ends on what the teacher did, not on something that happened after it (届いていない, 見えてた).
 */
function actAtEnd(parsed: ParsedQuestion, morphemes: ParsedQuestion['analyzed']['morphemes']): boolean {
  let k = morphemes.length - 1;
  while (k >= 0 && !(morphemes[k]!.pos === '動詞' && morphemes[k]!.pos1 === '自立')) k--;
  if (k < 0) return false;
  // メール|し|ました: the light verb's noun is the predicate.
  const from = morphemes[k]!.base === 'する' && k > 0 ? morphemes[k - 1]!.start : morphemes[k]!.start;
  const to = morphemes[k]!.end;
  return [...parsed.actsAt.values()].some((spans) => spans.some((s) => s.start < to && s.end >= from));
}
