import type { BotEvent } from './events.js';

export type Language = 'ja' | 'en';

/**
 * Japanese writing: kana and kanji, and the Japanese forms of punctuation and space (「？」「。」
 * 「、」, the full-width space U+3000, the CJK symbols block) and the full-width forms (ＡＢＣ, ！).
 */
const JAPANESE = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFEE]/u;
const ENGLISH = /[a-z]{2,}/i;

/**
 * The language to answer in: what the person wrote. Japanese writing (「承認待ち」, a bare 「？」, a
 * full-width space) is Japanese whatever the client's locale; English words ("Can I …") are
 * English; anything else typed (emoji, symbols, digits) is answered in Japanese, mamoru's first
 * language. The client's locale decides only when nothing was typed (card actions, installs).
 */
export function languageOf(event: BotEvent): Language {
  if (event.type === 'message') {
    if (JAPANESE.test(event.text)) return 'ja';
    if (ENGLISH.test(event.text)) return 'en';
    if (event.text.trim() !== '') return 'ja';
  }
  return event.locale?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

export const internalErrorText = (language: Language) =>
  language === 'en'
    ? 'Sorry, something went wrong on my side. Please try again in a moment.'
    : '申し訳ありません。処理中にエラーが発生しました。少し待ってからもう一度お試しください。';

export const stillWorkingText = (language: Language) =>
  language === 'en'
    ? 'Still working on it: the answer will follow in a moment.'
    : '処理に時間がかかっています。結果はこのあとお送りします。';
