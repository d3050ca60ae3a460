import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ServiceClientCredentialsFactory } from 'botframework-connector';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { FakeOpenId, kidOf, newSigningKey, signJwt } from '../../devkit/index.js';
import { fixture, startHarness } from '../helpers/bot-harness.js';

const APP_ID = '6e4b8c2a-5f0d-4d1e-9a37-2b8c1f0e7d65';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** Outgoing calls get a fixed token instead of asking Entra (there is no internet in tests). */
class TestCredentials extends ServiceClientCredentialsFactory {
  async isValidAppId(appId: string) {
    return appId === APP_ID;
  }
  async isAuthenticationDisabled() {
    return false;
  }
  async createCredentials() {
    return {
      signRequest: async (request: { headers: { set(name: string, value: string): void } }) => {
        request.headers.set('authorization', 'Bearer test-outgoing-token');
        return request;
      },
    } as never;
  }
}

const channelKey = newSigningKey(kidOf('channel'));
const forgerKey = { ...newSigningKey(kidOf('channel')) }; // same kid, another private key
const openId = new FakeOpenId([channelKey]);
type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;

beforeAll(async () => {
  await openId.start();
  h = await startHarness({
    teams: {
      appId: APP_ID,
      appPassword: 'not-used',
      appType: 'SingleTenant',
      tenantId: TENANT,
      openIdMetadataUrl: openId.metadataUrl,
      credentialsFactory: new TestCredentials(),
    },
  });
});
afterAll(async () => {
  await h.close();
  await openId.stop();
});
beforeEach(() => h.connector.clear());

const now = () => Math.floor(Date.now() / 1000);
const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: 'https://api.botframework.com',
  aud: APP_ID,
  serviceurl: h.connector.url,
  nbf: now() - 60,
  exp: now() + 3600,
  ...overrides,
});

async function counts() {
  const db = h.running.store.db;
  const refs = await db
    .selectFrom('conversation_references')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  const answers = await db
    .selectFrom('answers')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return { refs: Number(refs?.n), answers: Number(answers?.n) };
}

describe('with an app id, every request needs a valid Bot Framework token', () => {
  test('the server listens on all interfaces and says it is authenticated', async () => {
    expect(h.running.host).toBe('0.0.0.0');
    expect(await (await fetch(`${h.running.url}/healthz`)).json()).toEqual({ status: 'ok', mode: 'authenticated' });
  });

  test.each([
    ['no Authorization header', () => ({})],
    ['a token signed by another key', () => ({ authorization: `Bearer ${signJwt(claims(), forgerKey)}` })],
    [
      'an expired token',
      () => ({ authorization: `Bearer ${signJwt(claims({ nbf: now() - 7200, exp: now() - 3600 }), channelKey)}` }),
    ],
    [
      'a token for another bot',
      () => ({ authorization: `Bearer ${signJwt(claims({ aud: '00000000-0000-0000-0000-000000000000' }), channelKey)}` }),
    ],
    [
      'a token from another issuer',
      () => ({ authorization: `Bearer ${signJwt(claims({ iss: 'https://evil.example' }), channelKey)}` }),
    ],
    [
      'a token for another serviceUrl',
      () => ({ authorization: `Bearer ${signJwt(claims({ serviceurl: 'https://attacker.example/' }), channelKey)}` }),
    ],
    ['garbage', () => ({ authorization: 'Bearer not.a.jwt' })],
    [
      'a token that never expires (no exp)',
      () => ({ authorization: `Bearer ${signJwt(claims({ exp: undefined }), channelKey)}` }),
    ],
  ])('%s → 401 and nothing changes', async (_name, headers) => {
    const before = await counts();
    const { status, text } = await h.post(fixture('teams/message-personal.json'), headers());
    expect(status).toBe(401);
    expect(text).toBe('{"error":"unauthorized"}');
    await new Promise((r) => setTimeout(r, 50));
    expect(h.connector.sent).toHaveLength(0);
    expect(await counts()).toEqual(before);
  });

  test('a valid token is accepted and the reply goes out with the bot’s own token', async () => {
    const before = await counts();
    const { status } = await h.post(fixture('teams/message-personal.json'), {
      authorization: `Bearer ${signJwt(claims(), channelKey)}`,
    });
    expect(status).toBe(200);
    await h.connector.waitFor(1);
    expect(h.connector.sent[0]?.authorization).toBe('Bearer test-outgoing-token');
    expect(await counts()).toEqual({ refs: before.refs + 1, answers: before.answers + 1 });
  });
});

describe('when the Bot Framework’s signing keys cannot be fetched', () => {
  test('every request is refused with 503, one log line each, and no internals in the body or on stderr', async () => {
    const lines: { level: string; obj: Record<string, unknown> }[] = [];
    const record = (level: string) => (obj: object) => lines.push({ level, obj: obj as Record<string, unknown> });
    const log = { info: record('info'), warn: record('warn'), error: record('error'), child: () => log };
    const down = await startHarness({
      log: log as never,
      teams: {
        appId: APP_ID,
        appPassword: 'not-used',
        appType: 'SingleTenant',
        tenantId: TENANT,
        openIdMetadataUrl: 'http://127.0.0.1:9/v1/.well-known/openidconfiguration',
        credentialsFactory: new TestCredentials(),
      },
    });
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (let i = 0; i < 5; i++) {
        const { status, text } = await down.post(fixture('teams/message-personal.json'), {
          authorization: `Bearer ${signJwt(claims(), channelKey)}`,
        });
        expect(status).toBe(503);
        expect(text).toBe('{"error":"authentication is unavailable"}');
      }
      expect(stderr).not.toHaveBeenCalled();
      const refusals = lines.filter((l) => l.obj.status === 503);
      expect(refusals).toHaveLength(5);
      expect(JSON.stringify(refusals)).not.toContain('eyJ'); // no token in the log
    } finally {
      stderr.mockRestore();
      await down.close();
    }
  });
});

test('mamoru serve: forged tokens each cost one structured log line at most, whatever botbuilder prints', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mamoru-serve-'));
  const child = spawn(process.execPath, ['bin/mamoru.js', 'serve', '--port', '0'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: {
      ...process.env,
      MAMORU_DATA_DIR: dataDir,
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'x',
      MicrosoftAppTenantId: TENANT,
      DATABASE_URL: '',
    },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL in ${out}`)), 20_000);
      const look = () => {
        const port = /listening on http:\/\/[\w.]+:(\d+)/.exec(out)?.[1];
        if (port) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${port}`);
        } else setTimeout(look, 50);
      };
      look();
    });
    const before = out.split('\n').length;
    const forged = signJwt(claims(), forgerKey);
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` },
        body: JSON.stringify({ ...fixture('teams/message-personal.json'), serviceUrl: 'https://smba.trafficmanager.net/jp/' }),
      });
      // 503 without the internet (the signing keys cannot be fetched), 401 with it.
      expect([401, 503]).toContain(response.status);
      expect(await response.text()).toMatch(/^\{"error":"(unauthorized|authentication is unavailable)"\}$/);
    }
    await new Promise((r) => setTimeout(r, 300));
    const lines = out
      .split('\n')
      .slice(before - 1)
      .filter((l) => l.trim());
    expect(lines.length).toBeLessThanOrEqual(2 * 20);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(out).not.toContain('BEGIN RSA PUBLIC KEY');
    expect(out).not.toContain(forged);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);
