/**
 * What is not a plain catalog object comes through with truthful values: a local file, a removed
 * item, an episode and an unavailable track in a playlist (the emulator ends each seeded account's
 * first playlist with them), an ad in the player, and objects without images.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MIXED_ITEMS } from '../../src/emulator/catalog.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;
let playlistId: string;
let itemCount: number;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
  playlistId = playlist.id;
  itemCount = playlist.items.length;
});

const LAST_FOUR = graphql(`query NonCatalogItemsLastFour($id: ID!, $market: String, $offset: Int!) {
  playlist(id: $id, market: $market) {
    items(first: 4, offset: $offset) {
      edges {
        isLocal
        node {
          __typename
          ... on Track { id spotifyId href uri isLocal isPlayable restrictionReason
            localFile { uri name albumName artistNames durationMs } album { name } artists { name } popularity }
          ... on Episode { id spotifyId name }
        }
      }
    }
  }
}`);

interface Edge {
  isLocal: boolean;
  node: Record<string, unknown> | null;
}

/** The playlist's last four entries; with a market, asked with the app token (a user's own country would win). */
async function lastFour(market?: string): Promise<{ edges: Edge[]; errors: unknown }> {
  const answer = await t.query(
    LAST_FOUR,
    { id: playlistId, offset: itemCount - 4, ...(market ? { market } : {}) },
    market ? {} : { token: alice },
  );
  return { edges: (answer.data?.playlist?.items?.edges ?? []) as Edge[], errors: answer.errors };
}

describe('playlist entries that are not catalog tracks', () => {
  it('answers a local file with its local URI as id, null Spotify id and href, and its names', async () => {
    const { edges, errors } = await lastFour();
    expect(errors).toBeUndefined();
    const local = edges[0]!;
    expect(local.isLocal).toBe(true);
    expect(local.node).toMatchObject({
      __typename: 'Track',
      id: `spotify:local:${MIXED_ITEMS.localFile}`,
      spotifyId: null,
      href: null,
      uri: `spotify:local:${MIXED_ITEMS.localFile}`,
      isLocal: true,
      album: null,
      artists: [],
      localFile: {
        uri: `spotify:local:${MIXED_ITEMS.localFile}`,
        name: 'Ölandsvisa Ⅱ',
        albumName: 'Kökssessioner',
        artistNames: ['Søren Åberg'],
        durationMs: 214_000,
      },
    });
    expect(String(local.node?.id)).not.toContain('null');
  });

  it('answers a removed item as a null node without an error, keeping its neighbours', async () => {
    const { edges, errors } = await lastFour();
    expect(errors).toBeUndefined();
    expect(edges).toHaveLength(4);
    expect(edges[1]).toEqual({ isLocal: false, node: null });
    expect(edges[3]?.node?.__typename).toBe('Track');
  });

  it('answers an episode in a playlist as an Episode', async () => {
    const { edges } = await lastFour();
    expect(edges[2]?.node).toMatchObject({ __typename: 'Episode', spotifyId: expect.any(String) });
    expect(edges[2]?.node?.id).toBe(`spotify:episode:${edges[2]?.node?.spotifyId}`);
  });

  it('answers a track unavailable in the market as not playable, with the reason', async () => {
    const { edges, errors } = await lastFour('JP');
    expect(errors).toBeUndefined();
    expect(edges[3]?.node).toMatchObject({ isLocal: false, isPlayable: false, restrictionReason: 'market' });
    expect(edges[3]?.node?.localFile).toBeNull();
  });

  it('answers that track as not playable to kenji, the seeded user who lives in JP, asked in any market (his country wins)', async () => {
    const kenji = await t.emu.token({ user: 'kenji' });
    const answer = await t.query(
      LAST_FOUR,
      { id: playlistId, offset: itemCount - 4, market: 'SE' },
      { token: kenji },
    );
    expect(answer.errors).toBeUndefined();
    const edges = (answer.data?.playlist?.items?.edges ?? []) as Edge[];
    expect(edges[3]?.node).toMatchObject({ isPlayable: false, restrictionReason: 'market' });
    // Without a market Spotify judges no playability, even for his token.
    const bare = await t.query(LAST_FOUR, { id: playlistId, offset: itemCount - 4 }, { token: kenji });
    expect(bare.errors).toBeUndefined();
    const bareEdges = (bare.data?.playlist?.items?.edges ?? []) as Edge[];
    expect(bareEdges[3]?.node).toMatchObject({ isPlayable: null, restrictionReason: null });
    // alice (SE) is asked the same in her market: playable.
    const alices = await t.query(
      LAST_FOUR,
      { id: playlistId, offset: itemCount - 4, market: 'SE' },
      { token: alice },
    );
    expect(alices.errors).toBeUndefined();
    const alicesEdges = (alices.data?.playlist?.items?.edges ?? []) as Edge[];
    expect(alicesEdges[3]?.node).toMatchObject({ isPlayable: true, restrictionReason: null });
  });
});

describe("kenji's own library (he lives in JP, where some seeded tracks are unavailable)", () => {
  const SAVED = graphql(`query NonCatalogItemsKenjiSaved($market: String) {
    me { country savedTracks(first: 5, market: $market) { nodes { id isPlayable restrictionReason } } }
  }`);

  it('holds his most recent saves as unplayable with the market restriction, through his own token', async () => {
    const kenji = await t.emu.token({ user: 'kenji' });
    const { restricted, albums, tracks } = t.emu.state.catalog;
    // One track of a restricted album, one restricted track inside an available album.
    const single = restricted.trackIds.find((id) => !restricted.albumIds.includes(tracks.get(id)!.albumId));
    const unavailable = [albums.get(restricted.albumIds[0]!)!.trackIds[0], single].map(
      (id) => `spotify:track:${id}`,
    );
    // With another market asked: a user token answers for his own country (JP).
    const answer = await t.query(SAVED, { market: 'SE' }, { token: kenji });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.country).toBe('JP');
    const nodes = answer.data?.me?.savedTracks?.nodes ?? [];
    const blocked = nodes.filter((node) => node?.isPlayable === false);
    expect(blocked.map((node) => node?.id).sort()).toEqual([...unavailable].sort());
    for (const node of blocked) expect(node?.restrictionReason).toBe('market');
    expect(nodes.filter((node) => node?.isPlayable === true)).toHaveLength(3);
    // Without a market Spotify judges no playability, even for his token.
    const bare = await t.query(SAVED, {}, { token: kenji });
    expect(bare.errors).toBeUndefined();
    const bareNodes = bare.data?.me?.savedTracks?.nodes ?? [];
    expect(bareNodes.map((node) => [node?.isPlayable, node?.restrictionReason])).toEqual(
      bareNodes.map(() => [null, null]),
    );
  });
});

describe('the player during an ad', () => {
  it('answers currentlyPlayingType AD with a null item and no error', async () => {
    const token = await t.emu.token({ user: 'alice' });
    const devices = await t.emu.api('GET', '/v1/me/player/devices', { token });
    const device = (devices.json as { devices: { id: string }[] }).devices[0]!.id;
    const album = [...t.emu.state.catalog.albums.keys()][5]!;
    const play = await t.query(
      graphql(
        `mutation NonCatalogItemsPlay($device: String, $context: ID) { play(deviceId: $device, contextUri: $context) { ok } }`,
      ),
      { device, context: `spotify:album:${album}` },
      { token },
    );
    expect(play.errors).toBeUndefined();
    expect((await t.emu.control('POST', '/player/ad', { userId: 'alice', durationMs: 60_000 })).status).toBe(
      200,
    );
    const answer = await t.query(
      graphql(
        `query NonCatalogItemsMe { me { player { state { currentlyPlayingType isPlaying item { __typename } } currentlyPlaying { currentlyPlayingType item { __typename } } } } }`,
      ),
      {},
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player.state).toEqual({
      currentlyPlayingType: 'AD',
      isPlaying: true,
      item: null,
    });
    expect(answer.data?.me?.player.currentlyPlaying).toEqual({ currentlyPlayingType: 'AD', item: null });
  });
});

describe('an ad with no item before it', () => {
  it('answers currentlyPlaying alike alone and beside state (v13 re-attack, I3)', async () => {
    const token = await t.emu.token({ user: 'carol' });
    const devices = await t.emu.api('GET', '/v1/me/player/devices', { token });
    const device = (devices.json as { devices: { id: string }[] }).devices[0]!.id;
    const transfer = await t.emu.api('PUT', '/v1/me/player', { token, body: { device_ids: [device] } });
    expect(transfer.status).toBeLessThan(300);
    expect((await t.emu.control('POST', '/player/ad', { userId: 'carol', durationMs: 60_000 })).status).toBe(
      200,
    );
    const alone = await t.query(
      graphql(
        `query NonCatalogItemsAdAlone { me { player { currentlyPlaying { currentlyPlayingType isPlaying progressMs item { __typename } } } } }`,
      ),
      {},
      { token },
    );
    const beside = await t.query(
      graphql(
        `query NonCatalogItemsAdBeside { me { player { state { currentlyPlayingType } currentlyPlaying { currentlyPlayingType isPlaying progressMs item { __typename } } } } }`,
      ),
      {},
      { token },
    );
    expect(alone.errors).toBeUndefined();
    expect(beside.errors).toBeUndefined();
    // Transferred without play: the ad plays over paused playback, so isPlaying is false.
    const expected = { currentlyPlayingType: 'AD', isPlaying: false, progressMs: null, item: null };
    expect(alone.data?.me?.player.currentlyPlaying).toEqual(expected);
    expect(beside.data?.me?.player.currentlyPlaying).toEqual(expected);
  });
});

describe('a player whose current item Spotify calls unknown', () => {
  it('answers currentlyPlaying alike alone and beside state: UNKNOWN with a null item (v14 attack, F4)', async () => {
    const token = await t.emu.token({ user: 'carol' });
    const devices = await t.emu.api('GET', '/v1/me/player/devices', { token });
    const device = (devices.json as { devices: { id: string }[] }).devices[0]!.id;
    const transfer = await t.emu.api('PUT', '/v1/me/player', { token, body: { device_ids: [device] } });
    expect(transfer.status).toBeLessThan(300);
    // Something plays that Spotify does not describe (a bare transfer, not playing, is the route's 204).
    const unknown = { '/currently_playing_type': 'unknown', '/item': null, '/is_playing': true };
    for (const route of ['GET /v1/me/player', 'GET /v1/me/player/currently-playing']) {
      expect((await t.emu.control('POST', '/faults', { route, set: unknown })).status).toBe(201);
    }
    try {
      const alone = await t.query(
        graphql(
          `query NonCatalogItemsUnknownAlone { me { player { currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }`,
        ),
        {},
        { token },
      );
      const beside = await t.query(
        graphql(
          `query NonCatalogItemsUnknownBeside { me { player { state { currentlyPlayingType } currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }`,
        ),
        {},
        { token },
      );
      expect(alone.errors).toBeUndefined();
      expect(beside.errors).toBeUndefined();
      const expected = { currentlyPlayingType: 'UNKNOWN', isPlaying: true, item: null };
      expect(alone.data?.me?.player.currentlyPlaying).toEqual(expected);
      expect(beside.data?.me?.player.currentlyPlaying).toEqual(alone.data?.me?.player.currentlyPlaying);
    } finally {
      await t.emu.control('DELETE', '/faults');
    }
  });
});

describe('objects without images', () => {
  it('answers an empty image list for a user Spotify has no image of', async () => {
    const user = [...t.emu.state.catalog.users.values()].find((u) => u.images.length === 0)!;
    const answer = await t.query(
      graphql(`query NonCatalogItemsUserImages($id: ID!) { user(id: $id) { images { url } } }`),
      { id: user.id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.user?.images).toEqual([]);
  });
});
