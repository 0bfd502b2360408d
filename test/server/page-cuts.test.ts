/**
 * The one cut of a list page (cutPage): what a page holds of a smaller window, and the `next` and
 * `held` of the part, when Spotify's `next` and `total` disagree. Both users go through it: pages cut
 * from a larger page of the same list, and pages served from the first page a parent embeds
 * (embeddedPages), whose connections must follow the same rule.
 */
import { describe, expect, it } from 'vitest';
import { cutPage } from '../../src/resolvers/page-cuts.js';
import { embeddedPages, type OffsetPage, offsetConnection } from '../../src/resolvers/paging.js';

const HREF = 'https://api.spotify.com/v1/playlists/p1/tracks?offset=0&limit=5';
const items = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `item${from + i}`);

/** A page of `n` items from offset 0 with the given `next` and `total` (each left out when undefined). */
function page(n: number, meta: { next?: string | null; total?: unknown; href?: string }): OffsetPage<string> {
  return { items: items(n), offset: 0, limit: n, ...meta } as OffsetPage<string>;
}

describe('cutPage: what a page holds', () => {
  it('cuts a part inside the page, and says more follow (held, next from href)', () => {
    const part = cutPage(page(5, { href: HREF, next: null, total: 5 }), 0, 1, 2) as OffsetPage<string>;
    expect(part.items).toEqual(['item1', 'item2']);
    expect(part).toMatchObject({ offset: 1, limit: 2, held: true });
    const next = new URL(part.next as string);
    expect([next.searchParams.get('offset'), next.searchParams.get('limit')]).toEqual(['3', '2']);
  });

  it('next: null below a total that counts more does not end the list: it does not answer', () => {
    expect(cutPage(page(3, { next: null, total: 100 }), 0, 0, 5)).toBeUndefined();
  });

  it('next: null ends the list once the total is reached, or when it is no count: a short page answers', () => {
    for (const total of [3, 'many', undefined]) {
      const part = cutPage(page(3, { next: null, total }), 0, 0, 5) as OffsetPage<string>;
      expect(part.items).toEqual(items(3));
      expect(part.next).toBeNull();
      expect(part.held).toBeUndefined();
    }
  });

  it('a next URL means more however short the page, even when the total is reached: it does not answer', () => {
    expect(cutPage(page(3, { next: HREF, total: 3 }), 0, 0, 5)).toBeUndefined();
    expect(cutPage(page(3, { next: HREF, total: 3 }), 0, 4, 1)).toBeUndefined();
  });

  it('without next, a total that is a count speaks', () => {
    expect((cutPage(page(3, { total: 3 }), 0, 0, 5) as OffsetPage<string>).items).toEqual(items(3));
    expect((cutPage(page(3, { total: 3 }), 0, 3, 5) as OffsetPage<string>).items).toEqual([]);
    expect(cutPage(page(3, { total: 4 }), 0, 0, 5)).toBeUndefined();
  });

  for (const total of ['many', -1, 1.5, null, undefined]) {
    it(`without next, a total ${JSON.stringify(total)} (no count) never ends the list`, () => {
      expect(cutPage(page(3, { total }), 0, 0, 5)).toBeUndefined();
    });
  }

  it('items held past the part mean more, whatever next and total say (no href, next null, total no count)', () => {
    const part = cutPage(page(5, { next: null, total: 'many' }), 0, 0, 2) as OffsetPage<string>;
    expect(part.held).toBe(true);
    expect(part.next).toBeUndefined();
  });

  it('answers nothing before the page, nor for an offset of the page that is no number', () => {
    expect(cutPage({ ...page(5, { total: 10 }), offset: 5 }, 5, 4, 1)).toBeUndefined();
    expect(cutPage(page(5, { total: 5 }), 'x' as unknown as number, 0, 1)).toBeUndefined();
  });

  it('answers a page that is none as it is, so the connection that reads it fails on it', () => {
    const broken = { items: 'abc', total: 3 };
    expect(cutPage(broken, 0, 0, 2)).toBe(broken);
    expect(cutPage('nope', 0, 0, 2)).toBe('nope');
  });
});

describe('embeddedPages follows the same rule', () => {
  /** The connection over `embedded` (page size 50) and the offsets it fetched beyond it. */
  async function connectionOver(embedded: OffsetPage<string>, first: number) {
    const fetched: number[] = [];
    const fetchPage = async (offset: number, limit: number): Promise<OffsetPage<string>> => {
      fetched.push(offset);
      return { items: items(limit, offset), offset, limit, total: 1000, next: HREF };
    };
    const connection = await offsetConnection({ first }, 50, embeddedPages(embedded, fetchPage));
    return { connection, fetched };
  }

  it('an embedded page whose next is null below its total is fetched past: the total wins', async () => {
    const { connection, fetched } = await connectionOver(page(3, { next: null, total: 100 }), 10);
    expect(fetched).toEqual([0]);
    expect(connection.nodes).toHaveLength(10);
    expect(connection.pageInfo.hasNextPage).toBe(true);
  });

  it('an embedded page whose next is null at its total ends the list there: no call', async () => {
    const { connection, fetched } = await connectionOver(page(3, { next: null, total: 3 }), 10);
    expect(fetched).toEqual([]);
    expect(connection.nodes).toEqual(items(3));
    expect(connection.pageInfo.hasNextPage).toBe(false);
  });

  it('an embedded page whose next is a URL is fetched past, even when its total is reached', async () => {
    const { connection, fetched } = await connectionOver(page(3, { next: HREF, total: 3 }), 10);
    expect(fetched).toEqual([0]);
    expect(connection.nodes).toHaveLength(10);
  });

  it('a window cut before the embedded items end has a next page, with a total that is no count', async () => {
    const { connection, fetched } = await connectionOver(page(5, { next: null, total: 'many' }), 2);
    expect(fetched).toEqual([]);
    expect(connection.nodes).toEqual(items(2));
    expect(connection.pageInfo.hasNextPage).toBe(true);
  });
});
