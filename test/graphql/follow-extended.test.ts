import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataOf, q, useTestServer } from '../helpers/server.js';

/** Follows on an Extended Quota app: /me/following and the playlist followers routes. */

const t = useTestServer({ mode: 'extended' });
let alice: string;
let artists: string[];
let user: string;
let playlist: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  const data = t.emu.state.user('alice');
  const { catalog } = t.emu.state;
  artists = [...catalog.artists.keys()].filter((id) => !data.followedArtists.has(id)).slice(0, 3);
  user = [...catalog.users.keys()].find((id) => id !== 'alice' && !data.followedUsers.has(id))!;
  playlist = [...catalog.playlists.values()].find((p) => p.public && !data.followedPlaylists.has(p.id))!.id;
});
beforeEach(() => t.clearLog());

const run = <T>(document: string): Promise<T> => dataOf<T>(t, document, alice);

describe('following artists and users', () => {
  it('follows artists, finds them followed and listed, unfollows them, and no longer finds them', async () => {
    const followed = await run<{ followArtists: { uris: string[] } }>(
      `mutation { followArtists(ids: ${q(artists)}) { uris } }`,
    );
    expect(followed.followArtists.uris).toEqual(artists.map((id) => `spotify:artist:${id}`));
    expect(await t.calls()).toEqual({ 'PUT /v1/me/following': 1 });

    const check = async () =>
      (
        await run<{ me: { followsArtists: boolean[]; followedArtists: { nodes: { spotifyId: string }[] } } }>(
          `{ me { followsArtists(ids: ${q(artists)}) followedArtists(first: 50) { nodes { spotifyId } } } }`,
        )
      ).me;
    const after = await check();
    expect(after.followsArtists).toEqual([true, true, true]);
    expect(after.followedArtists.nodes.map((n) => n.spotifyId)).toEqual(expect.arrayContaining(artists));

    await run(`mutation { unfollowArtists(ids: ${q(artists)}) { uris } }`);
    const gone = await check();
    expect(gone.followsArtists).toEqual([false, false, false]);
    expect(gone.followedArtists.nodes.map((n) => n.spotifyId)).not.toEqual(
      expect.arrayContaining([artists[0]]),
    );
  });

  it('follows and unfollows a user', async () => {
    const follows = async () =>
      (await run<{ me: { followsUsers: boolean[] } }>(`{ me { followsUsers(ids: ${q([user])}) } }`)).me
        .followsUsers;
    await run(`mutation { followUsers(ids: ${q([`spotify:user:${user}`])}) { uris } }`);
    expect(await follows()).toEqual([true]);
    await run(`mutation { unfollowUsers(ids: ${q([user])}) { uris } }`);
    expect(await follows()).toEqual([false]);
  });
});

describe('following playlists', () => {
  it("follows a playlist, finds it among the user's playlists, unfollows it", async () => {
    const followed = await run<{ followPlaylist: { playlist: { id: string } } }>(
      `mutation { followPlaylist(id: ${q(playlist)}) { playlist { id } } }`,
    );
    expect(followed.followPlaylist.playlist.id).toBe(`spotify:playlist:${playlist}`);
    expect((await t.calls())['PUT /v1/playlists/{playlist_id}/followers']).toBe(1);

    const read = async () =>
      (
        await run<{ me: { followsPlaylist: boolean; playlists: { nodes: { spotifyId: string }[] } } }>(
          `{ me { followsPlaylist(id: ${q(playlist)}) playlists(first: 50) { nodes { spotifyId } } } }`,
        )
      ).me;
    const after = await read();
    expect(after.followsPlaylist).toBe(true);
    expect(after.playlists.nodes.map((n) => n.spotifyId)).toContain(playlist);

    await run(
      `mutation { unfollowPlaylist(id: ${q(`spotify:playlist:${playlist}`)}) { me { followsPlaylist(id: ${q(playlist)}) } } }`,
    );
    const gone = await read();
    expect(gone.followsPlaylist).toBe(false);
    expect(gone.playlists.nodes.map((n) => n.spotifyId)).not.toContain(playlist);
  });
});

describe('follow input refused before any Spotify call', () => {
  it.each([
    [
      'a track URI as an artist',
      'followArtists(ids: ["spotify:track:0TnOYISbd1XYRBk9myaseg"]) { uris }',
      'ids[0]',
    ],
    ['an empty id list', 'unfollowArtists(ids: []) { uris }', 'ids'],
    ['a malformed user id', 'followUsers(ids: ["not a user!"]) { uris }', 'ids[0]'],
    [
      'a malformed playlist id',
      'followPlaylist(id: "spotify:playlist:x") { me { followsPlaylist(id: "x") } }',
      'id',
    ],
  ])('refuses %s with BAD_USER_INPUT', async (_name, field, argument) => {
    const answer = await t.query(`mutation { ${field} }`, {}, { token: alice });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await t.calls()).toEqual({});
  });

  it('refuses following without a user token with UNAUTHENTICATED', async () => {
    const answer = await t.query(`mutation { followArtists(ids: ${q(artists)}) { uris } }`);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.calls()).toEqual({});
  });
});
