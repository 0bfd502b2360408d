/**
 * Issue 7 item 8: a write that is not idempotent (add items, reorder, skip next/previous, add to queue,
 * create playlist) is never sent again once the request may have reached Spotify. The emulator's
 * `apply` fault rule lets the route run, then answers 502 (the answer lost after Spotify applied the
 * change): the write is sent once, applied once, and its error says the change may have been applied.
 * GraphQL over HTTP against the emulator; calls from its request log. (Idempotent writes are repeated:
 * test/graphql/repeated-writes.test.ts.)
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import type { GraphQLAnswer } from '../helpers/server.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice', { clearLog: true });
let playlist: string;
let track: string;

beforeAll(async () => {
  const devices = await t.emu.api('GET', '/v1/me/player/devices', { token: alice.token });
  const device = (devices.json as { devices: { id: string }[] }).devices[0]!.id;
  const album = [...t.emu.state.catalog.albums.keys()][5]!;
  const play = await t.query(
    graphql(
      `mutation UnrepeatedWritesPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }`,
    ),
    { deviceId: device, contextUri: `spotify:album:${album}` },
    { token: alice.token },
  );
  expect(play.errors).toBeUndefined();
  playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id;
  track = [...t.emu.state.catalog.tracks.keys()][11]!;
});

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
  await t.clearLog();
});

/** `document` sent as alice. */
const send = <R, V>(document: GraphQLDocument<R, V>, variables: V) =>
  t.query(document, variables, { token: alice.token });

/** The playlist's items as the emulator holds them. */
const itemsOf = (id: string) => t.emu.state.catalog.playlists.get(id)!.items.map((item) => item.id);
/** How many playlists alice owns in the emulator. */
const ownedByAlice = () =>
  [...t.emu.state.catalog.playlists.values()].filter((p) => p.ownerId === 'alice').length;

/** Each write that is not idempotent: its field, the routes it may go to, and what it changed (before, after). */
const writes: {
  name: string;
  routes: string[];
  send: () => Promise<GraphQLAnswer<unknown>>;
  state?: () => unknown;
  change?: (before: unknown) => unknown;
}[] = [
  {
    name: 'addPlaylistItems',
    routes: ['POST /v1/playlists/{playlist_id}/items', 'POST /v1/playlists/{playlist_id}/tracks'],
    send: () =>
      send(
        graphql(
          `mutation UnrepeatedWritesAdd($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }`,
        ),
        { playlistId: playlist, uris: [`spotify:track:${track}`] },
      ),
    state: () => itemsOf(playlist),
    change: (before) => [...(before as string[]), track],
  },
  {
    name: 'reorderPlaylistItems',
    routes: ['PUT /v1/playlists/{playlist_id}/items', 'PUT /v1/playlists/{playlist_id}/tracks'],
    send: () =>
      send(
        graphql(
          `mutation UnrepeatedWritesReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }`,
        ),
        { playlistId: playlist },
      ),
    state: () => itemsOf(playlist),
    change: (before) => {
      const [a, b, ...rest] = before as string[];
      return [b, a, ...rest];
    },
  },
  {
    name: 'skipToNext',
    routes: ['POST /v1/me/player/next'],
    send: () => send(graphql(`mutation UnrepeatedWritesNext { skipToNext { ok } }`), {}),
  },
  {
    name: 'skipToPrevious',
    routes: ['POST /v1/me/player/previous'],
    send: () => send(graphql(`mutation UnrepeatedWritesPrevious { skipToPrevious { ok } }`), {}),
  },
  {
    name: 'addToQueue',
    routes: ['POST /v1/me/player/queue'],
    send: () =>
      send(graphql(`mutation UnrepeatedWritesQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }`), {
        uri: `spotify:track:${track}`,
      }),
  },
  {
    name: 'createPlaylist',
    routes: ['POST /v1/me/playlists', 'POST /v1/users/{user_id}/playlists'],
    send: () =>
      send(
        graphql(`mutation UnrepeatedWritesCreate { createPlaylist(name: "once") { playlist { id } } }`),
        {},
      ),
    state: ownedByAlice,
    change: (before) => (before as number) + 1,
  },
];

describe('a write that is not idempotent, applied and then answered 502', () => {
  it.each(writes)(
    '$name is sent once, applied once, and says the change may have been applied',
    async (write) => {
      for (const route of write.routes)
        await t.emu.control('POST', '/faults', { route, status: 502, apply: true });
      const before = write.state?.();
      const answer = await write.send();
      expect(answer.data).toEqual({ [write.name]: null });
      expect(answer.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.mayHaveApplied])).toEqual([
        [[write.name], 'SPOTIFY_UNAVAILABLE', true],
      ]);
      expect(answer.errors?.[0]?.message).toMatch(/may have been applied/);
      const calls = await t.calls();
      expect(write.routes.reduce((sum, route) => sum + (calls[route] ?? 0), 0)).toBe(1);
      if (write.state) expect(write.state()).toEqual(write.change!(before));
    },
  );
});
