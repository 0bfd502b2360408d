import { RequestCache } from '@pothos/plugin-scope-auth';
import type { GraphQLContext } from '../resolvers/context.js';
import type { PlayerView } from '../resolvers/player-pollers.js';
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

/**
 * The source stream of `view`. Scope auth has checked the user by now (authorizeOnSubscribe) and does
 * not check again on events, so its per-context cache is dropped: the subscription keeps its context
 * alive for as long as it lives, and the cache (five Maps) would stay with it.
 */
function subscribe<V extends PlayerView>(ctx: GraphQLContext, view: V) {
  RequestCache.clearForContext(ctx);
  return subscribePlayer(ctx, view);
}

builder.subscriptionFields((t) => ({
  playbackState: t.field({
    type: PlaybackStateRef,
    nullable: true,
    description:
      'The playback state; null when no device is active. Emits on play, pause, seek, a new item, a device, volume, shuffle or repeat change (not as progress advances).',
    subscribe: (_root, _args, ctx) => subscribe(ctx, 'playbackState'),
    resolve: eventValue,
  }),
  currentlyPlaying: t.field({
    type: CurrentlyPlayingRef,
    nullable: true,
    description: 'What plays now; null when nothing does. Emits on a new item, play, pause or seek.',
    subscribe: (_root, _args, ctx) => subscribe(ctx, 'currentlyPlaying'),
    resolve: eventValue,
  }),
  devices: t.field({
    type: [DeviceRef],
    // An entry Spotify sent that is no device is that entry's null with its error, the others answer.
    nullable: { list: false, items: true },
    description:
      "The user's Spotify Connect devices; emits when one appears, leaves, activates or changes volume.",
    subscribe: (_root, _args, ctx) => subscribe(ctx, 'devices'),
    resolve: eventValue,
  }),
  queue: t.field({
    type: PlayerQueueRef,
    description: 'The current item and what comes next; emits when either changes.',
    subscribe: (_root, _args, ctx) => subscribe(ctx, 'queue'),
    resolve: eventValue,
  }),
}));
