import { beforeAll, describe, expect, it } from 'vitest';
import { OLDER_USER_NAME } from '../../src/emulator/catalog.js';
import { graphql } from '../generated/index.js';
import { dataOf, useTestServer, useUserToken } from '../helpers/server.js';

/** Follows on a Development Mode app: every follow, unfollow and check goes through /me/library. */

const t = useTestServer({ mode: 'development' });
const alice = useUserToken(t, 'alice', { app: 'development', clearLog: true });
let artist: string;
let playlist: string;

beforeAll(() => {
  const data = t.emu.state.user('alice');
  const { catalog } = t.emu.state;
  artist = [...catalog.artists.keys()].find((id) => !data.followedArtists.has(id))!;
  playlist = [...catalog.playlists.values()].find((p) => p.public && !data.followedPlaylists.has(p.id))!.id;
});

const followsArtists = async (ids: string[]) =>
  (
    await dataOf(
      t,
      graphql(`query FollowDevelopmentFollowsArtists($ids: [ID!]!) { me { followsArtists(ids: $ids) } }`),
      alice.token,
      { ids },
    )
  ).me?.followsArtists;
const followsPlaylist = async (id: string) =>
  (
    await dataOf(
      t,
      graphql(`query FollowDevelopmentFollowsPlaylist($id: ID!) { me { followsPlaylist(id: $id) } }`),
      alice.token,
      { id },
    )
  ).me?.followsPlaylist;

describe('follows in Development Mode', () => {
  it('follows an artist through PUT /v1/me/library and checks it through /me/library/contains', async () => {
    await dataOf(
      t,
      graphql(`mutation FollowDevelopmentFollowArtists($ids: [ID!]!) { followArtists(ids: $ids) { uris } }`),
      alice.token,
      { ids: [artist] },
    );
    expect(await t.calls()).toEqual({ 'PUT /v1/me/library': 1 });
    await t.clearLog();
    expect(await followsArtists([artist])).toEqual([true]);
    expect(await t.calls()).toEqual({ 'GET /v1/me/library/contains': 1 });
    await dataOf(
      t,
      graphql(
        `mutation FollowDevelopmentUnfollowArtists($ids: [ID!]!) { unfollowArtists(ids: $ids) { uris } }`,
      ),
      alice.token,
      { ids: [artist] },
    );
    expect(await followsArtists([artist])).toEqual([false]);
  });

  it('follows a playlist through /me/library, with no profile call to check it', async () => {
    await dataOf(
      t,
      graphql(
        `mutation FollowDevelopmentFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }`,
      ),
      alice.token,
      { id: playlist },
    );
    await t.clearLog();
    expect(await followsPlaylist(playlist)).toBe(true);
    expect(await t.calls()).toEqual({ 'GET /v1/me/library/contains': 1 });
    await dataOf(
      t,
      graphql(
        `mutation FollowDevelopmentUnfollowPlaylist($id: ID!) { unfollowPlaylist(id: $id) { me { followsPlaylist(id: $id) } } }`,
      ),
      alice.token,
      { id: playlist },
    );
    expect(await followsPlaylist(playlist)).toBe(false);
  });

  it('follows and unfollows a user whose name holds other characters (émilie) by its encoded URI', async () => {
    // The client's Development Mode route built `spotify:user:émilie` by hand, which Spotify (and the
    // emulator) refuse: the URI's user name is percent-encoded, as the checks write it (userUri).
    const followsUsers = async () =>
      (
        await dataOf(
          t,
          graphql(`query FollowDevelopmentFollowsUsers($ids: [ID!]!) { me { followsUsers(ids: $ids) } }`),
          alice.token,
          { ids: [OLDER_USER_NAME] },
        )
      ).me?.followsUsers;
    expect(t.emu.state.user('alice').followedUsers.has(OLDER_USER_NAME)).toBe(false);
    const followed = await dataOf(
      t,
      graphql(`mutation FollowDevelopmentFollowUsers($ids: [ID!]!) { followUsers(ids: $ids) { uris } }`),
      alice.token,
      { ids: [OLDER_USER_NAME] },
    );
    expect(followed.followUsers?.uris).toEqual(['spotify:user:%C3%A9milie']);
    expect(t.emu.state.user('alice').followedUsers.has(OLDER_USER_NAME)).toBe(true);
    expect(await followsUsers()).toEqual([true]);
    await dataOf(
      t,
      graphql(`mutation FollowDevelopmentUnfollowUsers($ids: [ID!]!) { unfollowUsers(ids: $ids) { uris } }`),
      alice.token,
      { ids: [OLDER_USER_NAME] },
    );
    expect(t.emu.state.user('alice').followedUsers.has(OLDER_USER_NAME)).toBe(false);
    expect(await followsUsers()).toEqual([false]);
  });
});
