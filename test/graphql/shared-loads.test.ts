import { describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';

/**
 * List pages go through the request's loaders (one call per page and arguments, however many parents
 * ask), and anonymous requests running at the same time share the catalog loads in flight.
 */

/** An album whose tracks name several artists, some more than once (the catalog's first albums do). */
function albumIds(server: TestServer): string[] {
  return [...server.emu.state.catalog.albums.keys()];
}

const TRACKS_ARTISTS_ALBUMS = graphql(`
  query SharedLoadsTracksArtists($id: ID!) {
    album(id: $id) {
      tracks(first: 50) { nodes { artists { spotifyId albums(first: 3) { nodes { name } } } } }
    }
  }
`);

/** The album (of the first 30) whose tracks name the most artist entries per distinct artist. */
async function albumWithRepeatedArtists(server: TestServer): Promise<string> {
  let best = { id: albumIds(server)[0]!, ratio: 0 };
  for (const id of albumIds(server).slice(0, 30)) {
    const album = server.emu.state.catalog.albums.get(id) as unknown as {
      tracks?: { items?: { artists?: { id: string }[] }[] };
    };
    const entries = (album.tracks?.items ?? []).flatMap((track) => (track.artists ?? []).map((a) => a.id));
    const ratio = entries.length / Math.max(1, new Set(entries).size);
    if (ratio > best.ratio) best = { id, ratio };
  }
  return best.id;
}

async function expectOnePagePerArtist(server: TestServer, token?: string): Promise<void> {
  const id = await albumWithRepeatedArtists(server);
  await server.clearLog();
  const answer = await server.query(TRACKS_ARTISTS_ALBUMS, { id }, token === undefined ? {} : { token });
  expect(answer.errors).toBeUndefined();
  const entries = (answer.data?.album?.tracks?.nodes ?? []).flatMap((track) => track?.artists ?? []);
  const distinct = new Set(entries.map((artist) => artist?.spotifyId));
  // The shape is only a test of de-duplication when an artist comes back on several tracks.
  expect(entries.length).toBeGreaterThan(distinct.size);
  expect(entries.every((artist) => (artist?.albums?.nodes.length ?? 0) > 0)).toBe(true);
  const calls = await server.calls();
  expect(calls['GET /v1/artists/{id}/albums']).toBe(distinct.size);
  const albumCalls = Object.entries(calls)
    .filter(([route]) => route.startsWith('GET /v1/albums'))
    .reduce((sum, [, n]) => sum + n, 0);
  expect(albumCalls).toBe(1);
  expect(Object.keys(calls).sort()).toEqual(
    [
      'GET /v1/artists/{id}/albums',
      ...Object.keys(calls).filter((r) => r.startsWith('GET /v1/albums')),
    ].sort(),
  );
}

describe('list pages through the request loaders, Extended mode', () => {
  const server = useTestServer({ mode: 'extended' });

  it("sends each artist's albums page once per request, however many tracks name the artist", async () => {
    await expectOnePagePerArtist(server);
  });

  it('sends each page once per request with a user token too (the request loader alone, nothing shared)', async () => {
    await expectOnePagePerArtist(server, await server.emu.token({ user: 'alice' }));
  });

  it('answers sibling lists of one parent with the same arguments from one page call', async () => {
    const artist = [...server.emu.state.catalog.artists.keys()][0]!;
    await server.clearLog();
    const answer = await server.query(
      graphql(`
        query SharedLoadsSiblingLists($id: ID!) {
          artist(id: $id) { a: albums(first: 3) { nodes { name } } b: albums(first: 3) { nodes { name } } }
        }
      `),
      { id: artist },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.a?.nodes).toHaveLength(3);
    expect(answer.data?.artist?.b).toEqual(answer.data?.artist?.a);
    expect((await server.calls())['GET /v1/artists/{id}/albums']).toBe(1);
  });

  it('takes a variable of type [ID!]! for ids, bare ids and URIs alike', async () => {
    const [first, second] = [...server.emu.state.catalog.tracks.keys()];
    const answer = await server.query(
      graphql(`query SharedLoadsTrackIds($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }`),
      { ids: [first!, `spotify:track:${second}`] },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.tracks?.map((track) => track?.spotifyId)).toEqual([first, second]);
  });
});

describe('list pages through the request loaders, Development Mode', () => {
  const server = useTestServer({ mode: 'development' });

  it("sends each artist's albums page once per request", async () => {
    await expectOnePagePerArtist(server);
  });
});

describe('concurrent anonymous requests', () => {
  const server = useTestServer({ mode: 'extended', cache: new MemoryCatalogCache({ ttlSeconds: 300 }) });

  it('share the catalog loads in flight: ten identical cold queries make the minimum calls', async () => {
    const id = albumIds(server)[5]!;
    await server.clearLog();
    const document = graphql(
      `query SharedLoadsConcurrentAlbum($id: ID!) { album(id: $id) { name artists { name popularity } } }`,
    );
    const answers = await Promise.all(Array.from({ length: 10 }, () => server.query(document, { id })));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => JSON.stringify(answer.data))).size).toBe(1);
    const calls = await server.calls();
    // One call for the album and one for its artists (a batch), whatever the ten requests' timing.
    expect(Object.values(calls).reduce((sum, n) => sum + n, 0)).toBe(2);
  });
});
