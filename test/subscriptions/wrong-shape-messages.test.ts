import { expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';
import { type Stream, sseSubscribe, stopStreamAfterEach } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * A player answer of the wrong shape as a whole (a devices answer whose `devices` is a string, a
 * playback state that is a number) names what is wrong, never the value, in the error event of a
 * stream with no value yet and in the stale event's `extensions.stale.message` of one with a value,
 * for every subscription field, as the README's "Live playback" ("Errors.") says. Before, both said
 * only "Spotify sent an answer of the wrong shape" (s38 new-user pass, finding 6): each test fails on
 * the old code.
 */

const INTERVAL_MS = 100;

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
});

let stream: Stream<Record<string, unknown>> | undefined;

stopStreamAfterEach(t, () => stream);

/** A JSON body that is a number, where Spotify's reference gives an object. */
const NUMBER_BODY = { status: 200, text: '5', contentType: 'application/json' };

const FIELDS: Readonly<
  Record<
    string,
    { document: GraphQLDocument<Record<string, unknown>, Record<string, never>>; rule: object; fault: string }
  >
> = {
  playbackState: {
    document: graphql(`subscription StaleShapeState { playbackState { isPlaying } }`),
    rule: { route: 'GET /v1/me/player', ...NUMBER_BODY },
    fault: 'a number where an object belongs',
  },
  currentlyPlaying: {
    document: graphql(`subscription StaleShapePlaying { currentlyPlaying { isPlaying } }`),
    // Read from the playback state (one poll serves both fields).
    rule: { route: 'GET /v1/me/player', ...NUMBER_BODY },
    fault: 'a number where an object belongs',
  },
  devices: {
    document: graphql(`subscription StaleShapeDevices { devices { id } }`),
    rule: { route: 'GET /v1/me/player/devices', set: { '/devices': 'x' } },
    fault: 'devices is a string, not a list',
  },
  queue: {
    document: graphql(`subscription StaleShapeQueue { queue { items { __typename } } }`),
    rule: { route: 'GET /v1/me/player/queue', set: { '/queue': 'x' } },
    fault: 'queue is a string, not a list',
  },
};

const message = (fault: string) => `Spotify sent an answer of the wrong shape: ${fault}`;

for (const [field, { document, rule, fault }] of Object.entries(FIELDS)) {
  it(`${field} with no value yet: the error event names what is wrong`, async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', rule);
    const opened = sseSubscribe(t.url, document, token);
    stream = opened;
    const first = await opened.nth(0);
    expect(first.errors?.map((error) => [error.message, error.extensions?.badValue])).toEqual([
      [message(fault), true],
    ]);
  });

  it(`${field} with a value: extensions.stale names what is wrong`, async () => {
    const token = await t.emu.token({ user: 'alice' });
    const opened = sseSubscribe(t.url, document, token);
    stream = opened;
    const first = await opened.nth(0);
    expect(first.errors).toBeUndefined();
    await t.emu.control('POST', '/faults', rule);
    const events = await opened.until((all) => all.some((event) => event.extensions?.stale !== undefined));
    const stale = events.find((event) => event.extensions?.stale !== undefined);
    expect(stale?.data).toEqual(first.data);
    expect(stale?.extensions?.stale).toMatchObject({
      code: 'SPOTIFY_UNAVAILABLE',
      badValue: true,
      message: message(fault),
    });
  });
}
