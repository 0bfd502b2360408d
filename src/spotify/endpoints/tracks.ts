import type { MarketOptions, RequestExecutor } from './executor.js';
import type { Track } from './objects.js';
import { endpoints } from './table.js';

/** Tracks: one and several. Saved tracks live in `library`, audio features in `audio`. */
export class TracksEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /tracks/{id}`. */
  getOne(id: string, options: MarketOptions = {}): Promise<Track> {
    return this.client.request(endpoints.getTrack, { ...options, id });
  }

  /** Any number of tracks in the order of `ids` (null for unknown ids): 50 per call, or one by one. */
  getSeveral(ids: readonly string[], options: MarketOptions = {}): Promise<(Track | null)[]> {
    return this.client.requestMany(endpoints.getSeveralTracks, endpoints.getTrack, ids, { ...options });
  }
}
