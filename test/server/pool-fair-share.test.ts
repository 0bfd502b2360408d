import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { waitForIdle } from '../helpers/emulator.js';
import { sessionTokenOf, useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

/**
 * v15 re-attack RB3 against the default of 50 Spotify calls in flight per request: two requests of
 * one client took the Spotify client's whole pool of 100, and another client's calls waited for one
 * of the flood's to end. Each client now has a fair share of the pool, and its last
 * SPOTIFY_POOL_RESERVE places (25) go only to a client under its share. Read from the emulator's log
 * and its count of calls in flight, never from a clock in the test.
 */

const TRACKS = graphql(`query PoolFairShareTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }`);
const LATENCY_MS = 4000;

describe("a client's fair share of the Spotify pool beside a flooding client (Development Mode)", () => {
  const t = useTestServer({ mode: 'development' });
  afterEach(async () => {
    await t.emu.control('DELETE', '/faults');
    await waitForIdle(t.emu);
  });

  it("starts another client's 20 calls at once while one client's two 50-call requests hold 75 of the pool's 100", async () => {
    const [flooder, other] = await Promise.all([
      sessionTokenOf(t, 'bob', 'development'),
      sessionTokenOf(t, 'alice', 'development'),
    ]);
    const ids = [...t.emu.state.catalog.tracks.keys()];
    const floodIds = ids.slice(0, 100);
    const otherIds = ids.slice(100, 120);
    // The server's app token, fetched before the log is emptied.
    expect((await t.query(TRACKS, { ids: ids.slice(200, 201) }, { token: other })).errors).toBeUndefined();
    await t.clearLog();
    await t.emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', latencyMs: LATENCY_MS });
    const flood = [0, 50].map((at) =>
      t.query(TRACKS, { ids: floodIds.slice(at, at + 50) }, { token: flooder }),
    );
    const inFlight = async () =>
      ((await t.emu.control('GET', '/requests')).json as { inFlight: number }).inFlight;
    // One request of 50 goes out in one round trip and the second's first 25 with it: 75 of 100.
    const deadline = Date.now() + 30_000;
    while ((await inFlight()) < 75 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const answer = await t.query(TRACKS, { ids: otherIds }, { token: other });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.tracks).toHaveLength(20);
    for (const result of await Promise.all(flood)) expect(result.errors).toBeUndefined();

    const calls = (await timedCalls(t.emu)).filter((call) => call.route === '/v1/tracks/{id}');
    const idOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
    const floodCalls = calls.filter((call) => floodIds.includes(idOf(call.path)));
    const otherCalls = calls.filter((call) => otherIds.includes(idOf(call.path)));
    expect([floodCalls.length, otherCalls.length]).toEqual([100, 20]);
    const firstFloodAnswer = Math.min(...floodCalls.map((call) => call.at));
    // The flood's first round trip: 75 calls, 25 places of the pool left free.
    expect(floodCalls.filter((call) => call.receivedAt < firstFloodAnswer)).toHaveLength(75);
    // The other client's calls all reached Spotify before any of the flood's was answered: none waited
    // for a place (before, the flood held all 100 and each waited for one of its calls to end).
    expect(otherCalls.filter((call) => call.receivedAt < firstFloodAnswer)).toHaveLength(20);
  }, 60_000);
});
