import { episodeShow } from '../resolvers/audiobooks.js';
import { present, upperWord } from '../resolvers/bad-values.js';
import { loadById, loadByIds } from '../resolvers/catalog.js';
import type { ResumePoint } from '../spotify/endpoints/objects.js';
import { DatePrecisionEnum } from './album.js';
import { builder } from './builder.js';
import { ImageRef } from './common.js';
import { NodeRef } from './node.js';
import { EpisodeRef, isSpotifyType, ShowRef } from './refs.js';

/** Where the signed-in user left an episode or chapter. */
export const ResumePointRef = builder.objectRef<ResumePoint>('ResumePoint').implement({
  description:
    'Where the signed-in user left off (only with a user token that has the user-read-playback-position scope).',
  fields: (t) => ({
    fullyPlayed: t.boolean({ resolve: (point) => point.fully_played ?? false }),
    resumePositionMs: t.int({ resolve: (point) => point.resume_position_ms ?? 0 }),
  }),
});

EpisodeRef.implement({
  description: 'A podcast episode.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('episode'),
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description', { description: 'Plain text, HTML tags removed.' }),
    htmlDescription: t.exposeString('html_description', { description: 'May contain HTML tags.' }),
    durationMs: t.int({
      nullable: true,
      resolve: (episode) => present(episode.duration_ms, 'Episode.durationMs'),
    }),
    explicit: t.exposeBoolean('explicit'),
    releaseDate: t.string({
      nullable: true,
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, per releaseDatePrecision.',
      resolve: (episode) => present(episode.release_date, 'Episode.releaseDate'),
    }),
    releaseDatePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      resolve: (episode) =>
        upperWord<'YEAR' | 'MONTH' | 'DAY'>(episode.release_date_precision, 'Episode.releaseDatePrecision'),
    }),
    languages: t.stringList({
      description: 'ISO 639 language codes.',
      resolve: (episode) => episode.languages ?? [],
    }),
    images: t.field({ type: [ImageRef], resolve: (episode) => episode.images ?? [] }),
    isPlayable: t.boolean({
      nullable: true,
      description: 'Whether the episode plays in the market asked.',
      resolve: (episode) => episode.is_playable ?? null,
    }),
    isExternallyHosted: t.boolean({ resolve: (episode) => episode.is_externally_hosted ?? false }),
    audioPreviewUrl: t.string({ nullable: true, resolve: (episode) => episode.audio_preview_url ?? null }),
    restrictionReason: t.string({
      nullable: true,
      resolve: (episode) => episode.restrictions?.reason ?? null,
    }),
    resumePoint: t.field({
      type: ResumePointRef,
      nullable: true,
      resolve: (episode) => episode.resume_point ?? null,
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
    description: 'A podcast episode by id or URI.',
    args: { id: t.arg.id({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => loadById(ctx, 'episode', args),
  }),
  episodes: t.field({
    type: [EpisodeRef],
    nullable: { list: false, items: true },
    description:
      'Episodes by id or URI, in order; an unknown one is null with its own error. Batched 50 per Spotify call.',
    args: { ids: t.arg.idList({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => loadByIds(ctx, 'episode', args),
  }),
}));
