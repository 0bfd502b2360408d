import { clearUpstreamCalls, jsonRequest, openPool, totalOf, upstreamCalls } from './http.js';
import { compare } from './load.js';
import { graphqlCall } from './server.js';
import { startTarget } from './targets.js';

export interface NodesFigure {
  /** Track objects in one answer (`tracks(ids:)`, 100 per aliased field, each with its name and its album's name). */
  nodes: number;
  helloRps: number;
  serverRps: number;
  /** Server req/s over bare-yoga "hello" req/s (median of alternating rounds). */
  ratio: number;
  /** Server thread busy time per request, microseconds. */
  targetUsPerRequest: number | undefined;
}

export interface NodesFigures {
  connections: number;
  sizes: NodesFigure[];
  /** Spotify calls made while measured (the catalog cache holds every object): 0. */
  upstreamCallsWhileWarm: number;
}

const CONNECTIONS = 20;
const SIZES = [10, 100, 1000] as const;

/**
 * Answers of 10, 100 and 1,000 nodes from a warm catalog cache against the bare yoga "hello", each
 * in a few alternating rounds: how the server's cost grows with the size of an answer.
 */
export async function benchNodes(): Promise<NodesFigures> {
  const hello = await startTarget('hello');
  const server = await startTarget('server').catch(async (error: unknown) => {
    await hello.close();
    throw error;
  });
  const helloPool = openPool(hello.info.url, CONNECTIONS);
  const serverPool = openPool(server.info.url, CONNECTIONS);
  try {
    const sizes: NodesFigure[] = [];
    const queries = SIZES.map((n) => {
      const ids = server.info.trackIds.slice(0, n);
      if (ids.length < n) throw new Error(`the emulator has ${ids.length} tracks, not ${n}`);
      // The schema takes at most 100 ids per field: larger answers are aliased fields of 100.
      const fields: string[] = [];
      for (let i = 0; i < ids.length; i += 100)
        fields.push(
          `t${i / 100}: tracks(ids: ${JSON.stringify(ids.slice(i, i + 100))}) { name album { name } }`,
        );
      return { n, query: `{ ${fields.join(' ')} }` };
    });
    for (const { query } of queries) {
      const answer = await jsonRequest(server.info.url, { method: 'POST', body: { query } });
      const body = answer.json as { errors?: unknown };
      if (answer.status !== 200 || body.errors !== undefined)
        throw new Error(`the warm-up query failed: ${JSON.stringify(answer.json).slice(0, 300)}`);
    }
    await clearUpstreamCalls(server.info.emulatorUrl);
    for (const { n, query } of queries) {
      const requests = Math.max(100, Math.round(3000 / Math.sqrt(n)));
      const comparison = await compare(
        { name: 'yoga hello', call: graphqlCall(helloPool, '{ hello }'), targetBusyMs: hello.busyMs },
        { name: `${n} nodes`, call: graphqlCall(serverPool, query), targetBusyMs: server.busyMs },
        {
          concurrency: CONNECTIONS,
          requests,
          maxSeconds: 2,
          rounds: 6,
          warmup: { concurrency: CONNECTIONS, requests, maxSeconds: 2 },
        },
      );
      sizes.push({
        nodes: n,
        helloRps: comparison.baselineResult.rps,
        serverRps: comparison.candidateResult.rps,
        ratio: comparison.ratio,
        targetUsPerRequest: comparison.candidateResult.targetUsPerRequest,
      });
    }
    return {
      connections: CONNECTIONS,
      sizes,
      upstreamCallsWhileWarm: totalOf(await upstreamCalls(server.info.emulatorUrl)),
    };
  } finally {
    await helloPool.close();
    await serverPool.close();
    await hello.close();
    await server.close();
  }
}
