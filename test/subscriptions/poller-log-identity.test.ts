import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { memoryLogger } from '../helpers/memory-log.js';
import { waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * A player poller serves every subscriber of a user, so what it logs is no one subscriber's: its
 * lines name the poller (a digest of the user's id and the resource), never the request id of the
 * subscription that happened to start it (issue 10). Before, its timers ran in that subscription's
 * request scope and every line of the poll carried its requestId.
 */

const STATE = graphql(`subscription PollerLogIdentityState { playbackState { isPlaying } }`);

const log = memoryLogger();
let t: AuthTestServer;
beforeAll(async () => {
  t = await startAuthServer({
    logger: log.logger,
    config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 100 },
  });
});
afterAll(() => t.close());

it("writes a poll's log line with the poller's identity, not the requestId of the subscription that started it", async () => {
  const jar = await t.signIn('carol');
  const first = wsSubscribe(wsClient(`${t.origin}/graphql`, `Bearer ${t.sessionToken(jar)}`), STATE);
  await first.nth(0);
  // Spotify's refresh grant dies (six months after consent): the poll's session read renews the
  // session's token, is refused, and the session ends with a warn line written during the poll.
  await t.emu.advanceClock(200 * 24 * 3600 * 1000);
  await waitFor(
    () => first.completed,
    () => `the stream to end: ${JSON.stringify(first.events)}`,
  );
  expect(first.events.at(-1)?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  let subscriptionLine: Record<string, unknown> | undefined;
  await waitFor(
    () => {
      subscriptionLine = log.lines().find((line) => line.operationName === 'PollerLogIdentityState');
      return subscriptionLine !== undefined;
    },
    () => `the subscription's request line in ${log.text().slice(0, 2000)}`,
  );
  const ended = log.lines().filter((line) => /refused its refresh token/.test(String(line.msg)));
  expect(ended).toHaveLength(1);
  const [line] = ended;
  expect(line?.requestId).toBeUndefined();
  expect(line?.poller).toEqual({ user: expect.stringMatching(/^[0-9a-f]{16}$/), resource: 'state' });
  // A digest of the user's id, not the id itself.
  expect(JSON.stringify(line)).not.toContain('carol');
  expect(typeof subscriptionLine?.requestId).toBe('string');
  expect(log.text()).not.toContain(t.sessionToken(jar));
});
