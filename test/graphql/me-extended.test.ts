import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { dataOf, useTestServer } from '../helpers/server.js';

/** `me` on an Extended Quota app: profile, saved items, top items, follows, history; auth and scopes. */

const t = useTestServer({ mode: 'extended' });
let alice: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
});
beforeEach(() => t.clearLog());

const run = <R, V>(document: GraphQLDocument<R, V>, token = alice, variables?: NoInfer<V>): Promise<R> =>
  dataOf(t, document, token, variables);

describe('me: the profile', () => {
  it('answers the profile fields from one GET /me however many are selected', async () => {
    const data = await run(
      graphql(`query MeExtendedProfile {
        me {
          id spotifyId displayName email country product explicitContent { filterEnabled filterLocked }
          followerCount user { id displayName }
        }
      }`),
    );
    expect(data.me).toMatchObject({
      id: 'spotify:user:alice',
      spotifyId: 'alice',
      displayName: 'Alice Premium',
      email: 'alice@example.com',
      country: 'SE',
      product: 'premium',
      explicitContent: { filterEnabled: false, filterLocked: false },
      user: { id: 'spotify:user:alice', displayName: 'Alice Premium' },
    });
    expect(typeof data.me?.followerCount).toBe('number');
    expect(await t.calls()).toEqual({ 'GET /v1/me': 1 });
  });

  it('reads no profile when only the library is selected', async () => {
    await run(graphql(`query MeExtendedLibraryOnly { me { savedTracks(first: 1) { totalCount } } }`));
    expect(await t.calls()).toEqual({ 'GET /v1/me/tracks': 1 });
  });

  it('refuses me without a user token with UNAUTHENTICATED and calls nobody', async () => {
    const answer = await t.query(
      graphql(`query MeExtendedWithoutToken { me { displayName savedTracks { totalCount } } }`),
    );
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.data?.me).toBeNull();
    expect(await t.calls()).toEqual({});
  });

  it('keeps the catalog fields of a request without a user token beside the me error', async () => {
    const trackId = [...t.emu.state.catalog.tracks.keys()][0]!;
    const answer = await t.query(
      graphql(
        `query MeExtendedCatalogBesideMe($id: ID!) { track(id: $id) { spotifyId } me { displayName } }`,
      ),
      { id: trackId },
    );
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(answer.data).toEqual({ track: { spotifyId: trackId }, me: null });
  });

  it('leaves email and country null when the token lacks their scopes', async () => {
    const token = await t.emu.token({ user: 'alice', scopes: ['user-library-read'] });
    const data = await run(
      graphql(`query MeExtendedScopedProfile { me { displayName email country } }`),
      token,
    );
    expect(data.me).toEqual({ displayName: 'Alice Premium', email: null, country: null });
  });
});

describe('me: saved items', () => {
  it('pages saved tracks newest first with addedAt on the edges, past one Spotify page', async () => {
    const data = await run(
      graphql(
        `query MeExtendedSavedTracks { me { savedTracks(first: 60) { totalCount edges { addedAt node { id } } } } }`,
      ),
    );
    const { totalCount, edges } = data.me!.savedTracks!;
    expect(totalCount).toBe(64);
    expect(edges).toHaveLength(60);
    const dates = edges.map((e) => Date.parse(e?.addedAt ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(edges.map((e) => e?.node?.id)).size).toBe(60);
    expect(await t.calls()).toEqual({ 'GET /v1/me/tracks': 2 });
  });

  it('answers every saved-item list with its seeded size', async () => {
    const data = await run(
      graphql(`query MeExtendedSavedLists { me {
        savedAlbums(first: 2) { totalCount nodes { id } }
        savedShows(first: 2) { totalCount nodes { id } }
        savedEpisodes(first: 2) { totalCount nodes { id } }
        savedAudiobooks(first: 2) { totalCount nodes { id } }
      } }`),
    );
    expect(data.me?.savedAlbums?.totalCount).toBe(24);
    expect(data.me?.savedShows?.totalCount).toBe(8);
    expect(data.me?.savedEpisodes?.totalCount).toBe(14);
    expect(data.me?.savedAudiobooks?.totalCount).toBe(5);
    expect(data.me?.savedAlbums?.nodes[0]?.id).toMatch(/^spotify:album:/);
    expect(data.me?.savedEpisodes?.nodes[0]?.id).toMatch(/^spotify:episode:/);
  });

  it('fails savedTracks with FORBIDDEN naming user-library-read, leaving the rest of me intact', async () => {
    const token = await t.emu.token({ user: 'alice', scopes: ['user-top-read'] });
    const answer = await t.query(
      graphql(`query MeExtendedMissingScope {
        me { displayName savedTracks { totalCount } topArtists(first: 1) { totalCount } }
      }`),
      {},
      { token },
    );
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.path).toEqual(['me', 'savedTracks']);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toContain('user-library-read');
    expect(answer.data?.me?.displayName).toBe('Alice Premium');
    expect(answer.data?.me?.savedTracks).toBeNull();
    expect(answer.data?.me?.topArtists).toEqual({ totalCount: 40 });
  });
});

describe('me: top items, follows and history', () => {
  it('orders top artists differently per time range', async () => {
    const data = await run(
      graphql(`query MeExtendedTopItems { me {
        short: topArtists(first: 10, timeRange: SHORT_TERM) { nodes { id } }
        long: topArtists(first: 10, timeRange: LONG_TERM) { nodes { id } }
        tracks: topTracks(first: 5, timeRange: MEDIUM_TERM) { nodes { id } }
      } }`),
    );
    expect(data.me?.short?.nodes).toHaveLength(10);
    expect(data.me?.short?.nodes.map((n) => n?.id)).not.toEqual(data.me?.long?.nodes.map((n) => n?.id));
    expect(data.me?.tracks?.nodes[0]?.id).toMatch(/^spotify:track:/);
    const calls = await t.calls();
    expect(calls['GET /v1/me/top/artists']).toBe(2);
  });

  it("pages followed artists with Spotify's cursor, without repeats", async () => {
    const page = graphql(`query MeExtendedFollowedArtists($after: String) {
      me { followedArtists(first: 20, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }
    }`);
    const first = (await run(page)).me!.followedArtists!;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await run(page, alice, { after: first.pageInfo.endCursor })).me!.followedArtists!;
    const ids = [...first.nodes, ...second.nodes].map((n) => n?.id);
    expect(ids).toHaveLength(28);
    expect(new Set(ids).size).toBe(28);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('continues recently played with older plays after the end cursor', async () => {
    const page = graphql(`query MeExtendedRecentlyPlayed($after: String) {
      me { recentlyPlayed(first: 15, after: $after) { nodes { playedAt track { id } } pageInfo { endCursor hasNextPage } } }
    }`);
    const first = (await run(page)).me!.recentlyPlayed!;
    const second = (await run(page, alice, { after: first.pageInfo.endCursor })).me!.recentlyPlayed!;
    const times = [...first.nodes, ...second.nodes].map((n) => Date.parse(n!.playedAt ?? ''));
    expect(times).toHaveLength(30);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeLessThan(times[i - 1]!);
  });

  it('refuses a malformed recently-played cursor before any call', async () => {
    const answer = await t.query(
      graphql(
        `query MeExtendedBadCursor($after: String) { me { recentlyPlayed(after: $after) { nodes { playedAt } } } }`,
      ),
      { after: 'yesterday' },
      { token: alice },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(await t.calls()).toEqual({});
  });

  it('lists the playlists the user owns or follows', async () => {
    const data = await run(
      graphql(`query MeExtendedPlaylists { me { playlists(first: 50) { totalCount nodes { id name } } } }`),
    );
    const playlists = data.me!.playlists!;
    expect(playlists.totalCount).toBe(playlists.nodes.length);
    expect(playlists.nodes.some((p) => p?.name?.startsWith("Alice's"))).toBe(true);
  });
});
