/**
 * HEAD is answered as GET is, with no body (RFC 9110 §9.3.2: "the same header fields ... as if the
 * request method had been GET"), on every GET route of the emulator: the Web API's, the accounts
 * service's and the control API's, and on a path no route takes (the same 404). Over the emulator's own
 * HTTP; each HEAD answer compared with the GET answer to the same URL, headers whole (less Date).
 */
import { describe, expect, it } from 'vitest';
import { EXTENDED_APP, REDIRECT_URI, useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator();

interface Seen {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One request's status, headers and body text. Left out: `date`, which moves with the clock, and the
 * hop-by-hop `connection` and `keep-alive` (RFC 9110 §7.6.1), which follow the client: undici's fetch
 * closes the connection after a HEAD (it sends `connection: close`), and the server says so back.
 */
async function request(method: 'GET' | 'HEAD', path: string, token?: string): Promise<Seen> {
  const response = await fetch(`${emu.url}${path}`, {
    method,
    redirect: 'manual',
    ...(token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } }),
  });
  const {
    date: _date,
    connection: _connection,
    'keep-alive': _keepAlive,
    ...headers
  } = Object.fromEntries(response.headers);
  return { status: response.status, headers, body: await response.text() };
}

/** Asserts HEAD answers `path` with GET's status and headers and no body; returns GET's answer. */
async function expectHeadLikeGet(path: string, token?: string): Promise<Seen> {
  const get = await request('GET', path, token);
  const head = await request('HEAD', path, token);
  expect(head).toEqual({ status: get.status, headers: get.headers, body: '' });
  return get;
}

describe('HEAD on a GET route', () => {
  it('answers a Web API read with its status, type and length, no body', async () => {
    const token = await emu.token({ user: 'alice' });
    const album = [...emu.state.catalog.albums.keys()][0]!;
    const get = await expectHeadLikeGet(`/v1/albums/${album}`, token);
    expect(get.status).toBe(200);
    expect(Number(get.headers['content-length'])).toBeGreaterThan(0);
    await expectHeadLikeGet(`/v1/me/tracks?limit=3`, token);
    // No device: the player's 204 stays a 204.
    expect((await expectHeadLikeGet('/v1/me/player', token)).status).toBe(204);
  });

  it("answers a Web API read's refusal (no token, a bad id) as GET does", async () => {
    expect((await expectHeadLikeGet('/v1/albums/x')).status).toBe(401);
    const token = await emu.token({ user: 'alice' });
    expect((await expectHeadLikeGet('/v1/albums/not-an-id!', token)).status).toBe(400);
  });

  it("answers the accounts service's consent page as GET does", async () => {
    const query = new URLSearchParams({
      client_id: EXTENDED_APP.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'user-read-private',
    });
    expect((await expectHeadLikeGet(`/authorize?${query}`)).status).toBe(200);
  });

  it("answers the control API's reads as GET does", async () => {
    expect((await expectHeadLikeGet('/__emulator/info')).status).toBe(200);
    expect((await expectHeadLikeGet('/__emulator/faults')).status).toBe(200);
  });

  it('answers a path no route takes with the same 404, a POST-only route with the same 405', async () => {
    expect((await expectHeadLikeGet('/v1/no-such-thing')).status).toBe(404);
    expect((await expectHeadLikeGet('/graphql')).status).toBe(404);
    expect((await expectHeadLikeGet('/__emulator/no-such-thing')).status).toBe(404);
    expect((await expectHeadLikeGet('/api/token')).status).toBe(405);
  });

  it("takes the GET route's fault rule, and is logged as HEAD", async () => {
    const token = await emu.token({ user: 'alice' });
    const added = await emu.control('POST', '/faults', {
      route: 'GET /v1/me',
      status: 503,
      times: 1,
    });
    expect(added.status).toBe(201);
    const head = await request('HEAD', '/v1/me', token);
    expect(head).toMatchObject({ status: 503, body: '' });
    expect(head.headers['content-type']).toMatch(/^application\/json/);
    const log = (await emu.control('GET', '/requests')).json as {
      entries: { method: string; route: string; status: number }[];
    };
    expect(log.entries.at(-1)).toMatchObject({ method: 'HEAD', route: '/v1/me', status: 503 });
  });
});
