import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { takeLeaks } from '../helpers/leak-canary.js';

/**
 * The suite-wide leak check (test/helpers/leak-canary.ts, a setup file around every test file) finds a
 * minted secret wherever the process prints or answers it, and leaves the emulator's own answers alone.
 */
describe('the suite-wide leak check', () => {
  let emu: Awaited<ReturnType<typeof startEmulator>>;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(async () => {
    await emu.close();
  });

  const mintAppToken = async (): Promise<string> => {
    const app = emu.state.apps.values().next().value;
    if (!app) throw new Error('no app');
    const response = await fetch(`${emu.url}/api/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    return ((await response.json()) as { access_token: string }).access_token;
  };

  it('does not count the emulator handing out a token', async () => {
    expect(await mintAppToken()).toMatch(/^BQ/);
    expect(takeLeaks()).toEqual([]);
  });

  it('finds a minted token in a response body, a header and printed output, naming kind and place only', async () => {
    const token = await mintAppToken();
    const server = createServer((req, res) => {
      if (req.url === '/header') res.setHeader('x-echo', token);
      res.end(req.url?.startsWith('/body') ? JSON.stringify({ token }) : 'ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await (await fetch(`http://127.0.0.1:${port}/body?x=1`)).text();
      await (await fetch(`http://127.0.0.1:${port}/header`)).text();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    process.stderr.write(`printed ${token}\n`);
    const found = takeLeaks();
    expect(found).toEqual([
      'an access token in the response to GET /body',
      'an access token in the response to GET /header (headers)',
      'an access token in stderr',
    ]);
    expect(found.join(' ')).not.toContain(token);
  });
});
