import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, serve } from '../../src/server/serve.js';
import { invalidDocument } from '../helpers/documents.js';
import { testLogLevel } from '../helpers/log-level.js';

/**
 * The sandbox's banner prints two URLs, the server's and its emulator's: a GraphQL request sent to the
 * emulator's port is a likely mix-up (new user, MEDIUM 1). The emulator answers a path that is not
 * Spotify's with where the GraphQL server really is; Spotify's own paths keep Spotify's 404 body.
 */
describe("the sandbox's emulator, asked for a path of the GraphQL server", () => {
  let running: RunningServer;
  let emulatorUrl: string;
  beforeAll(async () => {
    running = await serve({
      port: 0,
      host: '127.0.0.1',
      env: { STORE_URL: 'memory:', LOG_LEVEL: testLogLevel() },
      log: () => {},
    });
    emulatorUrl = running.emulator!.url;
  });
  afterAll(async () => {
    await running.close();
  });

  it('names the server URL when /graphql is posted to the emulator', async () => {
    const response = await fetch(`${emulatorUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: invalidDocument('sent to the emulator, which runs no GraphQL', '{ __typename }'),
      }),
    });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { status: number; message: string } };
    const origin = new URL(running.url).origin;
    expect(body.error.status).toBe(404);
    expect(body.error.message).toContain('this is the Spotify emulator');
    expect(body.error.message).toContain(`GraphQL is at ${origin}/graphql`);
    expect(body.error.message).toContain(`${origin}/auth/login`);
  });

  it("keeps Spotify's 404 for a Web API path", async () => {
    const response = await fetch(`${emulatorUrl}/v1/no-such-thing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { status: 404, message: 'Service not found' } });
  });
});
