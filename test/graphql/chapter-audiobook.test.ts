import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useCostProbe } from '../helpers/cost-probe.js';

/**
 * A chapter's audiobook costs no call of its own. Spotify sends chapters without `audiobook`
 * (SimplifiedChapterObject) only in an audiobook's chapter pages, whose items know their audiobook;
 * every other answer (chapter(id:), the player, playlists) holds a ChapterObject, which carries it
 * (reference spec). The estimate counted a chapter load for `Chapter.audiobook` under an audiobook's
 * chapters, for a load no answer needs: it now counts the calls made. Two parents each, so that the
 * probe (limit 1) states its estimate.
 */

const BOOK_CHAPTERS = graphql(`query ChapterAudiobookFromBook($a: ID!, $b: ID!) {
  a: audiobook(id: $a) { name chapters(first: 10) { nodes { name audiobook { name } } } }
  b: audiobook(id: $b) { name chapters(first: 10) { nodes { name audiobook { name } } } }
}`);
const CHAPTERS_BY_ID = graphql(`query ChapterAudiobookById($a: ID!, $b: ID!) {
  a: chapter(id: $a) { name audiobook { name } }
  b: chapter(id: $b) { name audiobook { name } }
}`);

for (const mode of ['extended', 'development'] as const) {
  describe(`a chapter's audiobook, ${mode}`, () => {
    const { t, alice, estimateOf, callsOf } = useCostProbe(mode);

    it("under an audiobook's chapters: the audiobooks' calls alone, estimated at those", async () => {
      const [a, b] = [...t.emu.state.catalog.audiobooks.values()];
      const ids = { a: a!.id, b: b!.id };
      const calls = await callsOf(BOOK_CHAPTERS, ids);
      expect(calls).toEqual(
        mode === 'extended' ? { 'GET /v1/audiobooks': 1 } : { 'GET /v1/audiobooks/{id}': 2 },
      );
      const answer = await t.query(BOOK_CHAPTERS, ids, { token: alice() });
      expect(answer.data?.a?.chapters?.nodes.map((chapter) => chapter?.audiobook?.name)).toEqual(
        new Array(10).fill(a!.name),
      );
      expect(answer.data?.b?.chapters?.nodes.map((chapter) => chapter?.audiobook?.name)).toEqual(
        new Array(10).fill(b!.name),
      );
      expect(await estimateOf(BOOK_CHAPTERS, ids)).toBe(2);
    });

    it("by id: the chapters' calls alone, their audiobooks from their own objects", async () => {
      const [a, b] = [...t.emu.state.catalog.chapters.values()];
      const ids = { a: a!.id, b: b!.id };
      const calls = await callsOf(CHAPTERS_BY_ID, ids);
      expect(calls).toEqual(mode === 'extended' ? { 'GET /v1/chapters': 1 } : { 'GET /v1/chapters/{id}': 2 });
      const answer = await t.query(CHAPTERS_BY_ID, ids, { token: alice() });
      const bookOf = (chapter: typeof a) => t.emu.state.catalog.audiobooks.get(chapter!.audiobookId)!.name;
      expect(answer.data?.a?.audiobook?.name).toBe(bookOf(a));
      expect(answer.data?.b?.audiobook?.name).toBe(bookOf(b));
      expect(await estimateOf(CHAPTERS_BY_ID, ids)).toBe(2);
    });
  });
}
