import { performance } from 'node:perf_hooks';

/** A load run stops at `requests` requests or after `maxSeconds`, whichever comes first. */
export interface LoadOptions {
  /** Calls in flight at once (one per connection for HTTP targets). */
  concurrency: number;
  requests: number;
  maxSeconds: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p99: number; max: number };
  stoppedBy: 'count' | 'time';
  firstError?: string;
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? 0;
}

/**
 * Runs `call` from `concurrency` loops until the request count or the time cap is reached. A call that
 * throws counts as an error (and still as a request); latency is measured per call, end to end.
 */
export async function runLoad(call: () => Promise<void>, options: LoadOptions): Promise<LoadResult> {
  const latencies = new Float64Array(options.requests);
  let started = 0;
  let done = 0;
  let errors = 0;
  let firstError: string | undefined;
  const begin = performance.now();
  const deadline = begin + options.maxSeconds * 1000;
  const loop = async (): Promise<void> => {
    while (started < options.requests && performance.now() < deadline) {
      started += 1;
      const t0 = performance.now();
      try {
        await call();
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
      latencies[done++] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  const seconds = (performance.now() - begin) / 1000;
  const sorted = latencies.subarray(0, done).sort();
  const result: LoadResult = {
    requests: done,
    errors,
    seconds: round(seconds, 3),
    rps: Math.round(done / seconds),
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p99: round(percentile(sorted, 0.99)),
      max: round(percentile(sorted, 1)),
    },
    stoppedBy: done >= options.requests ? 'count' : 'time',
  };
  if (firstError !== undefined) result.firstError = firstError;
  return result;
}

export interface Contender {
  name: string;
  call: () => Promise<void>;
}

export interface Round {
  baseline: LoadResult;
  candidate: LoadResult;
  /** Candidate req/s over baseline req/s in this round. */
  ratio: number;
}

export interface Comparison {
  baseline: string;
  candidate: string;
  /** Every measured round; odd rounds run the candidate first. */
  rounds: Round[];
  /** The median round of each contender, by requests per second. */
  baselineResult: LoadResult;
  candidateResult: LoadResult;
  /** The median of the rounds' ratios (candidate req/s over baseline req/s). */
  ratio: number;
}

function medianOf<T>(values: T[], key: (value: T) => number): T {
  const sorted = [...values].sort((a, b) => key(a) - key(b));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (middle === undefined) throw new Error('no rounds');
  return middle;
}

/**
 * Measures a candidate against a baseline in the same process: both are warmed up, then measured in
 * back-to-back pairs whose order alternates (AB, BA, AB, ...), so that drift in the machine's speed
 * (other processes, GC, JIT) hits both alike. The ratio is the median of the pairs' ratios.
 */
export async function compare(
  baseline: Contender,
  candidate: Contender,
  options: LoadOptions & { rounds: number; warmup: LoadOptions },
): Promise<Comparison> {
  await runLoad(baseline.call, options.warmup);
  await runLoad(candidate.call, options.warmup);
  const rounds: Round[] = [];
  for (let i = 0; i < options.rounds; i++) {
    let baselineResult: LoadResult;
    let candidateResult: LoadResult;
    if (i % 2 === 0) {
      baselineResult = await runLoad(baseline.call, options);
      candidateResult = await runLoad(candidate.call, options);
    } else {
      candidateResult = await runLoad(candidate.call, options);
      baselineResult = await runLoad(baseline.call, options);
    }
    rounds.push({
      baseline: baselineResult,
      candidate: candidateResult,
      ratio: round(candidateResult.rps / baselineResult.rps, 3),
    });
  }
  return {
    baseline: baseline.name,
    candidate: candidate.name,
    rounds,
    baselineResult: medianOf(
      rounds.map((r) => r.baseline),
      (r) => r.rps,
    ),
    candidateResult: medianOf(
      rounds.map((r) => r.candidate),
      (r) => r.rps,
    ),
    ratio: medianOf(rounds, (r) => r.ratio).ratio,
  };
}
