import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

/** What a browser sends when the address bar opens a URL (Chromium's navigation Accept). */
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

/**
 * `/auth/session` opened in a browser by someone not signed in (new-user finding): it answered raw JSON
 * (`{"user": null}` with `?optional`) or a "Sign-in did not complete" page no sign-in had started. A
 * client whose Accept prefers HTML gets a small "Not signed in" page with the sign-in link; API clients
 * (JSON, `*\/*`, no Accept, or JSON preferred over HTML) keep the JSON answers.
 */
describe('/auth/session without a live session, asked by a browser', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer();
  });
  afterAll(() => t.close());

  const page = async (path: string, accept: string, init: Parameters<AuthTestServer['fetch']>[1] = {}) => {
    const response = await t.fetch(path, { ...init, headers: { accept } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      cacheControl: response.headers.get('cache-control'),
      text: await response.text(),
    };
  };
  const loginLink = (): string => `<a href="${t.server.auth.loginUrl}">Sign in</a>`;

  it.each([BROWSER, 'text/html'])(
    'Accept %s: 401, a "Not signed in" page with the sign-in link',
    async (accept) => {
      const answer = await page('/auth/session', accept);
      expect(answer.status).toBe(401);
      expect(answer.type).toBe('text/html; charset=utf-8');
      expect(answer.cacheControl).toBe('no-store');
      expect(answer.text).toContain('<h1>Not signed in</h1>');
      expect(answer.text).toContain(loginLink());
      expect(answer.text).not.toContain('did not complete');
    },
  );

  it('with ?optional=true: the same page, as a 200', async () => {
    const answer = await page('/auth/session?optional=true', BROWSER);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('text/html; charset=utf-8');
    expect(answer.text).toContain('<h1>Not signed in</h1>');
    expect(answer.text).toContain(loginLink());
  });

  it('an ended session: the page says why, and clears the cookie', async () => {
    const jar = await t.signIn('carol');
    const ended = await t.fetch('/auth/logout', {
      method: 'POST',
      headers: { authorization: `Bearer ${t.sessionToken(jar)}` },
    });
    expect(ended.status).toBe(204);
    const response = await t.fetch('/auth/session', { jar, headers: { accept: BROWSER } });
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()[0]).toMatch(/^sg_session=; .*Max-Age=0/);
    const text = await response.text();
    expect(text).toContain('<h1>Not signed in</h1>');
    expect(text).toContain('The session is unknown or has ended');
    expect(text).toContain(loginLink());
  });

  it.each(['application/json', '*/*', 'application/json, text/html;q=0.5', ''])(
    'Accept "%s" keeps JSON',
    async (accept) => {
      const plain = await page('/auth/session', accept);
      expect(plain.status).toBe(401);
      expect(plain.type).toBe('application/json; charset=utf-8');
      expect(JSON.parse(plain.text)).toMatchObject({
        error: { code: 'UNAUTHENTICATED', message: 'Not signed in' },
      });
      const optional = await page('/auth/session?optional=true', accept);
      expect(optional.status).toBe(200);
      expect(JSON.parse(optional.text)).toEqual({ user: null });
    },
  );

  it('a signed-in browser still gets the session as JSON', async () => {
    const jar = await t.signIn('carol');
    const answer = await page('/auth/session', BROWSER, { jar });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ user: { id: 'carol' } });
  });
});
