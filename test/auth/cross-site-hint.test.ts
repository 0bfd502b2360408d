import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSameSite } from '../../src/auth/same-site.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

const VITE_LOCALHOST = 'http://localhost:5173';
const VITE_LOOPBACK = 'http://127.0.0.1:5173';

/**
 * A frontend on another *site* than the server (Vite's http://localhost:5173 against a server on
 * 127.0.0.1) signs in and comes back anonymous: the SameSite=Lax cookie is not sent on its fetches.
 * The operator gets one warn line per such origin when a sign-in starts for it (README "Calling from a
 * frontend").
 */
describe('sign-in returning to another site: a warn line, once per origin', () => {
  let t: AuthTestServer;
  beforeAll(async () => {
    t = await startAuthServer({ allowedOrigins: [VITE_LOCALHOST, VITE_LOOPBACK] });
  });
  afterAll(() => t.close());

  async function startLogin(returnTo: string): Promise<void> {
    const response = await t.fetch(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    await response.body?.cancel();
    expect(response.status).toBe(302);
  }

  it('warns once for localhost:5173 against 127.0.0.1, naming both sites and the way out', async () => {
    await startLogin(`${VITE_LOCALHOST}/index.html`);
    await startLogin(`${VITE_LOCALHOST}/other`);
    const hints = t.warnings.filter((line) => line.includes('another site'));
    expect(hints).toHaveLength(1);
    expect(hints[0]).toContain(
      `sign-in returns to ${VITE_LOCALHOST}, another site than this server (${t.origin})`,
    );
    expect(hints[0]).toContain('SameSite=Lax');
    expect(hints[0]).toContain('Authorization: Bearer <session token>');
  });

  it('says nothing for a same-site origin or a path', async () => {
    const before = t.warnings.length;
    await startLogin(`${VITE_LOOPBACK}/index.html`);
    await startLogin('/graphql');
    expect(t.warnings.slice(before)).toEqual([]);
  });
});

describe('isSameSite', () => {
  it('treats subdomains of one domain as one site, other hosts and schemes as others', () => {
    expect(isSameSite('https://app.example.com', 'https://api.example.com')).toBe(true);
    expect(isSameSite('http://127.0.0.1:5173', 'http://127.0.0.1:4000')).toBe(true);
    expect(isSameSite('http://localhost:5173', 'http://127.0.0.1:4000')).toBe(false);
    expect(isSameSite('http://app.example.com', 'https://api.example.com')).toBe(false);
    expect(isSameSite('https://app.example.org', 'https://api.example.com')).toBe(false);
  });
});
