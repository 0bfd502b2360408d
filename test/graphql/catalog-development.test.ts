import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

describe('catalog, browse and search in Development Mode', () => {
  const server = useTestServer({ mode: 'development' });
  let showIds: string[];
  beforeAll(async () => {
    showIds = [...server.emu.state.catalog.shows.keys()];
  });

  it('loads shows with one call per distinct id', async () => {
    const [a, b, c] = showIds as [string, string, string];
    await server.clearLog();
    const answer = await server.query(
      graphql(`query CatalogDevelopmentShows($ids: [ID!]!) { shows(ids: $ids) { spotifyId } }`),
      { ids: [a, b, `spotify:show:${a}`, c] },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.shows?.map((show) => show?.spotifyId)).toEqual([a, b, a, c]);
    expect(await server.calls()).toEqual({ 'GET /v1/shows/{id}': 3 });
  });

  it('gives an unknown episode its own SPOTIFY_NOT_FOUND error, one call per id', async () => {
    const known = server.emu.state.catalog.shows.get(showIds[0]!)!.episodeIds[0]!;
    await server.clearLog();
    const answer = await server.query(
      graphql(`query CatalogDevelopmentEpisodes($ids: [ID!]!) { episodes(ids: $ids) { spotifyId } }`),
      { ids: ['0000000000000000000000', known] },
    );
    expect(answer.data?.episodes).toEqual([null, { spotifyId: known }]);
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['episodes', 0], 'SPOTIFY_NOT_FOUND'],
    ]);
    expect(await server.calls()).toEqual({ 'GET /v1/episodes/{id}': 2 });
  });

  it("answers a show's first episodes from the full show, without an episodes call", async () => {
    const show = server.emu.state.catalog.shows.get(showIds[0]!)!;
    await server.clearLog();
    const answer = await server.query(
      graphql(
        `query CatalogDevelopmentShowEpisodes($id: ID!) { show(id: $id) { episodes(first: 20) { nodes { spotifyId } } } }`,
      ),
      { id: show.id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.show?.episodes?.nodes.map((e) => e?.spotifyId)).toEqual(show.episodeIds.slice(0, 20));
    expect(await server.calls()).toEqual({ 'GET /v1/shows/{id}': 1 });
  });

  it('fails the fields Development Mode apps lost with NOT_AVAILABLE_IN_DEVELOPMENT_MODE, keeping the rest', async () => {
    const show = server.emu.state.catalog.shows.get(showIds[0]!)!;
    await server.clearLog();
    const answer = await server.query(
      graphql(`
      query CatalogDevelopmentLostFields($id: ID!) {
        show(id: $id) { name }
        markets
        genreSeeds
        categories { totalCount }
        category(id: "pop") { name }
        featuredPlaylists { message }
        newReleases { totalCount }
        recommendations(seedGenres: ["pop"]) { tracks { name } }
      }`),
      { id: show.id },
    );
    expect(answer.data).toEqual({
      show: { name: show.name },
      markets: null,
      genreSeeds: null,
      categories: null,
      category: null,
      featuredPlaylists: null,
      newReleases: null,
      recommendations: null,
    });
    const failed = answer.errors?.map((error) => [error.path?.[0], error.extensions?.code]);
    expect(failed).toHaveLength(7);
    for (const [, code] of failed ?? []) expect(code).toBe('NOT_AVAILABLE_IN_DEVELOPMENT_MODE');
    // The message names the field asked for (what a frontend knows), then Spotify's endpoint.
    expect(answer.errors?.find((error) => error.path?.[0] === 'markets')?.message).toBe(
      "markets is not available to apps in Development Mode (Spotify's get-available-markets answers Extended Quota apps only)",
    );
    // The client knows what this app lost: none of these reached Spotify.
    expect(await server.calls()).toEqual({ 'GET /v1/shows/{id}': 1 });
  });

  it('searches with pages of at most 10', async () => {
    await server.clearLog();
    const answer = await server.query(
      graphql(
        `query CatalogDevelopmentSearch { search(query: "the", types: [TRACK, ALBUM], first: 25) { tracks { nodes { name } } albums { nodes { name } } } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search?.tracks?.nodes).toHaveLength(25);
    expect(answer.data?.search?.albums?.nodes).toHaveLength(25);
    expect(await server.calls()).toEqual({ 'GET /v1/search': 3 });
  });
});
