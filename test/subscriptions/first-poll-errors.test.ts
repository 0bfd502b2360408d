import { expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import {
  type Stream,
  sseSubscribe,
  stopStreamAfterEach,
  wsClient,
  wsSubscribe,
} from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * A new subscriber whose first polls fail (Spotify's 5xx, a body that is no JSON) gets the error event
 * after the first failed poll, as a query would get the error, and the value once Spotify answers
 * again; before, it waited in silence for as long as the polls failed (v10 attack on issue 7, F8).
 */

const INTERVAL_MS = 100;
const STATE = graphql(`subscription FirstPollErrorsState { playbackState { isPlaying } }`);

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
});

let stream: Stream<{ playbackState: { isPlaying: boolean | null } | null }> | undefined;

stopStreamAfterEach(t, () => stream);

const FAULTS = {
  'a 503': { status: 503 },
  'an HTML 200': { text: '<html>x</html>', contentType: 'text/html' },
} as const;

for (const transport of ['SSE', 'graphql-ws'] as const)
  for (const [name, fault] of Object.entries(FAULTS))
    it(`a new subscriber gets the error of ${name} at once, then the value (${transport})`, async () => {
      const token = await t.emu.token({ user: 'alice' });
      await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player', ...fault });
      const opened =
        transport === 'SSE'
          ? sseSubscribe(t.url, STATE, token)
          : wsSubscribe(wsClient(t.url, `Bearer ${token}`), STATE);
      stream = opened;
      const first = await opened.nth(0);
      expect(first.errors?.map((error) => error.extensions?.code)).toEqual(['SPOTIFY_UNAVAILABLE']);
      expect(first.data?.playbackState ?? null).toBeNull();
      await t.emu.control('DELETE', '/faults');
      const events = await opened.until((all) =>
        all.some((event) => event.data?.playbackState !== undefined && event.errors === undefined),
      );
      expect(events.at(-1)?.errors).toBeUndefined();
      expect(opened.completed).toBe(false);
    });
