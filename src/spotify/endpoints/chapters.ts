import type { MarketOptions, RequestExecutor } from './executor.js';
import type { Chapter } from './objects.js';
import { endpoints } from './table.js';

/** Audiobook chapters: one and several. */
export class ChaptersEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /chapters/{id}`. */
  getOne(id: string, options: MarketOptions = {}): Promise<Chapter> {
    return this.client.request(endpoints.getAChapter, { ...options, id });
  }

  /** Any number of chapters in the order of `ids` (null for unknown ids): 50 per call, or one by one. */
  getSeveral(ids: readonly string[], options: MarketOptions = {}): Promise<(Chapter | null)[]> {
    return this.client.requestMany(endpoints.getSeveralChapters, endpoints.getAChapter, ids, { ...options });
  }
}
