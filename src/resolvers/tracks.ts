import type {
  AudioAnalysis,
  AudioFeatures,
  SimplifiedAlbum,
  SimplifiedArtist,
  SimplifiedTrack,
  Track,
} from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { fullTrack, load } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { hasSpotifyId } from './nodes.js';
import { parentOf } from './parents.js';
import { loadKey, loadOnce } from './request-loads.js';
import { nestedObjectOf } from './unmodelled.js';

type TrackShape = SimplifiedTrack | Track;

/** A local file of a playlist: Spotify gives it no id (nor its album and artists). */
export const isLocalTrack = (track: TrackShape): boolean => track.is_local === true || !hasSpotifyId(track);

/** A track's duration: its own, or the full track's. */
export async function trackDuration(ctx: GraphQLContext, track: TrackShape): Promise<number> {
  return track.duration_ms ?? (await fullTrack(ctx, track)).duration_ms ?? 0;
}

/** A track's artists with Spotify ids (a local file's have none). */
export async function trackArtists(ctx: GraphQLContext, track: TrackShape): Promise<SimplifiedArtist[]> {
  return (track.artists ?? (await fullTrack(ctx, track)).artists ?? []).filter(hasSpotifyId);
}

/** A track's album: its own, the album that listed it, or the full track's; none for a local file. */
export async function trackAlbum(ctx: GraphQLContext, track: TrackShape): Promise<SimplifiedAlbum | null> {
  if (isLocalTrack(track)) return null;
  return nestedObjectOf(
    'album',
    ('album' in track && track.album) ||
      parentOf<SimplifiedAlbum>(track) ||
      (await fullTrack(ctx, track)).album,
  );
}

/** A track's audio features, batched 100 per call (Extended Quota apps only); none for a local file. */
export function trackAudioFeatures(ctx: GraphQLContext, track: TrackShape): Promise<AudioFeatures> | null {
  return isLocalTrack(track) ? null : load(ctx, 'audioFeatures', track.id);
}

/** A track's audio analysis, once per request (Extended Quota apps only); none for a local file. */
export function trackAudioAnalysis(ctx: GraphQLContext, track: TrackShape): Promise<AudioAnalysis> | null {
  if (isLocalTrack(track)) return null;
  const endpoint = endpoints.getAudioAnalysis;
  return loadOnce(
    ctx,
    loadKey(endpoint.id, { id: track.id }),
    () => ctx.client.request<AudioAnalysis>(endpoint, ctx.opts({ id: track.id })),
    { catalog: true },
  );
}
