import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { type TimedLogEntry, timedCalls, useSlowSpotify } from '../helpers/waves.js';

/**
 * Round trips: a child that needs only its parent's id starts beside the parent's own load (its call
 * overlaps the parent's in the emulator's request log), a child that needs the parent's object starts
 * after it, and the calls stay exactly those made without starting early. Overlap is read from the
 * emulator's timestamps under a latency fault on every route, never from how long anything took.
 */

/** Latency on every Spotify route: wide enough that calls started together overlap on a loaded machine. */
const LATENCY_MS = 400;

const named = (all: TimedLogEntry[], route: string): TimedLogEntry[] =>
  all.filter((entry) => `${entry.method} ${entry.route}` === route);

/** Whether the emulator had all of these calls in hand at one moment: each came before any was answered. */
const overlap = (calls: TimedLogEntry[]): boolean =>
  Math.max(...calls.map((c) => c.receivedAt)) < Math.min(...calls.map((c) => c.at));

const WARM_UP = graphql(`query WavesWarmUp { markets }`);
const useSlow = (server: TestServer) => useSlowSpotify(server, LATENCY_MS, () => server.query(WARM_UP));

const prolificArtist = (server: TestServer): string =>
  [...server.emu.state.catalog.artists.values()].sort((a, b) => b.albumIds.length - a.albumIds.length)[0]!.id;

describe('children that need only the parent id start beside the parent, Extended mode', () => {
  const server = useTestServer({ mode: 'extended' });
  const slowly = useSlow(server);

  it("sends an artist's albums page and top tracks beside the artist, not after it", async () => {
    const id = prolificArtist(server);
    await slowly();
    const answer = await server.query(
      graphql(`query WavesArtistBeside($id: ID!) {
        artist(id: $id) { name albums(first: 3) { nodes { name } } topTracks(market: "SE") { name } }
      }`),
      { id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.albums?.nodes).toHaveLength(3);
    expect(answer.data?.artist?.topTracks?.length).toBeGreaterThan(0);
    expect(await server.calls()).toEqual({
      'GET /v1/artists': 1,
      'GET /v1/artists/{id}/albums': 1,
      'GET /v1/artists/{id}/top-tracks': 1,
    });
    expect(overlap(await timedCalls(server.emu))).toBe(true);
  });

  it("sends what needs the parent's object after it: the albums' labels after the albums page", async () => {
    const id = prolificArtist(server);
    await slowly();
    const answer = await server.query(
      graphql(
        `query WavesAlbumLabels($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { label } } } }`,
      ),
      { id },
    );
    expect(answer.errors).toBeUndefined();
    const labelled = answer.data?.artist?.albums?.nodes ?? [];
    expect(labelled).toHaveLength(3);
    expect(labelled.every((album) => (album?.label ?? '').length > 0)).toBe(true);
    expect(await server.calls()).toEqual({
      'GET /v1/artists': 1,
      'GET /v1/artists/{id}/albums': 1,
      'GET /v1/albums': 1,
    });
    const log = await timedCalls(server.emu);
    const [artist] = named(log, 'GET /v1/artists');
    const [page] = named(log, 'GET /v1/artists/{id}/albums');
    const [albums] = named(log, 'GET /v1/albums');
    expect(overlap([artist!, page!])).toBe(true);
    expect(albums!.receivedAt).toBeGreaterThanOrEqual(page!.at);
  });

  it("sends an album's tracks in another market beside the album", async () => {
    const id = [...server.emu.state.catalog.albums.keys()][3]!;
    await slowly();
    const answer = await server.query(
      graphql(
        `query WavesAlbumTracksInMarket($id: ID!) { album(id: $id) { name tracks(first: 5, market: "SE") { nodes { name } } } }`,
      ),
      { id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.tracks?.nodes.length).toBeGreaterThan(0);
    expect(await server.calls()).toEqual({ 'GET /v1/albums': 2 });
    expect(overlap(await timedCalls(server.emu))).toBe(true);
  });

  it("keeps null semantics: an unknown artist is null with its own error, its children's calls say nothing", async () => {
    await slowly();
    const answer = await server.query(
      graphql(
        `query WavesUnknownArtist($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { name } } } }`,
      ),
      { id: '0000000000000000000000' },
    );
    expect(answer.data?.artist).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]!.path).toEqual(['artist']);
    expect(answer.errors![0]!.extensions?.code).toBe('SPOTIFY_NOT_FOUND');
  });

  it('starts nothing for a child that @skip or @include leaves out', async () => {
    const id = prolificArtist(server);
    await slowly();
    const answer = await server.query(
      graphql(`query WavesSkipInclude($id: ID!, $no: Boolean!) {
        artist(id: $id) {
          name
          albums(first: 3) @skip(if: true) { nodes { name } }
          topTracks @include(if: $no) { name }
        }
      }`),
      { id, no: false },
    );
    expect(answer.errors).toBeUndefined();
    expect(await server.calls()).toEqual({ 'GET /v1/artists': 1 });
  });

  it('starts the children a fragment on the type selects', async () => {
    const id = prolificArtist(server);
    await slowly();
    const answer = await server.query(
      graphql(`query WavesFragment($id: ID!) { artist(id: $id) { ...WavesArtistAlbums } }
       fragment WavesArtistAlbums on Artist { name albums(first: 2) { nodes { name } } }`),
      { id },
    );
    expect(answer.errors).toBeUndefined();
    expect(await server.calls()).toEqual({ 'GET /v1/artists': 1, 'GET /v1/artists/{id}/albums': 1 });
    expect(overlap(await timedCalls(server.emu))).toBe(true);
  });
});

describe("the signed-in user's lists start beside the profile", () => {
  const server = useTestServer({ mode: 'extended' });
  const slowly = useSlow(server);

  it('sends GET /me/playlists beside GET /me', async () => {
    const token = await server.emu.token({ user: 'alice' });
    await slowly();
    const answer = await server.query(
      graphql(`query WavesMyPlaylists { me { displayName playlists(first: 5) { nodes { name } } } }`),
      {},
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.playlists?.nodes.length).toBeGreaterThan(0);
    expect(await server.calls()).toEqual({ 'GET /v1/me': 1, 'GET /v1/me/playlists': 1 });
    expect(overlap(await timedCalls(server.emu))).toBe(true);
  });
});

describe('one list at different `first` in one request', () => {
  const server = useTestServer({ mode: 'extended' });

  it('is one call at the largest limit, each field answered its slice', async () => {
    const id = prolificArtist(server);
    await server.clearLog();
    const answer = await server.query(
      graphql(`query WavesTwoFirsts($id: ID!) {
        artist(id: $id) {
          a: albums(first: 3) { nodes { name } pageInfo { hasNextPage } }
          b: albums(first: 5) { nodes { name } pageInfo { hasNextPage } }
        }
      }`),
      { id },
    );
    expect(answer.errors).toBeUndefined();
    const { a, b } = answer.data?.artist ?? {};
    expect(b?.nodes).toHaveLength(5);
    expect(a?.nodes).toEqual(b?.nodes.slice(0, 3));
    expect(a).toMatchObject({ pageInfo: { hasNextPage: true } });
    const pages = named(await timedCalls(server.emu), 'GET /v1/artists/{id}/albums');
    expect(pages).toHaveLength(1);
    expect(new URL(pages[0]!.path, 'http://x').pathname).toContain(id);
    // Nothing of the artist but its albums is selected: the artist itself is not fetched.
    expect(await server.calls()).toEqual({ 'GET /v1/artists/{id}/albums': 1 });
  });

  it('answers a smaller page asked later from the larger one already fetched', async () => {
    const id = prolificArtist(server);
    await server.clearLog();
    // The albums' artists include the artist itself: its albums(first: 2) comes after albums(first: 5).
    const answer = await server.query(
      graphql(`query WavesSmallerPageLater($id: ID!) {
        artist(id: $id) {
          albums(first: 5) { nodes { name artists { spotifyId albums(first: 2) { nodes { name } } } } }
        }
      }`),
      { id },
    );
    expect(answer.errors).toBeUndefined();
    const outer = answer.data?.artist?.albums?.nodes ?? [];
    const self = outer.flatMap((album) => album?.artists ?? []).find((artist) => artist?.spotifyId === id);
    expect(self).toBeDefined();
    expect(self?.albums?.nodes).toEqual(outer.slice(0, 2).map((album) => ({ name: album?.name })));
    const log = await timedCalls(server.emu);
    const own = named(log, 'GET /v1/artists/{id}/albums').filter((entry) => entry.path.includes(id));
    expect(own).toHaveLength(1);
  });
});
