/**
 * Cursor connections (recently played, followed artists) read to their end on the default emulator,
 * no fault: Spotify's last page leaves `next` out (recently played still sends `cursors: {after,
 * before}`, Spotify's `after` pointing forward in time). The last page ends the list: `hasNextPage`
 * false, no error, never more edges than `first`, every item once. A full later page without `next`
 * beside a total that counts more stays Spotify's bad value (cursor-page-values.test.ts).
 * v15 re-attack, RA2.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const recentPage = graphql(
  `query ToTheEndRecent($first: Int, $after: String) { me { recentlyPlayed(first: $first, after: $after) { edges { cursor node { playedAt } } pageInfo { hasNextPage endCursor } } } }`,
);
const followedPage = graphql(
  `query ToTheEndFollowed($first: Int, $after: String) { me { followedArtists(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
);

type Read = (
  first: number,
  after: string | null,
) => Promise<{
  errors?: readonly unknown[] | undefined;
  edges: readonly ({ key: string } | null)[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
}>;

const readRecent: Read = async (first, after) => {
  const answer = await t.query(recentPage, { first, after }, { token: t.alice });
  const list = answer.data?.me?.recentlyPlayed;
  return {
    errors: answer.errors,
    edges: list?.edges.map((e) => (e ? { key: e.cursor } : null)) ?? [],
    pageInfo: list?.pageInfo,
  };
};

const readFollowed: Read = async (first, after) => {
  const answer = await t.query(followedPage, { first, after }, { token: t.alice });
  const list = answer.data?.me?.followedArtists;
  return {
    errors: answer.errors,
    edges: list?.edges.map((e) => (e?.node ? { key: e.node.id } : null)) ?? [],
    pageInfo: list?.pageInfo,
  };
};

/**
 * The list read with `firsts` (the first page's `first`, then the next ones', the last repeated) while
 * `hasNextPage`, as a Relay client does: each page's answer, checked to hold no error, no null edge and
 * at most its `first` edges. Fails past 20 pages.
 */
async function pageAll(read: Read, firsts: number[]): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= 20; pages++) {
    const first = firsts[Math.min(pages, firsts.length) - 1] ?? 10;
    const page = await read(first, after);
    expect(page.errors).toBeUndefined();
    expect(page.edges.length).toBeLessThanOrEqual(first);
    for (const edge of page.edges) {
      expect(edge).not.toBeNull();
      keys.push(edge?.key ?? '');
    }
    if (!page.pageInfo?.hasNextPage) return { keys, pages };
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error('still hasNextPage after 20 pages');
}

/** The length of Spotify's whole list `path` of `field` (one page of 50 holds it all for alice). */
async function spotifyCount(path: string, field?: string): Promise<number> {
  const response = await fetch(`${t.emu.url}${path}`, { headers: { authorization: `Bearer ${t.alice}` } });
  const body = (await response.json()) as Record<string, { items: unknown[] }> & { items: unknown[] };
  return (field === undefined ? body.items : (body[field]?.items ?? [])).length;
}

describe('recently played read to its end (RA2)', () => {
  it('first: 10 repeatedly: every play once, the last page ends the list without an error', async () => {
    const plays = await spotifyCount('/v1/me/player/recently-played?limit=50');
    expect(plays).toBeGreaterThan(20);
    const { keys, pages } = await pageAll(readRecent, [10]);
    expect(keys).toHaveLength(plays);
    expect(new Set(keys).size).toBe(plays);
    expect(pages).toBe(Math.ceil(plays / 10));
  });

  it('first: 3, then first: 40 (the rest in one short page): ends without an error', async () => {
    const plays = await spotifyCount('/v1/me/player/recently-played?limit=50');
    expect(plays).toBeLessThan(43);
    const { keys, pages } = await pageAll(readRecent, [3, 40]);
    expect(keys).toHaveLength(plays);
    expect(pages).toBe(2);
  });
});

const twoWindows = graphql(
  `query ToTheEndTwoWindows($after: String) { me { a: recentlyPlayed(first: 40) { pageInfo { hasNextPage } } b: recentlyPlayed(first: 10, after: $after) { edges { cursor } pageInfo { hasNextPage } } } }`,
);

describe('recently played: a window cut from a sibling page to its end (RA2)', () => {
  it('b after the 30th play beside a: first 40: the last 10 plays, the end, no error', async () => {
    const plays = await spotifyCount('/v1/me/player/recently-played?limit=50');
    expect(plays).toBe(40);
    const thirty = await readRecent(30, null);
    const after = thirty.pageInfo?.endCursor ?? null;
    expect(after).not.toBeNull();
    const answer = await t.query(twoWindows, { after }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.a?.pageInfo.hasNextPage).toBe(false);
    const b = answer.data?.me?.b;
    expect(b?.edges).toHaveLength(10);
    expect(b?.edges.every((edge) => edge !== null)).toBe(true);
    expect(b?.pageInfo.hasNextPage).toBe(false);
    // The same plays as the page alone answers them.
    const alone = await readRecent(10, after);
    expect(b?.edges.map((edge) => edge?.cursor)).toEqual(alone.edges.map((edge) => edge?.key));
  });
});

describe('followed artists read to their end', () => {
  it('first: 10 repeatedly, and first: 3 then first: 50: every artist once, no error', async () => {
    const artists = await spotifyCount('/v1/me/following?type=artist&limit=50', 'artists');
    expect(artists).toBeGreaterThan(10);
    const tens = await pageAll(readFollowed, [10]);
    expect(tens.keys).toHaveLength(artists);
    expect(new Set(tens.keys).size).toBe(artists);
    const rest = await pageAll(readFollowed, [3, 50]);
    expect(rest.keys).toEqual(tens.keys);
    expect(rest.pages).toBe(2);
  });
});
