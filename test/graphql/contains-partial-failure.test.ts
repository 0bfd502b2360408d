/**
 * `libraryContains` over several Spotify calls keeps the answers it got: when the call for one kind of
 * URI fails, the entries of that call are null with its error and the other kinds' entries are
 * Spotify's answers (v13 attack on issue 7, NN1).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice');

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

const CONTAINS = graphql(
  `query ContainsPartialFailure($uris: [ID!]!) { me { libraryContains(uris: $uris) } }`,
);

describe('libraryContains with one failed call', () => {
  it("nulls the failed call's entries alone, each with its error", async () => {
    const tracks = [...t.emu.state.catalog.tracks.keys()].slice(0, 2).map((id) => `spotify:track:${id}`);
    const albums = [...t.emu.state.catalog.albums.keys()].slice(0, 2).map((id) => `spotify:album:${id}`);
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/albums/contains', status: 503 });
    const answer = await t.query(
      CONTAINS,
      { uris: [tracks[0]!, albums[0]!, tracks[1]!, albums[1]!] },
      { token: alice.token },
    );
    const list = answer.data?.me?.libraryContains;
    expect(list).toHaveLength(4);
    expect(typeof list?.[0]).toBe('boolean');
    expect(typeof list?.[2]).toBe('boolean');
    expect(list?.[1]).toBeNull();
    expect(list?.[3]).toBeNull();
    // The failed call's two entries: one error on the first, naming both (a failure repeated down a list).
    expect(
      answer.errors?.map((error) => [
        error.path?.join('.'),
        error.extensions?.code,
        error.extensions?.repeated,
      ]),
    ).toEqual([
      [
        'me.libraryContains.1',
        'SPOTIFY_UNAVAILABLE',
        [
          ['me', 'libraryContains', 1],
          ['me', 'libraryContains', 3],
        ],
      ],
    ]);
  });
});
