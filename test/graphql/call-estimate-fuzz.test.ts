import { describe, expect, it } from 'vitest';
import { createRandom as seeded } from '../../src/emulator/ids.js';
import { graphql } from '../generated/index.js';
import { totalCalls, useCostProbe } from '../helpers/cost-probe.js';
import type { GraphQLDocument } from '../helpers/documents.js';

/**
 * The cost estimate fuzzed against what Spotify is really asked (issue 11): a seeded, bounded,
 * deterministic run of query shapes (catalog objects by id with nested lists, batches by ids, sibling
 * windows of one list, lists nested in lists, multi-type search, the signed-in user's library with
 * windows; and the loads the run makes once, which the estimate counts once: aliases and fragments
 * repeating a field, ids repeated in a list, one object by several by-id fields), each shape's variables drawn from a fixed seed, in both app modes. Each case's estimate
 * (stated by a server whose limit is 1) must be at least the calls the emulator's request log shows
 * for the same document on a server with the default limit: an under-count would let a query pass
 * the limit and be cut by the hard bound (MAX_QUERY_COST). Shapes vary through `@include` and the
 * variables, so every document stays a typed `graphql()` document.
 *
 * Over-counts are reported, not failed: an estimate above SLACK x calls + 1 is printed with its shape,
 * the figures to tighten the estimate by (never below the calls).
 */

/** The over-count the estimate may have without being reported: lengths it assumes are guesses. */
const SLACK = 2;
/** Cases per template and mode: bounded, so the file's run stays short. */
const CASES = 4;
const SEED = 20261202;

const ALBUM_NESTED = graphql(`
  query FuzzAlbumNested($id: ID!, $n: Int!, $m: Int!, $artists: Boolean!, $deep: Boolean!) {
    album(id: $id) {
      name
      tracks(first: $n) {
        nodes { name artists @include(if: $artists) { name albums(first: $m) @include(if: $deep) { nodes { name } } } }
      }
    }
  }
`);
const BATCHES = graphql(`
  query FuzzBatches($albums: [ID!]!, $artists: [ID!]!, $tracks: [ID!]!, $withAlbum: Boolean!) {
    albums(ids: $albums) { name }
    artists(ids: $artists) { name }
    tracks(ids: $tracks) { name album @include(if: $withAlbum) { name label } }
  }
`);
const SIBLING_WINDOWS = graphql(`
  query FuzzSiblingWindows(
    $id: ID!, $f0: Int!, $o0: Int!, $f1: Int!, $o1: Int!, $f2: Int!, $o2: Int!, $third: Boolean!
  ) {
    artist(id: $id) {
      name
      w0: albums(first: $f0, offset: $o0) { totalCount nodes { id } }
      w1: albums(first: $f1, offset: $o1) { nodes { id } }
      w2: albums(first: $f2, offset: $o2) @include(if: $third) { nodes { id } }
    }
  }
`);
const NESTED_WINDOWS = graphql(`
  query FuzzNestedWindows($ids: [ID!]!, $f: Int!, $t0: Int!, $t1: Int!, $o1: Int!, $second: Boolean!) {
    artists(ids: $ids) {
      albums(first: $f) {
        nodes {
          t0: tracks(first: $t0) { nodes { name } }
          t1: tracks(first: $t1, offset: $o1) @include(if: $second) { nodes { name } }
        }
      }
    }
  }
`);
const SEARCH = graphql(`
  query FuzzSearch($q: String!, $types: [SearchType!]!, $n: Int!, $o: Int!) {
    search(query: $q, types: $types, first: $n, offset: $o) {
      albums { totalCount nodes { name } }
      artists { nodes { name } }
      tracks { nodes { name } }
      playlists { nodes { name } }
      shows { nodes { name } }
    }
  }
`);
const LIBRARY = graphql(`
  query FuzzLibrary(
    $n0: Int!, $o0: Int!, $n1: Int!, $o1: Int!, $second: Boolean!, $p: Int!, $albums: Boolean!
  ) {
    me {
      displayName
      s0: savedTracks(first: $n0, offset: $o0) { totalCount nodes { name } }
      s1: savedTracks(first: $n1, offset: $o1) @include(if: $second) { nodes { name } }
      playlists(first: $p) { nodes { name } }
      savedAlbums(first: $n0) @include(if: $albums) { nodes { name } }
    }
  }
`);

const ALIASES = graphql(`
  query FuzzAliases(
    $id: ID!, $other: ID!, $uri: ID!, $f: Int!, $g: Int!, $name: Boolean!, $second: Boolean!, $node: Boolean!
  ) {
    a0: artist(id: $id) { albums(first: $f) { nodes { name } } }
    a1: artist(id: $id) { ...FuzzArtistAlbums }
    a2: artist(id: $id) { name @include(if: $name) albums(first: $g) { totalCount } }
    a3: artist(id: $other) @include(if: $second) { ...FuzzArtistAlbums }
    a4: node(id: $uri) @include(if: $node) { id ...FuzzArtistAlbums }
  }
  fragment FuzzArtistAlbums on Artist { albums(first: $f) { nodes { name } } }
`);
const REPEATED_IDS = graphql(`
  query FuzzRepeatedIds($albums: [ID!]!, $again: [ID!]!, $tracks: [ID!]!, $withAlbum: Boolean!) {
    albums(ids: $albums) { name }
    again: albums(ids: $again) { id name }
    tracks(ids: $tracks) { name album @include(if: $withAlbum) { name label } }
  }
`);
const MIXED_BY_ID = graphql(`
  query FuzzMixedById(
    $album: ID!, $albums: [ID!]!, $uri: ID!, $uris: [ID!]!, $playlist: ID!, $withPlaylist: Boolean!
  ) {
    album(id: $album) { name }
    albums(ids: $albums) { name }
    node(id: $uri) { id ... on Album { name } ... on Track { name } ... on Playlist { name } }
    nodes(ids: $uris) { id ... on Album { name } ... on Artist { name } ... on Track { name } ... on Playlist { name } }
    playlist(id: $playlist) @include(if: $withPlaylist) { name }
  }
`);

interface Draw {
  int(min: number, max: number): number;
  bool(): boolean;
  pick<T>(items: readonly T[]): T;
  some<T>(items: readonly T[], min: number, max: number): T[];
}

function drawer(random: () => number): Draw {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return {
    int,
    bool: () => random() < 0.5,
    pick: (items) => items[int(0, items.length - 1)]!,
    some: (items, min, max) => Array.from({ length: int(min, max) }, () => items[int(0, items.length - 1)]!),
  };
}

interface Case {
  shape: string;
  document: GraphQLDocument<unknown, Record<string, unknown>>;
  variables: Record<string, unknown>;
}

const SEARCH_TYPES = ['ALBUM', 'ARTIST', 'TRACK', 'PLAYLIST', 'SHOW'] as const;

for (const mode of ['extended', 'development'] as const) {
  describe(`the estimate bounds the calls of fuzzed query shapes (${mode})`, () => {
    const costs = useCostProbe(mode);
    const { t, alice } = costs;

    /**
     * The estimate the limit-1 probe states when it refuses `document`; 1 when it admits it (an
     * estimate of at most 1, the only ones it admits).
     */
    async function estimateOf(document: Case['document'], variables: Case['variables']): Promise<number> {
      const answer = await costs.probe.query(document, variables, { token: alice() });
      const refusal = answer.errors?.find((error) => error.extensions?.code === 'QUERY_TOO_COMPLEX');
      return refusal === undefined ? 1 : (refusal.extensions?.complexity as number);
    }

    /** The calls `document` makes on the default-limit server, and its errors' codes. */
    async function callsOf(document: Case['document'], variables: Case['variables']) {
      await t.clearLog();
      const answer = await t.query(document, variables, { token: alice() });
      const codes = [...new Set(answer.errors?.map((error) => error.extensions?.code))];
      return { calls: totalCalls(await t.calls()), codes };
    }

    /** The cases of one template, drawn from `draw`. */
    function cases(draw: Draw): Case[] {
      const catalog = t.emu.state.catalog;
      const albums = [...catalog.albums.keys()];
      const artists = [...catalog.artists.keys()];
      const tracks = [...catalog.tracks.keys()];
      const words = [...catalog.albums.values()].map((album) => album.name.split(' ')[0]!.toLowerCase());
      // Small pools, so that the dedup shapes draw the same ids again; their own stream, so that the
      // other shapes' cases are those drawn before they were added.
      const dedup = drawer(seeded(SEED + 1));
      const fewAlbums = albums.slice(0, 4);
      const fewTracks = tracks.slice(0, 4);
      const withAlbums = [...catalog.artists.values()].filter((a) => a.albumIds.length > 0).map((a) => a.id);
      const fewPlaylists = [...catalog.playlists.keys()].slice(0, 3);
      const uris = [
        ...fewAlbums.map((id) => `spotify:album:${id}`),
        ...fewTracks.map((id) => `spotify:track:${id}`),
        ...artists.slice(0, 3).map((id) => `spotify:artist:${id}`),
        ...fewPlaylists.map((id) => `spotify:playlist:${id}`),
      ];
      const made: Case[] = [];
      const add = <R, V extends Record<string, unknown>>(
        shape: string,
        document: GraphQLDocument<R, V>,
        variables: V,
      ) => made.push({ shape, document: document as never, variables });
      for (let i = 0; i < CASES; i += 1) {
        add('album nested', ALBUM_NESTED, {
          id: draw.pick(albums),
          n: draw.int(1, 50),
          m: draw.int(1, 10),
          artists: draw.bool(),
          deep: draw.bool(),
        });
        add('batches', BATCHES, {
          albums: draw.some(albums, 1, 45),
          artists: draw.some(artists, 1, 60),
          tracks: draw.some(tracks, 0, 60),
          withAlbum: draw.bool(),
        });
        add('sibling windows', SIBLING_WINDOWS, {
          id: draw.pick(artists),
          f0: draw.int(1, 60),
          o0: draw.int(0, 40),
          f1: draw.int(1, 60),
          o1: draw.int(0, 60),
          f2: draw.int(1, 30),
          o2: draw.int(0, 80),
          third: draw.bool(),
        });
        add('nested windows', NESTED_WINDOWS, {
          ids: draw.some(artists, 1, 3),
          f: draw.int(1, 4),
          t0: draw.int(1, 20),
          t1: draw.int(1, 20),
          o1: draw.int(0, 30),
          second: draw.bool(),
        });
        add('search', SEARCH, {
          q: draw.pick(words),
          types: [...new Set(draw.some(SEARCH_TYPES, 1, 5))],
          n: draw.int(1, 60),
          o: draw.int(0, 40),
        });
        add('library', LIBRARY, {
          n0: draw.int(1, 60),
          o0: draw.int(0, 30),
          n1: draw.int(1, 40),
          o1: draw.int(0, 60),
          second: draw.bool(),
          p: draw.int(1, 30),
          albums: draw.bool(),
        });
        const id = dedup.pick(withAlbums);
        add('aliases', ALIASES, {
          id,
          other: dedup.pick(withAlbums),
          uri: `spotify:artist:${dedup.bool() ? id : dedup.pick(withAlbums)}`,
          f: dedup.int(1, 30),
          g: dedup.int(1, 30),
          name: dedup.bool(),
          second: dedup.bool(),
          node: dedup.bool(),
        });
        add('repeated ids', REPEATED_IDS, {
          albums: dedup.some(fewAlbums, 1, 30),
          again: dedup.some(fewAlbums, 0, 5),
          tracks: dedup.some(fewTracks, 0, 45),
          withAlbum: dedup.bool(),
        });
        const album = dedup.pick(fewAlbums);
        add('mixed by id', MIXED_BY_ID, {
          album,
          albums: [...dedup.some(fewAlbums, 0, 4), dedup.bool() ? `spotify:album:${album}` : album],
          uri: dedup.pick(uris),
          uris: dedup.some(uris, 1, 10),
          playlist: dedup.pick(fewPlaylists),
          withPlaylist: dedup.bool(),
        });
      }
      return made;
    }

    it(`${9 * CASES} seeded cases: estimate >= calls made; over-counts past ${SLACK}x + 1 reported`, async () => {
      const over: string[] = [];
      for (const { shape, document, variables } of cases(drawer(seeded(SEED)))) {
        const estimate = await estimateOf(document, variables);
        const { calls, codes } = await callsOf(document, variables);
        // Read as one object so that a failure names the case; no field cut by the hard bound either.
        expect({ shape, variables, calls, estimate: Math.max(estimate, calls), codes }).toEqual({
          shape,
          variables,
          calls,
          estimate,
          codes: codes.filter((code) => code !== 'CALL_LIMIT_EXCEEDED'),
        });
        if (estimate > SLACK * calls + 1)
          over.push(`${shape}: estimate ${estimate}, calls ${calls}, ${JSON.stringify(variables)}`);
      }
      if (over.length > 0) console.info(`over-counts (${mode}):\n${over.join('\n')}`);
    }, 240_000);
  });
}
