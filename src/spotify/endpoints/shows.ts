import type { MarketOptions, MarketPageOptions, RequestExecutor } from './executor.js';
import type { Page, Show, SimplifiedEpisode, SimplifiedShow } from './objects.js';
import { endpoints } from './table.js';

/** Podcast shows: one, several, and a show's episodes. */
export class ShowsEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /shows/{id}`. */
  getOne(id: string, options: MarketOptions = {}): Promise<Show> {
    return this.client.request(endpoints.getAShow, { ...options, id });
  }

  /**
   * Any number of shows in the order of `ids` (null for unknown ids): 50 per call (simplified shows),
   * or one by one in Development Mode (full shows, which include the simplified fields).
   */
  getSeveral(ids: readonly string[], options: MarketOptions = {}): Promise<(SimplifiedShow | null)[]> {
    return this.client.requestMany(endpoints.getMultipleShows, endpoints.getAShow, ids, { ...options });
  }

  /**
   * `GET /shows/{id}/episodes`; `limit` 1 to 50. An entry is null for an episode Spotify hides
   * (spotify-web-api-ts-sdk#141).
   */
  getEpisodes(id: string, options: MarketPageOptions = {}): Promise<Page<SimplifiedEpisode | null>> {
    return this.client.request(endpoints.getAShowsEpisodes, { ...options, id });
  }
}
