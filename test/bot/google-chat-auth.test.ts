import { afterAll, beforeAll, expect, test } from 'vitest';
import { createChatVerifier } from '../../bot/channels/google-chat/verify-token.js';
import { FakeGoogleChat, kidOf, newSigningKey, signJwt } from '../../devkit/index.js';

const PROJECT = '123456789012';
const chatKey = newSigningKey(kidOf('chat'));
const rotated = newSigningKey(kidOf('chat-rotated'));
const keys = [chatKey];
const google = new FakeGoogleChat(keys);
beforeAll(() => google.start());
afterAll(() => google.stop());

const seconds = () => Math.floor(Date.now() / 1000);
const token = (key = chatKey, kid = key.kid) =>
  `Bearer ${signJwt({ iss: 'chat@system.gserviceaccount.com', aud: PROJECT, iat: seconds() - 10, exp: seconds() + 3600 }, { ...key, kid })}`;

test('tokens naming unknown keys do not fetch the certificates each time; a key rotated a minute later is still accepted', async () => {
  let fetches = 0;
  let clock = 1_000_000;
  const verify = createChatVerifier({
    mode: 'project_number',
    audience: PROJECT,
    certsUrl: google.certsUrl,
    fetch: (input, init) => {
      fetches++;
      return fetch(input, init);
    },
    now: () => clock,
  });
  await verify(token());
  expect(fetches).toBe(1);

  // 100 forged tokens, each with a key id of its own, some at the same time.
  const forged = Array.from({ length: 100 }, (_, i) => token(chatKey, `forged-${i}`));
  const results = await Promise.allSettled(forged.map((t) => verify(t)));
  expect(results.every((r) => r.status === 'rejected')).toBe(true);
  expect(fetches).toBeLessThanOrEqual(2);

  // Google rotates its key; a minute on, the first token signed with it fetches once more and passes.
  keys.push(rotated);
  clock += 61_000;
  await verify(token(rotated));
  expect(fetches).toBeLessThanOrEqual(3);
  await expect(verify(token(chatKey, 'forged-again'))).rejects.toThrow();
  expect(fetches).toBeLessThanOrEqual(3);
});
