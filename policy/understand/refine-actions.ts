import { ACTION_IDS, type ActionId, type Language } from '../contract.js';
import { escapeRegex } from '../escape-regex.js';
import { hasKanji, readingOf } from './analyzer.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';

/**
 * How the actions a question names combine (the lexicon's merges, absorptions and `alone`), the
 * English phrases split around their object, and whose a device or service is (`lexicon.owned`):
 * what parseQuestion asks of the lexicon about actions.
 */
/** Merges and drops actions where one says more than the words alone (USB + 郵送 = 郵送・宅配(外部記録媒体)). */
export function refineActions(
  found: ActionId[],
  lexicon: Lexicon,
  normalized: string,
  language: Language,
  saysVerb: (verbs: string[], near: ActionId[]) => boolean = () => false,
): ActionId[] {
  let actions = found;
  for (const merge of lexicon.merges) {
    if (merge.verbs.length > 0 && !saysVerb(merge.verbs, merge.when)) continue;
    if (merge.when.every((a) => actions.includes(a))) {
      actions = [...actions.filter((a) => !merge.when.includes(a)), merge.becomes];
    }
  }
  actions = limitedReach(actions, lexicon, normalized, language);
  // One at a time, in the order they were said, so that a circle (家で → クラウド → 提出 → 家で)
  // leaves one action rather than none.
  // An action that absorbs none of the others goes first (置いといて under OneDrive under 家で): what
  // absorbs it may itself be absorbed, and must have taken it along before it goes.
  let kept = [...new Set(actions)];
  const absorbs = (b: ActionId, a: ActionId) => b !== a && (lexicon.absorbs[b] ?? []).includes(a);
  for (;;) {
    const absorbed = kept.filter((a) => kept.some((b) => absorbs(b, a)));
    if (absorbed.length === 0 || kept.length <= 1) break;
    const leaf = absorbed.find((a) => !kept.some((b) => absorbs(a, b))) ?? absorbed[0]!;
    kept = kept.filter((x) => x !== leaf);
  }
  // Said alone, before any other action was absorbed into it (家で丸つけ, not クラウドを家から開く), by
  // one of its words, and with one of its verbs when it lists them (電車で見直す).
  const says = (words: { ja: string[]; en: string[] }) => words[language].some((w) => normalized.includes(normalize(w)));
  const holds = (id: ActionId, rule: NonNullable<Lexicon['alone'][ActionId]>[number]) =>
    says(rule) && (rule.verbs.length === 0 || saysVerb(withPotential(rule.verbs), [id]));
  const only = kept.length === 1 && actions.length === 1 ? kept[0]! : undefined;
  const alone = only ? lexicon.alone[only]?.find((rule) => holds(only, rule)) : undefined;
  if (alone) return [alone.becomes];
  // Beside what leaves it on paper (印刷して家でじっくり見たい): the papers still go home.
  for (const [id, rules] of Object.entries(lexicon.alone)) {
    const others = actions.filter((a) => a !== id);
    if (!actions.includes(id as ActionId) || others.length === 0) continue;
    const rule = rules?.find((r) => others.every((a) => r.beside.includes(a)) && holds(id as ActionId, r));
    if (rule) return [...new Set([...others, rule.becomes])];
  }
  return kept;
}

/** A godan verb's last kana and the ending of its potential form (見直す → 見直せる, 読む → 読める). */
const POTENTIAL: Record<string, string> = {
  す: 'せる',
  む: 'める',
  く: 'ける',
  ぐ: 'げる',
  う: 'える',
  つ: 'てる',
  ぶ: 'べる',
  ぬ: 'ねる',
};

/** The verbs with their potential forms, which the dictionary files as verbs of their own (見直せるように). */
function withPotential(verbs: readonly string[]): string[] {
  return verbs.flatMap((v) => {
    const ending = POTENTIAL[v.at(-1) ?? ''];
    return ending && v.length > 1 ? [v, v.slice(0, -1) + ending] : [v];
  });
}

/**
 * A posting service set to be seen only by those given its link (限定公開にしてURLを流す, unlisted):
 * what the tool then does is keep the file for whoever has the address (lexicon `limited`).
 */
function limitedReach(actions: ActionId[], lexicon: Lexicon, normalized: string, language: Language): ActionId[] {
  const rule = lexicon.limited;
  if (!rule || !actions.some((a) => rule.when.includes(a))) return actions;
  const says = (words: string[]) => words.some((w) => normalized.includes(normalize(w)));
  if (!says(rule[language]) || says(rule.unless[language])) return actions;
  return [...new Set(actions.map((a) => (rule.from.includes(a) ? rule.becomes : a)))];
}

/** Adverb particles an English verb may be split from by its object ("take the list out", "hand it over"). */
const PARTICLES = new Set(['out', 'over', 'on', 'away', 'back', 'home', 'outside']);
/** Past forms English does not make with -ed, for the verbs the lexicon's phrasal verbs use. */
const IRREGULAR: Record<string, string[]> = {
  take: ['took', 'taken'],
  bring: ['brought'],
  throw: ['threw', 'thrown'],
  give: ['gave', 'given'],
  send: ['sent'],
  put: ['put'],
  leave: ['left'],
};

/** A verb's forms: itself, -s, -ing, -ed and the irregular past (carry → carries, carried, carrying). */
export function verbForms(verb: string): string[] {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const y = /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) : null;
  return [
    verb,
    y ? `${y}ies` : /(?:s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`,
    `${stem}ing`,
    y ? `${y}ied` : `${stem}ed`,
    ...(IRREGULAR[verb] ?? []),
  ];
}

/**
 * A phrasal verb of the lexicon ("take out", "hand over", "throw away") with its object between
 * ("take the attendance register outside", "handed the plan over"): the verb in any form, up to eight
 * words, then the particle, in one sentence. "take out" is also said "take … outside".
 */
function separable(terms: readonly string[]): RegExp[] {
  return terms.flatMap((t) => {
    const [verb, particle, ...rest] = t.split(' ');
    if (!verb || !particle || rest.length > 0 || !PARTICLES.has(particle) || !/^[a-z]+$/.test(verb)) return [];
    if (['at', 'from', 'in', 'to'].includes(verb)) return [];
    const ends = particle === 'out' ? 'out(?:side)?' : particle;
    // Not a noun the particle's word begins ("to home visits", "the home page").
    return [
      new RegExp(
        `\\b(?:${verbForms(verb).join('|')})\\b(?: [\\w'-]+){1,8}?(?<!\\b(?:to|for|on|at|from|in|of|the|a|an|my|our)) ${ends}\\b`,
      ),
    ];
  });
}

const compiledEnglish = new WeakMap<Lexicon, { split: Map<ActionId, RegExp[]>; raw: Map<ActionId, RegExp[]>; done: RegExp[] }>();
export function englishPatterns(lexicon: Lexicon) {
  let patterns = compiledEnglish.get(lexicon);
  if (!patterns) {
    const split = new Map<ActionId, RegExp[]>();
    const raw = new Map<ActionId, RegExp[]>();
    for (const id of ACTION_IDS) {
      split.set(id, [
        ...(lexicon.actions[id]?.split_en ?? []).map((s) => new RegExp(s)),
        ...separable(lexicon.actions[id]?.en ?? []),
      ]);
      raw.set(
        id,
        (lexicon.actions[id]?.raw_en ?? []).map((s) => new RegExp(s)),
      );
    }
    patterns = { split, raw, done: lexicon.done.en.map((s) => new RegExp(s, 'i')) };
    compiledEnglish.set(lexicon, patterns);
  }
  return patterns;
}

/** One of the groups of words comes together in one sentence (「ソフトを校務パソコンに入れ」: ソフト + 入れ). */
export function saidTogether(
  groups: { ja: string[][]; en: string[][] } | undefined,
  normalized: string,
  language: Language,
): boolean {
  const ways = groups?.[language] ?? [];
  if (ways.length === 0) return false;
  const sentences = normalized.split(/[。.!！?？\n]+/);
  return ways.some((group) => sentences.some((sentence) => group.every((w) => sentence.includes(normalize(w)))));
}

export interface Owned {
  start: number;
  end: number;
  action?: ActionId;
  situation?: string;
}
/** Readings shorter than this (いえ, ぼく) are found inside too many other kana words. */
const MIN_READING = 3;

/** The readings of the words written in kanji (個人 → こじん), long enough to stand alone. */
function kanaReadings(words: readonly string[]): string[] {
  return words.filter(hasKanji).flatMap((w) => {
    const r = readingOf(w.normalize('NFKC'));
    return r.length >= MIN_READING && !hasKanji(r) ? [r] : [];
  });
}

type OwnedPattern = { re: RegExp; action?: ActionId; situation?: string };
const ownedPatterns = new WeakMap<Lexicon, Map<Language, OwnedPattern[]>>();

function ownedPatternsFor(lexicon: Lexicon, language: Language): OwnedPattern[] {
  let byLanguage = ownedPatterns.get(lexicon);
  if (!byLanguage) {
    byLanguage = new Map();
    ownedPatterns.set(lexicon, byLanguage);
  }
  let patterns = byLanguage.get(language);
  if (!patterns) {
    const o = lexicon.owned;
    // Japanese owners and things are found in kana too (こじんの, じぶんの けいたい): by their readings.
    const withReadings = (words: string[]) => (language === 'en' ? words : [...words, ...kanaReadings(words)]);
    const alt = (words: string[]) =>
      [...new Set(withReadings(words).map(normalize))]
        .filter((w) => w.length > 0)
        .sort((a, b) => b.length - a.length)
        .map(escapeRegex)
        .join('|');
    // A gap said in the past (で契約した) is said as lasting too (で契約してる, で購入しています).
    const gapsJa = alt(
      o.gaps_ja.flatMap((g) =>
        g.endsWith('た') ? [g, `${g.slice(0, -1)}ている`, `${g.slice(0, -1)}てる`, `${g.slice(0, -1)}ています`] : [g],
      ),
    );
    patterns = o.things.map((thing) => {
      // A kind of owner may follow the owner (自分の「個人」アドレス, 私の「私物」のスマホ).
      const owner = alt((thing.owners ?? o.owners).ja);
      const ownerJa =
        thing.owners || o.kinds_ja.length === 0 ? `(?:${owner})` : `(?:${owner})(?:(?:${gapsJa}){0,2}(?:${alt(o.kinds_ja)}))?`;
      return {
        action: thing.action,
        situation: thing.situation,
        re: new RegExp(
          language === 'en'
            ? `(?<![a-z])(?:${alt((thing.owners ?? o.owners).en)})\\s+(?:(?!(?:${alt(o.not_en)})\\b)[a-z'-]+\\s+){0,2}(?:${alt(thing.en)})(?![a-z])`
            : `(?<!の)${ownerJa}(?:${gapsJa}){0,2}(?:${alt(thing.ja)})`,
          'g',
        ),
      };
    });
    byLanguage.set(language, patterns);
  }
  return patterns;
}

let lastOwned: { lexicon: Lexicon; normalized: string; language: Language; out: readonly Owned[] } | undefined;

/**
 * The teacher's own things (私物のスマホ, 個人で購入したUSBメモリ, my own iPhone): an owner word, at
 * most one gap (の, で購入した) or, in English, two words that are not the school's, then a thing.
 * An owner right after の is someone else's (保護者の家のメール).
 */
export function ownedThings(lexicon: Lexicon, normalized: string, language: Language): readonly Owned[] {
  // One question asks for its owned things several times (actions, descriptions, a home device): read them once.
  if (lastOwned?.lexicon === lexicon && lastOwned.normalized === normalized && lastOwned.language === language)
    return lastOwned.out;
  const out: Owned[] = [];
  for (const { re, action, situation } of ownedPatternsFor(lexicon, language)) {
    re.lastIndex = 0;
    for (let m = re.exec(normalized); m; m = re.exec(normalized)) {
      out.push({ start: m.index, end: m.index + m[0].length, action, situation });
    }
  }
  lastOwned = { lexicon, normalized, language, out };
  return out;
}

/**
 * A device of the teacher's home is said (家のパソコン, 自宅のPC, my home computer): an owned device
 * whose owner is one of `owned.homes`. It is where the work is done as well as the device.
 */
export function deviceAtHome(
  lexicon: Lexicon,
  normalized: string,
  language: Language,
  kind: ActionId = 'private_device',
): boolean {
  const homes = lexicon.owned.homes[language].map(normalize).filter((w) => w.length > 0);
  if (homes.length === 0) return false;
  return ownedThings(lexicon, normalized, language).some((o) => {
    if (o.action !== kind) return false;
    const said = normalized.slice(o.start, o.end);
    return homes.some((h) => said.startsWith(h));
  });
}

/**
 * The question says the information is on paper (印刷して持ち帰る, 紙で, printed) and nothing that
 * makes it data (データ, USB, PDF): lexicon.yaml `paper`. English words count whole.
 */
export function onPaper(lexicon: Lexicon, question: string, language: Language): boolean {
  const says = medium(lexicon, question, language);
  return says(lexicon.paper[language]) && !says(lexicon.paper.data[language]);
}

/** The question says the information is data (PDFにして, データ, ファイル) and nothing of paper. */
export function asData(lexicon: Lexicon, question: string, language: Language): boolean {
  const says = medium(lexicon, question, language);
  return says(lexicon.paper.data[language]) && !says(lexicon.paper[language]);
}

/** Whether the question says one of the words of a medium (the neutral ones, 白紙, set aside). */
function medium(lexicon: Lexicon, question: string, language: Language): (words: string[]) => boolean {
  const neutral = language === 'ja' ? lexicon.paper.neutral_ja.map(normalize).filter((w) => w.length > 0) : [];
  const normalized = neutral.reduce((text, w) => text.split(w).join(' '), question);
  return (words: string[]) =>
    words.some((w) => {
      const n = normalize(w);
      if (n.length === 0) return false;
      return language === 'en' ? new RegExp(`\\b${escapeRegex(n)}\\b`).test(normalized) : normalized.includes(n);
    });
}
