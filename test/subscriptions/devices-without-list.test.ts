import { expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { type Stream, sseSubscribe, stopStreamAfterEach } from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * Spotify's devices answer without a device list is Spotify's bad answer, for the subscription as for
 * the query (`devices: null` with a badValue error), never "the user has no devices": a subscriber
 * with no list yet gets the error, one with a list keeps it marked stale (v10 attack on issue 7, F7).
 */

const INTERVAL_MS = 100;
const DEVICES = graphql(`subscription DevicesWithoutList { devices { id name } }`);
const BAD_VALUE = { code: 'SPOTIFY_UNAVAILABLE', badValue: true };

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
});

let stream: Stream<{ devices: ({ id: string | null; name: string | null } | null)[] }> | undefined;

stopStreamAfterEach(t, () => stream);

const NO_LIST = {
  'devices: null': { set: { '/devices': null } },
  'an empty object': { text: '{}', contentType: 'application/json' },
} as const;

for (const [name, fault] of Object.entries(NO_LIST)) {
  it(`${name} before any list: the error, not an empty list`, async () => {
    const token = await t.emu.token({ user: 'alice' });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player/devices', ...fault });
    const opened = sseSubscribe(t.url, DEVICES, token);
    stream = opened;
    const first = await opened.nth(0);
    expect(first.data?.devices ?? null).toBeNull();
    expect(first.errors?.map((error) => error.extensions)).toEqual([BAD_VALUE]);
    expect(first.errors?.[0]?.message).toBe("Spotify's answer has no value for devices");
  });

  it(`${name} after a list: the last list again, marked stale, never []`, async () => {
    const token = await t.emu.token({ user: 'alice' });
    const opened = sseSubscribe(t.url, DEVICES, token);
    stream = opened;
    const first = await opened.nth(0);
    expect(first.data?.devices?.length).toBeGreaterThan(0);
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player/devices', ...fault });
    const events = await opened.until((all) => all.some((event) => event.extensions?.stale !== undefined));
    const stale = events.find((event) => event.extensions?.stale !== undefined);
    expect(stale?.data).toEqual(first.data);
    expect(stale?.extensions?.stale).toMatchObject(BAD_VALUE);
    expect(events.some((event) => event.data?.devices?.length === 0)).toBe(false);
  });
}
