import { describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

/**
 * A search for more types covers one for fewer (issue 11, v12 attack A8): `search(types: [ALBUM,
 * ARTIST])` holds the artists page of `search(types: [ARTIST])` with the same query, window and market,
 * in one request and through the catalog cache. Searches of one query for other types from the same
 * offset, asked in one batch, are one call for all their types (`type=album,artist`), each answered
 * with its own types only. Counted from the emulator's request log.
 */

const DISJOINT_TYPES = graphql(`
  query SearchDisjointTypes($q: String!) {
    a: search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } totalCount } artists { totalCount } }
    b: search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } totalCount } albums { totalCount } }
    c: search(query: $q, types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } albums { nodes { name } } }
  }
`);

const ALBUMS_ALONE = graphql(`
  query SearchAlbumsAlone($q: String!) {
    search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } totalCount } }
  }
`);

const ARTISTS_ALONE = graphql(`
  query SearchArtistsAlone($q: String!) {
    search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } totalCount } }
  }
`);

const TRACKS_AND_ALBUMS_ALONE = graphql(`
  query SearchTracksAndAlbumsAlone($q: String!) {
    search(query: $q, types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } albums { nodes { name } } }
  }
`);

const DISJOINT_OTHER_OFFSETS = graphql(`
  query SearchDisjointOtherOffsets($q: String!) {
    a: search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } } }
    b: search(query: $q, types: [ARTIST], first: 3, offset: 2) { artists { nodes { name } } }
  }
`);

const WIDER_BESIDE_NARROWER = graphql(`
  query SearchCoverageBeside($q: String!) {
    both: search(query: $q, types: [ALBUM, ARTIST], first: 3) { artists { nodes { name } } albums { nodes { name } } }
    one: search(query: $q, types: [ARTIST], first: 3) { artists { nodes { name } totalCount } }
  }
`);

const WIDER = graphql(`
  query SearchCoverageWider($q: String!) {
    search(query: $q, types: [ARTIST, ALBUM], first: 5) { artists { nodes { name } } }
  }
`);

const NARROWER = graphql(`
  query SearchCoverageNarrower($q: String!) {
    search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } } albums { totalCount } }
  }
`);

const NARROWER_OTHER_TYPE = graphql(`
  query SearchCoverageOtherType($q: String!) {
    search(query: $q, types: [TRACK], first: 5) { tracks { nodes { name } } }
  }
`);

for (const mode of ['extended', 'development'] as const) {
  describe(`search coverage across types, ${mode} mode`, () => {
    const server = useTestServer({ mode, cache: new MemoryCatalogCache() });

    it('answers the narrower search from the wider one in the same request', async () => {
      await server.clearLog();
      const answer = await server.query(WIDER_BESIDE_NARROWER, { q: 'a' });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.one?.artists?.nodes.map((artist) => artist?.name)).toEqual(
        answer.data?.both?.artists?.nodes.map((artist) => artist?.name),
      );
      expect(answer.data?.one?.artists?.totalCount).toBeGreaterThan(0);
      expect(await server.calls()).toEqual({ 'GET /v1/search': 1 });
    });

    it('answers the narrower search from the wider one kept by an earlier request, not another type', async () => {
      await server.clearLog();
      const wider = await server.query(WIDER, { q: 'e' });
      expect(wider.errors).toBeUndefined();
      const narrower = await server.query(NARROWER, { q: 'e' });
      expect(narrower.errors).toBeUndefined();
      expect(narrower.data?.search?.artists?.nodes).toEqual(wider.data?.search?.artists?.nodes);
      // A type the search was not asked for answers nothing, as before.
      expect(narrower.data?.search?.albums).toBeNull();
      expect(await server.calls()).toEqual({ 'GET /v1/search': 1 });
      const other = await server.query(NARROWER_OTHER_TYPE, { q: 'e' });
      expect(other.errors).toBeUndefined();
      expect(await server.calls()).toEqual({ 'GET /v1/search': 2 });
    });

    it('makes one call for searches of one query for other types, each answered as alone', async () => {
      await server.clearLog();
      const together = await server.query(DISJOINT_TYPES, { q: 'o' });
      expect(together.errors).toBeUndefined();
      const log = await timedCalls(server.emu);
      expect(log.map((entry) => entry.route)).toEqual(['/v1/search']);
      const query = new URLSearchParams(log[0]!.query);
      expect(query.get('type')?.split(',').sort()).toEqual(['album', 'artist', 'track']);
      expect(query.get('limit')).toBe('5');
      const { a, b, c } = together.data ?? {};
      // Each alias answers its own types only, as a search for them alone would.
      expect(a?.artists).toBeNull();
      expect(b?.albums).toBeNull();
      expect(a?.albums?.nodes).toHaveLength(3);
      expect(b?.artists?.nodes).toHaveLength(5);
      await server.clearLog();
      const albums = await server.query(ALBUMS_ALONE, { q: 'o' });
      const artists = await server.query(ARTISTS_ALONE, { q: 'o' });
      const tracks = await server.query(TRACKS_AND_ALBUMS_ALONE, { q: 'o' });
      expect(a?.albums).toEqual(albums.data?.search?.albums);
      expect(b?.artists).toEqual(artists.data?.search?.artists);
      expect(c).toEqual(tracks.data?.search);
    });

    it('answers searches for other types kept by earlier requests without a call', async () => {
      await server.clearLog();
      expect((await server.query(ALBUMS_ALONE, { q: 'i' })).errors).toBeUndefined();
      expect((await server.query(ARTISTS_ALONE, { q: 'i' })).errors).toBeUndefined();
      expect((await server.query(TRACKS_AND_ALBUMS_ALONE, { q: 'i' })).errors).toBeUndefined();
      expect(await server.calls()).toEqual({ 'GET /v1/search': 3 });
      const together = await server.query(DISJOINT_TYPES, { q: 'i' });
      expect(together.errors).toBeUndefined();
      expect(await server.calls()).toEqual({ 'GET /v1/search': 3 });
    });

    it('shares the one call with a concurrent request asking the same searches', async () => {
      await server.clearLog();
      // Slow enough that the second request's searches come while the first's call is in flight.
      await server.emu.control('POST', '/faults', { route: 'GET /v1/search', latencyMs: 300 });
      try {
        const answers = await Promise.all([
          server.query(DISJOINT_TYPES, { q: 'y' }),
          server.query(DISJOINT_TYPES, { q: 'y' }),
        ]);
        expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined]);
        expect(answers[1]?.data).toEqual(answers[0]?.data);
      } finally {
        await server.emu.control('DELETE', '/faults');
      }
      expect(await server.calls()).toEqual({ 'GET /v1/search': 1 });
    });

    it('joins searches from other offsets whose union fits a page into one call (v13 B4)', async () => {
      await server.clearLog();
      const answer = await server.query(DISJOINT_OTHER_OFFSETS, { q: 'u' });
      expect(answer.errors).toBeUndefined();
      // Albums 0-2 and artists 2-4: one call for both types, from 0, 5 a page.
      expect(await server.calls()).toEqual({ 'GET /v1/search': 1 });
    });
  });
}
