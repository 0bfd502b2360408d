/**
 * A worker thread's entry (see targets.ts): starts one target on 127.0.0.1, reports its URL, and
 * closes it when the main thread says 'close'.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { createSchema, createYoga } from 'graphql-yoga';
import { startEmulator } from '../src/emulator/index.js';
import { MemoryCatalogCache } from '../src/resolvers/catalog-cache.js';
import { createServer } from '../src/server/app.js';
import { DEFAULT_LIMITS } from '../src/server/limits.js';
import { emulatorConfig } from '../test/helpers/server-config.js';
import type { TargetInfo, TargetKind, WorkerMessage } from './targets.js';

const HOST = '127.0.0.1';

/** Rate limiting would only measure the limiter: the emulator's window is set out of reach. */
const startBenchEmulator = () => startEmulator({ rateLimit: 1e9, host: HOST });

function first<T>(values: Iterable<T>, what: string): T {
  for (const value of values) return value;
  throw new Error(`the emulator has no ${what}`);
}

async function start(kind: TargetKind): Promise<{ info: TargetInfo; close: () => Promise<void> }> {
  if (kind === 'emulator') {
    const emu = await startBenchEmulator();
    const app = first(
      [...emu.state.apps.values()].filter((a) => a.mode === 'extended'),
      'Extended Mode app',
    );
    return {
      info: {
        kind,
        url: emu.url,
        trackId: first(emu.state.catalog.tracks.keys(), 'track'),
        clientId: app.clientId,
        clientSecret: app.clientSecret,
      },
      close: () => emu.close(),
    };
  }

  if (kind === 'hello') {
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { hello: String }',
        resolvers: { Query: { hello: () => 'world' } },
      }),
      logging: false,
    });
    const http = createHttpServer(yoga);
    await new Promise<void>((resolve) => http.listen(0, HOST, resolve));
    const { port } = http.address() as AddressInfo;
    return {
      info: { kind, url: `http://${HOST}:${port}/graphql` },
      close: () =>
        new Promise<void>((resolve) => {
          http.close(() => resolve());
          http.closeAllConnections();
        }),
    };
  }

  const emu = await startBenchEmulator();
  const app = first(
    [...emu.state.apps.values()].filter((a) => a.mode === 'extended'),
    'Extended Mode app',
  );
  const config = emulatorConfig(emu, app, { logLevel: 'silent', host: HOST });
  const server = await createServer({
    config: {
      ...config,
      // The load generator is one client on one address: the per-client limit would only measure
      // its own refusals.
      limits: {
        ...config.limits,
        // As deployed: emulatorConfig turns the response cache off for the tests.
        responseCache: DEFAULT_LIMITS.responseCache,
        rateLimit: { ...config.limits.rateLimit, requests: 1e9, concurrent: 1e6 },
      },
    },
    cache: new MemoryCatalogCache(),
    logging: false,
  });
  const url = await server.start(0, HOST);
  return {
    info: {
      kind,
      url,
      emulatorUrl: emu.url,
      albumId: first(emu.state.catalog.albums.keys(), 'album'),
      trackIds: [...emu.state.catalog.tracks.keys()].slice(0, 1000),
    },
    close: async () => {
      await server.stop();
      await emu.close();
    },
  };
}

const port = parentPort;
if (!port) throw new Error('target-worker.ts runs in a worker thread (see targets.ts)');
const running = await start((workerData as { kind: TargetKind }).kind);
port.on('message', (message: unknown) => {
  if (message === 'busy') {
    port.postMessage({
      type: 'busy',
      activeMs: performance.eventLoopUtilization().active,
    } satisfies WorkerMessage);
    return;
  }
  if (message !== 'close') return;
  void running.close().finally(() => {
    port.postMessage({ type: 'closed' } satisfies WorkerMessage);
    port.close();
  });
});
port.postMessage({ type: 'ready', info: running.info } satisfies WorkerMessage);
