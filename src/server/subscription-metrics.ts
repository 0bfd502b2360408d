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
  metrics.register(
    new Gauge({
      name: 'graphql_subscriptions_active',
      help: 'Subscriptions running now (graphql-ws and SSE)',
      registers: [],
      collect() {
        this.set(counts.cohorts.subscriptions);
      },
    }),
  );
  metrics.register(
    new Gauge({
      name: 'graphql_subscription_cohorts_active',
      help: 'Subscription cohorts now: identical subscriptions of one user (same principal, operation and variables) share one execution per event',
      registers: [],
      collect() {
        this.set(counts.cohorts.groups);
      },
    }),
  );
  metrics.register(
    new Gauge({
      name: 'player_pollers_active',
      help: "Player pollers polling Spotify from this instance now (one per user and player resource, shared by that user's subscribers; with Redis only the poll lease holders)",
      registers: [],
      collect() {
        this.set(counts.playerPollers.pollerCount);
      },
    }),
  );
  metrics.register(
    new Gauge({
      name: 'player_users_subscribed',
      help: 'Users with player subscriptions on this instance now (their player polled here or by the instance holding the poll lease)',
      registers: [],
      collect() {
        this.set(counts.playerPollers.subscribedUsers);
      },
    }),
  );
  metrics.register(
    new Gauge({
      name: 'graphql_ws_connections',
      help: 'graphql-ws WebSocket connections open now',
      registers: [],
      collect() {
        this.set(counts.webSocketConnections());
      },
    }),
  );
  metrics.register(
    new Gauge({
      name: 'graphql_sse_reservations_pending',
      help: 'graphql-sse single-connection streams reserved (PUT) and not yet connected',
      registers: [],
      collect() {
        this.set(counts.pendingSseReservations());
      },
    }),
  );
  metrics.register(
    new Gauge({
      name: 'graphql_sse_streams_open',
      help: 'graphql-sse single-connection streams connected (their GET open) now',
      registers: [],
      collect() {
        this.set(counts.openSseStreams());
      },
    }),
  );
}
