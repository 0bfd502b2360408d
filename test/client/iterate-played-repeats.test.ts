/**
 * `client.iterate()` over recently played never yields a play twice when Spotify's pages do not go
 * back in time (attack 44, F2): (a) every page answering the first page's plays again, (b) a page's
 * `next` switching to an `after` cursor (forward in time, to plays already yielded). Either ends with
 * SpotifyAPIError BAD_RESPONSE after the plays read, each once.
 */
import { expect, it } from 'vitest';
import { addFault, useClientTests, userToken } from './client-harness.js';

const { emu, signedIn } = useClientTests();

/** Alice's history as the emulator holds it, newest first: `<time>|<track id>` per play. */
function history(): string[] {
  return emu.state
    .user('alice')
    .recentlyPlayed.map((e) => `${new Date(e.playedAt).toISOString()}|${e.trackId}`);
}

/** Every play `plays` yields (stopping past 200), as `<time>|<track id>`, and what it threw. */
async function drain(plays: AsyncIterable<{ played_at: string; track: { id: string } }>) {
  const served: string[] = [];
  const error = await (async () => {
    for await (const play of plays) {
      served.push(`${play.played_at}|${play.track.id}`);
      if (served.length > 200) break;
    }
  })().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return { served, error };
}

it('(a) every page answering the first page plays: BAD_RESPONSE after those 7, none twice', async () => {
  const token = await userToken(emu, { scopes: ['user-read-recently-played'] });
  const client = await signedIn({ token });
  const first = await client.player.recentlyPlayed({ limit: 7 });
  await addFault(emu, { route: 'GET /v1/me/player/recently-played', set: { '/items': first.items } });
  const { served, error } = await drain(client.iterate(first));
  expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
  expect(served).toEqual(history().slice(0, 7));
});

it.each([
  ['after=1 (every play)', 'limit=7&after=1'],
  ['after the newest play', 'limit=7&after=PLAY0'],
])(
  '(b) a third page whose next turns to %s: BAD_RESPONSE after the plays before, none twice',
  async (_name, query) => {
    const plays = emu.state.user('alice').recentlyPlayed;
    // The third page is asked from the second's oldest play (13) on: one ms later, inclusively.
    await addFault(emu, {
      route: 'GET /v1/me/player/recently-played',
      query: { before: String(plays[13]!.playedAt + 1) },
      set: {
        '/next': `${emu.url}/v1/me/player/recently-played?${query.replace('PLAY0', String(plays[0]!.playedAt - 1))}`,
      },
    });
    const token = await userToken(emu, { scopes: ['user-read-recently-played'] });
    const client = await signedIn({ token });
    const { served, error } = await drain(client.iterate(await client.player.recentlyPlayed({ limit: 7 })));
    expect(error).toMatchObject({
      code: 'BAD_RESPONSE',
      message: expect.stringContaining('forward in time'),
    });
    // Pages 1 to 3: plays 0 to 20, each once.
    expect(served).toEqual(history().slice(0, 21));
  },
);

it('a first page asked after a time pages on forward (Spotify next keeps after): no error', async () => {
  const plays = emu.state.user('alice').recentlyPlayed;
  const token = await userToken(emu, { scopes: ['user-read-recently-played'] });
  const client = await signedIn({ token });
  const first = await client.player.recentlyPlayed({ limit: 3, after: plays[8]!.playedAt });
  const { served, error } = await drain(client.iterate(first));
  expect(error).toBeUndefined();
  expect(new Set(served).size).toBe(served.length);
  expect(served.length).toBeGreaterThan(first.items.length);
});
