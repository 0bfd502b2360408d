/**
 * Spotify's rate limit: a rolling window per app. Each app keeps the times of its recent requests;
 * when the window is full, the answer is 429 with the seconds until the oldest request leaves it.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Records a request; answers the Retry-After seconds when the app is over its limit. */
  hit(appId: string, now: number): number | undefined {
    let times = this.hits.get(appId);
    if (!times) {
      times = [];
      this.hits.set(appId, times);
    }
    const from = now - this.windowMs;
    let drop = 0;
    while (drop < times.length && times[drop]! <= from) drop++;
    if (drop > 0) times.splice(0, drop);
    if (times.length >= this.max) {
      return Math.max(1, Math.ceil((times[0]! + this.windowMs - now) / 1000));
    }
    times.push(now);
    return undefined;
  }

  reset(): void {
    this.hits.clear();
  }
}
