/**
 * Spotify calls in flight shared by one client's requests and subscriptions (issue 10, attack F3): a
 * subscription holds no fair-use turn while it lives, yet each of its events may run a selection of up
 * to MAX_QUERY_COST calls. All the operations of one client (its fair-use key: the user of a live
 * session, else the address; a caller's own Spotify token counts by address, since a made-up token
 * must not buy a fresh share) take their calls from one share of `size` calls in flight, so a client
 * opening many subscriptions has no more Spotify calls in flight through them than it could have
 * through HTTP (RATE_LIMIT_CONCURRENT requests of REQUEST_SPOTIFY_CONCURRENCY calls each).
 *
 * The shares together also respect `capacity`, the Spotify client's pool (its connections, 100 by
 * default), and hand a freed place to the waiting client with the fewest calls in flight (v9 O1).
 * Within the pool, each client has a fair share (issue 11, v15 re-attack RB3): the last `reserve`
 * places of the pool (SPOTIFY_POOL_RESERVE) go only to a client holding fewer than its fair share,
 * (capacity - reserve) / the clients with calls in flight or waiting. So a client alone may hold
 * capacity - reserve places (75 of 100 by default: one request's 50 and more), clients that compete
 * drift to equal parts of that (a freed place goes to the one with the fewest), and the reserve stays
 * free for a client that comes later: its first call takes a place at once instead of waiting for one
 * of a flooding client's calls to end. With a reserve of 0 this is the plain fewest-first pool.
 */

/**
 * Places of the Spotify client's pool of 100 calls in flight kept for clients under their fair share,
 * by default (SPOTIFY_POOL_RESERVE): a quarter, so a client alone still has 75, one request's 50
 * (REQUEST_SPOTIFY_CONCURRENCY) and more, while a client that comes beside a flood finds 25 free.
 */
export const DEFAULT_POOL_RESERVE = 25;

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
   * @param reserve places of `capacity` that only a client under its fair share may take (0 to
   *   `capacity` - 1; default 0: none kept).
   */
  constructor(
    private readonly size: number,
    private readonly capacity = Number.POSITIVE_INFINITY,
    private readonly reserve = 0,
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
    // Room for it: take a place at once. (After each dispatch no waiting share may take a place, and a
    // newcomer only lowers the others' fair share: nobody who waits is passed over here.)
    if (this.mayTake(share)) {
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

  /**
   * Whether `share` may take a free place now: under its own `size`, the pool not full, and either
   * more than `reserve` places free or `share` under its fair share of the rest.
   */
  private mayTake(share: Share): boolean {
    if (share.active >= this.size || this.active >= this.capacity) return false;
    if (this.capacity - this.active > this.reserve) return true;
    return share.active < this.fairShare();
  }

  /** (capacity - reserve) / the clients with calls in flight or waiting, at least 1 (a call each). */
  private fairShare(): number {
    return Math.max(1, Math.floor((this.capacity - this.reserve) / Math.max(1, this.shares.size)));
  }

  /**
   * Frees `share`'s place, forgets a share with nothing left (the others' fair share grows), and hands
   * free places out (dispatch).
   */
  private release(share: Share): void {
    share.active -= 1;
    this.active -= 1;
    if (share.active === 0 && share.waiting.length === 0) this.shares.delete(share.key);
    this.dispatch();
  }

  /**
   * While the pool has room, gives a place to the waiting share with the fewest calls in flight that may
   * take one (mayTake: under its own `size`, and under its fair share when only the reserve is left;
   * the first to have waited among equals), one call at a time.
   */
  private dispatch(): void {
    while (this.active < this.capacity) {
      let next: Share | undefined;
      for (const share of this.queued)
        if ((next === undefined || share.active < next.active) && this.mayTake(share)) next = share;
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
