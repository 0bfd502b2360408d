import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ERROR_MESSAGE_LENGTH } from '../../src/server/errors.js';
import { invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer();
let url: string;
beforeAll(async () => {
  url = await t.server.start(0, '127.0.0.1');
});

async function errorsOf(query: string): Promise<{ message: string; extensions?: { code?: string } }[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return body.errors ?? [];
}

describe('echoed input in errors', () => {
  it('cuts a 500 KB bad id in BAD_USER_INPUT to a bounded message', async () => {
    const errors = await errorsOf(
      invalidDocument(
        'a hostile 500 KB id literal, which the error echoes',
        `{ album(id: "${'A'.repeat(500_000)}") { name } }`,
      ),
    );
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0]!.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH + 1);
  });

  it('cuts a syntax error that quotes a 500 KB string', async () => {
    const errors = await errorsOf(
      invalidDocument('a parse error quoting a 500 KB string', `{ album(id: "x") "${'B'.repeat(500_000)}" }`),
    );
    expect(errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors[0]!.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH + 1);
  });
});
