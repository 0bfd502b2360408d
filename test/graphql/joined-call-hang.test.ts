import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { waitForIdle } from '../helpers/emulator.js';
import { startServerOn, type TestServer, useTestServer } from '../helpers/server.js';
import { ALBUMS_ALONE, SEARCH_ALONE, SEARCHES } from '../helpers/window-documents.js';

/**
 * The joined call of sibling windows (one Spotify call for `a: albums(first: 3)` beside `b:
 * albums(offset: 3, first: 3)`) that hangs past the request's deadline (v15 attack on issue 7, V6): it
 * has half the time left, then each window asks its own page too and answers as it does alone, where
 * before both windows failed DEADLINE_EXCEEDED. Those own calls count against the request's call
 * allowance and nothing is given back for them (v16 re-attack F7: refunds let a client buy calls): at
 * a limit that the joined call and one own call fill, the other window is refused CALL_LIMIT_EXCEEDED.
 * The emulator's latency rule matches the joined call's query only (or every call, for a Spotify that
 * hangs); checked on the answers and the emulator's request log (no clock in the test).
 */

const DEADLINE_MS = 2000;
/** Longer than the deadline: the joined call never answers within the request. */
const HANG_MS = 3500;

/** The offset and limit of each call on `route` in the emulator's log, sorted. */
async function windows(t: TestServer, route: string): Promise<string[]> {
  // The hung call is logged when the emulator answers it, after the request.
  await waitForIdle(t.emu);
  const log = (await t.emu.control('GET', '/requests')).json as {
    entries: { route: string; query: string }[];
  };
  return log.entries
    .filter((entry) => entry.route === route)
    .map((entry) => {
      const params = new URLSearchParams(entry.query);
      return `${params.get('offset') ?? '-'}+${params.get('limit')}`;
    })
    .sort();
}

const ALBUMS = graphql(`
  query JoinedHangAlbums($id: ID!) {
    artist(id: $id) {
      a: albums(first: 3) { nodes { spotifyId } }
      b: albums(offset: 3, first: 3) { nodes { spotifyId } }
    }
  }
`);
const SAVED = graphql(`
  query JoinedHangSaved {
    me {
      a: savedTracks(first: 3) { nodes { spotifyId } }
      b: savedTracks(first: 3, offset: 3) { nodes { spotifyId } }
    }
  }
`);
const SAVED_ALONE = graphql(`
  query JoinedHangSavedAlone { me { savedTracks(first: 6) { nodes { spotifyId } } } }
`);

const t = useTestServer({
  mode: 'extended',
  appMode: 'extended',
  limits: { requestDeadlineMs: DEADLINE_MS },
});
const prolific = () =>
  [...t.emu.state.catalog.artists.values()].sort((a, b) => b.albumIds.length - a.albumIds.length)[0]!.id;

/** Makes the joined call of 6 from offset 0 on `route` hang past the deadline. */
const hangJoined = (route: string) =>
  t.emu.control('POST', '/faults', { route, latencyMs: HANG_MS, query: { offset: '0', limit: '6' } });

/** The error codes of an answer under `alias`. */
const codesAt = (
  errors: { path?: (string | number)[]; extensions?: Record<string, unknown> }[] = [],
  alias = '',
) => errors.filter((error) => error.path?.includes(alias)).map((error) => error.extensions?.code);

afterEach(async () => {
  await t.emu.control('DELETE', '/faults');
  await waitForIdle(t.emu);
});

describe('a joined call of sibling windows that hangs (v15 attack V6)', () => {
  it("an artist's albums: each window asks its own page and answers as alone", async () => {
    const id = prolific();
    const six = (await t.query(ALBUMS_ALONE, { id })).data?.artist?.albums?.nodes ?? [];
    expect(six).toHaveLength(6);
    await hangJoined('GET /v1/artists/{id}/albums');
    await t.clearLog();
    const answer = await t.query(ALBUMS, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.a?.nodes).toEqual(six.slice(0, 3));
    expect(answer.data?.artist?.b?.nodes).toEqual(six.slice(3));
    // The joined call (cut by the deadline), then each window's own.
    expect(await windows(t, '/v1/artists/{id}/albums')).toEqual(['0+3', '0+6', '3+3']);
  });

  it('search windows (the app token: the late call is offered to no load): each answers as alone', async () => {
    const six = (await t.query(SEARCH_ALONE)).data?.search?.tracks?.nodes ?? [];
    expect(six).toHaveLength(6);
    await hangJoined('GET /v1/search');
    await t.clearLog();
    const answer = await t.query(SEARCHES);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.a?.tracks?.nodes).toEqual(six.slice(0, 3));
    expect(answer.data?.b?.tracks?.nodes).toEqual(six.slice(3));
    expect(await windows(t, '/v1/search')).toEqual(['0+3', '0+6', '3+3']);
  });

  it("a user's saved tracks (a list judged for repeats): each answers as alone", async () => {
    const alice = { token: await t.emu.token({ user: 'alice' }) };
    const six = (await t.query(SAVED_ALONE, {}, alice)).data?.me?.savedTracks?.nodes ?? [];
    expect(six).toHaveLength(6);
    await hangJoined('GET /v1/me/tracks');
    await t.clearLog();
    const answer = await t.query(SAVED, {}, alice);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.a?.nodes).toEqual(six.slice(0, 3));
    expect(answer.data?.me?.b?.nodes).toEqual(six.slice(3));
    expect(await windows(t, '/v1/me/tracks')).toEqual(['0+3', '0+6', '3+3']);
  });

  it('the own calls count against the allowance, nothing given back: at a limit of 2, one window is refused', async () => {
    const id = prolific();
    const six = (await t.query(ALBUMS_ALONE, { id })).data?.artist?.albums?.nodes ?? [];
    const atLimit = await startServerOn(t.emu, {
      limits: { maxQueryCost: 2, requestDeadlineMs: DEADLINE_MS },
    });
    try {
      await hangJoined('GET /v1/artists/{id}/albums');
      await t.clearLog();
      const answer = await atLimit.query(ALBUMS, { id });
      // The joined call and a's own call fill the allowance; b's own call is refused, not made.
      expect(answer.data?.artist?.a?.nodes).toEqual(six.slice(0, 3));
      expect(answer.data?.artist?.b).toBeNull();
      expect(codesAt(answer.errors, 'b')).toEqual(['CALL_LIMIT_EXCEEDED']);
      expect(await windows(t, '/v1/artists/{id}/albums')).toEqual(['0+3', '0+6']);
    } finally {
      await atLimit.close();
    }
  });

  it('a Spotify that hangs on every call: each window fails DEADLINE_EXCEEDED after one own call each', async () => {
    const id = prolific();
    await t.query(ALBUMS_ALONE, { id });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/artists/{id}/albums', latencyMs: HANG_MS });
    await t.clearLog();
    const answer = await t.query(ALBUMS, { id });
    expect(codesAt(answer.errors, 'a')).toEqual(['DEADLINE_EXCEEDED']);
    expect(codesAt(answer.errors, 'b')).toEqual(['DEADLINE_EXCEEDED']);
    expect(await windows(t, '/v1/artists/{id}/albums')).toEqual(['0+3', '0+6', '3+3']);
  });

  it('a joined call that answers within its share: one call, as before', async () => {
    const id = prolific();
    const six = (await t.query(ALBUMS_ALONE, { id })).data?.artist?.albums?.nodes ?? [];
    await t.clearLog();
    const answer = await t.query(ALBUMS, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.a?.nodes).toEqual(six.slice(0, 3));
    expect(answer.data?.artist?.b?.nodes).toEqual(six.slice(3));
    expect(await windows(t, '/v1/artists/{id}/albums')).toEqual(['0+6']);
  });
});
