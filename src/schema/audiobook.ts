import { audiobookChapters } from '../resolvers/audiobooks.js';
import { loadById, loadByIds } from '../resolvers/catalog.js';
import { withChildLoads } from '../resolvers/child-loads.js';
import { withSelection } from '../resolvers/selection.js';
import type { Author } from '../spotify/endpoints/objects.js';
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
      resolve: (book, args, ctx, info) => audiobookChapters(ctx, book, withSelection(args, info)),
    }),
  }),
});

builder.queryFields((t) => ({
  audiobook: t.field({
    type: AudiobookRef,
    nullable: true,
    description: 'An audiobook by id or URI.',
    args: { id: t.arg.id({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx, info) =>
      withChildLoads(ctx, info, 'audiobook', args, () => loadById(ctx, 'audiobook', args)),
  }),
  audiobooks: t.field({
    type: [AudiobookRef],
    nullable: { list: false, items: true },
    description:
      'Audiobooks by id or URI, in order; an unknown one is null with its own error. Batched 50 per Spotify call.',
    args: { ids: t.arg.idList({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx, info) =>
      withChildLoads(ctx, info, 'audiobook', args, () => loadByIds(ctx, 'audiobook', args)),
  }),
}));
