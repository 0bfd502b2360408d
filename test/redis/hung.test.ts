import type { ResultOf } from '@graphql-typed-document-node/core';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { KeyRing } from '../../src/auth/crypto.js';
import { RedisTokenStore } from '../../src/auth/redis-store.js';
import { connectRedis } from '../../src/redis/connection.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { playAlbumAt, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { documentText, type TypedDocumentNode } from '../helpers/documents.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testExecutor } from '../helpers/executor.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';
import { emulatorConfig } from '../helpers/server.js';
import { type Stream, type StreamEvent, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// Real servers, a real redis-server stopped and resumed: generous deadlines, never timed assertions.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

/**
 * A hung Redis: the process stopped with SIGSTOP, so the kernel keeps the connections open and accepts
 * new ones while nothing answers (a black hole, as a wedged Redis or a dropped network looks to a
 * client). ioredis sees a `ready` connection; only timeouts reveal it. The servers must say so on
 * /ready, fail session look-ups with the documented error instead of hanging, serve the rest from
 * memory and Spotify, keep subscriptions going, and come back on SIGCONT without a restart.
 */

// Long enough that a loaded machine does not trip it; the hang is what trips it.
const COMMAND_TIMEOUT_MS = 1000;
const INTERVAL_MS = 250;
const ME = graphql(`query HungRedisMe { me { spotifyId } }`);
const STATE = graphql(
  `subscription HungRedisPlayback { playbackState { isPlaying device { volumePercent } } }`,
);
const ALBUM = graphql(`query HungRedisAlbum($id: ID!) { album(id: $id) { name } }`);
const ARTIST = graphql(`query HungRedisArtist($id: ID!) { artist(id: $id) { name } }`);

type State = ResultOf<typeof STATE>;

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** What a stream saw, one entry per event: `volume/playing`, `null`, or `error CODE`. */
const seen = (stream: Stream<State>): string[] =>
  stream.events.map((event: StreamEvent<State>) => {
    if (event.errors) return `error ${String(event.errors[0]?.extensions?.code)}`;
    const state = event.data?.playbackState;
    return state ? `${state.device?.volumePercent}/${state.isPlaying}` : 'null';
  });

describe('a hung Redis (SIGSTOP): connected, silent', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let a: AuthTestServer;
  let b: AuthTestServer;
  /** A server with the default catalog cache (memory, then Redis) and the shared rate limits. */
  let c: SpotifyGraphQLServer;
  const connections: Redis[] = [];
  const streams: Stream<State>[] = [];
  // One key for both instances, as ENCRYPTION_KEY is the same on every instance.
  const keys = KeyRing.parse(Buffer.alloc(32, 5).toString('base64'));

  const connect = async (): Promise<Redis> => {
    const connection = await connectRedis(redis.url, { commandTimeoutMs: COMMAND_TIMEOUT_MS });
    connections.push(connection);
    return connection;
  };
  const instance = async (): Promise<AuthTestServer> => {
    const connection = await connect();
    return startAuthServer({
      emu,
      store: new RedisTokenStore(connection),
      keys,
      redis: connection,
      config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
    });
  };
  const queryC = async <R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<Answer> => {
    const response = await c.yoga.fetch('http://server.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: documentText(document), variables }),
    });
    return (await response.json()) as Answer;
  };
  const ready = async (
    server: AuthTestServer,
  ): Promise<{ status: number; body: Record<string, unknown> }> => {
    const response = await server.fetch('/ready');
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    redis = await startTestRedis();
    emu = await startTestEmulator();
    a = await instance();
    b = await instance();
    c = await createServer({
      ...testExecutor(),
      config: emulatorConfig(emu, EXTENDED_APP),
      redis: await connect(),
      keys,
      logging: false,
    });
  });
  afterEach(async () => {
    // Whatever happened, the next test (and teardown) finds Redis awake and both instances trusting it
    // (a rate-limit pause may keep /ready at 503: that is not Redis).
    redis.resume();
    const trusted = async (server: AuthTestServer): Promise<boolean> =>
      (await ready(server)).body.status !== 'unavailable';
    await waitFor(
      async () => (await trusted(a)) && (await trusted(b)),
      () => 'Redis trusted again on both',
      30_000,
    );
  });
  afterAll(async () => {
    redis?.resume();
    for (const stream of streams) stream.stop();
    await a?.close();
    await b?.close();
    await c?.stop();
    for (const connection of connections) connection.disconnect();
    await emu?.close();
    await redis?.stop();
  });

  it('/ready answers 503 with the reason while Redis hangs, and 200 again after SIGCONT (no restart)', async () => {
    expect((await ready(a)).status).toBe(200);
    redis.hang();
    try {
      const hung = await ready(a);
      expect(hung.status).toBe(503);
      expect(hung.body).toEqual({
        status: 'unavailable',
        reason: 'Redis did not answer PING within 1000 ms',
      });
      expect((await ready(b)).status).toBe(503);
    } finally {
      redis.resume();
    }
    await waitFor(
      async () => (await ready(a)).status === 200 && (await ready(b)).status === 200,
      () => '/ready back to 200 on both',
      30_000,
    );
  });

  it('a request with a session gets SESSION_STORE_UNAVAILABLE (503), not a hang or a sign-out; after SIGCONT it works', async () => {
    const jar = await a.signIn('alice');
    expect((await b.graphql(ME, { jar })).body).toEqual({ data: { me: { spotifyId: 'alice' } } });
    redis.hang();
    try {
      for (const server of [a, b, a]) {
        const failed = await server.graphql(ME, { jar });
        expect(failed.status).toBe(503);
        expect(failed.body.errors?.[0]?.extensions?.code).toBe('SESSION_STORE_UNAVAILABLE');
      }
      const session = await b.fetch('/auth/session', { jar });
      expect(session.status).toBe(503);
      expect(session.headers.getSetCookie()).toEqual([]);
    } finally {
      redis.resume();
    }
    await waitFor(
      async () => (await a.graphql(ME, { jar })).body.data?.me !== undefined,
      () => 'the session answering again on a',
      30_000,
    );
    expect((await b.graphql(ME, { jar })).body).toEqual({ data: { me: { spotifyId: 'alice' } } });
  });

  it('requests without a session are served meanwhile: the catalog from Spotify (Redis skipped), limits counted in memory', async () => {
    const [id] = [...emu.state.catalog.albums.keys()];
    redis.hang();
    try {
      await emu.control('DELETE', '/requests');
      const answers = [
        await queryC(ALBUM, { id: id! }),
        await queryC(ALBUM, { id: id! }),
        await queryC(ALBUM, { id: id! }),
      ];
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.album).toEqual({ name: emu.state.catalog.albums.get(id!)?.name });
      }
      // Fetched once from Spotify, then from the memory level.
      const log = (await emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
      expect(log.byRoute['GET /v1/albums']).toBe(1);
    } finally {
      redis.resume();
    }
  });

  it('a session subscription goes on with the token it holds: changes during the hang arrive on both instances, with no null and no error', async () => {
    const jar = await a.signIn('carol');
    const carol = await emu.token({ user: 'carol' });
    const control = await playAlbumAt(emu, carol, 40);
    const bearer = `Bearer ${a.sessionToken(jar)}`;
    const onA = wsSubscribe(wsClient(`${a.origin}/graphql`, bearer), STATE);
    const onB = wsSubscribe(wsClient(`${b.origin}/graphql`, bearer), STATE);
    streams.push(onA, onB);
    for (const stream of [onA, onB]) await stream.until(() => seen(stream).at(-1) === '40/true');

    redis.hang();
    try {
      // Both instances' session look-ups fail now (proved above); the streams must not notice.
      await waitFor(
        async () => (await ready(a)).status === 503,
        () => 'a hung Redis on /ready',
      );
      expect((await control.volume(20)).status).toBe(204);
      for (const stream of [onA, onB]) await stream.until(() => seen(stream).at(-1) === '20/true', 30_000);
      expect((await control.pause()).status).toBe(204);
      for (const stream of [onA, onB]) await stream.until(() => seen(stream).at(-1) === '20/false', 30_000);
    } finally {
      redis.resume();
    }
    await waitFor(
      async () => (await ready(a)).status === 200,
      () => '/ready back to 200',
      30_000,
    );
    expect((await control.volume(60)).status).toBe(204);
    for (const stream of [onA, onB]) await stream.until(() => seen(stream).at(-1) === '60/false', 30_000);
    for (const stream of [onA, onB]) {
      expect(seen(stream)).toEqual(['40/true', '20/true', '20/false', '60/false']);
      expect(stream.completed).toBe(false);
    }
  });

  it('a subscription whose token expires during the hang keeps its last value (no null, no error) and goes on once Redis answers', async () => {
    const jar = await b.signIn('alice');
    const alice = await emu.token({ user: 'alice' });
    await playAlbumAt(emu, alice, 35);
    const stream = wsSubscribe(wsClient(`${b.origin}/graphql`, `Bearer ${b.sessionToken(jar)}`), STATE);
    streams.push(stream);
    await stream.until(() => seen(stream).at(-1) === '35/true');

    redis.hang();
    try {
      await waitFor(
        async () => (await ready(b)).status === 503,
        () => 'a hung Redis on /ready',
      );
      // Spotify now refuses the held token as expired; renewing it needs the session store.
      await emu.advanceClock(3_600_000);
      expect((await player(emu, await emu.token({ user: 'alice' })).volume(15)).status).toBe(204);
      // The poller keeps trying (the emulator sees its refused polls) without telling the stream.
      await emu.control('DELETE', '/requests');
      await waitFor(
        async () => {
          const log = (await emu.control('GET', '/requests')).json as {
            entries: { route: string; status: number }[];
          };
          return log.entries.filter((e) => e.route === '/v1/me/player' && e.status === 401).length >= 2;
        },
        () => 'refused polls during the hang',
        30_000,
      );
      expect(seen(stream)).toEqual(['35/true']);
    } finally {
      redis.resume();
    }
    // Redis answers: the session renews its token, and the change made meanwhile arrives (the hour
    // the emulator's clock moved may have ended the album too: only the volume is checked).
    await stream.until(() => seen(stream).at(-1)?.startsWith('15/') === true, 60_000);
    expect(seen(stream)).toHaveLength(2);
    expect(seen(stream)[0]).toBe('35/true');
    expect(stream.completed).toBe(false);
  });

  it('a 429 seen during the hang still pauses the instance that saw it (its own pause, no call until then)', async () => {
    const [first, second] = [...emu.state.catalog.artists.keys()];
    redis.hang();
    try {
      await emu.control('POST', '/faults', {
        route: 'GET /v1/artists',
        status: 429,
        retryAfter: 60,
        times: 1,
      });
      expect((await queryC(ARTIST, { id: first! })).errors?.[0]?.extensions?.code).toBe(
        'SPOTIFY_RATE_LIMITED',
      );
      await emu.control('DELETE', '/requests');
      expect((await queryC(ARTIST, { id: second! })).errors?.[0]?.extensions?.code).toBe(
        'SPOTIFY_RATE_LIMITED',
      );
      // No catalog call went out (the subscriptions above still poll the player: not counted here).
      const log = (await emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
      expect(log.byRoute['GET /v1/artists'] ?? 0).toBe(0);
    } finally {
      redis.resume();
      await emu.control('DELETE', '/faults');
    }
  });
});
