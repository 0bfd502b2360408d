import { expect, it } from 'vitest';
import { type AppTokenFailure, AppTokenProvider } from '../../src/resolvers/app-token.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { RateLimitExceeded } from '../../src/spotify/index.js';
import {
  addFault,
  clientsClosedAfterEach,
  credentialsFlow,
  openedClient,
  useTestEmulator,
} from './client-harness.js';

/**
 * A rate limit met while fetching the app token is the client's pause, not a failure of the app token:
 * the caller gets RATE_LIMITED with Spotify's retryAfter, and no back-off, streak or log line starts
 * (a new instance joining a shared pause once logged "the accounts service did not issue the app token").
 */

const emu = useTestEmulator();
const clients = clientsClosedAfterEach();

it('passes a rate limit through as RATE_LIMITED without starting a failure streak', async () => {
  const client = await openedClient(emu, clients, credentialsFlow(), { maxRetryAfter: 1 });
  const failures: AppTokenFailure[] = [];
  const provider = new AppTokenProvider(client, {
    backoffInitialMs: 60_000,
    marginSeconds: 1e9,
    events: { failed: (kind) => failures.push(kind), recovered: () => undefined },
  });
  // Another request of the client meets a long 429: the client pauses (as when another instance's
  // pause arrives through Redis), and the app token is due now.
  await addFault(emu, { route: 'GET /v1/search', status: 429, retryAfter: 3600, times: 1 });
  const authToken = await provider.get();
  const search = await client
    .request(endpoints.search, { q: 'a', type: ['track'], limit: 1, authToken })
    .catch((error: unknown) => error);
  expect(search).toBeInstanceOf(RateLimitExceeded);
  const refused = await provider.get().catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(RateLimitExceeded);
  expect(refused).toMatchObject({ code: 'RATE_LIMITED' });
  expect((refused as RateLimitExceeded).retryAfter).toBeGreaterThan(3000);
  expect(failures).toEqual([]);
});
