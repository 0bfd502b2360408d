import { chapterAudiobook, chapterById, chaptersByIds } from '../resolvers/audiobooks.js';
import { omittableList, present } from '../resolvers/bad-values.js';
import { isSpotifyType } from '../resolvers/unmodelled.js';
import { audioItemFields } from './audio-item-fields.js';
import { builder } from './builder.js';
import { PODCAST_MARKET_DESCRIPTION } from './common.js';
import { CHAPTER_ID, CHAPTER_IDS } from './id-args.js';
import { NodeRef } from './node.js';
import { AudiobookRef, ChapterRef } from './refs.js';

ChapterRef.implement({
  description: 'A chapter of an audiobook.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('chapter'),
  fields: (t) => ({
    ...audioItemFields(t, 'chapter'),
    chapterNumber: t.int({
      nullable: true,
      description: 'Its place in the audiobook, from 0.',
      resolve: (chapter) => present(chapter.chapter_number, 'Chapter.chapterNumber'),
    }),
    availableMarkets: t.stringList({
      nullable: { list: true, items: true },
      description:
        "Markets where the chapter is available; null when Spotify leaves the list out (it does when a market was given or a user token's country applied, and always for a Development Mode app).",
      resolve: (chapter) => omittableList(chapter.available_markets, 'Chapter.availableMarkets'),
    }),
    audiobook: t.field({
      nullable: true,
      type: AudiobookRef,
      description: 'The audiobook the chapter belongs to (simplified; its fields need no extra call).',
      resolve: (chapter) => chapterAudiobook(chapter),
    }),
  }),
});

builder.queryFields((t) => ({
  chapter: t.field({
    type: ChapterRef,
    nullable: true,
    description:
      "An audiobook chapter by id, URI or share link (spotify:chapter:..., or as Spotify writes a chapter's: spotify:episode:..., https://open.spotify.com/episode/...).",
    args: {
      id: t.arg.id({ required: true, description: CHAPTER_ID }),
      market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx) => chapterById(ctx, args),
  }),
  chapters: t.field({
    type: [ChapterRef],
    nullable: { list: true, items: true },
    description:
      'Chapters by id, URI or share link, in order; unknown ones are null, with one SPOTIFY_NOT_FOUND for the list on the first of them (extensions refusedCount, refused). Batched 50 per Spotify call.',
    args: {
      ids: t.arg.idList({ required: true, description: CHAPTER_IDS }),
      market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx) => chaptersByIds(ctx, args),
  }),
}));
