import { load, loadMany, loadShowsWithEpisodes, selects } from '../resolvers/catalog.js';
import { checkMarket, eachId, idOf } from '../resolvers/ids.js';
import { embeddedConnection } from '../resolvers/paging.js';
import type { Show, SimplifiedEpisode } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import { CopyrightRef, connectionArgs, connectionType, ImageRef } from './common.js';
import { NodeRef } from './node.js';
import { EpisodeRef, isSpotifyType, ShowRef } from './refs.js';

const ShowEpisodeConnection = connectionType('ShowEpisode', EpisodeRef);

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
      resolve: async (show, args, ctx) => {
        const market = checkMarket(args.market);
        // A full show (Development Mode loads shows one by one, in full) holds the first page already.
        // Batched shows come simplified, so loading one for its page would cost a call, not save one.
        const embedded = 'episodes' in show ? (show as Show).episodes : undefined;
        return embeddedConnection<SimplifiedEpisode>(
          args,
          50,
          market === undefined ? embedded : undefined,
          (offset, limit) => ctx.api.shows.getEpisodes(show.id, ctx.opts({ offset, limit, market })),
          show,
        );
      },
    }),
  }),
});

builder.queryFields((t) => ({
  show: t.field({
    type: ShowRef,
    nullable: true,
    description: 'A podcast show by id or URI.',
    args: { id: t.arg.string({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx, info) => {
      const id = idOf('show', args.id);
      const market = checkMarket(args.market);
      return selects(info, 'episodes')
        ? loadShowsWithEpisodes(ctx, [id], market)[0]!
        : load(ctx, 'show', id, market);
    },
  }),
  shows: t.field({
    type: [ShowRef],
    nullable: { list: false, items: true },
    description:
      'Shows by id or URI, in order; an unknown one is null with its own error. Batched 50 per Spotify call, or one call per show when the query asks for episodes (the batch answer has none).',
    args: { ids: t.arg.stringList({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx, info) => {
      const ids = eachId(args.ids, (id, i) => idOf('show', id, `ids[${i}]`));
      const market = checkMarket(args.market);
      return selects(info, 'episodes')
        ? loadShowsWithEpisodes(ctx, ids, market)
        : loadMany(ctx, 'show', ids, market);
    },
  }),
}));
