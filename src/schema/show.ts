import { withChildLoads } from '../resolvers/child-loads.js';
import { withSelection } from '../resolvers/selection.js';
import { showById, showEpisodes, showsByIds } from '../resolvers/shows.js';
import { builder } from './builder.js';
import { CopyrightRef, connectionArgs, connectionType, ImageRef } from './common.js';
import { NodeRef } from './node.js';
import { EpisodeRef, isSpotifyType, ShowRef } from './refs.js';

const ShowEpisodeConnection = connectionType('ShowEpisode', EpisodeRef, { items: ['episode'] });

ShowRef.implement({
  description: 'A podcast show.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('show'),
  fields: (t) => ({
    name: t.exposeString('name'),
    publisher: t.exposeString('publisher'),
    description: t.exposeString('description', { description: 'Plain text, HTML tags removed.' }),
    htmlDescription: t.exposeString('html_description', { description: 'May contain HTML tags.' }),
    explicit: t.exposeBoolean('explicit'),
    languages: t.stringList({
      description: 'ISO 639 language codes.',
      resolve: (show) => show.languages ?? [],
    }),
    mediaType: t.exposeString('media_type', { description: 'audio, video or mixed.' }),
    isExternallyHosted: t.boolean({ resolve: (show) => show.is_externally_hosted ?? false }),
    images: t.field({ type: [ImageRef], resolve: (show) => show.images ?? [] }),
    totalEpisodes: t.int({ resolve: (show) => show.total_episodes ?? 0 }),
    copyrights: t.field({ type: [CopyrightRef], resolve: (show) => show.copyrights ?? [] }),
    availableMarkets: t.stringList({ resolve: (show) => show.available_markets ?? [] }),
    episodes: t.field({
      nullable: true,
      type: ShowEpisodeConnection,
      description: "The show's episodes, newest first.",
      args: { ...connectionArgs, market: t.arg.string({ required: false }) },
      resolve: (show, args, ctx, info) => showEpisodes(ctx, show, withSelection(args, info)),
    }),
  }),
});

builder.queryFields((t) => ({
  show: t.field({
    type: ShowRef,
    nullable: true,
    description: 'A podcast show by id or URI.',
    args: { id: t.arg.id({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx, info) =>
      withChildLoads(ctx, info, 'show', args, () => showById(ctx, args, info)),
  }),
  shows: t.field({
    type: [ShowRef],
    nullable: { list: false, items: true },
    description:
      'Shows by id or URI, in order; an unknown one is null with its own error. Batched 50 per Spotify call, or one call per show when the query asks for episodes (the batch answer has none).',
    args: { ids: t.arg.idList({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx, info) =>
      withChildLoads(ctx, info, 'show', args, () => showsByIds(ctx, args, info)),
  }),
}));
