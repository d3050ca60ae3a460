import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { duration, estimate } from '../../cli/scan-status.js';
import { FAKE_GRAPH_TOKEN, FakeGraph } from '../../devkit/index.js';
import { runCli } from '../helpers/run-cli.js';

const progress = (pending: number, recent: number, callsPerFile = 1) => ({
  drives: { total: 10, listing: 0, reading: 5, done: 5, failed: 0 },
  files: { listed: 100_000, done: 100_000 - pending, pending },
  recent,
  callsPerFile,
});
const budget = { source: 'graph', budget: 'graph:x', perMinute: 960, perDay: 960_000, unit: 'resource units', lastDay: 0 };

describe('the time a run has left', () => {
  test('at the pace of the last ten minutes, when the budget allows more', () => {
    // 6,000 files in ten minutes = 10/s: 9,000 files left take 15 minutes; the budget, 9.4.
    const eta = estimate(progress(9_000, 6_000), budget);
    expect(eta).toEqual({ ms: 900_000, byQuota: false });
    expect(duration(eta.ms)).toBe('約 15 分');
  });

  test('no sooner than the budget allows: a minute limit, then whole days', () => {
    expect(estimate(progress(9_000, 60_000), budget)).toEqual({ ms: (9_000 / 960) * 60_000, byQuota: true });
    // Two million units left, 960,000 a day with nothing spent today: three days.
    const days = estimate(progress(2_000_000, 600_000), budget);
    expect(days.byQuota).toBe(true);
    expect(days.ms).toBe(2 * 86_400_000);
    expect(duration(days.ms)).toBe('約 2 日と 0 時間');
    expect(estimate(progress(0, 0), budget).ms).toBe(0);
  });
});

describe('mamoru scan status after a run in the default mode', () => {
  let fake: FakeGraph;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await new FakeGraph({ users: 2, sites: 0, filesPerDrive: 3 }).start();
    dir = mkdtempSync(join(tmpdir(), 'mamoru-status-'));
    const config = join(dir, 'mamoru.yaml');
    writeFileSync(
      config,
      `sources:\n  - type: graph\n    base_url: ${fake.url}\n    sites: false\n    quota: { licences: 3000 }\n`,
    );
    env = {
      MAMORU_CONFIG: config,
      MAMORU_GRAPH_STATIC_TOKEN: FAKE_GRAPH_TOKEN,
      MAMORU_DATA_DIR: join(dir, 'data'),
      DATABASE_URL: '',
      MAMORU_LOG_LEVEL: 'silent',
    };
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('shows the run, its files and drives done, and the quota used against the budget', async () => {
    const scan = await runCli(['scan', '--source', 'graph'], '', env);
    expect(scan.code).toBe(0);
    const status = await runCli(['scan', 'status'], '', env);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/完了 \(done\)/);
    expect(status.stdout).toMatch(/ファイル 6 \/ 6 \(100\.0%\)、ドライブ 2 \/ 2 完了/);
    // A finished run has no rate nor time left to show (its walks' files are dropped once done).
    expect(status.stdout).not.toMatch(/直近10分|推定残り時間/);
    // Two OneDrive lookups, two delta pages, six downloads: 2 + 4 + 6 resource units, of 1,920 a
    // minute (1,001–5,000 licences, 80%); taken from the budget in chunks of up to 20.
    const quota = /graph\s+(\d+) \/ 1,920\s+(\d+) \/ 1,920,000\s+resource units/.exec(status.stdout);
    expect(Number(quota?.[1])).toBeGreaterThanOrEqual(12);
    expect(Number(quota?.[1])).toBeLessThanOrEqual(12 + 20);
    // Two CLI processes, each loading the packs: generous, as a busy machine can take 20 s.
  }, 90_000);
});
