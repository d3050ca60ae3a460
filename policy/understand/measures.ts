import type { Pack } from '../compile-pack.js';
import type { Language } from '../contract.js';
import type { Analyzed } from './analyze-question.js';
import type { Found } from './find-words.js';
import type { Lexicon } from './lexicon.js';
import { actsRequiring } from './measure-acts.js';
import { askedAsDuty, askedIfNeeded } from './measure-duty.js';
import type { QuestionReading } from './question-reading.js';
import { englishRequest, quotedRequest, requestNoun } from './reported-speech.js';

/**
 * Measures met by the other side asking for the action (a FAX sent only when the receiver asked
 * for one, 2-2(9)②): the action's word inside a reported request (「先方がFAXでって言ってる」)
 * meets them; inside one reported as not made (「FAXでとは言われていない」) they are not taken.
 */
function requests(
  pack: Pack,
  found: Found[],
  q: Analyzed,
  lexicon: Lexicon,
  language: Language,
  met: Set<string>,
  unmet: Set<string>,
): void {
  // A request said as a noun (先方の依頼で) is the question's, whatever act it names: read once.
  let noun: { negated: boolean } | null | undefined;
  const asNoun = () => {
    if (noun === undefined) noun = requestNoun(q.morphemes, lexicon);
    return noun;
  };
  for (const m of found) {
    if (m.value.type !== 'action') continue;
    const conditions = pack.requestedConditions.get(m.value.id);
    if (!conditions) continue;
    const request =
      language === 'ja'
        ? (quotedRequest(q.morphemes, m.start, m.end, lexicon) ?? asNoun())
        : englishRequest(q.normalized, m.start, lexicon);
    if (request) for (const id of conditions) (request.negated ? unmet : met).add(id);
  }
}

/**
 * Measures one way of which is put aside for another of its ways later in the same sentence
 * (「シュレッダーは使わないで、溶解処理に出す」): the measure is taken. Not when its opposite is
 * said (ゴミ箱), nor when the same way is both denied and taken.
 */
function setAside(r: QuestionReading): string[] {
  const said = r.found.filter((m) => m.value.type === 'condition' && !m.value.occasion && !m.scope.obliged);
  const out: string[] = [];
  for (const d of said) {
    if (d.value.type !== 'condition' || d.value.opposite || !d.scope.negated) continue;
    const id = d.value.id;
    const same = said.filter((m) => m.value.type === 'condition' && m.value.id === id);
    if (same.some((m) => m.value.type === 'condition' && m.value.opposite)) continue;
    if (same.some((m) => m.term === d.term && !m.scope.negated)) continue;
    const later = same.some(
      (m) =>
        !m.scope.negated && m.term !== d.term && m.start > d.end && !/[。.!！?？\n]/.test(r.q.normalized.slice(d.end, m.start)),
    );
    if (later) out.push(id);
  }
  return out;
}

/**
 * Measures the question says are taken (パスワードをかけて) or not (パスワードなしで), by condition id,
 * then those a reported request meets; one said both ways counts as not taken.
 */
export function measuresSaid(r: QuestionReading): { met: string[]; unmet: string[] } {
  const met = new Set<string>();
  const unmet = new Set<string>();
  const occasions = new Set<string>();
  for (const f of r.found) {
    const { value, scope } = f;
    if (value.type !== 'condition') continue;
    // The occasion said as happening (席を外す, 帰っちゃった): the measure is needed; not said to be
    // taken, it is not (an occasion denied, 席は外さない, says nothing).
    if (value.occasion) {
      if (!scope.negated) occasions.add(value.id);
      continue;
    }
    // A measure the question says must be taken (パスワードをかけないといけない？) is asked about, not said.
    // The permission skipped in a clause the sentence calls not allowed (許可をとらずに持ち出すのはダメ？):
    // asked as a duty, answered 許可が必要. A measure a ruling lists (パスワードをかけずに送るのはだめ？)
    // stays unmet: without it the act is not allowed, which is the answer to that question.
    const listed = actsRequiring(r.pack).has(value.id);
    if (r.language === 'ja' && !listed && askedAsDuty(f, r.q.morphemes, r.lexicon)) continue;
    // Asked whether it may be left out (パスワードつけなくてもいい？): asked about, not said undone.
    if (r.language === 'ja' && askedIfNeeded(f, r.q.morphemes, r.lexicon)) continue;
    // The opposite said of a thing (「クラウドに保存したファイル」): what the file is, not what is done;
    // but what is declared of the device is what it is (「家族と共用のPC」: the account is shared).
    if (value.opposite && scope.attributive && r.pack.conditionsMetBy.get(value.id) !== 'declarations') continue;
    if (!scope.obliged) (scope.negated !== value.opposite ? unmet : met).add(value.id);
  }
  for (const id of setAside(r)) unmet.delete(id);
  requests(r.pack, r.found, r.q, r.lexicon, r.language, met, unmet);
  for (const id of occasions) if (!met.has(id)) unmet.add(id);
  return { met: [...met].filter((id) => !unmet.has(id)), unmet: [...unmet] };
}
