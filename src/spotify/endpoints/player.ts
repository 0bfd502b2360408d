import type { CallOptions, MarketOptions, RequestExecutor } from './executor.js';
import type {
  CurrentlyPlaying,
  CursorPage,
  Device,
  PlaybackState,
  PlayHistory,
  Queue,
  RepeatState,
} from './objects.js';
import { endpoints } from './table.js';

/** Commands go to the active device unless `deviceId` names another. */
export interface DeviceOptions extends CallOptions {
  deviceId?: string;
}

export interface PlayingOptions extends MarketOptions {
  /** Besides tracks, which item types the caller handles (`episode` to see podcast episodes). */
  additionalTypes?: readonly ('track' | 'episode')[];
}

export interface PlayOptions extends DeviceOptions {
  /** An album, artist or playlist to play (`spotify:album:...`). */
  contextUri?: string;
  /** Tracks or episodes to play, instead of a context. */
  uris?: readonly string[];
  /** Where in the context (or `uris`) to start: by index or by item URI. */
  offset?: { position: number } | { uri: string };
  /** Where in the first item to start, in milliseconds. */
  positionMs?: number;
}

export interface RecentlyPlayedOptions extends CallOptions {
  /** 1 to 50 (default 20). */
  limit?: number;
  /** Items played after this Unix time in milliseconds (not with `before`). */
  after?: number;
  /** Items played before this Unix time in milliseconds (not with `after`). */
  before?: number;
}

/**
 * The signed-in user's player. Commands need `user-modify-playback-state` and Spotify Premium; reads
 * need `user-read-playback-state` (the currently playing item also `user-read-currently-playing`; the
 * queue needs both).
 */
export class PlayerEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /me/player`: the playback state, or null when nothing is playing on any device. */
  async state(options: PlayingOptions = {}): Promise<PlaybackState | null> {
    return (
      (await this.client.request<PlaybackState | null | undefined>(
        endpoints.getInformationAboutTheUsersCurrentPlayback,
        {
          ...options,
        },
      )) ?? null
    );
  }

  /** `PUT /me/player`: moves playback to `deviceId`; `play` starts it there (default: keep the state). */
  async transfer(deviceId: string, options: CallOptions & { play?: boolean } = {}): Promise<void> {
    // Spotify takes a list but supports exactly one device.
    await this.client.request(endpoints.transferAUsersPlayback, { ...options, deviceIds: [deviceId] });
  }

  /** `GET /me/player/devices`. */
  async devices(options: CallOptions = {}): Promise<Device[]> {
    const answer = await this.client.request<{ devices: Device[] }>(endpoints.getAUsersAvailableDevices, {
      ...options,
    });
    return answer.devices;
  }

  /** `GET /me/player/currently-playing`, or null when nothing is playing. */
  async currentlyPlaying(options: PlayingOptions = {}): Promise<CurrentlyPlaying | null> {
    return (
      (await this.client.request<CurrentlyPlaying | null | undefined>(
        endpoints.getTheUsersCurrentlyPlayingTrack,
        {
          ...options,
        },
      )) ?? null
    );
  }

  /** `PUT /me/player/play`: starts a context or a list of items, or resumes without options. */
  async play(options: PlayOptions = {}): Promise<void> {
    await this.client.request(endpoints.startAUsersPlayback, { ...options });
  }

  /** `PUT /me/player/pause`. */
  async pause(options: DeviceOptions = {}): Promise<void> {
    await this.client.request(endpoints.pauseAUsersPlayback, { ...options });
  }

  /** `POST /me/player/next`. */
  async next(options: DeviceOptions = {}): Promise<void> {
    await this.client.request(endpoints.skipUsersPlaybackToNextTrack, { ...options });
  }

  /** `POST /me/player/previous`. */
  async previous(options: DeviceOptions = {}): Promise<void> {
    await this.client.request(endpoints.skipUsersPlaybackToPreviousTrack, { ...options });
  }

  /** `PUT /me/player/seek`: to `positionMs` milliseconds into the current item. */
  async seek(positionMs: number, options: DeviceOptions = {}): Promise<void> {
    await this.client.request(endpoints.seekToPositionInCurrentlyPlayingTrack, { ...options, positionMs });
  }

  /** `PUT /me/player/repeat`. */
  async repeat(state: RepeatState, options: DeviceOptions = {}): Promise<void> {
    await this.client.request(endpoints.setRepeatModeOnUsersPlayback, { ...options, state });
  }

  /** `PUT /me/player/volume`: 0 to 100 percent. */
  async volume(volumePercent: number, options: DeviceOptions = {}): Promise<void> {
    await this.client.request(endpoints.setVolumeForUsersPlayback, { ...options, volumePercent });
  }

  /** `PUT /me/player/shuffle`. */
  async shuffle(state: boolean, options: DeviceOptions = {}): Promise<void> {
    await this.client.request(endpoints.toggleShuffleForUsersPlayback, { ...options, state });
  }

  /** `GET /me/player/recently-played`: cursor-paged by play time. */
  recentlyPlayed(options: RecentlyPlayedOptions = {}): Promise<CursorPage<PlayHistory>> {
    return this.client.request(endpoints.getRecentlyPlayed, { ...options });
  }

  /** `GET /me/player/queue`. */
  queue(options: CallOptions = {}): Promise<Queue> {
    return this.client.request(endpoints.getQueue, { ...options });
  }

  /** `POST /me/player/queue`: a track or episode URI. */
  async addToQueue(uri: string, options: DeviceOptions = {}): Promise<void> {
    await this.client.request(endpoints.addToQueue, { ...options, uri });
  }
}
