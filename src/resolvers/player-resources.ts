import type { SpotifyApiClient } from '../spotify/client.js';
import type { CurrentlyPlaying, Device, PlaybackState, Queue } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import type { SpotifyAuthorisationToken } from '../spotify/token.js';
import { checkedPlayerAnswer } from './player-answers.js';
import type { PlayerResource } from './player-coordination.js';

/**
 * What the player pollers (src/resolvers/player-pollers.ts) read from Spotify, and what each
 * subscription field shows of it: `state` (`GET /me/player`) serves `playbackState` and
 * `currentlyPlaying`, `devices` (`GET /me/player/devices`) and `queue` (`GET /me/player/queue`) one
 * field each.
 */

/** The subscription fields, each a view of one resource. */
export type PlayerView = 'playbackState' | 'currentlyPlaying' | 'devices' | 'queue';

/** What each view emits (Spotify's objects, as the query side's types expect them). */
export interface PlayerViewValues {
  playbackState: PlaybackState | null;
  currentlyPlaying: CurrentlyPlaying | null;
  devices: Device[];
  queue: Queue;
}

/** The resource each view is read from. */
export const RESOURCE_OF: Readonly<Record<PlayerView, PlayerResource>> = {
  playbackState: 'state',
  currentlyPlaying: 'state',
  devices: 'devices',
  queue: 'queue',
};

/** Both item types are asked for, so that podcast episodes show up instead of an empty item. */
const ADDITIONAL_TYPES = ['track', 'episode'] as const;

/** The currently-playing view of a playback state: the same fields less device, repeat and shuffle. */
export function currentlyPlayingOf(state: PlaybackState | null): CurrentlyPlaying | null {
  if (state === null) return null;
  const { device: _device, repeat_state: _repeat, shuffle_state: _shuffle, ...playing } = state;
  return playing;
}

/**
 * `GET /me/player/currently-playing`'s answer as the playback state gives it: null when no device is
 * active (Spotify's 204) or when nothing is current (`currently_playing_type: "unknown"`, no item and
 * `is_playing: false`: the route's 204 then), else the state less device, repeat and shuffle
 * (currentlyPlayingOf): `"unknown"` without an item while `is_playing` is
 * true is that object (UNKNOWN, item null), as the route answers it (v14 attack on issue 7, F4). A
 * state that lacks its type, or whose `is_playing` is no boolean, is that object too, with the same
 * field errors the route's own answer gives, never a silent null (v16 attack on issue 7, D7). The query and the `currentlyPlaying`
 * subscription both answer this (v17 attack G6).
 */
export function playingOfState(state: PlaybackState | null): CurrentlyPlaying | null {
  if (state === null || state === undefined) return null;
  const type: unknown = state.currently_playing_type;
  const nothingCurrent = type === 'unknown' && state.is_playing === false;
  if ((state.item === null || state.item === undefined) && nothingCurrent) return null;
  return currentlyPlayingOf(state);
}

/** What `view` shows of its resource's reading `raw` (the `currentlyPlaying` view as the query: playingOfState). */
export function project(view: PlayerView, raw: unknown): unknown {
  return view === 'currentlyPlaying' ? playingOfState(raw as PlaybackState | null) : raw;
}

/**
 * One reading of `resource` with `credential` (the token, and where a renewed one goes): the playback
 * state (null when nothing plays), the device list, or the queue. A 429 is not waited out inside the
 * client (`waitOutRateLimit: false`): it is the poll's failure (RateLimitExceeded), so the subscribers
 * get the last value marked stale with Spotify's Retry-After at once, and the poller's next poll waits
 * it out. Throws what the client throws; an answer that is not its documented shape (a devices answer
 * without its list, `is_playing: "yes"`, a queue entry that is a number: checkedPlayerAnswer) is a
 * `badValue` error, the poll's failure, so no subscriber sees a value with one field nulled.
 */
export function readResource(
  client: Pick<SpotifyApiClient, 'request'>,
  resource: PlayerResource,
  credential: {
    authToken: SpotifyAuthorisationToken;
    onTokenRenewed: (fresh: SpotifyAuthorisationToken) => void;
  },
): Promise<unknown> {
  // A poll keeps its own verdict on each list (presentList below, the last list kept stale), never
  // the client's whole-answer BAD_RESPONSE (RequestOptions.partialAnswers).
  const common = { ...credential, waitOutRateLimit: false, partialAnswers: true };
  switch (resource) {
    case 'state':
      return client
        .request<PlaybackState | null | undefined>(endpoints.getInformationAboutTheUsersCurrentPlayback, {
          ...common,
          additionalTypes: ADDITIONAL_TYPES,
        })
        .then((state) => checkedPlayerAnswer('state', state ?? null));
    case 'devices':
      return (
        client
          .request<{ devices?: Device[] }>(endpoints.getAUsersAvailableDevices, common)
          // No list is Spotify's bad answer, as the query says (never "no devices"): the poll fails,
          // the subscribers keep the last list marked stale, or get this error.
          .then((answer) => (checkedPlayerAnswer('devices', answer ?? {}) as { devices: Device[] }).devices)
      );
    case 'queue':
      return client
        .request<Queue>(endpoints.getQueue, common)
        .then((queue) => checkedPlayerAnswer('queue', queue));
  }
}
