/**
 * The longest, in ms, a request waits for Redis where an answer from memory will do (a fair-use check,
 * a shared catalog read): a few round trips of a loaded Redis, far below REDIS_COMMAND_TIMEOUT_MS (2000
 * by default), whose watchdog notices a hung Redis only after up to one and a half of it.
 */
export const REDIS_BOUND_MS = 250;

/** How long, in ms, Redis is not asked (memory answers at once) after an answer went past its bound. */
export const REDIS_RETRY_MS = 1000;

/** What a RedisCircuit tells when it trips (`open`) and when Redis answers again (`closed`). */
export interface CircuitMessages {
  open: string;
  closed: string;
}

/**
 * The circuit of one user of Redis that can answer from memory: tripped when an answer goes past its
 * bound (REDIS_BOUND_MS), after which memory answers at once for REDIS_RETRY_MS; then the next one asks
 * Redis again (within its bound), and an answer closes the circuit. Each change is told once (`warn`,
 * with `messages`' words and the retry): not one line per request.
 */
export class RedisCircuit {
  /** When Redis is asked again (ms since the epoch, Date.now); 0 while the circuit is closed. */
  private retryAt = 0;

  constructor(
    private readonly warn: ((message: string) => void) | undefined,
    private readonly messages: CircuitMessages,
  ) {}

  /** Whether memory answers without asking Redis now. */
  open(): boolean {
    return this.retryAt !== 0 && Date.now() < this.retryAt;
  }

  /** An answer went past its bound: memory answers, told when the circuit was closed. */
  trip(): void {
    if (this.retryAt === 0) this.warn?.(`${this.messages.open} (asked again every ${REDIS_RETRY_MS} ms)`);
    this.retryAt = Date.now() + REDIS_RETRY_MS;
  }

  /** Redis answered: it is asked again, told when the circuit was tripped. */
  close(): void {
    if (this.retryAt === 0) return;
    this.retryAt = 0;
    this.warn?.(this.messages.closed);
  }
}

/**
 * `answer()` (a Redis command's answer), or `fallback()` when it has not settled within `boundMs` (the
 * circuit trips) or while the circuit is open (RedisCircuit). An answer in time closes the circuit; a
 * rejection in time is passed on and leaves the circuit as it is (the caller reads it: Redis down, an
 * error). A late answer is dropped (its rejection too).
 */
export function withinBound<T>(
  circuit: RedisCircuit,
  boundMs: number,
  answer: () => Promise<T>,
  fallback: () => T | Promise<T>,
): Promise<T> {
  if (circuit.open()) return Promise.resolve().then(fallback);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      circuit.trip();
      Promise.resolve().then(fallback).then(resolve, reject);
    }, boundMs);
    answer().then(
      (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        circuit.close();
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
