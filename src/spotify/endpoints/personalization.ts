import type { PageOptions, RequestExecutor } from './executor.js';
import type { Artist, Page, Track } from './objects.js';
import { endpoints } from './table.js';

export type TimeRange = 'short_term' | 'medium_term' | 'long_term';

export interface TopItemsOptions extends PageOptions {
  /** About 4 weeks, 6 months (default) or a year of listening. */
  timeRange?: TimeRange;
}

/** The signed-in user's top artists and tracks (scope `user-top-read`). */
export class PersonalizationEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /me/top/artists`; `limit` 1 to 50. */
  topArtists(options: TopItemsOptions = {}): Promise<Page<Artist>> {
    return this.client.request(endpoints.getUsersTopArtists, { ...options });
  }

  /** `GET /me/top/tracks`; `limit` 1 to 50. */
  topTracks(options: TopItemsOptions = {}): Promise<Page<Track>> {
    return this.client.request(endpoints.getUsersTopTracks, { ...options });
  }
}
