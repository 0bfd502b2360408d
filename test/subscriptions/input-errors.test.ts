import { expect, it } from 'vitest';
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
