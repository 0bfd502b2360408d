import type { TestEmulator } from './emulator.js';

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
