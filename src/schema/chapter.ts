import { fullChapter, load, loadMany } from '../resolvers/catalog.js';
import { checkMarket, eachId, idOf } from '../resolvers/ids.js';
import { parentOf } from '../resolvers/parents.js';
import { DatePrecisionEnum } from './album.js';
import { builder } from './builder.js';
import { ImageRef } from './common.js';
import { ResumePointRef } from './episode.js';
import { NodeRef } from './node.js';
import { AudiobookRef, type AudiobookShape, ChapterRef, isSpotifyType } from './refs.js';

/**
 * A chapter id from a bare id, its Node id (`spotify:chapter:...`) or the URI Spotify gives chapters
 * (`spotify:episode:...`, as its answers type them).
 */
function chapterIdOf(value: string, argument = 'id'): string {
  return value.startsWith('spotify:episode:')
    ? idOf('episode', value, argument)
    : idOf('chapter', value, argument);
}

ChapterRef.implement({
  description: 'A chapter of an audiobook.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('chapter'),
  fields: (t) => ({
    name: t.exposeString('name'),
    chapterNumber: t.exposeInt('chapter_number', { description: 'Its place in the audiobook, from 0.' }),
    description: t.exposeString('description', { description: 'Plain text, HTML tags removed.' }),
    htmlDescription: t.exposeString('html_description', { description: 'May contain HTML tags.' }),
    durationMs: t.exposeInt('duration_ms'),
    explicit: t.exposeBoolean('explicit'),
    releaseDate: t.exposeString('release_date', {
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, per releaseDatePrecision.',
    }),
    releaseDatePrecision: t.field({
      type: DatePrecisionEnum,
      resolve: (chapter) => chapter.release_date_precision.toUpperCase() as 'YEAR' | 'MONTH' | 'DAY',
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
      resolve: async (chapter, _a, ctx) =>
        ('audiobook' in chapter && chapter.audiobook) ||
        parentOf<AudiobookShape>(chapter) ||
        (await fullChapter(ctx, chapter)).audiobook,
    }),
  }),
});

builder.queryFields((t) => ({
  chapter: t.field({
    type: ChapterRef,
    nullable: true,
    description: 'An audiobook chapter by id or URI (spotify:chapter:... or spotify:episode:...).',
    args: { id: t.arg.string({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => load(ctx, 'chapter', chapterIdOf(args.id), checkMarket(args.market)),
  }),
  chapters: t.field({
    type: [ChapterRef],
    nullable: { list: false, items: true },
    description:
      'Chapters by id or URI, in order; an unknown one is null with its own error. Batched 50 per Spotify call.',
    args: { ids: t.arg.stringList({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) =>
      loadMany(
        ctx,
        'chapter',
        eachId(args.ids, (id, i) => chapterIdOf(id, `ids[${i}]`)),
        checkMarket(args.market),
      ),
  }),
}));
