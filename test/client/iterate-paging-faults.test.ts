/**
 * `client.iterate()` over every cursor-paged and offset-paged list the client reads, under each of the
 * emulator's paging faults (issue 7 item 7): one rule for every paging kind (offset; cursor by id,
 * followed artists' `after`; cursor by time, recently played's `before`). A short page with a `next`
 * (items Spotify leaves out) pages on; metadata that cannot be followed ends with BAD_RESPONSE after
 * the items read, never a silent end, never an item twice.
 */
import { describe, expect, it } from 'vitest';
import type { SpotifyApiClient } from '../../src/spotify/client.js';
import type { PageLike } from '../../src/spotify/paging.js';
import { addFault, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

/** One list the client iterates: its route, its first page, and an item's key. */
interface ListKind {
  name: string;
  route: string;
  first: (client: SpotifyApiClient) => Promise<PageLike<unknown>>;
}

/** An item's key: its whole JSON (a playlist's track twice, a track played twice, are two items). */
const key = (item: unknown): string => JSON.stringify(item);

const PLAYLIST = 'LAeyejnaDxyWlbmJZUeiZ3';

const LISTS: ListKind[] = [
  { name: 'saved tracks', route: 'GET /v1/me/tracks', first: (c) => c.library.getSavedTracks({ limit: 7 }) },
  { name: 'saved albums', route: 'GET /v1/me/albums', first: (c) => c.library.getSavedAlbums({ limit: 3 }) },
  {
    name: 'playlist items',
    route: 'GET /v1/playlists/{playlist_id}/items',
    first: (c) => c.playlists.getItems(PLAYLIST, { limit: 7 }),
  },
  { name: 'saved shows', route: 'GET /v1/me/shows', first: (c) => c.library.getSavedShows({ limit: 2 }) },
  { name: 'my playlists', route: 'GET /v1/me/playlists', first: (c) => c.playlists.listMine({ limit: 3 }) },
  {
    name: 'top tracks',
    route: 'GET /v1/me/top/tracks',
    first: (c) => c.personalization.topTracks({ limit: 3 }),
  },
  {
    name: 'new releases',
    route: 'GET /v1/browse/new-releases',
    first: (c) => c.browse.newReleases({ limit: 5 }),
  },
  {
    name: 'followed artists (cursor by id)',
    route: 'GET /v1/me/following',
    first: (c) => c.follow.followedArtists({ limit: 5 }),
  },
  {
    name: 'recently played (cursor by time)',
    route: 'GET /v1/me/player/recently-played',
    first: (c) => c.player.recentlyPlayed({ limit: 5 }),
  },
];

async function iterateList(list: ListKind): Promise<{ keys: string[]; error: unknown }> {
  const client = await signedIn({
    scopes: [
      'user-library-read',
      'user-follow-read',
      'user-read-recently-played',
      'user-top-read',
      'playlist-read-private',
    ],
    appMode: 'extended',
  });
  const keys: string[] = [];
  const error = await (async () => {
    let n = 0;
    for await (const item of client.iterate(await list.first(client))) {
      keys.push(key(item));
      if (++n > 2000) throw new Error('runaway');
    }
  })().catch((e: unknown) => e);
  return { keys, error };
}

const isCursor = (list: ListKind) => list.name.includes('cursor');

/**
 * What each fault should give, from the items read without it (`all`) and the first page's size: one
 * rule for every kind, but for what a kind's metadata lets the client know.
 */
const FAULTS: {
  fault: string;
  expect: (list: ListKind, all: string[], got: { keys: string[]; error: unknown }) => void;
}[] = [
  {
    // Every page empty with a next further: nothing yielded, BAD_RESPONSE.
    fault: 'endless-empty',
    expect: (_list, _all, got) => {
      expect(got.keys).toEqual([]);
      expect(got.error).toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE' });
    },
  },
  {
    // Offset: a short page with a next pages on from after its items, every item once. Cursor: the
    // fault's next does not move the cursor (the same page again): BAD_RESPONSE after the first page.
    fault: 'short-next',
    expect: (list, all, got) => {
      if (isCursor(list)) {
        expect(got.error).toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE' });
        expect(got.keys).toEqual(all.slice(0, got.keys.length));
      } else {
        expect(got.error).toBeUndefined();
        expect(got.keys).toEqual(all);
      }
    },
  },
  {
    // next: null with a total counting more: read on after the last item, every item once; recently
    // played has no total counting from the list's start (the server's rule): its next: null ends it.
    fault: 'next-null',
    expect: (list, all, got) => {
      expect(got.error).toBeUndefined();
      if (list.name.startsWith('recently')) expect(got.keys).toEqual(all.slice(0, 5));
      else expect(got.keys).toEqual(all);
    },
  },
  {
    // Items Spotify leaves out (a short page, counted by next and total): every kind pages on and ends
    // quietly, each item at most once and in order, none lost but the left-out ones.
    fault: 'left-out',
    expect: (_list, all, got) => {
      expect(got.error).toBeUndefined();
      expect(new Set(got.keys).size).toBe(got.keys.length);
      expect(got.keys.length).toBeGreaterThan(all.length / 2);
      const places = got.keys.map((key) => all.indexOf(key));
      expect(places).toEqual([...places].sort((a, b) => a - b));
      expect(places).not.toContain(-1);
    },
  },
];

describe('iterate under each paging fault, every paging kind alike (issue 7 item 7)', () => {
  it.each(LISTS.flatMap((list) => FAULTS.map((f) => [list.name, f.fault, list, f] as const)))(
    '%s under %s',
    async (_name, _fault, list, f) => {
      const all = await iterateList(list);
      expect(all.error).toBeUndefined();
      expect(all.keys.length).toBeGreaterThan(6);
      await addFault(emu, { route: list.route, paging: f.fault });
      f.expect(list, all.keys, await iterateList(list));
    },
  );
});
