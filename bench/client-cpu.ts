/**
 * `npx tsx bench/client-cpu.ts [ROUNDS] [CALLS]`: the client's own CPU per call against raw
 * `undici.request` + `body.json()`, with no network and no server: both send through one fake
 * dispatcher that replays one emulator answer (`GET /v1/tracks/{id}`: its raw headers and body)
 * through undici's handler interfaces, 50 calls in flight, in alternating rounds (default 8 of
 * 30,000 calls each). It prints the medians of `process.cpuUsage` per call and their ratio; writes
 * nothing. The `client` suite's req/s ratio also carries the emulator, the sockets and the machine's
 * load; this shows the client's own cost apart from them (issue 11: how the client's extra work per
 * call was found and measured). Profile it with `node --cpu-prof --import tsx bench/client-cpu.ts`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Agent, Dispatcher, request } from 'undici';
import { startEmulator } from '../src/emulator/index.js';
import { SpotifyApiClient } from '../src/spotify/client.js';
import { endpoints } from '../src/spotify/endpoints/index.js';
import { ClientCredentialsFlow } from '../src/spotify/flows.js';

/** undici's answer to one request, as its HTTP/1 parser hands it to a handler. */
interface Captured {
  status: number;
  rawHeaders: Buffer[];
  body: Buffer;
}

/** A handler on either of undici's interfaces, seen through its first one (undici's own adapter). */
interface LegacyHandler {
  onConnect(abort: (reason?: Error) => void, context?: object): void;
  onHeaders(status: number, rawHeaders: Buffer[], resume: () => void, statusText: string): boolean;
  onData(chunk: Buffer): boolean;
  onComplete(trailers: string[] | null): void;
}

// undici's DispatcherBase wraps a handler on its newer interface in this adapter before a request
// goes out (a handler on the first interface passes as it is): the fake does the same, so each side
// pays what a real Agent makes it pay. It is not among undici's public exports.
const requireHere = createRequire(import.meta.url);
const UnwrapHandler = requireHere(
  join(dirname(requireHere.resolve('undici')), 'lib/handler/unwrap-handler.js'),
) as { unwrap(handler: Dispatcher.DispatchHandler): LegacyHandler };

/**
 * Answers every request with `answer`, a turn of the event loop later (one setImmediate for all the
 * requests dispatched meanwhile, as a socket read delivers several answers at once).
 */
class ReplayDispatcher extends Dispatcher {
  private pending: LegacyHandler[] = [];

  constructor(private readonly answer: Captured) {
    super();
  }

  override dispatch(_options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const legacy = UnwrapHandler.unwrap(handler);
    legacy.onConnect(() => {}, {});
    if (this.pending.push(legacy) === 1) setImmediate(() => this.flush());
    return true;
  }

  private flush(): void {
    const handlers = this.pending;
    this.pending = [];
    for (const handler of handlers) {
      handler.onHeaders(this.answer.status, this.answer.rawHeaders.slice(), () => {}, 'OK');
      handler.onData(Buffer.from(this.answer.body));
      handler.onComplete([]);
    }
  }

  override async close(): Promise<void> {}
  override async destroy(): Promise<void> {}
}

/** One real answer of the emulator to `GET /v1/tracks/{id}`, and what the calls need to ask for it. */
async function captureAnswer() {
  const emu = await startEmulator({ rateLimit: 1e9, host: '127.0.0.1' });
  try {
    const app = [...emu.state.apps.values()].find((a) => a.mode === 'extended');
    const trackId = emu.state.catalog.tracks.keys().next().value;
    if (!app || trackId === undefined) throw new Error('the emulator has no Extended app or no track');
    const flow = new ClientCredentialsFlow({
      applicationId: app.clientId,
      applicationSecret: app.clientSecret,
    });
    const setup = new SpotifyApiClient(flow, {
      apiUrl: `${emu.url}/v1`,
      accountsUrl: emu.url,
      appMode: 'extended',
      env: {},
    });
    await setup.createNewClient();
    const authToken = await setup.getAuthTokenWithClientCredentials();
    await setup.closeClient();
    const agent = new Agent();
    const answer = await new Promise<Captured>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let status = 0;
      let rawHeaders: Buffer[] = [];
      const handler: LegacyHandler & { onError(error: Error): void } = {
        onConnect() {},
        onHeaders(statusCode, headers) {
          status = statusCode;
          rawHeaders = headers.map((h) => Buffer.from(h));
          return true;
        },
        onData(chunk) {
          chunks.push(Buffer.from(chunk));
          return true;
        },
        onComplete() {
          resolve({ status, rawHeaders, body: Buffer.concat(chunks) });
        },
        onError: reject,
      };
      agent.dispatch(
        {
          origin: emu.url,
          path: `/v1/tracks/${trackId}`,
          method: 'GET',
          headers: { authorization: `Bearer ${authToken.accessToken}` },
        },
        handler as Dispatcher.DispatchHandler,
      );
    });
    await agent.close();
    return { answer, flow, origin: emu.url, trackId, authToken };
  } finally {
    await emu.close();
  }
}

/** CPU microseconds per call (user + system) of `calls` calls, 50 in flight. */
async function cpuPerCall(call: () => Promise<void>, calls: number): Promise<number> {
  let left = calls;
  const before = process.cpuUsage();
  const loop = async (): Promise<void> => {
    while (left-- > 0) await call();
  };
  await Promise.all(Array.from({ length: 50 }, loop));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};

const rounds = Number(process.argv[2] ?? 8);
const calls = Number(process.argv[3] ?? 30_000);
const { answer, flow, origin, trackId, authToken } = await captureAnswer();
const replay = new ReplayDispatcher(answer);
const client = new SpotifyApiClient(flow, {
  apiUrl: `${origin}/v1`,
  accountsUrl: origin,
  appMode: 'extended',
  env: {},
});
await client.createNewClient({ requestLimit: 50, dispatcher: replay });
const trackUrl = `${origin}/v1/tracks/${trackId}`;
const headers = { authorization: `Bearer ${authToken.accessToken}` };
const raw = async (): Promise<void> => {
  const res = await request(trackUrl, { dispatcher: replay, headers });
  const body: unknown = await res.body.json();
  if (res.statusCode !== 200 || body === null) throw new Error(`HTTP ${res.statusCode}`);
};
const viaClient = async (): Promise<void> => {
  await client.request(endpoints.getTrack, { id: trackId, authToken });
};
// Warm-up: both paths optimised before any round counts.
for (let i = 0; i < 2; i++) {
  await cpuPerCall(raw, calls);
  await cpuPerCall(viaClient, calls);
}
const rawUs: number[] = [];
const clientUs: number[] = [];
for (let i = 0; i < rounds; i++) {
  if (i % 2 === 0) {
    rawUs.push(await cpuPerCall(raw, calls));
    clientUs.push(await cpuPerCall(viaClient, calls));
  } else {
    clientUs.push(await cpuPerCall(viaClient, calls));
    rawUs.push(await cpuPerCall(raw, calls));
  }
}
await client.closeClient();
const list = (values: number[]): string => values.map((v) => v.toFixed(1)).join(' ');
process.stdout.write(
  `CPU per call, median of ${rounds} rounds of ${calls} (${answer.body.length}-byte answer replayed):\n` +
    `  undici.request + body.json()  ${median(rawUs).toFixed(2)} us  [${list(rawUs)}]\n` +
    `  SpotifyApiClient.request      ${median(clientUs).toFixed(2)} us  [${list(clientUs)}]\n` +
    `  client / raw                  ${(median(clientUs) / median(rawUs)).toFixed(3)}\n`,
);
