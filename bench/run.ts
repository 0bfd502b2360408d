/**
 * `npm run bench [-- emulator client server first-seen nodes hostile upstream waves subscriptions instances]`:
 * runs the benchmarks (all by default), writes bench/results/latest.json after each suite (a later
 * failure or a stop loses nothing measured) and prints a summary. See bench/README.md for what each
 * figure means.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { benchClient, type ClientFigures } from './client.js';
import { benchEmulator, type EmulatorFigures } from './emulator.js';
import { benchFirstSeen, type FirstSeenFigures } from './first-seen.js';
import { benchHostile, type HostileFigures } from './hostile.js';
import { benchInstances, type InstanceFigures } from './instances.js';
import type { LoadResult } from './load.js';
import { benchNodes, type NodesFigures } from './nodes.js';
import { benchServer, type ServerFigures } from './server.js';
import { benchSubscriptions, type SubscriptionFigures } from './subscriptions.js';
import { benchUpstream, type UpstreamFigures } from './upstream.js';
import { benchWaves, type WavesFigures } from './waves.js';

const SUITES = [
  'emulator',
  'client',
  'server',
  'first-seen',
  'nodes',
  'hostile',
  'upstream',
  'waves',
  'subscriptions',
  'instances',
] as const;
type Suite = (typeof SUITES)[number];

/**
 * Each suite's time on an idle machine, in seconds, with room to spare. A suite's watchdog is this
 * times the load per core at its start (at least 1x): a hang still ends the run, a busy machine
 * does not (every figure measured before is already in the results file).
 */
const SUITE_BUDGET_S: Record<Suite, number> = {
  emulator: 30,
  client: 90,
  server: 90,
  'first-seen': 150,
  nodes: 120,
  hostile: 120,
  upstream: 90,
  waves: 60,
  subscriptions: 180,
  instances: 150,
};

interface Results {
  date: string;
  node: string;
  /** graphql-js skips its development checks (e.g. in instanceOf) when this is 'production'. */
  nodeEnv: string | null;
  machine: { cpus: number; cpuModel: string; memoryGB: number; loadAverage1m: number };
  emulator?: EmulatorFigures;
  client?: ClientFigures;
  server?: ServerFigures;
  firstSeen?: FirstSeenFigures;
  nodes?: NodesFigures;
  hostile?: HostileFigures;
  upstreamCalls?: UpstreamFigures['shapes'];
  upstreamCallsSkipped?: UpstreamFigures['skipped'];
  waves?: WavesFigures;
  subscriptions?: SubscriptionFigures;
  instances?: InstanceFigures;
  failures?: Partial<Record<Suite, string>>;
  /** The 1-minute load average after each suite: figures taken under a high one are noisy. */
  loadAverage1mAfter?: Partial<Record<Suite, number>>;
  /**
   * When each suite's figures were measured (ISO 8601): a run of some suites keeps the figures of the
   * others from earlier runs in the file, each with its own date here (and its load above).
   */
  measuredAt?: Partial<Record<Suite, string>>;
}

const isSuite = (name: string): name is Suite => (SUITES as readonly string[]).includes(name);

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    [
      'usage: npm run bench [-- SUITE ...]',
      '',
      `Runs the named suites (default: all of them, in this order): ${SUITES.join(', ')}.`,
      'Each suite writes its figures to bench/results/latest.json as soon as it has them, keeping the',
      'figures of suites not run (each dated in measuredAt), and prints a summary. Every figure is a ratio',
      'against a baseline measured in the same run; see bench/README.md for what each suite compares.',
      '',
      'Needs: instances (run by default) starts redis-server: install it (Debian: apt-get install',
      'redis-server) or set REDIS_SERVER to its path; without it that suite fails, and the others still run.',
      '',
    ].join('\n'),
  );
  process.exit(0);
}
const unknown = args.filter((name) => !isSuite(name));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark ${unknown.join(', ')}; choose from ${SUITES.join(', ')}\n`);
  process.exit(2);
}
const selected: Suite[] = args.length === 0 ? [...SUITES] : SUITES.filter((s) => args.includes(s));

const resultsDir = new URL('./results/', import.meta.url);
const resultsFile = new URL('latest.json', resultsDir);

/** The figures of an earlier run, kept for the suites this run does not measure (none if unreadable). */
async function earlierResults(): Promise<Partial<Results>> {
  try {
    const earlier = JSON.parse(await readFile(resultsFile, 'utf8')) as Partial<Results>;
    // Figures measured before `measuredAt` existed have no date of their own: the run's date is theirs.
    const date = typeof earlier.date === 'string' ? earlier.date : undefined;
    const measuredAt: Partial<Record<Suite, string>> = { ...earlier.measuredAt };
    for (const suite of SUITES)
      if (earlier[RESULT_KEY[suite]] !== undefined && measuredAt[suite] === undefined && date)
        measuredAt[suite] = date;
    return { ...earlier, measuredAt };
  } catch {
    return {};
  }
}

/** A shape's flag when the cost estimate is below its calls (never allowed), or not equal where it is meant to be. */
function estimateFlag(s: { calls: number; estimate: number; exactEstimate: boolean }): string {
  if (s.estimate < s.calls) return '  ESTIMATE BELOW THE CALLS';
  return s.exactEstimate && s.estimate !== s.calls ? '  ESTIMATE NOT EXACT' : '';
}

/** Where each suite's figures sit in the results. */
const RESULT_KEY: Record<Suite, keyof Results> = {
  emulator: 'emulator',
  client: 'client',
  server: 'server',
  'first-seen': 'firstSeen',
  nodes: 'nodes',
  hostile: 'hostile',
  upstream: 'upstreamCalls',
  waves: 'waves',
  subscriptions: 'subscriptions',
  instances: 'instances',
};

const earlier = await earlierResults();
const results: Results = {
  ...earlier,
  date: new Date().toISOString(),
  node: process.version,
  nodeEnv: process.env.NODE_ENV ?? null,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
    loadAverage1m: Number((loadavg()[0] ?? 0).toFixed(2)),
  },
};

async function save(): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
}

/** Arms the watchdog of `suite`, scaled by the load per core now; answers its disarm. */
function watch(suite: Suite): () => void {
  const loadPerCore = (loadavg()[0] ?? 0) / Math.max(1, cpus().length);
  const budgetS = Math.round(SUITE_BUDGET_S[suite] * Math.max(1, loadPerCore));
  const timer = setTimeout(() => {
    process.stderr.write(
      `bench: ${suite} still running after ${budgetS} s (load per core ${loadPerCore.toFixed(1)}); writing what there is and stopping\n`,
    );
    results.failures = { ...results.failures, [suite]: `watchdog: more than ${budgetS} s` };
    void save().finally(() => process.exit(1));
  }, budgetS * 1000);
  timer.unref();
  return () => clearTimeout(timer);
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const load = (r: LoadResult): string =>
  `${String(r.rps).padStart(6)} req/s  p50 ${ms(r.latencyMs.p50)}  p99 ${ms(r.latencyMs.p99)}${
    r.errors > 0 ? `  ${r.errors} errors (${r.firstError ?? ''})` : ''
  }`;
const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');
const print = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

async function runSuite(suite: Suite): Promise<void> {
  const started = Date.now();
  print(`== ${suite}`);
  switch (suite) {
    case 'emulator': {
      const e = await benchEmulator();
      results.emulator = e;
      print(`  ${e.route} at ${e.connections} connections: ${load(e.result)}`);
      print(`  target >= ${e.target.minRps} req/s: ${verdict(e.target.met)}`);
      break;
    }
    case 'client': {
      const c = await benchClient();
      results.client = c;
      print(`  undici.request            ${load(c.raw)}`);
      print(`  SpotifyApiClient.request  ${load(c.client)}`);
      print(
        `  main thread busy per request: raw ${c.raw.mainThreadUsPerRequest} us, client ${c.client.mainThreadUsPerRequest} us`,
      );
      if (c.cpuPerRequest)
        print(
          `  main thread CPU per request: raw ${c.cpuPerRequest.rawUs} us, client ${c.cpuPerRequest.clientUs} us (raw/client ${c.cpuPerRequest.rawOverClient.toFixed(2)})`,
        );
      print(
        `  ${c.rounds.length} rounds (client/raw): median ${c.ratio.toFixed(2)}, quartiles ${c.ratioQuartiles.map((q) => q.toFixed(2)).join('-')}, all merged ${c.overallRatio.toFixed(2)}`,
      );
      print(`  ratio ${c.ratio.toFixed(2)}  target >= ${c.target}: ${verdict(c.met)}`);
      print(
        `  peer ${c.peer.name}: ${c.peer.rps} req/s, ratio to raw ${c.peer.ratio.toFixed(2)} (quartiles ${c.peer.ratioQuartiles.map((q) => q.toFixed(2)).join('-')})${c.peer.errors > 0 ? `, ${c.peer.errors} errors` : ''}`,
      );
      break;
    }
    case 'server': {
      const s = await benchServer();
      results.server = s;
      print(`  yoga "hello"              ${load(s.hello)}`);
      print(`  warm album query          ${load(s.server)}`);
      print(
        `  server thread busy per request: hello ${s.hello.targetUsPerRequest ?? '?'} us, warm album ${s.server.targetUsPerRequest ?? '?'} us`,
      );
      print(
        `  ${s.rounds.length} rounds (server/hello): median ${s.ratio.toFixed(2)}, quartiles ${s.ratioQuartiles.map((q) => q.toFixed(2)).join('-')}, all merged ${s.overallRatio.toFixed(2)}`,
      );
      print(`  upstream calls while warm: ${s.upstreamCallsWhileWarm.total}`);
      print(`  ratio ${s.ratio.toFixed(2)}  target >= ${s.target}: ${verdict(s.met)}`);
      break;
    }
    case 'first-seen': {
      const f = await benchFirstSeen();
      results.firstSeen = f;
      print(
        `  as production runs: NODE_ENV=${f.nodeEnv} (a child process) and a production configuration (GraphiQL and introspection off)`,
      );
      print(
        `  load average (1 min) ${f.loadAverage.start} at the start, ${f.loadAverage.end} at the end, on ${f.loadAverage.cpus} cores${f.loadAverage.start > f.loadAverage.cpus || f.loadAverage.end > f.loadAverage.cpus ? ': above the cores, the figures are noisy' : ''}`,
      );
      print(
        `  CPU per request (us), after ${f.warmRequests} warm-up requests; the shapes take turns, pairs of alternating rounds of ${f.requests} (${f.shapeBudgetMs} ms a shape, at least ${f.minPairs} pairs); merged: the median of blocks of ${f.blockPairs} pairs, each merged (the target's):`,
      );
      const q = (pair: [number, number]) => pair.map((x) => x.toFixed(2)).join('-');
      const sideLine = (name: string, side: typeof f.jit) =>
        print(
          `  ${name.padEnd(38)} repeated ${String(side.repeatedUsPerRequest).padStart(5)}  first-seen ${String(side.firstSeenUsPerRequest).padStart(5)}  merged ${side.mergedRatio.toFixed(2)} (quartiles ${q(side.mergedQuartiles)}, ${side.blocks} blocks); pairs' median ${side.ratio.toFixed(2)} (${q(side.ratioQuartiles)}, ${side.pairs} pairs), all merged ${side.overallRatio.toFixed(2)}`,
        );
      for (const shape of f.shapes) {
        sideLine(`${shape.shape}, graphql-js (default)`, shape.noJit);
        sideLine(`${shape.shape}, graphql-jit (GRAPHQL_JIT=true)`, shape.jit);
      }
      sideLine(`aliases, ${f.served} + response cache`, f.responseCache);
      print(
        `  first-seen / repeated (aliases, ${f.served} as configured, merged) ${(f.served === 'graphql-jit' ? f.jit : f.noJit).mergedRatio.toFixed(2)}  target >= ${f.target}: ${verdict(f.met)}; lowest: ${f.worst.shape} ${f.worst.ratio.toFixed(2)}`,
      );
      break;
    }
    case 'nodes': {
      const n = await benchNodes();
      results.nodes = n;
      for (const s of n.sizes) {
        print(
          `  ${String(s.nodes).padStart(5)} nodes: ${String(s.serverRps).padStart(6)} req/s against hello ${String(s.helloRps).padStart(6)}: ratio ${s.ratio.toFixed(3)}  (server ${s.targetUsPerRequest ?? '?'} us per request)`,
        );
      }
      print(`  upstream calls while warm: ${n.upstreamCallsWhileWarm}`);
      break;
    }
    case 'hostile': {
      const h = await benchHostile();
      results.hostile = h;
      print(
        `  heap growth after ${h.memory.documents} distinct ${h.memory.documentBytes / 1000} KB documents (half failing): ${h.memory.heapGrowthMB} MB`,
      );
      const d = h.eventLoopDelayMs;
      print(
        `  event-loop delay p99 / max: honest ${d.honest.p99} / ${d.honest.max} ms, hostile ${d.hostile.p99} / ${d.hostile.max} ms`,
      );
      print(
        `  victim me p50: idle ${h.victim.idleP50Ms} ms, beside an abuser ${h.victim.abusedP50Ms} ms: ratio ${h.victim.ratio} (${h.victim.abuserRequests} abuser requests)`,
      );
      break;
    }
    case 'upstream': {
      const u = await benchUpstream();
      results.upstreamCalls = u.shapes;
      results.upstreamCallsSkipped = u.skipped;
      print('  mode         calls  minimum  estimate  naive  calls/naive  shape');
      for (const s of u.shapes) {
        const off =
          s.calls > s.minimum ? '  ABOVE MINIMUM' : s.calls < s.minimum ? '  BELOW MINIMUM' : '  ERRORS';
        const flag = `${s.atMinimum ? '' : off}${estimateFlag(s)}`;
        const errors = s.errors ? `  errors: ${s.errors.join('; ')}` : '';
        print(
          `  ${s.mode.padEnd(12)} ${String(s.calls).padStart(5)}  ${String(s.minimum).padStart(7)}  ${String(s.estimate).padStart(8)}${s.exactEstimate ? '=' : ' '} ${String(s.naive).padStart(5)}  ${s.ratio.toFixed(3).padStart(11)}  ${s.shape}${flag}${errors}`,
        );
      }
      for (const s of u.skipped) print(`  skipped: ${s.shape} (${s.missing})`);
      break;
    }
    case 'waves': {
      const w = await benchWaves();
      results.waves = w;
      print(
        `  ${w.latencyMs} ms on every Spotify route; median of ${w.runs} runs; ${w.requestConcurrency} Spotify calls in flight per request`,
      );
      print('  depth  waves  wall/latency  calls  estimate  widest wave  shape');
      for (const s of w.shapes) {
        const flag = s.met
          ? ''
          : s.observedWaves > s.dependencyDepth
            ? '  MORE WAVES THAN THE DEPTH'
            : s.observedWaves < s.dependencyDepth
              ? '  FEWER WAVES THAN THE DEPTH (calls answered elsewhere?)'
              : '  ERRORS';
        const errors = s.errors ? `  errors: ${s.errors.join('; ')}` : '';
        print(
          `  ${String(s.dependencyDepth).padStart(5)}  ${String(s.observedWaves).padStart(5)}  ${s.wallOverLatency.toFixed(2).padStart(12)}  ${String(s.calls).padStart(5)}  ${String(s.estimate).padStart(8)}${s.exactEstimate ? '=' : ' '} ${String(s.widestWave).padStart(11)}  ${s.shape}${flag}${estimateFlag(s)}${errors}`,
        );
      }
      break;
    }
    case 'subscriptions': {
      const s = await benchSubscriptions();
      results.subscriptions = s;
      for (const m of s.memory) {
        print(
          `  ${String(m.subscriptions).padStart(6)} idle graphql-ws subscriptions: ${m.bytesPerSubscription} B each (heap ${m.heapBytesPerSubscription}, external ${m.externalBytesPerSubscription})  target < ${s.memoryTargetBytes}: ${verdict(m.met)}`,
        );
      }
      print(`  player calls per minute at a ${s.pollIntervalMs} ms interval:`);
      for (const c of s.calls) {
        print(
          `  ${String(c.users).padStart(4)} users ${String(c.subscribers).padStart(5)} subscribers: ${String(c.callsPerMinute).padStart(6)} /min (${c.callsPerMinutePerUser} per user)`,
        );
      }
      print(
        `  1,000 subscribers / 1 subscriber: ${s.callsRatio1000to1}  target ~1: ${verdict(s.callsRatio1000to1 <= 1.2)}`,
      );
      print('  Spotify calls of one event (a skip) under identical subscriptions with artist fields:');
      for (const f of s.fanOut)
        print(
          `  ${String(f.subscribers).padStart(5)} subscribers: ${String(f.callsPerEvent).padStart(4)} calls`,
        );
      print(
        `  most / one subscriber: ${s.fanOutRatio}  target 1: ${verdict(s.fanOutRatio > 0 && s.fanOutRatio <= 1)}`,
      );
      print(
        '  Spotify calls of one event (a skip) under distinct subscriptions of one user selecting the same data:',
      );
      for (const d of s.distinct ?? [])
        print(`  ${String(d.cohorts).padStart(5)} cohorts:     ${String(d.callsPerEvent).padStart(4)} calls`);
      print(
        `  most / one cohort: ${s.distinctRatio}  target 1: ${verdict(s.distinctRatio > 0 && s.distinctRatio <= 1)}`,
      );
      break;
    }
    case 'instances': {
      const s = await benchInstances();
      results.instances = s;
      print(`  one instance              ${load(s.throughput.one)}`);
      print(`  two instances             ${load(s.throughput.two)}`);
      print(
        `  two / one: median ${s.throughput.ratio.toFixed(2)}, quartiles ${s.throughput.ratioQuartiles.map((q) => q.toFixed(2)).join('-')}`,
      );
      print(
        `  Spotify calls for ${s.spotifyCalls.requests} requests: one instance ${s.spotifyCalls.one.total}, two ${s.spotifyCalls.two.total}  target equal: ${verdict(s.spotifyCalls.equal)}`,
      );
      break;
    }
  }
  print(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

let failed = false;
for (const suite of selected) {
  // An earlier run's failure of this suite no longer stands.
  if (results.failures) delete results.failures[suite];
  const disarm = watch(suite);
  try {
    await runSuite(suite);
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? error.message : String(error);
    results.failures = { ...results.failures, [suite]: message };
    print(`  FAILED: ${message}`);
  } finally {
    disarm();
  }
  // Written as soon as the suite has its figures.
  results.measuredAt = { ...results.measuredAt, [suite]: new Date().toISOString() };
  results.loadAverage1mAfter = {
    ...results.loadAverage1mAfter,
    [suite]: Number((loadavg()[0] ?? 0).toFixed(2)),
  };
  await save();
}
print(`\nwritten to bench/results/latest.json (load average at start: ${results.machine.loadAverage1m})`);
process.exitCode = failed ? 1 : 0;
