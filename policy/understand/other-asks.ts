/**
 * Whether a question asks about something other than what may be done with information: when,
 * how much or how many (「職員会議って何時から？」「給食費の値上げはいつから？」), or how to write
 * it (「通知表の所見の書き方のコツ」). Read from the analyzer's morphemes by dictionary form.
 */

import type { Language } from '../contract.js';
import { dictionaryForm, type Morpheme } from './analyzer.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { asksLeave } from './reports.js';

/**
 * True when the question asks when or how much (いつ, いくら, 何 before a counter or a noun) or
 * names a topic of its own (書き方, 手続き), and says nothing of handling (扱う, 保管, 分類).
 *
 * @example asksOther(analyze('来週の職員会議って何曜日だっけ？'), lexicon) // true
 */
export function asksOther(morphemes: readonly Morpheme[], lexicon: Lexicon, normalized = '', language: Language = 'ja'): boolean {
  const words = lexicon.other_asks;
  const forms = morphemes.map(dictionaryForm);
  // 「どんな書き出しにすると伝わりやすい？」, "What time does it start?": a way, a kind, advice or a fact,
  // unless leave is asked too (「どうしたらいい？」, "how can I send it?").
  const open = () => !asksLeave(normalized, morphemes, lexicon, language);
  if (language === 'en') {
    const text = ` ${normalize(normalized)
      .toLowerCase()
      .replace(/[^a-z']+/g, ' ')} `;
    return words.en.some((w) => text.includes(` ${w} `)) && open();
  }
  if (saysHandling(morphemes, lexicon)) return false;
  if ((words.ja_open.some((w) => said(forms, w)) || wayOf(morphemes)) && open()) return true;
  return forms.some((form, k) => {
    if (words.ja_interrogatives.includes(form) || words.ja_topics.includes(form)) return true;
    // 何|時, 何|曜日: the number or the day asked; not 何|を, 何|の.
    return words.ja_counted.includes(form) && morphemes[k + 1]?.pos === '名詞';
  });
}

/**
 * True when the question says something of handling (扱う, 保管, 分類, 規則): about information even
 * when what it names is not in the catalog (「議事メモをどう取り扱えばいい？」).
 */
export function saysHandling(morphemes: readonly Morpheme[], lexicon: Lexicon): boolean {
  const handling = lexicon.other_asks.ja_handling;
  return morphemes.some((m) => handling.includes(dictionaryForm(m)));
}

/** The word said as one or more morphemes in a row, by dictionary form (気|を|つける). */
function said(forms: readonly string[], word: string): boolean {
  return forms.some((_, k) => {
    let joined = '';
    for (let j = k; j < forms.length && joined.length < word.length; j++) joined += forms[j];
    return joined === word;
  });
}

/** A way of doing asked by a verb and the suffix 方 (声の「かけ方」, 「進め方」): how to, not whether. */
function wayOf(morphemes: readonly Morpheme[]): boolean {
  return morphemes.some(
    (m, k) => m.pos1 === '接尾' && (m.surface === '方' || m.surface === 'かた') && morphemes[k - 1]?.pos === '動詞',
  );
}
