import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/**
 * The cost estimate reads a share link as the URI it names, as the resolvers do (v21 attack, MEDIUM
 * 5): a list of links is refused at the limit its URIs are refused at, before any call, and an object
 * asked once by id and once by its link is counted once.
 */
const LibraryContains = graphql(`
  query EstimateLinksContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }
`);

const AlbumTwice = graphql(`
  query EstimateLinksAlbumTwice($a: ID!, $b: ID!) { x: album(id: $a) { name } y: album(id: $b) { name } }
`);

describe('a list of share links is estimated as its URIs (MAX_QUERY_COST 3)', () => {
  const t = useTestServer({ limits: { maxQueryCost: 3 } });

  it('refuses 12 playlist links up front, as it refuses their 12 URIs', async () => {
    const ids = [...t.emu.state.catalog.playlists.keys()].slice(0, 12);
    expect(ids).toHaveLength(12);
    const token = await t.emu.token({ user: 'alice' });
    const answers = [];
    for (const uris of [
      ids.map((id) => `spotify:playlist:${id}`),
      ids.map((id) => `https://open.spotify.com/playlist/${id}?si=abc`),
    ]) {
      await t.clearLog();
      const answer = await t.query(LibraryContains, { uris }, { token });
      expect(await t.calls()).toEqual({});
      answers.push(answer.errors?.map((error) => error.extensions?.code));
    }
    expect(answers[0]).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answers[1]).toEqual(answers[0]);
  });
});

describe('an object asked by id and by its link is counted once (MAX_QUERY_COST 1)', () => {
  const t = useTestServer({ limits: { maxQueryCost: 1 } });

  it('admits album(id: <id>) beside album(id: <its link>) and makes one call', async () => {
    const [album] = t.emu.state.catalog.albums.keys();
    await t.clearLog();
    const answer = await t.query(AlbumTwice, {
      a: album!,
      b: `https://open.spotify.com/album/${album}`,
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.x?.name).toBeTruthy();
    expect(answer.data?.y?.name).toBe(answer.data?.x?.name);
    expect(Object.values(await t.calls()).reduce((a, b) => a + b, 0)).toBe(1);
  });
});
