import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/** `me` and users on a Development Mode app: the user's own data works; other users' profiles are gone. */

const t = useTestServer({ mode: 'development' });
let alice: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice', app: 'development' });
});
beforeEach(() => t.clearLog());

describe('me in Development Mode', () => {
  it('answers the profile, saved items, top items and history', async () => {
    const answer = await t.query(
      graphql(
        `query MeDevelopmentLibrary { me { displayName savedAlbums { totalCount } topTracks(first: 3) { nodes { id } } recentlyPlayed(first: 3) { nodes { playedAt } } followedArtists(first: 3) { nodes { id } } } }`,
      ),
      {},
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.displayName).toBe('Alice Premium');
    expect(answer.data?.me?.savedAlbums?.totalCount).toBe(24);
    expect(answer.data?.me?.topTracks?.nodes).toHaveLength(3);
    expect(answer.data?.me?.recentlyPlayed?.nodes).toHaveLength(3);
    expect(answer.data?.me?.followedArtists?.nodes).toHaveLength(3);
  });

  it("answers the user's own follower count from /me, not the removed profile route: null, as Spotify no longer sends it", async () => {
    const answer = await t.query(
      graphql(`query MeDevelopmentFollowerCount { me { user { followerCount images { url } } } }`),
      {},
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    // Spotify's February 2026 change removed `followers` from GET /me for Development Mode apps.
    expect(answer.data?.me?.user?.followerCount).toBeNull();
    expect(answer.data?.me?.user?.images).toEqual(expect.any(Array));
    expect(await t.calls()).toEqual({ 'GET /v1/me': 1 });
  });
});

describe('other users in Development Mode', () => {
  it('fails user(id) with NOT_AVAILABLE_IN_DEVELOPMENT_MODE without calling Spotify', async () => {
    const answer = await t.query(
      graphql(`query MeDevelopmentUser { user(id: "bob") { displayName } }`),
      {},
      { token: alice },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE_IN_DEVELOPMENT_MODE');
    expect(answer.errors?.[0]?.path).toEqual(['user']);
    expect(await t.calls()).toEqual({});
  });

  it("fails another user's follower count on a playlist owner, keeping the owner's name", async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'spotify')!;
    const answer = await t.query(
      graphql(
        `query MeDevelopmentPlaylistOwner($id: ID!) { playlist(id: $id) { owner { displayName followerCount } } }`,
      ),
      { id: playlist.id },
      { token: alice },
    );
    expect(answer.data?.playlist?.owner).toEqual({ displayName: 'Spotify', followerCount: null });
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE_IN_DEVELOPMENT_MODE');
  });
});
