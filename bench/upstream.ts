import {
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Catalog } from '../src/emulator/catalog.js';
import { type RunningEmulator, startEmulator } from '../src/emulator/index.js';
import { noCatalogCache } from '../src/resolvers/catalog-cache.js';
import { createServer } from '../src/server/app.js';
import { configFromEnv } from '../src/server/config.js';
import { estimateOf } from './estimate.js';
import { clearUpstreamCalls, emulatorToken, jsonRequest, totalOf, upstreamCalls } from './http.js';

type Mode = 'extended' | 'development';

export interface ShapeFigures {
  shape: string;
  mode: Mode;
  /** Spotify calls the server made (the token endpoint left out). */
  calls: number;
  byRoute: Record<string, number>;
  /** One call per object in the answer (each occurrence) plus one per list page: a resolver without batching. */
  naive: number;
  /** Distinct objects in the answer. */
  distinctObjects: number;
  /**
   * The physical minimum (DESIGN.md, Targets): Extended mode one call per type and level per batch
   * limit, Development mode one call per distinct id, nothing for an object already fetched.
   */
  minimum: number;
  /** Whether the calls equal the minimum (neither above nor below it) and only expected refusals came. */
  atMinimum: boolean;
  /** The server's cost estimate of the shape's calls (MAX_QUERY_COST reads it): never below `calls`. */
  estimate: number;
  /** Whether the estimate is meant to equal the calls for this shape (Shape.exactEstimate). */
  exactEstimate: boolean;
  /** calls / naive: lower is better. */
  ratio: number;
  errors?: string[];
}

export interface UpstreamFigures {
  shapes: ShapeFigures[];
  /** Shapes left out because the schema lacks a field they use (another part of the schema not there yet). */
  skipped: { shape: string; missing: string }[];
}

/** Distinct ids of a type at a depth of the answer (counted in Node objects: a root field's are at 0). */
type IdsAt = (type: string, depth: number) => Set<string>;

interface Shape {
  name: string;
  query: string;
  minimum: (ids: IdsAt, mode: Mode) => number;
  /** Run with this seeded user's token (default: none, so the app's client-credentials token). */
  user?: string;
  /** The modes the shape makes sense in (default both). */
  modes?: Mode[];
  /**
   * Sent this many times at once (anonymous, identical, on a cold server) under a latency on every
   * Spotify route, so that the requests overlap: the calls of all of them are counted.
   */
  concurrent?: number;
  /**
   * The modes in which the answer's errors are Development Mode's own refusals of fields
   * (NOT_AVAILABLE_IN_DEVELOPMENT_MODE, answered without a call): still at the minimum.
   */
  refusedIn?: Mode[];
  /**
   * The modes in which the cost estimate must equal the calls (default none: an upper bound only, as
   * where it assumes 2 artists per track or cannot know which ids repeat).
   */
  exactEstimate?: Mode[];
  /**
   * Makes the query from what the server answers first (a connection cursor it hands out), with the
   * shape's headers; those calls are not counted. Without it, `query` is sent as it is.
   */
  prepare?: (ask: (query: string) => Promise<ShapeAnswer>) => Promise<string>;
}

/** Latency on every Spotify route while a concurrent shape runs: the requests' loads all start within it. */
const CONCURRENT_LATENCY_MS = 500;

/** Calls to fetch `count` objects: batches of `max` in Extended mode, one each in Development mode. */
const fetches = (count: number, max: number, mode: Mode): number =>
  mode === 'extended' ? Math.ceil(count / max) : count;

const without = (set: Set<string>, drop: Set<string>): number =>
  [...set].filter((id) => !drop.has(id)).length;

const quoted = (ids: readonly string[]): string => `[${ids.map((id) => `"${id}"`).join(', ')}]`;

function every<T>(values: Iterable<T>, step: number, count: number): T[] {
  const picked: T[] = [];
  let i = 0;
  for (const value of values) {
    if (i++ % step === 0) picked.push(value);
    if (picked.length === count) break;
  }
  return picked;
}

/** The album whose tracks name the most artist entries per distinct artist (repeated list pages), if any. */
function albumWithRepeatedArtists(catalog: Catalog): string | undefined {
  let best: { id: string; ratio: number } | undefined;
  for (const album of [...catalog.albums.values()].slice(0, 60)) {
    const entries = album.trackIds.flatMap((id) => catalog.tracks.get(id)?.artistIds ?? []);
    const ratio = entries.length / Math.max(1, new Set(entries).size);
    if (ratio > 1 && (best === undefined || ratio > best.ratio)) best = { id: album.id, ratio };
  }
  return best?.id;
}

/** The query shapes, with ids from the emulator's catalog spread so that objects differ. */
function shapes(catalog: Catalog, users: readonly string[]): Shape[] {
  const artists = [...catalog.artists.values()].sort((a, b) => b.albumIds.length - a.albumIds.length);
  const prolific = artists[0];
  if (!prolific) throw new Error('the emulator has no artists');
  // Fields that need the full object select ones it has in both modes (an album's copyrights, an
  // artist's images): Development Mode objects lack label, popularity and followers (Spotify's
  // February 2026 changes), which the server then answers null without a read.
  const list: Shape[] = [
    {
      name: '20 albums with their artists (full artist fields)',
      exactEstimate: ['extended'],
      query: `{ albums(ids: ${quoted(every(catalog.albums.keys(), 5, 20))}) {
        name artists { name popularity genres } } }`,
      minimum: (ids, mode) => fetches(20, 20, mode) + fetches(ids('Artist', 1).size, 50, mode),
    },
    {
      name: "an artist's 5 albums' tracks' artists",
      query: `{ artist(id: "${prolific.id}") { name albums(first: 5) { nodes { name
        tracks(first: 10) { nodes { name artists { name images { url } } } } } } } }`,
      // The artist, its albums page, the full albums (their first 50 tracks included), the other artists.
      minimum: (ids, mode) =>
        1 +
        1 +
        fetches(ids('Album', 1).size, 20, mode) +
        fetches(without(ids('Artist', 3), ids('Artist', 0)), 50, mode),
    },
    {
      name: '60 tracks with album and artists',
      query: `{ tracks(ids: ${quoted(every(catalog.tracks.keys(), 7, 60))}) {
        name popularity album { name copyrights { text } } artists { name images { url } } } }`,
      minimum: (ids, mode) =>
        fetches(60, 50, mode) +
        fetches(ids('Album', 1).size, 20, mode) +
        fetches(ids('Artist', 1).size, 50, mode),
    },
    {
      name: "10 artists' 5 albums each, with copyrights",
      exactEstimate: ['extended'],
      query: `{ artists(ids: ${quoted(every(catalog.artists.keys(), 3, 10))}) {
        name albums(first: 5) { nodes { name copyrights { text } } } } }`,
      // The artists, one albums page per artist (there is no batch for these), the full albums.
      minimum: (ids, mode) => fetches(10, 50, mode) + 10 + fetches(ids('Album', 1).size, 20, mode),
    },
  ];
  const repeated = albumWithRepeatedArtists(catalog);
  if (repeated) {
    list.push({
      name: "an album's tracks' artists' albums (first 3): one page per artist, however many tracks name it",
      query: `{ album(id: "${repeated}") { tracks(first: 50) { nodes { artists {
        albums(first: 3) { nodes { name } } } } } } }`,
      // The album (its first 50 tracks included), then one albums page per distinct artist: an artist
      // needs only its id for its albums, and a page asked under many tracks is one call.
      minimum: (ids) => 1 + ids('Artist', 2).size,
    });
  }
  const [, second, third, fourth] = artists;
  if (second && third && fourth) {
    list.push(
      {
        name: "an artist's albums page beside a page inside it (first 3; 2 from offset 1)",
        query: `{ artist(id: "${second.id}") { a: albums(first: 3) { nodes { name } }
          d: albums(first: 2, offset: 1) { nodes { name } } } }`,
        // One page covers the other; nothing of the artist but its albums: no artist call.
        minimum: () => 1,
      },
      {
        name: '10 identical cold requests at once: an artist, its albums, top tracks and related artists',
        exactEstimate: ['extended'],
        query: `{ artist(id: "${third.id}") { name followerCount albums(first: 5) { nodes { name } }
          topTracks { name } relatedArtists { name } } }`,
        minimum: () => 4,
        modes: ['extended'],
        concurrent: 10,
      },
      {
        name: "10 identical cold requests at once: an artist's albums",
        exactEstimate: ['extended', 'development'],
        query: `{ artist(id: "${fourth.id}") { albums(first: 5) { nodes { name } } } }`,
        minimum: () => 1,
        concurrent: 10,
      },
    );
  }
  list.push(
    ...idOnlyShapes(catalog, artists),
    ...pastEmbeddedShapes(catalog),
    ...userReadShapes(catalog),
    {
      name: 'a search for albums and artists beside one for artists (same query and window)',
      query: `{ both: search(query: "a", types: [ALBUM, ARTIST], first: 3) { albums { nodes { name } } }
      one: search(query: "a", types: [ARTIST], first: 3) { artists { nodes { name } } } }`,
      // The wider search's answer holds the narrower one's artists page.
      minimum: () => 1,
    },
    {
      name: 'searches of one query for albums, for artists, and for tracks and albums (same window)',
      query: `{ a: search(query: "o", types: [ALBUM], first: 3) { albums { nodes { name } } }
      b: search(query: "o", types: [ARTIST], first: 5) { artists { nodes { name } } }
      c: search(query: "o", types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } } }`,
      // One call for every type asked (type=album,artist,track), each search cut from it.
      minimum: () => 1,
    },
  );
  const shows = every(catalog.shows.keys(), 3, 10);
  if (shows.length > 0) {
    list.push({
      name: "10 shows' 5 episodes each, with their show",
      exactEstimate: ['extended', 'development'],
      query: `{ shows(ids: ${quoted(shows)}) { name episodes(first: 5) { nodes { name show { name publisher } } } } }`,
      // A single show comes with its first episodes; several shows come without: one call per show.
      minimum: () => shows.length,
    });
  }
  const playlistsShape = (ids: readonly string[]): string =>
    `{ ${ids
      .map(
        (id, i) => `p${i}: playlist(id: "${id}") { name items(first: 20) { nodes {
          ... on Track { name artists { name images { url } } } } } }`,
      )
      .join(' ')} }`;
  // A playlist comes with its first 100 items; then the tracks' artists.
  const playlistsMinimum = (count: number) => (ids: IdsAt, mode: Mode) =>
    count + fetches(ids('Artist', 2).size, 50, mode);
  const editorial = catalog.featuredPlaylistIds.slice(0, 4);
  if (editorial.length > 0) {
    list.push({
      name: "4 editorial playlists' 20 items' artists",
      query: playlistsShape(editorial),
      minimum: playlistsMinimum(editorial.length),
      // Development Mode apps may only read the items of their user's own and collaborative playlists.
      modes: ['extended'],
    });
  }
  const [owner] = users;
  const own = owner ? [...catalog.playlists.values()].filter((p) => p.ownerId === owner).slice(0, 4) : [];
  if (owner && own.length > 0) {
    list.push({
      name: `${own.length} of a user's own playlists' 20 items' artists (user token)`,
      query: playlistsShape(own.map((p) => p.id)),
      minimum: playlistsMinimum(own.length),
      user: owner,
    });
  }
  return list;
}

/**
 * Roots by id whose selection needs only the ids (`node`, `nodes`, `artists`, `albums`, `tracks`): the
 * children's calls alone, no call for the parents (nor, in Development Mode, for a refused child).
 */
function idOnlyShapes(catalog: Catalog, artists: readonly { id: string }[]): Shape[] {
  const some = artists.slice(10, 15).map((artist) => artist.id);
  const albums = every(catalog.albums.keys(), 11, 4);
  const tracks = every(catalog.tracks.keys(), 13, 10);
  const show = [...catalog.shows.keys()][1];
  const [artist] = some;
  if (!artist || albums.length < 4 || tracks.length < 10 || show === undefined) return [];
  const dev = (mode: Mode, extended: number, development: number) =>
    mode === 'extended' ? extended : development;
  return [
    {
      name: 'node(id:) of an artist: its albums page and top tracks only',
      exactEstimate: ['extended'],
      query: `{ node(id: "spotify:artist:${artist}") { ... on Artist { albums(first: 3) { nodes { name } } topTracks { name } } } }`,
      minimum: (_ids, mode) => dev(mode, 2, 1),
      refusedIn: ['development'],
    },
    {
      name: 'nodes of an artist, an album and a show: albums page, tracks and episodes in another market only',
      query: `{ nodes(ids: ${quoted([`spotify:artist:${artist}`, `spotify:album:${albums[0]}`, `spotify:show:${show}`])}) {
        ... on Artist { albums(first: 2) { nodes { name } } }
        ... on Album { tracks(first: 2, market: "SE") { nodes { name } } }
        ... on Show { episodes(first: 2, market: "SE") { nodes { name } } } } }`,
      minimum: () => 3,
    },
    {
      name: "5 artists' albums pages (nothing else of the artists)",
      exactEstimate: ['extended', 'development'],
      query: `{ artists(ids: ${quoted(some)}) { albums(first: 2) { nodes { name } } } }`,
      minimum: () => some.length,
    },
    {
      name: "5 artists' top tracks (nothing else of the artists)",
      exactEstimate: ['extended', 'development'],
      query: `{ artists(ids: ${quoted(some)}) { topTracks { name } } }`,
      // Development Mode refuses every topTracks without a call: the artists are read instead, so that an
      // unknown id answers null (v13 re-attack, X1'), one call per id.
      minimum: (_ids, mode) => dev(mode, some.length, some.length),
      refusedIn: ['development'],
    },
    {
      name: "4 albums' tracks in another market (nothing else of the albums)",
      exactEstimate: ['development'],
      query: `{ albums(ids: ${quoted(albums)}) { tracks(first: 2, market: "SE") { nodes { name } } } }`,
      minimum: (_ids, mode) => fetches(albums.length, 20, mode),
    },
    {
      name: "10 tracks' audio features (nothing else of the tracks)",
      exactEstimate: ['extended', 'development'],
      query: `{ tracks(ids: ${quoted(tracks)}) { audioFeatures { tempo } } }`,
      // Development Mode: the tracks are read instead of the refused features (X1'), one call per id.
      minimum: (_ids, mode) => dev(mode, 1, tracks.length),
      refusedIn: ['development'],
    },
  ];
}

/**
 * The user's checks and player reads (user token), through the request's loads: one entry per URI
 * however many fields ask it, the URIs of one route in one call, each player read once per request, and
 * `state` and `currentlyPlaying` one `GET /me/player` wherever the query selects them (issue 11, v13
 * attack B1, B6, B8; v14 attack11 F2).
 */
function userReadShapes(catalog: Catalog): Shape[] {
  const [t1, t2, t3] = every(catalog.tracks.keys(), 17, 3);
  const [a1, a2] = every(catalog.artists.keys(), 19, 2);
  const playlist = [...catalog.playlists.keys()][0];
  if (!t1 || !t2 || !t3 || !a1 || !a2 || playlist === undefined) return [];
  return [
    {
      name: "the user's checks in aliases under two me: one call per route (user token)",
      query: `{ a: me { x: libraryContains(uris: ["spotify:track:${t1}"]) y: libraryContains(uris: ["spotify:track:${t2}", "spotify:track:${t3}"]) followsArtists(ids: ["${a1}"]) }
        b: me { libraryContains(uris: ["spotify:track:${t1}"]) followsArtists(ids: ["${a1}", "${a2}"]) followsUsers(ids: ["bob"]) followsPlaylist(id: "${playlist}") } }`,
      // Extended: saved tracks, followed artists, followed users, the playlist (no GET /me); Development
      // Mode: every kind in one /me/library/contains.
      minimum: (_ids, mode) => (mode === 'extended' ? 4 : 1),
      user: 'alice',
    },
    {
      name: 'the player under two me: state beside currentlyPlaying, devices and queue (user token)',
      query: `{ a: me { player { state { isPlaying } currentlyPlaying { isPlaying } devices { name } } }
        b: me { player { devices { id } queue { items { __typename } } } } }`,
      minimum: () => 3,
      user: 'alice',
    },
    {
      name: 'state and currentlyPlaying in two me aliases: one GET /me/player (user token)',
      query: `{ a: me { player { state { isPlaying } } } b: me { displayName player { currentlyPlaying { isPlaying } } } }`,
      // The profile and the player state, which answers currentlyPlaying too (v14 attack11, F2).
      minimum: () => 2,
      user: 'alice',
    },
  ];
}

const biggest = <T>(values: Iterable<T>, size: (value: T) => number): T | undefined =>
  [...values].sort((a, b) => size(b) - size(a))[0];

/**
 * Windows past the page a parent embeds (an album's 50 tracks, a show's 50 episodes, an audiobook's 50
 * chapters, a playlist's 100 items to an Extended app, 50 to a Development Mode app): their pages alone,
 * no call for the parent (issue 11, v12 attack A4).
 */
function pastEmbeddedShapes(catalog: Catalog): Shape[] {
  const album = biggest(catalog.albums.values(), (a) => a.trackIds.length);
  const show = biggest(catalog.shows.values(), (s) => s.episodeIds.length);
  const book = biggest(catalog.audiobooks.values(), (b) => b.chapterIds.length);
  const playlist = biggest(catalog.playlists.values(), (p) => p.items.length);
  const list: Shape[] = [];
  if (album && album.trackIds.length > 100) {
    list.push({
      name: "an album's tracks 50 to 120 (past its embedded page)",
      exactEstimate: ['extended', 'development'],
      query: `{ album(id: "${album.id}") { tracks(offset: 50, first: 70) { nodes { name } } } }`,
      minimum: () => 2,
    });
  }
  if (show && show.episodeIds.length > 50) {
    list.push({
      name: "a show's episodes from 50 (past its embedded page)",
      exactEstimate: ['extended', 'development'],
      query: `{ show(id: "${show.id}") { episodes(offset: 50, first: 10) { nodes { name } } } }`,
      minimum: () => 1,
    });
  }
  if (book && book.chapterIds.length > 50) {
    list.push({
      name: "an audiobook's chapters from 50 (past its embedded page)",
      exactEstimate: ['extended', 'development'],
      query: `{ audiobook(id: "${book.id}") { chapters(offset: 50, first: 10) { nodes { name } } } }`,
      minimum: () => 1,
    });
  }
  list.push(...siblingWindowShapes(catalog));
  list.push({
    name: 'followedArtists and recentlyPlayed, each at first 3 beside a larger first (user token)',
    query: `{ me { a: followedArtists(first: 3) { nodes { name } } b: followedArtists(first: 5) { nodes { name } }
      c: recentlyPlayed(first: 3) { nodes { playedAt } } d: recentlyPlayed(first: 10) { nodes { playedAt } } } }`,
    minimum: () => 2,
    user: 'alice',
  });
  if (playlist && playlist.items.length > 170) {
    list.push({
      name: "a playlist's items 120 to 220 (past its embedded 100)",
      exactEstimate: ['extended'],
      query: `{ playlist(id: "${playlist.id}") { items(offset: 120, first: 100) { nodes { __typename } } } }`,
      // Pages of the route the calls go to: `/tracks` takes 100 for an Extended app, `/items` 50.
      minimum: (_ids, mode) =>
        Math.ceil(Math.min(100, playlist.items.length - 120) / (mode === 'extended' ? 100 : 50)),
      // Development Mode serves a playlist's items to its owner and collaborators only.
      modes: ['extended'],
    });
  }
  return list;
}

/** The `endCursor` of a connection at `path` in an answer's data (a shape's prepare step). */
function endCursorAt(answer: ShapeAnswer, path: readonly string[]): string {
  let value: unknown = answer.data;
  for (const key of path) value = (value as Record<string, unknown> | null | undefined)?.[key];
  const cursor = (value as { pageInfo?: { endCursor?: unknown } } | undefined)?.pageInfo?.endCursor;
  if (typeof cursor !== 'string') throw new Error(`no endCursor at ${path.join('.')}`);
  return cursor;
}

/**
 * Sibling windows of one list that neither covers: one call for their union where it fits a page
 * (issue 11, v13 attack B4), and cursor windows after a cursor inside a sibling's page, cut from it (B5).
 */
function siblingWindowShapes(catalog: Catalog): Shape[] {
  const artist = biggest(catalog.artists.values(), (a) => a.albumIds.length);
  const album = biggest(catalog.albums.values(), (a) => a.trackIds.length);
  const list: Shape[] = [];
  if (artist && artist.albumIds.length >= 6) {
    list.push({
      name: "an artist's albums (first 3) beside the next 3 (offset 3): one page of 6",
      query: `{ artist(id: "${artist.id}") { a: albums(first: 3) { nodes { name } }
        b: albums(offset: 3, first: 3) { nodes { name } } } }`,
      minimum: () => 1,
    });
  }
  if (album && album.trackIds.length >= 60) {
    list.push({
      name: "an album's tracks 50-54 beside 55-59 (past its embedded page): one page of 10",
      query: `{ album(id: "${album.id}") { a: tracks(offset: 50, first: 5) { nodes { name } }
        b: tracks(offset: 55, first: 5) { nodes { name } } } }`,
      minimum: () => 1,
    });
  }
  list.push({
    name: 'saved tracks 0-4 beside 3-7 and top artists 0-2 beside 3-5: one page of each (user token)',
    query: `{ me { a: savedTracks(first: 5) { nodes { name } } b: savedTracks(first: 5, offset: 3) { nodes { name } }
      c: topArtists(first: 3) { nodes { name } } d: topArtists(first: 3, offset: 3) { nodes { name } } } }`,
    minimum: () => 2,
    user: 'alice',
  });
  list.push({
    name: 'followedArtists and recentlyPlayed after a cursor inside a sibling first page (user token)',
    query: '',
    prepare: async (ask) => {
      const head = await ask(`{ me { followedArtists(first: 2) { pageInfo { endCursor } }
          recentlyPlayed(first: 2) { pageInfo { endCursor } } } }`);
      const followed = endCursorAt(head, ['me', 'followedArtists']);
      const played = endCursorAt(head, ['me', 'recentlyPlayed']);
      return `{ me { a: followedArtists(first: 5) { nodes { name } }
          b: followedArtists(first: 2, after: "${followed}") { nodes { name } }
          c: recentlyPlayed(first: 10) { nodes { playedAt } }
          d: recentlyPlayed(first: 3, after: "${played}") { nodes { playedAt } } } }`;
    },
    minimum: () => 2,
    user: 'alice',
  });
  return list;
}

/** Whether an answer's errors are all Development Mode's refusals, in a mode where the shape expects them. */
const onlyRefusals = (shape: Shape, mode: Mode, errors: ShapeAnswer['errors']): boolean =>
  errors === undefined ||
  (shape.refusedIn?.includes(mode) === true &&
    errors.every((error) => error.extensions?.code === 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE'));

/** Why the schema cannot run a shape yet (a field another part of the work has not added), if so. */
function unsupported(schema: GraphQLSchema, document: DocumentNode): string | undefined {
  return validate(schema, document)[0]?.message;
}

const field = (name: string): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } });

/** Adds `__typename` to every selection set, and `id` where the type is a Node, to count objects. */
function withTypenames(schema: GraphQLSchema, document: DocumentNode): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const node = schema.getType('Node');
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet(set) {
        const type = getNamedType(typeInfo.getType());
        const isNode =
          type !== undefined &&
          ((isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')) ||
            (isInterfaceType(type) && type === node));
        const extra = isNode ? [field('__typename'), field('id')] : [field('__typename')];
        return { ...set, selections: [...set.selections, ...extra] };
      },
    }),
  );
}

/** Objects in the answer: Node objects (each occurrence, distinct ids, ids by type and depth) and pages. */
function countObjects(schema: GraphQLSchema, data: unknown): { naive: number; distinct: number; ids: IdsAt } {
  const all = new Set<string>();
  const byLevel = new Map<string, Set<string>>();
  let naive = 0;
  const walk = (value: unknown, depth: number): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const typename = record.__typename;
    let below = depth;
    if (typeof typename === 'string') {
      const type = schema.getType(typename);
      if (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')) {
        naive += 1;
        below = depth + 1;
        if (typeof record.id === 'string') {
          all.add(record.id);
          const key = `${typename}@${depth}`;
          const level = byLevel.get(key) ?? new Set<string>();
          level.add(record.id);
          byLevel.set(key, level);
        }
      } else if (typename.endsWith('Connection')) {
        naive += 1;
      }
    }
    for (const child of Object.values(record)) walk(child, below);
  };
  walk(data, 0);
  return {
    naive,
    distinct: all.size,
    ids: (type, depth) => byLevel.get(`${type}@${depth}`) ?? new Set<string>(),
  };
}

type ShapeAnswer = { data?: unknown; errors?: { message: string; extensions?: { code?: unknown } }[] };

/**
 * Runs a shape's query: once, or `shape.concurrent` times at once under a latency on every Spotify
 * route (the answers must agree; the first is kept, with every request's errors).
 */
async function sendShape(
  emu: RunningEmulator,
  server: { yoga: { fetch: (url: string, init: RequestInit) => Promise<Response> | Response } },
  shape: Shape,
  headers: Record<string, string>,
  query: string,
): Promise<ShapeAnswer> {
  const send = async (): Promise<ShapeAnswer> => {
    const response = await server.yoga.fetch('http://bench.invalid/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as ShapeAnswer;
  };
  if (shape.concurrent === undefined) return send();
  const faults = `${emu.url}/__emulator/faults`;
  await jsonRequest(faults, { method: 'POST', body: { latencyMs: CONCURRENT_LATENCY_MS } });
  try {
    const answers = await Promise.all(Array.from({ length: shape.concurrent }, send));
    const errors = answers.flatMap((answer) => answer.errors ?? []);
    if (new Set(answers.map((answer) => JSON.stringify(answer.data))).size > 1)
      errors.push({ message: 'the concurrent answers differ' });
    return { data: answers[0]?.data, ...(errors.length > 0 ? { errors } : {}) };
  } finally {
    await jsonRequest(faults, { method: 'DELETE' });
  }
}

async function measureMode(emu: RunningEmulator, mode: Mode, figures: UpstreamFigures): Promise<void> {
  const app = [...emu.state.apps.values()].find((a) => a.mode === mode);
  if (!app) throw new Error(`the emulator has no ${mode} app`);
  const defaults = configFromEnv({});
  const server = await createServer({
    config: {
      ...defaults,
      // The concurrent shapes' requests all run at once (one client: the default lane is 8).
      limits: { ...defaults.limits, rateLimit: { requests: 1_000_000, windowSeconds: 60, concurrent: 64 } },
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      apiUrl: `${emu.url}/v1`,
      accountsUrl: emu.url,
      appMode: mode,
      port: 0,
      // Each request's info line would bury the suite's summary (as in the other suites).
      logLevel: 'warn',
    },
    cache: noCatalogCache,
    logging: false,
  });
  try {
    for (const shape of shapes(emu.state.catalog, [...emu.state.accounts.keys()])) {
      if (shape.modes && !shape.modes.includes(mode)) continue;
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
      };
      if (shape.user !== undefined) {
        headers.authorization = `Bearer ${await emulatorToken(emu.url, app.clientId, shape.user)}`;
      }
      const query = shape.prepare
        ? await shape.prepare((text) =>
            sendShape(emu, server, { name: shape.name, query: text, minimum: shape.minimum }, headers, text),
          )
        : shape.query;
      const document = parse(query);
      const missing = unsupported(server.schema, document);
      if (missing !== undefined) {
        if (mode === 'extended') figures.skipped.push({ shape: shape.name, missing });
        continue;
      }
      await clearUpstreamCalls(emu.url);
      const body = await sendShape(
        emu,
        server,
        shape,
        headers,
        print(withTypenames(server.schema, document)),
      );
      const byRoute = await upstreamCalls(emu.url);
      const calls = totalOf(byRoute);
      const { naive, distinct, ids } = countObjects(server.schema, body.data);
      const minimum = shape.minimum(ids, mode);
      const result: ShapeFigures = {
        shape: shape.name,
        mode,
        calls,
        byRoute,
        naive,
        distinctObjects: distinct,
        minimum,
        // Below the minimum is no better: the shape's minimum no longer says what it needs, or fields
        // were answered without the read they need (as the Development Mode shapes selecting removed
        // fields were, at 22:34 UTC on 2026-12-01).
        atMinimum: calls === minimum && onlyRefusals(shape, mode, body.errors),
        estimate: estimateOf(server.schema, document, mode),
        exactEstimate: shape.exactEstimate?.includes(mode) === true,
        ratio: naive === 0 ? 0 : Number((calls / naive).toFixed(3)),
      };
      if (body.errors !== undefined) result.errors = [...new Set(body.errors.map((e) => e.message))];
      figures.shapes.push(result);
    }
  } finally {
    await server.stop();
  }
}

/**
 * Spotify calls per query shape with no catalog cache, in Extended and in Development mode, against
 * the naive count. Counted, not timed: this runs in the main thread against an in-process emulator.
 */
export async function benchUpstream(): Promise<UpstreamFigures> {
  const emu = await startEmulator({ rateLimit: 1e9, host: '127.0.0.1' });
  const figures: UpstreamFigures = { shapes: [], skipped: [] };
  try {
    await measureMode(emu, 'extended', figures);
    await measureMode(emu, 'development', figures);
  } finally {
    await emu.close();
  }
  return figures;
}
