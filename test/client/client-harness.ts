/** Shared setup of the client's HTTP tests: an emulator, flows for its seeded apps, sign-in helpers. */
import { request } from 'undici';
import { afterEach, beforeEach } from 'vitest';
import {
  type AppMode,
  AuthorizationCodeFlow,
  ClientCredentialsFlow,
  SpotifyApiClient,
  type SpotifyApiClientOptions,
  SpotifyAuthorisationToken,
} from '../../src/spotify/index.js';
import {
  DEVELOPMENT_APP,
  EXTENDED_APP,
  REDIRECT_URI,
  type TestEmulator,
  useTestEmulator,
  waitForIdle,
} from '../helpers/emulator.js';

export type { TestEmulator };
export { DEVELOPMENT_APP, EXTENDED_APP, REDIRECT_URI, useTestEmulator };

export const USER_SCOPES = [
  'user-read-private',
  'user-read-email',
  'playlist-read-private',
  'user-library-read',
];

export type AppName = 'extended' | 'development';

export function appOf(app: AppName): { clientId: string; clientSecret: string } {
  return app === 'extended' ? EXTENDED_APP : DEVELOPMENT_APP;
}

export function codeFlow(
  app: AppName = 'extended',
  options: { secret?: boolean } = {},
): AuthorizationCodeFlow {
  const { clientId, clientSecret } = appOf(app);
  return new AuthorizationCodeFlow({
    applicationId: clientId,
    ...(options.secret === false ? {} : { applicationSecret: clientSecret }),
    scopes: USER_SCOPES,
    redirectUrl: REDIRECT_URI,
  });
}

export function credentialsFlow(app: AppName = 'extended'): ClientCredentialsFlow {
  const { clientId, clientSecret } = appOf(app);
  return new ClientCredentialsFlow({ applicationId: clientId, applicationSecret: clientSecret });
}

/** The clients a test file opens: push each one, and it is closed after the test that opened it. */
export function clientsClosedAfterEach(): SpotifyApiClient[] {
  const clients: SpotifyApiClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.closeClient()));
  });
  return clients;
}

/** A client pointed at the emulator (env ignored), with tiny retry waits so fault tests stay fast. */
export function clientFor(
  emu: TestEmulator,
  flow: AuthorizationCodeFlow | ClientCredentialsFlow,
  options: SpotifyApiClientOptions = {},
): SpotifyApiClient {
  return new SpotifyApiClient(flow, {
    apiUrl: `${emu.url}/v1`,
    accountsUrl: emu.url,
    env: {},
    retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
}

/** `clientFor`'s client, opened, and pushed to `clients` (see clientsClosedAfterEach) to be closed. */
export async function openedClient(
  emu: TestEmulator,
  clients: SpotifyApiClient[],
  flow: AuthorizationCodeFlow | ClientCredentialsFlow,
  options: SpotifyApiClientOptions = {},
): Promise<SpotifyApiClient> {
  const client = clientFor(emu, flow, options);
  clients.push(client);
  await client.createNewClient();
  return client;
}

/** No faults left, and an empty request log once requests still being answered have landed in it. */
export async function clearFaultsAndLog(emu: TestEmulator): Promise<void> {
  await emu.control('DELETE', '/faults');
  await waitForIdle(emu);
  await emu.control('DELETE', '/requests');
}

/** A user token (with its refresh token) minted by the control API, as a client token object. */
export async function userToken(
  emu: TestEmulator,
  options: { user?: string; app?: AppName; scopes?: string[]; activationTime?: number } = {},
): Promise<SpotifyAuthorisationToken> {
  const answer = await emu.control('POST', '/tokens', {
    clientId: appOf(options.app ?? 'extended').clientId,
    userId: options.user ?? 'alice',
    ...(options.scopes ? { scopes: options.scopes } : {}),
  });
  if (answer.status !== 200) throw new Error(`token: ${answer.status}`);
  return SpotifyAuthorisationToken.fromTokenResponse(answer.json, undefined, options.activationTime);
}

/** Signs a user in and approves the consent page the way a browser would; answers the redirect's code. */
export async function approveInBrowser(
  emu: TestEmulator,
  authorizeUrl: string,
  user = 'alice',
): Promise<{ code: string | null; state: string | null }> {
  const form = new URLSearchParams(new URL(authorizeUrl).searchParams);
  form.set('decision', 'approve');
  form.set('user', user);
  const answer = await request(`${emu.url}/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  await answer.body.dump();
  const location = answer.headers.location;
  if (answer.statusCode !== 302 || typeof location !== 'string') {
    throw new Error(`consent answered ${answer.statusCode}`);
  }
  const target = new URL(location);
  return { code: target.searchParams.get('code'), state: target.searchParams.get('state') };
}

/** How often the emulator saw `route` (e.g. `POST /api/token`). */
export async function countOf(emu: TestEmulator, route: string): Promise<number> {
  return (await callsByRoute(emu))[route] ?? 0;
}

export async function addFault(emu: TestEmulator, rule: Record<string, unknown>): Promise<void> {
  const answer = await emu.control('POST', '/faults', rule);
  if (answer.status !== 201) throw new Error(`fault refused: ${answer.text}`);
}

/** The emulator's request counts by route (e.g. `{ 'GET /v1/albums': 1 }`) since the log was last cleared. */
export async function callsByRoute(emu: TestEmulator): Promise<Record<string, number>> {
  const log = (await emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
  return log.byRoute;
}

/** How `ClientTests.signedIn` signs a client in. */
export interface SignedInOptions {
  /** The seeded app whose code flow the client uses, and for which a token is minted (default extended). */
  app?: AppName;
  /** The token the client holds; when absent, `userToken` mints alice's for `app` with `scopes`. */
  token?: SpotifyAuthorisationToken;
  /** The minted token's scopes (the emulator's default scopes when absent). */
  scopes?: string[];
  /** The client's app mode; when absent, the client's own default. */
  appMode?: AppMode | 'auto';
  /** The client's renewal hook (e.g. `new TokenRenewClass()`); when absent, none. */
  tokenRenew?: SpotifyApiClientOptions['tokenRenew'];
}

/** The setup `useClientTests` gives a client test file. */
export interface ClientTests {
  /** The file's emulator (useTestEmulator). */
  emu: TestEmulator;
  /** The file's clients, each closed after the test that opened it (clientsClosedAfterEach). */
  clients: SpotifyApiClient[];
  /** A client of `flow` pointed at the emulator (clientFor), not yet opened, closed after the test. */
  unopened(
    flow: AuthorizationCodeFlow | ClientCredentialsFlow,
    options?: SpotifyApiClientOptions,
  ): SpotifyApiClient;
  /** An opened client that holds a user token (`holdAuthentication`), closed after the test. */
  signedIn(options?: SignedInOptions): Promise<SpotifyApiClient>;
  /** What `call` threw (undefined when it did not throw), and the emulator's request counts by route after it. */
  refusalOf(call: () => Promise<unknown>): Promise<{ error: unknown; calls: Record<string, number> }>;
}

/**
 * The common setup of a client test file against the emulator: one emulator for the file, its clients
 * closed after each test, and no faults and an empty request log before each test (clearFaultsAndLog).
 * Call it once at the top of the file; further `beforeEach` hooks of the file run after the clearing.
 */
export function useClientTests(): ClientTests {
  const emu = useTestEmulator();
  const clients = clientsClosedAfterEach();
  beforeEach(() => clearFaultsAndLog(emu));
  return {
    emu,
    clients,
    unopened(flow, options = {}) {
      const client = clientFor(emu, flow, options);
      clients.push(client);
      return client;
    },
    async signedIn(options = {}) {
      const app = options.app ?? 'extended';
      return openedClient(emu, clients, codeFlow(app), {
        holdAuthentication: true,
        authToken:
          options.token ?? (await userToken(emu, options.scopes ? { app, scopes: options.scopes } : { app })),
        ...(options.appMode === undefined ? {} : { appMode: options.appMode }),
        ...(options.tokenRenew === undefined ? {} : { tokenRenew: options.tokenRenew }),
      });
    },
    async refusalOf(call) {
      const error = await call().then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      return { error, calls: await callsByRoute(emu) };
    },
  };
}
