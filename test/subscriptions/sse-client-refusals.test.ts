import { type ClientOptions, createClient, NetworkError } from 'graphql-sse';
import { afterEach, expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { invalidDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { type Stream, sseStreamClient, sseStreamSubscribe, waitFor } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * The README's graphql-sse client options, in both modes: an operation the server refuses before it
 * starts (HTTP 400 with `{"errors": [...]}`) reaches that operation's `error` callback at once, as a
 * graphql-sse NetworkError whose `response` carries the server's errors with their `extensions.code`.
 * With graphql-sse's defaults (5 retries, exponential back-off) the same refusal came ~40 s later as a
 * retry's 409 (v5 F6); the README passes `retryAttempts: 0` and fresh headers per request.
 */

const t = useTestServer({ listen: true });
const disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});

/**
 * The options the README's single-connection snippet passes (besides `url` and `singleConnection`):
 * fresh headers per request, no retries, and a `fetchFn` that reads a refusal's body before the client
 * aborts the request (in single-connection mode it aborts the refused POST before calling `error`, which
 * left `error.response` unreadable). `fetchImpl` stands for the global `fetch`, recorded here.
 */
function readmeOptions(
  token: string,
  fetchImpl: typeof fetch,
): Pick<ClientOptions<true>, 'headers' | 'retryAttempts' | 'fetchFn'> {
  return {
    headers: () => ({ authorization: `Bearer ${token}` }),
    retryAttempts: 0,
    fetchFn: async (url: RequestInfo | URL, init?: RequestInit) => {
      const res = await fetchImpl(url, init);
      return res.ok ? res : new Response(await res.text(), res);
    },
  };
}

const UNKNOWN_FIELD = invalidDocument('an unknown field', 'subscription SseClientRefusalsNope { nope }');
const COSTLY = graphql(`subscription SseClientRefusalsCostly { playbackState { item { ... on Track {
  album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }`);
const DEVICES = graphql(`subscription SseClientRefusalsDevices { devices { name } }`);

/** A `fetchFn` that records each request's method and answer status (for the client's retries). */
function recordingFetch(): { log: string[]; fetchFn: typeof fetch } {
  const log: string[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    log.push(`${init?.method ?? 'GET'} ${response.status}`);
    return response;
  };
  return { log, fetchFn };
}

/** The codes of the server's errors that the client's `error` callback got (NetworkError's response). */
async function refusalCodes(stream: Stream): Promise<{ status: number; codes: unknown[] }> {
  await waitFor(
    () => stream.failure !== undefined || stream.completed || stream.events.length > 0,
    () => 'the error callback',
  );
  expect(stream.events).toEqual([]);
  expect(stream.failure).toBeInstanceOf(NetworkError);
  const response = (stream.failure as NetworkError<Response>).response;
  if (response === undefined) throw new Error(`no response on ${String(stream.failure)}`);
  const body = (await response.json()) as { errors: { extensions?: { code?: string } }[] };
  return { status: response.status, codes: body.errors.map((error) => error.extensions?.code) };
}

it('single-connection mode: refusals reach their error callbacks with their codes; a valid subscription still delivers', async () => {
  const alice = await t.emu.token({ user: 'alice' });
  const requests = recordingFetch();
  const client = sseStreamClient(t.url, undefined, readmeOptions(alice, requests.fetchFn));
  disposers.push(() => client.dispose());
  const devices = sseStreamSubscribe(client, DEVICES);
  disposers.push(() => devices.stop());
  await devices.nth(0);

  const nope = sseStreamSubscribe(client, UNKNOWN_FIELD);
  expect(await refusalCodes(nope)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
  const costly = sseStreamSubscribe(client, COSTLY);
  expect(await refusalCodes(costly)).toEqual({ status: 400, codes: ['QUERY_TOO_COMPLEX'] });
  // One POST per operation and no PUT refused: the client retried nothing. (graphql-sse's lazy client
  // reserves a new stream after a refused POST; fresh headers make that PUT a new reservation, where
  // the shared headers object carried the open stream's token into it and got 409.)
  expect(requests.log.filter((line) => line.startsWith('POST'))).toEqual([
    'POST 202',
    'POST 400',
    'POST 400',
  ]);
  expect(requests.log.filter((line) => line.startsWith('PUT') && line !== 'PUT 201')).toEqual([]);

  // The stream the refusals shared is still open and carries a new subscription's first value.
  const again = sseStreamSubscribe(client, DEVICES);
  disposers.push(() => again.stop());
  const first = await again.nth(0);
  expect(first.errors).toBeUndefined();
  expect(first.data?.devices).toEqual(expect.any(Array));
  expect(devices.failure).toBeUndefined();
});

it('distinct-connections mode: refusals reach their error callbacks with their codes; a valid subscription delivers', async () => {
  const alice = await t.emu.token({ user: 'alice' });
  const requests = recordingFetch();
  const client = createClient({
    url: t.url,
    headers: () => ({ authorization: `Bearer ${alice}` }),
    retryAttempts: 0,
    fetchFn: requests.fetchFn,
  });
  disposers.push(() => client.dispose());
  const nope = sseStreamSubscribe(client, UNKNOWN_FIELD);
  expect(await refusalCodes(nope)).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
  const costly = sseStreamSubscribe(client, COSTLY);
  expect(await refusalCodes(costly)).toEqual({ status: 400, codes: ['QUERY_TOO_COMPLEX'] });
  expect(requests.log).toEqual(['POST 400', 'POST 400']); // no retry
  const devices = sseStreamSubscribe(client, DEVICES);
  disposers.push(() => devices.stop());
  const first = await devices.nth(0);
  expect(first.errors).toBeUndefined();
  expect(first.data?.devices).toEqual(expect.any(Array));
});

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A stream's GET for `token`: 200 when a reservation waited for it (the stream is closed again at once). */
async function openStream(token: string): Promise<number> {
  const stream = await fetch(`${t.url}/stream?token=${encodeURIComponent(token)}`, {
    headers: { accept: 'text/event-stream' },
  });
  await stream.body?.cancel();
  return stream.status;
}

it('issues its own random token for a PUT, ignoring one the client chose in the header or the URL', async () => {
  const chosen = 'my-own-stream-token';
  const byHeader = await fetch(`${t.url}/stream`, {
    method: 'PUT',
    headers: { 'x-graphql-event-stream-token': chosen },
  });
  expect(byHeader.status).toBe(201);
  const issued = await byHeader.text();
  const byQuery = await fetch(`${t.url}/stream?token=${chosen}`, { method: 'PUT' });
  expect(byQuery.status).toBe(201);
  const issuedToo = await byQuery.text();
  expect(issued).toMatch(UUID_V4);
  expect(issuedToo).toMatch(UUID_V4);
  expect(issuedToo).not.toBe(issued);
  // No stream is reserved under the chosen token; each issued one opens its own.
  expect(await openStream(chosen)).toBe(404);
  expect(await openStream(issued)).toBe(200);
  expect(await openStream(issuedToo)).toBe(200);
});

it('answers a PUT carrying the token of a stream already reserved with a new reservation, leaving that one waiting', async () => {
  const reserved = await fetch(`${t.url}/stream`, { method: 'PUT' });
  expect(reserved.status).toBe(201);
  const token = await reserved.text();
  // graphql-sse's client writes the token into a headers object it was given: its next PUT carries it.
  const again = await fetch(`${t.url}/stream`, {
    method: 'PUT',
    headers: { 'x-graphql-event-stream-token': token },
  });
  expect(again.status).toBe(201);
  const fresh = await again.text();
  expect(fresh).toMatch(UUID_V4);
  expect(fresh).not.toBe(token);
  expect(await openStream(token)).toBe(200);
  expect(await openStream(fresh)).toBe(200);
});
