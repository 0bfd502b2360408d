import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { totalCalls, useCostProbe } from '../helpers/cost-probe.js';
import type { GraphQLDocument } from '../helpers/documents.js';

/**
 * The owner of a list's items (`album.tracks.album`, `show.episodes.show`, `audiobook.chapters.audiobook`)
 * is the object that listed them: asking for it costs no call when that object was loaded, and one load
 * of it when it was known by its id alone (a window past its embedded page: src/resolvers/parents.ts
 * adoptLater). The call estimate counted `Episode.show` as a share of an episode batch per episode (10
 * calls for a show's 10 episodes in Development Mode, none made), and `Track.album` and
 * `Chapter.audiobook` as free where the owner's load is a call (an estimate under the calls made). Each
 * shape's estimate is compared with the calls read from the emulator's log.
 */

const ALBUM_PAST = graphql(`query OwnerAlbumPast($a: ID!) {
  album(id: $a) { tracks(offset: 50, first: 10) { nodes { name album { name } } } }
}`);
const AUDIOBOOK_PAST = graphql(`query OwnerAudiobookPast($a: ID!) {
  audiobook(id: $a) { chapters(offset: 50, first: 10) { nodes { name audiobook { name } } } }
}`);
const SHOW_PAST = graphql(`query OwnerShowPast($a: ID!) {
  show(id: $a) { episodes(offset: 50, first: 10) { nodes { name show { name } } } }
}`);
const SHOW_PAST_EDGES = graphql(`query OwnerShowPastEdges($a: ID!) {
  show(id: $a) { episodes(offset: 50, first: 10) { edges { node { show { name } again: show { id } } } } }
}`);
const NODE_PAST = graphql(`query OwnerNodePast($uri: ID!) {
  node(id: $uri) { ... on Album { tracks(offset: 50, first: 5) { nodes { album { name } } } } }
}`);
const ALBUMS_PAST = graphql(`query OwnerAlbumsPast($ids: [ID!]!) {
  albums(ids: $ids) { tracks(offset: 50, first: 5) { nodes { album { name } } } }
}`);
const ALBUMS_LOADED = graphql(`query OwnerAlbumsLoaded($a: ID!, $b: ID!) {
  a: album(id: $a) { name tracks(first: 10) { nodes { name album { name } } } }
  b: album(id: $b) { name tracks(first: 10) { edges { node { album { name } } } } }
}`);
const SHOWS_LOADED = graphql(`query OwnerShowsLoaded($a: ID!, $b: ID!) {
  a: show(id: $a) { name episodes(first: 10) { nodes { name show { name } } } }
  b: show(id: $b) { name episodes(first: 10) { edges { node { name show { name } } } } }
}`);
const SHOWS_LOADED_WITHOUT_OWNER = graphql(`query OwnerShowsLoadedWithout($a: ID!, $b: ID!) {
  a: show(id: $a) { name episodes(first: 10) { nodes { name } } }
  b: show(id: $b) { name episodes(first: 10) { edges { node { name } } } }
}`);

for (const mode of ['extended', 'development'] as const) {
  describe(`the owner of a list's items, ${mode}`, () => {
    const { t, alice, estimateOf, callsOf } = useCostProbe(mode);
    const catalog = () => t.emu.state.catalog;
    const longAlbum = () => [...catalog().albums.values()].find((album) => album.trackIds.length > 60)!;
    const longBook = () => [...catalog().audiobooks.values()].find((book) => book.chapterIds.length >= 60)!;
    const longShow = () => [...catalog().shows.values()].find((show) => show.episodeIds.length >= 60)!;

    it("an album known by its id, tracks past its page: the page and the album's load, estimated at those", async () => {
      const album = longAlbum();
      const calls = await callsOf(ALBUM_PAST, { a: album.id });
      expect(calls).toEqual(
        mode === 'extended'
          ? { 'GET /v1/albums/{id}/tracks': 1, 'GET /v1/albums': 1 }
          : { 'GET /v1/albums/{id}/tracks': 1, 'GET /v1/albums/{id}': 1 },
      );
      const answer = await t.query(ALBUM_PAST, { a: album.id }, { token: alice() });
      expect(answer.data?.album?.tracks?.nodes.map((track) => track?.album?.name)).toEqual(
        new Array(10).fill(album.name),
      );
      expect(await estimateOf(ALBUM_PAST, { a: album.id })).toBe(totalCalls(calls));
    });

    it("an audiobook known by its id, chapters past its page: the page and the audiobook's load, estimated at those", async () => {
      const book = longBook();
      const calls = await callsOf(AUDIOBOOK_PAST, { a: book.id });
      expect(calls).toEqual(
        mode === 'extended'
          ? { 'GET /v1/audiobooks/{id}/chapters': 1, 'GET /v1/audiobooks': 1 }
          : { 'GET /v1/audiobooks/{id}/chapters': 1, 'GET /v1/audiobooks/{id}': 1 },
      );
      expect(await estimateOf(AUDIOBOOK_PAST, { a: book.id })).toBe(totalCalls(calls));
    });

    it("a show known by its id, episodes past its page: the page and the show's load, estimated at those", async () => {
      const show = longShow();
      const expectPageAndShow = async <R, V extends { a: string }>(document: GraphQLDocument<R, V>) => {
        const calls = await callsOf(document, { a: show.id } as V);
        expect(totalCalls(calls)).toBe(2);
        expect(calls['GET /v1/shows/{id}/episodes']).toBe(1);
        expect(await estimateOf(document, { a: show.id } as V)).toBe(2);
      };
      await expectPageAndShow(SHOW_PAST);
      await expectPageAndShow(SHOW_PAST_EDGES);
      const answer = await t.query(SHOW_PAST, { a: show.id }, { token: alice() });
      expect(answer.data?.show?.episodes?.nodes.map((episode) => episode?.show?.name)).toEqual(
        new Array(10).fill(show.name),
      );
    });

    it("an album by node(id:), tracks past its page: the page and the album's load, estimated at those", async () => {
      const album = longAlbum();
      const calls = await callsOf(NODE_PAST, { uri: `spotify:album:${album.id}` });
      expect(totalCalls(calls)).toBe(2);
      expect(await estimateOf(NODE_PAST, { uri: `spotify:album:${album.id}` })).toBe(2);
    });

    // Each album's load waits for its own page: they may meet in one batch call or not, so an Extended
    // app's estimate counts one each (an upper bound); a Development Mode app makes one each.
    it(`albums by ids, tracks past their pages: two pages and two album loads, ${mode === 'extended' ? 'bounded by' : 'estimated at'} four`, async () => {
      const ids = [...catalog().albums.values()]
        .filter((album) => album.trackIds.length > 60)
        .map((a) => a.id);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      const variables = { ids: ids.slice(0, 2) };
      const calls = totalCalls(await callsOf(ALBUMS_PAST, variables));
      expect(mode === 'extended' ? [3, 4] : [4]).toContain(calls);
      expect(await estimateOf(ALBUMS_PAST, variables)).toBe(4);
    });

    it("albums loaded with their tracks: no call for the tracks' album, estimated at the albums' calls", async () => {
      const [a, b] = [...catalog().albums.values()].filter((album) => album.trackIds.length >= 10);
      const ids = { a: a!.id, b: b!.id };
      const calls = await callsOf(ALBUMS_LOADED, ids);
      expect(calls).toEqual(mode === 'extended' ? { 'GET /v1/albums': 1 } : { 'GET /v1/albums/{id}': 2 });
      expect(await estimateOf(ALBUMS_LOADED, ids)).toBe(2);
    });

    // The shows' episodes windows are served by the shows, loaded alone with their first page (as
    // call-estimate-shows.test.ts checks); the episodes' show adds none.
    it("shows loaded with their episodes: the episodes' show adds no call and none to the estimate", async () => {
      const [a, b] = [...catalog().shows.values()];
      const ids = { a: a!.id, b: b!.id };
      const calls = await callsOf(SHOWS_LOADED, ids);
      expect(calls).toEqual({ 'GET /v1/shows/{id}': 2 });
      expect(await callsOf(SHOWS_LOADED_WITHOUT_OWNER, ids)).toEqual(calls);
      const answer = await t.query(SHOWS_LOADED, ids, { token: alice() });
      expect(answer.data?.a?.episodes?.nodes.map((episode) => episode?.show?.name)).toEqual(
        new Array(10).fill(a!.name),
      );
      const without = await estimateOf(SHOWS_LOADED_WITHOUT_OWNER, ids);
      expect(without).toBe(2);
      expect(await estimateOf(SHOWS_LOADED, ids)).toBe(without);
    });
  });
}
