/**
 * Issue 7 item 2: during an ad Spotify answers `currently_playing_type: "ad"` with `item: null`, and so
 * does the emulator's ad (first test; test/graphql/non-catalog-items.test.ts). The explicit null is read
 * the same way on both player routes: AD, a null item, no error, the rest of the state kept. GraphQL over
 * HTTP against the emulator; a fault rule's `set` puts the null in again, its `unset` leaves the key out
 * (the answer the emulator gave before: clients must read both alike).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice');

beforeAll(async () => {
  const devices = await t.emu.api('GET', '/v1/me/player/devices', { token: alice.token });
  const device = (devices.json as { devices: { id: string }[] }).devices[0]!.id;
  const album = [...t.emu.state.catalog.albums.keys()][6]!;
  const play = await t.query(
    graphql(
      `mutation AdItemNullPlay($device: String, $context: ID) { play(deviceId: $device, contextUri: $context) { ok } }`,
    ),
    { device, context: `spotify:album:${album}` },
    { token: alice.token },
  );
  expect(play.errors).toBeUndefined();
  expect((await t.emu.control('POST', '/player/ad', { userId: 'alice', durationMs: 60_000 })).status).toBe(
    200,
  );
});

describe('an ad Spotify sends with item: null', () => {
  it("reads the emulator's own ad, which sends the item key with null, as AD with a null item", async () => {
    // No fault rule: the emulator answers an ad as Spotify does, `"item": null` beside the type.
    for (const route of ['/v1/me/player', '/v1/me/player/currently-playing']) {
      const raw = await t.emu.api('GET', route, { token: alice.token });
      expect(raw.json).toMatchObject({ currently_playing_type: 'ad' });
      expect(raw.json).toHaveProperty('item', null);
      expect(raw.text).toContain('"item":null');
    }
    const answer = await t.query(
      graphql(
        `query AdItemNullOwn { me { player { state { currentlyPlayingType item { __typename } } currentlyPlaying { currentlyPlayingType item { __typename } } } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player.state).toEqual({ currentlyPlayingType: 'AD', item: null });
    expect(answer.data?.me?.player.currentlyPlaying).toEqual({ currentlyPlayingType: 'AD', item: null });
  });

  it('answers AD with a null item and no error on both player routes, the device kept', async () => {
    for (const route of ['GET /v1/me/player', 'GET /v1/me/player/currently-playing'])
      await t.emu.control('POST', '/faults', { route, set: { '/item': null } });
    const raw = await t.emu.api('GET', '/v1/me/player', { token: alice.token });
    expect(raw.json).toMatchObject({ currently_playing_type: 'ad', item: null });
    const answer = await t.query(
      graphql(
        `query AdItemNull { me { player { state { currentlyPlayingType isPlaying item { __typename } device { id } } currentlyPlaying { currentlyPlayingType item { __typename } } } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player.state).toMatchObject({
      currentlyPlayingType: 'AD',
      isPlaying: true,
      item: null,
    });
    expect(answer.data?.me?.player.state?.device?.id).toEqual(expect.any(String));
    expect(answer.data?.me?.player.currentlyPlaying).toEqual({ currentlyPlayingType: 'AD', item: null });
  });

  it('reads an ad whose answer leaves the item key out the same way: AD with a null item', async () => {
    await t.emu.control('DELETE', '/faults');
    for (const route of ['GET /v1/me/player', 'GET /v1/me/player/currently-playing'])
      await t.emu.control('POST', '/faults', { route, unset: ['/item'] });
    const raw = await t.emu.api('GET', '/v1/me/player/currently-playing', { token: alice.token });
    expect(raw.json).toMatchObject({ currently_playing_type: 'ad' });
    expect(raw.json).not.toHaveProperty('item');
    const answer = await t.query(
      graphql(
        `query AdItemLeftOut { me { player { state { currentlyPlayingType item { __typename } } currentlyPlaying { currentlyPlayingType item { __typename } } } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player.state).toEqual({ currentlyPlayingType: 'AD', item: null });
    expect(answer.data?.me?.player.currentlyPlaying).toEqual({ currentlyPlayingType: 'AD', item: null });
  });
});
