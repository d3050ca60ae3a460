import type { Pack, Ruling, Situation } from './compile-pack.js';
import type { ActionId, Choice, ClassId, Decision, Language } from './contract.js';
import { defaultHandlingOf } from './default-handling.js';
import type { CatalogItem, IncidentKind, Localized, VagueTerm } from './schema.js';

interface Base {
  policy: string;
  language: Language;
  cls: ClassId | null;
  primary: CatalogItem | null;
}

export interface RulingAnswer extends Base {
  raisedBy: CatalogItem | null;
  mixed: boolean;
  /** The action reported; null when only a situation is named (「成績を教室に掲示」). */
  action: ActionId | null;
  /** The situation that decides, when one does: its phrase says what is ruled on. */
  situation?: Situation | null;
  /** What the answer calls the information when none is named (「重要性分類Ⅲ・Ⅳの情報」). */
  scope?: Localized;
  ruling: Ruling;
  /** Measures the ruling needs that the question says are not taken (パスワードなしで): 禁止 as described. */
  unmet?: string[];
  /** The question says it was already done. */
  done?: boolean;
  /** The question asks what the board's text itself says (「規則で決まりはありますか」). */
  askedRule?: boolean;
}

export interface IncidentAnswer {
  language: Language;
  kinds: IncidentKind[];
  cls: ClassId | null;
  primary: CatalogItem | null;
  /** How it happened, when the message says (a mail sent to the wrong family is email_external). */
  action: ActionId | null;
  /** For something prohibited already done: the rule it broke, said before the first steps, and its clauses. */
  broke?: { rule: string; citations: string[] };
  /** The teacher was told of it from outside the school (a parent's call): `from_outside`'s clauses too. */
  fromOutside?: boolean;
}

export interface FollowUpAnswer extends Base {
  kind: 'asset' | 'action';
  action: ActionId | null;
  choices: readonly string[];
  vague: VagueTerm | null;
  /** Nothing in the question is information or its handling: the pack's `out_of_scope` answers, if it has one. */
  outside?: boolean;
}

/** What is done to what: 「通知表をメールで送る」, or the phrase alone when it names its own object. */
const sp = (s: string, p: string) => (s ? `${s}を${p}` : p);

const JA = {
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
  unmet: (conds: string, s: string, p: string) => `お書きのとおり「${conds}」をしないのであれば、${s}を${p}ことはできません。`,
  incident: (kinds: string) => `${kinds}の報告として受け取りました。許可の判断ではなく、今すぐ次のことをしてください。`,
  incidentAny: 'インシデントの報告として受け取りました。許可の判断ではなく、今すぐ次のことをしてください。',
  incidentInfo: (s: string) => `関係する情報: ${s}`,
  incidentTell: (who: string) => `報告先: ${who}`,
  askAsset: 'どの情報のことか特定できませんでした。次のどれに近いですか？',
  askOutside: '情報の取扱いについてのご質問でしたら、次のどれに近いですか？',
  askAction: (s: string) => `${s}ですね。何をしたいですか？`,
  principalDecides: (who: string, clause: string) => `分類が分からない情報は、${who}の判断を仰いでください（${clause}）。`,
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

function words(language: Language): typeof JA {
  return language === 'en' ? EN : JA;
}

function approver(pack: Pack, language: Language, which: 'approver' | 'exception_approver'): string {
  const role = pack.roles.get(pack.meta[which])!;
  return language === 'en' ? `the ${role.title.en} (${role.held_by.en})` : `${role.title.ja}（${role.held_by.ja}）`;
}

function subject(pack: Pack, a: Base & { scope?: Localized }, language: Language): string {
  const w = words(language);
  const label = a.cls ? pack.classes.get(a.cls)!.label[language] : null;
  if (a.primary && label) return w.named(a.primary.name[language], label);
  if (label) return language === 'en' ? `${label} information` : `${label}の情報`;
  if (a.scope) return a.scope[language];
  return w.info;
}

/** A clause as an answer names it: its id, or its English label (第3表 → Table 3) in English. */
function cite(pack: Pack, id: string, language: Language): string {
  return (language === 'en' && pack.clauses.get(id)?.label_en) || id;
}

/**
 * The default's decision is one the board's text leaves to its standards (`leaves`), and no clause
 * of the rule's own (`own`, 第16条) decides it: the answer is to ask, the default a guide.
 */
function leftOpen(dh: NonNullable<Pack['meta']['default_handling']>, ruling: RulingAnswer['ruling']): boolean {
  return dh.leaves.includes(ruling.decision) && !ruling.citations.some((id) => dh.own.includes(id));
}

/** Turns a ruling into the Decision a teacher reads: headline, conditions, sources. */
export function renderAnswer(pack: Pack, a: RulingAnswer): Decision {
  const { language } = a;
  const w = words(language);
  // A rule's phrase that names its own object (パスワードを書き留める; its English has no {x}) takes no subject.
  const ownObject = a.situation?.phrase.en.includes('{x}') === false;
  const s = ownObject ? '' : subject(pack, a, language);
  const p = (a.situation ?? pack.actions.get(a.action!)!).phrase[language];
  const c = (id: string) => cite(pack, id, language);
  const conditions = a.ruling.conditions.map((id) => pack.conditions.get(id)![language]);
  const unmet = a.unmet ?? [];
  const byDefault = defaultHandlingOf(pack, a.ruling);
  // The board's text leaves it open: asked what that text says, the answer is to ask, the default a guide.
  const notInRule = Boolean(byDefault && unmet.length === 0 && !a.done && (a.askedRule || leftOpen(byDefault, a.ruling)));
  const decision = unmet.length > 0 ? 'prohibited' : notInRule ? 'consult' : a.ruling.decision;
  const afterTheFact = a.done && (decision === 'prohibited' || decision === 'permit_required' || decision === 'consult');
  const citations = [
    ...(a.primary || a.cls ? [pack.meta.catalog_citation] : []),
    ...(a.mixed ? [pack.meta.mixed_citation] : []),
    ...a.ruling.citations,
    ...(afterTheFact ? pack.incidents.after_the_fact.citations : []),
    ...(byDefault ? byDefault.citations : []),
    ...pack.meta.always_cite,
  ];
  const unique = [...new Set(citations)];
  // Done, and the information is now out of the school's hands: a report, with the rule it broke.
  const reported =
    afterTheFact && decision === 'prohibited' && a.action && a.cls
      ? pack.incidents.after_the_fact.reported.find((r) => r.actions.includes(a.action!) && r.classes.includes(a.cls!))
      : undefined;
  const kind = reported && pack.incidents.kinds.find((k) => k.id === reported.kind);
  if (kind) {
    const rule =
      unmet.length > 0 ? w.unmet(unmet.map((id) => pack.conditions.get(id)![language]).join(w.sep), s, p) : w.forbidden(s, p);
    const broke = { rule, citations: unique.filter((id) => !pack.meta.always_cite.includes(id)) };
    return {
      ...renderIncident(pack, { language, kinds: [kind], cls: a.cls, primary: a.primary, action: a.action, broke }),
      done: true,
    };
  }
  const lines: string[] = [];
  if (unmet.length > 0) lines.push(w.unmet(unmet.map((id) => pack.conditions.get(id)![language]).join(w.sep), s, p));
  else
    switch (a.ruling.decision) {
      case 'allowed':
        lines.push(w.allowed(s, p));
        break;
      case 'conditional':
        lines.push(w.conditional(s, p));
        break;
      case 'permit_required':
        lines.push(w.permit_required(s, p, approver(pack, language, 'approver')));
        break;
      case 'consult':
        lines.push(w.consult(s, p, approver(pack, language, 'approver')));
        break;
      case 'prohibited':
        // A prohibition the policy itself lifts under a condition says that condition, not 6-3.
        if (a.ruling.except) lines.push(w.forbiddenUnless(s, p, pack.conditions.get(a.ruling.except.condition)![language]));
        else
          lines.push(
            a.situation?.exception === false
              ? w.forbidden(s, p)
              : w.prohibited(s, p, approver(pack, language, 'exception_approver'), c(pack.meta.exception_citation)),
          );
        break;
    }
  if (a.raisedBy && a.primary) {
    lines.unshift(w.raised(a.raisedBy.name[language], pack.classes.get(a.cls!)!.label[language], c(pack.meta.mixed_citation)));
  }
  if (conditions.length > 0) {
    // Under a guide (notInRule) the conditions follow the default's own headline.
    if ((notInRule ? a.ruling.decision : decision) !== 'conditional') lines.push(w.alsoDo);
    for (const text of conditions) lines.push(`${w.bullet}${text}`);
  }
  if (afterTheFact) lines.push(pack.incidents.after_the_fact.text[language]);
  if (byDefault && notInRule)
    lines.unshift(
      byDefault.not_in_rule[language].replace('{who}', approver(pack, language, 'approver')),
      byDefault.guide[language],
    );
  else if (byDefault) lines.unshift(byDefault.note[language]);
  lines.push(`${w.sources}${unique.map(c).join(w.sep)}`);
  return {
    decision,
    class: a.cls,
    action: a.action,
    asset: a.primary ? { id: a.primary.id, name: a.primary.name[language] } : null,
    conditions,
    citations: unique,
    answer: lines.join('\n'),
    policy: a.policy,
    language,
    ...(a.situation ? { situation: { id: a.situation.id, name: a.situation.name[language] } } : {}),
    ...(a.done ? { done: true } : {}),
    ...(unmet.length > 0 ? { unmet } : {}),
  };
}

/**
 * An `incident` Decision: no permission decision, the first steps of each kind reported (in the
 * pack's words, in order, each once), who is told, and the clauses.
 */
export function renderIncident(pack: Pack, a: IncidentAnswer): Decision {
  const { language } = a;
  const w = words(language);
  const c = (id: string) => cite(pack, id, language);
  const names = a.kinds.map((k) => k.name[language]).join(w.sep);
  const steps = [...new Set(a.kinds.flatMap((k) => k.steps.map((step) => step[language])))];
  if (steps.length === 0) steps.push(...pack.incidents.kinds[0]!.steps.map((step) => step[language]));
  const role = pack.roles.get(pack.incidents.report_to)!;
  const who = language === 'en' ? `the ${role.title.en} (${role.held_by.en})` : `${role.title.ja}（${role.held_by.ja}）`;
  const citations = [
    ...new Set([
      ...pack.incidents.citations,
      ...(a.broke?.citations ?? []),
      ...a.kinds.flatMap((k) => k.citations),
      ...(a.fromOutside ? (pack.incidents.from_outside?.citations ?? []) : []),
      ...pack.meta.always_cite,
    ]),
  ];
  const label = a.cls ? pack.classes.get(a.cls)!.label[language] : null;
  const info = a.primary && label ? w.tagged(a.primary.name[language], label) : label;
  const lines = [
    a.kinds.length > 0 ? w.incident(names) : w.incidentAny,
    ...(a.broke ? [a.broke.rule] : []),
    ...steps.map((step) => `${w.bullet}${step}`),
    ...(info ? [w.incidentInfo(info)] : []),
    w.incidentTell(who),
    `${w.sources}${citations.map(c).join(w.sep)}`,
  ];
  return {
    decision: 'incident',
    class: a.cls,
    action: a.action,
    asset: a.primary ? { id: a.primary.id, name: a.primary.name[language] } : null,
    conditions: steps,
    citations,
    answer: lines.join('\n'),
    policy: pack.id,
    language,
    incident: { kinds: a.kinds.map((k) => ({ id: k.id, name: k.name[language] })), reportTo: pack.incidents.report_to },
  };
}

/** An `unknown` Decision: one follow-up question with the likely choices. */
export function renderFollowUp(pack: Pack, a: FollowUpAnswer): Decision {
  const { language } = a;
  const w = words(language);
  const choices: Choice[] =
    a.kind === 'asset'
      ? a.choices.map((id) => {
          const item = pack.items.get(id)!;
          return { kind: 'asset', id, label: item.name[language], class: item.class };
        })
      : a.choices.map((id) => ({ kind: 'action', id, label: pack.actions.get(id as ActionId)!.name[language], class: a.cls }));
  const question =
    a.kind === 'asset' ? (a.vague ? a.vague.question[language] : w.askAsset) : w.askAction(subject(pack, a, language));
  const lines = [
    question,
    ...choices.map(
      (c) =>
        `${w.bullet}${c.kind === 'asset' && c.class ? w.tagged(c.label, pack.classes.get(c.class)!.label[language]) : c.label}`,
    ),
  ];
  const c = (id: string) => cite(pack, id, language);
  const outside = a.kind === 'asset' && a.outside ? pack.meta.out_of_scope : undefined;
  if (outside) lines.splice(0, 1, outside.note[language], w.askOutside);
  const citations = outside
    ? [...outside.citations]
    : a.kind === 'asset'
      ? [...pack.meta.unknown_citations]
      : [pack.meta.catalog_citation];
  if (a.kind === 'asset' && !outside) {
    lines.push(w.principalDecides(approver(pack, language, 'approver'), pack.meta.unknown_citations.map(c).join(w.sep)));
  }
  const unique = [...new Set([...citations, ...pack.meta.always_cite])];
  lines.push(`${w.sources}${unique.map(c).join(w.sep)}`);
  return {
    decision: 'unknown',
    class: a.cls,
    action: a.action,
    asset: a.primary ? { id: a.primary.id, name: a.primary.name[language] } : null,
    conditions: [],
    citations: unique,
    answer: lines.join('\n'),
    policy: a.policy,
    language,
    followUp: { question, choices },
  };
}

/**
 * The answer's own sentences, without the condition and choice lists and the sources line,
 * for a card that shows those as a checklist, buttons and a toggle of its own.
 */
export function answerSummary(decision: Decision): string {
  const w = words(decision.language);
  // Every bulleted line is a condition or a choice; the card shows those on its own.
  return decision.answer
    .split('\n')
    .filter((line) => !line.startsWith(w.sources) && !line.startsWith(w.bullet) && line !== w.alsoDo)
    .join('\n');
}
