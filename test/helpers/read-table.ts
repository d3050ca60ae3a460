import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod/v4';

/**
 * A table of a test, from its YAML file, checked against the shape the test expects: a key the
 * shape does not know (a misspelt `says:`) fails the file rather than leaving a check out.
 *
 *   const { questions } = readTable(new URL('./questions/kurume.yaml', import.meta.url), Kurume);
 */
export function readTable<T extends z.ZodType>(url: URL, shape: T): z.infer<T> {
  const path = fileURLToPath(url);
  const parsed = shape.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
