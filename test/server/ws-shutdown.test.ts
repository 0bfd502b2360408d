import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GOING_AWAY } from '../../src/server/shutdown.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { startPlayingServer, waitFor } from '../helpers/subscriptions.js';

const ME = graphql(`query WsShutdownMe { me { displayName } }`);
const VOLUME = graphql(`mutation WsShutdownVolume { setVolume(volumePercent: 33) { ok } }`);
const DEVICES = graphql(`subscription WsShutdownDevices { devices { name } }`);

/** A graphql-transport-ws message as the test reads it. */
type Message = { type: string; id?: string; payload?: unknown };

describe('graceful shutdown of graphql-ws', () => {
  it('answers the queries and mutations in flight on a socket, completes its subscriptions, refuses new operations with SHUTTING_DOWN, then closes it with 1001', async () => {
    const { t, token } = await startPlayingServer();
    try {
      await t.emu.control('POST', '/faults', { route: 'GET /v1/me', latencyMs: 1_500 });
      await t.emu.control('POST', '/faults', { route: 'PUT /v1/me/player/volume', latencyMs: 1_500 });
      const socket = new WebSocket(t.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      const messages: Message[] = [];
      socket.on('message', (data) => messages.push(JSON.parse(String(data)) as Message));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      const send = (message: object) => socket.send(JSON.stringify(message));
      const seen = (type: string, id?: string) => messages.some((m) => m.type === type && m.id === id);
      send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
      await waitFor(
        () => seen('connection_ack'),
        () => JSON.stringify(messages),
      );
      send({ type: 'subscribe', id: 'sub', payload: { query: documentText(DEVICES) } });
      await waitFor(
        () => seen('next', 'sub'),
        () => JSON.stringify(messages),
      );
      send({ type: 'subscribe', id: 'me', payload: { query: documentText(ME) } });
      send({ type: 'subscribe', id: 'vol', payload: { query: documentText(VOLUME) } });
      // Both held at Spotify by the latency (the emulator counts the requests it is answering).
      await waitFor(
        async () => {
          const log = await t.emu.control('GET', '/requests');
          return (log.json as { inFlight: number }).inFlight >= 2;
        },
        () => 'the query and the mutation reach Spotify',
      );
      // A grace period longer than the test: the socket closes when its operations have answered.
      const stopped = t.server.stop({ delayMs: 0, graceMs: 600_000 });
      await waitFor(
        () => seen('complete', 'sub'),
        () => JSON.stringify(messages),
      );
      send({ type: 'subscribe', id: 'late', payload: { query: documentText(ME) } });
      expect(await closed).toBe(GOING_AWAY);
      await stopped;
      const of = (id: string) => messages.filter((m) => m.id === id).map((m) => [m.type, m.payload]);
      expect(of('me')).toEqual([
        ['next', { data: { me: { displayName: expect.any(String) } } }],
        ['complete', undefined],
      ]);
      expect(of('vol')).toEqual([
        ['next', { data: { setVolume: { ok: true } } }],
        ['complete', undefined],
      ]);
      expect(of('sub').at(-1)).toEqual(['complete', undefined]);
      expect(of('late')).toEqual([
        ['error', [expect.objectContaining({ extensions: { code: 'SHUTTING_DOWN' } })]],
      ]);
    } finally {
      await t.close();
    }
  }, 30_000);
});
