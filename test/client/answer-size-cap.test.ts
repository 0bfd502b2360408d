// An answer whose body never ends (or is huge) is cut at the transport's maxAnswerBytes: the call
// fails with BAD_RESPONSE at once, is not sent again, and the client stops reading, so the process's
// memory does not grow with the body (src/spotify/transport.ts, Attempt.onData).
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { SpotifyAPIError } from '../../src/spotify/index.js';
import { DEFAULT_MAX_ANSWER_BYTES, Transport } from '../../src/spotify/transport.js';
import { codeFlow, credentialsFlow, openedClient, useClientTests, userToken } from './client-harness.js';

const { emu, clients, unopened } = useClientTests();

const MIB = 1024 * 1024;
const CAP = 4 * MIB;
/**
 * The test server ends a body after this many bytes, only so that a client without a bound (the old
 * code) fails the test instead of reading for ever: far past CAP and every socket buffer.
 */
const SERVER_CEILING = 128 * MIB;
/** What may be in flight past the cap when the client cuts: the sockets' buffers on loopback. */
const SLACK = 48 * MIB;

let server: Server;
let serverUrl: string;
/** Per request the server answered: the bytes of body it had written when the connection closed. */
let written: number[] = [];
let closed: Promise<void>;
let markClosed: () => void;

const FILLER = Buffer.from(`"${'secret-body-text '.repeat(4096)}",`);

/** Writes JSON-labelled body until the client goes away (or SERVER_CEILING), heeding back-pressure. */
function endless(res: ServerResponse): void {
  let bytes = 0;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('[');
  const pump = (): void => {
    while (!res.destroyed && bytes < SERVER_CEILING) {
      bytes += FILLER.length;
      if (!res.write(FILLER)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end('0]');
  };
  res.on('close', () => {
    written.push(bytes);
    markClosed();
  });
  pump();
}

beforeAll(async () => {
  server = createServer((_req, res) => endless(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
});
beforeEach(() => {
  written = [];
  closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
});

function expectTooLarge(error: unknown, mib: number): void {
  expect(error).toBeInstanceOf(SpotifyAPIError);
  expect(error).toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
  expect((error as Error).message).toContain(`over ${mib} MiB`);
  expect((error as Error).message).not.toContain('secret-body-text');
}

it('cuts an endless Web API answer at maxAnswerBytes: BAD_RESPONSE, one request, reading stops', async () => {
  const client = await openedClient(emu, clients, codeFlow(), {
    holdAuthentication: true,
    authToken: await userToken(emu),
    apiUrl: `${serverUrl}/v1`,
    maxAnswerBytes: CAP,
  });
  const error = await client.request(endpoints.getCurrentUsersProfile).catch((e: unknown) => e);
  expectTooLarge(error, 4);
  await closed;
  // Not sent again (the same request would be answered the same way), and the server could write
  // no more than the cap and what the sockets hold once the client closed the connection.
  expect(written).toHaveLength(1);
  expect(written[0]).toBeGreaterThan(CAP);
  expect(written[0]).toBeLessThan(CAP + SLACK);
});

it('cuts an endless accounts answer the same way (a token request)', async () => {
  const client = unopened(credentialsFlow(), { accountsUrl: serverUrl, maxAnswerBytes: CAP });
  const error = await client.getAuthTokenWithClientCredentials().catch((e: unknown) => e);
  expectTooLarge(error, 4);
  await closed;
  expect(written).toHaveLength(1);
  expect(written[0]).toBeLessThan(CAP + SLACK);
});

it('bounds every answer by 32 MiB unless told otherwise, and refuses a bound that is no positive integer', async () => {
  expect(DEFAULT_MAX_ANSWER_BYTES).toBe(32 * MIB);
  const transport = new Transport({ retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5 } });
  try {
    expect(transport.maxAnswerBytes).toBe(DEFAULT_MAX_ANSWER_BYTES);
    const error = await transport.send({ method: 'GET', url: `${serverUrl}/v1/me` }).catch((e: unknown) => e);
    expectTooLarge(error, 32);
    await closed;
    expect(written).toHaveLength(1);
    expect(written[0]).toBeLessThan(32 * MIB + SLACK);
  } finally {
    await transport.close();
  }
  expect(() => new Transport({ maxAnswerBytes: 0 })).toThrow('maxAnswerBytes must be a positive integer');
});
