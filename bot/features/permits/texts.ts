import type { Language } from '../../../policy/index.js';

/** What the permit flow says in chat (the cards have their own words). */
export const PERMIT_TEXT = {
  ja: {
    notInRoster: '名簿にあなたが見つからないため、申請できません。学校情報セキュリティ担当者に名簿への登録を依頼してください。',
    notYours: 'この回答はほかの方への回答です。ご自身で質問してから申請してください。',
    notRequestable: 'この回答からは申請できません（許可が必要な場合・相談・例外措置のときに申請できます）。',
    noApprover: (title: string) => `承認者（${title}）が名簿に登録されていません。学校情報セキュリティ担当者に連絡してください。`,
    notApprover: 'この申請を承認・却下できるのは、指定された承認者（または期間中の代理者）だけです。',
    notFound: 'この申請が見つかりません。',
    notRequester: 'この操作は申請者本人だけができます。',
    purpose: '目的を入力してください（500文字以内）。',
    destination: '持ち出し先・送付先を入力してください（200文字以内）。',
    returnOn: (today: string, latest: string) => `返却予定日を ${today} から ${latest} までの日付で入力してください。`,
    until: (today: string, latest: string) => `期間（いつまで）を ${today} から ${latest} までの日付で入力してください。`,
    confirm: (label: string) => `「${label}」を確認してください。`,
    declare: (label: string) => `「${label}」を入力・確認してください。`,
    approved: (asset: string) => `承認しました: ${asset}`,
    rejected: (asset: string) => `却下しました: ${asset}`,
  },
  en: {
    notInRoster: 'You are not on the staff roster, so you cannot file a request. Ask your school security officer to add you.',
    notYours: 'This answer was for someone else. Ask the question yourself, then request from your own answer.',
    notRequestable: 'This answer needs no request (requests are for permission, consultation or an exception).',
    noApprover: (title: string) => `No approver is on the roster: the ${title}. Please contact your school security officer.`,
    notApprover: 'Only the designated approver (or their delegate for today) can decide this request.',
    notFound: 'This request cannot be found.',
    notRequester: 'Only the requester can do this.',
    purpose: 'Enter the purpose (up to 500 characters).',
    destination: 'Enter where it goes (up to 200 characters).',
    returnOn: (today: string, latest: string) => `Enter a return date from ${today} to ${latest}.`,
    until: (today: string, latest: string) => `Enter until when, a date from ${today} to ${latest}.`,
    confirm: (label: string) => `Confirm: "${label}".`,
    declare: (label: string) => `Fill in or confirm: "${label}".`,
    approved: (asset: string) => `Approved: ${asset}`,
    rejected: (asset: string) => `Rejected: ${asset}`,
  },
} satisfies Record<Language, unknown>;
