import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

/**
 * A playlist's items cost the fewest calls in each app mode (issue 11, v18 attack HIGH-1 and MEDIUM-3):
 * pages are sized by the route they go to (`/tracks` takes 100 a page from an Extended app, `/items` 50),
 * the full playlist's longer embedded page answers what it holds (an Extended app's object carries
 * `tracks`, 100 items; the owner's `items` holds 50), and a window past the page the object embeds for
 * the app goes to its own page without the object. Exact calls, read from the emulator's request log.
 */

/** The calls since the log was emptied: method, path, and the page asked (`offset`, `limit`) when one was. */
async function callsMade(server: ReturnType<typeof useTestServer>): Promise<string[]> {
  return (await timedCalls(server.emu)).map((entry) => {
    const query = new URLSearchParams(entry.query);
    const page = query.has('limit') ? ` offset=${query.get('offset') ?? 0}&limit=${query.get('limit')}` : '';
    return `${entry.method} ${entry.path}${page}`;
  });
}

const WINDOW_PAST_100 = graphql(`query PlaylistItemPagesPast100($id: ID!) {
  playlist(id: $id) { items(offset: 100, first: 100) { nodes { __typename } } }
}`);
const WHOLE = graphql(`query PlaylistItemPagesWhole($id: ID!, $first: Int!) {
  playlist(id: $id) { items(first: $first) { nodes { __typename } } }
}`);
const NAME_AND_WHOLE = graphql(`query PlaylistItemPagesNameAndWhole($id: ID!, $first: Int!) {
  playlist(id: $id) { name items(first: $first) { nodes { __typename } } }
}`);
const WINDOW_AT_55 = graphql(`query PlaylistItemPagesAt55($id: ID!) {
  playlist(id: $id) { items(offset: 55, first: 5) { nodes { __typename } } }
}`);

describe("an Extended app reads a playlist's items 100 a page from /tracks", () => {
  const server = useTestServer({ mode: 'extended' });
  const big = () =>
    [...server.emu.state.catalog.playlists.values()]
      .filter((p) => p.public)
      .sort((a, b) => b.items.length - a.items.length)[0]!;

  it('reads items 100 to 200 in one call of 100', async () => {
    const playlist = big();
    expect(playlist.items.length).toBeGreaterThanOrEqual(200);
    await server.clearLog();
    const answer = await server.query(WINDOW_PAST_100, { id: playlist.id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.items?.nodes).toHaveLength(100);
    expect(await callsMade(server)).toEqual([`GET /v1/playlists/${playlist.id}/tracks offset=100&limit=100`]);
  });

  it('reads a whole playlist as its object (the first 100) and pages of 100 after it', async () => {
    const playlist = big();
    const size = playlist.items.length;
    await server.clearLog();
    const answer = await server.query(WHOLE, { id: playlist.id, first: size });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.items?.nodes).toHaveLength(size);
    const pages: string[] = [];
    for (let at = 100; at < size; at += 100)
      pages.push(`GET /v1/playlists/${playlist.id}/tracks offset=${at}&limit=${Math.min(100, size - at)}`);
    expect((await callsMade(server)).sort()).toEqual([`GET /v1/playlists/${playlist.id}`, ...pages].sort());
  });
});

for (const mode of ['extended', 'development'] as const) {
  describe(`the owner's playlist of 51 to 99 items, ${mode}`, () => {
    const server = useTestServer({ mode });
    let alice = '';
    const own = () =>
      [...server.emu.state.catalog.playlists.values()]
        .filter((p) => p.ownerId === 'alice' && p.items.length > 55 && p.items.length < 100)
        .sort((a, b) => b.items.length - a.items.length)[0]!;
    beforeAll(async () => {
      alice = await server.emu.token({ user: 'alice', app: mode });
    });

    it('reads it whole from the object where it holds it all (Extended: its tracks), else the rest from /items', async () => {
      const playlist = own();
      const size = playlist.items.length;
      for (const document of [NAME_AND_WHOLE, WHOLE]) {
        await server.clearLog();
        const answer = await server.query(document, { id: playlist.id, first: size }, { token: alice });
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.playlist?.items?.nodes).toHaveLength(size);
        expect(await callsMade(server)).toEqual(
          mode === 'extended'
            ? [`GET /v1/playlists/${playlist.id}`]
            : [
                `GET /v1/playlists/${playlist.id}`,
                `GET /v1/playlists/${playlist.id}/items offset=50&limit=${size - 50}`,
              ],
        );
      }
    });

    it('reads a window at 55 in one call: the object that holds it (Extended), else its page alone', async () => {
      const playlist = own();
      await server.clearLog();
      const answer = await server.query(WINDOW_AT_55, { id: playlist.id }, { token: alice });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.playlist?.items?.nodes).toHaveLength(5);
      expect(await callsMade(server)).toEqual([
        mode === 'extended'
          ? `GET /v1/playlists/${playlist.id}`
          : `GET /v1/playlists/${playlist.id}/items offset=55&limit=5`,
      ]);
    });
  });
}

const COUNT_BESIDE_PAST = graphql(`query PlaylistItemPagesCountBeside($id: ID!) {
  album(id: $id) { a: tracks(offset: 60, first: 5) { nodes { name } } b: tracks { totalCount } }
}`);

for (const mode of ['extended', 'development'] as const) {
  describe(`a count alone beside a window past an album's embedded page, ${mode} (v18 attack LOW-6)`, () => {
    const server = useTestServer({ mode });

    it("reads the count from the window's page: one call, no album", async () => {
      const album = [...server.emu.state.catalog.albums.values()].sort(
        (x, y) => y.trackIds.length - x.trackIds.length,
      )[0]!;
      await server.clearLog();
      const answer = await server.query(COUNT_BESIDE_PAST, { id: album.id });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.album?.b?.totalCount).toBe(album.trackIds.length);
      expect(answer.data?.album?.a?.nodes).toHaveLength(5);
      expect(await callsMade(server)).toEqual([`GET /v1/albums/${album.id}/tracks offset=60&limit=5`]);
    });
  });
}
