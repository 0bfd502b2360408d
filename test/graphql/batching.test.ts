import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';

/** The catalog's first artist has dozens of albums of its own (see src/emulator/catalog.ts). */
function firstArtistId(server: TestServer): string {
  return [...server.emu.state.catalog.artists.keys()][0]!;
}

const ARTIST_ALBUMS_TRACKS_ARTISTS = graphql(`
  query BatchingArtist($id: ID!) {
    artist(id: $id) {
      name
      albums(first: 3, includeGroups: [ALBUM]) {
        nodes {
          name
          tracks(first: 50) { nodes { name artists { spotifyId popularity } } }
        }
      }
    }
  }
`);

describe('batching in Extended mode', () => {
  const server = useTestServer({ mode: 'extended' });

  it("loads an artist's 3 albums' tracks' artists with one call per type and level", async () => {
    await server.clearLog();
    const answer = await server.query(ARTIST_ALBUMS_TRACKS_ARTISTS, { id: firstArtistId(server) });
    expect(answer.errors).toBeUndefined();
    type Answer = {
      artist: { albums: { nodes: { tracks: { nodes: { artists: { spotifyId: string }[] }[] } }[] } };
    };
    const albums = (answer.data as Answer).artist.albums.nodes;
    expect(albums).toHaveLength(3);
    expect(albums.every((album) => album.tracks.nodes.length > 0)).toBe(true);
    const trackArtists = new Set(
      albums.flatMap((album) => album.tracks.nodes.flatMap((track) => track.artists.map((a) => a.spotifyId))),
    );
    // Level 1: the artist; level 2: its albums page; level 3: the 3 albums (with their first 50 tracks)
    // in one batch; level 4: the tracks' distinct artists, 50 per batch.
    expect(await server.calls()).toEqual({
      'GET /v1/artists/{id}/albums': 1,
      'GET /v1/albums': 1,
      'GET /v1/artists': 1 + Math.ceil(trackArtists.size / 50),
    });
  });

  it("batches the albums of ten artists' album pages per level, not per page", async () => {
    const ids = [...server.emu.state.catalog.artists.keys()].slice(0, 10);
    await server.clearLog();
    const answer = await server.query(
      graphql(
        `query BatchingArtists($ids: [ID!]!) { artists(ids: $ids) { albums(first: 5) { nodes { spotifyId label } } } }`,
      ),
      { ids },
    );
    expect(answer.errors).toBeUndefined();
    type Answer = { artists: { albums: { nodes: { spotifyId: string; label: string }[] } }[] };
    const albums = new Set(
      (answer.data as Answer).artists.flatMap((a) => a.albums.nodes.map((n) => n.spotifyId)),
    );
    expect(albums.size).toBeGreaterThan(20);
    // Nothing of the artists but their albums: no artists call (issue 11, A3).
    expect(await server.calls()).toEqual({
      'GET /v1/artists/{id}/albums': 10,
      'GET /v1/albums': Math.ceil(albums.size / 20),
    });
  });

  it('splits 45 albums into ceil(45/20) = 3 batch calls', async () => {
    const ids = [...server.emu.state.catalog.albums.keys()].slice(0, 45);
    await server.clearLog();
    const answer = await server.query(
      graphql(`query BatchingAlbums($ids: [ID!]!) { albums(ids: $ids) { name label } }`),
      {
        ids,
      },
    );
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { albums: unknown[] }).albums).toHaveLength(45);
    expect(await server.calls()).toEqual({ 'GET /v1/albums': 3 });
  });

  it("batches 60 tracks' audio features into one call, with no call for the tracks", async () => {
    const ids = [...server.emu.state.catalog.tracks.keys()].slice(0, 60);
    await server.clearLog();
    const answer = await server.query(
      graphql(`query BatchingTracks($ids: [ID!]!) { tracks(ids: $ids) { audioFeatures { tempo } } }`),
      {
        ids,
      },
    );
    expect(answer.errors).toBeUndefined();
    const tracks = (answer.data as { tracks: { audioFeatures: { tempo: number } }[] }).tracks;
    expect(tracks.every((track) => track.audioFeatures.tempo > 0)).toBe(true);
    // Nothing of the tracks but their audio features: the features need only the ids (issue 11, A3).
    expect(await server.calls()).toEqual({ 'GET /v1/audio-features': 1 });
  });

  it('answers a field the simplified object already holds without any call', async () => {
    const trackId = [...server.emu.state.catalog.tracks.keys()][0]!;
    await server.clearLog();
    const answer = await server.query(
      graphql(`query BatchingTrack($id: ID!) { track(id: $id) { album { name } artists { name } } }`),
      {
        id: trackId,
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(await server.calls()).toEqual({ 'GET /v1/tracks': 1 });
  });

  it('fetches a value asked twice in one request once', async () => {
    const id = [...server.emu.state.catalog.albums.keys()][0]!;
    await server.clearLog();
    const answer = await server.query(
      graphql(
        `query BatchingAlbumAlbum($id: ID!, $uri: ID!) { a: album(id: $id) { name } b: album(id: $uri) { label } c: albums(ids: [$id, $id]) { name } }`,
      ),
      { id, uri: `spotify:album:${id}` },
    );
    expect(answer.errors).toBeUndefined();
    expect(await server.calls()).toEqual({ 'GET /v1/albums': 1 });
  });
});

describe('batching in Development mode', () => {
  const server = useTestServer({ mode: 'development' });

  it('fetches one call per distinct id, never the batch endpoints', async () => {
    const ids = [...server.emu.state.catalog.albums.keys()].slice(0, 5);
    await server.clearLog();
    const answer = await server.query(
      graphql(`query BatchingAlbums2($ids: [ID!]!) { albums(ids: $ids) { name } }`),
      {
        ids: [...ids, ids[0]!],
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(await server.calls()).toEqual({ 'GET /v1/albums/{id}': 5 });
  });

  it("loads an artist's albums' tracks' artists with one call per distinct object", async () => {
    await server.clearLog();
    const answer = await server.query(ARTIST_ALBUMS_TRACKS_ARTISTS, { id: firstArtistId(server) });
    expect(answer.errors).toBeUndefined();
    const calls = await server.calls();
    expect(calls['GET /v1/albums']).toBeUndefined();
    expect(calls['GET /v1/artists']).toBeUndefined();
    expect(calls['GET /v1/albums/{id}']).toBe(3);
    expect(calls['GET /v1/artists/{id}/albums']).toBe(1);
  });
});
