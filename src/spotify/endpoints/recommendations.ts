import type { CallOptions, MarketOptions, RequestExecutor } from './executor.js';
import type { Recommendations } from './objects.js';
import { endpoints } from './table.js';

/** The track attributes recommendations can be tuned by. */
type Tunable =
  | 'acousticness'
  | 'danceability'
  | 'durationMs'
  | 'energy'
  | 'instrumentalness'
  | 'key'
  | 'liveness'
  | 'loudness'
  | 'mode'
  | 'popularity'
  | 'speechiness'
  | 'tempo'
  | 'timeSignature'
  | 'valence';

/** `minEnergy`, `maxTempo`, `targetValence`, ...: bounds as the table states (most 0 to 1). */
export type TunableOptions = { [K in `${'min' | 'max' | 'target'}${Capitalize<Tunable>}`]?: number };

export type RecommendationsOptions = MarketOptions &
  TunableOptions & {
    /** Up to 5 seeds in total across artists, genres and tracks; at least one is needed. */
    seedArtists?: readonly string[];
    seedGenres?: readonly string[];
    seedTracks?: readonly string[];
    /** 1 to 100 (default 20). */
    limit?: number;
  };

/** Recommendations and their genre seeds. Extended Quota apps only (removed for others in 2024). */
export class RecommendationsEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /recommendations`. */
  get(options: RecommendationsOptions): Promise<Recommendations> {
    return this.client.request(endpoints.getRecommendations, { ...options });
  }

  /** `GET /recommendations/available-genre-seeds`. */
  async genreSeeds(options: CallOptions = {}): Promise<string[]> {
    const answer = await this.client.request<{ genres: string[] }>(endpoints.getRecommendationGenres, {
      ...options,
    });
    return answer.genres;
  }
}
