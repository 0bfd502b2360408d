import { request } from 'undici';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator({ rateLimit: 5, rateLimitWindowMs: 30_000 });
let token: string;
let trackId: string;

beforeEach(async () => {
  await emu.reset();
  token = await emu.token({ user: 'alice' });
  trackId = [...emu.state.catalog.tracks.keys()][0]!;
});

const getTrack = () => emu.api('GET', `/v1/tracks/${trackId}`, { token });

describe('token checks', () => {
  it('answers 401 "No token provided" without an Authorization header', async () => {
    const answer = await emu.api('GET', '/v1/me');
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ error: { status: 401, message: 'No token provided' } });
  });

  it('answers 400 for an Authorization header that is not a bearer token', async () => {
    const answer = await emu.api('GET', '/v1/me', { headers: { authorization: 'Basic abc' } });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      error: { status: 400, message: 'Only valid bearer authentication supported' },
    });
  });

  it('answers 401 "Invalid access token" for an unknown token', async () => {
    const answer = await emu.api('GET', '/v1/me', { token: 'not-a-token' });
    expect(answer.json).toEqual({ error: { status: 401, message: 'Invalid access token' } });
  });

  it('answers 401 "The access token expired" after POST /__emulator/tokens/expire', async () => {
    expect((await getTrack()).status).toBe(200);
    await emu.control('POST', '/tokens/expire', { token });
    const answer = await getTrack();
    expect(answer.json).toEqual({ error: { status: 401, message: 'The access token expired' } });
  });

  it('expires tokens when the emulator clock passes their lifetime', async () => {
    await emu.advanceClock(3601 * 1000);
    expect((await getTrack()).status).toBe(401);
  });

  it('answers 401 "Invalid access token" after POST /__emulator/tokens/revoke', async () => {
    await emu.control('POST', '/tokens/revoke', { token });
    expect((await getTrack()).json).toEqual({ error: { status: 401, message: 'Invalid access token' } });
  });

  it('refuses client-credentials tokens on user routes', async () => {
    const appToken = await emu.token();
    const answer = await emu.api('GET', '/v1/me', { token: appToken });
    expect(answer.status).toBe(401);
    expect((await emu.api('GET', `/v1/tracks/${trackId}`, { token: appToken })).status).toBe(200);
  });

  it('answers 403 "Insufficient client scope" when a scope is missing', async () => {
    const narrow = await emu.token({ user: 'alice', scopes: ['user-read-private'] });
    const answer = await emu.api('GET', '/v1/me/tracks', { token: narrow });
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({ error: { status: 403, message: 'Insufficient client scope' } });
  });

  it('refuses what Development Mode apps lost with 403, and serves the rest', async () => {
    const dev = await emu.token({ user: 'alice', app: 'development' });
    const several = await emu.api('GET', '/v1/tracks', { token: dev, query: { ids: trackId } });
    expect(several.status).toBe(403);
    expect((await emu.api('GET', `/v1/tracks/${trackId}`, { token: dev })).status).toBe(200);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once an app exceeds its rolling window, per app', async () => {
    for (let i = 0; i < 5; i++) expect((await getTrack()).status).toBe(200);
    const limited = await getTrack();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.json).toEqual({ error: { status: 429, message: 'API rate limit exceeded' } });
    // The other app has its own window.
    const dev = await emu.token({ user: 'alice', app: 'development' });
    expect((await emu.api('GET', `/v1/tracks/${trackId}`, { token: dev })).status).toBe(200);
  });

  it('lets requests through again once the window has rolled past', async () => {
    for (let i = 0; i < 5; i++) await getTrack();
    expect((await getTrack()).status).toBe(429);
    await emu.advanceClock(30_001);
    token = await emu.token({ user: 'alice' });
    expect((await getTrack()).status).toBe(200);
  });
});

describe('fault rules', () => {
  it('keeps at most 1000 rules and 16 MiB of rules, refusing more with 409 and keeping the rest', async () => {
    for (let i = 0; i < 1000; i++) {
      const added = await emu.control('POST', '/faults', {
        route: 'GET /v1/tracks/{id}',
        status: 503,
        times: 1,
      });
      expect(added.status).toBe(201);
    }
    const over = await emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', status: 503 });
    expect(over.status).toBe(409);
    expect(over.json).toEqual({
      error: expect.stringMatching(/At most 1000 fault rules.*DELETE \/__emulator\/faults/),
      code: 'TOO_MANY_FAULT_RULES',
    });
    const kept = (await emu.control('GET', '/faults')).json as { faults: unknown[] };
    expect(kept.faults).toHaveLength(1000);
    // A rule used up leaves room for one more.
    expect((await getTrack()).status).toBe(503);
    expect((await emu.control('POST', '/faults', { route: '/v1/me', status: 500 })).status).toBe(201);
    await emu.control('DELETE', '/faults');
    // Sizes: ten rules of 1.6 million characters (answer edits) fit the bound; an eleventh goes beyond it.
    const set = { '/display_name': 'x'.repeat(1_600_000) };
    for (let i = 0; i < 10; i++)
      expect((await emu.control('POST', '/faults', { route: 'GET /v1/me', set })).status).toBe(201);
    const big = await emu.control('POST', '/faults', { route: 'GET /v1/me', set });
    expect(big.status).toBe(409);
    expect(JSON.stringify(big.json)).toMatch(/characters of fault rules/);
    expect(
      (await emu.control('POST', '/faults', { route: '/v1/me', status: 500, text: 'short' })).status,
    ).toBe(201);
  });

  it('answers the rule status with a Spotify error body and Retry-After, then stops after `times`', async () => {
    const added = await emu.control('POST', '/faults', {
      route: 'GET /v1/tracks/{id}',
      status: 429,
      retryAfter: 7,
      reason: 'QUOTA_EXCEEDED',
      times: 1,
    });
    expect(added.status).toBe(201);
    expect((added.json as { id: string }).id).toMatch(/\S/);
    const first = await getTrack();
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.json).toEqual({
      error: { status: 429, message: 'API rate limit exceeded', reason: 'QUOTA_EXCEEDED' },
    });
    expect((await getTrack()).status).toBe(200);
  });

  it('injects 5xx only on the matching route', async () => {
    await emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', status: 503 });
    expect((await getTrack()).status).toBe(503);
    expect((await emu.api('GET', '/v1/me', { token })).status).toBe(200);
    await emu.control('DELETE', '/faults');
    expect((await getTrack()).status).toBe(200);
  });

  it("injects only on the requests whose query carries the rule's parameters (one page of a list)", async () => {
    await emu.control('POST', '/faults', {
      route: 'GET /v1/me/tracks',
      query: { offset: '10' },
      status: 503,
    });
    const page = (offset: number) => emu.api('GET', `/v1/me/tracks?limit=5&offset=${offset}`, { token });
    expect((await page(5)).status).toBe(200);
    expect((await page(10)).status).toBe(503);
    expect((await page(15)).status).toBe(200);
    expect((await emu.api('GET', '/v1/me/tracks', { token })).status).toBe(200);
  });

  it('never fires a rule with probability 0 and always fires one with probability 1', async () => {
    await emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', status: 500, probability: 0 });
    for (let i = 0; i < 3; i++) expect((await getTrack()).status).toBe(200);
    await emu.control('DELETE', '/faults');
    await emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', status: 500, probability: 1 });
    expect((await getTrack()).status).toBe(500);
  });

  it('drops the connection without an answer', async () => {
    await emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', drop: true, times: 1 });
    await expect(
      request(`${emu.url}/v1/tracks/${trackId}`, { headers: { authorization: `Bearer ${token}` } }),
    ).rejects.toThrow();
    expect((await getTrack()).status).toBe(200);
  });

  it('truncates the body so it no longer parses, keeping the status', async () => {
    await emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', body: 'truncated', times: 1 });
    const answer = await getTrack();
    expect(answer.status).toBe(200);
    expect(answer.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(answer.text)).toThrow();
  });

  it('answers an injected 204 as Spotify does: no body and no content-length', async () => {
    await emu.control('POST', '/faults', { route: 'GET /v1/me/player', status: 204, times: 1 });
    const answer = await request(`${emu.url}/v1/me/player`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.statusCode).toBe(204);
    expect(answer.headers['content-length']).toBeUndefined();
    expect(answer.headers['content-type']).toBeUndefined();
    expect(await answer.body.text()).toBe('');
  });

  it('sends an HTML page where JSON was due', async () => {
    await emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', body: 'non-json', times: 1 });
    const answer = await getTrack();
    expect(answer.headers.get('content-type')).toContain('text/html');
    expect(answer.text).toContain('<html>');
  });

  it('delays the answer by latencyMs', async () => {
    await emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', latencyMs: 150, times: 1 });
    const started = process.hrtime.bigint();
    expect((await getTrack()).status).toBe(200);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeGreaterThanOrEqual(140);
  });

  it('applies a rule without route to every route, the accounts service included', async () => {
    await emu.control('POST', '/faults', { status: 502, times: 2 });
    expect((await emu.api('GET', '/v1/me', { token })).status).toBe(502);
    const tokenAnswer = await emu.api('POST', '/api/token', { body: 'grant_type=client_credentials' });
    expect(tokenAnswer.status).toBe(502);
    expect(tokenAnswer.json).toMatchObject({ error: 'server_error' });
  });

  it('refuses a malformed rule with 400', async () => {
    const answers = await Promise.all([
      emu.control('POST', '/faults', { status: 'x' }),
      emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}' }),
      emu.control('POST', '/faults', { status: 500, body: 'gzip' }),
      emu.control('POST', '/faults', { status: 500, nonsense: true }),
      emu.control('POST', '/faults', { status: 500, query: { offset: 10 } }),
      emu.control('POST', '/faults', { status: 500, query: 'offset=10' }),
    ]);
    for (const answer of answers) expect(answer.status).toBe(400);
    expect(((await emu.control('GET', '/faults')).json as { faults: unknown[] }).faults).toEqual([]);
  });

  // A rule whose route no request can take would never fire: refused, saying why and what is near.
  it.each([
    ['get /v1/albums', 'the method is upper case', ['GET /v1/albums']],
    [
      'GET /v1/albums?ids=x',
      'no query string (put its parameters in "query": {"ids":"x"})',
      ['GET /v1/albums'],
    ],
    ['GET /v1/albums/{album_id}', "template's parameters are named otherwise", ['GET /v1/albums/{id}']],
    [
      '/v1/playlists/{id}/tracks',
      "template's parameters are named otherwise",
      ['GET /v1/playlists/{playlist_id}/tracks'],
    ],
    [
      'GET /v1/artists/{id}/top_tracks',
      'no route of the emulator has it',
      ['GET /v1/artists/{id}/top-tracks'],
    ],
    ['GET /v1/nope', 'GET /__emulator/requests', []],
    ['DELETE /v1/me', 'no route of the emulator has it', []],
  ])('refuses route %j with 400 naming the problem', async (route, problem, nearest) => {
    const answer = await emu.control('POST', '/faults', { route, status: 500 });
    expect(answer.status).toBe(400);
    const message = (answer.json as { error: string }).error;
    expect(message).toContain(`route ${JSON.stringify(route)} matches no route`);
    expect(message).toContain(problem);
    for (const name of nearest) expect(message).toContain(JSON.stringify(name));
    expect(((await emu.control('GET', '/faults')).json as { faults: unknown[] }).faults).toEqual([]);
  });

  it.each(['GET /v1/albums', 'GET /v1/albums/{id}', '/v1/albums', 'POST /api/token'])(
    'accepts route %j, a route the emulator has (or its template, for any method)',
    async (route) => {
      expect((await emu.control('POST', '/faults', { route, status: 500 })).status).toBe(201);
    },
  );
});

describe('request log', () => {
  it('counts requests by method and spec template, with entries', async () => {
    await emu.control('DELETE', '/requests');
    await getTrack();
    await getTrack();
    await emu.api('GET', '/v1/me', { token });
    const log = (await emu.control('GET', '/requests')).json as {
      total: number;
      byRoute: Record<string, number>;
      entries: { method: string; route: string; path: string; query: string; status: number }[];
    };
    expect(log.total).toBe(3);
    expect(log.byRoute).toEqual({ 'GET /v1/tracks/{id}': 2, 'GET /v1/me': 1 });
    expect(log.entries[0]).toEqual({
      method: 'GET',
      route: '/v1/tracks/{id}',
      path: `/v1/tracks/${trackId}`,
      query: '',
      status: 200,
      receivedAt: expect.any(Number),
      at: expect.any(Number),
    });
  });

  it('says when a delayed request came and when it was answered, the latency between them', async () => {
    await emu.control('DELETE', '/requests');
    await emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', latencyMs: 150, times: 1 });
    await getTrack();
    const log = (await emu.control('GET', '/requests')).json as {
      entries: { receivedAt: number; at: number }[];
    };
    const [entry] = log.entries;
    // At least the latency, less the few ms a timer may fire early by the wall clock.
    expect(entry!.at - entry!.receivedAt).toBeGreaterThanOrEqual(140);
  });

  it('resets state: a created playlist is gone and the log is empty after POST /__emulator/reset', async () => {
    const created = await emu.api('POST', '/v1/me/playlists', { token, body: { name: 'Temp' } });
    expect(created.status).toBe(201);
    const id = (created.json as { id: string }).id;
    await emu.reset();
    const fresh = await emu.token({ user: 'alice' });
    expect((await emu.api('GET', `/v1/playlists/${id}`, { token: fresh })).status).toBe(404);
    expect(((await emu.control('GET', '/requests')).json as { total: number }).total).toBe(1);
  });
});
