import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

// v18-attack7 LOW-1: a session whose code exchange came without a refresh token (Spotify always sends
// one; a gateway might drop it) answered BAD_USER_INPUT "The token has no refresh token" once its token
// was due for renewal. It cannot be renewed, so it is UNAUTHENTICATED with loginUrl, as a session
// whose refresh token Spotify refused (invalid_grant), and the session ends.

const PROFILE_AND_SAVED = graphql(
  `query NoRefreshTokenProfile { me { displayName savedTracks(first: 1) { totalCount } } }`,
);

describe('a session without a refresh token', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer();
  });
  afterAll(() => t.close());

  it('works until its token expires, then is UNAUTHENTICATED with loginUrl and ends', async () => {
    const fault = await t.emu.control('POST', '/faults', {
      route: 'POST /api/token',
      unset: ['/refresh_token'],
      times: 1,
    });
    expect(fault.status).toBe(201);
    const jar = await t.signIn('alice');
    await t.emu.control('DELETE', '/faults');
    const before = await t.graphql(PROFILE_AND_SAVED, { jar });
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data?.me?.displayName).toBeTruthy();

    await t.emu.advanceClock(4_000_000);
    await t.emu.control('DELETE', '/requests');
    const after = await t.graphql(PROFILE_AND_SAVED, { jar });
    expect(after.body.data?.me ?? null).toBeNull();
    const errors = after.body.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        loginUrl: `${t.origin}/auth/login`,
      });
    }
    // Nothing was sent: no token call (there is nothing to renew with) and no Web API call.
    const log = (await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
    expect(log.byRoute['POST /api/token'] ?? 0).toBe(0);
    expect((await t.fetch('/auth/session', { jar })).status).toBe(401);
    expect(t.warnings).toContain(
      'a session ended: its token cannot be renewed (the token has no refresh token)',
    );
  });
});
