import { GraphQLError as JitGraphQLError } from 'graphql-jit/dist/error';
import { describe, expect, it } from 'vitest';
import { errorLevel, errorSummary } from '../../src/server/logging.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { memoryLogger } from '../helpers/memory-log.js';
import { startTestServer } from '../helpers/server.js';

// graphql-jit makes some errors (a null for a non-null argument) as its own GraphQLError, an
// instance of graphql's, whose `extensions` is undefined: every read of their code must be safe.
describe('an error graphql-jit makes without extensions', () => {
  it('is summarised and levelled for the log without throwing', () => {
    const error = new (JitGraphQLError as unknown as new (message: string) => Error)(
      'Argument "id" of non-null type "ID!" must not be null.',
    );
    expect((error as { extensions?: unknown }).extensions).toBeUndefined();
    expect(errorSummary(error)).toEqual({ type: 'GraphQLError', message: error.message });
    expect(errorLevel(error)).toBe('error');
  });

  // graphql-jit runs it (project `all`; startTestServer compiles from the first run).
  it('is answered and logged (a null variable for a non-null argument)', async () => {
    const log = memoryLogger();
    const t = await startTestServer({ listen: true, logger: log.logger });
    try {
      const albumOrDefault = graphql(`query JitNullArgument($id: ID = "x") { album(id: $id) { id } }`);
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'jit-null-argument' },
        body: JSON.stringify({ query: documentText(albumOrDefault), variables: { id: null } }),
      });
      const body = (await response.json()) as {
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      // Refused before either executor runs (src/server/variable-errors.ts): the client's own input, a
      // request error, 200 to fetch's `Accept: */*` as to an application/json client.
      expect(response.status).toBe(200);
      expect(body.errors?.[0]?.message).toBe('Argument "id" of non-null type "ID!" must not be null.');
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(log.lines().find((line) => line.requestId === 'jit-null-argument')?.level).toBe(30);
    } finally {
      await t.close();
    }
  });
});
