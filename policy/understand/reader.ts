import type { Language } from '../contract.js';
import type { Words } from '../schema.js';
import type { Analyzed } from './analyze-question.js';
import { consentHad } from './consent-said.js';
import { kanaOccurrences } from './kana-occurrences.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { saidBefore } from './said-before.js';
import { englishNegated, scopeOf } from './scope.js';

/** Reads word lists (qualifiers, `unless`, `with`) against the question, with what each clause says. */
export class Reader {
  private readonly lists = new WeakMap<Words, string[]>();
  constructor(
    private readonly q: Analyzed,
    private readonly lexicon: Lexicon,
    private readonly language: Language,
    /** The message supposes what it says (「全員から承諾をもらえたら？」): a supposed word holds. */
    private readonly supposing = false,
  ) {}

  /** Where the words are found in the question. */
  occurrences(words: Words | undefined): { start: number; end: number }[] {
    if (!words) return [];
    let list = this.lists.get(words);
    if (!list) {
      list = [...words.ja, ...words.en].map(normalize).filter((w) => w.length > 0);
      this.lists.set(words, list);
    }
    const out: { start: number; end: number }[] = [];
    for (const w of list) {
      for (let at = this.q.normalized.indexOf(w); at >= 0; at = this.q.normalized.indexOf(w, at + 1)) {
        out.push({ start: at, end: at + w.length });
      }
    }
    if (this.language === 'ja') out.push(...kanaOccurrences(words.ja, this.q.normalized, this.q.morphemes));
    return out;
  }

  private negated(span: { start: number; end: number }): boolean {
    return this.language === 'ja'
      ? scopeOf(this.q.morphemes, span.start, span.end, this.lexicon).negated
      : englishNegated(this.q.normalized, span.start, this.lexicon);
  }

  /** One of the words is in the question and its clause does not deny it. */
  says(words: Words | undefined): boolean {
    return this.occurrences(words).some((span) => !this.negated(span));
  }

  /** As `says`, for a word that starts a word of its own (別の, not 個別の). */
  saysWord(words: Words | undefined): boolean {
    const starts = new Set(this.q.morphemes.map((m) => m.start));
    return this.occurrences(words).some((span) => (starts.size === 0 || starts.has(span.start)) && !this.negated(span));
  }

  /** The documents named in the question, where they stand (for what qualifies which). */
  documents: { start: number; end: number; id: string }[] = [];

  /**
   * As `says`, for a word that qualifies a document (様式, ひな形, 記入前): not one that belongs to
   * another document named right before it (「配布文書のひな形と、…欠席理由つきの連絡票」: the
   * template is the handout's, the absence reasons are filled in).
   */
  saysOf(words: Words | undefined, id: string): boolean {
    return this.occurrences(words).some((span) => !this.negated(span) && !this.belongsElsewhere(span, id));
  }

  /** The words stand right before the document `id`, modifying it (「回答済みのきずなアンケート」). */
  modifies(words: Words | undefined, id: string): boolean {
    const text = this.q.normalized;
    return this.occurrences(words).some((span) =>
      this.documents.some((d) => d.id === id && d.start >= span.end && /^[みの]*$/.test(text.slice(span.end, d.start))),
    );
  }

  private belongsElsewhere(span: { start: number; end: number }, id: string): boolean {
    const text = this.q.normalized;
    const owner = this.documents.find(
      (d) =>
        d.end <= span.start && /^(の|\s*)$/.test(text.slice(d.end, span.start)) && !(d.start < span.end && d.end > span.start),
    );
    if (owner) return owner.id !== id;
    // The word names a document of its own (「各種届の雛形と就学時健康診断票」: the template is one of the
    // two documents listed), not set right before `id` to qualify it (「雛形の通知表」).
    const itself = this.documents.some((d) => d.id !== id && d.start < span.end && d.end > span.start);
    const before = this.documents.some((d) => d.id === id && d.start >= span.end && /^の?$/.test(text.slice(span.end, d.start)));
    return itself && !before;
  }

  /**
   * One of the words is said to hold: not denied, not supposed (承諾をもらえば) and not to come
   * (もらってから, もらう予定). A description counts (承諾をもらっている写真, 同意もろてる子だけ).
   */
  holds(words: Words | undefined): boolean {
    return this.occurrences(words).some(
      (span) => !this.toCome(span) && !this.askedWhether(span) && !this.negatedOrSupposed(span),
    );
  }

  /** What is said after it asks whether it is so (承諾したかどうか, 同意したか確認, 承諾したかも). */
  private askedWhether(span: { start: number; end: number }): boolean {
    if (this.language !== 'ja') return false;
    const next = this.q.morphemes.filter((m) => m.start >= span.end).slice(0, 8);
    // Up to the verb the words are the object of, and its endings: か right after them asks whether.
    let verbal = false;
    for (const m of next) {
      if (m.pos === '記号') return false;
      if (m.pos === '助詞' && m.surface === 'か') return verbal;
      const isVerbal = m.pos === '動詞' || m.pos === '助動詞' || (m.pos === '助詞' && m.pos1 === '接続助詞');
      if (!isVerbal && verbal) return false;
      verbal = isVerbal;
    }
    return false;
  }

  /** Denied or supposed; with `orDescribing`, also a description of what comes after (もらった子). */
  private negatedOrSupposed(span: { start: number; end: number }, orDescribing = false): boolean {
    if (this.language !== 'ja') return this.negated(span);
    const scope = scopeOf(this.q.morphemes, span.start, span.end, this.lexicon);
    // Said to be needed (同意を取らないといけない？) is no more said to hold than supposed.
    return (
      scope.negated ||
      (scope.hypothetical && !this.supposing) ||
      Boolean(scope.obliged) ||
      (orDescribing && Boolean(scope.attributive))
    );
  }

  /** What is said after it makes it something to come (もらってから, もらう予定). */
  private toCome(span: { start: number; end: number }): boolean {
    const after = this.q.normalized.slice(span.end);
    return /^[っ]?て(から|以降)/.test(after) || /^[^。.!！?？、]{0,6}(予定|つもり)/.test(after);
  }

  /** One of the words ends a clause that ends in 前 (「書く前の用紙」「回答が入る前の」): not yet. */
  saysBefore(words: Words | undefined): boolean {
    return this.language === 'ja' && Boolean(words) && saidBefore(this.q.morphemes, words!.ja);
  }

  /** One of the words is in the question, denied (「まだ記入していない」). */
  denies(words: Words | undefined): boolean {
    return this.occurrences(words).some((span) => this.negated(span));
  }

  /** One group of words comes together in one sentence, its last word not denied (承諾は全員からもらってる). */
  saysTogether(groups: { ja: string[][]; en: string[][] } | undefined): boolean {
    const ways = groups?.[this.language] ?? [];
    if (ways.length === 0) return false;
    const text = this.q.normalized;
    const sentences: { start: number; end: number }[] = [];
    for (let start = 0, k = 0; k <= text.length; k++) {
      if (k === text.length || /[。.!！?？\n]/.test(text[k]!)) {
        sentences.push({ start, end: k });
        start = k + 1;
      }
    }
    return ways.some((group) =>
      sentences.some(({ start, end }) => {
        const sentence = text.slice(start, end);
        const last = normalize(group.at(-1)!);
        const at = sentence.lastIndexOf(last);
        if (at < 0 || !group.every((w) => sentence.includes(normalize(w)))) return false;
        // Said to hold, as `holds` reads it; words apart are weaker, so not in a description either
        // (承諾をもらった子 … の写真 says nothing of the others in it).
        const span = { start: start + at, end: start + at + last.length };
        return !this.toCome(span) && !this.askedWhether(span) && !this.negatedOrSupposed(span, true);
      }),
    );
  }

  /**
   * One of the nouns is used as its verb (承諾した, 同意している: a サ変 noun and する), said to hold
   * as `holds` reads it, a description too (保護者が公開を承諾した子どもの写真); not asked whether
   * (承諾したかどうか, 承諾したか確認).
   */
  saysAsVerb(nouns: readonly string[]): boolean {
    if (this.language !== 'ja' || nouns.length === 0) return false;
    const ms = this.q.morphemes;
    return ms.some((m, i) => {
      const verb = ms[i + 1];
      if (!nouns.includes(m.base) || m.pos1 !== 'サ変接続' || verb?.base !== 'する') return false;
      const span = { start: m.start, end: verb.end };
      return !this.toCome(span) && !this.askedWhether(span) && !this.negatedOrSupposed(span);
    });
  }

  /** The parents' consent is said had (consent-said.ts), with `words` its nouns (承諾, 同意, OK). */
  consentHad(words: Words | undefined): boolean {
    return Boolean(words) && consentHad(this.q, words!.ja, this.language === 'en' ? 'en' : 'ja');
  }

  /** One of the words is in the question at all (for `unless` lists, which carry their own negation). */
  has(words: Words | undefined): boolean {
    return this.occurrences(words).length > 0;
  }
}
