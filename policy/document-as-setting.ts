/**
 * A question about a rule that holds for every class (a password written down, a private router on
 * the school LAN, a web service under terms of use) may name a document only as what the work is
 * for (学年だよりの英語版を作るのに翻訳サイトを使う, 学級通信の印刷を速くしたくてルーターをつなぐ).
 * The document decides the class only when it is what is handled: an act is read on it (USBに入れる,
 * 机に置いたまま), or it changes the answer (a Ⅰ・Ⅱ record put into the service: 2-2(7)⑤). When no
 * act is read and the rule alone answers the same, the question is about the rule, without a class.
 */
import type { Situation } from './compile-pack.js';
import { CLASS_IDS, type Decision, type RuledDecision, STRICTNESS } from './contract.js';

/** A situation ruled alike for any information: no document (no_document), or a service whose unnamed answer stands. */
export function rulesWithoutDocument(situation: Situation): boolean {
  if (situation.carries) return false;
  if (!CLASS_IDS.every((c) => situation.rulings.has(c))) return false;
  return situation.no_document || situation.unnamed != null;
}

/**
 * The answer without the document, when nothing is done to the document (no act read: what is
 * handled is the device, the password or the service) and the rule alone answers the same.
 */
export function settingOnly(withDocument: Decision, without: Decision): Decision | null {
  const a = withDocument.decision as RuledDecision;
  const b = without.decision as RuledDecision;
  if (!(a in STRICTNESS) || !(b in STRICTNESS)) return null;
  return a === b ? without : null;
}
