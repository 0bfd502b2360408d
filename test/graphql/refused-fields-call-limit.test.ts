/**
 * A field the client refuses without a call (an Extended-only route while the app is in Development
 * Mode) spends no unit of the request's call limit (s44 attack 2, F3): the call estimate counts it as
 * none, so a query the estimate lets through at the limit keeps every object it reads, and the refused
 * fields say why (NOT_AVAILABLE_IN_DEVELOPMENT_MODE), never CALL_LIMIT_EXCEEDED.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const TRACK_AND_ARTIST = graphql(`
  query RefusedFieldsAtTheLimit($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Track { name audioFeatures { tempo } }
      ... on Artist { name topTracks { name } relatedArtists { name } }
    }
  }
`);

describe('fields refused without a call, at the call limit (Development Mode)', () => {
  // Two objects by id cost two calls in Development Mode (one call per id); the refused fields none.
  const t = useTestServer({ mode: 'development', appMode: 'development', limits: { maxQueryCost: 2 } });

  it('keeps both objects and refuses only the Extended-only fields, with their own code', async () => {
    const track = [...t.emu.state.catalog.tracks.keys()][0];
    const artist = [...t.emu.state.catalog.artists.keys()][0];
    const answer = await t.query(TRACK_AND_ARTIST, {
      ids: [`spotify:track:${track}`, `spotify:artist:${artist}`],
    });
    const nodes = (answer.data as { nodes: ({ name?: string } | null)[] } | undefined)?.nodes;
    expect(nodes?.map((node) => typeof node?.name)).toEqual(['string', 'string']);
    const codes = (answer.errors ?? []).map((error) => `${error.path?.join('.')}: ${error.extensions?.code}`);
    expect(codes.sort()).toEqual([
      'nodes.0.audioFeatures: NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
      'nodes.1.relatedArtists: NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
      'nodes.1.topTracks: NOT_AVAILABLE_IN_DEVELOPMENT_MODE',
    ]);
    const calls = Object.values(await t.calls()).reduce((sum, n) => sum + n, 0);
    expect(calls).toBe(2);
  });
});
