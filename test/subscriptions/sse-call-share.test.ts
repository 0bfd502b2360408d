import { afterAll, beforeAll, expect, it } from 'vitest';
import { configFromEnv } from '../../src/server/config.js';
import { playAlbum } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { documentText } from '../helpers/documents.js';
import {
  type Stream,
  sseStreamClient,
  sseStreamSubscribe,
  sseSubscribe,
  waitFor,
} from '../helpers/subscriptions.js';

/**
 * One client's Spotify calls in flight are bounded by one share (RATE_LIMIT_CONCURRENT x
 * REQUEST_SPOTIFY_CONCURRENCY), whatever carries its operations: SSE subscriptions in either mode take
 * from the same share as its graphql-ws subscriptions and HTTP requests (attack F3, fx-subs). Another
 * client has a share of its own.
 */

// Each subscriber's first event asks every artist of the playing track for an albums page. Each
// subscription asks for its own page size: identical ones would share one execution (cohorts.test.ts).
const FAN_OUT = graphql(`
  subscription SseCallShareFanOut($first: Int!) {
    playbackState {
      isPlaying
      item { ... on Track { artists { albums(first: $first) { nodes { name } } } } }
    }
  }
`);
const ARTIST_ALBUMS = graphql(
  `query SseCallShareArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 10) { nodes { name } } } }`,
);

/** A share of 1 x 3 = 3 calls in flight per client. */
const SHARE = 3;
const limits = {
  ...configFromEnv({}).limits,
  rateLimit: { requests: 1000, windowSeconds: 60, concurrent: 1 },
  requestConcurrency: SHARE,
};

let t: AuthTestServer;
let alice: string;
let bob: string;
let artistId: string;
beforeAll(async () => {
  t = await startAuthServer({ config: { limits } });
  alice = t.sessionToken(await t.signIn('alice'));
  bob = t.sessionToken(await t.signIn('bob'));
  const { tracks } = await playAlbum(t.emu, await t.emu.token({ user: 'alice' }));
  // Bob asks for an artist not on the playing track: his page is no load alice's events could share.
  const playing = new Set(tracks[0]!.artistIds);
  artistId = [...t.emu.state.catalog.artists.keys()].find((id) => !playing.has(id))!;
});
afterAll(async () => {
  await t?.close();
});

it("keeps one client's SSE subscriptions, in both modes, within its share of calls in flight; another client's query is not held behind them", async () => {
  await t.emu.control('POST', '/faults', { route: 'GET /v1/artists/{id}/albums', latencyMs: 1000 });
  const client = sseStreamClient(`${t.origin}/graphql`, `Bearer ${alice}`);
  const streams: Stream[] = [];
  let most = 0;
  let watching = true;
  const watch = (async () => {
    while (watching) {
      const log = (await t.emu.control('GET', '/requests')).json as { inFlight: number };
      most = Math.max(most, log.inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    await t.emu.control('DELETE', '/requests');
    // One at a time (RATE_LIMIT_CONCURRENT is 1: a burst of requests would be refused, not shared).
    for (let i = 0; i < 6; i++) {
      const stream = sseSubscribe(`${t.origin}/graphql`, FAN_OUT, alice, { first: 2 * i + 1 });
      streams.push(stream);
      expect(await stream.status).toBe(200);
      streams.push(sseStreamSubscribe(client, FAN_OUT, { first: 2 * i + 2 }));
      await waitFor(
        () => t.server.playerPollers.subscribers >= 2 * (i + 1),
        () => `${t.server.playerPollers.subscribers} subscribers`,
      );
    }
    // Alice's 12 first events need 12 x (the track's artists) albums pages, 3 at a time: bob's query,
    // with a share of its own, is answered before they are all done.
    const response = await t.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bob}` },
      body: JSON.stringify({ query: documentText(ARTIST_ALBUMS), variables: { id: artistId } }),
    });
    const answer = (await response.json()) as { data?: unknown; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ artist: { albums: { nodes: expect.any(Array) } } });
    expect(streams.some((stream) => stream.events.length === 0)).toBe(true);
    await waitFor(
      () => streams.every((stream) => stream.events.length > 0 || stream.failure !== undefined),
      () => `${streams.filter((stream) => stream.events.length > 0).length} of 12 have an event`,
      60_000,
    );
    for (const stream of streams) {
      expect(stream.failure).toBeUndefined();
      expect(stream.events[0]?.errors).toBeUndefined();
    }
    // Never more than alice's share at once, plus bob's one page and the poller's own call.
    expect(most).toBeGreaterThanOrEqual(SHARE);
    expect(most).toBeLessThanOrEqual(SHARE + 2);
  } finally {
    watching = false;
    await watch;
    for (const stream of streams) stream.stop();
    client.dispose();
    await t.emu.control('DELETE', '/faults');
  }
}, 120_000);
