import { RequestCache } from '@pothos/plugin-scope-auth';
import type { GraphQLContext } from './context.js';
import type { PlayerView, PlayerViewValues } from './player-pollers.js';
import type { PlayerEvent } from './player-subscriber.js';
import { bearerTokenSource } from './token-source.js';

/**
 * The source stream of one player subscription field: the user's shared poller for `view`. The schema
 * has checked that the request acts for a user (scope auth, when the subscription starts), and does not
 * check again on events, so scope auth's per-context cache is dropped here: the subscription keeps its
 * context alive for as long as it lives, and the cache (five Maps) would stay with it.
 */
export function subscribePlayer<V extends PlayerView>(
  ctx: GraphQLContext,
  view: V,
): AsyncIterable<PlayerEvent<PlayerViewValues[V]>> {
  RequestCache.clearForContext(ctx);
  return ctx.playerPollers.subscribe(view, ctx.tokenSource ?? bearerTokenSource(ctx.token));
}

/** The value of one event; an error event becomes this event's GraphQL error. */
export function eventValue<T>(event: PlayerEvent<T>): T {
  if ('error' in event) throw event.error;
  return event.value;
}
