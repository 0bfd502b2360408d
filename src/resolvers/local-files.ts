import type { Track } from '../spotify/endpoints/objects.js';

/**
 * Local files: a user's own audio files that Spotify lists in playlists and the player under a
 * `spotify:local:artist:album:title:seconds` URI (each part form-encoded, `+` for a space). Spotify
 * has no object to fetch for them: the URI is all it knows, so a local file is rebuilt from it, in the
 * shape Spotify sends (a track with `is_local: true`, `id: null`, album and artists without ids).
 */
const LOCAL_URI = /^spotify:local:([^:]*):([^:]*):([^:]*):(\d*)$/;

const part = (value: string): string | undefined => {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
};

/** Whether a value is a well-formed `spotify:local:` URI. */
export const isLocalUri = (value: string): boolean => localTrackOf(value) !== undefined;

/** The local file a `spotify:local:` URI names, as Spotify's track shape; undefined when malformed. */
export function localTrackOf(uri: string): Track | undefined {
  const match = LOCAL_URI.exec(uri);
  if (!match) return undefined;
  const [artist, album, title] = [part(match[1]!), part(match[2]!), part(match[3]!)];
  if (artist === undefined || album === undefined || title === undefined) return undefined;
  const nameless = { external_urls: {}, href: null, id: null, uri: null };
  const track = {
    album: {
      ...nameless,
      album_type: null,
      artists: [],
      available_markets: [],
      images: [],
      name: album,
      release_date: null,
      release_date_precision: null,
      type: 'album',
    },
    artists: artist === '' ? [] : [{ ...nameless, name: artist, type: 'artist' }],
    available_markets: [],
    disc_number: 0,
    duration_ms: Number(match[4] || 0) * 1000,
    explicit: false,
    external_ids: {},
    external_urls: {},
    href: null,
    id: null,
    is_local: true,
    name: title,
    popularity: 0,
    preview_url: null,
    track_number: 0,
    type: 'track',
    uri,
  };
  // Spotify's shared shapes say `string` where local files carry null: the object is Spotify's own.
  return track as unknown as Track;
}
