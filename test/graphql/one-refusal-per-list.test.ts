/**
 * A list argument's refused entries are one error of that field (attack 3, H7h, MEDIUM): 30 aliases of
 * `tracks(ids: $ids)` with 100 malformed ids were 3,000 BAD_USER_INPUT errors, a 667 KB answer from a
 * 1 KB request. Now the first refused entry carries one error naming the refused entries (the first
 * few by index, and their count), each later refused entry is null with no error of its own, and the
 * good entries keep their values, for every root list by ids (`tracks`, `albums`, `shows` with their
 * episodes, `nodes`). Each test fails on the old code (one error per refused entry).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const known = (table: 'tracks' | 'albums' | 'shows', n: number): string =>
  [...t.emu.state.catalog[table].keys()][n]!;

const TRACKS = graphql(`query OneRefusalTracks($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }`);
const ALIASES = graphql(
  `query OneRefusalAliases($ids: [ID!]!) { a: tracks(ids: $ids) { name } b: tracks(ids: $ids) { name } c: albums(ids: $ids) { name } }`,
);
const SHOWS = graphql(
  `query OneRefusalShows($ids: [ID!]!) { shows(ids: $ids) { spotifyId episodes(first: 1) { totalCount } } }`,
);
const NODES = graphql(`query OneRefusalNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`);

/** Entries 1, 3, 4, ... 10 refused (malformed), 0 and 2 good. */
const mixed = (good: (n: number) => string): string[] => [
  good(0),
  'nope',
  good(1),
  ...Array.from({ length: 8 }, (_, i) => `bad${i}`),
];

describe('one refusal per list field', () => {
  it('tracks(ids:): the good entries answer, the refused ones are one error on the first', async () => {
    const answer = await t.query(TRACKS, { ids: mixed((n) => known('tracks', n)) });
    expect(answer.data?.tracks?.map((track) => track?.spotifyId ?? null)).toEqual([
      known('tracks', 0),
      null,
      known('tracks', 1),
      ...Array.from({ length: 8 }, () => null),
    ]);
    expect(answer.errors).toHaveLength(1);
    const error = answer.errors![0]!;
    expect(error.path).toEqual(['tracks', 1]);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'ids[1]',
      refusedCount: 9,
      refused: [1, 3, 4, 5, 6, 7],
    });
    expect(error.message).toMatch(
      /^ids\[1\] has a malformed track id.*; 8 more ids refused, each null: ids\[3\], ids\[4\], ids\[5\], ids\[6\], ids\[7\] and 3 more$/,
    );
  });

  // s38 new-user pass, finding 11a: "1 more ids refused" read wrongly; one more entry is singular.
  it('one more refused id is named in the singular', async () => {
    const answer = await t.query(TRACKS, { ids: [known('tracks', 0), 'nope', 'bad'] });
    expect(answer.errors?.[0]?.message).toMatch(/; 1 more id refused, each null: ids\[2\]$/);
  });

  it('100 malformed ids in three list fields are three errors', async () => {
    const answer = await t.query(ALIASES, { ids: Array.from({ length: 100 }, (_, i) => String(i)) });
    expect(answer.errors?.map((error) => [error.path, error.extensions?.refusedCount])).toEqual([
      [['a', 0], 100],
      [['b', 0], 100],
      [['c', 0], 100],
    ]);
    expect(answer.data?.a).toHaveLength(100);
  });

  it('shows(ids:) with their episodes: one error, the good show answers', async () => {
    const answer = await t.query(SHOWS, { ids: mixed((n) => known('shows', n)) });
    expect(answer.data?.shows?.map((show) => show?.spotifyId ?? null).filter((id) => id !== null)).toEqual([
      known('shows', 0),
      known('shows', 1),
    ]);
    expect(answer.errors?.map((error) => [error.path, error.extensions?.refusedCount])).toEqual([
      [['shows', 1], 9],
    ]);
  });

  it('nodes(ids:): one error, the good nodes answer', async () => {
    const answer = await t.query(NODES, { ids: mixed((n) => `spotify:album:${known('albums', n)}`) });
    expect(answer.data?.nodes?.map((node) => node?.id ?? null)).toEqual([
      `spotify:album:${known('albums', 0)}`,
      null,
      `spotify:album:${known('albums', 1)}`,
      ...Array.from({ length: 8 }, () => null),
    ]);
    expect(answer.errors?.map((error) => [error.path, error.extensions?.refusedCount])).toEqual([
      [['nodes', 1], 9],
    ]);
  });
});
