import type { SpotifyUri } from './endpoints/objects.js';

/**
 * The Spotify URI of an item: `spotify:<type>:<id>`, e.g. `uriOf('track', '4iV5W9uYEdYUVa79Axb7Rh')` is
 * `spotify:track:4iV5W9uYEdYUVa79Axb7Rh` (Spotify Web API, "Spotify URIs and IDs"). `type` is Spotify's
 * lower-case type name (album, artist, track, show, episode, audiobook, chapter, playlist, user); `id` is
 * used as given (no check). The one place the server builds a URI; the emulator keeps its own copy by design.
 */
export const uriOf = (type: string, id: string): SpotifyUri => `spotify:${type}:${id}`;
