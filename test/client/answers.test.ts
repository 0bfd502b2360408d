/**
 * What Spotify really sends, read rightly by the client: plain-text errors, scopes a token really
 * lacks, the app mode learned from what only the mode explains, paging metadata that disagrees with
 * the items, and writes that must not be sent twice.
 */
import { describe, expect, it } from 'vitest';
import { NOT_REGISTERED_TEXT } from '../../src/emulator/server.js';
import { BARE_NOTE, toGraphQLError } from '../../src/resolvers/errors.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { ChangeMayHaveApplied, SpotifyAPIError } from '../../src/spotify/index.js';
import { MAX_LEFT_OUT_PAGES } from '../../src/spotify/paging.js';
import { MAX_ERROR_TEXT } from '../../src/spotify/responses.js';
import type { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import { PAST_BARE_SPACING_MS, useMovedClock } from '../helpers/clock.js';
import { type AppName, addFault, countOf, useClientTests, userToken } from './client-harness.js';

const clock = useMovedClock();
const { emu, signedIn } = useClientTests();

async function openClient(
  token: SpotifyAuthorisationToken,
  options: { app?: AppName; appMode?: 'auto' | 'extended' | 'development' } = {},
) {
  return signedIn({ token, app: options.app ?? 'extended', appMode: options.appMode ?? 'extended' });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** `iterable`'s items as `pick` reads them, up to the error that ended it (undefined when it ended). */
async function readAll<T>(
  iterable: AsyncIterable<T>,
  pick: (item: T) => string,
): Promise<{ items: string[]; error: unknown }> {
  const items: string[] = [];
  try {
    for await (const item of iterable) items.push(pick(item));
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}

describe('error text', () => {
  it("keeps Spotify's plain-text 403 for a user a Development Mode app has not allowed", async () => {
    await emu.control('POST', '/apps/allowlist', {
      clientId: 'd0000000000000000000000000000002',
      userIds: ['alice'],
    });
    try {
      const client = await openClient(await userToken(emu, { user: 'bob', app: 'development' }), {
        app: 'development',
        appMode: 'development',
      });
      const error = await failure(client.request(endpoints.getCurrentUsersProfile));
      expect(error).toBeInstanceOf(SpotifyAPIError);
      expect(error).toMatchObject({ status: 403, message: NOT_REGISTERED_TEXT });
      // Not a scope problem: the GraphQL error says what Spotify said.
      expect(toGraphQLError(error)?.message).toBe(`Spotify refused the request: ${NOT_REGISTERED_TEXT}`);
    } finally {
      await emu.control('POST', '/apps/allowlist', {
        clientId: 'd0000000000000000000000000000002',
        userIds: null,
      });
    }
  });

  it('bounds a long HTML error body and never echoes a token from it', async () => {
    const token = await userToken(emu);
    const client = await openClient(token);
    // The page's words, bounded; a paragraph that is only the status phrase says nothing.
    const page = `<html><body><p>Forbidden</p><p>Bearer ${token.accessToken}</p><p>${'x '.repeat(2000)}</p></body></html>`;
    await addFault(emu, { route: 'GET /v1/me', status: 403, text: page, contentType: 'text/html' });
    const error = (await failure(client.request(endpoints.getCurrentUsersProfile))) as SpotifyAPIError;
    expect(error.message.startsWith('Bearer [redacted] x x')).toBe(true);
    expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_TEXT);
    expect(JSON.stringify(error)).not.toContain(token.accessToken);
  });
  it.each([
    ['a long style', `<html><head><style>${'b{}'.repeat(10_000)}</style></head><body>Err</body></html>`],
    ['an unclosed style', `<html><body>Err<style>${'b{}'.repeat(50)}`],
    [
      'a script and a spaced closing tag',
      '<SCRIPT type="x">var a = 1;</script ><p>Err</p><style>p{}</STYLE>',
    ],
  ])('leaves the contents of <style> and <script> out of the message (%s)', async (_name, page) => {
    const client = await openClient(await userToken(emu));
    await addFault(emu, { route: 'GET /v1/me', status: 403, text: page, contentType: 'text/html' });
    const error = (await failure(client.request(endpoints.getCurrentUsersProfile))) as SpotifyAPIError;
    expect(error.message).toBe('Err');
  });

  it.each(['application/json', 'application/json; charset=utf-8'])(
    'keeps a plain-text error labelled %s, bounded and without the token (v13 attack, E1)',
    async (contentType) => {
      const token = await userToken(emu);
      const client = await openClient(token);
      const text = `User not registered in the Developer Dashboard ${token.accessToken} ${'x'.repeat(5000)}`;
      await addFault(emu, { route: 'GET /v1/me/tracks', status: 403, text, contentType });
      const error = (await failure(client.library.getSavedTracks())) as SpotifyAPIError;
      expect(error).toBeInstanceOf(SpotifyAPIError);
      expect(error.message.startsWith('User not registered in the Developer Dashboard')).toBe(true);
      expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_TEXT);
      expect(JSON.stringify(error)).not.toContain(token.accessToken);
    },
  );

  it('a JSON error body cut short still says only the status', async () => {
    const client = await openClient(await userToken(emu));
    const text = '{"error":{"status":403,"mess';
    await addFault(emu, { route: 'GET /v1/me', status: 403, text, contentType: 'application/json' });
    const error = await failure(client.request(endpoints.getCurrentUsersProfile));
    // A bare 403 (no reason Spotify gave) carries the note that a retry may help.
    expect(toGraphQLError(error)?.message).toBe(
      `Spotify refused the request: Spotify answered 403 ${BARE_NOTE}`,
    );
  });

  it.each([
    ['null', 'Spotify answered 403'],
    ['403', 'Spotify answered 403'],
    ['true', 'Spotify answered 403'],
    ['[]', 'Spotify answered 403'],
    ['["User not registered"]', 'Spotify answered 403'],
    ['"User not registered"', 'User not registered'],
  ])(
    'a JSON error body %s that is no object gives the message %j (v13 re-attack, I5)',
    async (text, said) => {
      const client = await openClient(await userToken(emu));
      await addFault(emu, { route: 'GET /v1/me', status: 403, text, contentType: 'application/json' });
      const error = await failure(client.request(endpoints.getCurrentUsersProfile));
      expect(error).toMatchObject({ status: 403, message: said });
      // Only a body that gives no reason is a bare 403, whose GraphQL message carries the note.
      const note = said === 'Spotify answered 403' ? ` ${BARE_NOTE}` : '';
      expect(toGraphQLError(error)?.message).toBe(`Spotify refused the request: ${said}${note}`);
    },
  );

  it('says the status of an answer with no readable body once', async () => {
    const client = await openClient(await userToken(emu));
    await addFault(emu, { route: 'GET /v1/me', status: 431, text: '', contentType: 'text/plain' });
    const error = await failure(client.request(endpoints.getCurrentUsersProfile));
    expect(toGraphQLError(error)?.message).toBe('Spotify answered 431');
  });
});

describe('missing scopes', () => {
  it('names the scope the token lacks, and all of them joined with "and"', async () => {
    const client = await openClient(await userToken(emu, { scopes: ['user-library-read'] }));
    const error = (await failure(client.request(endpoints.getUsersSavedEpisodes))) as SpotifyAPIError;
    expect(error.missingScopes).toEqual([['user-read-playback-position']]);
    expect(toGraphQLError(error)?.message).toBe(
      'Spotify refused the request: a required scope is missing (the token lacks the scope user-read-playback-position)',
    );
    expect(toGraphQLError(error)?.extensions.missingScopes).toEqual(['user-read-playback-position']);
    const none = await openClient(await userToken(emu, { scopes: ['user-read-private'] }));
    const both = (await failure(none.request(endpoints.getUsersSavedEpisodes))) as SpotifyAPIError;
    expect(toGraphQLError(both)?.message).toBe(
      'Spotify refused the request: a required scope is missing (the token lacks the scopes user-read-playback-position and user-library-read)',
    );
    expect(toGraphQLError(both)?.extensions.missingScopes).toEqual([
      'user-read-playback-position',
      'user-library-read',
    ]);
  });

  it('does not claim a missing scope when the token has every scope the endpoint needs', async () => {
    const client = await openClient(
      await userToken(emu, { scopes: ['user-read-private', 'user-read-email'] }),
    );
    await addFault(emu, {
      route: 'GET /v1/me',
      status: 403,
      text: '{"error":{"status":403,"message":"Insufficient client scope"}}',
      contentType: 'application/json',
    });
    const error = (await failure(client.request(endpoints.getCurrentUsersProfile))) as SpotifyAPIError;
    expect(error.missingScopes).toEqual([]);
    expect(toGraphQLError(error)?.message).toBe('Spotify refused the request: Insufficient client scope');
  });
});

describe('auto mode', () => {
  it('learns Extended from an Extended-only answer, so batches no longer go out one alone', async () => {
    const client = await openClient(await userToken(emu), { appMode: 'auto' });
    expect(client.modeFor(endpoints.getMultipleAlbums)).toBe('auto');
    const ids = [...emu.state.catalog.albums.keys()].slice(0, 3);
    expect((await client.albums.getSeveral(ids)).map((a) => a?.id)).toEqual(ids);
    expect(client.modeFor(endpoints.getMultipleAlbums)).toBe('extended');
    expect(client.modeFor(endpoints.getMultipleArtists)).toBe('extended');
  });

  it("does not take one user's missing-scope 403 for Development Mode", async () => {
    const client = await openClient(await userToken(emu, { scopes: ['user-read-private'] }), {
      appMode: 'auto',
    });
    const track = [...emu.state.catalog.tracks.keys()][0]!;
    const error = await failure(client.library.saveTracks([track]));
    expect(error).toMatchObject({ status: 403 });
    expect(client.modeFor(endpoints.saveTracksUser)).toBe('auto');
    expect(await countOf(emu, 'PUT /v1/me/library')).toBe(0);
  });

  it('learns Development Mode for the whole app from a batch endpoint refused for a token with the scopes', async () => {
    const client = await openClient(await userToken(emu, { app: 'development' }), {
      app: 'development',
      appMode: 'auto',
    });
    const ids = [...emu.state.catalog.albums.keys()].slice(0, 2);
    // Spotify's bare 403 Forbidden: one is a hint (the albums answer by single calls), a second one to
    // a call sent 5 s later teaches the mode.
    expect((await client.albums.getSeveral(ids)).map((a) => a?.id)).toEqual(ids);
    expect(client.modeFor(endpoints.getMultipleAlbums)).toBe('auto');
    clock.advance(PAST_BARE_SPACING_MS);
    expect((await client.albums.getSeveral(ids)).map((a) => a?.id)).toEqual(ids);
    expect(client.modeFor(endpoints.getMultipleAlbums)).toBe('development');
    expect(client.modeFor(endpoints.getMultipleArtists)).toBe('development');
  });
});

describe('paging metadata that disagrees with the items', () => {
  it('stops iterating on an empty page whose next points further, with an error, never silently', async () => {
    const client = await openClient(await userToken(emu));
    const first = await client.library.getSavedTracks({ limit: 5 });
    await addFault(emu, { route: 'GET /v1/me/tracks', paging: 'endless-empty' });
    let seen = 0;
    const iterating = (async () => {
      for await (const _item of client.iterate(first)) seen += 1;
    })();
    await expect(iterating).rejects.toMatchObject({
      name: 'SpotifyAPIError',
      code: 'BAD_RESPONSE',
      status: 200,
    });
    expect(seen).toBe(first.items.length);
    // The first page, the empty one, then at most MAX_LEFT_OUT_PAGES more read past (items Spotify
    // leaves out look the same, one page at a time), never a loop.
    expect(await countOf(emu, 'GET /v1/me/tracks')).toBe(2 + MAX_LEFT_OUT_PAGES);
  });

  it('an empty page in the middle of a list whose next is the page right after is read past: the items after it come', async () => {
    const client = await openClient(await userToken(emu));
    const first = await client.library.getSavedTracks({ limit: 5 });
    expect(first.total).toBeGreaterThan(15);
    await addFault(emu, { route: 'GET /v1/me/tracks', query: { offset: '10' }, set: { '/items': [] } });
    let seen = 0;
    for await (const _item of client.iterate(first)) seen += 1;
    // Its next and total count items past it, as for items Spotify leaves out (MAX_LEFT_OUT_PAGES).
    expect(seen).toBe(first.total - 5);
  });

  it('a later page that fails throws its error after the items of the pages before it (F18)', async () => {
    const client = await openClient(await userToken(emu));
    const first = await client.library.getSavedTracks({ limit: 5 });
    await addFault(emu, { route: 'GET /v1/me/tracks', query: { offset: '10' }, status: 503 });
    const seen: string[] = [];
    const iterating = (async () => {
      for await (const saved of client.iterate(first)) seen.push(saved.track.id);
    })();
    await expect(iterating).rejects.toMatchObject({ status: 503 });
    expect(seen).toHaveLength(10);
    // Resuming from the last good page (its next) once Spotify answers again reads on without a gap.
    await emu.control('DELETE', '/faults');
    const all = await client.library.getSavedTracks({ limit: 15 });
    expect(seen).toEqual(all.items.slice(0, 10).map((s) => s.track.id));
  });

  /** The ids `iterate` yields from alice's saved tracks (pages of `limit`) and how it ended. */
  async function iterateSaved(limit: number): Promise<{ ids: string[]; all: string[]; error: unknown }> {
    const client = await openClient(await userToken(emu));
    const first = await client.library.getSavedTracks({ limit });
    const { items: ids, error } = await readAll(client.iterate(first), (saved) => saved.track.id);
    await emu.control('DELETE', '/faults');
    const all = (await client.library.getSavedTracks({ limit: 50 })).items.map((s) => s.track.id);
    return { ids, all, error };
  }

  it('a short page whose next skips the items it left out pages on from after its items, losing none (P5; issue 7 item 7)', async () => {
    await addFault(emu, { route: 'GET /v1/me/tracks', query: { offset: '10' }, paging: 'short-next' });
    const { ids, all, error } = await iterateSaved(10);
    // A short page with a next is Spotify's normal answer: read on from the end of its items, nothing skipped.
    expect(error).toBeUndefined();
    expect(ids.slice(0, all.length)).toEqual(all);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['to the start', 'offset=0&limit=10', 30],
    ['into the page before', 'offset=10&limit=10&x=1', 30],
    // A page whose next is the link it came by is the same page again as far as iterate can tell.
    ['to the same page', 'offset=20&limit=10', 20],
  ])(
    'a next pointing back %s throws after the items before it, yielding none twice (P4)',
    async (_name, back, count) => {
      await addFault(emu, {
        route: 'GET /v1/me/tracks',
        query: { offset: '20' },
        set: { '/next': `${emu.url}/v1/me/tracks?${back}` },
      });
      const { ids, all, error } = await iterateSaved(10);
      expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
      expect(ids).toEqual(all.slice(0, count));
    },
  );

  it('a page at another offset than its link asked throws before its items (P1 in iterate)', async () => {
    const page0 = await (await openClient(await userToken(emu))).library.getSavedTracks({ limit: 10 });
    await addFault(emu, {
      route: 'GET /v1/me/tracks',
      query: { offset: '10' },
      set: { '/offset': 0, '/items': page0.items, '/next': `${emu.url}/v1/me/tracks?offset=10&limit=10` },
    });
    const { ids, all, error } = await iterateSaved(10);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
    expect(ids).toEqual(all.slice(0, 10));
  });

  it('a cursor page that repeats the one before throws without yielding it again (P3 in iterate)', async () => {
    const client = await openClient(await userToken(emu));
    const first = await client.follow.followedArtists({ limit: 3 });
    expect(first.next).toBeTruthy();
    await addFault(emu, {
      route: 'GET /v1/me/following',
      set: { '/artists/items': first.items, '/artists/cursors': first.cursors, '/artists/next': first.next },
    });
    const { items: ids, error } = await readAll(client.iterate(first), (artist) => artist.id);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
    expect(ids).toEqual(first.items.map((a) => a.id));
  });

  it.each([2, 3])(
    'a %i-page cursor cycle (the last page pointing back to the first) throws without yielding an artist twice (N6 in iterate)',
    async (length) => {
      const client = await openClient(await userToken(emu));
      const pages = [await client.follow.followedArtists({ limit: 3 })];
      while (pages.length < length)
        pages.push(await client.follow.followedArtists({ limit: 3, after: pages.at(-1)!.cursors!.after! }));
      const [back, last] = [pages[0]!, pages.at(-1)!];
      await addFault(emu, {
        route: 'GET /v1/me/following',
        query: { after: last.cursors!.after! },
        set: { '/artists/items': back.items, '/artists/cursors': back.cursors, '/artists/next': back.next },
      });
      const { items: ids, error } = await readAll(client.iterate(pages[0]!), (artist) => artist.id);
      expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
      expect(ids).toEqual(pages.flatMap((page) => page.items.map((a) => a.id)));
    },
  );

  it('a recently-played page whose next goes back in time throws without yielding it (N6 in iterate)', async () => {
    const client = await openClient(await userToken(emu));
    const first = await client.player.recentlyPlayed({ limit: 3 });
    const before = first.cursors!.before!;
    // The page after the first one holds the first page's plays again, and its next a later time.
    const later = String(Number(before) + 1000);
    await addFault(emu, {
      route: 'GET /v1/me/player/recently-played',
      // iterate asks from the oldest play's time on, inclusively (one ms later): two plays may share it.
      query: { before: String(Number(before) + 1) },
      set: { '/items': first.items, '/cursors/before': later, '/next': first.next!.replace(before, later) },
    });
    const { items: played, error } = await readAll(client.iterate(first), (play) => play.played_at);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
    expect(played).toEqual(first.items.map((p) => p.played_at));
  });

  it('a saved-tracks page at the right offset repeating earlier tracks throws before yielding them again (C2)', async () => {
    const page0 = await (await openClient(await userToken(emu))).library.getSavedTracks({ limit: 10 });
    await addFault(emu, {
      route: 'GET /v1/me/tracks',
      query: { offset: '20' },
      set: { '/items': page0.items },
    });
    const { ids, all, error } = await iterateSaved(10);
    expect(error).toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE' });
    expect(ids).toEqual(all.slice(0, 20));
  });

  it('a followed-artists page repeating artists under a new cursor throws before yielding them again (C2)', async () => {
    const client = await openClient(await userToken(emu));
    const first = await client.follow.followedArtists({ limit: 3 });
    await addFault(emu, {
      route: 'GET /v1/me/following',
      query: { after: first.cursors!.after! },
      set: { '/artists/items': first.items },
    });
    const { items: ids, error } = await readAll(client.iterate(first), (artist) => artist.id);
    expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
    expect(ids).toEqual(first.items.map((a) => a.id));
  });

  it('a playlist may hold a track twice: a later page repeating earlier tracks is read on (C2)', async () => {
    const client = await openClient(await userToken(emu));
    const playlist = 'LAeyejnaDxyWlbmJZUeiZ3';
    const page0 = await client.playlists.getItems(playlist, { limit: 10 });
    expect(page0.total).toBeGreaterThan(30);
    await addFault(emu, {
      route: 'GET /v1/playlists/{playlist_id}/items',
      query: { offset: '20' },
      set: { '/items': page0.items },
    });
    let seen = 0;
    for await (const _entry of client.iterate(page0)) seen += 1;
    expect(seen).toBe(page0.total);
  });

  it('fetches at most maxPages further pages, then says the list goes on (C3: never a silent end)', async () => {
    const client = await openClient(await userToken(emu));
    const first = await client.library.getSavedTracks({ limit: 2 });
    expect(first.total).toBeGreaterThan(6);
    let seen = 0;
    const iterating = (async () => {
      for await (const _item of client.iterate(first, { maxPages: 2 })) seen += 1;
    })();
    await expect(iterating).rejects.toMatchObject({ name: 'SpotifyError', code: 'PAGE_BOUND_REACHED' });
    expect(seen).toBe(6);
  });

  it('ends quietly when the last page is the bound', async () => {
    const client = await openClient(await userToken(emu));
    const first = await client.library.getSavedTracks({ limit: 50 });
    const pages = Math.ceil(first.total / 50) - 1;
    let seen = 0;
    for await (const _item of client.iterate(first, { maxPages: pages })) seen += 1;
    expect(seen).toBe(first.total);
  });
});

describe('writes that must not be sent twice', () => {
  const playlistOf = (user: string) =>
    [...emu.state.catalog.playlists.values()].find((p) => p.ownerId === user)!;

  it('does not repeat a reorder that Spotify applied and answered with a 502, and says so', async () => {
    const client = await openClient(
      await userToken(emu, { scopes: ['playlist-modify-private', 'playlist-modify-public'] }),
    );
    const playlist = playlistOf('alice');
    const before = playlist.items.map((item) => item.id);
    await addFault(emu, { route: 'PUT /v1/playlists/{playlist_id}/items', status: 502, apply: true });
    await addFault(emu, { route: 'PUT /v1/playlists/{playlist_id}/tracks', status: 502, apply: true });
    const error = await failure(
      client.playlists.reorderItems(playlist.id, { rangeStart: 0, insertBefore: 3 }),
    );
    expect(error).toBeInstanceOf(ChangeMayHaveApplied);
    expect((error as Error).message).toMatch(/may have been applied/);
    const sent =
      (await countOf(emu, 'PUT /v1/playlists/{playlist_id}/items')) +
      (await countOf(emu, 'PUT /v1/playlists/{playlist_id}/tracks'));
    expect(sent).toBe(1);
    // Moved once: the first item now sits before the old fourth.
    expect(playlist.items.map((item) => item.id)).toEqual([
      before[1],
      before[2],
      before[0],
      ...before.slice(3),
    ]);
  });

  it('repeats adding items after a 429 (the rate limiter refused them, nothing applied), adding each once', async () => {
    const client = await openClient(
      await userToken(emu, { scopes: ['playlist-modify-private', 'playlist-modify-public'] }),
    );
    const playlist = playlistOf('alice');
    const before = playlist.items.map((item) => item.id);
    const ids = [...emu.state.catalog.tracks.keys()].slice(0, 120);
    await addFault(emu, {
      route: 'POST /v1/playlists/{playlist_id}/items',
      status: 429,
      retryAfter: 1,
      times: 1,
    });
    await client.playlists.addItems(
      playlist.id,
      ids.map((id) => `spotify:track:${id}`),
    );
    // The first 100 refused once and sent again, then the last 20.
    expect(await countOf(emu, 'POST /v1/playlists/{playlist_id}/items')).toBe(3);
    expect(playlist.items.map((item) => item.id)).toEqual([...before, ...ids]);
  });

  it('repeats an idempotent write after a 502', async () => {
    const client = await openClient(await userToken(emu));
    await addFault(emu, { route: 'PUT /v1/me/player/volume', status: 502, apply: true, times: 1 });
    const devices = await client.request<{ devices: { id: string }[] }>(endpoints.getAUsersAvailableDevices);
    const deviceId = devices.devices[0]!.id;
    await expect(
      client.request(endpoints.setVolumeForUsersPlayback, { volumePercent: 30, deviceId }),
    ).resolves.toBeUndefined();
    expect(await countOf(emu, 'PUT /v1/me/player/volume')).toBe(2);
  });
});
