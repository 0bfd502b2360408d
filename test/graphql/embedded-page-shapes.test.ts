/**
 * A page an object embeds (a playlist's items, an album's tracks) is that connection's alone: one
 * Spotify sent wrong (`items` an object or null) never wipes out the object's other fields. A
 * playlist's items then come from the items route, as when the embedded page is absent; an album's
 * tracks are that field's `badValue` error. The object is read once: an answer that will not change is
 * not retried.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const playlistId = (): string =>
  [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id;
const albumId = (): string => [...t.emu.state.catalog.albums.keys()][2]!;

const playlistQuery = graphql(
  `query EmbeddedPageShapesPlaylist($id: ID!) { playlist(id: $id) { name owner { id } items(first: 2) { totalCount edges { node { __typename } } } } }`,
);
const albumQuery = graphql(
  `query EmbeddedPageShapesAlbum($id: ID!) { album(id: $id) { name tracks(first: 2) { nodes { id } } } }`,
);

describe('an embedded page Spotify sent wrong', () => {
  it.each([
    ['an object', { a: 1 }],
    ['null', null],
  ])(
    'answers a playlist whose embedded items are %s with its fields, the items read from the items route',
    async (_kind, value) => {
      const real = await t.query(playlistQuery, { id: playlistId() }, { token: t.alice });
      expect(real.errors).toBeUndefined();
      await t.fault('GET /v1/playlists/{playlist_id}', { '/items/items': value, '/tracks/items': value });
      await t.clearLog();
      const answer = await t.query(playlistQuery, { id: playlistId() }, { token: t.alice });
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(real.data);
      expect((await t.calls())['GET /v1/playlists/{playlist_id}']).toBe(1);
    },
  );

  it("answers an album whose embedded tracks' items are null with its name, the tracks as their error", async () => {
    const real = await t.query(albumQuery, { id: albumId() });
    expect(real.errors).toBeUndefined();
    await t.fault('GET /v1/albums', { '/albums/0/tracks/items': null });
    const answer = await t.query(albumQuery, { id: albumId() });
    expect(answer.data?.album).toEqual({ name: real.data?.album?.name, tracks: null });
    expect(located(answer.errors)).toEqual([[['album', 'tracks'], BAD_VALUE]]);
  });
});
