// Debug: print a file's extracted text and its classification. Extraction cached in /tmp/ocr-cache.
// node scripts/debug-file.mjs (after npm run build) <file> [--text]

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_LIMITS, extractBuffer, newExtractContext } from '../dist/extract/index.js';
import { classifyDocument, DEFAULT_POLICY, getPack } from '../dist/policy/index.js';

const file = process.argv[2];
const data = readFileSync(file);
const key = createHash('sha1').update(data).digest('hex');
mkdirSync('/tmp/ocr-cache', { recursive: true });
const cache = `/tmp/ocr-cache/${key}.json`;
let extracted;
if (existsSync(cache)) extracted = JSON.parse(readFileSync(cache, 'utf8'));
else {
  extracted = await extractBuffer(new Uint8Array(data), basename(file), {}, newExtractContext(DEFAULT_LIMITS));
  delete extracted.embedded;
  writeFileSync(cache, JSON.stringify(extracted));
}
if (process.argv.includes('--text')) {
  console.log('--- text ---');
  console.log(extracted.text);
  console.log('--- tables ---', JSON.stringify(extracted.tables ?? []).slice(0, 2000));
}
const pack = getPack(DEFAULT_POLICY);
const name = basename(file);
const r = classifyDocument(pack, { name, path: file, type: extracted.format, ...extracted });
console.log(JSON.stringify({ class: r.class, asset: r.asset, reasons: r.reasons, evidence: r.evidence }, null, 1));
