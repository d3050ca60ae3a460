/**
 * Questions about the rule itself, not about handling information: who holds a role
 * (「CISOは誰？」), what a term the rule defines means (「教育情報って何？」), whether it binds a
 * kind of staff (「講師でも守らないといけない？」), whom to consult. Answered from the article that
 * states it (roles.yaml, the 定義 clauses), never from the handling matrix. Only packs whose
 * roles.yaml has `about_rule` answer them.
 */
import { words as answerWords } from './answer-words.js';
import type { Decision, Language } from './contract.js';
import type { Pack } from './pack-types.js';
import type { RoleDef } from './schema.js';
import { normalize } from './understand/normalize.js';

export interface AboutRuleInput {
  normalized: string;
  language: Language;
  /** The question names an act, a situation or an incident: it is not about the rule itself. */
  namesHandling: boolean;
}

/** The article a clause id belongs to: 第2条(11) → 第2条, 第8条3 → 第8条. */
export function articleOf(id: string): string {
  return id.replace(/[(（].*$/, '').replace(/(条)\d+$/, '$1');
}

/** The answer to a question about the rule itself, or null when the question is not one. */
export function answerAboutRule(pack: Pack, q: AboutRuleInput): Decision | null {
  const asks = pack.aboutRule;
  if (!asks || q.namesHandling) return null;
  const t = q.normalized;
  // The question is normalized (katakana as hiragana, lower case): the pack's words are compared so too.
  // A role's title is found with の inside it too (情報セキュリティの責任者 for 情報セキュリティ責任者).
  const bare = t.replace(/の/g, '');
  const holds = (w: string) => t.includes(normalize(w));
  const names = (w: string) => holds(w) || (w.length > 3 && bare.includes(normalize(w)));
  const has = (ws: readonly string[]) => ws.some(holds);
  const lang = q.language;
  const roles = [...pack.roles.values()];
  const principal = pack.roles.get(pack.meta.approver);
  if (principal && has(asks.consult) && has(asks.who)) return roleAnswer(pack, principal, lang, 'consult');
  const named = roles
    .map((r) => ({
      r,
      len: Math.max(0, ...[r.title.ja, r.title.en, ...r.asked_as].filter(names).map((n) => n.length)),
    }))
    .filter((x) => x.len > 0)
    .sort((a, b) => b.len - a.len);
  if (named[0] && (has(asks.who) || has(asks.duty))) return roleAnswer(pack, named[0].r, lang, 'allowed');
  if (has(asks.meaning)) {
    for (const [id, clause] of pack.clauses) {
      const term = /^定義（(.+)）$/.exec(clause.title.ja)?.[1];
      if (term && holds(term)) return render(pack, lang, 'allowed', [clause.text], [articleOf(id), id]);
    }
  }
  // 「実施手順は誰が作るの？」: a name the rule gives in an article (以下「実施手順」という) is asked about,
  // answered from that article. Names of two characters (「学校」) are too common to be asked.
  if (has(asks.who) || has(asks.meaning)) {
    for (const [id, clause] of pack.clauses) {
      const term = /以下、?「([^」]{3,})」という/.exec(clause.text)?.[1];
      if (term && holds(term)) return render(pack, lang, 'allowed', [clause.text], [articleOf(id), id]);
    }
  }
  // 「規則で守らなきゃいけない法律って何？」: an article asked about by its subject, answered from it.
  for (const topic of asks.topics) {
    const clause = pack.clauses.get(topic.clause);
    if (clause && has(topic.words))
      return render(pack, lang, topic.decision, [clause.text], [articleOf(topic.clause), topic.clause]);
  }
  const staff = pack.roles.get('teacher');
  if (staff && has(asks.binds)) {
    const kinds = staff.held_by.ja.split(/、|及び|並びに/).filter((k) => k.length > 1 && holds(k));
    if (kinds.length > 0) {
      const cites = staff.citations.filter((c) => articleOf(c) !== '第16条');
      return render(
        pack,
        lang,
        'allowed',
        [`${staff.title[lang]}：${staff.held_by[lang]}`, staff.duties[lang]],
        [...new Set(cites.flatMap((c) => [articleOf(c), c]))],
      );
    }
  }
  return null;
}

function roleAnswer(pack: Pack, role: RoleDef, lang: Language, decision: 'allowed' | 'consult'): Decision {
  const line = lang === 'en' ? `${role.title.en}: ${role.held_by.en}.` : `${role.title.ja}は、${role.held_by.ja}です。`;
  return render(pack, lang, decision, [line, role.duties[lang]], [...new Set(role.citations.flatMap((c) => [articleOf(c), c]))]);
}

function render(
  pack: Pack,
  language: Language,
  decision: 'allowed' | 'consult' | 'unknown',
  lines: string[],
  cites: string[],
): Decision {
  const w = answerWords(language);
  const citations = [...new Set(cites)].filter((c) => pack.clauses.has(c));
  const label = (id: string) => (language === 'en' && pack.clauses.get(id)?.label_en) || id;
  return {
    decision,
    class: null,
    action: null,
    asset: null,
    conditions: [],
    citations,
    answer: [...lines, `${w.sources}${citations.map(label).join(w.sep)}`].join('\n'),
    policy: pack.meta.id,
    language,
  };
}
