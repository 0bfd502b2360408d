import type { Client } from 'graphql-ws';
import { expect, it, vi } from 'vitest';
import { albumWith, deviceIds, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { documentText, invalidDocument } from '../helpers/documents.js';
import { metricsText } from '../helpers/memory-log.js';
import { startTestServer } from '../helpers/server.js';
import {
  type Stream,
  type StreamEvent,
  sseStreamClient,
  sseStreamSubscribe,
  sseSubscribe,
  usePollingServer,
  waitFor,
  wsClient,
  wsSubscribe,
} from '../helpers/subscriptions.js';

vi.setConfig({ testTimeout: 90_000 });

/**
 * Identical subscriptions of one user (same principal, document, operation name and variables) share
 * one execution per event, its result fanned out to all of them (issue 9, v9 F5: 50 of them made 255
 * Spotify calls for one skip). Each still gets its current value when it subscribes and then only real
 * changes; an event's errors reach all of them; one leaving ends only itself; different users or
 * variables never share.
 */

const FAN_OUT = graphql(`
  subscription CohortFanOut {
    currentlyPlaying {
      item {
        ... on Track {
          name
          artists { name topTracks { name } relatedArtists { name } albums(first: 2) { nodes { name } } }
        }
      }
    }
  }
`);

const PAGED = graphql(`
  subscription CohortPaged($first: Int!) {
    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }
  }
`);

type FanOut = NonNullable<StreamEvent<{ currentlyPlaying: unknown }>['data']>;

const ARTIST_ROUTES = [
  'GET /v1/artists/{id}/top-tracks',
  'GET /v1/artists/{id}/related-artists',
  'GET /v1/artists/{id}/albums',
];

const { t, clients, streams } = usePollingServer();

/** Plays an album of three or more tracks on `user`'s computer; answers the token and its tracks' names. */
async function playAlbum(user: string, index = 0) {
  const token = await t.emu.token({ user });
  const albums = [...t.emu.state.catalog.albums.values()].filter((album) => album.trackIds.length >= 3);
  const album = index === 0 ? albumWith(t.emu, 3).album : albums[index]!;
  const devices = await deviceIds(t.emu, token);
  const control = player(t.emu, token);
  expect(
    (await control.play({ context_uri: `spotify:album:${album.id}` }, { device_id: devices.computer }))
      .status,
  ).toBe(204);
  const names = album.trackIds.map((id) => t.emu.state.catalog.tracks.get(id)!.name);
  return { token, control, names };
}

function client(token: string): Client {
  const made = wsClient(t.url, `Bearer ${token}`);
  clients.push(made);
  return made;
}

function open<T>(stream: Stream<T>): Stream<T> {
  streams.push(stream as Stream<unknown>);
  return stream;
}

const trackName = (event: StreamEvent | undefined): string | undefined =>
  (event?.data as { currentlyPlaying?: { item?: { name?: string } } } | null | undefined)?.currentlyPlaying
    ?.item?.name;

const lastName = (stream: Stream<unknown>): string | undefined =>
  trackName(stream.events.at(-1) as StreamEvent);

async function artistCalls(): Promise<number> {
  const calls = await t.calls();
  return ARTIST_ROUTES.reduce((sum, route) => sum + (calls[route] ?? 0), 0);
}

/** `count` identical FAN_OUT subscriptions over two sockets; answers the artist calls of one skip. */
async function callsOfOneSkip(count: number): Promise<{ calls: number; subscribed: Stream<unknown>[] }> {
  const { token, control, names } = await playAlbum('alice');
  const sockets = [client(token), client(token)];
  const subscribed = Array.from({ length: count }, (_, i) => open(wsSubscribe(sockets[i % 2]!, FAN_OUT)));
  await waitFor(
    () => subscribed.every((stream) => lastName(stream) === names[0]),
    () => `${subscribed.filter((stream) => stream.events.length > 0).length} of ${count} have a first event`,
  );
  await t.clearLog();
  expect((await control.next()).status).toBe(204);
  await waitFor(
    () => subscribed.every((stream) => lastName(stream) === names[1]),
    () => `${subscribed.filter((stream) => lastName(stream) === names[1]).length} of ${count} saw the skip`,
  );
  for (const stream of subscribed) {
    expect(stream.failure).toBeUndefined();
    for (const event of stream.events) expect(event.errors).toBeUndefined();
  }
  return { calls: await artistCalls(), subscribed };
}

it("makes one execution's Spotify calls per event for 30 identical subscriptions of one user, as for one", async () => {
  const one = await callsOfOneSkip(1);
  for (const stream of streams.splice(0)) stream.stop();
  await waitFor(
    () => t.server.playerPollers.subscribers === 0,
    () => 'the first subscriber to leave',
  );
  await t.emu.reset();
  const thirty = await callsOfOneSkip(30);
  expect(one.calls).toBeGreaterThan(0);
  expect(thirty.calls).toBe(one.calls);
  const metrics = await metricsText(t.url);
  expect(metrics).toMatch(/\ngraphql_subscriptions_active 30\n/);
  expect(metrics).toMatch(/\ngraphql_subscription_cohorts_active 1\n/);
});

it('gives a subscription that joins later the current value at once, without calling Spotify for it', async () => {
  const { subscribed } = await callsOfOneSkip(3);
  const current = subscribed[0]!.events.at(-1) as StreamEvent<FanOut>;
  await t.clearLog();
  const [socket] = clients;
  const late = open(wsSubscribe(socket!, FAN_OUT));
  const first = await late.nth(0);
  expect(first).toEqual(current);
  expect(await artistCalls()).toBe(0);
});

it('keeps the others streaming when one of them (the one whose request executes) unsubscribes', async () => {
  const { token, control, names } = await playAlbum('alice');
  const socket = client(token);
  const [leader, ...rest] = Array.from({ length: 3 }, () => open(wsSubscribe(socket, FAN_OUT)));
  await waitFor(
    () => [leader!, ...rest].every((stream) => lastName(stream) === names[0]),
    () => 'first events',
  );
  leader!.stop();
  expect((await control.next()).status).toBe(204);
  await waitFor(
    () => rest.every((stream) => lastName(stream) === names[1]),
    () => `events after the skip: ${JSON.stringify(rest.map((stream) => stream.events.length))}`,
  );
  for (const stream of rest) {
    expect(stream.completed).toBe(false);
    expect(stream.events.at(-1)?.errors).toBeUndefined();
  }
  expect(leader!.events).toHaveLength(1);
});

it("sends an event's errors to every subscription that shares it", async () => {
  const { token, control, names } = await playAlbum('alice');
  const socket = client(token);
  const shared = Array.from({ length: 4 }, () => open(wsSubscribe(socket, FAN_OUT)));
  await waitFor(
    () => shared.every((stream) => lastName(stream) === names[0]),
    () => 'first events',
  );
  await t.emu.control('POST', '/faults', { route: 'GET /v1/artists/{id}/top-tracks', status: 404, times: 1 });
  try {
    expect((await control.next()).status).toBe(204);
    await waitFor(
      () => shared.every((stream) => lastName(stream) === names[1]),
      () => 'events after the skip',
    );
  } finally {
    await t.emu.control('DELETE', '/faults');
  }
  const [first, ...others] = shared.map((stream) => stream.events.at(-1));
  expect(first?.errors?.length).toBeGreaterThan(0);
  for (const event of others) expect(event).toEqual(first);
});

it("never shares between users: each user's identical subscription streams that user's own player (alice and carol)", async () => {
  const alice = await playAlbum('alice');
  const bob = await playAlbum('carol', 5);
  expect(bob.names[0]).not.toBe(alice.names[0]);
  const forAlice = open(wsSubscribe(client(alice.token), FAN_OUT));
  const forBob = open(wsSubscribe(client(bob.token), FAN_OUT));
  await waitFor(
    () => lastName(forAlice) === alice.names[0] && lastName(forBob) === bob.names[0],
    () => `alice ${lastName(forAlice)}, bob ${lastName(forBob)}`,
  );
  expect((await bob.control.next()).status).toBe(204);
  await forBob.until(() => lastName(forBob) === bob.names[1]);
  expect(forAlice.events.map(trackName)).toEqual([alice.names[0]]);
  expect(await metricsText(t.url)).toMatch(/\ngraphql_subscription_cohorts_active 2\n/);
});

it('never shares between different variables of one user: each gets the page size it asked for', async () => {
  const { token, names } = await playAlbum('alice');
  const socket = client(token);
  const small = open(wsSubscribe(socket, PAGED, { first: 1 }));
  const large = open(wsSubscribe(socket, PAGED, { first: 3 }));
  const again = open(wsSubscribe(socket, PAGED, { first: 1 }));
  await waitFor(
    () => [small, large, again].every((stream) => lastName(stream) === names[0]),
    () => 'first events',
  );
  const pageSizes = (stream: Stream<unknown>) =>
    (
      stream.events[0] as StreamEvent<{
        currentlyPlaying: { item: { artists: { albums: { nodes: unknown[] } }[] } };
      }>
    ).data?.currentlyPlaying.item.artists.map((artist) => artist.albums.nodes.length);
  expect(pageSizes(small)?.every((size) => size <= 1)).toBe(true);
  expect(pageSizes(large)?.some((size) => size > 1)).toBe(true);
  expect(again.events[0]).toEqual(small.events[0]);
  expect(await metricsText(t.url)).toMatch(/\ngraphql_subscription_cohorts_active 2\n/);
});

const PROGRESS = graphql(`
  subscription CohortProgress { currentlyPlaying { progressMs item { ... on Track { name } } } }
`);

it('gives a later subscription that selects the progress the progress as of now, not the first one', async () => {
  const { token, names } = await playAlbum('alice');
  const socket = client(token);
  const early = open(wsSubscribe(socket, PROGRESS));
  await early.until(() => lastName(early) === names[0]);
  // Several polls later: the progress moved on with the clock, which is no event for `early`.
  await new Promise((resolve) => setTimeout(resolve, 600));
  const late = open(wsSubscribe(socket, PROGRESS));
  await late.nth(0);
  const progress = (event: StreamEvent | undefined) =>
    (event?.data as { currentlyPlaying?: { progressMs?: number } } | undefined)?.currentlyPlaying
      ?.progressMs ?? Number.NaN;
  expect(early.events).toHaveLength(1);
  expect(progress(late.events[0])).toBeGreaterThan(progress(early.events[0]));
  expect(trackName(late.events[0] as StreamEvent)).toBe(names[0]);
});

it('refuses a distinct subscription beyond MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT with TOO_MANY_SUBSCRIPTIONS; identical ones and other users still subscribe', async () => {
  const bounded = await startTestServer({ listen: true, limits: { maxDistinctSubscriptions: 2 } });
  const own: Client[] = [];
  try {
    const alice = await bounded.emu.token({ user: 'alice' });
    const carol = await bounded.emu.token({ user: 'carol' });
    const socket = wsClient(bounded.url, `Bearer ${alice}`);
    own.push(socket);
    const one = open(wsSubscribe(socket, PAGED, { first: 1 }));
    const two = open(wsSubscribe(socket, PAGED, { first: 2 }));
    await one.nth(0);
    await two.nth(0);
    const three = open(wsSubscribe(socket, PAGED, { first: 3 }));
    await waitFor(
      () => three.completed,
      () => 'the third distinct subscription to be refused',
    );
    const refusal = JSON.stringify([three.failure, three.events]);
    expect(refusal).toContain('TOO_MANY_SUBSCRIPTIONS');
    // Identical to a running one: it shares that execution and does not count.
    const again = open(wsSubscribe(socket, PAGED, { first: 1 }));
    expect((await again.nth(0)).errors).toBeUndefined();
    // Another principal has a bound of its own.
    const other = wsClient(bounded.url, `Bearer ${carol}`);
    own.push(other);
    const forCarol = open(wsSubscribe(other, PAGED, { first: 3 }));
    expect((await forCarol.nth(0)).errors).toBeUndefined();
    // One distinct subscription ends: a new one fits again.
    two.stop();
    await waitFor(
      async () => /\ngraphql_subscription_cohorts_active 2\n/.test(await metricsText(bounded.url)),
      () => 'the second cohort to end',
    );
    const four = open(wsSubscribe(socket, PAGED, { first: 4 }));
    expect((await four.nth(0)).errors).toBeUndefined();
  } finally {
    for (const stream of streams.splice(0)) stream.stop();
    for (const made of own) await made.dispose();
    await bounded.close();
  }
});

const SAME_A = graphql(`
  subscription CohortSameA { currentlyPlaying { isPlaying item { ... on Track { name artists { name topTracks { name } } } } } }
`);

const SAME_B = graphql(`
  subscription CohortSameB { currentlyPlaying { isPlaying item { ... on Track { name artists { name topTracks { name } } } } } }
`);

const SAME_SPACED = invalidDocument(
  'raw bytes: the text of CohortSameA with a comment, another operation name and odd whitespace',
  `# a comment
subscription   CohortSameSpaced{currentlyPlaying{  isPlaying
  item{...on Track{name artists{name,topTracks{name}}}}}}`,
);

const TWO_VARIABLES = graphql(`
  subscription CohortTwoVariables($first: Int!, $market: String) {
    currentlyPlaying { item { ... on Track { name artists { albums(first: $first, market: $market) { nodes { name } } } } } }
  }
`);

it('shares one execution between subscriptions that differ only in operation name, whitespace, comments or the order of variables', async () => {
  const { token, control, names } = await playAlbum('alice');
  const socket = client(token);
  const variants = [
    open(wsSubscribe(socket, SAME_A)),
    open(wsSubscribe(socket, SAME_B)),
    open(wsSubscribe(socket, SAME_SPACED)),
    open(wsSubscribe(socket, TWO_VARIABLES, { first: 2, market: 'SE' })),
    open(wsSubscribe(socket, TWO_VARIABLES, { market: 'SE', first: 2 } as { first: number; market: string })),
  ];
  await waitFor(
    () => variants.every((stream) => lastName(stream) === names[0]),
    () => `first events: ${JSON.stringify(variants.map((stream) => stream.events.length))}`,
  );
  expect(await metricsText(t.url)).toMatch(/\ngraphql_subscription_cohorts_active 2\n/);
  await t.clearLog();
  expect((await control.next()).status).toBe(204);
  await waitFor(
    () => variants.every((stream) => lastName(stream) === names[1]),
    () => 'events after the skip',
  );
  const artists = (
    variants[0]!.events.at(-1) as StreamEvent<{ currentlyPlaying: { item: { artists: unknown[] } } }>
  ).data?.currentlyPlaying.item.artists.length;
  // One execution of the three texts of one operation: one top-tracks call per artist, not three.
  expect(artists).toBeGreaterThan(0);
  expect((await t.calls())['GET /v1/artists/{id}/top-tracks']).toBe(artists);
  for (const stream of variants) expect(stream.events.at(-1)?.errors).toBeUndefined();
});

it('counts distinct subscriptions of one client across graphql-ws, SSE and graphql-sse single connection against MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT', async () => {
  const bounded = await startTestServer({ listen: true, limits: { maxDistinctSubscriptions: 3 } });
  const own: { dispose(): unknown }[] = [];
  try {
    const alice = await bounded.emu.token({ user: 'alice' });
    const socket = wsClient(bounded.url, `Bearer ${alice}`);
    // README's single-connection options: a refusal's body read before the client aborts its request.
    const single = sseStreamClient(bounded.url, `Bearer ${alice}`, {
      retryAttempts: 0,
      fetchFn: async (url: RequestInfo | URL, init?: RequestInit) => {
        const res = await fetch(url, init);
        return res.ok ? res : new Response(await res.text(), res);
      },
    });
    own.push(socket, single);
    const overWs = open(wsSubscribe(socket, PAGED, { first: 1 }));
    const overSse = open(sseSubscribe(bounded.url, PAGED, alice, { first: 2 }));
    const overSingle = open(sseStreamSubscribe(single, PAGED, { first: 3 }));
    for (const stream of [overWs, overSse, overSingle]) expect((await stream.nth(0)).errors).toBeUndefined();
    // A fourth distinct one is refused on every transport while the three run.
    const overWs4 = open(wsSubscribe(socket, PAGED, { first: 4 }));
    const overSingle4 = open(sseStreamSubscribe(single, PAGED, { first: 4 }));
    await waitFor(
      () => overWs4.completed && overSingle4.completed,
      () => 'the fourth to be refused over graphql-ws and graphql-sse',
    );
    expect(JSON.stringify(overWs4.failure)).toContain('TOO_MANY_SUBSCRIPTIONS');
    const refusal = (overSingle4.failure as { response?: Response }).response;
    expect(refusal?.status).toBe(429);
    expect(JSON.stringify(await refusal?.json())).toContain('TOO_MANY_SUBSCRIPTIONS');
    const overSse4 = await fetch(bounded.url, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: `Bearer ${alice}`,
      },
      body: JSON.stringify({ query: documentText(PAGED), variables: { first: 4 } }),
    });
    expect(overSse4.status).toBe(429);
    expect(await overSse4.text()).toContain('TOO_MANY_SUBSCRIPTIONS');
    // An identical one shares a running execution, whatever its transport.
    const again = open(sseSubscribe(bounded.url, PAGED, alice, { first: 1 }));
    expect((await again.nth(0)).errors).toBeUndefined();
    expect(await metricsText(bounded.url)).toMatch(/\ngraphql_subscription_cohorts_active 3\n/);
  } finally {
    for (const stream of streams.splice(0)) stream.stop();
    for (const made of own) await made.dispose();
    await bounded.close();
  }
});

const PROGRESS_FAN_OUT = graphql(`
  subscription CohortProgressFanOut {
    currentlyPlaying { progressMs item { ... on Track { name artists { name topTracks { name } albums(first: 2) { nodes { name } } } } } }
  }
`);

it("gives staggered joiners of a cohort that selects the progress the cohort's last result with the progress as of now, without an execution or a Spotify call", async () => {
  const { token, names } = await playAlbum('alice');
  const socket = client(token);
  const first = open(wsSubscribe(socket, PROGRESS_FAN_OUT));
  await first.until(() => lastName(first) === names[0]);
  await t.clearLog();
  const joiners: Stream<unknown>[] = [];
  for (let i = 0; i < 10; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const joiner = open(wsSubscribe(socket, PROGRESS_FAN_OUT));
    joiners.push(joiner);
    await joiner.nth(0);
  }
  const progress = (stream: Stream<unknown>) =>
    (stream.events[0] as StreamEvent<{ currentlyPlaying: { progressMs: number } }>).data?.currentlyPlaying
      .progressMs ?? Number.NaN;
  for (const joiner of joiners) {
    expect(lastName(joiner)).toBe(names[0]);
    expect(joiner.events[0]?.errors).toBeUndefined();
  }
  // The progress moved on with the clock between the first and the last joiner, yet nothing executed.
  expect(progress(joiners.at(-1)!)).toBeGreaterThan(progress(first));
  expect(progress(joiners.at(-1)!)).toBeGreaterThan(progress(joiners[0]!));
  expect(await artistCalls()).toBe(0);
  expect(first.events).toHaveLength(1);
});

it("brings a joiner's progress forward from the last good reading's time while polls fail, not from the failed poll's", async () => {
  const { token, names } = await playAlbum('alice');
  const socket = client(token);
  const first = open(wsSubscribe(socket, PROGRESS));
  await first.until(() => lastName(first) === names[0]);
  await t.clearLog();
  // Polls fail from now on: each failed poll (at the poller's growing back-off) sends the last reading
  // again, marked stale, and the cohort executes it.
  await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player', status: 503 });
  type Progress = StreamEvent<{ currentlyPlaying: { progressMs: number } }>;
  const staleEvent = (await first.until((events) => events.some((event) => event.extensions?.stale))).find(
    (event) => event.extensions?.stale !== undefined,
  ) as Progress;
  const staleNote = staleEvent.extensions?.stale as { readAt?: string } | undefined;
  const readAt = Date.parse(String(staleNote?.readAt));
  const lastGood = staleEvent.data?.currentlyPlaying.progressMs ?? Number.NaN;
  const failed = async () =>
    (
      (await t.emu.control('GET', '/requests')).json as { entries: { route: string; status: number }[] }
    ).entries.filter((entry) => entry.route === '/v1/me/player' && entry.status === 503).length;
  await waitFor(
    async () => (await failed()) >= 4,
    () => 'four failed polls',
  );
  const joinedAt = Date.now();
  const joiner = open(wsSubscribe(socket, PROGRESS));
  const joined = (await joiner.nth(0)) as Progress;
  // During the failures (the joiner got the stale reading), its progress moved on from the reading's
  // time: at least the last good progress plus the time since that reading. Before, it was counted
  // from the last failed poll's execution, several poll intervals after the reading.
  expect(joined.extensions?.stale).toMatchObject({
    code: 'SPOTIFY_UNAVAILABLE',
    readAt: staleNote?.readAt,
  });
  expect(joinedAt - readAt).toBeGreaterThan(0);
  expect(joined.data?.currentlyPlaying.progressMs).toBeGreaterThanOrEqual(lastGood + (joinedAt - readAt));
});
