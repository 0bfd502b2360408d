import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { dataOf, useTestServer, useUserToken } from '../helpers/server.js';

/** The library on a Development Mode app: every write and check goes through /me/library, 40 URIs a call. */

const t = useTestServer({ mode: 'development' });
const alice = useUserToken(t, 'alice', { app: 'development', clearLog: true });
let tracks: string[];
let album: string;

beforeAll(() => {
  const saved = t.emu.state.user('alice').saved;
  const { catalog } = t.emu.state;
  tracks = [...catalog.tracks.keys()]
    .filter((id) => !saved.track.has(id))
    .slice(0, 90)
    .map((id) => `spotify:track:${id}`);
  album = `spotify:album:${[...catalog.albums.keys()].find((id) => !saved.album.has(id))}`;
});

const SAVE = graphql(
  `mutation LibraryDevelopmentSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }`,
);
const REMOVE = graphql(
  `mutation LibraryDevelopmentRemove($uris: [ID!]!) { removeFromLibrary(uris: $uris) { uris } }`,
);
const save = (uris: string[]) => dataOf(t, SAVE, alice.token, { uris });
const remove = (uris: string[]) => dataOf(t, REMOVE, alice.token, { uris });

const contains = async (uris: string[]): Promise<(boolean | null)[]> =>
  (
    await dataOf(
      t,
      graphql(`query LibraryDevelopmentContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }`),
      alice.token,
      { uris },
    )
  ).me?.libraryContains ?? [];

describe('the library in Development Mode', () => {
  it('saves through PUT /v1/me/library, then finds the items, removes them, and no longer finds them', async () => {
    const uris = [tracks[0]!, album];
    await save(uris);
    expect(await t.calls()).toEqual({ 'PUT /v1/me/library': 1 });
    expect(await contains(uris)).toEqual([true, true]);

    await t.clearLog();
    await remove(uris);
    expect(await t.calls()).toEqual({ 'DELETE /v1/me/library': 1 });
    expect(await contains(uris)).toEqual([false, false]);
  });

  it('checks 90 URIs in three calls of at most 40, answering in order', async () => {
    await save([tracks[45]!]);
    await t.clearLog();
    const answer = await contains(tracks);
    expect(answer).toHaveLength(90);
    expect(answer.map((found, i) => (found ? i : -1)).filter((i) => i >= 0)).toEqual([45]);
    expect(await t.calls()).toEqual({ 'GET /v1/me/library/contains': 3 });
    await remove([tracks[45]!]);
  });

  it('saves 90 URIs in three calls of at most 40', async () => {
    await save(tracks);
    expect(await t.calls()).toEqual({ 'PUT /v1/me/library': 3 });
    const data = await dataOf(
      t,
      graphql(`query LibraryDevelopmentMe { me { savedTracks { totalCount } } }`),
      alice.token,
    );
    expect(data.me?.savedTracks?.totalCount).toBe(64 + 90);
    await remove(tracks);
  });

  it('refuses a bad URI with BAD_USER_INPUT and no upstream call', async () => {
    const answer = await t.query(
      graphql(
        `mutation LibraryDevelopmentRemoveFromLibrary { removeFromLibrary(uris: ["spotify:chapter:x"]) { uris } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uris[0]' });
    expect(await t.calls()).toEqual({});
  });
});
