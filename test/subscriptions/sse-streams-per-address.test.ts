import { expect, it, vi } from 'vitest';
import { configFromEnv } from '../../src/server/config.js';
import { DEFAULT_SSE_RESERVATION_LIMITS } from '../../src/server/sse-single-connection.js';
import { metricsText } from '../helpers/memory-log.js';
import { useTestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * graphql-sse single-connection streams (`/graphql/stream`: PUT reserves, GET connects) were counted
 * only while reserved: a connected stream freed its reservation's place, so one address could hold any
 * number of open streams, and nothing showed how many were open. `graphql_sse_streams_open` counts
 * them at /metrics, and one peer address holds at most SSE_MAX_STREAMS_PER_ADDRESS: one more GET is
 * 429 TOO_MANY_STREAMS with a JSON body, and its reservation is dropped.
 */

const t = useTestServer({
  listen: true,
  limits: { sseReservations: { ...DEFAULT_SSE_RESERVATION_LIMITS, maxStreamsPerAddress: 2 } },
});
const STREAM = () => `${t.url}/stream`;

/** Reserves a stream (PUT) and answers its token. */
async function reserve(): Promise<string> {
  const reserved = await fetch(STREAM(), { method: 'PUT' });
  expect(reserved.status).toBe(201);
  return reserved.text();
}

/** Connects the stream of `token` (GET). */
function connect(token: string): Promise<Response> {
  return fetch(`${STREAM()}?token=${encodeURIComponent(token)}`, {
    headers: { accept: 'text/event-stream' },
  });
}

/** The value of gauge `name` at /metrics. */
async function gauge(name: string): Promise<number> {
  const line = new RegExp(`\\n${name} (\\d+)\\n`).exec(await metricsText(t.url));
  if (!line) throw new Error(`/metrics has no ${name}`);
  return Number(line[1]);
}

it('counts the open single-connection streams in graphql_sse_streams_open and refuses one more from the address with 429 TOO_MANY_STREAMS', async () => {
  const first = await connect(await reserve());
  const second = await connect(await reserve());
  try {
    for (const stream of [first, second]) {
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
    }
    expect(await gauge('graphql_sse_streams_open')).toBe(2);

    const third = await reserve();
    const refused = await connect(third);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/json');
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('TOO_MANY_STREAMS');
    expect(body.errors[0]?.message).toContain('SSE_MAX_STREAMS_PER_ADDRESS');
    // Its reservation is gone: it holds no place and its token names nothing.
    expect(await gauge('graphql_sse_reservations_pending')).toBe(0);
    expect((await connect(third)).status).toBe(404);
    expect(await gauge('graphql_sse_streams_open')).toBe(2);

    // A stream the client closes gives its place back.
    await first.body?.cancel();
    await waitFor(
      async () => (await gauge('graphql_sse_streams_open')) === 1,
      () => 'the closed stream to be counted out',
    );
    const again = await connect(await reserve());
    expect(again.status).toBe(200);
    await again.body?.cancel();
  } finally {
    await first.body?.cancel().catch(() => {});
    await second.body?.cancel().catch(() => {});
  }
  await waitFor(
    async () => (await gauge('graphql_sse_streams_open')) === 0,
    () => 'every stream to be counted out',
  );
});

it('reads SSE_MAX_STREAMS_PER_ADDRESS from the environment and refuses a value that is no positive integer at start', () => {
  expect(configFromEnv({}).limits.sseReservations.maxStreamsPerAddress).toBe(32);
  expect(
    configFromEnv({ SSE_MAX_STREAMS_PER_ADDRESS: '3' }).limits.sseReservations.maxStreamsPerAddress,
  ).toBe(3);
  for (const bad of ['0', '-1', '2.5', 'many'])
    expect(() => configFromEnv({ SSE_MAX_STREAMS_PER_ADDRESS: bad })).toThrow(/SSE_MAX_STREAMS_PER_ADDRESS/);
});
