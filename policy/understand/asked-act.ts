import { ACTION_IDS, type ActionId } from '../contract.js';
import { analyze, type Morpheme } from './analyzer.js';
import type { ArgAct } from './arg-acts.js';
import { stemsOf } from './goals.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { scopeOf } from './scope.js';

/**
 * The act a question asks about when no act word matched: the predicate it asks of (the verb before
 * ～ていい/大丈夫/可能/か), read by its dictionary form and the verb compounded with it by て
 * (持って回る, 持ってっていい), its kind from the lexicon's own verbs (`arguments.verbs`) and act
 * words (`actions`), both read through the analyzer once so a conjugated or honorific form of a
 * listed verb (お渡しする, 持ち歩いて) counts, and its argument (the place or person before
 * に/へ/まで/で) read by the kinds the lexicon knows anywhere in that phrase (修学旅行の引率時に).
 */

/** Verbs a carried thing goes along with (持って行く, 持って回る, 持って歩く, 持ってく). */
const MOTION = new Set(['行く', 'いく', 'く', '来る', 'くる', '回る', 'まわる', '歩く', '出る']);
/** Particles of where the thing goes; で only for where it is carried or said (研修会で話す). */
const TO = new Set(['に', 'へ', 'まで']);
const AT = 'で';
/** Kinds read by where the thing goes, strictest first (a home is stricter than elsewhere: 第3表). */
const KIND_ORDER = ['home', 'outside', 'recipient'];
/** A verb class the act words' own acts stand for. */
const CLASS_OF_ACT: Partial<Record<ActionId, string>> = { take_out: 'carry', take_home: 'carry', provide_external: 'send' };
/** Said of a thing merely held (持っている): no carrying. */
const HOLD = '持つ';

interface Known {
  /** Dictionary form (or 連用形 noun: 渡し) → classes. */
  classes: Map<string, Set<string>>;
}

const compiled = new WeakMap<Lexicon, Known>();

/** A verb word's dictionary form as the analyzer reads it, and its 連用形 nouns (お「渡し」する). */
function forms(word: string): { base: string; stems: string[] } | null {
  const ms = analyze(word);
  const v = ms[0];
  if (!v || ms.length !== 1 || v.pos !== '動詞') return null;
  return { base: v.base, stems: stemsOf(v.base) };
}

function add<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key) ?? new Set<T>();
  set.add(value);
  map.set(key, set);
}

function knownOf(lexicon: Lexicon): Known {
  let k = compiled.get(lexicon);
  if (k) return k;
  k = { classes: new Map() };
  for (const [cls, words] of Object.entries(lexicon.arguments.verbs)) {
    for (const w of words) {
      add(k.classes, normalize(w), cls);
      const f = forms(w);
      if (f) {
        add(k.classes, f.base, cls);
        for (const stem of f.stems) add(k.classes, stem, cls);
      }
    }
  }
  // The act words that are a verb alone (渡す, 見せ, 持参), to their dictionary forms: the class of their act.
  for (const id of ACTION_IDS) {
    const w = lexicon.actions[id];
    if (!w) continue;
    const cls = CLASS_OF_ACT[id];
    if (!cls) continue;
    for (const word of [...w.ja, ...(w.weak_ja ?? [])]) {
      const ms = analyze(word);
      const verb = ms[0];
      if (!verb || ms.slice(1).some((m) => m.pos === '名詞' || (m.pos === '動詞' && m.pos1 === '自立'))) continue;
      if (verb.pos !== '動詞' && !(verb.pos === '名詞' && verb.pos1 === 'サ変接続')) continue;
      add(k.classes, verb.base, cls);
    }
  }
  compiled.set(lexicon, k);
  return k;
}

/** A predicate: a verb (自立) or a verbal noun made a verb by する (携行して, お渡しして). */
function isPredicate(ms: readonly Morpheme[], i: number): boolean {
  const m = ms[i]!;
  if (m.pos === '動詞' && m.pos1 === '自立' && m.base !== 'する') return true;
  const next = ms[i + 1];
  return (m.pos === '名詞' || m.pos === 'UNK') && next?.pos === '動詞' && (next.base === 'する' || next.base === 'できる');
}

/** The verb compounded with the predicate at `i` by て (持って回る → 回る), if it is one of motion. */
function motionAfter(ms: readonly Morpheme[], i: number): boolean {
  const te = ms[i + 1];
  const v = ms[i + 2];
  return te?.pos === '助詞' && (te.surface === 'て' || te.surface === 'で') && v?.pos === '動詞' && MOTION.has(v.base);
}

/** The kind of the argument before the predicate at `i`: a place or person said with に/へ/まで (or で). */
function argumentKind(ms: readonly Morpheme[], i: number, lexicon: Lexicon): { kind: string; at: boolean } | null {
  for (let p = i - 1; p > 0 && i - p <= 12; p--) {
    const m = ms[p]!;
    if (m.pos === '記号' || (m.pos === '動詞' && m.pos1 === '自立')) return null;
    if (m.pos !== '助詞' || m.pos1 !== '格助詞' || !(TO.has(m.surface) || m.surface === AT)) continue;
    let k = p;
    while (
      k > 0 &&
      (ms[k - 1]!.pos === '名詞' || ms[k - 1]!.pos === 'UNK' || ms[k - 1]!.pos === '接頭詞' || ms[k - 1]!.surface === 'の')
    )
      k--;
    const phrase = normalize(
      ms
        .slice(k, p)
        .map((x) => x.surface)
        .join(''),
    );
    for (const kind of KIND_ORDER) {
      const words = lexicon.arguments.kinds[kind] ?? [];
      if (words.some((w) => normalize(w).length >= 2 && phrase.includes(normalize(w)))) return { kind, at: m.surface === AT };
    }
  }
  return null;
}

/**
 * The act the question's last predicate asks about, when no act word matched (see above): by the
 * lexicon's table of a place's kind and a verb's class (`arguments.acts`), else a thing carried
 * along (持って回る, 持ち歩く) is taken out. A verb said to no one known (誰に出せばいい) asks no
 * act. Negated, prepared for or describing a noun: none.
 */
export function askedAct(lexicon: Lexicon, ms: readonly Morpheme[]): ArgAct | null {
  const known = knownOf(lexicon);
  for (let i = ms.length - 1; i >= 0; i--) {
    if (!isPredicate(ms, i)) continue;
    const m = ms[i]!;
    const classes = new Set([...(known.classes.get(m.base) ?? []), ...(known.classes.get(normalize(m.surface)) ?? [])]);
    // A verb of neither kind (許可いる, 思う) is not the act asked: the one before it may be.
    if (classes.size === 0) continue;
    const scope = scopeOf(ms, m.start, m.end, lexicon);
    if (scope.negated || scope.contingency || scope.attributive) return null;
    const moving = motionAfter(ms, i);
    const arg = argumentKind(ms, i, lexicon);
    const at = { start: m.start, end: m.end };
    if (arg) {
      for (const cls of classes) {
        // Where it is done (で) counts for carrying and saying it there, not for putting it.
        if (arg.at && cls === 'put') continue;
        const act = lexicon.arguments.acts[arg.kind]?.[cls];
        if (act) return { action: act, ...at };
      }
    }
    // Carried along (持って回る, 持ち歩く), not merely held (持っている): it leaves the school.
    if (classes.has('carry') && (m.base !== HOLD || moving)) return { action: 'take_out', ...at };
    return null;
  }
  return null;
}
