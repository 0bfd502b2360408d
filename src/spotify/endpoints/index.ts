/** The endpoint groups the client exposes as properties, their option and object types, and the table. */
import { AlbumsEndpoints } from './albums.js';
import { ArtistsEndpoints } from './artists.js';
import { AudioEndpoints } from './audio.js';
import { AudiobooksEndpoints } from './audiobooks.js';
import { BrowseEndpoints } from './browse.js';
import { ChaptersEndpoints } from './chapters.js';
import { EpisodesEndpoints } from './episodes.js';
import type { RequestExecutor } from './executor.js';
import { FollowEndpoints } from './follow.js';
import { LibraryEndpoints } from './library.js';
import { MarketsEndpoints } from './markets.js';
import { PersonalizationEndpoints } from './personalization.js';
import { PlayerEndpoints } from './player.js';
import { PlaylistsEndpoints } from './playlists.js';
import { RecommendationsEndpoints } from './recommendations.js';
import { SearchEndpoints } from './search.js';
import { ShowsEndpoints } from './shows.js';
import { TracksEndpoints } from './tracks.js';
import { UsersEndpoints } from './users.js';

export { AlbumsEndpoints } from './albums.js';
export { type AlbumGroup, type ArtistAlbumsOptions, ArtistsEndpoints } from './artists.js';
export { AudioEndpoints } from './audio.js';
export { AudiobooksEndpoints } from './audiobooks.js';
export { BrowseEndpoints, type LocaleOptions, type LocalePageOptions } from './browse.js';
export { ChaptersEndpoints } from './chapters.js';
export { EpisodesEndpoints } from './episodes.js';
export type {
  CallOptions,
  MarketOptions,
  MarketPageOptions,
  PageOptions,
  RequestExecutor,
  RequestOptions,
} from './executor.js';
export { FollowEndpoints, type FollowedArtistsOptions } from './follow.js';
export { LibraryEndpoints } from './library.js';
export { MarketsEndpoints } from './markets.js';
export type * from './objects.js';
export { PersonalizationEndpoints, type TimeRange, type TopItemsOptions } from './personalization.js';
export {
  type DeviceOptions,
  PlayerEndpoints,
  type PlayingOptions,
  type PlayOptions,
  type RecentlyPlayedOptions,
} from './player.js';
export {
  type ItemToRemove,
  type NewPlaylist,
  type PlaylistChangeOptions,
  type PlaylistDetails,
  type PlaylistItemsOptions,
  type PlaylistReadOptions,
  PlaylistsEndpoints,
  type ReorderOptions,
} from './playlists.js';
export {
  RecommendationsEndpoints,
  type RecommendationsOptions,
  type TunableOptions,
} from './recommendations.js';
export { SearchEndpoints, type SearchOptions } from './search.js';
export { ShowsEndpoints } from './shows.js';
export { type EndpointKey, endpointById, endpointList, endpoints, findEndpoint } from './table.js';
export { TracksEndpoints } from './tracks.js';
export type * from './types.js';
export { SCOPES } from './types.js';
export { UsersEndpoints } from './users.js';

/** One instance of every endpoint group, all calling through `client`. */
export function createEndpointGroups(client: RequestExecutor) {
  return {
    albums: new AlbumsEndpoints(client),
    artists: new ArtistsEndpoints(client),
    tracks: new TracksEndpoints(client),
    shows: new ShowsEndpoints(client),
    episodes: new EpisodesEndpoints(client),
    audiobooks: new AudiobooksEndpoints(client),
    chapters: new ChaptersEndpoints(client),
    search: new SearchEndpoints(client),
    users: new UsersEndpoints(client),
    playlists: new PlaylistsEndpoints(client),
    library: new LibraryEndpoints(client),
    follow: new FollowEndpoints(client),
    browse: new BrowseEndpoints(client),
    player: new PlayerEndpoints(client),
    personalization: new PersonalizationEndpoints(client),
    markets: new MarketsEndpoints(client),
    audio: new AudioEndpoints(client),
    recommendations: new RecommendationsEndpoints(client),
  };
}

export type EndpointGroups = ReturnType<typeof createEndpointGroups>;
