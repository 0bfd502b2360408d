import { Gauge } from 'prom-client';
import type { PlayerPollers } from '../resolvers/player-pollers.js';
import type { ServerMetrics } from './metrics.js';
import type { SubscriptionCohorts } from './subscription-cohorts.js';

/** What the subscription gauges read at each scrape. */
export interface SubscriptionCounts {
  /** The player pollers behind the subscriptions. */
  playerPollers: Pick<PlayerPollers, 'pollerCount' | 'subscribedUsers'>;
  /** The running subscriptions and the cohorts (shared executions) they form. */
  cohorts: Pick<SubscriptionCohorts, 'subscriptions' | 'groups'>;
  /** graphql-ws connections open now (0 before the server listens). */
  webSocketConnections(): number;
  /** graphql-sse single-connection reservations not yet connected. */
  pendingSseReservations(): number;
  /** graphql-sse single-connection streams connected (their GET open) now. */
  openSseStreams(): number;
}

/**
 * The subscription gauges at /metrics, read at each scrape (Hasura exports the same two figures):
 * `graphql_subscriptions_active` (running subscriptions, any transport),
 * `graphql_subscription_cohorts_active` (executions per event those cause: identical subscriptions of
 * one user share one),
 * `player_pollers_active` (one per user and player resource this instance polls Spotify for: with
 * Redis, only where it holds the poll lease, so the sum over instances is what Spotify sees),
 * `player_users_subscribed` (users with player subscribers on this instance, polled here or elsewhere),
 * `graphql_ws_connections`, `graphql_sse_reservations_pending` and `graphql_sse_streams_open`.
 */
export function registerSubscriptionGauges(metrics: ServerMetrics, counts: SubscriptionCounts): void {
  const gauges: [name: string, help: string, read: () => number][] = [
    [
      'graphql_subscriptions_active',
      'Subscriptions running now (graphql-ws and SSE)',
      () => counts.cohorts.subscriptions,
    ],
    [
      'graphql_subscription_cohorts_active',
      'Subscription cohorts now: identical subscriptions of one user (same principal, operation and variables) share one execution per event',
      () => counts.cohorts.groups,
    ],
    [
      'player_pollers_active',
      "Player pollers polling Spotify from this instance now (one per user and player resource, shared by that user's subscribers; with Redis only the poll lease holders)",
      () => counts.playerPollers.pollerCount,
    ],
    [
      'player_users_subscribed',
      'Users with player subscriptions on this instance now (their player polled here or by the instance holding the poll lease)',
      () => counts.playerPollers.subscribedUsers,
    ],
    [
      'graphql_ws_connections',
      'graphql-ws WebSocket connections open now',
      () => counts.webSocketConnections(),
    ],
    [
      'graphql_sse_reservations_pending',
      'graphql-sse single-connection streams reserved (PUT) and not yet connected',
      () => counts.pendingSseReservations(),
    ],
    [
      'graphql_sse_streams_open',
      'graphql-sse single-connection streams connected (their GET open) now',
      () => counts.openSseStreams(),
    ],
  ];
  for (const [name, help, read] of gauges) metrics.register(readGauge(name, help, read));
}

/** A gauge that reads its value with `read` at each scrape (in no registry of its own). */
function readGauge(name: string, help: string, read: () => number): Gauge {
  return new Gauge({
    name,
    help,
    registers: [],
    collect() {
      this.set(read());
    },
  });
}
