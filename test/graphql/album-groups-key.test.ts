/**
 * An artist's albums asked with the same album groups in another order, or with all four groups
 * beside none, are one Spotify answer: one call (Spotify's reference, get-an-artists-albums
 * `include_groups`: "If not supplied, all album types will be returned"; the emulator answers a set in
 * its own order). v14 attack on issue 11, F4. Calls from the emulator's request log.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

describe("an artist's albums: one call per set of groups", () => {
  const t = useTestServer({ mode: 'extended' });
  const artistId = () => [...t.emu.state.catalog.artists.keys()][0]!;

  async function albumCalls(): Promise<string[]> {
    return (await timedCalls(t.emu))
      .filter((call) => call.route === '/v1/artists/{id}/albums')
      .map((call) => new URLSearchParams(call.query).get('include_groups') ?? '(none)');
  }

  it('[ALBUM, SINGLE] beside [SINGLE, ALBUM] is one call and one answer', async () => {
    await t.clearLog();
    const answer = await t.query(
      graphql(`
        query AlbumGroupsOrder($id: ID!) {
          artist(id: $id) {
            a: albums(first: 3, includeGroups: [ALBUM, SINGLE]) { nodes { id } }
            b: albums(first: 3, includeGroups: [SINGLE, ALBUM]) { nodes { id } }
          }
        }
      `),
      { id: artistId() },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.b).toEqual(answer.data?.artist?.a);
    expect(await albumCalls()).toEqual(['album,single']);
  });

  it('all four groups beside none is one call, without include_groups', async () => {
    await t.clearLog();
    const answer = await t.query(
      graphql(`
        query AlbumGroupsAll($id: ID!) {
          artist(id: $id) {
            a: albums(first: 3, includeGroups: [COMPILATION, APPEARS_ON, SINGLE, ALBUM]) { nodes { id } }
            b: albums(first: 3) { nodes { id } }
          }
        }
      `),
      { id: artistId() },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.artist?.a).toEqual(answer.data?.artist?.b);
    expect(await albumCalls()).toEqual(['(none)']);
  });
});
