import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { memoryLogger } from '../helpers/memory-log.js';

/**
 * Each sign-in and sign-out is one `info` line naming the user as player pollers' lines do (a digest of
 * the Spotify id), never the session token, cookie or Spotify token (v13 new-user N6).
 */
const log = memoryLogger();
let s: AuthTestServer;
beforeAll(async () => {
  s = await startAuthServer({ logger: log.logger });
});
afterAll(async () => {
  await s?.close();
});

it('writes one info line at sign-in and one at sign-out, with the user digest and no secret', async () => {
  const jar = await s.signIn('alice');
  const user = createHash('sha256').update('alice').digest('hex').slice(0, 16);
  const signedIn = log.lines().filter((line) => line.msg === 'signed in: a session started');
  expect(signedIn).toEqual([expect.objectContaining({ level: 30, user })]);
  const logout = await s.fetch('/auth/logout', { method: 'POST', jar });
  expect(logout.status).toBeLessThan(400);
  const signedOut = log.lines().filter((line) => line.msg === 'signed out: a session ended');
  expect(signedOut).toEqual([expect.objectContaining({ level: 30, user })]);
  for (const value of jar.cookies.values()) expect(log.text()).not.toContain(value);
});
