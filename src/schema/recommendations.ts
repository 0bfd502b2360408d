import { presentEntries, presentList } from '../resolvers/bad-values.js';
import { availableMarkets, genreSeeds, recommendations, seedType } from '../resolvers/recommendations.js';
import type { RecommendationSeed, Recommendations } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import { MARKET_DESCRIPTION } from './common.js';
import { idsArg } from './id-args.js';
import { DEVELOPMENT_MODE_REASON } from './node.js';
import { TrackRef } from './refs.js';

const RecommendationRangeInput = builder.inputType('RecommendationRange', {
  description: 'Bounds and a target for one track attribute (bounds filter, the target ranks).',
  fields: (t) => ({
    min: t.float({ required: false }),
    max: t.float({ required: false }),
    target: t.float({ required: false }),
  }),
});

const RecommendationTunablesInput = builder.inputType('RecommendationTunables', {
  description:
    'Track attributes to steer recommendations by. Most are 0 to 1; durationMs, key (0-11), mode (0/1), popularity (0-100), timeSignature and tempo are integers or their own scales.',
  fields: (t) => ({
    acousticness: t.field({ type: RecommendationRangeInput, required: false }),
    danceability: t.field({ type: RecommendationRangeInput, required: false }),
    durationMs: t.field({ type: RecommendationRangeInput, required: false }),
    energy: t.field({ type: RecommendationRangeInput, required: false }),
    instrumentalness: t.field({ type: RecommendationRangeInput, required: false }),
    key: t.field({ type: RecommendationRangeInput, required: false }),
    liveness: t.field({ type: RecommendationRangeInput, required: false }),
    loudness: t.field({ type: RecommendationRangeInput, required: false }),
    mode: t.field({ type: RecommendationRangeInput, required: false }),
    popularity: t.field({ type: RecommendationRangeInput, required: false }),
    speechiness: t.field({ type: RecommendationRangeInput, required: false }),
    tempo: t.field({ type: RecommendationRangeInput, required: false }),
    timeSignature: t.field({ type: RecommendationRangeInput, required: false }),
    valence: t.field({ type: RecommendationRangeInput, required: false }),
  }),
});

const RecommendationSeedRef = builder.objectRef<RecommendationSeed>('RecommendationSeed').implement({
  description: 'A seed and how many tracks it yielded at each step.',
  fields: (t) => ({
    id: t.string({ nullable: true, resolve: (seed) => seed.id ?? null }),
    type: t.string({
      nullable: true,
      description: 'ARTIST, TRACK or GENRE.',
      resolve: seedType,
    }),
    href: t.string({ nullable: true, resolve: (seed) => seed.href ?? null }),
    initialPoolSize: t.int({ nullable: true, resolve: (seed) => seed.initialPoolSize ?? null }),
    afterFilteringSize: t.int({ nullable: true, resolve: (seed) => seed.afterFilteringSize ?? null }),
    afterRelinkingSize: t.int({ nullable: true, resolve: (seed) => seed.afterRelinkingSize ?? null }),
  }),
});

const RecommendationsRef = builder.objectRef<Recommendations>('Recommendations').implement({
  fields: (t) => ({
    seeds: t.field({
      type: [RecommendationSeedRef],
      nullable: { list: true, items: true },
      resolve: (r) => presentList(r.seeds, 'Recommendations.seeds'),
    }),
    tracks: t.field({
      type: [TrackRef],
      nullable: { list: true, items: true },
      // An entry's error object is that entry's null and error (GraphQL completes it so).
      resolve: (r) => presentEntries(r.tracks, 'Recommendations.tracks') as Recommendations['tracks'],
    }),
  }),
});

// Deprecated fields are nullable: failing in Development Mode, they leave the rest of the response intact.
builder.queryFields((t) => ({
  recommendations: t.field({
    type: RecommendationsRef,
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'Tracks like the seeds (1 to 5 in all across artists, genres and tracks).',
    args: {
      seedArtists: t.arg.idList({ required: false, description: idsArg('artist') }),
      seedGenres: t.arg.stringList({ required: false, description: 'Genres from `genreSeeds`.' }),
      seedTracks: t.arg.idList({ required: false, description: idsArg('track') }),
      limit: t.arg.int({ required: false, description: 'How many tracks, 1 to 100 (default 20).' }),
      market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }),
      tunables: t.arg({ type: RecommendationTunablesInput, required: false }),
    },
    resolve: (_root, args, ctx) => recommendations(ctx, args),
  }),
  genreSeeds: t.stringList({
    nullable: { list: true, items: true },
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'The genres `recommendations(seedGenres:)` accepts.',
    resolve: (_root, _args, ctx) => genreSeeds(ctx),
  }),
  markets: t.stringList({
    nullable: { list: true, items: true },
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'Markets where Spotify is available (ISO 3166-1 alpha-2 codes).',
    resolve: (_root, _args, ctx) => availableMarkets(ctx),
  }),
}));
