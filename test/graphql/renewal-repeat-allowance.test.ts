import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startServerOn, type TestServer, useTestServer } from '../helpers/server.js';

/**
 * The repeat of a call after the server's app token was renewed (Spotify's 401 "token expired" on an
 * anonymous call: src/spotify/authorized-call.ts) is an HTTP request Spotify counts, so it takes one
 * call of the request's allowance (MAX_QUERY_COST) as a retry does (299743e): at an allowance of 1,
 * `album(id:)` made 2 requests of GET /v1/albums and answered. Once the allowance is spent the call is
 * not repeated and its field answers CALL_LIMIT_EXCEEDED (the allowance stopped it, not a credential);
 * the token is renewed all the same, so the next request answers. (A session's renewal is repeated
 * through the request's allowance already: session-renewal.ts.) Read from the emulator's request log.
 */

const ALBUM_NAME = graphql(`
  query RenewalRepeatAllowanceAlbum($id: ID!) { album(id: $id) { name } }
`);

describe("the repeat after the app token's renewal counts against the call allowance", () => {
  const t = useTestServer({ mode: 'extended' });
  const servers = new Map<number, TestServer>();
  beforeAll(async () => {
    for (const limit of [1, 2])
      servers.set(limit, await startServerOn(t.emu, { limits: { maxQueryCost: limit } }));
  });
  afterAll(async () => {
    for (const server of servers.values()) await server.close();
  });

  /** The emulator's requests by route since the last clearLog, token calls included (t.calls leaves them out). */
  async function byRoute(): Promise<Record<string, number>> {
    const log = await t.emu.control('GET', '/requests');
    return (log.json as { byRoute: Record<string, number> }).byRoute;
  }

  /** Spotify lets every client-credentials token it issued expire (the server does not know yet). */
  function expireAppTokens(): void {
    for (const grant of t.emu.state.accessTokens.values())
      if (grant.userId === undefined) grant.expiresAt = t.emu.state.now() - 1;
  }

  /** Anonymous `album(id:)` (album `index`: not in the shared catalog cache) on `limit`'s server, app token expired. */
  async function expiredAlbum(limit: number, index: number) {
    const server = servers.get(limit)!;
    const id = [...t.emu.state.catalog.albums.keys()][index]!;
    // The server's app token is obtained, then expired by Spotify.
    expect(
      (await server.query(ALBUM_NAME, { id: [...t.emu.state.catalog.albums.keys()][10 + index]! })).errors,
    ).toBeUndefined();
    expireAppTokens();
    await t.clearLog();
    const answer = await server.query(ALBUM_NAME, { id });
    const calls = await byRoute();
    return { server, id, answer, albums: calls['GET /v1/albums'], renewals: calls['POST /api/token'] };
  }

  it('at an allowance of 1: one request, the album CALL_LIMIT_EXCEEDED, the token renewed for the next request', async () => {
    const { server, id, answer, albums, renewals } = await expiredAlbum(1, 0);
    expect([albums, renewals]).toEqual([1, 1]);
    expect(answer.data?.album).toBeNull();
    expect(answer.errors?.map((error) => [error.extensions?.code, error.extensions?.maxCalls])).toEqual([
      ['CALL_LIMIT_EXCEEDED', 1],
    ]);
    await t.clearLog();
    const next = await server.query(ALBUM_NAME, { id });
    expect(next.errors).toBeUndefined();
    expect(next.data?.album?.name).toBe(t.emu.state.catalog.albums.get(id)?.name);
    const calls = await byRoute();
    expect([calls['GET /v1/albums'], calls['POST /api/token']]).toEqual([1, undefined]);
  });

  it('at an allowance of 2: the refused request and its repeat, and the album answers', async () => {
    const { id, answer, albums, renewals } = await expiredAlbum(2, 1);
    expect([albums, renewals]).toEqual([2, 1]);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.name).toBe(t.emu.state.catalog.albums.get(id)?.name);
  });
});
