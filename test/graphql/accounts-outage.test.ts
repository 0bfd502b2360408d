import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/**
 * An outage of Spotify's accounts service is Spotify being unavailable, never a reason to tell an
 * anonymous caller to sign in: the app's token is the server's own business.
 */

// The server backs off after an app-token failure (APP_TOKEN_BACKOFF_MS, test/server/app-token.test.ts);
// a back-off of 1 ms lets each test here start with a server that asks the accounts service again.
const t = useTestServer({
  mode: 'extended',
  config: { appToken: { timeoutMs: 5000, backoffMs: 1, backoffMaxMs: 1 } },
});

const TRACK_NAME = graphql(`query AccountsOutageTrack($id: ID!) { track(id: $id) { name } }`);

describe("the accounts service down while the app's token needs renewing", () => {
  it('answers SPOTIFY_UNAVAILABLE when Spotify forgot the app token and /api/token answers 503', async () => {
    const [first, second] = [...t.emu.state.catalog.tracks.keys()];
    expect((await t.query(TRACK_NAME, { id: first! })).errors).toBeUndefined();
    await t.emu.reset();
    await t.emu.control('POST', '/faults', { route: 'POST /api/token', status: 503 });
    const answer = await t.query(TRACK_NAME, { id: second! });
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect(answer.errors?.[0]?.extensions?.loginUrl).toBeUndefined();
  });

  it('answers SPOTIFY_UNAVAILABLE when the accounts service cannot be reached for the renewal', async () => {
    const [first, , third] = [...t.emu.state.catalog.tracks.keys()];
    await t.emu.control('DELETE', '/faults');
    expect((await t.query(TRACK_NAME, { id: first! })).errors).toBeUndefined();
    await t.emu.reset();
    await t.emu.control('POST', '/faults', { route: 'POST /api/token', drop: true });
    const answer = await t.query(TRACK_NAME, { id: third! });
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
  });

  it('still answers once the accounts service is back', async () => {
    await t.emu.control('DELETE', '/faults');
    const [, , , fourth] = [...t.emu.state.catalog.tracks.keys()];
    expect((await t.query(TRACK_NAME, { id: fourth! })).errors).toBeUndefined();
  });
});
