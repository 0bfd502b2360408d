import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startServerOn, type TestServer, useTestServer } from '../helpers/server.js';

/**
 * MAX_QUERY_COST bounds the HTTP requests a query sends Spotify, retries included: a call Spotify
 * answers with a 5xx is repeated only while the request's allowance has calls left, each repeat
 * taking one, and the field then answers the failure it has (v16 re-attack C, F2: `album(id:)` failing
 * with 503 made 4 requests at an allowance of 1). Anonymous, read from the emulator's request log.
 */

const ALBUM_NAME = graphql(`
  query RetriesAllowanceAlbum($id: ID!) { album(id: $id) { name } }
`);

describe('retries count against the call allowance', () => {
  const t = useTestServer({ mode: 'extended' });
  const servers = new Map<number, TestServer>();
  beforeAll(async () => {
    for (const limit of [1, 3])
      servers.set(limit, await startServerOn(t.emu, { limits: { maxQueryCost: limit } }));
  });
  afterAll(async () => {
    for (const server of servers.values()) await server.close();
  });

  /** The requests for `album(id:)` under a limit (undefined: the default) while Spotify answers 503. */
  async function failingAlbum(limit: number | undefined) {
    const id = [...t.emu.state.catalog.albums.keys()][0]!;
    const server = limit === undefined ? t : servers.get(limit)!;
    await t.emu.control('POST', '/faults', { route: 'GET /v1/albums', status: 503 });
    try {
      await t.clearLog();
      const answer = await server.query(ALBUM_NAME, { id });
      return { answer, requests: (await t.calls())['GET /v1/albums'] };
    } finally {
      await t.emu.control('DELETE', '/faults');
    }
  }

  it('at an allowance of 1: one request, the 503 answered as SPOTIFY_UNAVAILABLE', async () => {
    const { answer, requests } = await failingAlbum(1);
    expect(requests).toBe(1);
    expect(answer.data?.album).toBeNull();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['SPOTIFY_UNAVAILABLE']);
  });

  it('at an allowance of 3: the call and 2 retries; within the default allowance all 3 retries, as before', async () => {
    const three = await failingAlbum(3);
    expect(three.requests).toBe(3);
    expect(three.answer.errors?.map((error) => error.extensions?.code)).toEqual(['SPOTIFY_UNAVAILABLE']);
    const byDefault = await failingAlbum(undefined);
    expect(byDefault.requests).toBe(4);
    expect(byDefault.answer.errors?.map((error) => error.extensions?.code)).toEqual(['SPOTIFY_UNAVAILABLE']);
  });
});
