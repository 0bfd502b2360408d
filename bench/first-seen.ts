/**
 * First-seen versus repeated documents: the server's CPU time per request (process.cpuUsage, user +
 * system, in microseconds) for one document sent again and again, and for documents it has never
 * seen (the same query with a distinct alias each time, so every cache keyed by the document text
 * misses), each with graphql-jit on and off. In-process through `yoga.fetch`, one request at a time,
 * the catalog cache warm: only the server's own work per document is measured. Those two sides run
 * without the response cache, which would answer the repeated document without executing it: the
 * target compares a document's own work (parse, validation, cost estimate, compile) with its execution.
 * The third side, `responseCache`, is the server as deployed (jit as served, the response cache on):
 * reported, no target.
 */
import { startEmulator } from '../src/emulator/index.js';
import { MemoryCatalogCache } from '../src/resolvers/catalog-cache.js';
import { createServer, type SpotifyGraphQLServer } from '../src/server/app.js';
import { configFromEnv } from '../src/server/config.js';

export interface FirstSeenSide {
  /** CPU microseconds per request for one document repeated. */
  repeatedUsPerRequest: number;
  /** CPU microseconds per request for documents never seen before. */
  firstSeenUsPerRequest: number;
  /** repeated / first-seen CPU per request: the first-seen throughput as a share of the repeated one. */
  ratio: number;
}

export interface FirstSeenFigures {
  query: string;
  requests: number;
  jit: FirstSeenSide;
  noJit: FirstSeenSide;
  /** As deployed: the repeated document answered from the response cache; first-seen ones executed. */
  responseCache: FirstSeenSide;
  /** The server as configured (jit on): first-seen >= 0.5x repeated. */
  target: number;
  met: boolean;
}

export const FIRST_SEEN_TARGET_RATIO = 0.5;
const REQUESTS = 400;

const documentFor = (albumId: string, alias: string): string =>
  `{ ${alias}: album(id: "${albumId}") { name artists { name } tracks(first: 10) { nodes { name } } } }`;

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
  return Math.round((used.user + used.system) / REQUESTS);
}

async function side(
  jit: boolean,
  responseCache: boolean,
  albumId: string,
  emulatorUrl: string,
  app: { clientId: string; clientSecret: string },
  run: number,
): Promise<FirstSeenSide> {
  const limits = configFromEnv({}).limits;
  const server = await createServer({
    config: {
      ...configFromEnv({}),
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      apiUrl: `${emulatorUrl}/v1`,
      accountsUrl: emulatorUrl,
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
  try {
    const repeated = documentFor(albumId, 'album');
    // Warm: the catalog cache, the code paths, the repeated document's caches.
    for (let i = 0; i < 200; i++) await post(server, repeated);
    for (let i = 0; i < 100; i++) await post(server, documentFor(albumId, `warm${run}_${i}`));
    const repeatedUs = await cpuPerRequest(server, () => repeated);
    const firstSeenUs = await cpuPerRequest(server, (i) => documentFor(albumId, `a${run}_${i}`));
    return {
      repeatedUsPerRequest: repeatedUs,
      firstSeenUsPerRequest: firstSeenUs,
      ratio: Number((repeatedUs / firstSeenUs).toFixed(2)),
    };
  } finally {
    await server.stop();
  }
}

/** Measures both executors on one emulator; see FirstSeenFigures. */
export async function benchFirstSeen(): Promise<FirstSeenFigures> {
  const emu = await startEmulator({ rateLimit: 1e9, host: '127.0.0.1' });
  try {
    const app = [...emu.state.apps.values()].find((a) => a.mode === 'extended');
    const albumId = emu.state.catalog.albums.keys().next().value;
    if (!app || albumId === undefined) throw new Error('the emulator has no Extended Mode app or album');
    const noJit = await side(false, false, albumId, emu.url, app, 0);
    const jit = await side(true, false, albumId, emu.url, app, 1);
    const responseCache = await side(true, true, albumId, emu.url, app, 2);
    return {
      query: documentFor(albumId, 'ALIAS'),
      requests: REQUESTS,
      jit,
      noJit,
      responseCache,
      target: FIRST_SEEN_TARGET_RATIO,
      met: jit.ratio >= FIRST_SEEN_TARGET_RATIO,
    };
  } finally {
    await emu.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchFirstSeen(), null, 2));
}
