import { chunk, inSequence, listLimit } from './batching.js';
import type { CallOptions, MarketOptions, PageOptions, RequestExecutor } from './executor.js';
import { LibraryEndpoints } from './library.js';
import type { Image, Page, Playlist, PlaylistItem, SimplifiedPlaylist, SnapshotId } from './objects.js';
import { endpoints } from './table.js';

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

export interface ReorderOptions extends CallOptions {
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
  async changeDetails(playlistId: string, details: PlaylistDetails & CallOptions): Promise<void> {
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
        const page = await this.getItems(playlistId, options);
        return { ...page, items: page.items.map((entry) => ({ ...entry, track: entry.item ?? null })) };
      },
    );
  }

  /**
   * Adds any number of track or episode URIs, 100 per call, at `position` (default: the end).
   * Resolves to the last call's snapshot.
   */
  async addItems(
    playlistId: string,
    uris: readonly string[],
    options: CallOptions & { position?: number } = {},
  ): Promise<SnapshotId> {
    const endpoint = endpoints.addItemsToPlaylist;
    const { position, ...rest } = options;
    const slices = chunk(uris, listLimit(endpoint, 'uris'));
    let at = position;
    const answers = await inSequence(slices, async (slice) => {
      const answer = await this.client.request<SnapshotId>(endpoint, {
        ...rest,
        playlistId,
        uris: slice,
        position: at,
      });
      // Later slices go after the earlier ones.
      if (at !== undefined) at += slice.length;
      return answer;
    });
    return last(answers);
  }

  /**
   * Removes every occurrence of the given URIs, 100 per call. `snapshotId` applies to the first call;
   * each later call uses the snapshot the previous one returned.
   */
  async removeItems(
    playlistId: string,
    uris: readonly string[],
    options: CallOptions & { snapshotId?: string } = {},
  ): Promise<SnapshotId> {
    const endpoint = endpoints.removeItemsPlaylist;
    const { snapshotId, ...rest } = options;
    let snapshot = snapshotId;
    const answers = await inSequence(chunk(uris, listLimit(endpoint, 'items')), async (slice) => {
      const items: ItemToRemove[] = slice.map((uri) => ({ uri }));
      const answer = await this.client.request<SnapshotId>(endpoint, {
        ...rest,
        playlistId,
        items,
        snapshotId: snapshot,
      });
      snapshot = answer?.snapshot_id ?? snapshot;
      return answer;
    });
    return last(answers);
  }

  /** `PUT /playlists/{playlist_id}/items` with a range: moves items. */
  reorderItems(playlistId: string, options: ReorderOptions): Promise<SnapshotId> {
    return this.client.request(endpoints.reorderOrReplacePlaylistsItems, { ...options, playlistId });
  }

  /** Replaces all items with `uris` (any number: the first 100 replace, the rest are appended). */
  async replaceItems(
    playlistId: string,
    uris: readonly string[],
    options: CallOptions = {},
  ): Promise<SnapshotId> {
    const endpoint = endpoints.reorderOrReplacePlaylistsItems;
    const [first = [], ...rest] = chunk(uris, listLimit(endpoint, 'uris'));
    const replaced = await this.client.request<SnapshotId>(endpoint, { ...options, playlistId, uris: first });
    if (rest.length === 0) return replaced;
    return this.addItems(playlistId, rest.flat(), options);
  }

  /** @deprecated Use addItems. `POST /playlists/{playlist_id}/tracks` (100 URIs); `/items` in Development Mode. */
  addTracks(
    playlistId: string,
    uris: readonly string[],
    options: CallOptions & { position?: number } = {},
  ): Promise<SnapshotId> {
    const endpoint = endpoints.addTracksToPlaylist;
    return this.client.withFallback(
      endpoint,
      () => this.client.request(endpoint, { ...options, playlistId, uris }),
      () => this.addItems(playlistId, uris, options),
    );
  }

  /** @deprecated Use removeItems. `DELETE /playlists/{playlist_id}/tracks`; `/items` in Development Mode. */
  removeTracks(
    playlistId: string,
    uris: readonly string[],
    options: CallOptions & { snapshotId?: string } = {},
  ): Promise<SnapshotId> {
    const endpoint = endpoints.removeTracksPlaylist;
    return this.client.withFallback(
      endpoint,
      () => this.client.request(endpoint, { ...options, playlistId, tracks: uris.map((uri) => ({ uri })) }),
      () => this.removeItems(playlistId, uris, options),
    );
  }

  /** @deprecated Use reorderItems. `PUT /playlists/{playlist_id}/tracks`; `/items` in Development Mode. */
  reorderTracks(playlistId: string, options: ReorderOptions): Promise<SnapshotId> {
    const endpoint = endpoints.reorderOrReplacePlaylistsTracks;
    return this.client.withFallback(
      endpoint,
      () => this.client.request(endpoint, { ...options, playlistId }),
      () => this.reorderItems(playlistId, options),
    );
  }

  /** @deprecated Use replaceItems. `PUT /playlists/{playlist_id}/tracks` with URIs (100). */
  replaceTracks(playlistId: string, uris: readonly string[], options: CallOptions = {}): Promise<SnapshotId> {
    const endpoint = endpoints.reorderOrReplacePlaylistsTracks;
    return this.client.withFallback(
      endpoint,
      () => this.client.request(endpoint, { ...options, playlistId, uris }),
      () => this.replaceItems(playlistId, uris, options),
    );
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

  /** `GET /me/playlists`: the signed-in user's own and followed playlists; `limit` 1 to 50. */
  listMine(options: PageOptions = {}): Promise<Page<SimplifiedPlaylist>> {
    return this.client.request(endpoints.getAListOfCurrentUsersPlaylists, { ...options });
  }

  /** `GET /users/{user_id}/playlists`; `limit` 1 to 50. Extended Quota apps only. */
  listForUser(userId: string, options: PageOptions = {}): Promise<Page<SimplifiedPlaylist>> {
    return this.client.request(endpoints.getListUsersPlaylists, { ...options, userId });
  }

  /** `GET /playlists/{playlist_id}/images`. */
  getCover(playlistId: string, options: CallOptions = {}): Promise<Image[]> {
    return this.client.request(endpoints.getPlaylistCover, { ...options, playlistId });
  }

  /** `PUT /playlists/{playlist_id}/images`: a base64-encoded JPEG of at most 256 KB. */
  async uploadCover(playlistId: string, jpegBase64: string, options: CallOptions = {}): Promise<void> {
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
    return answers[0] === true;
  }
}

function last(answers: readonly SnapshotId[]): SnapshotId {
  const answer = answers.at(-1);
  // No call was needed (no items): there is no new snapshot to report.
  return answer ?? { snapshot_id: '' };
}
