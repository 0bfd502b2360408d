import type { KeyRing } from '../../src/auth/crypto.js';
import type { TokenStore } from '../../src/auth/store.js';
import type { EmulatorOptions } from '../../src/emulator/index.js';
import { noCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { type CreateServerOptions, createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import type { ServerConfig } from '../../src/server/config.js';
import type { LimitsConfig } from '../../src/server/limits.js';
import { documentText, type GraphQLDocument } from './documents.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from './emulator.js';
import { testExecutor } from './executor.js';
import { emulatorConfig } from './server.js';

/** A browser's cookie jar, as far as these tests need one: names to values, Set-Cookie absorbed. */
export class CookieJar {
  readonly cookies = new Map<string, string>();
  /** The raw Set-Cookie lines seen last, for attribute checks. */
  lastSetCookie: string[] = [];

  absorb(response: Response): void {
    this.lastSetCookie = response.headers.getSetCookie();
    for (const line of this.lastSetCookie) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = decodeURIComponent(pair.slice(at + 1).trim());
      const deleted = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (deleted) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
  }

  clone(): CookieJar {
    const copy = new CookieJar();
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }
}

export interface AuthTestServer {
  emu: TestEmulator;
  server: SpotifyGraphQLServer;
  config: ServerConfig;
  /** The server's origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** Lines the server reported through `warn`. */
  warnings: string[];
  /** GET or POST against the server with the jar's cookies (redirects are not followed). */
  fetch(path: string, init?: RequestInit & { jar?: CookieJar }): Promise<Response>;
  /**
   * Runs a GraphQL operation over HTTP with the jar's cookies or a bearer token: a typed document
   * (`graphql(...)`) types the answer's data and the variables; a string is for a document sent
   * malformed on purpose.
   */
  graphql<R = Record<string, unknown>, V = Record<string, unknown>>(
    query: GraphQLDocument<R, V>,
    auth: { jar?: CookieJar; bearer?: string; variables?: NoInfer<V> },
  ): Promise<{
    status: number;
    body: { data?: R | null; errors?: GraphQLErrorBody[] };
  }>;
  /** GET /auth/login: the emulator's /authorize URL it redirects to (the jar gets the login cookie). */
  startLogin(jar: CookieJar, query?: Record<string, string>): Promise<string>;
  /** Approves (or denies) on the emulator's page as `user`: answers the callback URL Spotify redirects to. */
  approve(authorizeUrl: string, options?: { user?: string; deny?: boolean }): Promise<string>;
  /** GET /auth/callback with the jar: the server's answer (the jar gets the session cookie). */
  finishLogin(jar: CookieJar, callbackUrl: string, accept?: string): Promise<Response>;
  /** The whole sign-in: a jar holding a session for `user`. */
  signIn(user?: string): Promise<CookieJar>;
  /** The session token in a jar (the session cookie's value). */
  sessionToken(jar: CookieJar): string;
  close(): Promise<void>;
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface AuthTestServerOptions {
  emulator?: EmulatorOptions;
  store?: TokenStore;
  keys?: KeyRing;
  allowedOrigins?: string[];
  tokenRenew?: CreateServerOptions['tokenRenew'];
  /** An emulator to share (not closed by `close()`). */
  emu?: TestEmulator;
  /** createServer's `redis` (the caller closes it). */
  redis?: CreateServerOptions['redis'];
  /** Yoga's logging (default off). */
  logging?: CreateServerOptions['logging'];
  /** The server's JSON logger: sign-in warnings then go there (as in production), not to `warnings`. */
  logger?: CreateServerOptions['logger'];
  /** Configuration on top of the defaults (e.g. a short player poll interval). */
  config?: Partial<ServerConfig>;
  /** Limits in place of the defaults (src/server/limits.ts), on top of `config`'s. */
  limits?: Partial<LimitsConfig>;
  /** Sees every answer of the server to `fetch`: status, headers (Set-Cookie aside) and body. */
  record?: (entry: { status: number; headers: string; setCookie: string[]; body: string }) => void;
}

/**
 * An emulator and a GraphQL server listening on 127.0.0.1 (port 0), its callback URL registered with
 * the emulator's Extended app, for sign-in tests over real HTTP.
 */
export async function startAuthServer(options: AuthTestServerOptions = {}): Promise<AuthTestServer> {
  const emu = options.emu ?? (await startTestEmulator(options.emulator ?? {}));
  const config = emulatorConfig(emu, EXTENDED_APP, {
    allowedOrigins: options.allowedOrigins ?? [],
    ...options.config,
  });
  config.limits = { ...config.limits, ...options.limits };
  const warnings: string[] = [];
  const server = await createServer({
    ...(options.config?.jit === undefined ? testExecutor() : {}),
    config,
    cache: noCatalogCache,
    logging: options.logging ?? false,
    ...(options.logger === undefined
      ? { warn: (line: string) => warnings.push(line) }
      : { logger: options.logger }),
    ...(options.store === undefined ? {} : { store: options.store }),
    ...(options.keys === undefined ? {} : { keys: options.keys }),
    ...(options.tokenRenew === undefined ? {} : { tokenRenew: options.tokenRenew }),
    ...(options.redis === undefined ? {} : { redis: options.redis }),
  });
  const origin = new URL(await server.start(0, '127.0.0.1')).origin;
  server.auth.redirectUri = `${origin}/auth/callback`;
  const registered = await emu.control('POST', '/redirect-uris', { redirectUri: server.auth.redirectUri });
  if (registered.status !== 200) throw new Error(`redirect-uris: ${registered.status}`);

  const send = (path: string, init: RequestInit & { jar?: CookieJar } = {}): Promise<Response> => {
    const { jar, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (jar && jar.cookies.size > 0) headers.set('cookie', jar.header());
    // As a page does on a cookie POST (CSRF prevention, README "Cross-origin"); a test of the refusal
    // sends its own headers without a jar.
    if (jar && rest.method === 'POST' && !headers.has('x-graphql-yoga-csrf'))
      headers.set('x-graphql-yoga-csrf', '1');
    const answer = fetch(path.startsWith('http') ? path : `${origin}${path}`, {
      ...rest,
      headers,
      redirect: 'manual',
    });
    const record = options.record;
    if (!record) return answer;
    return answer.then(async (response) => {
      const shown = [...response.headers].filter(([name]) => name !== 'set-cookie');
      record({
        status: response.status,
        headers: shown.map(([name, value]) => `${name}: ${value}`).join('\n'),
        setCookie: response.headers.getSetCookie(),
        body: await response.clone().text(),
      });
      return response;
    });
  };
  const t: AuthTestServer = {
    emu,
    server,
    config,
    origin,
    warnings,
    fetch: send,
    async graphql(query, { jar, bearer, variables }) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
      };
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      const response = await send('/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: documentText(query), variables }),
        ...(jar === undefined ? {} : { jar }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async startLogin(jar, query = {}) {
      const response = await send(`/auth/login?${new URLSearchParams(query)}`, { jar });
      if (response.status !== 302)
        throw new Error(`/auth/login answered ${response.status}: ${await response.text()}`);
      jar.absorb(response);
      return response.headers.get('location') ?? '';
    },
    async approve(authorizeUrl, { user = 'alice', deny = false } = {}) {
      const page = await fetch(authorizeUrl, { redirect: 'manual' });
      if (page.status !== 200) throw new Error(`/authorize answered ${page.status}`);
      await page.text();
      const form = new URLSearchParams(new URL(authorizeUrl).searchParams);
      form.set('user', user);
      form.set('decision', deny ? 'deny' : 'approve');
      const answer = await fetch(`${emu.url}/authorize`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        redirect: 'manual',
      });
      if (answer.status !== 302) throw new Error(`POST /authorize answered ${answer.status}`);
      return answer.headers.get('location') ?? '';
    },
    async finishLogin(jar, callbackUrl, accept = 'application/json') {
      const response = await send(callbackUrl, { jar, headers: { accept } });
      jar.absorb(response);
      return response;
    },
    async signIn(user = 'alice') {
      const jar = new CookieJar();
      const callback = await t.approve(await t.startLogin(jar), { user });
      const response = await t.finishLogin(jar, callback);
      if (response.status !== 302)
        throw new Error(`/auth/callback answered ${response.status}: ${await response.text()}`);
      return jar;
    },
    sessionToken(jar) {
      const value = jar.cookies.get(server.auth.cookies.session);
      if (value === undefined) throw new Error('no session cookie in the jar');
      return value;
    },
    async close() {
      await server.stop();
      if (!options.emu) await emu.close();
    },
  };
  return t;
}
