import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { timedCalls, useSlowSpotify, wavesOf } from '../helpers/waves.js';

/**
 * A connection's window past the page its parent embeds (an album's 50 tracks, a show's 50 episodes, an
 * audiobook's 50 chapters, a playlist's 100 items) needs only the parent's id: its pages go out without
 * waiting for (or loading) the parent's object, and once a total is known the rest of the window's
 * pages go out together (issue 11, v12 attack A4). Calls and waves are read from the emulator's request
 * log under a latency fault on every route (wavesOf), never from a clock.
 */

const LATENCY_MS = 300;

const WARM_UP = graphql(`query PastEmbeddedWarmUp($id: ID!) { album(id: $id) { name } }`);
const useSlow = (server: TestServer) =>
  useSlowSpotify(server, LATENCY_MS, () =>
    server.query(WARM_UP, { id: [...server.emu.state.catalog.albums.keys()][0]! }),
  );

const biggest = <T>(values: Iterable<T>, size: (value: T) => number): T =>
  [...values].sort((a, b) => size(b) - size(a))[0]!;

/** What the calls a query made add up to: calls by route, and waves. */
async function spent(server: TestServer): Promise<{ calls: Record<string, number>; waves: number }> {
  return { calls: await server.calls(), waves: wavesOf(await timedCalls(server.emu)) };
}

for (const mode of ['extended', 'development'] as const) {
  describe(`pages past the embedded one need only the parent's id, ${mode}`, () => {
    const server = useTestServer({ mode });
    const slowly = useSlow(server);
    const bigAlbum = (): string =>
      biggest(server.emu.state.catalog.albums.values(), (a) => a.trackIds.length).id;

    it("reads an album's tracks 50 to 120 in 2 calls and 2 waves, without the album", async () => {
      await slowly();
      const answer = await server.query(
        graphql(`query PastEmbeddedAlbumTracks($id: ID!) {
          album(id: $id) { tracks(offset: 50, first: 70) { nodes { name } pageInfo { hasNextPage } } }
        }`),
        { id: bigAlbum() },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.album?.tracks?.nodes).toHaveLength(70);
      expect(answer.data?.album?.tracks?.pageInfo.hasNextPage).toBe(false);
      expect(await spent(server)).toEqual({ calls: { 'GET /v1/albums/{id}/tracks': 2 }, waves: 2 });
    });

    it('sends the first page beside the album when the album is asked too: 3 calls in 2 waves', async () => {
      await slowly();
      const answer = await server.query(
        graphql(`query PastEmbeddedAlbumNameTracks($id: ID!) {
          album(id: $id) { name tracks(offset: 50, first: 70) { nodes { name } } }
        }`),
        { id: bigAlbum() },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.album?.tracks?.nodes).toHaveLength(70);
      const album = mode === 'extended' ? 'GET /v1/albums' : 'GET /v1/albums/{id}';
      expect(await spent(server)).toEqual({
        calls: { [album]: 1, 'GET /v1/albums/{id}/tracks': 2 },
        waves: 2,
      });
    });

    it("sends the window's pages together when the loaded album's embedded page says the total", async () => {
      await slowly();
      const answer = await server.query(
        graphql(`query PastEmbeddedAlbumsTracks($ids: [ID!]!) {
          albums(ids: $ids) { name tracks(offset: 50, first: 70) { nodes { name } } }
        }`),
        { ids: [bigAlbum()] },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.albums?.[0]?.tracks?.nodes).toHaveLength(70);
      const album = mode === 'extended' ? 'GET /v1/albums' : 'GET /v1/albums/{id}';
      expect(await spent(server)).toEqual({
        calls: { [album]: 1, 'GET /v1/albums/{id}/tracks': 2 },
        waves: 2,
      });
    });

    it("answers the tracks' album from one album load, made only because it is asked", async () => {
      await server.clearLog();
      const id = bigAlbum();
      const answer = await server.query(
        graphql(`query PastEmbeddedTracksAlbum($id: ID!) {
          album(id: $id) { tracks(offset: 60, first: 3) { nodes { album { spotifyId name } } } }
        }`),
        { id },
      );
      expect(answer.errors).toBeUndefined();
      const name = server.emu.state.catalog.albums.get(id)!.name;
      expect(answer.data?.album?.tracks?.nodes).toEqual(Array(3).fill({ album: { spotifyId: id, name } }));
      const album = mode === 'extended' ? 'GET /v1/albums' : 'GET /v1/albums/{id}';
      expect(await server.calls()).toEqual({ [album]: 1, 'GET /v1/albums/{id}/tracks': 1 });
    });

    it("reads a show's episodes past its embedded page in 1 call and 1 wave", async () => {
      const show = biggest(server.emu.state.catalog.shows.values(), (s) => s.episodeIds.length);
      expect(show.episodeIds.length).toBeGreaterThan(50);
      await slowly();
      const answer = await server.query(
        graphql(`query PastEmbeddedShowEpisodes($id: ID!) {
          show(id: $id) { episodes(offset: 50, first: 10) { nodes { name } } }
        }`),
        { id: show.id },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.show?.episodes?.nodes.length).toBeGreaterThan(0);
      expect(await spent(server)).toEqual({ calls: { 'GET /v1/shows/{id}/episodes': 1 }, waves: 1 });
    });

    it("reads an audiobook's chapters past its embedded page in 1 call and 1 wave", async () => {
      const book = biggest(server.emu.state.catalog.audiobooks.values(), (b) => b.chapterIds.length);
      expect(book.chapterIds.length).toBeGreaterThan(50);
      await slowly();
      const answer = await server.query(
        graphql(`query PastEmbeddedChapters($id: ID!) {
          audiobook(id: $id) { chapters(offset: 50, first: 10) { nodes { name } } }
        }`),
        { id: book.id },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.audiobook?.chapters?.nodes.length).toBeGreaterThan(0);
      expect(await spent(server)).toEqual({ calls: { 'GET /v1/audiobooks/{id}/chapters': 1 }, waves: 1 });
    });
  });
}

describe("a playlist's items past its embedded 100, Extended mode", () => {
  const server = useTestServer({ mode: 'extended' });
  const slowly = useSlow(server);

  it('reads items 120 to 220 in one call of 100 (the /tracks route takes 100 a page) and 1 wave, without the playlist', async () => {
    const playlist = biggest(server.emu.state.catalog.playlists.values(), (p) => p.items.length);
    expect(playlist.items.length).toBeGreaterThan(170);
    await slowly();
    const answer = await server.query(
      graphql(`query PastEmbeddedPlaylistItems($id: ID!) {
        playlist(id: $id) { items(offset: 120, first: 100) { totalCount nodes { __typename } } }
      }`),
      { id: playlist.id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.items?.nodes).toHaveLength(Math.min(100, playlist.items.length - 120));
    expect(await spent(server)).toEqual({ calls: { 'GET /v1/playlists/{playlist_id}/tracks': 1 }, waves: 1 });
  });
});
