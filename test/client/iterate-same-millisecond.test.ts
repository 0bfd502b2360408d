/**
 * `client.iterate()` over recently played with two plays in the same millisecond (the emulator seeds
 * carol's plays 19 and 20 so). Spotify's `next` asks `before` the page's oldest play, and `before` is
 * exclusive ("before, but not including"): followed as it is, the play that shares that millisecond
 * but did not fit the page is never read (24 of carol's 25). Iterated with any page size, every play
 * comes once, in order.
 */
import { describe, expect, it } from 'vitest';
import { useClientTests, userToken } from './client-harness.js';

const { emu, signedIn } = useClientTests();

/** Carol's history as the emulator holds it, newest first: `<time>|<track id>` per play. */
function history(): string[] {
  return emu.state
    .user('carol')
    .recentlyPlayed.map((e) => `${new Date(e.playedAt).toISOString()}|${e.trackId}`);
}

describe('iterate: recently played with two plays in one millisecond', () => {
  it.each([[20], [1], [5], [19]])('pages of %i: every play once, in order', async (limit) => {
    const token = await userToken(emu, { user: 'carol', scopes: ['user-read-recently-played'] });
    const client = await signedIn({ token });
    const served: string[] = [];
    for await (const play of client.iterate(await client.player.recentlyPlayed({ limit }))) {
      served.push(`${play.played_at}|${play.track.id}`);
      if (served.length > 100) break;
    }
    expect(served).toEqual(history());
  });
});
