/**
 * A 2xx answer whose JSON is not the documented shape (a bare string, `true`, a list where an object
 * belongs, a paging object whose `items` is no list) is a typed SPOTIFY_UNAVAILABLE error on its own
 * field: never an empty or false answer, never Spotify's body echoed. A non-repeatable write so
 * answered says it may have applied. The emulator's fault rules send the bodies.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { TypedDocumentNode } from '../helpers/documents.js';
import { type GraphQLAnswer, useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice');
const track = (): string => [...t.emu.state.catalog.tracks.keys()][0]!;
const playlist = (): string => [...t.emu.state.catalog.playlists.keys()][0]!;

/** `document` sent as alice. */
const asAlice = <R, V>(document: TypedDocumentNode<R, V>, variables: V) =>
  t.query(document, variables, { token: alice.token });

const BODIES = ['"hello"', '[1,2]', '{"items":"x","total":"many"}', 'true'];

/** Route, the query sent (with a sibling that must survive), the failing field's path. */
const READS: [string, () => Promise<GraphQLAnswer<unknown>>, (string | number)[]][] = [
  [
    'GET /v1/me/player',
    () =>
      asAlice(
        graphql(`query WrongShapedAnswersState { me { displayName player { state { isPlaying } } } }`),
        {},
      ),
    ['me', 'player', 'state'],
  ],
  [
    'GET /v1/me/player/devices',
    () =>
      asAlice(
        graphql(`query WrongShapedAnswersDevices { me { displayName player { devices { name } } } }`),
        {},
      ),
    ['me', 'player', 'devices'],
  ],
  [
    'GET /v1/me/player/queue',
    () =>
      asAlice(
        graphql(
          `query WrongShapedAnswersQueue { me { displayName player { queue { items { __typename } } } } }`,
        ),
        {},
      ),
    ['me', 'player', 'queue'],
  ],
  [
    'GET /v1/search',
    () =>
      asAlice(
        graphql(
          `query WrongShapedAnswersSearch { search(query: "a", types: [TRACK]) { tracks { totalCount } } }`,
        ),
        {},
      ),
    ['search'],
  ],
  [
    // Extended apps ask the type's own endpoint (Development Mode apps ask /me/library/contains).
    'GET /v1/me/tracks/contains',
    () =>
      asAlice(
        graphql(
          `query WrongShapedAnswersContains($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }`,
        ),
        { uris: [`spotify:track:${track()}`] },
      ),
    ['me', 'libraryContains'],
  ],
  [
    'GET /v1/playlists/{playlist_id}',
    () =>
      asAlice(graphql(`query WrongShapedAnswersPlaylist($id: ID!) { playlist(id: $id) { name } }`), {
        id: playlist(),
      }),
    ['playlist'],
  ],
  [
    'GET /v1/users/{user_id}',
    () => asAlice(graphql(`query WrongShapedAnswersUser { user(id: "bob") { displayName } }`), {}),
    ['user'],
  ],
];

const ADD_ITEMS = graphql(
  `mutation WrongShapedAnswersAddItems($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }`,
);

describe('wrong-shaped 2xx JSON on reads', () => {
  for (const [route, send, path] of READS) {
    it.each(BODIES)(`${route} answering %s: SPOTIFY_UNAVAILABLE on its own field, no echo`, async (body) => {
      await t.emu.control('POST', '/faults', {
        route,
        status: 200,
        contentType: 'application/json',
        text: body,
      });
      const answer = await send();
      expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
        [path, 'SPOTIFY_UNAVAILABLE'],
      ]);
      expect(JSON.stringify(answer.errors)).not.toContain('hello');
      if (path[0] === 'me')
        expect((answer.data as { me: { displayName: string } }).me.displayName).toBeTruthy();
    });
  }
});

describe('wrong-shaped 2xx JSON on writes', () => {
  it('createPlaylist answered 201 "ok" after Spotify created it: SPOTIFY_UNAVAILABLE with mayHaveApplied', async () => {
    await t.emu.control('POST', '/faults', {
      route: 'POST /v1/me/playlists',
      status: 201,
      contentType: 'application/json',
      text: '"ok"',
      apply: true,
    });
    const answer = await t.query(
      graphql(
        `mutation WrongShapedAnswersCreatePlaylist { createPlaylist(name: "shape") { playlist { id } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.data).toEqual({ createPlaylist: null });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'SPOTIFY_UNAVAILABLE',
      mayHaveApplied: true,
      // The status Spotify really answered, not a made-up 200.
      spotify: { status: 201 },
    });
  });

  it.each(['{}', '{"snapshot_id":{"a":1}}'])(
    'addPlaylistItems answered 201 %s (no string snapshot_id): SPOTIFY_UNAVAILABLE with mayHaveApplied',
    async (body) => {
      const own = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
      await t.emu.control('POST', '/faults', {
        route: 'POST /v1/playlists/{playlist_id}/items',
        status: 201,
        contentType: 'application/json',
        text: body,
        apply: true,
        times: 1,
      });
      const answer = await asAlice(ADD_ITEMS, { playlistId: own.id, uris: [`spotify:track:${track()}`] });
      expect(answer.data).toEqual({ addPlaylistItems: null });
      expect(answer.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.mayHaveApplied])).toEqual([
        [['addPlaylistItems'], 'SPOTIFY_UNAVAILABLE', true],
      ]);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ spotify: { status: 201 } });
    },
  );

  it('addPlaylistItems answered with a list: SPOTIFY_UNAVAILABLE with mayHaveApplied, sent once', async () => {
    const own = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    await t.emu.control('POST', '/faults', {
      route: 'POST /v1/playlists/{playlist_id}/items',
      status: 201,
      contentType: 'application/json',
      text: '[1,2]',
      apply: true,
    });
    await t.clearLog();
    const answer = await asAlice(ADD_ITEMS, { playlistId: own.id, uris: [`spotify:track:${track()}`] });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'SPOTIFY_UNAVAILABLE',
      mayHaveApplied: true,
    });
    expect((await t.calls())['POST /v1/playlists/{playlist_id}/items']).toBe(1);
  });
});
