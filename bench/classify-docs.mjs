// npm run bench:classify [-- REF_ROOT]: the classifier alone on the blind corpora's text documents
// (eval/scan/blind-1a, 1b, 3; images, archives, mails and legacy formats left out), one core, three
// passes after a warm-up, in documents per second. With REF_ROOT (another checkout, built), the same
// documents are classified by that checkout's dist/ in the same run, as the reference.
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = resolve(fileURLToPath(import.meta.url), '../..');
const CORPORA = ['blind-1a', 'blind-1b', 'blind-3'].map((c) => join(HERE, 'eval/scan', c));
const SKIP = /^(jpg|jpeg|png|zip|eml|msg|xls|doc|ppt)$/;

async function documents(root) {
  const ex = await import(join(root, 'dist/extract/index.js'));
  const out = [];
  for (const dir of CORPORA)
    for (const line of readFileSync(join(dir, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const { path, format } = JSON.parse(line);
      if (SKIP.test(format)) continue;
      try {
        const r = await ex.extractBuffer(
          readFileSync(join(dir, 'files', path)),
          basename(path),
          ex.newExtractContext(ex.DEFAULT_LIMITS),
        );
        out.push({ name: basename(path), text: r.text, tables: r.tables, headings: r.headings, properties: r.properties });
      } catch {
        // a file the extractor refuses is not the classifier's cost
      }
    }
  return out;
}

async function rate(root, inputs) {
  const { getPack } = await import(join(root, 'dist/policy/index.js'));
  const { classifyDocument } = await import(join(root, 'dist/policy/classify/classify-document.js'));
  const pack = getPack('kumamoto');
  for (const input of inputs) classifyDocument(pack, input);
  const start = performance.now();
  let n = 0;
  for (let pass = 0; pass < 3; pass++)
    for (const input of inputs) {
      classifyDocument(pack, { ...input });
      n++;
    }
  return (n / (performance.now() - start)) * 1000;
}

const inputs = await documents(HERE);
const roots = [HERE, ...process.argv.slice(2).map((r) => resolve(r))];
for (const root of roots)
  console.log(`${root}: ${inputs.length} documents, ${(await rate(root, inputs)).toFixed(0)} documents/s`);
