/**
 * Spotify calls in flight shared by one client's requests and subscriptions (issue 10, attack F3): a
 * subscription holds no fair-use turn while it lives, yet each of its events may run a selection of up
 * to MAX_QUERY_COST calls. All the operations of one client (its fair-use key) take their calls from
 * one share of `size` calls in flight, so a client opening many subscriptions has no more Spotify
 * calls in flight through them than it could have through HTTP (RATE_LIMIT_CONCURRENT requests of
 * REQUEST_SPOTIFY_CONCURRENCY calls each).
 *
 * The shares together also respect `capacity`, the Spotify client's pool (its connections, 100 by
 * default), and hand a freed place to the waiting client with the fewest calls in flight (v9 O1). One
 * share is 96 calls by default, so two abusing clients asked for 192: without `capacity`, 92 calls
 * waited in the client's first-come queue, and a signed-in user's one `me` call waited behind all of
 * them. Now the calls beyond the pool wait here, per client, and the user's call takes the next free
 * place: a client with few calls in flight never waits behind a client with many.
 */

/** A bound on calls in flight that several requests share: `run` waits for a free slot. */
export interface SharedCallSlots {
  /** Runs `call` once one of the share's slots is free; the slot is given back when it settles. */
  run<T>(call: () => Promise<T>): Promise<T>;
}

/** The calls in flight of one client and the calls waiting for a slot. */
interface Share {
  key: string;
  active: number;
  waiting: (() => void)[];
}

/**
 * One client's slots. A class rather than an object with an arrow function: every idle subscription
 * holds one, and a closure each (with the `name` property tsx's keepNames gives it) cost more.
 */
class ClientSlots implements SharedCallSlots {
  constructor(
    private readonly shares: ClientCallShares,
    private readonly key: string,
  ) {}

  run<T>(call: () => Promise<T>): Promise<T> {
    return this.shares.runAs(this.key, call);
  }
}

/**
 * The per-client shares, by fair-use key. A share exists only while its client has calls in flight
 * or waiting, so the map is bounded by the calls in flight and waiting.
 */
export class ClientCallShares {
  private readonly shares = new Map<string, Share>();
  /** Shares with calls waiting, in the order they began to wait (ties among the fewest go first). */
  private readonly queued = new Set<Share>();
  private active = 0;

  /**
   * @param size calls of one client in flight at once (at least 1).
   * @param capacity calls of all clients in flight at once (the Spotify client's pool; default no bound).
   */
  constructor(
    private readonly size: number,
    private readonly capacity = Number.POSITIVE_INFINITY,
  ) {}

  /** The slots of the client `key` (src/server/rate-limit.ts clientKey). */
  slotsOf(key: string): SharedCallSlots {
    return new ClientSlots(this, key);
  }

  /** Calls of `key` in flight now (0 for a client with none). */
  inFlight(key: string): number {
    return this.shares.get(key)?.active ?? 0;
  }

  /** Calls of `key` waiting for a place now (0 for a client with none). */
  waitingOf(key: string): number {
    return this.shares.get(key)?.waiting.length ?? 0;
  }

  /** Runs `call` in the share of the client `key` (what `slotsOf(key).run(call)` does). */
  async runAs<T>(key: string, call: () => Promise<T>): Promise<T> {
    let share = this.shares.get(key);
    if (!share) {
      share = { key, active: 0, waiting: [] };
      this.shares.set(key, share);
    }
    // Room in both: take a place at once. (While the pool has room, every share still waiting is at its
    // own `size`: dispatch hands out each place freed, so nobody is passed over here.)
    if (share.active < this.size && this.active < this.capacity) {
      share.active += 1;
      this.active += 1;
    } else {
      const waiting = share;
      await new Promise<void>((resolve) => {
        waiting.waiting.push(resolve);
        this.queued.add(waiting);
      });
    }
    try {
      return await call();
    } finally {
      this.release(share);
    }
  }

  /** Frees `share`'s place, hands free places out (dispatch), and forgets a share with nothing left. */
  private release(share: Share): void {
    share.active -= 1;
    this.active -= 1;
    this.dispatch();
    if (share.active === 0 && share.waiting.length === 0) this.shares.delete(share.key);
  }

  /**
   * While the pool has room, gives a place to the waiting share with the fewest calls in flight that is
   * under its own `size` (the first to have waited among equals), one call at a time.
   */
  private dispatch(): void {
    while (this.active < this.capacity) {
      let next: Share | undefined;
      for (const share of this.queued)
        if (share.active < this.size && (next === undefined || share.active < next.active)) next = share;
      if (next === undefined) return;
      const resolve = next.waiting.shift();
      // Served: to the back among its equals, or out of the queue.
      this.queued.delete(next);
      if (next.waiting.length > 0) this.queued.add(next);
      if (resolve === undefined) continue;
      next.active += 1;
      this.active += 1;
      resolve();
    }
  }
}
