import { createClient } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * A graphql-ws connection whose credential holds no token (`Bearer null`, `Bearer undefined`, `Bearer`
 * alone: what a failed `TOKEN=$(...)` step sends) closed with a bare `4403 Forbidden` (s38 new user,
 * MEDIUM): HTTP's explanation was over the close frame's 123 bytes. The close keeps 4403 (README) and
 * says HTTP's statement and advice, for connectionParams' `authorization` or `Authorization` and for
 * the upgrade request's own Authorization header alike.
 * graphql-ws's own protocol refusals (4400, 4401) say what to do, too.
 */

const t = useTestServer({ listen: true });

/** How a connection with `connectionParams` (and `headers` on the upgrade request) closes. */
function closeOf(
  connectionParams: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ code: number; reason: string }> {
  class HeaderSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return new Promise((resolve) => {
    createClient({
      url: t.url.replace(/^http/, 'ws'),
      webSocketImpl: HeaderSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams,
      on: { closed: (event) => resolve(event as { code: number; reason: string }) },
      onNonLazyError: () => {},
    });
  });
}

/** A query any connection may run, signed in or not. */
const ANONYMOUS = graphql(`query WsCloseAnonymousTypename { __typename }`);

const ADVICE = 'sign in, or mint a token, and send "Bearer <token>"';

describe('graphql-ws close reasons for a credential that holds no token', () => {
  it.each([
    ['Bearer null', 'the literal "null"'],
    ['Bearer undefined', 'the literal "undefined"'],
    ['Bearer ', 'nothing after "Bearer"'],
  ])('%j in connectionParams.authorization closes 4403 saying so', async (credential, what) => {
    const { code, reason } = await closeOf({ authorization: credential });
    expect(code).toBe(4403);
    expect(reason).toBe(`The Authorization header holds no token (${what}): ${ADVICE}`);
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
  });

  it('says the same for connectionParams.Authorization', async () => {
    const { code, reason } = await closeOf({ Authorization: 'Bearer null' });
    expect([code, reason]).toEqual([
      4403,
      `The Authorization header holds no token (the literal "null"): ${ADVICE}`,
    ]);
  });

  it("says the same for the upgrade request's Authorization header", async () => {
    const { code, reason } = await closeOf({}, { authorization: 'Bearer undefined' });
    expect([code, reason]).toEqual([
      4403,
      `The Authorization header holds no token (the literal "undefined"): ${ADVICE}`,
    ]);
  });
});

/**
 * A `connectionParams.authorization` that is not a string (s39 closing, LOW): JSON `null` (what
 * `{ authorization: token ?? null }` sends) was taken as anonymous, and a number as a malformed
 * header. Any value that is not a string is a malformed message (4400) saying what to send; only an
 * absent `authorization` connects anonymously.
 */
describe('graphql-ws close reasons for a connectionParams credential that is not a string', () => {
  it.each([
    [null, 'null'],
    [42, 'a number'],
    [{ token: 'x' }, 'an object'],
    [['Bearer x'], 'an array'],
    [true, 'a boolean'],
  ])('authorization %j closes 4400 saying to send "Bearer <token>" or nothing', async (value, got) => {
    const { code, reason } = await closeOf({ authorization: value });
    expect([code, reason]).toEqual([
      4400,
      `connectionParams.authorization must be a string, "Bearer <token>" (got ${got}); leave it out to connect signed out`,
    ]);
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
  });

  it('names Authorization when that is the key, and a null authorization is not skipped for it', async () => {
    const { code, reason } = await closeOf({ Authorization: null });
    expect([code, reason]).toEqual([
      4400,
      'connectionParams.Authorization must be a string, "Bearer <token>" (got null); leave it out to connect signed out',
    ]);
    expect((await closeOf({ authorization: null, Authorization: 'Bearer x' })).code).toBe(4400);
  });

  it('connects anonymously without an authorization: a catalog-free query answers', async () => {
    const client = createClient({
      url: t.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    try {
      const answer = await new Promise<unknown>((resolve, reject) => {
        let result: unknown;
        client.subscribe(
          { query: documentText(ANONYMOUS) },
          { next: (value) => (result = value), error: reject, complete: () => resolve(result) },
        );
      });
      expect(answer).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await client.dispose();
    }
  });
});

/**
 * `connectionParams.authorization` is looked up ignoring case (s42 H5): `AUTHORIZATION` was ignored
 * and the connection ran signed out. Keys differing only in case with different values are ambiguous:
 * 4400 naming the keys, never the values (tokens).
 */
describe('graphql-ws authorization keys in any case', () => {
  it.each(['AUTHORIZATION', 'AuThOrIzAtIoN'])('reads %s as the credential', async (key) => {
    const { code, reason } = await closeOf({ [key]: 'Bearer null' });
    expect([code, reason]).toEqual([
      4403,
      `The Authorization header holds no token (the literal "null"): ${ADVICE}`,
    ]);
    expect((await closeOf({ [key]: 42 })).reason).toContain(`connectionParams.${key} must be a string`);
  });

  it.each([
    [
      { authorization: 'Bearer one-secret', Authorization: 'Bearer two-secret' },
      'authorization',
      'Authorization',
    ],
    [{ AUTHORIZATION: 'Bearer one-secret', authorization: null }, 'AUTHORIZATION', 'authorization'],
  ])('%j closes 4400 naming both keys and neither value', async (params, first, second) => {
    const { code, reason } = await closeOf(params);
    expect([code, reason]).toEqual([
      4400,
      `connectionParams.${first} and connectionParams.${second} differ only in case but hold different values; send one`,
    ]);
    expect(reason).not.toContain('secret');
  });

  it('keys differing only in case that agree are one credential', async () => {
    const { code, reason } = await closeOf({ authorization: 'Bearer null', AUTHORIZATION: 'Bearer null' });
    expect([code, reason]).toEqual([
      4403,
      `The Authorization header holds no token (the literal "null"): ${ADVICE}`,
    ]);
  });
});

/** A raw socket speaking graphql-transport-ws (or `protocol`): sends `messages`, answers the close. */
async function rawClose(
  messages: string[],
  protocol = 'graphql-transport-ws',
): Promise<{ code: number; reason: string }> {
  const socket = new WebSocket(t.url.replace(/^http/, 'ws'), protocol);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  for (const message of messages) socket.send(message);
  return closed;
}

/** Sent before connection_ack: its text never runs, the protocol refuses the order first. */
const EARLY = invalidDocument(
  'sent before connection_ack: refused by the protocol, never read',
  '{ __typename }',
);

describe('graphql-ws protocol refusals say what to do', () => {
  it('a subscribe before connection_ack: 4401, about the order, not a credential', async () => {
    const subscribe = JSON.stringify({ type: 'subscribe', id: '1', payload: { query: EARLY } });
    expect(await rawClose([subscribe])).toEqual({
      code: 4401,
      reason:
        'Unauthorized: a subscribe came before connection_ack (send connection_init, then wait for its ack)',
    });
  });

  it('a message that is not of the protocol: 4400 saying what a message is', async () => {
    expect(await rawClose(['{"type":"hello"}'])).toEqual({
      code: 4400,
      reason: 'Invalid message received: each message is a JSON object of the graphql-transport-ws protocol',
    });
  });

  it('a control message over the bound: 4400 naming the bound', async () => {
    const big = JSON.stringify({ type: 'connection_init', payload: { p: 'x'.repeat(20_000) } });
    expect(await rawClose([big])).toEqual({
      code: 4400,
      reason:
        'Message too large: a connection_init, ping, pong or complete message holds at most 16384 bytes',
    });
  });
});
