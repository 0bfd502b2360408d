import { afterAll, beforeAll, expect } from 'vitest';
import type { GraphQLDocument } from './documents.js';
import { startServerOn, type TestServer, useTestServer } from './server.js';

/**
 * Reading the cost limit's estimate of Spotify calls: a test server in one app mode (default limits),
 * and beside it a probe server on the same emulator whose limit is 1, so that it refuses every
 * document with the estimate in `extensions.complexity` (the public figure). Both run as alice.
 */
export interface CostProbe {
  /** The server with the default limits (and the emulator both servers share). */
  t: TestServer;
  /** The server whose cost limit is 1 (every document is refused with its estimate). */
  probe: TestServer;
  /** alice's user token (set in beforeAll). */
  alice(): string;
  /**
   * The estimate the probe states when it refuses `document`: expects one QUERY_TOO_COMPLEX and no
   * Spotify call made.
   */
  estimateOf<R, V>(document: GraphQLDocument<R, V>, variables?: V): Promise<number>;
  /** Runs `document` on `t` under the default limit: expects no error; the Spotify calls by route. */
  callsOf<R, V>(document: GraphQLDocument<R, V>, variables?: V): Promise<Record<string, number>>;
}

/** The number of calls in a by-route count. */
export const totalCalls = (calls: Record<string, number>): number =>
  Object.values(calls).reduce((sum, n) => sum + n, 0);

/** A test server in `mode` and its limit-1 probe for the calling file: started before, closed after. */
export function useCostProbe(mode: 'extended' | 'development'): CostProbe {
  const t = useTestServer({ mode });
  let probe: TestServer | undefined;
  let alice = '';
  beforeAll(async () => {
    probe = await startServerOn(t.emu, {
      app: mode,
      config: { appMode: mode },
      limits: { maxQueryCost: 1 },
    });
    alice = await t.emu.token({ user: 'alice' });
  });
  afterAll(() => probe?.close());
  const probeServer = (): TestServer => {
    if (!probe) throw new Error('the probe starts in beforeAll: use it inside hooks and tests');
    return probe;
  };
  return {
    t,
    get probe() {
      return probeServer();
    },
    alice: () => alice,
    async estimateOf(document, variables) {
      await t.clearLog();
      const answer = await probeServer().query(document, variables as never, { token: alice });
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(await t.calls()).toEqual({});
      return answer.errors?.[0]?.extensions?.complexity as number;
    },
    async callsOf(document, variables) {
      await t.clearLog();
      const answer = await t.query(document, variables as never, { token: alice });
      expect(answer.errors).toBeUndefined();
      return t.calls();
    },
  };
}
