import { episodeShow } from '../resolvers/audiobooks.js';
import { present } from '../resolvers/bad-values.js';
import { loadById, loadByIds } from '../resolvers/catalog.js';
import { isSpotifyType } from '../resolvers/unmodelled.js';
import { audioItemFields } from './audio-item-fields.js';
import { builder } from './builder.js';
import { PODCAST_MARKET_DESCRIPTION } from './common.js';
import { idArg, idsArg } from './id-args.js';
import { NodeRef } from './node.js';
import { EpisodeRef, ShowRef } from './refs.js';

EpisodeRef.implement({
  description: 'A podcast episode.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('episode'),
  fields: (t) => ({
    ...audioItemFields(t, 'episode'),
    isExternallyHosted: t.boolean({
      nullable: true,
      resolve: (episode) => present(episode.is_externally_hosted, 'Episode.isExternallyHosted'),
    }),
    show: t.field({
      nullable: true,
      type: ShowRef,
      description: 'The show the episode belongs to (a simplified show; its fields need no extra call).',
      resolve: (episode, _a, ctx) => episodeShow(ctx, episode),
    }),
  }),
});

builder.queryFields((t) => ({
  episode: t.field({
    type: EpisodeRef,
    nullable: true,
    description: 'A podcast episode by id, URI or share link.',
    args: {
      id: t.arg.id({ required: true, description: idArg('episode') }),
      market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx) => loadById(ctx, 'episode', args),
  }),
  episodes: t.field({
    type: [EpisodeRef],
    nullable: { list: true, items: true },
    description:
      'Episodes by id, URI or share link, in order; unknown ones are null, with one SPOTIFY_NOT_FOUND for the list on the first of them (extensions refusedCount, refused). Batched 50 per Spotify call.',
    args: {
      ids: t.arg.idList({ required: true, description: idsArg('episode') }),
      market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx) => loadByIds(ctx, 'episode', args),
  }),
}));
