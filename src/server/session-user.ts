/**
 * Who is signed in, as the home page says it: the user of the session a request's cookie names, as
 * /auth/session reports it. Never a token. (GraphiQL's page says the same from /auth/session itself:
 * graphiql-welcome.ts.)
 */

import type { ServerAuth } from '../auth/server-auth.js';
import { lookupWithin } from '../auth/session-read.js';
import { SessionEnded } from '../auth/sessions.js';
import { boundedLine } from './bounded-line.js';

/**
 * What a page can say of its visitor: who is signed in (one line of plain text, which the caller
 * escapes for HTML), nobody (`'signed-out'`), or that the session store cannot tell now
 * (`'store-unavailable'`: down, hung or slow; a signed-in visitor still is, and must not be offered a
 * sign-in).
 */
export type Visitor = { who: string } | 'signed-out' | 'store-unavailable';

/**
 * The visitor of a request whose `Cookie` header is `cookie`: the signed-in user of the live session
 * it names, "Display Name (Spotify id user-id)" or the id alone when the user has no display name;
 * `'signed-out'`, without reading the store, when no session cookie is there, and for an ended or
 * unknown session; `'store-unavailable'` when the store fails or does not answer within
 * PAGE_SESSION_READ_MS (session-read.ts), so the page never waits on a hung store.
 */
export async function visitorOf(auth: ServerAuth, cookie: string | undefined): Promise<Visitor> {
  const token = auth.sessionTokenOf({ cookie }, undefined);
  if (token === undefined) return 'signed-out';
  let active: Awaited<ReturnType<typeof lookupWithin>>;
  try {
    active = await lookupWithin(auth.sessions, token);
  } catch (error) {
    return error instanceof SessionEnded ? 'signed-out' : 'store-unavailable';
  }
  return {
    who:
      active.displayName === null || active.displayName === ''
        ? boundedLine(active.userId)
        : `${boundedLine(active.displayName)} (Spotify id ${boundedLine(active.userId)})`,
  };
}
