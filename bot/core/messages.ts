import type { BotEvent } from './events.js';

export type Language = 'ja' | 'en';

/** Japanese unless the client says English (the question's own language wins where there is one). */
export function languageOf(event: BotEvent): Language {
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
