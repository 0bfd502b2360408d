import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { graphql } from '../generated/index.js';
import { totalCalls, useCostProbe } from '../helpers/cost-probe.js';
import { type GraphQLDocument, invalidDocument } from '../helpers/documents.js';
import { startServerOn } from '../helpers/server.js';
import { wsClient } from '../helpers/subscriptions.js';

/**
 * The cost limit estimates the Spotify calls a query can cause, before any call. Each honest screen
 * runs on a server with the default limit (it must pass, and its real calls are read from the
 * emulator's log); the same document sent to a second server whose limit is 1 is refused with the
 * estimate in `extensions.complexity` (the public figure): the estimate must be at least the calls.
 */
const { t, estimateOf, callsOf } = useCostProbe('extended');

const catalog = () => t.emu.state.catalog;

/** The compilations with the most tracks: the most distinct artists under one album's tracks. */
function compilations(): [string, string] {
  const sorted = [...catalog().albums.values()]
    .filter((album) => album.albumType === 'compilation')
    .sort((a, b) => b.trackIds.length - a.trackIds.length);
  const [a, b] = sorted;
  if (!a || !b) throw new Error('the emulator has fewer than two compilations');
  return [a.id, b.id];
}

/** An honest screen passes the default limit, and its estimate bounds the calls it really made. */
async function expectHonest<R, V>(document: GraphQLDocument<R, V>, variables?: V): Promise<void> {
  const estimate = await estimateOf(document, variables);
  const calls = totalCalls(await callsOf(document, variables));
  expect(calls).toBeGreaterThan(0);
  expect(estimate).toBeGreaterThanOrEqual(calls);
  expect(estimate).toBeLessThanOrEqual(DEFAULT_LIMITS.maxQueryCost);
}

describe('honest screens pass the default cost limit, and their estimate bounds their calls', () => {
  it("passes the README's album with every track's artists' albums, twice (two album pages)", async () => {
    const [a, b] = compilations();
    await expectHonest(
      graphql(`
        query CostReadmeAlbumTwice($a: ID!, $b: ID!) {
          album(id: $a) { name tracks(first: 50) { nodes { artists { albums(first: 3) { nodes { name } } } } } }
          other: album(id: $b) { name tracks(first: 50) { nodes { artists { albums(first: 3) { nodes { name } } } } } }
        }
      `),
      { a, b },
    );
  });

  it("passes the README's album with a second albums count on every artist", async () => {
    const [a] = compilations();
    await expectHonest(
      graphql(`
        query CostReadmeAlbumTwoCounts($a: ID!) {
          album(id: $a) {
            name
            tracks(first: 50) {
              nodes { artists { albums(first: 3) { nodes { name } } a2: albums(first: 5) { totalCount } } }
            }
          }
        }
      `),
      { a },
    );
  });

  it("passes two album screens with the artists' discographies, Apollo-style __typename everywhere", async () => {
    const [a, b] = compilations();
    await expectHonest(
      graphql(`
        query CostAlbumScreens($a: ID!, $b: ID!) {
          first: album(id: $a) { ...CostAlbumScreen }
          second: album(id: $b) { ...CostAlbumScreen }
        }
        fragment CostAlbumScreen on Album {
          __typename id name label releaseDate images { __typename url }
          artists {
            __typename id name followerCount images { __typename url }
            albums(first: 10) { __typename totalCount nodes { __typename id name images { __typename url } } }
          }
          tracks(first: 50) {
            __typename totalCount
            pageInfo { __typename hasNextPage endCursor }
            nodes { __typename id name durationMs artists { __typename id name } }
          }
        }
      `),
      { a, b },
    );
  });

  it("passes a me screen: profile, 50 playlists with 100 items each and their tracks' albums", async () => {
    await expectHonest(
      graphql(`
        query CostMeScreen {
          me {
            __typename displayName images { url }
            playlists(first: 50) {
              totalCount
              nodes {
                __typename id name images { url } owner { __typename id displayName }
                items(first: 100) {
                  totalCount
                  edges {
                    addedAt
                    node {
                      __typename
                      ... on Track { id name album { id name images { url } } artists { id name } }
                      ... on Episode { id name show { id name } }
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
  });

  it("passes the bench's shapes: an artist's 5 albums' tracks' artists, and 60 tracks with album and artists", async () => {
    const prolific = [...catalog().artists.values()].sort((x, y) => y.albumIds.length - x.albumIds.length)[0];
    await expectHonest(
      graphql(`
        query CostBenchArtist($id: ID!) {
          artist(id: $id) {
            name
            albums(first: 5) { nodes { name tracks(first: 10) { nodes { name artists { name popularity } } } } }
          }
        }
      `),
      { id: prolific?.id ?? '' },
    );
    const ids = [...catalog().tracks.keys()].filter((_, i) => i % 7 === 0).slice(0, 60);
    await expectHonest(
      graphql(`
        query CostBenchTracks($ids: [ID!]!) {
          first: tracks(ids: $ids) { name popularity album { name label } artists { name popularity } }
        }
      `),
      { ids },
    );
  });

  it("passes the bench's editorial playlists' items' artists, and one 500-result search", async () => {
    const [p0, p1, p2, p3] = catalog().featuredPlaylistIds;
    await expectHonest(
      graphql(`
        query CostBenchPlaylists($p0: ID!, $p1: ID!, $p2: ID!, $p3: ID!) {
          p0: playlist(id: $p0) { ...CostPlaylistArtists }
          p1: playlist(id: $p1) { ...CostPlaylistArtists }
          p2: playlist(id: $p2) { ...CostPlaylistArtists }
          p3: playlist(id: $p3) { ...CostPlaylistArtists }
        }
        fragment CostPlaylistArtists on Playlist {
          name items(first: 20) { nodes { ... on Track { name artists { name popularity } } } }
        }
      `),
      { p0: p0 ?? '', p1: p1 ?? '', p2: p2 ?? '', p3: p3 ?? '' },
    );
    await expectHonest(
      graphql(`
        query CostOneLargeSearch {
          search(query: "a", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } }
        }
      `),
    );
  });

  it("passes 10 shows' 5 episodes each with their show, and 10 artists' 5 albums with labels", async () => {
    const shows = [...catalog().shows.keys()].filter((_, i) => i % 3 === 0).slice(0, 10);
    await expectHonest(
      graphql(`
        query CostBenchShows($ids: [ID!]!) {
          shows(ids: $ids) { name episodes(first: 5) { nodes { name show { name publisher } } } }
        }
      `),
      { ids: shows },
    );
    const artists = [...catalog().artists.keys()].filter((_, i) => i % 3 === 0).slice(0, 10);
    await expectHonest(
      graphql(`
        query CostBenchArtistsAlbums($ids: [ID!]!) {
          artists(ids: $ids) { name albums(first: 5) { nodes { name label } } }
        }
      `),
      { ids: artists },
    );
  });
});

describe('objects by id cost their batches', () => {
  it('estimates 7 aliased lists of 50 tracks at 7 calls (50 per call), which they make', async () => {
    const ids = [...catalog().tracks.keys()];
    const lists = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key, i) => [key, ids.slice(i * 50, i * 50 + 50)]),
    );
    const document = graphql(`
      query CostExtendedTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!) {
        a: tracks(ids: $a) { name }
        b: tracks(ids: $b) { name }
        c: tracks(ids: $c) { name }
        d: tracks(ids: $d) { name }
        e: tracks(ids: $e) { name }
        f: tracks(ids: $f) { name }
        g: tracks(ids: $g) { name }
      }
    `);
    expect(await estimateOf(document, lists as never)).toBe(7);
    expect(totalCalls(await callsOf(document, lists as never))).toBe(7);
  });

  it("counts an Extended app's search pages at 50: a 500-result search is estimated at the 10 calls it makes", async () => {
    const document = graphql(`
      query CostExtendedSearchPages { search(query: "e", types: [TRACK], first: 500) { tracks { nodes { id } } } }
    `);
    expect(await estimateOf(document)).toBe(10);
    expect(await callsOf(document)).toEqual({ 'GET /v1/search': 10 });
  });
});

describe('abusive shapes are refused before any Spotify call', () => {
  /** Sends `query` anonymously; expects one QUERY_TOO_COMPLEX stating a figure over the limit, and no call. */
  async function expectRefused(query: string): Promise<number> {
    await t.clearLog();
    const answer = await t.query(invalidDocument('hostile: a fan-out built by repetition', query));
    expect(answer.data ?? undefined).toBeUndefined();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const estimate = answer.errors?.[0]?.extensions?.complexity as number;
    expect(estimate).toBeGreaterThan(DEFAULT_LIMITS.maxQueryCost);
    expect(answer.errors?.[0]?.message).toBe(
      `The query may make about ${estimate} Spotify calls; MAX_QUERY_COST allows ${DEFAULT_LIMITS.maxQueryCost}`,
    );
    expect(await t.calls()).toEqual({});
    return estimate;
  }

  it("refuses aliases of deep lists: a search's tracks' artists' albums' tracks", async () => {
    const deep = (i: number) =>
      `d${i}: search(query: "b${i}", types: [TRACK], first: 50) { tracks { nodes { artists { albums(first: 10) { nodes { tracks(first: 50) { nodes { name } } } } } } } }`;
    await expectRefused(`{ ${Array.from({ length: 3 }, (_, i) => deep(i)).join(' ')} }`);
  });

  it('refuses many aliases of an album page whose every track asks for its artists', async () => {
    const [a] = compilations();
    const alias = (i: number) =>
      `a${i}: album(id: "${a}") { tracks(first: 500) { nodes { artists { albums(first: 50) { nodes { name } } } } } }`;
    await expectRefused(`{ ${Array.from({ length: 4 }, (_, i) => alias(i)).join(' ')} }`);
  });

  it('counts Apollo-style __typename as nothing, and hides no call under an inline fragment or an interface', async () => {
    const playlists = [...catalog().playlists.keys()].map((id) => `"spotify:playlist:${id}"`);
    const alias = (i: number) =>
      `n${i}: nodes(ids: [${playlists.slice(100 * i, 100 * i + 100).join(',')}]) { __typename ... on Playlist { __typename items(offset: 50, first: 100) { nodes { __typename } } } }`;
    // 3 aliases of 100 playlists each, none in two (a playlist under two aliases is one load, counted
    // once): a window across the end of the 100 items an Extended app's playlist object embeds costs the
    // object and a `/tracks` page past it (200 calls an alias; a window inside it, the object alone).
    expect(playlists.length).toBeGreaterThanOrEqual(300);
    await expectRefused(`{ ${Array.from({ length: 3 }, (_, i) => alias(i)).join(' ')} }`);
  });
});

// An explicit null for a non-null argument is the client's BAD_USER_INPUT, found before either executor
// runs (so before the cost limit, and before any call): a null can neither dodge the limit nor cost a call.
describe('an explicit null for a non-null argument is refused before any call, whatever the cost', () => {
  const searches = (count: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        `s${i}: search(query: "a", types: [TRACK], first: 500, offset: ${i}) { tracks { nodes { name } } }`,
    ).join(' ');
  /** `{"v": null}` passes variable coercion ($v has a default) but not `@skip(if: Boolean!)`. */
  const nullSkip = () =>
    invalidDocument(
      'hostile: a null for a defaulted variable in @skip, beside aliases built by repetition',
      `query ($v: Boolean = true) { x: album(id: "${compilations()[0]}") { name @skip(if: $v) } ${searches(12)} }`,
    );

  it('refuses 12 aliased 500-result searches beside a @skip(if: $v) with $v null, before any call', async () => {
    await t.clearLog();
    const answer = await t.query(nullSkip(), { v: null });
    expect(answer.data ?? undefined).toBeUndefined();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await t.calls()).toEqual({});
  });

  it('refuses a null for a non-null field argument before any call, above the cost limit or under it', async () => {
    const text = (searchCount: number) =>
      invalidDocument(
        'hostile: a null for a defaulted variable in a non-null argument',
        `query ($id: ID = "${compilations()[0]}") { x: album(id: $id) { name } ${searches(searchCount)} }`,
      );
    await t.clearLog();
    for (const searchCount of [11, 1]) {
      const refused = await t.query(text(searchCount), { id: null });
      expect(refused.data ?? undefined).toBeUndefined();
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    expect(await t.calls()).toEqual({});
  });

  it('refuses the @skip null over graphql-ws too, before any call', async () => {
    const listening = await startServerOn(t.emu, { listen: true });
    const client = wsClient(listening.url);
    try {
      await t.clearLog();
      const result = await new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>(
        (resolve, reject) => {
          let last: { errors?: readonly { extensions?: Record<string, unknown> }[] } = {};
          client.subscribe(
            { query: nullSkip(), variables: { v: null } },
            {
              next: (value) => {
                last = value as typeof last;
              },
              error: (error) =>
                Array.isArray(error) ? resolve({ errors: error as typeof last.errors & [] }) : reject(error),
              complete: () => resolve(last),
            },
          );
        },
      );
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(await t.calls()).toEqual({});
    } finally {
      await client.dispose();
      await listening.close();
    }
  });
});
