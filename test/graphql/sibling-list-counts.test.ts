import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer } from '../helpers/server.js';
import { timedCalls, useSlowSpotify, wavesOf } from '../helpers/waves.js';

/**
 * Sibling windows of one list under a parent that embeds its first page (an album's tracks, a show's
 * episodes, an audiobook's chapters, a playlist's items) cost the fewest calls (issue 11, v18 attack
 * LOW-6 and LOW-3): a window asking only the count beside a window past the embedded page takes its total
 * from that window's page, without the parent's object; and a window past the embedded page beside a
 * sibling read across that page's end waits for the object, which says whether it holds anything. Exact
 * calls, read from the emulator's request log.
 */

/** The calls since the log was emptied: method, path, and the page asked (`offset`, `limit`) when one was. */
async function callsMade(server: TestServer): Promise<string[]> {
  return (await timedCalls(server.emu)).map((entry) => {
    const query = new URLSearchParams(entry.query);
    const page = query.has('limit') ? ` offset=${query.get('offset') ?? 0}&limit=${query.get('limit')}` : '';
    return `${entry.method} ${entry.path}${page}`;
  });
}

const ALBUM_COUNT = graphql(`query SiblingCountAlbum($id: ID!, $offset: Int!) {
  album(id: $id) { a: tracks(offset: $offset, first: 5) { nodes { __typename } } b: tracks { totalCount } }
}`);
const SHOW_COUNT = graphql(`query SiblingCountShow($id: ID!, $offset: Int!) {
  show(id: $id) { a: episodes(offset: $offset, first: 5) { nodes { __typename } } b: episodes { totalCount } }
}`);
const AUDIOBOOK_COUNT = graphql(`query SiblingCountAudiobook($id: ID!, $offset: Int!) {
  audiobook(id: $id) { a: chapters(offset: $offset, first: 5) { nodes { __typename } } b: chapters { totalCount } }
}`);
const PLAYLIST_COUNT = graphql(`query SiblingCountPlaylist($id: ID!, $offset: Int!) {
  playlist(id: $id) { a: items(offset: $offset, first: 5) { nodes { __typename } } b: items { totalCount } }
}`);

type Mode = 'extended' | 'development';
type Emulator = TestServer['emu'];

/** The longest of a list of catalog records by the length `size` gives. */
const longest = <T>(records: Iterable<T>, size: (record: T) => number): T =>
  [...records].sort((x, y) => size(y) - size(x))[0]!;

/** A playlist whose items are readable in `mode` with alice's token, past its embedded page at `offset`. */
function playlistFor(emu: Emulator, mode: Mode): { id: string; size: number; offset: number } {
  const playlists = [...emu.state.catalog.playlists.values()];
  // Extended: any playlist on /tracks, past its object's 100; Development: alice's own on /items, past 50.
  const playlist =
    mode === 'extended'
      ? longest(
          playlists.filter((p) => p.public),
          (p) => p.items.length,
        )
      : longest(
          playlists.filter((p) => p.ownerId === 'alice'),
          (p) => p.items.length,
        );
  return { id: playlist.id, size: playlist.items.length, offset: mode === 'extended' ? 120 : 55 };
}

interface Row {
  parent: string;
  /** The query of a window past the embedded page and a count beside it, with alice's token. */
  run: (
    server: TestServer,
    variables: { id: string; offset: number },
    token: string,
  ) => Promise<{ errors?: unknown; data?: unknown }>;
  pick: (emu: Emulator, mode: Mode) => { id: string; size: number; offset: number };
  /** The one call: the page of the window past the embedded page. */
  page: (id: string, offset: number, mode: Mode) => string;
}

const ROWS: Row[] = [
  {
    parent: "an album's tracks",
    run: (server, variables, token) => server.query(ALBUM_COUNT, variables, { token }),
    pick: (emu) => {
      const album = longest(emu.state.catalog.albums.values(), (a) => a.trackIds.length);
      return { id: album.id, size: album.trackIds.length, offset: 55 };
    },
    page: (id, offset) => `GET /v1/albums/${id}/tracks offset=${offset}&limit=5`,
  },
  {
    parent: "a show's episodes",
    run: (server, variables, token) => server.query(SHOW_COUNT, variables, { token }),
    pick: (emu) => {
      const show = longest(emu.state.catalog.shows.values(), (s) => s.episodeIds.length);
      return { id: show.id, size: show.episodeIds.length, offset: 55 };
    },
    page: (id, offset) => `GET /v1/shows/${id}/episodes offset=${offset}&limit=5`,
  },
  {
    parent: "an audiobook's chapters",
    run: (server, variables, token) => server.query(AUDIOBOOK_COUNT, variables, { token }),
    pick: (emu) => {
      const book = longest(emu.state.catalog.audiobooks.values(), (b) => b.chapterIds.length);
      return { id: book.id, size: book.chapterIds.length, offset: 55 };
    },
    page: (id, offset) => `GET /v1/audiobooks/${id}/chapters offset=${offset}&limit=5`,
  },
  {
    parent: "a playlist's items",
    run: (server, variables, token) => server.query(PLAYLIST_COUNT, variables, { token }),
    pick: playlistFor,
    page: (id, offset, mode) =>
      `GET /v1/playlists/${id}/${mode === 'extended' ? 'tracks' : 'items'} offset=${offset}&limit=5`,
  },
];

for (const mode of ['extended', 'development'] as const) {
  describe(`a count alone beside a window past the embedded page, ${mode} (v18 attack LOW-6)`, () => {
    const server = useTestServer({ mode });
    let alice = '';
    beforeAll(async () => {
      alice = await server.emu.token({ user: 'alice', app: mode });
    });

    for (const row of ROWS) {
      it(`${row.parent}: one call, the window's page, which carries the total`, async () => {
        const { id, size, offset } = row.pick(server.emu, mode);
        expect(size).toBeGreaterThanOrEqual(offset + 5);
        await server.clearLog();
        const answer = await row.run(server, { id, offset }, alice);
        expect(answer.errors).toBeUndefined();
        const parent = Object.values(answer.data ?? {})[0] as {
          a: { nodes: unknown[] };
          b: { totalCount: number };
        };
        expect(parent.a.nodes).toHaveLength(5);
        expect(parent.b.totalCount).toBe(size);
        expect(await callsMade(server)).toEqual([row.page(id, offset, mode)]);
      });
    }
  });
}

const BOTH_WINDOWS = graphql(`query SiblingWindowsPastTotal($id: ID!) {
  playlist(id: $id) {
    a: items(first: 100) { totalCount nodes { __typename } }
    b: items(offset: 100, first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename } }
  }
}`);
const ALBUM_WINDOWS = graphql(`query SiblingAlbumWindowsPastTotal($id: ID!) {
  album(id: $id) {
    a: tracks(first: 100) { totalCount nodes { __typename } }
    b: tracks(offset: 100, first: 50) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename } }
  }
}`);
const WINDOWS_ACROSS_100 = graphql(`query SiblingWindowsAcross100($id: ID!) {
  playlist(id: $id) {
    a: items(first: 150) { nodes { __typename } }
    b: items(offset: 100, first: 100) { nodes { __typename } }
  }
}`);

for (const mode of ['extended', 'development'] as const) {
  describe(`a window past the embedded page beside one read across its end, ${mode} (v18 attack LOW-3)`, () => {
    const server = useTestServer({ mode });
    let alice = '';
    beforeAll(async () => {
      alice = await server.emu.token({ user: 'alice', app: mode });
    });

    it('of an album of 51 to 99 tracks: the object and the rest of the tracks, none for the window past its total', async () => {
      const album = [...server.emu.state.catalog.albums.values()].find(
        (a) => a.trackIds.length > 50 && a.trackIds.length < 100,
      )!;
      const size = album.trackIds.length;
      await server.clearLog();
      const answer = await server.query(ALBUM_WINDOWS, { id: album.id });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.album?.a?.nodes).toHaveLength(size);
      expect(answer.data?.album?.b).toEqual({
        totalCount: size,
        pageInfo: { hasNextPage: false, hasPreviousPage: true },
        nodes: [],
      });
      expect(await callsMade(server)).toEqual([
        mode === 'extended' ? `GET /v1/albums` : `GET /v1/albums/${album.id}`,
        `GET /v1/albums/${album.id}/tracks offset=50&limit=${size - 50}`,
      ]);
    });

    it("of alice's 62-item playlist: the window at 100 costs a call only where nothing is read across (Extended's 100)", async () => {
      const playlist = [...server.emu.state.catalog.playlists.values()].find(
        (p) => p.ownerId === 'alice' && p.items.length > 55 && p.items.length < 100,
      )!;
      const size = playlist.items.length;
      await server.clearLog();
      const answer = await server.query(BOTH_WINDOWS, { id: playlist.id }, { token: alice });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.playlist?.a?.nodes).toHaveLength(size);
      expect(answer.data?.playlist?.b).toEqual({
        totalCount: size,
        pageInfo: { hasNextPage: false, hasPreviousPage: true },
        nodes: [],
      });
      // Development: `a` reads items 50 on after the object (its `items` holds 50), so `b` waits for it
      // and needs no call. Extended: the object holds `a` whole (its `tracks`, 100), and `b` starts at once
      // (waiting would cost a round trip whenever the list reaches 100).
      expect(await callsMade(server)).toEqual(
        mode === 'extended'
          ? [
              `GET /v1/playlists/${playlist.id}`,
              `GET /v1/playlists/${playlist.id}/tracks offset=100&limit=100`,
            ]
          : [
              `GET /v1/playlists/${playlist.id}`,
              `GET /v1/playlists/${playlist.id}/items offset=50&limit=${size - 50}`,
            ],
      );
    });
  });
}

describe('a window past the embedded page whose first page covers the sibling read across it starts at once', () => {
  const server = useTestServer({ mode: 'extended' });
  const big = () =>
    longest(
      [...server.emu.state.catalog.playlists.values()].filter((p) => p.public),
      (p) => p.items.length,
    );
  const slowly = useSlowSpotify(server, 150, () => server.query(WINDOWS_ACROSS_100, { id: big().id }));

  it('reads items 100 to 200 beside the object: 2 calls in 1 wave', async () => {
    const playlist = big();
    expect(playlist.items.length).toBeGreaterThanOrEqual(200);
    await slowly();
    const answer = await server.query(WINDOWS_ACROSS_100, { id: playlist.id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.a?.nodes).toHaveLength(150);
    expect(answer.data?.playlist?.b?.nodes).toHaveLength(100);
    const entries = await timedCalls(server.emu);
    expect(wavesOf(entries)).toBe(1);
    expect((await callsMade(server)).sort()).toEqual(
      [
        `GET /v1/playlists/${playlist.id}`,
        `GET /v1/playlists/${playlist.id}/tracks offset=100&limit=100`,
      ].sort(),
    );
  });
});
