import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { estimateCalls } from '../../src/server/call-estimate.js';
import { graphql } from '../generated/index.js';
import { totalCalls, useCostProbe } from '../helpers/cost-probe.js';
import type { TypedDocumentNode } from '../helpers/documents.js';

/**
 * The cost estimate equals the calls the server makes (read from the emulator's request log) on the
 * shapes it used to over-count (issue 11): a first page its parent's full object embeds (no page of its
 * own), sibling windows of one list joined into one call, and the player state that `state` and
 * `currentlyPlaying` share (with the profile read once under several `me`, and not at all when `me`
 * reads no profile). The estimate is read from the cost model itself (the probe server's limit of 1
 * admits an estimate of 1), for the app's known mode.
 */

/** The cost estimate of `document` with `variables`, as the cost limit computes it for an app in `mode`. */
function estimateOf<R, V>(document: TypedDocumentNode<R, V>, mode: string, variables?: V): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    else if (definition.kind === Kind.OPERATION_DEFINITION) operation ??= definition;
  }
  if (!operation) throw new Error('the document has no operation');
  const given = (variables ?? {}) as Record<string, unknown>;
  return estimateCalls(schema, operation, fragments, given, mode === 'extended');
}

const ALBUM_FIRST_PAGE = graphql(`
  query ExactEstimateAlbumFirstPage($id: ID!) {
    album(id: $id) { name tracks(first: 10) { nodes { name } } }
  }
`);
const ALBUMS_FIRST_PAGES = graphql(`
  query ExactEstimateAlbumsFirstPages($ids: [ID!]!) {
    albums(ids: $ids) { name tracks(offset: 2, first: 5) { nodes { name } } }
  }
`);
const TRACK_ALBUM_PAGE = graphql(`
  query ExactEstimateTrackAlbumPage($id: ID!) {
    track(id: $id) { name album { tracks(first: 5) { nodes { name } } } }
  }
`);
const ALBUM_WINDOWS = graphql(`
  query ExactEstimateArtistWindows($id: ID!) {
    artist(id: $id) {
      a: albums(first: 3) { nodes { name } }
      b: albums(offset: 3, first: 3) { nodes { name } }
    }
  }
`);
const SAVED_WINDOWS = graphql(`
  query ExactEstimateSavedWindows {
    me {
      a: savedTracks(first: 5) { nodes { name } }
      b: savedTracks(offset: 3, first: 5) { nodes { name } }
      c: topArtists(first: 3) { nodes { name } }
      d: topArtists(offset: 3, first: 3) { nodes { name } }
    }
  }
`);
const PLAYER_TWO_ME = graphql(`
  query ExactEstimatePlayerTwoMe {
    a: me { player { state { isPlaying } } }
    b: me { displayName player { currentlyPlaying { isPlaying } } }
  }
`);
const PLAYER_ONE_ME = graphql(`
  query ExactEstimatePlayerOneMe {
    me { player { state { isPlaying } currentlyPlaying { isPlaying } } }
  }
`);
const PLAYLIST_FIRST_PAGE = graphql(`
  query ExactEstimatePlaylistFirstPage($id: ID!) {
    playlist(id: $id) { name items(first: 10) { nodes { __typename } } }
  }
`);

for (const mode of ['extended', 'development'] as const) {
  describe(`the estimate equals the calls, ${mode}`, () => {
    const { t, callsOf } = useCostProbe(mode);
    const catalog = () => t.emu.state.catalog;
    const albums = () => [...catalog().albums.values()].filter((album) => album.trackIds.length >= 10);
    const exact = async <R, V>(document: TypedDocumentNode<R, V>, variables?: V) => {
      const estimate = estimateOf(document, mode, variables);
      const calls = totalCalls(await callsOf(document, variables));
      return { estimate, calls };
    };

    it("an album's first 10 tracks: the album's own answer embeds them", async () => {
      expect(await exact(ALBUM_FIRST_PAGE, { id: albums()[0]!.id })).toEqual({ estimate: 1, calls: 1 });
    });

    it("two albums by id and a window within each one's embedded page", async () => {
      const ids = albums()
        .slice(0, 2)
        .map((album) => album.id);
      const calls = mode === 'extended' ? 1 : 2;
      expect(await exact(ALBUMS_FIRST_PAGES, { ids })).toEqual({ estimate: calls, calls });
    });

    it("a track's album's first 5 tracks: the track, then its full album", async () => {
      const track = albums()[0]!.trackIds[0]!;
      expect(await exact(TRACK_ALBUM_PAGE, { id: track })).toEqual({ estimate: 2, calls: 2 });
    });

    it("an artist's albums 0-2 beside 3-5: one joined page", async () => {
      const artist = [...catalog().artists.values()].sort(
        (a, b) => b.albumIds.length - a.albumIds.length,
      )[0]!;
      expect(await exact(ALBUM_WINDOWS, { id: artist.id })).toEqual({ estimate: 1, calls: 1 });
    });

    it('saved tracks 0-4 beside 3-7, top artists 0-2 beside 3-5: one page each, no profile', async () => {
      expect(await exact(SAVED_WINDOWS)).toEqual({ estimate: 2, calls: 2 });
    });

    it('state and currentlyPlaying under two me, one reading the profile: the profile and one player state', async () => {
      expect(await exact(PLAYER_TWO_ME)).toEqual({ estimate: 2, calls: 2 });
    });

    it('state and currentlyPlaying under one me reading no profile: one player state', async () => {
      expect(await exact(PLAYER_ONE_ME)).toEqual({ estimate: 1, calls: 1 });
    });

    if (mode === 'extended') {
      it("a playlist's first 10 items: the playlist's own answer embeds them", async () => {
        const playlist = [...catalog().playlists.values()].find((p) => p.items.length >= 10)!;
        expect(await exact(PLAYLIST_FIRST_PAGE, { id: playlist.id })).toEqual({ estimate: 1, calls: 1 });
      });
    }
  });
}
