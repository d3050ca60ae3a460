import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ConfigError, digestRouteOf, loadConfig, quotaOf } from '../../config/index.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'mamoru-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
function problems(path: string): string {
  try {
    loadConfig(path);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error(`${path} was accepted`);
}

describe('the configuration file (MAMORU_CONFIG)', () => {
  test('the README example loads, with defaults filled and relative paths taken from its folder', () => {
    const config = loadConfig(
      write(
        'mamoru.yaml',
        `policy: kumamoto
roster: ./staff.csv
schedule:
  scan: "0 6 * * 1-5"
  timezone: Asia/Tokyo
scan:
  max_download_mb: 20
  concurrency: 4
sources:
  - type: graph
    sites: true
    labels: false
  - type: google
    admin_email: admin@school.example.jp
  - type: local
    path: shared
notify:
  digest_to: [principal, security_staff]
  board_copy: true
`,
      ),
    );
    expect(config.roster).toBe(join(dir, 'staff.csv'));
    expect(config.sources).toEqual([
      { type: 'graph', base_url: 'https://graph.microsoft.com/v1.0', sites: true, labels: false, quota: { share: 0.8 } },
      {
        type: 'google',
        admin_email: 'admin@school.example.jp',
        customer: 'my_customer',
        labels: false,
        quota: { share: 0.8 },
      },
      { type: 'local', path: join(dir, 'shared') },
    ]);
    expect(digestRouteOf(config)).toEqual({ schoolRoles: ['principal', 'security_staff'], boardCopy: true });
  });

  test("a source's quota: Microsoft's documented limits for the tenant's size, times the share; explicit figures win", () => {
    const config = loadConfig(
      write(
        'quota.yaml',
        `sources:
  - type: graph
    quota: { licences: 12000 }
  - type: google
    admin_email: admin@school.example.jp
    quota: { per_minute: 600, per_day: 100000, share: 0.5 }
`,
      ),
    );
    const [graph, google] = config.sources;
    // 5,001–15,000 licences: 3,600 resource units a minute and 3,600,000 a day, of which 80%.
    expect(quotaOf(graph!)).toEqual({ per_minute: 2880, per_day: 2_880_000, unit: 'resource units' });
    expect(quotaOf(google!)).toEqual({ per_minute: 600, per_day: 100_000, unit: 'queries' });
    const none = loadConfig(write('quota-default.yaml', 'sources:\n  - type: graph\n'));
    expect(quotaOf(none.sources[0]!)).toEqual({ per_minute: 960, per_day: 960_000, unit: 'resource units' });
    expect(() => loadConfig(write('quota-bad.yaml', 'sources:\n  - type: graph\n    quota: { per_minute: 0 }\n'))).toThrow(
      ConfigError,
    );
  });

  test('an empty file is every default: the principal gets the digests, no schedule', () => {
    const config = loadConfig(write('empty.yaml', ''));
    expect(config).toMatchObject({ policy: 'kumamoto', sources: [], schedule: { timezone: 'Asia/Tokyo' } });
    expect(config.schedule.scan).toBeUndefined();
    expect(digestRouteOf(config)).toEqual({ schoolRoles: ['principal'], boardCopy: false });
  });

  test('problems name the file, the line and the field', () => {
    const message = problems(
      write(
        'bad.yaml',
        `schedule:
  scan: "every morning"
notify:
  digest_to: [teacher]
sources:
  - type: graph
    base_url: not a url
`,
      ),
    );
    expect(message).toMatch(/bad\.yaml:2:\d+ schedule\.scan: .*not a cron expression/);
    expect(message).toMatch(/bad\.yaml:4:\d+ notify\.digest_to\[0\]: .*"principal"\|"security_staff"/);
    expect(message).toMatch(/bad\.yaml:7:\d+ sources\[0\]\.base_url: /);
  });

  test('unknown keys are refused, not ignored (a typo must not silently change who is told)', () => {
    expect(problems(write('typo.yaml', 'notify:\n  digests_to: [principal]\n'))).toMatch(
      /typo\.yaml:\d+:\d+ notify: .*digests_to/,
    );
  });

  test('broken YAML and a missing file are reported, not thrown at the user', () => {
    expect(problems(write('broken.yaml', 'sources: [\n'))).toMatch(/broken\.yaml/);
    expect(problems(join(dir, 'missing.yaml'))).toMatch(/cannot read the file/);
  });

  test('mamoru scan with an invalid configuration exits 4 with the problems, and touches no store', async () => {
    const data = join(dir, 'data');
    const result = await runCli(['scan', '--source', 'graph'], '', {
      MAMORU_CONFIG: write('cli.yaml', 'schedule:\n  scan: "61 * * * *"\n'),
      MAMORU_DATA_DIR: data,
    });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/cli\.yaml:2:\d+ schedule\.scan/);
    expect(result.stdout).toBe('');
  });
});
