import { ChangeMayHaveApplied, PartiallyApplied, SpotifyBaseError } from '../errors.js';
import { joinPieces, piecesReach } from '../page-limits.js';
import { checkList } from '../params.js';
import { inSequence, oneAnswerEach, splitList } from './batching.js';
import type { CallOptions, MarketOptions, PageOptions, RequestExecutor } from './executor.js';
import { LibraryEndpoints } from './library.js';
import type { Image, Page, Playlist, PlaylistItem, SimplifiedPlaylist, SnapshotId } from './objects.js';
import { endpoints } from './table.js';
import type { EndpointSpec } from './types.js';

/** How far a change made in several calls got: the items applied, and those of the call in flight. */
interface Progress {
  items: number;
  sending: number;
}

/**
 * Runs the calls of a change made in several calls; when one fails after `done.items` of `total`
 * items went through, the failure becomes PartiallyApplied (nested steps add up their items). When
 * the failed call may have reached Spotify (ChangeMayHaveApplied), its `done.sending` items may have
 * gone through too, and PartiallyApplied says so (`uncertainItems`) rather than claim they did not.
 */
async function partly<T>(done: Progress, total: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const inner = error instanceof PartiallyApplied ? error : undefined;
    const applied = done.items + (inner?.appliedItems ?? 0);
    const cause = inner ? (inner.cause as SpotifyBaseError) : error;
    if (applied === 0 || !(cause instanceof SpotifyBaseError)) throw error;
    const uncertain = inner ? inner.uncertainItems : cause instanceof ChangeMayHaveApplied ? done.sending : 0;
    throw new PartiallyApplied(applied, total, cause, uncertain);
  }
}

export interface PlaylistReadOptions extends MarketOptions {
  /** Spotify's field filter, e.g. `items(added_at,item(name,uri))`. */
  fields?: string;
  /** Besides tracks, which item types the caller handles (`episode` to see podcast episodes). */
  additionalTypes?: readonly ('track' | 'episode')[];
}

export interface PlaylistItemsOptions extends PlaylistReadOptions {
  /** 1 to 50 on `/items` (default 20). */
  limit?: number;
  offset?: number;
}

export interface PlaylistDetails {
  name?: string;
  public?: boolean;
  collaborative?: boolean;
  description?: string;
}

export interface NewPlaylist extends PlaylistDetails {
  name: string;
}

/** Options of a call that changes an existing playlist. */
export interface PlaylistChangeOptions extends CallOptions {
  /**
   * The playlist's visibility (true: public) when the caller already knows it: never sent, it only
   * lets a missing-scope refusal name the one modify scope the playlist needs (see RequestOptions).
   */
  playlistPublic?: boolean;
}

export interface ReorderOptions extends PlaylistChangeOptions {
  /** Index of the first item to move. */
  rangeStart: number;
  /** Index the items move in front of. */
  insertBefore: number;
  /** How many items to move (default 1). */
  rangeLength?: number;
  /** The playlist version the indices refer to. */
  snapshotId?: string;
}

/** An item to remove: by URI (every occurrence). */
export interface ItemToRemove {
  uri: string;
}

interface ItemRoutes {
  add: EndpointSpec;
  remove: EndpointSpec;
  /** The body list of the removal: `items` now, `tracks` on the old route. */
  removeList: 'items' | 'tracks';
  update: EndpointSpec;
}

const ITEMS: ItemRoutes = {
  add: endpoints.addItemsToPlaylist,
  remove: endpoints.removeItemsPlaylist,
  removeList: 'items',
  update: endpoints.reorderOrReplacePlaylistsItems,
};

/** The `/tracks` routes Development Mode apps lost. */
const TRACKS: ItemRoutes = {
  add: endpoints.addTracksToPlaylist,
  remove: endpoints.removeTracksPlaylist,
  removeList: 'tracks',
  update: endpoints.reorderOrReplacePlaylistsTracks,
};

/**
 * An `/items` entry in the `/tracks` route's form: `track` holds `item ?? track` (Spotify's February
 * 2026 change renamed `track` to `item`; an answer may carry either). An entry with neither key keeps
 * neither, so its reader sees the wrong shape; an entry that is no object is left as it is.
 */
function asTracksEntry(entry: PlaylistItem): PlaylistItem {
  if (entry === null || typeof entry !== 'object') return entry;
  if (entry.item === undefined && entry.track === undefined) return entry;
  return { ...entry, track: entry.item ?? entry.track ?? null };
}

/**
 * Playlists: reading, editing items (any number, split by 100 per call), details, covers, following.
 * The `/tracks` routes and `createForUser` are Extended Quota only; their methods fall back to the
 * `/items` routes and `POST /me/playlists` elsewhere.
 */
export class PlaylistsEndpoints {
  private readonly library: LibraryEndpoints;

  constructor(private readonly client: RequestExecutor) {
    this.library = new LibraryEndpoints(client);
  }

  /** `GET /playlists/{playlist_id}`. */
  get(playlistId: string, options: PlaylistReadOptions = {}): Promise<Playlist> {
    return this.client.request(endpoints.getPlaylist, { ...options, playlistId });
  }

  /** `PUT /playlists/{playlist_id}`: name, visibility, collaboration, description. */
  async changeDetails(playlistId: string, details: PlaylistDetails & PlaylistChangeOptions): Promise<void> {
    await this.client.request(endpoints.changePlaylistDetails, { ...details, playlistId });
  }

  /** `GET /playlists/{playlist_id}/items`: entries carry `item`. */
  getItems(playlistId: string, options: PlaylistItemsOptions = {}): Promise<Page<PlaylistItem>> {
    return this.client.request(endpoints.getPlaylistsItems, { ...options, playlistId });
  }

  /**
   * @deprecated Use getItems. `GET /playlists/{playlist_id}/tracks` (`limit` up to 100), whose entries
   * carry `track`; in Development Mode it reads `/items` and copies `item` into `track`.
   */
  getTracks(playlistId: string, options: PlaylistItemsOptions = {}): Promise<Page<PlaylistItem>> {
    return this.client.withFallback(
      endpoints.getPlaylistsTracks,
      () => this.client.request(endpoints.getPlaylistsTracks, { ...options, playlistId }),
      async () => {
        const page = await this.itemsFor(playlistId, options);
        // A page without its list reaches here only for a caller that keeps partial answers: it reads
        // the page itself, so it gets it as Spotify sent it.
        return Array.isArray(page.items) ? { ...page, items: page.items.map(asTracksEntry) } : page;
      },
    );
  }

  /**
   * `/items` for a window asked of `/tracks` (`limit` up to 100): its pages hold at most 50, so a longer
   * window is asked as consecutive pieces (the first alone, then the rest where its total says the list
   * goes on) and answered as the one page asked for. Only a call sent as an Extended app's that falls
   * back (auto mode learning Development Mode while it was on its way) asks more than 50 here.
   */
  private async itemsFor(playlistId: string, options: PlaylistItemsOptions): Promise<Page<PlaylistItem>> {
    const limit = options.limit;
    const cap = endpoints.getPlaylistsItems.params.find((p) => p.name === 'limit')?.max ?? limit;
    if (limit === undefined || cap === undefined || limit <= cap) return this.getItems(playlistId, options);
    const offset = options.offset ?? 0;
    const piece = (at: number) =>
      this.getItems(playlistId, { ...options, offset: offset + at, limit: Math.min(cap, limit - at) });
    const first = await piece(0);
    const reach = piecesReach(first, offset, limit);
    const rest: Promise<Page<PlaylistItem>>[] = [];
    for (let at = cap; at < reach; at += cap) rest.push(piece(at));
    return joinPieces<Page<PlaylistItem>>([first, ...(await Promise.all(rest))], limit);
  }

  /**
   * Adds any number of track or episode URIs, 100 per call, at `position` (default: the end). The
   * whole list is checked first (params.ts checkList): a bad entry is a SpotifyError before any call.
   * Resolves to the last call's snapshot.
   */
  addItems(
    playlistId: string,
    uris: readonly string[],
    options: PlaylistChangeOptions & { position?: number } = {},
  ): Promise<SnapshotId> {
    return this.add(ITEMS, playlistId, uris, options);
  }

  /**
   * Removes every occurrence of the given URIs, 100 per call. `snapshotId` applies to the first call;
   * each later call uses the snapshot the previous one returned.
   * The whole list is checked first (params.ts checkList): a bad entry is a SpotifyError before any call.
   */
  removeItems(
    playlistId: string,
    uris: readonly string[],
    options: PlaylistChangeOptions & { snapshotId?: string } = {},
  ): Promise<SnapshotId> {
    return this.removeAll(ITEMS, playlistId, uris, options);
  }

  /** `PUT /playlists/{playlist_id}/items` with a range: moves items. */
  reorderItems(playlistId: string, options: ReorderOptions): Promise<SnapshotId> {
    return this.client.request(ITEMS.update, { ...options, playlistId });
  }

  /**
   * Replaces all items with `uris` (any number: the first 100 replace, the rest are appended). The
   * whole list is checked first (params.ts checkList): a bad entry is a SpotifyError before any call.
   */
  replaceItems(
    playlistId: string,
    uris: readonly string[],
    options: PlaylistChangeOptions = {},
  ): Promise<SnapshotId> {
    return this.replace(ITEMS, playlistId, uris, options);
  }

  /** @deprecated Use addItems. `POST /playlists/{playlist_id}/tracks`; `/items` in Development Mode. */
  async addTracks(
    playlistId: string,
    uris: readonly string[],
    options: PlaylistChangeOptions & { position?: number } = {},
  ): Promise<SnapshotId> {
    // The whole list before the route is picked (auto mode) and before any call.
    checkList(TRACKS.add, 'uris', uris);
    return this.client.withFallback(
      TRACKS.add,
      () => this.add(TRACKS, playlistId, uris, options),
      () => this.addItems(playlistId, uris, options),
    );
  }

  /** @deprecated Use removeItems. `DELETE /playlists/{playlist_id}/tracks`; `/items` in Development Mode. */
  async removeTracks(
    playlistId: string,
    uris: readonly string[],
    options: PlaylistChangeOptions & { snapshotId?: string } = {},
  ): Promise<SnapshotId> {
    // The whole list before the route is picked (auto mode) and before any call.
    checkList(TRACKS.remove, TRACKS.removeList, uris);
    return this.client.withFallback(
      TRACKS.remove,
      () => this.removeAll(TRACKS, playlistId, uris, options),
      () => this.removeItems(playlistId, uris, options),
    );
  }

  /** @deprecated Use reorderItems. `PUT /playlists/{playlist_id}/tracks`; `/items` in Development Mode. */
  reorderTracks(playlistId: string, options: ReorderOptions): Promise<SnapshotId> {
    return this.client.withFallback(
      TRACKS.update,
      () => this.client.request(TRACKS.update, { ...options, playlistId }),
      () => this.reorderItems(playlistId, options),
    );
  }

  /** @deprecated Use replaceItems. `PUT /playlists/{playlist_id}/tracks`; `/items` in Development Mode. */
  async replaceTracks(
    playlistId: string,
    uris: readonly string[],
    options: PlaylistChangeOptions = {},
  ): Promise<SnapshotId> {
    // The whole list before the route is picked (auto mode) and before any call.
    checkList(TRACKS.update, 'uris', uris);
    return this.client.withFallback(
      TRACKS.update,
      () => this.replace(TRACKS, playlistId, uris, options),
      () => this.replaceItems(playlistId, uris, options),
    );
  }

  private async add(
    routes: ItemRoutes,
    playlistId: string,
    uris: readonly string[],
    options: PlaylistChangeOptions & { position?: number },
  ): Promise<SnapshotId> {
    // The whole list before the first chunk is sent.
    checkList(routes.add, 'uris', uris);
    const { position, ...rest } = options;
    let at = position;
    const done = { items: 0, sending: 0 };
    const answers = await partly(done, uris.length, () =>
      inSequence(splitList(routes.add, 'uris', uris), async (slice) => {
        done.sending = slice.length;
        const answer = await this.client.request<SnapshotId>(routes.add, {
          ...rest,
          playlistId,
          uris: slice,
          position: at,
        });
        // Later slices go right after the earlier ones, so the list lands as one block.
        if (at !== undefined) at += slice.length;
        done.items += slice.length;
        return answer;
      }),
    );
    return last(answers);
  }

  private async removeAll(
    routes: ItemRoutes,
    playlistId: string,
    uris: readonly string[],
    options: PlaylistChangeOptions & { snapshotId?: string },
  ): Promise<SnapshotId> {
    checkList(routes.remove, routes.removeList, uris);
    const { snapshotId, ...rest } = options;
    let snapshot = snapshotId;
    const slices = splitList(routes.remove, routes.removeList, uris);
    const done = { items: 0, sending: 0 };
    const answers = await partly(done, uris.length, () =>
      inSequence(slices, async (slice) => {
        done.sending = slice.length;
        const entries: ItemToRemove[] = slice.map((uri) => ({ uri }));
        const answer = await this.client.request<SnapshotId>(routes.remove, {
          ...rest,
          playlistId,
          [routes.removeList]: entries,
          snapshotId: snapshot,
        });
        snapshot = answer?.snapshot_id ?? snapshot;
        done.items += slice.length;
        return answer;
      }),
    );
    return last(answers);
  }

  private async replace(
    routes: ItemRoutes,
    playlistId: string,
    uris: readonly string[],
    options: PlaylistChangeOptions,
  ): Promise<SnapshotId> {
    checkList(routes.update, 'uris', uris);
    const [first = [], ...rest] = splitList(routes.update, 'uris', uris);
    const replaced = await this.client.request<SnapshotId>(routes.update, {
      ...options,
      playlistId,
      uris: first,
    });
    if (rest.length === 0) return replaced;
    // The playlist already holds the first 100: a failure from here on leaves it partly replaced.
    // The add's first call is in flight until it answers (a failure of it is no PartiallyApplied of the add's).
    const done = { items: first.length, sending: rest[0]?.length ?? 0 };
    return partly(done, uris.length, () => this.add(routes, playlistId, rest.flat(), options));
  }

  /** `POST /me/playlists`: a playlist owned by the signed-in user. */
  create(playlist: NewPlaylist & CallOptions): Promise<Playlist> {
    return this.client.request(endpoints.createPlaylist, { ...playlist });
  }

  /**
   * @deprecated Use create. `POST /users/{user_id}/playlists`; `POST /me/playlists` in Development
   * Mode (a user can only create playlists for themselves anyway).
   */
  createForUser(userId: string, playlist: NewPlaylist & CallOptions): Promise<Playlist> {
    const endpoint = endpoints.createPlaylistForUser;
    return this.client.withFallback(
      endpoint,
      () => this.client.request(endpoint, { ...playlist, userId }),
      () => this.create(playlist),
    );
  }

  /**
   * `GET /me/playlists`: the signed-in user's own and followed playlists; `limit` 1 to 50. An entry is
   * null for a playlist Spotify hides, as in search's page of playlists (v16 re-attack, B4).
   */
  listMine(options: PageOptions = {}): Promise<Page<SimplifiedPlaylist | null>> {
    return this.client.request(endpoints.getAListOfCurrentUsersPlaylists, { ...options });
  }

  /**
   * `GET /users/{user_id}/playlists`; `limit` 1 to 50. Extended Quota apps only. An entry is null for
   * a playlist Spotify hides (as listMine).
   */
  listForUser(userId: string, options: PageOptions = {}): Promise<Page<SimplifiedPlaylist | null>> {
    return this.client.request(endpoints.getListUsersPlaylists, { ...options, userId });
  }

  /** `GET /playlists/{playlist_id}/images`. */
  getCover(playlistId: string, options: CallOptions = {}): Promise<Image[]> {
    return this.client.request(endpoints.getPlaylistCover, { ...options, playlistId });
  }

  /** `PUT /playlists/{playlist_id}/images`: a base64-encoded JPEG of at most 256 KB. */
  async uploadCover(
    playlistId: string,
    jpegBase64: string,
    options: PlaylistChangeOptions = {},
  ): Promise<void> {
    await this.client.request(endpoints.uploadCustomPlaylistCover, {
      ...options,
      playlistId,
      image: jpegBase64,
    });
  }

  /** Follows a playlist: `PUT /playlists/{playlist_id}/followers`, or `/me/library` in Development Mode. */
  follow(playlistId: string, options: CallOptions & { public?: boolean } = {}): Promise<void> {
    const endpoint = endpoints.followPlaylist;
    const { public: isPublic, ...rest } = options;
    return this.client.withFallback(
      endpoint,
      async () => {
        await this.client.request(endpoint, { ...rest, playlistId, public: isPublic });
      },
      () => this.library.save([`spotify:playlist:${playlistId}`], rest),
    );
  }

  /** Unfollows a playlist (for its owner: deletes it from their list). */
  unfollow(playlistId: string, options: CallOptions = {}): Promise<void> {
    const endpoint = endpoints.unfollowPlaylist;
    return this.client.withFallback(
      endpoint,
      async () => {
        await this.client.request(endpoint, { ...options, playlistId });
      },
      () => this.library.remove([`spotify:playlist:${playlistId}`], options),
    );
  }

  /**
   * Whether the signed-in user follows the playlist. `userId` is their id, which the old route needs;
   * Development Mode asks `/me/library/contains` instead.
   */
  async isFollowing(playlistId: string, options: CallOptions & { userId?: string } = {}): Promise<boolean> {
    const endpoint = endpoints.checkIfUserFollowsPlaylist;
    const { userId, ...rest } = options;
    const answers = await this.client.withFallback(
      endpoint,
      () =>
        this.client.request<boolean[]>(endpoint, {
          ...rest,
          playlistId,
          ids: userId === undefined ? undefined : [userId],
        }),
      () => this.library.contains([`spotify:playlist:${playlistId}`], rest),
    );
    // One entry, as sent (a missing one is no `false`; one of another type is the caller's to refuse).
    return (await oneAnswerEach(endpoint, ['playlist'], Promise.resolve(answers)))[0] as boolean;
  }
}

function last(answers: readonly SnapshotId[]): SnapshotId {
  const answer = answers.at(-1);
  // No call was needed (no items): there is no new snapshot to report.
  return answer ?? { snapshot_id: '' };
}
