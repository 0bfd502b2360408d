import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { totalCalls, useCostProbe } from '../helpers/cost-probe.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { startServerOn, type TestServer } from '../helpers/server.js';

/**
 * Loads the run makes once per request are counted once by the cost estimate (v18 attack 11,
 * MEDIUM-1): identical aliases of one field with the same arguments, one fragment under many aliases,
 * one album asked by `album(id:)`, `albums(ids:)` and `node(id:)`, an `ids` list repeating one id, one
 * track and one playlist asked by every by-id field. Each shape is admitted at MAX_QUERY_COST equal to
 * the calls it makes, and refused at one less with that very figure (the estimate is exact). Each has a
 * second, unrelated call (another artist's albums), so that the refusal at one less states it.
 */
const ArtistAliases = graphql(`
  query EstimateDedupArtistAliases($id: ID!, $other: ID!) {
    a0: artist(id: $id) { albums(first: 3) { nodes { name } } }
    a1: artist(id: $id) { albums(first: 3) { nodes { name } } }
    a2: artist(id: $id) { albums(first: 3) { nodes { name } } }
    a3: artist(id: $id) { albums(first: 3) { nodes { name } } }
    other: artist(id: $other) { albums(first: 3) { nodes { name } } }
  }
`);

const FragmentAliases = graphql(`
  query EstimateDedupFragmentAliases($id: ID!, $other: ID!, $uri: ID!) {
    a0: artist(id: $id) { ...EstimateDedupAlbums }
    a1: artist(id: $id) { ...EstimateDedupAlbums }
    a2: artist(id: $id) { ...EstimateDedupAlbums }
    a3: node(id: $uri) { ...EstimateDedupAlbums }
    other: artist(id: $other) { ...EstimateDedupAlbums }
  }
  fragment EstimateDedupAlbums on Artist { albums(first: 3) { nodes { name } } }
`);

const OneAlbumThreeWays = graphql(`
  query EstimateDedupOneAlbum($id: ID!, $ids: [ID!]!, $uri: ID!, $other: ID!) {
    album(id: $id) { name }
    albums(ids: $ids) { name }
    node(id: $uri) { ... on Album { name } }
    other: artist(id: $other) { albums(first: 3) { nodes { name } } }
  }
`);

const RepeatedIds = graphql(`
  query EstimateDedupRepeatedIds($ids: [ID!]!, $other: ID!) {
    albums(ids: $ids) { name }
    other: artist(id: $other) { albums(first: 3) { nodes { name } } }
  }
`);

const MixedById = graphql(`
  query EstimateDedupMixedById($track: ID!, $tracks: [ID!]!, $uri: ID!, $uris: [ID!]!, $playlist: ID!) {
    track(id: $track) { name }
    tracks(ids: $tracks) { name }
    node(id: $uri) { ... on Track { name } }
    nodes(ids: $uris) { id ... on Track { name } ... on Playlist { name } }
    playlist(id: $playlist) { name }
  }
`);

for (const mode of ['extended', 'development'] as const) {
  describe(`loads the run makes once are counted once (${mode})`, () => {
    const { t, callsOf, alice } = useCostProbe(mode);
    const limited = new Map<number, Promise<TestServer>>();
    afterAll(async () => {
      for (const server of limited.values()) await (await server).close();
    });
    /** A server on the same emulator whose MAX_QUERY_COST is `limit` (one per limit, for the file). */
    const serverAt = (limit: number): Promise<TestServer> => {
      let server = limited.get(limit);
      if (server === undefined) {
        server = startServerOn(t.emu, {
          app: mode,
          config: { appMode: mode },
          limits: { maxQueryCost: limit },
        });
        limited.set(limit, server);
      }
      return server;
    };
    /** Two artists with albums: the one asked many ways, and the other (the unrelated call). */
    const artists = (): [string, string] => {
      const found = [...t.emu.state.catalog.artists.values()].filter((a) => a.albumIds.length >= 3);
      if (found.length < 2) throw new Error('fewer than two artists with albums');
      return [found[0]!.id, found[1]!.id];
    };
    const album = (): string => {
      const first = t.emu.state.catalog.albums.values().next().value;
      if (!first) throw new Error('no album');
      return first.id;
    };

    /** `document` makes `calls` calls; admitted at MAX_QUERY_COST = calls, refused at one less stating calls. */
    async function expectExact<R, V>(
      document: GraphQLDocument<R, V>,
      variables: V,
      calls: number,
    ): Promise<void> {
      expect(totalCalls(await callsOf(document, variables))).toBe(calls);
      await t.clearLog();
      const admitted = await (await serverAt(calls)).query(document, variables, { token: alice() });
      expect(admitted.errors).toBeUndefined();
      expect(totalCalls(await t.calls())).toBe(calls);
      await t.clearLog();
      const refused = await (await serverAt(calls - 1)).query(document, variables, { token: alice() });
      expect(refused.errors?.map((error) => [error.extensions?.code, error.extensions?.complexity])).toEqual([
        ['QUERY_TOO_COMPLEX', calls],
      ]);
      expect(await t.calls()).toEqual({});
    }

    it("four identical aliases of an artist's albums(first: 3): one call, beside the other artist's", async () => {
      const [id, other] = artists();
      await expectExact(ArtistAliases, { id, other }, 2);
    });
    it('one fragment under four aliases (one of them node(id:)): one call, beside the other artist', async () => {
      const [id, other] = artists();
      await expectExact(FragmentAliases, { id, other, uri: `spotify:artist:${id}` }, 2);
    });
    it('album(id:), albums(ids:) and node(id:) of one album: one call, beside the other artist', async () => {
      const id = album();
      const [, other] = artists();
      await expectExact(OneAlbumThreeWays, { id, ids: [id], uri: `spotify:album:${id}`, other }, 2);
    });
    it('albums(ids:) repeating one id 25 times: one call, beside the other artist', async () => {
      const [, other] = artists();
      await expectExact(RepeatedIds, { ids: Array.from({ length: 25 }, album), other }, 2);
    });
    it('one track and one playlist by every by-id field, ids and URIs repeated: one call each', async () => {
      const track = t.emu.state.catalog.tracks.keys().next().value as string;
      const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id;
      const trackUri = `spotify:track:${track}`;
      const playlistUri = `spotify:playlist:${playlist}`;
      await expectExact(
        MixedById,
        {
          track,
          tracks: [track, trackUri, track],
          uri: trackUri,
          uris: [trackUri, playlistUri, playlistUri],
          playlist,
        },
        2,
      );
    });
  });
}
