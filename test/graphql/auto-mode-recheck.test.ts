/**
 * Auto mode (the default): a Development Mode verdict lapses after DEVELOPMENT_RECHECK_MS, whatever
 * taught it (a page refused as an invalid limit, a 403 naming Development Mode, bare 403s), so that
 * an app granted Extended Quota while the server runs, or taken for Development by one spurious
 * refusal, is learned Extended again; a Development Mode app pays one refused call of each kind per
 * lapse, however many requests meet it (v15 attack on issue 7, V4; issue 7 item 6). Over GraphQL
 * against the emulator with fault rules; the clock is moved past the lapse by shifting Date.now (no
 * waiting). Calls from the emulator's log.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEVELOPMENT_RECHECK_MS } from '../../src/spotify/app-mode.js';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

const TOP_TRACKS = graphql(`
  query AutoRecheckTopTracks($id: ID!) { artist(id: $id) { topTracks { name } } }
`);

const SEARCH = graphql(`
  query AutoRecheckSearch { search(query: "a", types: [TRACK], first: 30) { tracks { nodes { name } } } }
`);

const PROBES = graphql(`
  query AutoRecheckProbes($id: ID!) {
    search(query: "a", types: [TRACK], first: 30) { tracks { nodes { name } } }
    artist(id: $id) { name topTracks { name } }
  }
`);

const INVALID_LIMIT = {
  route: 'GET /v1/search',
  status: 400,
  contentType: 'application/json',
  text: JSON.stringify({ error: { status: 400, message: 'Invalid limit' } }),
};
const NAMED_403 = {
  route: 'GET /v1/artists/{id}/top-tracks',
  status: 403,
  contentType: 'application/json',
  text: JSON.stringify({
    error: { status: 403, message: 'This endpoint is not available to apps in Development Mode' },
  }),
};
const BARE_403 = {
  route: 'GET /v1/artists/{id}/top-tracks',
  status: 403,
  contentType: 'application/json',
  text: JSON.stringify({ error: { status: 403, message: 'Forbidden' } }),
};

/**
 * How far the clock Date.now reads is moved forward: it only grows during the file (the servers'
 * knowledge outlives a test), and is undone after the file.
 */
let shift = 0;
const advance = (ms: number): void => {
  shift += ms;
};
beforeAll(() => {
  const realNow = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => realNow() + shift);
});
afterAll(() => {
  vi.restoreAllMocks();
});
afterEach(async () => {
  // Each test starts with the knowledge of the test before lapsed (none in force).
  advance(DEVELOPMENT_RECHECK_MS + 1);
});

const artistOf = (t: TestServer): string => [...t.emu.state.catalog.artists.keys()][0]!;

/** Runs PROBES; answers its search and top-tracks calls from the emulator's log (`status limit`). */
async function probes(t: TestServer) {
  await t.clearLog();
  const answer = await t.query(PROBES, { id: artistOf(t) });
  const calls = await timedCalls(t.emu);
  const of = (route: string) =>
    calls
      .filter((call) => call.route === route)
      .map((call) => `${call.status} ${new URLSearchParams(call.query).get('limit') ?? ''}`.trim());
  const codes = (answer.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.code]);
  return {
    answer,
    codes,
    search: of('/v1/search'),
    topTracks: of('/v1/artists/{id}/top-tracks'),
    tracks: answer.data?.search?.tracks?.nodes.length,
  };
}

describe('an Extended Quota app in auto mode, taken for Development by one refusal', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'auto' });

  it('one "Invalid limit": Development holds for the re-check interval, then an answer teaches Extended', async () => {
    await t.emu.control('POST', '/faults', { ...INVALID_LIMIT, times: 1 });
    // Request 0: search refused as an invalid limit (the only call that tells the mode), read 10 a page.
    const search = await t.query(SEARCH);
    expect(search.data?.search?.tracks?.nodes).toHaveLength(30);

    const within = await probes(t);
    expect(within.tracks).toBe(30);
    expect(within.search).toEqual(['200 10', '200 10', '200 10']);
    expect(within.codes).toEqual([['artist.topTracks', 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE']]);
    expect(within.topTracks).toEqual([]);

    advance(DEVELOPMENT_RECHECK_MS + 1);
    // Old code: still 3 pages of 10 and topTracks refused without a call, until restart.
    const after = await probes(t);
    expect(after.codes).toEqual([]);
    expect(after.answer.data?.artist?.topTracks?.length).toBeGreaterThan(0);
    expect(after.search).toEqual(['200 30']);
    expect(after.topTracks).toEqual(['200']);

    // Learned Extended: it holds (no lapse for Extended).
    advance(DEVELOPMENT_RECHECK_MS + 1);
    const later = await probes(t);
    expect(later.codes).toEqual([]);
    expect(later.search).toEqual(['200 30']);
  });

  it('one 403 naming Development Mode: the same, the next re-check answers and teaches Extended', async () => {
    await t.emu.control('POST', '/faults', { ...NAMED_403, times: 1 });
    const refused = await t.query(TOP_TRACKS, { id: artistOf(t) });
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual([
      'NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
    ]);

    const within = await probes(t);
    expect(within.codes).toEqual([['artist.topTracks', 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE']]);
    expect(within.topTracks).toEqual([]);

    advance(DEVELOPMENT_RECHECK_MS + 1);
    const after = await probes(t);
    expect(after.codes).toEqual([]);
    expect(after.topTracks).toEqual(['200']);
    expect(after.search).toEqual(['200 30']);
  });
});

describe('an Extended Quota app in auto mode, seen Extended, then taken for Development by one refusal', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'auto' });

  it('a bare 403 to the re-check teaches nothing: FORBIDDEN for that call, and the next request answers as Extended', async () => {
    // Seen Extended (its answers), then one 403 naming Development Mode: Development until the re-check.
    const seen = await probes(t);
    expect(seen.topTracks).toEqual(['200']);
    await t.emu.control('POST', '/faults', { ...NAMED_403, times: 1 });
    await t.query(TOP_TRACKS, { id: artistOf(t) });
    advance(DEVELOPMENT_RECHECK_MS + 1);

    // The re-check (top tracks alone: a search's answer would teach Extended first) glitches with a
    // bare 403, which a proven Extended app's glitch explains as well as Development Mode.
    await t.emu.control('POST', '/faults', { ...BARE_403, times: 1 });
    await t.clearLog();
    const after = await t.query(TOP_TRACKS, { id: artistOf(t) });
    // Old code: NOT_AVAILABLE_IN_DEVELOPMENT_MODE, and Development held 10 more minutes (no call next).
    expect(after.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    // Old code: "Spotify refused the request: Forbidden", with no word that a retry may help.
    expect(after.errors?.[0]?.message).toBe(
      // Spotify's JSON "Forbidden" only repeats the status: read as an empty body, as a text one is.
      'Spotify refused the request: Spotify answered 403 (Spotify gave no reason; it sends such a refusal on a passing glitch too, so a retry may help)',
    );
    expect((await timedCalls(t.emu)).map((call) => `${call.status} ${call.route}`)).toEqual([
      '403 /v1/artists/{id}/top-tracks',
    ]);

    const again = await probes(t);
    expect(again.codes).toEqual([]);
    expect(again.topTracks).toEqual(['200']);
    expect(again.search).toEqual(['200 30']);
  });
});

describe('a Development Mode app in auto mode, at the re-check', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });

  it('concurrent requests pay one refused call of each kind, answered as Development Mode; then none', async () => {
    // Learned from the invalid limit the emulator answers a Development Mode app's page of 30 (a search
    // alone: the emulator's refusal of an Extended-only route may be a bare 403, a hint only at first).
    const first = await t.query(SEARCH);
    expect(first.data?.search?.tracks?.nodes).toHaveLength(30);

    advance(DEVELOPMENT_RECHECK_MS + 1);
    await t.clearLog();
    const id = artistOf(t);
    const answers = await Promise.all(Array.from({ length: 5 }, () => t.query(PROBES, { id })));
    for (const answer of answers) {
      expect(answer.data?.search?.tracks?.nodes).toHaveLength(30);
      expect((answer.errors ?? []).map((error) => error.extensions?.code)).toEqual([
        'NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
      ]);
    }
    const calls = await timedCalls(t.emu);
    const refused = calls.filter((call) => call.status >= 400).map((call) => `${call.status} ${call.route}`);
    // Old code: no re-check at all (0 refused calls).
    expect(refused.sort()).toEqual(['400 /v1/search', '403 /v1/artists/{id}/top-tracks']);

    // Learned again: the next request sends nothing that is refused.
    const again = await probes(t);
    expect(again.search).toEqual(['200 10', '200 10', '200 10']);
    expect(again.topTracks).toEqual([]);
  });

  it("a bare 403 to the re-check confirms Development Mode (Spotify's live refusal is bare)", async () => {
    await t.clearLog();
    await probes(t);
    advance(DEVELOPMENT_RECHECK_MS + 1);
    await t.emu.control('POST', '/faults', { ...BARE_403, times: 1 });
    const after = await probes(t);
    expect(after.topTracks).toEqual(['403']);
    expect(after.codes).toEqual([['artist.topTracks', 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE']]);
    const again = await probes(t);
    expect(again.topTracks).toEqual([]);
    expect(again.codes).toEqual([['artist.topTracks', 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE']]);
  });
});

const SEARCH_OF = graphql(`
  query AutoRecheckSearchOf($q: String!) {
    search(query: $q, types: [TRACK], first: 30) { tracks { nodes { name } } }
  }
`);

describe('a Development Mode app in auto mode, at the re-check: a probe that fails without teaching', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });

  it('the waiting requests send one probe after it, not one each (v14 re-attack R6)', async () => {
    const first = await t.query(SEARCH);
    expect(first.data?.search?.tracks?.nodes).toHaveLength(30);
    advance(DEVELOPMENT_RECHECK_MS + 1);
    // The re-check's page of 30 fails in a way that tells nothing of the mode (a 400 that is no
    // invalid limit), slowly enough that the other requests (other searches: not one shared call) are
    // waiting for it.
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/search',
      status: 400,
      contentType: 'application/json',
      text: JSON.stringify({ error: { status: 400, message: 'Bad request' } }),
      times: 1,
      latencyMs: 300,
    });
    await t.clearLog();
    const answers = await Promise.all(['a', 'e', 'i', 'o', 'n'].map((q) => t.query(SEARCH_OF, { q })));
    const codes = answers.map((answer) => answer.errors?.map((error) => error.extensions?.code) ?? []);
    expect(codes.filter((list) => list.length > 0)).toEqual([['SPOTIFY_BAD_REQUEST']]);
    const pages = (await timedCalls(t.emu)).map(
      (call) => `${call.status} ${new URLSearchParams(call.query).get('limit')}`,
    );
    // The failed probe, then one waiter's page of 30 (refused as an invalid limit: Development Mode
    // learned), then the waiters' pages of 10 only. Old code: each of the 4 waiters sent its own 30.
    expect(pages.filter((page) => page.endsWith(' 30'))).toEqual(['400 30', '400 30']);
    expect(pages.filter((page) => !page.endsWith(' 30')).every((page) => page === '200 10')).toBe(true);
  });
});
