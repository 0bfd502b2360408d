/**
 * Auto mode (the default) before it knows the app's mode, and Spotify's live refusal of a removed
 * endpoint: a bare `403 {"error":{"status":403,"message":"Forbidden"}}` (the emulator's for a
 * Development Mode app). A request's calls of one endpoint with a replacement (`/playlists/{id}/tracks`,
 * replaced by `/items`) follow two bare refusals of it in a row to the replacement instead of each
 * paying its own (v16 re-attack C, F5: 20 playlists' items cost 20 refused calls, 60 calls against an
 * estimate of 42); one refusal alone sends nothing else there (v16 re-attack B, B3: on an Extended app
 * `/items` refuses the playlists a user does not own). GraphQL over HTTP against the emulator; calls
 * from its request log.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { sessionTokenOf, startServerOn, type TestServer, useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

const PLAYLIST_ITEMS = graphql(`
  query BareRefusalPlaylistItems($uris: [ID!]!) {
    nodes(ids: $uris) {
      ... on Playlist { id items(first: 5, offset: 1) { nodes { ... on Track { name } } } }
    }
  }
`);

const LATE_ITEMS = graphql(`
  query BareRefusalLatePlaylistItems($uris: [ID!]!) {
    nodes(ids: $uris) {
      ... on Playlist { id items(first: 3, offset: 150) { nodes { ... on Track { name } } } }
    }
  }
`);

/** The seeded playlists of `owners`, as URIs, in that order. */
const playlistsOf = (t: TestServer, owners: readonly string[]): string[] =>
  owners.flatMap((owner) =>
    [...t.emu.state.catalog.playlists.values()]
      .filter((playlist) => playlist.ownerId === owner)
      .map((playlist) => `spotify:playlist:${playlist.id}`),
  );

/** The emulator's log since it was cleared, as sorted `status method route` strings. */
async function routesOf(t: TestServer): Promise<string[]> {
  return (await timedCalls(t.emu)).map((entry) => `${entry.status} ${entry.method} ${entry.route}`).sort();
}

const times = (count: number, route: string): string[] => Array(count).fill(route);

/** The code of each entry an answer's errors stand for: one standing for N repeated paths counts N (repeatedCount). */
const entryCodes = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] =>
  (errors ?? []).flatMap((error) =>
    times(Number(error.extensions?.repeatedCount ?? 1), String(error.extensions?.code)),
  );

const BARE_TRACKS_403 = {
  route: 'GET /v1/playlists/{playlist_id}/tracks',
  status: 403,
  contentType: 'application/json',
  text: JSON.stringify({ error: { status: 403, message: 'Forbidden' } }),
};

describe('auto mode, a fresh server: one request reading many playlists', () => {
  // 9 playlists and their pages, and the refused calls that may teach the mode: estimated at 23.
  const t = useTestServer({ mode: 'development', appMode: 'auto', limits: { maxQueryCost: 23 } });

  it('follows two bare refusals of /tracks in a row to /items, and never one alone', async () => {
    const token = await sessionTokenOf(t, 'alice', 'development');
    const uris = playlistsOf(t, ['alice', 'bob', 'carol']);
    expect(uris).toHaveLength(9);
    await t.clearLog();
    const answer = await t.query(PLAYLIST_ITEMS, { uris }, { token });
    // Alice's own playlists answer from the page their objects embed; the others' six pages are asked
    // of /tracks twice, refused bare, then of /items (old code: six refused /tracks calls); the first
    // two /items refused with a reason go back to /tracks once each, refused bare again, and the request
    // stays with /items (one way back refused bare no longer holds the others: v18 re-attack A, MEDIUM-1).
    expect(await routesOf(t)).toEqual(
      [
        ...times(9, '200 GET /v1/playlists/{playlist_id}'),
        ...times(4, '403 GET /v1/playlists/{playlist_id}/tracks'),
        ...times(6, '403 GET /v1/playlists/{playlist_id}/items'),
      ].sort(),
    );
    const nodes = answer.data?.nodes ?? [];
    const own = nodes.slice(0, 3).map((node) => (node && 'items' in node ? node.items?.nodes.length : -1));
    expect(own).toEqual([5, 5, 5]);
    // Others' playlists: Development Mode's /items reads only one's own (FORBIDDEN, as configured).
    expect(entryCodes(answer.errors)).toEqual(times(6, 'FORBIDDEN'));

    // An Extended app whose first /tracks call meets one bare 403 (a hiccup): that playlist goes to
    // /items, which refuses it with a reason, and back to /tracks, which reads it (old code: FORBIDDEN);
    // the others are read from /tracks (sending them to /items would refuse them all).
    const extended = await startServerOn(t.emu, { app: 'extended', config: { appMode: 'auto' } });
    try {
      await t.emu.control('POST', '/faults', { ...BARE_TRACKS_403, times: 1 });
      // Past the 100 items a playlist's object embeds: each page is a call of its own.
      const long = [...t.emu.state.catalog.playlists.values()]
        .filter((playlist) => playlist.public && playlist.items.length > 153)
        .slice(0, 4)
        .map((playlist) => `spotify:playlist:${playlist.id}`);
      expect(long).toHaveLength(4);
      await t.clearLog();
      const read = await extended.query(LATE_ITEMS, { uris: long });
      expect(await routesOf(t)).toEqual(
        [
          '403 GET /v1/playlists/{playlist_id}/tracks',
          '403 GET /v1/playlists/{playlist_id}/items',
          ...times(4, '200 GET /v1/playlists/{playlist_id}/tracks'),
        ].sort(),
      );
      expect(read.errors).toBeUndefined();
      const counts = (read.data?.nodes ?? []).map((node) =>
        node && 'items' in node ? node.items?.nodes.length : -1,
      );
      expect(counts).toEqual([3, 3, 3, 3]);
    } finally {
      await t.emu.control('DELETE', '/faults');
      await extended.close();
    }
  });
});

describe('auto mode, a fresh server: the estimate counts the ways back', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto' });

  // Others' playlists past the 100 items their objects embed: each page is a call of /tracks or /items.
  const longOthers = (count: number): string[] =>
    [...t.emu.state.catalog.playlists.values()]
      .filter((playlist) => playlist.public && playlist.items.length > 153)
      .slice(0, count)
      .map((playlist) => `spotify:playlist:${playlist.id}`);

  /** The estimate of LATE_ITEMS for `uris` on a fresh auto-mode server of `app`: its QUERY_TOO_COMPLEX figure at a limit of 1. */
  async function estimateOf(app: 'development' | 'extended', uris: string[]): Promise<number> {
    const probe = await startServerOn(t.emu, {
      app,
      config: { appMode: 'auto' },
      limits: { maxQueryCost: 1 },
    });
    try {
      const answer = await probe.query(LATE_ITEMS, { uris });
      return Number(answer.errors?.[0]?.extensions?.complexity);
    } finally {
      await probe.close();
    }
  }

  for (const [app, glitches] of [
    ['development', 0],
    ['extended', 2],
  ] as const) {
    it(`${app === 'development' ? 'a Development' : 'an Extended'} app, ${glitches} bare 403s: at a limit of the estimate, 2, 4 and 6 others' playlists make no more calls`, async () => {
      for (const count of [2, 4, 6]) {
        const uris = longOthers(count);
        expect(uris).toHaveLength(count);
        const estimate = await estimateOf(app, uris);
        const server = await startServerOn(t.emu, {
          app,
          config: { appMode: 'auto' },
          limits: { maxQueryCost: estimate },
        });
        try {
          if (glitches > 0) await t.emu.control('POST', '/faults', { ...BARE_TRACKS_403, times: glitches });
          await t.clearLog();
          // Old code (v18 re-attack A's fix, before the estimate counted two ways back): CALL_LIMIT_EXCEEDED.
          const answer = await server.query(LATE_ITEMS, { uris });
          await t.emu.control('DELETE', '/faults');
          const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
          expect(codes).not.toContain('CALL_LIMIT_EXCEEDED');
          const calls = (await timedCalls(t.emu)).filter((entry) => !entry.route.includes('token'));
          expect(calls.length).toBeLessThanOrEqual(estimate);
        } finally {
          await server.close();
        }
      }
    });
  }
});
