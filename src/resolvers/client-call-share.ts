/**
 * Spotify calls in flight shared by one client's subscriptions (issue 10, attack F3): a subscription
 * holds no fair-use turn while it lives, yet each of its events may run a selection of up to
 * MAX_QUERY_COST calls. All the subscriptions of one client (its fair-use key) take their calls from
 * one share of `size` calls in flight, so a client opening many subscriptions has no more Spotify
 * calls in flight through them than it could have through HTTP (RATE_LIMIT_CONCURRENT requests of
 * REQUEST_SPOTIFY_CONCURRENCY calls each).
 */

/** A bound on calls in flight that several requests share: `run` waits for a free slot. */
export interface SharedCallSlots {
  /** Runs `call` once one of the share's slots is free; the slot is given back when it settles. */
  run<T>(call: () => Promise<T>): Promise<T>;
}

/** The calls in flight of one client and the calls waiting for a slot. */
interface Share {
  active: number;
  waiting: (() => void)[];
}

/**
 * The per-client shares, by fair-use key. A share exists only while its client has calls in flight
 * or waiting, so the map is bounded by the calls in flight.
 */
export class ClientCallShares {
  private readonly shares = new Map<string, Share>();

  /** @param size calls of one client in flight at once (at least 1). */
  constructor(private readonly size: number) {}

  /** The slots of the client `key` (src/server/rate-limit.ts clientKey). */
  slotsOf(key: string): SharedCallSlots {
    return { run: (call) => this.run(key, call) };
  }

  /** Calls of `key` in flight now (0 for a client with none). */
  inFlight(key: string): number {
    return this.shares.get(key)?.active ?? 0;
  }

  private async run<T>(key: string, call: () => Promise<T>): Promise<T> {
    let share = this.shares.get(key);
    if (!share) {
      share = { active: 0, waiting: [] };
      this.shares.set(key, share);
    }
    if (share.active >= this.size) await new Promise<void>((resolve) => share.waiting.push(resolve));
    else share.active += 1;
    try {
      return await call();
    } finally {
      this.release(key, share);
    }
  }

  /** Passes the slot to the next waiting call, or frees it (and the share with its last slot). */
  private release(key: string, share: Share): void {
    const next = share.waiting.shift();
    if (next) next();
    else if (--share.active === 0) this.shares.delete(key);
  }
}
