import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer();
/**
 * The search attacks below run against a Development Mode app, whose searches are read 10 results a
 * page (their 500 results cost 50 calls each, and the estimate counts them so); an Extended app reads
 * 50 a page, so that 19 aliases of them cost 190 calls, within the limit.
 */
const dev = useTestServer({ mode: 'development' });

describe('the cost limit counts Spotify calls', () => {
  it('refuses 19 aliased 500-item searches of five types before any Spotify call', async () => {
    const aliases = Array.from(
      { length: 19 },
      (_, i) =>
        `s${i}: search(query: "a${i}", types: [TRACK, ALBUM, ARTIST, PLAYLIST, SHOW], first: 500) { tracks { nodes { name } } }`,
    ).join('\n');
    await dev.clearLog();
    const answer = await dev.query(
      invalidDocument('a cost attack of 19 aliases built by repetition', `{ ${aliases} }`),
    );
    expect(Object.values(answer.data ?? {}).every((value) => value === null)).toBe(true);
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await dev.calls()).toEqual({});
  });

  it("lets an honest page through: 50 of a user's playlists with 100 items each", async () => {
    const alice = await t.emu.token({ user: 'alice' });
    const answer = await t.query(
      graphql(`query QueryCostHonestPage {
        me { playlists(first: 50) { nodes { name items(first: 100) { edges { addedAt node { ... on Track { name } } } } } } }
      }`),
      {},
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
  });

  it("counts __typename as no call: the honest page with Apollo Client's __typename on every selection still passes", async () => {
    const alice = await t.emu.token({ user: 'alice' });
    const answer = await t.query(
      graphql(`
        query HonestPageWithTypenames {
          __typename
          me {
            __typename
            playlists(first: 50) {
              __typename
              nodes {
                __typename
                name
                items(first: 100) {
                  __typename
                  edges { __typename addedAt node { __typename ... on Track { __typename name } } }
                }
              }
            }
          }
        }
      `),
      {},
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.playlists?.nodes?.length).toBeGreaterThan(0);
  });

  it('lets one 500-item search through', async () => {
    const answer = await t.query(
      graphql(
        `query QueryCostOneLargeSearch { search(query: "a", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
  });
});

describe('the cost is counted once per document and variables', () => {
  const search = graphql(`query QueryCostSearchOfSize($n: Int!) {
    search(query: "a", types: [TRACK, ALBUM, ARTIST, PLAYLIST, SHOW], first: $n) { tracks { nodes { name } } }
  }`);

  it('counts a variable that changes the cost: the same document passes small and is refused large', async () => {
    const small = await dev.query(search, { n: 5 });
    expect(small.errors).toBeUndefined();
    await dev.clearLog();
    const large = await dev.query(
      invalidDocument(
        'a cost attack of 19 aliases built by repetition',
        `{ ${Array.from({ length: 19 }, (_, i) => `s${i}: search(query: "a", types: [TRACK, ALBUM, ARTIST, PLAYLIST, SHOW], first: $n) { tracks { nodes { name } } }`).join(' ')} }`.replace(
          '{',
          'query ($n: Int!) {',
        ),
      ),
      { n: 500 },
    );
    expect(large.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await dev.calls()).toEqual({});
    // The cached figure of the small call does not leak into the next one, nor the other way round.
    const again = await dev.query(search, { n: 5 });
    expect(again.errors).toBeUndefined();
  });

  it('refuses the same document the same way every time it comes', async () => {
    const aliases = Array.from(
      { length: 19 },
      (_, i) =>
        `s${i}: search(query: "b${i}", types: [TRACK, ALBUM, ARTIST, PLAYLIST, SHOW], first: 500) { tracks { nodes { name } } }`,
    ).join('\n');
    await dev.clearLog();
    for (let i = 0; i < 3; i++) {
      const answer = await dev.query(
        invalidDocument('a cost attack of 19 aliases built by repetition', `{ ${aliases} }`),
      );
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    }
    expect(await dev.calls()).toEqual({});
  });
});
