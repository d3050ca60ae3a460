import type { BotEvent } from './events.js';

export type Language = 'ja' | 'en';

const JAPANESE = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u;
const ENGLISH = /[a-z]{2,}/i;

/**
 * The language to answer in: what the person wrote, when they wrote words (「承認待ち」 is
 * Japanese whatever the client's locale; "Can I …" is English); otherwise Japanese unless the
 * client says English.
 */
export function languageOf(event: BotEvent): Language {
  if (event.type === 'message') {
    if (JAPANESE.test(event.text)) return 'ja';
    if (ENGLISH.test(event.text)) return 'en';
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
