/**
 * v18-attack7 LOW-4: `updatePlaylist(...) { playlist { id } }` read the playlist back (PUT plus GET)
 * though its id is the mutation's argument. A payload's `playlist` is read back only when a field
 * besides its id forms (`id`, `spotifyId`, `uri`, `__typename`) is selected, through fragments and
 * @skip/@include as GraphQL collects them; the same for uploadPlaylistCover and the items changes. The
 * emulator's request log gives the exact calls.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { dataOf, useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;
let playlistId: string;
let track: string;

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]).toString(
  'base64',
);

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  track = `spotify:track:${[...t.emu.state.catalog.tracks.keys()][0]}`;
  const created = await dataOf(
    t,
    graphql(
      `mutation PayloadReadBackCreate { createPlaylist(name: "read back") { playlist { id spotifyId } } }`,
    ),
    alice,
  );
  playlistId = created.createPlaylist?.playlist?.spotifyId ?? '';
});

const UPDATE_ID = graphql(`mutation PayloadReadBackUpdateId($id: ID!, $name: String!) {
  updatePlaylist(playlistId: $id, name: $name) { playlist { id spotifyId uri __typename } }
}`);
const UPDATE_FRAGMENT =
  graphql(`mutation PayloadReadBackUpdateFragment($id: ID!, $name: String!, $more: Boolean!) {
  updatePlaylist(playlistId: $id, name: $name) {
    playlist { ... on Node { id } ... on Playlist { name @include(if: $more) } }
  }
}`);
const UPDATE_NAME = graphql(`mutation PayloadReadBackUpdateName($id: ID!, $name: String!) {
  updatePlaylist(playlistId: $id, name: $name) { playlist { id name } }
}`);
const COVER_ID = graphql(`mutation PayloadReadBackCoverId($id: ID!, $image: String!) {
  uploadPlaylistCover(playlistId: $id, imageBase64: $image) { playlist { id } }
}`);
const COVER_IMAGES = graphql(`mutation PayloadReadBackCoverImages($id: ID!, $image: String!) {
  uploadPlaylistCover(playlistId: $id, imageBase64: $image) { playlist { id images { url } } }
}`);
const ADD_ID = graphql(`mutation PayloadReadBackAddId($id: ID!, $uris: [ID!]!) {
  addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { id } }
}`);
const ADD_TOTAL = graphql(`mutation PayloadReadBackAddTotal($id: ID!, $uris: [ID!]!) {
  addPlaylistItems(playlistId: $id, uris: $uris) { playlist { id items(first: 1) { totalCount } } }
}`);

/** The Spotify calls of one request, by route. */
async function callsOf(run: () => Promise<unknown>): Promise<Record<string, number>> {
  await t.clearLog();
  await run();
  return t.calls();
}

const PUT = 'PUT /v1/playlists/{playlist_id}';
const GET = 'GET /v1/playlists/{playlist_id}';

describe("a payload's playlist", () => {
  it('selecting only its id forms makes only the change, and answers them from the argument', async () => {
    let answer: unknown;
    const calls = await callsOf(async () => {
      answer = await dataOf(t, UPDATE_ID, alice, { id: playlistId, name: 'renamed' });
    });
    expect(calls).toEqual({ [PUT]: 1 });
    expect(answer).toEqual({
      updatePlaylist: {
        playlist: {
          id: `spotify:playlist:${playlistId}`,
          spotifyId: playlistId,
          uri: `spotify:playlist:${playlistId}`,
          __typename: 'Playlist',
        },
      },
    });
  });

  it('a field besides the id reads it back, also through a fragment and @include', async () => {
    expect(await callsOf(() => dataOf(t, UPDATE_NAME, alice, { id: playlistId, name: 'n1' }))).toEqual({
      [PUT]: 1,
      [GET]: 1,
    });
    expect(
      await callsOf(() => dataOf(t, UPDATE_FRAGMENT, alice, { id: playlistId, name: 'n2', more: false })),
    ).toEqual({ [PUT]: 1 });
    let answer: unknown;
    const calls = await callsOf(async () => {
      answer = await dataOf(t, UPDATE_FRAGMENT, alice, { id: playlistId, name: 'n3', more: true });
    });
    expect(calls).toEqual({ [PUT]: 1, [GET]: 1 });
    expect(answer).toEqual({
      updatePlaylist: { playlist: { id: `spotify:playlist:${playlistId}`, name: 'n3' } },
    });
  });

  it('of uploadPlaylistCover: read back only for its images', async () => {
    const cover = 'PUT /v1/playlists/{playlist_id}/images';
    expect(await callsOf(() => dataOf(t, COVER_ID, alice, { id: playlistId, image: JPEG }))).toEqual({
      [cover]: 1,
    });
    expect(await callsOf(() => dataOf(t, COVER_IMAGES, alice, { id: playlistId, image: JPEG }))).toEqual({
      [cover]: 1,
      [GET]: 1,
    });
  });

  it('of an items change: read back only for more than its id', async () => {
    const add = 'POST /v1/playlists/{playlist_id}/items';
    const added = await callsOf(() => dataOf(t, ADD_ID, alice, { id: playlistId, uris: [track] }));
    expect(added).toEqual({ [add]: 1 });
    const read = await callsOf(() => dataOf(t, ADD_TOTAL, alice, { id: playlistId, uris: [track] }));
    expect(read[add]).toBe(1);
    expect(Object.values(read).reduce((a, b) => a + b, 0)).toBeGreaterThan(1);
  });
});
