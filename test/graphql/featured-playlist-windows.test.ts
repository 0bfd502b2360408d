/**
 * Sibling windows of the featured playlists in one request. Spotify's answer wraps its page (`{message,
 * playlists: {...}}`), so a window's part of the joined call (or of a covering sibling's page) is cut
 * in that page: each window answers as it does alone, from one call (v16 re-attack on issue 7, F1:
 * `w0: featuredPlaylists(first: 4, offset: 4)` beside one at offset 2 failed SPOTIFY_UNAVAILABLE "a page
 * at another offset", the joined answer at 2 read as its own page at 4). Counted from the emulator's
 * request log.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });

const JOINED = graphql(`query FeaturedWindowsJoined {
  w0: featuredPlaylists(first: 4, offset: 4) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }
  w1: featuredPlaylists(first: 4, offset: 2) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }
}`);
const COVERED = graphql(`query FeaturedWindowsCovered {
  w0: featuredPlaylists(first: 8) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }
  w1: featuredPlaylists(first: 2, offset: 1) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }
}`);
const AT = graphql(`query FeaturedWindowAlone($first: Int!, $offset: Int!) {
  w: featuredPlaylists(first: $first, offset: $offset) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }
}`);

/** The window `first`@`offset` asked alone. */
async function alone(first: number, offset: number) {
  const answer = await t.query(AT, { first, offset });
  expect(answer.errors).toBeUndefined();
  return answer.data?.w;
}

beforeEach(() => t.clearLog());

describe('featured playlists: sibling windows in one request', () => {
  it('joined into one call, each window answers as alone', async () => {
    const together = await t.query(JOINED, {});
    expect(await t.calls()).toEqual({ 'GET /v1/browse/featured-playlists': 1 });
    expect(together.errors).toBeUndefined();
    const ids = t.emu.state.catalog.featuredPlaylistIds;
    expect(together.data?.w0?.playlists?.nodes.map((p) => p?.spotifyId)).toEqual(ids.slice(4, 8));
    expect(together.data?.w0).toEqual(await alone(4, 4));
    expect(together.data?.w1).toEqual(await alone(4, 2));
  });

  it('a window inside a sibling page is cut from it, as alone', async () => {
    const together = await t.query(COVERED, {});
    expect(await t.calls()).toEqual({ 'GET /v1/browse/featured-playlists': 1 });
    expect(together.errors).toBeUndefined();
    expect(together.data?.w0).toEqual(await alone(8, 0));
    expect(together.data?.w1).toEqual(await alone(2, 1));
  });
});
