import type { MarketOptions, MarketPageOptions, RequestExecutor } from './executor.js';
import type { Audiobook, Page, SimplifiedChapter } from './objects.js';
import { endpoints } from './table.js';

/** Audiobooks: one, several, and an audiobook's chapters. Saved audiobooks live in `library`. */
export class AudiobooksEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /audiobooks/{id}`. */
  getOne(id: string, options: MarketOptions = {}): Promise<Audiobook> {
    return this.client.request(endpoints.getAnAudiobook, { ...options, id });
  }

  /** Any number of audiobooks in the order of `ids` (null for unknown ids): 50 per call, or one by one. */
  getSeveral(ids: readonly string[], options: MarketOptions = {}): Promise<(Audiobook | null)[]> {
    return this.client.requestMany(endpoints.getMultipleAudiobooks, endpoints.getAnAudiobook, ids, {
      ...options,
    });
  }

  /** `GET /audiobooks/{id}/chapters`; `limit` 1 to 50. */
  getChapters(id: string, options: MarketPageOptions = {}): Promise<Page<SimplifiedChapter>> {
    return this.client.request(endpoints.getAudiobookChapters, { ...options, id });
  }
}
