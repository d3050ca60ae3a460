import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

/** The Teams manifest schema mamoru's template is written for: the newest one @microsoft/app-manifest bundles. */
export const MANIFEST_SCHEMA_VERSION = '1.30';

type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;
type Manifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];

/**
 * Checks a filled manifest and its localization files against the Teams JSON schemas bundled in
 * @microsoft/app-manifest — read from node_modules, never fetched, so it works offline.
 * Returns one line per problem, prefixed with the file: `manifest.json /accentColor must match pattern …`.
 */
export async function validateManifest(manifest: unknown, localizations: Record<string, unknown> = {}): Promise<string[]> {
  const problems = (await check(manifest, 'MicrosoftTeams.schema.json')).map((p) => `manifest.json ${p}`);
  for (const [file, strings] of Object.entries(localizations)) {
    problems.push(...(await check(strings, 'MicrosoftTeams.Localization.schema.json')).map((p) => `${file} ${p}`));
  }
  return problems;
}

async function check(json: unknown, schemaFile: string): Promise<string[]> {
  const problems = await AppManifestUtils.validateAgainstSchema(json as Manifest, bundledSchema(schemaFile));
  return problems.map((p) => (p.startsWith(' ') ? `(top level)${p}` : p));
}

function bundledSchema(file: string): Schema {
  // The package has no "exports" map, so its files resolve by path.
  const root = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'));
  const path = join(root, 'build', 'json-schemas', 'teams', `v${MANIFEST_SCHEMA_VERSION}`, file);
  return repairPatterns(JSON.parse(readFileSync(path, 'utf8'))) as Schema;
}

/**
 * The localization schema has keys like `^activities.activityTypes\\[\\b(…)\\b]\\.description$`: a lone `]`
 * is a literal without the u flag but a syntax error with it, and ajv compiles with it. Escaping a
 * `]` outside a character class keeps the meaning and lets the schema compile.
 */
function repairPatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'pattern' && typeof value === 'string') return [key, escapeLoneBrackets(value)];
      if (key === 'patternProperties' && value && typeof value === 'object')
        return [key, Object.fromEntries(Object.entries(value).map(([p, v]) => [escapeLoneBrackets(p), repairPatterns(v)]))];
      return [key, repairPatterns(value)];
    }),
  );
}

function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += c + (pattern[++i] ?? '');
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']' && !inClass) {
      out += '\\]';
      continue;
    } else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}
