/**
 * `client.iterate()` over recently played when Spotify's `next` carries a `before` cursor the client
 * did not make (a foreign cursor): not the oldest play's time of the page the client saw, but an older
 * time (the plays between it and that play would never be asked: lost) or a later one (the next page
 * would start with plays yielded already: doubled). The client reads on from the page's own oldest
 * play instead, so every play comes once, in order, whatever cursor the first or a later page names.
 */
import { describe, expect, it } from 'vitest';
import { addFault, useClientTests, userToken } from './client-harness.js';

const { emu, signedIn } = useClientTests();

/** Alice's history as the emulator holds it, newest first: `<time>|<track id>` per play. */
function history(): string[] {
  return emu.state
    .user('alice')
    .recentlyPlayed.map((e) => `${new Date(e.playedAt).toISOString()}|${e.trackId}`);
}

/** The time (epoch ms) of alice's `index`th play, newest first. */
function playTime(index: number): number {
  const play = emu.state.user('alice').recentlyPlayed[index];
  if (!play) throw new Error(`alice has no play ${index}`);
  return play.playedAt;
}

/** Every play `iterate` yields from a first page of 5, as `<time>|<track id>`. */
async function iteratePlays(): Promise<string[]> {
  const token = await userToken(emu, { scopes: ['user-read-recently-played'] });
  const client = await signedIn({ token });
  const served: string[] = [];
  for await (const play of client.iterate(await client.player.recentlyPlayed({ limit: 5 }))) {
    served.push(`${play.played_at}|${play.track.id}`);
    if (served.length > 200) break;
  }
  return served;
}

/** A recently-played link asking 5 plays before `at` (epoch ms), as Spotify writes it. */
function beforeLink(at: number): string {
  return `${emu.url}/v1/me/player/recently-played?before=${at}&limit=5`;
}

describe('iterate: recently played whose next names a foreign before cursor', () => {
  it.each([
    // Older than the page's oldest play (index 4): plays 5 and 6 would be skipped.
    ['older than its oldest play (skipping two plays)', () => playTime(7) + 1],
    // Later than the page's oldest play: plays 2, 3 and 4 would come again.
    ['later than its oldest play (plays 2 to 4 again)', () => playTime(2) + 1],
    ['one millisecond older than its oldest play', () => playTime(4) - 1],
  ])('on the first page, %s: every play once, in order', async (_name, at) => {
    expect(history().length).toBeGreaterThan(12);
    await addFault(emu, {
      route: 'GET /v1/me/player/recently-played',
      query: { limit: '5' },
      times: 1,
      set: { '/next': beforeLink(at()), '/cursors/before': String(at()) },
    });
    expect(await iteratePlays()).toEqual(history());
  });

  it.each([
    ['older than its oldest play (skipping two plays)', () => playTime(12) + 1],
    ['later than its oldest play (plays 7 to 9 again)', () => playTime(7) + 1],
  ])('on a page fetched by next, %s: every play once, in order', async (_name, at) => {
    // The second page: iterate asks it from the first page's oldest play on (one ms later, inclusively).
    await addFault(emu, {
      route: 'GET /v1/me/player/recently-played',
      query: { before: String(playTime(4) + 1) },
      times: 1,
      set: { '/next': beforeLink(at()), '/cursors/before': String(at()) },
    });
    expect(await iteratePlays()).toEqual(history());
  });
});

describe('iterate: a recently-played page holding plays not older than its cursor', () => {
  it('throws BAD_RESPONSE after the plays before it, yielding none twice', async () => {
    const token = await userToken(emu, { scopes: ['user-read-recently-played'] });
    const client = await signedIn({ token });
    const first = await client.player.recentlyPlayed({ limit: 5 });
    const asked = String(playTime(4) + 1);
    const second = await client.player.recentlyPlayed({ limit: 6, before: Number(asked) });
    // The second page starts with the first page's first two plays again, then its own (next untouched).
    await addFault(emu, {
      route: 'GET /v1/me/player/recently-played',
      query: { before: asked },
      set: { '/items': [...first.items.slice(0, 2), ...second.items] },
    });
    const served: string[] = [];
    const error = await (async () => {
      for await (const play of client.iterate(first)) served.push(`${play.played_at}|${play.track.id}`);
    })().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toMatchObject({ code: 'BAD_RESPONSE', message: expect.stringContaining('not older') });
    expect(served).toEqual(history().slice(0, 5));
  });
});
