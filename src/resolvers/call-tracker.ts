/**
 * Counts the Spotify calls one GraphQL request has in flight outside the catalog loaders (list pages,
 * searches, profiles). Catalog loads wait until none is left, so the objects that sibling lists bring
 * (the albums of ten artists' album pages, arriving one page at a time) go out as one batch per level
 * instead of one batch per page.
 */
export class CallTracker {
  private inflight = 0;
  private waiting: (() => void)[] = [];

  track<T>(promise: Promise<T>): Promise<T> {
    this.inflight++;
    return promise.finally(() => {
      this.inflight--;
      // Let the continuations of this call enqueue their loads before the waiting batches go out.
      if (this.inflight === 0) setImmediate(() => this.flush());
    });
  }

  /** Runs `fn` once no tracked call is in flight. */
  whenIdle(fn: () => void): void {
    if (this.inflight === 0) fn();
    else this.waiting.push(fn);
  }

  private flush(): void {
    if (this.inflight !== 0) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const fn of waiting) fn();
  }
}
