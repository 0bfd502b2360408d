import { expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * A graphql-sse single-connection stream (`/graphql/stream`) belongs to the client that reserved it:
 * another client holding its token (leaked through a proxy's log, history or Referer) cannot read the
 * stream, add operations to it or stop them; it is answered as for an unknown token (404 NOT_FOUND).
 * Two clients here share one address (127.0.0.1), as behind one NAT: their credentials tell them apart.
 */

const t = useTestServer({ listen: true });
const STREAM = () => `${t.url}/stream`;
const MINE = graphql(`subscription SseStreamBindingMine { currentlyPlaying { isPlaying } }`);

function headersOf(authorization: string | undefined, token: string): Record<string, string> {
  return {
    'x-graphql-event-stream-token': token,
    ...(authorization === undefined ? {} : { authorization }),
  };
}

async function open(token: string, authorization?: string): Promise<Response> {
  return fetch(`${STREAM()}?token=${encodeURIComponent(token)}`, {
    headers: { accept: 'text/event-stream', ...(authorization === undefined ? {} : { authorization }) },
  });
}

async function start(token: string, operationId: string, authorization?: string): Promise<Response> {
  return fetch(STREAM(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headersOf(authorization, token) },
    body: JSON.stringify({ query: documentText(MINE), extensions: { operationId } }),
  });
}

async function stop(token: string, operationId: string, authorization?: string): Promise<Response> {
  return fetch(`${STREAM()}?operationId=${operationId}`, {
    method: 'DELETE',
    headers: headersOf(authorization, token),
  });
}

async function expectUnknownToken(response: Response, who: string): Promise<void> {
  expect(response.status, who).toBe(404);
  const body = (await response.json()) as { errors: { extensions?: { code?: string } }[] };
  expect(body.errors[0]?.extensions?.code, who).toBe('NOT_FOUND');
}

/** Reads the event stream until `wanted` shows up in it; answers what was read. */
async function readUntil(response: Response, wanted: string): Promise<string> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  while (!text.includes(wanted)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  await reader.cancel();
  return text;
}

it('answers the stream, its operations and their stops only to the client that reserved it', async () => {
  const alice = `Bearer ${await t.emu.token({ user: 'alice' })}`;
  const carol = `Bearer ${await t.emu.token({ user: 'carol' })}`;
  const reserved = await fetch(STREAM(), { method: 'PUT', headers: { authorization: alice } });
  expect(reserved.status).toBe(201);
  const token = await reserved.text();

  for (const [who, authorization] of [
    ['anonymous', undefined],
    ['carol', carol],
  ] as const) {
    await expectUnknownToken(await open(token, authorization), `${who}'s GET`);
    await expectUnknownToken(await start(token, `${who}-op`, authorization), `${who}'s POST`);
  }

  // The reservation still waits for alice: her stream opens and carries her operation.
  const stream = await open(token, alice);
  expect(stream.status).toBe(200);
  expect((await start(token, 'op1', alice)).status).toBe(202);
  for (const [who, authorization] of [
    ['anonymous', undefined],
    ['carol', carol],
  ] as const)
    await expectUnknownToken(await stop(token, 'op1', authorization), `${who}'s DELETE`);
  const events = await readUntil(stream, '"id":"op1"');
  expect(events).toContain('"currentlyPlaying"');
  expect(events).not.toContain('-op');
});

it('lets an anonymous client use the stream it reserved itself', async () => {
  const reserved = await fetch(STREAM(), { method: 'PUT' });
  const token = await reserved.text();
  const stream = await open(token);
  expect(stream.status).toBe(200);
  // No credentials: the operation itself is refused as over /graphql, not the token.
  const answer = await start(token, 'op1');
  expect(answer.status).toBe(401);
  await stream.body?.cancel();
});
