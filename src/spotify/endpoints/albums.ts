import type { MarketOptions, MarketPageOptions, RequestExecutor } from './executor.js';
import type { Album, Page, SimplifiedTrack } from './objects.js';
import { endpoints } from './table.js';

/** Albums: one, several, and an album's tracks. Saved albums live in `library`, new releases in `browse`. */
export class AlbumsEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /albums/{id}`. */
  getOne(id: string, options: MarketOptions = {}): Promise<Album> {
    return this.client.request(endpoints.getAnAlbum, { ...options, id });
  }

  /**
   * Any number of albums, in the order of `ids` (null for unknown ids): `GET /albums` 20 at a time for
   * Extended Quota apps, one `GET /albums/{id}` per id in Development Mode.
   */
  getSeveral(ids: readonly string[], options: MarketOptions = {}): Promise<(Album | null)[]> {
    return this.client.requestMany(endpoints.getMultipleAlbums, endpoints.getAnAlbum, ids, { ...options });
  }

  /** `GET /albums/{id}/tracks`; `limit` 1 to 50. */
  getTracks(id: string, options: MarketPageOptions = {}): Promise<Page<SimplifiedTrack>> {
    return this.client.request(endpoints.getAnAlbumsTracks, { ...options, id });
  }
}
