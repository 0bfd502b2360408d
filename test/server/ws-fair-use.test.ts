import type { Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { startTestServer } from '../helpers/server.js';
import { waitFor, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

const BURST = graphql(`subscription WsFairUseBurst { playbackState { isPlaying } }`);
const AFTER_BURST = graphql(`query WsFairUseAfterBurst { __typename }`);

/** One query over `client`: its result, or its errors (graphql-ws's error message). */
function run(client: Client, query: string): Promise<{ data?: unknown; errors?: readonly unknown[] }> {
  return new Promise((resolve) => {
    let result: { data?: unknown; errors?: readonly unknown[] } = {};
    client.subscribe(
      { query },
      {
        next: (value) => {
          result = value as typeof result;
        },
        error: (error) => resolve({ errors: Array.isArray(error) ? error : [error] }),
        complete: () => resolve(result),
      },
    );
  });
}

describe('graphql-ws fair use', () => {
  it('counts each operation against the per-client rate limit, like an HTTP request', async () => {
    const t = await startTestServer({
      listen: true,
      limits: { rateLimit: { requests: 3, windowSeconds: 60, concurrent: 2 } },
    });
    const client = wsClient(t.url);
    try {
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await run(client, documentText(AFTER_BURST)));
      expect(answers.slice(0, 3).map((a) => a.data)).toEqual([
        { __typename: 'Query' },
        { __typename: 'Query' },
        { __typename: 'Query' },
      ]);
      for (const refused of answers.slice(3)) {
        expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      }
      // The same client over HTTP has used its allowance too.
      const http = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: documentText(graphql(`query WsFairUseTypename { __typename }`)) }),
      });
      expect(http.status).toBe(429);
    } finally {
      await client.dispose();
      await t.close();
    }
  });

  it('counts operations that do not parse or validate too, before parsing them, as HTTP counts them', async () => {
    const t = await startTestServer({
      listen: true,
      limits: { rateLimit: { requests: 4, windowSeconds: 60, concurrent: 2 } },
    });
    const client = wsClient(t.url);
    try {
      const unparseable = invalidDocument('does not parse', '{ __typename ');
      const invalid = invalidDocument('parses, does not validate: an unknown field', '{ noSuchField }');
      const codes = [];
      for (const query of [unparseable, invalid, unparseable, invalid, unparseable, invalid, unparseable]) {
        const answer = await run(client, query);
        codes.push((answer.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code);
      }
      expect(codes).toEqual([
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'RATE_LIMITED',
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
      // The window is used up for the client's valid operations, over either transport.
      expect((await run(client, documentText(AFTER_BURST))).errors?.[0]).toMatchObject({
        extensions: { code: 'RATE_LIMITED' },
      });
      const http = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: documentText(AFTER_BURST) }),
      });
      expect(http.status).toBe(429);
    } finally {
      await client.dispose();
      await t.close();
    }
  });

  it('admits a burst of 100 subscriptions from one client while the window allows (no turn taken); queries still meet the limit', async () => {
    // Two turns, eight waiting at most: 100 subscriptions taking turns would crowd themselves out.
    const t = await startTestServer({
      listen: true,
      limits: { rateLimit: { requests: 103, windowSeconds: 600, concurrent: 2 } },
    });
    const token = await t.emu.token({ user: 'alice' });
    const client = wsClient(t.url, `Bearer ${token}`);
    try {
      const streams = Array.from({ length: 100 }, () => wsSubscribe(client, BURST));
      await waitFor(
        () => streams.every((stream) => stream.events.length > 0 || stream.completed),
        () => `${streams.filter((stream) => stream.events.length > 0).length} of 100 have an event`,
        60_000,
      );
      for (const stream of streams) {
        expect(stream.failure).toBeUndefined();
        expect(stream.events[0]?.errors).toBeUndefined();
      }
      // The window had 103: three queries pass, the fourth is refused.
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await run(client, documentText(AFTER_BURST)));
      expect(answers.slice(0, 3).map((answer) => answer.data)).toEqual([
        { __typename: 'Query' },
        { __typename: 'Query' },
        { __typename: 'Query' },
      ]);
      expect(answers[3]?.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      for (const stream of streams) stream.stop();
    } finally {
      await client.dispose();
      await t.close();
    }
  }, 90_000);

  it('closes a connection beyond WS_MAX_CONNECTIONS_PER_ADDRESS with 1013', async () => {
    const t = await startTestServer({ listen: true, limits: { wsConnectionsPerAddress: 2 } });
    const url = t.url.replace(/^http/, 'ws');
    const sockets: WebSocket[] = [];
    const closed: Promise<number>[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const socket = new WebSocket(url, 'graphql-transport-ws');
        sockets.push(socket);
        closed.push(new Promise((resolve) => socket.once('close', (code) => resolve(code))));
        await new Promise<void>((resolve, reject) => {
          socket.once('open', () => resolve());
          socket.once('error', reject);
        });
      }
      expect(await closed[2]).toBe(1013);
      expect(sockets[0]?.readyState).toBe(WebSocket.OPEN);
      expect(sockets[1]?.readyState).toBe(WebSocket.OPEN);
    } finally {
      for (const socket of sockets) socket.close();
      await t.close();
    }
  });
});
