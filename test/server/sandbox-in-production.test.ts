import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, SANDBOX_IN_PRODUCTION, serve } from '../../src/server/serve.js';

/**
 * A production deploy whose SPOTIFY_CLIENT_ID did not load starts the sandbox: it must say so loudly,
 * on the people's lines and as a `warn` JSON log line (v20 new user, MEDIUM 1), and not outside
 * production, where the sandbox is the quick start.
 */
describe('the sandbox started under NODE_ENV=production', () => {
  let running: RunningServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  async function start(env: Record<string, string>): Promise<{ lines: string[]; logged: string[] }> {
    const lines: string[] = [];
    const logged: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(String(chunk));
        done();
      },
    });
    running = await serve({
      port: 0,
      host: '127.0.0.1',
      env: { STORE_URL: 'memory:', ...env },
      log: (line) => lines.push(line),
      logger: pino({ level: 'warn' }, sink),
    });
    return { lines, logged };
  }

  it('warns on the start lines and in the JSON log that this is the emulator, not Spotify', async () => {
    const { lines, logged } = await start({ NODE_ENV: 'production' });
    expect(running?.emulator).toBeDefined();
    expect(lines).toContain(SANDBOX_IN_PRODUCTION);
    const warnings = logged.map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(warnings).toContainEqual(expect.objectContaining({ level: 40, msg: SANDBOX_IN_PRODUCTION }));
  });

  it('says nothing of production for the quick start (NODE_ENV unset)', async () => {
    const { lines, logged } = await start({});
    expect(running?.emulator).toBeDefined();
    expect(lines).not.toContain(SANDBOX_IN_PRODUCTION);
    expect(logged.join('')).not.toContain('NODE_ENV=production');
  });
});
