import { expect, it } from 'vitest';
import { type AppTokenFailure, AppTokenProvider } from '../../src/resolvers/app-token.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { RateLimitExceeded } from '../../src/spotify/index.js';
import { addFault, credentialsFlow, openedClient, useClientTests } from './client-harness.js';

/**
 * A rate limit met while fetching the app token is Spotify's rate limit, not a failure of the app
 * token: the caller gets RATE_LIMITED with Spotify's retryAfter, and no back-off, streak or log line
 * starts (a new instance joining a shared pause once logged "the accounts service did not issue the
 * app token"). The Web API's pause does not hold the accounts service's token endpoint (v5 F1).
 */

const { emu, clients } = useClientTests();

it("passes the accounts service's rate limit through as RATE_LIMITED without starting a failure streak", async () => {
  const client = await openedClient(emu, clients, credentialsFlow(), { maxRetryAfter: 1 });
  const failures: AppTokenFailure[] = [];
  const provider = new AppTokenProvider(client, {
    backoffInitialMs: 60_000,
    marginSeconds: 1e9,
    events: { failed: (kind) => failures.push(kind), recovered: () => undefined },
  });
  await addFault(emu, { route: 'POST /api/token', status: 429, retryAfter: 3600, times: 1 });
  const refused = await provider.get().catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(RateLimitExceeded);
  expect(refused).toMatchObject({ code: 'RATE_LIMITED' });
  expect((refused as RateLimitExceeded).retryAfter).toBe(3600);
  expect(failures).toEqual([]);
  // The accounts service's 429 pauses no Web API call.
  expect(client.rateLimitPauseMs).toBe(0);
});

it("issues the app token during the Web API's pause, which still holds the Web API calls", async () => {
  const client = await openedClient(emu, clients, credentialsFlow(), { maxRetryAfter: 1 });
  const provider = new AppTokenProvider(client, { backoffInitialMs: 60_000 });
  // Another request of the client meets a long 429: the client pauses, and the app token is due now.
  await addFault(emu, { route: 'GET /v1/search', status: 429, retryAfter: 3600, times: 1 });
  const authToken = await provider.get();
  const search = await client
    .request(endpoints.search, { q: 'a', type: ['track'], limit: 1, authToken })
    .catch((error: unknown) => error);
  expect(search).toBeInstanceOf(RateLimitExceeded);
  expect(client.rateLimitPauseMs).toBeGreaterThan(3_000_000);
  // Spotify refuses the app token now (the client's renewal hook): a new one is issued during the pause.
  const renewed = await provider.renew(authToken);
  expect(renewed.accessToken).not.toBe(authToken.accessToken);
  const held = await client
    .request(endpoints.search, { q: 'a', type: ['track'], limit: 1, authToken: renewed })
    .catch((error: unknown) => error);
  expect(held).toMatchObject({ code: 'RATE_LIMITED', answered: false });
});
