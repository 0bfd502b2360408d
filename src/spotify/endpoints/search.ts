import type { MarketOptions, RequestExecutor } from './executor.js';
import type { SearchResults, SearchType } from './objects.js';
import { endpoints } from './table.js';

export interface SearchOptions extends MarketOptions {
  /** Results per type, 1 to 10 (default 5; the spec caps it at 10, as Development Mode does). */
  limit?: number;
  /** Index of the first result per type, 0 to 1000. */
  offset?: number;
  /** `audio` marks externally hosted audio as playable. */
  includeExternal?: 'audio';
}

/** Catalog search. */
export class SearchEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /**
   * `GET /search`: one page per type in `types`. `q` takes Spotify's field filters
   * (`artist:`, `album:`, `track:`, `year:`, `genre:`, `isrc:`, `upc:`, `tag:new`, `tag:hipster`).
   */
  query(q: string, types: readonly SearchType[], options: SearchOptions = {}): Promise<SearchResults> {
    return this.client.request(endpoints.search, { ...options, q, type: types });
  }
}
