import type { Plugin } from 'graphql-yoga';
import type { ServerAuth } from '../auth/server-auth.js';
import type { SessionOutcome } from '../resolvers/context.js';

/**
 * Clears a dead session cookie: a GraphQL request whose session cookie named a session that has ended
 * (unknown, refused, or its renewal refused with invalid_grant) gets `Set-Cookie: <session>=; Max-Age=0`
 * on its answer, so the browser stops sending it. A session given as `Authorization: Bearer` leaves the
 * cookie alone (it was not the cookie's session that ended).
 */
export class EndedSessionCookie {
  private readonly outcomes = new WeakMap<Request, SessionOutcome>();

  constructor(private readonly auth: ServerAuth) {}

  /** The outcome record of one request, filled in by createContext. */
  outcomeOf(request: Request): SessionOutcome {
    let outcome = this.outcomes.get(request);
    if (!outcome) {
      outcome = { ended: false };
      this.outcomes.set(request, outcome);
    }
    return outcome;
  }

  /** The yoga plugin that adds the Set-Cookie to the answer. */
  plugin(): Plugin {
    return {
      onResponse: ({ request, response }) => {
        if (!this.outcomes.get(request)?.ended) return;
        const authorization = request.headers.get('authorization');
        if (authorization !== null && authorization !== '') return;
        const cookie = this.auth.sessionTokenOf({ cookie: request.headers.get('cookie') }, undefined);
        if (cookie === undefined) return;
        response.headers.append('set-cookie', this.auth.cookies.serialize(this.auth.cookies.session, '', 0));
      },
    };
  }
}
