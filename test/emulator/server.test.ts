import { describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator({ rateLimit: 1000 });

describe('emulator server', () => {
  it('listens on loopback and answers the control API info', async () => {
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const info = await emu.control('GET', '/info');
    expect(info.status).toBe(200);
    const body = info.json as { apps: { mode: string }[]; users: { id: string; product: string }[] };
    expect(body.apps.map((a) => a.mode).sort()).toEqual(['development', 'extended']);
    expect(body.users.map((u) => u.id)).toEqual(['alice', 'bob', 'carol', 'kenji']);
  });

  it('answers an unknown path with the Web API 404 body', async () => {
    const answer = await emu.api('GET', '/v1/no-such-thing');
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ error: { status: 404, message: 'Service not found' } });
  });

  it.each(['/graphql', '/', '/auth/login', '/health'])(
    "answers %s, a path that is not Spotify's, saying it is the emulator, not the GraphQL server",
    async (path) => {
      const answer = await emu.api('GET', path);
      expect(answer.status).toBe(404);
      const error = (answer.json as { error: { status: number; message: string } }).error;
      expect(error.status).toBe(404);
      expect(error.message).toContain('this is the Spotify emulator');
      expect(error.message).toContain('not the GraphQL server');
      expect(error.message).toContain(`${emu.url}/v1`);
    },
  );

  it.each(['/v1', '/api/nope', '/authorize/x'])(
    "keeps Spotify's 404 body on its own path %s",
    async (path) => {
      const answer = await emu.api('GET', path);
      expect(answer.json).toEqual({ error: { status: 404, message: 'Service not found' } });
    },
  );
});
