/**
 * Fields Spotify's February 2026 change removed from what a Development Mode app reads
 * (https://developer.spotify.com/documentation/web-api/references/changes/february-2026): a show's and
 * an audiobook's `publisher`, a track's and an album's `popularity`, an artist's `popularity` and
 * `followers`. Their absence is Spotify's documented answer: null without an error. The emulator's
 * Development app still sends them, so each test takes them out with a fault rule.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'development' });
let showId: string;
let bookId: string;

beforeAll(() => {
  const { catalog } = t.emu.state;
  showId = [...catalog.shows.keys()][0]!;
  bookId = [...catalog.audiobooks.keys()][0]!;
});

describe('a Development Mode app, fields Spotify no longer sends it', () => {
  it("answers a show's and an audiobook's missing publisher as null without an error", async () => {
    await t.fault('GET /v1/shows/{id}', {}, { unset: ['/publisher', '/available_markets'] });
    await t.fault('GET /v1/audiobooks/{id}', {}, { unset: ['/publisher', '/available_markets'] });
    const answer = await t.query(
      graphql(`query DevelopmentRemovedPublisher($show: ID!, $book: ID!) {
        show(id: $show) { name publisher } audiobook(id: $book) { name publisher } }`),
      { show: showId, book: bookId },
      { token: t.alice },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.show).toEqual({ name: expect.any(String), publisher: null });
    expect(answer.data?.audiobook).toEqual({ name: expect.any(String), publisher: null });
  });
});
