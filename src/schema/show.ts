import { present, presentList } from '../resolvers/bad-values.js';
import { showById, showEpisodes, showsByIds } from '../resolvers/shows.js';
import { isSpotifyType } from '../resolvers/unmodelled.js';
import { builder } from './builder.js';
import { connectionArgs, connectionType, ImageRef, PODCAST_MARKET_DESCRIPTION } from './common.js';
import { describedFields, publisherField, rightsFields } from './described-fields.js';
import { idArg, idsArg } from './id-args.js';
import { NODE_NAME_DESCRIPTION, NodeRef } from './node.js';
import { EpisodeRef, ShowRef } from './refs.js';

const ShowEpisodeConnection = connectionType('ShowEpisode', EpisodeRef, {
  items: ['episode'],
  withheld: true,
});

ShowRef.implement({
  description: 'A podcast show.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('show'),
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: NODE_NAME_DESCRIPTION,
      resolve: (show) => present(show.name, 'Show.name'),
    }),
    ...publisherField(t),
    ...describedFields(t, 'Show'),
    mediaType: t.string({
      nullable: true,
      description: 'audio, video or mixed.',
      resolve: (show) => present(show.media_type, 'Show.mediaType'),
    }),
    isExternallyHosted: t.boolean({
      nullable: true,
      resolve: (show) => present(show.is_externally_hosted, 'Show.isExternallyHosted'),
    }),
    images: t.field({
      type: [ImageRef],
      nullable: { list: true, items: true },
      resolve: (show) => presentList(show.images, 'Show.images'),
    }),
    totalEpisodes: t.int({
      nullable: true,
      resolve: (show) => present(show.total_episodes, 'Show.totalEpisodes'),
    }),
    ...rightsFields(t, 'Show', 'show'),
    episodes: t.field({
      nullable: true,
      type: ShowEpisodeConnection,
      description: "The show's episodes, newest first.",
      args: {
        ...connectionArgs,
        market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
      },
      resolve: (show, args, ctx, info) => showEpisodes(ctx, show, args, info),
    }),
  }),
});

builder.queryFields((t) => ({
  show: t.field({
    type: ShowRef,
    nullable: true,
    description: 'A podcast show by id, URI or share link.',
    args: {
      id: t.arg.id({ required: true, description: idArg('show') }),
      market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx, info) => showById(ctx, args, info),
  }),
  shows: t.field({
    type: [ShowRef],
    nullable: { list: true, items: true },
    description:
      'Shows by id, URI or share link, in order; unknown ones are null, with one SPOTIFY_NOT_FOUND for the list on the first of them (extensions refusedCount, refused). Batched 50 per Spotify call, or one call per show when the query asks for episodes (the batch answer has none).',
    args: {
      ids: t.arg.idList({ required: true, description: idsArg('show') }),
      market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx, info) => showsByIds(ctx, args, info),
  }),
}));
