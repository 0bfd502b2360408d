import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { albumWith, deviceIds, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { type Stream, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Each test waits for events with generous deadlines.
vi.setConfig({ testTimeout: 60_000 });

/**
 * One poller serves all of a user's subscribers, but each subscriber's own credential decides what it
 * gets: a logged-out session, a revoked token or a token without the player scope gets its error (and
 * no shared value), whoever else subscribes; one such subscriber never breaks the others; and
 * subscribing again and again does not make a Spotify call each time.
 */

const INTERVAL_MS = 100;
const STATE = graphql(`subscription CredentialsPlaybackState { playbackState { isPlaying } }`);
type State = ResultOf<typeof STATE>;

let t: AuthTestServer;
beforeAll(async () => {
  t = await startAuthServer({
    config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
  });
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

function subscribe(authorization: string): Stream<State> {
  const stream = wsSubscribe(wsClient(`${t.origin}/graphql`, authorization), STATE);
  open.push(stream);
  return stream;
}

/** Another client of the user (its own token) starts an album, or pauses. */
async function otherClient(user: string, action: 'play' | 'pause'): Promise<void> {
  const token = await t.emu.token({ user });
  const devices = await deviceIds(t.emu, token);
  const answer =
    action === 'play'
      ? await player(t.emu, token).play(
          { context_uri: `spotify:album:${albumWith(t.emu, 3).album.id}` },
          { device_id: devices.computer },
        )
      : await player(t.emu, token).pause();
  expect(answer.status).toBe(204);
}

/** A token of `user` with only `scopes`, minted by the emulator. */
async function tokenWith(user: string, scopes: string[]): Promise<string> {
  const answer = await t.emu.control('POST', '/tokens', { userId: user, scopes });
  expect(answer.status).toBe(200);
  return (answer.json as { access_token: string }).access_token;
}

const codeOf = (stream: Stream<State>, index: number): unknown =>
  stream.events[index]?.errors?.[0]?.extensions?.code;

it('ends a logged-out session with UNAUTHENTICATED while a plain token of the same user goes on', async () => {
  const plain = subscribe(`Bearer ${await t.emu.token({ user: 'alice' })}`);
  await plain.nth(0);
  const jar = await t.signIn('alice');
  const session = subscribe(`Bearer ${t.sessionToken(jar)}`);
  await session.nth(0);
  expect((await t.fetch('/auth/logout', { method: 'POST', jar })).status).toBe(204);
  await waitFor(
    () => session.completed,
    () => `the session's stream to end: ${JSON.stringify(session.events)}`,
  );
  expect(session.events.at(-1)?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const seen = session.events.length;
  await otherClient('alice', 'play');
  await plain.until((events) => events.some((event) => event.data?.playbackState?.isPlaying === true));
  expect(session.events.length).toBe(seen);
  expect(plain.completed).toBe(false);
  await otherClient('alice', 'pause');
});

it('refuses a revoked token whose user the server remembers, though another token of the user polls', async () => {
  const t1 = await t.emu.token({ user: 'bob' });
  const first = subscribe(`Bearer ${t1}`);
  await first.nth(0);
  first.stop();
  const other = subscribe(`Bearer ${await t.emu.token({ user: 'bob' })}`);
  await other.nth(0);
  expect((await t.emu.control('POST', '/tokens/revoke', { token: t1 })).status).toBe(200);
  // Past the few intervals a verification lasts.
  await t.emu.control('DELETE', '/requests');
  await waitFor(
    async () =>
      ((await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> }).byRoute[
        'GET /v1/me/player'
      ]! >= 5,
    () => 'five polls by the other token',
  );
  const again = subscribe(`Bearer ${t1}`);
  await waitFor(
    () => again.completed,
    () => `the revoked token's stream to end: ${JSON.stringify(again.events)}`,
  );
  expect(again.events).toHaveLength(1);
  expect(codeOf(again, 0)).toBe('UNAUTHENTICATED');
  expect(other.completed).toBe(false);
});

it('answers FORBIDDEN to a token without the player scope, before or after a full-scope subscriber', async () => {
  const narrow = await tokenWith('carol', ['user-read-private']);
  const full = `Bearer ${await t.emu.token({ user: 'carol' })}`;
  // The narrow token alone, then a full-scope subscriber after it.
  const alone = subscribe(`Bearer ${narrow}`);
  await alone.nth(0);
  expect(codeOf(alone, 0)).toBe('FORBIDDEN');
  const after = subscribe(full);
  await after.until((events) => events.some((event) => event.data?.playbackState === null));
  await otherClient('carol', 'play');
  await after.until((events) => events.some((event) => event.data?.playbackState?.isPlaying === true));
  expect(after.events.every((event) => event.errors === undefined)).toBe(true);
  // A narrow token joining the running poller gets no shared value either.
  const joining = subscribe(`Bearer ${narrow}`);
  await joining.nth(0);
  await otherClient('carol', 'pause');
  await after.until((events) => events.some((event) => event.data?.playbackState?.isPlaying === false));
  for (const stream of [alone, joining])
    expect(stream.events.every((event) => event.errors?.[0]?.extensions?.code === 'FORBIDDEN')).toBe(true);
  expect(codeOf(joining, 0)).toBe('FORBIDDEN');
});

it('serves a quick resubscribe from the last reading: churn costs at most one poll per interval', async () => {
  const token = `Bearer ${await t.emu.token({ user: 'alice' })}`;
  const client = wsClient(`${t.origin}/graphql`, token);
  const warm = wsSubscribe(client, STATE);
  await warm.nth(0);
  warm.stop();
  await t.emu.control('DELETE', '/requests');
  const started = Date.now();
  const CYCLES = 200;
  for (let cycle = 0; cycle < CYCLES; cycle += 1) {
    const stream = wsSubscribe(client, STATE);
    expect((await stream.nth(0)).errors).toBeUndefined();
    stream.stop();
  }
  const elapsedMs = Date.now() - started;
  const log = (await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
  const polls = log.byRoute['GET /v1/me/player'] ?? 0;
  // Each new poller used to poll at once (one call per cycle).
  expect(polls).toBeLessThanOrEqual(Math.ceil(elapsedMs / INTERVAL_MS) + 2);
  expect(polls).toBeLessThan(CYCLES);
});
