import type { ActionId } from '../contract.js';
import type { IncidentKind, IncidentsFile } from '../schema.js';
import { toldFromOutside } from '../told-from-outside.js';
import type { Morpheme } from './analyzer.js';
import { mishapSaid } from './mishap.js';
import { missingThing } from './missing.js';
import { normalize } from './normalize.js';
import { othersAct } from './others-act.js';
import { outsiderDid } from './outsider-did.js';
import type { QuestionReading } from './question-reading.js';
import { saidTogether } from './refine-actions.js';
import { asksLeave, reports } from './reports.js';
import { supposedThenHappened } from './supposed-then.js';
import { wentOtherwise } from './went-otherwise.js';
import { witnessed } from './witnessed.js';

/** Actions whose words name a thing that can go missing (USBメモリ, 私物のスマホ). */
const MISSING_THINGS: ReadonlySet<string> = new Set<ActionId>(['usb', 'private_device']);

/** A case the standard names within a kind (4-4(1)②イ 復元可能な廃棄物の発見). */
export type IncidentExample = IncidentsFile['examples'][number];

/** Kinds reported, each with whether a word reports it whatever else is said (紛失, 誤送信). */
interface KindsFound {
  kinds: Map<string, boolean>;
  /** An incident word of no kind was said. */
  any: boolean;
  /** Where the words counted start (the last, where the story tells the event). */
  at: number[];
}

/**
 * What the message reports as already happened (lost, mis-sent …), or null when it is no report:
 * the incident words the sentence says happened, a thing said to be missing, signs said together.
 */
export function incidentSaid(r: QuestionReading): {
  kinds: IncidentKind[];
  examples: IncidentExample[];
  missing?: ActionId;
  away?: ActionId;
  at?: number;
  mishap?: boolean;
} | null {
  const { pack, q, language, reader } = r;
  // What happened counts when the sentence says it did (なくした), or the message reports it: it asks
  // what to do now (どうしよう) or states it without asking leave (「1台見当たりません」).
  const reported = reports(r.question, q.normalized, q.morphemes, r.lexicon, language);
  // A question asking leave (…していい？) names what happened only as its setting, unless the
  // sentence says it did (「紛失してしまいましたが、大丈夫？」).
  const asking = !reported && asksLeave(q.normalized, q.morphemes, r.lexicon, language);
  const found = kindsFound(r, reported, asking);
  // A thing said not to be there (「USBメモリがない！！」), in a message that asks no leave.
  // The medium or device said missing is how it happened (the USB, not the exam on it).
  let missing: ActionId | undefined;
  if (!asking && language === 'ja') {
    for (const kind of pack.incidents.kinds) {
      const thing = missingThing(r.found, q.morphemes, kind.absent, MISSING_THINGS);
      if (!thing) continue;
      found.kinds.set(kind.id, true);
      if (thing.value.type === 'action') missing = thing.value.id;
    }
  }
  // Signs that come together in one sentence of a report (パスワード … 知られ, pop-ups … by themselves),
  // or what someone outside the school did to it (業者さんが見てました).
  if (reported) {
    const who = pack.incidents.from_outside?.who.ja ?? [];
    for (const kind of pack.incidents.kinds) {
      if (saidTogether(kind.together, q.normalized, language)) {
        found.kinds.set(kind.id, true);
        found.at.push(...togetherAt(kind.together?.[language] ?? [], q.normalized));
      } else if (language === 'ja' && outsiderDid(q.normalized, q.morphemes, who, kind.outsider_did))
        found.kinds.set(kind.id, true);
      // 「同僚が…持ち帰っているのを見ました」: what another was seen doing, its doer in `with`; a state
      // of things found out (「…ログインしていたのを見つけました」) is reported whoever did it.
      else if (kind.witnessed && language === 'ja' && !found.kinds.get(kind.id)) {
        const seen = witnessed(q.morphemes);
        if (seen) found.kinds.set(kind.id, seen.finding);
      }
    }
  }
  // A kind found only by what happened (送っちゃった) needs its `with` too (間違えて, 別の保護者に):
  // sending to the right person is not a mis-send, whatever else is wrong with it.
  // Or the act went to another than meant (送るはずの…を、Bさんに送ってしまった).
  // What a witness reports needs no named witness when someone outside told of it (業者の方から…と
  // 連絡がありました, 4-4(2)①).
  const otherwise = language === 'ja' && wentOtherwise(q.morphemes);
  const told = reported && toldFromOutside(pack, r.question, language);
  const kinds = pack.incidents.kinds.filter(
    (k) =>
      found.kinds.has(k.id) &&
      (found.kinds.get(k.id) || !k.with || otherwise || (k.reports_only && told) || reader.saysWord(k.with)),
  );
  if (kinds.length === 0 && !found.any) {
    // No incident word, but the sentence's structure tells a mishap done (間違えて投稿してしまいました,
    // 届いていない): an incident of no named kind, unless the information is public (the caller).
    return language === 'ja' && mishapSaid(q.morphemes) ? { kinds: [], examples: [], mishap: true } : null;
  }
  const examples = examplesSaid(r, kinds);
  const at = found.at.length > 0 ? { at: Math.max(...found.at) } : {};
  // Lost away from the school (電車に置き忘れた): what was carried out, when no act is named.
  const away = kinds.find((k) => k.away && reader.saysWord(k.away.words))?.away?.act;
  return { kinds, examples, ...(missing ? { missing } : {}), ...(away ? { away } : {}), ...at };
}

/**
 * The cases named within the kinds reported whose words the message says (ICカード in a report of
 * a loss, 知らない人 in one of something found wrong), or that ask how it happened (`actions`,
 * settled by the caller), and the kinds `also` makes them, after those reported.
 */
function examplesSaid(r: QuestionReading, kinds: IncidentKind[]): IncidentExample[] {
  const ids = new Set(kinds.map((k) => k.id));
  const examples = r.pack.incidents.examples.filter(
    (e) => e.of.some((id) => ids.has(id)) && (!e.words || r.reader.saysWord(e.words)),
  );
  for (const e of examples) {
    const also = e.also && !e.actions && !ids.has(e.also) ? r.pack.incidents.kinds.find((k) => k.id === e.also) : undefined;
    if (also) {
      kinds.push(also);
      ids.add(also.id);
    }
  }
  return examples;
}

/** Where the last word of each group said starts (置きっぱなし in 「コピー機に置きっぱなしにしてて」). */
function togetherAt(groups: readonly string[][], normalized: string): number[] {
  return groups.flatMap((group) => {
    const at = group.map((w) => normalized.lastIndexOf(normalize(w)));
    return at.every((a) => a >= 0) ? [Math.max(...at)] : [];
  });
}

/** The incident words the question says happened, in a report or in a sentence that says it did. */
function kindsFound(r: QuestionReading, reported: boolean, asking: boolean): KindsFound {
  const { language } = r;
  const kindOf = new Map(r.pack.incidents.kinds.map((k) => [k.id, k]));
  const out: KindsFound = { kinds: new Map(), any: false, at: [] };
  for (const { value, scope: said, start, end } of r.found) {
    if (value.type !== 'incident') continue;
    // 「添付ファイルを開いたら、警告が出ました」: what followed did happen, so the たら clause did too.
    const scope =
      said.hypothetical && supposedThenHappened(r.q.morphemes, end) ? { ...said, hypothetical: false, done: true } : said;
    if (scope.negated || scope.hypothetical || (value.done && !scope.done && !reported && language === 'ja')) continue;
    if (value.kind && kindOf.get(value.kind)?.reports_only && !reported) continue;
    // 「…ログインするのは不正アクセスになりますか」: whether an act counts as it is asked, nothing reported.
    if (!reported && !scope.done && language === 'ja' && countsAsAsked(r.q.morphemes, end, r.lexicon.counts_as.ja)) continue;
    if (asking && language === 'ja' && !scope.done) continue;
    // 「しおりをなくした子の保護者から…送っていい？」: what describes someone is not what happened here.
    if (asking && scope.attributive) continue;
    // 「前任者が…USBに入れて持ち歩いていたようです。私も…いいのか」: another's act is the setting.
    if (asking && language === 'ja' && othersAct(r.q.morphemes, start, end, r.lexicon.people)) continue;
    if (value.kind) out.kinds.set(value.kind, (out.kinds.get(value.kind) ?? false) || !value.done);
    else out.any = true;
    out.at.push(start);
  }
  return out;
}

/** The word ending at `end` is followed by に or と and a verb asking whether something counts as it, in a question. */
function countsAsAsked(morphemes: readonly Morpheme[], end: number, verbs: readonly string[]): boolean {
  const i = morphemes.findIndex((m) => m.start >= end);
  const particle = morphemes[i];
  const verb = morphemes[i + 1];
  if (!particle || !verb || particle.pos !== '助詞' || !['に', 'と'].includes(particle.surface)) return false;
  if (!verbs.includes(verb.base)) return false;
  const rest = morphemes.slice(i + 2);
  const close = rest.findIndex((m) => /^[。.!！?？\n]+$/.test(m.surface));
  return (close < 0 ? rest : rest.slice(0, close + 1)).some((m) => m.surface === 'か' || /[?？]/.test(m.surface));
}
