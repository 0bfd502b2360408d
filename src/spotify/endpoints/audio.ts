import type { CallOptions, RequestExecutor } from './executor.js';
import type { AudioAnalysis, AudioFeatures } from './objects.js';
import { endpoints } from './table.js';

/** Audio features and analysis of tracks. Extended Quota apps only (removed for others in 2024). */
export class AudioEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /audio-features/{id}`. */
  getFeatures(id: string, options: CallOptions = {}): Promise<AudioFeatures> {
    return this.client.request(endpoints.getAudioFeatures, { ...options, id });
  }

  /** Features of any number of tracks in the order of `ids` (null where none): 100 per call. */
  getSeveralFeatures(ids: readonly string[], options: CallOptions = {}): Promise<(AudioFeatures | null)[]> {
    return this.client.requestMany(endpoints.getSeveralAudioFeatures, endpoints.getAudioFeatures, ids, {
      ...options,
    });
  }

  /** `GET /audio-analysis/{id}`: bars, beats, sections, segments and tatums. */
  getAnalysis(id: string, options: CallOptions = {}): Promise<AudioAnalysis> {
    return this.client.request(endpoints.getAudioAnalysis, { ...options, id });
  }
}
