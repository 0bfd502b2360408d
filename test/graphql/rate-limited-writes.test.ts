/**
 * Spotify's 429 is its rate limiter refusing a request before it runs: nothing was applied. So a
 * write that must not happen twice (adding items, queueing) waits out a short Retry-After and is sent
 * once more, as a read is, and ends applied exactly once; a write answered 502 after Spotify applied
 * it is still never repeated (test/graphql/spotify-answers.test.ts, "does not repeat a reorder").
 */
import { describe, expect, it } from 'vitest';
import { deviceIds, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice', { clearLog: true });

describe('a write that must not happen twice, answered 429 with a short Retry-After', () => {
  it('addPlaylistItems with 150 URIs whose second call meets a 429: waits, and adds all 150 exactly once', async () => {
    const own = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const before = own.items.map((item) => item.id);
    const ids = [...t.emu.state.catalog.tracks.keys()].slice(0, 150);
    const route = 'POST /v1/playlists/{playlist_id}/items';
    // The first call (100 URIs) goes through; the second (50) is refused by the rate limiter once.
    await t.emu.control('POST', '/faults', { route, latencyMs: 1, times: 1 });
    await t.emu.control('POST', '/faults', { route, status: 429, retryAfter: 1, times: 1 });
    const answer = await t.query(
      graphql(`mutation RateLimitedWritesAdd($playlistId: ID!, $uris: [ID!]!) {
        addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId }
      }`),
      { playlistId: own.id, uris: ids.map((id) => `spotify:track:${id}`) },
      { token: alice.token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.addPlaylistItems?.snapshotId).toEqual(expect.any(String));
    // Two calls that went through and the one refused.
    expect((await t.calls())[route]).toBe(3);
    expect(own.items.map((item) => item.id)).toEqual([...before, ...ids]);
  });

  it('addToQueue under one 429: waits, and queues the item once', async () => {
    const tracks = [...t.emu.state.catalog.tracks.keys()];
    const play = await t.query(
      graphql(`mutation RateLimitedWritesPlay($uri: ID!, $deviceId: String) {
        play(uris: [$uri], deviceId: $deviceId) { ok }
      }`),
      { uri: `spotify:track:${tracks[1]}`, deviceId: (await deviceIds(t.emu, alice.token)).computer },
      { token: alice.token },
    );
    expect(play.errors).toBeUndefined();
    const queued = `spotify:track:${tracks[7]}`;
    await t.clearLog();
    await t.emu.control('POST', '/faults', {
      route: 'POST /v1/me/player/queue',
      status: 429,
      retryAfter: 1,
      times: 1,
    });
    const answer = await t.query(
      graphql(`mutation RateLimitedWritesQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }`),
      { uri: queued },
      { token: alice.token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.addToQueue?.ok).toBe(true);
    expect((await t.calls())['POST /v1/me/player/queue']).toBe(2);
    const { body } = await player(t.emu, alice.token).queue();
    const uris = (body.queue as { uri: string }[]).map((item) => item.uri);
    expect(uris.filter((uri) => uri === queued)).toHaveLength(1);
  });
});
