import { describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/**
 * A search for more types covers one for fewer (issue 11, v12 attack A8): `search(types: [ALBUM,
 * ARTIST])` holds the artists page of `search(types: [ARTIST])` with the same query, window and market,
 * in one request and through the catalog cache. Counted from the emulator's request log.
 */

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
  });
}
