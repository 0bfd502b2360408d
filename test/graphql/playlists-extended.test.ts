import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataOf, q, useTestServer } from '../helpers/server.js';

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

const run = <T>(document: string, token: string | undefined = alice): Promise<T> =>
  dataOf<T>(t, document, token);

interface ItemsView {
  totalCount: number;
  edges: {
    addedAt: string | null;
    addedBy: { id: string } | null;
    node: { __typename: string; id: string } | null;
  }[];
}
const ITEMS =
  'totalCount edges { addedAt addedBy { id } node { __typename ... on Track { id } ... on Episode { id } } }';

describe('reading playlists', () => {
  it("reads another user's playlist with its owner, followers and all its items, episodes included", async () => {
    expect(longPlaylist.size).toBeGreaterThan(100);
    const data = await run<{
      playlist: { id: string; name: string; owner: { id: string }; followerCount: number; items: ItemsView };
    }>(
      `{ playlist(id: ${q(longPlaylist.id)}) { id name owner { id } followerCount items(first: ${longPlaylist.size}) { ${ITEMS} } } }`,
    );
    expect(data.playlist.id).toBe(`spotify:playlist:${longPlaylist.id}`);
    expect(data.playlist.owner.id).toBe('spotify:user:spotify');
    expect(data.playlist.followerCount).toBeGreaterThan(0);
    expect(data.playlist.items.totalCount).toBe(longPlaylist.size);
    expect(data.playlist.items.edges).toHaveLength(longPlaylist.size);
    const types = new Set(data.playlist.items.edges.map((e) => e.node?.__typename));
    expect(types).toEqual(new Set(['Track', 'Episode']));
    expect(data.playlist.items.edges[0]?.addedBy?.id).toBe('spotify:user:spotify');
    // The first 100 items come embedded in the playlist; the rest 50 per call from the tracks route.
    expect(await t.calls()).toEqual({
      'GET /v1/playlists/{playlist_id}': 1,
      'GET /v1/playlists/{playlist_id}/tracks': Math.ceil((longPlaylist.size - 100) / 50),
    });
  });

  it('loads each listed playlist in full once for the fields a simplified playlist lacks', async () => {
    const data = await run<{
      me: { playlists: { nodes: { name: string; followerCount: number; again: number }[] } };
    }>('{ me { playlists(first: 3) { nodes { name followerCount again: followerCount } } } }');
    expect(data.me.playlists.nodes).toHaveLength(3);
    for (const node of data.me.playlists.nodes) expect(node.again).toBe(node.followerCount);
    expect(await t.calls()).toEqual({ 'GET /v1/me/playlists': 1, 'GET /v1/playlists/{playlist_id}': 3 });
  });

  it('answers a playlist as a node by URI, and a user as a node', async () => {
    const data = await run<{
      p: { __typename: string; name: string };
      u: { __typename: string; displayName: string };
    }>(
      `{ p: node(id: ${q(`spotify:playlist:${longPlaylist.id}`)}) { __typename ... on Playlist { name } }
         u: node(id: "spotify:user:bob") { __typename ... on User { displayName } } }`,
    );
    expect(data.p.__typename).toBe('Playlist');
    expect(data.p.name).toBeTruthy();
    expect(data.u).toEqual({ __typename: 'User', displayName: 'Bob Free' });
  });

  it("reads a user's profile and public playlists", async () => {
    const data = await run<{
      user: {
        id: string;
        displayName: string;
        followerCount: number;
        playlists: { nodes: { owner: { id: string } }[] };
      };
    }>(
      '{ user(id: "spotify:user:bob") { id displayName followerCount playlists(first: 10) { nodes { owner { id } } } } }',
    );
    expect(data.user.id).toBe('spotify:user:bob');
    expect(typeof data.user.followerCount).toBe('number');
    expect(data.user.playlists.nodes.length).toBeGreaterThan(0);
  });

  it('refuses a malformed playlist id before any call', async () => {
    const answer = await t.query('{ playlist(id: "spotify:album:nope") { name } }', {}, { token: alice });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.calls()).toEqual({});
  });
});

describe('changing playlists', () => {
  it('creates a playlist, adds, reads, reorders, removes and replaces its items', async () => {
    const created = await run<{
      createPlaylist: { playlist: { id: string; name: string; public: boolean; owner: { id: string } } };
    }>(
      'mutation { createPlaylist(name: "Round trip", description: "test", public: false) { playlist { id name public owner { id } } } }',
    );
    const playlist = created.createPlaylist.playlist;
    expect(playlist).toMatchObject({
      name: 'Round trip',
      public: false,
      owner: { id: 'spotify:user:alice' },
    });
    const id = playlist.id;

    const [a, b, c] = trackUris;
    const added = await run<{ addPlaylistItems: { snapshotId: string; playlist: { items: ItemsView } } }>(
      `mutation { addPlaylistItems(playlistId: ${q(id)}, uris: ${q([a, b, c, episodeUri])}) { snapshotId playlist { items { ${ITEMS} } } } }`,
    );
    expect(added.addPlaylistItems.snapshotId).toBeTruthy();
    const uriOf = (v: ItemsView) => v.edges.map((e) => e.node?.id.replace(/^spotify:(track|episode):/, ''));
    const ids = (uris: (string | undefined)[]) => uris.map((u) => u?.split(':')[2]);
    expect(uriOf(added.addPlaylistItems.playlist.items)).toEqual(ids([a, b, c, episodeUri]));
    expect(added.addPlaylistItems.playlist.items.edges[0]?.addedBy?.id).toBe('spotify:user:alice');

    const reordered = await run<{ reorderPlaylistItems: { playlist: { items: ItemsView } } }>(
      `mutation { reorderPlaylistItems(playlistId: ${q(id)}, rangeStart: 0, insertBefore: 3) { snapshotId playlist { items { ${ITEMS} } } } }`,
    );
    expect(uriOf(reordered.reorderPlaylistItems.playlist.items)).toEqual(ids([b, c, a, episodeUri]));

    const removed = await run<{ removePlaylistItems: { playlist: { items: ItemsView } } }>(
      `mutation { removePlaylistItems(playlistId: ${q(id)}, uris: ${q([c])}) { snapshotId playlist { items { ${ITEMS} } } } }`,
    );
    expect(uriOf(removed.removePlaylistItems.playlist.items)).toEqual(ids([b, a, episodeUri]));

    const replaced = await run<{ replacePlaylistItems: { playlist: { items: ItemsView } } }>(
      `mutation { replacePlaylistItems(playlistId: ${q(id)}, uris: ${q([c, a])}) { snapshotId playlist { items { ${ITEMS} } } } }`,
    );
    expect(uriOf(replaced.replacePlaylistItems.playlist.items)).toEqual(ids([c, a]));
  });

  it('adds 150 items in two calls, in order, and reads them all back', async () => {
    const { createPlaylist } = await run<{ createPlaylist: { playlist: { id: string } } }>(
      'mutation { createPlaylist(name: "Big") { playlist { id } } }',
    );
    await t.clearLog();
    const uris = trackUris.slice(0, 150);
    const data = await run<{ addPlaylistItems: { playlist: { items: ItemsView } } }>(
      `mutation { addPlaylistItems(playlistId: ${q(createPlaylist.playlist.id)}, uris: ${q(uris)}) { playlist { items(first: 150) { ${ITEMS} } } } }`,
    );
    expect(data.addPlaylistItems.playlist.items.edges.map((e) => e.node?.id)).toEqual(uris);
    expect((await t.calls())['POST /v1/playlists/{playlist_id}/items']).toBe(2);
  });

  it('changes the details and reads them back', async () => {
    const { createPlaylist } = await run<{ createPlaylist: { playlist: { id: string } } }>(
      'mutation { createPlaylist(name: "Before") { playlist { id } } }',
    );
    const data = await run<{
      updatePlaylist: { playlist: { name: string; description: string; public: boolean } };
    }>(
      `mutation { updatePlaylist(playlistId: ${q(createPlaylist.playlist.id)}, name: "After", description: "new", public: false) { playlist { name description public } } }`,
    );
    expect(data.updatePlaylist.playlist).toEqual({ name: 'After', description: 'new', public: false });
  });

  it('uploads a cover and shows it as the playlist image', async () => {
    const { createPlaylist } = await run<{ createPlaylist: { playlist: { id: string } } }>(
      'mutation { createPlaylist(name: "Covered") { playlist { id } } }',
    );
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
    ]).toString('base64');
    const data = await run<{ uploadPlaylistCover: { playlist: { images: { url: string }[] } } }>(
      `mutation { uploadPlaylistCover(playlistId: ${q(createPlaylist.playlist.id)}, imageBase64: ${q(jpeg)}) { playlist { images { url } } } }`,
    );
    expect(data.uploadPlaylistCover.playlist.images[0]?.url).toBe(`data:image/jpeg;base64,${jpeg}`);
  });
});

describe('playlist input refused before any Spotify call', () => {
  const playlistId = '37i9dQZF1DXcBWIGoYBM5M';
  const cases: [string, string, string][] = [
    [
      'an album URI among the items',
      `addPlaylistItems(playlistId: ${q(playlistId)}, uris: ["spotify:album:4aawyAB9vmqN3uQ7FjRGTy"]) { snapshotId }`,
      'uris[0]',
    ],
    ['an empty uris list', `addPlaylistItems(playlistId: ${q(playlistId)}, uris: []) { snapshotId }`, 'uris'],
    [
      'a negative position',
      `addPlaylistItems(playlistId: ${q(playlistId)}, uris: ["spotify:track:11dFghVXANMlKmJXsNCbNl"], position: -1) { snapshotId }`,
      'position',
    ],
    [
      'a malformed playlist id',
      'removePlaylistItems(playlistId: "x", uris: ["spotify:track:11dFghVXANMlKmJXsNCbNl"]) { snapshotId }',
      'playlistId',
    ],
    [
      'a negative rangeStart',
      `reorderPlaylistItems(playlistId: ${q(playlistId)}, rangeStart: -1, insertBefore: 2) { snapshotId }`,
      'rangeStart',
    ],
    [
      'a cover that is not base64',
      `uploadPlaylistCover(playlistId: ${q(playlistId)}, imageBase64: "not base64!") { playlist { id } }`,
      'imageBase64',
    ],
    [
      'a cover that is not a JPEG',
      `uploadPlaylistCover(playlistId: ${q(playlistId)}, imageBase64: ${q(Buffer.from('GIF89a').toString('base64'))}) { playlist { id } }`,
      'imageBase64',
    ],
    [
      'a cover over 256 KB',
      `uploadPlaylistCover(playlistId: ${q(playlistId)}, imageBase64: ${q(`/9j/${'A'.repeat(256 * 1024)}`)}) { playlist { id } }`,
      'imageBase64',
    ],
    ['an empty playlist name', 'createPlaylist(name: "  ") { playlist { id } }', 'name'],
    [
      'a public collaborative playlist',
      'createPlaylist(name: "x", collaborative: true) { playlist { id } }',
      'collaborative',
    ],
  ];

  it.each(cases)('refuses %s with BAD_USER_INPUT naming the argument', async (_name, field, argument) => {
    const answer = await t.query(`mutation { ${field} }`, {}, { token: alice });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await t.calls()).toEqual({});
  });

  it('refuses more than 1000 URIs', async () => {
    const uris = Array.from({ length: 1001 }, () => trackUris[0]);
    const answer = await t.query(
      `mutation { addPlaylistItems(playlistId: ${q(playlistId)}, uris: ${q(uris)}) { snapshotId } }`,
      {},
      { token: alice },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uris' });
    expect(await t.calls()).toEqual({});
  });

  it('refuses a playlist mutation without a user token with UNAUTHENTICATED', async () => {
    const answer = await t.query('mutation { createPlaylist(name: "x") { playlist { id } } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.calls()).toEqual({});
  });
});
