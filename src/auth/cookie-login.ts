import { DEFAULT_ACCOUNTS_URL } from '../spotify/client-options.js';
import type { SpotifyCookie } from '../spotify/cookie.js';
import { SpotifyError } from '../spotify/errors.js';
import { httpUrlRefusal } from '../spotify/setting-values.js';
import { parseCookies } from './cookies.js';

/**
 * `spotify-graphql login --cookie FILE`: signs in to a running server without a browser, through the
 * server's own sign-in (its state and PKCE): `/auth/login`, then the accounts service's /authorize
 * with the user's Spotify cookie (which answers with a code at once when the user approved the app
 * before), then `/auth/callback`. Answers the session token, for `Authorization: Bearer ...`.
 * The Spotify cookie goes to one origin only: `options.accountsUrl`'s (the accounts service the user
 * names: `--accounts`, SPOTIFY_ACCOUNTS_URL; default https://accounts.spotify.com), never to one the
 * server's answer or a redirect names: a server that sends the sign-in elsewhere is refused before
 * any request there. Throws SpotifyError (CONSENT_REQUIRED when the user has not approved the app
 * yet) with a message that carries no token, code or cookie.
 */
export async function loginWithCookie(
  serverUrl: string,
  cookie: SpotifyCookie,
  options: { accountsUrl?: string } = {},
): Promise<string> {
  const spotifyCookie = cookie.toHeader();
  const accounts = accountsOrigin(options.accountsUrl ?? DEFAULT_ACCOUNTS_URL);
  const refusal = httpUrlRefusal('--server', serverUrl, 'http://127.0.0.1:4000');
  if (refusal !== undefined) throw new SpotifyError(refusal);
  const origin = new URL(serverUrl).origin;
  const started = await startSignIn(origin);
  const { start, authorize } = started;
  const elsewhereAccounts = accountsRefusal(authorize, accounts);
  if (elsewhereAccounts) throw elsewhereAccounts;
  // The server signs in on another host (its SPOTIFY_REDIRECT_URI's: localhost for 127.0.0.1, or the
  // reverse): say which --server to use should anything after fail.
  const elsewhere =
    started.signInOrigin === origin
      ? ''
      : ` (this server signs in at ${started.signInOrigin}: you may pass --server ${started.signInOrigin})`;
  const jar = start.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .join('; ');

  const approval = await call(
    authorize,
    { redirect: 'manual', headers: { cookie: spotifyCookie } },
    'The accounts service',
  );
  const refused = await approvalRefusal(approval, authorize, `${started.signInOrigin}/auth/login`);
  if (refused) throw refused;
  await approval.body?.cancel();
  const callback = approval.headers.get('location');
  if (approval.status < 300 || approval.status >= 400 || !callback) {
    throw new SpotifyError(`The accounts service answered ${approval.status} to the sign-in${elsewhere}`);
  }
  const thirdHost = callbackRefusal(callback, authorize, started.signInOrigin);
  if (thirdHost) throw thirdHost;
  const finish = await call(
    callback,
    { redirect: 'manual', headers: { cookie: jar, accept: 'application/json' } },
    'The server',
  );
  if (finish.status !== 302) {
    const refusal = await refusalOf(finish);
    throw new SpotifyError(
      `${refusal ?? `The server answered ${finish.status} to the sign-in's callback, with no error of spotify-graphql's`}${elsewhere}`,
    );
  }
  await finish.body?.cancel();
  for (const line of finish.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const cookies = parseCookies(pair);
    const token = cookies.get('sg_session') ?? cookies.get('__Host-sg_session');
    if (token) return token;
  }
  throw new SpotifyError(`The server answered the sign-in without a session${elsewhere}`);
}

/**
 * The origin of the accounts service the user named (`accountsUrl`, an http or https URL without a
 * user name or password), the only origin the Spotify cookie is sent to. Throws SpotifyError for
 * anything else, naming `--accounts`.
 */
function accountsOrigin(accountsUrl: string): string {
  const refusal = httpUrlRefusal('--accounts (or SPOTIFY_ACCOUNTS_URL)', accountsUrl, DEFAULT_ACCOUNTS_URL);
  if (refusal !== undefined) throw new SpotifyError(refusal);
  return new URL(accountsUrl).origin;
}

/**
 * Why the Spotify cookie is not sent to `authorize`, the address the server's /auth/login (or its
 * loopback alias's) sent the sign-in to: its origin is not `accounts` (the accounts service the user
 * named), compared as the URL standard writes origins (scheme, host in lower case, port; a trailing
 * dot, another port, http for https, an IPv6 form of an IPv4 address are all other origins), or it
 * carries a user name or password (`https://accounts.spotify.com@elsewhere` is elsewhere). The origin
 * is learned from the server's answer, so it is never trusted: the user names it (--accounts) when it
 * is theirs, such as the sandbox's emulator. Undefined when the cookie may go there.
 */
function accountsRefusal(authorize: string, accounts: string): SpotifyError | undefined {
  const target = new URL(authorize);
  if (target.origin === accounts && !target.username && !target.password) return undefined;
  const where =
    target.origin === 'null' ? 'an address that is no http(s) origin' : target.origin.slice(0, 200);
  const why =
    target.origin === accounts
      ? 'with a user name or password in its address'
      : `at ${where}, not the accounts service at ${accounts}`;
  // Advice to name it only for this machine's own listener (the sandbox's emulator): naming a remote
  // origin a server chose is what a hostile server wants, so there the real service is named instead.
  const advice =
    target.origin === accounts || target.origin === 'null'
      ? ''
      : isLoopbackHost(target.hostname)
        ? `; if ${where} is the accounts service you mean (the sandbox's emulator, say), pass --accounts ${where}`
        : `; Spotify's accounts service is ${DEFAULT_ACCOUNTS_URL}: check that --server names the server you mean`;
  return new SpotifyError(
    `The server sent the sign-in to an accounts service ${why}: not followed (the Spotify cookie was not sent there)${advice}`,
  );
}

/** How long one step of the sign-in may take (ms): a host that never answers is a failure, not a hang. */
const STEP_TIMEOUT_MS = 15_000;

/**
 * Why a fetch to `url` failed, in words: the connection was refused, the host name did not resolve,
 * the port is one fetch refuses to connect to (the Fetch standard's "bad port" list), the step timed
 * out, or the cause's own message. Never holds a header (the cookie) or a body.
 */
function failureOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  if ((error as Error | undefined)?.name === 'TimeoutError')
    return `no answer within ${STEP_TIMEOUT_MS / 1000} s`;
  if (code === 'ECONNREFUSED') return 'the connection was refused (nothing listens there)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name does not resolve';
  if (cause?.message === 'bad port') {
    return 'fetch refuses that port (a "bad port" of the Fetch standard, https://fetch.spec.whatwg.org/#port-blocking)';
  }
  const said = typeof cause?.message === 'string' ? cause.message : (error as Error | undefined)?.message;
  return code ?? said ?? 'the request failed';
}

/**
 * `fetch(url, init)` within STEP_TIMEOUT_MS; a request that gets no answer throws SpotifyError
 * `<who> answered at <origin>: <why>` (failureOf), plus `hint` ("fetch failed" said nothing: s37
 * new user). The URL is named by its origin only: a callback's query holds the authorization code.
 */
async function call(
  url: string,
  init: RequestInit,
  who: string,
  options: { hint?: string } = {},
): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(STEP_TIMEOUT_MS) });
  } catch (error) {
    const origin = URL.canParse(url) ? new URL(url).origin : 'its address';
    const lead = who.startsWith('No ')
      ? `${who} answered at ${origin}`
      : `${who} did not answer at ${origin}`;
    throw new SpotifyError(`${lead}: ${failureOf(error)}${options.hint ?? ''}`);
  }
}

/**
 * GET `/auth/login` at `origin`: the 302 to the accounts service's /authorize (with the login cookie).
 * A server whose sign-in host is another loopback name (SPOTIFY_REDIRECT_URI on localhost, reached at
 * 127.0.0.1, or the reverse) first redirects to `/auth/login` on that host, as it does a browser: that
 * redirect is followed once, and `signInOrigin` is the host that answered. Throws SpotifyError when no
 * server answers, or it does not answer with a redirect.
 */
async function startSignIn(
  origin: string,
): Promise<{ start: Response; authorize: string; signInOrigin: string }> {
  let signInOrigin = origin;
  for (let hop = 0; ; hop += 1) {
    const start = await call(
      `${signInOrigin}/auth/login`,
      // JSON: a refusal then says its code and message (an HTML page is for browsers).
      { redirect: 'manual', headers: { accept: 'application/json' } },
      'No spotify-graphql server',
      {
        hint: ': start one, or pass --server URL',
      },
    );
    const authorize = start.headers.get('location');
    if (start.status !== 302 || !authorize) {
      // Our own refusal (Redis down, too many sign-ins, ...) says what it is; only an answer that is
      // not ours (no JSON error body) leaves the guess that something else listens there.
      const refusal = await refusalOf(start);
      throw new SpotifyError(
        refusal ??
          `${signInOrigin}/auth/login answered ${start.status}: is a spotify-graphql server running there?`,
      );
    }
    await start.body?.cancel();
    if (!URL.canParse(authorize, signInOrigin)) {
      throw new SpotifyError(
        `${signInOrigin}/auth/login redirected the sign-in to an address that is not a URL`,
      );
    }
    const next = new URL(authorize, signInOrigin);
    if (next.pathname !== '/auth/login' || next.origin === signInOrigin) {
      return { start, authorize: next.href, signInOrigin };
    }
    if (hop > 0) {
      throw new SpotifyError(
        `${origin}/auth/login keeps redirecting to another host's /auth/login (${next.origin}): pass --server with the host of the server's SPOTIFY_REDIRECT_URI`,
      );
    }
    if (!loopbackAliases(next, new URL(origin))) {
      // The server's own hop is only ever to its other loopback name on its port (src/auth/routes.ts
      // loopbackAlias): a hop elsewhere would take the Spotify cookie to a host not given.
      throw new SpotifyError(
        `${origin}/auth/login redirected the sign-in to another host's /auth/login (${next.origin}): not followed; if that is this server, pass --server ${next.origin}`,
      );
    }
    signInOrigin = next.origin;
  }
}

/** Host names of a machine's loopback interface, as a URL writes them. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `hostname` (as a URL writes it) is this machine's loopback: a loopback name, 127.0.0.0/8, or its IPv6 form. */
function isLoopbackHost(hostname: string): boolean {
  return (
    LOOPBACK_NAMES.has(hostname) ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(hostname)
  );
}

/** Whether `a` and `b` are the same loopback listener under two names (same scheme and port). */
function loopbackAliases(a: URL, b: URL): boolean {
  return (
    LOOPBACK_NAMES.has(a.hostname) &&
    LOOPBACK_NAMES.has(b.hostname) &&
    a.protocol === b.protocol &&
    a.port === b.port
  );
}

/**
 * Why the accounts service's redirect `callback` (answering `authorize`) is not followed: it goes to a
 * third host, neither the server that signs in (`signInOrigin`) nor the accounts service itself (which
 * approvalRefusal has answered). Following it would send the authorization code (in its query) and the
 * server's login cookie there. When the host is the one the server's own `redirect_uri` names (the
 * server's SPOTIFY_REDIRECT_URI is on a host other than --server's), the error says to pass it as
 * --server. Undefined for the server's callback. The message names origins only, never the code.
 */
function callbackRefusal(
  callback: string,
  authorize: string,
  signInOrigin: string,
): SpotifyError | undefined {
  if (!URL.canParse(callback, authorize)) {
    return new SpotifyError('The accounts service redirected the sign-in to an address that is not a URL');
  }
  const target = new URL(callback, authorize);
  if (target.origin === signInOrigin) return undefined;
  const redirectUri = new URL(authorize).searchParams.get('redirect_uri');
  const ours =
    redirectUri !== null && URL.canParse(redirectUri) && new URL(redirectUri).origin === target.origin;
  const advice = ours
    ? `: the server's SPOTIFY_REDIRECT_URI is on that host; if that is this server, pass --server ${target.origin}`
    : '';
  return new SpotifyError(
    `The accounts service redirected the sign-in to ${target.origin}, not back to the server at ${signInOrigin}: not followed (the code and cookie were not sent there)${advice}`,
  );
}

/** The most of an answer's body login reads (64 KiB): a page or an error, never more. */
const MAX_BODY_BYTES = 65_536;

/**
 * The first `MAX_BODY_BYTES` of `response`'s body as UTF-8 text (a character cut at the end is
 * replaced), then the rest is cancelled unread, so an endless or huge body costs at most that much;
 * '' when the body cannot be read.
 */
async function boundedText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < MAX_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A body cut by the network is read as far as it came.
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8');
}

/**
 * A spotify-graphql refusal in `response` (any status): its JSON error body `{"error": {"code",
 * "message"}}` as `The server refused the sign-in (<status> <code>): <message>`. Undefined when the
 * body is not one (HTML, empty, not JSON, another shape): the answer is not one of ours. The body is
 * read once, at most 64 KiB of it, and the code and message are cut to 100 and 300 characters.
 */
async function refusalOf(response: Response): Promise<string | undefined> {
  const text = await boundedText(response);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  const error = (body as { error?: unknown } | null)?.error as
    | { code?: unknown; message?: unknown }
    | undefined;
  const { code, message } = error ?? {};
  if (typeof code !== 'string' || typeof message !== 'string' || code === '') return undefined;
  return `The server refused the sign-in (${response.status} ${code.slice(0, 100)}): ${message.slice(0, 300)}`;
}

/**
 * Why the accounts service did not send the sign-in back with a code, when its answer to /authorize
 * (at `authorize`) says so; undefined for a redirect that may be the callback. Its page (200) or a
 * redirect back to itself (Spotify sends a browser without a session to its `/login`) asks to sign in
 * or approve: where the answer tells which, one cause is named (the emulator's page shows a cookie's
 * user as "Signed in as", and a user picker to a browser it does not know); else both. `loginUrl` is
 * the server's absolute /auth/login. The page is read only for that, never quoted (it may echo the
 * cookie).
 */
async function approvalRefusal(
  approval: Response,
  authorize: string,
  loginUrl: string,
): Promise<SpotifyError | undefined> {
  const location = approval.headers.get('location');
  const backToAccounts =
    approval.status >= 300 &&
    approval.status < 400 &&
    location !== null &&
    URL.canParse(location, authorize) &&
    new URL(location, authorize).origin === new URL(authorize).origin;
  if (approval.status !== 200 && !backToAccounts) return undefined;
  const page = approval.status === 200 ? await boundedText(approval) : '';
  if (backToAccounts || /<select[^>]*name="user"/.test(page)) {
    return new SpotifyError(
      'The cookie does not sign in at the accounts service (it expired, or is not the cookie of a seeded or real user): take a fresh one from a browser signed in at Spotify',
      { code: 'CONSENT_REQUIRED' },
    );
  }
  if (/Signed in as/.test(page)) {
    return new SpotifyError(
      `The cookie signs in, but this user has not approved the app yet: sign in once in a browser at ${loginUrl} and agree, then run login again`,
      { code: 'CONSENT_REQUIRED' },
    );
  }
  return new SpotifyError(
    `The accounts service asked to sign in or approve: the cookie is not signed in (expired, or not a seeded/real user), or this user has not approved the app yet (sign in once in a browser at ${loginUrl})`,
    { code: 'CONSENT_REQUIRED' },
  );
}
