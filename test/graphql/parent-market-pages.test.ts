/**
 * A parent read in a market (`playlist(id:, market: "JP")`) has every page of its lists asked in that
 * market, not only the first page its object embeds: one list never mixes two markets (v12 attack on
 * issue 7, N9). Read from the emulator's request log (each page call's query string) and the answers.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const PLAYLIST = graphql(`query ParentMarketPlaylist($id: ID!, $market: String, $own: String) {
  playlist(id: $id, market: $market) { items(first: 150, market: $own) { nodes { ... on Track { isPlayable } } } }
}`);
const ALBUM = graphql(`query ParentMarketAlbum($id: ID!) {
  album(id: $id, market: "JP") { tracks(first: 60) { nodes { isPlayable } } }
}`);
const SHOW = graphql(`query ParentMarketShow($id: ID!) {
  show(id: $id, market: "JP") { episodes(first: 60) { nodes { id } } }
}`);
const AUDIOBOOK = graphql(`query ParentMarketAudiobook($id: ID!) {
  audiobook(id: $id, market: "JP") { chapters(first: 60) { nodes { id } } }
}`);

const PAST_PLAYLIST = graphql(`query ParentMarketPastPlaylist($id: ID!, $offset: Int, $after: String) {
  playlist(id: $id, market: "JP") { items(offset: $offset, after: $after, first: 5) { nodes { ... on Track { isPlayable } } } }
}`);
const PAST_PLAYLIST_NAMED = graphql(`query ParentMarketPastPlaylistNamed($id: ID!) {
  playlist(id: $id, market: "JP") { name items(offset: 100, first: 5) { nodes { ... on Track { isPlayable } } } }
}`);
const PAST_ALBUM = graphql(`query ParentMarketPastAlbum($id: ID!) {
  album(id: $id, market: "JP") { tracks(offset: 50, first: 5) { nodes { isPlayable } } }
}`);
const PAST_SHOW = graphql(`query ParentMarketPastShow($id: ID!) {
  show(id: $id, market: "JP") { episodes(offset: 50, first: 5) { nodes { id } } }
}`);
const PAST_AUDIOBOOK = graphql(`query ParentMarketPastAudiobook($id: ID!) {
  audiobook(id: $id, market: "JP") { chapters(offset: 50, first: 5) { nodes { id } } }
}`);

interface LogEntry {
  route: string;
  query: string;
}

const t = useTestServer();

/** The query strings of the calls made on `route` since the log was cleared. */
async function queriesOf(route: string): Promise<URLSearchParams[]> {
  const log = (await t.emu.control('GET', '/requests')).json as { entries: LogEntry[] };
  return log.entries
    .filter((entry) => entry.route === route)
    .map((entry) => new URLSearchParams(entry.query));
}

const big = <T>(records: Iterable<T>, size: (record: T) => number, least: number): T => {
  const found = [...records].find((record) => size(record) >= least);
  if (found === undefined) throw new Error(`the emulator has no list of ${least} items`);
  return found;
};

describe('later pages of a list under a parent read in a market', () => {
  it("a playlist's items past its embedded first page are asked in the playlist's market", async () => {
    const playlist = big(t.emu.state.catalog.playlists.values(), (p) => p.items.length, 150);
    await t.clearLog();
    const answer = await t.query(PLAYLIST, { id: playlist.id, market: 'JP' });
    expect(answer.errors).toBeUndefined();
    const pages = [
      ...(await queriesOf('/v1/playlists/{playlist_id}/tracks')),
      ...(await queriesOf('/v1/playlists/{playlist_id}/items')),
    ];
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.get('market')).toBe('JP');
    // Answered for JP: every track past the first page says whether it plays there.
    const nodes = answer.data?.playlist?.items?.nodes ?? [];
    expect(nodes).toHaveLength(150);
    const later = nodes.slice(100).filter((node) => node !== null && 'isPlayable' in node);
    expect(later.length).toBeGreaterThan(0);
    for (const node of later) expect(typeof (node as { isPlayable: unknown }).isPlayable).toBe('boolean');
  });

  it("the list's own market wins over the parent's, for every page", async () => {
    const playlist = big(t.emu.state.catalog.playlists.values(), (p) => p.items.length, 150);
    await t.clearLog();
    const answer = await t.query(PLAYLIST, { id: playlist.id, market: 'JP', own: 'SE' });
    expect(answer.errors).toBeUndefined();
    const pages = [
      ...(await queriesOf('/v1/playlists/{playlist_id}/tracks')),
      ...(await queriesOf('/v1/playlists/{playlist_id}/items')),
    ];
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.get('market')).toBe('SE');
  });

  it("an album's tracks past its embedded 50 are asked in the album's market", async () => {
    const album = big(t.emu.state.catalog.albums.values(), (a) => a.trackIds.length, 60);
    await t.clearLog();
    const answer = await t.query(ALBUM, { id: album.id });
    expect(answer.errors).toBeUndefined();
    const pages = await queriesOf('/v1/albums/{id}/tracks');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.get('market')).toBe('JP');
    const nodes = answer.data?.album?.tracks?.nodes ?? [];
    expect(nodes).toHaveLength(60);
    for (const node of nodes.slice(50)) expect(typeof node?.isPlayable).toBe('boolean');
  });

  it("a show's episodes and an audiobook's chapters past the first page are asked in the parent's market", async () => {
    const show = big(t.emu.state.catalog.shows.values(), (s) => s.episodeIds.length, 60);
    const book = big(t.emu.state.catalog.audiobooks.values(), (b) => b.chapterIds.length, 60);
    await t.clearLog();
    const shown = await t.query(SHOW, { id: show.id });
    const read = await t.query(AUDIOBOOK, { id: book.id });
    expect(shown.errors).toBeUndefined();
    expect(read.errors).toBeUndefined();
    expect(shown.data?.show?.episodes?.nodes).toHaveLength(60);
    expect(read.data?.audiobook?.chapters?.nodes).toHaveLength(60);
    const pages = [
      ...(await queriesOf('/v1/shows/{id}/episodes')),
      ...(await queriesOf('/v1/audiobooks/{id}/chapters')),
    ];
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.get('market')).toBe('JP');
  });
});

describe("a window that starts past the parent's embedded page (v13 attack on issue 7, M1)", () => {
  const playlistPages = async () => [
    ...(await queriesOf('/v1/playlists/{playlist_id}/tracks')),
    ...(await queriesOf('/v1/playlists/{playlist_id}/items')),
  ];

  it.each([
    ['offset 100', { offset: 100 }],
    // The endCursor of offset 99: a client paging on with `after`.
    ['after the cursor at 99', { after: Buffer.from('offset:99').toString('base64') }],
  ])("a playlist's items from %s are asked in the playlist's market", async (_case, window) => {
    const playlist = big(t.emu.state.catalog.playlists.values(), (p) => p.items.length, 110);
    await t.clearLog();
    const answer = await t.query(PAST_PLAYLIST, { id: playlist.id, ...window });
    expect(answer.errors).toBeUndefined();
    const pages = await playlistPages();
    expect(pages.length).toBe(1);
    expect(pages[0]!.get('offset')).toBe('100');
    expect(pages[0]!.get('market')).toBe('JP');
    const nodes = (answer.data?.playlist?.items?.nodes ?? []).filter((node) => node && 'isPlayable' in node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(typeof (node as { isPlayable: unknown }).isPlayable).toBe('boolean');
  });

  it('the same when the playlist itself is read too', async () => {
    const playlist = big(t.emu.state.catalog.playlists.values(), (p) => p.items.length, 110);
    await t.clearLog();
    const answer = await t.query(PAST_PLAYLIST_NAMED, { id: playlist.id });
    expect(answer.errors).toBeUndefined();
    const pages = (await playlistPages()).filter((page) => page.get('offset') === '100');
    expect(pages.length).toBe(1);
    expect(pages[0]!.get('market')).toBe('JP');
  });

  it("album tracks, show episodes and audiobook chapters from offset 50 are asked in the parent's market", async () => {
    const album = big(t.emu.state.catalog.albums.values(), (a) => a.trackIds.length, 55);
    const show = big(t.emu.state.catalog.shows.values(), (s) => s.episodeIds.length, 55);
    const book = big(t.emu.state.catalog.audiobooks.values(), (b) => b.chapterIds.length, 55);
    await t.clearLog();
    const albumAnswer = await t.query(PAST_ALBUM, { id: album.id });
    const showAnswer = await t.query(PAST_SHOW, { id: show.id });
    const bookAnswer = await t.query(PAST_AUDIOBOOK, { id: book.id });
    for (const answer of [albumAnswer.errors, showAnswer.errors, bookAnswer.errors])
      expect(answer).toBeUndefined();
    for (const node of albumAnswer.data?.album?.tracks?.nodes ?? [])
      expect(typeof node?.isPlayable).toBe('boolean');
    for (const route of [
      '/v1/albums/{id}/tracks',
      '/v1/shows/{id}/episodes',
      '/v1/audiobooks/{id}/chapters',
    ]) {
      const pages = await queriesOf(route);
      expect(pages.length, route).toBe(1);
      expect(pages[0]!.get('offset'), route).toBe('50');
      expect(pages[0]!.get('market'), route).toBe('JP');
    }
  });
});
