import { eventValue, subscribePlayer } from '../resolvers/player-subscriptions.js';
import { builder } from './builder.js';
import { CurrentlyPlayingRef, DeviceRef, PlaybackStateRef, PlayerQueueRef } from './player.js';

/**
 * The live player: the same types as `me { player { ... } }`, each field emitting its current value
 * first and then each real change. One poller per user and resource serves every subscriber.
 */
builder.subscriptionType({
  description: "Live changes of the signed-in user's player (over graphql-ws or SSE).",
  // Every subscription follows a user's player: checked once, when it starts.
  authScopes: { user: true },
});

builder.subscriptionFields((t) => ({
  playbackState: t.field({
    type: PlaybackStateRef,
    nullable: true,
    description:
      'The playback state; null when no device is active. Emits on play, pause, seek, a new item, a device, volume, shuffle or repeat change (not as progress advances).',
    subscribe: (_root, _args, ctx) => subscribePlayer(ctx, 'playbackState'),
    resolve: eventValue,
  }),
  currentlyPlaying: t.field({
    type: CurrentlyPlayingRef,
    nullable: true,
    description: 'What plays now; null when nothing does. Emits on a new item, play, pause or seek.',
    subscribe: (_root, _args, ctx) => subscribePlayer(ctx, 'currentlyPlaying'),
    resolve: eventValue,
  }),
  devices: t.field({
    type: [DeviceRef],
    // An entry Spotify sent that is no device is that entry's null with its error, the others answer.
    nullable: { list: false, items: true },
    description:
      "The user's Spotify Connect devices; emits when one appears, leaves, activates or changes volume.",
    subscribe: (_root, _args, ctx) => subscribePlayer(ctx, 'devices'),
    resolve: eventValue,
  }),
  queue: t.field({
    type: PlayerQueueRef,
    description: 'The current item and what comes next; emits when either changes.',
    subscribe: (_root, _args, ctx) => subscribePlayer(ctx, 'queue'),
    resolve: eventValue,
  }),
}));
