/**
 * Spotify's older, track-shaped form of a podcast episode: in a playlist's items (and where Spotify
 * ignores `additional_types`, in the player and the queue) an episode may come as an object with
 * `type: "track"`, `episode: true` and its own `spotify:episode:<id>` URI (Spotify's reference,
 * "Get Playlist Items": "additional_types ... for backwards compatibility"). Its URI (or, without
 * one, Spotify's `episode: true` flag) decides what it is: the episode, read by its id from Spotify (one batched call, as any other catalog object), so it
 * answers as an `Episode` with its own id whatever the query selects; never a Track whose id names a
 * track that does not exist.
 */
import type { Episode } from '../spotify/endpoints/objects.js';
import { load } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { validId } from './ids.js';
import { marketOf } from './parent-markets.js';

const EPISODE_URI = 'spotify:episode:';

/**
 * The episode id of a track-shaped episode, else undefined: a `type: "track"` whose URI is a
 * `spotify:episode:` one (its `id`, when sent, the same), or one Spotify flags `episode: true` without
 * a URI (its `id` then names the episode). Its fields must agree: a URI of another track, or an `id`
 * beside an episode URI that names another, is no episode (nor a track: see agreesWithItself in
 * src/resolvers/unmodelled.ts), so the item is null with its error whatever the query selects.
 */
export function trackShapedEpisodeId(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { type, uri, id, episode } = item as {
    type?: unknown;
    uri?: unknown;
    id?: unknown;
    episode?: unknown;
  };
  if (type !== 'track') return undefined;
  if (uri === undefined || uri === null) {
    return episode === true && typeof id === 'string' && validId('episode', id) ? id : undefined;
  }
  if (typeof uri !== 'string' || !uri.startsWith(EPISODE_URI)) return undefined;
  const own = uri.slice(EPISODE_URI.length);
  if (id !== undefined && id !== null && id !== own) return undefined;
  return validId('episode', own) ? own : undefined;
}

/**
 * An item as the API shows it: a track-shaped episode becomes the episode its URI names (loaded; a
 * rejection is the item's error), anything else stays as it is (an error object stays the entry's error).
 */
export function episodeIfTrackShaped<T>(ctx: GraphQLContext, item: T): T | Promise<Episode> {
  const id = trackShapedEpisodeId(item);
  // In the market the item was read in (parent-markets.ts).
  return id === undefined ? item : load(ctx, 'episode', id, marketOf(item));
}
