import type { Situation } from '../compile-pack.js';
import type { ActionId } from '../contract.js';
import type { ActionsSaid } from './actions-said.js';
import type { Found } from './find-words.js';
import { GOAL, GOAL_ALONE, type GoalAct, goalActs, meansOf } from './goals.js';
import { actFromMeasure, actsNamedByMeasure } from './measure-acts.js';
import type { QuestionReading } from './question-reading.js';
import { asData, onPaper, refineActions } from './refine-actions.js';

/** The actions that count and the situations that rule them, once situations have replaced actions. */
export interface SettledActions {
  /** In the order said; a repeat possible (askedLast reads them so). */
  actions: ActionId[];
  situations: Situation[];
  /** Actions a situation that carries the information took over (校務用PCを持ち帰る). */
  carriedActions: ActionId[];
  /** The act is only the one a measure is taken for, the measure said of what the document holds. */
  actOfDescribedMeasure: boolean;
}

/**
 * Takes the strongest kind of action said, refines it (refine-actions.ts), keeps the situations
 * whose actions are there, and lets them replace those actions.
 */
export function settleActions(r: QuestionReading, said: ActionsSaid, named: Set<Situation>, hasItems: boolean): SettledActions {
  const { strong, weak, byGoalAlone, attributive } = said;
  // The strongest kind of action said; none said, the act a measure named is taken for.
  const chosen =
    [strong, weak, byGoalAlone, attributive].find((kind) => kind.size > 0) ?? measured(r, hasItems && named.size === 0);
  const saysVerb = (verbs: string[], near: ActionId[]) => saysVerbNear(r, said, verbs, near);
  const refined = refineActions([...chosen], r.lexicon, r.q.normalized, r.language, saysVerb);
  const actions = overByGoal(r, refined);
  // A situation that replaces actions counts only when one of them is there (「校長に見せる」), said
  // even where a stronger act was chosen (出張先で使いたいので、校務用PCを持って行って: the carrying).
  const any = new Set([...actions, ...strong, ...weak]);
  const situations = [...named].filter(
    (s) => s.replaces.length === 0 || s.replaces.some((a) => actions.includes(a) || (s.carries && any.has(a))),
  );
  const replaced = replacedActions(r, said, actions, situations, hasItems);
  // The carrying said first as the situation lists its acts (持って行く before the use there).
  const carriedActions = [
    ...new Set(
      situations.flatMap((s) => {
        const carried = s.carries ? s.replaces.filter((a) => any.has(a) && replaced.has(a)) : [];
        return s.reports && carried.length > 0 ? [s.reports] : carried;
      }),
    ),
  ];
  const kept = actions.filter((a) => !replaced.has(a));
  // Still no act nor situation, a measure said skipped with a document (座席表は細断しなくてもいい？):
  // the act it is required for.
  const fromMeasure = kept.length === 0 && situations.length === 0 && hasItems ? actFromMeasure(r.pack, r.found) : null;
  return {
    actions: fromMeasure ? [fromMeasure.act] : kept,
    situations,
    carriedActions,
    actOfDescribedMeasure: fromMeasure?.described ?? false,
  };
}

/**
 * No act named, only a measure for a document named (学級だよりってパスワードかけなくていい？,
 * 座席表は細断しなくていい？): the act the pack names for it (measure-acts.ts), said taken or not.
 * Not with no document, nor with a situation named (パスワードを誕生日にしていい？ is a login's
 * password, ruled as such, not a file's).
 */
function measured(r: QuestionReading, forItems: boolean): Set<ActionId> {
  return new Set(forItems ? actsNamedByMeasure(r.pack, r.found) : []);
}

/** The actions the situations replace, with the other readings of the words they were said by. */
function replacedActions(
  r: QuestionReading,
  said: ActionsSaid,
  actions: ActionId[],
  situations: Situation[],
  hasItems: boolean,
): Set<ActionId> {
  // What carries the information named (a school PC taken home with the reports on it) leaves the
  // actions to rule that information too.
  const replaced = new Set(situations.flatMap((s) => (s.carries && hasItems ? [] : s.replaces)));
  // An act said to whom it goes (放課後等デイサービスの事業所へ提供する) is not replaced by a
  // situation said elsewhere (校長先生に相談する前に): the goal says who receives it.
  for (const a of saidByGoal(r.found, r.language === 'ja' ? goalActs(r.lexicon, r.q.morphemes) : [])) replaced.delete(a);
  // The other readings of a word a situation replaces go with it (教頭先生に預ける: handed over
  // inside the school, so not taken out either).
  const spansOf = (a: ActionId) => said.saidAt.get(a) ?? [];
  const replacedSpans = [...replaced].flatMap(spansOf);
  for (const a of actions) {
    const spans = spansOf(a);
    if (spans.length > 0 && spans.every((x) => replacedSpans.some((s) => s.start === x.start && s.end === x.end)))
      replaced.add(a);
  }
  return replaced;
}

/**
 * Actions said by where the thing goes (事業所へご提供する): the question says who receives it. The
 * verb may have been found as the action's own word (提供) rather than as the goal's act.
 */
function saidByGoal(found: readonly Found[], acts: readonly GoalAct[]): Set<ActionId> {
  const at = (f: Found) => {
    const v = f.value;
    if (v.type !== 'action' || f.scope.negated || f.scope.attributive) return [];
    return acts.filter((g) => g.action === v.id && g.start >= f.start && g.start < f.end && !g.term.startsWith(GOAL_ALONE));
  };
  return new Set(found.flatMap((f) => at(f).map((g) => g.action)));
}

/**
 * To whom it goes decides over how (印刷して公民館の人に渡す): an act said by its goal drops the acts
 * that are its `means`, wherever they were said, when another act is left.
 */
function overByGoal(r: QuestionReading, actions: ActionId[]): ActionId[] {
  const byGoal = r.found.filter(
    (f) =>
      f.value.type === 'action' &&
      f.term.startsWith(GOAL) &&
      !f.scope.negated &&
      !f.scope.attributive &&
      actions.includes(f.value.id),
  );
  // Not when the goal's verb is itself one of those acts (地域の人に「配る」: a copy handed out, both stay).
  const overOf = (f: (typeof byGoal)[number]) => {
    if (f.value.type !== 'action') return [];
    const over = meansOf(r.lexicon, f.value.id);
    const alsoThere = r.found.some(
      (o) => o.value.type === 'action' && o !== f && o.start === f.start && over.includes(o.value.id),
    );
    return alsoThere ? [] : over;
  };
  const over = new Set(byGoal.flatMap(overOf));
  const kept = actions.filter((a) => !over.has(a));
  return kept.length > 0 ? kept : actions;
}

/** Verbs of sending, by dictionary form: what goes, not what is handed over in person (渡す, 見せる). */
const SENDING = ['送る', 'おくる', '送付', '送信'];

/**
 * Given outside by a verb of sending alone (送る, 送付), with a measure said that belongs to one act
 * (「パスワードなしで送っちゃった」, 「パスワード付きZIPで送った」: a file's password is e-mail's,
 * `measure_of`): it went by that act. With no measure, what it is on says the way (PDFにして送る:
 * e-mail, 紙で送る: post), beside the giving, so the stricter of the two rules. Said how it goes
 * (手渡し, a channel), the act said stays.
 */
export function sentByMeasure(r: QuestionReading, said: ActionsSaid, actions: ActionId[]): ActionId[] {
  const given: ActionId = 'provide_external';
  // Who it goes to (旅行会社に送る) says nothing of how; a word of giving itself (提出, 開示) does.
  const named = r.found.some(
    (f) => f.value.type === 'action' && f.value.id === given && !f.value.weak && !f.term.startsWith(GOAL),
  );
  if (actions.length !== 1 || actions[0] !== given || named) return actions;
  if (!saysVerbNear(r, said, SENDING, [given])) return actions;
  const acts = [...new Set(actsNamedByMeasure(r.pack, r.found))];
  if (acts.length === 1) return acts;
  // Or with what it is on said (PDFにして送る: data goes by e-mail; 紙で送る: paper goes by post).
  if (acts.length > 0) return actions;
  const { lexicon, language, q } = r;
  if (onPaper(lexicon, q.normalized, language)) return ['post_paper', ...actions];
  return asData(lexicon, q.normalized, language) ? ['email_external', ...actions] : actions;
}

/** Sentence ends: a merge's verb counts in the sentence its acts were said in. */
const SENTENCE_END = /[。！？!?\n]/;

/**
 * One of `verbs` said by the teacher in a sentence where all the `near` acts were said
 * (DVDに焼いて業者に「送る」), not done to the teacher (送られてきた, 送ってきた: someone else sent it).
 */
function saysVerbNear(r: QuestionReading, said: ActionsSaid, verbs: string[], near: ActionId[]): boolean {
  const text = r.q.normalized;
  const sentenceOf = (at: number) => {
    let start = at;
    while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
    let end = at;
    while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
    return { start, end };
  };
  const spans = (a: ActionId) => said.saidAt.get(a) ?? [];
  // The sentences where every one of the acts was said.
  const sentences = spans(near[0]!)
    .map((x) => sentenceOf(x.start))
    .filter((s) => near.every((a) => spans(a).some((x) => x.start >= s.start && x.start < s.end)));
  const ms = r.q.morphemes;
  return ms.some((m, i) => {
    if (!verbs.includes(m.base) || !(m.pos === '動詞' || m.pos1 === 'サ変接続')) return false;
    if (!sentences.some((s) => m.start >= s.start && m.start < s.end)) return false;
    return !doneToTeacher(ms.slice(i + 1, i + 5));
  });
}

/** Said of what others did for or to the teacher (送られて, 送付されて, 送ってきた, 送ってもらった). */
const TO_TEACHER = new Set(['れる', 'られる', 'くる', 'もらう', 'いただく', 'くれる', 'くださる']);
function doneToTeacher(after: readonly { base: string; pos: string; pos1: string }[]): boolean {
  for (const m of after) {
    if (TO_TEACHER.has(m.base) && (m.pos1 === '接尾' || m.pos1 === '非自立')) return true;
    const joins = m.base === 'する' || m.base === 'て' || m.base === 'で' || m.pos === '助動詞';
    if (!joins) return false;
  }
  return false;
}
