import { load, loadMany } from '../resolvers/catalog.js';
import { checkMarket, eachId, idOf } from '../resolvers/ids.js';
import { embeddedConnection } from '../resolvers/paging.js';
import type { Audiobook, Author, SimplifiedChapter } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import { CopyrightRef, connectionArgs, connectionType, ImageRef } from './common.js';
import { NodeRef } from './node.js';
import { AudiobookRef, ChapterRef, isSpotifyType } from './refs.js';

const AudiobookChapterConnection = connectionType('AudiobookChapter', ChapterRef);

const names = (people: readonly Author[] | undefined): string[] =>
  (people ?? []).flatMap((person) => (person.name ? [person.name] : []));

AudiobookRef.implement({
  description: 'An audiobook.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('audiobook'),
  fields: (t) => ({
    name: t.exposeString('name'),
    authors: t.stringList({ resolve: (book) => names(book.authors) }),
    narrators: t.stringList({ resolve: (book) => names(book.narrators) }),
    publisher: t.exposeString('publisher'),
    edition: t.string({
      nullable: true,
      description: 'E.g. Unabridged.',
      resolve: (book) => book.edition ?? null,
    }),
    description: t.exposeString('description', { description: 'Plain text, HTML tags removed.' }),
    htmlDescription: t.exposeString('html_description', { description: 'May contain HTML tags.' }),
    explicit: t.exposeBoolean('explicit'),
    languages: t.stringList({
      description: 'ISO 639 language codes.',
      resolve: (book) => book.languages ?? [],
    }),
    mediaType: t.exposeString('media_type'),
    images: t.field({ type: [ImageRef], resolve: (book) => book.images ?? [] }),
    totalChapters: t.int({ resolve: (book) => book.total_chapters ?? 0 }),
    copyrights: t.field({ type: [CopyrightRef], resolve: (book) => book.copyrights ?? [] }),
    availableMarkets: t.stringList({ resolve: (book) => book.available_markets ?? [] }),
    chapters: t.field({
      nullable: true,
      type: AudiobookChapterConnection,
      description: "The audiobook's chapters, in order.",
      args: { ...connectionArgs, market: t.arg.string({ required: false }) },
      resolve: async (book, args, ctx) => {
        const market = checkMarket(args.market);
        // Full audiobooks embed their first page of chapters and load 50 per call through the
        // DataLoader: the first chapters of many audiobooks cost one call per 50 books, not one each.
        const full: Audiobook =
          'chapters' in book && book.chapters !== undefined && market === undefined
            ? book
            : await load(ctx, 'audiobook', book.id, market);
        return embeddedConnection<SimplifiedChapter>(
          args,
          50,
          full.chapters,
          (offset, limit) => ctx.api.audiobooks.getChapters(book.id, ctx.opts({ offset, limit, market })),
          full,
        );
      },
    }),
  }),
});

builder.queryFields((t) => ({
  audiobook: t.field({
    type: AudiobookRef,
    nullable: true,
    description: 'An audiobook by id or URI.',
    args: { id: t.arg.string({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) =>
      load(ctx, 'audiobook', idOf('audiobook', args.id), checkMarket(args.market)),
  }),
  audiobooks: t.field({
    type: [AudiobookRef],
    nullable: { list: false, items: true },
    description:
      'Audiobooks by id or URI, in order; an unknown one is null with its own error. Batched 50 per Spotify call.',
    args: { ids: t.arg.stringList({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) =>
      loadMany(
        ctx,
        'audiobook',
        eachId(args.ids, (id, i) => idOf('audiobook', id, `ids[${i}]`)),
        checkMarket(args.market),
      ),
  }),
}));
