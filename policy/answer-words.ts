import type { Language } from './contract.js';

/** What is done to what: 「通知表をメールで送る」, or the phrase alone when it names its own object. */
const sp = (s: string, p: string) => (s ? `${s}を${p}` : p);

export const JA = {
  sep: '、',
  sources: '根拠: ',
  info: '業務の情報（重要性分類にかかわらず）',
  raised: (other: string, cls: string, clause: string) => `${other}を含むため、${cls}として扱います（${clause}）。`,
  tagged: (name: string, label: string) => tagged(name, label, '（', '）', '、'),
  named: (name: string, label: string) => tagged(name, label, '（', '）', '、'),
  allowed: (s: string, p: string) => `${sp(s, p)}ことは可能です。`,
  conditional: (s: string, p: string) => `${sp(s, p)}場合は、次の条件を守れば可能です。`,
  permit_required: (s: string, p: string, who: string) => `${sp(s, p)}には、${who}の許可が必要です。`,
  consult: (s: string, p: string, who: string) => `${sp(s, p)}ことは原則禁止です。事情がある場合は${who}に相談してください。`,
  prohibited: (s: string, p: string, who: string, clause: string) =>
    `${sp(s, p)}ことは禁止されています。業務上どうしても必要な場合は、例外措置（${clause}）として${who}の許可が必要です。`,
  forbidden: (s: string, p: string) => `${sp(s, p)}ことは禁止されています。`,
  forbiddenUnless: (s: string, p: string, except: string) => `${sp(s, p)}ことは禁止されています（例外: ${except}）。`,
  alsoDo: 'あわせて次のことを守ってください。',
  unmet: (conds: string, s: string, p: string) => `お書きのとおり「${conds}」をしないのであれば、${sp(s, p)}ことはできません。`,
  incident: (kinds: string) => `${kinds}の報告として受け取りました。許可の判断ではなく、今すぐ次のことをしてください。`,
  incidentAny: 'インシデントの報告として受け取りました。許可の判断ではなく、今すぐ次のことをしてください。',
  incidentInfo: (s: string) => `関係する情報: ${s}`,
  incidentTell: (who: string) => `報告先: ${who}`,
  askAsset: 'どの情報のことか特定できませんでした。次のどれに近いですか？',
  askOutside: '情報の取扱いについてのご質問でしたら、次のどれに近いですか？',
  askAction: (s: string) => `${s}ですね。何をしたいですか？`,
  principalDecides: (who: string, clause: string) => `分類が分からない情報は、${who}の判断を仰いでください（${clause}）。`,
  byClass: (p: string) => `${p}場合の扱いは、情報の重要性分類によって次のように異なります。`,
  classCell: (classes: string, decision: string, conds: string[]) =>
    `${classes}: ${decision}${conds.length > 0 ? `（${conds.join('／')}）` : ''}`,
  sameForReadings: (word: string, readings: string[]) =>
    `「${word}」は中身によって分類が変わります（${readings.join('、')}）が、この扱いはどれでも同じ判断です。条件は分類の高いものの分まで挙げます。`,
  bullet: '・',
};

const EN: typeof JA = {
  sep: ', ',
  sources: 'Sources: ',
  info: 'work information of any class',
  raised: (other: string, cls: string, clause: string) => `It contains ${other}, so it is handled as ${cls} (${clause}).`,
  tagged: (name: string, label: string) => tagged(name, label, ' (', ')', '; '),
  named: (name: string, label: string) => `the ${tagged(name, label, ' (', ')', '; ')}`,
  allowed: (s: string, p: string) => `You may ${phrase(p, s)}.`,
  conditional: (s: string, p: string) => `You may ${phrase(p, s)} if you do the following.`,
  permit_required: (s: string, p: string, who: string) => `To ${phrase(p, s)}, you need permission from ${who}.`,
  consult: (s: string, p: string, who: string) =>
    `As a rule you may not ${phrase(p, s)}. If you have a good reason, consult ${who}.`,
  prohibited: (s: string, p: string, who: string, clause: string) =>
    `You may not ${phrase(p, s)}. If it is truly necessary for your work, an exception (${clause}) needs permission from ${who}.`,
  forbidden: (s: string, p: string) => `You may not ${phrase(p, s)}.`,
  forbiddenUnless: (s: string, p: string, except: string) => `You may not ${phrase(p, s)} (exception: ${except}).`,
  alsoDo: 'Also do the following.',
  unmet: (conds: string, s: string, p: string) => `As you describe it, without "${conds}", you may not ${phrase(p, s)}.`,
  incident: (kinds: string) => `This is a report of an incident (${kinds}), not a question for permission. Do this now:`,
  incidentAny: 'This is a report of an incident, not a question for permission. Do this now:',
  incidentInfo: (s: string) => `Information involved: ${s}`,
  incidentTell: (who: string) => `Report to: ${who}`,
  askAsset: 'I could not tell which information you mean. Which of these is it closest to?',
  askOutside: 'If your question is about handling information, which of these is it closest to?',
  askAction: (s: string) => `That is ${s}. What would you like to do with it?`,
  principalDecides: (who: string, clause: string) =>
    `When the class of information is unclear, ask ${who} to decide (${clause}).`,
  byClass: (p: string) => `Whether you may ${phrase(p, 'information')} depends on its class:`,
  classCell: (classes: string, decision: string, conds: string[]) =>
    `${classes}: ${decision}${conds.length > 0 ? ` (${conds.join('; ')})` : ''}`,
  sameForReadings: (word: string, readings: string[]) =>
    `The class of a "${word}" depends on what it holds (${readings.join('; ')}), but this is decided the same for each; the conditions below cover the strictest.`,
  bullet: '- ',
};

/** A name with its class in brackets, one pair only: 「答案用紙（児童生徒が記入済のもの、重要性分類Ⅱ）」. */
function tagged(name: string, label: string, open: string, close: string, sep: string): string {
  const end = close.trim();
  return name.endsWith(end) ? `${name.slice(0, -end.length)}${sep}${label}${end}` : `${name}${open}${label}${close}`;
}

/** English phrases carry `{x}` where the information goes: "email {x} outside the school". */
function phrase(template: string, subject: string): string {
  if (!subject) return template.replace(' {x}', '');
  return template.includes('{x}') ? template.replace('{x}', subject) : `${template} ${subject}`;
}

export function words(language: Language): typeof JA {
  return language === 'en' ? EN : JA;
}
