/**
 * Issue 10's figures under hostile input, over HTTP on loopback to a server in this process (the
 * callers share its event loop, so a blocked loop shows in their figures too):
 * - memory: heap growth (after full GCs) after 1,000 distinct large
 *   documents, half valid and half failing to parse, against the heap before them;
 * - event-loop delay (perf_hooks, p99 and max in ms) while hostile documents arrive (deep
 *   introspection, thousands of aliases, token floods), against the same measure with honest queries;
 * - a victim's latency (p50 of a signed-in user's `me` query) while an abuser sends refused and costly
 *   queries concurrently, against the same victim on an idle server.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startEmulator } from '../src/emulator/index.js';
import { MemoryCatalogCache } from '../src/resolvers/catalog-cache.js';
import { createServer } from '../src/server/app.js';
import { configFromEnv } from '../src/server/config.js';

export interface HostileFigures {
  memory: { documents: number; documentBytes: number; heapGrowthMB: number };
  eventLoopDelayMs: { honest: { p99: number; max: number }; hostile: { p99: number; max: number } };
  victim: { idleP50Ms: number; abusedP50Ms: number; ratio: number; abuserRequests: number };
}

async function post(server: { url: string }, query: string, token?: string): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(server.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  });
  await response.text();
  return response.status;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMB = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const hostileDocuments = (i: number): string[] => [
  `{ __schema { types { ${'fields { type { '.repeat(40)}name${' } }'.repeat(40)} } } } #${i}`,
  `{ ${Array.from({ length: 2000 }, (_, j) => `a${j}: __typename`).join(' ')} } #${i}`,
  `{ ${'album(id: "x") { name } '.repeat(1500)} } #${i}`,
];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** See the module comment. */
export async function benchHostile(): Promise<HostileFigures> {
  const emu = await startEmulator({ rateLimit: 1e9, host: '127.0.0.1' });
  const app = [...emu.state.apps.values()].find((a) => a.mode === 'extended');
  if (!app) throw new Error('the emulator has no Extended Mode app');
  const defaults = configFromEnv({});
  const server = await createServer({
    config: {
      ...defaults,
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      apiUrl: `${emu.url}/v1`,
      accountsUrl: emu.url,
      appMode: 'extended',
      port: 0,
      logLevel: 'silent',
      limits: { ...defaults.limits, rateLimit: { ...defaults.limits.rateLimit, requests: 1e9 } },
    },
    cache: new MemoryCatalogCache(),
    logging: false,
  });
  const url = await server.start(0, '127.0.0.1');
  const target = { url };
  try {
    const albumId = emu.state.catalog.albums.keys().next().value;
    const honest = `{ album(id: "${albumId}") { name artists { name } tracks(first: 10) { nodes { name } } } }`;
    await post(target, honest);

    // Memory after 1,000 distinct large documents.
    const documentBytes = 100_000;
    const before = heapMB();
    for (let i = 0; i < 1000; i++) {
      const filler = `# ${String(i).padStart(6, '0')} ${'x'.repeat(documentBytes - 20)}\n`;
      await post(target, i % 2 === 0 ? `${filler}${honest}` : `${filler}{ album(id: `);
    }
    const heapGrowthMB = Number((heapMB() - before).toFixed(1));

    // Event-loop delay: honest queries, then hostile ones, the same number of requests.
    const delay = async (documents: (i: number) => string[]): Promise<{ p99: number; max: number }> => {
      const histogram = monitorEventLoopDelay({ resolution: 5 });
      histogram.enable();
      for (let i = 0; i < 30; i++) await Promise.all(documents(i).map((d) => post(target, d)));
      histogram.disable();
      return {
        p99: Number((histogram.percentile(99) / 1e6).toFixed(1)),
        max: Number((histogram.max / 1e6).toFixed(1)),
      };
    };
    const honestDelay = await delay((i) =>
      [0, 1, 2].map((j) => honest.replace('album(', `a${i}_${j}: album(`)),
    );
    const hostileDelay = await delay(hostileDocuments);

    // A victim's latency, idle and beside an abuser.
    const minted = await fetch(`${emu.url}/__emulator/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: app.clientId, userId: 'alice' }),
    });
    const victimToken = ((await minted.json()) as { access_token: string }).access_token;
    const victim = async (): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const start = performance.now();
        await post(target, '{ me { displayName } }', victimToken);
        times.push(performance.now() - start);
      }
      return times;
    };
    const idle = median(await victim());
    let abusing = true;
    let abuserRequests = 0;
    const abuser = async (): Promise<void> => {
      let i = 0;
      while (abusing) {
        const docs = hostileDocuments(i++);
        await post(target, docs[i % docs.length] ?? honest);
        await post(
          target,
          `{ search(query: "a${i}", types: [TRACK], first: 200) { tracks { nodes { name } } } }`,
        );
        abuserRequests += 2;
      }
    };
    const abusers = Array.from({ length: 4 }, () => abuser());
    const abused = median(await victim());
    abusing = false;
    await Promise.all(abusers);
    return {
      memory: { documents: 1000, documentBytes, heapGrowthMB },
      eventLoopDelayMs: { honest: honestDelay, hostile: hostileDelay },
      victim: {
        idleP50Ms: Number(idle.toFixed(2)),
        abusedP50Ms: Number(abused.toFixed(2)),
        ratio: Number((abused / idle).toFixed(2)),
        abuserRequests,
      },
    };
  } finally {
    await server.stop();
    await emu.close();
  }
}
