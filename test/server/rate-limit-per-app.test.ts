import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, type CookieJar, startAuthServer } from '../helpers/auth.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { type Stream, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * Spotify's rate limit is per app (Web API guide, "Rate limits"): a 429 with Retry-After to a caller's
 * bearer token, whose app the server cannot know, pauses that token's calls alone; the server's own app
 * (its app token and its signed-in users' tokens) is paused only by its own 429s, and `/ready` reports
 * only that pause. Before, one caller with a throttled app of its own stopped every user and took the
 * instance out of its load balancer for the whole Retry-After (v16 attack on issue 7, D10).
 */

const ALBUM = graphql(`query PerAppPauseAlbum($id: ID!) { album(id: $id) { name } }`);
const ME = graphql(`query PerAppPauseMe { me { id displayName } }`);
const PLAYBACK = graphql(`subscription PerAppPausePlayback { playbackState { isPlaying } }`);

let emu: TestEmulator;
let t: AuthTestServer;
let stream: Stream<unknown> | undefined;
let album: string;

beforeAll(async () => {
  emu = await startTestEmulator();
  album = [...emu.state.catalog.albums.keys()][0]!;
});
afterAll(() => emu.close());
afterEach(async () => {
  stream?.stop();
  stream = undefined;
  await t.close();
  await emu.control('DELETE', '/faults');
});

/** A fresh server of the Extended app on the shared emulator, its players polled every 100 ms. */
async function startServer(): Promise<AuthTestServer> {
  return startAuthServer({ emu, config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 100 } });
}

/** The Web API calls the emulator saw since the last clear, as `METHOD route status`. */
async function sent(): Promise<string[]> {
  const log = (await emu.control('GET', '/requests')).json as {
    entries: { method: string; route: string; status: number }[];
  };
  return log.entries
    .filter((entry) => entry.route.startsWith('/v1/'))
    .map((entry) => `${entry.method} ${entry.route} ${entry.status}`);
}

async function clearLog(): Promise<void> {
  await emu.control('DELETE', '/requests');
}

/** Makes Spotify answer the next call of `route` with 429 and a Retry-After of 30 s. */
async function rateLimitNext(route: string): Promise<void> {
  const answer = await emu.control('POST', '/faults', { route, status: 429, retryAfter: 30, times: 1 });
  expect(answer.status).toBeLessThan(300);
}

/** The album's name, asked anonymously (the server's app token), with no error. */
async function anonymousAlbum(): Promise<unknown> {
  const answer = await t.graphql(ALBUM, { variables: { id: album } });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data;
}

async function ready(): Promise<{ status: number; body: unknown }> {
  const response = await t.fetch('/ready');
  return { status: response.status, body: await response.json() };
}

it("pauses only the caller whose token of another app met Spotify's 429: anonymous requests, the server's signed-in users and other callers are answered, /ready stays 200", async () => {
  t = await startServer();
  const carol: CookieJar = await t.signIn('carol');
  const otherApp = await emu.token({ user: 'bob', app: 'development' });
  const sameAppCaller = await emu.token({ user: 'alice' });
  await rateLimitNext('GET /v1/me');
  await clearLog();
  const limited = await t.graphql(ME, { bearer: otherApp });
  expect(limited.body.errors?.[0]?.extensions).toMatchObject({
    code: 'SPOTIFY_RATE_LIMITED',
    retryAfter: 30,
  });
  expect(await sent()).toEqual(['GET /v1/me 429']);

  await clearLog();
  expect(await anonymousAlbum()).toEqual({ album: { name: expect.any(String) } });
  const signedIn = await t.graphql(ME, { jar: carol });
  expect(signedIn.body).toEqual({
    data: { me: { id: 'spotify:user:carol', displayName: expect.any(String) } },
  });
  const caller = await t.graphql(ME, { bearer: sameAppCaller });
  expect(caller.body).toEqual({
    data: { me: { id: 'spotify:user:alice', displayName: expect.any(String) } },
  });
  expect(await sent()).toEqual(['GET /v1/albums 200', 'GET /v1/me 200', 'GET /v1/me 200']);
  expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });

  // The throttled caller itself stays paused for its Retry-After: held back, nothing sent.
  await clearLog();
  const again = await t.graphql(ME, { bearer: otherApp });
  expect(again.body.errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
  expect(await sent()).toEqual([]);
});

it("still pauses the server's own app on its own 429: anonymous requests and signed-in users are held, /ready says 503, a caller of another app is answered", async () => {
  t = await startServer();
  const carol = await t.signIn('carol');
  const otherApp = await emu.token({ user: 'bob', app: 'development' });
  await rateLimitNext('GET /v1/albums');
  await clearLog();
  const limited = await t.graphql(ALBUM, { variables: { id: album } });
  expect(limited.body.errors?.[0]?.extensions).toMatchObject({
    code: 'SPOTIFY_RATE_LIMITED',
    retryAfter: 30,
  });
  expect(await sent()).toEqual(['GET /v1/albums 429']);

  await clearLog();
  const held = await t.graphql(ME, { jar: carol });
  expect(held.body.errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
  expect(await sent()).toEqual([]);
  const readiness = await ready();
  expect(readiness.status).toBe(503);
  expect(readiness.body).toMatchObject({ status: 'rate-limited' });

  const other = await t.graphql(ME, { bearer: otherApp });
  expect(other.body).toEqual({ data: { me: { id: 'spotify:user:bob', displayName: expect.any(String) } } });
  expect(await sent()).toEqual(['GET /v1/me 200']);
});

it("pauses only the subscriber whose token of another app met Spotify's 429 on a player poll", async () => {
  t = await startServer();
  const otherApp = await emu.token({ user: 'bob', app: 'development' });
  const events = wsSubscribe(wsClient(`${t.origin}/graphql`, `Bearer ${otherApp}`), PLAYBACK);
  stream = events;
  await events.nth(0);
  await rateLimitNext('GET /v1/me/player');
  // The poll's 429 reached the subscriber: its last value, marked stale with Spotify's Retry-After.
  await events.until((all) => all.some((event) => event.extensions?.stale !== undefined));
  const stale = events.events.find((event) => event.extensions?.stale !== undefined);
  expect(stale?.extensions?.stale).toMatchObject({ code: 'SPOTIFY_RATE_LIMITED', retryAfter: 30 });

  await clearLog();
  expect(await anonymousAlbum()).toEqual({ album: { name: expect.any(String) } });
  expect(await sent()).toEqual(['GET /v1/albums 200']);
  expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });
});
