import { words } from './answer-words.js';
import type { ClassId, Language } from './contract.js';
import type { Pack } from './pack-types.js';
import type { CatalogItem, Localized } from './schema.js';

export interface Base {
  policy: string;
  language: Language;
  cls: ClassId | null;
  primary: CatalogItem | null;
}

export function approver(pack: Pack, language: Language, which: 'approver' | 'exception_approver'): string {
  const role = pack.roles.get(pack.meta[which])!;
  return language === 'en' ? `the ${role.title.en} (${role.held_by.en})` : `${role.title.ja}（${role.held_by.ja}）`;
}

export function subject(pack: Pack, a: Base & { scope?: Localized }, language: Language): string {
  const w = words(language);
  const label = a.cls ? pack.classes.get(a.cls)!.label[language] : null;
  if (a.primary && label) return w.named(a.primary.name[language], label);
  if (label) return language === 'en' ? `${label} information` : `${label}の情報`;
  if (a.scope) return a.scope[language];
  return w.info;
}

/** A clause as an answer names it: its id, or its English label (第3表 → Table 3) in English. */
export function cite(pack: Pack, id: string, language: Language): string {
  return (language === 'en' && pack.clauses.get(id)?.label_en) || id;
}
