import type { CallOptions, RequestExecutor } from './executor.js';
import { endpoints } from './table.js';

/** Markets where Spotify is available. */
export class MarketsEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /markets`: ISO 3166-1 alpha-2 country codes. Extended Quota apps only. */
  async getAvailable(options: CallOptions = {}): Promise<string[]> {
    const answer = await this.client.request<{ markets: string[] }>(endpoints.getAvailableMarkets, {
      ...options,
    });
    return answer.markets;
  }
}
