import { beforeEach, expect, it, vi } from 'vitest';
import { SpotifyApiClient } from '../../src/spotify/client.js';
import { AuthorizationCodeFlow } from '../../src/spotify/flows.js';
import { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import { albumWith } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { EXTENDED_APP } from '../helpers/emulator.js';
import { useTestServer } from '../helpers/server.js';
import {
  firstThenRateLimit,
  type Stream,
  stopStreamAfterEach,
  waitFor,
  wsClient,
  wsSubscribe,
} from '../helpers/subscriptions.js';

// Each test waits for events with generous deadlines (a loaded CI machine must not fail them).
vi.setConfig({ testTimeout: 60_000 });

/**
 * What goes wrong during a long subscription: Spotify's rate limit, a token that expires, a sign-in
 * that is revoked. The stream carries Spotify's errors as GraphQL errors, renews what it can without a
 * trace, and ends with UNAUTHENTICATED when the sign-in is gone.
 */

const INTERVAL_MS = 100;
const STATE = graphql(
  `subscription SubscriptionsFaultsPlaybackState { playbackState { isPlaying volume: device { volumePercent } } }`,
);

/** Refresh tokens by access token, as an embedding application would keep them. */
const refreshTokens = new Map<string, string>();

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
  // The embedding case of the usage guide: a client whose tokenRenew hook refreshes user tokens, and
  // which waits out no Retry-After longer than 1 s itself (longer ones reach the pollers).
  client: (config) =>
    new SpotifyApiClient(
      new AuthorizationCodeFlow({
        applicationId: EXTENDED_APP.clientId,
        applicationSecret: EXTENDED_APP.clientSecret,
        scopes: [],
      }),
      {
        apiUrl: config.apiUrl,
        accountsUrl: config.accountsUrl,
        appMode: 'extended',
        env: {},
        maxRetryAfter: 1,
        tokenRenew: (client, expired) => {
          const refreshToken = expired === undefined ? undefined : refreshTokens.get(expired.accessToken);
          return client.refreshToken(
            new SpotifyAuthorisationToken({ accessToken: expired?.accessToken ?? 'none', refreshToken }),
          );
        },
      },
    ),
});

let alice: string;
let aliceRefresh: string;
let stream: Stream<{ playbackState: { isPlaying: boolean | null } | null }>;

beforeEach(async () => {
  await t.emu.reset();
  const answer = await t.emu.control('POST', '/tokens', { clientId: EXTENDED_APP.clientId, userId: 'alice' });
  const tokens = answer.json as { access_token: string; refresh_token: string };
  alice = tokens.access_token;
  aliceRefresh = tokens.refresh_token;
  refreshTokens.set(alice, aliceRefresh);
});

stopStreamAfterEach(t, () => stream);

/** Another client of alice's (its own token) changes her player. */
async function otherClientPlays(): Promise<void> {
  const other = await t.emu.token({ user: 'alice' });
  const devices = (await t.emu.api('GET', '/v1/me/player/devices', { token: other })).json as {
    devices: { id: string; type: string }[];
  };
  const laptop = devices.devices.find((device) => device.type === 'Computer')!;
  const { album } = albumWith(t.emu, 3);
  const answer = await t.emu.api('PUT', '/v1/me/player/play', {
    token: other,
    query: { device_id: laptop.id },
    body: { context_uri: `spotify:album:${album.id}` },
  });
  expect(answer.status).toBe(204);
}

it('honours a 429 Retry-After: the stream keeps its value, marked stale, and no poll goes out before it', async () => {
  stream = wsSubscribe(wsClient(t.url, `Bearer ${alice}`), STATE);
  const first = await firstThenRateLimit(t, stream, 'GET /v1/me/player');
  const stale = await stream.nth(1);
  // A failed poll is no news about the player: the last value stays, with why it is not fresh.
  expect(stale.errors).toBeUndefined();
  expect(stale.data).toEqual(first.data);
  expect(stale.extensions?.stale).toMatchObject({
    code: 'SPOTIFY_RATE_LIMITED',
    retryAfter: 2,
    readAt: expect.any(String),
  });
  // After the wait the current value comes again, fresh (no `stale`), though it did not change.
  const fresh = await stream.nth(2);
  expect(fresh.data).toEqual(first.data);
  expect(fresh.extensions).toBeUndefined();
  expect(stream.completed).toBe(false);

  const log = (await t.emu.control('GET', '/requests')).json as {
    entries: { route: string; status: number; at: number }[];
  };
  const polls = log.entries.filter((entry) => entry.route === '/v1/me/player');
  const limited = polls.findIndex((entry) => entry.status === 429);
  expect(limited).toBeGreaterThanOrEqual(0);
  const next = polls[limited + 1];
  expect(next).toBeDefined();
  expect(next!.at - polls[limited]!.at).toBeGreaterThanOrEqual(2_000);
});

it('renews an expired token without the stream noticing', async () => {
  stream = wsSubscribe(wsClient(t.url, `Bearer ${alice}`), STATE);
  expect((await stream.nth(0)).data).toEqual({ playbackState: null });
  await t.clearLog();
  expect((await t.emu.control('POST', '/tokens/expire', { token: alice })).status).toBe(200);
  await otherClientPlays();
  expect((await stream.nth(1)).data).toMatchObject({ playbackState: { isPlaying: true } });
  expect(stream.events.every((event) => event.errors === undefined)).toBe(true);
  expect(stream.completed).toBe(false);
  // One renewal; the polls after it use the fresh token (no further renewals while polling goes on).
  const before = await t.calls();
  await waitFor(
    async () => ((await t.calls())['GET /v1/me/player'] ?? 0) >= (before['GET /v1/me/player'] ?? 0) + 5,
    () => 'five more polls',
  );
  const byRoute = ((await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> })
    .byRoute;
  expect(byRoute['POST /api/token']).toBe(1);
});

it('completes with UNAUTHENTICATED when the token is revoked', async () => {
  stream = wsSubscribe(wsClient(t.url, `Bearer ${alice}`), STATE);
  await stream.nth(0);
  expect((await t.emu.control('POST', '/tokens/revoke', { token: alice })).status).toBe(200);
  await waitFor(
    () => stream.completed,
    () => `the stream to end; events ${JSON.stringify(stream.events)}`,
  );
  expect(stream.failure).toBeUndefined();
  expect(stream.events.at(-1)?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  await waitFor(
    () => t.server.playerPollers.pollerCount === 0,
    () => 'the poller to stop',
  );
});

it('a new token whose user lookup meets a 429 gets the error, waits out the Retry-After and then streams', async () => {
  // The server has not seen this token: its user's id comes from GET /v1/me, which Spotify refuses.
  await t.emu.control('POST', '/faults', { route: 'GET /v1/me', status: 429, retryAfter: 2, times: 1 });
  await t.clearLog();
  stream = wsSubscribe(wsClient(t.url, `Bearer ${alice}`), STATE);
  const refused = await stream.nth(0);
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'SPOTIFY_RATE_LIMITED', retryAfter: 2 });
  // The stream stays open: after the wait the lookup is asked again and the player follows.
  expect((await stream.nth(1)).data).toEqual({ playbackState: null });
  await otherClientPlays();
  await waitFor(
    () => stream.events.some((event) => event.data?.playbackState?.isPlaying === true),
    () => `alice's playback; events ${JSON.stringify(stream.events)}`,
  );
  expect(stream.completed).toBe(false);

  const log = (await t.emu.control('GET', '/requests')).json as {
    entries: { route: string; status: number; at: number }[];
  };
  const lookups = log.entries.filter((entry) => entry.route === '/v1/me');
  expect(lookups.map((entry) => entry.status)).toEqual([429, 200]);
  expect(lookups[1]!.at - lookups[0]!.at).toBeGreaterThanOrEqual(2_000);
});
