import { expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { stopStreamsAfterEach, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

// The second subscriber may wait for the next poll (up to one idle interval).
vi.setConfig({ testTimeout: 60_000 });

/**
 * A poll goes out once with each credential: a new credential that Spotify refuses (403) is not polled
 * with a second time in the same poll (it used to be: queued first as waiting for verification, then
 * again in its turn, the two compared by object identity of Map entries, which never matched).
 */

const STATE = graphql(`subscription CredentialTurnsPlaybackState { playbackState { isPlaying } }`);
const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: 10_000, playerIdlePollIntervalMs: 10_000 },
});
const { clients, streams } = stopStreamsAfterEach(() => t);

function subscribe(accessToken: string) {
  const client = wsClient(t.url, `Bearer ${accessToken}`);
  clients.push(client);
  const stream = wsSubscribe(client, STATE);
  streams.push(stream);
  return stream;
}

it('polls once with a new credential Spotify refuses with 403, not twice in one poll', async () => {
  const answer = await t.emu.control('POST', '/tokens', { userId: 'carol', scopes: ['user-read-private'] });
  const narrow = (answer.json as { access_token: string }).access_token;
  const full = await t.emu.token({ user: 'carol' });
  await t.emu.control('DELETE', '/requests');
  const refused = subscribe(narrow);
  expect((await refused.nth(0)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // A full-scope subscriber's first value comes from the next poll, so the first poll is over by then.
  const accepted = subscribe(full);
  expect((await accepted.nth(0)).errors).toBeUndefined();
  const log = (await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
  // One user look-up per token, one player call per credential: the narrow one's and the full one's.
  expect(log.byRoute).toEqual({ 'GET /v1/me': 2, 'GET /v1/me/player': 2 });
});
