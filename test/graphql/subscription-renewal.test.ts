/**
 * A 401 on a signed-in user's player poll is renewed once, as a query's is (v17 attack G7; F6's rule:
 * a 401 the session survives is that call's refusal): the poll renews the session's token (the
 * session's single flight, shared with its queries) and polls again, and the subscription goes on. A
 * 401 that outlives the renewal ends the subscription with UNAUTHENTICATED, as before. Over SSE, with
 * the session token as bearer; the executor as the GraphQL suite's project says (NO_JIT).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { playAlbum } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { sseSubscribe, waitFor } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

const PLAYBACK = graphql(`subscription SubscriptionRenewalPlayback { playbackState { isPlaying } }`);

let t: AuthTestServer;
let session: string;
let alice: string;
let stream: { stop(): void } | undefined;

beforeAll(async () => {
  t = await startAuthServer({
    emulator: { refreshTokenRotation: 'always' },
    config: { jit: !process.env.NO_JIT, playerPollIntervalMs: 100, playerIdlePollIntervalMs: 100 },
  });
  session = t.sessionToken(await t.signIn('alice'));
  alice = await t.emu.token({ user: 'alice' });
});
afterAll(() => t.close());

beforeEach(async () => {
  stream?.stop();
  await t.emu.control('DELETE', '/faults');
  await playAlbum(t.emu, alice);
});

/** The emulator's calls by route since the log was last cleared. */
async function calls(): Promise<Record<string, number>> {
  return ((await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> }).byRoute;
}

/** A playback subscription that has had its first event (isPlaying true), with the log cleared after it. */
async function subscribed() {
  const s = sseSubscribe(`${t.origin}/graphql`, PLAYBACK, session);
  stream = s;
  await s.until((events) => events.some((e) => e.data?.playbackState !== undefined));
  await t.emu.control('DELETE', '/requests');
  return s;
}

describe("a 401 on a signed-in user's player poll", () => {
  it('is renewed once and polled again: the subscription goes on with the next change', async () => {
    const s = await subscribed();
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player', status: 401, times: 1 });
    await waitFor(
      async () => ((await calls())['GET /v1/me/player'] ?? 0) >= 3,
      () => `calls ${JSON.stringify(s.events)}`,
    );
    // Old code: the stream ended with UNAUTHENTICATED and no token call.
    expect(s.completed).toBe(false);
    expect(s.events.flatMap((e) => e.errors ?? [])).toEqual([]);
    expect((await calls())['POST /api/token']).toBe(1);
    const pause = await t.emu.api('PUT', '/v1/me/player/pause', { token: alice });
    expect(pause.status).toBeLessThan(300);
    await s.until((events) => events.some((e) => e.data?.playbackState?.isPlaying === false));
  });

  it('that outlives the renewal ends the subscription with UNAUTHENTICATED, after one token call', async () => {
    const s = await subscribed();
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player', status: 401, times: 2 });
    await s.until((events) => events.some((e) => (e.errors ?? []).length > 0));
    const error = s.events.flatMap((e) => e.errors ?? [])[0];
    expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
    await waitFor(
      () => s.completed,
      () => 'the stream did not end',
    );
    expect((await calls())['POST /api/token']).toBe(1);
  });
});
