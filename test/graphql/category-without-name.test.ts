/**
 * A category Spotify sends without a name keeps its other fields (attack 7 F3, issue 7 item 3):
 * `Category.name` was `String!`, so `categories` lost the whole entry (its id, icons, playlists) and
 * `category(id:)` answered null. Now the name alone is null with the `badValue` error, as every
 * Node's name is.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, useFaultTestServer } from '../helpers/faults.js';

const CATEGORIES = graphql(`query CategoryWithoutNameList {
  categories(first: 3) { nodes { id name icons { url } } }
}`);
const CATEGORY = graphql(`query CategoryWithoutNameOne($id: ID!) {
  category(id: $id) { id name playlists(first: 2) { totalCount } }
}`);

describe('a category Spotify sent without a name', () => {
  const t = useFaultTestServer({ mode: 'extended' });
  const seeded = () => [...t.emu.state.catalog.categories.values()];

  it('in a list: that entry keeps its id and icons, its name null with a badValue error', async () => {
    await t.fault('GET /v1/browse/categories', { '/categories/items/1/name': null });
    const answer = await t.query(CATEGORIES);
    const [first, second] = seeded();
    expect(answer.data?.categories?.nodes[1]).toEqual({
      id: second?.id,
      name: null,
      icons: second?.icons.map(({ url }) => ({ url })),
    });
    expect(answer.data?.categories?.nodes[0]).toMatchObject({ id: first?.id, name: first?.name });
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['categories', 'nodes', 1, 'name'], BAD_VALUE],
    ]);
  });

  it('by id: the category and its playlists answer, its name null', async () => {
    const category = seeded()[0];
    await t.fault('GET /v1/browse/categories/{category_id}', { '/name': null });
    const answer = await t.query(CATEGORY, { id: category?.id ?? '' });
    expect(answer.data?.category).toEqual({
      id: category?.id,
      name: null,
      playlists: { totalCount: category?.playlistIds.length },
    });
    expect(answer.errors?.map((e) => [e.path, e.extensions])).toEqual([[['category', 'name'], BAD_VALUE]]);
  });
});
