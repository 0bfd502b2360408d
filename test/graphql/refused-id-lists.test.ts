/**
 * A refused argument of a root id list (more than 100 ids, a bad market) is that field's own error
 * (BAD_USER_INPUT, the list null) as Partial results promise: its sibling root fields keep the values
 * whose Spotify calls were made, never `data: null`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let albumId: string;

beforeAll(() => {
  albumId = [...t.emu.state.catalog.albums.keys()][0]!;
});

const LISTS = graphql(`query RefusedIdListsTooMany($albumId: ID!, $ids: [ID!]!, $uris: [ID!]!) {
  sibling: album(id: $albumId) { id name }
  albums(ids: $ids) { id }
  artists(ids: $ids) { id }
  tracks(ids: $ids) { id }
  episodes(ids: $ids) { id }
  shows(ids: $ids) { id }
  audiobooks(ids: $ids) { id }
  chapters(ids: $ids) { id }
  nodes(ids: $uris) { id }
}`);

const MARKETS = graphql(`query RefusedIdListsMarket($albumId: ID!, $ids: [ID!]!, $market: String) {
  sibling: album(id: $albumId) { id name }
  albums(ids: $ids, market: $market) { id }
  tracks(ids: $ids, market: $market) { id }
  episodes(ids: $ids, market: $market) { id }
  shows(ids: $ids, market: $market) { id }
  audiobooks(ids: $ids, market: $market) { id }
  chapters(ids: $ids, market: $market) { id }
}`);

describe('a refused argument of a root id list', () => {
  it('more than 100 ids: each such list is null with BAD_USER_INPUT, the sibling answers', async () => {
    const ids = Array.from({ length: 101 }, () => albumId);
    const answer = await t.query(LISTS, { albumId, ids, uris: ids.map((id) => `spotify:album:${id}`) });
    expect(answer.data?.sibling).toMatchObject({ id: `spotify:album:${albumId}` });
    const lists = ['albums', 'artists', 'tracks', 'episodes', 'shows', 'audiobooks', 'chapters', 'nodes'];
    for (const field of lists) expect((answer.data as Record<string, unknown>)[field]).toBeNull();
    expect(answer.errors?.map((error) => error.path?.[0]).sort()).toEqual([...lists].sort());
    for (const error of answer.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a bad market: each such list is null with BAD_USER_INPUT, the sibling answers', async () => {
    const answer = await t.query(MARKETS, { albumId, ids: [albumId], market: 'XX' });
    expect(answer.data?.sibling).toMatchObject({ id: `spotify:album:${albumId}` });
    const lists = ['albums', 'tracks', 'episodes', 'shows', 'audiobooks', 'chapters'];
    for (const field of lists) expect((answer.data as Record<string, unknown>)[field]).toBeNull();
    expect(answer.errors?.map((error) => error.path?.[0]).sort()).toEqual([...lists].sort());
    for (const error of answer.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
