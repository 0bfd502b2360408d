import { beforeAll, describe, expect, it } from 'vitest';
import type { AudiobookRecord } from '../../src/emulator/model.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/** A valid base62 id that the catalog does not hold. */
const UNKNOWN_ID = '0000000000000000000000';

describe('audiobooks and chapters (Extended mode)', () => {
  const server = useTestServer({ mode: 'extended' });
  /** The catalog's first audiobook has 60 chapters (see src/emulator/catalog.ts). */
  let longBook: AudiobookRecord;
  beforeAll(async () => {
    longBook = [...server.emu.state.catalog.audiobooks.values()][0]!;
  });

  const bookChapters = async (vars: { id: string; first?: number; after?: string | null }) => {
    const answer = await server.query(
      graphql(`query CatalogAudiobooksChaptersPage($id: ID!, $first: Int, $after: String) {
        audiobook(id: $id) {
          chapters(first: $first, after: $after) {
            totalCount
            nodes { spotifyId chapterNumber audiobook { name } }
            pageInfo { hasNextPage endCursor }
          }
        }
      }`),
      vars,
    );
    return { errors: answer.errors, chapters: answer.data?.audiobook?.chapters };
  };

  it("answers an audiobook's fields from the catalog", async () => {
    const answer = await server.query(
      graphql(`query CatalogAudiobooksFields($id: ID!) {
        audiobook(id: $id) {
          id name authors narrators edition publisher description explicit languages mediaType totalChapters
          copyrights { text type }
        }
      }`),
      { id: `spotify:audiobook:${longBook.id}` },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.audiobook).toEqual({
      id: `spotify:audiobook:${longBook.id}`,
      name: longBook.name,
      authors: longBook.authors,
      narrators: longBook.narrators,
      edition: longBook.edition,
      publisher: longBook.publisher,
      description: longBook.description,
      explicit: longBook.explicit,
      languages: longBook.languages,
      mediaType: longBook.mediaType,
      totalChapters: 60,
      copyrights: longBook.copyrights,
    });
  });

  it("pages 60 chapters: the full audiobook's embedded 50, then one call for the rest", async () => {
    await server.clearLog();
    const answer = await bookChapters({ id: longBook.id, first: 60 });
    expect(answer.errors).toBeUndefined();
    const chapters = answer.chapters!;
    expect(chapters.totalCount).toBe(60);
    expect(chapters.nodes.map((c) => c?.spotifyId)).toEqual(longBook.chapterIds);
    expect(chapters.nodes.map((c) => c?.chapterNumber)).toEqual(longBook.chapterIds.map((_, i) => i));
    expect(chapters.pageInfo.hasNextPage).toBe(false);
    expect(await server.calls()).toEqual({
      'GET /v1/audiobooks': 1,
      'GET /v1/audiobooks/{id}/chapters': 1,
    });
  });

  it('continues after the endCursor with the next chapters', async () => {
    const first = await bookChapters({ id: longBook.id, first: 25 });
    const endCursor = first.chapters!.pageInfo.endCursor;
    const next = await bookChapters({ id: longBook.id, first: 25, after: endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.chapters!.nodes.map((c) => c?.spotifyId)).toEqual(longBook.chapterIds.slice(25, 50));
  });

  it("gives an audiobook's chapters their audiobook without a call for it", async () => {
    const answer = await bookChapters({ id: longBook.id, first: 10 });
    expect(answer.chapters!.nodes.every((c) => c?.audiobook?.name === longBook.name)).toBe(true);
  });

  it('loads the first chapters of several audiobooks with one batch call', async () => {
    const ids = [...server.emu.state.catalog.audiobooks.keys()].slice(0, 5);
    await server.clearLog();
    const answer = await server.query(
      graphql(`query CatalogAudiobooksFirstChapters($ids: [ID!]!) {
        audiobooks(ids: $ids) { chapters(first: 5) { nodes { name } } }
      }`),
      { ids },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.audiobooks?.every((book) => book?.chapters?.nodes.length === 5)).toBe(true);
    expect(await server.calls()).toEqual({ 'GET /v1/audiobooks': 1 });
  });

  it('gives an unknown audiobook its own SPOTIFY_NOT_FOUND error and keeps the others', async () => {
    const answer = await server.query(
      graphql(`query CatalogAudiobooksNames($ids: [ID!]!) { audiobooks(ids: $ids) { name } }`),
      { ids: [UNKNOWN_ID, longBook.id] },
    );
    expect(answer.data?.audiobooks).toEqual([null, { name: longBook.name }]);
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['audiobooks', 0], 'SPOTIFY_NOT_FOUND'],
    ]);
  });

  it("answers a chapter's fields and its audiobook's name with one call", async () => {
    const chapter = server.emu.state.catalog.chapters.get(longBook.chapterIds[2]!)!;
    await server.clearLog();
    const answer = await server.query(
      graphql(`query CatalogAudiobooksChapterFields($id: ID!) {
        chapter(id: $id) {
          id uri name chapterNumber description durationMs explicit releaseDate languages isPlayable
          audiobook { name }
        }
      }`),
      { id: chapter.id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.chapter).toEqual({
      id: `spotify:chapter:${chapter.id}`,
      uri: `spotify:episode:${chapter.id}`,
      name: chapter.name,
      chapterNumber: 2,
      description: chapter.description,
      durationMs: chapter.durationMs,
      explicit: chapter.explicit,
      releaseDate: chapter.releaseDate,
      languages: chapter.languages,
      isPlayable: true,
      audiobook: { name: longBook.name },
    });
    expect(await server.calls()).toEqual({ 'GET /v1/chapters': 1 });
  });

  it('takes chapters by Node id, by the episode URI Spotify gives them, or bare, in one batch', async () => {
    const [a, b, c] = longBook.chapterIds;
    await server.clearLog();
    const answer = await server.query(
      graphql(`query CatalogAudiobooksChapterIds($ids: [ID!]!) { chapters(ids: $ids) { spotifyId } }`),
      { ids: [`spotify:chapter:${a}`, `spotify:episode:${b}`, c!] },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.chapters?.map((ch) => ch?.spotifyId)).toEqual([a, b, c]);
    expect(await server.calls()).toEqual({ 'GET /v1/chapters': 1 });
  });

  it('refuses a malformed chapter id or market with BAD_USER_INPUT before any call', async () => {
    await server.clearLog();
    const badId = await server.query(
      graphql(`query CatalogAudiobooksBadId($ids: [ID!]!) { chapters(ids: $ids) { name } }`),
      { ids: ['spotify:album:xyz'] },
    );
    const badMarket = await server.query(
      graphql(
        `query CatalogAudiobooksBadMarket($id: ID!, $market: String) { audiobook(id: $id, market: $market) { name } }`,
      ),
      { id: longBook.id, market: 'se' },
    );
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badMarket.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await server.calls()).toEqual({});
  });

  it('fetches a chapter through node(id:)', async () => {
    const id = longBook.chapterIds[0]!;
    const answer = await server.query(
      graphql(
        `query CatalogAudiobooksNode($id: ID!) { node(id: $id) { __typename ... on Chapter { chapterNumber } } }`,
      ),
      { id: `spotify:chapter:${id}` },
    );
    expect(answer.data?.node).toEqual({ __typename: 'Chapter', chapterNumber: 0 });
  });
});
