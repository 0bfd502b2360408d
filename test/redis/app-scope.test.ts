import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/redis/connection.js';
import { redisKeyPrefix } from '../../src/redis/scope.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';
import { emulatorConfig } from '../helpers/server.js';

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Polls `check` until it holds (deadline 20 s: generous under load). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Two instances on one Redis, each against its own emulator (another API base URL, as a sandbox or a
 * second deployment would be): their keys and channels are scoped apart, so neither sees the other's
 * catalog entries or rate-limit pause.
 */
describe('instances of different apps or APIs on one Redis', () => {
  let redis: TestRedis;
  let admin: Redis;
  const emus: TestEmulator[] = [];
  const servers: SpotifyGraphQLServer[] = [];
  const connections: Redis[] = [];

  const query = async (at: number, document: string, variables: Record<string, unknown>): Promise<Answer> => {
    const response = await servers[at]!.yoga.fetch('http://server.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    return (await response.json()) as Answer;
  };
  const calls = async (at: number): Promise<Record<string, number>> => {
    const log = await emus[at]!.control('GET', '/requests');
    const { 'POST /api/token': _token, ...rest } = (log.json as { byRoute: Record<string, number> }).byRoute;
    return rest;
  };

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    for (let i = 0; i < 2; i++) {
      const emu = await startTestEmulator();
      const connection = await connectRedis(redis.url);
      emus.push(emu);
      connections.push(connection);
      servers.push(
        await createServer({ config: emulatorConfig(emu, EXTENDED_APP), redis: connection, logging: false }),
      );
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const connection of connections) connection.disconnect();
    for (const emu of emus) await emu.close();
    admin?.disconnect();
    await redis?.stop();
  });

  it('the key prefix differs by API base URL and by client id, and is stable', () => {
    const one = redisKeyPrefix({ clientId: 'app', apiUrl: 'https://api.spotify.com/v1' });
    expect(one).toMatch(/^sg:[0-9a-f]{12}:$/);
    expect(redisKeyPrefix({ clientId: 'app', apiUrl: 'https://api.spotify.com/v1' })).toBe(one);
    expect(redisKeyPrefix({ clientId: 'app', apiUrl: 'http://127.0.0.1:4100/v1' })).not.toBe(one);
    expect(redisKeyPrefix({ clientId: 'other', apiUrl: 'https://api.spotify.com/v1' })).not.toBe(one);
  });

  it("an album one instance cached is not served to the other app's instance", async () => {
    const id = [...emus[0]!.state.catalog.albums.keys()][0]!;
    const ALBUM = 'query ($id: ID!) { album(id: $id) { name } }';
    expect((await query(0, ALBUM, { id })).errors).toBeUndefined();
    const key = `${redisKeyPrefix({ clientId: EXTENDED_APP.clientId, apiUrl: `${emus[0]!.url}/v1` })}catalog:album:${id}:`;
    await eventually(async () => (await admin.exists(key)) === 1);
    await emus[1]!.control('DELETE', '/requests');
    expect((await query(1, ALBUM, { id })).errors).toBeUndefined();
    expect(await calls(1)).toEqual({ 'GET /v1/albums': 1 });
  });

  it("a 429 seen by one instance does not pause the other app's instance", async () => {
    const [first, second] = [...emus[0]!.state.catalog.artists.keys()];
    const ARTIST = 'query ($id: ID!) { artist(id: $id) { name } }';
    await emus[0]!.control('POST', '/faults', {
      route: 'GET /v1/artists',
      status: 429,
      retryAfter: 60,
      times: 1,
    });
    const limited = await query(0, ARTIST, { id: first });
    expect(limited.errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    const pause = `${redisKeyPrefix({ clientId: EXTENDED_APP.clientId, apiUrl: `${emus[0]!.url}/v1` })}rate-limit-pause`;
    await eventually(async () => (await admin.pttl(pause)) > 0);
    // The pause's message has had every chance to reach the other instance; it still asks its Spotify.
    await emus[1]!.control('DELETE', '/requests');
    const answer = await query(1, ARTIST, { id: second });
    expect(answer.errors).toBeUndefined();
    expect(await calls(1)).toEqual({ 'GET /v1/artists': 1 });
  });
});
