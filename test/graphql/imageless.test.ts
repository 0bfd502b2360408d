/**
 * Objects Spotify has no images of: the emulator seeds albums, artists, shows (and so their
 * episodes) with `images: []`, playlists with `images: []` and, for a playlist without a cover,
 * `images: null`; GraphQL answers the same: an empty list, or null for the coverless playlist.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
});

const catalog = () => t.emu.state.catalog;

describe('the seed has objects without images', () => {
  it('has imageless albums, artists, shows and playlists, and a coverless playlist of each account', async () => {
    const c = catalog();
    expect([...c.albums.values()].filter((a) => a.images.length === 0).length).toBeGreaterThan(5);
    expect([...c.artists.values()].filter((a) => a.images.length === 0).length).toBeGreaterThan(2);
    expect([...c.shows.values()].filter((s) => s.images.length === 0).length).toBeGreaterThan(2);
    expect([...c.playlists.values()].filter((p) => p.images?.length === 0).length).toBeGreaterThan(2);
    for (const user of ['alice', 'bob', 'carol'])
      expect([...c.playlists.values()].filter((p) => p.ownerId === user && p.images === null)).toHaveLength(
        1,
      );
  });

  it('answers them over the Web API as Spotify does: [] or, for the coverless playlist, null', async () => {
    const album = [...catalog().albums.values()].find((a) => a.images.length === 0)!;
    const playlist = [...catalog().playlists.values()].find(
      (p) => p.ownerId === 'alice' && p.images === null,
    )!;
    const albumAnswer = await t.emu.api('GET', `/v1/albums/${album.id}`, { token: alice });
    expect((albumAnswer.json as { images: unknown }).images).toEqual([]);
    const playlistAnswer = await t.emu.api('GET', `/v1/playlists/${playlist.id}`, { token: alice });
    expect((playlistAnswer.json as { images: unknown }).images).toBeNull();
    const cover = await t.emu.api('GET', `/v1/playlists/${playlist.id}/images`, { token: alice });
    expect(cover.json).toEqual([]);
  });
});

describe('GraphQL answers missing images truthfully', () => {
  it('gives an imageless album, its tracks’ album, artist, show and episode an empty list', async () => {
    const album = [...catalog().albums.values()].find((a) => a.images.length === 0)!;
    const artist = [...catalog().artists.values()].find((a) => a.images.length === 0)!;
    const show = [...catalog().shows.values()].find((s) => s.images.length === 0)!;
    const answer = await t.query(
      graphql(`query ImagelessCatalogObjects($album: ID!, $artist: ID!, $show: ID!) {
        album(id: $album) { images { url } tracks(first: 1) { nodes { album { images { url } } } } }
        artist(id: $artist) { images { url } }
        show(id: $show) { images { url } episodes(first: 1) { nodes { images { url } } } } }`),
      { album: album.id, artist: artist.id, show: show.id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      album: { images: [], tracks: { nodes: [{ album: { images: [] } }] } },
      artist: { images: [] },
      show: { images: [], episodes: { nodes: [{ images: [] }] } },
    });
  });

  it('gives a playlist without a cover null images, and one Spotify sends [] for an empty list', async () => {
    const coverless = [...catalog().playlists.values()].find(
      (p) => p.ownerId === 'alice' && p.images === null,
    )!;
    const empty = [...catalog().playlists.values()].find((p) => p.images?.length === 0)!;
    const answer = await t.query(
      graphql(`query ImagelessPlaylists($coverless: ID!, $empty: ID!) {
        coverless: playlist(id: $coverless) { name images { url } }
        empty: playlist(id: $empty) { name images { url } } }`),
      { coverless: coverless.id, empty: empty.id },
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      coverless: { name: coverless.name, images: null },
      empty: { name: empty.name, images: [] },
    });
  });

  it('keeps the coverless playlist null in a list of the owner’s playlists, the others keep their covers', async () => {
    const answer = await t.query(
      graphql(
        `query ImagelessOwnPlaylists { me { playlists(first: 50) { nodes { name images { url } } } } }`,
      ),
      {},
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.me!.playlists!.nodes;
    const coverless = [...catalog().playlists.values()].find(
      (p) => p.ownerId === 'alice' && p.images === null,
    )!;
    expect(nodes.find((n) => n?.name === coverless.name)?.images).toBeNull();
    expect(nodes.filter((n) => n?.images === null)).toHaveLength(1);
  });
});
