import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

/**
 * An Authorization header that holds no token, what a failed token step leaves (the README's
 * `TOKEN=$(curl ... | jq -r .access_token)` gives `null` when the call failed; `${token}` of an unset
 * variable gives `undefined`; an empty one gives `Bearer` alone), is refused UNAUTHENTICATED up front,
 * saying so, before any Spotify call (new user, LOW 2): not sent to Spotify as a token it then refuses.
 */
const t = useTestServer({ mode: 'extended' });

const ME = graphql(`query TokenlessBearerMe { me { displayName } }`);

beforeEach(async () => {
  await t.clearLog();
});

async function post(authorization: string) {
  const response = await t.server.yoga.fetch('http://server.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization },
    body: JSON.stringify({ query: documentText(ME) }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { status: response.status, body };
}

describe('an Authorization header holding no token', () => {
  it.each([
    ['Bearer null', 'the literal "null"'],
    ['Bearer undefined', 'the literal "undefined"'],
    ['bearer None', 'the literal "None"'],
    ['Bearer ', 'nothing after "Bearer"'],
    ['Bearer', 'nothing after "Bearer"'],
  ])('%j is UNAUTHENTICATED saying the header holds no token, with no Spotify call', async (header, what) => {
    const { status, body } = await post(header);
    expect(status).toBe(401);
    expect(body.errors).toHaveLength(1);
    const error = body.errors![0]!;
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toContain(`The Authorization header holds no token (${what})`);
    expect(await t.calls()).toEqual({});
  });

  it('a real token is still used as one', async () => {
    const token = await t.emu.token({ user: 'alice' });
    const answer = await t.query(ME, {}, { token });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.displayName).toEqual(expect.any(String));
  });
});
