/**
 * A write the request's deadline cuts after it was sent may have been applied, and says so; a read
 * so cut does not claim it. The emulator's fault rule delays Spotify's answer past the deadline.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended', limits: { requestDeadlineMs: 1000 } });
let alice: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
});
beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

describe('writes cut by the request deadline', () => {
  it('skipToNext cut after it was sent: DEADLINE_EXCEEDED with mayHaveApplied', async () => {
    await t.emu.control('POST', '/faults', {
      route: 'POST /v1/me/player/next',
      latencyMs: 4000,
      status: 204,
      apply: true,
      times: 1,
    });
    const answer = await t.query(
      graphql(`mutation CutWritesSkipToNext { skipToNext { ok } }`),
      {},
      { token: alice },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'DEADLINE_EXCEEDED', mayHaveApplied: true });
  });

  it('a read cut the same way does not claim a change', async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player/devices', latencyMs: 4000, times: 1 });
    const answer = await t.query(
      graphql(`query CutWritesMe { me { player { devices { id } } } }`),
      {},
      { token: alice },
    );
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe('DEADLINE_EXCEEDED');
    expect(error?.extensions?.mayHaveApplied).toBeUndefined();
  });
});

describe('changes made in several calls', () => {
  it('replacePlaylistItems with 150 URIs failing at the second call: says the playlist was partly changed', async () => {
    const own = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const tracks = [...t.emu.state.catalog.tracks.keys()].slice(0, 150).map((id) => `spotify:track:${id}`);
    // The first 100 replace (PUT); the rest are added (POST), which fails.
    await t.emu.control('POST', '/faults', {
      route: 'POST /v1/playlists/{playlist_id}/items',
      status: 400,
      times: 1,
    });
    const answer = await t.query(
      graphql(`mutation CutWritesReplace($playlistId: ID!, $uris: [ID!]!) {
        replacePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId }
      }`),
      { playlistId: own.id, uris: tracks },
      { token: alice },
    );
    expect(answer.data).toEqual({ replacePlaylistItems: null });
    const error = answer.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'SPOTIFY_BAD_REQUEST',
      partiallyApplied: true,
      appliedItems: 100,
      totalItems: 150,
    });
    expect(error?.message).toMatch(/partly applied/);
    const items = await t.emu.api('GET', `/v1/playlists/${own.id}/items?limit=1`, { token: alice });
    expect((items.json as { total: number }).total).toBe(100);
  });
});
