/**
 * `GET /`: a short page naming the server's routes, for someone who opens the server's address (it
 * was a JSON 404). Nothing else is served at `/`: other methods keep the 404 that names /graphql.
 * Also `/favicon.ico`, which every browser asks for beside `/` and GraphiQL's page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { prefersHtml } from '../auth/prefers-html.js';
import type { Visitor } from './session-user.js';

/** The routes named, each with what it answers (the README's "Commands" and "Running in production"). */
function routes(graphiql: boolean): [path: string, what: string][] {
  return [
    [
      '/graphql',
      `GraphQL: POST a query, or GET with ?query=; subscriptions over SSE and graphql-ws on the same path${
        graphiql ? '; GraphiQL in a browser' : ' (GraphiQL is off)'
      }`,
    ],
    ['/auth/login', 'sign in with Spotify (then /auth/session, /auth/logout)'],
    ['/health', 'liveness: 200 while the process runs'],
    [
      '/ready',
      'readiness: 503 while shutting down, paused by a Spotify rate limit, without an app token Spotify accepts, or while Redis does not answer',
    ],
    ['/metrics', 'Prometheus metrics'],
  ];
}

const TITLE = 'spotify-graphql: a GraphQL API server over the Spotify Web API';

/**
 * How to sign in (the README's Sign-in section): without it only the catalog answers, and GraphiQL
 * says nothing of it until `me` fails.
 */
const SIGN_IN =
  "Sign in at /auth/login to ask for your own data (me, your library, playlists, player): you come back signed in (in the sandbox, pick a seeded user on the emulator's page). Without it only the catalog answers.";

/** What a signed-in visitor reads instead of SIGN_IN: who is signed in, and how to sign out. */
const signedIn = (who: string): string =>
  `You are signed in as ${who}: /graphql answers your own data (me, your library, playlists, player); /auth/session shows the session. To sign out, POST /auth/logout (a browser's cookie POST with the x-graphql-yoga-csrf header).`;

/**
 * What a visitor with a session cookie reads while the session store cannot be read (down, hung,
 * slow): no sign-in offer, since a signed-in visitor still is and signing in needs the store too.
 */
const STORE_UNAVAILABLE =
  'The session store is unavailable right now, so this page cannot tell who is signed in: if you signed in, you still are (reload in a moment; signing in again is not needed). Meanwhile only the catalog answers.';

/** `text` as HTML text or attribute value: a display name is free text its user sets at Spotify. */
const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** What the page says of its visitor: how to sign in, who is signed in, or that the store cannot tell. */
const accountOf = (visitor: Visitor): string =>
  visitor === 'signed-out'
    ? SIGN_IN
    : visitor === 'store-unavailable'
      ? STORE_UNAVAILABLE
      : signedIn(visitor.who);

/**
 * The page as HTML (for a browser: its Accept prefers text/html to text/plain, prefersHtml) or plain
 * text (curl, `*\/*`, and the rest) for `visitor` (session-user.ts).
 */
function bodyOf(html: boolean, graphiql: boolean, visitor: Visitor): { type: string; text: string } {
  const list = routes(graphiql);
  const account = accountOf(visitor);
  if (!html) {
    const width = Math.max(...list.map(([path]) => path.length));
    const lines = list.map(([path, what]) => `  ${path.padEnd(width)}  ${what}`);
    return { type: 'text/plain; charset=utf-8', text: `${TITLE}\n\n${lines.join('\n')}\n\n${account}\n` };
  }
  const items = list.map(([path, what]) => `<li><a href="${path}">${path}</a>: ${what}</li>`);
  const line =
    visitor === 'signed-out'
      ? SIGN_IN.replace('/auth/login', '<a href="/auth/login">/auth/login</a>')
      : escapeHtml(account);
  return {
    type: 'text/html; charset=utf-8',
    text: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>spotify-graphql</title></head><body><h1>spotify-graphql</h1><p>A GraphQL API server over the Spotify Web API.</p><ul>${items.join('')}</ul><p>${line}</p></body></html>\n`,
  };
}

/** Whether `req` is the home page's request: `GET` or `HEAD` of `/`. */
export const isHomeRequest = (req: IncomingMessage, path: string | undefined): boolean =>
  path === '/' && (req.method === 'GET' || req.method === 'HEAD');

/**
 * Answers `GET /` (and `HEAD /`, headers only) with 200 and the routes, as HTML for a browser or as
 * plain text; `graphiql` says whether /graphql serves GraphiQL (the GRAPHIQL setting); `visitor`
 * (session-user.ts visitorOf) is told who is signed in, on a page that is `private, no-cache`, or,
 * when the session store cannot tell, that it cannot (`no-store`, without a sign-in offer), instead of
 * how to sign in. Every page varies on the cookie, so no cache shows one in place of another.
 */
export function serveHome(
  req: IncomingMessage,
  res: ServerResponse,
  graphiql: boolean,
  visitor: Visitor,
): void {
  const html = prefersHtml(req.headers.accept, ['text/plain']);
  const { type, text } = bodyOf(html, graphiql, visitor);
  res.writeHead(200, {
    'content-type': type,
    'content-length': Buffer.byteLength(text),
    // The same URL answers HTML or text by Accept, and names the user of a session cookie.
    vary: 'accept, cookie',
    ...(visitor === 'signed-out'
      ? {}
      : { 'cache-control': visitor === 'store-unavailable' ? 'no-store' : 'private, no-cache' }),
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/** Whether `req` is a browser's `GET` or `HEAD` of `/favicon.ico`. */
export const isFaviconRequest = (req: IncomingMessage, path: string | undefined): boolean =>
  path === '/favicon.ico' && (req.method === 'GET' || req.method === 'HEAD');

/**
 * Answers `/favicon.ico` with 204 (no icon) cached for a day: every page load of `/` and GraphiQL asked
 * for it and logged a 404 in the browser's console.
 */
export function serveFavicon(res: ServerResponse): void {
  res.writeHead(204, { 'cache-control': 'public, max-age=86400' });
  res.end();
}
