/**
 * A rule that is about no document (パスワード, 離席, 怪しい添付ファイル), found by what the question
 * shares with it when none of its words did: each situation that rules every class alike has a
 * profile of the words of its name, its phrase, the words it is named by and the text of the
 * clauses it cites, each word weighted by how rare it is among the profiles (describe-profiles.ts
 * inverseFrequency). The question meets a profile by its words' dictionary forms, and in Japanese
 * by their readings too (ぱすわーど, ｵｼｴﾃ), or in English by stems. Only a match worth at least
 * `RETRIEVE.min` answers; near the best, the stricter rule is taken.
 */
import type { Pack, Ruling, Situation } from '../compile-pack.js';
import { CLASS_IDS, type Language, STRICTNESS } from '../contract.js';
import type { Analyzed } from './analyze-question.js';
import { analyze, type Morpheme } from './analyzer.js';
import { inverseFrequency } from './describe-profiles.js';
import { termOf, termsEn, termsJa, termsOf } from './describe-terms.js';
import { foldKana } from './kana-words.js';
import { normalize, normalizeKeepKatakana } from './normalize.js';

/**
 * How much a question must share with a rule's profile (`min`: about two telling words) and with
 * the words it is about (`topic`: パスワード alone is enough), what makes a match strong enough to
 * answer a question about the rule with the rule to follow (`rule`, `permit`), how close to the
 * best a stricter rule must come (`near`), and how long a reading must be to match (`reading`,
 * folded kana). Chosen on the development sets.
 */
export const RETRIEVE = { min: 4, topic: 1.5, rule: 3, permit: 8, near: 0.8, reading: 3 };

interface SituationProfile {
  situation: Situation;
  terms: Set<string>;
  /**
   * What it is about: the nouns of its name, its phrase, its words and the objects it is about
   * (パスワード, 離席, 添付ファイル); in English the words it is named by. A question must share one:
   * the clauses' text and the verbs only support a match.
   */
  topics: Set<string>;
  /** Each Japanese term by its reading (folded, a verb by its stem), for questions typed in kana. */
  readings: Map<string, string>;
}

interface RetrieveIndex {
  profiles: Record<Language, SituationProfile[]>;
  idf: Record<Language, Map<string, number>>;
}

const cache = new WeakMap<Pack, RetrieveIndex>();

/** A situation whose ruling is the same for every class: about no document. */
function uniform(situation: Situation): Ruling | undefined {
  const rulings = CLASS_IDS.map((c) => situation.rulings.get(c));
  const first = rulings[0];
  return first && rulings.every((r) => r?.decision === first.decision) ? first : undefined;
}

function citationsOf(situation: Situation): string[] {
  return [...new Set(situation.cells.flatMap((c) => c.citations))];
}

/** A term's reading, folded as a slip leaves it; a verb's or an adjective's without its ending (おしえる → おしえ). */
function readingOf(term: string): string {
  const morphemes = analyze(normalizeKeepKatakana(term));
  if (morphemes.length === 0 || morphemes.some((m) => !m.reading && !/^[\u3040-\u30ff]+$/.test(m.surface))) return '';
  const last = morphemes[morphemes.length - 1] as Morpheme;
  let reading = normalize(morphemes.map((m) => m.reading || m.surface).join(''));
  if (last.pos === '動詞' || last.pos === '形容詞') reading = reading.slice(0, -1);
  return foldKana(reading).text;
}

/** The content nouns of Japanese text (パスワード, 離席), without its verbs. */
function nounsJa(text: string): string[] {
  return analyze(normalizeKeepKatakana(text)).flatMap((m) => {
    const t = m.pos === '名詞' || m.pos === 'UNK' ? termOf(m) : null;
    // A noun made of a verb (使い of 使い回し) ends in kana: what is done, not what it is about.
    return t && !/[\u3041-\u309f]$/.test(m.surface) ? [t] : [];
  });
}

function build(pack: Pack): RetrieveIndex {
  const profiles: RetrieveIndex['profiles'] = { ja: [], en: [] };
  // The right way of a rule (a mail to many in BCC) is found by its own words or as the rule's
  // remedy (remedy-asked.ts), never guessed in place of the rule itself.
  const remedies = new Set([...pack.situations.values()].flatMap((s) => (s.remedy ? [s.remedy] : [])));
  for (const situation of pack.situations.values()) {
    if (!uniform(situation) || remedies.has(situation.id)) continue;
    const clauses = citationsOf(situation).flatMap((id) => {
      const c = pack.clauses.get(id);
      return c ? [{ ja: `${c.title.ja} ${c.text}`, en: c.title.en }] : [];
    });
    const about = (situation.about ?? []).flatMap((a) => [a.objects, a.acts, ...(a.with ? [a.with] : [])]);
    const said = [situation.words, ...(situation.with ? [situation.with] : []), ...about];
    const ja = [situation.name.ja, situation.phrase.ja, ...said.flatMap((w) => w.ja), ...clauses.map((c) => c.ja)];
    const en = [situation.name.en, situation.phrase.en, ...said.flatMap((w) => w.en), ...clauses.map((c) => c.en)];
    const terms = new Set(ja.flatMap(termsJa));
    const named = [situation.name.ja, situation.phrase.ja, ...situation.words.ja];
    const objects = (situation.about ?? []).flatMap((a) => a.objects.ja);
    const topics = new Set([...named, ...objects].flatMap(nounsJa));
    const readings = new Map<string, string>();
    for (const t of terms) {
      const r = readingOf(t);
      if (r.length >= RETRIEVE.reading && !readings.has(r)) readings.set(r, t);
    }
    profiles.ja.push({ situation, terms, topics, readings });
    const topicsEn = [...situation.words.en, ...(situation.with?.en ?? [])].flatMap(termsEn);
    profiles.en.push({ situation, terms: new Set(en.flatMap(termsEn)), topics: new Set(topicsEn), readings: new Map() });
  }
  const idf = {
    ja: inverseFrequency(profiles.ja.map((p) => p.terms)),
    en: inverseFrequency(profiles.en.map((p) => p.terms)),
  };
  return { profiles, idf };
}

function indexFor(pack: Pack): RetrieveIndex {
  let index = cache.get(pack);
  if (!index) {
    index = build(pack);
    cache.set(pack, index);
  }
  return index;
}

/**
 * What a shared word is worth: its rarity, halved for a lone kanji (校, 務, 席), which the analyzer
 * cuts out of a compound (校務用, 離席) and which tells less than a word.
 */
function weightOf(term: string, idf: Map<string, number>): number {
  return (idf.get(term) ?? 0) * (term.length === 1 ? 0.5 : 1);
}

/** Where in the question a word was found. */
export interface Span {
  start: number;
  end: number;
}

export interface Retrieved {
  situation: Situation;
  score: number;
  /** What the words it is about (its topics) are worth of the score. */
  topic: number;
  /** The profile's words the question shares (a reading as 〜reading). */
  shared: string[];
}

/** The rules about no document the question shares words with, best first (stricter first near the best). */
export function retrieveSituations(pack: Pack, q: Analyzed, language: Language, acts: readonly Span[] = []): Retrieved[] {
  const index = indexFor(pack);
  const idf = index.idf[language];
  // The words that named an act on information (メールで送る) are that act's, not a rule's.
  const outside = (start: number, end: number) => !acts.some((a) => a.start < end && start < a.end);
  const kept = q.morphemes.filter((m) => outside(m.start, m.end));
  const english = acts.reduce(
    (text, a) => text.slice(0, a.start) + ' '.repeat(a.end - a.start) + text.slice(a.end),
    q.normalized,
  );
  const terms = new Set(language === 'ja' ? termsOf(kept) : termsEn(english));
  const reading = language === 'ja' ? foldKana(normalize(kept.map((m) => m.reading || m.surface).join(''))).text : '';
  const matches = index.profiles[language]
    .map((p) => {
      const shared = new Set([...terms].filter((t) => p.terms.has(t)));
      for (const [r, t] of p.readings) if (!shared.has(t) && reading.includes(r)) shared.add(t);
      const score = [...shared].reduce((sum, t) => sum + weightOf(t, idf), 0);
      const topic = [...shared].filter((t) => p.topics.has(t)).reduce((sum, t) => sum + weightOf(t, idf), 0);
      return { situation: p.situation, score, topic, shared: [...shared] };
    })
    // English stems are short and its verbs general (take, home): three words shared, not two.
    .filter((m) => m.score >= RETRIEVE.min && m.topic >= RETRIEVE.topic && (language === 'ja' || m.shared.length >= 3))
    .sort((a, b) => b.score - a.score);
  const best = matches[0]?.score ?? 0;
  const strictness = (s: Situation) => STRICTNESS[uniform(s)?.decision ?? 'prohibited'];
  return matches.sort((a, b) => {
    const aNear = a.score >= best * RETRIEVE.near;
    const bNear = b.score >= best * RETRIEVE.near;
    if (aNear !== bNear) return aNear ? -1 : 1;
    return (aNear ? strictness(b.situation) - strictness(a.situation) : 0) || b.score - a.score;
  });
}

/** Who, when, where, which, how much: a question about something else than a rule (修理費は誰が払うの？). */
const OTHER_JA = new Set(['誰', 'いつ', 'どこ', 'どっち', 'どちら', 'どれ', 'いくら', 'おすすめ']);
const OTHER_EN = /\b(who|when|where|which|how much|recommend)\b/;

function asksOtherThanLeave(q: Analyzed, language: Language): boolean {
  if (language !== 'ja') return OTHER_EN.test(q.normalized);
  return q.morphemes.some((m) => OTHER_JA.has(m.surface) || OTHER_JA.has(m.base));
}

/** Words of need and duty: the question asks what must be done (必要？, 鍵かけないといけない？). */
const NEED_JA = /必要|ひつよう|(ない|なきゃ|なくちゃ|なければ|なくては)(と)?(いけない|いかん|だめ|ならない)/;
const RULE_ASKED_EN = /\b(how|what should|what do i|do i need|do i have to|must i|is it necessary|required)\b/;
/** A count the rule sets (何文字, 何桁). */
const COUNTED = new Set(['文字', '桁']);

/**
 * Whether the question asks what the rule is rather than leave to do something: a way word before
 * a verb (どうする, どう対応すれば, どうしておけば; not the どう of どうりょう), a count (何文字), need or duty.
 */
export function asksWhatRule(q: Analyzed, language: Language): boolean {
  if (language !== 'ja') return RULE_ASKED_EN.test(q.normalized);
  if (NEED_JA.test(q.normalized)) return true;
  return q.morphemes.some((m, i) => {
    const next = q.morphemes[i + 1];
    if (m.surface === '何') return next !== undefined && COUNTED.has(next.surface);
    if (m.pos !== '副詞' || !m.surface.startsWith('どう')) return false;
    return m.surface.length > 2 || next?.pos === '動詞' || next?.pos1 === 'サ変接続';
  });
}

/**
 * Whether a match is strong enough to answer with the rule to follow (条件付き) rather than the
 * rule's own decision: a prohibition by the words it is about (`RETRIEVE.rule`), a permission
 * by the whole profile (`RETRIEVE.permit`): a weak match keeps the stricter answer.
 */
function answersAsRule(best: Retrieved, ruling: Ruling): boolean {
  return ruling.decision === 'prohibited' ? best.topic >= RETRIEVE.rule : best.score >= RETRIEVE.permit;
}

/**
 * The rule a question about no document is about, when nothing named one: the best retrieved,
 * if its rule is strict (a 可 or 条件付き可 is never guessed); asked what the rule is
 * (離席するとき画面ロックは必要？), its answer is the rule to follow: 条件付き, with its clause.
 */
export function retrievedSituation(
  pack: Pack,
  q: Analyzed,
  language: Language,
  acts: readonly Span[] = [],
): Situation | undefined {
  if (asksOtherThanLeave(q, language)) return undefined;
  const best = retrieveSituations(pack, q, language, acts)[0];
  if (!best) return undefined;
  const ruling = uniform(best.situation);
  if (!ruling) return undefined;
  if (asksWhatRule(q, language) && answersAsRule(best, ruling)) {
    const rule: Ruling = { ...ruling, decision: 'conditional', except: undefined };
    return { ...best.situation, rulings: new Map(CLASS_IDS.map((c) => [c, rule])) };
  }
  // A prohibition is answered by what it is about; a permission (訪問 of 家庭訪問 is no visitor) by the whole profile.
  if (ruling.decision === 'prohibited') return best.situation;
  return STRICTNESS[ruling.decision] >= STRICTNESS.permit_required && best.score >= RETRIEVE.permit ? best.situation : undefined;
}
