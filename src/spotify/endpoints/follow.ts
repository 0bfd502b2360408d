import { checkList } from '../params.js';
import { uriOf } from '../uris.js';
import { userUri } from '../user-names.js';
import { distinct, inParallel, inSequence, oneAnswerEach, splitList } from './batching.js';
import type { CallOptions, RequestExecutor } from './executor.js';
import { LibraryEndpoints } from './library.js';
import type { Artist, CursorPage } from './objects.js';
import { endpoints } from './table.js';
import type { EndpointSpec } from './types.js';

export interface FollowedArtistsOptions extends CallOptions {
  /** The last artist id of the previous page (cursor). */
  after?: string;
  /** 1 to 50 (default 20). */
  limit?: number;
}

type FollowType = 'artist' | 'user';

/**
 * The `/me/library` URI of an artist or user id: a user's name percent-encoded as Spotify writes it
 * (`émilie` -> `spotify:user:%C3%A9milie`; userUri), the one spelling used everywhere.
 */
const followUri = (type: FollowType, id: string): string => (type === 'user' ? userUri(id) : uriOf(type, id));

/**
 * Following artists and users. The `/me/following` writes and checks are Extended Quota only;
 * Development Mode apps get the same through `/me/library` with `spotify:artist:` and `spotify:user:`
 * URIs (a user's name percent-encoded: userUri). Playlists are followed through `playlists.follow`.
 * A list of ids is checked whole first (params.ts checkList: artist ids of 22 base62 characters, user
 * names for users): a bad entry is a SpotifyError naming the endpoint, the option and the entry's index,
 * before any call and before the route is picked. A list is split by 50 ids and by its share of the
 * query string (batching.ts splitList: 50 long user names take several calls).
 */
export class FollowEndpoints {
  private readonly library: LibraryEndpoints;

  constructor(private readonly client: RequestExecutor) {
    this.library = new LibraryEndpoints(client);
  }

  /** `GET /me/following?type=artist`: cursor-paged followed artists. */
  async followedArtists(options: FollowedArtistsOptions = {}): Promise<CursorPage<Artist>> {
    const answer = await this.client.request<{ artists: CursorPage<Artist> }>(endpoints.getFollowed, {
      ...options,
      type: 'artist',
    });
    return answer.artists;
  }

  /** Follows artists by id (any number). */
  followArtists(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.change(endpoints.followArtistsUsers, 'artist', ids, options);
  }

  unfollowArtists(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.change(endpoints.unfollowArtistsUsers, 'artist', ids, options);
  }

  /** Follows users by id (any number). */
  followUsers(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.change(endpoints.followArtistsUsers, 'user', ids, options);
  }

  unfollowUsers(ids: readonly string[], options: CallOptions = {}): Promise<void> {
    return this.change(endpoints.unfollowArtistsUsers, 'user', ids, options);
  }

  /** Whether the user follows each artist, in order. */
  isFollowingArtists(ids: readonly string[], options: CallOptions = {}): Promise<boolean[]> {
    return this.check('artist', ids, options);
  }

  /** Whether the user follows each user, in order. */
  isFollowingUsers(ids: readonly string[], options: CallOptions = {}): Promise<boolean[]> {
    return this.check('user', ids, options);
  }

  private async change(
    endpoint: EndpointSpec,
    type: FollowType,
    given: readonly string[],
    options: CallOptions,
  ): Promise<void> {
    // The whole list before any call and before the route is picked: as ids and as the URIs
    // `/me/library` would get. Each distinct id once: a follow is a set change.
    checkList(endpoint, 'ids', given, type);
    const ids = distinct(given);
    const uris = ids.map((id) => followUri(type, id));
    const isFollow = endpoint === endpoints.followArtistsUsers;
    checkList(isFollow ? endpoints.saveLibraryItems : endpoints.removeLibraryItems, 'uris', uris);
    return this.client.withFallback(
      endpoint,
      async () => {
        await inSequence(splitList(endpoint, 'ids', ids), (slice) =>
          this.client.request(endpoint, { ...options, type, ids: slice }),
        );
      },
      () => (isFollow ? this.library.save(uris, options) : this.library.remove(uris, options)),
    );
  }

  private async check(type: FollowType, ids: readonly string[], options: CallOptions): Promise<boolean[]> {
    const endpoint = endpoints.checkCurrentUserFollows;
    checkList(endpoint, 'ids', ids, type);
    const uris = ids.map((id) => followUri(type, id));
    checkList(endpoints.checkLibraryContains, 'uris', uris);
    return this.client.withFallback(
      endpoint,
      async () => {
        const answers = await inParallel(splitList(endpoint, 'ids', ids), (slice) =>
          oneAnswerEach(
            endpoint,
            slice,
            this.client.request<boolean[]>(endpoint, { ...options, type, ids: slice }),
          ),
        );
        return answers.flat();
      },
      () => this.library.contains(uris, options),
    );
  }
}
