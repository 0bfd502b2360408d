import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { dataOf, q, useTestServer } from '../helpers/server.js';

/** The library on a Development Mode app: every write and check goes through /me/library, 40 URIs a call. */

const t = useTestServer({ mode: 'development' });
let alice: string;
let tracks: string[];
let album: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice', app: 'development' });
  const saved = t.emu.state.user('alice').saved;
  const { catalog } = t.emu.state;
  tracks = [...catalog.tracks.keys()]
    .filter((id) => !saved.track.has(id))
    .slice(0, 90)
    .map((id) => `spotify:track:${id}`);
  album = `spotify:album:${[...catalog.albums.keys()].find((id) => !saved.album.has(id))}`;
});
beforeEach(() => t.clearLog());

const run = <R = Record<string, unknown>, V = Record<string, unknown>>(
  document: GraphQLDocument<R, V>,
): Promise<R> => dataOf(t, document, alice);

const contains = async (uris: string[]): Promise<boolean[]> =>
  (await run<{ me: { libraryContains: boolean[] } }>(`{ me { libraryContains(uris: ${q(uris)}) } }`)).me
    .libraryContains;

describe('the library in Development Mode', () => {
  it('saves through PUT /v1/me/library, then finds the items, removes them, and no longer finds them', async () => {
    const uris = [tracks[0]!, album];
    await run(`mutation { saveToLibrary(uris: ${q(uris)}) { uris } }`);
    expect(await t.calls()).toEqual({ 'PUT /v1/me/library': 1 });
    expect(await contains(uris)).toEqual([true, true]);

    await t.clearLog();
    await run(`mutation { removeFromLibrary(uris: ${q(uris)}) { uris } }`);
    expect(await t.calls()).toEqual({ 'DELETE /v1/me/library': 1 });
    expect(await contains(uris)).toEqual([false, false]);
  });

  it('checks 90 URIs in three calls of at most 40, answering in order', async () => {
    await run(`mutation { saveToLibrary(uris: ${q([tracks[45]!])}) { uris } }`);
    await t.clearLog();
    const answer = await contains(tracks);
    expect(answer).toHaveLength(90);
    expect(answer.map((found, i) => (found ? i : -1)).filter((i) => i >= 0)).toEqual([45]);
    expect(await t.calls()).toEqual({ 'GET /v1/me/library/contains': 3 });
    await run(`mutation { removeFromLibrary(uris: ${q([tracks[45]!])}) { uris } }`);
  });

  it('saves 90 URIs in three calls of at most 40', async () => {
    await run(`mutation { saveToLibrary(uris: ${q(tracks)}) { uris } }`);
    expect(await t.calls()).toEqual({ 'PUT /v1/me/library': 3 });
    const data = await run(graphql(`query LibraryDevelopmentMe { me { savedTracks { totalCount } } }`));
    expect(data.me?.savedTracks?.totalCount).toBe(64 + 90);
    await run(`mutation { removeFromLibrary(uris: ${q(tracks)}) { uris } }`);
  });

  it('refuses a bad URI with BAD_USER_INPUT and no upstream call', async () => {
    const answer = await t.query(
      graphql(
        `mutation LibraryDevelopmentRemoveFromLibrary { removeFromLibrary(uris: ["spotify:chapter:x"]) { uris } }`,
      ),
      {},
      { token: alice },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uris[0]' });
    expect(await t.calls()).toEqual({});
  });
});
