import { readFileSync } from 'node:fs';
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
  /**
   * Busy time of the main thread (the load generator, and for the client benchmark the client itself)
   * per request, in microseconds: event-loop active time, so it also counts time the OS gave to others.
   */
  mainThreadUsPerRequest: number;
  /**
   * CPU time the main thread was given per request, in microseconds (Linux: the thread's own run time
   * from /proc/thread-self/schedstat; absent elsewhere). Unlike the busy time it leaves out the time
   * the thread waited for a core, so it moves far less with the machine's load.
   */
  mainThreadCpuUsPerRequest?: number;
  /** Busy time of the target's thread per request, in microseconds, when the target is a worker thread. */
  targetUsPerRequest?: number;
  /** Runs that ended at their time cap rather than their request count. */
  timeCapped: number;
  firstError?: string;
}

/** One run's raw figures, before summarising (runs of a comparison are merged). */
interface Run {
  requests: number;
  errors: number;
  seconds: number;
  latencies: Float64Array;
  /** Event-loop active milliseconds of the main thread during the run. */
  activeMs: number;
  /** CPU milliseconds the main thread ran during the run (undefined where the OS does not say). */
  cpuMs: number | undefined;
  /** Event-loop active milliseconds of the target's thread during the run, when known. */
  targetActiveMs: number | undefined;
  timeCapped: boolean;
  firstError: string | undefined;
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? 0;
}

/**
 * Milliseconds of CPU the calling thread has run so far: the first field of Linux's
 * /proc/thread-self/schedstat (nanoseconds on a core, waits for one left out); undefined elsewhere.
 */
function threadCpuMs(): number | undefined {
  try {
    const ns = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `call` from `concurrency` loops until the request count or the time cap is reached. A call that
 * throws counts as an error (and still as a request); latency is measured per call, end to end.
 */
async function measure(
  call: () => Promise<void>,
  options: LoadOptions,
  targetBusyMs?: () => Promise<number>,
): Promise<Run> {
  const targetBefore = targetBusyMs ? await targetBusyMs() : undefined;
  const latencies = new Float64Array(options.requests);
  let started = 0;
  let done = 0;
  let errors = 0;
  let firstError: string | undefined;
  const elu = performance.eventLoopUtilization();
  const cpuBefore = threadCpuMs();
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
  const activeMs = performance.eventLoopUtilization(elu).active;
  const cpuAfter = threadCpuMs();
  const targetAfter = targetBusyMs ? await targetBusyMs() : undefined;
  return {
    requests: done,
    errors,
    seconds,
    latencies: latencies.subarray(0, done),
    activeMs,
    cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    targetActiveMs:
      targetBefore === undefined || targetAfter === undefined ? undefined : targetAfter - targetBefore,
    timeCapped: done < options.requests,
    firstError,
  };
}

/** Runs merged: requests over seconds summed, latency percentiles over every request. */
function summarize(runs: Run[]): LoadResult {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const all = new Float64Array(requests);
  let at = 0;
  for (const run of runs) {
    all.set(run.latencies, at);
    at += run.latencies.length;
  }
  all.sort();
  const result: LoadResult = {
    requests,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    seconds: round(seconds, 3),
    rps: seconds > 0 ? Math.round(requests / seconds) : 0,
    latencyMs: {
      p50: round(percentile(all, 0.5)),
      p99: round(percentile(all, 0.99)),
      max: round(percentile(all, 1)),
    },
    mainThreadUsPerRequest:
      requests > 0 ? Math.round((1000 * runs.reduce((sum, r) => sum + r.activeMs, 0)) / requests) : 0,
    timeCapped: runs.filter((r) => r.timeCapped).length,
  };
  if (requests > 0 && runs.every((r) => r.cpuMs !== undefined)) {
    const cpuMs = runs.reduce((sum, r) => sum + (r.cpuMs ?? 0), 0);
    result.mainThreadCpuUsPerRequest = Math.round((1000 * cpuMs) / requests);
  }
  if (requests > 0 && runs.every((r) => r.targetActiveMs !== undefined)) {
    const targetMs = runs.reduce((sum, r) => sum + (r.targetActiveMs ?? 0), 0);
    result.targetUsPerRequest = Math.round((1000 * targetMs) / requests);
  }
  const firstError = runs.find((r) => r.firstError !== undefined)?.firstError;
  if (firstError !== undefined) result.firstError = firstError;
  return result;
}

export async function runLoad(call: () => Promise<void>, options: LoadOptions): Promise<LoadResult> {
  return summarize([await measure(call, options)]);
}

export interface Contender {
  name: string;
  call: () => Promise<void>;
  /** The target thread's event-loop active time so far (ms), to count its busy time per request. */
  targetBusyMs?: () => Promise<number>;
}

export interface Comparison {
  baseline: string;
  candidate: string;
  /** Every round's req/s, baseline and candidate, and their ratio; odd rounds run the candidate first. */
  rounds: { baselineRps: number; candidateRps: number; ratio: number }[];
  /** All rounds of each contender merged. */
  baselineResult: LoadResult;
  candidateResult: LoadResult;
  /** The median of the rounds' ratios (candidate req/s over baseline req/s): the figure to compare. */
  ratio: number;
  /** The rounds' ratios at the 25th and 75th percentile: how much the machine wavered. */
  ratioQuartiles: [number, number];
  /** Candidate req/s over baseline req/s, all rounds merged. */
  overallRatio: number;
}

/**
 * Measures a candidate against a baseline in the same process: both are warmed up, then measured in
 * many short back-to-back pairs whose order alternates (AB, BA, AB, ...), so that the load of the
 * machine (other processes, GC, JIT) hits both alike; the ratio is the median of the pairs' ratios.
 */
export async function compare(
  baseline: Contender,
  candidate: Contender,
  options: LoadOptions & { rounds: number; warmup: LoadOptions },
): Promise<Comparison> {
  await measure(baseline.call, options.warmup);
  await measure(candidate.call, options.warmup);
  const run = (c: Contender): Promise<Run> => measure(c.call, options, c.targetBusyMs);
  const baselineRuns: Run[] = [];
  const candidateRuns: Run[] = [];
  for (let i = 0; i < options.rounds; i++) {
    if (i % 2 === 0) {
      baselineRuns.push(await run(baseline));
      candidateRuns.push(await run(candidate));
    } else {
      candidateRuns.push(await run(candidate));
      baselineRuns.push(await run(baseline));
    }
  }
  const rps = (run: Run | undefined): number => (run && run.seconds > 0 ? run.requests / run.seconds : 0);
  const rounds = baselineRuns.map((run, i) => {
    const candidateRun = candidateRuns[i];
    return {
      baselineRps: Math.round(rps(run)),
      candidateRps: Math.round(rps(candidateRun)),
      ratio: round(rps(candidateRun) / rps(run), 3),
    };
  });
  const ratios = rounds.map((r) => r.ratio).sort((a, b) => a - b);
  const baselineResult = summarize(baselineRuns);
  const candidateResult = summarize(candidateRuns);
  return {
    baseline: baseline.name,
    candidate: candidate.name,
    rounds,
    baselineResult,
    candidateResult,
    ratio: percentile(ratios, 0.5),
    ratioQuartiles: [percentile(ratios, 0.25), percentile(ratios, 0.75)],
    overallRatio: round(candidateResult.rps / baselineResult.rps, 3),
  };
}
