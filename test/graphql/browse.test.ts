import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

describe('browse, markets and recommendations (Extended mode)', () => {
  const server = useTestServer({ mode: 'extended' });

  it('answers a category with its icons and its playlists', async () => {
    const category = [...server.emu.state.catalog.categories.values()][0]!;
    await server.clearLog();
    const answer = await server.query(
      graphql(`
        query BrowseCategory($id: ID!) {
          category(id: $id, locale: "sv_SE") { id name icons { url } playlists(first: 50) { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } }
        }
      `),
      { id: category.id },
    );
    expect(answer.errors).toBeUndefined();
    const found = answer.data?.category;
    expect(found).toMatchObject({ id: category.id, name: category.name });
    expect(found?.icons).toHaveLength(category.icons.length);
    expect(found?.playlists?.totalCount).toBe(category.playlistIds.length);
    expect(found?.playlists?.nodes.map((p) => p?.spotifyId)).toEqual(category.playlistIds);
    expect(await server.calls()).toEqual({
      'GET /v1/browse/categories/{category_id}': 1,
      'GET /v1/browse/categories/{category_id}/playlists': 1,
    });
  });

  it('answers SPOTIFY_NOT_FOUND for an unknown category', async () => {
    const answer = await server.query(
      graphql(`query BrowseUnknownCategory { category(id: "nosuchcategory") { name } }`),
    );
    expect(answer.data).toEqual({ category: null });
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_NOT_FOUND');
  });

  it('refuses a malformed category id or locale before any call', async () => {
    await server.clearLog();
    const badId = await server.query(
      graphql(`query BrowseMalformedCategory($id: ID!) { category(id: $id) { name } }`),
      { id: 'no such category' },
    );
    const badLocale = await server.query(
      graphql(`query BrowseMalformedLocale($locale: String) { categories(locale: $locale) { totalCount } }`),
      { locale: 'swedish' },
    );
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badLocale.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await server.calls()).toEqual({});
  });

  it('lists all categories, paging past the first page', async () => {
    const all = [...server.emu.state.catalog.categories.keys()];
    const first = await server.query(
      graphql(
        `query BrowseCategoriesFirst { categories(first: 15) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      ),
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.categories?.nodes.map((c) => c?.id)).toEqual(all.slice(0, 15));
    expect(first.data?.categories?.pageInfo.hasNextPage).toBe(true);
    const rest = await server.query(
      graphql(`
        query BrowseCategoriesRest($after: String) { categories(first: 50, after: $after) { totalCount nodes { id } } }
      `),
      { after: first.data?.categories?.pageInfo.endCursor },
    );
    expect(rest.data?.categories?.totalCount).toBe(all.length);
    expect(rest.data?.categories?.nodes.map((c) => c?.id)).toEqual(all.slice(15));
  });

  it("answers the featured playlists with Spotify's message", async () => {
    const answer = await server.query(
      graphql(
        `query BrowseFeaturedPlaylists { featuredPlaylists(first: 50) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.featuredPlaylists?.message).toBeTruthy();
    expect(answer.data?.featuredPlaylists?.playlists?.nodes.map((p) => p?.spotifyId)).toEqual(
      server.emu.state.catalog.featuredPlaylistIds,
    );
  });

  it('pages 60 new releases in 2 calls, newest first', async () => {
    await server.clearLog();
    const answer = await server.query(
      graphql(
        `query BrowseNewReleases { newReleases(first: 60) { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.newReleases?.nodes.map((a) => a?.spotifyId)).toEqual(
      server.emu.state.catalog.newReleaseIds.slice(0, 60),
    );
    expect(await server.calls()).toEqual({ 'GET /v1/browse/new-releases': 2 });
  });

  it('lists the markets and the genre seeds', async () => {
    const answer = await server.query(graphql(`query BrowseMarketsGenreSeeds { markets genreSeeds }`));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.markets).toEqual([...server.emu.state.catalog.markets]);
    expect(answer.data?.genreSeeds).toEqual([...server.emu.state.catalog.genres]);
  });

  it('recommends tracks for seeds, within the tunable bounds', async () => {
    const artistId = [...server.emu.state.catalog.artists.keys()][0]!;
    const answer = await server.query(
      graphql(`
      query BrowseRecommendations($artist: ID!) {
        recommendations(seedArtists: [$artist], seedGenres: ["pop"], limit: 30, tunables: { popularity: { min: 20 } }) {
          seeds { id type }
          tracks { popularity }
        }
      }`),
      { artist: `spotify:artist:${artistId}` },
    );
    expect(answer.errors).toBeUndefined();
    const seeds = answer.data?.recommendations?.seeds;
    const tracks = answer.data?.recommendations?.tracks ?? [];
    expect(seeds).toEqual(expect.arrayContaining([{ id: artistId, type: 'ARTIST' }]));
    expect(tracks.length).toBeGreaterThan(0);
    expect(tracks.length).toBeLessThanOrEqual(30);
    expect(tracks.every((track) => (track?.popularity ?? -1) >= 20)).toBe(true);
  });

  const RECOMMENDATIONS = graphql(
    `query BrowseSixSeeds($t: [ID!]) { recommendations(seedTracks: $t) { tracks { name } } }`,
  );

  it('refuses no seeds, six seeds, a bad seed id or an out-of-range tunable before any call', async () => {
    const trackIds = [...server.emu.state.catalog.tracks.keys()].slice(0, 6);
    await server.clearLog();
    const answers = await Promise.all([
      server.query(graphql(`query BrowseNoSeeds { recommendations { tracks { name } } }`)),
      server.query(RECOMMENDATIONS, { t: trackIds }),
      server.query(
        graphql(`query BrowseBadSeed($a: [ID!]) { recommendations(seedArtists: $a) { tracks { name } } }`),
        { a: ['nope'] },
      ),
      server.query(
        graphql(
          `query BrowseEnergyOutOfRange($t: [ID!]) { recommendations(seedTracks: $t, tunables: { energy: { max: 2 } }) { tracks { name } } }`,
        ),
        { t: trackIds.slice(0, 1) },
      ),
      server.query(
        graphql(
          `query BrowseFractionalKey($t: [ID!]) { recommendations(seedTracks: $t, tunables: { key: { target: 1.5 } }) { tracks { name } } }`,
        ),
        { t: trackIds.slice(0, 1) },
      ),
    ]);
    for (const answer of answers) expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await server.calls()).toEqual({});
  });
});
