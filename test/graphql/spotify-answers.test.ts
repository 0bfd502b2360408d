/**
 * Spotify's answers as they really come, through GraphQL: bodies that do not match their content
 * type, writes answered with an error after they were applied, paging metadata that disagrees with
 * the items, plain-text refusals, a refused app token; and the smaller promises (markets checked
 * first, a coded complexity refusal, playlists read back only when selected).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { NOT_REGISTERED_TEXT } from '../../src/emulator/server.js';
import { graphql } from '../generated/index.js';
import { startTestServer, useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const ALBUM_NAME = graphql(`query SpotifyAnswersAlbumName($id: ID!) { album(id: $id) { name } }`);

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
  await t.clearLog();
});

async function playingToken(): Promise<string> {
  const token = await t.emu.token({ user: 'alice' });
  const devices = await t.emu.api('GET', '/v1/me/player/devices', { token });
  const device = (devices.json as { devices: { id: string }[] }).devices[0]!.id;
  const album = [...t.emu.state.catalog.albums.keys()][7]!;
  const play = await t.query(
    graphql(
      `mutation SpotifyAnswersPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }`,
    ),
    { deviceId: device, contextUri: `spotify:album:${album}` },
    { token },
  );
  expect(play.errors).toBeUndefined();
  await t.clearLog();
  return token;
}

describe('bodies that do not match their content type', () => {
  it('pauses once when the 2xx answer carries a stray body labelled JSON', async () => {
    const token = await playingToken();
    await t.emu.control('POST', '/faults', {
      route: 'PUT /v1/me/player/pause',
      text: '<html>ok</html>',
      contentType: 'application/json',
    });
    const answer = await t.query(graphql(`mutation SpotifyAnswersPause { pause { ok } }`), {}, { token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ pause: { ok: true } });
    expect(await t.calls()).toEqual({ 'PUT /v1/me/player/pause': 1 });
  });

  it('skips once when the 2xx answer is plain text', async () => {
    const token = await playingToken();
    await t.emu.control('POST', '/faults', { route: 'POST /v1/me/player/next', text: 'done' });
    const answer = await t.query(
      graphql(`mutation SpotifyAnswersSkipToNext { skipToNext { ok } }`),
      {},
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(await t.calls()).toEqual({ 'POST /v1/me/player/next': 1 });
  });

  it('answers SPOTIFY_UNAVAILABLE, not the text, when an object is due and a 2xx body is not JSON', async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/search', text: 'Service is up' });
    const answer = await t.query(
      graphql(`query SpotifyAnswersSearch { search(query: "a", types: [TRACK]) { tracks { totalCount } } }`),
    );
    expect(answer.data).toEqual({ search: null });
    expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect(JSON.stringify(answer)).not.toContain('Service is up');
  });
});

describe('2xx answers without the body an endpoint owes', () => {
  it('answers SPOTIFY_UNAVAILABLE with siblings kept when an object, a list or a page is due and the body is empty', async () => {
    const token = await t.emu.token({ user: 'alice' });
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    for (const route of ['GET /v1/playlists/{playlist_id}', 'GET /v1/me/player/devices', 'GET /v1/markets'])
      await t.emu.control('POST', '/faults', { route, text: '' });
    const answer = await t.query(
      graphql(
        `query SpotifyAnswersEmptyBodies($id: ID!) { __typename markets playlist(id: $id) { name } me { player { devices { name } } } }`,
      ),
      { id: playlist.id },
      { token },
    );
    expect(answer.data).toMatchObject({ __typename: 'Query', markets: null, playlist: null });
    expect(answer.data?.me?.player?.devices ?? null).toBeNull();
    const codes = Object.fromEntries(
      (answer.errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code]),
    );
    expect(codes).toEqual({
      markets: 'SPOTIFY_UNAVAILABLE',
      playlist: 'SPOTIFY_UNAVAILABLE',
      'me.player.devices': 'SPOTIFY_UNAVAILABLE',
    });
  });

  it("reads an idle player's empty answer as no playback, without an error", async () => {
    const token = await t.emu.token({ user: 'alice' });
    for (const route of ['GET /v1/me/player', 'GET /v1/me/player/currently-playing'])
      await t.emu.control('POST', '/faults', { route, text: '' });
    const answer = await t.query(
      graphql(
        `query SpotifyAnswersIdlePlayer { me { player { state { isPlaying } currentlyPlaying { progressMs } } } }`,
      ),
      {},
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player).toEqual({ state: null, currentlyPlaying: null });
  });

  it("reads Spotify's 204 No Content from the player as no playback, without an error", async () => {
    const token = await t.emu.token({ user: 'alice' });
    for (const route of ['GET /v1/me/player', 'GET /v1/me/player/currently-playing'])
      await t.emu.control('POST', '/faults', { route, status: 204 });
    const answer = await t.query(
      graphql(
        `query SpotifyAnswersPlayer204 { me { player { state { isPlaying } currentlyPlaying { progressMs } } } }`,
      ),
      {},
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player).toEqual({ state: null, currentlyPlaying: null });
  });
});

describe('writes answered with an error after Spotify applied them', () => {
  it('does not repeat a reorder, and says the change may have been applied', async () => {
    const token = await t.emu.token({ user: 'alice' });
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const first = playlist.items[0]!.id;
    for (const route of ['PUT /v1/playlists/{playlist_id}/items', 'PUT /v1/playlists/{playlist_id}/tracks'])
      await t.emu.control('POST', '/faults', { route, status: 502, apply: true });
    const answer = await t.query(
      graphql(
        `mutation SpotifyAnswersReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }`,
      ),
      { playlistId: playlist.id },
      { token },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'SPOTIFY_UNAVAILABLE',
      mayHaveApplied: true,
    });
    expect(answer.errors?.[0]?.message).toMatch(/may have been applied/);
    const calls = await t.calls();
    expect(
      (calls['PUT /v1/playlists/{playlist_id}/items'] ?? 0) +
        (calls['PUT /v1/playlists/{playlist_id}/tracks'] ?? 0),
    ).toBe(1);
    expect(playlist.items[1]!.id).toBe(first);
  });
});

describe('paging metadata that disagrees with the items', () => {
  it('promises no next page after an empty page, whatever next and total say, and says why', async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', paging: 'endless-empty' });
    const answer = await t.query(
      graphql(
        `query SpotifyAnswersMe { me { savedTracks(first: 5) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } }`,
      ),
      {},
      { token },
    );
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.badValue])).toEqual([
      [['me', 'savedTracks', 'nodes', 0], 'SPOTIFY_UNAVAILABLE', true],
    ]);
    expect(answer.data).toEqual({
      me: {
        savedTracks: {
          totalCount: 1_000_000,
          nodes: [null],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    });
  });

  it("promises no search page beyond Spotify's search window, though the total goes on", async () => {
    const answer = await t.query(
      graphql(
        `query SpotifyAnswersSearch2 { search(query: "a", types: [TRACK], offset: 990, first: 10) { tracks { totalCount nodes { name } pageInfo { hasNextPage } } } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
    const tracks = (
      answer.data as {
        search: { tracks: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } } };
      }
    ).search.tracks;
    expect(tracks.totalCount).toBeGreaterThan(1000);
    expect(tracks.nodes).toHaveLength(10);
    expect(tracks.pageInfo.hasNextPage).toBe(false);
  });

  it('promises no next page of followed artists after an empty page, and says why', async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/following', paging: 'endless-empty' });
    const answer = await t.query(
      graphql(
        `query SpotifyAnswersMe2 { me { followedArtists(first: 5) { nodes { name } pageInfo { hasNextPage } } } }`,
      ),
      {},
      { token },
    );
    expect(answer.errors?.map((e) => [e.path, e.extensions?.badValue])).toEqual([
      [['me', 'followedArtists', 'nodes', 0], true],
    ]);
    expect(answer.data).toEqual({
      me: { followedArtists: { nodes: [null], pageInfo: { hasNextPage: false } } },
    });
  });
});

describe('refusals', () => {
  it("keeps Spotify's plain-text 403 for a user a Development Mode app has not allowed", async () => {
    const dev = await startTestServer({ mode: 'development' });
    try {
      await dev.emu.control('POST', '/apps/allowlist', {
        clientId: 'd0000000000000000000000000000002',
        userIds: ['alice'],
      });
      const token = await dev.emu.token({ user: 'bob', app: 'development' });
      const answer = await dev.query(
        graphql(`query SpotifyAnswersMe3 { me { displayName } }`),
        {},
        { token },
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(answer.errors?.[0]?.message).toBe(`Spotify refused the request: ${NOT_REGISTERED_TEXT}`);
    } finally {
      await dev.close();
    }
  });

  it('names every scope an endpoint needs with "and"', async () => {
    const token = await t.emu.token({ user: 'alice', scopes: ['user-read-private'] });
    const answer = await t.query(
      graphql(`query SpotifyAnswersMe4 { me { savedEpisodes(first: 1) { totalCount } } }`),
      {},
      { token },
    );
    expect(answer.errors?.[0]?.message).toBe(
      'Spotify refused the request: Insufficient client scope (this needs the scopes user-read-playback-position and user-library-read)',
    );
  });
});

describe("the app's token refused before its local expiry", () => {
  it('renews it once and answers, and /ready stays true', async () => {
    const s = await startTestServer({ mode: 'extended' });
    try {
      const base = (await s.server.start(0, '127.0.0.1')).replace(/\/graphql$/, '');
      const album = [...s.emu.state.catalog.albums.keys()][0]!;
      expect((await s.query(ALBUM_NAME, { id: album })).errors).toBeUndefined();
      const grants = [...s.emu.state.accessTokens.values()].filter((g) => g.userId === undefined);
      for (const grant of grants) grant.revoked = true;
      const answer = await s.query(ALBUM_NAME, { id: album });
      expect(answer.errors).toBeUndefined();
      expect((await fetch(`${base}/ready`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('makes /ready answer 503 when the refused token cannot be renewed', async () => {
    const s = await startTestServer({ mode: 'extended' });
    try {
      const base = (await s.server.start(0, '127.0.0.1')).replace(/\/graphql$/, '');
      const album = [...s.emu.state.catalog.albums.keys()][0]!;
      expect((await s.query(ALBUM_NAME, { id: album })).errors).toBeUndefined();
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      for (const grant of s.emu.state.accessTokens.values()) grant.revoked = true;
      await s.emu.control('POST', '/faults', { route: 'POST /api/token', status: 400 });
      const answer = await s.query(ALBUM_NAME, { id: album });
      // The accounts service refused the app's own renewal (the fault's invalid_request): not the
      // caller's sign-in, and not the credentials either (only invalid_client says that; v14 F8).
      expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
      expect(answer.errors?.[0]?.message).toContain('invalid_request');
      expect(answer.errors?.[0]?.extensions?.loginUrl).toBeUndefined();
      expect((await fetch(`${base}/ready`)).status).toBe(503);
    } finally {
      await s.close();
    }
  });
});

describe('smaller promises', () => {
  it('refuses a market that names no country with BAD_USER_INPUT before calling Spotify', async () => {
    const album = [...t.emu.state.catalog.albums.keys()][0]!;
    const hints: Record<string, string> = {
      XX: '("XX" is none)',
      UK: '("UK" is "GB" in ISO 3166-1)',
      EU: '("EU" is none)',
      se: '(codes are upper case: "SE")',
    };
    for (const [market, hint] of Object.entries(hints)) {
      const answer = await t.query(
        graphql(
          `query SpotifyAnswersAlbumInMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }`,
        ),
        { id: album, market },
      );
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'market' });
      expect(answer.errors?.[0]?.message).toMatch(
        new RegExp(`or "from_token" ${hint.replace(/[()]/g, '\\$&')}$`),
      );
    }
    expect(await t.calls()).toEqual({});
  });

  it('gives the complexity refusal an extensions.code', async () => {
    const ids = [...t.emu.state.catalog.albums.keys()].slice(0, 100);
    const answer = await t.query(
      graphql(
        `query SpotifyAnswersAlbums($ids: [ID!]!) { albums(ids: $ids) { tracks(first: 500) { nodes { name } } } }`,
      ),
      { ids },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await t.calls()).toEqual({});
  });

  it('reads the playlist back after updatePlaylist and uploadPlaylistCover only when selected', async () => {
    const token = await t.emu.token({ user: 'alice' });
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const cover = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString(
      'base64',
    );
    const answer = await t.query(
      graphql(`mutation SpotifyAnswersUnselected($playlistId: ID!, $cover: String!) {
        updatePlaylist(playlistId: $playlistId, name: "Renamed") { __typename }
        uploadPlaylistCover(playlistId: $playlistId, imageBase64: $cover) { __typename }
      }`),
      { playlistId: playlist.id, cover },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    const calls = await t.calls();
    expect(calls['GET /v1/playlists/{playlist_id}']).toBeUndefined();
    const selected = await t.query(
      graphql(
        `mutation SpotifyAnswersSelected($playlistId: ID!) { updatePlaylist(playlistId: $playlistId, name: "Again") { playlist { name } } }`,
      ),
      { playlistId: playlist.id },
      { token },
    );
    expect(selected.data).toEqual({ updatePlaylist: { playlist: { name: 'Again' } } });
  });
});
