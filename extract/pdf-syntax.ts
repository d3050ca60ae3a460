/**
 * PDF syntax as pdf.js's Lexer and Parser read it, as far as a stream's dictionary needs:
 * comments, nested and escaped strings, `#xx` in names, `N G R` references, and pdf.js's
 * leniency (a token that is not a name where a key should be is skipped).
 */

export class Name {
  constructor(readonly name: string) {}
}
export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export type Value = Name | Ref | number | Value[] | Map<string, Value> | null;

type Token = { kind: 'name'; value: string } | { kind: 'num'; value: number } | { kind: 'str' } | { kind: 'cmd'; value: string };

// 1 = white space, 2 = delimiter (PDF 32000-1 7.2.2); everything else is a regular character.
const CLASS = new Uint8Array(256);
for (const b of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[b] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
export const regular = (b: number | undefined) => b !== undefined && CLASS[b] === 0;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
function latin1(data: Uint8Array, from: number, to: number): string {
  if (to - from > 64) return Buffer.from(data.buffer, data.byteOffset + from, to - from).toString('latin1');
  let text = '';
  for (let i = from; i < to; i++) text += String.fromCharCode(data[i]!);
  return text;
}

export class Lexer {
  constructor(
    private readonly data: Uint8Array,
    public pos: number,
    private readonly end: number,
  ) {}

  next(): Token | null {
    const d = this.data;
    for (;;) {
      while (this.pos < this.end && CLASS[d[this.pos]!] === 1) this.pos++;
      if (d[this.pos] !== 0x25 || this.pos >= this.end) break;
      while (this.pos < this.end && d[this.pos] !== 0x0a && d[this.pos] !== 0x0d) this.pos++;
    }
    if (this.pos >= this.end) return null;
    const c = d[this.pos]!;
    if (c === 0x28) return this.string();
    if (c === 0x2f) return this.name();
    if (c === 0x3c || c === 0x3e) {
      if (d[this.pos + 1] === c && this.pos + 1 < this.end) {
        this.pos += 2;
        return { kind: 'cmd', value: c === 0x3c ? '<<' : '>>' };
      }
      this.pos++;
      if (c === 0x3e) return { kind: 'cmd', value: '>' };
      while (this.pos < this.end && d[this.pos] !== 0x3e) this.pos++;
      this.pos++;
      return { kind: 'str' };
    }
    if (CLASS[c] === 2) {
      this.pos++;
      return { kind: 'cmd', value: String.fromCharCode(c) };
    }
    const from = this.pos;
    while (this.pos < this.end && regular(d[this.pos])) this.pos++;
    const word = latin1(d, from, this.pos);
    return NUMBER.test(word) ? { kind: 'num', value: Number(word) } : { kind: 'cmd', value: word };
  }

  private string(): Token {
    const d = this.data;
    let depth = 0;
    for (; this.pos < this.end; this.pos++) {
      const c = d[this.pos];
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
    }
    this.pos++;
    return { kind: 'str' };
  }

  private name(): Token {
    const d = this.data;
    let name = '';
    for (this.pos++; this.pos < this.end && regular(d[this.pos]); this.pos++) {
      const c = d[this.pos]!;
      const hex = c === 0x23 ? latin1(d, this.pos + 1, Math.min(this.pos + 3, this.end)) : '';
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        name += String.fromCharCode(Number.parseInt(hex, 16));
        this.pos += 2;
      } else name += String.fromCharCode(c);
    }
    return { kind: 'name', value: name };
  }
}

/** The dictionary ends before it closes. One instance, thrown again and again: a hostile file makes many. */
export class EndOfInput extends Error {}
const END = new EndOfInput('the dictionary is not closed before the stream');

/** pdf.js's Parser.getObj over the tokens, with its one-token lookahead (buf1, buf2). */
export class Parser {
  buf1: Token | null;
  buf2: Token | null;
  constructor(private readonly lexer: Lexer) {
    this.buf1 = lexer.next();
    this.buf2 = lexer.next();
  }

  shift(): void {
    this.buf1 = this.buf2;
    this.buf2 = this.lexer.next();
  }

  obj(depth = 0): Value {
    if (depth > 100) throw END;
    const t = this.buf1;
    this.shift();
    if (t === null) throw END;
    if (t.kind === 'name') return new Name(t.value);
    if (t.kind === 'str') return null;
    if (t.kind === 'num') {
      const b1 = this.buf1;
      const b2 = this.buf2;
      if (
        Number.isInteger(t.value) &&
        b1?.kind === 'num' &&
        Number.isInteger(b1.value) &&
        b2?.kind === 'cmd' &&
        b2.value === 'R'
      ) {
        this.shift();
        this.shift();
        return new Ref(t.value, b1.value);
      }
      return t.value;
    }
    if (t.value === '[') {
      const items: Value[] = [];
      while (!isCmd(this.buf1, ']')) {
        if (this.buf1 === null) throw END;
        items.push(this.obj(depth + 1));
      }
      this.shift();
      return items;
    }
    if (t.value === '<<') {
      const dict = new Map<string, Value>();
      while (!isCmd(this.buf1, '>>')) {
        const key = this.buf1;
        if (key === null) throw END;
        // pdf.js skips a token that is not a name where a key should be.
        if (key.kind !== 'name') {
          this.shift();
          continue;
        }
        this.shift();
        if (this.buf1 === null) throw END;
        dict.set(key.value, this.obj(depth + 1));
      }
      // As pdf.js: the `>>` before `stream` stays, for the caller to see the stream follows.
      if (!isCmd(this.buf2, 'stream')) this.shift();
      return dict;
    }
    return null;
  }
}

export const isCmd = (t: Token | null, value: string) => t?.kind === 'cmd' && t.value === value;
