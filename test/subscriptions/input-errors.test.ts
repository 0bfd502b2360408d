import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

/**
 * A subscription whose variables cannot be coerced is refused before it starts, as a query would be:
 * BAD_USER_INPUT, over SSE as over a plain POST, with HTTP 400 (200 to a client that prefers
 * application/json).
 */

const t = useTestServer();
const QUERY = graphql(
  `subscription InputErrorsPlaybackState($on: Boolean!) { playbackState { isPlaying @include(if: $on) } }`,
);

// A client that names no stream is refused a subscription 406 before its variables are read (see
// test/server/library-refusals.test.ts): the JSON client here lists the stream after JSON, and gets
// the 200 of GraphQL over HTTP's application/json for a request error.
it.each([
  ['text/event-stream', 400],
  ['application/json, text/event-stream', 200],
])(
  'answers a missing required variable with BAD_USER_INPUT (accept: %s, HTTP %i)',
  async (accept, status) => {
    const alice = await t.emu.token({ user: 'alice' });
    const response = await t.server.yoga.fetch('http://server.test/graphql', {
      method: 'POST',
      headers: { accept, 'content-type': 'application/json', authorization: `Bearer ${alice}` },
      body: JSON.stringify({ query: documentText(QUERY), variables: {} }),
    });
    expect(response.status).toBe(status);
    expect(t.server.playerPollers.subscribers).toBe(0);
    if (accept.startsWith('application/json')) {
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.message).toMatch(/\$on/);
      expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
  },
);

const TRACK = graphql(`query InputErrorsTrack($id: ID!) { track(id: $id) { name } }`);

it('answers a query missing a required variable with BAD_USER_INPUT and HTTP 400, as a subscription', async () => {
  await t.clearLog();
  const response = await t.server.yoga.fetch('http://server.test/graphql', {
    method: 'POST',
    headers: { accept: 'application/graphql-response+json', 'content-type': 'application/json' },
    body: JSON.stringify({ query: documentText(TRACK), variables: {} }),
  });
  expect(response.status).toBe(400);
  const body = (await response.json()) as {
    data?: unknown;
    errors: { message: string; extensions: { code: string } }[];
  };
  expect(body.data).toBeUndefined();
  expect(body.errors.map((error) => [error.message, error.extensions.code])).toEqual([
    [expect.stringMatching(/\$id/), 'BAD_USER_INPUT'],
  ]);
  expect(await t.calls()).toEqual({});
});

// attack 6, F1: a variable nested 5,000 deep was a 500 over SSE ("Unexpected error." over graphql-ws):
// the cohort key wrote every variable, declared or not, with JSON.stringify, whose stack overflowed.
describe('a variable nested too deep to be written', () => {
  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  const post = async (variables: string, accept: string, signal?: AbortSignal) => {
    const alice = await t.emu.token({ user: 'alice' });
    return t.server.yoga.fetch('http://server.test/graphql', {
      method: 'POST',
      headers: { accept, 'content-type': 'application/json', authorization: `Bearer ${alice}` },
      body: `{"query": ${JSON.stringify(documentText(QUERY))}, "variables": ${variables}}`,
      ...(signal ? { signal } : {}),
    });
  };

  it('declared: BAD_USER_INPUT, not a 500', async () => {
    const response = await post(`{"on": ${deep}}`, 'application/json, text/event-stream');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(t.server.playerPollers.subscribers).toBe(0);
  });

  it('declared in a query: BAD_USER_INPUT, not a 500', async () => {
    const response = await t.server.yoga.fetch('http://server.test/graphql', {
      method: 'POST',
      headers: { accept: 'application/graphql-response+json', 'content-type': 'application/json' },
      body: `{"query": ${JSON.stringify(documentText(TRACK))}, "variables": {"id": ${deep}}}`,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('undeclared: ignored, as a query ignores it; the stream starts', async () => {
    const abort = new AbortController();
    const response = await post(`{"on": true, "x": ${deep}}`, 'text/event-stream', abort.signal);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let text = '';
    while (!/data:[^\n]*\n\n/.test(text)) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    abort.abort();
    expect(text).toContain('"playbackState"');
    expect(text).not.toContain('errors');
  });
});
