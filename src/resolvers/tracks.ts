import type { GraphQLError } from 'graphql';
import type {
  AudioAnalysis,
  AudioFeatures,
  LinkedTrack,
  SimplifiedAlbum,
  SimplifiedArtist,
  SimplifiedTrack,
  Track,
} from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { uriOf } from '../spotify/uris.js';
import { badValue, externalIdOf, optionalObject, present, presentList } from './bad-values.js';
import { fullTrack, load, popularityOf } from './catalog.js';
import type { GraphQLContext } from './context.js';
import { localTrackOf } from './local-files.js';
import { hasSpotifyId, nodeIdOf, nodeUriOf } from './nodes.js';
import { laterParentOf, parentOf } from './parents.js';
import { loadKey, loadOnce } from './request-loads.js';
import { isLocalFile, isUsableId, nestedEntry, nestedObjectOf } from './unmodelled.js';

type TrackShape = SimplifiedTrack | Track;

/**
 * A local file without a catalog identity: Spotify gives it no id (nor its album and artists); such a
 * track reaches a resolver only with its `spotify:local:` URI (isSpotifyType). A track with a catalog
 * id keeps its album, artists and audio data even when Spotify flags it `is_local: true` (a file of the
 * user's that Spotify matched to a catalog track): the flag never throws away what Spotify sent (v12
 * attack on issue 7, I4).
 */
export const isLocalTrack = (track: TrackShape): boolean => !hasSpotifyId(track);

/**
 * A track's `linked_from` (Track Relinking: the track asked for, `{ id, uri, type: "track", href }`):
 * null when Spotify sent none (or null). `badValue` when it is no object (`"x"`, a list), when its id
 * is no usable track id (missing, null, `5`, malformed), or when its `uri` or `type` names another
 * object; never the track's own identity silently in its place. Source: Spotify's Web API reference,
 * track object `linked_from` (a linked track object).
 */
function linkedFromOf(track: TrackShape): (LinkedTrack & { id: string }) | null {
  const linked = optionalObject(track.linked_from, 'Track.linked_from', true);
  if (linked === null) return null;
  if (!isUsableId('track', linked.id)) {
    throw badValue("Spotify's answer has a linked_from for this track without a usable track id");
  }
  const { type, uri }: { type?: unknown; uri?: unknown } = linked;
  if ((type !== undefined && type !== 'track') || (uri !== undefined && uri !== uriOf('track', linked.id))) {
    throw badValue("Spotify's answer has a linked_from for this track whose uri or type does not name it");
  }
  return { ...linked, id: linked.id };
}

/**
 * Track Relinking (Spotify's Web API reference, track object `linked_from`; "Track Relinking"): with a
 * market, Spotify may answer a track with another copy of it that plays there, under the copy's own
 * `id`, `uri` and data (its name, album, duration), and name the track asked for in `linked_from`. The
 * object Spotify sent IS that copy, so its Node identity is the copy's: `Track.id`, `spotifyId`, `uri`
 * and `href` are its own, and the same Node id never carries the data of two tracks in two markets (a
 * normalising client cache would mix them; v12 attack on issue 7, I8). The track asked for is
 * `linkedFromUri` (for library and playlist changes); `relinkedUri` says the copy is a relinked one.
 */

/** `Track.id`: the URI built from the track's own id; a local file's `spotify:local:` URI. */
export const trackNodeId = (track: TrackShape): string => nodeIdOf(track);

/** `Track.spotifyId`: the track's own base62 id; null for a local file. */
export const trackSpotifyId = (track: TrackShape): string | null => (hasSpotifyId(track) ? track.id : null);

/** `Track.uri`: the track's own URI (one left out is built from its id; see nodeUriOf); a local file's own. */
export const trackUri = (track: TrackShape): string => nodeUriOf(track);

/** `Track.href`: the Web API link Spotify sent for the track; null when it sent none (a local file's). */
export const trackHref = (track: TrackShape): string | null => track.href ?? null;

/**
 * `Track.linkedFromUri`: the URI of the track asked for when Spotify relinked it to this copy (its
 * `linked_from`); null when Spotify did not relink it. Errors as linkedFromOf.
 */
export function linkedFromUriOf(track: TrackShape): string | null {
  const linked = linkedFromOf(track);
  if (!linked || linked.id === track.id) return null;
  return uriOf('track', linked.id);
}

/**
 * `Track.isLocal`: whether the track is a user's local file without a catalog identity. A track with a
 * catalog id is the catalog track even when Spotify flags it `is_local: true` (a file the user added
 * that Spotify matched to a catalog track): false, its Node id and `spotifyId` its own; the playlist
 * entry keeps the flag (`PlaylistItemEdge.isLocal`). A flag that is no boolean is its error (a null is
 * `present`'s, another value the executor's to refuse), whatever the id.
 */
export const trackIsLocal = (track: TrackShape): boolean => {
  if (typeof track.is_local !== 'boolean' && track.is_local !== undefined) {
    return present(track.is_local, 'Track.isLocal');
  }
  return isLocalTrack(track);
};

/**
 * `LocalFile.artistNames`: one entry per named artist Spotify lists for a local file (artists without
 * ids, named from the file's tags), the name as Spotify sent it. A local file's tags may be missing
 * (Spotify's guide "Local Files in Playlists": the information is not guaranteed to exist; Spotify
 * sends `[{"name": ""}]` for a file without an artist tag), so an artist without a name (`""`, null or
 * left out) is no artist and is left out, and a list with none named, left out or null is null: as
 * `node(id:)` of the file's URI answers an empty artist part, never a null entry or a name made up. A
 * list that is no list, an entry that is no object, or a name that is no string is `badValue` (the
 * list's, or that entry's error object, its null explained).
 */
export function localFileArtistNames(track: TrackShape): (string | null)[] | null {
  const artists: unknown = track.artists;
  if (artists === undefined || artists === null) return null;
  if (!Array.isArray(artists)) throw badValue("Spotify's answer has no list for LocalFile.artistNames");
  const names = artists.flatMap((artist: unknown): (string | GraphQLError)[] => {
    if (typeof artist !== 'object' || artist === null || Array.isArray(artist)) {
      return [badValue("Spotify's answer has an entry of LocalFile.artistNames that is not an object")];
    }
    const name: unknown = (artist as { name?: unknown }).name;
    if (name === undefined || name === null || name === '') return [];
    if (typeof name === 'string') return [name];
    return [badValue("Spotify's answer has an artist name of LocalFile.artistNames that is not a string")];
  });
  // An error object in a list is that entry's null and error in GraphQL (see presentEntries).
  return names.length === 0 ? null : (names as (string | null)[]);
}

/**
 * `LocalFile.name`: the title from the file's tags as Spotify sent it; null when Spotify sent none (a
 * local file's tags may be missing), never a title made up.
 */
export const localFileName = (track: TrackShape): string | null => localTag(track.name);

/**
 * One tag of a local file as Spotify sent it: null when missing or empty (`""` is what Spotify sends
 * for a file without the tag, and a `spotify:local:` URI's empty part reads back as null), so a
 * playlist's entry and `node(id:)` of its URI answer alike.
 */
export const localTag = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : value;

/**
 * `Track.name`: the name Spotify sent; for a local file, whose title comes from its own tags, null when
 * Spotify sent none (localFileName); for a catalog track a missing name is `badValue` (Spotify's
 * reference requires no track name, so the field is nullable and the track's other fields answer).
 */
export function trackName(track: TrackShape): string | null {
  return isLocalFile(track) ? localFileName(track) : present(track.name, 'Track.name');
}

/** The URI of the copy Spotify relinked a track to in the market asked; null when it did not relink it. */
export function relinkedUriOf(track: TrackShape): string | null {
  const linked = linkedFromOf(track);
  if (!linked || linked.id === track.id) return null;
  return hasSpotifyId(track) ? `spotify:track:${track.id}` : null;
}

/**
 * A track's duration in ms: its own, or the full track's; `badValue` when neither carries one (never a
 * made-up 0). A local file's is localFileDuration's.
 */
export async function trackDuration(ctx: GraphQLContext, track: TrackShape): Promise<number | null> {
  if (isLocalTrack(track)) return localFileDuration(track);
  return present(track.duration_ms ?? (await fullTrack(ctx, track)).duration_ms, 'Track.durationMs');
}

/**
 * A track's artists, one entry per artist Spotify lists: one without a usable id is its entry's
 * SPOTIFY_UNSUPPORTED_ITEM error, so the list's length stays true. A local file has none (its artist
 * names are in `localFile`).
 */
export async function trackArtists(
  ctx: GraphQLContext,
  track: TrackShape,
): Promise<(SimplifiedArtist | GraphQLError)[]> {
  if (isLocalTrack(track)) return [];
  // A null or missing list is Spotify's bad value, never an empty list (a local file has none: above).
  const own = track.artists !== undefined ? track.artists : (await fullTrack(ctx, track)).artists;
  return presentList(own, 'Track.artists').map((artist) => nestedEntry('artist', artist, 'Track.artists'));
}

/** A track's album: its own, the album that listed it, or the full track's; none for a local file. */
export async function trackAlbum(ctx: GraphQLContext, track: TrackShape): Promise<SimplifiedAlbum | null> {
  if (isLocalTrack(track)) return null;
  return nestedObjectOf(
    'album',
    ('album' in track && track.album) ||
      parentOf<SimplifiedAlbum>(track) ||
      (await laterParentOf<SimplifiedAlbum>(track)) ||
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
    (signal) => ctx.client.request<AudioAnalysis>(endpoint, ctx.opts({ id: track.id, signal })),
    { catalog: true },
  );
}

/**
 * A local file's duration in ms (`Track.durationMs`, `LocalFile.durationMs`), one value whichever way
 * it is read: the `duration_ms` Spotify sent when it is a length, else its `spotify:local:` URI's
 * seconds (localTrackOf, what `node(id:)` of that URI answers); null when neither names a length.
 * Spotify sends 0 (in `duration_ms` and the URI's seconds) for a file whose length it does not know,
 * and an empty seconds part names none: no file lasts 0 ms, so 0 is unknown (null), never a length.
 * A `duration_ms` of the wrong kind is `badValue`, as a catalog track's.
 */
export function localFileDuration(track: TrackShape): number | null {
  const own: unknown = track.duration_ms;
  if (own !== undefined && own !== null && own !== 0) return present(own as number, 'Track.durationMs');
  const fromUri = typeof track.uri === 'string' ? localTrackOf(track.uri)?.duration_ms : undefined;
  return fromUri ?? null;
}

/** A local file's album name, from its tags; null when it carries none. */
export const localFileAlbumName = (track: TrackShape): string | null =>
  'album' in track ? localTag(optionalObject(track.album, 'LocalFile.albumName', true)?.name) : null;

/**
 * `Track.localFile`: the track itself when it is a user's local file without a catalog id, null for a
 * catalog track (also one Spotify flags `is_local: true`, a matched local file): `isLocal` true and
 * `localFile` go together.
 */
export const localFileOf = (track: TrackShape): TrackShape | null => (isLocalTrack(track) ? track : null);

const catalogPopularity = popularityOf(fullTrack);

/**
 * The track's popularity, 0 to 100 (full track only); null when Spotify sent none, and for a local
 * file: Spotify sends it 0, a rank among catalog tracks it has none in (attack 4, LOW).
 */
export const trackPopularity = (ctx: GraphQLContext, track: TrackShape): Promise<number | null> | null =>
  isLocalTrack(track) ? null : catalogPopularity(ctx, track);

/**
 * A track's `disc_number` or `track_number` (`value`); null when Spotify sent none, and a local file's 0:
 * Spotify sends 0 for a file whose tags give none, and both count from 1 (attack 4, LOW).
 */
export const trackPosition = (track: TrackShape, value: number | null | undefined): number | null =>
  value === 0 && isLocalTrack(track) ? null : (value ?? null);

/** The track's ISRC (full track's `external_ids`); null when Spotify sent none. */
export async function trackIsrc(ctx: GraphQLContext, track: TrackShape): Promise<string | null> {
  return externalIdOf((await fullTrack(ctx, track)).external_ids, 'isrc', 'Track.isrc');
}
