import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GOING_AWAY } from '../../src/server/shutdown.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { startTestServer } from '../helpers/server.js';

const DURING_DELAY = graphql(`query ShutdownDelayAlbum($id: ID!) { album(id: $id) { name } }`);

/** Polls `check` until it is true or `ms` pass (then fails). */
async function until(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('graceful shutdown', () => {
  it('answers /ready 503, finishes the request in flight, closes WebSockets with 1001', async () => {
    const t = await startTestServer();
    const url = await t.server.start(0, '127.0.0.1');
    const base = url.replace(/\/graphql$/, '');
    try {
      const id = [...t.emu.state.catalog.albums.keys()][0]!;
      await t.emu.control('POST', '/faults', { route: 'GET /v1/albums/{id}', latencyMs: 1_500 });
      const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      const socketClosed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      const acknowledged = new Promise((resolve) => socket.once('message', resolve));
      socket.send(JSON.stringify({ type: 'connection_init' }));
      await acknowledged;
      const slow = fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: documentText(graphql(`query ShutdownAlbum($id: ID!) { album(id: $id) { name } }`)),
          variables: { id },
        }),
      });
      await until(() => t.server.inFlight === 1);
      const stopped = t.server.stop({ delayMs: 3_000, graceMs: 10_000 });
      await until(async () => (await fetch(`${base}/ready`)).status === 503);
      const answer = await slow;
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({
        data: { album: { name: t.emu.state.catalog.albums.get(id)!.name } },
      });
      expect(await socketClosed).toBe(GOING_AWAY);
      await stopped;
      await expect(fetch(`${base}/health`)).rejects.toThrow();
    } finally {
      await t.close();
    }
  }, 30_000);

  it('ends graphql-sse single-connection streams on shutdown (their operation completes, then the response ends) instead of holding the grace period and cutting them', async () => {
    const t = await startTestServer();
    const url = await t.server.start(0, '127.0.0.1');
    const stream = `${url}/stream`;
    try {
      const alice = `Bearer ${await t.emu.token({ user: 'alice' })}`;
      const idle = await fetch(stream, { method: 'PUT' });
      const busy = await fetch(stream, { method: 'PUT', headers: { authorization: alice } });
      const [idleToken, busyToken] = [await idle.text(), await busy.text()];
      // A stream answers only the client that reserved it: the same Authorization header, or none.
      const connect = (token: string, authorization?: string) =>
        fetch(`${stream}?token=${encodeURIComponent(token)}`, {
          headers: { accept: 'text/event-stream', ...(authorization ? { authorization } : {}) },
        });
      const [idleStream, busyStream] = [await connect(idleToken), await connect(busyToken, alice)];
      expect([idleStream.status, busyStream.status]).toEqual([200, 200]);
      const started = await fetch(stream, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: alice,
          'x-graphql-event-stream-token': busyToken,
        },
        body: JSON.stringify({
          query: documentText(graphql(`subscription ShutdownSseStream { currentlyPlaying { isPlaying } }`)),
          extensions: { operationId: 'op' },
        }),
      });
      expect(started.status).toBe(202);
      /** The whole body; rejects if the connection is cut rather than the response ended. */
      const read = (response: Response) => response.text();
      const [idleText, busyText] = [read(idleStream), read(busyStream)];
      // A grace period longer than the test: a stream left open would hold the stop past it, and one
      // cut at its end would reject the read.
      await t.server.stop({ delayMs: 0, graceMs: 600_000 });
      await expect(idleText).resolves.toBeTypeOf('string');
      expect(await busyText).toMatch(/event: complete\ndata: \{"id":"op"\}/);
    } finally {
      await t.close();
    }
  }, 30_000);

  it('keeps a graphql-sse single-connection stream open at shutdown until its query in flight has delivered its result', async () => {
    const t = await startTestServer();
    const url = await t.server.start(0, '127.0.0.1');
    const stream = `${url}/stream`;
    try {
      const id = [...t.emu.state.catalog.albums.keys()][0]!;
      // One album by id may go out as the batch route: both are slowed.
      await t.emu.control('POST', '/faults', { route: 'GET /v1/albums/{id}', latencyMs: 1_500 });
      await t.emu.control('POST', '/faults', { route: 'GET /v1/albums', latencyMs: 1_500 });
      const token = await (await fetch(stream, { method: 'PUT' })).text();
      const connected = await fetch(`${stream}?token=${encodeURIComponent(token)}`, {
        headers: { accept: 'text/event-stream' },
      });
      expect(connected.status).toBe(200);
      const body = connected.text();
      const posted = fetch(stream, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-graphql-event-stream-token': token },
        body: JSON.stringify({
          query: documentText(DURING_DELAY),
          variables: { id },
          extensions: { operationId: 'q' },
        }),
      });
      // The query's POST is in flight beside the stream when the shutdown begins.
      await until(() => t.server.inFlight === 2);
      await t.server.stop({ delayMs: 0, graceMs: 600_000 });
      expect((await posted).status).toBe(202);
      const text = await body;
      expect(text).toMatch(/event: next\ndata: \{"id":"q","payload":\{"data":\{"album":\{"name":/);
      expect(text).toMatch(/event: complete\ndata: \{"id":"q"\}/);
    } finally {
      await t.close();
    }
  }, 30_000);

  it('keeps serving GraphQL during SHUTDOWN_DELAY_MS while /ready says 503, then closes', async () => {
    const t = await startTestServer({ listen: true });
    const base = t.url.replace(/\/graphql$/, '');
    try {
      const id = [...t.emu.state.catalog.albums.keys()][0]!;
      // Long enough for the requests below on a loaded machine; the test then waits for its end.
      const stopped = t.server.stop({ delayMs: 8_000, graceMs: 1_000 });
      let finished = false;
      void stopped.then(() => {
        finished = true;
      });
      await until(async () => (await fetch(`${base}/ready`)).status === 503);
      // A new request during the delay (the load balancer has not seen /ready yet) is served.
      const answer = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: documentText(DURING_DELAY), variables: { id } }),
      });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({
        data: { album: { name: t.emu.state.catalog.albums.get(id)!.name } },
      });
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect(finished).toBe(false);
      await stopped;
      await expect(fetch(`${base}/health`)).rejects.toThrow();
    } finally {
      await t.close();
    }
  }, 30_000);

  it('npm start, as the README says, delivers SIGTERM to the server (exit code 0, no process left) and writes only JSON lines to stdout', async () => {
    const child = spawn('npm', ['start'], {
      cwd: process.cwd(),
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SPOTIFY_CLIENT_ID: '', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      stdout += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await until(() => /listening on http:\/\/\S+/.test(output), 60_000);
    const url = /listening on (http:\/\/\S+)/.exec(output)![1]!;
    expect((await fetch(url.replace(/\/graphql$/, '/health'))).status).toBe(200);
    const tree = descendants(child);
    expect(tree.length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await until(() => tree.every((pid) => !alive(pid)));
    await expect(fetch(url.replace(/\/graphql$/, '/health'))).rejects.toThrow();
    // npm's own "> spotify-graphql@... start" banner is not among them (the project's .npmrc).
    const lines = stdout.split('\n').filter((line) => line !== '');
    expect(lines.map((line) => JSON.parse(line) as { msg?: string }).map((line) => line.msg)).toContain(
      'spotify-graphql listening',
    );
  }, 90_000);
});

/** Every process below `child`, found with ps. */
function descendants(child: ChildProcess): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (parent: number): void => {
    for (const [pid, ppid] of table) {
      if (ppid === parent) {
        found.push(pid);
        walk(pid);
      }
    }
  };
  walk(child.pid!);
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
