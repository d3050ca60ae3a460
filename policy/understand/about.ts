import type { Pack, Situation } from '../compile-pack.js';
import type { Language } from '../contract.js';
import { escapeRegex } from '../escape-regex.js';
import type { Analyzed } from './analyze-question.js';
import { analyze, type Morpheme } from './analyzer.js';
import { stemmed, stemPhrase } from './english.js';
import type { Lexicon } from './lexicon.js';
import { normalize, normalizeKeepKatakana } from './normalize.js';
import { englishNegated, saidUnrelated, scopeOf } from './scope.js';
import { keyOf } from './word-index.js';

type About = Situation['about'][number];

/**
 * A phrase as it is matched: by the morphemes it is made of, particles aside (a verb by its
 * dictionary form: 貼っておく → 貼る, おく; 校務用のパソコン as 校務用パソコン), so that it never
 * matches inside a longer word (別の in 個別の); a phrase only of Latin letters (PW, LAN) as written.
 */
type Phrase = { keys: string[] } | { text: string };

const SENTENCE_END = /^[。.!！?？\n]+$/;

const compiled = new WeakMap<string[], Phrase[]>();

function phrasesOf(list: string[]): Phrase[] {
  let phrases = compiled.get(list);
  if (!phrases) {
    phrases = list.map((phrase) => {
      if (/^[\x00-\x7f]+$/.test(phrase)) return { text: normalize(phrase) };
      return {
        keys: analyze(normalizeKeepKatakana(phrase))
          .filter((m) => m.pos !== '助詞')
          .map(keyOf),
      };
    });
    compiled.set(list, phrases);
  }
  return phrases;
}

/** The morphemes of each sentence. */
function sentences(morphemes: readonly Morpheme[]): Morpheme[][] {
  const out: Morpheme[][] = [[]];
  for (const m of morphemes) {
    if (SENTENCE_END.test(m.surface)) out.push([]);
    else out.at(-1)!.push(m);
  }
  return out.filter((s) => s.length > 0);
}

/**
 * A word of one morpheme said at the start or the end of a compound the analyzer does not know and
 * left whole (ゲーム in ゲームアプリ, アプリ in 学習アプリ is cut, ゲームアプリ is not).
 */
function inCompound(key: string, m: Morpheme, mKey: string): boolean {
  if (m.pos !== 'UNK' || !key.startsWith('s:') || !mKey.startsWith('s:')) return false;
  const word = key.slice(2);
  const compound = mKey.slice(2);
  return word.length >= 2 && compound.length > word.length && (compound.startsWith(word) || compound.endsWith(word));
}

/** Where each phrase is said in the sentence, in the normalized text. */
function spans(phrases: Phrase[], sentence: Morpheme[], text: string): { start: number; end: number }[] {
  const words = sentence.filter((m) => m.pos !== '助詞');
  const keys = words.map(keyOf);
  const from = sentence[0]!.start;
  const to = sentence.at(-1)!.end;
  const spans: { start: number; end: number }[] = [];
  for (const phrase of phrases) {
    if ('text' in phrase) {
      const t = phrase.text;
      for (let at = text.indexOf(t, from); at >= 0 && at + t.length <= to; at = text.indexOf(t, at + 1))
        spans.push({ start: at, end: at + t.length });
      continue;
    }
    const n = phrase.keys.length;
    for (let i = 0; n > 0 && i + n <= keys.length; i++) {
      if (phrase.keys.every((k, j) => keys[i + j] === k)) spans.push({ start: words[i]!.start, end: words[i + n - 1]!.end });
      else if (n === 1 && inCompound(phrase.keys[0]!, words[i]!, keys[i]!))
        spans.push({ start: words[i]!.start, end: words[i]!.end });
    }
  }
  return spans;
}

/**
 * The act said in a sentence, the object (and the `with` words) in it or in a sentence before it:
 * Japanese leaves out what is already said (「知らない差出人からメールが来ました。開いていい？」).
 */
function saidJa(about: About, q: Analyzed, lexicon: Lexicon): boolean {
  const has = (list: string[] | undefined, sentence: Morpheme[]) =>
    Boolean(list?.length) && spans(phrasesOf(list!), sentence, q.normalized).length > 0;
  const all = sentences(q.morphemes);
  return all.some((sentence, k) => {
    const upTo = all.slice(0, k + 1);
    if (!upTo.some((s) => has(about.objects.ja, s))) return false;
    if (about.with && !upTo.some((s) => has(about.with!.ja, s))) return false;
    // A word of work said to be none of it (授業と関係ないゲーム) does not make the act work.
    const unless = about.unless?.ja.length ? spans(phrasesOf(about.unless.ja), sentence, q.normalized) : [];
    if (unless.some((span) => !saidUnrelated(q.morphemes, span.end, lexicon))) return false;
    return spans(phrasesOf(about.acts.ja), sentence, q.normalized).some((span) => {
      const scope = scopeOf(q.morphemes, span.start, span.end, lexicon);
      // Asked whether it must be done (鍵をかけないとダメ？) is asked about not doing it.
      return about.denied ? scope.negated || Boolean(scope.obliged) : !scope.negated;
    });
  });
}

/**
 * An English act of a verb and its particle (take home, take out, bring home) also said with the
 * object between them (take my school tablet home): up to five words apart, at word boundaries.
 */
function phrasalPattern(act: string): RegExp {
  const [verb, ...rest] = act.split(' ').map(escapeRegex);
  const gap = rest.length > 0 ? ' (?:[^ ]+ ){0,5}' : '';
  return new RegExp(`(?<![a-z0-9'-])${verb}${gap}${rest.join(' ')}(?![a-z0-9'-])`);
}

function saidEn(about: About, normalized: string, lexicon: Lexicon): boolean {
  let offset = 0;
  return normalized.split(/([.!?\n]+)/).some((part, i) => {
    const start = offset;
    offset += part.length;
    const has = (list: string[] | undefined) => Boolean(list?.some((w) => part.includes(normalize(w))));
    if (i % 2 === 1 || !has(about.objects.en) || (about.with && !has(about.with.en)) || has(about.unless?.en)) return false;
    const s = stemmed(part);
    return about.acts.en.some((act) => {
      const at = s.text.search(phrasalPattern(stemPhrase(act)));
      return at >= 0 && englishNegated(normalized, start + s.at[at]!.start, lexicon) === about.denied;
    });
  });
}

/**
 * The situations a question names by what it is about and what is done to it (パスワード + 付箋に
 * 貼る, 校務用のノートパソコン + 持って帰る), each in one sentence: rules without a document, found
 * without a phrase for every way of saying them.
 */
export function situationsAbout(
  pack: Pack,
  q: Analyzed,
  lexicon: Lexicon,
  language: Language,
  namesDocument = false,
): Situation[] {
  return [...pack.situations.values()].filter((situation) =>
    situation.about.some(
      (about) =>
        !(about.unless_document && namesDocument) &&
        (language === 'ja' ? saidJa(about, q, lexicon) : saidEn(about, q.normalized, lexicon)),
    ),
  );
}
