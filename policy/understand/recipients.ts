import type { Pack } from '../compile-pack.js';
import type { ActionId } from '../contract.js';
import type { Analyzed } from './analyze-question.js';
import type { Morpheme } from './analyzer.js';
import { phraseBefore, verbAfter } from './arg-acts.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';

/** Whom the question says a thing is handed to: a person of the school or one from outside. */
export interface Recipient {
  /** The noun phrase before に/へ, as written. */
  phrase: string;
  side: 'inside' | 'outside' | 'unknown';
  /** Where the verb of handing it over stands. */
  start: number;
  end: number;
}

const TO = new Set(['に', 'へ']);

/** The words of a list that say the phrase: two or more characters inside it, or the whole of a part before or after の (塾の先生). */
const says = (text: string, words: readonly string[]) =>
  words.some((w) => text.split('の').includes(w) || (w.length >= 2 && text.includes(w)));

/**
 * The side of the school a recipient's phrase is on: outside when any part of it says a person or a
 * body from outside (保護者の役員さん, 学童の先生, 外部講師: lexicon `recipients.outside` and the
 * kinds of `arguments`); inside when its head is a person of the school (先生方, 広報担当, and the
 * pack's roles: 教職員, 校長) or its owner says the school (校内の広報担当).
 */
export function sideOf(text: string, lexicon: Lexicon, roles: readonly string[]): Recipient['side'] {
  const g = lexicon.recipients;
  const kinds = Object.values(lexicon.arguments.kinds).flat().map(normalize);
  if (says(text, g.outside.map(normalize)) || says(text, kinds)) return 'outside';
  const head = text.slice(text.lastIndexOf('の') + 1).replace(/^[おご]/, '');
  const inside = [...g.inside, ...roles].map(normalize);
  if (inside.some((w) => head === w || head.endsWith(w))) return 'inside';
  const owner = text.slice(0, Math.max(0, text.lastIndexOf('の')));
  return owner && says(owner, g.school.map(normalize)) ? 'inside' : 'unknown';
}

/**
 * The pack's roles at the school (held at a 学校 or by its 校長, not the board's), as said in
 * Japanese: their titles and who holds them when one word (校長).
 */
export function roleWords(pack: Pack): string[] {
  return [...pack.roles.values()]
    .filter((r) => /校/.test(r.title.ja + r.held_by.ja))
    .flatMap((r) => [r.title.ja, r.held_by.ja])
    .filter((w) => /^[\p{Script=Han}ァ-ヶー]+$/u.test(w));
}

/**
 * Everyone the question says a thing is handed to (渡す・配る, lexicon `recipients.hand`): the noun
 * before に/へ the analyzer reads as the verb's argument, on its side of the school.
 */
export function recipientsSaid(pack: Pack, lexicon: Lexicon, q: Analyzed): Recipient[] {
  const ms: readonly Morpheme[] = q.morphemes;
  const hand = new Set(lexicon.recipients.hand.map(normalize));
  const roles = roleWords(pack);
  const out: Recipient[] = [];
  ms.forEach((p, i) => {
    if (i === 0 || p.pos !== '助詞' || p.pos1 !== '格助詞' || !TO.has(p.surface)) return;
    const k = verbAfter(ms, i);
    const verb = k === undefined ? undefined : ms[k]!;
    if (!verb || ![verb.base, verb.surface].map(normalize).some((f) => hand.has(f))) return;
    const phrase = phraseBefore(ms, i);
    if (phrase) out.push({ phrase, side: sideOf(phrase, lexicon, roles), start: verb.start, end: verb.end });
  });
  return out;
}

/**
 * Handed only to staff of the school (職員住所録を新しく着任された先生方へお渡しする, 校内の広報担当に
 * 渡す): copied and handed out inside the school (第3表 複製・配布), not given outside (2-2(9)).
 * Anyone said from outside, or not read, keeps it given outside.
 */
export function handedInside(pack: Pack, lexicon: Lexicon, q: Analyzed, actions: readonly ActionId[]): ActionId[] {
  if (!actions.includes('provide_external')) return [...actions];
  const said = recipientsSaid(pack, lexicon, q);
  if (said.length === 0 || !said.every((r) => r.side === 'inside')) return [...actions];
  return [...new Set(actions.map((a): ActionId => (a === 'provide_external' ? 'copy' : a)))];
}
