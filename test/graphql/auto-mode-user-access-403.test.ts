/**
 * Auto mode learns Development Mode only from what only that mode explains (issue 7 item 6). A 403 whose
 * words say a user's API access was removed (a suspended account) names no removed endpoint: on an app
 * that has answered as Extended it teaches nothing, and later loads still go out as batches (s35
 * attack: one such 403 made an Extended app send single calls for everyone for 10 minutes). GraphQL over
 * HTTP against the emulator; calls from its request log.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const ALBUMS = graphql(`
  query UserAccess403Albums($ids: [ID!]!) { albums(ids: $ids) { name } }
`);

const USER_ACCESS_403 = {
  route: 'GET /v1/albums',
  status: 403,
  contentType: 'application/json',
  text: JSON.stringify({
    error: { status: 403, message: 'API access for this user has been removed: account suspended' },
  }),
  times: 1,
};

describe('auto mode, an app seen Extended', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'auto' });

  it("keeps its batches after a 403 about a user's API access", async () => {
    const ids = [...t.emu.state.catalog.albums.keys()].slice(0, 50).map((id) => `spotify:album:${id}`);
    expect((await t.query(ALBUMS, { ids: ids.slice(0, 20) })).errors).toBeUndefined();
    await t.emu.control('POST', '/faults', USER_ACCESS_403);
    await t.query(ALBUMS, { ids: ids.slice(20, 22) });
    await t.clearLog();
    const answer = await t.query(ALBUMS, { ids: ids.slice(22, 42) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.albums).toHaveLength(20);
    // 20 albums, 20 a call: one batch call (Development Mode would send 20 single calls).
    expect(await t.calls()).toEqual({ 'GET /v1/albums': 1 });
  });
});
