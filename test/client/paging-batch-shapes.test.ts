/**
 * The client's typed calls and `iterate` refuse an answer whose paging links or fields are of the wrong
 * type (`next`/`previous` neither a link nor null, `limit`/`offset` no number, `cursors` no object) and
 * a batch answer whose list has another length than the ids asked: SpotifyAPIError BAD_RESPONSE,
 * `wrongShape`, its `shapeFault` naming the member and the fault, never the value. The emulator's fault
 * rules (`set`/`unset` edits) send each wrong shape. Old code: the typed calls returned such pages as
 * they came, iterate's refusal had no `shapeFault` and let `cursors: "x"` through, `getSeveral` dropped
 * a third album for two ids and named the id a short list missed.
 */
import { describe, expect, it } from 'vitest';
import type { SpotifyApiClient } from '../../src/spotify/client.js';
import type { PageLike } from '../../src/spotify/paging.js';
import { addFault, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const openClient = (): Promise<SpotifyApiClient> =>
  signedIn({ scopes: ['user-library-read', 'user-follow-read'], appMode: 'extended' });

/** The BAD_RESPONSE of an answer of the wrong shape whose fault is `fault`. */
const wrongShape = (fault: string) => ({
  name: 'SpotifyAPIError',
  code: 'BAD_RESPONSE',
  wrongShape: true,
  shapeFault: fault,
  message: expect.stringContaining(fault),
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('typed calls refuse a page whose links or fields are of the wrong type', () => {
  const SAVED: [string, Record<string, unknown>, string][] = [
    ['next 5', { '/next': 5 }, 'next is a number, not a link or null'],
    ['next ""', { '/next': '' }, 'next is an empty string, not a link or null'],
    ['previous {}', { '/previous': {} }, 'previous is an object, not a link or null'],
    ['limit "20"', { '/limit': '20' }, 'limit is a string, not a number'],
    ['offset "0"', { '/offset': '0' }, 'offset is a string, not a number'],
  ];

  it.each(SAVED)('saved tracks with %s', async (_n, set, fault) => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me/tracks', set });
    expect(await failure(client.library.getSavedTracks({ limit: 3 }))).toMatchObject(wrongShape(fault));
  });

  const FOLLOWED: [string, Record<string, unknown>, string][] = [
    ['cursors "x"', { '/artists/cursors': 'x' }, 'artists.cursors is a string, not an object or null'],
    ['cursors []', { '/artists/cursors': [] }, 'artists.cursors is a list, not an object or null'],
    ['next 5', { '/artists/next': 5 }, 'artists.next is a number, not a link or null'],
  ];

  it.each(FOLLOWED)('followed artists with %s', async (_n, set, fault) => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me/following', set });
    expect(await failure(client.follow.followedArtists({ limit: 3 }))).toMatchObject(wrongShape(fault));
  });
});

describe('iterate refuses a fetched page whose links or fields are of the wrong type, after the items before it', () => {
  it.each([
    ['cursors "x"', { '/artists/cursors': 'x' }, 'cursors is a string, not an object or null'],
    ['limit "x"', { '/artists/limit': 'x' }, 'limit is a string, not a number'],
    ['next 5', { '/artists/next': 5 }, 'next is a number, not a link or null'],
  ] as const)('followed artists, the second page with %s', async (_n, set, fault) => {
    const client = await openClient();
    const first = (await client.follow.followedArtists({ limit: 3 })) as PageLike<unknown>;
    await addFault(emu, { route: 'GET /v1/me/following', set });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of client.iterate(first)) seen.push(item);
    })().catch((e: unknown) => e);
    expect(seen).toHaveLength(first.items.length);
    expect(error).toMatchObject(wrongShape(fault));
  });
});

describe('getSeveral refuses a list of another length than the ids asked', () => {
  it.each([
    ['3 entries for 2', { '/albums/2': null }, [], 'albums has 3 entries for 2 ids asked'],
    ['1 entry for 2', {}, ['/albums/1'], 'albums has 1 entry for 2 ids asked'],
  ] as const)(
    'albums, %s ids: BAD_RESPONSE naming the list and the counts, no id',
    async (_n, set, unset, fault) => {
      const client = await openClient();
      const ids = [...emu.state.catalog.albums.keys()].slice(0, 2);
      await addFault(emu, { route: 'GET /v1/albums', set, unset });
      const error = await failure(client.albums.getSeveral(ids));
      expect(error).toMatchObject(wrongShape(fault));
      for (const id of ids) expect((error as Error).message).not.toContain(id);
    },
  );

  it('a contains answer with 1 boolean for 2 ids names the list and the counts', async () => {
    const client = await openClient();
    const ids = [...emu.state.catalog.tracks.keys()].slice(0, 2);
    await addFault(emu, { route: 'GET /v1/me/tracks/contains', unset: ['/1'] });
    expect(await failure(client.library.containsTracks(ids))).toMatchObject(
      wrongShape('the list has 1 entry for 2 items asked'),
    );
  });
});
