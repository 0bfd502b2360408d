/**
 * Catalog operations: albums, artists, tracks, shows, episodes, audiobooks, chapters, search,
 * browse, audio features and analysis, recommendations, genre seeds and markets.
 */

import type { Catalog } from '../catalog.js';
import {
  idsParam,
  limitParam,
  listParam,
  marketParam,
  type Operation,
  offsetParam,
  ok,
  type Page,
  page,
  pathId,
  type RequestContext,
} from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { isSpotifyId } from '../ids.js';
import type { AlbumRecord, TrackRecord } from '../model.js';
import {
  type AlbumGroup,
  albumObject,
  artistObject,
  audioAnalysisObject,
  audiobookObject,
  audioFeaturesObject,
  categoryObject,
  chapterObject,
  episodeObject,
  type SerializeContext,
  serializeContext,
  showObject,
  simplifiedAlbum,
  simplifiedAudiobook,
  simplifiedChapter,
  simplifiedEpisode,
  simplifiedPlaylist,
  simplifiedShow,
  simplifiedTrack,
  trackObject,
} from '../objects.js';
import { searchFolded } from '../search-text.js';

/** The record for a path id: 400 for a malformed id, 404 for an unknown one. */
function lookup<T>(ctx: RequestContext, records: ReadonlyMap<string, T>, name = 'id'): T {
  const record = records.get(pathId(ctx, name));
  if (record === undefined) throw notFound();
  return record;
}

/**
 * Whether a podcast or audiobook read names no market Spotify could use: the app's own token (no user,
 * so no user country) and no `market` parameter. Spotify then treats shows, episodes, audiobooks and
 * chapters as unavailable: by-id routes answer `404 "non existing id"`, several-id answers and search
 * pages hold `null` entries (the reference's `market` parameter: "If neither market or user country
 * are provided, the content is considered unavailable for the client"; spotipy#552, spotipy#912,
 * zmb3/spotify#187, spotify/web-api#1589).
 */
export function marketless(ctx: RequestContext): boolean {
  return ctx.user === undefined && (ctx.query.get('market') ?? '') === '';
}

/** Spotify's 404 to a market-less app-token read of a show, episode, audiobook or chapter (see marketless). */
const nonExistingId = () => notFound('non existing id');

/** A "get several" answer: one entry per requested id, in order, `null` where the id is unknown. */
function several<T>(
  ctx: RequestContext,
  max: number,
  records: ReadonlyMap<string, T>,
  map: (record: T) => unknown,
): unknown[] {
  return idsParam(ctx, max).map((id) => {
    const record = records.get(id);
    return record === undefined ? null : map(record);
  });
}

/**
 * A type's "get one" and "get several" operations over the same records: the single answer is the
 * full object; the several answer lists `many` (full or simplified, as the spec says) under `key`.
 */
function byIdOperations<T>(spec: {
  one: string;
  several: string;
  path: string;
  key: string;
  max: number;
  records: (catalog: Catalog) => ReadonlyMap<string, T>;
  full: (s: SerializeContext, record: T) => unknown;
  many?: (s: SerializeContext, record: T) => unknown;
  /** Whether answers depend on the market (artists do not). */
  market?: boolean;
  /** Whether the items are unavailable without a market or user country (podcasts, audiobooks: see marketless). */
  needsMarket?: boolean;
}): Operation[] {
  const context = (ctx: RequestContext) =>
    serializeContext(ctx, spec.market === false ? undefined : marketParam(ctx));
  const many = spec.many ?? spec.full;
  return [
    {
      id: spec.one,
      method: 'GET',
      path: `${spec.path}/{id}`,
      developmentMode: true,
      handler: (ctx) => {
        const record = lookup(ctx, spec.records(ctx.state.catalog));
        if (spec.needsMarket && marketless(ctx)) throw nonExistingId();
        return ok(spec.full(context(ctx), record));
      },
    },
    {
      id: spec.several,
      method: 'GET',
      path: spec.path,
      developmentMode: false,
      handler: (ctx) => {
        const s = context(ctx);
        const hidden = spec.needsMarket === true && marketless(ctx);
        return ok({
          [spec.key]: several(ctx, spec.max, spec.records(ctx.state.catalog), (r) =>
            hidden ? null : many(s, r),
          ),
        });
      },
    },
  ];
}

/**
 * `GET {path}`: one page (`limit`, `offset`) of a parent's children in the market's view, as Spotify
 * answers an album's tracks, a show's episodes and an audiobook's chapters; 404 for an unknown parent.
 */
function childrenOperation<P, C>(spec: {
  id: string;
  path: string;
  parents: (catalog: Catalog) => ReadonlyMap<string, P>;
  childIds: (parent: P) => readonly string[];
  children: (catalog: Catalog) => ReadonlyMap<string, C>;
  simplified: (s: SerializeContext, child: C) => unknown;
  /** Whether the parent is unavailable without a market or user country (see marketless). */
  needsMarket?: boolean;
}): Operation {
  return {
    id: spec.id,
    method: 'GET',
    path: spec.path,
    developmentMode: true,
    handler: (ctx) => {
      const parent = lookup(ctx, spec.parents(ctx.state.catalog));
      if (spec.needsMarket && marketless(ctx)) throw nonExistingId();
      const s = serializeContext(ctx, marketParam(ctx));
      const paging = { limit: limitParam(ctx), offset: offsetParam(ctx) };
      const children = spec.children(ctx.state.catalog);
      return ok(page(ctx, spec.childIds(parent), paging, (id) => spec.simplified(s, children.get(id)!)));
    },
  };
}

/** Development Mode apps got smaller pages for search and artist albums in February 2026. */
function modeLimit(ctx: RequestContext, min = 1): number {
  return ctx.app.mode === 'development'
    ? limitParam(ctx, { fallback: 5, max: 10, min })
    : limitParam(ctx, { fallback: 20, max: 50, min });
}

const available = (s: SerializeContext, markets: readonly string[]): boolean =>
  s.market === undefined || markets.includes(s.market);

// Albums

const albumOperations: Operation[] = [
  ...byIdOperations({
    one: 'get-an-album',
    several: 'get-multiple-albums',
    path: '/albums',
    key: 'albums',
    max: 20,
    records: (catalog) => catalog.albums,
    full: albumObject,
  }),
  childrenOperation({
    id: 'get-an-albums-tracks',
    path: '/albums/{id}/tracks',
    parents: (catalog) => catalog.albums,
    childIds: (album) => album.trackIds,
    children: (catalog) => catalog.tracks,
    simplified: simplifiedTrack,
  }),
];

// Artists

const ALBUM_GROUPS: readonly AlbumGroup[] = ['album', 'single', 'compilation', 'appears_on'];

function includeGroups(ctx: RequestContext): AlbumGroup[] {
  const raw = ctx.query.get('include_groups');
  if (raw === null || raw.trim() === '') return [...ALBUM_GROUPS];
  const groups = raw.split(',').map((g) => g.trim());
  for (const group of groups) {
    if (!(ALBUM_GROUPS as readonly string[]).includes(group))
      throw badRequest(`Invalid include_groups value: ${group}`);
  }
  // Spotify answers in its own group order, whatever order was asked for.
  return ALBUM_GROUPS.filter((g) => groups.includes(g));
}

/** Tracks of the artist's own albums and of albums it appears on, most popular first. */
function artistTracks(ctx: RequestContext, artistId: string): TrackRecord[] {
  const { catalog } = ctx.state;
  const artist = catalog.artists.get(artistId)!;
  const out: TrackRecord[] = [];
  for (const albumId of [...artist.albumIds, ...artist.appearsOnIds]) {
    for (const trackId of catalog.albums.get(albumId)!.trackIds) {
      const track = catalog.tracks.get(trackId)!;
      if (track.artistIds.includes(artistId)) out.push(track);
    }
  }
  return out.sort((a, b) => b.popularity - a.popularity || (a.id < b.id ? -1 : 1));
}

const artistOperations: Operation[] = [
  ...byIdOperations({
    one: 'get-an-artist',
    several: 'get-multiple-artists',
    path: '/artists',
    key: 'artists',
    max: 50,
    records: (catalog) => catalog.artists,
    full: artistObject,
    market: false,
  }),
  {
    id: 'get-an-artists-albums',
    method: 'GET',
    path: '/artists/{id}/albums',
    developmentMode: true,
    handler: (ctx) => {
      const artist = lookup(ctx, ctx.state.catalog.artists);
      const groups = includeGroups(ctx);
      const s = serializeContext(ctx, marketParam(ctx));
      // The spec allows limit=0 here (an empty page that still reports the total).
      const paging = { limit: modeLimit(ctx, 0), offset: offsetParam(ctx) };
      const { albums } = ctx.state.catalog;
      const entries: { album: AlbumRecord; group: AlbumGroup }[] = [];
      for (const group of groups) {
        const ids = group === 'appears_on' ? artist.appearsOnIds : artist.albumIds;
        for (const id of ids) {
          const album = albums.get(id)!;
          if (group !== 'appears_on' && album.albumType !== group) continue;
          // With a market, Spotify lists only the albums available there.
          if (!available(s, album.availableMarkets)) continue;
          entries.push({ album, group });
        }
      }
      const body = page(ctx, entries, paging, (e) => simplifiedAlbum(s, e.album, e.group));
      // An empty page links nowhere: a next link at the same offset would never end.
      return ok(paging.limit === 0 ? { ...body, next: null, previous: null } : body);
    },
  },
  {
    id: 'get-an-artists-top-tracks',
    method: 'GET',
    path: '/artists/{id}/top-tracks',
    developmentMode: false,
    handler: (ctx) => {
      const artist = lookup(ctx, ctx.state.catalog.artists);
      const s = serializeContext(ctx, marketParam(ctx));
      const top = artistTracks(ctx, artist.id)
        .filter((t) => available(s, t.availableMarkets))
        .slice(0, 10);
      return ok({ tracks: top.map((t) => trackObject(s, t)) });
    },
  },
  {
    id: 'get-an-artists-related-artists',
    method: 'GET',
    path: '/artists/{id}/related-artists',
    developmentMode: false,
    handler: (ctx) => {
      const artist = lookup(ctx, ctx.state.catalog.artists);
      const s = serializeContext(ctx, undefined);
      return ok({
        artists: artist.relatedIds.map((id) => artistObject(s, ctx.state.catalog.artists.get(id)!)),
      });
    },
  },
];

// Tracks, shows, episodes, audiobooks, chapters
//
// The spec lists `user-read-playback-position` on the show and episode operations, but Spotify
// serves them to any token (client credentials included); the scope only adds `resume_point`
// (see serializeContext). So no scope is enforced here.

const itemOperations: Operation[] = [
  ...byIdOperations({
    one: 'get-track',
    several: 'get-several-tracks',
    path: '/tracks',
    key: 'tracks',
    max: 50,
    records: (catalog) => catalog.tracks,
    full: trackObject,
  }),
  ...byIdOperations({
    one: 'get-a-show',
    several: 'get-multiple-shows',
    path: '/shows',
    key: 'shows',
    max: 50,
    records: (catalog) => catalog.shows,
    full: showObject,
    many: simplifiedShow,
    needsMarket: true,
  }),
  childrenOperation({
    id: 'get-a-shows-episodes',
    path: '/shows/{id}/episodes',
    parents: (catalog) => catalog.shows,
    childIds: (show) => show.episodeIds,
    children: (catalog) => catalog.episodes,
    simplified: simplifiedEpisode,
    needsMarket: true,
  }),
  ...byIdOperations({
    one: 'get-an-episode',
    several: 'get-multiple-episodes',
    path: '/episodes',
    key: 'episodes',
    max: 50,
    records: (catalog) => catalog.episodes,
    full: episodeObject,
    needsMarket: true,
  }),
  ...byIdOperations({
    one: 'get-an-audiobook',
    several: 'get-multiple-audiobooks',
    path: '/audiobooks',
    key: 'audiobooks',
    max: 50,
    records: (catalog) => catalog.audiobooks,
    full: audiobookObject,
    needsMarket: true,
  }),
  childrenOperation({
    id: 'get-audiobook-chapters',
    path: '/audiobooks/{id}/chapters',
    parents: (catalog) => catalog.audiobooks,
    childIds: (book) => book.chapterIds,
    children: (catalog) => catalog.chapters,
    simplified: simplifiedChapter,
    needsMarket: true,
  }),
  ...byIdOperations({
    one: 'get-a-chapter',
    several: 'get-several-chapters',
    path: '/chapters',
    key: 'chapters',
    max: 50,
    records: (catalog) => catalog.chapters,
    full: chapterObject,
    needsMarket: true,
  }),
];

// Search

const SEARCH_TYPES = ['album', 'artist', 'playlist', 'track', 'show', 'episode', 'audiobook'] as const;
type SearchType = (typeof SEARCH_TYPES)[number];
/** The search types Spotify answers with null entries to a market-less app token (see marketless). */
const PODCAST_TYPES = ['show', 'episode', 'audiobook'] as const;

interface SearchQuery {
  /** Free words: each must appear in the item's searchable text. */
  words: string[];
  artist?: string;
  album?: string;
  track?: string;
  genre?: string;
  year?: { from: number; to: number };
  tagNew: boolean;
}

/** Parses `q`: free words plus `field:value` filters (values may be "quoted"). */
function parseQuery(q: string): SearchQuery {
  const query: SearchQuery = { words: [], tagNew: false };
  const tokens = q.match(/(\w+:)?("[^"]*"|\S+)/g) ?? [];
  for (const token of tokens) {
    const match = /^(artist|album|track|genre|year|tag|isrc|upc):(.*)$/i.exec(token);
    const unquote = (v: string): string => searchFolded(v.replace(/^"|"$/g, ''));
    if (!match) {
      query.words.push(unquote(token));
      continue;
    }
    const field = match[1]!.toLowerCase();
    const value = unquote(match[2]!);
    if (field === 'year') {
      const range = /^(\d{4})(?:-(\d{4}))?$/.exec(value);
      if (range) query.year = { from: Number(range[1]), to: Number(range[2] ?? range[1]) };
    } else if (field === 'tag') {
      if (value === 'new') query.tagNew = true;
    } else if (field === 'artist' || field === 'album' || field === 'track' || field === 'genre') {
      query[field] = value;
    } else {
      query.words.push(value);
    }
  }
  query.words = query.words.filter((w) => w !== '');
  return query;
}

const hasAll = (text: string, words: readonly string[]): boolean => words.every((w) => text.includes(w));

interface TrackEntry {
  track: TrackRecord;
  /** Names folded for matching (searchFolded: case and diacritics). */
  name: string;
  artists: string;
  album: string;
  text: string;
  genres: readonly string[];
  releaseDate: string;
}

/** Tracks never change after generation, so their search text is built once per catalog. */
const trackIndexes = new WeakMap<Catalog, TrackEntry[]>();

function trackIndex(catalog: Catalog): TrackEntry[] {
  let index = trackIndexes.get(catalog);
  if (index) return index;
  index = [...catalog.tracks.values()]
    .sort((a, b) => b.popularity - a.popularity || (a.id < b.id ? -1 : 1))
    .map((track) => {
      const album = catalog.albums.get(track.albumId)!;
      const name = searchFolded(track.name);
      const artists = track.artistIds
        .map((id) => searchFolded(catalog.artists.get(id)?.name ?? ''))
        .join(' ');
      const albumName = searchFolded(album.name);
      return {
        track,
        name,
        artists,
        album: albumName,
        text: `${name} ${artists} ${albumName}`,
        genres: album.genres,
        releaseDate: album.releaseDate,
      };
    });
  trackIndexes.set(catalog, index);
  return index;
}

/** What every type's search shares: the query, the answer's market, and the filters built from them. */
interface SearchScope {
  catalog: Catalog;
  query: SearchQuery;
  s: SerializeContext;
  artistNames(ids: readonly string[]): string;
  yearOk(date: string): boolean;
  albumOk(album: AlbumRecord): boolean;
  /** Whether any filter (`album:`, `genre:`, `tag:new`, ...) is set: they leave no playlists, shows, ... */
  anyFilter: boolean;
}

function searchScope(ctx: RequestContext, query: SearchQuery, s: SerializeContext): SearchScope {
  const { catalog } = ctx.state;
  const artistNames = (ids: readonly string[]): string =>
    ids.map((id) => searchFolded(catalog.artists.get(id)?.name ?? '')).join(' ');
  const yearOk = (date: string): boolean => {
    if (!query.year) return true;
    const year = Number(date.slice(0, 4));
    return year >= query.year.from && year <= query.year.to;
  };
  const newIds = query.tagNew ? new Set(catalog.newReleaseIds) : undefined;
  const albumOk = (album: AlbumRecord): boolean =>
    (query.album === undefined || searchFolded(album.name).includes(query.album)) &&
    (query.artist === undefined || artistNames(album.artistIds).includes(query.artist)) &&
    (query.genre === undefined || album.genres.includes(query.genre)) &&
    yearOk(album.releaseDate) &&
    (newIds === undefined || newIds.has(album.id)) &&
    available(s, album.availableMarkets);
  // Filters that cannot apply to a type leave no results for it, as on Spotify.
  const musicOnly = query.album !== undefined || query.artist !== undefined || query.year !== undefined;
  const anyFilter = musicOnly || query.genre !== undefined || query.track !== undefined || query.tagNew;
  return { catalog, query, s, artistNames, yearOk, albumOk, anyFilter };
}

const byPopularity = <T extends { popularity: number }>(list: T[]): T[] =>
  list.sort((a, b) => b.popularity - a.popularity);

/** Albums, artists and tracks matching the scope's query. */
function searchMusic(scope: SearchScope, type: 'album' | 'artist' | 'track'): (() => unknown)[] {
  const { catalog, query, s, artistNames, yearOk, albumOk } = scope;
  switch (type) {
    case 'album':
      if (query.track !== undefined) return [];
      return byPopularity(
        [...catalog.albums.values()].filter(
          (a) => albumOk(a) && hasAll(`${searchFolded(a.name)} ${artistNames(a.artistIds)}`, query.words),
        ),
      ).map((a) => () => simplifiedAlbum(s, a));
    case 'artist':
      if (query.album !== undefined || query.track !== undefined || query.year !== undefined || query.tagNew)
        return [];
      return byPopularity(
        [...catalog.artists.values()].filter(
          (a) =>
            (query.artist === undefined || searchFolded(a.name).includes(query.artist)) &&
            (query.genre === undefined || a.genres.includes(query.genre)) &&
            hasAll(searchFolded(a.name), query.words),
        ),
      ).map((a) => () => artistObject(s, a));
    case 'track':
      if (query.tagNew) return [];
      return trackIndex(catalog)
        .filter((e) => {
          if (query.track !== undefined && !e.name.includes(query.track)) return false;
          if (query.artist !== undefined && !e.artists.includes(query.artist)) return false;
          if (query.album !== undefined && !e.album.includes(query.album)) return false;
          if (query.genre !== undefined && !e.genres.includes(query.genre)) return false;
          if (!yearOk(e.releaseDate) || !available(s, e.track.availableMarkets)) return false;
          return hasAll(e.text, query.words);
        })
        .map((e) => () => trackObject(s, e.track));
  }
}

/** Playlists, shows, episodes and audiobooks matching the scope's words (no filter applies to them). */
function searchSpoken(
  scope: SearchScope,
  type: 'playlist' | 'show' | 'episode' | 'audiobook',
): (() => unknown)[] {
  const { catalog, query, s, anyFilter } = scope;
  switch (type) {
    case 'playlist':
      if (anyFilter) return [];
      return [...catalog.playlists.values()]
        .filter((p) => p.public && hasAll(searchFolded(`${p.name} ${p.description}`), query.words))
        .sort((a, b) => b.followers - a.followers)
        .map((p) => () => simplifiedPlaylist(s, p));
    case 'show':
      if (anyFilter) return [];
      return [...catalog.shows.values()]
        .filter(
          (show) =>
            available(s, show.availableMarkets) &&
            hasAll(searchFolded(`${show.name} ${show.publisher}`), query.words),
        )
        .map((show) => () => simplifiedShow(s, show));
    case 'episode':
      if (anyFilter) return [];
      return [...catalog.episodes.values()]
        .filter(
          (e) =>
            available(s, catalog.shows.get(e.showId)!.availableMarkets) &&
            hasAll(searchFolded(e.name), query.words),
        )
        .map((e) => () => simplifiedEpisode(s, e));
    case 'audiobook':
      if (anyFilter) return [];
      return [...catalog.audiobooks.values()]
        .filter(
          (b) =>
            available(s, b.availableMarkets) &&
            hasAll(searchFolded(`${b.name} ${b.authors.join(' ')} ${b.narrators.join(' ')}`), query.words),
        )
        .map((b) => () => simplifiedAudiobook(s, b));
  }
}

/** Matches for one type, most relevant first, as thunks so that only the requested page is serialized. */
function searchType(
  ctx: RequestContext,
  type: SearchType,
  query: SearchQuery,
  s: SerializeContext,
): (() => unknown)[] {
  const scope = searchScope(ctx, query, s);
  if (type === 'album' || type === 'artist' || type === 'track') return searchMusic(scope, type);
  return searchSpoken(scope, type);
}

const searchOperation: Operation = {
  id: 'search',
  method: 'GET',
  path: '/search',
  developmentMode: true,
  handler: (ctx) => {
    // Spotify's own `href`/`next` links name the query `query=` (spotify-web-api-node#242: Spotify
    // answers `query=` as `q=`), so a link copied from Spotify is answered; `q`, the documented name,
    // wins when both are there.
    const q = ctx.query.get('q') ?? ctx.query.get('query');
    if (q === null || q.trim() === '') throw badRequest('No search query');
    const rawType = ctx.query.get('type');
    if (rawType === null || rawType.trim() === '') throw badRequest('Missing parameter type');
    const types = [...new Set(rawType.split(',').map((t) => t.trim()))];
    for (const type of types) {
      if (!(SEARCH_TYPES as readonly string[]).includes(type)) throw badRequest('Bad search type field');
    }
    const external = ctx.query.get('include_external');
    if (external !== null && external !== 'audio') throw badRequest('Invalid include_external value');
    const limit = modeLimit(ctx);
    // A page past the window is refused, as Spotify does ("Maximum offset (including limit): 1,000"):
    // offset 995 with limit 10 is a 400, not five results.
    const offset = offsetParam(ctx, { max: SEARCH_WINDOW - limit });
    const s = serializeContext(ctx, marketParam(ctx));
    const query = parseQuery(q);
    const body: Record<string, unknown> = {};
    for (const type of types as SearchType[]) {
      // Each result's links name its own type, so following `next` pages through that type alone.
      const query_ = new URLSearchParams(ctx.query);
      query_.set('type', type);
      const typed: RequestContext = { ...ctx, query: query_ };
      // Shows, episodes and audiobooks unavailable to a market-less app token: null entries (marketless).
      const hidden = (PODCAST_TYPES as readonly string[]).includes(type) && marketless(ctx);
      body[`${type}s`] = inSearchWindow(
        page(typed, searchType(ctx, type, query, s), { limit, offset }, (serialize: () => unknown) =>
          hidden ? null : serialize(),
        ),
      );
    }
    return ok(body);
  },
};

/**
 * Results 0 to 999 of each type are all search reaches: `offset + limit` at most 1000 (Spotify's Search
 * reference, "Maximum offset (including limit): 1,000"; a page past it is answered 400 "Invalid offset").
 */
const SEARCH_WINDOW = 1000;

/**
 * A search page cut to Spotify's window: no result at index SEARCH_WINDOW or later, and no `next` to a
 * page starting there (a link it would answer with nothing; v13 attack on issue 7, C4). `total` still
 * counts every match.
 */
function inSearchWindow<R>(result: Page<R>): Page<R> {
  const room = Math.max(0, SEARCH_WINDOW - result.offset);
  const atEnd = result.offset + result.limit >= SEARCH_WINDOW;
  return { ...result, items: result.items.slice(0, room), next: atEnd ? null : result.next };
}

// Browse

const browseOperations: Operation[] = [
  {
    id: 'get-featured-playlists',
    method: 'GET',
    path: '/browse/featured-playlists',
    developmentMode: false,
    handler: (ctx) => {
      const { catalog } = ctx.state;
      const s = serializeContext(ctx, undefined);
      const paging = { limit: limitParam(ctx), offset: offsetParam(ctx) };
      return ok({
        message: 'Featured playlists',
        playlists: page(ctx, catalog.featuredPlaylistIds, paging, (id) =>
          simplifiedPlaylist(s, catalog.playlists.get(id)!),
        ),
      });
    },
  },
  {
    id: 'get-categories',
    method: 'GET',
    path: '/browse/categories',
    developmentMode: false,
    handler: (ctx) => {
      const s = serializeContext(ctx, undefined);
      const paging = { limit: limitParam(ctx), offset: offsetParam(ctx) };
      const all = [...ctx.state.catalog.categories.values()];
      return ok({ categories: page(ctx, all, paging, (c) => categoryObject(s, c)) });
    },
  },
  {
    id: 'get-a-category',
    method: 'GET',
    path: '/browse/categories/{category_id}',
    developmentMode: false,
    handler: (ctx) => {
      const category = ctx.state.catalog.categories.get(ctx.params.category_id ?? '');
      if (category === undefined) throw notFound();
      return ok(categoryObject(serializeContext(ctx, undefined), category));
    },
  },
  {
    id: 'get-a-categories-playlists',
    method: 'GET',
    path: '/browse/categories/{category_id}/playlists',
    developmentMode: false,
    handler: (ctx) => {
      const { catalog } = ctx.state;
      const category = catalog.categories.get(ctx.params.category_id ?? '');
      if (category === undefined) throw notFound();
      const s = serializeContext(ctx, undefined);
      const paging = { limit: limitParam(ctx), offset: offsetParam(ctx) };
      return ok({
        message: category.name,
        playlists: page(ctx, category.playlistIds, paging, (id) =>
          simplifiedPlaylist(s, catalog.playlists.get(id)!),
        ),
      });
    },
  },
  {
    id: 'get-new-releases',
    method: 'GET',
    path: '/browse/new-releases',
    developmentMode: false,
    handler: (ctx) => {
      const { catalog } = ctx.state;
      const s = serializeContext(ctx, undefined);
      const paging = { limit: limitParam(ctx), offset: offsetParam(ctx) };
      return ok({
        albums: page(ctx, catalog.newReleaseIds, paging, (id) => simplifiedAlbum(s, catalog.albums.get(id)!)),
      });
    },
  },
  {
    id: 'get-available-markets',
    method: 'GET',
    path: '/markets',
    developmentMode: false,
    handler: (ctx) => ok({ markets: [...ctx.state.catalog.markets] }),
  },
];

// Audio features, analysis, recommendations

interface Tunable {
  name: string;
  min: number;
  max: number;
  integer: boolean;
  value: (t: TrackRecord) => number;
}

const unit = (name: string, value: (t: TrackRecord) => number): Tunable => ({
  name,
  min: 0,
  max: 1,
  integer: false,
  value,
});

const TUNABLES: readonly Tunable[] = [
  unit('acousticness', (t) => t.audioFeatures.acousticness),
  unit('danceability', (t) => t.audioFeatures.danceability),
  { name: 'duration_ms', min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, value: (t) => t.durationMs },
  unit('energy', (t) => t.audioFeatures.energy),
  unit('instrumentalness', (t) => t.audioFeatures.instrumentalness),
  { name: 'key', min: 0, max: 11, integer: true, value: (t) => t.audioFeatures.key },
  unit('liveness', (t) => t.audioFeatures.liveness),
  { name: 'loudness', min: -100, max: 100, integer: false, value: (t) => t.audioFeatures.loudness },
  { name: 'mode', min: 0, max: 1, integer: true, value: (t) => t.audioFeatures.mode },
  { name: 'popularity', min: 0, max: 100, integer: true, value: (t) => t.popularity },
  unit('speechiness', (t) => t.audioFeatures.speechiness),
  { name: 'tempo', min: 0, max: 1000, integer: false, value: (t) => t.audioFeatures.tempo },
  { name: 'time_signature', min: 0, max: 11, integer: true, value: (t) => t.audioFeatures.timeSignature },
  unit('valence', (t) => t.audioFeatures.valence),
];

function optionalList(ctx: RequestContext, name: string): string[] {
  const raw = ctx.query.get(name);
  if (raw === null || raw.trim() === '') return [];
  return listParam(ctx, name, 5).filter((v) => v !== '');
}

interface RecommendationSeeds {
  artists: string[];
  tracks: string[];
  genres: string[];
}

type TunableFilter = { tunable: Tunable; kind: 'min' | 'max' | 'target'; value: number };

/** The seeds of a recommendations call, checked: 1 to 5 in all, known ids and genres. */
function recommendationSeeds(ctx: RequestContext): RecommendationSeeds {
  const { catalog } = ctx.state;
  const artistSeeds = optionalList(ctx, 'seed_artists');
  const trackSeeds = optionalList(ctx, 'seed_tracks');
  const genreSeeds = optionalList(ctx, 'seed_genres');
  const seedCount = artistSeeds.length + trackSeeds.length + genreSeeds.length;
  if (seedCount === 0) throw badRequest('Missing seed: give seed_artists, seed_genres or seed_tracks');
  if (seedCount > 5) throw badRequest('Too many seeds: at most 5 in total');
  for (const id of [...artistSeeds, ...trackSeeds])
    if (!isSpotifyId(id)) throw badRequest('Invalid base62 id');
  for (const id of artistSeeds) if (!catalog.artists.has(id)) throw badRequest(`Invalid seed artist: ${id}`);
  for (const id of trackSeeds) if (!catalog.tracks.has(id)) throw badRequest(`Invalid seed track: ${id}`);
  for (const genre of genreSeeds)
    if (!catalog.genres.includes(genre)) throw badRequest(`Invalid seed genre: ${genre}`);
  return { artists: artistSeeds, tracks: trackSeeds, genres: genreSeeds };
}

/** Bounds and targets on audio features and popularity (`min_*`, `max_*`, `target_*`). */
function tunableFilters(ctx: RequestContext): TunableFilter[] {
  const filters: TunableFilter[] = [];
  for (const tunable of TUNABLES) {
    for (const kind of ['min', 'max', 'target'] as const) {
      const raw = ctx.query.get(`${kind}_${tunable.name}`);
      if (raw === null || raw === '') continue;
      const value = Number(raw);
      const valid =
        raw.trim() !== '' && Number.isFinite(value) && (!tunable.integer || Number.isInteger(value));
      if (!valid || value < tunable.min || value > tunable.max)
        throw badRequest(`Invalid ${kind}_${tunable.name}`);
      filters.push({ tunable, kind, value });
    }
  }
  return filters;
}

/** The pool: seed artists and their related artists, seed tracks' artists, artists of seed genres. */
function recommendationPool(ctx: RequestContext, seeds: RecommendationSeeds): TrackRecord[] {
  const { catalog } = ctx.state;
  const poolArtists = new Set<string>();
  for (const id of seeds.artists) {
    poolArtists.add(id);
    for (const related of catalog.artists.get(id)!.relatedIds.slice(0, 5)) poolArtists.add(related);
  }
  for (const id of seeds.tracks)
    for (const artistId of catalog.tracks.get(id)!.artistIds) poolArtists.add(artistId);
  for (const artist of catalog.artists.values()) {
    if (artist.genres.some((g) => seeds.genres.includes(g))) poolArtists.add(artist.id);
  }
  const seen = new Set(seeds.tracks);
  const pool: TrackRecord[] = [];
  for (const artistId of poolArtists) {
    for (const track of artistTracks(ctx, artistId)) {
      if (seen.has(track.id)) continue;
      seen.add(track.id);
      pool.push(track);
    }
  }
  return pool;
}

/** The answer's seed objects: how many pool tracks each seed matched before and after filtering. */
function seedObjects(
  ctx: RequestContext,
  seeds: RecommendationSeeds,
  pool: readonly TrackRecord[],
  filtered: readonly TrackRecord[],
) {
  const { catalog } = ctx.state;
  const seedSize = (matches: (t: TrackRecord) => boolean) => {
    const initial = pool.filter(matches).length;
    const after = filtered.filter(matches).length;
    return { afterFilteringSize: after, afterRelinkingSize: after, initialPoolSize: initial };
  };
  return [
    ...seeds.artists.map((id) => ({
      ...seedSize((t) => t.artistIds.includes(id)),
      href: `${ctx.baseUrl}/v1/artists/${id}`,
      id,
      type: 'ARTIST',
    })),
    ...seeds.tracks.map((id) => {
      const artists = catalog.tracks.get(id)!.artistIds;
      return {
        ...seedSize((t) => t.artistIds.some((a) => artists.includes(a))),
        href: `${ctx.baseUrl}/v1/tracks/${id}`,
        id,
        type: 'TRACK',
      };
    }),
    ...seeds.genres.map((genre) => ({
      ...seedSize((t) => catalog.albums.get(t.albumId)!.genres.includes(genre)),
      // Spotify sends null here, which the spec's string type does not allow: leave it out.
      id: genre,
      type: 'GENRE',
    })),
  ];
}

function recommendations(ctx: RequestContext) {
  const seeds = recommendationSeeds(ctx);
  const limit = limitParam(ctx, { fallback: 20, max: 100 });
  const s = serializeContext(ctx, marketParam(ctx));
  const filters = tunableFilters(ctx);
  const pool = recommendationPool(ctx, seeds);
  const filtered = pool.filter(
    (t) =>
      available(s, t.availableMarkets) &&
      filters.every(({ tunable, kind, value }) =>
        kind === 'min' ? tunable.value(t) >= value : kind === 'max' ? tunable.value(t) <= value : true,
      ),
  );
  const targets = filters.filter((f) => f.kind === 'target');
  const distance = (t: TrackRecord): number =>
    targets.reduce(
      (sum, f) => sum + Math.abs(f.tunable.value(t) - f.value) / (f.tunable.max - f.tunable.min || 1),
      0,
    );
  const chosen = filtered
    .sort((a, b) => distance(a) - distance(b) || b.popularity - a.popularity || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
  return { seeds: seedObjects(ctx, seeds, pool, filtered), tracks: chosen.map((t) => trackObject(s, t)) };
}

const analysisOperations: Operation[] = [
  {
    id: 'get-several-audio-features',
    method: 'GET',
    path: '/audio-features',
    developmentMode: false,
    handler: (ctx) => {
      const s = serializeContext(ctx, undefined);
      return ok({
        audio_features: several(ctx, 100, ctx.state.catalog.tracks, (t) => audioFeaturesObject(s, t)),
      });
    },
  },
  {
    id: 'get-audio-features',
    method: 'GET',
    path: '/audio-features/{id}',
    developmentMode: false,
    handler: (ctx) =>
      ok(audioFeaturesObject(serializeContext(ctx, undefined), lookup(ctx, ctx.state.catalog.tracks))),
  },
  {
    id: 'get-audio-analysis',
    method: 'GET',
    path: '/audio-analysis/{id}',
    developmentMode: false,
    handler: (ctx) => ok(audioAnalysisObject(lookup(ctx, ctx.state.catalog.tracks))),
  },
  {
    id: 'get-recommendations',
    method: 'GET',
    path: '/recommendations',
    developmentMode: false,
    handler: (ctx) => ok(recommendations(ctx)),
  },
  {
    id: 'get-recommendation-genres',
    method: 'GET',
    path: '/recommendations/available-genre-seeds',
    developmentMode: false,
    handler: (ctx) => ok({ genres: [...ctx.state.catalog.genres] }),
  },
];

export const catalogOperations: Operation[] = [
  ...albumOperations,
  ...artistOperations,
  ...itemOperations,
  searchOperation,
  ...browseOperations,
  ...analysisOperations,
];
