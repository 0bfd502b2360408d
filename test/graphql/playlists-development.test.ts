import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { TypedDocumentNode } from '../helpers/documents.js';
import { dataOf, useTestServer } from '../helpers/server.js';

/** Playlists on a Development Mode app: the `/items` routes, `POST /me/playlists`, and what is gone. */

const t = useTestServer({ mode: 'development' });
let alice: string;
let trackUris: string[];
/** A playlist of Spotify's (not alice's): its items are not hers to read in Development Mode. */
let editorialId: string;
/** One of alice's own seeded playlists. */
let ownId: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice', app: 'development' });
  const { catalog } = t.emu.state;
  trackUris = [...catalog.tracks.keys()].slice(0, 5).map((id) => `spotify:track:${id}`);
  const playlists = [...catalog.playlists.values()];
  editorialId = playlists.find((p) => p.ownerId === 'spotify')!.id;
  ownId = playlists.find((p) => p.ownerId === 'alice')!.id;
});
beforeEach(() => t.clearLog());

const run = <R, V>(document: TypedDocumentNode<R, V>, variables?: NoInfer<V>): Promise<R> =>
  dataOf(t, document, alice, variables);

describe('reading playlists in Development Mode', () => {
  it("reads the user's own playlist items from the playlist's embedded page and /items", async () => {
    const size = t.emu.state.catalog.playlists.get(ownId)!.items.length;
    const data = await run(
      graphql(`query PlaylistsDevelopmentOwn($id: ID!) {
        playlist(id: $id) { owner { id } items(first: 100) { totalCount nodes { ... on Track { id } } } } }`),
      { id: ownId },
    );
    expect(data.playlist?.owner?.id).toBe('spotify:user:alice');
    expect(data.playlist?.items?.totalCount).toBe(size);
    expect(data.playlist?.items?.nodes).toHaveLength(Math.min(size, 100));
    const calls = await t.calls();
    expect(calls['GET /v1/playlists/{playlist_id}']).toBe(1);
    expect(calls).not.toHaveProperty(['GET /v1/playlists/{playlist_id}/tracks']);
  });

  it("fails the items of someone else's playlist with FORBIDDEN and keeps its other fields", async () => {
    const answer = await t.query(
      graphql(
        `query PlaylistsDevelopmentEditorial($id: ID!) { playlist(id: $id) { name items { totalCount } } }`,
      ),
      { id: editorialId },
      { token: alice },
    );
    expect(answer.data?.playlist?.name).toBeTruthy();
    expect(answer.data?.playlist?.items).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.path).toEqual(['playlist', 'items']);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("fails a user's playlists with NOT_AVAILABLE_IN_DEVELOPMENT_MODE without calling Spotify", async () => {
    const answer = await t.query(
      graphql(`query PlaylistsDevelopmentMe { me { user { displayName playlists { totalCount } } } }`),
      {},
      { token: alice },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE_IN_DEVELOPMENT_MODE');
    expect((answer.data as { me: { user: { displayName: string } } }).me.user.displayName).toBe(
      'Alice Premium',
    );
    expect(await t.calls()).toEqual({ 'GET /v1/me': 1 });
  });
});

describe('changing playlists in Development Mode', () => {
  it('creates through POST /me/playlists and edits items through the /items routes', async () => {
    const created = await run(
      graphql(
        `mutation PlaylistsDevelopmentCreatePlaylist { createPlaylist(name: "Dev round trip") { playlist { id } } }`,
      ),
    );
    const id = created.createPlaylist?.playlist?.id;
    expect(id).toEqual(expect.any(String));
    const playlistId = id!;
    const [a, b, c] = trackUris as [string, string, string];
    await run(
      graphql(`mutation PlaylistsDevelopmentAdd($playlistId: ID!, $uris: [ID!]!) {
        addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }`),
      { playlistId, uris: [a, b, c] },
    );
    await run(
      graphql(`mutation PlaylistsDevelopmentReorder($playlistId: ID!) {
        reorderPlaylistItems(playlistId: $playlistId, rangeStart: 2, insertBefore: 0) { snapshotId } }`),
      { playlistId },
    );
    const removed = await run(
      graphql(`mutation PlaylistsDevelopmentRemove($playlistId: ID!, $uris: [ID!]!) {
        removePlaylistItems(playlistId: $playlistId, uris: $uris) {
          playlist { items { totalCount nodes { ... on Track { uri } } } } } }`),
      { playlistId, uris: [a] },
    );
    expect(removed.removePlaylistItems?.playlist?.items?.nodes).toEqual([{ uri: c }, { uri: b }]);
    expect(await t.calls()).toEqual({
      'POST /v1/me/playlists': 1,
      'POST /v1/playlists/{playlist_id}/items': 1,
      'PUT /v1/playlists/{playlist_id}/items': 1,
      'DELETE /v1/playlists/{playlist_id}/items': 1,
      'GET /v1/playlists/{playlist_id}': 1,
    });
  });
});
