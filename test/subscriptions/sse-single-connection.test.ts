import { createClient } from 'graphql-sse';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { albumWith, deviceIds, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { documentText, type TypedDocumentNode } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { type StreamEvent, waitFor } from '../helpers/subscriptions.js';

// Each test waits for events with generous deadlines (a loaded CI machine must not fail them).
vi.setConfig({ testTimeout: 60_000 });

/**
 * graphql-sse's single-connection mode (`/graphql/stream`): one event stream per client carries every
 * operation, each started by its own POST with the client's headers (the Authorization among them).
 */

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: 100, playerIdlePollIntervalMs: 200 },
});

let alice: string;
let disposers: (() => void)[] = [];

beforeEach(async () => {
  await t.emu.reset();
  alice = await t.emu.token({ user: 'alice' });
});

afterEach(async () => {
  for (const dispose of disposers) dispose();
  disposers = [];
  await waitFor(
    () => t.server.playerPollers.subscribers === 0,
    () => 'subscribers to leave',
  );
});

function subscribe<T>(
  client: ReturnType<typeof createClient>,
  document: TypedDocumentNode<T, Record<string, never>>,
): StreamEvent<T>[] {
  const events: StreamEvent<T>[] = [];
  disposers.push(
    client.subscribe<T>(
      { query: documentText(document) },
      {
        next: (event) => {
          events.push({
            ...(event.data === undefined ? {} : { data: event.data as T | null }),
            ...(event.errors
              ? {
                  errors: event.errors.map((error) => ({
                    message: error.message,
                    extensions: { ...error.extensions },
                  })),
                }
              : {}),
          });
        },
        error: (error) => {
          events.push({ errors: [{ message: String(error) }] });
        },
        complete: () => {},
      },
    ),
  );
  return events;
}

it('carries two subscriptions over one single-connection stream, with the change a player command brings', async () => {
  const client = createClient({
    url: t.url.replace(/\/graphql$/, '/graphql/stream'),
    singleConnection: true,
    headers: { authorization: `Bearer ${alice}` },
    retryAttempts: 0,
  });
  disposers.push(() => client.dispose());
  const states = subscribe(
    client,
    graphql(`subscription SseSingleConnectionPlayback { playbackState { isPlaying } }`),
  );
  const devices = subscribe(
    client,
    graphql(`subscription SseSingleConnectionDevices { devices { isActive } }`),
  );
  await waitFor(
    () => states.length > 0 && devices.length > 0,
    () => `first events: ${JSON.stringify({ states, devices })}`,
  );
  expect(states[0]).toEqual({ data: { playbackState: null } });
  expect(devices[0]?.data?.devices?.some((device) => device?.isActive)).toBe(false);

  const { album } = albumWith(t.emu, 3);
  const ids = await deviceIds(t.emu, alice);
  expect(
    (
      await player(t.emu, alice).play(
        { context_uri: `spotify:album:${album.id}` },
        { device_id: ids.computer },
      )
    ).status,
  ).toBe(204);
  await waitFor(
    () => states.length > 1 && devices.length > 1,
    () => `second events: ${JSON.stringify({ states, devices })}`,
  );
  expect(states[1]).toEqual({ data: { playbackState: { isPlaying: true } } });
  expect(devices[1]?.data?.devices?.some((device) => device?.isActive)).toBe(true);
});
