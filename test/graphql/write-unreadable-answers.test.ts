/**
 * A write whose answer owes a body (a created playlist, a playlist's new `snapshot_id`) and that
 * Spotify answers 2xx with an empty or non-JSON body, after applying it, is `SPOTIFY_UNAVAILABLE` with
 * `extensions.mayHaveApplied: true` and words saying the change may have been applied; never
 * INTERNAL_SERVER_ERROR, never a success with a made-up `snapshotId: ""`, and a write that must not
 * be sent twice is sent once. The emulator's `apply` fault rules run the route and then answer the
 * given body.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice');

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

const tracks = (): string[] => [...t.emu.state.catalog.tracks.keys()];
const ownPlaylist = () =>
  [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice' && p.items.length >= 2)!;

const CREATE = graphql(
  `mutation WriteUnreadableCreate($name: String!) { createPlaylist(name: $name) { playlist { id name } } }`,
);
const ADD = graphql(
  `mutation WriteUnreadableAdd($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }`,
);
const REORDER = graphql(
  `mutation WriteUnreadableReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }`,
);
const REMOVE = graphql(
  `mutation WriteUnreadableRemove($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }`,
);

interface Write {
  name: string;
  route: string;
  /** Whether the write is never repeated (it would apply twice). */
  once: boolean;
  send: () => Promise<{
    data: unknown;
    errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
  }>;
  /** Whether Spotify's state shows the write applied. */
  applied: () => boolean;
}

const run = <R, V>(document: TypedDocumentNode<R, V>, variables: V) =>
  t.query(document, variables as NoInfer<V>, { token: alice.token });

function writes(): Write[] {
  const playlist = ownPlaylist();
  const version = playlist.snapshotVersion;
  const changed = () => ownPlaylist().snapshotVersion > version;
  const first = playlist.items.find((item) => item.type === 'track')!;
  const name = `unreadable-${Math.random().toString(36).slice(2)}`;
  return [
    {
      name: 'createPlaylist',
      route: 'POST /v1/me/playlists',
      once: true,
      send: () => run(CREATE, { name }),
      applied: () => [...t.emu.state.catalog.playlists.values()].some((p) => p.name === name),
    },
    {
      name: 'addPlaylistItems',
      route: 'POST /v1/playlists/{playlist_id}/items',
      once: true,
      send: () => run(ADD, { playlistId: playlist.id, uris: [`spotify:track:${tracks().at(-1)}`] }),
      applied: changed,
    },
    {
      name: 'reorderPlaylistItems',
      route: 'PUT /v1/playlists/{playlist_id}/items',
      once: true,
      send: () => run(REORDER, { playlistId: playlist.id }),
      applied: changed,
    },
    {
      name: 'removePlaylistItems',
      route: 'DELETE /v1/playlists/{playlist_id}/items',
      once: false,
      send: () => run(REMOVE, { playlistId: playlist.id, uris: [`spotify:track:${first.id}`] }),
      applied: changed,
    },
  ];
}

describe.each([
  ['an empty body', ''],
  ['a body that is not JSON', 'not json'],
])('a write answered 2xx with %s after Spotify applied it', (_what, text) => {
  it.each(['createPlaylist', 'addPlaylistItems', 'reorderPlaylistItems', 'removePlaylistItems'])(
    '%s: SPOTIFY_UNAVAILABLE with mayHaveApplied, never a success or INTERNAL_SERVER_ERROR',
    async (which) => {
      const write = writes().find((one) => one.name === which)!;
      expect(write.applied()).toBe(false);
      await t.emu.control('POST', '/faults', {
        route: write.route,
        status: 201,
        contentType: 'application/json',
        text,
        apply: true,
      });
      await t.clearLog();
      const answer = await write.send();
      expect(answer.data).toEqual({ [write.name]: null });
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'SPOTIFY_UNAVAILABLE',
        mayHaveApplied: true,
      });
      expect(answer.errors?.[0]?.message).toContain('may have been applied');
      expect(write.applied()).toBe(true);
      if (write.once) expect((await t.calls())[write.route]).toBe(1);
    },
  );
});
