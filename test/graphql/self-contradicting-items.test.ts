/**
 * An object Spotify sent that disagrees with itself (its `uri` names another object or another type
 * than its `type` and `id`; a `type: "track"` flagged `episode: true`; a `type` no list models) is
 * null in its place with SPOTIFY_UNSUPPORTED_ITEM, whatever the query selects, in every list and
 * field that reads items: never a Node id made of the one field read while the other says otherwise.
 * A catalog track flagged `is_local: true` (a local file Spotify matched to it) is that catalog track:
 * `isLocal` false, no `localFile`, the album and artists Spotify sent. The emulator's
 * `set` fault edits make one value of a real answer wrong; both executors run this file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deviceIds } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });
const UNSUPPORTED = { code: 'SPOTIFY_UNSUPPORTED_ITEM' };

let episodeId: string;
let otherTrackId: string;
beforeAll(() => {
  episodeId = [...t.emu.state.catalog.episodes.keys()][0]!;
  otherTrackId = [...t.emu.state.catalog.tracks.keys()].at(-1)!;
});

const SAVED_IDS = graphql(
  `query SelfContradictingSavedIds { me { savedTracks(first: 2) { nodes { id name } } } }`,
);
const SAVED_URIS = graphql(
  `query SelfContradictingSavedUris { me { savedTracks(first: 2) { nodes { id uri } } } }`,
);

/** The uri edits of a track that make it disagree with itself: its uri names an episode, or another track. */
const disagreeing = () => [
  { what: 'an episode (its id the episode id)', uri: `spotify:episode:${episodeId}`, id: episodeId },
  { what: 'another track', uri: `spotify:track:${otherTrackId}`, id: undefined },
];

describe('a track whose uri names another object', () => {
  it.each([0, 1])(
    'saved tracks (edit %i): the node is null with its error whether or not uri is selected',
    async (which) => {
      const edit = disagreeing()[which]!;
      const real = await t.query(SAVED_IDS, {}, { token: t.alice });
      const nodes = real.data?.me?.savedTracks?.nodes ?? [];
      expect(nodes).toHaveLength(2);
      const set: Record<string, unknown> = { '/items/0/track/uri': edit.uri };
      if (edit.id !== undefined) set['/items/0/track/id'] = edit.id;
      await t.fault('GET /v1/me/tracks', set);
      const answers = [
        await t.query(SAVED_IDS, {}, { token: t.alice }),
        await t.query(SAVED_URIS, {}, { token: t.alice }),
      ];
      for (const answer of answers) {
        expect(answer.data?.me?.savedTracks?.nodes?.[0]).toBeNull();
        expect(answer.data?.me?.savedTracks?.nodes?.[1]?.id).toBe(nodes[1]!.id);
        expect(located(answer.errors)).toEqual([
          [['me', 'savedTracks', 'nodes', 0], expect.objectContaining(UNSUPPORTED)],
        ]);
      }
    },
  );

  it('search, album tracks and track(id:): the same, selecting only id and name', async () => {
    const album = [...t.emu.state.catalog.albums.values()].find((a) => a.trackIds.length > 2)!;
    const trackId = album.trackIds[0]!;
    const uri = `spotify:track:${otherTrackId}`;
    await t.fault('GET /v1/search', { '/tracks/items/0/uri': uri });
    await t.fault('GET /v1/albums', { '/albums/0/tracks/items/0/uri': uri });
    await t.fault('GET /v1/tracks', { '/tracks/0/uri': uri });
    const answer = await t.query(
      graphql(`query SelfContradictingLists($album: ID!, $track: ID!) {
        search(query: "a", types: [TRACK], first: 2) { tracks { nodes { id name } } }
        album(id: $album) { tracks(first: 2) { nodes { id name } } }
        track(id: $track) { id name }
      }`),
      { album: album.id, track: trackId },
    );
    expect(answer.data?.search?.tracks?.nodes?.[0]).toBeNull();
    expect(answer.data?.search?.tracks?.nodes?.[1]).not.toBeNull();
    expect(answer.data?.album?.tracks?.nodes?.[0]).toBeNull();
    expect(answer.data?.album?.tracks?.nodes?.[1]).not.toBeNull();
    expect(answer.data?.track).toBeNull();
    expect(located(answer.errors)).toEqual([
      [['album', 'tracks', 'nodes', 0], expect.objectContaining(UNSUPPORTED)],
      [['search', 'tracks', 'nodes', 0], expect.objectContaining(UNSUPPORTED)],
      [['track'], expect.objectContaining(UNSUPPORTED)],
    ]);
  });
});

describe('a track whose uri names another track, in the lists of the signed-in user', () => {
  it('playlist items, top tracks, recently played and the queue: that entry null with its error, selecting only id', async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find(
      (p) => p.ownerId === 'alice' && p.items[0]?.type === 'track',
    )!;
    const uri = `spotify:track:${otherTrackId}`;
    const tracks = [...t.emu.state.catalog.tracks.keys()];
    const queued = await t.query(
      graphql(`mutation SelfContradictingQueue($play: ID!, $deviceId: String) {
        play(uris: [$play], deviceId: $deviceId) { ok }
      }`),
      { play: `spotify:track:${tracks[1]}`, deviceId: (await deviceIds(t.emu, t.alice)).computer },
      { token: t.alice },
    );
    expect(queued.errors).toBeUndefined();
    const added = await t.query(
      graphql(`mutation SelfContradictingAddToQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }`),
      { uri: `spotify:track:${tracks[2]}` },
      { token: t.alice },
    );
    expect(added.errors).toBeUndefined();
    await t.fault('GET /v1/playlists/{playlist_id}', {
      '/items/items/0/item/uri': uri,
      '/items/items/0/track/uri': uri,
      '/tracks/items/0/item/uri': uri,
      '/tracks/items/0/track/uri': uri,
    });
    await t.fault('GET /v1/me/top/tracks', { '/items/0/uri': uri });
    await t.fault('GET /v1/me/player/recently-played', { '/items/0/track/uri': uri });
    await t.fault('GET /v1/me/player/queue', { '/queue/0/uri': uri });
    const answer = await t.query(
      graphql(`query SelfContradictingUserLists($id: ID!) {
        playlist(id: $id) { items(first: 2) { nodes { ... on Track { id } } } }
        me {
          topTracks(first: 2) { nodes { id } }
          recentlyPlayed(first: 2) { nodes { track { id } } }
          player { queue { items { ... on Track { id } } } }
        }
      }`),
      { id: playlist.id },
      { token: t.alice },
    );
    expect(answer.data?.playlist?.items?.nodes?.[0]).toBeNull();
    expect(answer.data?.me?.topTracks?.nodes?.[0]).toBeNull();
    expect(answer.data?.me?.recentlyPlayed?.nodes?.[0]?.track).toBeNull();
    expect(answer.data?.me?.player?.queue?.items?.[0]).toBeNull();
    expect(located(answer.errors)).toEqual([
      [['me', 'player', 'queue', 'items', 0], expect.objectContaining(UNSUPPORTED)],
      [['me', 'recentlyPlayed', 'nodes', 0, 'track'], expect.objectContaining(UNSUPPORTED)],
      [['me', 'topTracks', 'nodes', 0], expect.objectContaining(UNSUPPORTED)],
      [['playlist', 'items', 'nodes', 0], expect.objectContaining(UNSUPPORTED)],
    ]);
  });
});

const PLAYER_ITEM = graphql(`query SelfContradictingPlayer { me { player { state {
  item { __typename ... on Episode { id } ... on Track { id } }
} } } }`);
const PLAYER_ITEM_URI = graphql(`query SelfContradictingPlayerUri { me { player { state {
  item { __typename ... on Episode { id uri } ... on Track { id uri } }
} } } }`);

describe('the player item', () => {
  beforeAll(async () => {
    const played = await t.query(
      graphql(`mutation SelfContradictingPlay($uri: ID!, $deviceId: String) {
        play(uris: [$uri], deviceId: $deviceId) { ok } }`),
      {
        uri: `spotify:track:${[...t.emu.state.catalog.tracks.keys()][0]}`,
        deviceId: (await deviceIds(t.emu, t.alice)).computer,
      },
      { token: t.alice },
    );
    expect(played.errors).toBeUndefined();
  });

  it('typed episode with an id and uri of a track: null with its error whatever is selected', async () => {
    await t.fault('GET /v1/me/player', {
      '/item/type': 'episode',
      '/currently_playing_type': 'episode',
    });
    const answers = [
      await t.query(PLAYER_ITEM, {}, { token: t.alice }),
      await t.query(PLAYER_ITEM_URI, {}, { token: t.alice }),
    ];
    for (const answer of answers) {
      expect(answer.data?.me?.player?.state).toEqual({ item: null });
      expect(located(answer.errors)).toEqual([
        [['me', 'player', 'state', 'item'], expect.objectContaining(UNSUPPORTED)],
      ]);
    }
  });

  it("a track flagged episode: true without a uri is the episode its id names (Spotify's flag decides)", async () => {
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/player',
      set: { '/item/episode': true, '/item/id': episodeId },
      unset: ['/item/uri'],
    });
    const answer = await t.query(PLAYER_ITEM_URI, {}, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player?.state?.item).toEqual({
      __typename: 'Episode',
      id: `spotify:episode:${episodeId}`,
      uri: `spotify:episode:${episodeId}`,
    });
  });

  it('a track flagged episode: true in saved tracks (a list of tracks) is no track', async () => {
    await t.fault('GET /v1/me/tracks', { '/items/0/track/episode': true });
    const answer = await t.query(SAVED_IDS, {}, { token: t.alice });
    expect(answer.data?.me?.savedTracks?.nodes?.[0]).toBeNull();
    expect(located(answer.errors)).toEqual([
      [['me', 'savedTracks', 'nodes', 0], expect.objectContaining(UNSUPPORTED)],
    ]);
  });
});

describe('an unknown type', () => {
  it("on an audiobook's chapter is that node null with its error", async () => {
    const audiobook = [...t.emu.state.catalog.audiobooks.values()][0]!;
    const document = graphql(
      `query SelfContradictingChapters($id: ID!) { audiobook(id: $id) { chapters(first: 2) { nodes { id name } } } }`,
    );
    const real = await t.query(document, { id: audiobook.id });
    const nodes = real.data?.audiobook?.chapters?.nodes ?? [];
    expect(nodes).toHaveLength(2);
    await t.fault('GET /v1/audiobooks', { '/audiobooks/0/chapters/items/0/type': 'video' });
    await t.fault('GET /v1/audiobooks/{id}', { '/chapters/items/0/type': 'video' });
    await t.fault('GET /v1/audiobooks/{id}/chapters', { '/items/0/type': 'video' });
    const answer = await t.query(document, { id: audiobook.id });
    expect(answer.data?.audiobook?.chapters?.nodes).toEqual([null, nodes[1]]);
    expect(located(answer.errors)).toEqual([
      [['audiobook', 'chapters', 'nodes', 0], expect.objectContaining(UNSUPPORTED)],
    ]);
  });
});

describe('a catalog track flagged is_local', () => {
  it('is the catalog track: not local, no localFile, the album and artists Spotify sent', async () => {
    const document = graphql(`query SelfContradictingLocalFlag { me { savedTracks(first: 1) { nodes {
      id isLocal album { id } artists { id } localFile { name }
    } } } }`);
    const real = await t.query(document, {}, { token: t.alice });
    const node = real.data?.me?.savedTracks?.nodes?.[0];
    expect(node?.album?.id).toEqual(expect.any(String));
    expect(node?.artists?.length).toBeGreaterThan(0);
    await t.fault('GET /v1/me/tracks', { '/items/0/track/is_local': true });
    const answer = await t.query(document, {}, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.savedTracks?.nodes?.[0]).toMatchObject({
      id: node?.id,
      isLocal: false,
      localFile: null,
      album: node?.album,
      artists: node?.artists,
    });
  });
});
