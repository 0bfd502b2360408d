import { checkList } from '../params.js';
import { uriOf } from '../uris.js';
import { distinct, inParallel, inSequence, oneAnswerEach, splitList } from './batching.js';
import type { CallOptions, MarketPageOptions, PageOptions, RequestExecutor } from './executor.js';
import type { Page, SavedAlbum, SavedAudiobook, SavedEpisode, SavedShow, SavedTrack } from './objects.js';
import { endpoints } from './table.js';
import type { EndpointSpec } from './types.js';

interface TypedLibrary {
  save: EndpointSpec;
  remove: EndpointSpec;
  contains: EndpointSpec;
  /** The URI type of these items in `/me/library`. */
  uriType: string;
}

// The type-specific routes Extended Quota apps keep; Development Mode apps use /me/library with URIs.
const TYPED = {
  tracks: {
    save: endpoints.saveTracksUser,
    remove: endpoints.removeTracksUser,
    contains: endpoints.checkUsersSavedTracks,
    uriType: 'track',
  },
  albums: {
    save: endpoints.saveAlbumsUser,
    remove: endpoints.removeAlbumsUser,
    contains: endpoints.checkUsersSavedAlbums,
    uriType: 'album',
  },
  shows: {
    save: endpoints.saveShowsUser,
    remove: endpoints.removeShowsUser,
    contains: endpoints.checkUsersSavedShows,
    uriType: 'show',
  },
  episodes: {
    save: endpoints.saveEpisodesUser,
    remove: endpoints.removeEpisodesUser,
    contains: endpoints.checkUsersSavedEpisodes,
    uriType: 'episode',
  },
  audiobooks: {
    save: endpoints.saveAudiobooksUser,
    remove: endpoints.removeAudiobooksUser,
    contains: endpoints.checkUsersSavedAudiobooks,
    uriType: 'audiobook',
  },
} as const satisfies Record<string, TypedLibrary>;

type Kind = keyof typeof TYPED;

/**
 * The signed-in user's library. `save`/`remove`/`contains` take Spotify URIs of any type on
 * `/me/library`; the type-specific methods take ids and use the older per-type routes where the app
 * has them, else `/me/library`. Every list method takes any number of items and splits it by the
 * endpoint's limit (40 URIs, 20 or 50 ids) and by its share of the query string (batching.ts
 * splitList); the whole list is checked first (params.ts checkList): a
 * bad entry is a SpotifyError naming the endpoint, the option and the entry's index, before any call
 * and before the route is picked.
 */
export class LibraryEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `PUT /me/library`: saves tracks, albums, episodes, shows, audiobooks; follows artists, users, playlists. */
  async save(uris: readonly string[], options: CallOptions = {}): Promise<void> {
    await this.write(endpoints.saveLibraryItems, 'uris', uris, options);
  }

  /** `DELETE /me/library`. */
  async remove(uris: readonly string[], options: CallOptions = {}): Promise<void> {
    await this.write(endpoints.removeLibraryItems, 'uris', uris, options);
  }

  /** `GET /me/library/contains`: one boolean per URI, in order. */
  contains(uris: readonly string[], options: CallOptions = {}): Promise<boolean[]> {
    return this.check(endpoints.checkLibraryContains, 'uris', uris, options);
  }

  /** `GET /me/tracks`; `limit` 1 to 50. */
  getSavedTracks(options: MarketPageOptions = {}): Promise<Page<SavedTrack>> {
    return this.client.request(endpoints.getUsersSavedTracks, { ...options });
  }

  /** `GET /me/albums`; `limit` 1 to 50. */
  getSavedAlbums(options: MarketPageOptions = {}): Promise<Page<SavedAlbum>> {
    return this.client.request(endpoints.getUsersSavedAlbums, { ...options });
  }

  /** `GET /me/shows`; `limit` 1 to 50. */
  getSavedShows(options: PageOptions = {}): Promise<Page<SavedShow>> {
    return this.client.request(endpoints.getUsersSavedShows, { ...options });
  }

  /** `GET /me/episodes`; `limit` 1 to 50. */
  getSavedEpisodes(options: MarketPageOptions = {}): Promise<Page<SavedEpisode>> {
    return this.client.request(endpoints.getUsersSavedEpisodes, { ...options });
  }

  /** `GET /me/audiobooks`; `limit` 1 to 50. */
  getSavedAudiobooks(options: PageOptions = {}): Promise<Page<SavedAudiobook>> {
    return this.client.request(endpoints.getUsersSavedAudiobooks, { ...options });
  }

  /** Saves tracks by id: `PUT /me/tracks` (50 per call), or `/me/library` in Development Mode. */
  saveTracks(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.saveTyped('tracks', ids, options);
  }

  removeTracks(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.removeTyped('tracks', ids, options);
  }

  containsTracks(ids: readonly string[], options: CallOptions = {}): Promise<boolean[]> {
    return this.containsTyped('tracks', ids, options);
  }

  /** Saves albums by id: `PUT /me/albums` (20 per call), or `/me/library` in Development Mode. */
  saveAlbums(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.saveTyped('albums', ids, options);
  }

  removeAlbums(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.removeTyped('albums', ids, options);
  }

  containsAlbums(ids: readonly string[], options: CallOptions = {}): Promise<boolean[]> {
    return this.containsTyped('albums', ids, options);
  }

  saveShows(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.saveTyped('shows', ids, options);
  }

  removeShows(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.removeTyped('shows', ids, options);
  }

  containsShows(ids: readonly string[], options: CallOptions = {}): Promise<boolean[]> {
    return this.containsTyped('shows', ids, options);
  }

  saveEpisodes(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.saveTyped('episodes', ids, options);
  }

  removeEpisodes(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.removeTyped('episodes', ids, options);
  }

  containsEpisodes(ids: readonly string[], options: CallOptions = {}): Promise<boolean[]> {
    return this.containsTyped('episodes', ids, options);
  }

  saveAudiobooks(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.saveTyped('audiobooks', ids, options);
  }

  removeAudiobooks(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.removeTyped('audiobooks', ids, options);
  }

  containsAudiobooks(ids: readonly string[], options: CallOptions = {}): Promise<boolean[]> {
    return this.containsTyped('audiobooks', ids, options);
  }

  private uris(kind: Kind, ids: readonly string[]): string[] {
    return ids.map((id) => uriOf(TYPED[kind].uriType, id));
  }

  /**
   * The whole id list, before any call and before the route is picked (auto mode): by the typed
   * route's rule and as the URIs the `/me/library` route would send (params.ts checkList).
   */
  private checkTyped(typed: EndpointSpec, library: EndpointSpec, kind: Kind, ids: readonly string[]): void {
    checkList(typed, 'ids', ids);
    checkList(library, 'uris', this.uris(kind, ids));
  }

  private async saveTyped(kind: Kind, ids: readonly string[], options: CallOptions): Promise<void> {
    const endpoint = TYPED[kind].save;
    this.checkTyped(endpoint, endpoints.saveLibraryItems, kind, ids);
    return this.client.withFallback(
      endpoint,
      () => this.write(endpoint, 'ids', ids, options),
      () => this.save(this.uris(kind, ids), options),
    );
  }

  private async removeTyped(kind: Kind, ids: readonly string[], options: CallOptions): Promise<void> {
    const endpoint = TYPED[kind].remove;
    this.checkTyped(endpoint, endpoints.removeLibraryItems, kind, ids);
    return this.client.withFallback(
      endpoint,
      () => this.write(endpoint, 'ids', ids, options),
      () => this.remove(this.uris(kind, ids), options),
    );
  }

  private async containsTyped(kind: Kind, ids: readonly string[], options: CallOptions): Promise<boolean[]> {
    const endpoint = TYPED[kind].contains;
    this.checkTyped(endpoint, endpoints.checkLibraryContains, kind, ids);
    return this.client.withFallback(
      endpoint,
      () => this.check(endpoint, 'ids', ids, options),
      () => this.contains(this.uris(kind, ids), options),
    );
  }

  private async write(
    endpoint: EndpointSpec,
    list: 'ids' | 'uris',
    items: readonly string[],
    options: CallOptions,
  ): Promise<void> {
    // The whole list before the first chunk is sent; each distinct entry once (a save or removal is a
    // set change: 1,000 copies of one URI were 25 calls).
    checkList(endpoint, list, items);
    await inSequence(splitList(endpoint, list, distinct(items)), (slice) =>
      this.client.request(endpoint, { ...options, [list]: slice }),
    );
  }

  private async check(
    endpoint: EndpointSpec,
    list: 'ids' | 'uris',
    items: readonly string[],
    options: CallOptions,
  ): Promise<boolean[]> {
    checkList(endpoint, list, items);
    const answers = await inParallel(splitList(endpoint, list, items), (slice) =>
      oneAnswerEach(endpoint, slice, this.client.request<boolean[]>(endpoint, { ...options, [list]: slice })),
    );
    return answers.flat();
  }
}
