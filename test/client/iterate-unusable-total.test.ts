/**
 * `client.iterate()` over pages whose `total` is no count (issue 7 item 7): a string "64", an object,
 * a boolean, 1e20, Infinity (the emulator's `total-infinite`: `1e999`), -1, 1.5, null. Iterating follows
 * `next` and needs no total: every item comes through once, no error, on every list kind (an offset
 * list, a wrapped search page, a cursor list). The list method reading the first page answers it too,
 * its total as Spotify sent it. A string total used to make the first read and every iteration throw
 * BAD_RESPONSE ("not the documented shape"), unlike a null one.
 */
import { describe, expect, it } from 'vitest';
import type { SpotifyApiClient } from '../../src/spotify/client.js';
import type { PageLike } from '../../src/spotify/paging.js';
import { addFault, clearFaultsAndLog, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const openClient = (): Promise<SpotifyApiClient> =>
  signedIn({ scopes: ['user-library-read', 'user-follow-read'], appMode: 'extended' });

/** Each list: its route, where its page's total sits, and how its first page is read. */
const LISTS: [string, string, (c: SpotifyApiClient) => Promise<PageLike<unknown> | undefined>][] = [
  ['GET /v1/me/tracks', '/total', (c) => c.library.getSavedTracks({ limit: 20 })],
  [
    'GET /v1/search',
    '/tracks/total',
    async (c) => (await c.search.query('a', ['track'], { limit: 50 })).tracks,
  ],
  ['GET /v1/me/following', '/artists/total', (c) => c.follow.followedArtists({ limit: 10 })],
];

/** Each unusable total, as the fault rule fields that put it at `pointer` on every page. */
const TOTALS: [string, (pointer: string) => Record<string, unknown>][] = [
  ...(['64', {}, true, 1e20, -1, 1.5, null] as unknown[]).map(
    (value): [string, (pointer: string) => Record<string, unknown>] => [
      JSON.stringify(value),
      (pointer) => ({ set: { [pointer]: value } }),
    ],
  ),
  ['1e999 (Infinity)', () => ({ paging: 'total-infinite' })],
];

/** Every item iterate yields from the first page `read` gives (by its whole JSON), and how it ended. */
async function iterateAll(
  client: SpotifyApiClient,
  read: (c: SpotifyApiClient) => Promise<PageLike<unknown> | undefined>,
) {
  const keys: string[] = [];
  const error = await (async () => {
    const first = await read(client);
    if (!first) throw new Error('no page');
    for await (const item of client.iterate(first)) keys.push(JSON.stringify(item));
  })().catch((e: unknown) => e);
  return { keys, error };
}

describe('iterate over pages whose total is no count', () => {
  it.each(TOTALS)('total %s: every item of each list once, by next, no error', async (_name, rule) => {
    const client = await openClient();
    for (const [route, pointer, read] of LISTS) {
      await clearFaultsAndLog(emu);
      const real = await iterateAll(client, read);
      expect(real.error, route).toBeUndefined();
      expect(real.keys.length, route).toBeGreaterThan(20);
      await addFault(emu, { route, ...rule(pointer) });
      const got = await iterateAll(client, read);
      expect(got.error, route).toBeUndefined();
      expect(got.keys, route).toEqual(real.keys);
    }
  });
});
