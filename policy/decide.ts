/**
 * One Decision from what a question is understood to name: the class of the information, the
 * strictest ruling of what is done with it, or a follow-up asking what is missing.
 */

import { classIndependent, unnamedAnswer } from './answer-without-class.js';
import type { Pack } from './compile-pack.js';
import { type ActionId, type ClassId, type Decision, higherClass } from './contract.js';
import { renderAnswer, renderFollowUp } from './render-answer.js';
import type { RulingAnswer } from './render-ruling.js';
import { sourcesAt, strictest } from './rule-sources.js';
import type { CatalogItem } from './schema.js';
import { NOTHING_SAID, namedActions, type Said, type Understood } from './understood.js';

/** Actions offered when the question names information but not what to do with it. */
const COMMON_ACTIONS: ActionId[] = ['email_external', 'take_out', 'take_home', 'cloud_store', 'usb', 'copy', 'dispose'];

export function decide(pack: Pack, u: Understood, said: Said = NOTHING_SAID): Decision {
  const { actions, language } = u;
  const base = { policy: pack.id, language };

  if (u.items.length === 0 && u.classes.length === 0) {
    const none = { ...base, cls: null, primary: null, raisedBy: null, mixed: false };
    // A rule about a service or a device says what it says whatever the vague word (アンケートの集計に無料のWebフォーム).
    const assumed = u.vague.length === 0 || u.situations.some((s) => s.unnamed) ? unnamedAnswer(pack, u, said.measures) : null;
    if (assumed)
      return renderAnswer(pack, {
        ...none,
        ...assumed.outcome,
        scope: assumed.scope,
        done: said.done,
        askedRule: said.askedRule,
      });
    const uniform = classIndependent(pack, u, said.measures);
    if (uniform) return renderAnswer(pack, { ...none, ...uniform, done: said.done, askedRule: said.askedRule });
    const vague = u.vague[0];
    const alike = sameForEveryReading(pack, u, said);
    if (alike) return alike;
    const choices = vague ? vague.choices : pack.unknownChoices;
    return renderFollowUp(pack, {
      ...base,
      kind: 'asset',
      cls: null,
      primary: null,
      action: actions[0] ?? null,
      choices,
      vague: vague ?? null,
      outside: !said.handling && namesNothing(u),
    });
  }
  const ruled = rulingFor(pack, u, said);
  if (ruled) return renderAnswer(pack, ruled);
  const { cls, primary } = named(u);
  return renderFollowUp(pack, { ...base, kind: 'action', cls, primary, action: null, choices: COMMON_ACTIONS, vague: null });
}

/** The items and classes named: the class of the highest, and the item the answer is about (a record first). */
function named(u: Understood): { classes: ClassId[]; cls: ClassId; primary: CatalogItem | null } {
  const records = u.items.filter((i) => i.kind === 'record');
  const classes = [...u.items.map((i) => i.class), ...u.classes];
  return { classes, cls: classes.reduce(higherClass), primary: pickPrimary(records.length > 0 ? records : u.items) };
}

/** What the items named decide for what is done with them, before it is worded; null when no act or rule applies. */
function rulingFor(pack: Pack, u: Understood, said: Said): RulingAnswer | null {
  if (u.items.length === 0 && u.classes.length === 0) return null;
  const { classes, cls, primary } = named(u);
  const raisedBy = primary && primary.class !== cls ? (u.items.find((i) => i.class === cls) ?? null) : null;
  const measures = brokenByDoing(pack, u, cls, said);
  const at = atHome(pack, u, cls, measures) ?? u;
  const sources = sourcesAt(pack, at, cls, measures);
  if (sources.length === 0) return null;
  return {
    policy: pack.id,
    language: u.language,
    cls,
    primary,
    raisedBy,
    mixed: new Set(classes).size > 1,
    ...strictest(sources, namedActions(at), at.asked, at.told, at.saidLast),
    met: measures.met,
    done: said.done,
    askedRule: said.askedRule,
  };
}

/**
 * A vague word (名簿, テスト) whose every reading the pack lists decides the same for what is done
 * (a 名簿 given to someone outside: 条件付き, whether it holds names only or addresses too): that
 * decision answers, for the first reading (the usual one, as the pack orders them), with the
 * conditions of every reading and a line saying the class depends on what it holds. Readings that
 * decide differently (名簿 by FAX: Ⅲ 条件付き, Ⅰ 禁止) still ask which it is.
 */
function sameForEveryReading(pack: Pack, u: Understood, said: Said): Decision | null {
  const [vague, ...others] = u.vague;
  if (!vague || (u.actions.length === 0 && u.situations.length === 0)) return null;
  const readings = vague.choices.map((id) => rulingFor(pack, { ...u, items: [pack.items.get(id)!], vague: others }, said));
  if (readings.some((r) => r === null)) return null;
  const answers = readings.map((r) => renderAnswer(pack, r!));
  const first = readings[0]!;
  if (answers.some((a) => a.decision !== answers[0]!.decision)) return null;
  const conditions = [...new Set(readings.flatMap((r) => r!.ruling.conditions))];
  // The first reading of each class, in the pack's order.
  const items = readings.map((r) => r!.primary!).filter((item, i, all) => all.findIndex((o) => o.class === item.class) === i);
  return renderAnswer(pack, {
    ...first,
    ruling: { ...first.ruling, conditions },
    ...(items.length > 1 ? { readings: { word: vague.words[u.language][0]!, items } } : {}),
  });
}

/**
 * The question names no information, no act and no device or service (「運動会は雨なら延期？」,
 * 「Excelの関数の使い方」, a document asked only as a topic): it is not about handling information.
 */
export function namesNothing(u: Understood): boolean {
  return (
    u.items.length === 0 &&
    u.classes.length === 0 &&
    u.vague.length === 0 &&
    u.actions.length === 0 &&
    u.situations.length === 0 &&
    (u.carried ?? []).length === 0
  );
}

/**
 * The measures as a report of something done describes them: the conditions its very doing left
 * undone (incidents.yaml `after_the_fact.breaks`: left on the desk and gone home, carried home) count
 * as not taken, unless the report says they were taken.
 */
export function brokenByDoing(pack: Pack, u: Understood, cls: ClassId, said: Said): Said['measures'] {
  const { measures } = said;
  if (!said.done) return measures;
  // The act the report is about: the one it names, or those its last sentence does (not each act
  // told on the way: 「USBに入れて持ってきました」 reports the USB).
  const named = namedActions(u);
  const acts = u.asked.length > 0 ? u.asked : named.length === 1 ? named : [];
  const broken = pack.incidents.after_the_fact.breaks
    .filter((b) => b.classes.includes(cls) && b.actions.some((a) => acts.includes(a)))
    .flatMap((b) => b.conditions)
    .filter((id) => !measures.met.includes(id));
  return broken.length === 0 ? measures : { met: measures.met, unmet: [...new Set([...measures.unmet, ...broken])] };
}

/** The item of the highest class (the first of them): what the answer is about. */
export function pickPrimary(candidates: CatalogItem[]): CatalogItem | null {
  return candidates.reduce<CatalogItem | null>(
    (best, item) => (!best || higherClass(best.class, item.class) !== best.class ? item : best),
    null,
  );
}

/**
 * A device of the teacher's home (家のパソコンで作りたい) is also where the work is done: when the
 * information may not be worked on outside the school at all (process_outside prohibited for its
 * class, 第3表 Ⅰ・Ⅱ) or its condition is said broken (ダウンロードして), that is the answer, whatever
 * the device; otherwise the device rules (4-1(1)③ウ).
 */
function atHome(pack: Pack, u: Understood, cls: ClassId, measures: Said['measures']): Understood | null {
  if (!u.deviceAtHome || !u.actions.includes('private_device') || u.actions.includes('process_outside')) return null;
  const swap = (a: ActionId): ActionId => (a === 'private_device' ? 'process_outside' : a);
  const outside: Understood = { ...u, actions: u.actions.map(swap), asked: u.asked.map(swap), situations: [] };
  const ruled = sourcesAt(pack, outside, cls, measures).find((s) => s.action === 'process_outside');
  // Downloaded onto it (家のPCにダウンロードして編集): the work outside broke its own condition.
  const own = pack.rulings.get('process_outside')?.get(cls)?.conditions ?? [];
  const downloaded = own.some((c) => measures.unmet.includes(c));
  if (ruled?.ruling.decision !== 'prohibited' && !downloaded) return null;
  return { ...u, actions: outside.actions, asked: outside.asked };
}
