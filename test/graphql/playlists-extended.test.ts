import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlaylistsExtendedItemsFragment } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { dataOf, type GraphQLAnswer, useTestServer } from '../helpers/server.js';

/** Playlists on an Extended Quota app: reading any playlist, and every playlist mutation. */

const t = useTestServer({ mode: 'extended' });
let alice: string;
let trackUris: string[];
let episodeUri: string;
/** Spotify's first editorial playlist: over 100 items, episodes among them. */
let longPlaylist: { id: string; size: number };

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  const { catalog } = t.emu.state;
  trackUris = [...catalog.tracks.keys()].slice(0, 250).map((id) => `spotify:track:${id}`);
  episodeUri = `spotify:episode:${[...catalog.episodes.keys()][0]}`;
  const first = [...catalog.playlists.values()][0]!;
  longPlaylist = { id: first.id, size: first.items.length };
});
beforeEach(() => t.clearLog());

const run = <R, V>(
  document: GraphQLDocument<R, V>,
  variables?: NoInfer<V>,
  token: string | undefined = alice,
) => dataOf(t, document, token, variables);

graphql(`fragment PlaylistsExtendedItems on PlaylistItemConnection {
  totalCount
  edges { addedAt addedBy { id } node { __typename ... on Track { id } ... on Episode { id } } }
}`);

const createPlaylist = graphql(`mutation PlaylistsExtendedCreate($name: String!) {
  createPlaylist(name: $name) { playlist { id } }
}`);

/** Creates a playlist named `name` for alice and answers its id. */
const created = async (name: string): Promise<string> =>
  (await run(createPlaylist, { name })).createPlaylist!.playlist!.id;

describe('reading playlists', () => {
  it("reads another user's playlist with its owner, followers and all its items, episodes included", async () => {
    expect(longPlaylist.size).toBeGreaterThan(100);
    const data = await run(
      graphql(`query PlaylistsExtendedAllItems($id: ID!, $first: Int) {
        playlist(id: $id) { id name owner { id } followerCount items(first: $first) { ...PlaylistsExtendedItems } }
      }`),
      { id: longPlaylist.id, first: longPlaylist.size },
    );
    const playlist = data.playlist!;
    const items = playlist.items!;
    expect(playlist.id).toBe(`spotify:playlist:${longPlaylist.id}`);
    expect(playlist.owner?.id).toBe('spotify:user:spotify');
    expect(playlist.followerCount).toBeGreaterThan(0);
    expect(items.totalCount).toBe(longPlaylist.size);
    expect(items.edges).toHaveLength(longPlaylist.size);
    const types = new Set(items.edges.map((e) => e?.node?.__typename));
    expect(types).toEqual(new Set(['Track', 'Episode']));
    expect(items.edges[0]?.addedBy?.id).toBe('spotify:user:spotify');
    // The first 100 items come embedded in the playlist; the rest 50 per call from the tracks route.
    expect(await t.calls()).toEqual({
      'GET /v1/playlists/{playlist_id}': 1,
      'GET /v1/playlists/{playlist_id}/tracks': Math.ceil((longPlaylist.size - 100) / 50),
    });
  });

  it('loads each listed playlist in full once for the fields a simplified playlist lacks', async () => {
    const data = await run(
      graphql(
        `query PlaylistsExtendedListed { me { playlists(first: 3) { nodes { name followerCount again: followerCount } } } }`,
      ),
    );
    const nodes = data.me!.playlists!.nodes;
    expect(nodes).toHaveLength(3);
    for (const node of nodes) expect(node?.again).toBe(node?.followerCount);
    expect(await t.calls()).toEqual({ 'GET /v1/me/playlists': 1, 'GET /v1/playlists/{playlist_id}': 3 });
  });

  it('answers a playlist as a node by URI, and a user as a node', async () => {
    const data = await run(
      graphql(`query PlaylistsExtendedNodes($playlist: ID!, $user: ID!) {
        p: node(id: $playlist) { __typename ... on Playlist { name } }
        u: node(id: $user) { __typename ... on User { displayName } }
      }`),
      { playlist: `spotify:playlist:${longPlaylist.id}`, user: 'spotify:user:bob' },
    );
    expect(data.p?.__typename).toBe('Playlist');
    expect(data.p?.__typename === 'Playlist' && data.p.name).toBeTruthy();
    expect(data.u).toEqual({ __typename: 'User', displayName: 'Bob Free' });
  });

  it("reads a user's profile and public playlists", async () => {
    const data = await run(
      graphql(`query PlaylistsExtendedUser($id: ID!) {
        user(id: $id) { id displayName followerCount playlists(first: 10) { nodes { owner { id } } } }
      }`),
      { id: 'spotify:user:bob' },
    );
    expect(data.user?.id).toBe('spotify:user:bob');
    expect(typeof data.user?.followerCount).toBe('number');
    expect(data.user?.playlists?.nodes.length).toBeGreaterThan(0);
  });

  it('refuses a malformed playlist id before any call', async () => {
    const answer = await t.query(
      graphql(`query PlaylistsExtendedBadId($id: ID!) { playlist(id: $id) { name } }`),
      { id: 'spotify:album:nope' },
      { token: alice },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.calls()).toEqual({});
  });
});

describe('changing playlists', () => {
  it('creates a playlist, adds, reads, reorders, removes and replaces its items', async () => {
    const made = await run(
      graphql(`mutation PlaylistsExtendedCreatePrivate($name: String!, $description: String, $public: Boolean) {
        createPlaylist(name: $name, description: $description, public: $public) { playlist { id name public owner { id } } }
      }`),
      { name: 'Round trip', description: 'test', public: false },
    );
    const playlist = made.createPlaylist!.playlist!;
    expect(playlist).toMatchObject({
      name: 'Round trip',
      public: false,
      owner: { id: 'spotify:user:alice' },
    });
    const id = playlist.id;

    const [a, b, c] = trackUris as [string, string, string];
    const added = await run(
      graphql(`mutation PlaylistsExtendedAdd($id: ID!, $uris: [ID!]!) {
        addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }
      }`),
      { id, uris: [a, b, c, episodeUri] },
    );
    expect(added.addPlaylistItems?.snapshotId).toBeTruthy();
    const uriOf = (v: PlaylistsExtendedItemsFragment | null | undefined) =>
      v?.edges.map((e) => e?.node?.id.replace(/^spotify:(track|episode):/, ''));
    const ids = (uris: (string | undefined)[]) => uris.map((u) => u?.split(':')[2]);
    expect(uriOf(added.addPlaylistItems?.playlist?.items)).toEqual(ids([a, b, c, episodeUri]));
    expect(added.addPlaylistItems?.playlist?.items?.edges[0]?.addedBy?.id).toBe('spotify:user:alice');

    const reordered = await run(
      graphql(`mutation PlaylistsExtendedReorder($id: ID!, $rangeStart: Int!, $insertBefore: Int!) {
        reorderPlaylistItems(playlistId: $id, rangeStart: $rangeStart, insertBefore: $insertBefore) {
          snapshotId playlist { items { ...PlaylistsExtendedItems } }
        }
      }`),
      { id, rangeStart: 0, insertBefore: 3 },
    );
    expect(uriOf(reordered.reorderPlaylistItems?.playlist?.items)).toEqual(ids([b, c, a, episodeUri]));

    const removed = await run(
      graphql(`mutation PlaylistsExtendedRemove($id: ID!, $uris: [ID!]!) {
        removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }
      }`),
      { id, uris: [c] },
    );
    expect(uriOf(removed.removePlaylistItems?.playlist?.items)).toEqual(ids([b, a, episodeUri]));

    const replaced = await run(
      graphql(`mutation PlaylistsExtendedReplace($id: ID!, $uris: [ID!]!) {
        replacePlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }
      }`),
      { id, uris: [c, a] },
    );
    expect(uriOf(replaced.replacePlaylistItems?.playlist?.items)).toEqual(ids([c, a]));
  });

  it('adds 150 items in two calls, in order, and reads them all back', async () => {
    const id = await created('Big');
    await t.clearLog();
    const uris = trackUris.slice(0, 150);
    const data = await run(
      graphql(`mutation PlaylistsExtendedAddMany($id: ID!, $uris: [ID!]!) {
        addPlaylistItems(playlistId: $id, uris: $uris) { playlist { items(first: 150) { ...PlaylistsExtendedItems } } }
      }`),
      { id, uris },
    );
    expect(data.addPlaylistItems?.playlist?.items?.edges.map((e) => e?.node?.id)).toEqual(uris);
    expect((await t.calls())['POST /v1/playlists/{playlist_id}/items']).toBe(2);
  });

  it("passes the track ids of one answer, as a [ID!]! variable, to another mutation's uris (issue 13)", async () => {
    const albumId = [...t.emu.state.catalog.albums.keys()][0]!;
    const album = await run(
      graphql(`query PlaylistsExtendedAlbumTrackIds($id: ID!) {
        album(id: $id) { tracks(first: 3) { nodes { id } } }
      }`),
      { id: albumId },
    );
    const held = album.album!.tracks!.nodes.map((track) => track!.id);
    expect(held.length).toBeGreaterThan(0);
    const id = await created('From ids');
    const data = await run(
      graphql(`mutation PlaylistsExtendedAddHeldIds($id: ID!, $uris: [ID!]!) {
        addPlaylistItems(playlistId: $id, uris: $uris) { playlist { items { edges { node { ... on Track { id } } } } } }
      }`),
      { id, uris: held },
    );
    expect(data.addPlaylistItems?.playlist?.items?.edges.map((e) => e?.node?.id)).toEqual(held);
  });

  it('changes the details and reads them back', async () => {
    const id = await created('Before');
    const data = await run(
      graphql(`mutation PlaylistsExtendedUpdate($id: ID!, $name: String, $description: String, $public: Boolean) {
        updatePlaylist(playlistId: $id, name: $name, description: $description, public: $public) {
          playlist { name description public }
        }
      }`),
      { id, name: 'After', description: 'new', public: false },
    );
    expect(data.updatePlaylist?.playlist).toEqual({ name: 'After', description: 'new', public: false });
  });

  it('uploads a cover and shows it as the playlist image', async () => {
    const id = await created('Covered');
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
    ]).toString('base64');
    const data = await run(uploadCover, { id, imageBase64: jpeg });
    expect(data.uploadPlaylistCover?.playlist?.images?.[0]?.url).toBe(`data:image/jpeg;base64,${jpeg}`);
  });
});

const uploadCover = graphql(`mutation PlaylistsExtendedUploadCover($id: ID!, $imageBase64: String!) {
  uploadPlaylistCover(playlistId: $id, imageBase64: $imageBase64) { playlist { id images { url } } }
}`);

describe('playlist input refused before any Spotify call', () => {
  const playlistId = '37i9dQZF1DXcBWIGoYBM5M';
  const track = 'spotify:track:11dFghVXANMlKmJXsNCbNl';
  const add = graphql(`mutation PlaylistsExtendedAddRefused($id: ID!, $uris: [ID!]!, $position: Int) {
    addPlaylistItems(playlistId: $id, uris: $uris, position: $position) { snapshotId }
  }`);
  const remove = graphql(`mutation PlaylistsExtendedRemoveRefused($id: ID!, $uris: [ID!]!) {
    removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId }
  }`);
  const reorder =
    graphql(`mutation PlaylistsExtendedReorderRefused($id: ID!, $rangeStart: Int!, $insertBefore: Int!) {
    reorderPlaylistItems(playlistId: $id, rangeStart: $rangeStart, insertBefore: $insertBefore) { snapshotId }
  }`);
  const create =
    graphql(`mutation PlaylistsExtendedCreateRefused($name: String!, $collaborative: Boolean, $description: String) {
    createPlaylist(name: $name, collaborative: $collaborative, description: $description) { playlist { id } }
  }`);
  const update =
    graphql(`mutation PlaylistsExtendedUpdateRefused($id: ID!, $description: String, $name: String) {
    updatePlaylist(playlistId: $id, description: $description, name: $name) { playlist { id } }
  }`);
  const cases: [string, () => Promise<GraphQLAnswer<unknown>>, string][] = [
    [
      'an album URI among the items',
      () =>
        t.query(add, { id: playlistId, uris: ['spotify:album:4aawyAB9vmqN3uQ7FjRGTy'] }, { token: alice }),
      'uris[0]',
    ],
    ['an empty uris list', () => t.query(add, { id: playlistId, uris: [] }, { token: alice }), 'uris'],
    [
      'a negative position',
      () => t.query(add, { id: playlistId, uris: [track], position: -1 }, { token: alice }),
      'position',
    ],
    [
      'a malformed playlist id',
      () => t.query(remove, { id: 'x', uris: [track] }, { token: alice }),
      'playlistId',
    ],
    [
      'a negative rangeStart',
      () => t.query(reorder, { id: playlistId, rangeStart: -1, insertBefore: 2 }, { token: alice }),
      'rangeStart',
    ],
    [
      'a cover that is not base64',
      () => t.query(uploadCover, { id: playlistId, imageBase64: 'not base64!' }, { token: alice }),
      'imageBase64',
    ],
    [
      'a cover that is not a JPEG',
      () =>
        t.query(
          uploadCover,
          { id: playlistId, imageBase64: Buffer.from('GIF89a').toString('base64') },
          { token: alice },
        ),
      'imageBase64',
    ],
    [
      'a cover over 256 KB',
      () =>
        t.query(
          uploadCover,
          { id: playlistId, imageBase64: `/9j/${'A'.repeat(256 * 1024)}` },
          { token: alice },
        ),
      'imageBase64',
    ],
    ['an empty playlist name', () => t.query(create, { name: '  ' }, { token: alice }), 'name'],
    [
      'a description past 300 characters (v17 new-user F4)',
      () => t.query(create, { name: 'x', description: 'd'.repeat(301) }, { token: alice }),
      'description',
    ],
    [
      'a description past 300 characters in an update',
      () => t.query(update, { id: playlistId, description: 'd'.repeat(100_000) }, { token: alice }),
      'description',
    ],
    // v17 re-attack C3: a lone surrogate (no Unicode text) was sent to Spotify (JSON escapes it).
    ['a name with a lone surrogate', () => t.query(create, { name: 'x\udfff' }, { token: alice }), 'name'],
    [
      'a description with a lone surrogate',
      () => t.query(create, { name: 'x', description: 'x\ud800' }, { token: alice }),
      'description',
    ],
    [
      'a name with a lone surrogate in an update',
      () => t.query(update, { id: playlistId, name: '\ud800x' }, { token: alice }),
      'name',
    ],
    [
      'a description with a lone surrogate in an update',
      () => t.query(update, { id: playlistId, description: 'x\udfff' }, { token: alice }),
      'description',
    ],
    [
      'a public collaborative playlist',
      () => t.query(create, { name: 'x', collaborative: true }, { token: alice }),
      'collaborative',
    ],
  ];

  it.each(cases)('refuses %s with BAD_USER_INPUT naming the argument', async (_name, send, argument) => {
    const answer = await send();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await t.calls()).toEqual({});
  });

  it('counts a name and description by code point, untrimmed, and says the count (v17 re-attack C2)', async () => {
    // 300 emoji are 600 UTF-16 units and 300 characters: sent (the old count refused them).
    const sent = await t.query(
      create,
      { name: '🎵'.repeat(300), description: '🎵'.repeat(300) },
      { token: alice },
    );
    expect(sent.errors).toBeUndefined();
    expect(await t.calls()).toMatchObject({ 'POST /v1/me/playlists': 1 });
    await t.clearLog();
    // The description is sent as given, so its spaces count: 300 letters and a space are 301.
    for (const [description, count] of [
      [`${'d'.repeat(300)} `, 301],
      ['🎵'.repeat(301), 301],
    ] as const) {
      const answer = await t.query(create, { name: 'x', description }, { token: alice });
      expect(answer.errors?.[0]?.message).toContain(`description is ${count} characters`);
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'description',
      });
    }
    expect(await t.calls()).toEqual({});
  });

  it('refuses more than 1000 URIs', async () => {
    const uris = Array.from({ length: 1001 }, () => trackUris[0]!);
    const answer = await t.query(add, { id: playlistId, uris }, { token: alice });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uris' });
    expect(await t.calls()).toEqual({});
  });

  it('refuses a playlist mutation without a user token with UNAUTHENTICATED', async () => {
    const answer = await t.query(createPlaylist, { name: 'x' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.calls()).toEqual({});
  });
});
