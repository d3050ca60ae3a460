import type { ActionId } from '../contract.js';
import type { Analyzed } from './analyze-question.js';
import { hasKanji, type Morpheme, readingOf, toHiragana } from './analyzer.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { scopeOf } from './scope.js';

/** An act said by a verb's argument: the act and where its verb stands. */
export interface ArgAct {
  action: ActionId;
  start: number;
  end: number;
}

/** The lexicon's `arguments`, normalized, with the kana readings of kinds and verbs. */
interface Args {
  kinds: { kind: string; words: string[]; readings: string[] }[];
  verbs: { cls: string; words: Set<string>; readings: string[] }[];
  acts: Lexicon['arguments']['acts'];
  heads: Set<string>;
  places: Set<string>;
  placeClasses: Set<string>;
}

const DESTINATION = new Set(['に', 'へ', 'まで']);
/** The kind an organization's name is (`arguments.kinds`). */
const RECIPIENT = 'recipient';
/** How far past the particle its verb may stand (PTAの方に「会計簿を」ご覧いただく). */
const REACH = 10;

const compiled = new WeakMap<Lexicon, Args>();

/** A verb's stem as read in kana (整理 → せいり, 持つ → も): what kana input of it starts with. */
function kanaStem(word: string): string {
  const r = toHiragana(normalize(readingOf(word)));
  return hasKanji(word) && /[\u3040-\u309f]$/.test(word) ? r.slice(0, -1) : r;
}

function argsOf(lexicon: Lexicon): Args {
  let a = compiled.get(lexicon);
  if (!a) {
    const g = lexicon.arguments;
    a = {
      kinds: Object.entries(g.kinds).map(([kind, words]) => ({
        kind,
        words: words.map(normalize),
        readings: words.filter(hasKanji).map((w) => normalize(readingOf(w))),
      })),
      verbs: Object.entries(g.verbs).map(([cls, words]) => ({
        cls,
        // As written and as read (だす for 出す: kana input).
        words: new Set([...words.map(normalize), ...words.filter(hasKanji).map((w) => normalize(readingOf(w)))]),
        readings: words
          .filter(hasKanji)
          .map(kanaStem)
          .filter((r) => r.length >= 3),
      })),
      acts: g.acts,
      heads: new Set(g.heads.map(normalize)),
      places: new Set(g.place_particles),
      placeClasses: new Set(g.place_classes),
    };
    compiled.set(lexicon, a);
  }
  return a;
}

export const inPhrase = (m: Morpheme) =>
  m.pos === '名詞' || m.pos === 'UNK' || m.pos === '接頭詞' || (m.surface === 'の' && m.pos1 === '連体化');

/** The noun phrase ending before morpheme `i` (学年の先生, 研修会場), normalized, without a leading の. */
export function phraseBefore(ms: readonly Morpheme[], i: number): string {
  let k = i;
  while (k > 0 && inPhrase(ms[k - 1]!)) k--;
  return normalize(
    ms
      .slice(k, i)
      .map((m) => m.surface)
      .join(''),
  ).replace(/^の+/, '');
}

/** A word names the kind: the whole head, or its end for a word of two or more (研修「会場」). */
const names = (head: string, w: string) => head === w || (w.length >= 2 && head.endsWith(w));

/** The kind of the noun phrase ending before morpheme `i`: by its head, or a generic head's owner. */
function kindBefore(ms: readonly Morpheme[], i: number, a: Args): string | undefined {
  const text = phraseBefore(ms, i);
  if (!text) return undefined;
  const cut = text.lastIndexOf('の');
  const head = text.slice(cut + 1).replace(/^[おご]/, (p) => (text.length > 2 ? p : ''));
  const owner = cut > 0 ? text.slice(0, cut) : '';
  // A generic head is of its owner's kind first (地域の「家」 is a recipient, not a home).
  const byOwner =
    owner && a.heads.has(head) ? a.kinds.find((kd) => kd.words.some((w) => w.length >= 2 && owner.includes(w))) : undefined;
  // During or at the event (修学旅行「中」に, 出張「時」に) is the event.
  const bare = head.length > 2 ? head.replace(/[中時]$/, '') : head;
  const byHead = a.kinds.find((kd) => kd.words.some((w) => names(head, w) || names(bare, w)) || kd.readings.includes(head));
  // An organization the analyzer knows (日本赤十字社, 〇〇新聞) receives it from outside the school.
  const body = ms[i - 1]?.pos2 === '組織' && RECIPIENT in a.acts ? RECIPIENT : undefined;
  return byOwner?.kind ?? byHead?.kind ?? body;
}

/** The verb the particle at `i` leads to, past what is sent (を) between: its index. */
export function verbAfter(ms: readonly Morpheme[], i: number): number | undefined {
  for (let k = i + 1; k < ms.length && k - i <= REACH; k++) {
    const m = ms[k]!;
    if (m.pos === '記号' && m.pos1 !== '空白') return undefined;
    if (m.pos === '助詞' && m.pos1 === '格助詞' && m.surface !== 'を') return undefined;
    if (m.pos === '動詞' && m.pos1 === '自立') return k;
    if (m.pos === '名詞' && (m.pos1 === 'サ変接続' || ms[k - 1]?.pos === '接頭詞')) return k;
    // A noun made a verb by する or a verb of giving (ポスティングする, ご覧いただく).
    const next = ms[k + 1];
    const verbal = next?.base === 'する' || (next?.pos === '動詞' && next.pos1 === '非自立');
    if ((m.pos === '名詞' || m.pos === 'UNK') && verbal) return k;
  }
  return undefined;
}

/** The verb's broad class: by its dictionary form or noun (携行, ご覧), else by its kana stem (せいり). */
function classOf(ms: readonly Morpheme[], k: number, text: string, a: Args, kinds: Set<string>): string[] {
  const m = ms[k]!;
  const forms = [m.base, m.surface, `${ms[k - 1]?.surface ?? ''}${m.surface}`].map(normalize);
  // 持って行く, 持ってく: carried.
  const byForm = a.verbs.filter((v) => forms.some((f) => v.words.has(f))).map((v) => v.cls);
  if (byForm.length > 0) return byForm;
  // Gone there with it held (持って出張に行く, 持ったまま会場に向かう): carried.
  if (GOING.has(m.base) && heldBefore(ms, k, a)) return ['carry'];
  const rest = text.slice(m.start);
  return a.verbs.filter((v) => kinds.size > 0 && v.readings.some((r) => rest.startsWith(r))).map((v) => v.cls);
}

/** Verbs of going somewhere, which carry what the teacher holds on the way. */
const GOING = new Set(['行く', 'いく', '向かう', '出かける', '出掛ける', '参加', '出席']);
/** How far back a verb of holding may stand before the going (持って|出張|に|行く). */
const HELD_REACH = 6;

/**
 * A verb of carrying (持つ, 携帯) joined by て or たまま to the going at `k`, in the same clause
 * (「成績表を持って出張に行く」, 「教務手帳を持ったまま研修会場に行った」).
 */
function heldBefore(ms: readonly Morpheme[], k: number, a: Args): boolean {
  const carry = a.verbs.find((v) => v.cls === 'carry')?.words;
  for (let j = k - 1; j >= 0 && k - j <= HELD_REACH; j--) {
    const m = ms[j]!;
    if (m.pos === '記号') return false;
    if (m.pos !== '動詞' || m.pos1 !== '自立') continue;
    const joined = ms[j + 1]?.surface === 'て' || (ms[j + 1]?.base === 'た' && ms[j + 2]?.surface === 'まま');
    return joined && (carry?.has(normalize(m.base)) ?? false);
  }
  return false;
}

/** The act a kind and the classes of its verb make, read by the particle's role. */
function actOf(kind: string, classes: string[], particle: string, a: Args): ActionId | undefined {
  const place = a.places.has(particle);
  for (const cls of classes) {
    if (place && !a.placeClasses.has(cls)) continue;
    const act = a.acts[kind]?.[cls];
    if (act) return act;
  }
  return undefined;
}

/** The last word of a room of the school (図書室, 体育館, 教室) or the school itself. */
const SCHOOL_PLACE = /(室|館|ホール|ルーム|学校|校内|校舎|本校|学内|園内)$/;
/** Words for where a person is (校長の「ところ」): the person says the place. */
const PLACE_OF_PERSON = new Set(['ところ', 'とこ', '所', 'もと', '元', '席', '机', '方']);

/**
 * Carried to a place no kind names (医院へお持ちする, 学校医の先生のところへ持っていく, ハローワークに
 * 持参): a place that is neither a room of the school nor one of its staff (校長のところ) is outside
 * it (2-2(8)①), when the verb carries (`arguments.verbs.carry`).
 */
function carriedElsewhere(
  ms: readonly Morpheme[],
  i: number,
  k: number,
  particle: string,
  text: string,
  a: Args,
  lexicon: Lexicon,
): string | undefined {
  if (!DESTINATION.has(particle) || !a.acts.outside) return undefined;
  if (!classOf(ms, k, text, a, new Set(['outside'])).includes('carry')) return undefined;
  const phrase = phraseBefore(ms, i);
  if (!phrase || SCHOOL_PLACE.test(phrase)) return undefined;
  const staff = [...lexicon.recipients.inside, ...lexicon.recipients.school].map(normalize);
  // The place's own word, or for a person's place (校長のところ, 担任の席) the person.
  const parts = phrase.split('の').map((p) => p.replace(/^[おご]/, ''));
  const place = parts.at(-1)!;
  const whose = PLACE_OF_PERSON.has(place) ? (parts.at(-2) ?? '') : place;
  if (!whose || staff.some((w) => whose === w || whose.endsWith(w) || whose.startsWith(w))) return undefined;
  return 'outside';
}

/** Verbs of having something done for oneself (読んで「もらう」, お読み「いただく」, 見て「ほしい」). */
const DONE_FOR = new Set(['もらう', '貰う', 'いただく', '頂く', 'ほしい', '欲しい']);
/** What may stand between a verb and its もらう (持っ「とい」「て」もらう, 見「て」「おい」「て」いただく). */
const between = (m: Morpheme) => (m.pos === '助詞' && m.pos1 === '接続助詞') || (m.pos === '動詞' && m.pos1 === '非自立');

/** The verb at `k` is done by the one its に names, for the teacher (保育所の先生に読んでもらう). */
function doneFor(ms: readonly Morpheme[], k: number): boolean {
  for (let j = k + 1; j < ms.length && j - k <= 4; j++) {
    const m = ms[j]!;
    if (DONE_FOR.has(m.base) && (m.pos1 === '非自立' || m.pos === '形容詞')) return true;
    if (!between(m)) return false;
  }
  return false;
}

/**
 * Someone outside the school (`outside`, `recipient`) asked to do something with it for the
 * teacher (隣の中学の先生に使ってもらう, 保育所の先生に読んでほしい, 運転手さんに持っといてもらう)
 * is given it (2-2(9)), whatever the verb: they read, use or keep it where the school is not.
 */
function givenToDo(ms: readonly Morpheme[], k: number, kind: string, particle: string, a: Args): ActionId | undefined {
  if (particle !== 'に' || !doneFor(ms, k)) return undefined;
  return kind === RECIPIENT || kind === 'outside' ? a.acts[RECIPIENT]?.send : undefined;
}

/**
 * The acts a question's verbs say by their argument, when no act word names one (policy/lexicon
 * `arguments`): the noun governed by に/へ/まで (or で/から), by its kind, and the verb after it, by
 * its class (Classroomに貼る → cloud_store, 実家で整理する → take_home, 研修会場へ携行する →
 * take_out, PTAの方にご覧いただく → provide_external). Kana input (じっかで せいり) is read by
 * the readings of the kinds at a word's start. Negated or only prepared for: no act.
 */
export function argActs(lexicon: Lexicon, q: Analyzed): ArgAct[] {
  const a = argsOf(lexicon);
  const ms = q.morphemes;
  const particles = new Set([...DESTINATION, ...a.places]);
  const out: ArgAct[] = [];
  const add = (named: string | undefined, particle: string, i: number) => {
    const k = verbAfter(ms, i);
    if (k === undefined) return;
    const kind = named ?? carriedElsewhere(ms, i, k, particle, q.normalized, a, lexicon);
    if (!kind) return;
    const act = givenToDo(ms, k, kind, particle, a) ?? actOf(kind, classOf(ms, k, q.normalized, a, new Set([kind])), particle, a);
    if (act) out.push({ action: act, start: ms[k]!.start, end: ms[k]!.end });
  };
  ms.forEach((p, i) => {
    if (i === 0 || p.pos !== '助詞' || !particles.has(p.surface)) return;
    if (p.pos1 !== '格助詞') return;
    add(kindBefore(ms, i, a), p.surface, i);
  });
  // Kana the analyzer cuts anywhere (じっ|か|で): a kind's reading at a word's start, then a particle.
  for (const kd of a.kinds) {
    for (const r of kd.readings) {
      for (let at = q.normalized.indexOf(r); at >= 0; at = q.normalized.indexOf(r, at + 1)) {
        if (at > 0 && !q.spaces.has(at)) continue;
        const particle = [...particles].find((p) => q.normalized.startsWith(p, at + r.length));
        if (!particle) continue;
        const i = ms.findIndex((m) => m.start >= at + r.length + particle.length) - 1;
        if (i >= 0 && !out.some((o) => o.start > at)) add(kd.kind, particle, i);
      }
    }
  }
  return out.filter((x) => {
    const scope = scopeOf(ms, x.start, x.end, lexicon);
    return !scope.negated && !scope.contingency && !scope.attributive;
  });
}
