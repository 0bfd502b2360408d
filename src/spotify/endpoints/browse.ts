import type { CallOptions, PageOptions, RequestExecutor } from './executor.js';
import type { Category, FeaturedPlaylists, Page, SimplifiedAlbum } from './objects.js';
import { endpoints } from './table.js';

export interface LocaleOptions extends CallOptions {
  /** Language and country for names, e.g. `sv_SE` (ISO 639-1 _ ISO 3166-1). */
  locale?: string;
}

export interface LocalePageOptions extends PageOptions {
  locale?: string;
}

/** Browse categories, featured playlists and new releases. Extended Quota apps only. */
export class BrowseEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /browse/categories`; `limit` 1 to 50. */
  async categories(options: LocalePageOptions = {}): Promise<Page<Category>> {
    const answer = await this.client.request<{ categories: Page<Category> }>(endpoints.getCategories, {
      ...options,
    });
    return answer.categories;
  }

  /** `GET /browse/categories/{category_id}`. */
  category(categoryId: string, options: LocaleOptions = {}): Promise<Category> {
    return this.client.request(endpoints.getACategory, { ...options, categoryId });
  }

  /** `GET /browse/categories/{category_id}/playlists`; `limit` 1 to 50. */
  categoryPlaylists(categoryId: string, options: PageOptions = {}): Promise<FeaturedPlaylists> {
    return this.client.request(endpoints.getACategoriesPlaylists, { ...options, categoryId });
  }

  /** `GET /browse/featured-playlists`; `limit` 1 to 50. */
  featuredPlaylists(options: LocalePageOptions = {}): Promise<FeaturedPlaylists> {
    return this.client.request(endpoints.getFeaturedPlaylists, { ...options });
  }

  /** `GET /browse/new-releases`; `limit` 1 to 50. */
  async newReleases(options: PageOptions = {}): Promise<Page<SimplifiedAlbum>> {
    const answer = await this.client.request<{ albums: Page<SimplifiedAlbum> }>(endpoints.getNewReleases, {
      ...options,
    });
    return answer.albums;
  }
}
