/**
 * `client.iterate()` over a playlist that genuinely holds the same track several times, added in one
 * call (Spotify gives the items of one add call one `added_at`: the entries' JSON is the same), when
 * Spotify answers a page short of its limit with a `next` URL past its items (issue 7 item 7, outside
 * attack finding 1). iterate reads on from the end of the page's items; whether the first item there
 * is the page's last item sent again or a genuine repeat of it is settled by one one-item read at the
 * place right before that link (does the last item stand before it?), never by comparing the items:
 * a repeat adjacent across the seam is yielded, not dropped as sent again.
 */
import { expect, it } from 'vitest';
import { addFault, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

/** alice's new playlist holding `uris` in that order, added in one call (one `added_at`). */
async function playlistOf(uris: string[]): Promise<string> {
  const token = await emu.token({
    user: 'alice',
    scopes: ['playlist-modify-private', 'playlist-modify-public'],
  });
  const created = await emu.api('POST', '/v1/me/playlists', { token, body: { name: 'Repeats' } });
  const id = (created.json as { id: string }).id;
  const added = await emu.api('POST', `/v1/playlists/${id}/items`, { token, body: { uris } });
  expect(added.status).toBe(201);
  return id;
}

/** The track URIs `iterate` yields from playlist `id` read in pages of `limit`, and how it ended. */
async function iterateUris(
  id: string,
  limit: number,
): Promise<{ uris: (string | undefined)[]; error: unknown }> {
  const client = await signedIn({ scopes: ['playlist-read-private'], appMode: 'extended' });
  const uris: (string | undefined)[] = [];
  const error = await (async () => {
    for await (const entry of client.iterate(await client.playlists.getItems(id, { limit }))) {
      const item = (entry as { item?: { uri?: string } | null }).item;
      uris.push(item?.uri);
      if (uris.length > 100) throw new Error('runaway');
    }
  })().catch((e: unknown) => e);
  return { uris, error };
}

const ROUTE = 'GET /v1/playlists/{playlist_id}/items';

/**
 * `short-next` keeps the first half of each page and points `next` past the page asked: the last item
 * stands right before the link iterate reads on by, and what follows there is the next entry, however
 * like it (the old code dropped it as sent again). `left-out` on pages of 2 leaves each page's last
 * item out (its `next` still counts it): read on from after the item yielded, it comes first.
 */
it.each([
  { paging: 'short-next', limits: [2, 3, 4, 5] },
  { paging: 'left-out', limits: [2] },
])(
  '$paging: every entry of a playlist of genuine repeats is yielded once, in order',
  async ({ paging, limits }) => {
    const [a, b, c, d] = [...emu.state.catalog.tracks.keys()].map((id) => `spotify:track:${id}`);
    const uris = [a, a, a, b, a, a, c, c, c, c, d, a, a, a] as string[];
    const id = await playlistOf(uris);
    await addFault(emu, { route: ROUTE, paging });
    const got: Record<number, unknown> = {};
    const wanted: Record<number, unknown> = {};
    for (const limit of limits) {
      got[limit] = await iterateUris(id, limit);
      wanted[limit] = { uris, error: undefined };
    }
    expect(got).toEqual(wanted);
  },
);

it('a short page whose last item the page after starts with again: that item is yielded once', async () => {
  // left-out on pages of 4 leaves the third item out: the last item stands at the end of the page asked,
  // so reading on from the end of the items served starts with it again, and it is dropped.
  const tracks = [...emu.state.catalog.tracks.keys()].slice(0, 9).map((id) => `spotify:track:${id}`);
  const id = await playlistOf(tracks);
  await addFault(emu, { route: ROUTE, paging: 'left-out' });
  const { uris, error } = await iterateUris(id, 4);
  expect(error).toBeUndefined();
  expect(new Set(uris).size).toBe(uris.length);
  expect(uris).toEqual(tracks.filter((uri) => uris.includes(uri)));
});

/**
 * A playlist of 20 byte-identical entries (one track added 20 times in one call) with items Spotify
 * leaves out (`leaveOut`): the place right before the link iterate reads on by holds an identical
 * entry whether the page was cut short or left an item out, so the places of the page's whole run of
 * identical entries are read; iterate yields exactly the entries Spotify lists, never a repeat more
 * (attack 2 finding 3: 20 where Spotify lists 19, at limits 5, 7 and 10).
 */
it.each([
  { limit: 3, leaveOut: [1] },
  { limit: 5, leaveOut: [4] },
  { limit: 7, leaveOut: [4] },
  { limit: 7, leaveOut: [4, 10] },
  { limit: 10, leaveOut: [4] },
  { limit: 10, leaveOut: [9] },
  { limit: 5, leaveOut: [0, 2, 19] },
])(
  '20 identical entries, pages of $limit, leaveOut $leaveOut: as many as Spotify lists',
  async ({ limit, leaveOut }) => {
    const [track] = [...emu.state.catalog.tracks.keys()].map((id) => `spotify:track:${id}`);
    const uris = Array<string>(20).fill(track as string);
    const id = await playlistOf(uris);
    await addFault(emu, { route: ROUTE, leaveOut });
    expect(await iterateUris(id, limit)).toEqual({ uris: uris.slice(leaveOut.length), error: undefined });
  },
);

it.each([2, 5, 7, 10])('20 identical entries, pages of %i cut short (short-next): all 20', async (limit) => {
  const [track] = [...emu.state.catalog.tracks.keys()].map((id) => `spotify:track:${id}`);
  const uris = Array<string>(20).fill(track as string);
  const id = await playlistOf(uris);
  await addFault(emu, { route: ROUTE, paging: 'short-next' });
  expect(await iterateUris(id, limit)).toEqual({ uris, error: undefined });
});
