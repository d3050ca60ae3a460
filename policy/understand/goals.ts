import { ACTION_IDS, type ActionId } from '../contract.js';
import type { Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';

/** A goal of the lexicon, normalized: whose noun phrase, before which particle, then which verb, says the act. */
interface Goal {
  action: ActionId;
  nouns: string[];
  particles: Set<string>;
  verbs: Set<string>;
  unless: string[];
  alone: boolean;
  agents: boolean;
}

/** A verb said to a goal: where the verb stands (the act's place in the sentence) and the act. */
export interface GoalAct {
  start: number;
  end: number;
  action: ActionId;
  /** `lemma:goal:…`, or `lemma:goal-alone:…` for an act that counts only when no other is named. */
  term: string;
}

/** The term of an act said by a goal. */
export const GOAL = 'lemma:goal:';
/** The term of an act said by a goal that counts only when no other act is named. */
export const GOAL_ALONE = 'lemma:goal-alone:';

const compiled = new WeakMap<Lexicon, Goal[]>();

function goalsOf(lexicon: Lexicon): Goal[] {
  let goals = compiled.get(lexicon);
  if (!goals) {
    goals = ACTION_IDS.flatMap((action) =>
      (lexicon.actions[action]?.goals ?? []).map((g) => ({
        action,
        nouns: g.ja.map(normalize),
        particles: new Set(g.particles.map(normalize)),
        verbs: new Set(g.verbs),
        unless: g.unless.map(normalize),
        alone: g.alone,
        agents: g.agents,
      })),
    );
    compiled.set(lexicon, goals);
  }
  return goals;
}

/** Nouns and what joins them into one phrase (地域|の|人, 駅前|の|写真|屋|さん, 家計|簿|アプリ). */
const inPhrase = (m: Morpheme) =>
  m.pos === '名詞' || m.pos === 'UNK' || m.pos === '接頭詞' || (m.surface === 'の' && m.pos1 === '連体化');

/** Particles that may stand between the goal's particle and the verb (地域の人に「も」回す). */
const BETWEEN = new Set(['も', 'は', 'だけ', 'まで']);

/** The noun phrase that ends right before morpheme `i`: its normalized text and where it stands. */
function phraseBefore(morphemes: readonly Morpheme[], i: number): { text: string; start: number; end: number } {
  let k = i;
  while (k > 0 && inPhrase(morphemes[k - 1]!)) k--;
  while (k < i && morphemes[k]!.surface === 'の') k++;
  const words = morphemes.slice(k, i);
  return {
    text: normalize(words.map((m) => m.surface).join('')),
    start: words[0]?.start ?? morphemes[i]!.start,
    end: morphemes[i]!.start,
  };
}

/** The 連用形 of a verb as a noun (渡す → 渡し, 見せる → 見せ), to read 「お渡しする」 as 渡す. */
const I_ROW: Record<string, string> = {
  う: 'い',
  く: 'き',
  ぐ: 'ぎ',
  す: 'し',
  つ: 'ち',
  ぬ: 'に',
  ぶ: 'び',
  む: 'み',
  る: 'り',
};
export function stemsOf(verb: string): string[] {
  const last = verb.at(-1) ?? '';
  const stems = I_ROW[last] ? [verb.slice(0, -1) + I_ROW[last]] : [];
  return last === 'る' ? [...stems, verb.slice(0, -1)] : stems;
}

/** Case particles that end what may stand between a goal and its verb: what is sent (を), and how (で). */
const BETWEEN_CASES = new Set(['を', 'で']);

/**
 * What is sent or how, said between the goal and the verb (業者に「問題用紙を」渡す, 校長先生に、
 * 「経営案を」「データで」お渡しする): phrases with no verb and no other case particle, each ended
 * by を or で. The index after them, or `k` when there are none.
 */
function pastObject(morphemes: readonly Morpheme[], k: number): number {
  let after = k;
  for (let phrases = 0; phrases < 2; phrases++) {
    const next = pastPhrase(morphemes, after);
    if (next === after) break;
    after = next;
  }
  return after;
}

function pastPhrase(morphemes: readonly Morpheme[], k: number): number {
  let j = k;
  if (morphemes[j]?.pos === '記号' && morphemes[j]!.pos1 === '読点') j++;
  const from = j;
  for (; j < morphemes.length && j - from < 12; j++) {
    const m = morphemes[j]!;
    if (m.pos === '助詞' && m.pos1 === '格助詞' && BETWEEN_CASES.has(m.surface)) return j > from ? j + 1 : k;
    const joins = m.surface === 'の' || m.pos === '助動詞' || m.pos1 === '並立助詞' || m.pos1 === '副助詞';
    if (m.pos === '動詞' || m.pos === '記号' || (m.pos === '助詞' && !joins)) return k;
  }
  return k;
}

/**
 * The verb the goal's particle leads to: the next morpheme past the particles that may come
 * between and what is sent, when it is a verb or a verbal noun (寄贈, 管理), or a verb's noun form
 * after an honorific prefix (お渡しする, ご提供する).
 */
function verbAfter(morphemes: readonly Morpheme[], i: number): Morpheme | undefined {
  let k = i + 1;
  while (morphemes[k]?.pos === '助詞' && BETWEEN.has(morphemes[k]!.surface)) k++;
  k = pastObject(morphemes, k);
  const honorific = morphemes[k]?.pos === '接頭詞' && /^[おご御]$/.test(morphemes[k]!.surface);
  if (honorific) k++;
  const m = morphemes[k];
  if (!m) return undefined;
  if (m.pos === '動詞') return m;
  if (m.pos === '名詞' && m.pos1 === 'サ変接続') return m;
  return honorific && m.pos === '名詞' ? m : undefined;
}

/** Whose verb is it: someone asked to do it for the teacher (業者に刷っ「てもらう」, AIに直し「てくれる」). */
function doneFor(morphemes: readonly Morpheme[], verb: Morpheme): boolean {
  const i = morphemes.indexOf(verb);
  let k = i + 1;
  // A verbal noun and its する (印刷|し|て|もらう).
  if (verb.pos === '名詞' && morphemes[k]?.base === 'する') k++;
  while (morphemes[k]?.pos === '動詞' && morphemes[k]!.pos1 === '接尾') k++;
  const te = morphemes[k];
  const next = morphemes[k + 1];
  return (
    te?.surface === 'て' &&
    te.pos1 === '接続助詞' &&
    next?.pos === '動詞' &&
    /^(もらう|もらえる|くれる|いただく|いただける|くださる)$/.test(next.base)
  );
}

/**
 * The verbs chained by て after the goal's verb that the goal does for the teacher (業者に渡して
 * 「刷って」もらう): each is the goal's act too.
 */
function chainedFor(morphemes: readonly Morpheme[], verb: Morpheme): Morpheme[] {
  const out: Morpheme[] = [];
  let i = morphemes.indexOf(verb);
  for (;;) {
    let k = i + 1;
    while (morphemes[k]?.pos === '動詞' && morphemes[k]!.pos1 === '接尾') k++;
    const te = morphemes[k];
    const next = morphemes[k + 1];
    if (te?.surface !== 'て' || te.pos1 !== '接続助詞' || next?.pos !== '動詞' || next.pos1 !== '自立') return out;
    if (doneFor(morphemes, next)) out.push(next);
    i = k + 1;
  }
}

/**
 * The clause after `end` is done by someone else (家で見「てもらう」, 家から出し「てもらう」, 自宅で
 * 印刷し「てくれる」, 家で見「させる」): its first verb is done for the teacher or made to be done.
 * Not a leave asked for (家で作業さ「せてもらう」), which the teacher does.
 */
export function doneByOthers(morphemes: readonly Morpheme[], end: number): boolean {
  for (let i = morphemes.findIndex((m) => m.start >= end); i >= 0 && i < morphemes.length; i++) {
    const m = morphemes[i]!;
    if (m.pos === '記号') return false;
    const verb = m.pos === '動詞' && m.pos1 === '自立' ? m : m.pos === '名詞' && m.pos1 === 'サ変接続' ? m : undefined;
    if (!verb) continue;
    const k = verb.pos === '名詞' && morphemes[i + 1]?.base === 'する' ? i + 2 : i + 1;
    // A noun of action without its する (作業の, 確認用) is not the clause's verb.
    if (verb.pos === '名詞' && k === i + 1) continue;
    const after = morphemes[k];
    const causative = after?.pos1 === '接尾' && /^(せる|させる)$/.test(after.base);
    return causative ? !doneFor(morphemes, after) : doneFor(morphemes, verb);
  }
  return false;
}

/** The verb is one of the goal's, by its dictionary form or as the noun form after お・ご (お渡し). */
function verbFits(g: Goal, verb: Morpheme, morphemes: readonly Morpheme[]): boolean {
  if (g.verbs.size === 0 || g.verbs.has(verb.base)) return true;
  if (g.agents && doneFor(morphemes, verb)) return true;
  return verb.pos === '名詞' && [...g.verbs].some((v) => stemsOf(v).includes(verb.surface));
}

/**
 * Acts said by where the information goes (地域の人にも回しとく: provided outside; 裏紙に回す:
 * disposed of as paper; 家計簿アプリで管理: kept in a service of the teacher's own): a noun phrase
 * holding a goal's noun, its particle, then a verb. Found at the verb, so that its clause
 * (negated, done, describing a noun) is read as the verb's.
 */
export function goalActs(lexicon: Lexicon, morphemes: readonly Morpheme[]): GoalAct[] {
  const goals = goalsOf(lexicon);
  if (goals.length === 0) return [];
  const out: GoalAct[] = [];
  for (let i = 1; i < morphemes.length; i++) {
    const particle = morphemes[i]!;
    if (particle.pos !== '助詞') continue;
    const said = normalize(particle.surface);
    const fitting = goals.filter((g) => g.particles.has(said));
    if (fitting.length === 0) continue;
    const phrase = phraseBefore(morphemes, i);
    const verb = phrase.text ? verbAfter(morphemes, i) : undefined;
    if (!verb) continue;
    for (const g of fitting) {
      const noun = g.nouns.find((n) => phrase.text.includes(n));
      if (!noun || g.unless.some((u) => phrase.text.includes(u) || between(morphemes, i, verb).includes(u))) continue;
      const verbs = [verb, ...(g.agents ? chainedFor(morphemes, verb) : [])];
      // `unless` holds for the verb too (業者に「回収」してもらう is disposal, not provision).
      const fits = (v: Morpheme, k: number) =>
        (k === 0 ? verbFits(g, v, morphemes) : true) && !g.unless.some((u) => normalize(v.base).includes(u));
      for (const v of verbs.filter(fits)) {
        out.push({
          start: v.start,
          end: v.end,
          action: g.action,
          term: `${g.alone ? GOAL_ALONE : GOAL}${g.agents && doneFor(morphemes, v) ? GOAL_FOR : ''}${noun}${said}${v.base}`,
        });
      }
    }
  }
  return out;
}

/** What is said between the goal's particle at `i` and its verb (週末に「学校で」仕上げる), normalized. */
function between(morphemes: readonly Morpheme[], i: number, verb: Morpheme): string {
  const k = morphemes.indexOf(verb);
  return normalize(
    morphemes
      .slice(i + 1, k)
      .map((m) => m.surface)
      .join(''),
  );
}

/** In a goal act's term: the goal does the verb for the teacher (業者に刷ってもらう), who then does not. */
export const GOAL_FOR = 'for:';

/** The acts only how the goals of `action` are reached (印刷して渡す), dropped when the goal is said. */
export function meansOf(lexicon: Lexicon, action: ActionId): ActionId[] {
  return (lexicon.actions[action]?.goals ?? []).flatMap((g) => g.means);
}

/** The acts the goals of `action` override at their verb (来場者に「配る」 is handed out, not copied). */
export function overriddenBy(lexicon: Lexicon, action: ActionId): ActionId[] {
  return (lexicon.actions[action]?.goals ?? []).flatMap((g) => g.over);
}

type Candidate = { start: number; end: number; value: { type: string } };

const KATAKANA_WORD = /^[\u30a0-\u30ffー]+$/;

/** A word of an act that starts inside a katakana noun (バック|アップし is not アップし) is not said. */
export function dropInsideKatakana(candidates: Candidate[], morphemes: readonly Morpheme[]): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (c.value.type !== 'action') continue;
    const inside = morphemes.find((m) => m.start < c.start && m.end > c.start);
    // A word the dictionary knows (バックアップ), not a run of kana it could not cut (オクッテイイ).
    if (inside && inside.pos === '名詞' && KATAKANA_WORD.test(inside.surface)) candidates.splice(k, 1);
  }
}

/**
 * The word at `start` is a person owned by someone outside the school (他校の「教頭先生に」, 塾の
 * 「先生に」): the noun phrase before it holds a noun of a goal of `action` (who is outside), and
 * the word itself does not. An inside reading of the word (校内の教職員) does not hold then.
 */
export function ownedByGoal(
  lexicon: Lexicon,
  morphemes: readonly Morpheme[],
  start: number,
  word: string,
  action: ActionId,
): boolean {
  const i = morphemes.findIndex((m) => m.start >= start);
  if (i <= 0) return false;
  const owner = phraseBefore(morphemes, i).text;
  if (!owner) return false;
  const nouns = goalsOf(lexicon)
    .filter((g) => g.action === action && !g.alone)
    .flatMap((g) => g.nouns);
  const said = normalize(word);
  return !nouns.some((n) => said.includes(n)) && nouns.some((n) => owner.includes(n));
}
