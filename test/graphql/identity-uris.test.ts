/**
 * A `uri` Spotify sent that does not name the object it comes with (another object's id, another
 * type) is never passed on: such an object disagrees with itself, so it is null in its place with
 * SPOTIFY_UNSUPPORTED_ITEM whatever the query selects (isSpotifyType), its neighbours answer. A local file keeps its `spotify:local:`
 * URI and a chapter its `spotify:episode:` one. Also the made-up fallbacks of the same kind: a track
 * without a duration, and a `linked_from` that is no object or has no usable id (null, a number,
 * malformed, missing) or a uri or type naming another object, are errors of the fields that read it
 * (relinkedUri, linkedFromUri), never 0 or the track's own id in its place; the track's own identity
 * (the object Spotify sent) stays.
 * The emulator's `set` fault edits make one value of a real answer wrong.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const OTHER_ID = '0000000000000000000000';
const UNSUPPORTED = { code: 'SPOTIFY_UNSUPPORTED_ITEM' };
const albumId = (): string => [...t.emu.state.catalog.albums.keys()][0]!;
const trackIds = (): string[] => [...t.emu.state.catalog.tracks.keys()].slice(0, 2);
const playlistId = (): string =>
  [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id;

const albumQuery = graphql(
  `query IdentityUrisAlbum($id: ID!) { album(id: $id) { id uri name artists { id uri name } } }`,
);
const tracksQuery = graphql(
  `query IdentityUrisTracks($ids: [ID!]!) { tracks(ids: $ids) { id uri name durationMs relinkedUri } }`,
);
const playlistQuery = graphql(
  `query IdentityUrisPlaylist($id: ID!) { playlist(id: $id) { uri name owner { id uri } } }`,
);

describe('uri', () => {
  it('answers an album whose uri names another album as null with its error', async () => {
    const real = await t.query(albumQuery, { id: albumId() });
    expect(real.errors).toBeUndefined();
    expect(real.data?.album?.uri).toBe(`spotify:album:${albumId()}`);
    await t.fault('GET /v1/albums', { '/albums/0/uri': `spotify:album:${OTHER_ID}` });
    const answer = await t.query(albumQuery, { id: albumId() });
    expect(answer.data?.album).toBeNull();
    expect(located(answer.errors)).toEqual([[['album'], UNSUPPORTED]]);
    expect(answer.errors?.[0]?.message).not.toContain(OTHER_ID);
  });

  it("answers an album artist whose uri names a track (its own id) as that entry's null, the album intact", async () => {
    const real = await t.query(albumQuery, { id: albumId() });
    const artists = real.data?.album?.artists ?? [];
    const artistId = artists[0]?.id.split(':')[2];
    expect(artistId).toEqual(expect.any(String));
    await t.fault('GET /v1/albums', { '/albums/0/artists/0/uri': `spotify:track:${artistId}` });
    const answer = await t.query(albumQuery, { id: albumId() });
    expect(answer.data?.album).toMatchObject({ name: real.data?.album?.name, uri: real.data?.album?.uri });
    expect(answer.data?.album?.artists).toEqual([null, ...artists.slice(1)]);
    expect(located(answer.errors)).toEqual([[['album', 'artists', 0], UNSUPPORTED]]);
  });

  it("answers a track whose uri names another track as that entry's null, its neighbour intact", async () => {
    const ids = trackIds();
    const real = await t.query(tracksQuery, { ids });
    expect(real.errors).toBeUndefined();
    await t.fault('GET /v1/tracks', { '/tracks/0/uri': `spotify:track:${OTHER_ID}` });
    const answer = await t.query(tracksQuery, { ids });
    expect(answer.data?.tracks).toEqual([null, real.data?.tracks?.[1]]);
    expect(located(answer.errors)).toEqual([[['tracks', 0], UNSUPPORTED]]);
  });

  it('answers a playlist whose uri names another type, and an owner whose uri names another user, as their nulls', async () => {
    const real = await t.query(playlistQuery, { id: playlistId() });
    expect(real.errors).toBeUndefined();
    expect(real.data?.playlist?.owner?.uri).toBe('spotify:user:alice');
    await t.fault('GET /v1/playlists/{playlist_id}', { '/owner/uri': 'spotify:user:bob' });
    const owner = await t.query(playlistQuery, { id: playlistId() });
    expect(owner.data?.playlist).toMatchObject({ name: real.data?.playlist?.name, owner: null });
    expect(located(owner.errors)).toEqual([[['playlist', 'owner'], UNSUPPORTED]]);

    await t.emu.control('DELETE', '/faults');
    await t.fault('GET /v1/playlists/{playlist_id}', { '/uri': `spotify:album:${playlistId()}` });
    const playlist = await t.query(playlistQuery, { id: playlistId() });
    expect(playlist.data?.playlist).toBeNull();
    expect(located(playlist.errors)).toEqual([[['playlist'], UNSUPPORTED]]);
  });
});

describe("a playlist's older uri form", () => {
  // Spotify sent `spotify:user:<owner>:playlist:<id>` for years (older answers, playlists made by older
  // clients): the same playlist as `spotify:playlist:<id>`, never one that disagrees with itself.
  const legacyQuery = graphql(`query IdentityUrisLegacyPlaylist($id: ID!) {
    playlist(id: $id) { id name }
    withUri: playlist(id: $id) { id uri }
    me { playlists(first: 2) { nodes { id name } } }
    search(query: "a", types: [PLAYLIST], first: 2) { playlists { nodes { id uri } } }
  }`);

  it('reads spotify:user:<user>:playlist:<id> as the playlist itself, in the current form, wherever it is read', async () => {
    const id = playlistId();
    const real = await t.query(legacyQuery, { id }, { token: t.alice });
    expect(real.errors).toBeUndefined();
    const mine = real.data?.me?.playlists?.nodes ?? [];
    const found = real.data?.search?.playlists?.nodes ?? [];
    expect(mine).toHaveLength(2);
    expect(found).toHaveLength(2);
    const legacy = (uri: string | undefined) =>
      uri!.replace('spotify:playlist:', 'spotify:user:alice:playlist:');
    await t.fault('GET /v1/playlists/{playlist_id}', { '/uri': `spotify:user:alice:playlist:${id}` });
    await t.fault('GET /v1/me/playlists', { '/items/0/uri': legacy(mine[0]?.id) });
    await t.fault('GET /v1/search', { '/playlists/items/0/uri': legacy(found[0]?.uri) });
    const answer = await t.query(legacyQuery, { id }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(real.data);
    expect(answer.data?.withUri?.uri).toBe(`spotify:playlist:${id}`);
  });

  it.each(['%C3%A9milie', 'a%40b.com', 'a+b', 'john.doe', 'a%3Ab'])(
    'reads the older form with the user name %s (percent-encoded legacy names) as the playlist itself (v13 re-attack, I1)',
    async (user) => {
      const id = playlistId();
      await t.fault('GET /v1/playlists/{playlist_id}', { '/uri': `spotify:user:${user}:playlist:${id}` });
      const answer = await t.query(playlistQuery, { id });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.playlist?.uri).toBe(`spotify:playlist:${id}`);
    },
  );

  it('still refuses the older form naming another playlist, or a malformed user', async () => {
    const id = playlistId();
    const users = ['a/b', 'émilie', '%ZZ', '%C3', 'a%', '%00a', '..', '%2E%2E', '+'];
    for (const uri of [
      `spotify:user:alice:playlist:${OTHER_ID}`,
      ...users.map((user) => `spotify:user:${user}:playlist:${id}`),
    ]) {
      await t.emu.control('DELETE', '/faults');
      await t.fault('GET /v1/playlists/{playlist_id}', { '/uri': uri });
      const answer = await t.query(playlistQuery, { id });
      expect(answer.data?.playlist).toBeNull();
      expect(located(answer.errors)).toEqual([[['playlist'], UNSUPPORTED]]);
    }
  });
});

describe('made-up fallbacks', () => {
  it("answers a track without a duration (its own nor the full track's) as durationMs null with its error, never 0", async () => {
    const ids = trackIds();
    const real = await t.query(tracksQuery, { ids });
    await t.fault('GET /v1/tracks', { '/tracks/0/duration_ms': null });
    const answer = await t.query(tracksQuery, { ids });
    expect(answer.data?.tracks).toEqual([
      { ...real.data?.tracks?.[0], durationMs: null },
      real.data?.tracks?.[1],
    ]);
    expect(located(answer.errors)).toEqual([[['tracks', 0, 'durationMs'], BAD_VALUE]]);
  });

  it('answers a linked_from that is no object as an error on the fields that read it, the track its own', async () => {
    const ids = trackIds();
    const real = await t.query(tracksQuery, { ids });
    await t.fault('GET /v1/tracks', { '/tracks/0/linked_from': 'x' });
    const relinked = graphql(
      `query IdentityUrisRelinked($ids: [ID!]!) { tracks(ids: $ids) { name relinkedUri } }`,
    );
    const fieldOnly = await t.query(relinked, { ids });
    expect(fieldOnly.data?.tracks?.[0]).toEqual({ name: real.data?.tracks?.[0]?.name, relinkedUri: null });
    expect(located(fieldOnly.errors)).toEqual([[['tracks', 0, 'relinkedUri'], BAD_VALUE]]);
    // `id` and `uri` are the track's own (the object Spotify sent), whatever its linked_from says.
    const answer = await t.query(tracksQuery, { ids });
    expect(answer.data?.tracks).toEqual([real.data?.tracks?.[0], real.data?.tracks?.[1]]);
    expect(located(answer.errors)).toEqual([[['tracks', 0, 'relinkedUri'], BAD_VALUE]]);
  });
});

describe('linked_from', () => {
  // A playlist entry (no batch of ids to match it against): Spotify relinked its track with a market.
  const entryQuery = graphql(
    `query IdentityUrisLinkedEntry($id: ID!) { playlist(id: $id) { name items(first: 2) { edges { node { ... on Track { id uri spotifyId relinkedUri linkedFromUri } } } } } }`,
  );
  const relinkedQuery = graphql(
    `query IdentityUrisLinkedRelinked($id: ID!) { playlist(id: $id) { items(first: 2) { edges { node { ... on Track { name relinkedUri } } } } } }`,
  );
  /** Sets the playlist's first entry's `linked_from` (under both `item` and the deprecated `track`). */
  const relink = (linkedFrom: Record<string, unknown>) =>
    t.fault('GET /v1/playlists/{playlist_id}', {
      '/items/items/0/item/linked_from': linkedFrom,
      '/items/items/0/track/linked_from': linkedFrom,
      '/tracks/items/0/item/linked_from': linkedFrom,
      '/tracks/items/0/track/linked_from': linkedFrom,
    });
  const asked = {
    external_urls: {},
    href: null,
    id: OTHER_ID,
    type: 'track',
    uri: `spotify:track:${OTHER_ID}`,
  };
  const unusable: [string, Record<string, unknown>][] = [
    ['a null id', { id: null }],
    ['an id of another type', { id: 5 }],
    ['a malformed id', { id: 'not-a-track-id' }],
    ['no id', { id: undefined }],
    ['a uri that names another track', { uri: `spotify:track:${'1'.repeat(22)}` }],
    ['a uri that is no Spotify URI', { uri: 'https://example.com/x' }],
    ['a type other than track', { type: 'episode' }],
  ];

  it.each(unusable)(
    'answers a linked_from with %s as errors on the fields that read it; the track keeps its own identity',
    async (_kind, edit) => {
      const real = await t.query(entryQuery, { id: playlistId() });
      expect(real.errors).toBeUndefined();
      const [own, neighbour] = real.data?.playlist?.items?.edges ?? [];
      expect(own?.node).toMatchObject({ id: expect.stringMatching(/^spotify:track:/), relinkedUri: null });
      await relink(JSON.parse(JSON.stringify({ ...asked, ...edit })));
      const fieldOnly = await t.query(relinkedQuery, { id: playlistId() });
      expect(fieldOnly.data?.playlist?.items?.edges[0]?.node).toEqual({
        name: expect.any(String),
        relinkedUri: null,
      });
      expect(located(fieldOnly.errors)).toEqual([
        [['playlist', 'items', 'edges', 0, 'node', 'relinkedUri'], BAD_VALUE],
      ]);
      const answer = await t.query(entryQuery, { id: playlistId() });
      expect(answer.data?.playlist?.items?.edges).toEqual([
        { node: { ...own?.node, relinkedUri: null, linkedFromUri: null } },
        neighbour,
      ]);
      expect(located(answer.errors)).toEqual([
        [['playlist', 'items', 'edges', 0, 'node', 'linkedFromUri'], BAD_VALUE],
        [['playlist', 'items', 'edges', 0, 'node', 'relinkedUri'], BAD_VALUE],
      ]);
    },
  );

  it('answers a usable linked_from as the copy that plays under its own id, naming the id asked for', async () => {
    const real = await t.query(entryQuery, { id: playlistId() });
    const own = real.data?.playlist?.items?.edges[0]?.node;
    await relink(asked);
    const answer = await t.query(entryQuery, { id: playlistId() });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.items?.edges[0]?.node).toEqual({
      ...own,
      relinkedUri: own && 'id' in own ? own.id : undefined,
      linkedFromUri: `spotify:track:${OTHER_ID}`,
    });
  });
});
