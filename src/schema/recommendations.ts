import { badInput } from '../resolvers/errors.js';
import { checkMarket, checkRange, idOf } from '../resolvers/ids.js';
import type { RecommendationSeed, Recommendations } from '../spotify/endpoints/objects.js';
import type { RecommendationsOptions } from '../spotify/endpoints/recommendations.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { builder } from './builder.js';
import { DEVELOPMENT_MODE_REASON } from './node.js';
import { TrackRef } from './refs.js';

/** Spotify takes 1 to 5 seeds in all, across artists, genres and tracks. */
const MAX_SEEDS = 5;
const GENRE = /^[a-z0-9-]{1,64}$/;

const TUNABLES = [
  'acousticness',
  'danceability',
  'durationMs',
  'energy',
  'instrumentalness',
  'key',
  'liveness',
  'loudness',
  'mode',
  'popularity',
  'speechiness',
  'tempo',
  'timeSignature',
  'valence',
] as const;
type Tunable = (typeof TUNABLES)[number];
const KINDS = ['min', 'max', 'target'] as const;

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

type Range =
  | { min?: number | null | undefined; max?: number | null | undefined; target?: number | null | undefined }
  | null
  | undefined;

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The tunables as client options (`minEnergy`, ...), each checked against the endpoint's bounds. */
function tunableOptions(tunables: { [K in Tunable]?: Range } | null | undefined): Record<string, number> {
  const options: Record<string, number> = {};
  for (const name of TUNABLES) {
    const range = tunables?.[name];
    for (const kind of KINDS) {
      const value = range?.[kind];
      if (value === null || value === undefined) continue;
      const param = endpoints.getRecommendations.params.find((p) => p.name === `${kind}_${snake(name)}`);
      const argument = `tunables.${name}.${kind}`;
      if (param?.type === 'integer' && !Number.isInteger(value))
        throw badInput(`${argument} must be an integer, got ${value}`, argument);
      if ((param?.min !== undefined && value < param.min) || (param?.max !== undefined && value > param.max))
        throw badInput(`${argument} must be between ${param.min ?? '-∞'} and ${param.max ?? '∞'}`, argument);
      options[`${kind}${name[0]!.toUpperCase()}${name.slice(1)}`] = value;
    }
  }
  return options;
}

const RecommendationSeedRef = builder.objectRef<RecommendationSeed>('RecommendationSeed').implement({
  description: 'A seed and how many tracks it yielded at each step.',
  fields: (t) => ({
    id: t.string({ nullable: true, resolve: (seed) => seed.id ?? null }),
    type: t.string({
      nullable: true,
      description: 'ARTIST, TRACK or GENRE.',
      resolve: (seed) => seed.type?.toUpperCase() ?? null,
    }),
    href: t.string({ nullable: true, resolve: (seed) => seed.href ?? null }),
    initialPoolSize: t.int({ nullable: true, resolve: (seed) => seed.initialPoolSize ?? null }),
    afterFilteringSize: t.int({ nullable: true, resolve: (seed) => seed.afterFilteringSize ?? null }),
    afterRelinkingSize: t.int({ nullable: true, resolve: (seed) => seed.afterRelinkingSize ?? null }),
  }),
});

const RecommendationsRef = builder.objectRef<Recommendations>('Recommendations').implement({
  fields: (t) => ({
    seeds: t.field({ type: [RecommendationSeedRef], resolve: (r) => r.seeds ?? [] }),
    tracks: t.field({
      type: [TrackRef],
      nullable: { list: false, items: true },
      resolve: (r) => (r.tracks ?? []).map((track) => track ?? null),
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
      seedArtists: t.arg.stringList({ required: false, description: 'Artist ids or URIs.' }),
      seedGenres: t.arg.stringList({ required: false, description: 'Genres from `genreSeeds`.' }),
      seedTracks: t.arg.stringList({ required: false, description: 'Track ids or URIs.' }),
      limit: t.arg.int({ required: false, description: 'How many tracks, 1 to 100 (default 20).' }),
      market: t.arg.string({ required: false }),
      tunables: t.arg({ type: RecommendationTunablesInput, required: false }),
    },
    resolve: (_root, args, ctx) => {
      const seedArtists = (args.seedArtists ?? []).map((id, i) => idOf('artist', id, `seedArtists[${i}]`));
      const seedTracks = (args.seedTracks ?? []).map((id, i) => idOf('track', id, `seedTracks[${i}]`));
      const seedGenres = (args.seedGenres ?? []).map((genre, i) => {
        if (!GENRE.test(genre)) throw badInput(`seedGenres[${i}] is not a genre seed`, `seedGenres[${i}]`);
        return genre;
      });
      const seeds = seedArtists.length + seedTracks.length + seedGenres.length;
      if (seeds < 1 || seeds > MAX_SEEDS) {
        throw badInput(
          `Give 1 to ${MAX_SEEDS} seeds in all (artists, genres, tracks), got ${seeds}`,
          'seeds',
        );
      }
      const limit = args.limit === null || args.limit === undefined ? undefined : args.limit;
      if (limit !== undefined) checkRange(limit, 1, 100, 'limit');
      const market = checkMarket(args.market);
      const options: RecommendationsOptions = {
        ...tunableOptions(args.tunables),
        ...(seedArtists.length > 0 ? { seedArtists } : {}),
        ...(seedGenres.length > 0 ? { seedGenres } : {}),
        ...(seedTracks.length > 0 ? { seedTracks } : {}),
        ...(limit === undefined ? {} : { limit }),
        ...(market === undefined ? {} : { market }),
        authToken: ctx.token,
      };
      return ctx.api.recommendations.get(options);
    },
  }),
  genreSeeds: t.stringList({
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'The genres `recommendations(seedGenres:)` accepts.',
    resolve: (_root, _args, ctx) => ctx.api.recommendations.genreSeeds({ authToken: ctx.token }),
  }),
  markets: t.stringList({
    nullable: true,
    deprecationReason: DEVELOPMENT_MODE_REASON,
    description: 'Markets where Spotify is available (ISO 3166-1 alpha-2 codes).',
    resolve: (_root, _args, ctx) => ctx.api.markets.getAvailable({ authToken: ctx.token }),
  }),
}));
