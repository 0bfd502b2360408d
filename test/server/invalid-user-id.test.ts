import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { memoryLogger, metricsText } from '../helpers/memory-log.js';
import { startTestServer } from '../helpers/server.js';

const USER = graphql(`query InvalidUserId($id: ID!) { user(id: $id) { displayName } }`);

describe('user(id:) with an id that is no username', () => {
  it('is refused before any call: BAD_USER_INPUT in plain words, no Spotify call counted anywhere', async () => {
    const log = memoryLogger();
    const t = await startTestServer({ listen: true, logger: log.logger });
    try {
      for (const [n, id] of ['..', '.', '...'].entries()) {
        const response = await fetch(t.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': `bad-user-${n}` },
          body: JSON.stringify({ query: documentText(USER), variables: { id } }),
        });
        const body = (await response.json()) as {
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        const message = body.errors?.[0]?.message ?? '';
        expect(message).toMatch(/^id has a malformed user id: a Spotify user id is a user name/);
        // No endpoint id, option name or client wording reaches the caller.
        expect(message).not.toMatch(/get-users-profile|option|userId|user_id/);
        const line = log.lines().find((entry) => entry.requestId === `bad-user-${n}` && 'status' in entry);
        expect(line).toMatchObject({ operationName: 'InvalidUserId', spotifyCalls: 0 });
      }
      expect(await t.calls()).toEqual({});
      expect(await metricsText(t.url)).not.toMatch(/spotify_calls_total\{/);
    } finally {
      await t.close();
    }
  });
});
