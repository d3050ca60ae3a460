import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { People, rng } from './corpus-data.js';
import { type Cls, KINDS } from './corpus-kinds.js';

export interface CorpusFile {
  path: string;
  kind: string;
  expected: Cls;
  bytes: number;
}

/**
 * Writes a labelled corpus of school documents into `dir`: every kind in corpus-kinds.ts, `perKind`
 * times (PDFs `pdfPerKind` times, as they are slow to write), with names that are often bland or
 * misleading. Returns each file's relative path and true class.
 */
export async function generateCorpus(
  dir: string,
  options: { perKind?: number; pdfPerKind?: number; seed?: number } = {},
): Promise<CorpusFile[]> {
  const perKind = options.perKind ?? 8;
  const pdfPerKind = options.pdfPerKind ?? 3;
  const people = new People(rng(options.seed ?? 20240401));
  const out: CorpusFile[] = [];
  const used = new Set<string>();
  for (const kind of KINDS) {
    const count = kind.pdf ? pdfPerKind : perKind;
    for (let i = 0; i < count; i++) {
      const made = await kind.make(people, i);
      // Names repeat on purpose (住所録.xlsx, 4月.xlsx): a repeated one goes into a numbered sub-folder.
      let folder = join(kind.folder, kind.id);
      if (used.has(`${folder}/${made.name}`)) folder = join(folder, String(i));
      used.add(`${folder}/${made.name}`);
      mkdirSync(join(dir, folder), { recursive: true });
      const path = `${folder}/${made.name}`;
      writeFileSync(join(dir, path), made.data);
      out.push({ path, kind: kind.id, expected: kind.expected, bytes: made.data.length });
    }
  }
  return out;
}

export { KINDS };
