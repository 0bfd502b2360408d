import type { Pool } from 'undici';
import { type ServeProcess, startServeProcess } from '../test/helpers/processes.js';
import { startTestRedis, type TestRedis } from '../test/helpers/redis.js';
import { clearUpstreamCalls, emulatorToken, jsonRequest, openPool, totalOf, upstreamCalls } from './http.js';
import { type Comparison, compare } from './load.js';
import { startTarget } from './targets.js';

/**
 * Several instances on one Redis (README "Several instances"): `spotify-graphql serve` processes with
 * REDIS_URL, one redis-server, the emulator in a worker thread, load from the main thread.
 *
 * - `throughput`: a warm catalog query on two instances (requests alternating between them, as a
 *   round-robin load balancer would) versus one of the same two: `ratio` = two / one req/s. On a
 *   machine with few cores the load generator, the emulator and Redis share them with the servers,
 *   so the ratio says how much a second instance adds here, not what it adds on separate machines.
 * - `spotifyCalls`: one workload (the same albums asked several times, one request at a time) on one
 *   fresh instance and on two fresh instances with an empty Redis (alternating): the Spotify calls each
 *   made (the token endpoint left out). The shared catalog cache makes them equal.
 */
export interface InstanceFigures {
  query: string;
  connections: number;
  throughput: {
    one: Comparison['baselineResult'];
    two: Comparison['candidateResult'];
    rounds: Comparison['rounds'];
    ratioQuartiles: Comparison['ratioQuartiles'];
    /** Two instances' req/s over one's (median of the rounds). */
    ratio: number;
  };
  spotifyCalls: {
    requests: number;
    one: { total: number; byRoute: Record<string, number> };
    two: { total: number; byRoute: Record<string, number> };
    /** The target: two instances make exactly the calls one makes. */
    equal: boolean;
  };
}

const CONNECTIONS = 50;
/** Distinct albums of the calls workload, each asked this many times. */
const WORKLOAD_ALBUMS = 12;
const WORKLOAD_REPEATS = 3;

const warmQuery = (albumId: string): string =>
  `{ album(id: "${albumId}") { name artists { name } tracks(first: 10) { nodes { name } } } }`;
/** Needs the album and, batched, its full artists (genres are not in the album's simplified artists). */
const workloadQuery = (albumId: string): string =>
  `{ album(id: "${albumId}") { name artists { name genres } } }`;

function graphqlCall(pool: Pool, query: string): () => Promise<void> {
  const body = JSON.stringify({ query });
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  return async () => {
    const res = await pool.request({ method: 'POST', path: '/graphql', headers, body });
    const text = await res.body.text();
    if (res.statusCode !== 200 || text.includes('"errors":')) {
      throw new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`);
    }
  };
}

async function checkedQuery(url: string, query: string): Promise<void> {
  const answer = await jsonRequest(url, { method: 'POST', body: { query } });
  const body = answer.json as { errors?: unknown } | undefined;
  if (answer.status !== 200 || body?.errors !== undefined)
    throw new Error(`query failed: ${JSON.stringify(answer.json).slice(0, 300)}`);
}

export async function benchInstances(): Promise<InstanceFigures> {
  const emulator = await startTarget('emulator');
  let redis: TestRedis | undefined;
  const processes: ServeProcess[] = [];
  try {
    redis = await startTestRedis();
    const { info } = emulator;
    const env: Record<string, string> = {
      SPOTIFY_CLIENT_ID: info.clientId,
      SPOTIFY_CLIENT_SECRET: info.clientSecret,
      SPOTIFY_API_URL: `${info.url}/v1`,
      SPOTIFY_ACCOUNTS_URL: info.url,
      SPOTIFY_APP_MODE: 'extended',
      REDIS_URL: redis.url,
      ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
      LOG_LEVEL: 'warn',
      // One load generator is one client: the per-client limits would only measure the limiter.
      RATE_LIMIT_REQUESTS: '1000000000',
      RATE_LIMIT_CONCURRENT: '1000',
      ...(process.env.NODE_ENV === undefined ? {} : { NODE_ENV: process.env.NODE_ENV }),
    };
    const start = async (): Promise<ServeProcess> => {
      const started = await startServeProcess(env);
      processes.push(started);
      return started;
    };
    const releases = await jsonRequest(`${info.url}/v1/browse/new-releases?limit=${WORKLOAD_ALBUMS}`, {
      headers: { authorization: `Bearer ${await emulatorToken(info.url, info.clientId)}` },
    });
    const page = releases.json as { albums?: { items?: { id: string }[] } } | undefined;
    const albumIds = (page?.albums?.items ?? []).map((album) => album.id);
    if (albumIds.length < WORKLOAD_ALBUMS) throw new Error(`the emulator found ${albumIds.length} albums`);
    const workload = Array.from({ length: WORKLOAD_REPEATS }, () => albumIds.map(workloadQuery)).flat();

    // Spotify calls: one fresh instance, then two fresh instances on an emptied Redis.
    const runWorkload = async (
      urls: string[],
    ): Promise<{ total: number; byRoute: Record<string, number> }> => {
      await clearUpstreamCalls(info.url);
      for (const [i, query] of workload.entries()) await checkedQuery(urls[i % urls.length] as string, query);
      const byRoute = await upstreamCalls(info.url);
      return { total: totalOf(byRoute), byRoute };
    };
    const alone = await start();
    const one = await runWorkload([alone.url]);
    await alone.kill();
    const admin = redis.client();
    await admin.flushall();
    admin.disconnect();
    const [a, b] = await Promise.all([start(), start()]);
    if (!a || !b) throw new Error('the instances did not start');
    const two = await runWorkload([a.url, b.url]);

    // Throughput: the same warm query on A alone, and alternating over A and B.
    const query = warmQuery(albumIds[0] as string);
    await checkedQuery(a.url, query);
    await checkedQuery(b.url, query);
    await clearUpstreamCalls(info.url);
    const poolA = openPool(a.url, CONNECTIONS);
    const poolsAB = [openPool(a.url, CONNECTIONS / 2), openPool(b.url, CONNECTIONS / 2)];
    try {
      const callA = graphqlCall(poolA, query);
      const callsAB = poolsAB.map((pool) => graphqlCall(pool, query));
      let turn = 0;
      const comparison = await compare(
        { name: 'one instance', call: callA },
        { name: 'two instances', call: () => (callsAB[turn++ % 2] as () => Promise<void>)() },
        {
          concurrency: CONNECTIONS,
          requests: 1200,
          maxSeconds: 2,
          rounds: 10,
          warmup: { concurrency: CONNECTIONS, requests: 2000, maxSeconds: 3 },
        },
      );
      return {
        query,
        connections: CONNECTIONS,
        throughput: {
          one: comparison.baselineResult,
          two: comparison.candidateResult,
          rounds: comparison.rounds,
          ratioQuartiles: comparison.ratioQuartiles,
          ratio: comparison.ratio,
        },
        spotifyCalls: { requests: workload.length, one, two, equal: one.total === two.total },
      };
    } finally {
      await poolA.close();
      for (const pool of poolsAB) await pool.close();
    }
  } finally {
    await Promise.all(processes.map((started) => started.kill()));
    await redis?.stop();
    await emulator.close();
  }
}
