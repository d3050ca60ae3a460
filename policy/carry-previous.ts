/**
 * A continuation of a conversation: what a message takes from the previous answer (the
 * information, the action, the means) when it does not say it itself.
 */

import type { Previous } from './ask.js';
import type { Pack } from './compile-pack.js';
import { type ActionId, type Decision, higherClass } from './contract.js';
import { sameAsBefore } from './same-as-before.js';
import { onlySupposes } from './understand/continuation.js';
import { lexiconFor } from './understand/lexicon.js';
import { type ParsedQuestion, qualifyFor } from './understand/parse-question.js';
import { namesInformation, type Understood } from './understood.js';

/**
 * A continuation takes from the previous answer what it does not say itself: the information
 * when it names only an action or a measure, the action when it names only information.
 */
export function carry(pack: Pack, parsed: ParsedQuestion, u: Understood, previous: Previous): Decision['carried'] {
  const before = previous.actionId || previous.situationId;
  if (onlyWhereItIs(parsed, u) && before) u.actions = [];
  // 「写真が入ってて、公開の同意をもらってない子も写ってる場合は？」 after e-mailing a newsletter: the
  // consent tells what the photos are; the act is still the one of before.
  if (parsed.actOfDescribedMeasure && before && u.situations.length === 0) u.actions = [];
  if (describesBefore(pack, parsed, u, previous)) u.items = [];
  const carriedBy = joinedWithBefore(pack, parsed, u, previous) ?? mergedWithBefore(pack, parsed, u, previous);
  if (carriedBy) u.actions = [carriedBy];
  // 「同じ写真」 after the photos were said to have consent: the document of before, as now told.
  const same = sameAsBefore(pack, parsed, u.items, previous.assetId);
  if (same) u.items = [qualifyFor(pack, parsed, same)];
  const kept: Decision['carried'] = same ? { asset: { id: u.items[0]!.id, name: u.items[0]!.name[u.language] } } : undefined;
  const namesInfo = namesInformation(u);
  const namesAction = u.actions.length > 0 || u.situations.length > 0;
  // A continuation (short, or opened or closed like one: じゃあ…なら？, …つければいい？) takes what it
  // does not say from before, and so does a message that names neither information nor an action
  // (「保護者の承諾はとってあります」); a question of its own (「学校のパソコンで私用のネットショッピン
  // グしていい？」) is answered as it stands.
  if (namesInfo && namesAction) {
    // Put as a continuation, or told of the device of before, asked about with no document, as how
    // it is used (「Teamsで学年だよりを作るだけです」 after 「家のパソコン使ってもいいですか」): the means
    // of before stays. A new document with its own act after one about another document is a question
    // of its own (「健康診断票をGoogleドライブに保存してもいい？」 after USB and teaching materials).
    const means = parsed.continuation || !previous.assetId ? keepMeans(pack, u, previous) : keepChannel(pack, u, previous);
    if (parsed.continuation || means) return means || kept ? { ...kept, ...means } : undefined;
  }
  if (
    (!parsed.continuation && (namesInfo || namesAction) && !actsOnBefore(parsed, u, previous) && !addsInformation(u, previous)) ||
    (namesInfo && namesAction)
  )
    return kept;
  const carried: NonNullable<Decision['carried']> = { ...kept };
  if (!namesInfo) {
    const before = previous.assetId ? pack.items.get(previous.assetId) : undefined;
    // What this message says of it still counts (「全員から掲載OKの同意書をもらってます」: the photos
    // become ones published with consent).
    // Supposed (「全員から承諾をもらえたら？」): the answer asked is the one with it so.
    const item = before && qualifyFor(pack, parsed, before, parsed.language === 'ja' && onlySupposes(parsed.analyzed.morphemes));
    if (item) {
      u.items = [item];
      carried.asset = { id: item.id, name: item.name[u.language] };
    } else if (previous.class) {
      u.classes = [previous.class];
      carried.class = previous.class;
    }
  }
  if (!namesAction) {
    const situation = previous.situationId ? pack.situations.get(previous.situationId) : undefined;
    if (situation) u.situations = [situation];
    else if (previous.actionId) {
      u.actions = [previous.actionId];
      carried.action = previous.actionId;
    }
  }
  return carried;
}

/**
 * The message names no information, only what is done (「FAXは？向こうがFAXでって言ってる」,
 * 「コピーしたやつ、使い終わったら普通に捨てていい？」): an act needs something to act on, so it is
 * done to the information answered before, however the message is put. Not a rule that stands
 * without a document (「学校のパソコンで私用のネットショッピングしていい？」: a question of its own),
 * nor a message that names what it acts on itself (「会議のメモを学校の外に持ち出したい」, 「私物の
 * パソコンで学校のクラウドを使いたい」: an object with を that is no pronoun), unless it is put as a
 * continuation.
 */
function actsOnBefore(parsed: ParsedQuestion, u: Understood, previous: Previous): boolean {
  if (namesInformation(u) || u.actions.length === 0 || u.situations.some((s) => s.no_document)) return false;
  if (!parsed.continuation && namesOwnObject(parsed)) return false;
  return Boolean(previous.assetId || previous.class);
}

/**
 * A follow-up that only describes a document and does nothing new with it (「子どもが書いたやつです。
 * 学年会で使うので4部」 after 「きずなアンケート、印刷していいですか」): the description is of the
 * document asked about before, told more closely. The stricter of the two stands: the one of before
 * unless the description raises it (「保護者の携帯番号も書いてありました」 after 「部活の名簿です」).
 */
function describesBefore(pack: Pack, parsed: ParsedQuestion, u: Understood, previous: Previous): boolean {
  if (!parsed.describedOnly || u.actions.length > 0 || u.situations.length > 0 || u.classes.length > 0) return false;
  const before = previous.assetId ? pack.items.get(previous.assetId) : undefined;
  if (!before) return false;
  return u.items.every((i) => higherClass(i.class, before.class) === before.class);
}

/**
 * The message names information and no act at all (「子どもの写真も入れたいんですが、保護者の承諾は
 * まだ取っていません」 after 「学級だよりをホームページに載せたい」): the act is the one of before,
 * now done with this information too; without it there would be nothing to answer.
 */
function addsInformation(u: Understood, previous: Previous): boolean {
  return (
    namesInformation(u) &&
    u.actions.length === 0 &&
    u.situations.length === 0 &&
    Boolean(previous.actionId || previous.situationId)
  );
}

/**
 * A continuation that names no information and no verb, only a medium (「USBならどう？」 after
 * 「通知表の所見、家で書きたいんだけど持ち帰ってもいい？」): the act of before done with that medium
 * (`lexicon.carried_by`): carried home on a USB is still taken home. A medium with a verb of its own
 * (「じゃあUSBに入れて学校の中だけで使うのは？」) or a channel that replaces the one of before
 * (「FAXなら？」 after an e-mail) stays the act asked.
 */
function joinedWithBefore(pack: Pack, parsed: ParsedQuestion, u: Understood, previous: Previous): ActionId | undefined {
  const before = mediumOnlyAfter(parsed, u, previous);
  if (!before) return undefined;
  const media = lexiconFor(pack).carried_by[before] ?? [];
  if (!u.actions.every((a) => media.includes(a))) return undefined;
  const ownVerb = parsed.analyzed.morphemes.some((m) => m.pos === '動詞' && m.pos1 === '自立');
  return ownVerb ? undefined : before;
}

/**
 * The act of before, when a continuation names no information and no situation, only acts (a
 * medium: 「USBならどう？」「CD-Rに入れて送る場合は？」); undefined otherwise.
 */
function mediumOnlyAfter(parsed: ParsedQuestion, u: Understood, previous: Previous): ActionId | undefined {
  const before = previous.actionId;
  if (!parsed.continuation || !before || namesInformation(u) || u.situations.length > 0 || u.actions.length === 0)
    return undefined;
  return before;
}

/** Verbs that say where information is (USBに入っている, PCに残ってる, ドライブにある). */
const HOLDS = new Set(['入る', 'ある', '残る', '残す', '保存']);

/**
 * A continuation whose one action is only where the information is kept, said of it as it is
 * (「USBに入っている同じデータの方は？」 after 「通知表の控えをシュレッダーで捨てたい」): the medium
 * holds the information, and what is done to it is what was done before. The message has no
 * other verb of its own.
 */
function onlyWhereItIs(parsed: ParsedQuestion, u: Understood): boolean {
  if (!parsed.continuation || u.actions.length !== 1 || u.situations.length > 0) return false;
  const ms = parsed.analyzed.morphemes;
  const at = ms.findIndex((m, i) => i > 0 && m.surface === 'に' && m.pos === '助詞' && HOLDS.has(ms[i + 1]?.base ?? ''));
  if (at < 0) return false;
  let k = at + 2;
  while (ms[k] && (ms[k]!.pos === '助動詞' || (ms[k]!.pos === '助詞' && ms[k]!.surface === 'て') || ms[k]!.pos1 === '非自立'))
    k++;
  // The clause describes what follows it (…入っている|同じデータ), and no other verb does anything.
  const describes = ms[k] !== undefined && ['名詞', '連体詞'].includes(ms[k]!.pos);
  const verbs = ms.filter((m, i) => m.pos === '動詞' && m.pos1 === '自立' && i !== at + 1);
  return describes && verbs.length === 0;
}

/** A noun other than a pronoun (それ, やつ) followed by the object particle を. */
function namesOwnObject(parsed: ParsedQuestion): boolean {
  const ms = parsed.analyzed.morphemes;
  return ms.some(
    (m, i) =>
      m.pos === '名詞' && m.pos1 !== '代名詞' && m.pos1 !== '非自立' && ms[i + 1]?.surface === 'を' && ms[i + 1]?.pos === '助詞',
  );
}

/**
 * A continuation that names information and only where it is done (`lexicon.settings`: work at
 * home), where what was done before is the means of it (「私物のiPad、学校で仕事に使っていい？」 then
 * 「家で、学校のクラウドにログインして教材作るだけなら？」): the device or channel of before stays.
 */
function keepMeans(pack: Pack, u: Understood, previous: Previous): Decision['carried'] {
  const before = previous.actionId;
  const lexicon = lexiconFor(pack);
  const absorbed = before ? (lexicon.absorbs[before] ?? []) : [];
  // Work at home, or what is done within it (the school's cloud used from home, 4-1(1)③エ), both
  // taken in by the means of before, directly or through the work at home it takes in.
  const within = (of: readonly ActionId[], a: ActionId) => of.includes(a) || of.some((b) => lexicon.absorbs[b]?.includes(a));
  const settingsOnly = u.actions.length > 0 && u.actions.every((a) => within(lexicon.settings, a) && within(absorbed, a));
  if (!before || u.situations.length > 0 || !settingsOnly) return undefined;
  u.actions = [before];
  return { action: before };
}

/**
 * A continuation that names no information, only a medium, whose act of before and that medium make
 * a more specific act together (`lexicon.merges`: 「CD-Rに入れて送る場合は？」 after 「調査書を高校に郵送
 * したい」 is posting a medium): the act the two make, as a message naming both would be read.
 */
function mergedWithBefore(pack: Pack, parsed: ParsedQuestion, u: Understood, previous: Previous): ActionId | undefined {
  const before = mediumOnlyAfter(parsed, u, previous);
  if (!before) return undefined;
  const bases = new Set(parsed.analyzed.morphemes.map((m) => m.base));
  const merge = lexiconFor(pack).merges.find(
    (m) =>
      m.when.includes(before) &&
      !u.actions.includes(before) &&
      u.actions.every((a) => m.when.includes(a)) &&
      m.when.every((a) => a === before || u.actions.includes(a)) &&
      (m.verbs.length === 0 || m.verbs.some((v) => bases.has(v))),
  );
  return merge?.becomes;
}

/**
 * A message that names information and only to whom it goes (`lexicon.handed_to`: 「部活の大会の申込で、
 * 名前と学年だけです。送り先は高体連です」 after 「生徒の名簿をメールで送りたい」), where the channel of
 * before takes that in (`lexicon.absorbs`): it still goes by that channel. Every channel is at
 * least as strict as the handing over it takes in, so the answer is never laxer for it.
 */
function keepChannel(pack: Pack, u: Understood, previous: Previous): Decision['carried'] {
  const before = previous.actionId;
  const lexicon = lexiconFor(pack);
  const absorbed = before ? (lexicon.absorbs[before] ?? []) : [];
  const handedOnly = u.actions.length > 0 && u.actions.every((a) => lexicon.handed_to.includes(a) && absorbed.includes(a));
  if (!before || u.situations.length > 0 || !handedOnly) return undefined;
  u.actions = [before];
  return { action: before };
}
