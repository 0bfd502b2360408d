import { expect, it, vi } from 'vitest';
import { albumWith } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { alicesLocalFile, BAD_VALUE } from '../helpers/faults.js';
import { useTestServer } from '../helpers/server.js';
import {
  type Stream,
  sseSubscribe,
  stopStreamAfterEach,
  wsClient,
  wsSubscribe,
} from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 60_000 });

/**
 * A player poll whose answer has a field of another type than Spotify's reference documents
 * (`is_playing: "yes"`, `device: 5`, `item: "x"`, a device without `id`, a queue entry that is a
 * number, ...) is a failed poll, as the README's "Live playback" section ("Errors.") says: a stream
 * with a value keeps it and gets it once more marked `extensions.stale` (badValue), a stream with no
 * value yet gets the error event, and the next good poll's reading follows. Never the value with that
 * one field nulled (v4 attack on issue 7: `progress_ms: true` pushed `progressMs: null` with an error,
 * read by a client as news). The emulator's `set`/`unset` fault edits make the value wrong.
 */

const INTERVAL_MS = 100;
const STATE = graphql(
  `subscription WrongTypedPlayerValues { playbackState { isPlaying progressMs item { __typename } } }`,
);
const PLAYING = graphql(
  `subscription WrongTypedPlayingValues { currentlyPlaying { isPlaying item { __typename } } }`,
);
const DEVICES = graphql(`subscription WrongTypedDeviceValues { devices { id name } }`);
const QUEUE = graphql(`subscription WrongTypedQueueValues { queue { items { __typename } } }`);

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: INTERVAL_MS, playerIdlePollIntervalMs: INTERVAL_MS },
});

type Data = Record<string, unknown>;
let stream: Stream<Data> | undefined;

stopStreamAfterEach(t, () => stream);

/** alice plays an album on her laptop (through the emulator's API, as another client would). */
async function alicePlays(token: string): Promise<void> {
  const devices = (await t.emu.api('GET', '/v1/me/player/devices', { token })).json as {
    devices: { id: string; type: string }[];
  };
  const laptop = devices.devices.find((device) => device.type === 'Computer')!;
  const { album } = albumWith(t.emu, 3);
  const answer = await t.emu.api('PUT', '/v1/me/player/play', {
    token,
    query: { device_id: laptop.id },
    body: { context_uri: `spotify:album:${album.id}` },
  });
  expect(answer.status).toBe(204);
}

interface BadValueCase {
  /** The subscription and its root field. */
  document: typeof STATE | typeof PLAYING | typeof DEVICES | typeof QUEUE;
  field: string;
  /** The fault rule that makes one value wrong. */
  rule: { route: string; set?: Record<string, unknown>; unset?: string[] };
  /** The error's message (the field's path in Spotify's answer, never its value). */
  message: string;
}

const STATE_ROUTE = 'GET /v1/me/player';
const has = (path: string, what: string) => `Spotify's answer has a value for ${path} that is not ${what}`;

const CASES: Readonly<Record<string, BadValueCase>> = {
  'is_playing: "yes"': {
    document: STATE,
    field: 'playbackState',
    rule: { route: STATE_ROUTE, set: { '/is_playing': 'yes' } },
    message: has('is_playing', 'a boolean'),
  },
  'progress_ms: true': {
    document: STATE,
    field: 'playbackState',
    rule: { route: STATE_ROUTE, set: { '/progress_ms': true } },
    message: has('progress_ms', 'an integer'),
  },
  'shuffle_state: 1': {
    document: STATE,
    field: 'playbackState',
    rule: { route: STATE_ROUTE, set: { '/shuffle_state': 1 } },
    message: has('shuffle_state', 'a boolean'),
  },
  'device: 5': {
    document: STATE,
    field: 'playbackState',
    rule: { route: STATE_ROUTE, set: { '/device': 5 } },
    message: has('device', 'an object'),
  },
  'item: "x" (currentlyPlaying)': {
    document: PLAYING,
    field: 'currentlyPlaying',
    rule: { route: STATE_ROUTE, set: { '/item': 'x' } },
    message: has('item', 'an object'),
  },
  "the item's album images: 5": {
    document: PLAYING,
    field: 'currentlyPlaying',
    rule: { route: STATE_ROUTE, set: { '/item/album/images/0/url': 5 } },
    message: has('item.album.images[0].url', 'a string'),
  },
  'a device without id': {
    document: DEVICES,
    field: 'devices',
    rule: { route: 'GET /v1/me/player/devices', unset: ['/devices/0/id'] },
    message: "Spotify's answer has no value for devices[0].id",
  },
  'a device entry 7': {
    document: DEVICES,
    field: 'devices',
    rule: { route: 'GET /v1/me/player/devices', set: { '/devices/1': 7 } },
    message: has('devices[1]', 'an object'),
  },
  'a queue entry that is a number': {
    document: QUEUE,
    field: 'queue',
    rule: { route: 'GET /v1/me/player/queue', set: { '/queue/0': 5 } },
    message: has('queue[0]', 'an object'),
  },
  'a queue entry\'s duration_ms: "a"': {
    document: QUEUE,
    field: 'queue',
    rule: { route: 'GET /v1/me/player/queue', set: { '/queue/1/duration_ms': 'a' } },
    message: has('queue[1].duration_ms', 'an integer'),
  },
};

/** Opens `document` for alice's `token` over SSE or graphql-ws. */
function open(
  document: BadValueCase['document'],
  token: string,
  transport: 'SSE' | 'graphql-ws',
): Stream<Data> {
  // Each root field's data, looked at by field name: the documents' own result types are not needed.
  const untyped = document as unknown as GraphQLDocument<Data, Record<string, unknown>>;
  const opened =
    transport === 'SSE'
      ? sseSubscribe<Data>(t.url, untyped, token)
      : wsSubscribe<Data>(wsClient(t.url, `Bearer ${token}`), untyped);
  stream = opened;
  return opened;
}

/** Whether an event is a fresh, whole reading of `field` (a value, no error, not stale). */
const fresh = (field: string) => (event: Stream<Data>['events'][number]) =>
  event.data?.[field] != null && event.errors === undefined && event.extensions?.stale === undefined;

for (const [index, [name, { document, field, rule, message }]] of Object.entries(CASES).entries()) {
  const transport = index % 2 === 0 ? 'SSE' : 'graphql-ws';

  it(`${name} before any value: the error event, then the value once Spotify's answer is good (${transport})`, async () => {
    const token = await t.emu.token({ user: 'alice' });
    await alicePlays(token);
    t.emu.running.emulator.faults.add(rule);
    const opened = open(document, token, transport);
    const first = await opened.nth(0);
    expect(first.data?.[field] ?? null).toBeNull();
    expect(first.errors).toMatchObject([{ message, path: [field], extensions: BAD_VALUE }]);
    t.emu.running.emulator.faults.clear();
    const events = await opened.until((all) => all.some(fresh(field)));
    expect(
      events.slice(0, events.findIndex(fresh(field))).every((event) => event.data?.[field] == null),
    ).toBe(true);
  });

  it(`${name} after a value: that value again, marked stale, never a field nulled; then fresh (${transport})`, async () => {
    const token = await t.emu.token({ user: 'alice' });
    await alicePlays(token);
    const opened = open(document, token, transport);
    const first = await opened.until((all) => all.some(fresh(field)));
    const good = first.find(fresh(field))!;
    t.emu.running.emulator.faults.add(rule);
    const marked = await opened.until((all) => all.some((event) => event.extensions?.stale !== undefined));
    const stale = marked.find((event) => event.extensions?.stale !== undefined)!;
    expect(stale.data).toEqual(good.data);
    expect(stale.errors).toBeUndefined();
    expect(stale.extensions?.stale).toMatchObject({ ...BAD_VALUE, message });
    t.emu.running.emulator.faults.clear();
    const after = marked.length;
    const recovered = await opened.until((all) => all.slice(after).some(fresh(field)));
    expect(recovered.every((event) => event.errors === undefined)).toBe(true);
  });
}

/** Guards (they pass on the old code too): what Spotify really sends with nulls is no bad shape. */
const LEGAL = graphql(`subscription LegalPlayerValues {
  currentlyPlaying { currentlyPlayingType item { __typename ... on Track { isLocal spotifyId } } }
}`);

it('a local file (ids and URIs null) and an ad (item null) are readings, never stale', async () => {
  const token = await t.emu.token({ user: 'alice' });
  await alicePlays(token);
  const opened = open(LEGAL as unknown as BadValueCase['document'], token, 'SSE');
  await opened.until((all) => all.some(fresh('currentlyPlaying')));
  const { playlistId, at } = alicesLocalFile(t);
  const play = await t.emu.api('PUT', '/v1/me/player/play', {
    token,
    body: { context_uri: `spotify:playlist:${playlistId}`, offset: { position: at } },
  });
  expect(play.status).toBe(204);
  const isLocal = (event: Stream<Data>['events'][number]) =>
    (event.data?.currentlyPlaying as { item?: { isLocal?: boolean } | null } | null)?.item?.isLocal === true;
  const local = (await opened.until((all) => all.some(isLocal))).find(isLocal)!;
  expect(local.data?.currentlyPlaying).toMatchObject({ item: { __typename: 'Track', spotifyId: null } });
  await t.emu.control('POST', '/player/ad', { userId: 'alice', durationMs: 60_000 });
  const isAd = (event: Stream<Data>['events'][number]) =>
    (event.data?.currentlyPlaying as { currentlyPlayingType?: string } | null)?.currentlyPlayingType === 'AD';
  const ad = (await opened.until((all) => all.some(isAd))).find(isAd)!;
  expect(ad.data?.currentlyPlaying).toEqual({ currentlyPlayingType: 'AD', item: null });
  expect(
    opened.events.every((event) => event.errors === undefined && event.extensions?.stale === undefined),
  ).toBe(true);
});
