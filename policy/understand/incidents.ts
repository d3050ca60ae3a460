import type { ActionId } from '../contract.js';
import type { IncidentKind } from '../schema.js';
import { saysMissing } from './missing.js';
import type { QuestionReading } from './question-reading.js';
import { saidTogether } from './refine-actions.js';
import { asksLeave, reports } from './reports.js';

/** Actions whose words name a thing that can go missing (USBメモリ, 私物のスマホ). */
const MISSING_THINGS: ReadonlySet<string> = new Set<ActionId>(['usb', 'private_device']);

/** Kinds reported, each with whether a word reports it whatever else is said (紛失, 誤送信). */
interface KindsFound {
  kinds: Map<string, boolean>;
  /** An incident word of no kind was said. */
  any: boolean;
}

/**
 * What the message reports as already happened (lost, mis-sent …), or null when it is no report:
 * the incident words the sentence says happened, a thing said to be missing, signs said together.
 */
export function incidentSaid(r: QuestionReading): { kinds: IncidentKind[] } | null {
  const { pack, q, language, reader } = r;
  // What happened counts when the sentence says it did (なくした), or the message reports it: it asks
  // what to do now (どうしよう) or states it without asking leave (「1台見当たりません」).
  const reported = reports(r.question, q.normalized, q.morphemes, r.lexicon, language);
  // A question asking leave (…していい？) names what happened only as its setting, unless the
  // sentence says it did (「紛失してしまいましたが、大丈夫？」).
  const asking = !reported && asksLeave(q.normalized, r.lexicon, language);
  const found = kindsFound(r, reported, asking);
  // A thing said not to be there (「USBメモリがない！！」), in a message that asks no leave.
  if (!asking && language === 'ja') {
    for (const kind of pack.incidents.kinds)
      if (saysMissing(r.found, q.morphemes, kind.absent, MISSING_THINGS)) found.kinds.set(kind.id, true);
  }
  // Signs that come together in one sentence of a report (パスワード … 知られ, pop-ups … by themselves).
  if (reported) {
    for (const kind of pack.incidents.kinds)
      if (saidTogether(kind.together, q.normalized, language)) found.kinds.set(kind.id, true);
  }
  // A kind found only by what happened (送っちゃった) needs its `with` too (間違えて, 別の保護者に):
  // sending to the right person is not a mis-send, whatever else is wrong with it.
  const kinds = pack.incidents.kinds.filter(
    (k) => found.kinds.has(k.id) && (found.kinds.get(k.id) || !k.with || reader.saysWord(k.with)),
  );
  return kinds.length > 0 || found.any ? { kinds } : null;
}

/** The incident words the question says happened, in a report or in a sentence that says it did. */
function kindsFound(r: QuestionReading, reported: boolean, asking: boolean): KindsFound {
  const { language } = r;
  const kindOf = new Map(r.pack.incidents.kinds.map((k) => [k.id, k]));
  const out: KindsFound = { kinds: new Map(), any: false };
  for (const { value, scope } of r.found) {
    if (value.type !== 'incident') continue;
    if (scope.negated || scope.hypothetical || (value.done && !scope.done && !reported && language === 'ja')) continue;
    if (value.kind && kindOf.get(value.kind)?.reports_only && !reported) continue;
    if (asking && language === 'ja' && !scope.done) continue;
    // 「しおりをなくした子の保護者から…送っていい？」: what describes someone is not what happened here.
    if (asking && scope.attributive) continue;
    if (value.kind) out.kinds.set(value.kind, (out.kinds.get(value.kind) ?? false) || !value.done);
    else out.any = true;
  }
  return out;
}
