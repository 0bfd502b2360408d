import { audiobookChapters, peopleNames } from '../resolvers/audiobooks.js';
import { present, presentList } from '../resolvers/bad-values.js';
import { loadByIdsWithChildren, loadByIdWithChildren } from '../resolvers/catalog.js';
import { isSpotifyType } from '../resolvers/unmodelled.js';
import { builder } from './builder.js';
import { connectionArgs, connectionType, ImageRef, PODCAST_MARKET_DESCRIPTION } from './common.js';
import { describedFields, publisherField, rightsFields } from './described-fields.js';
import { idArg, idsArg } from './id-args.js';
import { NODE_NAME_DESCRIPTION, NodeRef } from './node.js';
import { AudiobookRef, type AudiobookShape, ChapterRef } from './refs.js';

const AudiobookChapterConnection = connectionType('AudiobookChapter', ChapterRef, { withheld: true });

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The audiobook's descriptive fields (authors, narrators, publisher, edition, descriptions, explicit,
 * languages, media type), in the schema's order.
 */
function audiobookDetailFields(t: PothosSchemaTypes.ObjectFieldBuilder<Types, AudiobookShape>) {
  return {
    // Spotify's data beyond the audiobook's identity: each is null with its own error when Spotify's
    // answer lacks it or sends it of another type (src/server/bad-values.ts), its siblings answer.
    authors: t.stringList({
      nullable: { list: true, items: true },
      resolve: (book) => peopleNames(book.authors, 'Audiobook.authors'),
    }),
    narrators: t.stringList({
      nullable: { list: true, items: true },
      resolve: (book) => peopleNames(book.narrators, 'Audiobook.narrators'),
    }),
    ...publisherField(t),
    edition: t.string({
      nullable: true,
      description: 'E.g. Unabridged.',
      resolve: (book) => book.edition ?? null,
    }),
    ...describedFields(t, 'Audiobook'),
    mediaType: t.string({
      nullable: true,
      resolve: (book) => present(book.media_type, 'Audiobook.mediaType'),
    }),
  };
}

AudiobookRef.implement({
  description: 'An audiobook.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('audiobook'),
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: NODE_NAME_DESCRIPTION,
      resolve: (book) => present(book.name, 'Audiobook.name'),
    }),
    ...audiobookDetailFields(t),
    images: t.field({
      type: [ImageRef],
      nullable: { list: true, items: true },
      resolve: (book) => presentList(book.images, 'Audiobook.images'),
    }),
    totalChapters: t.int({
      nullable: true,
      resolve: (book) => present(book.total_chapters, 'Audiobook.totalChapters'),
    }),
    ...rightsFields(t, 'Audiobook', 'audiobook'),
    chapters: t.field({
      nullable: true,
      type: AudiobookChapterConnection,
      description: "The audiobook's chapters, in order.",
      args: {
        ...connectionArgs,
        market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
      },
      resolve: (book, args, ctx, info) => audiobookChapters(ctx, book, args, info),
    }),
  }),
});

builder.queryFields((t) => ({
  audiobook: t.field({
    type: AudiobookRef,
    nullable: true,
    description: 'An audiobook by id, URI or share link.',
    args: {
      id: t.arg.id({ required: true, description: idArg('audiobook') }),
      market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx, info) => loadByIdWithChildren(ctx, 'audiobook', args, info),
  }),
  audiobooks: t.field({
    type: [AudiobookRef],
    nullable: { list: true, items: true },
    description:
      'Audiobooks by id, URI or share link, in order; unknown ones are null, with one SPOTIFY_NOT_FOUND for the list on the first of them (extensions refusedCount, refused). Batched 50 per Spotify call.',
    args: {
      ids: t.arg.idList({ required: true, description: idsArg('audiobook') }),
      market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx, info) => loadByIdsWithChildren(ctx, 'audiobook', args, info),
  }),
}));
