import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** mamoru's version from package.json (one level up from the sources, two from dist/). */
export function mamoruVersion(): string {
  if (cached) return cached;
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'mamoru' && pkg.version) {
        cached = pkg.version;
        return cached;
      }
    } catch {
      // try the next location
    }
  }
  cached = '0.0.0';
  return cached;
}
