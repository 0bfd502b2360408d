/**
 * `totalCount` when Spotify's paging metadata disagrees with its items (issue 7 item 7): once a
 * connection has read its list to the end, its `totalCount` is that end's count, never the first
 * page's figure for items that are not there. Every list kind (the offset lists of
 * test/helpers/short-page-lists.ts, followed artists and recently played, cursor-paged), read page
 * after page from `endCursor` through GraphQL over HTTP under the emulator's paging faults, and in
 * one window. Recently played's pages asked `before` a time count the plays from there on: its
 * `totalCount` is the whole list's on every page, and a `next: null` beside such a total that counts
 * more plays does not end it (the total wins, as on every list). Both executors (the project runs
 * this file with and without graphql-jit).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';
import { type Answer, faultList, ids, type List, shortPageLists } from '../helpers/short-page-lists.js';

const t = useFaultTestServer({ mode: 'extended' });

const FOLLOWED = graphql(`query TotalCountFollowed($first: Int!, $after: String) {
  me { list: followedArtists(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  } }
}`);
const RECENT = graphql(`query TotalCountRecent($first: Int!, $after: String) {
  me { list: recentlyPlayed(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { playedAt } }
  } }
}`);

const CATEGORIES = graphql(`query TotalCountCategories($first: Int!, $after: String) {
  list: categories(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  }
}`);
const NEW_RELEASES = graphql(`query TotalCountNewReleases($first: Int!, $after: String) {
  list: newReleases(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  }
}`);
const SAVED_ALBUMS = graphql(`query TotalCountSavedAlbums($first: Int!, $after: String) {
  me { list: savedAlbums(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  } }
}`);
const MY_PLAYLISTS = graphql(`query TotalCountMyPlaylists($first: Int!, $after: String) {
  me { list: playlists(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  } }
}`);

/** Further offset lists (browse and library) beside those of short-page-lists.ts, read the same way. */
function moreOffsetLists(): List[] {
  const token = { token: t.alice };
  const vars = (w: { first: number; after?: string | null | undefined }) => ({
    first: w.first,
    after: w.after ?? null,
  });
  const list = (name: string, route: string, read: List['read']): List => ({
    name,
    routes: [route],
    next: '/next',
    embedded: 0,
    read,
  });
  return [
    list('categories', 'GET /v1/browse/categories', async (w) => {
      const a = await t.query(CATEGORIES, vars(w), token);
      return { conn: a.data?.list, errors: a.errors };
    }),
    list('new releases', 'GET /v1/browse/new-releases', async (w) => {
      const a = await t.query(NEW_RELEASES, vars(w), token);
      return { conn: a.data?.list, errors: a.errors };
    }),
    list('saved albums', 'GET /v1/me/albums', async (w) => {
      const a = await t.query(SAVED_ALBUMS, vars(w), token);
      return { conn: a.data?.me?.list, errors: a.errors };
    }),
    list("the user's playlists", 'GET /v1/me/playlists', async (w) => {
      const a = await t.query(MY_PLAYLISTS, vars(w), token);
      return { conn: a.data?.me?.list, errors: a.errors };
    }),
  ];
}

/** The cursor-paged lists, read the way short-page-lists.ts reads the offset ones. */
function cursorLists(): List[] {
  const token = { token: t.alice };
  return [
    {
      name: 'followed artists',
      routes: ['GET /v1/me/following'],
      next: '/artists/next',
      embedded: 0,
      read: async (w) => {
        const a = await t.query(FOLLOWED, { first: w.first, after: w.after ?? null }, token);
        return { conn: a.data?.me?.list, errors: a.errors };
      },
    },
    {
      name: 'recently played',
      routes: ['GET /v1/me/player/recently-played'],
      next: '/next',
      embedded: 0,
      read: async (w) => {
        const a = await t.query(RECENT, { first: w.first, after: w.after ?? null }, token);
        const conn = a.data?.me?.list;
        const edges = (conn?.edges ?? []).map(
          (e) => e && { cursor: e.cursor, node: e.node?.playedAt ? { id: e.node.playedAt } : null },
        );
        return { conn: conn && { ...conn, edges }, errors: a.errors };
      },
    },
  ];
}

/** Every answer of reading `list` from its start, `first` at a time, while `hasNextPage`. */
async function walk(list: List, first: number): Promise<{ answers: Answer[]; served: number }> {
  const answers: Answer[] = [];
  let after: string | null | undefined = null;
  for (let reads = 0; reads < 40; reads += 1) {
    const answer = await list.read({ first, after });
    answers.push(answer);
    if (!answer.conn?.pageInfo.hasNextPage || answer.errors !== undefined) break;
    after = answer.conn.pageInfo.endCursor;
  }
  const served = answers.reduce((sum, a) => sum + ids(a.conn).filter((id) => id !== undefined).length, 0);
  return { answers, served };
}

/** What a walk ends with: its errors, whether it ended, and the last answer's totalCount. */
const ending = (read: { answers: Answer[]; served: number }) => ({
  errors: read.answers.flatMap((a) => a.errors ?? []),
  ended: read.answers.at(-1)?.conn?.pageInfo.hasNextPage === false,
  totalCount: read.answers.at(-1)?.conn?.totalCount,
});

describe('the end of a list read under a paging fault says the list count', () => {
  it.each(['next-null', 'short-next'] as const)(
    '%s: every list kind, read 20 at a time to its end, ends with totalCount the items served',
    async (paging) => {
      const outcomes: Record<string, unknown> = {};
      const wanted: Record<string, unknown> = {};
      for (const list of [...shortPageLists(t, true), ...moreOffsetLists(), ...cursorLists()]) {
        await t.emu.control('DELETE', '/faults');
        await faultList(t, list, { paging });
        const read = await walk(list, 20);
        outcomes[list.name] = ending(read);
        wanted[list.name] = { errors: [], ended: true, totalCount: read.served };
        expect(read.served, list.name).toBeGreaterThan(0);
      }
      expect(outcomes).toEqual(wanted);
    },
    120_000,
  );

  it('next-null: one window of 500 that reads an offset list to its end says its count', async () => {
    const outcomes: Record<string, unknown> = {};
    const wanted: Record<string, unknown> = {};
    for (const list of shortPageLists(t, true)) {
      await t.emu.control('DELETE', '/faults');
      const plain = await list.read({ first: 500 });
      await faultList(t, list, { paging: 'next-null' });
      const read = await list.read({ first: 500 });
      // Search serves fewer than 500 in one window (its pages join up to its own bound): compared
      // only where the window read the list to its end.
      const ended = read.conn?.pageInfo.hasNextPage === false;
      outcomes[list.name] = { errors: read.errors, totalCount: ended ? read.conn?.totalCount : 'not ended' };
      wanted[list.name] = {
        errors: undefined,
        totalCount: ended ? ids(read.conn).length : 'not ended',
      };
      if (ended) expect(plain.conn?.totalCount, list.name).toBe(ids(read.conn).length);
    }
    expect(outcomes).toEqual(wanted);
  }, 120_000);

  it("left-out: a list whose pages each leave an item out ends with Spotify's count, which counts them", async () => {
    const outcomes: Record<string, unknown> = {};
    const wanted: Record<string, unknown> = {};
    for (const list of shortPageLists(t, true)) {
      await t.emu.control('DELETE', '/faults');
      const plain = await list.read({ first: 500 });
      await faultList(t, list, { paging: 'left-out' });
      const read = ending(await walk(list, 20));
      outcomes[list.name] = read;
      wanted[list.name] = { errors: [], ended: true, totalCount: plain.conn?.totalCount };
    }
    expect(outcomes).toEqual(wanted);
  }, 120_000);
});

describe("recently played: Spotify's total counts the plays from the page on", () => {
  const recent = () => cursorLists().find((l) => l.name === 'recently played')!;

  it('every page of the walk says the whole list count, not the plays left', async () => {
    const read = await walk(recent(), 10);
    expect(read.answers.length).toBeGreaterThan(2);
    const counts = read.answers.map((a) => a.conn?.totalCount);
    expect(counts).toEqual(read.answers.map(() => read.served));
  });

  it('a later page with next: null beside a total that counts more plays does not end the list', async () => {
    const whole = await walk(recent(), 10);
    expect(whole.served).toBeGreaterThan(30);
    const first = await recent().read({ first: 10 });
    const second = await recent().read({ first: 10, after: first.conn?.pageInfo.endCursor });
    // From the third page on Spotify says next: null, its total (the plays from there on) counting more.
    await t.fault('GET /v1/me/player/recently-played', { '/next': null });
    let after = second.conn?.pageInfo.endCursor;
    const rest: Answer[] = [];
    for (let reads = 0; reads < 10; reads += 1) {
      const answer = await recent().read({ first: 10, after });
      rest.push(answer);
      if (!answer.conn?.pageInfo.hasNextPage) break;
      after = answer.conn.pageInfo.endCursor;
    }
    expect(rest[0]?.conn?.pageInfo.hasNextPage).toBe(true);
    expect(rest.flatMap((a) => a.errors ?? [])).toEqual([]);
    const served = [first, second, ...rest].flatMap((a) => ids(a.conn));
    expect(served).toEqual(whole.answers.flatMap((a) => ids(a.conn)));
    expect(rest.at(-1)?.conn?.totalCount).toBe(whole.served);
  });
});
