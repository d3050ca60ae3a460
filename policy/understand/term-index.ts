import { isAsciiWordChar, normalize } from './normalize.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  values?: TermValue[];
}

interface TermValue<T = unknown> {
  term: string;
  value: T;
}

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
 * terms also match their plural (report card → report cards).
 */
export class TermIndex<T> {
  private readonly root: TrieNode = { next: new Map() };
  size = 0;

  add(rawTerm: string, value: T, options: { plural?: boolean } = {}): void {
    const term = normalize(rawTerm);
    if (term.length === 0) return;
    this.insert(term, { term, value });
    if (options.plural && /[a-z]$/.test(term)) {
      this.insert(`${term}s`, { term, value });
      if (/(s|x|ch|sh)$/.test(term)) this.insert(`${term}es`, { term, value });
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
          for (const v of node.values) all.push({ start, end: i + 1, term: v.term, value: v.value as T });
        }
      }
    }
    return all;
  }
}
