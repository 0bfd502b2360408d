import { beforeAll, describe, expect, it } from 'vitest';
import { type Body, type PageBody, startTestEmulator, useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec } from '../helpers/spec-shape.js';

const emu = useTestEmulator();
let token: string;
let devToken: string;
const UNKNOWN = '0000000000000000000000';

beforeAll(async () => {
  token = await emu.token();
  devToken = await emu.token({ app: 'development' });
});

const catalog = () => emu.state.catalog;
const prolific = () => [...catalog().artists.values()].find((a) => a.albumIds.length > 50)!;
const get = (path: string, query: Record<string, string | number> = {}, t = token) =>
  emu.api('GET', path, { token: t, query });
const follow = (link: string, t = token) => emu.api('GET', link.slice(emu.url.length), { token: t });

async function expectOk(
  operationId: string,
  path: string,
  query: Record<string, string | number> = {},
  t = token,
) {
  const answer = await get(path, query, t);
  expect(answer.status, answer.text).toBe(200);
  expectMatchesSpec(operationId, 200, answer.json, { development: t === devToken });
  return answer.json as Body;
}

describe('artist albums', () => {
  it('lists own albums, singles, compilations and appearances with their album_group', async () => {
    const artist = prolific();
    const body = (await expectOk('get-an-artists-albums', `/v1/artists/${artist.id}/albums`, {
      limit: 50,
    })) as unknown as PageBody;
    expect(body.total).toBe(artist.albumIds.length + artist.appearsOnIds.length);
    expect(body.items.every((a) => typeof a.album_group === 'string')).toBe(true);
  });

  it('filters by include_groups', async () => {
    const artist = prolific();
    const singles = artist.albumIds.filter((id) => catalog().albums.get(id)!.albumType === 'single');
    const body = (await expectOk('get-an-artists-albums', `/v1/artists/${artist.id}/albums`, {
      include_groups: 'single',
      limit: 50,
    })) as unknown as PageBody;
    expect(body.total).toBe(singles.length);
    expect(body.items.every((a) => a.album_group === 'single' && a.album_type === 'single')).toBe(true);
  });

  it('accepts limit=0 (as the spec allows) with an empty page and the total', async () => {
    const artist = prolific();
    const body = (await expectOk('get-an-artists-albums', `/v1/artists/${artist.id}/albums`, {
      limit: 0,
    })) as unknown as PageBody;
    expect(body.items).toEqual([]);
    expect(body.total).toBe(artist.albumIds.length + artist.appearsOnIds.length);
    expect(body.next).toBeNull();
  });

  it('refuses an unknown include_groups value', async () => {
    expect((await get(`/v1/artists/${prolific().id}/albums`, { include_groups: 'bogus' })).status).toBe(400);
  });

  it('pages through all albums by following next', async () => {
    const artist = prolific();
    let body = (await expectOk('get-an-artists-albums', `/v1/artists/${artist.id}/albums`, {
      limit: 50,
    })) as unknown as PageBody;
    const seen = body.items.map((a) => a.id);
    while (body.next) {
      const next = await follow(body.next);
      expectMatchesSpec('get-an-artists-albums', 200, next.json);
      body = next.json as PageBody;
      seen.push(...body.items.map((a) => a.id));
    }
    expect(new Set(seen).size).toBe(artist.albumIds.length + artist.appearsOnIds.length);
  });

  it('caps limit at 10 (default 5) for Development Mode apps and at 50 for extended apps', async () => {
    const path = `/v1/artists/${prolific().id}/albums`;
    expect(((await expectOk('get-an-artists-albums', path, {}, devToken)) as unknown as PageBody).limit).toBe(
      5,
    );
    expect((await get(path, { limit: 10 }, devToken)).status).toBe(200);
    expect((await get(path, { limit: 11 }, devToken)).status).toBe(400);
    expect((await get(path, { limit: 50 })).status).toBe(200);
    expect((await get(path, { limit: 51 })).status).toBe(400);
  });

  it('leaves out albums unavailable in the requested market', async () => {
    const restricted = new Set(catalog().restricted.albumIds);
    const artist = [...catalog().artists.values()].find((a) => a.albumIds.some((id) => restricted.has(id)))!;
    const body = (await expectOk('get-an-artists-albums', `/v1/artists/${artist.id}/albums`, {
      market: 'JP',
      limit: 50,
    })) as unknown as PageBody;
    expect(body.items.some((a) => restricted.has(a.id as string))).toBe(false);
  });

  it('answers 404 for an unknown artist', async () => {
    expect((await get(`/v1/artists/${UNKNOWN}/albums`)).status).toBe(404);
  });
});

describe('artist top tracks and related artists', () => {
  it("answers up to 10 of the artist's tracks, most popular first", async () => {
    const artist = prolific();
    const body = await expectOk('get-an-artists-top-tracks', `/v1/artists/${artist.id}/top-tracks`, {
      market: 'SE',
    });
    const tracks = body.tracks as Body[];
    expect(tracks).toHaveLength(10);
    const popularity = tracks.map((t) => t.popularity as number);
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a));
    expect(tracks.every((t) => (t.artists as Body[]).some((a) => a.id === artist.id))).toBe(true);
  });

  it('answers artists sharing a genre', async () => {
    const artist = prolific();
    const body = await expectOk('get-an-artists-related-artists', `/v1/artists/${artist.id}/related-artists`);
    const related = body.artists as Body[];
    expect(related.length).toBeGreaterThan(0);
    expect(related.every((a) => (a.genres as string[]).some((g) => artist.genres.includes(g)))).toBe(true);
  });

  it('refuses both to Development Mode apps', async () => {
    const id = prolific().id;
    expect((await get(`/v1/artists/${id}/top-tracks`, {}, devToken)).status).toBe(403);
    expect((await get(`/v1/artists/${id}/related-artists`, {}, devToken)).status).toBe(403);
  });
});

describe('search', () => {
  it('answers one paging object per requested type', async () => {
    const body = await expectOk('search', '/v1/search', {
      q: 'the',
      type: 'album,artist,playlist,track,show,episode,audiobook',
      // Shows, episodes and audiobooks are null entries to an app token without one (catalog-items.test.ts).
      market: 'US',
    });
    for (const key of ['albums', 'artists', 'playlists', 'tracks', 'shows', 'episodes', 'audiobooks']) {
      expect(body[key]).toMatchObject({ offset: 0, limit: 20 });
    }
  });

  it('finds an artist by name', async () => {
    const artist = prolific();
    const body = await expectOk('search', '/v1/search', { q: artist.name, type: 'artist' });
    expect((body.artists as PageBody).items[0]!.id).toBe(artist.id);
    expect(body).not.toHaveProperty('tracks');
  });

  it('filters tracks by artist: and year:', async () => {
    const artist = prolific();
    const album = catalog().albums.get(artist.albumIds[0]!)!;
    const year = album.releaseDate.slice(0, 4);
    const body = await expectOk('search', '/v1/search', {
      q: `artist:"${artist.name}" year:${year}`,
      type: 'track',
      limit: 50,
    });
    const tracks = (body.tracks as PageBody).items;
    expect(tracks.length).toBeGreaterThan(0);
    for (const track of tracks) {
      expect((track.artists as Body[]).some((a) => a.id === artist.id)).toBe(true);
      expect(((track.album as Body).release_date as string).slice(0, 4)).toBe(year);
    }
  });

  it('pages through results by following next, each link keeping its own type', async () => {
    const body = await expectOk('search', '/v1/search', { q: 'the', type: 'track,artist', limit: 10 });
    const tracks = body.tracks as PageBody;
    expect(tracks.total).toBeGreaterThan(10);
    const next = await follow(tracks.next!);
    expect(next.status).toBe(200);
    expectMatchesSpec('search', 200, next.json);
    const nextBody = next.json as Body;
    expect(Object.keys(nextBody)).toEqual(['tracks']);
    expect((nextBody.tracks as PageBody).offset).toBe(10);
    expect((nextBody.tracks as PageBody).items[0]!.id).not.toBe(tracks.items[0]!.id);
  });

  it('refuses a missing q, a missing type and an unknown type', async () => {
    expect((await get('/v1/search', { type: 'track' })).status).toBe(400);
    expect((await get('/v1/search', { q: 'love' })).status).toBe(400);
    expect((await get('/v1/search', { q: 'love', type: 'song' })).status).toBe(400);
  });

  it.each([
    ['no q', { type: 'track' }],
    ['an empty q', { q: '', type: 'track' }],
    ['a blank q', { q: '  ', type: 'track' }],
    ['an empty query= (the alias of q)', { query: '', type: 'track' }],
    ['an empty q beside a query= (q wins)', { q: '', query: 'love', type: 'track' }],
  ])("answers %s with 400 and Spotify's error body", async (_what, query) => {
    const answer = await get('/v1/search', query);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: { status: 400, message: 'No search query' } });
  });

  it("answers query= as q=, the name Spotify's own next links use, and lets q win when both are there", async () => {
    const byQ = await expectOk('search', '/v1/search', { q: 'love', type: 'track', limit: 10 });
    const byQuery = await expectOk('search', '/v1/search', { query: 'love', type: 'track', limit: 10 });
    const ids = (body: Body) => (body.tracks as PageBody).items.map((item) => item.id);
    expect(ids(byQ).length).toBeGreaterThan(0);
    expect(ids(byQuery)).toEqual(ids(byQ));
    expect((byQuery.tracks as PageBody).total).toBe((byQ.tracks as PageBody).total);
    // A link as Spotify writes it, followed: its next page, and that page's own next keeps query=.
    const link = `${emu.url}/v1/search?query=love&type=track&offset=10&limit=10`;
    const next = await follow(link);
    expect(next.status).toBe(200);
    const nextTracks = (next.json as Body).tracks as PageBody;
    expect(nextTracks.offset).toBe(10);
    expect(nextTracks.items.map((item) => item.id)).not.toEqual(ids(byQ));
    expect(new URL(nextTracks.next!).searchParams.get('query')).toBe('love');
    const both = await expectOk('search', '/v1/search', {
      q: 'love',
      query: 'zzzz-no-such-words',
      type: 'track',
    });
    expect((both.tracks as PageBody).total).toBe((byQ.tracks as PageBody).total);
  });

  it('refuses a page past result 999 (offset plus limit over 1000) and a limit over 50', async () => {
    expect((await get('/v1/search', { q: 'love', type: 'track', offset: 1001 })).status).toBe(400);
    expect((await get('/v1/search', { q: 'love', type: 'track', limit: 51 })).status).toBe(400);
    // "Maximum offset (including limit): 1,000" (Spotify's Search reference): the default limit is 20.
    expect((await get('/v1/search', { q: 'love', type: 'track', offset: 1000 })).status).toBe(400);
    expect((await get('/v1/search', { q: 'love', type: 'track', offset: 991, limit: 10 })).status).toBe(400);
    expect((await get('/v1/search', { q: 'love', type: 'track', offset: 980 })).status).toBe(200);
    expect((await get('/v1/search', { q: 'love', type: 'track', offset: 990, limit: 10 })).status).toBe(200);
  });

  it('serves no result past index 999 and no next to offset 1000 (C4: a next it would answer with nothing)', async () => {
    const at990 = await expectOk('search', '/v1/search', {
      q: 'a',
      type: 'track',
      offset: 990,
      limit: 10,
    });
    expect((at990.tracks as PageBody).total).toBeGreaterThan(1040);
    expect((at990.tracks as PageBody).items).toHaveLength(10);
    expect((at990.tracks as PageBody).next).toBeNull();
    const at950 = await expectOk('search', '/v1/search', {
      q: 'a',
      type: 'track',
      offset: 950,
      limit: 50,
    });
    expect((at950.tracks as PageBody).next).toBeNull();
  });

  it('caps limit at 10 (default 5) for Development Mode apps', async () => {
    const body = await expectOk('search', '/v1/search', { q: 'love', type: 'track' }, devToken);
    expect((body.tracks as PageBody).limit).toBe(5);
    expect((await get('/v1/search', { q: 'love', type: 'track', limit: 11 }, devToken)).status).toBe(400);
  });

  it('leaves out tracks unavailable in the market', async () => {
    const restricted = new Set(catalog().restricted.trackIds);
    const body = await expectOk('search', '/v1/search', {
      q: 'love',
      type: 'track',
      market: 'JP',
      limit: 50,
    });
    expect((body.tracks as PageBody).items.some((t) => restricted.has(t.id as string))).toBe(false);
  });
});

describe('browse', () => {
  it('pages featured playlists', async () => {
    const body = await expectOk('get-featured-playlists', '/v1/browse/featured-playlists', { limit: 5 });
    const playlists = body.playlists as PageBody;
    expect(playlists.items).toHaveLength(5);
    expect(playlists.total).toBe(catalog().featuredPlaylistIds.length);
    const next = await follow(playlists.next!);
    expectMatchesSpec('get-featured-playlists', 200, next.json);
  });

  it('pages categories and answers one category', async () => {
    const body = await expectOk('get-categories', '/v1/browse/categories', { limit: 10 });
    const categories = body.categories as PageBody;
    expect(categories.total).toBe(catalog().categories.size);
    const id = categories.items[0]!.id as string;
    const one = await expectOk('get-a-category', `/v1/browse/categories/${id}`);
    expect(one.id).toBe(id);
    expect((await get('/v1/browse/categories/no-such-category')).status).toBe(404);
  });

  it("answers a category's playlists", async () => {
    const category = catalog().categories.values().next().value!;
    const body = await expectOk(
      'get-a-categories-playlists',
      `/v1/browse/categories/${category.id}/playlists`,
    );
    expect((body.playlists as PageBody).items.map((p) => p.id)).toEqual(category.playlistIds.slice(0, 20));
  });

  it('answers new releases newest first', async () => {
    const body = await expectOk('get-new-releases', '/v1/browse/new-releases', { limit: 50 });
    const dates = (body.albums as PageBody).items.map((a) => a.release_date as string);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('answers the markets and the genre seeds', async () => {
    const markets = await expectOk('get-available-markets', '/v1/markets');
    expect(markets.markets).toEqual(expect.arrayContaining(['SE', 'US', 'DE', 'GB', 'FR', 'ES', 'JP', 'BR']));
    const genres = await expectOk('get-recommendation-genres', '/v1/recommendations/available-genre-seeds');
    expect(genres.genres).toContain('pop');
  });

  it('refuses browse endpoints to Development Mode apps', async () => {
    for (const path of [
      '/v1/browse/featured-playlists',
      '/v1/browse/categories',
      '/v1/browse/new-releases',
      '/v1/markets',
    ]) {
      expect((await get(path, {}, devToken)).status, path).toBe(403);
    }
  });
});

describe('audio features, analysis and recommendations', () => {
  it('answers the audio features of a track', async () => {
    const track = catalog().tracks.values().next().value!;
    const body = await expectOk('get-audio-features', `/v1/audio-features/${track.id}`);
    expect(body).toMatchObject({ id: track.id, duration_ms: track.durationMs, type: 'audio_features' });
    expect((await get(`/v1/audio-features/${UNKNOWN}`)).status).toBe(404);
  });

  it('answers the same audio analysis for a track every time', async () => {
    const track = catalog().tracks.values().next().value!;
    const body = await expectOk('get-audio-analysis', `/v1/audio-analysis/${track.id}`);
    expect((body.sections as unknown[]).length).toBeGreaterThan(0);
    expect((await get(`/v1/audio-analysis/${track.id}`)).json).toEqual(body);
  });

  it('recommends tracks for seeds, within min/max bounds', async () => {
    const artist = prolific();
    const body = await expectOk('get-recommendations', '/v1/recommendations', {
      seed_artists: artist.id,
      seed_genres: 'pop',
      min_energy: 0.3,
      max_energy: 0.9,
      limit: 30,
    });
    const tracks = body.tracks as Body[];
    expect(tracks.length).toBe(30);
    for (const track of tracks) {
      const energy = catalog().tracks.get(track.id as string)!.audioFeatures.energy;
      expect(energy).toBeGreaterThanOrEqual(0.3);
      expect(energy).toBeLessThanOrEqual(0.9);
    }
    expect((body.seeds as Body[]).map((s) => s.type)).toEqual(['ARTIST', 'GENRE']);
  });

  it('refuses no seeds, more than 5 seeds, an unknown seed and a bad limit or tunable', async () => {
    const ids = [...catalog().artists.keys()];
    expect((await get('/v1/recommendations')).status).toBe(400);
    expect(
      (await get('/v1/recommendations', { seed_artists: ids.slice(0, 4).join(','), seed_genres: 'pop,rock' }))
        .status,
    ).toBe(400);
    expect((await get('/v1/recommendations', { seed_artists: UNKNOWN })).status).toBe(400);
    expect((await get('/v1/recommendations', { seed_genres: 'pop', limit: 101 })).status).toBe(400);
    expect((await get('/v1/recommendations', { seed_genres: 'pop', min_energy: 2 })).status).toBe(400);
    expect((await get('/v1/recommendations', { seed_genres: 'pop', limit: 100 })).status).toBe(200);
  });

  it('refuses these to Development Mode apps', async () => {
    const id = catalog().tracks.keys().next().value!;
    for (const path of [
      `/v1/audio-features/${id}`,
      `/v1/audio-analysis/${id}`,
      '/v1/recommendations/available-genre-seeds',
    ]) {
      expect((await get(path, {}, devToken)).status, path).toBe(403);
    }
    expect((await get('/v1/recommendations', { seed_genres: 'pop' }, devToken)).status).toBe(403);
  });
});

describe('determinism', () => {
  it('serves the same ids for the same seed across emulators', async () => {
    const other = await startTestEmulator();
    try {
      const otherToken = await other.token();
      const a = await get('/v1/browse/new-releases', { limit: 10 });
      const b = await other.api('GET', '/v1/browse/new-releases', {
        token: otherToken,
        query: { limit: 10 },
      });
      const ids = (x: unknown) => ((x as Body).albums as PageBody).items.map((i) => i.id);
      expect(ids(b.json)).toEqual(ids(a.json));
    } finally {
      await other.close();
    }
  });
});
