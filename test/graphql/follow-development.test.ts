import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataOf, q, useTestServer } from '../helpers/server.js';

/** Follows on a Development Mode app: every follow, unfollow and check goes through /me/library. */

const t = useTestServer({ mode: 'development' });
let alice: string;
let artist: string;
let playlist: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice', app: 'development' });
  const data = t.emu.state.user('alice');
  const { catalog } = t.emu.state;
  artist = [...catalog.artists.keys()].find((id) => !data.followedArtists.has(id))!;
  playlist = [...catalog.playlists.values()].find((p) => p.public && !data.followedPlaylists.has(p.id))!.id;
});
beforeEach(() => t.clearLog());

const run = <T>(document: string): Promise<T> => dataOf<T>(t, document, alice);

describe('follows in Development Mode', () => {
  it('follows an artist through PUT /v1/me/library and checks it through /me/library/contains', async () => {
    await run(`mutation { followArtists(ids: ${q([artist])}) { uris } }`);
    expect(await t.calls()).toEqual({ 'PUT /v1/me/library': 1 });
    await t.clearLog();
    const data = await run<{ me: { followsArtists: boolean[] } }>(
      `{ me { followsArtists(ids: ${q([artist])}) } }`,
    );
    expect(data.me.followsArtists).toEqual([true]);
    expect(await t.calls()).toEqual({ 'GET /v1/me/library/contains': 1 });
    await run(`mutation { unfollowArtists(ids: ${q([artist])}) { uris } }`);
    expect(
      (await run<{ me: { followsArtists: boolean[] } }>(`{ me { followsArtists(ids: ${q([artist])}) } }`)).me
        .followsArtists,
    ).toEqual([false]);
  });

  it('follows a playlist through /me/library, with no profile call to check it', async () => {
    await run(`mutation { followPlaylist(id: ${q(playlist)}) { playlist { id } } }`);
    await t.clearLog();
    const data = await run<{ me: { followsPlaylist: boolean } }>(
      `{ me { followsPlaylist(id: ${q(playlist)}) } }`,
    );
    expect(data.me.followsPlaylist).toBe(true);
    expect(await t.calls()).toEqual({ 'GET /v1/me/library/contains': 1 });
    await run(
      `mutation { unfollowPlaylist(id: ${q(playlist)}) { me { followsPlaylist(id: ${q(playlist)}) } } }`,
    );
    const after = await run<{ me: { followsPlaylist: boolean } }>(
      `{ me { followsPlaylist(id: ${q(playlist)}) } }`,
    );
    expect(after.me.followsPlaylist).toBe(false);
  });
});
