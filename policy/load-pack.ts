import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod/v4';
import { type CompiledPackInput, compilePack, type Pack } from './compile-pack.js';
import { PackInvalidError, type PackIssue, PolicyError } from './errors.js';
import { locateIssue as locate, type ParsedYaml, parseYaml } from './parse-yaml.js';
import { PACK_FILES } from './schema.js';

/** The packs shipped with mamoru, one folder each under policy/packs/. */
export function packsDir(): string {
  // Compiled code lives in dist/policy/, sources in policy/: the YAML stays beside the sources.
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [join(here, 'packs'), resolve(here, '../../policy/packs')];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

/** Ids of the packs shipped with mamoru (`kumamoto`, `kurume`). */
export function listPackIds(): string[] {
  const dir = packsDir();
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'pack.yaml')))
    .sort();
}

export const DEFAULT_POLICY = 'kumamoto';

const cache = new Map<string, Pack>();

/** The shipped pack with this id, loaded and validated once per process. */
export function getPack(id: string = DEFAULT_POLICY): Pack {
  const cached = cache.get(id);
  if (cached) return cached;
  const ids = listPackIds();
  if (!ids.includes(id)) {
    throw new PolicyError('UNKNOWN_POLICY', `unknown policy id "${id}"; known ids: ${ids.join(', ')}`);
  }
  const pack = loadPack(join(packsDir(), id));
  cache.set(id, pack);
  return pack;
}

/**
 * Reads and validates a pack folder. A broken pack throws PackInvalidError naming, for every
 * problem, the file, the line, the path inside the file and what is wrong.
 *
 * @example loadPack('policy/packs/kumamoto').items.get('report_card')?.class // 'II'
 */
export function loadPack(dir: string): Pack {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PolicyError('PACK_NOT_FOUND', `no policy pack folder at ${dir}`);
  }
  const sources = readSources(dir);
  const snapshot = readSnapshot(dir, sources);
  return compilePack(snapshot ?? validate(sources, dir), dir);
}

type Sources = Map<string, string | null>;

/** `extends: kumamoto` at the top of a pack file: the file is that pack's, with this file's keys on top. */
const EXTENDS = /^extends:\s*([a-z][a-z0-9_]*)\s*$/m;

function readSources(dir: string): Sources {
  const sources: Sources = new Map();
  for (const name of Object.keys(PACK_FILES)) {
    const path = join(dir, name);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : null;
    sources.set(name, text);
    // The base a file extends is part of what the snapshot depends on.
    const base = text ? EXTENDS.exec(text)?.[1] : undefined;
    if (base) {
      const basePath = join(dir, '..', base, name);
      sources.set(`${name}@${base}`, existsSync(basePath) ? readFileSync(basePath, 'utf8') : null);
    }
  }
  return sources;
}

/**
 * A file that extends another pack's (`extends: kumamoto`): the base file's keys, then this file's;
 * `items` are merged by id (an item of the same id replaces the base's, a new one is added), as a
 * list (catalog.yaml) or keyed by id (descriptions.yaml).
 */
function resolveExtends(
  name: string,
  doc: Record<string, unknown>,
  sources: Sources,
): { doc?: Record<string, unknown>; error?: string } {
  const base = typeof doc.extends === 'string' ? doc.extends : undefined;
  if (!base) return { doc };
  const text = sources.get(`${name}@${base}`);
  if (text == null) return { error: `extends "${base}", but there is no ${base}/${name} beside this pack` };
  const parsed = parseYaml(`${base}/${name}`, text);
  if (parsed.errors.length > 0) return { error: `the base ${base}/${name} does not parse: ${parsed.errors[0]!.message}` };
  const { extends: _, ...own } = doc;
  const merged: Record<string, unknown> = { ...(parsed.doc.toJS() as Record<string, unknown>), ...own };
  if (Array.isArray(own.items)) {
    const baseItems = ((parsed.doc.toJS() as { items?: { id: string }[] }).items ?? []).slice();
    for (const item of own.items as { id: string }[]) {
      const at = baseItems.findIndex((b) => b.id === item.id);
      if (at >= 0) baseItems[at] = item;
      else baseItems.push(item);
    }
    merged.items = baseItems;
  } else if (own.items && typeof own.items === 'object') {
    // Items keyed by id (descriptions.yaml): this file's replace the base's of the same id.
    const baseItems = (parsed.doc.toJS() as { items?: Record<string, unknown> }).items ?? {};
    merged.items = { ...baseItems, ...(own.items as Record<string, unknown>) };
  }
  return { doc: merged };
}

function fingerprint(sources: Sources): string {
  const hash = createHash('sha256');
  for (const [name, text] of sources) hash.update(`${name}\0${text ?? ''}\0`);
  return hash.digest('hex');
}

/**
 * Parsing YAML is most of a cold start, so the build keeps a validated snapshot of each shipped
 * pack (dist/packs/ID.json) keyed by the hash of its YAML: an edited pack is validated anew.
 */
function snapshotPath(dir: string): string {
  return join(fileURLToPath(new URL('../', import.meta.url)), 'packs', `${basename(dir)}.json`);
}

function readSnapshot(dir: string, sources: Sources): CompiledPackInput | null {
  const path = snapshotPath(dir);
  if (!existsSync(path)) return null;
  try {
    const snap = JSON.parse(readFileSync(path, 'utf8')) as { fingerprint: string; data: CompiledPackInput };
    return snap.fingerprint === fingerprint(sources) ? snap.data : null;
  } catch {
    return null;
  }
}

/** Validates a pack and writes its snapshot beside the compiled code (run by the build). */
export function writeSnapshot(dir: string): string {
  const sources = readSources(dir);
  const data = validate(sources, dir);
  const path = snapshotPath(dir);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify({ fingerprint: fingerprint(sources), data }));
  return path;
}

function validate(sources: Sources, dir: string): CompiledPackInput {
  const issues: PackIssue[] = [];
  const parsed = new Map<string, ParsedYaml>();
  const data: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(PACK_FILES)) {
    const text = sources.get(name);
    if (text == null) {
      issues.push({ file: name, path: '', message: 'file is missing' });
      continue;
    }
    const file = parseYaml(name, text);
    parsed.set(name, file);
    if (file.errors.length > 0) {
      issues.push(...file.errors);
      continue;
    }
    const resolved = resolveExtends(name, (file.doc.toJS() ?? {}) as Record<string, unknown>, sources);
    if (resolved.error) {
      issues.push({ file: name, path: 'extends', message: resolved.error });
      continue;
    }
    const result = (schema as z.ZodType).safeParse(resolved.doc);
    if (!result.success) {
      for (const issue of result.error.issues) issues.push(locate(file, issue.path, issue.message));
    } else {
      data[name] = result.data;
    }
  }
  if (issues.length > 0) throw new PackInvalidError(dir, issues);

  const input = data as unknown as CompiledPackInput;
  const crossIssues = compilePack.check(input).map((issue) => {
    const file = parsed.get(issue.file);
    return file
      ? locate(file, issue.path, issue.message)
      : { file: issue.file, path: issue.path.join('.'), message: issue.message };
  });
  if (crossIssues.length > 0) throw new PackInvalidError(dir, crossIssues);
  return input;
}
