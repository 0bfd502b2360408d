import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { dataOf, useTestServer, useUserToken } from '../helpers/server.js';

/** Follows on an Extended Quota app: /me/following and the playlist followers routes. */

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice', { clearLog: true });
let artists: string[];
let user: string;
let playlist: string;

beforeAll(() => {
  const data = t.emu.state.user('alice');
  const { catalog } = t.emu.state;
  artists = [...catalog.artists.keys()].filter((id) => !data.followedArtists.has(id)).slice(0, 3);
  user = [...catalog.users.keys()].find((id) => id !== 'alice' && !data.followedUsers.has(id))!;
  playlist = [...catalog.playlists.values()].find((p) => p.public && !data.followedPlaylists.has(p.id))!.id;
});

const FOLLOW_ARTISTS = graphql(
  `mutation FollowExtendedFollowArtists($ids: [ID!]!) { followArtists(ids: $ids) { uris } }`,
);
const UNFOLLOW_ARTISTS = graphql(
  `mutation FollowExtendedUnfollowArtists($ids: [ID!]!) { unfollowArtists(ids: $ids) { uris } }`,
);
const FOLLOW_USERS = graphql(
  `mutation FollowExtendedFollowUsers($ids: [ID!]!) { followUsers(ids: $ids) { uris } }`,
);
const FOLLOW_PLAYLIST = graphql(
  `mutation FollowExtendedFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }`,
);
const UNFOLLOW_PLAYLIST = graphql(
  `mutation FollowExtendedUnfollowPlaylist($id: ID!, $check: ID!) { unfollowPlaylist(id: $id) { me { followsPlaylist(id: $check) } } }`,
);

describe('following artists and users', () => {
  it('follows artists, finds them followed and listed, unfollows them, and no longer finds them', async () => {
    const followed = await dataOf(t, FOLLOW_ARTISTS, alice.token, { ids: artists });
    expect(followed.followArtists?.uris).toEqual(artists.map((id) => `spotify:artist:${id}`));
    expect(await t.calls()).toEqual({ 'PUT /v1/me/following': 1 });

    const check = async () =>
      (
        await dataOf(
          t,
          graphql(
            `query FollowExtendedFollowsArtists($ids: [ID!]!) { me { followsArtists(ids: $ids) followedArtists(first: 50) { nodes { spotifyId } } } }`,
          ),
          alice.token,
          { ids: artists },
        )
      ).me!;
    const after = await check();
    expect(after.followsArtists).toEqual([true, true, true]);
    expect(after.followedArtists?.nodes.map((n) => n?.spotifyId)).toEqual(expect.arrayContaining(artists));

    await dataOf(t, UNFOLLOW_ARTISTS, alice.token, { ids: artists });
    const gone = await check();
    expect(gone.followsArtists).toEqual([false, false, false]);
    expect(gone.followedArtists?.nodes.map((n) => n?.spotifyId)).not.toEqual(
      expect.arrayContaining([artists[0]]),
    );
  });

  it('follows and unfollows a user', async () => {
    const follows = async () =>
      (
        await dataOf(
          t,
          graphql(`query FollowExtendedFollowsUsers($ids: [ID!]!) { me { followsUsers(ids: $ids) } }`),
          alice.token,
          { ids: [user] },
        )
      ).me?.followsUsers;
    await dataOf(t, FOLLOW_USERS, alice.token, { ids: [`spotify:user:${user}`] });
    expect(await follows()).toEqual([true]);
    await dataOf(
      t,
      graphql(`mutation FollowExtendedUnfollowUsers($ids: [ID!]!) { unfollowUsers(ids: $ids) { uris } }`),
      alice.token,
      { ids: [user] },
    );
    expect(await follows()).toEqual([false]);
  });
});

describe('following playlists', () => {
  it("follows a playlist, finds it among the user's playlists, unfollows it", async () => {
    const followed = await dataOf(t, FOLLOW_PLAYLIST, alice.token, { id: playlist });
    expect(followed.followPlaylist?.playlist?.id).toBe(`spotify:playlist:${playlist}`);
    expect((await t.calls())['PUT /v1/playlists/{playlist_id}/followers']).toBe(1);

    const read = async () =>
      (
        await dataOf(
          t,
          graphql(
            `query FollowExtendedFollowsPlaylist($id: ID!) { me { followsPlaylist(id: $id) playlists(first: 50) { nodes { spotifyId } } } }`,
          ),
          alice.token,
          { id: playlist },
        )
      ).me!;
    const after = await read();
    expect(after.followsPlaylist).toBe(true);
    expect(after.playlists?.nodes.map((n) => n?.spotifyId)).toContain(playlist);

    await dataOf(t, UNFOLLOW_PLAYLIST, alice.token, { id: `spotify:playlist:${playlist}`, check: playlist });
    const gone = await read();
    expect(gone.followsPlaylist).toBe(false);
    expect(gone.playlists?.nodes.map((n) => n?.spotifyId)).not.toContain(playlist);
  });
});

describe('follow input refused before any Spotify call', () => {
  it.each([
    [
      'a track URI as an artist',
      () =>
        t.query(FOLLOW_ARTISTS, { ids: ['spotify:track:0TnOYISbd1XYRBk9myaseg'] }, { token: alice.token }),
      'ids[0]',
    ],
    ['an empty id list', () => t.query(UNFOLLOW_ARTISTS, { ids: [] }, { token: alice.token }), 'ids'],
    [
      'a malformed user id',
      () => t.query(FOLLOW_USERS, { ids: ['not/a user'] }, { token: alice.token }),
      'ids[0]',
    ],
    [
      'a malformed playlist id',
      () =>
        t.query(
          graphql(
            `mutation FollowExtendedFollowPlaylistChecked($id: ID!, $check: ID!) { followPlaylist(id: $id) { me { followsPlaylist(id: $check) } } }`,
          ),
          { id: 'spotify:playlist:x', check: 'x' },
          { token: alice.token },
        ),
      'id',
    ],
  ])('refuses %s with BAD_USER_INPUT', async (_name, send, argument) => {
    const answer = await send();
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await t.calls()).toEqual({});
  });

  it('refuses following without a user token with UNAUTHENTICATED', async () => {
    const answer = await t.query(FOLLOW_ARTISTS, { ids: artists });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.calls()).toEqual({});
  });
});
