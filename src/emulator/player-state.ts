import { createHash } from 'node:crypto';
import { ApiError, badRequest, notFound } from './errors.js';
import { createRandom } from './ids.js';
import type { TrackRecord } from './model.js';
import type { EmulatorState } from './state.js';
import { newestFirst } from './user-data.js';

/**
 * A user's Spotify Connect world: devices, what plays, where, and what comes next.
 *
 * No timers: the clock (`state.now()`) can jump, so every read first catches playback up with it
 * (`sync`), walking through the tracks that ended meanwhile.
 */

/**
 * What the player can hold: a catalog track or episode (`id` its Spotify id), or a local file of the
 * user from a playlist (`id` the tail of its `spotify:local:artist:album:title:seconds` URI).
 */
export type PlayItemType = 'track' | 'episode' | 'local';
export interface PlayItem {
  type: PlayItemType;
  id: string;
}

/**
 * What playback can start from. `collection` is the user's Liked Songs: Spotify reports it as a
 * context of `type: "collection"` with the URI `spotify:user:<user id>:collection` (its `id` here is
 * the user's id).
 */
export type ContextType = 'album' | 'playlist' | 'artist' | 'show' | 'collection';
export interface PlayContext {
  type: ContextType;
  id: string;
  uri: string;
}

export type RepeatState = 'off' | 'track' | 'context';

export interface Device {
  readonly id: string;
  readonly name: string;
  /** Spotify's device type names, e.g. `Computer`, `Smartphone`, `Speaker`. */
  readonly type: string;
  volumePercent: number;
  readonly supportsVolume: boolean;
  readonly isPrivateSession: boolean;
  /** A restricted device accepts no Web API commands. */
  readonly isRestricted: boolean;
}

/** What a play command asks for; `offset` and `positionMs` already validated as to type. */
export interface PlayRequest {
  context?: PlayContext;
  uris?: PlayItem[];
  offset?: { position: number } | { uri: string };
  positionMs?: number;
}

/** The actions a client may not take right now (true = disallowed). */
export interface Disallows {
  interrupting_playback: boolean;
  pausing: boolean;
  resuming: boolean;
  seeking: boolean;
  skipping_next: boolean;
  skipping_prev: boolean;
  toggling_repeat_context: boolean;
  toggling_shuffle: boolean;
  toggling_repeat_track: boolean;
  transferring_playback: boolean;
}

/** Spotify counts a stream once it has played for 30 seconds; shorter plays stay out of history. */
const COUNTS_AS_PLAYED_MS = 30_000;
/** History kept per user; the API only ever shows the latest 50. */
const HISTORY_CAP = 1_000;
/**
 * The most items a user's queue holds in the emulator (Spotify documents no cap; its queue answer shows
 * QUEUE_PREVIEW): adding past it is refused with Spotify's player restriction (403, reason UNKNOWN),
 * so a long sandbox's queue stays bounded.
 */
export const QUEUE_CAP = 1_000;
/** How many upcoming items the queue endpoint shows, as on Spotify. */
const QUEUE_PREVIEW = 20;

export const playerError = {
  premiumRequired: () => new ApiError(403, 'Player command failed: Premium required', 'PREMIUM_REQUIRED'),
  noActiveDevice: () =>
    new ApiError(404, 'Player command failed: No active device found', 'NO_ACTIVE_DEVICE'),
  deviceNotFound: () => notFound('Device not found'),
  restricted: (reason: string) => new ApiError(403, 'Player command failed: Restriction violated', reason),
};

const uriOf = (item: PlayItem): string => `spotify:${item.type}:${item.id}`;

/** Stable 40-hex device ids, like Spotify Connect's, the same after every reset. */
const deviceId = (userId: string, slot: string): string =>
  createHash('sha1').update(`${userId}/${slot}`).digest('hex');

function seedDevices(userId: string, displayName: string): Device[] {
  const owner = displayName.split(' ')[0] ?? userId;
  return [
    {
      id: deviceId(userId, 'computer'),
      name: `${owner}'s Laptop`,
      type: 'Computer',
      volumePercent: 70,
      supportsVolume: true,
      isPrivateSession: false,
      isRestricted: false,
    },
    {
      // Phones take no remote volume commands on Spotify (the OS owns the volume).
      id: deviceId(userId, 'smartphone'),
      name: `${owner}'s Phone`,
      type: 'Smartphone',
      volumePercent: 100,
      supportsVolume: false,
      isPrivateSession: false,
      isRestricted: false,
    },
    {
      id: deviceId(userId, 'speaker'),
      name: 'Living Room Speaker',
      type: 'Speaker',
      volumePercent: 40,
      supportsVolume: true,
      isPrivateSession: false,
      isRestricted: false,
    },
    {
      id: deviceId(userId, 'tv'),
      name: 'Hotel TV',
      type: 'TV',
      volumePercent: 30,
      supportsVolume: true,
      isPrivateSession: false,
      isRestricted: true,
    },
  ];
}

export class PlayerState {
  readonly devices: Device[];
  private activeId: string | null = null;
  /** What was started: a context, or null for a list of uris (or nothing at all). */
  private ctxRef: PlayContext | null = null;
  /**
   * The context's entries (or the uris), in their own order, playable or not, so that an offset
   * position counts as it does in the context (a playlist's positions include removed entries).
   */
  private items: PlayItem[] = [];
  /** Indexes into `items` of the entries that play, in order. */
  private playableIndexes: number[] = [];
  /** Play order over the playable `items`: in order, or a permutation while shuffled. */
  private order: number[] = [];
  /** Index into `order` of the current context item, or of the last one before a queued item. */
  private position = -1;
  private currentItem: PlayItem | null = null;
  private fromQueue = false;
  private userQueue: PlayItem[] = [];
  private playing = false;
  /** Progress at `markAt`; while playing, progress grows with the clock from there. */
  private progressAtMark = 0;
  private markAt = 0;
  private shuffled = false;
  private repeatState: RepeatState = 'off';
  private shuffleSeed: number;
  /** Clock time until which an ad plays over the current item (free accounts hear ads). */
  private adUntil = 0;

  constructor(
    private readonly state: EmulatorState,
    readonly userId: string,
  ) {
    const account = state.accounts.get(userId);
    this.devices = seedDevices(userId, account?.displayName ?? userId);
    this.shuffleSeed = [...userId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  }

  // ---- reads -------------------------------------------------------------------------------

  get activeDevice(): Device | undefined {
    return this.devices.find((d) => d.id === this.activeId);
  }

  get context(): PlayContext | null {
    this.sync();
    return this.ctxRef;
  }

  get current(): PlayItem | null {
    this.sync();
    return this.currentItem;
  }

  get isPlaying(): boolean {
    this.sync();
    return this.playing;
  }

  get progressMs(): number {
    this.sync();
    return this.progressAt(this.state.now());
  }

  /** Whether an ad plays now: Spotify then answers `currently_playing_type: "ad"` and `item: null`. */
  get adPlaying(): boolean {
    return this.activeId !== null && this.state.now() < this.adUntil;
  }

  /** Plays an ad for `durationMs` from now, over whatever plays (control API: `/__emulator/player/ad`). */
  playAd(durationMs: number): void {
    this.adUntil = this.state.now() + durationMs;
  }

  get shuffle(): boolean {
    return this.shuffled;
  }

  get repeat(): RepeatState {
    return this.repeatState;
  }

  /** When the playback state last changed (play, pause, skip, seek, a new item). */
  get timestamp(): number {
    this.sync();
    return this.markAt;
  }

  /** What plays after the current item: the user's queue first, then the rest of the context. */
  upcoming(max = QUEUE_PREVIEW): PlayItem[] {
    this.sync();
    // Repeat track is left out: a skip still moves on to these items.
    const next: PlayItem[] = this.userQueue.slice(0, max);
    let at = this.position;
    const n = this.order.length;
    for (let walked = 0; next.length < max && n > 0 && walked < Math.max(n, max); walked++) {
      at++;
      if (at >= n) {
        if (this.repeatState !== 'context') break;
        at = 0;
      }
      const item = this.items[this.order[at]!];
      if (item) next.push(item);
    }
    return next;
  }

  disallows(): Disallows {
    this.sync();
    const loaded = this.currentItem !== null;
    return {
      interrupting_playback: false,
      pausing: !loaded || !this.playing,
      resuming: this.playing || (!loaded && this.userQueue.length === 0),
      seeking: !loaded,
      skipping_next: !this.hasNext(),
      skipping_prev: !this.hasPrevious(),
      toggling_repeat_context: false,
      toggling_shuffle: false,
      toggling_repeat_track: false,
      transferring_playback: false,
    };
  }

  // ---- commands ----------------------------------------------------------------------------

  /** `PUT /me/player`: make a device the active one, optionally making sure it plays. */
  transfer(id: string, play: boolean): void {
    const device = this.device(id);
    this.sync();
    this.activeId = device.id;
    if (play && !this.playing && (this.currentItem || this.advance(false))) this.setPlaying(true);
  }

  /** `PUT /me/player/play`: a new context or list of uris, or a resume when neither is given. */
  play(deviceIdParam: string | undefined, request: PlayRequest): void {
    const device = deviceIdParam === undefined ? this.requireActive() : this.device(deviceIdParam);
    this.sync();
    if (!request.context && !request.uris) {
      if (this.playing && request.positionMs === undefined && device.id === this.activeId) {
        throw playerError.restricted('NOT_PAUSED');
      }
      if (!this.currentItem && !this.advance(false)) throw playerError.restricted('NOT_PLAYING_TRACK');
      this.activeId = device.id;
      if (request.positionMs !== undefined) this.seekTo(request.positionMs);
      this.setPlaying(true);
      return;
    }
    const items = request.uris ?? this.resolveContext(request.context!);
    const playable = items.flatMap((item, i) => (this.isPlayable(item) ? [i] : []));
    if (playable.length === 0) throw playerError.restricted('CONTEXT_DISALLOW');
    const offset = request.offset ? this.offsetIndex(request, items) : 0;
    // An entry that cannot play (removed, unavailable in the user's market) is skipped, as on Spotify.
    const start = playable.find((i) => i >= offset);
    if (start === undefined) throw playerError.restricted('CONTEXT_DISALLOW');
    this.activeId = device.id;
    this.leaveCurrent();
    this.ctxRef = request.context ?? null;
    this.items = items;
    this.playableIndexes = playable;
    this.order = this.shuffled ? this.shuffledOrder(playable, start) : playable;
    this.position = this.shuffled ? 0 : playable.indexOf(start);
    this.setCurrent(items[start]!, false);
    this.playing = true;
    if (request.positionMs !== undefined) this.seekTo(request.positionMs);
  }

  pause(deviceIdParam?: string): void {
    this.target(deviceIdParam);
    if (!this.currentItem || !this.playing) throw playerError.restricted('ALREADY_PAUSED');
    this.setPlaying(false);
  }

  next(deviceIdParam?: string): void {
    this.target(deviceIdParam);
    if (!this.hasNext()) throw playerError.restricted('NO_NEXT_TRACK');
    this.leaveCurrent();
    this.advance(true);
  }

  previous(deviceIdParam?: string): void {
    this.target(deviceIdParam);
    if (!this.hasPrevious()) throw playerError.restricted('NO_PREV_TRACK');
    this.leaveCurrent();
    if (!this.fromQueue) {
      this.position--;
      if (this.position < 0) this.position = this.order.length - 1;
    }
    this.setCurrent(this.items[this.order[this.position]!]!, false);
  }

  seek(positionMs: number, deviceIdParam?: string): void {
    this.target(deviceIdParam);
    if (!this.currentItem) throw playerError.restricted('NOT_PLAYING_TRACK');
    this.seekTo(positionMs);
  }

  setRepeat(repeat: RepeatState, deviceIdParam?: string): void {
    this.target(deviceIdParam);
    this.repeatState = repeat;
    this.touch();
  }

  setShuffle(on: boolean, deviceIdParam?: string): void {
    this.target(deviceIdParam);
    if (on === this.shuffled) return;
    this.shuffled = on;
    const currentIndex = this.position >= 0 ? (this.order[this.position] ?? 0) : 0;
    if (this.items.length > 0) {
      // The current item stays put; only what follows is reordered (or put back in order).
      const playable = this.playableIndexes;
      this.order = on ? this.shuffledOrder(playable, currentIndex) : playable;
      this.position = on ? 0 : Math.max(0, playable.indexOf(currentIndex));
    }
    this.touch();
  }

  /** Sets the volume of the targeted device, which need not be the active one. */
  setVolume(volumePercent: number, deviceIdParam?: string): void {
    const device = deviceIdParam === undefined ? this.requireActive() : this.device(deviceIdParam);
    if (!device.supportsVolume) throw playerError.restricted('VOLUME_CONTROL_DISALLOW');
    device.volumePercent = volumePercent;
  }

  /** Adds to the user's queue; past QUEUE_CAP items, Spotify's restriction (403, reason UNKNOWN). */
  addToQueue(item: PlayItem, deviceIdParam?: string): void {
    this.target(deviceIdParam);
    if (this.userQueue.length >= QUEUE_CAP) throw playerError.restricted('UNKNOWN');
    this.userQueue.push(item);
  }

  // ---- internals ---------------------------------------------------------------------------

  private offsetIndex(request: PlayRequest, items: readonly PlayItem[]): number {
    const offset = request.offset!;
    if (request.context?.type === 'artist') throw badRequest('Offset is not supported for artist contexts');
    if ('position' in offset) {
      if (offset.position >= items.length) throw badRequest('Offset position is out of range');
      return offset.position;
    }
    const index = items.findIndex((item) => uriOf(item) === offset.uri);
    if (index < 0) throw badRequest('Offset uri is not in the context');
    return index;
  }

  /** A known, controllable device, or 404/403. */
  private device(id: string): Device {
    const device = this.devices.find((d) => d.id === id);
    if (!device) throw playerError.deviceNotFound();
    if (device.isRestricted) throw playerError.restricted('DEVICE_NOT_CONTROLLABLE');
    return device;
  }

  private requireActive(): Device {
    const active = this.activeDevice;
    if (!active) throw playerError.noActiveDevice();
    return active;
  }

  /** The device a command acts on: the named one must exist and be the one playing. */
  private target(deviceIdParam: string | undefined): void {
    if (deviceIdParam !== undefined) {
      const device = this.device(deviceIdParam);
      if (device.id !== this.activeId) throw playerError.noActiveDevice();
    } else {
      this.requireActive();
    }
    this.sync();
  }

  private progressAt(now: number): number {
    if (!this.currentItem) return 0;
    return this.playing ? this.progressAtMark + (now - this.markAt) : this.progressAtMark;
  }

  private durationOf(item: PlayItem): number {
    const durationMs =
      item.type === 'local'
        ? Number(item.id.slice(item.id.lastIndexOf(':') + 1)) * 1000
        : (item.type === 'track'
            ? this.state.catalog.tracks.get(item.id)
            : // An episode uri may name an audiobook's chapter (api/player.ts playableUri).
              (this.state.catalog.episodes.get(item.id) ?? this.state.catalog.chapters.get(item.id))
          )?.durationMs;
    // Guards the catch-up loop against a zero-length item.
    return Math.max(1_000, durationMs || 180_000);
  }

  /**
   * Whether an entry can play: a local file or an episode the catalog has, a track the catalog has
   * that is available in the user's country. A removed entry (its id in no catalog) cannot.
   */
  private isPlayable(item: PlayItem): boolean {
    if (item.type === 'local') return true;
    if (item.type === 'episode') return this.state.catalog.episodes.has(item.id);
    const track = this.state.catalog.tracks.get(item.id);
    const country = this.state.accounts.get(this.userId)?.country;
    return track !== undefined && (country === undefined || track.availableMarkets.includes(country));
  }

  /** Catches playback up with the clock: each item that ended meanwhile counts as played. */
  private sync(): void {
    const now = this.state.now();
    while (this.playing && this.currentItem) {
      const duration = this.durationOf(this.currentItem);
      if (this.progressAt(now) < duration) return;
      const endedAt = this.markAt + (duration - this.progressAtMark);
      this.record(this.currentItem, endedAt);
      this.markAt = endedAt;
      this.progressAtMark = 0;
      if (this.repeatState === 'track') continue;
      if (!this.advance(true, endedAt)) {
        // Off the end of the context with repeat off: stop, cued at the start of the context.
        const first = this.items[this.order[0] ?? -1];
        this.position = first ? 0 : -1;
        this.currentItem = first ?? null;
        this.fromQueue = false;
        this.playing = false;
      }
    }
  }

  private hasNext(): boolean {
    if (this.userQueue.length > 0) return true;
    if (this.order.length === 0) return false;
    return this.position + 1 < this.order.length || this.repeatState === 'context';
  }

  private hasPrevious(): boolean {
    if (!this.currentItem || this.order.length === 0) return false;
    if (this.fromQueue) return this.position >= 0;
    return this.position > 0 || this.repeatState === 'context';
  }

  /**
   * Moves to the next item (queue first, then context, wrapping under repeat context). Returns
   * false, changing nothing, when there is none. `keepPlaying` false cues it paused.
   */
  private advance(keepPlaying: boolean, at = this.state.now()): boolean {
    const queued = this.userQueue.shift();
    if (queued) {
      this.setCurrent(queued, true, at);
    } else {
      let next = this.position + 1;
      if (next >= this.order.length) {
        if (this.repeatState !== 'context' || this.order.length === 0) return false;
        next = 0;
      }
      this.position = next;
      this.setCurrent(this.items[this.order[next]!]!, false, at);
    }
    if (!keepPlaying) this.playing = false;
    return true;
  }

  private setCurrent(item: PlayItem, fromQueue: boolean, at = this.state.now()): void {
    this.currentItem = item;
    this.fromQueue = fromQueue;
    this.progressAtMark = 0;
    this.markAt = at;
  }

  /** A skipped or replaced item joins the history only if it played long enough to count. */
  private leaveCurrent(): void {
    const now = this.state.now();
    if (this.currentItem && this.progressAt(now) >= COUNTS_AS_PLAYED_MS) this.record(this.currentItem, now);
  }

  private record(item: PlayItem, playedAt: number): void {
    // Recently played holds tracks only (the spec's note: no podcast episodes).
    if (item.type !== 'track') return;
    const history = this.state.user(this.userId).recentlyPlayed;
    history.unshift({
      trackId: item.id,
      playedAt,
      contextUri: this.fromQueue ? null : (this.ctxRef?.uri ?? null),
    });
    if (history.length > HISTORY_CAP) history.length = HISTORY_CAP;
  }

  private seekTo(positionMs: number): void {
    const item = this.currentItem;
    if (!item) return;
    if (positionMs >= this.durationOf(item)) {
      // Past the end: on to the next item, as the spec says; at the very end, stop.
      this.leaveCurrent();
      if (!this.advance(this.playing)) {
        this.progressAtMark = this.durationOf(item) - 1;
        this.markAt = this.state.now();
        this.playing = false;
      }
      return;
    }
    this.progressAtMark = positionMs;
    this.markAt = this.state.now();
  }

  private setPlaying(on: boolean): void {
    const now = this.state.now();
    this.progressAtMark = this.progressAt(now);
    this.markAt = now;
    this.playing = on;
  }

  /** Records a change of state (repeat, shuffle) without moving progress. */
  private touch(): void {
    this.setPlaying(this.playing);
  }

  /** A fresh permutation of `indexes` that starts with `first`. */
  private shuffledOrder(indexes: readonly number[], first: number): number[] {
    const random = createRandom(this.shuffleSeed++);
    const rest = indexes.filter((i) => i !== first);
    for (let i = rest.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    return indexes.length > 0 ? [first, ...rest] : [];
  }

  private resolveContext(context: PlayContext): PlayItem[] {
    const { catalog } = this.state;
    const tracks = (ids: readonly string[]): PlayItem[] => ids.map((id) => ({ type: 'track', id }));
    switch (context.type) {
      case 'album': {
        const album = catalog.albums.get(context.id);
        if (!album) throw notFound('Context not found');
        return tracks(album.trackIds);
      }
      case 'playlist': {
        const playlist = catalog.playlists.get(context.id);
        if (!playlist) throw notFound('Context not found');
        // Every entry, local files too (Spotify plays them from the user's device and reports them
        // as local tracks); `play` skips the ones that cannot play.
        return playlist.items.map((item) => ({ type: item.type, id: item.id }));
      }
      case 'artist': {
        const artist = catalog.artists.get(context.id);
        if (!artist) throw notFound('Context not found');
        // An artist context plays the artist's own tracks, most popular first.
        const own: TrackRecord[] = [];
        for (const albumId of artist.albumIds) {
          for (const id of catalog.albums.get(albumId)?.trackIds ?? []) {
            const track = catalog.tracks.get(id);
            if (track?.artistIds.includes(artist.id)) own.push(track);
          }
        }
        own.sort((a, b) => b.popularity - a.popularity);
        return tracks(own.map((t) => t.id));
      }
      case 'show': {
        const show = catalog.shows.get(context.id);
        if (!show) throw notFound('Context not found');
        return show.episodeIds.map((id) => ({ type: 'episode', id }));
      }
      case 'collection': {
        // Only the user's own Liked Songs, newest first as Spotify lists them.
        if (context.id !== this.userId) throw notFound('Context not found');
        return tracks(newestFirst(this.state.user(this.userId).saved.track).map(([id]) => id));
      }
    }
  }
}

export function createPlayerState(state: EmulatorState, userId: string): PlayerState {
  return new PlayerState(state, userId);
}
