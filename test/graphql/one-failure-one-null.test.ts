/**
 * One failure nulls only its own place: a failed mutation keeps its siblings' results, a refused id
 * in a list argument is its own entry's error (and costs no Spotify call), a null item Spotify sends
 * in a list is a null entry of that list. Spotify's odd answers come from the emulator's fault rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MIXED_ITEMS } from '../../src/emulator/catalog.js';
import { graphql } from '../generated/index.js';
import { type GraphQLAnswer, useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice', { clearLog: true });
const track = (n = 0): string => [...t.emu.state.catalog.tracks.keys()][n]!;
const album = (n = 0): string => [...t.emu.state.catalog.albums.keys()][n]!;
const LOCAL_URI = `spotify:local:${MIXED_ITEMS.localFile}`;

type Errors = { path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
const pathsAndCodes = (errors: Errors) => (errors ?? []).map((e) => [e.path, e.extensions?.code]);

/** The emulator's log of requests (paths with their queries) since the last clear. */
async function loggedPaths(): Promise<string[]> {
  const log = (await t.emu.control('GET', '/requests')).json as { entries: { path: string }[] };
  return log.entries.map((entry) => entry.path);
}

describe('mutations: one failure keeps the others', () => {
  it('a failed skipToNext is null with its error; setVolume and createPlaylist keep their answers', async () => {
    const devices = await t.query(
      graphql(`query OneFailureOneNullMe { me { player { devices { id isRestricted } } } }`),
      {},
      { token: alice.token },
    );
    const deviceId = devices.data?.me?.player.devices?.find((d) => d !== null && !d.isRestricted)?.id;
    expect(deviceId).toEqual(expect.any(String));
    await t.query(
      graphql(
        `mutation OneFailureOneNullTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }`,
      ),
      { deviceId: deviceId! },
      { token: alice.token },
    );
    await t.emu.control('POST', '/faults', { route: 'POST /v1/me/player/next', status: 502, apply: true });
    const answer = await t.query(
      graphql(
        `mutation OneFailureOneNullSetVolumeCreatePlaylist { vol: setVolume(volumePercent: 42) { ok } created: createPlaylist(name: "multi") { playlist { id } } next: skipToNext { ok } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.data?.vol).toEqual({ ok: true });
    expect(answer.data?.created?.playlist?.id).toMatch(/^spotify:playlist:/);
    expect(answer.data?.next).toBeNull();
    expect(pathsAndCodes(answer.errors)).toEqual([[['next'], 'SPOTIFY_UNAVAILABLE']]);
    expect(answer.errors?.[0]?.extensions?.mayHaveApplied).toBe(true);
  });
});

describe('list arguments: a refused id fails only its own entry', () => {
  it('nodes(ids:) with a malformed id: that entry null with BAD_USER_INPUT, the siblings and other roots answered', async () => {
    const answer = await t.query(
      graphql(
        `query OneFailureOneNullRoots($track: ID!, $ids: [ID!]!) { me { displayName } track(id: $track) { name } nodes(ids: $ids) { id } }`,
      ),
      { track: track(), ids: [`spotify:track:${track(1)}`, 'garbage'] },
      { token: alice.token },
    );
    expect(answer.data?.me).toEqual({ displayName: expect.any(String) });
    expect(answer.data?.track).toEqual({ name: expect.any(String) });
    expect(answer.data?.nodes).toEqual([{ id: `spotify:track:${track(1)}` }, null]);
    expect(pathsAndCodes(answer.errors)).toEqual([[['nodes', 1], 'BAD_USER_INPUT']]);
    expect(answer.errors?.[0]?.extensions?.argument).toBe('ids[1]');
    expect((await loggedPaths()).some((path) => path.includes('garbage'))).toBe(false);
  });

  const ALBUMS = graphql(`query OneFailureOneNullAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }`);
  const TRACKS = graphql(`query OneFailureOneNullTracks($ids: [ID!]!) { tracks(ids: $ids) { id } }`);
  it.each([
    ['albums', () => album(), () => album(1)],
    ['tracks', () => track(), () => track(1)],
  ])(
    '%s(ids:) with a malformed id: that entry null, the valid ones fetched, no call for the bad one',
    async (field, a, b) => {
      const ids = [a(), 'not-an-id!', b()];
      const answer: GraphQLAnswer<Record<string, ({ id: string } | null)[] | null>> =
        field === 'albums' ? await t.query(ALBUMS, { ids }) : await t.query(TRACKS, { ids });
      const entries = answer.data?.[field];
      expect(entries?.map((entry) => entry?.id ?? null)).toEqual([
        expect.stringContaining(a()),
        null,
        expect.stringContaining(b()),
      ]);
      expect(pathsAndCodes(answer.errors)).toEqual([[[field, 1], 'BAD_USER_INPUT']]);
      expect((await loggedPaths()).some((path) => path.includes('not-an-id'))).toBe(false);
    },
  );

  it("node(id:) accepts a local file's id as the server hands it out, without a Spotify call", async () => {
    const answer = await t.query(
      graphql(
        `query OneFailureOneNullLocalNode($id: ID!) { node(id: $id) { id ... on Track { isLocal name spotifyId localFile { albumName artistNames durationMs } } } }`,
      ),
      { id: LOCAL_URI },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      node: {
        id: LOCAL_URI,
        isLocal: true,
        name: 'Ölandsvisa Ⅱ',
        spotifyId: null,
        localFile: { albumName: 'Kökssessioner', artistNames: ['Søren Åberg'], durationMs: 214_000 },
      },
    });
    expect(await t.calls()).toEqual({});
  });

  it('nodes(ids:) with a local file id and a catalog id answers both', async () => {
    const answer = await t.query(
      graphql(`query OneFailureOneNullLocalNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`),
      { ids: [LOCAL_URI, `spotify:album:${album()}`] },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ nodes: [{ id: LOCAL_URI }, { id: `spotify:album:${album()}` }] });
  });
});

describe('lists Spotify sends with null and local items: the entry, not the list', () => {
  let catalogTrack: Record<string, unknown>;
  let local: Record<string, unknown>;

  beforeAll(async () => {
    const response = await fetch(`${t.emu.url}/v1/tracks/${track()}`, {
      headers: { authorization: `Bearer ${alice.token}` },
    });
    catalogTrack = (await response.json()) as Record<string, unknown>;
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const items = await fetch(
      `${t.emu.url}/v1/playlists/${playlist.id}/items?offset=${playlist.items.length - 4}`,
      {
        headers: { authorization: `Bearer ${alice.token}` },
      },
    );
    const page = (await items.json()) as { items: { item: Record<string, unknown> }[] };
    local = page.items.find((entry) => entry.item?.is_local === true)!.item;
  });

  const answerWith = (route: string, body: unknown) =>
    t.emu.control('POST', '/faults', {
      route,
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify(body),
    });
  const page = (items: unknown[]) => ({
    href: 'x',
    items,
    limit: 20,
    next: null,
    offset: 0,
    previous: null,
    total: items.length,
  });

  it('savedTracks: a null track is a null node, the local file and the track stay', async () => {
    await answerWith(
      'GET /v1/me/tracks',
      page([local, null, catalogTrack].map((item) => ({ added_at: '2024-01-01T00:00:00Z', track: item }))),
    );
    const answer = await t.query(
      graphql(
        `query OneFailureOneNullSavedTracks { me { savedTracks(first: 3) { edges { node { ... on Track { id isLocal } } } nodes { id } } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      me: {
        savedTracks: {
          edges: [
            { node: { id: LOCAL_URI, isLocal: true } },
            { node: null },
            { node: { id: `spotify:track:${track()}`, isLocal: false } },
          ],
          nodes: [{ id: LOCAL_URI }, null, { id: `spotify:track:${track()}` }],
        },
      },
    });
  });

  it('recentlyPlayed: a null track is a null track of its entry, the others stay', async () => {
    await answerWith('GET /v1/me/player/recently-played', {
      ...page(
        [local, null, catalogTrack].map((item, i) => ({
          // Newest first, as Spotify sends them (an older play before a newer one is a cut).
          played_at: `2024-01-01T00:00:0${2 - i}Z`,
          track: item,
          context: null,
        })),
      ),
      cursors: { after: '1', before: '0' },
    });
    const answer = await t.query(
      graphql(
        `query OneFailureOneNullRecentlyPlayed { me { recentlyPlayed(first: 3) { edges { node { playedAt track { ... on Track { id isLocal } } } } } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.recentlyPlayed?.edges.map((edge) => edge?.node?.track)).toEqual([
      { id: LOCAL_URI, isLocal: true },
      null,
      { id: `spotify:track:${track()}`, isLocal: false },
    ]);
  });

  it('player.queue: a null item is a null entry, the local file and the track stay', async () => {
    await answerWith('GET /v1/me/player/queue', {
      currently_playing: local,
      queue: [local, null, catalogTrack],
    });
    const answer = await t.query(
      graphql(
        `query OneFailureOneNullQueue { me { player { queue { currentlyPlaying { ... on Track { id isLocal } } items { ... on Track { id isLocal } } } } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      me: {
        player: {
          queue: {
            currentlyPlaying: { id: LOCAL_URI, isLocal: true },
            items: [
              { id: LOCAL_URI, isLocal: true },
              null,
              { id: `spotify:track:${track()}`, isLocal: false },
            ],
          },
        },
      },
    });
  });
});
