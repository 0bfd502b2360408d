/**
 * Items Spotify sends that the API does not model (an entry of another type, such as an ad; an item
 * or a nested object without an id) come through truthfully: the entry is null with a
 * SPOTIFY_UNSUPPORTED_ITEM error, its neighbours keep their values, Spotify's object is never echoed,
 * and no Spotify call goes out with a missing id. The emulator's fault rules answer the crafted bodies.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice', { clearLog: true });
let playlistId: string;

/** A string in the crafted objects: an answer that echoes Spotify's object would contain it. */
const MARKER = 'ECHO-MARKER-of-spotify-object';

beforeAll(() => {
  playlistId = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id;
});

type Json = Record<string, unknown>;

/** Spotify's own answer for `path` (the emulator's), to craft a fault body from. */
async function real(path: string): Promise<Json> {
  const answer = await t.emu.api('GET', path, { token: alice.token });
  expect(answer.status).toBe(200);
  return answer.json as Json;
}

/** Answers `route` with `body` (200, JSON) from now on. */
async function answerWith(route: string, body: unknown): Promise<void> {
  const added = await t.emu.control('POST', '/faults', {
    route,
    status: 200,
    contentType: 'application/json',
    text: JSON.stringify(body),
  });
  expect(added.status).toBeLessThan(300);
}

/** The routes called since the log was cleared, with their statuses. */
async function entries(): Promise<{ route: string; status: number; path: string }[]> {
  const log = await t.emu.control('GET', '/requests');
  return (log.json as { entries: { route: string; status: number; path: string }[] }).entries.filter(
    (entry) => entry.route !== '/api/token',
  );
}

describe('playlist entries the API does not model', () => {
  async function craftedPlaylist(): Promise<void> {
    const playlist = await real(`/v1/playlists/${playlistId}`);
    const page = (playlist.items ?? playlist.tracks) as { items: Json[]; next: unknown; total: number };
    const track = (page.items[0]!.item ?? page.items[0]!.track) as Json;
    const episode = (await real('/v1/me/episodes?limit=1')) as { items: { episode: Json }[] };
    const ad = { ...track, type: 'ad', id: null, name: MARKER, uri: 'spotify:ad:x' };
    const idless = { ...track, id: null, name: MARKER, is_local: false };
    const showless = {
      ...episode.items[0]!.episode,
      show: { ...(episode.items[0]!.episode.show as Json), id: null },
    };
    const entry = (item: Json) => ({ ...page.items[0], item, track: item });
    // A short playlist: a fault's body is at most 64 KiB.
    page.items = [entry(ad), entry(idless), entry(showless), ...page.items.slice(1, 3)];
    page.next = null;
    page.total = 5;
    delete playlist.tracks;
    await answerWith('GET /v1/playlists/{playlist_id}', playlist);
    await t.clearLog();
  }

  it('an ad entry and a track without an id are null with SPOTIFY_UNSUPPORTED_ITEM; the rest answers', async () => {
    await craftedPlaylist();
    const answer = await t.query(
      graphql(`query UnmodelledItemsPlaylist($id: ID!) { playlist(id: $id) { name items(first: 5) {
          edges { node { __typename ... on Track { id name } ... on Episode { id } } }
          nodes { __typename } } } }`),
      { id: playlistId },
      { token: alice.token },
    );
    const edges = answer.data?.playlist?.items?.edges ?? [];
    expect(edges).toHaveLength(5);
    expect(edges[0]?.node).toBeNull();
    expect(edges[1]?.node).toBeNull();
    expect(edges[2]?.node?.__typename).toBe('Episode');
    expect(edges[3]?.node?.__typename).toBe('Track');
    expect(answer.data?.playlist?.items?.nodes.map((node) => node?.__typename ?? null)).toEqual([
      null,
      null,
      'Episode',
      'Track',
      'Track',
    ]);
    const paths = (answer.errors ?? []).map((error) => error.path?.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'playlist.items.edges.0.node',
        'playlist.items.edges.1.node',
        'playlist.items.nodes.0',
        'playlist.items.nodes.1',
      ]),
    );
    for (const error of answer.errors ?? []) expect(error.extensions?.code).toBe('SPOTIFY_UNSUPPORTED_ITEM');
    expect(answer.errors?.[0]?.message).toMatch(/type "ad"/);
    expect(JSON.stringify(answer)).not.toContain(MARKER);
  });

  it('an episode whose show has no id: show is null with SPOTIFY_UNSUPPORTED_ITEM, and no call for it', async () => {
    await craftedPlaylist();
    const answer = await t.query(
      graphql(`query UnmodelledItemsEpisodeShow($id: ID!) { playlist(id: $id) { items(first: 3, offset: 2) {
          edges { node { ... on Episode { id name show { id name } } } } } } }`),
      { id: playlistId },
      { token: alice.token },
    );
    expect(answer.data?.playlist?.items?.edges[0]?.node).toMatchObject({ show: null });
    expect(answer.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['playlist.items.edges.0.node.show', 'SPOTIFY_UNSUPPORTED_ITEM'],
    ]);
    const calls = await entries();
    expect(calls.filter((call) => call.status >= 400)).toEqual([]);
    expect(calls.filter((call) => call.route.includes('show'))).toEqual([]);
  });
});

describe('player and library entries the API does not model', () => {
  it("a queue entry of another type is that entry's null; the current item without an id is null", async () => {
    const track = (await real('/v1/me/tracks?limit=1')) as { items: { track: Json }[] };
    const real0 = track.items[0]!.track;
    await answerWith('GET /v1/me/player/queue', {
      currently_playing: { ...real0, id: null, name: MARKER },
      queue: [{ ...real0, type: 'ad', name: MARKER }, real0],
    });
    const answer = await t.query(
      graphql(
        `query UnmodelledItemsQueue { me { player { queue { currentlyPlaying { __typename } items { __typename ... on Track { id } } } } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.data?.me?.player.queue).toEqual({
      currentlyPlaying: null,
      items: [null, { __typename: 'Track', id: `spotify:track:${real0.id}` }],
    });
    expect(answer.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual(
      expect.arrayContaining([
        ['me.player.queue.currentlyPlaying', 'SPOTIFY_UNSUPPORTED_ITEM'],
        ['me.player.queue.items.0', 'SPOTIFY_UNSUPPORTED_ITEM'],
      ]),
    );
    expect(JSON.stringify(answer)).not.toContain(MARKER);
  });

  it('a saved album of another type is null with SPOTIFY_UNSUPPORTED_ITEM, not echoed', async () => {
    const saved = (await real('/v1/me/albums?limit=2')) as { items: { album: Json }[] };
    saved.items[0]!.album = { ...saved.items[0]!.album, type: 'ad', name: MARKER };
    await answerWith('GET /v1/me/albums', saved);
    const answer = await t.query(
      graphql(`query UnmodelledItemsSavedAlbums { me { savedAlbums(first: 2) { nodes { name } } } }`),
      {},
      { token: alice.token },
    );
    expect(answer.data?.me?.savedAlbums?.nodes[0]).toBeNull();
    expect(answer.data?.me?.savedAlbums?.nodes[1]).toEqual({ name: saved.items[1]!.album.name });
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['SPOTIFY_UNSUPPORTED_ITEM']);
    expect(JSON.stringify(answer)).not.toContain(MARKER);
  });

  it('a saved track whose album has no id: album null with its error, and no Spotify call with a null id', async () => {
    const saved = (await real('/v1/me/tracks?limit=1')) as { items: { track: Json }[] };
    const track = saved.items[0]!.track;
    track.album = { ...(track.album as Json), id: null };
    await answerWith('GET /v1/me/tracks', saved);
    await t.clearLog();
    const answer = await t.query(
      graphql(
        `query UnmodelledItemsSavedTrackAlbum { me { savedTracks(first: 1) { nodes { name album { id label } } } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.data?.me?.savedTracks?.nodes[0]).toEqual({ name: track.name, album: null });
    expect(answer.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['me.savedTracks.nodes.0.album', 'SPOTIFY_UNSUPPORTED_ITEM'],
    ]);
    expect((await entries()).map((call) => call.route)).toEqual(['/v1/me/tracks']);
  });
});
