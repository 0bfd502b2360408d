import { describe, expect, it } from 'vitest';
import type { SearchAllQueryVariables } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

const SEARCH = graphql(`
  query SearchAll($q: String!, $types: [SearchType!]!, $first: Int, $after: String, $offset: Int, $market: String) {
    search(query: $q, types: $types, first: $first, after: $after, offset: $offset, market: $market) {
      albums { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }
      artists { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }
      tracks { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }
      playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }
      shows { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }
      episodes { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }
      audiobooks { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }
    }
  }
`);

/** The seven result types, as the connection fields of `search`. */
const TYPES = ['albums', 'artists', 'tracks', 'playlists', 'shows', 'episodes', 'audiobooks'] as const;

describe('search (Extended mode)', () => {
  const server = useTestServer({ mode: 'extended' });

  const search = (vars: SearchAllQueryVariables) => server.query(SEARCH, vars);

  it('searches all seven types in one Spotify call', async () => {
    await server.clearLog();
    const answer = await search({
      q: 'the',
      types: ['ALBUM', 'ARTIST', 'TRACK', 'PLAYLIST', 'SHOW', 'EPISODE', 'AUDIOBOOK'],
      first: 5,
    });
    expect(answer.errors).toBeUndefined();
    for (const type of TYPES) {
      const connection = answer.data?.search?.[type];
      expect(connection?.totalCount, type).toBeGreaterThan(0);
      expect(connection?.nodes.length, type).toBe(Math.min(5, connection?.totalCount ?? -1));
    }
    expect(await server.calls()).toEqual({ 'GET /v1/search': 1 });
  });

  it('answers null for the types not asked for', async () => {
    const answer = await search({ q: 'the', types: ['TRACK'] });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search?.tracks?.nodes).toHaveLength(20);
    expect(answer.data?.search?.albums).toBeNull();
    expect(answer.data?.search?.shows).toBeNull();
  });

  it('fetches first: 25 of two types in one call of 25 (Extended pages hold 50)', async () => {
    await server.clearLog();
    const answer = await search({ q: 'the', types: ['TRACK', 'ALBUM'], first: 25 });
    expect(answer.errors).toBeUndefined();
    const { tracks, albums } = answer.data?.search ?? {};
    expect(tracks?.nodes).toHaveLength(25);
    expect(albums?.nodes).toHaveLength(25);
    expect(new Set(tracks?.nodes.map((t) => t?.spotifyId)).size).toBe(25);
    expect(await server.calls()).toEqual({ 'GET /v1/search': 1 });
  });

  it('asks for further pages only for the types that have more results', async () => {
    const probe = await search({ q: 'the', types: ['SHOW', 'TRACK'], first: 1 });
    const shows = probe.data?.search?.shows?.totalCount ?? 0;
    expect(shows).toBeLessThan(50);
    await server.clearLog();
    const answer = await search({ q: 'the', types: ['SHOW', 'TRACK'], first: 60 });
    expect(answer.data?.search?.shows?.nodes).toHaveLength(shows);
    expect(answer.data?.search?.tracks?.nodes).toHaveLength(60);
    const calls = (await timedCalls(server.emu)).map((call) => new URLSearchParams(call.query).get('type'));
    expect(calls).toEqual(['show,track', 'track']);
    await server.clearLog();
    const onlyShows = await search({ q: 'the', types: ['SHOW'], first: 60 });
    expect(onlyShows.data?.search?.shows?.nodes).toHaveLength(shows);
    expect(await server.calls()).toEqual({ 'GET /v1/search': 1 });
  });

  it('continues after the endCursor with the next results', async () => {
    const all = await search({ q: 'the', types: ['TRACK'], first: 20 });
    const first = await search({ q: 'the', types: ['TRACK'], first: 10 });
    const page = first.data?.search?.tracks;
    expect(page?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await search({ q: 'the', types: ['TRACK'], first: 10, after: page?.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data?.search?.tracks?.nodes).toEqual(all.data?.search?.tracks?.nodes.slice(10, 20));
    expect(next.data?.search?.tracks?.pageInfo.hasPreviousPage).toBe(true);
  });

  it('answers only the totals for first: 0', async () => {
    await server.clearLog();
    const answer = await search({ q: 'the', types: ['ARTIST'], first: 0 });
    expect(answer.data?.search?.artists?.nodes).toEqual([]);
    expect(answer.data?.search?.artists?.totalCount).toBeGreaterThan(0);
    expect(await server.calls()).toEqual({ 'GET /v1/search': 1 });
  });

  it('refuses an empty query, no types, an offset at the end of the 1000-result window or a bad market before any call', async () => {
    await server.clearLog();
    const answers = await Promise.all([
      search({ q: '  ', types: ['TRACK'] }),
      search({ q: 'the', types: [] }),
      search({ q: 'the', types: ['TRACK'], offset: 1000, first: 10 }),
      search({ q: 'the', types: ['TRACK'], market: 'Sweden' }),
    ]);
    for (const answer of answers) {
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await server.calls()).toEqual({});
  });

  it('refuses a query past 100 characters (Spotify searches no longer text) naming `query`, before any call', async () => {
    await server.clearLog();
    const at = (q: string) => search({ q, types: ['TRACK'] });
    // v17 new-user F4: a 900 KB query went to Spotify (an untyped SPOTIFY_ERROR 431).
    for (const q of ['a'.repeat(900_000), 'a'.repeat(101), `${'é'.repeat(100)}x`]) {
      const answer = await at(q);
      expect(answer.data?.search ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
    }
    expect(await server.calls()).toEqual({});
    // 100 characters, emoji counted as one each, and surrounding spaces trimmed: searched.
    for (const q of [`  ${'a'.repeat(100)}  `, '🎵'.repeat(100)])
      expect((await at(q)).errors).toBeUndefined();
    expect(await server.calls()).toEqual({ 'GET /v1/search': 2 });
  });

  it('refuses a query with a lone surrogate, and says the code points it counted (v17 re-attack C2, C3)', async () => {
    await server.clearLog();
    // C3: "abc\ud800" answered INTERNAL_SERVER_ERROR (the URL encoding threw).
    const lone = await search({ q: 'abc\ud800', types: ['ARTIST'] });
    expect(lone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
    // C2: 101 emoji are 101 characters (the old message said 202, their UTF-16 units).
    const emoji = await search({ q: '🎵'.repeat(101), types: ['ARTIST'] });
    expect(emoji.errors?.[0]?.message).toContain('query is 101 characters');
    expect(await server.calls()).toEqual({});
  });

  it('passes the market and includeExternal through to Spotify', async () => {
    const answer = await server.query(
      graphql(`
        query SearchMarketExternal {
          search(query: "the", types: [SHOW], market: "SE", includeExternal: true) { shows { nodes { spotifyId } } }
        }
      `),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.search?.shows?.nodes.length).toBeGreaterThan(0);
  });

  it('reaches the last results of the 1000 Spotify allows', async () => {
    const answer = await search({ q: 'the', types: ['TRACK'], offset: 990, first: 10 });
    expect(answer.errors).toBeUndefined();
  });

  it('loads the full episodes of simplified ones (search results) in one batched call for their shows', async () => {
    const word = server.emu.state.catalog.episodes
      .get([...server.emu.state.catalog.shows.values()][0]!.episodeIds[0]!)!
      .name.split(' ')
      .at(-1)!;
    await server.clearLog();
    const answer = await server.query(
      graphql(`
        query SearchEpisodeShows($q: String!) {
          search(query: $q, types: [EPISODE], first: 10) { episodes { nodes { spotifyId show { name } } } }
        }
      `),
      { q: word },
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data?.search?.episodes?.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(1);
    const { catalog } = server.emu.state;
    for (const node of nodes) {
      const episode = catalog.episodes.get(node?.spotifyId ?? '');
      expect(episode).toBeDefined();
      expect(node?.show?.name).toBe(catalog.shows.get(episode?.showId ?? '')?.name);
    }
    expect(await server.calls()).toEqual({ 'GET /v1/search': 1, 'GET /v1/episodes': 1 });
  });

  it("loads simplified audiobooks' chapters (a field only the full audiobook has) in one batched call", async () => {
    await server.clearLog();
    const answer = await server.query(
      graphql(`
        query SearchAudiobookChapters {
          search(query: "novel", types: [AUDIOBOOK], first: 10) {
            audiobooks { nodes { spotifyId chapters(first: 3) { nodes { spotifyId } } } }
          }
        }
      `),
    );
    expect(answer.errors).toBeUndefined();
    const books = answer.data?.search?.audiobooks?.nodes ?? [];
    expect(books.length).toBeGreaterThan(1);
    for (const book of books) {
      const record = server.emu.state.catalog.audiobooks.get(book?.spotifyId ?? '');
      expect(record).toBeDefined();
      expect(book?.chapters?.nodes.map((c) => c?.spotifyId)).toEqual(record?.chapterIds.slice(0, 3));
    }
    expect(await server.calls()).toEqual({ 'GET /v1/search': 1, 'GET /v1/audiobooks': 1 });
  });
});
