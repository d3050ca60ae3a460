import { type Decoded, Out, within } from './pdf-bounded-output.js';

/**
 * The PDF filters that are neither zlib nor brotli, decoded in JavaScript as pdf.js decodes them,
 * into an output that refuses to grow past its bound (or only counts, when the bytes are not needed).
 */

/** pdf.js's LZWStream, step for step (its 4096-entry tables included), so the count is what it would make. */
export function lzw(input: Uint8Array, max: number, keep: boolean, earlyChange: number): Decoded {
  const values = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  const prevCodes = new Uint16Array(4096);
  const sequence = new Uint8Array(4096);
  for (let i = 0; i < 256; i++) {
    values[i] = i;
    lengths[i] = 1;
  }
  const out = new Out(max, keep);
  let nextCode = 258;
  let codeLength = 9;
  let prevCode = 0;
  let length = 0;
  let pos = 0;
  let bits = 0;
  let cache = 0;
  for (;;) {
    while (bits < codeLength) {
      if (pos >= input.length) return out.done();
      cache = ((cache << 8) | input[pos++]!) & 0xffffff;
      bits += 8;
    }
    bits -= codeLength;
    const code = (cache >>> bits) & ((1 << codeLength) - 1);
    const hasPrev = length > 0;
    if (code < 256) {
      sequence[0] = code;
      length = 1;
    } else if (code >= 258) {
      if (code < nextCode) {
        length = lengths[code]!;
        for (let j = length - 1, q = code; j >= 0; j--) {
          sequence[j] = values[q]!;
          q = prevCodes[q]!;
        }
      } else sequence[length++] = sequence[0]!;
    } else if (code === 256) {
      codeLength = 9;
      nextCode = 258;
      length = 0;
      continue;
    } else return out.done();
    if (hasPrev) {
      prevCodes[nextCode] = prevCode;
      lengths[nextCode] = lengths[prevCode]! + 1;
      values[nextCode] = sequence[0]!;
      nextCode++;
      const n = nextCode + earlyChange;
      if ((n & (n - 1)) === 0) codeLength = Math.min((Math.log(n) / Math.LN2 + 1) | 0, 12);
    }
    prevCode = code;
    for (let j = 0; j < length; j++) out.push(sequence[j] ?? 0);
  }
}

export function runLength(input: Uint8Array, max: number, keep: boolean): Decoded {
  const out = new Out(max, keep);
  for (let pos = 0; pos < input.length; ) {
    const header = input[pos++]!;
    if (header === 128) break;
    if (header < 128) for (let j = 0; j <= header && pos < input.length; j++) out.push(input[pos++]!);
    else if (pos < input.length) out.push(input[pos++]!, 257 - header);
  }
  return out.done();
}

export function asciiHex(input: Uint8Array, max: number): Decoded {
  const digits: number[] = [];
  for (const c of input) {
    if (c === 0x3e) break;
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
    if (d >= 0) digits.push(d);
  }
  const bytes = new Uint8Array(Math.ceil(digits.length / 2));
  for (let i = 0; i < digits.length; i += 2) bytes[i / 2] = (digits[i]! << 4) | (digits[i + 1] ?? 0);
  return within({ size: bytes.length, bytes }, max);
}

export function ascii85(input: Uint8Array, max: number): Decoded {
  const out = new Out(max, true);
  const group: number[] = [];
  const flush = (n: number) => {
    while (group.length < 5) group.push(0x75);
    let value = 0;
    for (const c of group) value = value * 85 + (c - 0x21);
    for (let i = 0; i < n - 1; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    group.length = 0;
  };
  for (const c of input) {
    if (c === 0x7e) break;
    if (CLASS_SPACE.has(c)) continue;
    if (c === 0x7a && group.length === 0) {
      out.push(0, 4);
      continue;
    }
    group.push(c);
    if (group.length === 5) flush(5);
  }
  if (group.length > 0) flush(group.length);
  return out.done();
}

const CLASS_SPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
