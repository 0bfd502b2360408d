import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

/**
 * Cursor lists cover sibling windows from the same cursor: a smaller `first` beside a larger one in one
 * request is cut from the larger page, one call for both (issue 11, v12 attack A12), as offset lists do.
 */
for (const mode of ['extended', 'development'] as const) {
  describe(`cursor lists' sibling windows, ${mode}`, () => {
    const server = useTestServer({ mode });
    const alice = useUserToken(server, 'alice', { clearLog: true, app: mode });

    it('answers followedArtists(first: 3) from the page of followedArtists(first: 5): 1 call', async () => {
      const answer = await server.query(
        graphql(`query CursorSiblingsFollowed {
          me {
            a: followedArtists(first: 3) { nodes { name } pageInfo { hasNextPage endCursor } }
            b: followedArtists(first: 5) { nodes { name } pageInfo { hasNextPage } }
          }
        }`),
        {},
        { token: alice.token },
      );
      expect(answer.errors).toBeUndefined();
      const { a, b } = answer.data?.me ?? {};
      expect(b?.nodes).toHaveLength(5);
      expect(a?.nodes).toEqual(b?.nodes.slice(0, 3));
      expect(a?.pageInfo.hasNextPage).toBe(true);
      expect(await server.calls()).toEqual({ 'GET /v1/me/following': 1 });
    });

    it('answers recentlyPlayed(first: 3) from the page of recentlyPlayed(first: 10): 1 call', async () => {
      const answer = await server.query(
        graphql(`query CursorSiblingsRecent {
          me {
            a: recentlyPlayed(first: 3) { nodes { playedAt } pageInfo { hasNextPage } }
            b: recentlyPlayed(first: 10) { nodes { playedAt } }
          }
        }`),
        {},
        { token: alice.token },
      );
      expect(answer.errors).toBeUndefined();
      const { a, b } = answer.data?.me ?? {};
      expect(b?.nodes).toHaveLength(10);
      expect(a?.nodes).toEqual(b?.nodes.slice(0, 3));
      expect(a?.pageInfo.hasNextPage).toBe(true);
      expect(await server.calls()).toEqual({ 'GET /v1/me/player/recently-played': 1 });
    });
  });
}
