import { chapterAudiobook, chapterById, chaptersByIds } from '../resolvers/audiobooks.js';
import { present, upperWord } from '../resolvers/bad-values.js';
import { DatePrecisionEnum } from './album.js';
import { builder } from './builder.js';
import { ImageRef } from './common.js';
import { ResumePointRef } from './episode.js';
import { NodeRef } from './node.js';
import { AudiobookRef, ChapterRef, isSpotifyType } from './refs.js';

ChapterRef.implement({
  description: 'A chapter of an audiobook.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('chapter'),
  fields: (t) => ({
    name: t.exposeString('name'),
    chapterNumber: t.exposeInt('chapter_number', { description: 'Its place in the audiobook, from 0.' }),
    description: t.exposeString('description', { description: 'Plain text, HTML tags removed.' }),
    htmlDescription: t.exposeString('html_description', { description: 'May contain HTML tags.' }),
    durationMs: t.int({
      nullable: true,
      resolve: (chapter) => present(chapter.duration_ms, 'Chapter.durationMs'),
    }),
    explicit: t.exposeBoolean('explicit'),
    releaseDate: t.string({
      nullable: true,
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, per releaseDatePrecision.',
      resolve: (chapter) => present(chapter.release_date, 'Chapter.releaseDate'),
    }),
    releaseDatePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      resolve: (chapter) =>
        upperWord<'YEAR' | 'MONTH' | 'DAY'>(chapter.release_date_precision, 'Chapter.releaseDatePrecision'),
    }),
    languages: t.stringList({
      description: 'ISO 639 language codes.',
      resolve: (chapter) => chapter.languages ?? [],
    }),
    images: t.field({ type: [ImageRef], resolve: (chapter) => chapter.images ?? [] }),
    availableMarkets: t.stringList({
      description: 'Markets where the chapter is available (empty when a market was given).',
      resolve: (chapter) => chapter.available_markets ?? [],
    }),
    isPlayable: t.boolean({
      nullable: true,
      description: 'Whether the chapter plays in the market asked.',
      resolve: (chapter) => chapter.is_playable ?? null,
    }),
    audioPreviewUrl: t.string({ nullable: true, resolve: (chapter) => chapter.audio_preview_url ?? null }),
    restrictionReason: t.string({
      nullable: true,
      resolve: (chapter) => chapter.restrictions?.reason ?? null,
    }),
    resumePoint: t.field({
      type: ResumePointRef,
      nullable: true,
      resolve: (chapter) => chapter.resume_point ?? null,
    }),
    audiobook: t.field({
      nullable: true,
      type: AudiobookRef,
      description: 'The audiobook the chapter belongs to (simplified; its fields need no extra call).',
      resolve: (chapter, _a, ctx) => chapterAudiobook(ctx, chapter),
    }),
  }),
});

builder.queryFields((t) => ({
  chapter: t.field({
    type: ChapterRef,
    nullable: true,
    description: 'An audiobook chapter by id or URI (spotify:chapter:... or spotify:episode:...).',
    args: { id: t.arg.id({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => chapterById(ctx, args),
  }),
  chapters: t.field({
    type: [ChapterRef],
    nullable: { list: false, items: true },
    description:
      'Chapters by id or URI, in order; an unknown one is null with its own error. Batched 50 per Spotify call.',
    args: { ids: t.arg.idList({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => chaptersByIds(ctx, args),
  }),
}));
