import { setFlagsFromString } from 'node:v8';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newRequestRecord } from '../../src/server/request-record.js';
import { withWebSocketOperation } from '../../src/server/ws-operations.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * An idle graphql-ws subscription keeps its GraphQL context for as long as it lives, so the context's
 * shape is part of what each one costs. It is built as ws.ts builds it: yoga's initial context for the
 * operation (withWebSocketOperation), onto which yoga's context factory assigns the GraphQLContext's
 * properties (Object.assign). V8 keeps such an object in fast mode with one hidden class for all of
 * them only while it is a literal of fixed keys given few properties: a spread initial context gave
 * each subscription a hidden class of its own once the spread's call site had seen several shapes
 * (about 600 B each), and a 15th context property (741568b's `appMarket`) made each a dictionary
 * (about 1.6 KB). The check reads V8's own verdict (%HasFastProperties, %HaveSameMap); memory figures
 * are the bench's (`subscriptions`).
 */

setFlagsFromString('--allow-natives-syntax');
// Parsed after the flag: natives syntax is accepted in code compiled from now on.
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

/**
 * A graphql-ws operation's context as ws.ts's prepareOperation makes it, for a user's bearer token in
 * the connection's `params` (clients send what they like there: a graphql-ws client may add its own).
 */
async function operationContext(token: string, id: string, params: Record<string, unknown>): Promise<object> {
  const request = new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  const operation = { record: newRequestRecord('ws', id), signal: new AbortController().signal };
  const initial = withWebSocketOperation(
    { connectionParams: params, req: {}, socket: {}, request, params: { query: '', variables: { id } } },
    operation,
  );
  const { contextFactory } = t.server.yoga.getEnveloped(initial);
  return (await contextFactory()) as object;
}

it("keeps every graphql-ws operation's context in fast mode, one hidden class for all", async () => {
  // However warm the builder is: a spread's call site that has seen several shapes clones through
  // V8's slow path, a hidden class per object (as in a long-running server), where a literal's is shared.
  for (let n = 0; n < 8; n++) {
    const parts = { [`extra${n}`]: n, connectionParams: {}, req: {}, socket: {}, request: {}, params: {} };
    withWebSocketOperation(parts as Parameters<typeof withWebSocketOperation>[0], {
      record: newRequestRecord('ws'),
      signal: new AbortController().signal,
    });
  }
  const alice = await t.emu.token({ user: 'alice' });
  const bob = await t.emu.token({ user: 'bob' });
  const contexts: object[] = [];
  const params = [{}, { client: 'web' }, { client: 'web', version: 2 }, { locale: 'sv', client: 'app' }];
  for (const [n, extra] of params.entries()) {
    contexts.push(await operationContext(alice, `a${n}`, { authorization: `Bearer ${alice}`, ...extra }));
    contexts.push(await operationContext(bob, `b${n}`, { ...extra, authorization: `Bearer ${bob}` }));
  }
  const [first] = contexts as [object];
  for (const context of contexts) {
    expect(hasFastProperties(context)).toBe(true);
    expect(haveSameMap(context, first)).toBe(true);
  }
});
