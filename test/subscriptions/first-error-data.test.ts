import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { type Stream, sseSubscribe, stopStreamAfterEach } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * A stream whose first poll fails gets the error event, and its `data` follows the field's type: the
 * nullable `playbackState` and `currentlyPlaying` `{field: null}`, the non-null `devices` (`[Device]!`)
 * and `queue` (`PlayerQueue!`) `data: null`. The README said `{"data": {"playbackState": null}, ...}`
 * for every stream, and `devices` got `"data": null` (s38 new-user pass, finding 5); it now says what
 * each field gets. The events are guards (the same before); the README check fails on the old README.
 */

const INTERVAL_MS = 100;
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
});

let stream: Stream<Record<string, unknown>> | undefined;

stopStreamAfterEach(t, () => stream);

type Document = GraphQLDocument<Record<string, unknown>, Record<string, never>>;
const FAILING = { status: 503 };
const FIELDS: Readonly<Record<string, { document: Document; route: string; data: unknown }>> = {
  playbackState: {
    document: graphql(`subscription FirstErrorState { playbackState { isPlaying } }`),
    route: 'GET /v1/me/player',
    data: { playbackState: null },
  },
  currentlyPlaying: {
    document: graphql(`subscription FirstErrorPlaying { currentlyPlaying { isPlaying } }`),
    route: 'GET /v1/me/player',
    data: { currentlyPlaying: null },
  },
  devices: {
    document: graphql(`subscription FirstErrorDevices { devices { id } }`),
    route: 'GET /v1/me/player/devices',
    data: null,
  },
  queue: {
    document: graphql(`subscription FirstErrorQueue { queue { items { __typename } } }`),
    route: 'GET /v1/me/player/queue',
    data: null,
  },
};

for (const [field, { document, route, data }] of Object.entries(FIELDS))
  it(`${field}: the first failed poll's event has data ${JSON.stringify(data)}, as the README says`, async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', { route, ...FAILING });
    const opened = sseSubscribe(t.url, document, token);
    stream = opened;
    const first = await opened.nth(0);
    expect(first.errors?.map((error) => error.extensions?.code)).toEqual(['SPOTIFY_UNAVAILABLE']);
    expect(first.data).toEqual(data);
    const said =
      data === null
        ? `{"data": null, "errors": [...]}\` for \`devices\` and \`queue\``
        : `{"data": {"playbackState": null}, "errors": [...]}\` for the nullable \`playbackState\` and \`currentlyPlaying\``;
    expect(README).toContain(said);
    expect(README).toContain(`\`${field}\``);
  });
