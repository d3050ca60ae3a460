import type { Language } from '../../../policy/index.js';

/** What the incident flow says in chat (the cards have their own words). */
export const INCIDENT_TEXT = {
  ja: {
    notInRoster: (phone: string) =>
      `名簿にあなたが見つからないため、mamoru からは報告を届けられません。すぐに校長に直接報告してください。${phone}`,
    notYours: 'この回答はほかの方への回答です。ご自身で「インシデント報告」と送ってから報告してください。',
    notReportable: 'この回答からは報告できません。起きたことを書くか、「インシデント報告」と送ってください。',
    personalOnly:
      '報告の内容がほかの人に見えないよう、mamoru との個人チャットで報告してください（「インシデント報告」と送ると始められます）。',
    notFound: 'この報告が見つかりません。',
    notMember: 'この報告に対応できるのは、連絡の流れに含まれる方（校長・教育CSIRT など）だけです。',
    notReporter: 'この操作は報告した本人だけができます。',
    notCloser: (roles: string) => `対応完了を記録できるのは ${roles} です。`,
    closedAlready: 'この報告はすでに対応完了です。記録は変更していません。',
    acknowledged: '受領を記録しました。報告者に知らせました。',
    alreadyAcknowledged: 'すでに受領済みです。記録は変更していません。',
    forwarded: (titles: string) => `${titles}に届けました。`,
    nothingToForward: '連絡の流れの全員にすでに届いています。',
    asked: '報告者に質問を送りました。',
    closed: '対応完了として記録しました。報告者に知らせました。',
    infoSent: '追加情報を送りました。質問した方に届けます。',
    noQuestion: '追加情報の依頼は届いていません。',
    alreadyReported: 'この報告はすでに届いています（二重に報告していません）。',
    summary: {
      incident_card: '🚨 インシデントの報告が届きました',
      incident_notice: '報告の状況が変わりました',
      incident_refresh: '報告の状況が変わりました',
      incident_reported: '報告しました',
    } as Record<string, string>,
    unknownClass: (label: string) => `わからない（${label}として扱っています）`,
    permit: (at: string, purpose: string) => `${at} 申請: ${purpose}`,
  },
  en: {
    notInRoster: (phone: string) =>
      `You are not on the staff roster, so mamoru cannot pass your report on. Tell the principal directly now. ${phone}`,
    notYours: 'This answer was for someone else. Send "incident report" yourself, then report from your own answer.',
    notReportable: 'This answer cannot be reported from. Write what happened, or send "incident report".',
    personalOnly:
      'To keep the report from others, make it in your personal chat with mamoru (send "incident report" there to start).',
    notFound: 'This report cannot be found.',
    notMember: 'Only the people in the chain of this report (the principal, the CSIRT …) can act on it.',
    notReporter: 'Only the person who made the report can do this.',
    notCloser: (roles: string) => `Only the ${roles} can record it as closed.`,
    closedAlready: 'This report is already closed. Nothing was changed.',
    acknowledged: 'Acknowledged; the reporter is told.',
    alreadyAcknowledged: 'Already acknowledged. Nothing was changed.',
    forwarded: (titles: string) => `Sent on to the ${titles}.`,
    nothingToForward: 'Everyone in the chain has it already.',
    asked: 'Your question was sent to the reporter.',
    closed: 'Recorded as closed; the reporter is told.',
    infoSent: 'Sent. The people who asked will get it.',
    noQuestion: 'Nobody has asked you for more information.',
    alreadyReported: 'This report was already sent (it was not sent twice).',
    summary: {
      incident_card: '🚨 An incident was reported',
      incident_notice: 'Your report changed',
      incident_refresh: 'A report changed',
      incident_reported: 'Reported',
    } as Record<string, string>,
    unknownClass: (label: string) => `not sure (handled as ${label})`,
    permit: (at: string, purpose: string) => `requested ${at}: ${purpose}`,
  },
} satisfies Record<Language, unknown>;

export type IncidentText = (typeof INCIDENT_TEXT)['ja'];
