import { afterEach, beforeAll, expect } from 'vitest';
import { type TestEmulator, waitForIdle } from './emulator.js';
import type { TestServer } from './server.js';

/** An entry of the emulator's request log with its timestamps (ms): when it came and when it was answered. */
export interface TimedLogEntry {
  method: string;
  route: string;
  path: string;
  /** The query string (`limit=10&offset=0`). */
  query: string;
  status: number;
  receivedAt: number;
  at: number;
}

/** The emulator's request log since it was last emptied, the token endpoint left out (the server's own business). */
export async function timedCalls(emu: TestEmulator): Promise<TimedLogEntry[]> {
  const log = (await emu.control('GET', '/requests')).json as { entries: TimedLogEntry[] };
  return log.entries.filter((entry) => entry.route !== '/api/token');
}

/**
 * The round trips a query took, read from the emulator's timestamps (never from a clock in the test):
 * a call's wave is one more than the latest wave among the calls answered before it came. Under a
 * latency fault on every route, calls sent together come before any of them is answered, so this is the
 * depth of the calls' dependency chain as the server sent them.
 */
export function wavesOf(entries: readonly TimedLogEntry[]): number {
  const calls = [...entries].sort((a, b) => a.receivedAt - b.receivedAt);
  const wave: number[] = [];
  calls.forEach((call, i) => {
    let before = 0;
    for (let j = 0; j < i; j++) if (calls[j]!.at <= call.receivedAt) before = Math.max(before, wave[j]!);
    wave.push(before + 1);
  });
  return Math.max(0, ...wave);
}

/**
 * A latency fault on every Spotify route for the tests of one `describe`, so that the waves of a query
 * can be read from the emulator's timestamps. Before all, `warmUp` runs (a query that makes the server
 * fetch its app token: that call is the server's own business, not the query's) and must answer without
 * errors. After each test the faults are removed and the emulator is left idle. Returns `slowly()`,
 * which empties the request log and puts `latencyMs` (ms) on every route for what follows.
 */
export function useSlowSpotify(
  server: TestServer,
  latencyMs: number,
  warmUp: () => Promise<{ errors?: unknown }>,
): () => Promise<void> {
  beforeAll(async () => {
    expect((await warmUp()).errors).toBeUndefined();
  });
  afterEach(async () => {
    await server.emu.control('DELETE', '/faults');
    await waitForIdle(server.emu);
  });
  return async () => {
    await server.clearLog();
    await server.emu.control('POST', '/faults', { latencyMs });
  };
}
