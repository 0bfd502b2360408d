/**
 * A field the server answers without a Spotify call in the app's mode costs no call in the cost
 * estimate (attack 44, F4). In Development Mode the client refuses the Extended-only endpoints with no
 * replacement before any call (an artist's top tracks and related artists, a track's audio features
 * and analysis, browse, recommendations, genre seeds, markets, another user's profile and playlists:
 * null with NOT_AVAILABLE_IN_DEVELOPMENT_MODE), and the fields Spotify no longer sends there
 * (popularity, an album's label, an artist's followers) are answered from the object as it is. The
 * estimate, read from the refusal of a server whose limit is 1 (cost-probe.ts), equals the calls the
 * emulator logged for each shape; an Extended app's estimate still counts those fields' calls.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type CostProbe, totalCalls, useCostProbe } from '../helpers/cost-probe.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

/** `count` album ids of the emulator's catalog whose tracks fit the page an album's object embeds (50). */
const albumIds = (costs: CostProbe, count: number): string[] =>
  [...costs.t.emu.state.catalog.albums.values()]
    .filter((album) => album.trackIds.length > 0 && album.trackIds.length <= 50)
    .slice(0, count)
    .map((album) => album.id);

const artistIds = (costs: CostProbe, count: number): string[] =>
  [...costs.t.emu.state.catalog.artists.keys()].slice(0, count);

const trackIds = (costs: CostProbe, count: number): string[] =>
  [...costs.t.emu.state.catalog.tracks.keys()].slice(0, count);

/** The attack's shape: 20 albums' tracks' audio features (about 1020 calls in the old estimate). */
const ALBUM_TRACKS_FEATURES = graphql(`
  query RefusedAlbumTracksFeatures($ids: [ID!]!) {
    albums(ids: $ids) { name tracks(first: 50) { nodes { name audioFeatures { tempo } } } }
  }
`);

const ARTISTS_TOP_RELATED = graphql(`
  query RefusedArtistsTopRelated($ids: [ID!]!) {
    artists(ids: $ids) {
      name
      topTracks { name album { genres } }
      relatedArtists { name genres topTracks { name } }
    }
  }
`);

const TRACKS_FEATURES_ANALYSIS = graphql(`
  query RefusedTracksFeaturesAnalysis($ids: [ID!]!) {
    tracks(ids: $ids) { name audioFeatures { tempo } audioAnalysis { bars { start } } }
  }
`);

const BROWSE_AND_SEEDS = graphql(`
  query RefusedBrowseAndSeeds($ids: [ID!]!, $seeds: [ID!]!) {
    tracks(ids: $ids) { name }
    featuredPlaylists(first: 50) { playlists { nodes { name items(first: 100) { totalCount } } } }
    newReleases(first: 50) { nodes { name genres } }
    categories(first: 50) { nodes { name playlists(first: 50) { nodes { name } } } }
    category(id: "toplists") { name playlists(first: 50) { nodes { name } } }
    recommendations(seedTracks: $seeds, limit: 100) { tracks { name album { genres } } }
    genreSeeds
    markets
    user(id: "bob") { id playlists(first: 50) { nodes { name } } }
  }
`);

const REMOVED_FIELDS = graphql(`
  query RefusedRemovedFields($id: ID!) {
    search(query: "a", types: [ARTIST], first: 5) { artists { nodes { name popularity followerCount } } }
    album(id: $id) { label popularity tracks(first: 50) { nodes { popularity artists { popularity } } } }
  }
`);

const OWNERS = graphql(`
  query RefusedOwnerProfiles {
    me { playlists(first: 20) { nodes { name owner { followerCount } } } }
  }
`);

/** A search page of 30: a Development Mode app is refused it as an invalid limit, which teaches auto mode. */
const TEACHING_SEARCH = graphql(`
  query RefusedTeachingSearch { search(query: "a", types: [TRACK], first: 30) { tracks { nodes { name } } } }
`);

/** Root artists whose selection needs only their ids: each is read when all its children are refused. */
const ID_ONLY_ARTISTS = graphql(`
  query RefusedIdOnlyArtists($ids: [ID!]!, $more: [ID!]!) {
    refusedOnly: artists(ids: $ids) { id topTracks { name } relatedArtists { name } }
    withAlbums: artists(ids: $more) { id albums(first: 2) { nodes { name } } topTracks { name } }
  }
`);

/**
 * Runs `document` on the default-limit server as alice: no request error (QUERY_TOO_COMPLEX among
 * them), every field error is Development Mode's refusal; the calls the emulator logged, in total.
 */
async function callsMade<R, V>(
  costs: CostProbe,
  document: GraphQLDocument<R, V>,
  variables: V,
  refusals: 'some' | 'none',
): Promise<number> {
  await costs.t.clearLog();
  const answer = await costs.t.query(document, variables as never, { token: costs.alice() });
  const codes = new Set((answer.errors ?? []).map((error) => error.extensions?.code));
  expect([...codes]).toEqual(refusals === 'some' ? ['NOT_AVAILABLE_IN_DEVELOPMENT_MODE'] : []);
  expect(answer.data).toBeTruthy();
  return totalCalls(await costs.t.calls());
}

describe('Development Mode: fields refused without a call cost no call in the estimate', () => {
  const costs = useCostProbe('development');

  it("runs the attack's 20 albums' tracks' audio features: 20 calls, estimated at 20", async () => {
    const variables = { ids: albumIds(costs, 20) };
    expect(variables.ids).toHaveLength(20);
    const estimate = await costs.estimateOf(ALBUM_TRACKS_FEATURES, variables);
    expect(estimate).toBe(20);
    expect(await callsMade(costs, ALBUM_TRACKS_FEATURES, variables, 'some')).toBe(estimate);
  });

  it("counts no call for artists' top tracks and related artists, nor anything below them", async () => {
    const variables = { ids: artistIds(costs, 5) };
    const estimate = await costs.estimateOf(ARTISTS_TOP_RELATED, variables);
    expect(estimate).toBe(5);
    expect(await callsMade(costs, ARTISTS_TOP_RELATED, variables, 'some')).toBe(estimate);
  });

  it("counts no call for tracks' audio features and audio analysis", async () => {
    const variables = { ids: trackIds(costs, 30) };
    const estimate = await costs.estimateOf(TRACKS_FEATURES_ANALYSIS, variables);
    expect(estimate).toBe(30);
    expect(await callsMade(costs, TRACKS_FEATURES_ANALYSIS, variables, 'some')).toBe(estimate);
  });

  it('counts no call for browse, recommendations, genre seeds, markets nor a user by id', async () => {
    const variables = { ids: trackIds(costs, 2), seeds: trackIds(costs, 1) };
    const estimate = await costs.estimateOf(BROWSE_AND_SEEDS, variables);
    expect(estimate).toBe(2);
    expect(await callsMade(costs, BROWSE_AND_SEEDS, variables, 'some')).toBe(estimate);
  });

  it('counts no load for the fields Spotify no longer sends a Development Mode app', async () => {
    const variables = { id: albumIds(costs, 1)[0] ?? '' };
    const estimate = await costs.estimateOf(REMOVED_FIELDS, variables);
    expect(estimate).toBe(2);
    expect(await callsMade(costs, REMOVED_FIELDS, variables, 'none')).toBe(estimate);
  });

  it('counts the reads of root artists whose only children are refused, and none where one answers', async () => {
    const ids = artistIds(costs, 8);
    const variables = { ids: ids.slice(0, 4), more: ids.slice(4) };
    const estimate = await costs.estimateOf(ID_ONLY_ARTISTS, variables);
    // 4 artists read (their existence checked: their children tell nothing), 4 albums pages.
    expect(estimate).toBe(8);
    expect(await callsMade(costs, ID_ONLY_ARTISTS, variables, 'some')).toBe(estimate);
  });

  it("counts playlist owners' profiles as the one `GET /me` (the user's own; others' refused without a call)", async () => {
    const estimate = await costs.estimateOf(OWNERS);
    expect(estimate).toBe(2);
    expect(await callsMade(costs, OWNERS, {}, 'some')).toBe(estimate);
  });
});

describe('auto mode: such fields are counted until the app is known to be in Development Mode', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });

  it("refuses the attack's shape while the mode is not known, and runs it once it is learned", async () => {
    const ids = [...t.emu.state.catalog.albums.values()]
      .filter((album) => album.trackIds.length > 0 && album.trackIds.length <= 50)
      .slice(0, 20)
      .map((album) => album.id);
    await t.clearLog();
    const before = await t.query(ALBUM_TRACKS_FEATURES, { ids });
    // Not known yet: an Extended app's audio features would be called, so they are counted.
    expect(before.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(before.errors?.[0]?.extensions?.complexity).toBeGreaterThanOrEqual(1020);
    expect(await t.calls()).toEqual({});

    const taught = await t.query(TEACHING_SEARCH);
    expect(taught.data?.search?.tracks?.nodes).toHaveLength(30);
    await t.clearLog();
    const after = await t.query(ALBUM_TRACKS_FEATURES, { ids });
    const codes = new Set((after.errors ?? []).map((error) => error.extensions?.code));
    expect([...codes]).toEqual(['NOT_AVAILABLE_IN_DEVELOPMENT_MODE']);
    expect(after.data?.albums).toHaveLength(20);
    expect(await t.calls()).toEqual({ 'GET /v1/albums/{id}': 20 });
  });
});

describe('an Extended Quota app: the same fields call, and the estimate counts them', () => {
  const costs = useCostProbe('extended');

  it("counts the 20 albums' tracks' audio features in batches of 100", async () => {
    const variables = { ids: albumIds(costs, 20) };
    const estimate = await costs.estimateOf(ALBUM_TRACKS_FEATURES, variables);
    // 1 batch of 20 albums, and 1000 tracks' audio features in batches of 100.
    expect(estimate).toBe(11);
    const calls = await callsMade(costs, ALBUM_TRACKS_FEATURES, variables, 'none');
    expect(calls).toBeGreaterThan(1);
    expect(estimate).toBeGreaterThanOrEqual(calls);
  });

  it("counts each artist's top tracks and related artists, and each track's analysis", async () => {
    const artists = { ids: artistIds(costs, 5) };
    const estimate = await costs.estimateOf(ARTISTS_TOP_RELATED, artists);
    expect(estimate).toBeGreaterThan(5);
    expect(estimate).toBeGreaterThanOrEqual(await callsMade(costs, ARTISTS_TOP_RELATED, artists, 'none'));
    const tracks = { ids: trackIds(costs, 30) };
    // 1 batch of 30 tracks, 1 of their audio features, 30 analyses.
    const estimated = await costs.estimateOf(TRACKS_FEATURES_ANALYSIS, tracks);
    expect(estimated).toBe(32);
    expect(await callsMade(costs, TRACKS_FEATURES_ANALYSIS, tracks, 'none')).toBe(estimated);
  });
});
