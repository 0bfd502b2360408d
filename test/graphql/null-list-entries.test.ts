/**
 * A null entry Spotify sends in a list page (a whole entry, not only its track) is Spotify's bad value:
 * each field read from it (its node, its date) is null with its own error (`SPOTIFY_UNAVAILABLE`,
 * `extensions.badValue: true`), unlike a removed item (an entry whose track is null), while its
 * neighbours answer and the connection stays; never INTERNAL_SERVER_ERROR. Each list's real page comes
 * from the emulator; a fault rule answers it again with a null put in front.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { TypedDocumentNode } from '../helpers/documents.js';
import { type GraphQLAnswer, useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice');

type Json = Record<string, unknown>;

/** The emulator's own answer to `path` for alice. */
async function real(path: string): Promise<Json> {
  const response = await fetch(`${t.emu.url}${path}`, {
    headers: { authorization: `Bearer ${alice.token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

/** `page` with a null entry before its first item; `at` names the paging object inside the answer. */
function withNullFirst(page: Json, at?: string): Json {
  const paging = (at ? page[at] : page) as { items: unknown[]; total?: number };
  const items = [null, paging.items[0]];
  // A whole page of its own `limit` (one an album embeds says 50), so no window reads it as cut short.
  const patched = {
    ...paging,
    items,
    limit: items.length,
    total: Math.max(paging.total ?? 0, 2),
    next: null,
  };
  return at ? { ...page, [at]: patched } : patched;
}

const album = (): string => [...t.emu.state.catalog.albums.keys()][0]!;

/** `document` sent as alice, without variables. */
const asAlice = <R>(document: TypedDocumentNode<R, Record<string, never>>) =>
  t.query(document, {}, { token: alice.token });

/** Route, the path of the real page, the paging key inside it, the query sent, the path to its edges. */
const LISTS: [string, () => string, string | undefined, () => Promise<GraphQLAnswer<unknown>>, string[]][] = [
  // A show's episodes are not here: a null entry there is an episode Spotify withholds, a null node
  // without an error (withheld-entries.test.ts).
  [
    'GET /v1/me/tracks',
    () => '/v1/me/tracks?limit=2',
    undefined,
    () =>
      asAlice(
        graphql(
          `query NullListEntriesSavedTracks { me { savedTracks(first: 2) { edges { addedAt node { id } } } } }`,
        ),
      ),
    ['me', 'savedTracks'],
  ],
  [
    'GET /v1/me/albums',
    () => '/v1/me/albums?limit=2',
    undefined,
    () =>
      asAlice(
        graphql(
          `query NullListEntriesSavedAlbums { me { savedAlbums(first: 2) { edges { addedAt node { id } } } } }`,
        ),
      ),
    ['me', 'savedAlbums'],
  ],
  [
    'GET /v1/me/shows',
    () => '/v1/me/shows?limit=2',
    undefined,
    () =>
      asAlice(
        graphql(
          `query NullListEntriesSavedShows { me { savedShows(first: 2) { edges { addedAt node { id } } } } }`,
        ),
      ),
    ['me', 'savedShows'],
  ],
  [
    'GET /v1/me/episodes',
    () => '/v1/me/episodes?limit=2',
    undefined,
    () =>
      asAlice(
        graphql(
          `query NullListEntriesSavedEpisodes { me { savedEpisodes(first: 2) { edges { addedAt node { id } } } } }`,
        ),
      ),
    ['me', 'savedEpisodes'],
  ],
  [
    'GET /v1/me/audiobooks',
    () => '/v1/me/audiobooks?limit=2',
    undefined,
    () =>
      asAlice(
        graphql(
          `query NullListEntriesSavedAudiobooks { me { savedAudiobooks(first: 2) { edges { addedAt node { id } } } } }`,
        ),
      ),
    ['me', 'savedAudiobooks'],
  ],
  [
    'GET /v1/me/player/recently-played',
    () => '/v1/me/player/recently-played?limit=2',
    undefined,
    () =>
      asAlice(
        graphql(
          `query NullListEntriesRecentlyPlayed { me { recentlyPlayed(first: 2) { edges { node { playedAt track { __typename } } } } } }`,
        ),
      ),
    ['me', 'recentlyPlayed'],
  ],
  [
    'GET /v1/me/following',
    () => '/v1/me/following?type=artist&limit=2',
    'artists',
    () =>
      asAlice(
        graphql(
          `query NullListEntriesFollowedArtists { me { followedArtists(first: 2) { edges { node { id } } } } }`,
        ),
      ),
    ['me', 'followedArtists'],
  ],
];

const badValue = { code: 'SPOTIFY_UNAVAILABLE', badValue: true };

/** Each error is a badValue at a field of the first edge under `edgesAt`, and its node has one. */
function expectFirstEntryErrors(answer: { errors?: readonly Json[] | undefined }, edgesAt: string[]): void {
  const errors = answer.errors ?? [];
  expect(errors.length, JSON.stringify(answer)).toBeGreaterThan(0);
  for (const error of errors) {
    expect((error.path as unknown[]).slice(0, edgesAt.length + 2)).toEqual([...edgesAt, 'edges', 0]);
    expect(error.extensions).toEqual(badValue);
  }
  expect(errors.map((error) => (error.path as unknown[]).at(-1))).toContain('node');
}

const dig = (data: unknown, path: string[]): unknown =>
  path.reduce<unknown>((at, key) => (at as Json | null | undefined)?.[key], data);

describe("a null entry in a list page is that entry's error, not the list's", () => {
  it.each(LISTS)('%s', async (route, path, at, send, edgesAt) => {
    const page = await real(path());
    const items = ((at ? page[at] : page) as { items: unknown[] }).items;
    expect(items.length).toBeGreaterThan(0);
    await t.emu.control('POST', '/faults', {
      route,
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify(withNullFirst(page, at)),
      times: 1,
    });
    const answer = await send();
    expectFirstEntryErrors(answer as { errors?: Json[] }, edgesAt);
    const edges = (dig(answer.data, edgesAt) as { edges: Json[] }).edges;
    expect(edges).toHaveLength(2);
    const [missing, present] = edges;
    // The null entry: its node (and its date) is null with its error; the neighbour answers.
    expect(missing!.node).toBeNull();
    if ('addedAt' in missing!) expect(missing!.addedAt).toBeNull();
    expect(present!.node).not.toBeNull();
    // The crafted answer was the one read (the fault rule was used up).
    expect((await t.emu.control('GET', '/faults')).json).toEqual({ faults: [] });
  });

  it('album tracks: a null entry in the page an album embeds is a null node with its error, its neighbour answers', async () => {
    const full = (await real(`/v1/albums?ids=${album()}`)) as { albums: Json[] };
    const albums = [withNullFirst(full.albums[0]!, 'tracks')];
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/albums',
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify({ albums }),
      times: 1,
    });
    const answer = await t.query(
      graphql(
        `query NullListEntriesAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 2) { edges { node { id name } } } } }`,
      ),
      { id: album() },
      { token: alice.token },
    );
    expectFirstEntryErrors(answer as { errors?: Json[] }, ['album', 'tracks']);
    const [missing, present] = answer.data?.album?.tracks?.edges ?? [];
    expect(missing!.node).toBeNull();
    expect(present!.node).not.toBeNull();
    expect((await t.emu.control('GET', '/faults')).json).toEqual({ faults: [] });
  });

  it('playlist items: a null entry is an edge whose fields are each null with an error, its neighbour answers', async () => {
    const own = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const page = await real(`/v1/playlists/${own.id}/items?limit=2&offset=1&market=US`);
    // A market: the items page is asked for, not the one the playlist embeds (Extended: /tracks).
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/playlists/{playlist_id}/tracks',
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify(withNullFirst(page)),
      times: 1,
    });
    const answer = await t.query(
      graphql(
        `query NullListEntriesPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 2, offset: 1, market: "US") { edges { addedAt addedBy { id } isLocal node { __typename } } } } }`,
      ),
      { id: own.id },
      { token: alice.token },
    );
    expectFirstEntryErrors(answer as { errors?: Json[] }, ['playlist', 'items']);
    expect(answer.errors?.map((error) => error.path?.at(-1)).sort()).toEqual([
      'addedAt',
      'addedBy',
      'isLocal',
      'node',
    ]);
    const [missing, present] = answer.data?.playlist?.items?.edges ?? [];
    expect(missing).toEqual({ addedAt: null, addedBy: null, isLocal: null, node: null });
    expect(present!.node).not.toBeNull();
    expect((await t.emu.control('GET', '/faults')).json).toEqual({ faults: [] });
  });
});
