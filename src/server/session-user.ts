/**
 * Who is signed in, as the home page says it: the user of the session a request's cookie names, as
 * /auth/session reports it. Never a token. (GraphiQL's page says the same from /auth/session itself:
 * graphiql-welcome.ts.)
 */
import type { ServerAuth } from '../auth/server-auth.js';

/**
 * The signed-in user of the live session `cookie` (a `Cookie` header) names, as one line of plain
 * text (the caller escapes it for HTML): "Display Name (Spotify id user-id)", or the id alone when
 * the user has no display name. Undefined, without reading the store, when no session cookie is
 * there; undefined too when the store cannot read the session now (ended, unknown, store down): such
 * a visitor is told how to sign in.
 */
export async function signedInUserOf(
  auth: ServerAuth,
  cookie: string | undefined,
): Promise<string | undefined> {
  const token = auth.sessionTokenOf({ cookie }, undefined);
  if (token === undefined) return undefined;
  const active = await auth.sessions.lookup(token).catch(() => undefined);
  if (active === undefined) return undefined;
  return active.displayName === null || active.displayName === ''
    ? oneLine(active.userId)
    : `${oneLine(active.displayName)} (Spotify id ${oneLine(active.userId)})`;
}

/**
 * A user's name as it may stand in a line of a page: control and line-separator characters become
 * spaces, at most 100 characters. Spotify display names are free text set by the user.
 */
function oneLine(name: string): string {
  const line = name.replace(/[\p{Cc}\u2028\u2029]/gu, ' ');
  return line.length > 100 ? `${line.slice(0, 99)}\u2026` : line;
}
