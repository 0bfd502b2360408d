import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { DEADLINE_MS, waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

const ALBUM = graphql(`query WsDeadlineAlbum($id: ID!) { album(id: $id) { name } }`);
const DEVICES = graphql(`subscription WsDeadlineDevices { devices { name } }`);

/**
 * A graphql-ws query or mutation has REQUEST_DEADLINE_MS as an HTTP request has: its Spotify calls are
 * cut at the deadline with DEADLINE_EXCEEDED, instead of holding the operation (and its fair-use turn)
 * as long as Spotify stalls. A subscription on the same socket has no deadline.
 */
describe('REQUEST_DEADLINE_MS over graphql-ws', () => {
  const t = useTestServer({ listen: true, limits: { requestDeadlineMs: 600 } });
  beforeEach(async () => {
    await t.emu.control('DELETE', '/faults');
  });

  it('cuts a query whose Spotify call stalls with DEADLINE_EXCEEDED, and leaves a subscription beside it running', async () => {
    const token = await t.emu.token({ user: 'alice' });
    const client = wsClient(t.url, `Bearer ${token}`);
    try {
      const devices = wsSubscribe(client, DEVICES);
      await devices.nth(0);
      await t.emu.control('POST', '/faults', { route: 'GET /v1/albums/{id}', latencyMs: 60_000 });
      await t.emu.control('POST', '/faults', { route: 'GET /v1/albums', latencyMs: 60_000 });
      const id = [...t.emu.state.catalog.albums.keys()][0] as string;
      const started = Date.now();
      const query = wsSubscribe(client, ALBUM, { id });
      const events = await query.until((all) => all.length > 0, DEADLINE_MS);
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(events[0]?.data).toEqual({ album: null });
      expect(events[0]?.errors?.[0]?.extensions?.code).toBe('DEADLINE_EXCEEDED');
      await waitFor(
        async () => query.completed,
        () => 'the query to complete',
      );
      // The subscription began before the query and outlived the deadline several times over.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(devices.completed).toBe(false);
      expect(devices.failure).toBeUndefined();
      devices.stop();
    } finally {
      await client.dispose();
    }
  });
});
