/**
 * `client.iterate()` over saved tracks whose second page (offset 10, pages of 10) lies in its metadata
 * (the emulator's `set` edits on that page; issue 7 item 7, part 2). Each ends, in bounded calls, with
 * the true items (a prefix of the list, none twice) and either the whole list quietly or BAD_RESPONSE:
 * a `next` to another host is Spotify's bad answer (BAD_RESPONSE), not the caller's usage error, and a
 * page longer than asked is cut to its limit (the extra items belong to the next page). Those two fail
 * on the code before (USAGE_ERROR; a made-up item yielded); the other kinds are guards.
 */
import { expect, it } from 'vitest';
import { addFault, countOf, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();
const ROUTE = 'GET /v1/me/tracks';

const CASES: [string, Record<string, unknown>, 'whole' | 'BAD_RESPONSE'][] = [
  ['total too small', { '/total': 5 }, 'whole'],
  ['total too large', { '/total': 1000 }, 'whole'],
  ['limit other than asked', { '/limit': 5 }, 'whole'],
  ['next skipping ahead', { '/next': 'API/v1/me/tracks?offset=30&limit=10' }, 'whole'],
  ['more items than asked', { '/items/10': { added_at: 'x', track: { id: 'extra' } } }, 'whole'],
  ['next pointing back', { '/next': 'API/v1/me/tracks?offset=0&limit=10' }, 'BAD_RESPONSE'],
  ['next to the same offset', { '/next': 'API/v1/me/tracks?offset=10&limit=10' }, 'BAD_RESPONSE'],
  ['next to another list', { '/next': 'API/v1/me/albums?offset=20&limit=10' }, 'BAD_RESPONSE'],
  [
    'next to another host',
    { '/next': 'https://elsewhere.example/v1/me/tracks?offset=20&limit=10' },
    'BAD_RESPONSE',
  ],
  ['offset other than asked', { '/offset': 20 }, 'BAD_RESPONSE'],
];

it.each(CASES)('%s: the true items, none twice, then %s', async (_name, set, end) => {
  const client = await signedIn({ appMode: 'extended' });
  const all: string[] = [];
  for await (const saved of client.iterate(await client.library.getSavedTracks({ limit: 50 })))
    all.push(saved.track.id);
  const api = emu.url.replace(/\/$/, '');
  const edits = JSON.parse(JSON.stringify(set).replaceAll('API', api)) as Record<string, unknown>;
  await addFault(emu, { route: ROUTE, query: { offset: '10' }, set: edits });
  const before = await countOf(emu, ROUTE);
  const ids: string[] = [];
  const error = await (async () => {
    for await (const saved of client.iterate(await client.library.getSavedTracks({ limit: 10 })))
      ids.push(saved.track.id);
  })().catch((e: unknown) => e);
  expect(ids).toEqual(all.slice(0, ids.length));
  if (end === 'whole') {
    expect(error).toBeUndefined();
    expect(ids).toEqual(all);
  } else expect(error).toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE' });
  expect((await countOf(emu, ROUTE)) - before).toBeLessThanOrEqual(Math.ceil(all.length / 10) + 2);
});
