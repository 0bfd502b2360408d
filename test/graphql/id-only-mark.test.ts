/**
 * A parent known only by its id (made from a root field's id to start its children early) is told apart
 * from Spotify's objects by an explicit mark, not by a missing `name`: a Spotify object sent without
 * `name` (a bad value) is that field's error, never taken for an id-only parent and loaded again in
 * silence (review of the last stop: `'name' in parent` in embeddedChildren).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const LATER_TRACKS = graphql(`query IdOnlyParentLaterTracks($id: ID!) {
  track(id: $id) { album { tracks(offset: 50, first: 2) { nodes { album { name } } } } }
}`);

describe('a parent known only by its id', () => {
  const t = useFaultTestServer();

  it("a track's album sent without name is reported at name, not loaded again for its later tracks", async () => {
    const album = [...t.emu.state.catalog.albums.values()].find((a) => a.trackIds.length >= 52)!;
    await t.fault('GET /v1/tracks', {}, { unset: ['/tracks/0/album/name'] });
    await t.clearLog();
    const answer = await t.query(LATER_TRACKS, { id: album.trackIds[0]! });
    expect(answer.data?.track?.album?.tracks?.nodes).toEqual([
      { album: { name: null } },
      { album: { name: null } },
    ]);
    // Both nodes' album is the one Spotify sent without a name: one error for both (a failure repeated
    // down a list is one error, README "Partial results").
    const at = (i: number) => ['track', 'album', 'tracks', 'nodes', i, 'album', 'name'];
    expect(located(answer.errors)).toEqual([
      [at(0), { ...BAD_VALUE, repeatedCount: 2, repeated: [at(0), at(1)] }],
    ]);
    // The album Spotify sent is the items' parent: no second read of it.
    const calls = await t.calls();
    expect(calls['GET /v1/albums']).toBeUndefined();
    expect(calls['GET /v1/albums/{id}']).toBeUndefined();
    expect(calls['GET /v1/albums/{id}/tracks']).toBe(1);
  });
});
