import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ConfigError, EnvironmentError, readConfig } from '../../config/index.js';
import { runCli } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mamoru-read-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readConfig: the environment and the configuration file, once', () => {
  test('nothing set: local mode, ./data, the defaults', () => {
    const config = readConfig({});
    expect(config.file).toBeUndefined();
    expect(config.store).toEqual({ databaseUrl: undefined, dataDir: undefined });
    expect(config.teams).toMatchObject({ appId: undefined, appType: 'SingleTenant' });
    expect(config.googleChat).toBeUndefined();
    expect(config.workerMemoryMb).toBe(1536);
    expect(config.leases).toEqual({ outboxMs: undefined, scanMs: undefined });
  });

  test('every variable lands in its place; empty is unset; the file named by MAMORU_CONFIG is read and validated', () => {
    const file = join(dir, 'mamoru.yaml');
    writeFileSync(file, 'policy: kurume\n');
    const config = readConfig({
      MAMORU_CONFIG: file,
      DATABASE_URL: '',
      MAMORU_DATA_DIR: '/srv/mamoru',
      MAMORU_OUTBOX_LEASE_SECONDS: '8',
      MicrosoftAppId: 'app',
      MAMORU_GOOGLE_CHAT_AUDIENCE: 'https://bot.example.jp/api/google-chat',
      MAMORU_GRAPH_TENANT_ID: 't',
      MAMORU_GOOGLE_ADMIN_EMAIL: 'admin@example.jp',
      MAMORU_WORKER_MEMORY_MB: '512',
      PATH: '/opt/tools',
    });
    expect(config.file?.policy).toBe('kurume');
    expect(config.store).toEqual({ databaseUrl: undefined, dataDir: '/srv/mamoru' });
    expect(config.leases.outboxMs).toBe(8000);
    expect(config.teams.appId).toBe('app');
    expect(config.googleChat?.auth).toEqual({ mode: 'endpoint_url', audience: 'https://bot.example.jp/api/google-chat' });
    expect(config.graph.tenantId).toBe('t');
    expect(config.google.adminEmail).toBe('admin@example.jp');
    expect(config.workerMemoryMb).toBe(512);
    expect(config.toolPath).toBe('/opt/tools');
  });

  test('a bad value is refused with the variable, what it must be, and what it was', () => {
    expect(() => readConfig({ MAMORU_OUTBOX_LEASE_SECONDS: 'soon' })).toThrow(EnvironmentError);
    expect(() => readConfig({ MAMORU_OUTBOX_LEASE_SECONDS: 'soon' })).toThrow(
      'MAMORU_OUTBOX_LEASE_SECONDS must be a number of seconds between 1 and 86400 (got "soon")',
    );
    expect(() => readConfig({ MAMORU_WORKER_MEMORY_MB: '64' })).toThrow(
      'MAMORU_WORKER_MEMORY_MB must be a whole number of MB, 128 or more (got "64")',
    );
    expect(() => readConfig({ MAMORU_CONFIG: join(dir, 'missing.yaml') })).toThrow(ConfigError);
  });

  test('the mamoru command says a bad value as a usage error (exit 2), before touching anything', async () => {
    const result = await runCli(['findings', 'summary'], '', {
      MAMORU_WORKER_MEMORY_MB: 'lots',
      MAMORU_DATA_DIR: join(dir, 'data'),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('MAMORU_WORKER_MEMORY_MB must be a whole number of MB, 128 or more (got "lots")');
  });

  test('no code below the entry points reads process.env: only config/ does', () => {
    const found = execFileSync(
      'grep',
      [
        '-rln',
        'process.env',
        '--include=*.ts',
        'bot',
        'store',
        'scan',
        'connectors',
        'extract',
        'policy',
        'ports',
        'adaptive-cards',
        'config',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    )
      .trim()
      .split('\n');
    expect(found).toEqual(['config/read-config.ts']);
  });
});
