import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis } from '../../src/redis/connection.js';
import { redisKeyPrefix } from '../../src/redis/scope.js';
import { graphql } from '../generated/index.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { startTestRedis, type TestRedis } from '../helpers/redis.js';
import { startServerOn, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/subscriptions.js';

/**
 * Two instances on one Redis, each against its own emulator (another API base URL, as a sandbox or a
 * second deployment would be): their keys and channels are scoped apart, so neither sees the other's
 * catalog entries or rate-limit pause.
 */
describe('instances of different apps or APIs on one Redis', () => {
  let redis: TestRedis;
  let admin: Redis;
  const emus: TestEmulator[] = [];
  const servers: TestServer[] = [];
  const connections: Redis[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = redis.client();
    for (let i = 0; i < 2; i++) {
      const emu = await startTestEmulator();
      const connection = await connectRedis(redis.url);
      emus.push(emu);
      connections.push(connection);
      servers.push(await startServerOn(emu, { redis: connection }));
    }
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
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
    const ALBUM = graphql(`query AppScopeAlbum($id: ID!) { album(id: $id) { name } }`);
    expect((await servers[0]!.query(ALBUM, { id })).errors).toBeUndefined();
    const key = `${redisKeyPrefix({ clientId: EXTENDED_APP.clientId, apiUrl: `${emus[0]!.url}/v1` })}catalog:album:${id}:`;
    await waitFor(
      async () => (await admin.exists(key)) === 1,
      () => `${key} to be written`,
    );
    await servers[1]!.clearLog();
    expect((await servers[1]!.query(ALBUM, { id })).errors).toBeUndefined();
    expect(await servers[1]!.calls()).toEqual({ 'GET /v1/albums': 1 });
  });

  it("a 429 seen by one instance does not pause the other app's instance", async () => {
    const [first, second] = [...emus[0]!.state.catalog.artists.keys()] as [string, string];
    const ARTIST = graphql(`query AppScopeArtist($id: ID!) { artist(id: $id) { name } }`);
    await emus[0]!.control('POST', '/faults', {
      route: 'GET /v1/artists',
      status: 429,
      retryAfter: 60,
      times: 1,
    });
    const limited = await servers[0]!.query(ARTIST, { id: first });
    expect(limited.errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    const pause = `${redisKeyPrefix({ clientId: EXTENDED_APP.clientId, apiUrl: `${emus[0]!.url}/v1` })}rate-limit-pause`;
    await waitFor(
      async () => (await admin.pttl(pause)) > 0,
      () => 'the pause to be written',
    );
    // The pause's message has had every chance to reach the other instance; it still asks its Spotify.
    await servers[1]!.clearLog();
    const answer = await servers[1]!.query(ARTIST, { id: second });
    expect(answer.errors).toBeUndefined();
    expect(await servers[1]!.calls()).toEqual({ 'GET /v1/artists': 1 });
  });
});
