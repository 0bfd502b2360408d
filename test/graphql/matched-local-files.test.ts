/**
 * A local file Spotify matched to a catalog track (issue 7 item 2): Spotify sends the playlist entry
 * with `is_local: true` and a track object flagged `is_local: true` beside the catalog track's own id,
 * `spotify:track:` uri, album and artists. The entry stays a local file the user added
 * (`PlaylistItemEdge.isLocal: true`); its node is the catalog Track (`isLocal: false`, no `localFile`,
 * its own Node id and `spotifyId`), the same one `node(id:)` answers. The emulator seeds one just
 * before the mixed entries that end each seeded account's first playlist (MIXED_ITEMS). On the old
 * code such a track answered `isLocal: true` and a `localFile` built from a catalog track.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;
let playlistId: string;
let trackId: string;
let at: number;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  const playlist = [...t.emu.state.catalog.playlists.values()].find(
    (p) => p.ownerId === 'alice' && p.items.some((item) => item.matchedLocal),
  )!;
  playlistId = playlist.id;
  at = playlist.items.findIndex((item) => item.matchedLocal);
  trackId = playlist.items[at]!.id;
});

const MATCHED = graphql(`query MatchedLocalEntry($id: ID!, $offset: Int!) {
  playlist(id: $id) {
    items(first: 1, offset: $offset) {
      edges {
        isLocal
        node { __typename ... on Track { ...MatchedLocalTrack } }
      }
      nodes { __typename ... on Track { ...MatchedLocalTrack } }
    }
  }
}
fragment MatchedLocalTrack on Track {
  id spotifyId uri href isLocal localFile { uri name } album { id name } artists { id name }
}`);

const BY_ID = graphql(`query MatchedLocalNode($id: ID!) {
  node(id: $id) { __typename ... on Track { ...MatchedLocalTrack } }
}`);

describe('a local file Spotify matched to a catalog track', () => {
  it("is sent by the emulator as Spotify sends it (a guard): both flags local, the track's own id", async () => {
    const answer = await t.emu.api('GET', `/v1/playlists/${playlistId}/items`, {
      token: alice,
      query: { offset: at, limit: 1 },
    });
    const entry = (answer.json as { items: { is_local: boolean; track: Record<string, unknown> }[] })
      .items[0]!;
    expect(entry.is_local).toBe(true);
    expect(entry.track).toMatchObject({ is_local: true, id: trackId, uri: `spotify:track:${trackId}` });
  });

  it('answers the catalog Track under an entry that stays local, in edges and nodes', async () => {
    const answer = await t.query(MATCHED, { id: playlistId, offset: at }, { token: alice });
    expect(answer.errors).toBeUndefined();
    const items = answer.data?.playlist?.items;
    const track = {
      __typename: 'Track',
      id: `spotify:track:${trackId}`,
      spotifyId: trackId,
      uri: `spotify:track:${trackId}`,
      href: expect.stringContaining(`/v1/tracks/${trackId}`),
      isLocal: false,
      localFile: null,
      album: { id: expect.stringMatching(/^spotify:album:[0-9A-Za-z]{22}$/) },
    };
    expect(items?.edges[0]).toMatchObject({ isLocal: true, node: track });
    expect(items?.nodes[0]).toMatchObject(track);
    const artists = (items?.edges[0]?.node as { artists: { id: string }[] } | undefined)?.artists ?? [];
    expect(artists.length).toBeGreaterThan(0);
    for (const artist of artists) expect(artist.id).toMatch(/^spotify:artist:[0-9A-Za-z]{22}$/);
  });

  it('has the Node id that node(id:) reads back as the same catalog Track', async () => {
    const listed = await t.query(MATCHED, { id: playlistId, offset: at }, { token: alice });
    const node = listed.data?.playlist?.items?.edges[0]?.node as Record<string, unknown>;
    const again = await t.query(BY_ID, { id: String(node.id) }, { token: alice });
    expect(again.errors).toBeUndefined();
    expect(again.data?.node).toEqual(node);
  });
});
