/**
 * A list argument over its maximum is the field's own refusal, whatever its length (s35 attack, LOW):
 * `albums(ids:)` with 11,000 ids was QUERY_TOO_COMPLEX (the estimate counted every id as calls) where
 * the field refuses more than 100 ids with BAD_USER_INPUT before any Spotify call. Every list argument
 * with a maximum (catalog `ids`, `libraryContains(uris:)`, `followsArtists(ids:)`, `saveToLibrary(uris:)`,
 * `followArtists(ids:)`, `play(uris:)`) now gets its own refusal first, in both app modes, sent as
 * variables or (within the token limit) as a literal list; no Spotify call is made.
 */
import { describe, expect, it } from 'vitest';
import { type CatalogCache, MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const ALBUMS = graphql(`query ListMaxAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }`);
const TRACKS = graphql(`query ListMaxTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }`);
const NODES = graphql(`query ListMaxNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`);
const CONTAINS = graphql(`query ListMaxContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }`);
const FOLLOWS = graphql(`query ListMaxFollows($ids: [ID!]!) { me { followsArtists(ids: $ids) } }`);
const SAVE = graphql(`mutation ListMaxSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }`);
const FOLLOW = graphql(`mutation ListMaxFollow($ids: [ID!]!) { followArtists(ids: $ids) { uris } }`);
const ARTISTS = graphql(`query ListMaxArtists($ids: [ID!]!) { artists(ids: $ids) { name } }`);
const EPISODES = graphql(`query ListMaxEpisodes($ids: [ID!]!) { episodes(ids: $ids) { name } }`);
const ADD_ITEMS = graphql(
  `mutation ListMaxAddItems($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }`,
);
const REPLACE_ITEMS = graphql(
  `mutation ListMaxReplaceItems($playlistId: ID!, $uris: [ID!]!) { replacePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }`,
);
const REMOVE_ITEMS = graphql(
  `mutation ListMaxRemoveItems($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }`,
);
const GROUPS = graphql(
  `query ListMaxGroups($id: ID!, $groups: [AlbumGroup!]) { artist(id: $id) { albums(includeGroups: $groups, first: 2) { totalCount } } }`,
);
const SEARCH_TYPES = graphql(
  `query ListMaxSearchTypes($types: [SearchType!]!) { search(query: "a", types: $types) { artists { totalCount } } }`,
);
const PLAY = graphql(`mutation ListMaxPlay($uris: [ID!]) { play(uris: $uris) { __typename } }`);
// 120 ids written into the document (codegen reads documents as written: no interpolation).
const LITERAL = graphql(
  `query ListMaxLiteral { albums(ids: ["a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "a13", "a14", "a15", "a16", "a17", "a18", "a19", "a20", "a21", "a22", "a23", "a24", "a25", "a26", "a27", "a28", "a29", "a30", "a31", "a32", "a33", "a34", "a35", "a36", "a37", "a38", "a39", "a40", "a41", "a42", "a43", "a44", "a45", "a46", "a47", "a48", "a49", "a50", "a51", "a52", "a53", "a54", "a55", "a56", "a57", "a58", "a59", "a60", "a61", "a62", "a63", "a64", "a65", "a66", "a67", "a68", "a69", "a70", "a71", "a72", "a73", "a74", "a75", "a76", "a77", "a78", "a79", "a80", "a81", "a82", "a83", "a84", "a85", "a86", "a87", "a88", "a89", "a90", "a91", "a92", "a93", "a94", "a95", "a96", "a97", "a98", "a99", "a100", "a101", "a102", "a103", "a104", "a105", "a106", "a107", "a108", "a109", "a110", "a111", "a112", "a113", "a114", "a115", "a116", "a117", "a118", "a119"]) { name } }`,
);

/** `n` distinct well-formed ids (22 base-62 characters), none of them repeated. */
const ids = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `4aawyAB9vm${String(i).padStart(12, '0')}`);
const uris = (n: number): string[] => ids(n).map((id) => `spotify:track:${id}`);

for (const mode of ['extended', 'development'] as const) {
  describe(`${mode} mode`, () => {
    const t = useTestServer({ mode });
    const alice = useUserToken(t, 'alice');

    /** The answer's one error, after checking no Spotify Web API call was made. */
    async function refusal<R, V>(document: GraphQLDocument<R, V>, variables: V) {
      await t.emu.control('DELETE', '/requests');
      const answer = await t.query(document, variables, { token: alice.token });
      const log = (await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
      expect(Object.keys(log.byRoute).filter((route) => route.includes('/v1/'))).toEqual([]);
      expect(answer.errors, JSON.stringify(answer.errors)).toHaveLength(1);
      return answer.errors?.[0];
    }

    it.each([101, 11_000])('albums, tracks and nodes with %i ids: "At most 100 ids"', async (n) => {
      const errors = [
        await refusal(ALBUMS, { ids: ids(n) }),
        await refusal(TRACKS, { ids: ids(n) }),
        await refusal(NODES, { ids: uris(n) }),
      ];
      for (const error of errors) {
        expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error?.message).toMatch(new RegExp(`At most 100 ids.*got ${n}`));
      }
    });

    it('a literal list of 120 ids is the field refusal too', async () => {
      const error = await refusal(LITERAL, {});
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(/At most 100 ids.*got 120/);
    });

    it('every list argument with a maximum over it is BAD_USER_INPUT', async () => {
      const refused: [string | undefined, unknown, RegExp][] = [];
      const note = (error: Awaited<ReturnType<typeof refusal>>, message: RegExp) =>
        refused.push([error?.message, error?.extensions?.code, message]);
      note(await refusal(CONTAINS, { uris: uris(11_000) }), /At most 1000 uris, got 11000/);
      note(await refusal(FOLLOWS, { ids: ids(11_000) }), /At most 1000 ids, got 11000/);
      note(await refusal(SAVE, { uris: uris(11_000) }), /At most 1000 uris, got 11000/);
      note(await refusal(FOLLOW, { ids: ids(11_000) }), /At most 1000 ids, got 11000/);
      note(await refusal(PLAY, { uris: uris(11_000) }), /500/);
      // Playlist item writes: QUERY_TOO_COMPLEX at 50,000 URIs on the old code (about 502 calls).
      const playlistId = [...t.emu.state.catalog.playlists.keys()][0]!;
      // Short entries, as the attack sent them: 50,000 URIs would be over the request's byte limit.
      const items = { playlistId, uris: Array.from({ length: 50_000 }, () => '1') };
      note(await refusal(ADD_ITEMS, items), /At most 1000 uris, got 50000/);
      note(await refusal(REPLACE_ITEMS, items), /At most 1000 uris, got 50000/);
      note(await refusal(REMOVE_ITEMS, items), /At most 1000 uris, got 50000/);
      for (const [message, code, expected] of refused) {
        expect(code, message).toBe('BAD_USER_INPUT');
        expect(message).toMatch(expected);
      }
    });

    // attack 5, F1: 80,000 enum values were read entry by entry per field (0.2 s of event loop each).
    it.each([51, 80_000])('lists of enum values over 50 entries (%i) are BAD_USER_INPUT', async (n) => {
      const id = [...t.emu.state.catalog.artists.keys()][0]!;
      const groups = Array.from({ length: n }, (_, i) => (['ALBUM', 'SINGLE'] as const)[i % 2]!);
      const types = Array.from({ length: n }, () => 'ARTIST' as const);
      const errors = [await refusal(GROUPS, { id, groups }), await refusal(SEARCH_TYPES, { types })];
      expect(errors.map((error) => [error?.message, error?.extensions?.code])).toEqual([
        [`At most 50 includeGroups, got ${n}`, 'BAD_USER_INPUT'],
        [`At most 50 types, got ${n}`, 'BAD_USER_INPUT'],
      ]);
    });

    it('lists of 50 enum values are answered (a guard)', async () => {
      const id = [...t.emu.state.catalog.artists.keys()][0]!;
      const groups = Array.from({ length: 50 }, () => 'ALBUM' as const);
      const types = Array.from({ length: 50 }, () => 'ARTIST' as const);
      const answers = [await t.query(GROUPS, { id, groups }), await t.query(SEARCH_TYPES, { types })];
      expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined]);
    });
  });
}

/**
 * An over-long list is refused before any of its entries is read (attack 3, H7, HIGH): `albums(ids:)`
 * with 100,000 ids held the event loop for 21 s, each entry checked, keyed and looked up in the catalog
 * cache (withChildLoads, then each id's refusal built) before the field's "At most 100" check. The
 * observable: the catalog cache is asked nothing for a list over its maximum, though all but one of its
 * ids are in it (the old code asked it once per id, 101 times; checked with the old code).
 */
describe('an over-long list is not read entry by entry', () => {
  let lookups = 0;
  const memory = new MemoryCatalogCache();
  const counted: CatalogCache = {
    get: (key) => {
      lookups += 1;
      return memory.get(key);
    },
    getStale: (key) => {
      lookups += 1;
      return memory.getStale(key);
    },
    set: (key, value) => memory.set(key, value),
    delete: (key) => memory.delete(key),
    clear: () => memory.clear(),
  };
  const t = useTestServer({ mode: 'extended', cache: counted });

  /** A root list field's document (its answer is not read: only its errors), and its emulator table. */
  const cases: [
    string,
    GraphQLDocument<unknown, { ids: string[] }>,
    'albums' | 'artists' | 'tracks' | 'episodes',
  ][] = [
    ['albums', ALBUMS, 'albums'],
    ['artists', ARTISTS, 'artists'],
    ['tracks', TRACKS, 'tracks'],
    // A guard: episodes read no cache before the check, so the old code passes this one too.
    ['episodes', EPISODES, 'episodes'],
  ];
  it.each(cases)(
    '%s(ids:) with 100 cached ids and one more: one refusal, no cache lookup',
    async (_field, document, table) => {
      const known = [...t.emu.state.catalog[table].keys()].slice(0, 101);
      const warm = await t.query(document, { ids: known.slice(0, 100) });
      expect(warm.errors).toBeUndefined();
      lookups = 0;
      const answer = await t.query(document, { ids: known });
      expect(answer.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
        ['At most 100 ids per field, got 101', 'BAD_USER_INPUT'],
      ]);
      expect(lookups).toBe(0);
    },
  );
});
