/**
 * Issue 7, nullability that wipes out the parent (v10 attack F9(a), F17): `name` is nullable on every
 * type that implements `Node`, so a name Spotify left out is that field's null (with a `badValue`
 * error, or none for a local file without a title) while the object's other fields answer. Spotify's
 * reference requires no name of a track, an artist or a playlist; the album, show, episode, audiobook
 * and chapter objects require one, and their `name` is nullable too because fragments on two types
 * that select `name` must agree (the documents below, `... on Album { name } ... on Track { name }`,
 * would not validate otherwise). A `uri` the reference does not require (track, artist, playlist,
 * user) and Spotify left out is built from the object's type and id; a required one (album) left out
 * is still the object's error.
 */
import { isInterfaceType, isUnionType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIXED_ITEMS } from '../../src/emulator/catalog.js';
import { schema } from '../../src/schema/index.js';
import { player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { alicesLocalFile, BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const NODES = graphql(`query NullableNamesNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Album { name albumType }
    ... on Artist { name genres }
    ... on Track { name explicit }
    ... on Show { name publisher }
    ... on Episode { name durationMs }
    ... on Audiobook { name publisher }
    ... on Chapter { name chapterNumber }
    ... on Playlist { name }
  }
}`);

const TRACK_ARTISTS = graphql(`query NullableNamesTrackArtists($id: ID!) {
  track(id: $id) { id name artists { id name } }
}`);

const ITEMS = graphql(`query NullableNamesPlaylistItems($id: ID!, $offset: Int!) {
  playlist(id: $id) {
    name
    items(first: 3, offset: $offset) {
      edges {
        isLocal
        node {
          ... on Track { id uri name isLocal localFile { name albumName } }
          ... on Episode { id name }
        }
      }
    }
  }
}`);

const PLAYING = graphql(`query NullableNamesPlaying {
  me { player { state { isPlaying item { ... on Track { id name isLocal durationMs } ... on Episode { id name } } } } }
}`);

const URIS = graphql(`query NullableNamesUris($ids: [ID!]!) { nodes(ids: $ids) { id uri } }`);
const URI_LEFT_OUT = graphql(`query NullableNamesUriLeftOut($ids: [ID!]!) {
  withUri: nodes(ids: $ids) { id uri }
  withoutUri: nodes(ids: $ids) { id }
}`);
const TRACK_ALBUM_URI = graphql(`query NullableNamesTrackAlbumUri($id: ID!) {
  withUri: track(id: $id) { album { id uri } }
  withoutUri: track(id: $id) { album { id name } }
}`);

/** The first id of each catalog kind, with the batch route that answers it and that answer's key. */
const KINDS = [
  ['album', 'albums'],
  ['artist', 'artists'],
  ['track', 'tracks'],
  ['show', 'shows'],
  ['episode', 'episodes'],
  ['audiobook', 'audiobooks'],
  ['chapter', 'chapters'],
] as const;

const firstId = (kind: (typeof KINDS)[number][1]): string => [...t.emu.state.catalog[kind].keys()][0]!;

/** Sets `pointer` (inside the object) in both the batch and the single-object answers of `kind`. */
async function editObject(kind: (typeof KINDS)[number][1], pointer: string, value: unknown, unset = false) {
  const edits: [string, string][] = [
    [`GET /v1/${kind}`, `/${kind}/0${pointer}`],
    [`GET /v1/${kind}/{id}`, pointer],
  ];
  for (const [route, at] of edits) {
    await (unset ? t.fault(route, {}, { unset: [at] }) : t.fault(route, { [at]: value }));
  }
}

describe('fields that fragments select together', () => {
  it('have one type on every member of a union or an interface, so that any two fragments can select them', () => {
    const differing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isUnionType(type) && !isInterfaceType(type)) continue;
      const byField = new Map<string, Set<string>>();
      for (const member of schema.getPossibleTypes(type)) {
        for (const field of Object.values(member.getFields())) {
          byField.set(field.name, (byField.get(field.name) ?? new Set()).add(String(field.type)));
        }
      }
      for (const [field, types] of byField) if (types.size > 1) differing.push(`${type.name}: ${field}`);
    }
    expect(differing).toEqual([]);
  });
});

describe('a name Spotify left out', () => {
  it("answers each Node type's missing name as that name's null with its error, the object's other fields kept", async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    for (const [, kind] of KINDS) await editObject(kind, '/name', null);
    await t.fault('GET /v1/playlists/{playlist_id}', { '/name': null });
    const ids = [
      ...KINDS.map(([type, kind]) => `spotify:${type}:${firstId(kind)}`),
      `spotify:playlist:${playlist.id}`,
    ];
    const answer = await t.query(NODES, { ids }, { token: t.alice });
    const nodes = answer.data?.nodes ?? [];
    expect(nodes.map((node) => node?.id)).toEqual(ids);
    for (const node of nodes) expect(node).toMatchObject({ name: null });
    // Each sibling Spotify sent answers.
    const [album, artist, track, show, episode, audiobook, chapter] = nodes as Record<string, unknown>[];
    expect(album?.albumType).toEqual(expect.any(String));
    expect(artist?.genres).toEqual(expect.any(Array));
    expect(track?.explicit).toEqual(expect.any(Boolean));
    expect(show?.publisher).toEqual(expect.any(String));
    expect(episode?.durationMs).toEqual(expect.any(Number));
    expect(audiobook?.publisher).toEqual(expect.any(String));
    expect(chapter?.chapterNumber).toEqual(expect.any(Number));
    expect(located(answer.errors)).toEqual(ids.map((_id, i) => [['nodes', i, 'name'], BAD_VALUE]));
  });

  it('answers a name that is no string (7) as its null with its error, never "7"', async () => {
    await editObject('artists', '/name', 7);
    const id = `spotify:artist:${firstId('artists')}`;
    const answer = await t.query(NODES, { ids: [id] });
    expect(answer.data?.nodes).toEqual([{ id, name: null, genres: expect.any(Array) }]);
    expect(located(answer.errors)).toEqual([[['nodes', 0, 'name'], BAD_VALUE]]);
  });

  it("answers a track's artist without a name as that artist's null name, the track and the artist's id kept", async () => {
    const id = firstId('tracks');
    await editObject('tracks', '/artists/0/name', null, true);
    const answer = await t.query(TRACK_ARTISTS, { id });
    const track = answer.data?.track;
    expect(track?.name).toEqual(t.emu.state.catalog.tracks.get(id)?.name);
    expect(track?.artists?.[0]).toEqual({ id: expect.stringMatching(/^spotify:artist:/), name: null });
    expect(located(answer.errors)).toEqual([[['track', 'artists', 0, 'name'], BAD_VALUE]]);
  });
});

describe("a playlist's local file without a title, and an episode without a name", () => {
  let playlistId: string;
  let at: number;

  beforeAll(() => {
    ({ playlistId, at } = alicesLocalFile(t));
  });

  /** Sets `pointer` inside the items at `at + shift` (the local file 0, the episode 2) wherever Spotify answers them. */
  async function editItems(edits: [shift: number, pointer: string, value: unknown][]): Promise<void> {
    const set = (prefix: (shift: number) => string): Record<string, unknown> =>
      Object.fromEntries(
        edits.flatMap(([shift, pointer, value]) =>
          ['item', 'track'].map((key) => [`${prefix(shift)}/${key}${pointer}`, value]),
        ),
      );
    await t.fault('GET /v1/playlists/{playlist_id}', {
      ...set((shift) => `/items/items/${at + shift}`),
      ...set((shift) => `/tracks/items/${at + shift}`),
    });
    await t.fault(
      'GET /v1/playlists/{playlist_id}/items',
      set((shift) => `/items/${shift}`),
    );
    await t.fault(
      'GET /v1/playlists/{playlist_id}/tracks',
      set((shift) => `/items/${shift}`),
    );
  }

  it('keeps the local file with its id, uri and tags: its name is null without an error (F9(a))', async () => {
    await editItems([[0, '/name', null]]);
    const answer = await t.query(ITEMS, { id: playlistId, offset: at }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    const uri = `spotify:local:${MIXED_ITEMS.localFile}`;
    expect(answer.data?.playlist?.items?.edges[0]).toEqual({
      isLocal: true,
      node: {
        id: uri,
        uri,
        name: null,
        isLocal: true,
        localFile: { name: null, albumName: 'Kökssessioner' },
      },
    });
  });

  it("keeps the episode beside it when the episode's name is null, the name's error in its place", async () => {
    await editItems([
      [0, '/name', null],
      [2, '/name', null],
    ]);
    const answer = await t.query(ITEMS, { id: playlistId, offset: at }, { token: t.alice });
    const edges = answer.data?.playlist?.items?.edges ?? [];
    expect(edges[0]?.node).toMatchObject({ name: null, isLocal: true });
    expect(edges[1]?.node).toBeNull(); // the removed item, as Spotify sends it
    expect(edges[2]?.node).toEqual({ id: expect.stringMatching(/^spotify:episode:/), name: null });
    expect(located(answer.errors)).toEqual([[['playlist', 'items', 'edges', 2, 'node', 'name'], BAD_VALUE]]);
  });
});

describe('the player playing a local file without a title', () => {
  it('answers the item with its id and duration, its name null without an error', async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const at = playlist.items.findIndex((item) => item.type === 'local');
    const alice = player(t.emu, t.alice);
    const devices = (await alice.devices()).body.devices as { id: string; type: string }[];
    const computer = devices.find((d) => d.type === 'Computer')!.id;
    const body = { context_uri: `spotify:playlist:${playlist.id}`, offset: { position: at } };
    expect((await alice.play(body, { device_id: computer })).status).toBe(204);
    await t.fault('GET /v1/me/player', { '/item/name': null });
    const answer = await t.query(PLAYING, {}, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player.state).toEqual({
      isPlaying: true,
      item: { id: `spotify:local:${MIXED_ITEMS.localFile}`, name: null, isLocal: true, durationMs: 214_000 },
    });
  });
});

describe('a uri Spotify left out', () => {
  it('builds the uri of a track, an artist, a playlist and a user from the id, without an error', async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    await editObject('tracks', '/uri', null, true);
    await editObject('artists', '/uri', null);
    await t.fault('GET /v1/playlists/{playlist_id}', {}, { unset: ['/uri'] });
    await t.fault('GET /v1/users/{user_id}', { '/uri': null });
    const ids = [
      `spotify:track:${firstId('tracks')}`,
      `spotify:artist:${firstId('artists')}`,
      `spotify:playlist:${playlist.id}`,
      'spotify:user:bob',
    ];
    const answer = await t.query(URIS, { ids }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.nodes).toEqual(ids.map((id) => ({ id, uri: id })));
  });

  it.each([
    ['albums', 'album'],
    ['shows', 'show'],
    ['episodes', 'episode'],
    ['audiobooks', 'audiobook'],
    ['chapters', 'chapter'],
  ] as const)(
    'builds the uri of %s (whose reference requires one) from the id too, the same verdict whatever the selection',
    async (kind, type) => {
      await editObject(kind, '/uri', null, true);
      const ids = [`spotify:${type}:${firstId(kind)}`, `spotify:track:${firstId('tracks')}`];
      const answer = await t.query(URI_LEFT_OUT, { ids }, { token: t.alice });
      expect(answer.errors).toBeUndefined();
      // A chapter's uri is built in the form Spotify gives it (ChapterObject: spotify:episode:<id>), so
      // one chapter has one uri whether Spotify sent it or not (v14 re-attack, R8).
      const uriOfId = (id: string) => id.replace(/^spotify:chapter:/, 'spotify:episode:');
      expect(answer.data?.withUri).toEqual(ids.map((id) => ({ id, uri: uriOfId(id) })));
      expect(answer.data?.withoutUri).toEqual(ids.map((id) => ({ id })));
    },
  );

  it("answers a chapter's uri in one form whether Spotify sent it or left it out", async () => {
    const ids = [`spotify:chapter:${firstId('chapters')}`];
    const sent = await t.query(URI_LEFT_OUT, { ids }, { token: t.alice });
    await editObject('chapters', '/uri', null, true);
    const built = await t.query(URI_LEFT_OUT, { ids }, { token: t.alice });
    expect(sent.data?.withUri).toEqual(built.data?.withUri);
  });

  it("builds a track's album's uri from its id whether or not uri is selected", async () => {
    const id = firstId('tracks');
    await t.fault('GET /v1/tracks', {}, { unset: ['/tracks/0/album/uri'] });
    await t.fault('GET /v1/tracks/{id}', {}, { unset: ['/album/uri'] });
    const answer = await t.query(TRACK_ALBUM_URI, { id }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    const album = answer.data?.withUri?.album;
    expect(album?.uri).toBe(album?.id);
    expect(answer.data?.withoutUri?.album).toEqual({ id: album?.id, name: expect.any(String) });
  });
});
