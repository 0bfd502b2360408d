import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

/**
 * /auth/session says what is wrong with an Authorization header that holds no token, as /graphql does
 * (UNAUTHENTICATED "The Authorization header holds no token ..."), instead of a bare "Not signed in":
 * `TOKEN=$(... | jq -r .access_token)` of a failed call sends `Bearer null`, or `Bearer ` when empty.
 */
describe('/auth/session with a bearer that is not a token', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer();
  });
  afterAll(() => t.close());

  for (const authorization of ['Bearer null', 'Bearer undefined', 'Bearer ', 'bearer NIL']) {
    it(`answers 401 UNAUTHENTICATED naming the missing token for "${authorization}"`, async () => {
      const response = await t.fetch('/auth/session', { headers: { authorization } });
      expect(response.status).toBe(401);
      const body = await response.text();
      expect(body).toContain('UNAUTHENTICATED');
      expect(body).toContain('The Authorization header holds no token');
    });
  }

  it('still answers a session token with its session', async () => {
    const jar = await t.signIn('alice');
    const token = t.sessionToken(jar);
    const response = await t.fetch('/auth/session', { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
  });
});
