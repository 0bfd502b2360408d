/**
 * A search answer holds one page per type asked, and each is its type's alone: a type's page that
 * Spotify left out or sent null, or that is no paging object with an `items` list (`{}`, `{ total: 5 }`,
 * a list, a number, `items: null`), makes that type's connection null with a `badValue` error, while
 * the other types answer; never a crash of the whole search, and never an empty result ("nothing
 * matches") made up in its place, whatever the connection selects. The emulator's fault edits make the
 * one page wrong.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const itemsQuery = graphql(
  `query SearchTypePagesItems { search(query: "a", types: [PLAYLIST, TRACK], first: 3) { playlists { totalCount nodes { id } } tracks { pageInfo { hasNextPage } nodes { id name } } } }`,
);
const countsQuery = graphql(
  `query SearchTypePagesCounts { search(query: "a", types: [PLAYLIST, TRACK], first: 3) { playlists { totalCount } tracks { totalCount pageInfo { hasNextPage } } } }`,
);

const wrongPages: [string, { set?: Record<string, unknown>; unset?: string[] }][] = [
  ['left out', { unset: ['/tracks'] }],
  ['null', { set: { '/tracks': null } }],
  ['an empty object', { set: { '/tracks': {} } }],
  ['an object with only a total', { set: { '/tracks': { total: 5 } } }],
  ['a page without items', { unset: ['/tracks/items'] }],
  ['a page whose items are null', { set: { '/tracks/items': null } }],
  ['a list', { set: { '/tracks': [] } }],
  ['a number', { set: { '/tracks': 5 } }],
];

describe("a search type's page Spotify sent wrong", () => {
  it.each(wrongPages)(
    "answers a tracks page %s as search.tracks' null with its error, playlists intact",
    async (_kind, edit) => {
      const real = await t.query(itemsQuery, {});
      expect(real.errors).toBeUndefined();
      expect(real.data?.search?.tracks?.nodes).toHaveLength(3);
      await t.fault('GET /v1/search', edit.set ?? {}, edit.unset ? { unset: edit.unset } : {});
      const answer = await t.query(itemsQuery, {});
      expect(answer.data?.search).toEqual({ playlists: real.data?.search?.playlists, tracks: null });
      expect(located(answer.errors)).toEqual([[['search', 'tracks'], BAD_VALUE]]);
    },
  );

  it.each(wrongPages)(
    'answers a tracks page %s as the same error when only counts are selected',
    async (_kind, edit) => {
      const real = await t.query(countsQuery, {});
      expect(real.errors).toBeUndefined();
      await t.fault('GET /v1/search', edit.set ?? {}, edit.unset ? { unset: edit.unset } : {});
      const answer = await t.query(countsQuery, {});
      expect(answer.data?.search).toEqual({ playlists: real.data?.search?.playlists, tracks: null });
      expect(located(answer.errors)).toEqual([[['search', 'tracks'], BAD_VALUE]]);
    },
  );
});
