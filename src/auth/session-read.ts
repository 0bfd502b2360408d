/**
 * A session read for a page that only shows who is signed in (the home page, GraphiQL's welcome
 * through `/auth/session?optional`): bounded by a short wait, so a slow or hung session store (Redis
 * answering after seconds, or stopped with SIGSTOP, whose command timeout is REDIS_COMMAND_TIMEOUT_MS)
 * cannot hold the page; such a store is then said to be unavailable, never taken for "signed out".
 */
import { RedisUnavailable } from '../redis/connection.js';
import type { ActiveSession, SessionManager } from './sessions.js';

/**
 * How long a page's session read waits for the store, in ms. Below GraphiQL's own wait for
 * `/auth/session` (graphiql-welcome.ts, 3 s), so the page hears the store's outage from the server.
 */
export const PAGE_SESSION_READ_MS = 1000;

/**
 * The session of `sessionToken`, as `sessions.lookup` answers it, but within `waitMs` ms: a store that
 * has not answered by then rejects with RedisUnavailable (as a store that fails does; the read itself
 * goes on and its result is dropped). SessionEnded and other failures as `lookup` throws them.
 */
export async function lookupWithin(
  sessions: SessionManager,
  sessionToken: string,
  waitMs = PAGE_SESSION_READ_MS,
): Promise<ActiveSession> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new RedisUnavailable(`The session store did not answer within ${waitMs} ms`)),
      waitMs,
    );
  });
  const read = sessions.lookup(sessionToken);
  // The read may fail after the wait ended: nobody awaits it then.
  read.catch(() => undefined);
  try {
    return await Promise.race([read, late]);
  } finally {
    clearTimeout(timer);
  }
}
