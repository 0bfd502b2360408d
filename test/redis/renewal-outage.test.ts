import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import type { AuthTestServer } from '../helpers/auth.js';
import { startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { startRedisAuthInstance, startTestRedis, type TestRedis } from '../helpers/redis.js';

// A real redis-server stopped and started again: generous deadlines, never timed assertions.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const ME = graphql(`query RenewalOutageMe { me { spotifyId } }`);
/** A field only Spotify can answer (the session knows the user's id, not the name). */
const PROFILE = graphql(`query RenewalOutageProfile { me { displayName } }`);

/** Polls `check` until it answers true (deadline 30 s). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Redis failing in the middle of a session token renewal', () => {
  let redis: TestRedis;
  let emu: TestEmulator;
  let a: AuthTestServer;

  beforeAll(async () => {
    redis = await startTestRedis();
    // Refresh tokens that do not rotate: the renewal whose new token Redis could not store leaves the
    // stored refresh token usable, as Spotify's does for a non-PKCE app.
    emu = await startTestEmulator({ refreshTokenRotation: 'never' });
    a = await startRedisAuthInstance(redis, emu);
  });
  afterAll(async () => {
    await a?.close();
    await emu?.close();
    await redis?.stop();
  });

  it('answers SESSION_STORE_UNAVAILABLE, not INTERNAL_SERVER_ERROR; the session works once Redis is back', async () => {
    const jar = await a.signIn('carol');
    // Spotify refuses carol's access token (an hour passed there), and the token call is slow, so
    // Redis can stop while the renewal is out at Spotify.
    await emu.advanceClock(3_600_000);
    await emu.control('POST', '/faults', { route: 'POST /api/token', latencyMs: 2000, times: 1 });
    const pending = a.graphql(PROFILE, { jar });
    // The rule is consumed when the token call arrives: the renewal holds the lock and waits on Spotify.
    await until(async () => {
      const faults = (await emu.control('GET', '/faults')).json as { faults: unknown[] };
      return faults.faults.length === 0;
    }, 'the token call');
    await redis.stop({ keepData: true });
    const answer = await pending;
    expect(answer.body.data?.me?.displayName ?? null).toBeNull();
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['SESSION_STORE_UNAVAILABLE']);
    expect(answer.body.errors?.[0]?.message).toContain('you are still signed in');
    // The renewal fails while the field runs (`data` is { me: { displayName: null } }): HTTP 200 as for every partial
    // answer (src/server/partial-status.ts); the code is the look-up's, which answers 503.
    expect(answer.status).toBe(200);

    await redis.start();
    await until(async () => (await a.graphql(ME, { jar })).status === 200, 'the session again');
    expect((await a.graphql(ME, { jar })).body).toEqual({ data: { me: { spotifyId: 'carol' } } });
  });
});
