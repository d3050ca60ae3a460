import type { Situation } from '../compile-pack.js';
import { ACTION_IDS, type ActionId } from '../contract.js';
import { afterSource, chainedToStrong, overriddenByGoal, saidToGoal } from './action-readings.js';
import { someoneElsesAddress } from './address-owner.js';
import { argActs } from './arg-acts.js';
import { askedAct } from './asked-act.js';
import type { Found } from './find-words.js';
import { doneByOthers, GOAL_ALONE } from './goals.js';
import { measureDenied } from './measure-acts.js';
import { othersAct } from './others-act.js';
import type { QuestionReading } from './question-reading.js';
import { englishPatterns, ownedThings } from './refine-actions.js';
import { requestedAct } from './requested-act.js';
import { scopeOf } from './scope.js';

/** The actions a question says, by how strongly: the strongest kind said is the one that counts. */
export interface ActionsSaid {
  strong: Set<ActionId>;
  weak: Set<ActionId>;
  /** Said by a verb describing a noun (全員に配った「もの」): what was done before. */
  attributive: Set<ActionId>;
  /** Acts said only by where the thing is put (カバンに入れる), when nothing else is said. */
  byGoalAlone: Set<ActionId>;
  /** Where each action was said, to tell the readings of one word apart from other words. */
  saidAt: Map<ActionId, { start: number; end: number }[]>;
  /** The message says the action was already done (送っちゃった, I already sent). */
  done: boolean;
  /** The act is only read from someone's request for the thing (requested-act.ts). */
  requested: boolean;
}

/** The actions the question's words say, then those its English phrasing says. */
export function actionsSaid(r: QuestionReading): ActionsSaid {
  const said: ActionsSaid = {
    strong: new Set(),
    weak: new Set(),
    attributive: new Set(),
    byGoalAlone: new Set(),
    saidAt: new Map(),
    done: false,
    requested: false,
  };
  for (const m of r.found) if (m.value.type === 'action') readAction(r, m, m.value.id, Boolean(m.value.weak), said);
  if (r.language === 'en') readEnglish(r, said);
  else if (said.strong.size === 0) readArguments(r, said);
  const none = () => [said.strong, said.weak, said.byGoalAlone, said.attributive].every((s) => s.size === 0);
  // No act word at all, and someone asks the school for the thing (「住所を教えてほしい」と電話):
  // giving it to them is the act asked about (requested-act.ts).
  const requested = r.language === 'ja' && none() ? requestedAct(r.pack, r.lexicon, r.q) : null;
  if (requested) {
    said.weak.add(requested.action);
    said.saidAt.set(requested.action, [{ start: requested.start, end: requested.end }]);
    said.requested = true;
  }
  const ruleNamed = r.found.some((m) => m.value.type === 'situation');
  if (r.language === 'ja' && !ruleNamed && none()) {
    // No act word at all and no rule named (自宅のWi-Fiで指導者用端末を使う is the rule's, not an act
    // on a document): the act the question's predicate asks about (asked-act.ts).
    const asked = askedAct(r.lexicon, r.q.morphemes);
    if (asked) {
      said.weak.add(asked.action);
      said.saidAt.set(asked.action, [{ start: asked.start, end: asked.end }]);
    }
  }
  return said;
}

/**
 * No strong act word: the acts the verbs' arguments say (arg-acts.ts: Classroomに貼る, 実家で
 * 整理する), filed as weak words where their verbs stand, so a place named beats a verb alone
 * (Classroomに置く is kept in the cloud, not left on a desk).
 */
function readArguments(r: QuestionReading, said: ActionsSaid): void {
  for (const a of argActs(r.lexicon, r.q)) {
    said.weak.add(a.action);
    said.saidAt.set(a.action, [...(said.saidAt.get(a.action) ?? []), { start: a.start, end: a.end }]);
  }
}

/** Files one action word under how it is said, or drops it when its clause says it is not done. */
function readAction(r: QuestionReading, m: Found, word: ActionId, weak: boolean, said: ActionsSaid): void {
  const { q, lexicon, language } = r;
  // Someone else's private address (ボランティアの方の個人メールに): sent to it by e-mail.
  const elses = language === 'ja' && someoneElsesAddress(lexicon, q.morphemes, q.normalized, m.start, word);
  const id: ActionId = elses ? 'email_external' : word;
  const { scope } = m;
  // The negation of a measure said between the act and its verb (メールでパスワードかけなくて) leaves the act.
  if (scope.negated && !measureDenied(m, r.found, q.morphemes)) return;
  // 「バスの中で何かあったときのため」: an act or place in a contingency prepared for is not what is done.
  if (scope.contingency) return;
  // A weak verb right after its source (保管庫から出して, 家庭から出してもらった) says where the
  // thing comes from, not that it is handed to anyone.
  if (weak && language === 'ja' && afterSource(q.morphemes, m.start)) return;
  if (overriddenByGoal(m, r.found, lexicon)) return;
  // Where someone else sends it from (家から出してもらう, 自宅から届けてくれた) is not where the teacher works.
  const from = q.normalized.slice(m.end - 2, m.end) === 'から';
  if (language === 'ja' && from && lexicon.settings.includes(id) && doneByOthers(q.morphemes, m.end)) return;
  // A verb describing a noun (全員に配った「もの」) is what was done before, not what is asked.
  if (scope.attributive) {
    said.attributive.add(id);
    return;
  }
  if (m.term.startsWith(GOAL_ALONE)) {
    said.byGoalAlone.add(id);
    return;
  }
  (weak ? said.weak : said.strong).add(id);
  said.saidAt.set(id, [...(said.saidAt.get(id) ?? []), { start: m.start, end: m.end }]);
  // What another did (前任者が…持ち歩いていた, 保護者が送ってきました) is the story, not the teacher's act done.
  if (scope.done && !(language === 'ja' && othersAct(q.morphemes, m.start, m.end, lexicon.people))) said.done = true;
}

/** English phrasings of an action or of its being done, read from the text as split and as written. */
function readEnglish(r: QuestionReading, said: ActionsSaid): void {
  const raw = r.question.normalize('NFKC');
  const patterns = englishPatterns(r.lexicon);
  for (const id of ACTION_IDS) {
    if (patterns.split.get(id)!.some((re) => re.test(r.q.normalized)) || patterns.raw.get(id)!.some((re) => re.test(raw)))
      said.strong.add(id);
  }
  if (patterns.done.some((re) => re.test(raw))) said.done = true;
}

/** The teacher's own device, medium or service is the private kind of what is done with it. */
export function readOwned(r: QuestionReading, said: ActionsSaid, named: Set<Situation>): void {
  const { q, lexicon, language } = r;
  for (const owned of ownedThings(lexicon, q.normalized, language)) {
    // 「自分のPCしか持っていない」 says the own device is the one there is, not that it is not used.
    const ownedScope = language === 'ja' ? scopeOf(q.morphemes, owned.start, owned.end, lexicon) : null;
    if (ownedScope?.negated && !ownedScope.only) continue;
    if (owned.action) {
      for (const m of r.found) {
        if (m.value.type === 'action' && m.start < owned.end && m.end > owned.start) {
          said.strong.delete(m.value.id);
          said.weak.delete(m.value.id);
        }
      }
      said.strong.add(owned.action);
    } else if (owned.situation) {
      const situation = r.pack.situations.get(owned.situation);
      if (situation) named.add(situation);
    }
  }
}

/**
 * A weak verb chained by て to a strong verb is one act with it (写真を学年通信に載せて配る): it counts.
 * So does a weak verb said to a goal (自治会長さんに預ける: handed over, and taken out too).
 */
export function strengthenChained(r: QuestionReading, said: ActionsSaid): void {
  for (const m of r.found) {
    if (m.value.type !== 'action' || !m.value.weak || m.scope.attributive || overriddenByGoal(m, r.found, r.lexicon)) continue;
    if (chainedToStrong(r.q.morphemes, m.end, r.found) || saidToGoal(m, r.found)) said.strong.add(m.value.id);
  }
}
