import type { RecommendationSeed, Recommendations } from '../spotify/endpoints/objects.js';
import type { RecommendationsOptions } from '../spotify/endpoints/recommendations.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { toSnakeCase } from '../spotify/params.js';
import type { GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { checkMarket, checkRange, eachChecked, idOf } from './ids.js';
import { loadKey, loadOnce } from './request-loads.js';

/** Spotify takes 1 to 5 seeds in all, across artists, genres and tracks. */
const MAX_SEEDS = 5;
const GENRE = /^[a-z0-9-]{1,64}$/;

/** The track attributes recommendations can be steered by (the schema's RecommendationTunables). */
export const TUNABLES = [
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

type Range =
  | { min?: number | null | undefined; max?: number | null | undefined; target?: number | null | undefined }
  | null
  | undefined;

export interface RecommendationsArgs {
  seedArtists?: readonly (string | number)[] | null | undefined;
  seedGenres?: readonly string[] | null | undefined;
  seedTracks?: readonly (string | number)[] | null | undefined;
  limit?: number | null | undefined;
  market?: string | null | undefined;
  tunables?: { [K in Tunable]?: Range } | null | undefined;
}

/** One bound of a tunable, checked against the endpoint's bounds for its parameter. */
function checkTunable(name: Tunable, kind: (typeof KINDS)[number], value: number): void {
  const param = endpoints.getRecommendations.params.find((p) => p.name === `${kind}_${toSnakeCase(name)}`);
  const argument = `tunables.${name}.${kind}`;
  if (param?.type === 'integer' && !Number.isInteger(value))
    throw badInput(`${argument} must be an integer, got ${value}`, argument);
  if ((param?.min !== undefined && value < param.min) || (param?.max !== undefined && value > param.max))
    throw badInput(`${argument} must be between ${param.min ?? '-∞'} and ${param.max ?? '∞'}`, argument);
}

/** The tunables as client options (`minEnergy`, ...), each checked against the endpoint's bounds. */
function tunableOptions(tunables: RecommendationsArgs['tunables']): Record<string, number> {
  const options: Record<string, number> = {};
  for (const name of TUNABLES) {
    const range = tunables?.[name];
    for (const kind of KINDS) {
      const value = range?.[kind];
      if (value === null || value === undefined) continue;
      checkTunable(name, kind, value);
      options[`${kind}${name[0]!.toUpperCase()}${name.slice(1)}`] = value;
    }
  }
  return options;
}

/** The seeds, validated: artist and track ids or URIs, genre names; 1 to 5 in all. */
function seedsOf(args: RecommendationsArgs) {
  // Counted before any seed is read: an over-long list is one error and no work per entry.
  const seeds =
    (args.seedArtists ?? []).length + (args.seedTracks ?? []).length + (args.seedGenres ?? []).length;
  if (seeds < 1 || seeds > MAX_SEEDS) {
    throw badInput(`Give 1 to ${MAX_SEEDS} seeds in all (artists, genres, tracks), got ${seeds}`, 'seeds');
  }
  const seedArtists = eachChecked(
    (args.seedArtists ?? []).map(String),
    (id, i) => idOf('artist', id, `seedArtists[${i}]`),
    'seedArtists',
  );
  const seedTracks = eachChecked(
    (args.seedTracks ?? []).map(String),
    (id, i) => idOf('track', id, `seedTracks[${i}]`),
    'seedTracks',
  );
  const seedGenres = (args.seedGenres ?? []).map((genre, i) => {
    if (!GENRE.test(genre)) throw badInput(`seedGenres[${i}] is not a genre seed`, `seedGenres[${i}]`);
    return genre;
  });
  return {
    ...(seedArtists.length > 0 ? { seedArtists } : {}),
    ...(seedGenres.length > 0 ? { seedGenres } : {}),
    ...(seedTracks.length > 0 ? { seedTracks } : {}),
  };
}

/**
 * `recommendations` (Extended Quota apps only): the arguments validated, then one call per arguments
 * in a request; concurrent app-token requests with the same arguments share the call in flight. Not
 * kept for later requests: Spotify may answer the same seeds differently from one call to the next (a
 * kept answer would freeze them for the catalog cache's TTL), and a user token's answer (market
 * `from_token`: the user's country) is never shared (no catalog cache for user tokens).
 */
export function recommendations(ctx: GraphQLContext, args: RecommendationsArgs): Promise<Recommendations> {
  const seeds = seedsOf(args);
  const limit = args.limit === null || args.limit === undefined ? undefined : args.limit;
  if (limit !== undefined) checkRange(limit, 1, 100, 'limit');
  const market = checkMarket(args.market);
  const options: Omit<RecommendationsOptions, 'authToken' | 'signal'> = {
    ...tunableOptions(args.tunables),
    ...seeds,
    ...(limit === undefined ? {} : { limit }),
    ...(market === undefined ? {} : { market }),
  };
  return loadOnce(
    ctx,
    loadKey(endpoints.getRecommendations.id, options),
    (signal) => ctx.api.recommendations.get({ ...options, ...withSignal(ctx, signal) }),
    { catalog: true, keep: false },
  );
}

/** The request's token, and a shared load's own signal when there is one (see SharedFetch). */
const withSignal = (ctx: GraphQLContext, signal: AbortSignal | undefined) =>
  signal === undefined ? { authToken: ctx.token } : { authToken: ctx.token, signal };

/**
 * `genreSeeds` (Extended Quota apps only): the same list for every caller, whatever the token (Spotify's
 * genre seeds depend on no user nor market). Once per request; with the app token shared in flight
 * between requests and kept in the catalog cache (CATALOG_CACHE_TTL_S, as other catalog data).
 */
export const genreSeeds = (ctx: GraphQLContext): Promise<string[]> =>
  loadOnce(
    ctx,
    loadKey(endpoints.getRecommendationGenres.id),
    (signal) => ctx.api.recommendations.genreSeeds(withSignal(ctx, signal)),
    { catalog: true },
  );

/**
 * `markets` (Extended Quota apps only): the markets where Spotify is available, the same for every
 * caller whatever the token. Once per request; with the app token shared in flight between requests and
 * kept in the catalog cache (CATALOG_CACHE_TTL_S, as other catalog data).
 */
export const availableMarkets = (ctx: GraphQLContext): Promise<string[]> =>
  loadOnce(
    ctx,
    loadKey(endpoints.getAvailableMarkets.id),
    (signal) => ctx.api.markets.getAvailable(withSignal(ctx, signal)),
    { catalog: true },
  );

/** A seed's type in GraphQL's capitals (ARTIST, TRACK, GENRE); null when Spotify sent none. */
export const seedType = (seed: RecommendationSeed): string | null => seed.type?.toUpperCase() ?? null;
