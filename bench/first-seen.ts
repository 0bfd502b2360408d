/**
 * First-seen versus repeated documents: the server's CPU time per request (process.cpuUsage, user +
 * system, in microseconds) for one document sent again and again, and for documents it has never
 * seen (every cache keyed by the document text misses), each with graphql-js (the default:
 * GRAPHQL_JIT unset) and with graphql-jit (GRAPHQL_JIT=true, compiling a document after its repeats). In-process through `yoga.fetch`, one request at a time, the catalog cache warm:
 * only the server's own work per document is measured. Those two sides run without the response
 * cache, which would answer the repeated document without executing it: the target compares a
 * document's own work (parse, validation, document limits, cost estimate, compile) with its execution.
 * The target is judged on the executor the server is configured with in the bench's environment
 * (`served`: graphql-js unless GRAPHQL_JIT=true); the other executor is reported beside it. The
 * third side, `responseCache`, is that server as deployed (the response cache on): reported, no target.
 *
 * Measured in the server's steady state: each server first answers WARM_REQUESTS requests alternating
 * first-seen and repeated documents (V8 optimises the hot paths and the caches fill only after a few
 * thousand requests; a process that has not warmed up measures a repeated document 2-3x dearer than a
 * warm one does, which flatters the ratio), and each shape SHAPE_WARM_REQUESTS more of its own. Then
 * the shapes take turns: each pass runs one pair of short rounds of every shape (ROUND_REQUESTS
 * repeated and ROUND_REQUESTS first-seen requests, the order swapped from one pass to the next), until
 * SHAPE_BUDGET_MS of wall time per shape is spent, at least MIN_PAIRS passes and at most MAX_PAIRS.
 * Every shape thus sees the same stretch of the machine's load, not a moment of its own. Each pair
 * gives a ratio (their median and quartiles: `ratio`); each run of BLOCK_PAIRS pairs merged (all their
 * repeated CPU over all their first-seen CPU) gives another, which counts the garbage collections a
 * pair's median leaves out (a quarter of the pairs land one in a single round and read above 1.0):
 * the median of those blocks is the shape's figure (`mergedRatio`, with its quartiles), the target's.
 * The 1-minute load average is read at the start and the end (`loadAverage`): at a load above the
 * cores, every figure is noisy (bench/HISTORY.md).
 *
 * Measured as production runs (issue 11 item 4): in a child process with NODE_ENV=production, whatever
 * the bench's own NODE_ENV (graphql-js decides its development checks, an `instanceOf` that reads
 * `Symbol.toStringTag` on every failed type check, when it is first loaded), and each server's
 * configuration read from a production environment (NODE_ENV=production with SPOTIFY_CLIENT_ID set:
 * GraphiQL and introspection off, so the introspection rule joins every validation). Still under tsx,
 * not the compiled JavaScript of `npm run start:prod` (esbuild's `__name` on its closures, both sides).
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../src/emulator/index.js';
import { MemoryCatalogCache } from '../src/resolvers/catalog-cache.js';
import { createServer, type SpotifyGraphQLServer } from '../src/server/app.js';
import { configFromEnv } from '../src/server/config.js';

export interface FirstSeenSide {
  /** CPU microseconds per request for one document repeated (median of the rounds). */
  repeatedUsPerRequest: number;
  /** CPU microseconds per request for documents never seen before (median of the rounds). */
  firstSeenUsPerRequest: number;
  /**
   * repeated / first-seen CPU per request, the median of the pairs of rounds: the first-seen
   * throughput as a share of the repeated one.
   */
  ratio: number;
  /** The pairs' ratios' first and third quartiles: the spread of `ratio`. */
  ratioQuartiles: [number, number];
  /**
   * Every round merged: all repeated CPU over all first-seen CPU. The median leaves out the pairs a
   * garbage collection fell in; this counts the collections too, where a document's garbage costs.
   */
  overallRatio: number;
  /** Pairs of rounds measured. */
  pairs: number;
  /**
   * The median of the blocks of BLOCK_PAIRS consecutive pairs, each block merged (its repeated CPU over
   * its first-seen CPU): the figure the target is judged on (see the top).
   */
  mergedRatio: number;
  /** The merged blocks' first and third quartiles. */
  mergedQuartiles: [number, number];
  /** Merged blocks measured. */
  blocks: number;
}

/** One document shape: how its first-seen variants differ from the repeated one, and each side's figures. */
export interface FirstSeenShape {
  shape: ShapeName;
  /** The repeated document; first-seen ones differ as `shape` says. */
  query: string;
  jit: FirstSeenSide;
  noJit: FirstSeenSide;
}

export interface FirstSeenFigures {
  /** The measuring process's NODE_ENV: always `production`, the production path's (see the top). */
  nodeEnv: 'production';
  /** The main shape's repeated document (`aliases`; first-seen ones rename its alias). */
  query: string;
  /** Requests per round, each side. */
  requests: number;
  /** Consecutive pairs merged into one block (FirstSeenSide.mergedRatio). */
  blockPairs: number;
  /** The 1-minute load average when the measurement started and ended (the machine's cores: `cpus`). */
  loadAverage: { start: number; end: number; cpus: number };
  /** Wall time each shape's pairs of rounds run for, per server (at least `minPairs`, at most `maxPairs`). */
  shapeBudgetMs: number;
  minPairs: number;
  maxPairs: number;
  /** Requests each server answered (alternating first-seen and repeated) before any was measured. */
  warmRequests: number;
  /** Requests each shape answered (alternating) before its rounds. */
  shapeWarmRequests: number;
  /** The executor the target is judged on: the server's configuration in this environment (GRAPHQL_JIT). */
  served: 'graphql-js' | 'graphql-jit';
  /** The main shape (`aliases`). */
  jit: FirstSeenSide;
  noJit: FirstSeenSide;
  /** As deployed: the repeated document answered from the response cache; first-seen ones executed. */
  responseCache: FirstSeenSide;
  /** Every shape, both executors. */
  shapes: FirstSeenShape[];
  /** The server as configured (`served`), main shape: first-seen >= 0.5x repeated (its `mergedRatio`). */
  target: number;
  met: boolean;
  /** The shape with the lowest `mergedRatio` (`served`), and that ratio. */
  worst: { shape: ShapeName; ratio: number };
}

export const FIRST_SEEN_TARGET_RATIO = 0.5;
/** Requests per round: short rounds, many of them, so that a GC or a busy moment lands in few. */
const ROUND_REQUESTS = 20;
/** Wall time the shapes' pairs of rounds run for, per shape and server (after the warm-ups). */
const SHAPE_BUDGET_MS = 2500;
/** Pairs of rounds each shape runs at least (a loaded machine runs fewer in the budget) and at most. */
const MIN_PAIRS = 40;
const MAX_PAIRS = 100;
/** Consecutive pairs of one shape merged into one block: 8 to 20 blocks a shape. */
const BLOCK_PAIRS = 5;
const WARM_REQUESTS = 4000;
/** Requests (alternating first-seen and repeated) each shape answers before its rounds. */
const SHAPE_WARM_REQUESTS = 300;

/**
 * The shapes: `aliases`, the warm album query under a new alias each time (the main figure);
 * `comment`, the same query under a `# comment` line of its own (the same AST); `aliases10`, ten
 * aliased `album(id:)` fields whose alias names vary; `fragments`, the album query through three
 * named fragments, the operation's name varying.
 */
type ShapeName = 'aliases' | 'comment' | 'aliases10' | 'fragments';
type Documents = (tag: string) => string;

function shapes(albumId: string): Record<ShapeName, Documents> {
  const album = (alias: string) =>
    `${alias}: album(id: "${albumId}") { name artists { name } tracks(first: 10) { nodes { name } } }`;
  return {
    aliases: (tag) => `{ ${album(tag ? `a${tag}` : 'album')} }`,
    comment: (tag) => `${tag ? `# ${tag}\n` : ''}{ ${album('album')} }`,
    aliases10: (tag) =>
      `{ ${Array.from({ length: 10 }, (_, k) => `${tag ? `m${tag}_` : 'x'}${k}: album(id: "${albumId}") { name artists { name } }`).join(' ')} }`,
    fragments: (tag) =>
      `query F${tag} { album(id: "${albumId}") { ...A artists { ...R } tracks(first: 10) { nodes { ...T } } } } ` +
      'fragment A on Album { name label popularity } fragment R on Artist { name id } ' +
      'fragment T on Track { name durationMs artists { ...R } }',
  };
}

async function post(server: SpotifyGraphQLServer, query: string): Promise<void> {
  const response = await server.yoga.fetch('http://bench.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors":'))
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
}

async function cpuPerRequest(
  server: SpotifyGraphQLServer,
  documents: (i: number) => string,
): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < ROUND_REQUESTS; i++) await post(server, documents(i));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / ROUND_REQUESTS;
}

/** The value at quantile q (0-1) of `values`, by the nearest rank below. */
const quantile = (values: number[], q: number): number =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)] ?? 0;
const median = (values: number[]): number => quantile(values, 0.5);
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

let fresh = 0;

/** One shape's rounds so far: CPU per request of each pair's repeated and first-seen rounds. */
interface ShapeRounds {
  documents: Documents;
  repeated: string;
  repeatedUs: number[];
  firstSeenUs: number[];
}

/** Warms the shape's paths and its repeated document's caches (its compiled form: past JIT_AFTER_USES). */
async function warmShape(server: SpotifyGraphQLServer, documents: Documents): Promise<ShapeRounds> {
  const repeated = documents('');
  for (let i = 0; i < SHAPE_WARM_REQUESTS; i++)
    await post(server, i % 2 === 0 ? repeated : documents(`${++fresh}`));
  return { documents, repeated, repeatedUs: [], firstSeenUs: [] };
}

/** One pair of rounds of a shape, the repeated round first when `repeatedFirst`. */
async function pairOf(
  server: SpotifyGraphQLServer,
  rounds: ShapeRounds,
  repeatedFirst: boolean,
): Promise<void> {
  const firstSeen = () => cpuPerRequest(server, () => rounds.documents(`${++fresh}`));
  const again = () => cpuPerRequest(server, () => rounds.repeated);
  let r: number;
  let f: number;
  if (repeatedFirst) {
    r = await again();
    f = await firstSeen();
  } else {
    f = await firstSeen();
    r = await again();
  }
  rounds.repeatedUs.push(r);
  rounds.firstSeenUs.push(f);
}

const round2 = (x: number) => Number(x.toFixed(2));

/** A shape's figures from its pairs of rounds (see the top). */
function figuresOf({ repeatedUs, firstSeenUs }: ShapeRounds): FirstSeenSide {
  const ratios = repeatedUs.map((r, i) => r / (firstSeenUs[i] ?? r));
  const blocks: number[] = [];
  for (let start = 0; start + BLOCK_PAIRS <= ratios.length; start += BLOCK_PAIRS)
    blocks.push(
      sum(repeatedUs.slice(start, start + BLOCK_PAIRS)) / sum(firstSeenUs.slice(start, start + BLOCK_PAIRS)),
    );
  return {
    repeatedUsPerRequest: Math.round(median(repeatedUs)),
    firstSeenUsPerRequest: Math.round(median(firstSeenUs)),
    ratio: round2(median(ratios)),
    ratioQuartiles: [round2(quantile(ratios, 0.25)), round2(quantile(ratios, 0.75))],
    overallRatio: round2(sum(repeatedUs) / sum(firstSeenUs)),
    pairs: ratios.length,
    mergedRatio: round2(median(blocks)),
    mergedQuartiles: [round2(quantile(blocks, 0.25)), round2(quantile(blocks, 0.75))],
    blocks: blocks.length,
  };
}

/** The shapes' pairs of rounds, taking turns (see the top): each shape's figures. */
async function measureShapes(
  server: SpotifyGraphQLServer,
  shapes: ReadonlyMap<ShapeName, Documents>,
): Promise<Map<ShapeName, FirstSeenSide>> {
  const rounds = new Map<ShapeName, ShapeRounds>();
  for (const [name, documents] of shapes) rounds.set(name, await warmShape(server, documents));
  const end = performance.now() + SHAPE_BUDGET_MS * shapes.size;
  for (let pass = 0; pass < MIN_PAIRS || (pass < MAX_PAIRS && performance.now() < end); pass++)
    for (const shape of rounds.values()) await pairOf(server, shape, pass % 2 === 0);
  const figures = new Map<ShapeName, FirstSeenSide>();
  for (const [name, shape] of rounds) figures.set(name, figuresOf(shape));
  return figures;
}

interface Emulated {
  url: string;
  app: { clientId: string; clientSecret: string };
}

/** The configuration of a production start against the emulator (GraphiQL and introspection off). */
const productionConfig = (emu: Emulated) =>
  configFromEnv({
    NODE_ENV: 'production',
    SPOTIFY_CLIENT_ID: emu.app.clientId,
    SPOTIFY_CLIENT_SECRET: emu.app.clientSecret,
  });

async function serverFor(emu: Emulated, jit: boolean, responseCache: boolean): Promise<SpotifyGraphQLServer> {
  const production = productionConfig(emu);
  const limits = production.limits;
  if (production.introspection || production.graphiql) throw new Error('not a production configuration');
  return createServer({
    config: {
      ...production,
      clientId: emu.app.clientId,
      clientSecret: emu.app.clientSecret,
      apiUrl: `${emu.url}/v1`,
      accountsUrl: emu.url,
      appMode: 'extended',
      port: 0,
      logLevel: 'silent',
      // The per-client limit would refuse a bench's worth of requests from one address.
      limits: {
        ...limits,
        rateLimit: { ...limits.rateLimit, requests: 1e9, concurrent: 1e6 },
        responseCache: responseCache ? limits.responseCache : { ...limits.responseCache, maxBytes: 0 },
      },
    },
    cache: new MemoryCatalogCache(),
    logging: false,
    jit,
  });
}

/** One server, warmed to its steady state, measured on each of `names`. */
async function side(
  emu: Emulated,
  all: Record<ShapeName, Documents>,
  names: readonly ShapeName[],
  jit: boolean,
  responseCache: boolean,
): Promise<Map<ShapeName, FirstSeenSide>> {
  const server = await serverFor(emu, jit, responseCache);
  try {
    const main = all.aliases;
    for (let i = 0; i < WARM_REQUESTS; i++) await post(server, main(i % 2 === 0 ? '' : `w${++fresh}`));
    return await measureShapes(server, new Map(names.map((name) => [name, all[name]])));
  } finally {
    await server.stop();
  }
}

/**
 * Measures both executors on one emulator (see FirstSeenFigures), in a child process with
 * NODE_ENV=production unless this one already runs with it; throws when the child fails.
 */
export async function benchFirstSeen(): Promise<FirstSeenFigures> {
  if (process.env.NODE_ENV === 'production') return measureFirstSeen();
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`the first-seen child process exited with ${code}`);
  return JSON.parse(out) as FirstSeenFigures;
}

/** benchFirstSeen's measurement, in this process. */
async function measureFirstSeen(): Promise<FirstSeenFigures> {
  const loadStart = loadavg()[0] ?? 0;
  const emulator = await startEmulator({ rateLimit: 1e9, host: '127.0.0.1' });
  try {
    const app = [...emulator.state.apps.values()].find((a) => a.mode === 'extended');
    const albumId = emulator.state.catalog.albums.keys().next().value;
    if (!app || albumId === undefined) throw new Error('the emulator has no Extended Mode app or album');
    const emu = { url: emulator.url, app };
    const all = shapes(albumId);
    const names = Object.keys(all) as ShapeName[];
    const noJit = await side(emu, all, names, false, false);
    const jit = await side(emu, all, names, true, false);
    const servedJit = configFromEnv(process.env).jit;
    const responseCache = await side(emu, all, ['aliases'], servedJit, true);
    const pick = (figures: Map<ShapeName, FirstSeenSide>, name: ShapeName): FirstSeenSide => {
      const found = figures.get(name);
      if (!found) throw new Error(`no figures for ${name}`);
      return found;
    };
    const perShape = names.map((shape) => ({
      shape,
      query: all[shape](''),
      jit: pick(jit, shape),
      noJit: pick(noJit, shape),
    }));
    const served = (shape: { jit: FirstSeenSide; noJit: FirstSeenSide }) =>
      servedJit ? shape.jit : shape.noJit;
    const worst = perShape.reduce((a, b) => (served(b).mergedRatio < served(a).mergedRatio ? b : a));
    const main = { jit: pick(jit, 'aliases'), noJit: pick(noJit, 'aliases') };
    return {
      nodeEnv: 'production',
      query: all.aliases(''),
      requests: ROUND_REQUESTS,
      blockPairs: BLOCK_PAIRS,
      loadAverage: { start: round2(loadStart), end: round2(loadavg()[0] ?? 0), cpus: cpus().length },
      shapeBudgetMs: SHAPE_BUDGET_MS,
      minPairs: MIN_PAIRS,
      maxPairs: MAX_PAIRS,
      warmRequests: WARM_REQUESTS,
      shapeWarmRequests: SHAPE_WARM_REQUESTS,
      served: servedJit ? 'graphql-jit' : 'graphql-js',
      ...main,
      responseCache: pick(responseCache, 'aliases'),
      shapes: perShape,
      target: FIRST_SEEN_TARGET_RATIO,
      met: served(main).mergedRatio >= FIRST_SEEN_TARGET_RATIO,
      worst: { shape: worst.shape, ratio: served(worst).mergedRatio },
    };
  } finally {
    await emulator.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchFirstSeen(), null, 2));
}
