/**
 * Auto mode (the default) and Spotify's real refusal of a Development Mode app, a bare
 * `403 {"message":"Forbidden"}` (the emulator's Development app gets it): the mode is learned once per
 * app from the first answer only the mode explains, a full catalog object without the fields Spotify's
 * February 2026 change removed for Development Mode apps (an album's label and popularity, an
 * artist's followers and popularity), not from a second bare 403 at least 5 s later; a caller's own
 * token learns it the same way for itself, and its library calls go to `/me/library` once that
 * answered in a refused call's place. A bare 403 alone (a user's refusal, a hiccup) still teaches no
 * mode. Issue 7 item 6; closing11 "Auto mode on Spotify's real bare 403". Over GraphQL against the
 * emulator; refused calls counted in its log.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

const ALBUMS = graphql(`query FirstEvidenceAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }`);
const TOP_TRACKS = graphql(`
  query FirstEvidenceTopTracks($id: ID!) { artist(id: $id) { topTracks { name } } }
`);
const SEARCH = graphql(`
  query FirstEvidenceSearch { search(query: "a", types: [ARTIST], first: 5) { artists { nodes { name } } } }
`);
const CONTAINS = graphql(`
  query FirstEvidenceContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }
`);

/** Runs `run` after clearing the log; answers its result, its refused (403) calls and all its calls. */
async function logged<R>(t: TestServer, run: () => Promise<R>) {
  await t.clearLog();
  const result = await run();
  const entries = await timedCalls(t.emu);
  const routes = entries.map((entry) => `${entry.status} ${entry.method} ${entry.route}`);
  return { result, routes, refused: routes.filter((route) => route.startsWith('403')) };
}

const count = (routes: readonly string[], route: string) => routes.filter((r) => r === route).length;

describe("a Development Mode app's own tokens, auto mode, Spotify's bare 403", () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });

  it('learns the mode on the first request from the single calls that answer a refused batch', async () => {
    const ids = [...t.emu.state.catalog.albums.keys()].slice(0, 25);
    const names = ids.map((id) => t.emu.state.catalog.albums.get(id)?.name);
    const first = await logged(t, () => t.query(ALBUMS, { ids }));
    expect(first.result.errors).toBeUndefined();
    expect(first.result.data?.albums?.map((album) => album?.name)).toEqual(names);
    // One batch refused (old code: 2, the second chunk too), then every id by a single call.
    expect(first.refused).toEqual(['403 GET /v1/albums']);
    expect(count(first.routes, '200 GET /v1/albums/{id}')).toBe(25);
    expect(first.routes).toHaveLength(26);

    // Learned: the very next request (no 5 s wait) sends no refused call (old code: the batch again).
    const second = await logged(t, () => t.query(ALBUMS, { ids }));
    expect(second.result.data?.albums?.map((album) => album?.name)).toEqual(names);
    expect(second.refused).toEqual([]);
    expect(second.routes).toEqual(Array(25).fill('200 GET /v1/albums/{id}'));
    // For the whole app: an Extended-only field is refused without a call.
    const top = await logged(t, () =>
      t.query(TOP_TRACKS, { id: [...t.emu.state.catalog.artists.keys()][0]! }),
    );
    expect(top.result.errors?.map((error) => error.extensions?.code)).toEqual([
      'NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
    ]);
    // The artist is read (it is checked); its top tracks are not asked.
    expect(top.routes).toEqual(['200 GET /v1/artists/{id}']);
  });
});

describe("a Development Mode app, auto mode: a search's answer is the first evidence", () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });

  it('learns the mode from artists found without followers and popularity: no refused call at all', async () => {
    const search = await logged(t, () => t.query(SEARCH));
    expect(search.result.errors).toBeUndefined();
    expect(search.result.data?.search?.artists?.nodes.length).toBeGreaterThan(0);
    expect(search.routes).toEqual(['200 GET /v1/search']);
    // Old code: top-tracks sent and refused bare, answered FORBIDDEN "Forbidden".
    const top = await logged(t, () =>
      t.query(TOP_TRACKS, { id: [...t.emu.state.catalog.artists.keys()][0]! }),
    );
    expect(top.result.errors?.map((error) => error.extensions?.code)).toEqual([
      'NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
    ]);
    // The artist is read (it is checked); its top tracks are not asked.
    expect(top.routes).toEqual(['200 GET /v1/artists/{id}']);
  });
});

describe("a caller's own token of a Development Mode app, auto mode, Spotify's bare 403", () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });

  it('pays the refused batch on its first request only', async () => {
    const token = await t.emu.token({ user: 'alice', app: 'development' });
    const ids = [...t.emu.state.catalog.albums.keys()].slice(0, 3);
    const refused: string[][] = [];
    for (const _ of [1, 2, 3]) {
      const run = await logged(t, () => t.query(ALBUMS, { ids }, { token }));
      expect(run.result.errors).toBeUndefined();
      expect(run.result.data?.albums?.every((album) => typeof album?.name === 'string')).toBe(true);
      expect(count(run.routes, '200 GET /v1/albums/{id}')).toBe(3);
      refused.push(run.refused);
    }
    // Old code: [['403 GET /v1/albums'], ['403 GET /v1/albums'], ['403 GET /v1/albums']].
    expect(refused).toEqual([['403 GET /v1/albums'], [], []]);
  });

  it('pays the refused library check on its first request only; another token pays its own once', async () => {
    const uris = ['spotify:track:0000000000000000000001', 'spotify:track:0000000000000000000002'];
    for (const _ of ['first token', 'second token']) {
      const token = await t.emu.token({ user: 'alice', app: 'development' });
      const refused: number[] = [];
      for (const __ of [1, 2, 3]) {
        const run = await logged(t, () => t.query(CONTAINS, { uris }, { token }));
        expect(run.result.errors).toBeUndefined();
        expect(run.result.data?.me?.libraryContains).toEqual([false, false]);
        expect(count(run.routes, '200 GET /v1/me/library/contains')).toBe(1);
        refused.push(run.refused.length);
      }
      // Old code: [1, 1, 1] for each token.
      expect(refused).toEqual([1, 0, 0]);
    }
  });
});
