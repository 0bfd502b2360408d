import { beforeAll, describe, expect, it } from 'vitest';
import { type Body, type PageBody, useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec, specOperation } from '../helpers/spec-shape.js';

const emu = useTestEmulator();
let token: string;
let devToken: string;
let userToken: string;
const UNKNOWN = '0000000000000000000000';

beforeAll(async () => {
  token = await emu.token();
  devToken = await emu.token({ app: 'development' });
  userToken = await emu.token({ user: 'alice' });
});

const catalog = () => emu.state.catalog;
const first = <T>(map: Map<string, T>): T => map.values().next().value as T;
/** Shows, episodes, audiobooks and chapters: unavailable to an app token without a market (see below). */
const PODCAST_PATH = /^\/v1\/(shows|episodes|audiobooks|chapters)\b/;
/**
 * A GET with `query`; an app-token read of a podcast or audiobook route names market US unless the
 * query names one, as Spotify answers it "non existing id" without (the `without a market` tests).
 */
const get = (path: string, query: Record<string, string | number> = {}, t = token) =>
  emu.api('GET', path, {
    token: t,
    query:
      t !== userToken && PODCAST_PATH.test(path) && !('market' in query) ? { market: 'US', ...query } : query,
  });
const bare = (path: string, query: Record<string, string | number> = {}, t = token) =>
  emu.api('GET', path, { token: t, query });
/** Follows an absolute `next`/`previous` link from a paging object. */
const follow = (link: string, t = token) => emu.api('GET', link.slice(emu.url.length), { token: t });

/** The spec operation for a route, and the answer to it, validated against the spec. */
async function expectOk(
  operationId: string,
  path: string,
  query: Record<string, string | number> = {},
  t = token,
) {
  const answer = await get(path, query, t);
  expect(answer.status, answer.text).toBe(200);
  expectMatchesSpec(operationId, 200, answer.json);
  return answer.json as Body;
}

describe('single items', () => {
  const cases: [string, string, () => string][] = [
    ['get-an-album', '/v1/albums/', () => first(catalog().albums).id],
    ['get-an-artist', '/v1/artists/', () => first(catalog().artists).id],
    ['get-track', '/v1/tracks/', () => first(catalog().tracks).id],
    ['get-a-show', '/v1/shows/', () => first(catalog().shows).id],
    ['get-an-episode', '/v1/episodes/', () => first(catalog().episodes).id],
    ['get-an-audiobook', '/v1/audiobooks/', () => first(catalog().audiobooks).id],
    ['get-a-chapter', '/v1/chapters/', () => first(catalog().chapters).id],
  ];
  for (const [operationId, prefix, id] of cases) {
    it(`${operationId} answers the spec's shape for a known id`, async () => {
      const body = await expectOk(operationId, prefix + id());
      expect(body.id).toBe(id());
      expect(body.href).toBe(`${emu.url}${prefix}${id()}`);
    });

    it(`${operationId} answers 404 for an unknown id`, async () => {
      const answer = await get(prefix + UNKNOWN);
      expect(answer.status).toBe(404);
      expect(answer.json).toEqual({ error: { status: 404, message: expect.any(String) } });
      expectMatchesSpec(operationId, 404, answer.json);
    });

    it(`${operationId} answers 400 for a malformed id`, async () => {
      const answer = await get(`${prefix}not-an-id`);
      expect(answer.status).toBe(400);
      expect((answer.json as { error: { message: string } }).error.message).toBe('Invalid base62 id');
    });

    it(`${operationId} stays available to Development Mode apps`, async () => {
      expect((await get(prefix + id(), {}, devToken)).status).toBe(200);
    });
  }

  it('embeds the first 50 tracks of a long album and pages the rest through next', async () => {
    const album = [...catalog().albums.values()].find((a) => a.trackIds.length > 100)!;
    const body = await expectOk('get-an-album', `/v1/albums/${album.id}`);
    const tracks = body.tracks as PageBody;
    expect(tracks.items).toHaveLength(50);
    expect(tracks.total).toBe(album.trackIds.length);
    const next = await follow(tracks.next!);
    expect(next.status).toBe(200);
    expectMatchesSpec('get-an-albums-tracks', 200, next.json);
    expect((next.json as PageBody).items.map((t) => t.id)).toEqual(album.trackIds.slice(50, 100));
  });

  it('shows an episode with its show and, for a user with the scope, a resume point', async () => {
    const episode = first(catalog().episodes);
    const body = await expectOk('get-an-episode', `/v1/episodes/${episode.id}`, {}, userToken);
    expect((body.show as Body).id).toBe(episode.showId);
    expect(body.resume_point).toEqual({ fully_played: false, resume_position_ms: 0 });
  });

  it('leaves out the resume point without a user or without the playback-position scope', async () => {
    const episode = first(catalog().episodes);
    expect(await expectOk('get-an-episode', `/v1/episodes/${episode.id}`)).not.toHaveProperty('resume_point');
    const narrow = await emu.token({ user: 'alice', scopes: ['user-read-private'] });
    const body = await expectOk('get-an-episode', `/v1/episodes/${episode.id}`, {}, narrow);
    expect(body).not.toHaveProperty('resume_point');
  });

  it('shows a chapter with its audiobook', async () => {
    const chapter = first(catalog().chapters);
    const body = await expectOk('get-a-chapter', `/v1/chapters/${chapter.id}`);
    expect((body.audiobook as Body).id).toBe(chapter.audiobookId);
  });
});

describe('markets', () => {
  it('marks a restricted track unplayable with a market restriction in that market', async () => {
    const id = catalog().restricted.trackIds[0]!;
    const body = await expectOk('get-track', `/v1/tracks/${id}`, { market: 'JP' });
    expect(body.is_playable).toBe(false);
    expect(body.restrictions).toEqual({ reason: 'market' });
    expect(body).not.toHaveProperty('available_markets');
  });

  it('lists available markets and no playability when no market applies', async () => {
    const id = catalog().restricted.trackIds[0]!;
    const body = await expectOk('get-track', `/v1/tracks/${id}`);
    expect(body).not.toHaveProperty('is_playable');
    expect(body.available_markets).not.toContain('JP');
    expect(body.available_markets).toContain('SE');
  });

  it("lets a user token's country win over the market parameter", async () => {
    const id = catalog().restricted.trackIds[0]!;
    const body = await expectOk('get-track', `/v1/tracks/${id}`, { market: 'JP' }, userToken);
    expect(body.is_playable).toBe(true);
  });

  it('marks the tracks of a restricted album unplayable inside the album', async () => {
    const id = catalog().restricted.albumIds[0]!;
    const body = await expectOk('get-an-album', `/v1/albums/${id}`, { market: 'JP' });
    const tracks = (body.tracks as PageBody).items;
    expect(tracks.every((t) => t.is_playable === false)).toBe(true);
  });

  it('marks chapters of a restricted audiobook unplayable there', async () => {
    const id = catalog().restricted.chapterIds[0]!;
    const body = await expectOk('get-a-chapter', `/v1/chapters/${id}`, { market: 'JP' });
    expect(body.is_playable).toBe(false);
  });

  it('refuses an unknown market code', async () => {
    expect((await get(`/v1/tracks/${first(catalog().tracks).id}`, { market: 'XX' })).status).toBe(400);
  });

  it('refuses market=from_token without a user', async () => {
    expect((await get(`/v1/tracks/${first(catalog().tracks).id}`, { market: 'from_token' })).status).toBe(
      400,
    );
  });
});

describe('get several', () => {
  const cases: [string, string, string, number, () => string[]][] = [
    ['get-multiple-albums', '/v1/albums', 'albums', 20, () => [...catalog().albums.keys()]],
    ['get-multiple-artists', '/v1/artists', 'artists', 50, () => [...catalog().artists.keys()]],
    ['get-several-tracks', '/v1/tracks', 'tracks', 50, () => [...catalog().tracks.keys()]],
    ['get-multiple-shows', '/v1/shows', 'shows', 50, () => [...catalog().shows.keys()]],
    ['get-multiple-episodes', '/v1/episodes', 'episodes', 50, () => [...catalog().episodes.keys()]],
    ['get-multiple-audiobooks', '/v1/audiobooks', 'audiobooks', 50, () => [...catalog().audiobooks.keys()]],
    ['get-several-chapters', '/v1/chapters', 'chapters', 50, () => [...catalog().chapters.keys()]],
    [
      'get-several-audio-features',
      '/v1/audio-features',
      'audio_features',
      100,
      () => [...catalog().tracks.keys()],
    ],
  ];
  for (const [operationId, path, key, max, ids] of cases) {
    it(`${operationId} answers in order, with the spec's shape, up to ${max} ids`, async () => {
      const wanted = ids().slice(0, max);
      const body = await expectOk(operationId, path, { ids: wanted.join(',') });
      expect((body[key] as Body[]).map((item) => item.id)).toEqual(wanted);
    });

    it(`${operationId} puts null where an id is unknown`, async () => {
      const [a, b] = ids();
      const answer = await get(path, { ids: `${a},${UNKNOWN},${b}` });
      expect(answer.status).toBe(200);
      const items = (answer.json as Body)[key] as (Body | null)[];
      expect(items.map((item) => item?.id ?? null)).toEqual([a, null, b]);
    });

    it(`${operationId} refuses more than ${max} ids`, async () => {
      const many = Array.from({ length: max + 1 }, (_, i) => ids()[i % ids().length]!);
      const answer = await get(path, { ids: many.join(',') });
      expect(answer.status).toBe(400);
    });

    it(`${operationId} refuses a malformed id and a missing ids parameter`, async () => {
      expect((await get(path, { ids: 'bad' })).status).toBe(400);
      expect((await get(path)).status).toBe(400);
    });

    it(`${operationId} is refused to Development Mode apps`, async () => {
      const answer = await get(path, { ids: ids()[0]! }, devToken);
      expect(answer.status).toBe(403);
      expect(specOperation(operationId).deprecated).toBe(true);
    });
  }
});

describe('paged children', () => {
  const cases: [string, string, () => { id: string; children: string[] }][] = [
    [
      'get-an-albums-tracks',
      'tracks',
      () => {
        const a = [...catalog().albums.values()].find((x) => x.trackIds.length > 100)!;
        return { id: `/v1/albums/${a.id}`, children: a.trackIds };
      },
    ],
    [
      'get-a-shows-episodes',
      'episodes',
      () => {
        const s = [...catalog().shows.values()].find((x) => x.episodeIds.length > 50)!;
        return { id: `/v1/shows/${s.id}`, children: s.episodeIds };
      },
    ],
    [
      'get-audiobook-chapters',
      'chapters',
      () => {
        const b = [...catalog().audiobooks.values()].find((x) => x.chapterIds.length > 50)!;
        return { id: `/v1/audiobooks/${b.id}`, children: b.chapterIds };
      },
    ],
  ];
  for (const [operationId, child, parent] of cases) {
    it(`${operationId} pages through every item by following next, and back by previous`, async () => {
      const { id, children } = parent();
      const first_ = await expectOk(operationId, `${id}/${child}`, { limit: 50 });
      let pageBody = first_ as unknown as PageBody;
      const seen = pageBody.items.map((i) => i.id);
      expect(pageBody.previous).toBeNull();
      while (pageBody.next) {
        const next = await follow(pageBody.next);
        expect(next.status).toBe(200);
        expectMatchesSpec(operationId, 200, next.json);
        pageBody = next.json as PageBody;
        seen.push(...pageBody.items.map((i) => i.id as string));
      }
      expect(seen).toEqual(children);
      const back = await follow(pageBody.previous!);
      expect((back.json as PageBody).offset).toBe(pageBody.offset - 50);
    });

    it(`${operationId} defaults to 20 items and refuses limits outside 1..50`, async () => {
      const { id } = parent();
      expect(((await expectOk(operationId, `${id}/${child}`)) as unknown as PageBody).items).toHaveLength(20);
      expect((await get(`${id}/${child}`, { limit: 0 })).status).toBe(400);
      expect((await get(`${id}/${child}`, { limit: 51 })).status).toBe(400);
      expect((await get(`${id}/${child}`, { offset: -1 })).status).toBe(400);
    });

    it(`${operationId} answers 404 for an unknown parent`, async () => {
      const prefix = parent().id.replace(/[^/]+$/, '');
      expect((await get(`${prefix}${UNKNOWN}/${child}`)).status).toBe(404);
    });
  }
});

describe('podcasts and audiobooks without a market', () => {
  // Spotify's reference on `market`: "If neither market or user country are provided, the content is
  // considered unavailable for the client"; it answers "non existing id" (spotipy#552, zmb3/spotify#187).
  const routes: [string, () => string][] = [
    ['/v1/shows/', () => first(catalog().shows).id],
    ['/v1/episodes/', () => first(catalog().episodes).id],
    ['/v1/audiobooks/', () => first(catalog().audiobooks).id],
    ['/v1/chapters/', () => first(catalog().chapters).id],
  ];
  for (const [prefix, id] of routes) {
    it(`answers ${prefix}{id} 404 "non existing id" to an app token, and serves it with a market or a user`, async () => {
      for (const t of [token, devToken]) {
        const answer = await bare(prefix + id(), {}, t);
        expect(answer.status).toBe(404);
        expect(answer.json).toEqual({ error: { status: 404, message: 'non existing id' } });
        expect((await bare(prefix + id(), { market: 'SE' }, t)).status).toBe(200);
      }
      expect((await bare(prefix + id(), {}, userToken)).status).toBe(200);
    });

    it(`answers ${prefix.slice(0, -1)}?ids= with null entries to an app token`, async () => {
      const path = prefix.slice(0, -1);
      const key = path.slice('/v1/'.length);
      const answer = await bare(path, { ids: id() });
      expect(answer.status).toBe(200);
      expect((answer.json as Body)[key]).toEqual([null]);
      const marketed = await bare(path, { ids: id(), market: 'SE' });
      expect(((marketed.json as Body)[key] as Body[])[0]!.id).toBe(id());
    });
  }

  it("answers a show's episodes and an audiobook's chapters 404 to an app token", async () => {
    for (const path of [
      `/v1/shows/${first(catalog().shows).id}/episodes`,
      `/v1/audiobooks/${first(catalog().audiobooks).id}/chapters`,
    ]) {
      expect((await bare(path)).json).toEqual({ error: { status: 404, message: 'non existing id' } });
      expect((await bare(path, { market: 'SE' })).status).toBe(200);
      expect((await bare(path, {}, userToken)).status).toBe(200);
    }
  });

  it('answers a search for shows, episodes and audiobooks with null items to an app token', async () => {
    const query = { q: 'a', type: 'show,episode,audiobook,track', limit: 5 };
    const body = (await bare('/v1/search', query)).json as Record<string, PageBody>;
    for (const type of ['shows', 'episodes', 'audiobooks']) {
      expect(body[type]!.total).toBeGreaterThan(0);
      expect(body[type]!.items).toEqual(Array(5).fill(null));
    }
    expect(body.tracks!.items.every((item) => typeof item?.id === 'string')).toBe(true);
    for (const [q, t] of [
      [{ ...query, market: 'SE' }, token],
      [query, userToken],
    ] as const) {
      const answered = (await bare('/v1/search', q, t)).json as Record<string, PageBody>;
      for (const type of ['shows', 'episodes', 'audiobooks'])
        expect(answered[type]!.items.every((item) => typeof item?.id === 'string')).toBe(true);
    }
  });
});
