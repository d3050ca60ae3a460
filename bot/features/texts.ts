import type { Language } from '../../policy/index.js';

/** The bot's own words (answers come from the policy pack). */
export const TEXT: Record<
  Language,
  {
    welcome: string;
    help: string;
    /** `readable` is what the channel's front says it lets mamoru read. */
    cannotReadFiles: (names: string[], readable: string) => string;
    fileUnreadable: (name: string, reason: string, detail?: string) => string;
    fileLine: (name: string, cls: string, reasons: string[]) => string;
    aboutThisFile: string;
    badQuestion: (code: 'EMPTY' | 'TOO_LONG' | 'BINARY' | 'NO_TEXT') => string;
    staleCard: string;
    unknownAction: string;
    thanks: (helpful: boolean) => string;
  }
> = {
  ja: {
    welcome: 'mamoru（守る）へようこそ。情報の取扱いについて質問してください。',
    help: '「どの情報を」「どうしたいか」を一文で質問してください。',
    cannotReadFiles: (names, readable) =>
      `添付されたもの（${names.join('、')}）の中身は確認できません（${readable}）。保存はしていません。どんな情報が入っているか（例: 「生徒の住所録」）を文章で教えてください。`,
    fileUnreadable: (name, reason, detail) =>
      `ファイル「${name}」の中身を確認できませんでした（${{ too_large: '20MBを超えています', unreachable: 'ダウンロードできませんでした', not_allowed: '取得できない場所です', cannot_inspect: 'パスワード付き・破損などで読めません', unknown: '分類を判断できませんでした' }[reason] ?? reason}${detail ? `: ${detail}` : ''}）。ファイルは保存していません。どんな情報が入っているかを文章で教えてください。`,
    fileLine: (name, cls, reasons) => `📎 ${name}: ${cls}（${reasons.slice(0, 2).join('／')}）`,
    aboutThisFile: 'このファイルについて',
    badQuestion: (code) =>
      ({
        EMPTY: '質問が空です。「通知表をメールで送ってもいい？」のように書いてください。',
        TOO_LONG:
          '質問が長すぎます。2,000文字以内で、どの情報をどうしたいかを短く書いてください。紛失・誤送信などの報告なら「インシデント報告」と送ってください（報告のフォームには10,000文字まで書けます）。',
        BINARY: '読み取れない文字が含まれています。文章で質問してください。',
        NO_TEXT: '文字が見つかりませんでした（絵文字や記号だけです）。日本語か英語で質問してください。',
      })[code],
    staleCard: 'このカードの情報が見つかりません。もう一度質問してください。',
    unknownAction: 'この操作には対応していません。もう一度質問してください。',
    thanks: (helpful) => (helpful ? 'フィードバックありがとうございます。' : 'ご指摘ありがとうございます。担当者が確認します。'),
  },
  en: {
    welcome: 'Welcome to mamoru. Ask me how you may handle some information.',
    help: 'Write which information and what you want to do with it, in one sentence.',
    cannotReadFiles: (names, readable) =>
      `I cannot read what was attached (${names.join(', ')}): ${readable}. Nothing was kept. Please tell me in words what it contains (e.g. "student address list").`,
    fileUnreadable: (name, reason, detail) =>
      `I could not read "${name}" (${{ too_large: 'over 20 MB', unreachable: 'the download failed', not_allowed: 'not a place I fetch from', cannot_inspect: 'password-protected or damaged', unknown: 'its class is unclear' }[reason] ?? reason}${detail ? `: ${detail}` : ''}). Nothing was kept. Please tell me in words what it contains.`,
    fileLine: (name, cls, reasons) => `📎 ${name}: ${cls} (${reasons.slice(0, 2).join(' / ')})`,
    aboutThisFile: 'about this file',
    badQuestion: (code) =>
      ({
        EMPTY: 'Your question is empty. Try: "Can I email report cards to parents?"',
        TOO_LONG:
          'Your question is too long. Keep it under 2,000 characters: which information, and what you want to do. To report something lost or mis-sent, send "incident report" (its form takes up to 10,000 characters).',
        BINARY: 'Your message contains characters I cannot read. Please write your question as text.',
        NO_TEXT: 'I found no words (only emoji or symbols). Please ask in Japanese or English.',
      })[code],
    staleCard: 'I cannot find what this card was about. Please ask again.',
    unknownAction: 'This action is not supported. Please ask again.',
    thanks: (helpful) => (helpful ? 'Thank you for your feedback.' : 'Thank you. The security staff will look at it.'),
  },
};
