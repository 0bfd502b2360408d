/**
 * The emulator produces what Spotify really sends: given bodies and content types, a write applied
 * then answered with an error, paging metadata that disagrees with the items, a Development Mode
 * allowlist's plain-text 403, ads, local files and removed items; and it stays bounded in a long
 * sandbox (old tokens pruned, latencies ended by close()).
 */
import { request } from 'undici';
import { beforeEach, describe, expect, it } from 'vitest';
import { MIXED_ITEMS } from '../../src/emulator/catalog.js';
import { NOT_REGISTERED_TEXT } from '../../src/emulator/server.js';
import { type PageBody, startTestEmulator, useTestEmulator, waitForIdle } from '../helpers/emulator.js';

const emu = useTestEmulator();

beforeEach(async () => {
  await emu.control('DELETE', '/faults');
});

describe('fault rules', () => {
  it('answers a given body with a given content type over the route own status', async () => {
    const token = await emu.token({ user: 'alice' });
    await emu.control('POST', '/faults', {
      route: 'GET /v1/me',
      text: 'hello',
      contentType: 'application/json',
    });
    const answer = await emu.api('GET', '/v1/me', { token });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.text).toBe('hello');
  });

  it('lets the route run and then fails the answer (apply)', async () => {
    const token = await emu.token({ user: 'alice' });
    const track = [...emu.state.catalog.tracks.keys()][42]!;
    await emu.control('POST', '/faults', { route: 'PUT /v1/me/library', status: 502, apply: true, times: 1 });
    const answer = await emu.api('PUT', '/v1/me/library', {
      token,
      query: { uris: `spotify:track:${track}` },
    });
    expect(answer.status).toBe(502);
    const contains = await emu.api('GET', '/v1/me/library/contains', {
      token,
      query: { uris: `spotify:track:${track}` },
    });
    expect(contains.json).toEqual([true]);
  });

  it('answers empty pages whose next points further (paging: endless-empty)', async () => {
    const token = await emu.token({ user: 'alice' });
    await emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', paging: 'endless-empty' });
    const page = (await emu.api('GET', '/v1/me/tracks', { token, query: { limit: 5, offset: 10 } }))
      .json as PageBody;
    expect(page.items).toEqual([]);
    expect(new URL(page.next!).searchParams.get('offset')).toBe('15');
    expect(page.total).toBeGreaterThan(1000);
  });

  it('refuses an unknown paging value', async () => {
    const answer = await emu.control('POST', '/faults', { paging: 'sometimes' });
    expect(answer.status).toBe(400);
  });
});

describe('a Development Mode app with a user allowlist', () => {
  it('answers a user not on it with the plain-text 403, and one on it as usual', async () => {
    const clientId = 'd0000000000000000000000000000002';
    await emu.control('POST', '/apps/allowlist', { clientId, userIds: ['alice'] });
    try {
      const bob = await emu.token({ user: 'bob', app: 'development' });
      const refused = await emu.api('GET', '/v1/me', { token: bob });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(refused.text).toBe(NOT_REGISTERED_TEXT);
      const alice = await emu.token({ user: 'alice', app: 'development' });
      expect((await emu.api('GET', '/v1/me', { token: alice })).status).toBe(200);
    } finally {
      await emu.control('POST', '/apps/allowlist', { clientId, userIds: null });
    }
  });
});

describe('playlists and the player', () => {
  it("ends each account's first playlist with a local file, a removed track, an episode and a restricted track", async () => {
    const token = await emu.token({ user: 'alice' });
    const playlist = [...emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const total = playlist.items.length;
    const page = (
      await emu.api('GET', `/v1/playlists/${playlist.id}/items`, {
        token,
        query: { offset: total - 4, limit: 4 },
      })
    ).json as { items: { is_local: boolean; item: Record<string, unknown> | null }[] };
    const [local, removed, episode, restricted] = page.items;
    expect(local).toMatchObject({
      is_local: true,
      item: {
        id: null,
        href: null,
        is_local: true,
        uri: `spotify:local:${MIXED_ITEMS.localFile}`,
        name: 'Ölandsvisa Ⅱ',
      },
    });
    expect((local?.item?.album as { id: unknown } | undefined)?.id).toBeNull();
    expect(removed).toMatchObject({ is_local: false, item: null });
    expect(episode?.item?.type).toBe('episode');
    expect(emu.state.catalog.restricted.trackIds).toContain(restricted?.item?.id);
  });

  it('plays an ad over playback on request: currently_playing_type ad and item null', async () => {
    const token = await emu.token({ user: 'carol' });
    const devices = (await emu.api('GET', '/v1/me/player/devices', { token })).json as {
      devices: { id: string }[];
    };
    const album = [...emu.state.catalog.albums.keys()][9]!;
    const play = await emu.api('PUT', '/v1/me/player/play', {
      token,
      query: { device_id: devices.devices[0]!.id },
      body: { context_uri: `spotify:album:${album}` },
    });
    expect(play.status).toBeLessThan(300);
    expect((await emu.control('POST', '/player/ad', { userId: 'carol', durationMs: 30_000 })).status).toBe(
      200,
    );
    const state = (await emu.api('GET', '/v1/me/player', { token })).json as Record<string, unknown>;
    expect(state.currently_playing_type).toBe('ad');
    // Spotify sends the key with null during an ad, not an answer without it.
    expect(state).toHaveProperty('item', null);
    const playing = (await emu.api('GET', '/v1/me/player/currently-playing', { token })).json;
    expect(playing).toMatchObject({ currently_playing_type: 'ad' });
    expect(playing).toHaveProperty('item', null);
    await emu.advanceClock(31_000);
    const after = (await emu.api('GET', '/v1/me/player', { token })).json as Record<string, unknown>;
    expect(after.currently_playing_type).toBe('track');
  });

  it('answers an ad with no item before it on both player routes alike (v13 re-attack, I3)', async () => {
    const token = await emu.token({ user: 'kenji' });
    const devices = (await emu.api('GET', '/v1/me/player/devices', { token })).json as {
      devices: { id: string }[];
    };
    const transfer = await emu.api('PUT', '/v1/me/player', {
      token,
      body: { device_ids: [devices.devices[0]!.id] },
    });
    expect(transfer.status).toBeLessThan(300);
    // Nothing loaded: both routes have nothing to say.
    expect((await emu.api('GET', '/v1/me/player/currently-playing', { token })).status).toBe(204);
    expect((await emu.api('GET', '/v1/me/player', { token })).json).not.toHaveProperty('item');
    expect((await emu.control('POST', '/player/ad', { userId: 'kenji', durationMs: 30_000 })).status).toBe(
      200,
    );
    const playing = await emu.api('GET', '/v1/me/player/currently-playing', { token });
    const state = (await emu.api('GET', '/v1/me/player', { token })).json as Record<string, unknown>;
    expect(playing.status).toBe(200);
    const {
      device: _device,
      repeat_state: _repeat,
      shuffle_state: _shuffle,
      timestamp: _t,
      ...shared
    } = state;
    const { timestamp: _fetched, ...answered } = playing.json as Record<string, unknown>;
    expect(answered).toEqual(shared);
    expect(answered).toMatchObject({ currently_playing_type: 'ad' });
    expect(answered).toHaveProperty('item', null);
  });
});

describe('bounded in a long sandbox', () => {
  it('prunes access tokens a day after they expired, codes at expiry', async () => {
    const old = await emu.token({ user: 'alice' });
    await emu.advanceClock(3_600_000 + 1_000);
    expect((await emu.api('GET', '/v1/me', { token: old })).json).toMatchObject({
      error: { message: 'The access token expired' },
    });
    await emu.advanceClock(2 * 24 * 3_600_000);
    await emu.token({ user: 'alice' }); // issuing sweeps
    expect(emu.state.accessTokens.has(old)).toBe(false);
    expect((await emu.api('GET', '/v1/me', { token: old })).json).toMatchObject({
      error: { message: 'Invalid access token' },
    });
  });

  it('ends a fault latency when the emulator closes', async () => {
    const own = await startTestEmulator();
    const token = await own.token({ user: 'alice' });
    await own.control('POST', '/faults', { route: 'GET /v1/me', latencyMs: 120_000 });
    const pending = request(`${own.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } }).then(
      () => 'answered',
      () => 'ended',
    );
    for (;;) {
      const log = await own.control('GET', '/requests');
      if ((log.json as { inFlight: number }).inFlight === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await own.close();
    expect(await pending).toBe('ended');
    // The latency's timer ended with close (not only the socket): the request is no longer being
    // answered, so no timer holds the process for the rest of the 120 s.
    expect(own.running.emulator.inFlight).toBe(0);
  });

  it('reports requests in flight, so a test can wait for the emulator to be idle', async () => {
    await waitForIdle(emu);
    expect(((await emu.control('GET', '/requests')).json as { inFlight: number }).inFlight).toBe(0);
  });
});
