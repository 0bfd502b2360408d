import type { MarketOptions, RequestExecutor } from './executor.js';
import type { Episode } from './objects.js';
import { endpoints } from './table.js';

/** Podcast episodes: one and several. Saved episodes live in `library`. */
export class EpisodesEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /episodes/{id}`. */
  getOne(id: string, options: MarketOptions = {}): Promise<Episode> {
    return this.client.request(endpoints.getAnEpisode, { ...options, id });
  }

  /** Any number of episodes in the order of `ids` (null for unknown ids): 50 per call, or one by one. */
  getSeveral(ids: readonly string[], options: MarketOptions = {}): Promise<(Episode | null)[]> {
    return this.client.requestMany(endpoints.getMultipleEpisodes, endpoints.getAnEpisode, ids, {
      ...options,
    });
  }
}
