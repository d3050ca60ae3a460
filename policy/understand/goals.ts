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
}

/** A verb said to a goal: where the verb stands (the act's place in the sentence) and the act. */
export interface GoalAct {
  start: number;
  end: number;
  action: ActionId;
  /** `lemma:goal:…`, or `lemma:goal-alone:…` for an act that counts only when no other is named. */
  term: string;
}

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

/**
 * The verb the goal's particle leads to: the next morpheme past the particles that may come
 * between, when it is a verb or a verbal noun (寄贈, 管理).
 */
function verbAfter(morphemes: readonly Morpheme[], i: number): Morpheme | undefined {
  let k = i + 1;
  while (morphemes[k]?.pos === '助詞' && BETWEEN.has(morphemes[k]!.surface)) k++;
  const m = morphemes[k];
  if (!m) return undefined;
  if (m.pos === '動詞') return m;
  return m.pos === '名詞' && m.pos1 === 'サ変接続' ? m : undefined;
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
      if (!noun || g.unless.some((u) => phrase.text.includes(u))) continue;
      if (g.verbs.size > 0 && !g.verbs.has(verb.base)) continue;
      out.push({
        start: verb.start,
        end: verb.end,
        action: g.action,
        term: `${g.alone ? GOAL_ALONE : 'lemma:goal:'}${noun}${said}${verb.base}`,
      });
    }
  }
  return out;
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
