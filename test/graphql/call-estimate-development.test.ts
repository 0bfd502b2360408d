import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { graphql } from '../generated/index.js';
import { totalCalls, useCostProbe } from '../helpers/cost-probe.js';
import { type InvalidDocument, invalidDocument } from '../helpers/documents.js';
import { startServerOn } from '../helpers/server.js';

/**
 * A Development Mode app has no batch endpoints: each object by id is a call of its own, and the cost
 * estimate counts it so (one call per id, not ceil(ids / batch)). The estimate is read from the
 * refusal of a server whose limit is 1, as in call-estimate.test.ts.
 */
const { t, alice, estimateOf, callsOf } = useCostProbe('development');

const trackIds = (count: number, from = 0): string[] =>
  [...t.emu.state.catalog.tracks.keys()].slice(from, from + count);

const manyTracks = graphql(`
  query CostDevelopmentTracks(
    $a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!,
    $h: [ID!]!, $i: [ID!]!, $j: [ID!]!, $k: [ID!]!
  ) {
    a: tracks(ids: $a) { name }
    b: tracks(ids: $b) { name }
    c: tracks(ids: $c) { name }
    d: tracks(ids: $d) { name }
    e: tracks(ids: $e) { name }
    f: tracks(ids: $f) { name }
    g: tracks(ids: $g) { name }
    h: tracks(ids: $h) { name }
    i: tracks(ids: $i) { name }
    j: tracks(ids: $j) { name }
    k: tracks(ids: $k) { name }
  }
`);

/** 11 lists of 50 track ids, for `manyTracks` (the lists repeat after 7: the estimate counts ids). */
const elevenLists = (): Record<string, string[]> =>
  Object.fromEntries(
    ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((key, i) => [key, trackIds(50, i * 50)]),
  );

describe('the cost of objects by id in Development Mode', () => {
  it('counts one call per id, and the estimate bounds the calls made', async () => {
    const ids = trackIds(40);
    const document = graphql(`
      query CostDevelopmentFortyTracks($ids: [ID!]!) { tracks(ids: $ids) { name album { name } } }
    `);
    const estimate = await estimateOf(document, { ids });
    expect(estimate).toBe(40);
    const calls = await callsOf(document, { ids });
    expect(calls['GET /v1/tracks/{id}']).toBe(40);
    expect(estimate).toBeGreaterThanOrEqual(totalCalls(calls));
  });

  it('refuses 11 aliased lists of 50 tracks (550 calls here, 11 for an Extended app) before any call', async () => {
    await t.clearLog();
    const answer = await t.query(manyTracks, elevenLists() as never, { token: alice() });
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors?.[0]?.extensions?.complexity).toBe(550);
    expect(answer.errors?.[0]?.extensions?.maxComplexity).toBe(DEFAULT_LIMITS.maxQueryCost);
    expect(await t.calls()).toEqual({});
  });
});

describe("search pages in Development Mode (10 results a page; an Extended app's are 50)", () => {
  /** Sends `document` (with `variables`) anonymously: one QUERY_TOO_COMPLEX, its figure, and no call. */
  async function refused(document: InvalidDocument, variables?: Record<string, unknown>): Promise<number> {
    await t.clearLog();
    const answer = await t.query(document, variables);
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(await t.calls()).toEqual({});
    return answer.errors?.[0]?.extensions?.complexity as number;
  }

  it('refuses 16 aliased 500-result searches (one anonymous query of about 1.2 KB)', async () => {
    const aliases = Array.from(
      { length: 16 },
      (_, i) =>
        `a${i}: search(query: "a", types: [TRACK], first: 500, offset: ${i + 1}) { tracks { nodes { id } } }`,
    );
    const document = invalidDocument('hostile: aliases built by repetition', `{ ${aliases.join(' ')} }`);
    expect(await refused(document)).toBe(16 * 50);
  });

  it('refuses the same searches spread over fragments and sent with variables', async () => {
    const aliases = Array.from(
      { length: 16 },
      (_, i) => `a${i}: search(query: "a", types: [TRACK, ALBUM], first: $n, offset: ${i}) { ...R }`,
    );
    const document = invalidDocument(
      'hostile: aliases built by repetition',
      `query ($n: Int) { ${aliases.join(' ')} } fragment R on SearchResult { tracks { nodes { id } } albums { edges { node { id } } } }`,
    );
    expect(await refused(document, { n: 500 })).toBe(16 * 50);
  });
});

describe('auto mode before the app mode is known', () => {
  it('estimates per id (the costlier mode): the first 11 x 50 track ids are refused before any call', async () => {
    const auto = await startServerOn(t.emu, { app: 'development', config: { appMode: 'auto' } });
    try {
      await t.clearLog();
      const answer = await auto.query(manyTracks, elevenLists() as never);
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
      // 550 calls, and the refused calls that may teach the mode: one per kind (a page, a route), a
      // second route refusal where Spotify's is bare, and two ways back to the route refused bare.
      expect(answer.errors?.[0]?.extensions?.complexity).toBe(555);
      expect(await t.calls()).toEqual({});
    } finally {
      await auto.close();
    }
  });
});
