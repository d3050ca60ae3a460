import { escapeRegex } from '../escape-regex.js';
import { detectPersonalData, mayContain } from './detect-personal-data.js';
import type { DetectorKind } from './detector-kinds.js';
import { saysInvented } from './read-invented.js';
import type { CompiledProse, PersonKind, Ref } from './read-prose.js';
import { analyzerRefs, cheapRefs } from './read-refs.js';

/** The detections that reach a person: a phone, a mobile, an address, a mail address. */
const CONTACT_KINDS: readonly DetectorKind[] = ['mobile', 'phone', 'postal_address', 'address', 'email'];
const MAIL = /[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)/g;
/**
 * A short line of one sentence at most: a card's name over its number, or a mail's 「…さんの保護者です。」
 * over the new address.
 */
const NAME_LINE = /^[^。！？!?]{1,60}[。！？!?]?$/u;
const MAX_LINES = 3000;
/** Most persons a form names and still is one person's card (the pupil, a guardian, the writer). */
const FORM_SUBJECTS = 3;

/** Persons whose own contact details the text tells, by who they are. */
export interface ContactFacts {
  persons: Map<PersonKind, Set<string>>;
  kinds: Set<DetectorKind>;
}

export interface CompiledContacts {
  /** Words that make a number or an address an office's (学校, 代表, FAX). */
  office: RegExp | null;
  /** Mail domains of offices (ed.jp, lg.jp). */
  domains: RegExp | null;
}

export function compileContacts(p: CompiledProse | null): CompiledContacts | null {
  const settings = p?.settings.contacts;
  if (!settings) return null;
  const words = settings.unless.map((w) => w.normalize('NFKC'));
  const domains = settings.domains.map((w) => w.normalize('NFKC').toLowerCase());
  return {
    office: words.length ? new RegExp(words.map(escapeRegex).join('|'), 'i') : null,
    domains: domains.length ? new RegExp(`(?:^|\\.)(?:${domains.map(escapeRegex).join('|')})$`, 'i') : null,
  };
}

/** What contact details a line holds, an office's mail addresses left out. */
function contactsIn(cc: CompiledContacts, line: string): DetectorKind[] {
  if (!CONTACT_KINDS.some((k) => mayContain(k, line))) return [];
  const own = cc.domains ? line.replace(MAIL, (m, domain: string) => (cc.domains!.test(domain) ? ' ' : m)) : line;
  return [...detectPersonalData(own, { only: CONTACT_KINDS }).keys()];
}

/**
 * Reads a person's own contact details (第2表 Ⅰ 「住所・電話番号などを含む個人情報」): a phone number,
 * an address or a mail address with a person pointed at in its line (a sticky note's 「3-2 山田 090-…」),
 * on the short line above it (a card's name, then its number), or in the fields of a form about one
 * to three persons. A line with an office's word (学校, 代表, FAX, 教育委員会) is the office's contact.
 */
export function readContacts(
  p: CompiledProse,
  cc: CompiledContacts,
  text: string,
  context: { known: () => Set<string>; subjects: number },
): ContactFacts | null {
  const lines = text.split('\n', MAX_LINES);
  const facts: ContactFacts = { persons: new Map(), kinds: new Set() };
  let known: Set<string> | null = null;
  const real = (line: string) => !saysInvented(p, line);
  const refsOf = (line: string): Ref[] => {
    if (!real(line)) return [];
    known ??= context.known();
    const refs = [...cheapRefs(p, line, known), ...analyzerRefs(p, line).map((r) => r.ref)];
    return refs.filter((r) => r.form === 'name' || r.form === 'pointer' || r.form === 'number');
  };
  lines.forEach((line, l) => {
    const kinds = contactsIn(cc, line);
    if (kinds.length === 0 || cc.office?.test(line)) return;
    let refs = refsOf(line);
    const above = l > 0 ? lines[l - 1]!.trim() : '';
    if (refs.length === 0 && NAME_LINE.test(above) && !cc.office?.test(above) && contactsIn(cc, above).length === 0)
      refs = refsOf(above);
    if (refs.length === 0 && context.subjects > 0 && context.subjects <= FORM_SUBJECTS)
      refs = [{ key: 'subject', kind: 'names', form: 'name' }];
    for (const ref of refs) {
      // A member of staff's landline is the school's, as a letter's signature gives it.
      if (ref.kind === 'staff' && kinds.every((k) => k === 'phone')) continue;
      const keys = facts.persons.get(ref.kind) ?? new Set<string>();
      facts.persons.set(ref.kind, keys.add(ref.key));
      for (const k of kinds) facts.kinds.add(k);
    }
  });
  return facts.persons.size > 0 ? facts : null;
}
