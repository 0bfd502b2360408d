/**
 * Issue 7 item 6: in auto mode an app is learned to be Extended too. Before, it never was, so every
 * multi-chunk batch first sent one chunk alone to test the mode (a 60-album load took two round trips
 * where a configured Extended app takes one). A fresh server's first load may still send one chunk
 * ahead (the answer that teaches the mode); every load after it sends its chunks together. GraphQL over
 * HTTP against the emulator; round trips read from the emulator's timestamps under a latency fault on
 * every route (test/helpers/waves.ts), never from a clock in the test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { waitForIdle } from '../helpers/emulator.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { timedCalls, wavesOf } from '../helpers/waves.js';

const ALBUMS = graphql(`query AutoLearnsExtendedAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }`);

/** The `GET /v1/albums` calls and round trips of one `albums(ids:)` load of the first 60 albums. */
async function load(t: TestServer): Promise<{ batches: number; singles: number; waves: number }> {
  const ids = [...t.emu.state.catalog.albums.keys()].slice(0, 60);
  await t.clearLog();
  await t.emu.control('POST', '/faults', { latencyMs: 40 });
  const answer = await t.query(ALBUMS, { ids });
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.albums?.map((album) => album?.name ?? null)).not.toContain(null);
  const calls = await timedCalls(t.emu);
  await t.emu.control('DELETE', '/faults');
  return {
    batches: calls.filter((c) => c.route === '/v1/albums').length,
    singles: calls.filter((c) => c.route === '/v1/albums/{id}').length,
    waves: wavesOf(calls),
  };
}

describe('auto mode, an Extended Quota app', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'auto' });
  afterEach(async () => {
    await t.emu.control('DELETE', '/faults');
    await waitForIdle(t.emu);
  });

  it('sends a 60-album load after the first as three batches together, one round trip', async () => {
    // The first load: the answer to one chunk teaches Extended, the other two chunks follow together.
    expect(await load(t)).toEqual({ batches: 3, singles: 0, waves: 2 });
    // Learned: no chunk goes out alone any more (before the fix: 2 round trips on every load).
    expect(await load(t)).toEqual({ batches: 3, singles: 0, waves: 1 });
    expect(await load(t)).toEqual({ batches: 3, singles: 0, waves: 1 });
  });
});

describe('a configured Extended Quota app', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'extended' });
  afterEach(async () => {
    await t.emu.control('DELETE', '/faults');
    await waitForIdle(t.emu);
  });

  it('sends the same load as three batches together from the first', async () => {
    expect(await load(t)).toEqual({ batches: 3, singles: 0, waves: 1 });
  });
});
