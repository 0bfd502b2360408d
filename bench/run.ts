/**
 * `npm run bench [-- emulator client server upstream]`: runs the benchmarks (all by default), writes
 * bench/results/latest.json and prints a summary. See bench/README.md for what each figure means.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { benchClient, type ClientFigures } from './client.js';
import { benchEmulator, type EmulatorFigures } from './emulator.js';
import { benchInstances, type InstanceFigures } from './instances.js';
import type { LoadResult } from './load.js';
import { benchServer, type ServerFigures } from './server.js';
import { benchSubscriptions, type SubscriptionFigures } from './subscriptions.js';
import { benchUpstream, type UpstreamFigures } from './upstream.js';

const SUITES = ['emulator', 'client', 'server', 'upstream', 'subscriptions', 'instances'] as const;
type Suite = (typeof SUITES)[number];

/** The whole run stops by itself after this long, whatever hangs. */
const WATCHDOG_MS = 420_000;

interface Results {
  date: string;
  node: string;
  /** graphql-js skips its development checks (e.g. in instanceOf) when this is 'production'. */
  nodeEnv: string | null;
  machine: { cpus: number; cpuModel: string; memoryGB: number; loadAverage1m: number };
  emulator?: EmulatorFigures;
  client?: ClientFigures;
  server?: ServerFigures;
  upstreamCalls?: UpstreamFigures['shapes'];
  upstreamCallsSkipped?: UpstreamFigures['skipped'];
  subscriptions?: SubscriptionFigures;
  instances?: InstanceFigures;
  failures?: Partial<Record<Suite, string>>;
}

const isSuite = (name: string): name is Suite => (SUITES as readonly string[]).includes(name);

const args = process.argv.slice(2);
const unknown = args.filter((name) => !isSuite(name));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark ${unknown.join(', ')}; choose from ${SUITES.join(', ')}\n`);
  process.exit(2);
}
const selected: Suite[] = args.length === 0 ? [...SUITES] : SUITES.filter((s) => args.includes(s));

const resultsDir = new URL('./results/', import.meta.url);
const results: Results = {
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
  await writeFile(new URL('latest.json', resultsDir), `${JSON.stringify(results, null, 2)}\n`);
}

const watchdog = setTimeout(() => {
  process.stderr.write(
    `bench: still running after ${WATCHDOG_MS / 1000} s; writing what there is and stopping\n`,
  );
  results.failures = { ...results.failures, [selected.join(',')]: 'watchdog: the run took too long' };
  void save().finally(() => process.exit(1));
}, WATCHDOG_MS);
watchdog.unref();

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
      print(
        `  ${c.rounds.length} rounds (client/raw): median ${c.ratio.toFixed(2)}, quartiles ${c.ratioQuartiles.map((q) => q.toFixed(2)).join('-')}, all merged ${c.overallRatio.toFixed(2)}`,
      );
      print(`  ratio ${c.ratio.toFixed(2)}  target >= ${c.target}: ${verdict(c.met)}`);
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
    case 'upstream': {
      const u = await benchUpstream();
      results.upstreamCalls = u.shapes;
      results.upstreamCallsSkipped = u.skipped;
      print('  mode         calls  minimum  naive  calls/naive  shape');
      for (const s of u.shapes) {
        const flag = s.atMinimum ? '' : '  ABOVE MINIMUM';
        const errors = s.errors ? `  errors: ${s.errors.join('; ')}` : '';
        print(
          `  ${s.mode.padEnd(12)} ${String(s.calls).padStart(5)}  ${String(s.minimum).padStart(7)}  ${String(s.naive).padStart(5)}  ${s.ratio.toFixed(3).padStart(11)}  ${s.shape}${flag}${errors}`,
        );
      }
      for (const s of u.skipped) print(`  skipped: ${s.shape} (${s.missing})`);
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
  try {
    await runSuite(suite);
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? error.message : String(error);
    results.failures = { ...results.failures, [suite]: message };
    print(`  FAILED: ${message}`);
  }
}
await save();
print(`\nwritten to bench/results/latest.json (load average at start: ${results.machine.loadAverage1m})`);
clearTimeout(watchdog);
process.exitCode = failed ? 1 : 0;
