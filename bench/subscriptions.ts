/**
 * Subscriptions: memory per idle graphql-ws subscription, Spotify calls per minute against the
 * number of subscribers (one user, and many users), the calls one event causes under 1, 10 and 50
 * identical subscriptions whose selection calls Spotify (they share one execution per event), and under
 * 1, 5 and 20 distinct subscriptions of one user selecting the same data (each its own execution,
 * sharing their loads within the event).
 *
 * The server and the emulator run in this thread; the graphql-ws clients run in a worker thread (its
 * own V8 heap), so the heap measured here is the server's (plus the emulator's, which does not grow
 * with subscriptions). Every phase is bounded in time.
 */
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { startEmulator } from '../src/emulator/index.js';
import { MemoryCatalogCache } from '../src/resolvers/catalog-cache.js';
import { createServer, type SpotifyGraphQLServer } from '../src/server/app.js';
import { configFromEnv } from '../src/server/config.js';

const HOST = '127.0.0.1';
/** The target of DESIGN.md: under 10 KB per idle subscription. */
const MEMORY_TARGET_BYTES = 10 * 1024;
const MEMORY_COUNTS = [1_000, 10_000] as const;
const SUBSCRIBER_COUNTS = [1, 10, 100, 1_000] as const;
const FAN_OUT_COUNTS = [1, 10, 50] as const;
const FAN_OUT_QUERY =
  'subscription { currentlyPlaying { item { ... on Track { name artists { name topTracks { name } relatedArtists { name } albums(first: 2) { nodes { name } } } } } } }';
/** Distinct subscriptions of one user (up to MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT, default 20). */
const DISTINCT_COUNTS = [1, 5, 20] as const;
/** FAN_OUT_QUERY's selection with an alias of its own: a distinct operation (its own cohort) per `n`. */
const distinctQuery = (n: number) =>
  `subscription { currentlyPlaying { playing${n}: isPlaying item { ... on Track { name artists { name topTracks { name } relatedArtists { name } albums(first: 2) { nodes { name } } } } } } }`;
const USERS = 100;
/** How long each calls-per-minute case is watched. */
const WINDOW_MS = 6_000;
/** Subscriptions per WebSocket connection, as a browser tab with several components might hold. */
const PER_SOCKET = 100;
/**
 * The longest any one phase may take (opening 10,000 subscriptions included): 60 s on an idle machine
 * (about 15 s there), times the load per core when the module loads (a busy machine is slow, not
 * broken), at most 5 minutes (a hang still ends the phase, well within bench/run.ts's watchdog).
 */
const PHASE_TIMEOUT_MS = Math.min(
  300_000,
  Math.round(60_000 * Math.max(1, (loadavg()[0] ?? 0) / Math.max(1, cpus().length))),
);

export interface MemoryFigure {
  subscriptions: number;
  /** Server heap growth per subscription after a full GC, bytes. */
  heapBytesPerSubscription: number;
  /** Growth of memory outside the heap (socket buffers) per subscription, bytes. */
  externalBytesPerSubscription: number;
  /** Heap plus external, per subscription, bytes: what the target is about. */
  bytesPerSubscription: number;
  met: boolean;
}

export interface CallsFigure {
  users: number;
  subscribers: number;
  /** Player polls (GET /v1/me/player...) per minute, measured over the window. */
  callsPerMinute: number;
  /** callsPerMinute divided by the users: one poll per user and interval whatever the subscribers. */
  callsPerMinutePerUser: number;
}

export interface FanOutFigure {
  /** Identical subscriptions of one user (one document selecting the artists' top tracks, related artists and albums). */
  subscribers: number;
  /** Spotify calls of their selection (not the player poll) for one skip. */
  callsPerEvent: number;
}

export interface DistinctFigure {
  /** Distinct subscriptions (cohorts) of one user, each selecting FAN_OUT_QUERY's data under an alias of its own. */
  cohorts: number;
  /** Spotify calls of their selections (not the player poll) for one skip. */
  callsPerEvent: number;
}

export interface SubscriptionFigures {
  pollIntervalMs: number;
  /** Calls per event against distinct subscriptions of one user selecting the same data: their loads are shared. */
  distinct: DistinctFigure[];
  /** callsPerEvent at the most cohorts over that at one: 1 is ideal (without shared loads, the count). */
  distinctRatio: number;
  /** Calls per event against identical subscribers: one execution per event, however many share it. */
  fanOut: FanOutFigure[];
  /** callsPerEvent at the most subscribers over that at one: 1 is ideal (before cohorts, the count). */
  fanOutRatio: number;
  memory: MemoryFigure[];
  memoryTargetBytes: number;
  calls: CallsFigure[];
  /** Calls per minute with 1,000 subscribers of one user over those with one: 1 is ideal. */
  callsRatio1000to1: number;
}

/** The client side, in a worker: opens subscriptions, waits for their first events, closes them. */
const CLIENT_WORKER = `
const { parentPort } = require('node:worker_threads');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
let clients = [];
// graphql-ws hands an operation's error over as a list of GraphQL errors, a close event or an Error.
const describe = (error) => Array.isArray(error) ? JSON.stringify(error)
  : error && typeof error.code === 'number' ? 'socket closed ' + error.code + ' ' + (error.reason || '')
  : String((error && error.message) || error);
parentPort.on('message', async (message) => {
  if (message.type === 'open') {
    const { url, tokens, perSocket, count, query } = message;
    let failed;
    // Sockets open in waves of WAVE, each wave once the one before has its first events: thousands of
    // handshakes at once would outlast graphql-ws' connection-init timeout on a loaded machine.
    const WAVE = 5;
    for (let opened = 0; opened < count; ) {
      const wave = [];
      for (let s = 0; s < WAVE && opened < count; s++) {
        const token = tokens[Math.floor(clients.length % tokens.length)];
        const client = createClient({ url, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0,
          connectionParams: { authorization: 'Bearer ' + token } });
        clients.push(client);
        for (let i = 0; i < perSocket && opened < count; i++, opened++) {
          wave.push(new Promise((resolve) => {
            let first = true;
            client.subscribe({ query }, {
              next: (event) => { if (first) { first = false; if (event.errors) failed = JSON.stringify(event.errors); resolve(); } },
              error: (error) => { if (first) { first = false; failed = describe(error); resolve(); } },
              complete: () => {},
            });
          }));
        }
      }
      await Promise.all(wave);
      if (failed) break;
    }
    parentPort.postMessage({ type: 'opened', failed });
  } else if (message.type === 'close') {
    await Promise.all(clients.map((client) => client.dispose()));
    clients = [];
    parentPort.postMessage({ type: 'closed' });
  }
});
`;

class ClientWorker {
  private readonly worker = new Worker(CLIENT_WORKER, { eval: true });

  private ask(message: unknown, answer: string): Promise<{ failed?: string }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`clients: no ${answer} within ${PHASE_TIMEOUT_MS} ms`)),
        PHASE_TIMEOUT_MS,
      );
      const onMessage = (reply: { type: string; failed?: string }) => {
        if (reply.type !== answer) return;
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        resolve(reply);
      };
      this.worker.on('message', onMessage);
      this.worker.postMessage(message);
    });
  }

  /**
   * Opens `count` subscriptions, `perSocket` per connection, the connections taking the tokens in turn;
   * resolves once each has its first event.
   */
  async open(
    url: string,
    tokens: string[],
    count: number,
    query: string,
    perSocket = PER_SOCKET,
  ): Promise<void> {
    const reply = await this.ask(
      { type: 'open', url: url.replace(/^http/, 'ws'), tokens, perSocket, count, query },
      'opened',
    );
    if (reply.failed) throw new Error(`a subscription failed: ${reply.failed}`);
  }

  async closeAll(): Promise<void> {
    await this.ask({ type: 'close' }, 'closed');
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function memory(): { heap: number; external: number } {
  for (let i = 0; i < 3; i++) gc();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, external: usage.external + usage.arrayBuffers };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => boolean, what: string): Promise<void> {
  const until = Date.now() + PHASE_TIMEOUT_MS;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out: ${what}`);
    await sleep(20);
  }
}

/** Runs the subscription benchmarks; bounded (each phase at most PHASE_TIMEOUT_MS). */
export async function benchSubscriptions(): Promise<SubscriptionFigures> {
  const emu = await startEmulator({ rateLimit: 1e9, host: HOST });
  const app = [...emu.state.apps.values()].find((a) => a.mode === 'extended');
  const alice = emu.state.accounts.get('alice');
  if (!app || !alice) throw new Error('the emulator has no Extended Mode app or no alice');
  const config = {
    // One worker is every client here: the per-client limits (600 requests a minute, 32 sockets per
    // address, 100 subscriptions per user) would refuse the 10,000 subscriptions and measure only the
    // limiter.
    ...configFromEnv({
      RATE_LIMIT_REQUESTS: '1000000000',
      RATE_LIMIT_CONCURRENT: '100000',
      WS_MAX_CONNECTIONS_PER_ADDRESS: '100000',
      MAX_SUBSCRIPTIONS_PER_CLIENT: '100000',
      // Each subscription's end writes an info line: 12,000 of them would bury the summary.
      LOG_LEVEL: 'warn',
    }),
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    apiUrl: `${emu.url}/v1`,
    accountsUrl: emu.url,
    appMode: 'extended' as const,
    port: 0,
    host: HOST,
  };
  const server: SpotifyGraphQLServer = await createServer({
    config,
    cache: new MemoryCatalogCache(),
    logging: false,
  });
  const url = await server.start(0, HOST);
  const clients = new ClientWorker();
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${emu.url}/__emulator${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    return response.status === 204 ? undefined : ((await response.json()) as unknown);
  };
  const tokenFor = async (userId: string) =>
    ((await control('POST', '/tokens', { clientId: app.clientId, userId })) as { access_token: string })
      .access_token;
  const playerPolls = async () => {
    const log = (await control('GET', '/requests')) as { byRoute: Record<string, number> };
    return Object.entries(log.byRoute)
      .filter(([route]) => route.includes('/v1/me/player'))
      .reduce((sum, [, count]) => sum + count, 0);
  };
  /** Starts an album on the user's first device, so the poller keeps the playing pace. */
  const play = async (token: string) => {
    const devices = (await (
      await fetch(`${emu.url}/v1/me/player/devices`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { devices: { id: string }[] };
    const album = emu.state.catalog.albums.keys().next().value as string;
    const answer = await fetch(`${emu.url}/v1/me/player/play?device_id=${devices.devices[0]?.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ context_uri: `spotify:album:${album}`, position_ms: 0 }),
    });
    if (answer.status !== 204) throw new Error(`play answered ${answer.status}`);
  };
  const drained = () => waitUntil(() => server.playerPollers.subscribers === 0, 'subscribers to leave');

  try {
    const aliceToken = await tokenFor('alice');
    // Idle subscriptions: nothing plays, so no event follows the first.
    const idle = 'subscription { playbackState { isPlaying progressMs device { name } } }';
    // Warm up code paths and caches so that the first measurement does not pay for them.
    await clients.open(url, [aliceToken], 200, idle);
    await clients.closeAll();
    await drained();

    const memoryFigures: MemoryFigure[] = [];
    for (const count of MEMORY_COUNTS) {
      const before = memory();
      await clients.open(url, [aliceToken], count, idle);
      const after = memory();
      const heap = (after.heap - before.heap) / count;
      const external = (after.external - before.external) / count;
      const total = heap + Math.max(0, external);
      memoryFigures.push({
        subscriptions: count,
        heapBytesPerSubscription: Math.round(heap),
        externalBytesPerSubscription: Math.round(external),
        bytesPerSubscription: Math.round(total),
        met: total < MEMORY_TARGET_BYTES,
      });
      await clients.closeAll();
      await drained();
    }

    const calls: CallsFigure[] = [];
    const measure = async (users: number, subscribers: number, tokens: string[]) => {
      // One connection per user when there are several users, so each user's subscribers are their own.
      const perSocket = users > 1 ? Math.max(1, Math.floor(subscribers / users)) : PER_SOCKET;
      await clients.open(
        url,
        tokens,
        subscribers,
        'subscription { currentlyPlaying { isPlaying } }',
        perSocket,
      );
      await control('DELETE', '/requests');
      const started = Date.now();
      await sleep(WINDOW_MS);
      const polls = await playerPolls();
      const perMinute = (polls * 60_000) / (Date.now() - started);
      calls.push({
        users,
        subscribers,
        callsPerMinute: Math.round(perMinute),
        callsPerMinutePerUser: Number((perMinute / users).toFixed(1)),
      });
      await clients.closeAll();
      await drained();
    };
    await play(aliceToken);
    for (const subscribers of SUBSCRIBER_COUNTS) await measure(1, subscribers, [aliceToken]);

    /** The artist calls of one skip under the subscriptions `open` opens (then closed). */
    const callsOfSkip = async (open: () => Promise<void>): Promise<number> => {
      await play(aliceToken);
      await open();
      await control('DELETE', '/requests');
      await fetch(`${emu.url}/v1/me/player/next`, {
        method: 'POST',
        headers: { authorization: `Bearer ${aliceToken}` },
      });
      // A few intervals: the poll that sees the skip, and the executions it causes.
      await sleep(4 * config.playerPollIntervalMs);
      const log = (await control('GET', '/requests')) as { byRoute: Record<string, number> };
      const selectionCalls = Object.entries(log.byRoute)
        .filter(([route]) => route.includes('/v1/artists/'))
        .reduce((sum, [, count]) => sum + count, 0);
      await clients.closeAll();
      await drained();
      return selectionCalls;
    };
    // One skip under N identical subscriptions whose selection calls Spotify: the calls of one event.
    const fanOut: FanOutFigure[] = [];
    for (const subscribers of FAN_OUT_COUNTS) {
      const callsPerEvent = await callsOfSkip(() =>
        clients.open(url, [aliceToken], subscribers, FAN_OUT_QUERY),
      );
      fanOut.push({ subscribers, callsPerEvent });
    }
    // One skip under N distinct subscriptions of one user selecting the same data (N cohorts).
    const distinct: DistinctFigure[] = [];
    for (const cohorts of DISTINCT_COUNTS) {
      const callsPerEvent = await callsOfSkip(async () => {
        for (let n = 0; n < cohorts; n++) await clients.open(url, [aliceToken], 1, distinctQuery(n), 1);
      });
      distinct.push({ cohorts, callsPerEvent });
    }

    // Many users: listeners cloned from alice's account, each with a token and playback of their own.
    const tokens: string[] = [];
    for (let i = 0; i < USERS; i++) {
      const id = `listener${String(i).padStart(3, '0')}`;
      emu.state.accounts.set(id, { ...alice, id, displayName: `Listener ${i}`, email: `${id}@example.com` });
      const token = await tokenFor(id);
      await play(token);
      tokens.push(token);
    }
    await measure(USERS, USERS, tokens);

    const one = calls.find((c) => c.users === 1 && c.subscribers === 1)?.callsPerMinute ?? 0;
    const thousand = calls.find((c) => c.users === 1 && c.subscribers === 1_000)?.callsPerMinute ?? 0;
    const fanOutOne = fanOut[0]?.callsPerEvent ?? 0;
    const fanOutMost = fanOut.at(-1)?.callsPerEvent ?? 0;
    const distinctOne = distinct[0]?.callsPerEvent ?? 0;
    const distinctMost = distinct.at(-1)?.callsPerEvent ?? 0;
    return {
      pollIntervalMs: config.playerPollIntervalMs,
      distinct,
      distinctRatio: distinctOne === 0 ? 0 : Number((distinctMost / distinctOne).toFixed(2)),
      fanOut,
      fanOutRatio: fanOutOne === 0 ? 0 : Number((fanOutMost / fanOutOne).toFixed(2)),
      memory: memoryFigures,
      memoryTargetBytes: MEMORY_TARGET_BYTES,
      calls,
      callsRatio1000to1: one === 0 ? 0 : Number((thousand / one).toFixed(2)),
    };
  } finally {
    await clients.terminate();
    await server.stop();
    await emu.close();
  }
}
