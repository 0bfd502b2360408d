import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_STARTS_PER_MINUTE as LOGIN_STARTS_PER_MINUTE } from '../../src/auth/server-auth.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';

let t: AuthTestServer;
beforeAll(async () => {
  t = await startAuthServer();
});
afterAll(() => t.close());

describe('/auth/login is bounded per client address', () => {
  it(`refuses the start after ${LOGIN_STARTS_PER_MINUTE} in a minute with 429 RATE_LIMITED and Retry-After`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_STARTS_PER_MINUTE; i += 1) {
      statuses.push((await t.fetch('/auth/login')).status);
    }
    expect(statuses.every((status) => status === 302)).toBe(true);
    const refused = await t.fetch('/auth/login', { headers: { accept: 'application/json' } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { error: { code: string } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(refused.headers.get('location')).toBeNull();
  });
});
