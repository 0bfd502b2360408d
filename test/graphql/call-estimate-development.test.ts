import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { graphql } from '../generated/index.js';
import { startServerOn, type TestServer, useTestServer } from '../helpers/server.js';

/**
 * A Development Mode app has no batch endpoints: each object by id is a call of its own, and the cost
 * estimate counts it so (one call per id, not ceil(ids / batch)). The estimate is read from the
 * refusal of a server whose limit is 1, as in call-estimate.test.ts.
 */
const t = useTestServer({ mode: 'development' });
let probe: TestServer;
let alice: string;

beforeAll(async () => {
  probe = await startServerOn(t.emu, {
    app: 'development',
    config: { appMode: 'development' },
    limits: { maxQueryCost: 1 },
  });
  alice = await t.emu.token({ user: 'alice' });
});
afterAll(() => probe?.close());

const trackIds = (count: number, from = 0): string[] =>
  [...t.emu.state.catalog.tracks.keys()].slice(from, from + count);

const manyTracks = graphql(`
  query CostDevelopmentTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!) {
    a: tracks(ids: $a) { name }
    b: tracks(ids: $b) { name }
    c: tracks(ids: $c) { name }
    d: tracks(ids: $d) { name }
    e: tracks(ids: $e) { name }
    f: tracks(ids: $f) { name }
    g: tracks(ids: $g) { name }
  }
`);

describe('the cost of objects by id in Development Mode', () => {
  it('counts one call per id, and the estimate bounds the calls made', async () => {
    const ids = trackIds(40);
    const document = graphql(`
      query CostDevelopmentFortyTracks($ids: [ID!]!) { tracks(ids: $ids) { name album { name } } }
    `);
    await t.clearLog();
    const refused = await probe.query(document, { ids }, { token: alice });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const estimate = refused.errors?.[0]?.extensions?.complexity as number;
    expect(estimate).toBe(40);
    expect(await t.calls()).toEqual({});
    const answer = await t.query(document, { ids }, { token: alice });
    expect(answer.errors).toBeUndefined();
    const calls = await t.calls();
    expect(calls['GET /v1/tracks/{id}']).toBe(40);
    expect(estimate).toBeGreaterThanOrEqual(Object.values(calls).reduce((sum, n) => sum + n, 0));
  });

  it('refuses 7 aliased lists of 50 tracks (350 calls here, 7 for an Extended app) before any call', async () => {
    const lists = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key, i) => [key, trackIds(50, i * 50)]),
    );
    await t.clearLog();
    const answer = await t.query(manyTracks, lists as never, { token: alice });
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answer.errors?.[0]?.extensions?.complexity).toBe(350);
    expect(answer.errors?.[0]?.extensions?.maxComplexity).toBe(DEFAULT_LIMITS.maxQueryCost);
    expect(await t.calls()).toEqual({});
  });
});
