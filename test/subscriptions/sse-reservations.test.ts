import { describe, expect, it, vi } from 'vitest';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * graphql-sse's single-connection mode keeps every reserved stream until it is connected: the server
 * bounds how many wait (SSE_MAX_RESERVATIONS) and for how long (SSE_RESERVATION_TTL_MS).
 */

// Over the real port: a stream answers only the client that reserved it (the same address here).
async function reserve(t: TestServer): Promise<Response> {
  return fetch(`${t.url}/stream`, { method: 'PUT', headers: { accept: 'text/plain' } });
}

/** graphql-sse answers 404 "Stream not found" for a token it does not hold, 200 for one it does. */
async function held(t: TestServer, token: string): Promise<boolean> {
  const answer = await fetch(`${t.url}/stream?token=${token}&operationId=none`, { method: 'DELETE' });
  await answer.body?.cancel();
  return answer.status === 200;
}

async function gauge(t: TestServer, name: string): Promise<number | undefined> {
  const text = await (await fetch(t.url.replace('/graphql', '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.split(' ')[1]);
}

describe('at most SSE_MAX_RESERVATIONS unconnected reservations', () => {
  const t = useTestServer({
    listen: true,
    limits: {
      sseReservations: { maxPending: 3, ttlMs: 60_000, maxPendingPerClient: 100, maxStreamsPerAddress: 32 },
    },
  });

  it('answers 503 TOO_MANY_RESERVATIONS beyond the bound, and takes one again once a stream connects', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) {
      const answer = await reserve(t);
      expect(answer.status).toBe(201);
      tokens.push(await answer.text());
    }
    expect(new Set(tokens).size).toBe(3);
    expect(await gauge(t, 'graphql_sse_reservations_pending')).toBe(3);

    const refused = await reserve(t);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('60');
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('TOO_MANY_RESERVATIONS');

    // Connecting a reserved stream (over a real port) frees its place.
    const stream = new AbortController();
    const connected = await fetch(`${t.url}/stream?token=${tokens[0]}`, {
      headers: { accept: 'text/event-stream' },
      signal: stream.signal,
    });
    expect(connected.status).toBe(200);
    await waitFor(
      async () => (await gauge(t, 'graphql_sse_reservations_pending')) === 2,
      () => 'the connected reservation to leave the pending count',
    );
    const again = await reserve(t);
    expect(again.status).toBe(201);
    stream.abort();
  });
});

describe('reservations expire after SSE_RESERVATION_TTL_MS', () => {
  const t = useTestServer({
    listen: true,
    limits: {
      sseReservations: { maxPending: 5, ttlMs: 300, maxPendingPerClient: 100, maxStreamsPerAddress: 32 },
    },
  });

  it('drops a reservation nobody connected, from the server and from graphql-sse', async () => {
    const token = await (await reserve(t)).text();
    expect(await held(t, token)).toBe(true);
    await waitFor(
      async () => !(await held(t, token)),
      () => 'the unconnected reservation to be dropped',
    );
    expect(await gauge(t, 'graphql_sse_reservations_pending')).toBe(0);
    // Its place is free again: five new reservations fit.
    for (let i = 0; i < 5; i++) expect((await reserve(t)).status).toBe(201);
  });
});
