import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, serve } from '../../src/server/serve.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testLogLevel } from '../helpers/log-level.js';

/**
 * Outside the sandbox, `--port 0` (any free port) signs in on the port actually bound: the banner's
 * sign-in URL, `loginUrl` and Spotify's `redirect_uri` name it, not the default 4000 (README
 * Configuration, SPOTIFY_REDIRECT_URI). An explicit SPOTIFY_REDIRECT_URI is kept as given.
 */
describe('serve --port 0 with a client id: the callback is on the bound port', () => {
  let emu: TestEmulator;
  const started: RunningServer[] = [];
  beforeAll(async () => {
    emu = await startTestEmulator();
  });
  afterAll(async () => {
    for (const running of started) await running.close();
    await emu.close();
  });

  async function start(
    extra: Record<string, string> = {},
  ): Promise<{ running: RunningServer; lines: string[] }> {
    const lines: string[] = [];
    const running = await serve({
      port: 0,
      host: '127.0.0.1',
      env: {
        SPOTIFY_CLIENT_ID: EXTENDED_APP.clientId,
        SPOTIFY_CLIENT_SECRET: EXTENDED_APP.clientSecret,
        SPOTIFY_API_URL: `${emu.url}/v1`,
        SPOTIFY_ACCOUNTS_URL: emu.url,
        STORE_URL: 'memory:',
        LOG_LEVEL: testLogLevel(),
        ...extra,
      },
      log: (line) => lines.push(line),
    });
    started.push(running);
    return { running, lines };
  }

  async function redirectUriOf(origin: string): Promise<string | null> {
    const response = await fetch(`${origin}/auth/login`, { redirect: 'manual' });
    await response.body?.cancel();
    expect(response.status).toBe(302);
    return new URL(response.headers.get('location') ?? '').searchParams.get('redirect_uri');
  }

  it('prints the sign-in URL and sends redirect_uri on the bound port', async () => {
    const { running, lines } = await start();
    const origin = new URL(running.url).origin;
    expect(new URL(origin).port).not.toBe('4000');
    expect(lines.some((line) => line.startsWith(`Sign in: ${origin}/auth/login `))).toBe(true);
    expect(running.server.auth.loginUrl).toBe(`${origin}/auth/login`);
    expect(await redirectUriOf(origin)).toBe(`${origin}/auth/callback`);
  });

  it('keeps an explicit SPOTIFY_REDIRECT_URI', async () => {
    const { running } = await start({ SPOTIFY_REDIRECT_URI: 'https://api.example.com/auth/callback' });
    expect(await redirectUriOf(new URL(running.url).origin)).toBe('https://api.example.com/auth/callback');
    expect(running.server.auth.loginUrl).toBe('https://api.example.com/auth/login');
  });
});
