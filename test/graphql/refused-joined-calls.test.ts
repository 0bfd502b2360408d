import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { totalCalls } from '../helpers/cost-probe.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { startServerOn, type TestServer, useTestServer } from '../helpers/server.js';

/**
 * Sibling windows of one list are one joined call (sibling-windows.test.ts). When Spotify refuses that
 * call for the list itself (an unknown artist's albums: 404; another user's playlist's items in
 * Development Mode: 403), every window answers that refusal and asks no page of its own: a client
 * choosing made-up ids must not turn one refused call into one call per window (v16 re-attack C, F7:
 * 50 made-up artists with 28 windows each made 1,451 calls). Anonymous, both app modes, read from the
 * emulator's request log; the server runs at a limit of exactly the query's estimate.
 */

const MADE_UP_ARTISTS = graphql(`
  query RefusedJoinedMadeUpArtists($ids: [ID!]!) {
    artists(ids: $ids) {
      w0: albums(first: 1, offset: 0) { nodes { spotifyId } }
      w1: albums(first: 1, offset: 1) { nodes { spotifyId } }
      w2: albums(first: 1, offset: 2) { nodes { spotifyId } }
      w3: albums(first: 1, offset: 3) { nodes { spotifyId } }
    }
  }
`);

const OTHERS_PLAYLISTS = graphql(`
  query RefusedJoinedOthersPlaylists {
    search(query: "a", types: [PLAYLIST], first: 5) {
      playlists {
        nodes {
          w0: items(first: 1, offset: 0) { totalCount nodes { __typename } }
          w1: items(first: 1, offset: 1) { totalCount nodes { __typename } }
          w2: items(first: 1, offset: 2) { totalCount nodes { __typename } }
        }
      }
    }
  }
`);

const madeUp = Array.from({ length: 5 }, (_, i) => `Zz${String(i).padStart(20, '0')}`);

type Errors = { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;

/** The error codes of an answer, counted by the entries they stand for. */
function codesOf(errors: Errors): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const error of errors ?? []) {
    const code = String(error.extensions?.code);
    // A failure repeated down a list is one error standing for `repeatedCount` entries.
    const count = error.extensions?.repeatedCount;
    codes[code] = (codes[code] ?? 0) + (typeof count === 'number' ? count : 1);
  }
  return codes;
}

for (const mode of ['extended', 'development'] as const) {
  describe(`a joined call refused for the list, ${mode}`, () => {
    const t = useTestServer({ mode, appMode: mode });
    let probe: TestServer | undefined;
    beforeAll(async () => {
      probe = await startServerOn(t.emu, {
        app: mode,
        config: { appMode: mode },
        limits: { maxQueryCost: 1 },
      });
    });
    afterAll(() => probe?.close());

    /** The estimate of `document` (the limit-1 probe's refusal), then its run at exactly that limit. */
    async function atItsEstimate<R, V>(document: GraphQLDocument<R, V>, variables?: V) {
      const refused = await probe!.query(document, variables as never);
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
      const estimate = refused.errors?.[0]?.extensions?.complexity as number;
      const atLimit = await startServerOn(t.emu, {
        app: mode,
        config: { appMode: mode },
        limits: { maxQueryCost: estimate },
      });
      try {
        await t.clearLog();
        const answer = await atLimit.query(document, variables as never);
        return { estimate, answer, calls: await t.calls() };
      } finally {
        await atLimit.close();
      }
    }

    it("5 made-up artists' 4 album windows each: one refused call per artist, each artist not found", async () => {
      const { estimate, answer, calls } = await atItsEstimate(MADE_UP_ARTISTS, { ids: madeUp });
      expect(calls['GET /v1/artists/{id}/albums']).toBe(5);
      expect(totalCalls(calls)).toBeLessThanOrEqual(estimate);
      // An artist's list refused with a 404 is checked as the artist itself, which is not found.
      expect(answer.data?.artists).toEqual(madeUp.map(() => null));
      // One SPOTIFY_NOT_FOUND for the list's 5 unknown artists, on the first (issue 7).
      expect(codesOf(answer.errors)).toEqual({ SPOTIFY_NOT_FOUND: 1 });
      expect(answer.errors?.[0]?.extensions?.refusedCount).toBe(5);
    });

    // Declared only where it applies: an Extended app reads others' playlists' items.
    if (mode === 'development') {
      it("others' playlists' 3 item windows each (Development Mode refuses them): refused without a call", async () => {
        const { estimate, answer, calls } = await atItsEstimate(OTHERS_PLAYLISTS);
        expect(answer.data?.search?.playlists?.nodes).toHaveLength(5);
        // Development Mode is configured and the request has no user: /items would refuse each
        // playlist, so none is asked (playlist-items-refusal.test.ts).
        const items = Object.entries(calls).filter(([route]) => route.startsWith('GET /v1/playlists/'));
        expect(items).toEqual([]);
        expect(totalCalls(calls)).toBeLessThanOrEqual(estimate);
        const codes = codesOf(answer.errors);
        expect(Object.values(codes)).toEqual([15]);
      });
    }
  });
}
