import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EXIT, UsageError } from '../../cli/errors.js';
import type { Io } from '../../cli/io.js';
import { manifestCommand } from '../../cli/manifest-command.js';
import { fillTemplate, MANIFEST_SCHEMA_VERSION, templateDir, validateManifest } from '../../manifest/index.js';

const APP_ID = '1b4e28ba-2fa1-11d2-883f-0016d3cca427';
const TEMPLATE = templateDir();

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mamoru-manifest-'));
  vi.stubEnv('MicrosoftAppId', undefined);
  // Validation must use the schema bundled in node_modules: any network access fails the test.
  vi.stubGlobal('fetch', () => Promise.reject(new Error('network access during manifest validation')));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

function fakeIo(): Io & { out: string; err: string } {
  const io: Io & { out: string; err: string } = {
    out: '',
    err: '',
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    stdin: process.stdin,
    isTTY: false,
  };
  return io;
}

/** Size, colour type and pixels of an 8-bit RGB or RGBA PNG (what Chromium screenshots are). */
function decodePng(png: Uint8Array): { width: number; height: number; colorType: number; pixels: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const [width, height, bitDepth, colorType] = [view.getUint32(16), view.getUint32(20), png[24]!, png[25]!];
  expect(bitDepth).toBe(8);
  const bpp = colorType === 6 ? 4 : 3;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? pixels[y * stride + x - bpp]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      pixels[y * stride + x] = (raw[y * (stride + 1) + 1 + x]! + predictor) & 0xff;
    }
  }
  return { width, height, colorType, pixels };
}

async function buildZip(args: string[]) {
  const io = fakeIo();
  const out = join(dir, 'out', 'mamoru-teams.zip');
  const code = await manifestCommand(['--out', out, ...args], io);
  return { code, io, out, files: existsSync(out) ? unzipSync(readFileSync(out)) : {} };
}

describe('the manifest template', () => {
  test(`validates offline against the bundled Teams schema v${MANIFEST_SCHEMA_VERSION}`, async () => {
    const manifest = JSON.parse(fillTemplate(readFileSync(join(TEMPLATE, 'manifest.json'), 'utf8'), { MicrosoftAppId: APP_ID }));
    const en = JSON.parse(readFileSync(join(TEMPLATE, 'en.json'), 'utf8'));
    expect(manifest.manifestVersion).toBe(MANIFEST_SCHEMA_VERSION);
    expect(await validateManifest(manifest, { 'en.json': en })).toEqual([]);
  });

  test('the validator reports schema errors rather than passing everything', async () => {
    const problems = await validateManifest({ manifestVersion: '1.30', id: 'nope' }, { 'en.json': { 'name.shortt': 'x' } });
    expect(problems).toContain(
      `manifest.json (top level) must have required property 'icons'. Details: {"missingProperty":"icons"}`,
    );
    expect(problems.some((p) => p.startsWith('manifest.json /id must match pattern'))).toBe(true);
    expect(problems.some((p) => p.startsWith('en.json (top level) must NOT have additional properties'))).toBe(true);
  });

  test('the English localization covers every command of the Japanese default', () => {
    const manifest = JSON.parse(readFileSync(join(TEMPLATE, 'manifest.json'), 'utf8'));
    const en = JSON.parse(readFileSync(join(TEMPLATE, 'en.json'), 'utf8'));
    manifest.bots[0].commandLists.forEach((list: { commands: { title: string }[] }, i: number) => {
      list.commands.forEach((_, j) => {
        expect(en[`bots[0].commandLists[${i}].commands[${j}].title`]).toMatch(/\S/);
        expect(en[`bots[0].commandLists[${i}].commands[${j}].description`]).toMatch(/\S/);
      });
    });
  });
});

describe('mamoru manifest', () => {
  test('writes a zip of exactly manifest.json, the two icons and en.json, with the app id filled in', async () => {
    const { code, io, files } = await buildZip(['--app-id', APP_ID]);
    expect(io.err).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(io.out).toContain('mamoru-teams.zip');
    expect(Object.keys(files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.bots[0].supportsFiles).toBe(true);
    expect(manifest.bots[0].commandLists.map((l: { scopes: string[] }) => l.scopes)).toEqual([
      ['personal'],
      ['team'],
      ['groupChat'],
    ]);
    expect(manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toContain(
      '通知表をメールで送ってもいい？',
    );
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'ja-jp',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en.json' }],
    });
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  test('the icons are a 192×192 opaque colour PNG and a 32×32 white-on-transparent outline', async () => {
    const { files } = await buildZip(['--app-id', APP_ID]);
    const color = decodePng(files['color.png']!);
    expect([color.width, color.height, color.colorType]).toEqual([192, 192, 2]); // RGB: no transparency at all
    expect(new Set(color.pixels).size).toBeGreaterThan(50); // a picture, not a flat fill

    const outline = decodePng(files['outline.png']!);
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    let visible = 0;
    const notWhite: number[] = [];
    for (let i = 0; i < outline.pixels.length; i += 4) {
      if (outline.pixels[i + 3] === 0) continue;
      visible++;
      if ([...outline.pixels.subarray(i, i + 3)].some((channel) => channel < 240)) notWhite.push(i / 4);
    }
    expect(notWhite, 'outline pixels that are not white').toEqual([]);
    expect(outline.pixels[3]).toBe(0); // a transparent corner
    expect(visible).toBeGreaterThan(100); // and a mark to see
  });

  test('takes the app id from MicrosoftAppId when --app-id is not given', async () => {
    vi.stubEnv('MicrosoftAppId', APP_ID.toUpperCase());
    const { code, files } = await buildZip([]);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(new TextDecoder().decode(files['manifest.json'])).bots[0].botId).toBe(APP_ID.toUpperCase());
  });

  // main() turns a UsageError into `エラー: <message>` on stderr and exit code 2 (EXIT.usage).
  test.each([
    ['no app id at all', [], /アプリ ID がありません.*MicrosoftAppId.*--app-id/s],
    ['an app id that is not a GUID', ['--app-id', 'mamoru-bot'], /「mamoru-bot」は GUID ではありません.*must be a GUID/s],
  ])('refuses %s with a usage error and writes nothing', async (_, args, message) => {
    const io = fakeIo();
    const out = join(dir, 'never.zip');
    const run = manifestCommand(['--out', out, ...args], io);
    await expect(run).rejects.toBeInstanceOf(UsageError);
    await expect(run).rejects.toThrow(message);
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    [
      'a wrong manifestVersion',
      'manifest.json',
      (m: Record<string, unknown>) => ({ ...m, manifestVersion: '1.29' }),
      'manifest.json /manifestVersion must be equal to constant. Details: {"allowedValue":"1.30"}',
    ],
    [
      'an accent colour that is not #rrggbb',
      'manifest.json',
      (m: Record<string, unknown>) => ({ ...m, accentColor: 'teal' }),
      'manifest.json /accentColor must match pattern',
    ],
    [
      'an unknown localization key',
      'en.json',
      (m: Record<string, unknown>) => ({ ...m, 'name.shortest': 'm' }),
      'en.json (top level) must NOT have additional properties',
    ],
  ])('fails on a template with %s, naming the schema error', async (_, file, change, error) => {
    cpSync(TEMPLATE, join(dir, 'template'), { recursive: true });
    const path = join(dir, 'template', file);
    writeFileSync(path, JSON.stringify(change(JSON.parse(readFileSync(path, 'utf8')))));
    const { code, io, out } = await buildZip(['--app-id', APP_ID, '--template', join(dir, 'template')]);
    expect(code).toBe(EXIT.input);
    expect(io.err).toContain(`v${MANIFEST_SCHEMA_VERSION}`);
    expect(io.err).toContain(error);
    expect(existsSync(out)).toBe(false);
  });

  test('fails when an icon has the wrong size', async () => {
    cpSync(TEMPLATE, join(dir, 'template'), { recursive: true });
    cpSync(join(TEMPLATE, 'color.png'), join(dir, 'template', 'outline.png'));
    const { code, io } = await buildZip(['--app-id', APP_ID, '--template', join(dir, 'template')]);
    expect(code).toBe(EXIT.input);
    expect(io.err).toContain('outline.png: must be 32×32 pixels, is 192×192');
  });
});
