import { isAsciiWordChar, normalize } from './normalize.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  values?: TermValue[];
}

interface TermValue<T = unknown> {
  term: string;
  value: T;
  /** Found only after a determiner (a singular noun needs one: "a picture", not "to grade"). */
  determined?: boolean;
}

/** A determiner, and at most one word (an adjective) between it and the noun: "a picture", "the class photo". */
const DETERMINED = /(?:^|[^a-z'])(?:a|an|the|this|that|my|our|your|his|her|their|one|each|every|another)\s+(?:[a-z'-]+\s+)?$/;

export interface TermMatch<T> {
  start: number;
  end: number;
  term: string;
  value: T;
}

/**
 * A dictionary of normalized terms found in a text with "longest match wins": every occurrence
 * is collected, then the longest are kept where they overlap (出席簿補助簿 beats 出席簿, 住所録
 * beats 住所). Terms with ASCII letters at an edge match only at word boundaries, and English
 * terms also match their plural (report card → report cards), and with `singular` a listed plural its singular.
 */
export class TermIndex<T> {
  private readonly root: TrieNode = { next: new Map() };
  size = 0;

  add(rawTerm: string, value: T, options: { plural?: boolean; singular?: boolean } = {}): void {
    const term = normalize(rawTerm);
    if (term.length === 0) return;
    this.insert(term, { term, value });
    if (options.plural && /[a-z]$/.test(term)) {
      this.insert(`${term}s`, { term, value });
      if (/(s|x|ch|sh)$/.test(term)) this.insert(`${term}es`, { term, value });
      // A plural listed finds its singular too (pictures → a picture), where the word is long
      // enough to be a regular plural (not news, class, analysis), after a determiner: many such
      // singulars are verbs too (grades → to grade, records → to record).
      const singular = options.singular && /[a-z]{4,}[^su]s$/.test(term) ? term.slice(0, -1) : null;
      if (singular) this.insert(singular, { term, value, determined: true });
    }
  }

  private insert(key: string, entry: TermValue): void {
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.values ??= [];
    node.values.push(entry);
    this.size++;
  }

  /** All occurrences, overlapping ones resolved longest-first, returned in text order. */
  find(text: string): TermMatch<T>[] {
    const all = this.findAll(text);
    all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: TermMatch<T>[] = [];
    for (const m of all) {
      if (taken.every((t) => m.end <= t.start || m.start >= t.end || (m.start === t.start && m.end === t.end))) taken.push(m);
    }
    return taken.sort((a, b) => a.start - b.start);
  }

  /** Every occurrence of every term, overlapping or not (the caller decides which ones stand). */
  findAll(text: string): TermMatch<T>[] {
    const all: TermMatch<T>[] = [];
    for (let start = 0; start < text.length; start++) {
      if (isAsciiWordChar(text[start]) && isAsciiWordChar(text[start - 1])) continue;
      let node: TrieNode | undefined = this.root;
      for (let i = start; i < text.length && node; i++) {
        node = node.next.get(text[i]!);
        if (node?.values && !(isAsciiWordChar(text[i]) && isAsciiWordChar(text[i + 1]))) {
          for (const v of node.values) {
            if (v.determined && !DETERMINED.test(text.slice(Math.max(0, start - 40), start))) continue;
            all.push({ start, end: i + 1, term: v.term, value: v.value as T });
          }
        }
      }
    }
    return all;
  }
}
