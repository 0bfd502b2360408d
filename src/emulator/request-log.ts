export interface LogEntry {
  method: string;
  /** The spec template (`/v1/albums/{id}`), or the raw path when no route matched. */
  route: string;
  path: string;
  /**
   * The query string of a Web API call (`limit=1&offset=0`), so that tests see the pages asked for;
   * empty for the accounts service (its authorize parameters stay out of the log).
   */
  query: string;
  status: number;
  /** When the emulator received the request: Unix ms by the wall clock (a fault's latency comes after). */
  receivedAt: number;
  /** When the emulator answered: Unix ms by the wall clock (not the emulator's movable clock). */
  at: number;
}

const MAX_ENTRIES = 10_000;

/**
 * Most distinct `byRoute` keys: a path no route matches is keyed by itself, so a client probing paths
 * would grow the counts without bound (v13 attack on issue 7, G1); past this many keys, new ones are
 * counted under `<METHOD> (other paths)`. Far above the routes the emulator serves.
 */
export const MAX_ROUTE_KEYS = 1_000;

/** What the emulator was asked, for tests and benchmarks that count upstream calls. */
export class RequestLog {
  private entries: LogEntry[] = [];
  private byRoute = new Map<string, number>();
  private total = 0;

  record(fields: Omit<LogEntry, 'at'>): void {
    const entry: LogEntry = { ...fields, at: Date.now() };
    this.total++;
    const own = `${entry.method} ${entry.route}`;
    const key =
      this.byRoute.has(own) || this.byRoute.size < MAX_ROUTE_KEYS ? own : `${entry.method} (other paths)`;
    this.byRoute.set(key, (this.byRoute.get(key) ?? 0) + 1);
    this.entries.push(entry);
    // Keep the newest entries only; counts stay exact.
    if (this.entries.length > MAX_ENTRIES * 2) this.entries = this.entries.slice(-MAX_ENTRIES);
  }

  /** The requests logged since the last clear (the log's `total`). */
  get count(): number {
    return this.total;
  }

  clear(): void {
    this.entries = [];
    this.byRoute = new Map();
    this.total = 0;
  }

  toJSON(): { total: number; byRoute: Record<string, number>; entries: LogEntry[] } {
    return {
      total: this.total,
      byRoute: Object.fromEntries(this.byRoute),
      entries: this.entries.slice(-MAX_ENTRIES),
    };
  }
}
