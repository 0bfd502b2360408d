import { externalUrlOf, optionalObject, present } from '../resolvers/bad-values.js';
import {
  contextUriOf,
  disallowed,
  disallowsOf,
  type PlayerReads,
  playbackTypeName,
  playerItem,
  queueEntries,
  requestPlayer,
} from '../resolvers/player.js';
import { playableTypeName } from '../resolvers/unmodelled.js';
import type {
  Context,
  CurrentlyPlaying,
  Device,
  Disallows,
  PlaybackState,
  Queue,
} from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import { MARKET_DESCRIPTION } from './common.js';
import { ChapterRef, EpisodeRef, MeRef, TrackRef } from './refs.js';

/** What a player plays or a queue holds: a track, a podcast episode, or an audiobook's chapter. */
const PlayableItemUnion = builder.unionType('PlayableItem', {
  description:
    'What the player plays or the queue holds: a track, a podcast episode, or an audiobook chapter.',
  types: [TrackRef, EpisodeRef, ChapterRef],
  resolveType: playableTypeName,
});

export const RepeatStateEnum = builder.enumType('RepeatState', {
  values: {
    OFF: { value: 'off', description: 'Play through once.' },
    TRACK: { value: 'track', description: 'Repeat the current item.' },
    CONTEXT: { value: 'context', description: 'Repeat the album, playlist, artist or show.' },
  } as const,
});

const PlayingTypeEnum = builder.enumType('CurrentlyPlayingType', {
  values: {
    TRACK: { value: 'track' },
    EPISODE: { value: 'episode' },
    AD: { value: 'ad' },
    UNKNOWN: { value: 'unknown' },
  } as const,
});

export const DeviceRef = builder.objectRef<Device>('Device').implement({
  description: 'A Spotify Connect device of the signed-in user.',
  fields: (t) => ({
    id: t.string({
      nullable: true,
      description: 'Stable for a device; Spotify may leave it out (null) for some devices.',
      resolve: (device) => device.id ?? null,
    }),
    // Nullable: Spotify's device object requires no field (reference spec); a device without a name is
    // still the device to play on, its id and volume worth answering.
    name: t.string({
      nullable: true,
      description: "The device's name; null with a SPOTIFY_UNAVAILABLE error when Spotify sent none.",
      resolve: (device) => present(device.name, 'Device.name'),
    }),
    type: t.exposeString('type', {
      nullable: true,
      description: 'Spotify device type, e.g. Computer, Smartphone, Speaker.',
    }),
    isActive: t.boolean({ nullable: true, resolve: (device) => device.is_active }),
    isPrivateSession: t.boolean({
      nullable: true,
      resolve: (device) => present(device.is_private_session, 'Device.isPrivateSession'),
    }),
    isRestricted: t.boolean({
      nullable: true,
      description: 'A restricted device accepts no Web API commands.',
      resolve: (device) => present(device.is_restricted, 'Device.isRestricted'),
    }),
    volumePercent: t.int({ nullable: true, resolve: (device) => device.volume_percent ?? null }),
    supportsVolume: t.boolean({
      nullable: true,
      resolve: (device) => present(device.supports_volume, 'Device.supportsVolume'),
    }),
  }),
});

export const PlaybackContextRef = builder.objectRef<Context>('PlaybackContext').implement({
  description: 'The album, playlist, artist or show that playback was started from.',
  fields: (t) => ({
    type: t.string({ nullable: true, resolve: (c) => present(c.type, 'PlaybackContext.type') }),
    // Nullable: Spotify's context object requires no field (reference spec); a context whose uri is
    // missing or wrong keeps the type, link and web address Spotify sent.
    uri: t.string({
      nullable: true,
      description:
        "The context's Spotify URI, of its `type` (`spotify:album:...`; a user's Liked Songs are `collection` with `spotify:user:<id>:collection`); null with a SPOTIFY_UNAVAILABLE error (`badValue`) when Spotify sent none or one that names no context of its `type`.",
      resolve: contextUriOf,
    }),
    href: t.string({ nullable: true, resolve: (c) => c.href ?? null }),
    externalUrl: t.string({
      nullable: true,
      resolve: (c) => externalUrlOf(c.external_urls, 'PlaybackContext.externalUrl'),
    }),
  }),
});

const DisallowsRef = builder.objectRef<Disallows>('PlayerDisallows').implement({
  description: 'Which player commands the current state does not allow (true = not allowed now).',
  fields: (t) => ({
    interruptingPlayback: t.boolean({
      nullable: true,
      resolve: (d) => disallowed(d.interrupting_playback, 'interruptingPlayback'),
    }),
    pausing: t.boolean({ nullable: true, resolve: (d) => disallowed(d.pausing, 'pausing') }),
    resuming: t.boolean({ nullable: true, resolve: (d) => disallowed(d.resuming, 'resuming') }),
    seeking: t.boolean({ nullable: true, resolve: (d) => disallowed(d.seeking, 'seeking') }),
    skippingNext: t.boolean({ nullable: true, resolve: (d) => disallowed(d.skipping_next, 'skippingNext') }),
    skippingPrev: t.boolean({ nullable: true, resolve: (d) => disallowed(d.skipping_prev, 'skippingPrev') }),
    togglingRepeatContext: t.boolean({
      nullable: true,
      resolve: (d) => disallowed(d.toggling_repeat_context, 'togglingRepeatContext'),
    }),
    togglingRepeatTrack: t.boolean({
      nullable: true,
      resolve: (d) => disallowed(d.toggling_repeat_track, 'togglingRepeatTrack'),
    }),
    togglingShuffle: t.boolean({
      nullable: true,
      resolve: (d) => disallowed(d.toggling_shuffle, 'togglingShuffle'),
    }),
    transferringPlayback: t.boolean({
      nullable: true,
      resolve: (d) => disallowed(d.transferring_playback, 'transferringPlayback'),
    }),
  }),
});

/** What `currentlyPlaying` and `state` have in common. */
const PlaybackRef = builder.interfaceRef<CurrentlyPlaying>('Playback').implement({
  description: 'What plays now, where in it, and what the player allows.',
  resolveType: playbackTypeName,
  fields: (t) => ({
    isPlaying: t.boolean({ nullable: true, resolve: (p) => present(p.is_playing, 'isPlaying') }),
    item: t.field({
      type: PlayableItemUnion,
      nullable: true,
      description:
        'The track, episode or audiobook chapter, null between items or during an ad (with a SPOTIFY_UNSUPPORTED_ITEM error for an item this API does not model).',
      resolve: (p, _args, ctx) => playerItem(ctx, p.item),
    }),
    currentlyPlayingType: t.field({
      type: PlayingTypeEnum,
      nullable: true,
      description:
        'What plays, as Spotify says (its documented words; one missing or of another word is null with its error, never a made-up UNKNOWN).',
      resolve: (p) => present(p.currently_playing_type, 'Playback.currentlyPlayingType'),
    }),
    progressMs: t.int({
      nullable: true,
      description: 'Milliseconds into the item.',
      resolve: (p) => p.progress_ms ?? null,
    }),
    timestamp: t.float({
      nullable: true,
      // Unix milliseconds do not fit GraphQL's 32-bit Int.
      description: 'When the state last changed, in Unix milliseconds.',
      resolve: (p) => p.timestamp ?? null,
    }),
    context: t.field({
      type: PlaybackContextRef,
      nullable: true,
      description: 'What playback was started from; null for a list of items.',
      resolve: (p) => optionalObject(p.context, 'Playback.context', true),
    }),
    disallows: t.field({ type: DisallowsRef, nullable: true, resolve: disallowsOf }),
  }),
});

export const CurrentlyPlayingRef = builder.objectRef<CurrentlyPlaying>('CurrentlyPlaying').implement({
  description: 'What plays now on the active device.',
  interfaces: [PlaybackRef],
});

export const PlaybackStateRef = builder.objectRef<PlaybackState>('PlaybackState').implement({
  description: 'The whole playback state: what plays, on which device, with which repeat and shuffle.',
  interfaces: [PlaybackRef],
  fields: (t) => ({
    device: t.field({
      type: DeviceRef,
      nullable: true,
      resolve: (s) => optionalObject(s.device, 'PlaybackState.device', true),
    }),
    repeatState: t.field({
      type: RepeatStateEnum,
      nullable: true,
      resolve: (s) => present(s.repeat_state, 'PlaybackState.repeatState'),
    }),
    shuffleState: t.boolean({
      nullable: true,
      resolve: (s) => present(s.shuffle_state, 'PlaybackState.shuffleState'),
    }),
  }),
});

export const PlayerQueueRef = builder.objectRef<Queue>('PlayerQueue').implement({
  description: 'What plays now and what plays next: the user queue first, then the rest of the context.',
  fields: (t) => ({
    currentlyPlaying: t.field({
      type: PlayableItemUnion,
      nullable: true,
      resolve: (q, _args, ctx) => playerItem(ctx, q.currently_playing),
    }),
    items: t.field({
      type: [PlayableItemUnion],
      nullable: { list: true, items: true },
      description:
        'The items to come; an entry is null when Spotify sends none for it, or with a SPOTIFY_UNSUPPORTED_ITEM error for one this API does not model.',
      // An entry's error object is that entry's null and error (GraphQL completes it so).
      resolve: queueEntries,
    }),
  }),
});

const marketArg = builder.args((t) => ({
  market: t.string({
    required: false,
    description: MARKET_DESCRIPTION,
  }),
}));

export const PlayerRef = builder.objectRef<PlayerReads>('Player').implement({
  description:
    "The signed-in user's player (Spotify Connect). Reading needs user-read-playback-state or user-read-currently-playing.",
  fields: (t) => ({
    state: t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: 'The playback state; null when no device is active.',
      args: marketArg,
      resolve: (player, args) => player.state(args.market),
    }),
    currentlyPlaying: t.field({
      type: CurrentlyPlayingRef,
      nullable: true,
      description: 'What plays now; null when nothing does.',
      args: marketArg,
      resolve: (player, args, _ctx, info) => player.currentlyPlaying(args.market, info),
    }),
    devices: t.field({
      type: [DeviceRef],
      nullable: { list: true, items: true },
      description:
        "The user's Spotify Connect devices; an entry Spotify sent that is no device (null, a number, one without a name) is null with its own error while the others answer.",
      // An entry's error object is that entry's null and error (GraphQL completes it so).
      resolve: (player) => player.devices() as Promise<Device[]>,
    }),
    queue: t.field({
      type: PlayerQueueRef,
      nullable: true,
      description: 'The current item and what comes next.',
      resolve: (player) => player.queue(),
    }),
  }),
});

builder.objectField(MeRef, 'player', (t) =>
  t.field({
    type: PlayerRef,
    description: "The user's player: playback state, devices and queue.",
    authScopes: { user: true },
    resolve: (_me, _args, ctx) => requestPlayer(ctx),
  }),
);
