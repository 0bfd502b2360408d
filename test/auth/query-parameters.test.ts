import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

/**
 * The query parameters of the /auth routes (H3 item 2), read one way for all: a value is trimmed of
 * ASCII whitespace only (String.trim also took a BOM and Unicode spaces, so `?optional=%EF%BB%BFtrue`
 * counted as true); names are case-sensitive, and a near miss of a name the route reads (`OPTIONAL`,
 * `optional[]`, `return_to`) is 400 naming the right one instead of being ignored (it answered as if
 * the parameter was absent: a 401); other unknown names stay ignored; a name given twice must say one
 * thing.
 */
describe('/auth query parameters', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer();
  });
  afterAll(() => t.close());

  /** The 400 BAD_REQUEST of `path`: its message (asserting the code and that no login link is offered). */
  async function refusal(path: string): Promise<string> {
    const response = await t.fetch(path, { headers: { accept: 'application/json' } });
    expect(response.status, path).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string; loginUrl?: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.loginUrl).toBeUndefined();
    return body.error.message;
  }

  it.each([
    ['a BOM before', 'optional=%EF%BB%BFtrue'],
    ['a BOM after', 'optional=true%EF%BB%BF'],
    ['an em space', 'optional=%E2%80%83true'],
    ['a no-break space', 'optional=%C2%A0true'],
    ['a vertical tab (no ASCII whitespace in URLs)', 'optional=%0Btrue'],
    ['a line separator', 'optional=true%E2%80%A8'],
    ['a Kelvin sign for k', 'optional=o%E2%84%AAn'],
  ])('?optional with %s (%s) is 400 naming the parameter, not true', async (_, query) => {
    expect(await refusal(`/auth/session?${query}`)).toContain('The optional parameter must be true or false');
  });

  it.each(['optional=%20true%20', 'optional=%09true%0A', 'optional=+on+'])(
    '?%s: ASCII whitespace around a word is trimmed (on)',
    async (query) => {
      const response = await t.fetch(`/auth/session?${query}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ user: null });
    },
  );

  it.each([
    ['/auth/session?OPTIONAL=true', 'optional'],
    ['/auth/session?Optional=1', 'optional'],
    ['/auth/session?optional[]=true', 'optional'],
    ['/auth/session?optional%5B0%5D=true', 'optional'],
    ['/auth/session?%EF%BB%BFoptional=true', 'optional'],
    ['/auth/session?optional%20=true', 'optional'],
    ['/auth/session?optional=true&OPTIONAL=true', 'optional'],
    ['/auth/login?ReturnTo=/x', 'returnTo'],
    ['/auth/login?return_to=/x', 'returnTo'],
    ['/auth/login?show_dialog=true', 'showDialog'],
    ['/auth/callback?code=abc&STATE=xyz', 'state'],
  ])('%s: 400 saying the name is %s', async (path, meant) => {
    const message = await refusal(path);
    expect(message).toContain(`did you mean ${meant}?`);
    expect(message).toContain('case-sensitive');
  });

  it('quotes a near-miss name with its invisible and control characters escaped', async () => {
    // U+202E (right-to-left override), a C1 control and U+2028 (a line separator) around the name.
    const message = await refusal('/auth/session?%E2%80%AEoptional%C2%85%E2%80%A8=true');
    expect(message).toContain('"\\u202eoptional\\u0085\\u2028"');
    expect(message).not.toMatch(/[\u0080-\uffff]/);
  });

  it('ignores parameters no route reads (a cache-buster, a tracking tag)', async () => {
    const session = await t.fetch('/auth/session?optional=true&_=1733400000&utm_source=x');
    expect(session.status).toBe(200);
    expect(await session.json()).toEqual({ user: null });
    const login = await t.fetch('/auth/login?utm_source=x');
    expect(login.status).toBe(302);
  });

  it.each([
    ['/auth/session?optional=true&optional=false', 'The optional parameter is given more than once'],
    ['/auth/session?optional=1&optional=no', 'The optional parameter is given more than once'],
    ['/auth/login?returnTo=/a&returnTo=/b', 'The returnTo parameter is given more than once'],
    ['/auth/login?showDialog=true&showDialog=off', 'The showDialog parameter is given more than once'],
    ['/auth/callback?code=a&code=b&state=s', 'The code parameter is given more than once'],
  ])('%s: 400, values that disagree', async (path, words) => {
    expect(await refusal(path)).toContain(words);
  });

  it('repeated values that agree are one value', async () => {
    const response = await t.fetch('/auth/session?optional=true&optional=1');
    expect(response.status).toBe(200);
  });

  it("showDialog takes optional's words: TRUE and on ask Spotify to show its dialog, maybe is 400", async () => {
    for (const [query, shown] of [
      ['showDialog=TRUE', 'true'],
      ['showDialog=on', 'true'],
      ['showDialog=0', null],
    ] as const) {
      const response = await t.fetch(`/auth/login?${query}`);
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location') ?? '');
      expect(location.searchParams.get('show_dialog') === 'true' ? 'true' : null, query).toBe(shown);
    }
    expect(await refusal('/auth/login?showDialog=maybe')).toContain(
      'The showDialog parameter must be true or false',
    );
  });
});
