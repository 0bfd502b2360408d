/**
 * What an endpoint's answer and its repetition mean, beyond the table's parameters: which endpoints
 * Spotify documents without a response body (any 2xx body is then accepted and ignored), and which
 * writes must never be sent twice (a repeat would apply the change twice). Facts from Spotify's Web
 * API reference (2026): player commands, library and follow writes, playlist detail changes and cover
 * uploads answer with no body; adding items, reordering, skipping, queueing and creating are not
 * idempotent.
 */
import type { EndpointSpec } from './types.js';

const BODILESS = new Set([
  'change-playlist-details',
  'upload-custom-playlist-cover',
  'follow-playlist',
  'unfollow-playlist',
  'follow-artists-users',
  'unfollow-artists-users',
  'save-library-items',
  'remove-library-items',
  'save-albums-user',
  'remove-albums-user',
  'save-tracks-user',
  'remove-tracks-user',
  'save-episodes-user',
  'remove-episodes-user',
  'save-shows-user',
  'remove-shows-user',
  'save-audiobooks-user',
  'remove-audiobooks-user',
  'transfer-a-users-playback',
  'start-a-users-playback',
  'pause-a-users-playback',
  'skip-users-playback-to-next-track',
  'skip-users-playback-to-previous-track',
  'seek-to-position-in-currently-playing-track',
  'set-repeat-mode-on-users-playback',
  'set-volume-for-users-playback',
  'toggle-shuffle-for-users-playback',
  'add-to-queue',
]);

/**
 * Writes whose repetition is not harmless. Play and pause are here too: repeated, they restart the
 * item or answer a restriction error for a command that worked.
 */
const NOT_REPEATABLE = new Set([
  'add-tracks-to-playlist',
  'add-items-to-playlist',
  'create-playlist',
  'create-playlist-for-user',
  'skip-users-playback-to-next-track',
  'skip-users-playback-to-previous-track',
  'add-to-queue',
  'start-a-users-playback',
  'pause-a-users-playback',
]);

/** The reorder/replace endpoints reorder (not idempotent) when the body has `range_start`. */
const REORDER_OR_REPLACE = new Set([
  'reorder-or-replace-playlists-tracks',
  'reorder-or-replace-playlists-items',
]);

/** Whether Spotify documents `endpoint` as answering without a body (2xx bodies are then ignored). */
export function answersWithoutBody(endpoint: EndpointSpec): boolean {
  return BODILESS.has(endpoint.id);
}

/**
 * Whether a request to `endpoint` may be sent again after it may have reached Spotify (a 5xx, a
 * dropped connection, a timeout): reads and idempotent writes may; additions, reorders, skips,
 * queueing, creation, play and pause may not.
 */
export function isRepeatable(endpoint: EndpointSpec, body: string | undefined): boolean {
  if (endpoint.method === 'GET') return true;
  if (NOT_REPEATABLE.has(endpoint.id)) return false;
  if (REORDER_OR_REPLACE.has(endpoint.id)) return !(body ?? '').includes('"range_start"');
  return endpoint.method !== 'POST';
}
