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
    notDisposal: 'この申請は、承認済みの廃棄ではないため記録できません。',
    disposedOn: (from: string, to: string) => `廃棄した日を ${from} から ${to} までの日付で入力してください。`,
    performedBy: '実施者（担当者の氏名）を入力してください（100文字以内）。',
    method: '方法を選んでください。',
    items: '廃棄したもの（何を・どれだけ）を入力してください（200文字以内）。',
    witness: '立会者をこの学校の教職員から選んでください。',
    witnessNotSelf: '立会者には、廃棄した本人以外の教職員を選んでください（業者が行った場合は本人でも構いません）。',
    contractor: '委託業者名は100文字以内で入力してください。',
    certificateDue: (from: string, to: string) =>
      `業者が行った場合は、完了証明書の提出期限を ${from} から ${to} までの日付で入力してください。`,
    notCertificate: 'この申請には、受け取る完了証明書がありません（受領済みか、業者による廃棄ではありません）。',
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
    notDisposal: 'This is not an approved disposal, so it cannot be recorded.',
    disposedOn: (from: string, to: string) => `Enter the day it was disposed of, from ${from} to ${to}.`,
    performedBy: 'Enter who did it (up to 100 characters).',
    method: 'Choose the method.',
    items: 'Enter what was disposed of (up to 200 characters).',
    witness: "Choose the witness from the school's staff.",
    witnessNotSelf: 'Choose a witness other than the person who did it (unless a contractor did it).',
    contractor: "Keep the contractor's name within 100 characters.",
    certificateDue: (from: string, to: string) =>
      `If a contractor did it, enter the date its certificate is due, from ${from} to ${to}.`,
    notCertificate: 'There is no certificate to receive for this request (received already, or not done by a contractor).',
  },
} satisfies Record<Language, unknown>;

/** What the standing-permission commands say in chat (the cards have their own words). */
export const STANDING_TEXT = {
  ja: {
    notPrincipal: '包括的許可を与えたり取り消したりできるのは、その学校の学校情報セキュリティ管理者（校長）だけです。',
    notFound: 'この包括的許可が見つかりません。',
    grantee: '対象を、この学校の教職員（または全員）から選んでください。',
    classOnly: (allowed: string, citation: string) =>
      `包括的許可は${allowed}の情報にだけ与えられます（${citation}）。それ以外の分類は、一件ずつ個別の許可を申請してもらってください。`,
    itemClass: (item: string, cls: string, allowed: string) =>
      `「${item}」は${cls}のため、包括的許可の対象にできません（対象は${allowed}だけです）。`,
    unknownItem: '選んだ情報がカタログにありません。',
    actions: (allowed: string) => `取扱いを選んでください（包括的許可を与えられるのは${allowed}です）。`,
    from: (from: string, to: string) => `開始日を ${from} から ${to} までの日付で入力してください。`,
    period: (latest: string) => `期間は1年以内にしてください（終了日は開始日から1年以内、${latest} まで）。`,
    note: '条件・備考は200文字以内で入力してください。',
    revoked: (who: string) => `包括的許可を取り消しました: ${who}`,
    alreadyRevoked: 'この包括的許可はすでに取り消されています。記録は変更していません。',
  },
  en: {
    notPrincipal: "Only the school's information security manager (the principal) can grant or revoke standing permissions.",
    notFound: 'This standing permission cannot be found.',
    grantee: 'Choose who it is for: a staff member of this school, or everyone.',
    classOnly: (allowed: string, citation: string) =>
      `A standing permission can be given for ${allowed} information only (${citation}). Other classes need individual permission each time.`,
    itemClass: (item: string, cls: string, allowed: string) =>
      `"${item}" is ${cls}: it cannot be in a standing permission (only ${allowed}).`,
    unknownItem: 'The information chosen is not in the catalog.',
    actions: (allowed: string) => `Choose the actions (a standing permission can cover ${allowed}).`,
    from: (from: string, to: string) => `Enter a start date from ${from} to ${to}.`,
    period: (latest: string) => `Keep the period within a year (an end date up to ${latest}).`,
    note: 'Keep the conditions within 200 characters.',
    revoked: (who: string) => `Standing permission revoked: ${who}`,
    alreadyRevoked: 'This standing permission was already revoked. Nothing was changed.',
  },
} satisfies Record<Language, unknown>;

/** What the 「校長に確認する」 flow (2-2(4)③) says in chat. */
export const CLASS_TEXT = {
  ja: {
    notUnknown: 'この回答は分類が分かっているため、校長に確認する必要はありません。',
    description: 'どんな情報かを入力してください（200文字以内）。',
    notFound: 'この確認依頼が見つかりません。',
    notDecider: 'この確認依頼に答えられるのは、依頼者の学校の学校情報セキュリティ管理者（校長）だけです。',
    badClass: '分類は重要性分類Ⅰ〜Ⅳから選んでください。',
    decided: (by: string, cls: string, comment: string | null) =>
      `${by}さんが「${cls}」と判断しました（2-2(4)③）。${comment ? `コメント: ${comment}` : ''}`,
  },
  en: {
    notUnknown: 'The class of this answer is known: there is nothing to ask the principal.',
    description: 'Say what the information is (up to 200 characters).',
    notFound: 'This question cannot be found.',
    notDecider: "Only the information security manager (the principal) of the asker's school can answer this.",
    badClass: 'Choose a class from I to IV.',
    decided: (by: string, cls: string, comment: string | null) =>
      `${by} decided it is ${cls} (2-2(4)③).${comment ? ` Comment: ${comment}` : ''}`,
  },
} satisfies Record<Language, unknown>;
