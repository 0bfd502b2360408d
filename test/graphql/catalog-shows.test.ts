import { beforeAll, describe, expect, it } from 'vitest';
import type { ShowRecord } from '../../src/emulator/model.js';
import { resumePointOf } from '../../src/emulator/objects.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/** A valid base62 id that the catalog does not hold. */
const UNKNOWN_ID = '0000000000000000000000';

describe('shows and episodes (Extended mode)', () => {
  const server = useTestServer({ mode: 'extended' });
  /** The catalog's first show has 80 episodes (see src/emulator/catalog.ts). */
  let longShow: ShowRecord;
  beforeAll(async () => {
    longShow = [...server.emu.state.catalog.shows.values()][0]!;
  });

  const showEpisodes = (vars: { id: string; first?: number; after?: string | null }) =>
    server.query(
      graphql(`query CatalogShowsEpisodesPage($id: ID!, $first: Int, $after: String) {
        show(id: $id) {
          episodes(first: $first, after: $after) {
            totalCount
            nodes { spotifyId name show { name } }
            edges { cursor }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
      }`),
      vars,
    );

  it("answers a show's fields from the catalog, by id or by URI", async () => {
    const answer = await server.query(
      graphql(`query CatalogShowsByIdOrUri($id: ID!, $uri: ID!) {
        byId: show(id: $id) {
          id spotifyId uri name publisher description languages mediaType explicit totalEpisodes
          images { url } copyrights { text type }
        }
        byUri: show(id: $uri) { id }
      }`),
      { id: longShow.id, uri: `spotify:show:${longShow.id}` },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.byId).toMatchObject({
      id: `spotify:show:${longShow.id}`,
      spotifyId: longShow.id,
      name: longShow.name,
      publisher: longShow.publisher,
      description: longShow.description,
      languages: longShow.languages,
      mediaType: longShow.mediaType,
      explicit: longShow.explicit,
      totalEpisodes: 80,
      copyrights: longShow.copyrights,
    });
    expect(answer.data?.byId?.images).toHaveLength(longShow.images.length);
    expect(answer.data?.byUri?.id).toBe(`spotify:show:${longShow.id}`);
  });

  it("answers an episode's fields, and its show's name without a call for the show", async () => {
    const episode = server.emu.state.catalog.episodes.get(longShow.episodeIds[3]!)!;
    await server.clearLog();
    const answer = await server.query(
      graphql(`query CatalogShowsEpisodeFields($id: ID!) {
        episode(id: $id) {
          name description durationMs explicit releaseDate releaseDatePrecision languages isPlayable
          resumePoint { fullyPlayed }
          show { name publisher }
        }
      }`),
      { id: `spotify:episode:${episode.id}` },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.episode).toEqual({
      name: episode.name,
      description: episode.description,
      durationMs: episode.durationMs,
      explicit: episode.explicit,
      releaseDate: episode.releaseDate,
      releaseDatePrecision: 'DAY',
      languages: [episode.language],
      isPlayable: true,
      resumePoint: null,
      show: { name: longShow.name, publisher: longShow.publisher },
    });
    expect(await server.calls()).toEqual({ 'GET /v1/episodes': 1 });
  });

  it('gives a resume point to a user whose token may read playback positions', async () => {
    const token = await server.emu.token({ user: 'alice', scopes: ['user-read-playback-position'] });
    const answer = await server.query(
      graphql(
        `query CatalogShowsResumePoint($id: ID!) { episode(id: $id) { resumePoint { fullyPlayed resumePositionMs } } }`,
      ),
      { id: longShow.episodeIds[0]! },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    const episode = server.emu.state.catalog.episodes.get(longShow.episodeIds[0]!)!;
    const expected = resumePointOf('alice', episode.id, episode.durationMs);
    expect(answer.data?.episode?.resumePoint).toEqual({
      fullyPlayed: expected.fully_played,
      resumePositionMs: expected.resume_position_ms,
    });
  });

  it('gives varied resume points across a show: not started, part-way and fully played', async () => {
    const token = await server.emu.token({ user: 'alice', scopes: ['user-read-playback-position'] });
    const ids = longShow.episodeIds.slice(0, 30);
    const answer = await server.query(
      graphql(`query CatalogShowsResumePoints($ids: [ID!]!) {
        episodes(ids: $ids) { durationMs resumePoint { fullyPlayed resumePositionMs } }
      }`),
      { ids },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    const points = (answer.data?.episodes ?? []).map((e) => ({
      durationMs: e!.durationMs,
      fullyPlayed: e!.resumePoint!.fullyPlayed,
      resumePositionMs: e!.resumePoint!.resumePositionMs,
    }));
    expect(points.some((e) => e.fullyPlayed)).toBe(true);
    expect(points.some((e) => !e.fullyPlayed && e.resumePositionMs === 0)).toBe(true);
    const partWay = points.filter((e) => (e.resumePositionMs ?? 0) > 0);
    expect(partWay.length).toBeGreaterThan(0);
    expect(partWay.every((e) => (e.resumePositionMs ?? 0) < (e.durationMs ?? 0))).toBe(true);
  });

  it('loads 60 episodes in ceil(60/50) = 2 batch calls', async () => {
    const ids = [...server.emu.state.catalog.episodes.keys()].slice(0, 60);
    await server.clearLog();
    const answer = await server.query(
      graphql(`query CatalogShowsEpisodeBatches($ids: [ID!]!) { episodes(ids: $ids) { spotifyId } }`),
      { ids },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.episodes?.map((e) => e?.spotifyId)).toEqual(ids);
    expect(await server.calls()).toEqual({ 'GET /v1/episodes': 2 });
  });

  it('gives an unknown show its own SPOTIFY_NOT_FOUND error and keeps the others', async () => {
    const known = [...server.emu.state.catalog.shows.keys()].slice(0, 2);
    const answer = await server.query(
      graphql(`query CatalogShowsNames($ids: [ID!]!) { shows(ids: $ids) { name } }`),
      { ids: [known[0]!, UNKNOWN_ID, known[1]!] },
    );
    expect(answer.data?.shows).toEqual([
      { name: server.emu.state.catalog.shows.get(known[0]!)!.name },
      null,
      { name: server.emu.state.catalog.shows.get(known[1]!)!.name },
    ]);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.path).toEqual(['shows', 1]);
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_NOT_FOUND');
  });

  it('splits 60 distinct show ids into 2 batch calls of at most 50', async () => {
    const known = [...server.emu.state.catalog.shows.keys()];
    // The catalog has 40 shows: 20 valid unknown ids make 60 distinct ones.
    const unknown = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, '0')}${'Z'.repeat(20)}`);
    await server.clearLog();
    const answer = await server.query(
      graphql(`query CatalogShowsBatches($ids: [ID!]!) { shows(ids: $ids) { spotifyId } }`),
      { ids: [...known, ...unknown] },
    );
    expect(answer.data?.shows?.filter((show) => show !== null)).toHaveLength(known.length);
    // The 20 unknown ids are one SPOTIFY_NOT_FOUND for the list, on the first of them (issue 7).
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.path).toEqual(['shows', known.length]);
    expect(answer.errors?.[0]?.extensions?.refusedCount).toBe(20);
    expect(await server.calls()).toEqual({ 'GET /v1/shows': 2 });
  });

  it('refuses a malformed id or market with BAD_USER_INPUT before any call', async () => {
    await server.clearLog();
    const badId = await server.query(
      graphql(`query CatalogShowsBadId($id: ID!) { show(id: $id) { name } }`),
      {
        id: 'not-an-id',
      },
    );
    const wrongType = await server.query(
      graphql(`query CatalogShowsWrongType($id: ID!) { episode(id: $id) { name } }`),
      { id: `spotify:show:${longShow.id}` },
    );
    const badMarket = await server.query(
      graphql(
        `query CatalogShowsBadMarket($ids: [ID!]!, $market: String) { shows(ids: $ids, market: $market) { name } }`,
      ),
      { ids: [longShow.id], market: 'sweden' },
    );
    for (const answer of [badId, wrongType, badMarket]) {
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await server.calls()).toEqual({});
  });

  it("pages a show's 80 episodes: first: 120 takes the embedded first page and fetches only the second", async () => {
    await server.clearLog();
    const answer = await showEpisodes({ id: longShow.id, first: 120 });
    expect(answer.errors).toBeUndefined();
    const episodes = answer.data!.show!.episodes!;
    expect(episodes.totalCount).toBe(80);
    expect(episodes.nodes.map((e) => e?.spotifyId)).toEqual(longShow.episodeIds);
    expect(episodes.pageInfo.hasNextPage).toBe(false);
    // The single-show answer embeds the first 50 episodes (a batch answer would not).
    expect(await server.calls()).toEqual({ 'GET /v1/shows/{id}': 1, 'GET /v1/shows/{id}/episodes': 1 });
  });

  it('continues after the endCursor with the next episodes', async () => {
    const first = await showEpisodes({ id: longShow.id, first: 30 });
    const page = first.data!.show!.episodes!;
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.edges.at(-1)?.cursor).toBe(page.pageInfo.endCursor);
    const next = await showEpisodes({ id: longShow.id, first: 30, after: page.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    const nextPage = next.data!.show!.episodes!;
    expect(nextPage.nodes.map((e) => e?.spotifyId)).toEqual(longShow.episodeIds.slice(30, 60));
    expect(nextPage.pageInfo.hasPreviousPage).toBe(true);
  });

  it("gives a show's episodes their show without a call for it, in one call for show and episodes", async () => {
    await server.clearLog();
    const answer = await showEpisodes({ id: longShow.id, first: 5 });
    expect(answer.data?.show?.episodes?.nodes.every((e) => e?.show?.name === longShow.name)).toBe(true);
    expect(await server.calls()).toEqual({ 'GET /v1/shows/{id}': 1 });
  });

  it('fetches a show through node(id:)', async () => {
    const answer = await server.query(
      graphql(`query CatalogShowsNode($id: ID!) { node(id: $id) { __typename ... on Show { name } } }`),
      { id: `spotify:show:${longShow.id}` },
    );
    expect(answer.data?.node).toEqual({ __typename: 'Show', name: longShow.name });
  });
});
