import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { ManifestError } from './errors.js';
import { fillTemplate } from './fill-template.js';
import { readPngHeader } from './read-png-header.js';
import { validateManifest } from './validate-manifest.js';

/** Teams' sizes for the two icons; the outline icon must also be transparent. */
const ICONS = { color: 192, outline: 32 } as const;
// A fixed date keeps the zip byte-for-byte the same for the same inputs.
const MTIME = new Date('2025-01-01T00:00:00Z');

export interface AppPackage {
  zip: Uint8Array;
  /** The files at the zip's root: manifest.json first, then the files it names. */
  entries: string[];
}

/** The folder of the shipped template (`manifest/` in the repository, from sources or from dist/). */
export function templateDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [here, resolve(here, '../../manifest')];
  return candidates.find((dir) => existsSync(join(dir, 'manifest.json'))) ?? candidates[0]!;
}

/**
 * Builds the Teams app package from a template folder: fills `{{MicrosoftAppId}}`, validates the
 * manifest and its localization files against the bundled schema, checks the icons, and zips
 * manifest.json with every file it names. Throws ManifestError listing all problems found.
 * @example const { zip } = await buildAppPackage({ dir: templateDir(), appId: process.env.MicrosoftAppId! })
 */
export async function buildAppPackage(options: { dir: string; appId: string }): Promise<AppPackage> {
  const manifestPath = join(options.dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new ManifestError('TEMPLATE_NOT_FOUND', `no manifest.json in ${options.dir}`);
  }
  const text = fillTemplate(readFileSync(manifestPath, 'utf8'), { MicrosoftAppId: options.appId });
  const manifest = parseJson('manifest.json', text) as TemplateShape;
  const problems: string[] = [];
  const files = new Map<string, Uint8Array>([['manifest.json', new TextEncoder().encode(text)]]);
  for (const name of namedFiles(manifest)) {
    const path = join(options.dir, name);
    if (name !== basename(name) || name === 'manifest.json')
      problems.push(`manifest.json names "${name}": use a file name beside manifest.json`);
    else if (!existsSync(path)) problems.push(`${name}: missing from ${options.dir}`);
    else files.set(name, readFileSync(path));
  }
  const localizations = Object.fromEntries(
    localizationFiles(manifest)
      .filter((name) => files.has(name))
      .map((name) => [name, parseJson(name, new TextDecoder().decode(files.get(name)))]),
  );
  problems.push(...(await validateManifest(manifest, localizations)));
  for (const [kind, size] of Object.entries(ICONS) as [keyof typeof ICONS, number][]) {
    const name = manifest.icons?.[kind];
    const bytes = name === undefined ? undefined : files.get(name);
    if (name !== undefined && bytes !== undefined) problems.push(...iconProblems(name, bytes, size, kind === 'outline'));
  }
  if (problems.length > 0)
    throw new ManifestError('TEMPLATE_INVALID', `the app package template in ${options.dir} is invalid`, problems);
  return { zip: zipSync(Object.fromEntries(files), { mtime: MTIME }), entries: [...files.keys()] };
}

interface TemplateShape {
  icons?: { color?: string; outline?: string };
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { file?: string }[] };
}

function localizationFiles(manifest: TemplateShape): string[] {
  const info = manifest.localizationInfo;
  return [info?.defaultLanguageFile, ...(info?.additionalLanguages ?? []).map((l) => l.file)].filter(
    (f): f is string => typeof f === 'string',
  );
}

function namedFiles(manifest: TemplateShape): string[] {
  const icons = [manifest.icons?.color, manifest.icons?.outline].filter((f): f is string => typeof f === 'string');
  return [...new Set([...icons, ...localizationFiles(manifest)])];
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ManifestError('TEMPLATE_INVALID', `${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function iconProblems(name: string, bytes: Uint8Array, size: number, transparent: boolean): string[] {
  const png = readPngHeader(bytes);
  if (!png) return [`${name}: not a PNG file`];
  const problems: string[] = [];
  if (png.width !== size || png.height !== size)
    problems.push(`${name}: must be ${size}×${size} pixels, is ${png.width}×${png.height}`);
  if (transparent && png.colorType !== 4 && png.colorType !== 6)
    problems.push(`${name}: the outline icon needs a transparent background (a PNG with an alpha channel)`);
  return problems;
}
