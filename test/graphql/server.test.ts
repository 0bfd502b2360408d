import { createClient } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { startTestServer, useTestServer } from '../helpers/server.js';

const ALBUM = graphql(`query ServerAlbumName($id: ID!) { album(id: $id) { name } }`);

const server = useTestServer();
let url: string;

beforeAll(async () => {
  url = await server.server.start(0, '127.0.0.1');
});

describe('the HTTP server', () => {
  it('listens on loopback and reports its /graphql URL', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  });

  it('serves GraphiQL to a browser on GET /graphql', async () => {
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>spotify-graphql</title>');
    // Everything GraphiQL needs is in the page: no script or stylesheet from another host.
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"[^>]*href="https?:/);
    expect(html).toContain('renderYogaGraphiQL');
    expect(html).toContain('search(query: \\"love\\"');
  });

  it('answers queries over GET and POST with the emulator data', async () => {
    const id = [...server.emu.state.catalog.albums.keys()][0]!;
    const name = server.emu.state.catalog.albums.get(id)!.name;
    const search = new URLSearchParams({ query: documentText(ALBUM), variables: JSON.stringify({ id }) });
    const viaGet = await fetch(`${url}?${search}`, { headers: { accept: 'application/json' } });
    expect(await viaGet.json()).toEqual({ data: { album: { name } } });
    const viaPost = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: documentText(ALBUM), variables: { id } }),
    });
    expect(await viaPost.json()).toEqual({ data: { album: { name } } });
  });

  it('answers /health and /ready, and 404 elsewhere', async () => {
    const base = url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });

  it('runs operations over graphql-ws on the same path, with the same context', async () => {
    const id = [...server.emu.state.catalog.tracks.keys()][0]!;
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        let value: unknown;
        client.subscribe(
          {
            query: documentText(graphql(`query ServerTrackNameOverWs($id: ID!) { track(id: $id) { name } }`)),
            variables: { id },
          },
          { next: (data) => (value = data), error: reject, complete: () => resolve(value) },
        );
      });
      expect(result).toEqual({ data: { track: { name: server.emu.state.catalog.tracks.get(id)!.name } } });
    } finally {
      await client.dispose();
    }
  });

  it('reports not ready when Spotify will not issue an app token', async () => {
    const broken = await startTestServer();
    try {
      await broken.emu.control('POST', '/faults', { route: 'POST /api/token', status: 400 });
      const brokenUrl = await broken.server.start(0, '127.0.0.1');
      const ready = await fetch(brokenUrl.replace(/\/graphql$/, '/ready'));
      expect(ready.status).toBe(503);
    } finally {
      await broken.close();
    }
  });
});
