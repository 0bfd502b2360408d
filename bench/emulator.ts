import { emulatorToken, openPool, poolCall } from './http.js';
import { type LoadResult, runLoad } from './load.js';
import { startTarget } from './targets.js';

export interface EmulatorFigures {
  route: string;
  connections: number;
  result: LoadResult;
  /** "Thousands of single-item GETs per second at 50 connections" (DESIGN.md, Targets). */
  target: { minRps: number; met: boolean };
}

const CONNECTIONS = 50;
export const EMULATOR_TARGET_RPS = 2000;

/** The emulator's throughput on `GET /v1/tracks/{id}` with a client-credentials token. */
export async function benchEmulator(): Promise<EmulatorFigures> {
  const target = await startTarget('emulator');
  const pool = openPool(target.info.url, CONNECTIONS);
  try {
    const token = await emulatorToken(target.info.url, target.info.clientId);
    const call = poolCall(pool, {
      method: 'GET',
      path: `/v1/tracks/${target.info.trackId}`,
      headers: { authorization: `Bearer ${token}` },
    });
    await runLoad(call, { concurrency: CONNECTIONS, requests: 3000, maxSeconds: 5 });
    const result = await runLoad(call, { concurrency: CONNECTIONS, requests: 30_000, maxSeconds: 10 });
    return {
      route: 'GET /v1/tracks/{id}',
      connections: CONNECTIONS,
      result,
      target: { minRps: EMULATOR_TARGET_RPS, met: result.errors === 0 && result.rps >= EMULATOR_TARGET_RPS },
    };
  } finally {
    await pool.close();
    await target.close();
  }
}
