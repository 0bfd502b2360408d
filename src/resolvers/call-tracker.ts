/**
 * Counts the Spotify calls one GraphQL request has in flight outside the catalog loaders (list pages,
 * searches, profiles). Catalog loads wait for them, so the objects that sibling lists bring (the albums
 * of ten artists' album pages, arriving one page at a time) go out as one batch per level instead of
 * one batch per page.
 *
 * A batch waits only for the calls that were in flight when it was scheduled (`mark`), and for the
 * calls started while it waited for those (a connection's further pages, started once its first page
 * came). Calls started after a batch that found nothing to wait for do not hold it: a parent object's
 * batch goes out beside the list pages its children need (started early from the parent's id, see
 * child-loads.ts), instead of after them.
 */
export class CallTracker {
  private next = 0;
  // Sequence numbers of the calls in flight; a Set iterates in insertion order, so the oldest first.
  private readonly inflight = new Set<number>();
  private waiting: { fn: () => void; before: number }[] = [];

  track<T>(promise: Promise<T>): Promise<T> {
    const seq = this.next++;
    this.inflight.add(seq);
    return promise.finally(() => {
      this.inflight.delete(seq);
      // Let the continuations of this call enqueue their loads before the waiting batches go out.
      if (this.waiting.length > 0) setImmediate(() => this.flush());
    });
  }

  /** The mark of a batch scheduled now: it waits for the calls in flight at this point. */
  mark(): number {
    return this.next;
  }

  /**
   * Runs `fn` once no tracked call started before `before` (default: any) is in flight, nor any call
   * started while `fn` waited for those.
   */
  whenIdle(fn: () => void, before = Number.POSITIVE_INFINITY): void {
    if (this.idleBefore(before)) fn();
    else this.waiting.push({ fn, before });
  }

  private idleBefore(before: number): boolean {
    for (const seq of this.inflight) return seq >= before;
    return true;
  }

  private flush(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const waiter of waiting) {
      if (this.idleBefore(waiter.before)) {
        // What it waited for is done; calls started meanwhile may feed the same batch: wait for them too.
        waiter.before = Math.max(waiter.before, this.next);
        if (this.idleBefore(waiter.before)) {
          waiter.fn();
          continue;
        }
      }
      this.waiting.push(waiter);
    }
  }
}
