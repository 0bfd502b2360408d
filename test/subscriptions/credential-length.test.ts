import { createClient } from 'graphql-ws';
import { expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { MAX_AUTHORIZATION_CHARS } from '../../src/resolvers/request-credentials.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * A credential longer than MAX_AUTHORIZATION_CHARS is refused before any Spotify call: the graphql-ws
 * connection closes with 4403 at init, and an HTTP or SSE request gets UNAUTHENTICATED.
 */

const t = useTestServer({ listen: true });
const CREDENTIAL_LENGTH_STATE = graphql(
  `subscription CredentialLengthPlaybackState { playbackState { isPlaying } }`,
);
const huge = `Bearer ${'a'.repeat(100 * 1024)}`;

/** Spotify API calls since the last clearLog (the token endpoint aside). */
async function spotifyCalls(): Promise<number> {
  return Object.values(await t.calls()).reduce((sum, count) => sum + count, 0);
}

it('closes a graphql-ws connection whose authorization is over the bound with 4403', async () => {
  await t.clearLog();
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    const client = createClient({
      url: t.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      // Just over the bound: a connection_init over 16 KB is refused before it is read (4400, echo-bounds).
      connectionParams: { authorization: huge.slice(0, MAX_AUTHORIZATION_CHARS + 1) },
      on: { closed: (event) => resolve(event as { code: number; reason: string }) },
      onNonLazyError: () => {},
    });
    void client;
  });
  const { code, reason } = await closed;
  expect(code).toBe(4403);
  expect(reason).toBe(
    'The Authorization header is longer than 2048 characters: no session or Spotify token is that long',
  );
  expect(await spotifyCalls()).toBe(0);
});

// A JSON client lists the stream too: one that names none is refused any subscription 406 first.
it.each(['application/json, text/event-stream', 'text/event-stream'])(
  'answers an Authorization header over the bound with UNAUTHENTICATED (accept: %s)',
  async (accept) => {
    await t.clearLog();
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        accept,
        'content-type': 'application/json',
        authorization: huge.slice(0, MAX_AUTHORIZATION_CHARS + 1),
      },
      body: JSON.stringify({ query: documentText(CREDENTIAL_LENGTH_STATE) }),
    });
    const text = await response.text();
    expect(text).toContain('UNAUTHENTICATED');
    expect(text).toContain(`longer than ${MAX_AUTHORIZATION_CHARS}`);
    expect(await spotifyCalls()).toBe(0);
  },
);
