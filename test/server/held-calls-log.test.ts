import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { memoryLogger } from '../helpers/memory-log.js';
import { startTestServer } from '../helpers/server.js';

const HELD_ALBUMS = graphql(`
  query HeldByPauseAlbum($id: ID!) {
    album(id: $id) {
      name
    }
  }
`);

/** A call the rate-limit pause holds back is never sent: the request's line does not count it (v4 F7). */
describe('spotifyCalls during the rate-limit pause', () => {
  it('counts the call Spotify answered with 429, not the later one the pause held back (log line and metrics)', async () => {
    const log = memoryLogger();
    const t = await startTestServer({ listen: true, logger: log.logger });
    try {
      const [first, second] = [...t.emu.state.catalog.albums.keys()];
      for (const route of ['GET /v1/albums/{id}', 'GET /v1/albums'])
        await t.emu.control('POST', '/faults', { route, status: 429, retryAfter: 3600 });
      const send = async (id: string | undefined, requestId: string) => {
        const response = await fetch(t.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'x-request-id': requestId,
          },
          body: JSON.stringify({ query: documentText(HELD_ALBUMS), variables: { id } }),
        });
        return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      };
      await t.clearLog();
      expect((await send(first, 'held-1')).errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
      expect((await send(second, 'held-2')).errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
      const sent = Object.values(await t.calls()).reduce((sum, n) => sum + n, 0);
      const line = (id: string) => log.lines().find((entry) => entry.requestId === id && 'status' in entry);
      expect(line('held-1')).toMatchObject({ spotifyCalls: 1 });
      expect(line('held-2')).toMatchObject({ spotifyCalls: 0 });
      expect(sent).toBe(1);
      // The metrics agree: one Spotify call answered 429, one call held back, none counted RATE_LIMITED.
      const metrics = await (await fetch(new URL('/metrics', t.url))).text();
      const sum = (pattern: RegExp) =>
        [...metrics.matchAll(pattern)].reduce((total, match) => total + Number(match[1]), 0);
      expect(sum(/^spotify_calls_total\{[^}]*status="429"[^}]*\} (\d+)$/gm)).toBe(1);
      expect(sum(/^spotify_calls_total\{[^}]*status="RATE_LIMITED"[^}]*\} (\d+)$/gm)).toBe(0);
      expect(sum(/^spotify_calls_held_total\{[^}]*\} (\d+)$/gm)).toBe(1);
    } finally {
      await t.close();
    }
  });
});
