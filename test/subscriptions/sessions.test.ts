import { createClient } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { albumWith, deviceIds, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, type CookieJar, startAuthServer } from '../helpers/auth.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Each test signs in and waits for events with generous deadlines.
vi.setConfig({ testTimeout: 60_000 });

/**
 * Subscriptions of signed-in users: the session cookie of the WebSocket upgrade request, or the session
 * token as `connectionParams.authorization`; the session's token is renewed during the subscription,
 * and logging out ends it with UNAUTHENTICATED.
 */

const STATE = graphql(`subscription SessionsPlaybackState { playbackState { isPlaying } }`);
type State = { playbackState?: { isPlaying: boolean } | null };

let t: AuthTestServer;
beforeAll(async () => {
  t = await startAuthServer({ config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 100 } });
});
afterAll(() => t.close());

const open: Stream<State>[] = [];
afterEach(async () => {
  for (const stream of open.splice(0)) stream.stop();
  await waitFor(
    () => t.server.playerPollers.subscribers === 0,
    () => 'subscribers to leave',
  );
});

/** A graphql-ws client whose upgrade request carries the jar's cookies, as a browser's would. */
function cookieClient(jar: CookieJar) {
  const cookie = jar.header();
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  return createClient({
    url: `${t.origin.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieWebSocket,
    lazy: true,
    retryAttempts: 0,
  });
}

/** Another client of the user (its own token, minted now) starts an album on the laptop. */
async function otherClientPlays(user: string): Promise<void> {
  const token = await t.emu.token({ user });
  const { album } = albumWith(t.emu, 3);
  const devices = await deviceIds(t.emu, token);
  const answer = await player(t.emu, token).play(
    { context_uri: `spotify:album:${album.id}` },
    { device_id: devices.computer },
  );
  expect(answer.status).toBe(204);
}

it('follows the player of the session whose cookie came with the WebSocket upgrade', async () => {
  const jar = await t.signIn('carol');
  const stream = wsSubscribe(cookieClient(jar), STATE);
  open.push(stream);
  expect(await stream.nth(0)).toEqual({ data: { playbackState: null } });
  await otherClientPlays('carol');
  expect(await stream.nth(1)).toEqual({ data: { playbackState: { isPlaying: true } } });
});

it('takes the session token as connectionParams.authorization, and renews its Spotify token unnoticed', async () => {
  const jar = await t.signIn('alice');
  const stream = wsSubscribe(wsClient(`${t.origin}/graphql`, `Bearer ${t.sessionToken(jar)}`), STATE);
  open.push(stream);
  await stream.nth(0);
  const before = stream.events.length;
  await t.emu.control('DELETE', '/requests');
  // An hour passes at Spotify: every token issued so far has expired there.
  await t.emu.advanceClock(3_600_000);
  await otherClientPlays('alice');
  await stream.until((events) =>
    events.slice(before).some((event) => event.data?.playbackState?.isPlaying === true),
  );
  expect(stream.events.every((event) => event.errors === undefined)).toBe(true);
  expect(stream.completed).toBe(false);
  // The session renewed its token (the other client's token came from the control API, not from here).
  const log = (await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
  expect(log.byRoute['POST /api/token']).toBe(1);
});

it('ends with UNAUTHENTICATED once the user logs out', async () => {
  const jar = await t.signIn('bob');
  const stream = wsSubscribe(cookieClient(jar), STATE);
  open.push(stream);
  await stream.nth(0);
  const logout = await t.fetch('/auth/logout', { method: 'POST', jar });
  expect(logout.status).toBe(204);
  await waitFor(
    () => stream.completed,
    () => `the stream to end: ${JSON.stringify(stream.events)}`,
  );
  expect(stream.events.at(-1)?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});
