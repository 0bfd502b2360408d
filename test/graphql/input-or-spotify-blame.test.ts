/**
 * Errors name the right culprit in the right words: a `spotify:local:` URI the caller gives is the
 * caller's input (BAD_USER_INPUT when its duration fits no `durationMs`, never blamed on Spotify), an
 * entry of an object's list that is no object at all (`7`, `"x"`) is Spotify's bad value like any
 * other (SPOTIFY_UNAVAILABLE, `extensions.badValue`), and messages say "an album", "an artist".
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;
let album: string;
let track: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  album = [...t.emu.state.catalog.albums.keys()][0] as string;
  track = [...t.emu.state.catalog.tracks.keys()][0] as string;
});
beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

const LOCAL_NODE = graphql(`query BlameLocalNode($id: ID!) {
  node(id: $id) { id ... on Track { durationMs localFile { durationMs } } } }`);
const LOCAL_NODES = graphql(`query BlameLocalNodes($ids: [ID!]!) {
  nodes(ids: $ids) { id ... on Track { durationMs } } }`);
const ALBUM_ARTISTS = graphql(
  `query BlameAlbumArtists($id: ID!) { album(id: $id) { name artists { id name } } }`,
);
const TRACK_PARTS = graphql(`query BlameTrackParts($id: ID!) {
  track(id: $id) { name album { id } artists { id } } }`);

/** `[path, code, badValue]` of each error. */
const described = (
  errors: { path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined,
) => (errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code, e.extensions?.badValue ?? false]);

describe("the caller's own local-file URI", () => {
  it('a duration no durationMs can hold is refused as BAD_USER_INPUT naming the argument, with no Spotify call', async () => {
    await t.clearLog();
    const answer = await t.query(LOCAL_NODE, { id: 'spotify:local:a:b:c:99999999999' }, { token: alice });
    expect(answer.data?.node).toBeNull();
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.argument])).toEqual([
      [['node'], 'BAD_USER_INPUT', 'id'],
    ]);
    expect(answer.errors?.[0]?.message).not.toMatch(/Spotify's answer/);
    expect(await t.calls()).toEqual({});
  });

  it('the longest duration that fits answers; in nodes(ids:) the refused URI is only its own entry', async () => {
    const answer = await t.query(
      LOCAL_NODES,
      { ids: ['spotify:local:a:b:c:2147484', 'spotify:local:a:b:c:2147483'] },
      { token: alice },
    );
    expect(answer.data?.nodes).toEqual([
      null,
      { id: 'spotify:local:a:b:c:2147483', durationMs: 2_147_483_000 },
    ]);
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.argument])).toEqual([
      [['nodes', 0], 'BAD_USER_INPUT', 'ids[0]'],
    ]);
  });
});

describe('entries of an object list that are no objects', () => {
  for (const value of [7, 'x', [1], true]) {
    it(`an album's artist sent as ${JSON.stringify(value)} is that entry's bad value, the album answers`, async () => {
      await t.emu.control('POST', '/faults', {
        route: 'GET /v1/albums',
        set: { '/albums/0/artists/0': value },
      });
      const answer = await t.query(ALBUM_ARTISTS, { id: album }, { token: alice });
      expect(answer.data?.album?.name).toBeTruthy();
      expect(answer.data?.album?.artists?.[0]).toBeNull();
      expect(described(answer.errors)).toEqual([['album.artists.0', 'SPOTIFY_UNAVAILABLE', true]]);
    });
  }

  it("a track's artist sent as 7 and its album sent as 7 are bad values, the track answers", async () => {
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/tracks',
      set: { '/tracks/0/artists/0': 7, '/tracks/0/album': 7 },
    });
    const answer = await t.query(TRACK_PARTS, { id: track }, { token: alice });
    expect(answer.data?.track?.name).toBeTruthy();
    expect(answer.data?.track?.album).toBeNull();
    expect(answer.data?.track?.artists?.[0]).toBeNull();
    expect(described(answer.errors)).toEqual(
      expect.arrayContaining([
        ['track.album', 'SPOTIFY_UNAVAILABLE', true],
        ['track.artists.0', 'SPOTIFY_UNAVAILABLE', true],
      ]),
    );
  });
});

describe('wording', () => {
  it('objects without a usable id are "an artist" and "an album" in SPOTIFY_UNSUPPORTED_ITEM messages', async () => {
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/tracks',
      set: { '/tracks/0/artists/0/id': null, '/tracks/0/album/id': 'short' },
    });
    const answer = await t.query(TRACK_PARTS, { id: track }, { token: alice });
    const messages = (answer.errors ?? []).map((e) => [e.extensions?.code, e.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['SPOTIFY_UNSUPPORTED_ITEM', expect.stringContaining('an album without a usable id')],
        ['SPOTIFY_UNSUPPORTED_ITEM', expect.stringContaining('an artist without a usable id')],
      ]),
    );
    for (const [, message] of messages) expect(message).not.toMatch(/\ba [aeio]/i);
  });
});
