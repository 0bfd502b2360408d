/**
 * A 2xx JSON object that lacks what a public client method promises (a page's `items`, the devices,
 * the page of followed artists, a profile's `id`, a playback state's `is_playing`) is a typed
 * BAD_RESPONSE from the method, never `{}` returned as a page nor `undefined` as a list; `iterate`,
 * `next` and `previous` never throw a TypeError on a page without items. A caller that keeps partial
 * answers itself (the GraphQL server, `partialAnswers: true`) gets the answer as Spotify sent it.
 * v14 attack on issue 7, F11 (cl2.mts, cl3.mts).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  Album,
  SimplifiedArtist,
  SimplifiedEpisode,
  SimplifiedPlaylist,
  SimplifiedTrack,
} from '../../src/spotify/endpoints/objects.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { type Page, type PageLike, SpotifyAPIError, type SpotifyApiClient } from '../../src/spotify/index.js';
import type { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import {
  type AppName,
  addFault,
  clearFaultsAndLog,
  countOf,
  useClientTests,
  userToken,
} from './client-harness.js';

const { emu, signedIn } = useClientTests();

async function openClient(
  token: SpotifyAuthorisationToken,
  options: { app?: AppName; appMode?: 'auto' | 'extended' | 'development' } = {},
): Promise<SpotifyApiClient> {
  return signedIn({ token, app: options.app ?? 'extended', appMode: options.appMode ?? 'extended' });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** The BAD_RESPONSE of an answer that is not what its method promises, naming what is wrong. */
const promiseBroken = (what: string) => ({
  code: 'BAD_RESPONSE',
  wrongShape: true,
  message: expect.stringContaining(what),
});

/** The ids the calls below read: alice's first playlist, and the catalog's first artist, album, show, audiobook, track. */
function ids() {
  const { catalog } = emu.state;
  return {
    playlist: [...catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id,
    artist: [...catalog.artists.keys()][0]!,
    album: [...catalog.albums.keys()][0]!,
    show: [...catalog.shows.keys()][0]!,
    audiobook: [...catalog.audiobooks.keys()][0]!,
    track: [...catalog.tracks.keys()][0]!,
  };
}

/**
 * Every public method whose answer promises a list (a page's `items`, a page inside the answer, or a
 * list member), with its route and the list it names when the answer is `{}`.
 */
function listMethods(
  client: SpotifyApiClient,
): [route: string, list: string, call: () => Promise<unknown>][] {
  const id = ids();
  return [
    ['GET /v1/albums/{id}/tracks', 'items', () => client.albums.getTracks(id.album, { limit: 2 })],
    ['GET /v1/artists/{id}/albums', 'items', () => client.artists.getAlbums(id.artist, { limit: 2 })],
    [
      'GET /v1/artists/{id}/top-tracks',
      'tracks',
      () => client.artists.getTopTracks(id.artist, { market: 'SE' }),
    ],
    ['GET /v1/artists/{id}/related-artists', 'artists', () => client.artists.getRelatedArtists(id.artist)],
    [
      'GET /v1/audiobooks/{id}/chapters',
      'items',
      () => client.audiobooks.getChapters(id.audiobook, { market: 'SE' }),
    ],
    ['GET /v1/shows/{id}/episodes', 'items', () => client.shows.getEpisodes(id.show, { market: 'SE' })],
    ['GET /v1/browse/categories', 'categories.items', () => client.browse.categories({ limit: 2 })],
    [
      'GET /v1/browse/categories/{category_id}/playlists',
      'playlists.items',
      () => client.browse.categoryPlaylists('pop'),
    ],
    [
      'GET /v1/browse/featured-playlists',
      'playlists.items',
      () => client.browse.featuredPlaylists({ limit: 2 }),
    ],
    ['GET /v1/browse/new-releases', 'albums.items', () => client.browse.newReleases({ limit: 2 })],
    ['GET /v1/me/following', 'artists.items', () => client.follow.followedArtists({ limit: 2 })],
    ['GET /v1/me/tracks', 'items', () => client.library.getSavedTracks({ limit: 2 })],
    ['GET /v1/me/albums', 'items', () => client.library.getSavedAlbums({ limit: 2 })],
    ['GET /v1/me/shows', 'items', () => client.library.getSavedShows({ limit: 2 })],
    ['GET /v1/me/episodes', 'items', () => client.library.getSavedEpisodes({ limit: 2 })],
    ['GET /v1/me/audiobooks', 'items', () => client.library.getSavedAudiobooks({ limit: 2 })],
    ['GET /v1/markets', 'markets', () => client.markets.getAvailable()],
    ['GET /v1/me/top/artists', 'items', () => client.personalization.topArtists({ limit: 2 })],
    ['GET /v1/me/top/tracks', 'items', () => client.personalization.topTracks({ limit: 2 })],
    ['GET /v1/me/player/devices', 'devices', () => client.player.devices()],
    ['GET /v1/me/player/recently-played', 'items', () => client.player.recentlyPlayed({ limit: 2 })],
    ['GET /v1/me/player/queue', 'queue', () => client.player.queue()],
    [
      'GET /v1/playlists/{playlist_id}/items',
      'items',
      () => client.playlists.getItems(id.playlist, { limit: 2 }),
    ],
    [
      'GET /v1/playlists/{playlist_id}/tracks',
      'items',
      () => client.playlists.getTracks(id.playlist, { limit: 2 }),
    ],
    ['GET /v1/me/playlists', 'items', () => client.playlists.listMine({ limit: 2 })],
    ['GET /v1/users/{user_id}/playlists', 'items', () => client.playlists.listForUser('alice', { limit: 2 })],
    ['GET /v1/recommendations', 'tracks', () => client.recommendations.get({ seedTracks: [id.track] })],
    ['GET /v1/recommendations/available-genre-seeds', 'genres', () => client.recommendations.genreSeeds()],
    ['GET /v1/search', 'tracks.items', () => client.search.query('a', ['track'], { limit: 2 })],
  ];
}

describe('a JSON object without the list a public method promises', () => {
  it('is BAD_RESPONSE naming the list, for `{}` and `items: null`, from every method promising one', async () => {
    const client = await openClient(await userToken(emu));
    const methods = listMethods(client);
    // Each method answers as it should without the fault (so the fault is what each refusal is about).
    for (const [route, , call] of methods) await expect(call(), route).resolves.toBeDefined();
    for (const text of ['{}', '{"items":null,"total":3}']) {
      for (const [route, list, call] of methods) {
        await clearFaultsAndLog(emu);
        await addFault(emu, { route, text, contentType: 'application/json' });
        const error = await failure(call());
        expect(error, `${route} ${text}`).toBeInstanceOf(SpotifyAPIError);
        expect(error, `${route} ${text}`).toMatchObject(promiseBroken(`${list} is`));
        // Refused at once: a body of the wrong shape is not asked again.
        expect(await countOf(emu, route), route).toBe(1);
      }
    }
  });

  it('is BAD_RESPONSE when a promised list or the page holding it is null', async () => {
    const client = await openClient(await userToken(emu));
    const id = ids();
    const cases: [route: string, pointer: string, what: string, call: () => Promise<unknown>][] = [
      ['GET /v1/me/player/devices', '/devices', 'devices is null', () => client.player.devices()],
      ['GET /v1/me/player/queue', '/queue', 'queue is null', () => client.player.queue()],
      ['GET /v1/me/following', '/artists', 'artists.items is missing', () => client.follow.followedArtists()],
      [
        'GET /v1/artists/{id}/top-tracks',
        '/tracks',
        'tracks is null',
        () => client.artists.getTopTracks(id.artist, { market: 'SE' }),
      ],
    ];
    for (const [route, pointer, what, call] of cases) {
      await clearFaultsAndLog(emu);
      await addFault(emu, { route, set: { [pointer]: null } });
      expect(await failure(call()), route).toMatchObject(promiseBroken(`${what}, not a list`));
    }
  });

  it('is BAD_RESPONSE for a search answer without the page of a type asked, and not for a type it did not ask', async () => {
    const client = await openClient(await userToken(emu));
    await addFault(emu, { route: 'GET /v1/search', unset: ['/albums'] });
    expect(await failure(client.search.query('a', ['track', 'album'], { limit: 2 }))).toMatchObject(
      promiseBroken('albums.items is missing, not a list'),
    );
    await clearFaultsAndLog(emu);
    await addFault(emu, { route: 'GET /v1/search', set: { '/tracks/items': null } });
    expect(await failure(client.search.query('a', ['track'], { limit: 2 }))).toMatchObject(
      promiseBroken('tracks.items is null, not a list'),
    );
    await clearFaultsAndLog(emu);
    // Only the types asked are promised: an answer for tracks alone is whole.
    const answer = await client.search.query('a', ['track'], { limit: 2 });
    expect(answer.tracks?.items).toHaveLength(2);
    expect(answer.albums).toBeUndefined();
  });

  it("refuses each piece of a page asked in pieces (Development Mode's cap), never joining fewer items than Spotify listed", async () => {
    // Auto mode with a Development Mode app: 20 results are refused as above the cap, then asked as
    // the pieces at offset 0 and 10 (each client learns the mode on its first such call).
    const devClient = async () =>
      openClient(await userToken(emu, { app: 'development' }), { app: 'development', appMode: 'auto' });
    const whole = await (await devClient()).search.query('a', ['track'], { limit: 20 });
    expect(whole.tracks?.items).toHaveLength(20);
    await clearFaultsAndLog(emu);
    // The same, with the second piece answered without its page.
    await addFault(emu, {
      route: 'GET /v1/search',
      query: { offset: '10' },
      text: '{}',
      contentType: 'application/json',
    });
    expect(await failure((await devClient()).search.query('a', ['track'], { limit: 20 }))).toMatchObject(
      promiseBroken('tracks.items is missing'),
    );
    expect(await countOf(emu, 'GET /v1/search')).toBe(3);
  });
});

describe('a JSON object without the keys a public method promises', () => {
  it('is BAD_RESPONSE for a full album without its artists or its tracks, which Album types as always there', async () => {
    // v17 new-user F6: Album made both optional, though Spotify's AlbumObject requires them.
    expectTypeOf<Album['artists']>().toEqualTypeOf<SimplifiedArtist[]>();
    expectTypeOf<Album['tracks']>().toEqualTypeOf<Page<SimplifiedTrack>>();
    const client = await openClient(await userToken(emu));
    const album = ids().album;
    expect((await client.albums.getOne(album)).tracks.items.length).toBeGreaterThan(0);
    for (const [pointer, named] of [
      ['/artists', 'artists'],
      ['/tracks', 'tracks.items'],
    ] as const) {
      await clearFaultsAndLog(emu);
      await addFault(emu, { route: 'GET /v1/albums/{id}', unset: [pointer], times: 1 });
      expect(await failure(client.albums.getOne(album)), pointer).toMatchObject(promiseBroken(named));
    }
  });

  it("is BAD_RESPONSE for a profile without its id (users.me, users.profile), and a category's", async () => {
    const client = await openClient(await userToken(emu));
    await addFault(emu, { route: 'GET /v1/me', unset: ['/id'] });
    expect(await failure(client.users.me())).toMatchObject(promiseBroken('id is missing, not a string'));
    await addFault(emu, { route: 'GET /v1/users/{user_id}', set: { '/id': 7 } });
    expect(await failure(client.users.profile('alice'))).toMatchObject(
      promiseBroken('id is a number, not a string'),
    );
    await addFault(emu, {
      route: 'GET /v1/browse/categories/{category_id}',
      text: '{"name":"Pop"}',
      contentType: 'application/json',
    });
    expect(await failure(client.browse.category('pop'))).toMatchObject(promiseBroken('id is missing'));
  });

  it('is BAD_RESPONSE for a playback state or currently playing answer without is_playing; nothing playing is still null', async () => {
    const client = await openClient(await userToken(emu));
    const state =
      '{"device":{"id":"d1","is_active":true,"name":"Phone","type":"Smartphone","volume_percent":50},"progress_ms":0}';
    await addFault(emu, { route: 'GET /v1/me/player', text: state, contentType: 'application/json' });
    expect(await failure(client.player.state())).toMatchObject(
      promiseBroken('is_playing is missing, not a boolean'),
    );
    await addFault(emu, {
      route: 'GET /v1/me/player/currently-playing',
      text: '{"is_playing":"yes"}',
      contentType: 'application/json',
    });
    expect(await failure(client.player.currentlyPlaying())).toMatchObject(
      promiseBroken('is_playing is a string, not a boolean'),
    );
    await clearFaultsAndLog(emu);
    await addFault(emu, { route: 'GET /v1/me/player', status: 204 });
    expect(await client.player.state()).toBeNull();
  });

  it("answers what Spotify's `fields` filter asked for: a playlist without its id, an items page without its items", async () => {
    const client = await openClient(await userToken(emu));
    const playlist = emu.state.catalog.playlists.get(ids().playlist)!;
    // `fields=name` answers the name alone: no id, which a read by id otherwise must carry.
    expect(await client.playlists.get(playlist.id, { fields: 'name' })).toEqual({ name: playlist.name });
    expect(await client.playlists.get(playlist.id, { fields: 'items(total)' })).toEqual({
      items: { total: playlist.items.length },
    });
    expect(await client.playlists.getItems(playlist.id, { fields: 'total' })).toEqual({
      total: playlist.items.length,
    });
    // Without a filter, a playlist without its id is still Spotify's bad answer.
    await addFault(emu, { route: 'GET /v1/playlists/{playlist_id}', unset: ['/id'] });
    expect(await failure(client.playlists.get(playlist.id))).toMatchObject(promiseBroken('id is missing'));
  });
});

describe('a caller that keeps partial answers itself (partialAnswers: true, the GraphQL server)', () => {
  it('gets the answer as Spotify sent it, past the outline every answer must have', async () => {
    const client = await openClient(await userToken(emu));
    await addFault(emu, { route: 'GET /v1/me/player/devices', text: '{}', contentType: 'application/json' });
    expect(await client.request(endpoints.getAUsersAvailableDevices, { partialAnswers: true })).toEqual({});
    await clearFaultsAndLog(emu);
    await addFault(emu, {
      route: 'GET /v1/me/tracks',
      text: '{"items":null,"total":3}',
      contentType: 'application/json',
    });
    expect(await client.request(endpoints.getUsersSavedTracks, { partialAnswers: true })).toEqual({
      items: null,
      total: 3,
    });
    // Without it, the generic path checks the promise as the methods do; the outline is checked either way.
    expect(await failure(client.request(endpoints.getUsersSavedTracks))).toMatchObject(
      promiseBroken('items is null'),
    );
    await clearFaultsAndLog(emu);
    await addFault(emu, {
      route: 'GET /v1/me/tracks',
      text: '{"items":"x"}',
      contentType: 'application/json',
    });
    expect(
      await failure(client.request(endpoints.getUsersSavedTracks, { partialAnswers: true })),
    ).toMatchObject({ code: 'BAD_RESPONSE', wrongShape: true });
  });
});

describe('iterate, next and previous on a page without items', () => {
  it('throw BAD_RESPONSE, never a TypeError, for a page read with partialAnswers and for pages made by hand', async () => {
    const client = await openClient(await userToken(emu));
    // The attack's page: saved tracks answered `{"total":64}` (cl2.mts).
    await addFault(emu, {
      route: 'GET /v1/me/tracks',
      text: '{"total":64}',
      contentType: 'application/json',
    });
    const partial = await client.request<PageLike<unknown>>(endpoints.getUsersSavedTracks, {
      limit: 2,
      partialAnswers: true,
    });
    for (const page of [partial, {}, { items: null, next: 'x' }, null] as unknown as PageLike<unknown>[]) {
      const read = async () => {
        for await (const _item of client.iterate(page)) {
          // reading on
        }
      };
      for (const error of [
        await failure(read()),
        await failure(client.next(page)),
        await failure(client.previous(page)),
      ]) {
        expect(error, JSON.stringify(page)).toBeInstanceOf(SpotifyAPIError);
        expect(error, JSON.stringify(page)).toMatchObject(promiseBroken('is not a page (no items list)'));
      }
    }
  });
});

/** Routes whose pages Spotify answers with a null for an item it hides: the client passes those nulls on. */
const NULLS_KEPT: ReadonlySet<string> = new Set([
  'GET /v1/shows/{id}/episodes',
  'GET /v1/browse/categories/{category_id}/playlists',
  'GET /v1/browse/featured-playlists',
  'GET /v1/me/playlists',
  'GET /v1/users/{user_id}/playlists',
]);

describe('entries, ids and filters the client types promise (v15 re-attack, RA6)', () => {
  /** A JSON body holding `list` (a dotted path) as `entries`, with a total where the list is a page's items. */
  const bodyWith = (list: string, entries: unknown[]): string => {
    const keys = list.split('.');
    let body: unknown = entries;
    for (const key of keys.reverse()) body = key === 'items' ? { items: body, total: 1 } : { [key]: body };
    return JSON.stringify(body);
  };

  it('is BAD_RESPONSE naming the entry for a null in every list a method promises as objects or strings', async () => {
    const client = await openClient(await userToken(emu));
    for (const [route, list, call] of listMethods(client)) {
      const strings = list === 'markets' || list === 'genres';
      const entries = NULLS_KEPT.has(route) ? ['x', 7] : [null, strings ? 7 : 'x'];
      for (const entry of entries) {
        await clearFaultsAndLog(emu);
        await addFault(emu, { route, text: bodyWith(list, [entry]), contentType: 'application/json' });
        // Old code: `[null]` returned as a `Device[]` (or a `Page<Track>`).
        expect(await failure(call()), `${route} ${entry}`).toMatchObject(
          promiseBroken(`${list}[0] is ${entry === null ? 'null' : `a ${typeof entry}`}, not a`),
        );
      }
    }
  });

  it('keeps the null entries of the pages Spotify answers with hidden items: show episodes, browse and user playlists (v16 re-attack B4)', async () => {
    const client = await openClient(await userToken(emu));
    const kept = listMethods(client).filter(([route]) => NULLS_KEPT.has(route));
    expect(kept.map(([route]) => route).sort()).toEqual([...NULLS_KEPT].sort());
    for (const [route, list, call] of kept) {
      await clearFaultsAndLog(emu);
      await addFault(emu, { route, text: bodyWith(list, [null]), contentType: 'application/json' });
      // 0f84abe refused the whole page with BAD_RESPONSE for its one null entry.
      let answer: unknown = await call();
      for (const key of list.split('.')) answer = (answer as Record<string, unknown>)[key];
      expect(answer, route).toEqual([null]);
    }
  });

  it("types those null entries: each such method's page says `T | null` (the type check fails on `T[]`)", async () => {
    const client = await openClient(await userToken(emu));
    const id = ids();
    const nulled = (route: string, pointer: string) =>
      addFault(emu, { route, set: { [pointer]: null }, times: 1 });
    // Each answer as its method types it, its first entry null as Spotify sends it: a caller reading
    // `items[0].name` without a null check no longer type-checks.
    await nulled('GET /v1/shows/{id}/episodes', '/items/0');
    const episodes = (await client.shows.getEpisodes(id.show, { market: 'SE' })).items;
    expectTypeOf(episodes).toEqualTypeOf<(SimplifiedEpisode | null)[]>();
    expect(episodes[0]).toBeNull();
    await nulled('GET /v1/shows/{id}', '/episodes/items/0');
    const embedded = (await client.shows.getOne(id.show, { market: 'SE' })).episodes.items;
    expectTypeOf(embedded).toEqualTypeOf<(SimplifiedEpisode | null)[]>();
    expect(embedded[0]).toBeNull();
    const playlistPages = [
      ['GET /v1/me/playlists', '/items/0', () => client.playlists.listMine({ limit: 2 })],
      [
        'GET /v1/users/{user_id}/playlists',
        '/items/0',
        () => client.playlists.listForUser('alice', { limit: 2 }),
      ],
      [
        'GET /v1/browse/featured-playlists',
        '/playlists/items/0',
        async () => (await client.browse.featuredPlaylists({ limit: 2 })).playlists,
      ],
      [
        'GET /v1/browse/categories/{category_id}/playlists',
        '/playlists/items/0',
        async () => (await client.browse.categoryPlaylists('pop')).playlists,
      ],
    ] as const;
    for (const [route, pointer, call] of playlistPages) {
      await nulled(route, pointer);
      const items = (await call()).items;
      expectTypeOf(items).toEqualTypeOf<(SimplifiedPlaylist | null)[]>();
      expect(items[0], route).toBeNull();
    }
  });

  it('keeps the null entries of the search pages whose type admits them, and refuses them in the others', async () => {
    const client = await openClient(await userToken(emu));
    for (const type of ['playlist', 'show', 'episode', 'audiobook'] as const) {
      await clearFaultsAndLog(emu);
      await addFault(emu, { route: 'GET /v1/search', set: { [`/${type}s/items/0`]: null } });
      const answer = await client.search.query('a', [type], { limit: 2 });
      expect(answer[`${type}s`]?.items[0], type).toBeNull();
    }
    for (const type of ['track', 'artist', 'album'] as const) {
      await clearFaultsAndLog(emu);
      await addFault(emu, { route: 'GET /v1/search', set: { [`/${type}s/items/0`]: null } });
      expect(await failure(client.search.query('a', [type], { limit: 2 })), type).toMatchObject(
        promiseBroken(`${type}s.items[0] is null, not an object`),
      );
    }
  });

  it('is BAD_RESPONSE for a blank id: a profile, a category, an object read by id', async () => {
    const client = await openClient(await userToken(emu));
    const id = ids();
    const cases: [route: string, call: () => Promise<unknown>][] = [
      ['GET /v1/me', () => client.users.me()],
      ['GET /v1/users/{user_id}', () => client.users.profile('alice')],
      ['GET /v1/browse/categories/{category_id}', () => client.browse.category('pop')],
      ['GET /v1/albums/{id}', () => client.albums.getOne(id.album)],
      ['GET /v1/playlists/{playlist_id}', () => client.playlists.get(id.playlist)],
    ];
    for (const [route, call] of cases) {
      // Named by kind, never quoted: Spotify's value is not ours to echo, and a raw line separator
      // (U+2028) or a 300-character blank would reach the message (old code quoted 8 characters raw).
      const blanks: [string, string][] = [
        ['', 'an empty string'],
        ['   ', 'a blank string'],
        ['\u2028\u3000\u2029', 'a blank string'],
        [' '.repeat(300), 'a blank string'],
      ];
      for (const [blank, kind] of blanks) {
        await clearFaultsAndLog(emu);
        await addFault(emu, { route, set: { '/id': blank } });
        // Old code: `{ id: "" }` returned as a profile.
        const error = await failure(call());
        expect(error, `${route} ${JSON.stringify(blank)}`).toMatchObject(
          promiseBroken(`id is ${kind}, not an id`),
        );
        expect((error as Error).message).not.toMatch(/[\u2028\u2029\u3000"]/);
      }
    }
  });

  it('treats a blank `fields` as no filter: not sent, the whole playlist answered and its id promised', async () => {
    const client = await openClient(await userToken(emu));
    const playlist = emu.state.catalog.playlists.get(ids().playlist)!;
    for (const fields of ['', '   ']) {
      await clearFaultsAndLog(emu);
      const answer = await client.playlists.get(playlist.id, { fields });
      expect(answer).toMatchObject({ id: playlist.id, name: playlist.name });
      const log = (await emu.control('GET', '/requests')).json as { entries: { query: string }[] };
      expect(log.entries.map((entry) => entry.query).join('&')).not.toContain('fields');
      // Old code: the answer counted as filtered, so a playlist without its id was returned as `{}`.
      await addFault(emu, { route: 'GET /v1/playlists/{playlist_id}', unset: ['/id'] });
      expect(await failure(client.playlists.get(playlist.id, { fields }))).toMatchObject(
        promiseBroken('id is missing'),
      );
      expect(await failure(client.playlists.getItems(playlist.id, { fields }))).toBeUndefined();
    }
  });
});

describe('a "contains" answer with entries that are no boolean (v16 attack on issue 7, D4)', () => {
  it.each(['["true","false"]', '[1,0]', '[null,true]'])(
    'is BAD_RESPONSE from containsTracks, containsAlbums and isFollowingArtists for %s',
    async (text) => {
      const client = await openClient(await userToken(emu));
      const tracks = [...emu.state.catalog.tracks.keys()].slice(0, 2);
      const albums = [...emu.state.catalog.albums.keys()].slice(0, 2);
      const artists = [...emu.state.catalog.artists.keys()].slice(0, 2);
      for (const route of [
        'GET /v1/me/tracks/contains',
        'GET /v1/me/albums/contains',
        'GET /v1/me/following/contains',
      ])
        await addFault(emu, { route, status: 200, contentType: 'application/json', text });
      // Old code: each resolved the entries as sent.
      for (const answer of [
        client.library.containsTracks(tracks),
        client.library.containsAlbums(albums),
        client.follow.isFollowingArtists(artists),
      ])
        await expect(answer).rejects.toMatchObject({ name: 'SpotifyAPIError', code: 'BAD_RESPONSE' });
      expect(await client.library.containsTracks(tracks).catch(() => 'x')).toBe('x');
    },
  );
});
