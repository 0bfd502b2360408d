/**
 * Catalog text that is not ASCII (v14 attack on issue 7, F7): the seeded catalog holds accented,
 * combining, CJK, right-to-left and emoji names (src/emulator/catalog-unicode.ts); searched for through
 * GraphQL, they come back byte for byte, also on the next page read through a cursor; the emulator
 * matches them as Spotify does, folding case and diacritics.
 */
import { describe, expect, it } from 'vitest';
import { UNICODE_NAMES } from '../../src/emulator/catalog-unicode.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const SEARCH = graphql(`query UnicodeSearch($q: String!) {
  search(query: $q, types: [ARTIST, ALBUM, TRACK, SHOW], first: 1) {
    artists { edges { cursor node { name } } }
    albums { nodes { name } }
    tracks { nodes { name } }
    shows { nodes { name } }
  }
}`);
const ARTISTS_AFTER = graphql(`query UnicodeSearchAfter($q: String!, $after: String!) {
  search(query: $q, types: [ARTIST], first: 1, after: $after) { artists { nodes { name } } }
}`);
const PLAYLIST = graphql(`query UnicodePlaylist($id: ID!) { playlist(id: $id) { name } }`);

describe('non-ASCII catalog names', () => {
  const t = useTestServer();

  it.each([
    ['artists', UNICODE_NAMES.artists],
    ['albums', UNICODE_NAMES.albums],
    ['tracks', UNICODE_NAMES.tracks],
    ['shows', UNICODE_NAMES.shows],
  ] as const)('are found by search and read back byte for byte (%s)', async (type, names) => {
    for (const name of names) {
      const answer = await t.query(SEARCH, { q: name });
      expect(answer.errors).toBeUndefined();
      const section = answer.data!.search![type]!;
      const found =
        'edges' in section ? section.edges.map((e) => e?.node?.name) : section.nodes.map((n) => n?.name);
      expect(found[0], name).toBe(name);
      expect(Buffer.from(found[0]!)).toEqual(Buffer.from(name));
    }
  });

  it('reads on through a cursor after a non-ASCII query', async () => {
    const first = await t.query(SEARCH, { q: 'Björk' });
    expect(first.data?.search?.artists?.edges[0]?.node?.name).toBe(UNICODE_NAMES.artists[0]);
    const cursor = first.data!.search!.artists!.edges[0]!.cursor;
    const after = await t.query(ARTISTS_AFTER, { q: 'Björk', after: cursor });
    expect(after.errors).toBeUndefined();
    expect(after.data?.search?.artists?.nodes).toEqual([]);
  });

  it.each([
    // "Beyonce" + U+0301 is the name: found by the bare letters, the precomposed form, any case.
    ['artists', 'beyonce', UNICODE_NAMES.artists[1]],
    ['artists', 'BEYONCÉ', UNICODE_NAMES.artists[1]],
    ['artists', 'bjork gudmundsdottir', UNICODE_NAMES.artists[0]],
    ['artists', 'Bjo\u0308rk', UNICODE_NAMES.artists[0]],
    ['albums', 'homogenic', UNICODE_NAMES.albums[0]],
    ['tracks', 'JOGA', UNICODE_NAMES.tracks[0]],
    ['tracks', 'ставка', UNICODE_NAMES.tracks[1]],
    ['shows', 'ελληνικα', UNICODE_NAMES.shows[0]],
  ] as const)('%s: search folds case and diacritics as Spotify does ("%s")', async (type, q, name) => {
    // Old emulator: "beyonce", "bjork" and "homogenic" found nothing (lower-casing only).
    const answer = await t.query(SEARCH, { q });
    expect(answer.errors).toBeUndefined();
    const section = answer.data!.search![type]!;
    const found =
      'edges' in section ? section.edges.map((e) => e?.node?.name) : section.nodes.map((n) => n?.name);
    // Read back as stored: folding is for matching only.
    expect(found[0], q).toBe(name);
  });

  it('names a playlist in another script', async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].at(-1)!;
    const answer = await t.query(PLAYLIST, { id: playlist.id });
    expect(answer.data?.playlist?.name).toBe(UNICODE_NAMES.playlists[0]);
  });
});
