/**
 * A playlist entry carries its content under `item` (Spotify's February 2026 name) or `track` (the old
 * one), on either route: either key is read. An entry whose key is null is a removed item (a plain
 * null); an entry with neither key is a wrong shape: its node is null with its error.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, type FaultTestServer, useFaultTestServer } from '../helpers/faults.js';

const ENTRIES = graphql(`query PlaylistEntryKeys($id: ID!, $offset: Int!) {
  playlist(id: $id) { items(first: 3, offset: $offset, market: "JP") { edges { addedAt node { __typename ... on Track { id } } } } }
}`);

/**
 * Alice's longest playlist: its id and an offset inside it. The list asks its own market, so its page is
 * read from the items route, not from the page the playlist object embeds.
 */
function longPlaylist(t: FaultTestServer): { id: string; offset: number } {
  const own = [...t.emu.state.catalog.playlists.values()].filter((p) => p.ownerId === 'alice');
  const longest = own.reduce((a, b) => (b.items.length > a.items.length ? b : a));
  expect(longest.items.length).toBeGreaterThan(13);
  return { id: longest.id, offset: 10 };
}

/** The three entries' nodes, the errors, and the calls to `route`, with the three entries edited on it. */
async function entries(t: FaultTestServer, route: string, unset: string[]) {
  const { id, offset } = longPlaylist(t);
  await t.fault(route, {}, { unset });
  await t.clearLog();
  const answer = await t.query(ENTRIES, { id, offset }, { token: t.alice });
  const edges = answer.data?.playlist?.items?.edges ?? [];
  return { edges, errors: answer.errors, calls: (await t.calls())[route] };
}

const each = (key: string) => [0, 1, 2].map((i) => `/items/${i}/${key}`);

function readsEitherKey(t: FaultTestServer, route: string, other: string) {
  it(`reads an entry that carries its content only under \`track\` or only under \`item\` (${route})`, async () => {
    const { edges, errors, calls } = await entries(t, route, [
      `/items/0/${other}`,
      '/items/1/item',
      '/items/2/track',
    ]);
    expect(calls).toBe(1);
    expect(errors).toBeUndefined();
    expect(edges.map((edge) => edge?.node?.__typename)).toEqual(['Track', 'Track', 'Track']);
  });

  it(`answers an entry with neither key as a null node with its error, its date kept (${route})`, async () => {
    const { edges, errors } = await entries(t, route, [...each('item'), ...each('track')]);
    expect(edges.map((edge) => edge?.node)).toEqual([null, null, null]);
    expect(edges.every((edge) => typeof edge?.addedAt === 'string')).toBe(true);
    // One error for the three alike (a failure repeated down a list is one error, README "Partial results").
    const at = (i: number) => ['playlist', 'items', 'edges', i, 'node'];
    expect(errors?.map((e) => [e.path, e.extensions])).toEqual([
      [at(0), expect.objectContaining({ ...BAD_VALUE, repeatedCount: 3, repeated: [0, 1, 2].map(at) })],
    ]);
  });

  it(`answers an entry whose keys are null as a removed item, without an error (${route})`, async () => {
    const { id, offset } = longPlaylist(t);
    await t.fault(route, { '/items/0/item': null, '/items/0/track': null });
    const answer = await t.query(ENTRIES, { id, offset }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.items?.edges?.map((edge) => edge?.node?.__typename ?? null)).toEqual([
      null,
      'Track',
      'Track',
    ]);
  });
}

describe('a Development Mode app, reading /items', () => {
  const t = useFaultTestServer({ mode: 'development' });
  readsEitherKey(t, 'GET /v1/playlists/{playlist_id}/items', 'item');
});

describe('an Extended Quota app, reading /tracks', () => {
  const t = useFaultTestServer({ mode: 'extended' });
  readsEitherKey(t, 'GET /v1/playlists/{playlist_id}/tracks', 'track');
});
