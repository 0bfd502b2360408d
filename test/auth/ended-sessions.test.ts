import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { documentText } from '../helpers/documents.js';

const ME = graphql(`query EndedSessionsMe { me { displayName } }`);
const CATALOG = graphql(`query EndedSessionsCatalog {
  search(query: "love", types: [TRACK], first: 1) { tracks { nodes { name } } }
}`);
const CATALOG_AND_ME = graphql(`query EndedSessionsCatalogAndMe {
  search(query: "love", types: [TRACK], first: 1) { tracks { nodes { name } } }
  me { displayName }
}`);

async function tokenCalls(t: AuthTestServer): Promise<number> {
  const log = await t.emu.control('GET', '/requests');
  return (log.json as { byRoute: Record<string, number> }).byRoute['POST /api/token'] ?? 0;
}

describe('a session Spotify no longer accepts, and a session that has ended', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer();
  });
  afterAll(() => t.close());

  it('an invalid (not expired) access token is renewed once; a refused renewal ends the session', async () => {
    const jar = await t.signIn('alice');
    // Spotify forgets every token (as after an emulator restart): 401 "Invalid access token", and
    // the refresh token is unknown too (invalid_grant).
    await t.emu.control('POST', '/reset');
    await t.emu.control('DELETE', '/requests');
    const answer = await t.graphql(ME, { jar });
    expect(answer.body.data?.me).toBeNull();
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      loginUrl: `${t.origin}/auth/login`,
    });
    expect(await tokenCalls(t)).toBe(1);
    // /auth/session agrees, and clears the dead cookie.
    const session = await t.fetch('/auth/session', { jar });
    expect(session.status).toBe(401);
    expect(session.headers.getSetCookie()[0]).toMatch(/^sg_session=; .*Max-Age=0/);
  });

  it('a dead session cookie: catalog fields still answer, user fields are UNAUTHENTICATED, the cookie is cleared', async () => {
    const jar = await t.signIn('carol');
    const token = t.sessionToken(jar);
    // The session ends elsewhere (logout with the Bearer session token).
    expect(
      (await t.fetch('/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(204);
    const response = await t.fetch('/graphql', {
      method: 'POST',
      jar,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: documentText(CATALOG_AND_ME) }),
    });
    const body = (await response.json()) as {
      data?: { search?: { tracks: { nodes: unknown[] } }; me?: unknown };
      errors?: { extensions?: Record<string, unknown>; path?: string[] }[];
    };
    expect(body.data?.search?.tracks.nodes.length).toBe(1);
    expect(body.data?.me).toBeNull();
    expect(body.errors?.[0]?.path).toEqual(['me']);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      loginUrl: `${t.origin}/auth/login`,
    });
    expect(response.headers.getSetCookie().some((line) => /^sg_session=; .*Max-Age=0/.test(line))).toBe(true);
    // A catalog-only query works too.
    const catalog = await t.graphql(CATALOG, { jar: jar });
    expect(catalog.body.errors).toBeUndefined();
  });
});
