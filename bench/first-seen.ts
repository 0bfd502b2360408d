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
 * warm one does, which flatters the ratio), then each shape runs ROUNDS alternating rounds of
 * REQUESTS repeated and REQUESTS first-seen requests, and the medians of the rounds are compared.
 */
import { startEmulator } from '../src/emulator/index.js';
import { MemoryCatalogCache } from '../src/resolvers/catalog-cache.js';
import { createServer, type SpotifyGraphQLServer } from '../src/server/app.js';
import { configFromEnv } from '../src/server/config.js';

export interface FirstSeenSide {
  /** CPU microseconds per request for one document repeated (median of the rounds). */
  repeatedUsPerRequest: number;
  /** CPU microseconds per request for documents never seen before (median of the rounds). */
  firstSeenUsPerRequest: number;
  /** repeated / first-seen CPU per request: the first-seen throughput as a share of the repeated one. */
  ratio: number;
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
  /** The main shape's repeated document (`aliases`; first-seen ones rename its alias). */
  query: string;
  /** Requests per round, each side. */
  requests: number;
  rounds: number;
  /** Requests each server answered (alternating first-seen and repeated) before any was measured. */
  warmRequests: number;
  /** The executor the target is judged on: the server's configuration in this environment (GRAPHQL_JIT). */
  served: 'graphql-js' | 'graphql-jit';
  /** The main shape (`aliases`). */
  jit: FirstSeenSide;
  noJit: FirstSeenSide;
  /** As deployed: the repeated document answered from the response cache; first-seen ones executed. */
  responseCache: FirstSeenSide;
  /** Every shape, both executors. */
  shapes: FirstSeenShape[];
  /** The server as configured (`served`), main shape: first-seen >= 0.5x repeated. */
  target: number;
  met: boolean;
  /** The shape with the lowest ratio (`served`), and that ratio. */
  worst: { shape: ShapeName; ratio: number };
}

export const FIRST_SEEN_TARGET_RATIO = 0.5;
const REQUESTS = 150;
const ROUNDS = 5;
const WARM_REQUESTS = 4000;

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
  for (let i = 0; i < REQUESTS; i++) await post(server, documents(i));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / REQUESTS;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

let fresh = 0;

/** ROUNDS alternating rounds of the repeated document and of first-seen ones: the medians. */
async function measureShape(server: SpotifyGraphQLServer, documents: Documents): Promise<FirstSeenSide> {
  const repeated = documents('');
  // The repeated document's caches (and its compiled form, after JIT_AFTER_USES) before it is measured.
  for (let i = 0; i < 200; i++) await post(server, repeated);
  const repeatedUs: number[] = [];
  const firstSeenUs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    repeatedUs.push(await cpuPerRequest(server, () => repeated));
    firstSeenUs.push(await cpuPerRequest(server, () => documents(`${++fresh}`)));
  }
  const r = median(repeatedUs);
  const f = median(firstSeenUs);
  return {
    repeatedUsPerRequest: Math.round(r),
    firstSeenUsPerRequest: Math.round(f),
    ratio: Number((r / f).toFixed(2)),
  };
}

interface Emulated {
  url: string;
  app: { clientId: string; clientSecret: string };
}

async function serverFor(emu: Emulated, jit: boolean, responseCache: boolean): Promise<SpotifyGraphQLServer> {
  const limits = configFromEnv({}).limits;
  return createServer({
    config: {
      ...configFromEnv({}),
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
    const figures = new Map<ShapeName, FirstSeenSide>();
    for (const name of names) figures.set(name, await measureShape(server, all[name]));
    return figures;
  } finally {
    await server.stop();
  }
}

/** Measures both executors on one emulator; see FirstSeenFigures. */
export async function benchFirstSeen(): Promise<FirstSeenFigures> {
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
    const worst = perShape.reduce((a, b) => (served(b).ratio < served(a).ratio ? b : a));
    const main = { jit: pick(jit, 'aliases'), noJit: pick(noJit, 'aliases') };
    return {
      query: all.aliases(''),
      requests: REQUESTS,
      rounds: ROUNDS,
      warmRequests: WARM_REQUESTS,
      served: servedJit ? 'graphql-jit' : 'graphql-js',
      ...main,
      responseCache: pick(responseCache, 'aliases'),
      shapes: perShape,
      target: FIRST_SEEN_TARGET_RATIO,
      met: served(main).ratio >= FIRST_SEEN_TARGET_RATIO,
      worst: { shape: worst.shape, ratio: served(worst).ratio },
    };
  } finally {
    await emulator.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchFirstSeen(), null, 2));
}
