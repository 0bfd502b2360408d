import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { totalCalls, useCostProbe } from '../helpers/cost-probe.js';

/**
 * A show asked by id with its episodes is loaded alone (`GET /v1/shows/{id}`, which embeds the first 50
 * episodes: src/resolvers/shows.ts loadShowWithEpisodes), so a window inside that page costs no call
 * beyond the show's, as an album's tracks cost none beyond the album's. The call estimate counted one
 * call more per show for the window (COUNTED_LISTS), and `shows(ids:)` with episodes a batch call beside
 * the one call per show the run makes. Each case compares the estimate (stated by a server whose limit
 * is 1) with the emulator's request log, exactly, in both app modes. A show loaded by `node(id:)` comes
 * through the loader: in full in Development Mode (episodes embedded), simplified from the batch
 * endpoint in an Extended app (a page call for the window).
 */

const WINDOWS = graphql(`query ShowEstimateWindows($a: ID!, $b: ID!) {
  a: show(id: $a) { name episodes(first: 3) { nodes { name show { publisher } } } }
  b: show(id: $b) { ...ShowEstimateEpisodes }
}
fragment ShowEstimateEpisodes on Show { id episodes(first: 50) { pageInfo { hasNextPage } edges { node { id } } } }`);
const IN_MARKET = graphql(`query ShowEstimateInMarket($a: ID!, $b: ID!) {
  a: show(id: $a, market: "JP") { name episodes(offset: 10, first: 40) { totalCount nodes { name } } }
  b: show(id: $b, market: "JP") { name episodes { totalCount } }
}`);
const TWICE_WITH_EPISODES = graphql(`query ShowEstimateTwiceWithEpisodes($a: ID!, $b: ID!) {
  x: show(id: $a) { id episodes(first: 10) { nodes { name } } }
  y: show(id: $a) { ... on Show { episodes(first: 2) { nodes { id } } } }
  z: show(id: $b) { name episodes(first: 1) { edges { node { name } } } }
}`);
const TWICE_ONCE_WITHOUT = graphql(`query ShowEstimateTwiceOnceWithout($a: ID!) {
  x: show(id: $a) { id episodes(first: 10) { nodes { name } } }
  y: show(id: $a) { name publisher }
}`);
const BY_IDS = graphql(`query ShowEstimateByIds($ids: [ID!]!) {
  shows(ids: $ids) { name episodes(first: 5) { nodes { name } } }
}`);
const ACROSS = graphql(`query ShowEstimateAcross($a: ID!) {
  show(id: $a) { name episodes(offset: 40, first: 20) { nodes { name } } }
}`);
const BY_NODES = graphql(`query ShowEstimateByNodes($us: [ID!]!) {
  nodes(ids: $us) { ... on Show { name episodes(first: 5) { nodes { name } } } }
}`);

for (const mode of ['extended', 'development'] as const) {
  describe(`a show by id with its episodes, ${mode}`, () => {
    const { t, estimateOf, callsOf } = useCostProbe(mode);
    const shows = () => [...t.emu.state.catalog.shows.values()];
    const exactly = async <R, V>(document: Parameters<typeof callsOf<R, V>>[0], variables: V) => {
      const calls = await callsOf(document, variables);
      expect(await estimateOf(document, variables)).toBe(totalCalls(calls));
      return calls;
    };

    it("windows inside two shows' embedded pages: one call each, estimated at that", async () => {
      const [a, b] = shows();
      const calls = await exactly(WINDOWS, { a: a!.id, b: b!.id });
      expect(calls).toEqual({ 'GET /v1/shows/{id}': 2 });
    });

    it("windows inside the pages of shows asked in a market: the shows' one call each", async () => {
      const [a, b] = shows();
      const calls = await exactly(IN_MARKET, { a: a!.id, b: b!.id });
      expect(calls).toEqual({ 'GET /v1/shows/{id}': 2 });
    });

    it('one show by id twice, both with episodes, and another: one call per show, estimated at that', async () => {
      const [a, b] = shows();
      const calls = await exactly(TWICE_WITH_EPISODES, { a: a!.id, b: b!.id });
      expect(calls).toEqual({ 'GET /v1/shows/{id}': 2 });
    });

    it('one show by id twice, once without episodes: two loads, estimated at two', async () => {
      const calls = await exactly(TWICE_ONCE_WITHOUT, { a: shows()[0]!.id });
      expect(totalCalls(calls)).toBe(2);
    });

    it('shows(ids:) with episodes: one call per distinct show, no batch beside them', async () => {
      const [a, b, c] = shows();
      const calls = await exactly(BY_IDS, { ids: [a!.id, b!.id, c!.id, a!.id] });
      expect(calls).toEqual({ 'GET /v1/shows/{id}': 3 });
    });

    it("a window across the embedded page's end: the show and one page", async () => {
      const show = shows().find((s) => s.episodeIds.length > 60);
      const calls = await exactly(ACROSS, { a: show!.id });
      expect(calls).toEqual({ 'GET /v1/shows/{id}': 1, 'GET /v1/shows/{id}/episodes': 1 });
    });

    it(`nodes(ids:) of shows: ${mode === 'extended' ? 'a batch and a page each' : 'one full show each'}`, async () => {
      const [a, b, c] = shows();
      const uris = [a!.id, b!.id, c!.id].map((id) => `spotify:show:${id}`);
      const calls = await exactly(BY_NODES, { us: uris });
      expect(calls).toEqual(
        mode === 'extended'
          ? { 'GET /v1/shows': 1, 'GET /v1/shows/{id}/episodes': 3 }
          : { 'GET /v1/shows/{id}': 3 },
      );
    });
  });
}
