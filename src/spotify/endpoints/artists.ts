import type { CallOptions, MarketOptions, MarketPageOptions, RequestExecutor } from './executor.js';
import type { Artist, ArtistDiscographyAlbum, Page, Track } from './objects.js';
import { endpoints } from './table.js';

export type AlbumGroup = 'album' | 'single' | 'appears_on' | 'compilation';

export interface ArtistAlbumsOptions extends MarketPageOptions {
  /** Which of the artist's releases to list (default: all groups). */
  includeGroups?: readonly AlbumGroup[];
  /** 0 to 10 (default 5): the spec caps this list at 10, as Development Mode does. */
  limit?: number;
}

/** Artists: one, several, their albums, top tracks and related artists. */
export class ArtistsEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /artists/{id}`. */
  getOne(id: string, options: CallOptions = {}): Promise<Artist> {
    return this.client.request(endpoints.getAnArtist, { ...options, id });
  }

  /** Any number of artists in the order of `ids` (null for unknown ids): 50 per call, or one by one. */
  getSeveral(ids: readonly string[], options: CallOptions = {}): Promise<(Artist | null)[]> {
    return this.client.requestMany(endpoints.getMultipleArtists, endpoints.getAnArtist, ids, { ...options });
  }

  /** `GET /artists/{id}/albums`. */
  getAlbums(id: string, options: ArtistAlbumsOptions = {}): Promise<Page<ArtistDiscographyAlbum>> {
    return this.client.request(endpoints.getAnArtistsAlbums, { ...options, id });
  }

  /** `GET /artists/{id}/top-tracks`. Extended Quota apps only. */
  async getTopTracks(id: string, options: MarketOptions = {}): Promise<Track[]> {
    const answer = await this.client.request<{ tracks: Track[] }>(endpoints.getAnArtistsTopTracks, {
      ...options,
      id,
    });
    return answer.tracks;
  }

  /** `GET /artists/{id}/related-artists`. Extended Quota apps only. */
  async getRelatedArtists(id: string, options: CallOptions = {}): Promise<Artist[]> {
    const answer = await this.client.request<{ artists: Artist[] }>(endpoints.getAnArtistsRelatedArtists, {
      ...options,
      id,
    });
    return answer.artists;
  }
}
