/**
 * Removing a user's local files from a playlist: Spotify removes one by its `spotify:local:` URI
 * (`DELETE /playlists/{id}/tracks` or `/items`, body `{tracks|items: [{uri}]}`; Spotify's guide "Local
 * Files in Playlists"), the only write that takes local files. `removePlaylistItems` takes the URI a
 * playlist lists for one (its Node id), by the client's rule (isLocalUri), and the emulator removes it.
 * The playlist is alice's own, its entries set in the emulator's state: two local files (one twice, one
 * with `+`-encoded and percent-encoded tags), and tracks around them.
 */
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { MIXED_ITEMS } from '../../src/emulator/catalog.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;
let playlistId: string;
let tracks: string[];

const seeded = `spotify:local:${MIXED_ITEMS.localFile}`;
const encoded = 'spotify:local:AC%2FDC+%26+Co:Back+in+Black:Hells+Bells+%2B+1%3A2:312';

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  tracks = [...t.emu.state.catalog.tracks.keys()].slice(0, 2);
  playlistId = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id;
});

beforeEach(async () => {
  const playlist = t.emu.state.catalog.playlists.get(playlistId)!;
  const entry = (type: 'track' | 'local', id: string) => ({
    type,
    id,
    addedAt: '2024-01-01T00:00:00Z',
    addedBy: 'alice',
  });
  const local = (uri: string) => entry('local', uri.slice('spotify:local:'.length));
  playlist.items = [
    entry('track', tracks[0]!),
    local(seeded),
    local(encoded),
    entry('track', tracks[1]!),
    local(seeded),
  ];
  await t.clearLog();
});

const REMOVE = graphql(`mutation LocalFileRemoval($id: ID!, $uris: [ID!]!) {
  removePlaylistItems(playlistId: $id, uris: $uris) {
    playlist { items(first: 10) { edges { isLocal node { ... on Track { id } } } } }
  }
}`);

const idsOf = (answer: Awaited<ReturnType<typeof remove>>) =>
  answer.data?.removePlaylistItems?.playlist?.items?.edges.map((edge) => edge?.node?.id);

const remove = (uris: string[]) => t.query(REMOVE, { id: playlistId, uris }, { token: alice });

it('removes every occurrence of a local file by its spotify:local: URI, with a track in the same call', async () => {
  const answer = await remove([seeded, `spotify:track:${tracks[1]}`]);
  expect(answer.errors).toBeUndefined();
  expect(idsOf(answer)).toEqual([`spotify:track:${tracks[0]}`, encoded]);
  expect((await t.calls())['DELETE /v1/playlists/{playlist_id}/items']).toBe(1);
});

it('removes a local file whose tags are form-encoded by the URI the playlist lists it under', async () => {
  const answer = await remove([encoded]);
  expect(answer.errors).toBeUndefined();
  expect(idsOf(answer)).toEqual([`spotify:track:${tracks[0]}`, seeded, `spotify:track:${tracks[1]}`, seeded]);
});

it.each([
  ['three parts', 'spotify:local:a:b:c'],
  ['a malformed escape', 'spotify:local:a:b:%ZZ:1'],
  ['too long', `spotify:local:${'a'.repeat(2100)}:b:c:1`],
])('refuses a local URI with %s as BAD_USER_INPUT naming its entry, before any call', async (_kind, uri) => {
  const answer = await remove([seeded, uri]);
  expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(answer.errors?.[0]?.extensions?.argument).toBe('uris[1]');
  expect(await t.calls()).toEqual({});
});
