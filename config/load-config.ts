import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { formatIssue, type PackIssue } from '../policy/errors.js';
import { locateIssue, parseYaml } from '../policy/parse-yaml.js';
import { configSchema, type MamoruConfig } from './schema.js';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly issues: PackIssue[],
  ) {
    super(`the configuration ${file} is invalid:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration file; problems name the file, line and field. Relative
 * paths in it (roster, local sources) are taken from the file's folder.
 */
export function loadConfig(path: string): MamoruConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(path, [{ file: basename(path), path: '', message: 'cannot read the file' }]);
  }
  const file = parseYaml(basename(path), text);
  if (file.errors.length > 0) throw new ConfigError(path, file.errors);
  const result = configSchema.safeParse(file.doc.toJS() ?? {});
  if (!result.success)
    throw new ConfigError(
      path,
      result.error.issues.map((i) => locateIssue(file, i.path, i.message)),
    );
  const base = dirname(resolve(path));
  const config = result.data;
  return {
    ...config,
    ...(config.roster ? { roster: resolve(base, config.roster) } : {}),
    sources: config.sources.map((s) => (s.type === 'local' ? { ...s, path: resolve(base, s.path) } : s)),
  };
}
