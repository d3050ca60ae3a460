/**
 * A clause cited by its paragraph or item (第4条2, 第12条(3)) belongs to an article the pack also
 * holds (第4条 教職員の責務, 第12条 情報セキュリティ対策): the answer names the article as well, just
 * before the paragraph, as the rule is cited (「第4条第2項」 is 第4条). Only article-numbered ids
 * (第N条…): a standard's section numbers (2-2(4)③) are left as they are.
 */
import { articleOf } from './about-rule.js';
import type { Pack } from './pack-types.js';

export function withArticles(pack: Pack, ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const article = articleOf(id);
    if (article !== id && /^第\d+条$/.test(article) && pack.clauses.has(article) && !out.includes(article)) out.push(article);
    if (!out.includes(id)) out.push(id);
  }
  return out;
}
