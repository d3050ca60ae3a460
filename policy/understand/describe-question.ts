import type { Pack } from '../compile-pack.js';
import { CLASS_RANK, type Language } from '../contract.js';
import type { CatalogItem } from '../schema.js';
import type { Analyzed } from './analyze-question.js';
import type { Morpheme } from './analyzer.js';
import { conjunctPhrases, containedPhrases, englishContainedPhrases } from './contain.js';
import { contentClause } from './content-clause.js';
import { DESCRIBE, type DescribedMatch, describedItems } from './describe.js';
import { describingClauses } from './described-matters.js';
import type { Found } from './find-words.js';
import type { Lexicon } from './lexicon.js';
import { matterItem } from './matters.js';
import { normalize } from './normalize.js';

/** What a question says, as parseQuestion found it, for reading the documents it describes. */
export interface DescribeInput {
  pack: Pack;
  found: readonly Found[];
  q: Analyzed;
  lexicon: Lexicon;
  language: Language;
  /** The items named so far. */
  items: readonly CatalogItem[];
  /** Where the question says whose something is (自分のメールアドレス): no description. */
  owned: readonly { start: number; end: number }[];
  /** The question says the document is filled in (子どもが答えた用紙, 書いてある): not a blank form. */
  filled: boolean;
}

/**
 * The documents a question describes instead of naming them (describe.ts matches the words), in
 * the order to add them: by what the words say, with a word for a document (表, 一覧, メモ) or words
 * that say enough on their own; beside a document named, only one described in words that say
 * enough, and stricter (「職員会議の資料に、ある生徒の生徒指導の経過が1ページ」); and what the question
 * says is inside a document it names. `qualify` reads each item as the question qualifies it.
 */
export function describedDocuments(input: DescribeInput, qualify: (item: CatalogItem) => CatalogItem | null): CatalogItem[] {
  const { pack, found, q, lexicon, language } = input;
  const { normalized } = q;
  const items = [...input.items];
  const added: CatalogItem[] = [];
  const add = (item: CatalogItem | null) => {
    if (item && !items.includes(item)) {
      items.push(item);
      added.push(item);
    }
  };
  // What is done (メールで送る), whose it is (自分のメールアドレス) and what is named do not describe.
  let rest = normalized;
  const spans: { start: number; end: number }[] = [];
  /** What was blanked for being done or owned, not named. */
  const unnamed: { start: number; end: number }[] = [];
  const blank = (start: number, end: number, named = false) => {
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
    spans.push({ start, end });
    if (!named) unnamed.push({ start, end });
  };
  // An act said of the document (見学者に「配ってる」冊子, 毎朝「書く」カード) describes it: it stays.
  for (const m of found)
    if ((m.value.type === 'action' && !m.scope.attributive) || (m.value.type === 'item' && !m.scope.negated))
      blank(m.start, m.end, m.value.type === 'item');
  for (const o of input.owned) blank(o.start, o.end);
  // Japanese: the question's own morphemes (analyzed once, katakana kept), less what was blanked.
  const described = language === 'ja' ? outside(q.morphemes, spans) : rest;
  // What a verb of holding says the record holds (「…かが書いてある紙」, 「…をまとめたExcel」): its
  // content, without the frame, and the noun it modifies is a document whatever word it is.
  const clause = language === 'ja' ? contentClause(q.morphemes, lexicon) : null;
  const content = outside(clause?.content ?? [], spans);
  const held = content.length > 0 ? [...content, ...outside(clause?.document ?? [], spans)] : [];
  const documentAt = predicateEnd(q.morphemes, firstDocumentNoun(lexicon, normalized)) ?? clause?.documentAt ?? null;
  const documentNoun = documentAt !== null;
  // With a word for a document, what goes before it (the clause that modifies it) is the
  // description; what follows is what is done with it (教室の机に置く) and describes nothing.
  const before =
    language === 'ja' && documentAt !== null && typeof described !== 'string'
      ? described.filter((m) => m.start < documentAt)
      : null;
  const beforeTop = before ? describedItems(pack, before, language)[0] : undefined;
  const around = beforeTop ? before! : described;
  const aroundTop = () => beforeTop ?? describedItems(pack, around, language)[0];
  const words = held.length > 0 ? held : around;
  const read = filledForm(pack, held.length > 0 ? heldItem(pack, held, language) : aroundTop(), words, language, input.filled);
  // What the content alone reads as an open class (Ⅲ・Ⅳ), as the question qualifies it, does not
  // replace a stricter reading of the whole description: between two readings, the stricter.
  const whole = held.length > 0 ? filledForm(pack, aroundTop(), around, language, input.filled) : undefined;
  const readAs = read && (qualify(read.item) ?? read.item).class;
  const best =
    readAs && whole && CLASS_RANK[readAs] <= CLASS_RANK.III && CLASS_RANK[whole.item.class] > CLASS_RANK[readAs] ? whole : read;
  const inside =
    language === 'ja' && (namedInsideDescription(found, q.morphemes, documentAt) || namedAfterDescription(found, documentAt));
  if (best && items.length === 0 && (documentNoun || best.score >= DESCRIBE.alone)) add(qualify(best.item));
  else if (
    best &&
    (inside ? insideScore(pack, best, q.morphemes, unnamed, documentAt!) >= DESCRIBE.alone : best.score >= DESCRIBE.beside) &&
    items.every((i) => CLASS_RANK[best.item.class] > CLASS_RANK[i.class])
  )
    add(qualify(best.item));
  // Nothing named or described enough, but a field said in plain words that spells an item's name
  // (生まれた日 ~ 生年月日): that names it, as the word itself would.
  if (language === 'ja' && items.length === 0) {
    const spelled = spelledItem(pack, words, language);
    if (spelled) add(qualify(spelled.item));
  }
  // What the question says is inside the document it names (経過が入っている, 病名つき) is described
  // on its own, with less to go on: the construction already says it is information of its own.
  if (language === 'ja' && items.length > 0) {
    // Beside a document named (「作品と、その作品につけた評価点」), the other thing joined is one too.
    const named = found.filter((m) => m.value.type === 'item' && !m.scope.negated);
    // A phrase that opens with の goes on the name right before it (「保健だより|の原稿」).
    const names = (phrase: Morpheme[]) =>
      named.some(
        (m) =>
          phrase.some((w) => w.start < m.end && w.end > m.start) || (phrase[0]?.surface === 'の' && phrase[0].start === m.end),
      );
    const joined = conjunctPhrases(q.morphemes, lexicon).flatMap(([a, b]) => [
      ...(names(a) ? [b] : []),
      ...(names(b) ? [a] : []),
    ]);
    for (const phrase of [...containedPhrases(q.morphemes, lexicon), ...joined]) {
      const words = outside(phrase, spans);
      const described = describedItems(pack, words, language)[0];
      // Enough said, or the item's own name spelled out (家庭の状況 ~ 家庭状況).
      const spelled = spelledItem(pack, words, language);
      const inside = described && described.score >= DESCRIBE.contained ? described.item : (spelled?.item ?? null);
      // A sensitive matter the scans read in files (病名, 服薬, 離婚) is information of its own.
      const matter = matterItem(pack, phrase.map((m) => m.surface).join(''));
      for (const item of [inside, matter])
        if (item && items.every((i) => CLASS_RANK[item.class] > CLASS_RANK[i.class])) add(qualify(item));
    }
  }
  // A sensitive matter the scans read in files (いじめ, 治療中, 家庭の事情) in the clause that
  // describes a document or in brackets beside it: the document holds it (2-2(5)③).
  if (language === 'ja')
    for (const clause of describingClauses(q.morphemes, lexicon)) {
      const matter = matterItem(pack, clause.map((m) => m.surface).join(''));
      if (matter && items.every((i) => CLASS_RANK[matter.class] > CLASS_RANK[i.class])) add(qualify(matter));
    }
  // English: what a clause says the document named holds or whom it is about (with …, who …).
  if (language === 'en' && items.length > 0) {
    for (const phrase of englishContainedPhrases(rest)) {
      const inside = describedItems(pack, phrase, language)[0];
      if (inside && inside.score >= DESCRIBE.contained && items.every((i) => CLASS_RANK[inside.item.class] > CLASS_RANK[i.class]))
        add(qualify(inside.item));
    }
  }
  return added;
}

/** The morphemes outside every span (what was blanked for being named, done or owned). */
function outside(morphemes: readonly Morpheme[], spans: readonly { start: number; end: number }[]): Morpheme[] {
  return morphemes.filter((m) => !spans.some((s) => m.start < s.end && m.end > s.start));
}

/** Every item the words read as, however little they say (for a name spelled out or a counterpart). */
function everyReading(pack: Pack, words: string | readonly Morpheme[], language: Language): DescribedMatch[] {
  return describedItems(pack, words, language, { min: Number.MIN_VALUE, near: DESCRIBE.near });
}

/** The item whose own name the words spell out in plain words (生まれた日 ~ 生年月日), if any. */
function spelledItem(pack: Pack, words: string | readonly Morpheme[], language: Language): DescribedMatch | undefined {
  return everyReading(pack, words, language).find((m) => m.names.length > 0);
}

/**
 * The item what a verb of holding says the record holds (content-clause.ts) reads best: it may name
 * a stricter item (Ⅰ・Ⅱ) by one telling word (体温, 転校), as the construction already says it is a
 * document's content; an open class (Ⅲ・Ⅳ) still needs what any description needs.
 */
function heldItem(pack: Pack, words: readonly Morpheme[], language: Language): DescribedMatch | undefined {
  const top = describedItems(pack, words, language, { ...DESCRIBE, min: DESCRIBE.held })[0];
  return top && (top.score >= DESCRIBE.min || CLASS_RANK[top.item.class] >= CLASS_RANK.II) ? top : undefined;
}

/**
 * Every document named before the word for a document stands inside the clause that describes it
 * (「成績が全部載ってる表」: 成績 is what the 表 holds, a verb between them): the question names what
 * it holds, and the document itself is described; a description that says enough on its own
 * (`alone`) counts, where one beside a document named apart needs `beside`. What is named after
 * it is what is done with the document (「…リスト、説明会のスライドに入れて」), not a second one.
 */
function namedInsideDescription(found: readonly Found[], morphemes: readonly Morpheme[], documentAt: number | null): boolean {
  if (documentAt === null) return false;
  const named = found.filter((m) => m.value.type === 'item' && !m.scope.negated && m.end <= documentAt);
  return (
    named.length > 0 &&
    named.every((m) => morphemes.some((v) => v.pos === '動詞' && v.pos1 === '自立' && v.start >= m.end && v.end <= documentAt))
  );
}

/**
 * The document named stands right after the clause that describes it (「…内容をメモしたノート」):
 * the name only says it is a document (a notebook), the clause what it holds, so a description
 * that says enough on its own (`alone`) counts, as for a document named inside the clause.
 */
function namedAfterDescription(found: readonly Found[], documentAt: number | null): boolean {
  if (documentAt === null) return false;
  const named = found.filter((m) => m.value.type === 'item' && !m.scope.negated);
  return named.length === 1 && named[0]!.start === documentAt;
}

/**
 * What the description says of the item it reads best, the documents named inside its clause
 * included (成績 of 「成績を…一覧にしたもの」 is what it holds): the item is chosen without them, so
 * a name does not pull the reading its way, but they count for how much is said when, with them,
 * it is still the reading the words say best.
 */
function insideScore(
  pack: Pack,
  best: DescribedMatch,
  morphemes: readonly Morpheme[],
  unnamed: readonly { start: number; end: number }[],
  documentAt: number,
): number {
  const all = everyReading(
    pack,
    outside(morphemes, unnamed).filter((m) => m.start < documentAt),
    'ja',
  );
  const again = all.find((m) => m.item === best.item);
  // Beside a document named, only the reading the words say best (not a stricter one near it).
  const top = Math.max(...all.map((m) => m.score));
  return again && again.score >= top ? again.score : best.score;
}

/**
 * A word for a document said as what something is made into (一覧にした, 表にまとめた) is no
 * document yet: the document is what the clause goes on to modify (「…を一覧にしたもの」), so the
 * description runs to the end of that verb.
 */
function predicateEnd(morphemes: readonly Morpheme[], at: number | null): number | null {
  if (at === null) return null;
  const i = morphemes.findIndex((m) => m.end === at);
  const particle = morphemes[i + 1];
  // The word as a verb of its own (メモした, メモしておいた): what is done, not the document.
  const suru = particle?.pos === '動詞' && particle.base === 'する' && particle.start === at;
  const verb = suru ? particle : morphemes[i + 2];
  if (i < 0 || (!suru && (particle?.surface !== 'に' || particle.pos !== '助詞')) || verb?.pos !== '動詞') return at;
  let j = suru ? i + 1 : i + 2;
  for (let step = endingAt(morphemes, j); step > 0; step = endingAt(morphemes, j)) j += step;
  return morphemes[j]!.end;
}

/** How many morphemes after `j` go on the verb: an auxiliary (し|た), or て and a helping verb (し|て|おい). */
function endingAt(morphemes: readonly Morpheme[], j: number): number {
  const next = morphemes[j + 1];
  if (!next || next.start !== morphemes[j]!.end) return 0;
  if (next.pos === '助動詞') return 1;
  const helper = morphemes[j + 2];
  return next.pos === '助詞' && /^[てで]$/.test(next.surface) && helper?.pos === '動詞' && helper.pos1 === '非自立' ? 2 : 0;
}

/** Where the first word for a document (表, 一覧, 紙, やつ) ends in the question, or null. */
function firstDocumentNoun(lexicon: Lexicon, normalized: string): number | null {
  let end: number | null = null;
  for (const w of [...lexicon.document_nouns.ja, ...lexicon.document_nouns.en]) {
    const word = normalize(w);
    const at = normalized.indexOf(word);
    if (at >= 0 && (end === null || at + word.length < end)) end = at + word.length;
  }
  return end;
}

/**
 * A blank form described (記入前のアンケート: Ⅳ) in a question that says it is filled in
 * (「子どもが…に答えた用紙」) is the document it is the blank of, the one the words describe best
 * (catalog `blank:`), or else what a vague word's filled-in form is (vague `filled`).
 */
function filledForm(
  pack: Pack,
  best: DescribedMatch | undefined,
  words: string | readonly Morpheme[],
  language: Language,
  filled: boolean,
): DescribedMatch | undefined {
  if (!best || !filled) return best;
  const blankOf = [...pack.items.values()].filter((i) => i.blank === best.item.id);
  if (blankOf.length === 0) return best;
  const counterpart = everyReading(pack, words, language).find((m) => blankOf.includes(m.item));
  if (counterpart) return { ...counterpart, score: Math.max(counterpart.score, best.score) };
  const fallback = pack.vague.find((v) => v.blank === best.item.id && v.filled);
  const item = fallback?.filled ? pack.items.get(fallback.filled) : undefined;
  return item ? { ...best, item } : best;
}
