import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

/**
 * Search and artist albums are read 50 a page by an Extended Quota app and 10 a page by a Development
 * Mode app (Spotify's February 2026 migration guide; the emulator's modeLimit), and in auto mode 10 a
 * page until the app is known to be Extended (10 is accepted by either). Read from the emulator's
 * request log: the calls and their `limit`.
 */

const ALBUMS = graphql(`
  query ExtendedPagesArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 50) { totalCount nodes { name } } } }
`);
const SEARCH = graphql(`
  query ExtendedPagesSearch { search(query: "a", types: [TRACK], first: 30) { tracks { nodes { name } } } }
`);
const LEARN = graphql(`query ExtendedPagesLearn($ids: [ID!]!) { albums(ids: $ids) { name } }`);

/** An artist of the emulator's catalog with 21 to 30 albums, all groups (3 pages of 10, 1 of 50). */
const richest = (t: TestServer): string =>
  [...t.emu.state.catalog.artists.values()].find((a) => {
    const count = a.albumIds.length + a.appearsOnIds.length;
    return count > 20 && count <= 30;
  })!.id;

/** The `limit` of each call on `route` in the emulator's log, in order. */
async function limits(t: TestServer, route: string): Promise<string[]> {
  const calls = await timedCalls(t.emu);
  return calls.filter((c) => c.route === route).map((c) => new URLSearchParams(c.query).get('limit')!);
}

async function albumsCalls(t: TestServer): Promise<string[]> {
  await t.clearLog();
  const answer = await t.query(ALBUMS, { id: richest(t) });
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.artist?.albums?.nodes).toHaveLength(answer.data?.artist?.albums?.totalCount ?? -1);
  expect(answer.data?.artist?.albums?.totalCount).toBeGreaterThan(20);
  return limits(t, '/v1/artists/{id}/albums');
}

async function searchCalls(t: TestServer): Promise<string[]> {
  await t.clearLog();
  const answer = await t.query(SEARCH);
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.search?.tracks?.nodes).toHaveLength(30);
  return limits(t, '/v1/search');
}

describe('an Extended Quota app', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'extended' });

  it("reads a 21-album artist's albums(first: 50) in one call of 50", async () => {
    expect(await albumsCalls(t)).toEqual(['50']);
  });

  it('reads search(first: 30) in one call of 30', async () => {
    expect(await searchCalls(t)).toEqual(['30']);
  });
});

describe('a Development Mode app', () => {
  const t = useTestServer({ mode: 'development', appMode: 'development' });

  it('reads albums and search 10 a page', async () => {
    expect(await albumsCalls(t)).toEqual(['10', '10', expect.stringMatching(/^([1-9]|10)$/)]);
    expect(await searchCalls(t)).toEqual(['10', '10', '10']);
  });
});

describe('auto mode, Extended app', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'auto' });

  it('reads 10 a page until an Extended-only endpoint answered, then 50', async () => {
    expect(await albumsCalls(t)).toEqual(['10', '10', expect.stringMatching(/^([1-9]|10)$/)]);
    const learn = await t.query(LEARN, { ids: [...t.emu.state.catalog.albums.keys()].slice(0, 2) });
    expect(learn.errors).toBeUndefined();
    expect(await albumsCalls(t)).toEqual(['50']);
    expect(await searchCalls(t)).toEqual(['30']);
  });
});
