import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

/**
 * `/auth/session?optional=true`, which a page that only shows who is signed in asks on every load
 * (GraphiQL's welcome): 200 `{"user": null}` without a live session instead of a 401, which a browser
 * writes in its console as an error; the same answer as without it for a live session or a malformed
 * Authorization header.
 */
describe('/auth/session?optional=true', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer();
  });
  afterAll(() => t.close());

  it('answers 200 {"user": null}, not stored, without a session', async () => {
    const response = await t.fetch('/auth/session?optional=true');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ user: null });
    // Without the parameter it is the 401 it was.
    expect((await t.fetch('/auth/session')).status).toBe(401);
  });

  it('answers a live session as /auth/session does', async () => {
    const jar = await t.signIn('carol');
    const response = await t.fetch('/auth/session?optional=true', { jar });
    expect(response.status).toBe(200);
    const plain = await t.fetch('/auth/session', { jar });
    expect(await response.json()).toEqual(await plain.json());
  });

  it('answers an ended session 200 {"user": null} and clears its cookie', async () => {
    const jar = await t.signIn('carol');
    const token = t.sessionToken(jar);
    const ended = await t.fetch('/auth/logout', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ended.status).toBe(204);
    const response = await t.fetch('/auth/session?optional=true', { jar });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: null });
    expect(response.headers.getSetCookie()[0]).toMatch(/^sg_session=; .*Max-Age=0/);
  });

  it('still refuses an Authorization header that holds no token', async () => {
    const response = await t.fetch('/auth/session?optional=true', {
      headers: { authorization: 'Bearer null' },
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('The Authorization header holds no token');
  });

  describe('the spellings of optional (new-user finding: only "true" was read, anything else silently false)', () => {
    const TRUE = [
      'optional',
      'optional=',
      'optional=1',
      'optional=true',
      'optional=TRUE',
      'optional=Yes',
      'optional=on',
      'optional=%20true%20',
    ];
    const FALSE = ['optional=0', 'optional=false', 'optional=False', 'optional=no', 'optional=OFF'];

    it.each(TRUE)('?%s is on: 200 {"user": null} without a session', async (query) => {
      const response = await t.fetch(`/auth/session?${query}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ user: null });
    });

    it.each(FALSE)('?%s is off: 401 UNAUTHENTICATED without a session', async (query) => {
      const response = await t.fetch(`/auth/session?${query}`);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    });

    it.each(['optional=maybe', 'optional=truee', 'optional=2', 'optional=y', 'optional=true&optional=false'])(
      '?%s is 400 BAD_REQUEST naming the parameter, with or without a session',
      async (query) => {
        const jar = await t.signIn('carol');
        for (const init of [{}, { jar }]) {
          const response = await t.fetch(`/auth/session?${query}`, init);
          expect(response.status).toBe(400);
          const body = (await response.json()) as {
            error: { code: string; message: string; loginUrl?: string };
          };
          expect(body.error.code).toBe('BAD_REQUEST');
          expect(body.error.message).toContain('The optional parameter');
          expect(body.error.loginUrl).toBeUndefined();
        }
      },
    );

    it('a true spelling answers a live session as /auth/session does', async () => {
      const jar = await t.signIn('carol');
      const plain = await (await t.fetch('/auth/session', { jar })).json();
      for (const query of ['optional', 'optional=1', 'optional=off']) {
        const response = await t.fetch(`/auth/session?${query}`, { jar });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual(plain);
      }
    });
  });
});
