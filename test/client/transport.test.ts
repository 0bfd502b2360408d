import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withDeadline } from '../../src/spotify/deadlines.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import {
  RateLimitExceeded,
  RequestTimeout,
  SpotifyAPIError,
  type SpotifyApiClient,
  SpotifyAuthorisationToken,
  SpotifyError,
  SpotifyNetworkError,
} from '../../src/spotify/index.js';
import { waitFor } from '../helpers/subscriptions.js';
import {
  addFault,
  clientFor,
  codeFlow,
  countOf,
  openedClient,
  useClientTests,
  userToken,
} from './client-harness.js';

// useClientTests clears faults and log before each test once requests still being answered have
// landed (the timeout tests leave delayed requests behind).
const { emu, clients } = useClientTests();
let token: SpotifyAuthorisationToken;

beforeEach(async () => {
  token = await userToken(emu);
});

interface Me {
  id: string;
}

async function openClient(options: Parameters<typeof clientFor>[2] = {}): Promise<SpotifyApiClient> {
  return openedClient(emu, clients, codeFlow(), { holdAuthentication: true, authToken: token, ...options });
}

const me = (client: SpotifyApiClient) => client.request<Me>(endpoints.getCurrentUsersProfile);

/** Starts an album on the user's first device; answers the device id. */
async function playSomething(client: SpotifyApiClient): Promise<string> {
  const { devices } = await client.request<{ devices: { id: string }[] }>(
    endpoints.getAUsersAvailableDevices,
  );
  const device = devices[0]!.id;
  const album = [...emu.state.catalog.albums.keys()][3]!;
  await client.request(endpoints.startAUsersPlayback, {
    deviceId: device,
    contextUri: `spotify:album:${album}`,
  });
  return device;
}

describe('rate limits', () => {
  it('waits out a short Retry-After and retries', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me', status: 429, retryAfter: 0, times: 1 });
    expect((await me(client)).id).toBe('alice');
    expect(await countOf(emu, 'GET /v1/me')).toBe(2);
  });

  it('raises RateLimitExceeded at once for a long Retry-After, with its reason', async () => {
    const client = await openClient();
    await addFault(emu, {
      route: 'GET /v1/me',
      status: 429,
      retryAfter: 3600,
      reason: 'QUOTA_EXCEEDED',
      times: 1,
    });
    const error = await me(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitExceeded);
    expect(error).toMatchObject({ retryAfter: 3600, reason: 'QUOTA_EXCEEDED', status: 429 });
    expect(await countOf(emu, 'GET /v1/me')).toBe(1);
  });

  it('pauses the whole client: later calls fail without reaching Spotify while the limit lasts', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me', status: 429, retryAfter: 3600, times: 1 });
    await expect(me(client)).rejects.toBeInstanceOf(RateLimitExceeded);
    const other = await client.request(endpoints.getAUsersAvailableDevices).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(RateLimitExceeded);
    expect((other as RateLimitExceeded).retryAfter).toBeGreaterThan(3500);
    expect(await countOf(emu, 'GET /v1/me/player/devices')).toBe(0);
  });

  it('fails a call with waitOutRateLimit false at once on a short Retry-After, and during the pause it set', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me', status: 429, retryAfter: 2, times: 1 });
    const limited = await client
      .request<Me>(endpoints.getCurrentUsersProfile, { waitOutRateLimit: false })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitExceeded);
    expect(limited).toMatchObject({ retryAfter: 2, answered: true });
    // The pause it set holds the next such call without sending it (another call would wait it out).
    const paused = await client
      .request(endpoints.getAUsersAvailableDevices, { waitOutRateLimit: false })
      .catch((e: unknown) => e);
    expect(paused).toMatchObject({ answered: false });
    expect(await countOf(emu, 'GET /v1/me')).toBe(1);
    expect(await countOf(emu, 'GET /v1/me/player/devices')).toBe(0);
  });

  it("pauses a caller's token of no known app apart ('own-tokens'): the client's own app and other tokens go on, and the reverse", async () => {
    const client = await openClient({ modeEvidence: 'own-tokens' });
    const caller = token;
    const otherCaller = await userToken(emu, { user: 'bob' });
    const own = SpotifyAuthorisationToken.fromStored({
      ...token.toStored(),
      clientId: client.flow.applicationId!,
    });
    const meWith = (authToken: SpotifyAuthorisationToken) =>
      client.request<Me>(endpoints.getCurrentUsersProfile, { authToken }).catch((e: unknown) => e);
    await addFault(emu, { route: 'GET /v1/me', status: 429, retryAfter: 3600, times: 1 });
    expect(await meWith(caller)).toMatchObject({ retryAfter: 3600, answered: true });
    expect(client.rateLimitPauseMs).toBe(0);
    expect(await meWith(otherCaller)).toMatchObject({ id: 'bob' });
    expect(await meWith(own)).toMatchObject({ id: 'alice' });
    // The caller's own pause holds it, unsent.
    expect(await meWith(caller)).toMatchObject({ answered: false });
    expect(await countOf(emu, 'GET /v1/me')).toBe(3);
    // The client's own app's 429 pauses its own calls, not a caller's token.
    await addFault(emu, { route: 'GET /v1/me', status: 429, retryAfter: 3600, times: 1 });
    expect(await meWith(own)).toMatchObject({ retryAfter: 3600, answered: true });
    expect(client.rateLimitPauseMs).toBeGreaterThan(3_500_000);
    expect(await meWith(otherCaller)).toMatchObject({ id: 'bob' });
    expect(await countOf(emu, 'GET /v1/me')).toBe(5);
  });

  it('respects the configured longest wait', async () => {
    const client = await openClient({ maxRetryAfter: 0 });
    await addFault(emu, { route: 'GET /v1/me', status: 429, retryAfter: 1, times: 1 });
    await expect(me(client)).rejects.toMatchObject({ retryAfter: 1 });
  });
});

describe("waits bounded by the call's deadline", () => {
  it('a Retry-After ending after the deadline fails at once with its retryAfter, not slept on', async () => {
    const client = await openClient({ maxRetryAfter: 600 });
    await addFault(emu, { route: 'GET /v1/me', status: 429, retryAfter: 300, times: 1 });
    const limited = await client
      .request<Me>(endpoints.getCurrentUsersProfile, { deadline: Date.now() + 2000 })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitExceeded);
    expect(limited).toMatchObject({ retryAfter: 300, answered: true, status: 429 });
    // The pause it set outlasts the next call's deadline too: refused unsent, with the time left.
    const paused = await client
      .request(endpoints.getAUsersAvailableDevices, { deadline: Date.now() + 2000 })
      .catch((e: unknown) => e);
    expect(paused).toBeInstanceOf(RateLimitExceeded);
    expect(paused).toMatchObject({ answered: false });
    expect((paused as RateLimitExceeded).retryAfter).toBeGreaterThan(290);
    expect(await countOf(emu, 'GET /v1/me')).toBe(1);
    expect(await countOf(emu, 'GET /v1/me/player/devices')).toBe(0);
  });

  it("the deadline noted on the call's signal bounds it as the deadline option does", async () => {
    const client = await openClient({ maxRetryAfter: 600 });
    await addFault(emu, { route: 'GET /v1/me', status: 429, retryAfter: 300, times: 1 });
    const signal = withDeadline(new AbortController().signal, Date.now() + 2000);
    const limited = await client
      .request<Me>(endpoints.getCurrentUsersProfile, { signal })
      .catch((e: unknown) => e);
    expect(limited).toMatchObject({ retryAfter: 300, answered: true });
  });

  it('a retry whose back-off would end after the deadline is not made: the 5xx is the answer', async () => {
    // A back-off step of a day: any retry would sleep past a deadline 2 s away.
    const client = await openClient({
      retry: { maxRetries: 3, baseDelayMs: 86_400_000, maxDelayMs: 86_400_000 },
    });
    await addFault(emu, { route: 'GET /v1/me', status: 503, times: 1 });
    const failed = await client
      .request<Me>(endpoints.getCurrentUsersProfile, { deadline: Date.now() + 2000 })
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ status: 503 });
    expect(await countOf(emu, 'GET /v1/me')).toBe(1);
  });

  it('an abort ends a wait for a Retry-After at once (ABORTED)', async () => {
    const client = await openClient({ maxRetryAfter: 600 });
    await addFault(emu, { route: 'GET /v1/me', status: 429, retryAfter: 300, times: 1 });
    const controller = new AbortController();
    const call = client.request<Me>(endpoints.getCurrentUsersProfile, { signal: controller.signal });
    await waitFor(
      async () => (await countOf(emu, 'GET /v1/me')) === 1,
      () => 'the first attempt was not made',
    );
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'ABORTED' });
    expect(await countOf(emu, 'GET /v1/me')).toBe(1);
  });
});

describe('server errors and broken connections', () => {
  it('retries a GET after 5xx answers', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me', status: 503, times: 2 });
    expect((await me(client)).id).toBe('alice');
    expect(await countOf(emu, 'GET /v1/me')).toBe(3);
  });

  it('gives the last 5xx as SpotifyAPIError once retries run out', async () => {
    const client = await openClient({ retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    await addFault(emu, { route: 'GET /v1/me', status: 500 });
    const error = await me(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyAPIError);
    expect(error).toMatchObject({ status: 500, message: 'Server error' });
    expect(await countOf(emu, 'GET /v1/me')).toBe(3);
  });

  it('does not repeat a POST after a 5xx', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'POST /v1/me/player/next', status: 502 });
    await expect(client.request(endpoints.skipUsersPlaybackToNextTrack)).rejects.toMatchObject({
      status: 502,
    });
    expect(await countOf(emu, 'POST /v1/me/player/next')).toBe(1);
  });

  it('retries a dropped connection', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me', drop: true, times: 1 });
    expect((await me(client)).id).toBe('alice');
    expect(await countOf(emu, 'GET /v1/me')).toBe(2);
  });

  it('gives SpotifyNetworkError when the connection keeps dropping', async () => {
    const client = await openClient({ retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    await addFault(emu, { route: 'GET /v1/me', drop: true });
    await expect(me(client)).rejects.toBeInstanceOf(SpotifyNetworkError);
    expect(await countOf(emu, 'GET /v1/me')).toBe(2);
  });

  it('gives RequestTimeout when every attempt outlasts requestTimeout', async () => {
    const client = await openClient({
      requestTimeout: 0.05,
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    await addFault(emu, { route: 'GET /v1/me', latencyMs: 400 });
    const error = await me(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeout);
    expect(error).toMatchObject({ code: 'REQUEST_TIMEOUT', status: 0 });
  });

  it('cuts each attempt at its own deadline: a younger one in flight when an older one times out goes on', async () => {
    // One timer serves every attempt of a client; when it cuts the older attempt, the younger one
    // (started 700 ms later, answered 600 ms after it started, within its 1 s) must be left alone.
    const client = await openClient({ requestTimeout: 1, retry: { maxRetries: 0 } });
    await addFault(emu, { route: 'GET /v1/me', latencyMs: 2500 });
    await addFault(emu, { route: 'GET /v1/me/player/devices', latencyMs: 600 });
    const older = me(client).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 700));
    const younger = client.request<{ devices: unknown[] }>(endpoints.getAUsersAvailableDevices);
    expect(await older).toBeInstanceOf(RequestTimeout);
    expect((await younger).devices).toBeInstanceOf(Array);
  });

  it('ends a call on the wire with ABORTED when its signal aborts', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me', latencyMs: 2000 });
    const controller = new AbortController();
    const call = client
      .request<Me>(endpoints.getCurrentUsersProfile, { signal: controller.signal })
      .catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    const error = await call;
    expect(error).toBeInstanceOf(SpotifyError);
    expect(error).toMatchObject({ code: 'ABORTED' });
  });

  it('retries after a timed-out attempt', async () => {
    const client = await openClient({ requestTimeout: 0.1 });
    await addFault(emu, { route: 'GET /v1/me', latencyMs: 400, times: 1 });
    expect((await me(client)).id).toBe('alice');
  });
});

describe('bodies', () => {
  it('retries a truncated JSON answer', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me', body: 'truncated', times: 1 });
    expect((await me(client)).id).toBe('alice');
    expect(await countOf(emu, 'GET /v1/me')).toBe(2);
  });

  it('gives BAD_RESPONSE when every answer is truncated', async () => {
    const client = await openClient({ retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    await addFault(emu, { route: 'GET /v1/me', body: 'truncated' });
    await expect(me(client)).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
  });

  it('gives a typed error for a truncated error body', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me', status: 404, body: 'truncated' });
    const error = await me(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyAPIError);
    expect(error).toMatchObject({ status: 404, body: undefined });
    expect((error as SpotifyAPIError).getJson()).toEqual({
      error: { status: 404, message: 'Spotify answered 404' },
    });
  });

  it('gives a typed error for a non-JSON error page', async () => {
    const client = await openClient({ retry: { maxRetries: 0 } });
    await addFault(emu, { route: 'GET /v1/me', status: 502, body: 'non-json' });
    await expect(me(client)).rejects.toMatchObject({ status: 502, code: 'SPOTIFY_API_ERROR' });
  });

  it('gives a typed BAD_RESPONSE, never the text, for a non-JSON 2xx body where an object is due', async () => {
    const client = await openClient({ retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    await addFault(emu, { route: 'GET /v1/me/player/devices', text: 'OK', contentType: 'text/plain' });
    await expect(client.request<unknown>(endpoints.getAUsersAvailableDevices)).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
      status: 200,
    });
  });

  it('accepts any 2xx body from an endpoint documented without one, and does not repeat it', async () => {
    const client = await openClient();
    const device = await playSomething(client);
    await addFault(emu, {
      route: 'PUT /v1/me/player/pause',
      text: 'not json at all',
      contentType: 'application/json',
      times: 1,
    });
    try {
      await expect(
        client.request(endpoints.pauseAUsersPlayback, { deviceId: device }),
      ).resolves.toBeUndefined();
      expect(await countOf(emu, 'PUT /v1/me/player/pause')).toBe(1);
    } finally {
      await emu.reset(); // the player back to no active device, for the tests after
    }
  });

  it('accepts an empty 204', async () => {
    const client = await openClient();
    await expect(
      client.request(endpoints.getInformationAboutTheUsersCurrentPlayback),
    ).resolves.toBeUndefined();
  });

  it('keeps Spotify reason on player errors', async () => {
    const client = await openClient();
    const error = await client.request(endpoints.pauseAUsersPlayback).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, reason: 'NO_ACTIVE_DEVICE', code: 'SPOTIFY_API_ERROR' });
  });
});

describe('request limit', () => {
  let proxy: Server;
  let proxyUrl: string;
  let inFlight = 0;
  let most = 0;

  beforeAll(async () => {
    // Counts concurrent requests on their way to the emulator, which cannot tell.
    proxy = createServer((req, res) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const headers = { ...req.headers };
        delete headers.host;
        request(`${emu.url}${req.url ?? '/'}`, {
          method: (req.method ?? 'GET') as 'GET',
          headers: headers as Record<string, string>,
          body: chunks.length > 0 ? Buffer.concat(chunks) : null,
        })
          .then(async (answer) => {
            const body = await answer.body.text();
            inFlight -= 1;
            res.writeHead(answer.statusCode, {
              'content-type': String(answer.headers['content-type'] ?? ''),
            });
            res.end(body);
          })
          .catch(() => {
            inFlight -= 1;
            res.destroy();
          });
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      proxy.close(() => resolve());
      proxy.closeAllConnections();
    });
  });

  it('never has more than requestLimit requests in flight, and queues the rest', async () => {
    most = 0;
    const client = clientFor(emu, codeFlow(), {
      holdAuthentication: true,
      authToken: token,
      apiUrl: `${proxyUrl}/v1`,
    });
    clients.push(client);
    await client.createNewClient({ requestLimit: 3 });
    await addFault(emu, { route: 'GET /v1/me', latencyMs: 30 });
    const answers = await Promise.all(Array.from({ length: 12 }, () => me(client)));
    expect(answers).toHaveLength(12);
    expect(most).toBe(3);
  });
});

describe('lifecycle', () => {
  it('refuses calls before createNewClient', async () => {
    const client = clientFor(emu, codeFlow(), { holdAuthentication: true, authToken: token });
    await expect(me(client)).rejects.toMatchObject({ code: 'CLIENT_CLOSED' });
    await expect(me(client)).rejects.toBeInstanceOf(SpotifyError);
  });

  it('refuses calls after closeClient', async () => {
    const client = await openClient();
    await me(client);
    await client.closeClient();
    await expect(me(client)).rejects.toMatchObject({ code: 'CLIENT_CLOSED' });
  });

  it('ends a pending call when the client closes', async () => {
    const client = await openClient();
    await addFault(emu, { route: 'GET /v1/me', latencyMs: 300, times: 1 });
    const pending = me(client).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await client.closeClient();
    expect(await pending).toMatchObject({ code: 'CLIENT_CLOSED' });
  });

  it('sends through an injected dispatcher and leaves it open for its owner', async () => {
    const agent = new Agent({ connections: 2 });
    let dispatched = 0;
    const counting = agent.compose((dispatch) => (options, handler) => {
      dispatched += 1;
      return dispatch(options, handler);
    });
    const client = await openClient({ dispatcher: counting });
    expect((await me(client)).id).toBe('alice');
    await client.closeClient();
    expect(dispatched).toBe(1);
    const stillOpen = await request(`${emu.url}/__emulator/info`, { dispatcher: agent });
    await stillOpen.body.dump();
    expect(stillOpen.statusCode).toBe(200);
    await agent.close();
  });

  it('leaves no socket or timer behind after closeClient', async () => {
    const counts = () => {
      const resources = process.getActiveResourcesInfo();
      return {
        sockets: resources.filter((name) => name === 'TCPSocketWrap').length,
        timers: resources.filter((name) => name === 'Timeout').length,
      };
    };
    const before = counts();
    const client = await openClient();
    await Promise.all(Array.from({ length: 5 }, () => me(client)));
    expect(counts().sockets).toBeGreaterThan(before.sockets);
    await client.closeClient();
    // The emulator's side of each socket closes once it sees the client's end: wait for that, by count.
    for (let i = 0; i < 200 && counts().sockets > before.sockets; i++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    const after = counts();
    expect(after.sockets).toBeLessThanOrEqual(before.sockets);
    expect(after.timers).toBeLessThanOrEqual(before.timers);
  });
});
