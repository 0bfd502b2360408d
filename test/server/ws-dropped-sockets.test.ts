import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../../src/server/logging.js';
import { metricsText } from '../helpers/memory-log.js';
import { startTestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/subscriptions.js';

/** The server's JSON logger at debug, into memory. */
function debugLog(): { logger: ReturnType<typeof createLogger>; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { logger: createLogger('debug', stream), text: () => text };
}

/** Sends `count` graphql-ws pings on a new socket, then destroys its TCP connection once they are written. */
async function pingAndDrop(url: string, count: number): Promise<void> {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.on('error', () => {});
  await new Promise<void>((resolve) => {
    for (let i = 0; i < count; i += 1)
      socket.send('{"type":"ping"}', i === count - 1 ? () => resolve() : undefined);
  });
  socket.terminate();
}

afterEach(() => vi.restoreAllMocks());

describe('graphql-ws sockets dropped with answers pending', () => {
  it('write nothing to the console: an answer to a client that is gone is one debug line per socket in the JSON log', async () => {
    const console = [vi.spyOn(globalThis.console, 'error'), vi.spyOn(globalThis.console, 'warn')];
    const log = debugLog();
    const t = await startTestServer({ listen: true, logger: log.logger });
    try {
      const undelivered = () =>
        log
          .text()
          .split('\n')
          .filter((line) => line.includes('answer not delivered'));
      // Whether a pong is written before the peer's reset is up to the kernel: drop sockets until
      // one answer failed (each round is one socket).
      let rounds = 0;
      while (undelivered().length === 0 && rounds < 40) {
        rounds += 1;
        await pingAndDrop(t.url!, 2_000);
        await waitFor(
          async () => (await metricsText(t.url!)).includes('\ngraphql_ws_connections 0'),
          () => 'the dropped socket closed on the server',
        );
      }
      expect(undelivered().length).toBeGreaterThan(0);
      expect(undelivered().length).toBeLessThanOrEqual(rounds);
      for (const line of undelivered()) expect(JSON.parse(line)).toMatchObject({ level: 20 });
      for (const spy of console) expect(spy).not.toHaveBeenCalled();
    } finally {
      await t.close();
    }
  }, 120_000);
});
