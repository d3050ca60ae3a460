import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as googleChat from '../../bot/channels/google-chat/index.js';
import { CHANNELS, type ChannelModule, readJson } from '../../bot/channels/index.js';
import * as teams from '../../bot/channels/teams/index.js';
import type { RunningBot } from '../../bot/start-bot.js';
import { startBot } from '../../bot/start-bot.js';
import { quietLog } from '../helpers/bot-harness.js';

/** The names every channel folder exports (bot/channels/channel.ts: ChannelModule). */
const SHAPE = ['fromConfig', 'name', 'notConfigured', 'path'];

describe('every channel has the same shape', () => {
  test('teams and google-chat export the same names, and the list holds both, once each', () => {
    for (const channel of [teams, googleChat]) expect(SHAPE.filter((name) => !(name in channel))).toEqual([]);
    expect(typeof teams.fromConfig).toBe(typeof googleChat.fromConfig);
    expect(CHANNELS.map((c) => c.name)).toEqual(['teams', 'google_chat']);
    expect(CHANNELS.map((c) => c.path)).toEqual(['/api/messages', '/api/google-chat']);
  });
});

/**
 * A third channel, as a folder would add it: its module, one more entry in the list. It echoes
 * the bot's replies as JSON, and its user id says who asks.
 */
const echo: ChannelModule = {
  name: 'echo',
  path: '/api/echo',
  notConfigured: 'echo is not configured',
  fromConfig: (_config, bot) => ({
    name: 'echo',
    path: '/api/echo',
    localMode: true,
    async handle(req, res) {
      await readJson(req, res);
      const text = (req.body as { text?: unknown }).text;
      if (typeof text !== 'string') {
        res.status(400).json({ error: 'expected { text }' });
        return;
      }
      const result = await bot.receive({
        type: 'message',
        id: 'echo-1',
        channel: 'echo',
        user: { id: 'echo-user' },
        conversation: { id: 'echo-chat', kind: 'personal' },
        reference: { chat: 'echo-chat' },
        traits: { readableFiles: { ja: '読めません', en: 'none' }, isMessageOf: () => true },
        text,
        attachments: [],
      });
      res.json({ replies: result.replies.map((r) => r.text ?? '') });
    },
  }),
};
const off: ChannelModule = {
  ...echo,
  name: 'off',
  path: '/api/off',
  notConfigured: 'off: set MAMORU_OFF',
  fromConfig: () => undefined,
};

describe('a third channel is one module and one line in the list', () => {
  let running: RunningBot;
  beforeAll(async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    running = await startBot({
      port: 0,
      store: { dataDir: mkdtempSync(join(tmpdir(), 'mamoru-echo-')) },
      log: quietLog,
      channels: [...CHANNELS, echo, off],
    });
  }, 60_000);
  afterAll(async () => {
    await running?.close();
  });

  test('its requests reach the bot and are answered on its path', async () => {
    const response = await fetch(`${running.url}/api/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '通知表をメールで保護者に送ってもいいですか？' }),
    });
    expect(response.status).toBe(200);
    const { replies } = (await response.json()) as { replies: string[] };
    expect(replies.join('\n')).toMatch(/通知表/);
    expect(running.fronts.map((f) => f.name)).toEqual(['teams', 'echo']);
  });

  test('the server answers its body errors as for the others; a channel left off says how to turn it on', async () => {
    const bad = await fetch(`${running.url}/api/echo`, { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'the body is not valid JSON' });
    const offResponse = await fetch(`${running.url}/api/off`, { method: 'POST', body: '{}' });
    expect(offResponse.status).toBe(404);
    expect(await offResponse.json()).toEqual({ error: 'off: set MAMORU_OFF' });
    const chat = await fetch(`${running.url}/api/google-chat`, { method: 'POST', body: '{}' });
    expect(chat.status).toBe(404);
    expect(await chat.json()).toEqual({ error: googleChat.notConfigured });
  });
});
