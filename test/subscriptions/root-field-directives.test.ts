import { expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { postEventStream, wsClient, wsSubscribe } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * `@skip`/`@include` on a subscription's root field: refused as a validation error (the GraphQL spec's
 * single-root-field rule, as graphql-js 17 enforces it), over graphql-ws and SSE alike, whatever the
 * variables: never an untyped variable error, never a 500. Directives below the root field still work.
 */

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 200 },
});

const INCLUDED = invalidDocument(
  'a directive on the root field, which validation refuses',
  'subscription ($x: Boolean!) { playbackState @include(if: $x) { isPlaying } }',
);
const SKIPPED = invalidDocument(
  'a directive on the root field, which validation refuses',
  'subscription { devices @skip(if: true) { name } }',
);

async function ssePost(
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<{ status: number; text: string }> {
  const abort = new AbortController();
  const response = await postEventStream(t.url, token, { query, variables }, abort.signal);
  const reader = response.body?.getReader();
  let text = '';
  const decoder = new TextDecoder();
  while (reader && !text.includes('\n\n')) {
    const chunk = await reader.read();
    if (chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  abort.abort();
  return { status: response.status, text };
}

it.each([
  ['@skip(if: true)', SKIPPED, {}],
  ['@include(if: $x) with x: true', INCLUDED, { x: true }],
  ['@include(if: $x) with x: false', INCLUDED, { x: false }],
  ['@include(if: $x) with x: "abc"', INCLUDED, { x: 'abc' }],
  [
    '@skip in a top-level fragment',
    invalidDocument(
      'a directive on the root field through a fragment, which validation refuses',
      'subscription { ...F } fragment F on Subscription { devices @skip(if: false) { name } }',
    ),
    {},
  ],
] as const)(
  'refuses %s on the root field over graphql-ws and SSE as a validation error, never a 500',
  async (_name, query, variables) => {
    const alice = await t.emu.token({ user: 'alice' });
    const client = wsClient(t.url, `Bearer ${alice}`);
    try {
      const stream = wsSubscribe(client, query, variables);
      await stream.until(() => stream.completed);
      expect(stream.events).toEqual([]);
      const failure = stream.failure as { message: string; extensions?: { code?: string } }[];
      expect(failure[0]?.message).toMatch(/must not use @skip or @include.*one root field/);
      expect(failure[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await client.dispose();
    }
    const sse = await ssePost(query, variables, alice);
    expect(sse.status).toBe(400);
    expect(sse.text).toContain('one root field');
    expect(sse.text).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(t.server.playerPollers.subscribers).toBe(0);
  },
);

it('still runs a subscription whose directives sit below the root field', async () => {
  const alice = await t.emu.token({ user: 'alice' });
  const client = wsClient(t.url, `Bearer ${alice}`);
  try {
    const stream = wsSubscribe(
      client,
      graphql(
        `subscription RootFieldDirectivesBelowRoot($x: Boolean!) { devices { name @include(if: $x) isActive } }`,
      ),
      { x: false },
    );
    const first = await stream.nth(0);
    const devices = first.data?.devices ?? [];
    expect(devices.length).toBeGreaterThan(0);
    expect(Object.keys(devices[0] ?? {})).toEqual(['isActive']);
    stream.stop();
  } finally {
    await client.dispose();
  }
});
