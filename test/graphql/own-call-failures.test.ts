/**
 * Issue 7 item 3, nullability that wipes out the parent: every field whose resolver makes a Spotify
 * call of its own is null, with one typed error at its own path, when that call fails, and its siblings
 * and parent keep their values (README, Partial results). One table of fields, each run against every
 * fault the emulator can give its route (a bare 403, a 403 naming a missing scope, 404, 500 after the
 * retries, a 2xx whose body is no JSON), in both app modes, and with a user token lacking the scope.
 *
 * Each case runs its document twice: without the fault (no errors) and with it; the second answer must
 * be the first with null at the field's path. A field made non-null nulls its parent instead (or the
 * whole answer), and the case fails.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/emulator/state.js';
import type { ServerConfig } from '../../src/server/config.js';
import { SpotifyApiClient } from '../../src/spotify/client.js';
import { AuthorizationCodeFlow } from '../../src/spotify/flows.js';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { type GraphQLAnswer, type TestServer, useTestServer } from '../helpers/server.js';

type Path = (string | number)[];
type Vars = Record<string, unknown>;

/** The ids a case's variables come from: the emulator's seeded catalog. */
interface Ids {
  album: string;
  longAlbum: string;
  artist: string;
  track: string;
  show: string;
  episode: string;
  audiobook: string;
  chapter: string;
  playlist: string;
  longPlaylist: string;
  user: string;
  category: string;
}

/** A field that makes its own Spotify call: the document, the field's path, its route per app mode. */
interface Case {
  field: string;
  document: GraphQLDocument<unknown, never>;
  variables?: (ids: Ids) => Vars;
  path: Path;
  /**
   * The route of the field's own call, per mode; `removed` for a field Development Mode apps lack (an
   * error of its own), `absent` for one Spotify leaves out of their answers (null without an error
   * and without a call: test/graphql/development-removed-fields.test.ts), `unreachable` for one whose
   * parent Development Mode apps lack (that parent's own error).
   */
  extended: string;
  development: string;
  /** Scopes whose absence alone makes the call fail, where the siblings need none of them. */
  scopes?: string[];
}

const CASES: Case[] = [
  // Root fields: the siblings are other root fields.
  {
    field: 'Query.album',
    document: graphql(
      `query OwnCallAlbum($id: ID!, $a: ID!) { album(id: $id) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.album, a: ids.artist }),
    path: ['album'],
    extended: 'GET /v1/albums',
    development: 'GET /v1/albums/{id}',
  },
  {
    field: 'Query.albums',
    document: graphql(
      `query OwnCallAlbums($id: ID!, $a: ID!) { albums(ids: [$id]) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.album, a: ids.artist }),
    path: ['albums', 0],
    extended: 'GET /v1/albums',
    development: 'GET /v1/albums/{id}',
  },
  {
    field: 'Query.node',
    document: graphql(
      `query OwnCallNode($id: ID!, $a: ID!) { node(id: $id) { id ... on Album { name } } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: `spotify:album:${ids.album}`, a: ids.artist }),
    path: ['node'],
    extended: 'GET /v1/albums',
    development: 'GET /v1/albums/{id}',
  },
  {
    field: 'Query.nodes',
    document: graphql(
      `query OwnCallNodes($id: ID!, $a: ID!) { nodes(ids: [$id]) { id ... on Album { name } } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: `spotify:album:${ids.album}`, a: ids.artist }),
    path: ['nodes', 0],
    extended: 'GET /v1/albums',
    development: 'GET /v1/albums/{id}',
  },
  {
    field: 'Query.artist',
    document: graphql(
      `query OwnCallArtist($id: ID!, $a: ID!) { artist(id: $a) { name } album(id: $id) { name } }`,
    ),
    variables: (ids) => ({ id: ids.album, a: ids.artist }),
    path: ['artist'],
    extended: 'GET /v1/artists',
    development: 'GET /v1/artists/{id}',
  },
  {
    field: 'Query.artists',
    document: graphql(
      `query OwnCallArtists($id: ID!, $a: ID!) { artists(ids: [$a]) { name } album(id: $id) { name } }`,
    ),
    variables: (ids) => ({ id: ids.album, a: ids.artist }),
    path: ['artists', 0],
    extended: 'GET /v1/artists',
    development: 'GET /v1/artists/{id}',
  },
  {
    field: 'Query.track',
    document: graphql(
      `query OwnCallTrack($id: ID!, $a: ID!) { track(id: $id) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.track, a: ids.artist }),
    path: ['track'],
    extended: 'GET /v1/tracks',
    development: 'GET /v1/tracks/{id}',
  },
  {
    field: 'Query.tracks',
    document: graphql(
      `query OwnCallTracks($id: ID!, $a: ID!) { tracks(ids: [$id]) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.track, a: ids.artist }),
    path: ['tracks', 0],
    extended: 'GET /v1/tracks',
    development: 'GET /v1/tracks/{id}',
  },
  {
    field: 'Query.show',
    document: graphql(
      `query OwnCallShow($id: ID!, $a: ID!) { show(id: $id) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.show, a: ids.artist }),
    path: ['show'],
    extended: 'GET /v1/shows',
    development: 'GET /v1/shows/{id}',
  },
  {
    field: 'Query.shows',
    document: graphql(
      `query OwnCallShows($id: ID!, $a: ID!) { shows(ids: [$id]) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.show, a: ids.artist }),
    path: ['shows', 0],
    extended: 'GET /v1/shows',
    development: 'GET /v1/shows/{id}',
  },
  {
    field: 'Query.episode',
    document: graphql(
      `query OwnCallEpisode($id: ID!, $a: ID!) { episode(id: $id) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.episode, a: ids.artist }),
    path: ['episode'],
    extended: 'GET /v1/episodes',
    development: 'GET /v1/episodes/{id}',
  },
  {
    field: 'Query.episodes',
    document: graphql(
      `query OwnCallEpisodes($id: ID!, $a: ID!) { episodes(ids: [$id]) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.episode, a: ids.artist }),
    path: ['episodes', 0],
    extended: 'GET /v1/episodes',
    development: 'GET /v1/episodes/{id}',
  },
  {
    field: 'Query.audiobook',
    document: graphql(
      `query OwnCallAudiobook($id: ID!, $a: ID!) { audiobook(id: $id) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.audiobook, a: ids.artist }),
    path: ['audiobook'],
    extended: 'GET /v1/audiobooks',
    development: 'GET /v1/audiobooks/{id}',
  },
  {
    field: 'Query.audiobooks',
    document: graphql(
      `query OwnCallAudiobooks($id: ID!, $a: ID!) { audiobooks(ids: [$id]) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.audiobook, a: ids.artist }),
    path: ['audiobooks', 0],
    extended: 'GET /v1/audiobooks',
    development: 'GET /v1/audiobooks/{id}',
  },
  {
    field: 'Query.chapter',
    document: graphql(
      `query OwnCallChapter($id: ID!, $a: ID!) { chapter(id: $id) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.chapter, a: ids.artist }),
    path: ['chapter'],
    extended: 'GET /v1/chapters',
    development: 'GET /v1/chapters/{id}',
  },
  {
    field: 'Query.chapters',
    document: graphql(
      `query OwnCallChapters($id: ID!, $a: ID!) { chapters(ids: [$id]) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.chapter, a: ids.artist }),
    path: ['chapters', 0],
    extended: 'GET /v1/chapters',
    development: 'GET /v1/chapters/{id}',
  },
  {
    field: 'Query.playlist',
    document: graphql(
      `query OwnCallPlaylist($id: ID!, $a: ID!) { playlist(id: $id) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.playlist, a: ids.artist }),
    path: ['playlist'],
    extended: 'GET /v1/playlists/{playlist_id}',
    development: 'GET /v1/playlists/{playlist_id}',
  },
  {
    field: 'Query.search',
    document: graphql(
      `query OwnCallSearch($a: ID!) { search(query: "a", types: [TRACK]) { tracks { totalCount } } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ a: ids.artist }),
    path: ['search'],
    extended: 'GET /v1/search',
    development: 'GET /v1/search',
  },
  {
    field: 'Query.categories',
    document: graphql(
      `query OwnCallCategories($a: ID!) { categories(first: 2) { totalCount } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ a: ids.artist }),
    path: ['categories'],
    extended: 'GET /v1/browse/categories',
    development: 'removed',
  },
  {
    field: 'Query.category',
    document: graphql(
      `query OwnCallCategory($c: ID!, $a: ID!) { category(id: $c) { name } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ c: ids.category, a: ids.artist }),
    path: ['category'],
    extended: 'GET /v1/browse/categories/{category_id}',
    development: 'removed',
  },
  {
    field: 'Query.featuredPlaylists',
    document: graphql(
      `query OwnCallFeatured($a: ID!) { featuredPlaylists(first: 2) { message } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ a: ids.artist }),
    path: ['featuredPlaylists'],
    extended: 'GET /v1/browse/featured-playlists',
    development: 'removed',
  },
  {
    field: 'Query.newReleases',
    document: graphql(
      `query OwnCallNewReleases($a: ID!) { newReleases(first: 2) { totalCount } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ a: ids.artist }),
    path: ['newReleases'],
    extended: 'GET /v1/browse/new-releases',
    development: 'removed',
  },
  {
    field: 'Query.genreSeeds',
    document: graphql(`query OwnCallGenreSeeds($a: ID!) { genreSeeds artist(id: $a) { name } }`),
    variables: (ids) => ({ a: ids.artist }),
    path: ['genreSeeds'],
    extended: 'GET /v1/recommendations/available-genre-seeds',
    development: 'removed',
  },
  {
    field: 'Query.markets',
    document: graphql(`query OwnCallMarkets($a: ID!) { markets artist(id: $a) { name } }`),
    variables: (ids) => ({ a: ids.artist }),
    path: ['markets'],
    extended: 'GET /v1/markets',
    development: 'removed',
  },
  {
    field: 'Query.recommendations',
    document: graphql(
      `query OwnCallRecommendations($a: ID!) { recommendations(seedArtists: [$a]) { tracks { name } } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ a: ids.artist }),
    path: ['recommendations'],
    extended: 'GET /v1/recommendations',
    development: 'removed',
  },
  {
    field: 'Query.user',
    document: graphql(
      `query OwnCallUser($u: ID!, $a: ID!) { user(id: $u) { displayName } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ u: ids.user, a: ids.artist }),
    path: ['user'],
    extended: 'GET /v1/users/{user_id}',
    development: 'removed',
  },
  // Me: `me` and `player` read nothing themselves; each field below has its own call.
  {
    field: 'Me.displayName',
    document: graphql(`query OwnCallMeProfile { me { displayName savedTracks(first: 1) { totalCount } } }`),
    path: ['me', 'displayName'],
    extended: 'GET /v1/me',
    development: 'GET /v1/me',
  },
  {
    // A bare Spotify token's user is known from GET /me only (a session's from its sign-in).
    field: 'Me.id',
    document: graphql(`query OwnCallMeId { me { id savedTracks(first: 1) { totalCount } } }`),
    path: ['me', 'id'],
    extended: 'GET /v1/me',
    development: 'GET /v1/me',
  },
  {
    field: 'Me.user',
    document: graphql(
      `query OwnCallMeUser { me { user { displayName } savedTracks(first: 1) { totalCount } } }`,
    ),
    path: ['me', 'user'],
    extended: 'GET /v1/me',
    development: 'GET /v1/me',
  },
  {
    field: 'Me.followedArtists',
    document: graphql(
      `query OwnCallFollowedArtists { me { displayName followedArtists(first: 1) { totalCount } } }`,
    ),
    path: ['me', 'followedArtists'],
    extended: 'GET /v1/me/following',
    development: 'GET /v1/me/following',
    scopes: ['user-follow-read'],
  },
  {
    field: 'Me.followsArtists',
    document: graphql(
      `query OwnCallFollowsArtists($a: ID!) { me { displayName followsArtists(ids: [$a]) } }`,
    ),
    variables: (ids) => ({ a: ids.artist }),
    path: ['me', 'followsArtists'],
    extended: 'GET /v1/me/following/contains',
    development: 'GET /v1/me/library/contains',
    scopes: ['user-follow-read'],
  },
  {
    field: 'Me.followsUsers',
    document: graphql(`query OwnCallFollowsUsers($u: ID!) { me { displayName followsUsers(ids: [$u]) } }`),
    variables: (ids) => ({ u: ids.user }),
    path: ['me', 'followsUsers'],
    extended: 'GET /v1/me/following/contains',
    development: 'GET /v1/me/library/contains',
    scopes: ['user-follow-read'],
  },
  {
    field: 'Me.followsPlaylist',
    document: graphql(`query OwnCallFollowsPlaylist($p: ID!) { me { displayName followsPlaylist(id: $p) } }`),
    variables: (ids) => ({ p: ids.playlist }),
    path: ['me', 'followsPlaylist'],
    extended: 'GET /v1/playlists/{playlist_id}/followers/contains',
    development: 'GET /v1/me/library/contains',
  },
  {
    field: 'Me.libraryContains',
    document: graphql(
      `query OwnCallLibraryContains($t: ID!) { me { displayName libraryContains(uris: [$t]) } }`,
    ),
    variables: (ids) => ({ t: `spotify:track:${ids.track}` }),
    path: ['me', 'libraryContains'],
    extended: 'GET /v1/me/tracks/contains',
    development: 'GET /v1/me/library/contains',
    scopes: ['user-library-read'],
  },
  {
    field: 'Me.playlists',
    document: graphql(`query OwnCallMePlaylists { me { displayName playlists(first: 1) { totalCount } } }`),
    path: ['me', 'playlists'],
    extended: 'GET /v1/me/playlists',
    development: 'GET /v1/me/playlists',
  },
  {
    field: 'Me.recentlyPlayed',
    document: graphql(
      `query OwnCallRecentlyPlayed { me { displayName recentlyPlayed(first: 1) { nodes { playedAt } } } }`,
    ),
    path: ['me', 'recentlyPlayed'],
    extended: 'GET /v1/me/player/recently-played',
    development: 'GET /v1/me/player/recently-played',
    scopes: ['user-read-recently-played'],
  },
  {
    field: 'Me.savedAlbums',
    document: graphql(`query OwnCallSavedAlbums { me { displayName savedAlbums(first: 1) { totalCount } } }`),
    path: ['me', 'savedAlbums'],
    extended: 'GET /v1/me/albums',
    development: 'GET /v1/me/albums',
    scopes: ['user-library-read'],
  },
  {
    field: 'Me.savedAudiobooks',
    document: graphql(
      `query OwnCallSavedAudiobooks { me { displayName savedAudiobooks(first: 1) { totalCount } } }`,
    ),
    path: ['me', 'savedAudiobooks'],
    extended: 'GET /v1/me/audiobooks',
    development: 'GET /v1/me/audiobooks',
    scopes: ['user-library-read'],
  },
  {
    field: 'Me.savedEpisodes',
    document: graphql(
      `query OwnCallSavedEpisodes { me { displayName savedEpisodes(first: 1) { totalCount } } }`,
    ),
    path: ['me', 'savedEpisodes'],
    extended: 'GET /v1/me/episodes',
    development: 'GET /v1/me/episodes',
    scopes: ['user-library-read'],
  },
  {
    field: 'Me.savedShows',
    document: graphql(`query OwnCallSavedShows { me { displayName savedShows(first: 1) { totalCount } } }`),
    path: ['me', 'savedShows'],
    extended: 'GET /v1/me/shows',
    development: 'GET /v1/me/shows',
    scopes: ['user-library-read'],
  },
  {
    field: 'Me.savedTracks',
    document: graphql(`query OwnCallSavedTracks { me { displayName savedTracks(first: 1) { totalCount } } }`),
    path: ['me', 'savedTracks'],
    extended: 'GET /v1/me/tracks',
    development: 'GET /v1/me/tracks',
    scopes: ['user-library-read'],
  },
  {
    field: 'Me.topArtists',
    document: graphql(`query OwnCallTopArtists { me { displayName topArtists(first: 1) { totalCount } } }`),
    path: ['me', 'topArtists'],
    extended: 'GET /v1/me/top/artists',
    development: 'GET /v1/me/top/artists',
    scopes: ['user-top-read'],
  },
  {
    field: 'Me.topTracks',
    document: graphql(`query OwnCallTopTracks { me { displayName topTracks(first: 1) { totalCount } } }`),
    path: ['me', 'topTracks'],
    extended: 'GET /v1/me/top/tracks',
    development: 'GET /v1/me/top/tracks',
    scopes: ['user-top-read'],
  },
  // Player: its siblings are the other player reads and the profile.
  {
    field: 'Player.devices',
    document: graphql(`query OwnCallDevices { me { displayName player { devices { name } } } }`),
    path: ['me', 'player', 'devices'],
    extended: 'GET /v1/me/player/devices',
    development: 'GET /v1/me/player/devices',
    scopes: ['user-read-playback-state'],
  },
  {
    field: 'Player.queue',
    document: graphql(
      `query OwnCallQueue { me { displayName player { devices { name } queue { items { __typename } } } } }`,
    ),
    path: ['me', 'player', 'queue'],
    extended: 'GET /v1/me/player/queue',
    development: 'GET /v1/me/player/queue',
  },
  {
    field: 'Player.state',
    document: graphql(
      `query OwnCallState { me { displayName player { devices { name } state { isPlaying } } } }`,
    ),
    path: ['me', 'player', 'state'],
    extended: 'GET /v1/me/player',
    development: 'GET /v1/me/player',
  },
  {
    field: 'Player.currentlyPlaying',
    document: graphql(
      `query OwnCallCurrentlyPlaying { me { displayName player { devices { name } currentlyPlaying { isPlaying } } } }`,
    ),
    path: ['me', 'player', 'currentlyPlaying'],
    extended: 'GET /v1/me/player/currently-playing',
    development: 'GET /v1/me/player/currently-playing',
  },
  // Catalog objects: a field read beyond what the parent's answer carries.
  {
    field: 'User.followerCount',
    document: graphql(
      `query OwnCallOwnerFollowers($id: ID!) { playlist(id: $id) { name owner { displayName followerCount } } }`,
    ),
    variables: (ids) => ({ id: ids.playlist }),
    path: ['playlist', 'owner', 'followerCount'],
    extended: 'GET /v1/users/{user_id}',
    development: 'absent',
  },
  {
    field: 'User.playlists',
    document: graphql(
      `query OwnCallUserPlaylists($id: ID!) { playlist(id: $id) { name owner { displayName playlists(first: 1) { totalCount } } } }`,
    ),
    variables: (ids) => ({ id: ids.playlist }),
    path: ['playlist', 'owner', 'playlists'],
    extended: 'GET /v1/users/{user_id}/playlists',
    development: 'removed',
  },
  {
    field: 'Artist.genres',
    document: graphql(
      `query OwnCallArtistGenres($id: ID!) { album(id: $id) { name artists { name genres } } }`,
    ),
    variables: (ids) => ({ id: ids.album }),
    path: ['album', 'artists', 0, 'genres'],
    extended: 'GET /v1/artists',
    development: 'GET /v1/artists/{id}',
  },
  {
    field: 'Artist.albums',
    document: graphql(
      `query OwnCallArtistAlbums($a: ID!) { artist(id: $a) { name albums(first: 2) { totalCount } } }`,
    ),
    variables: (ids) => ({ a: ids.artist }),
    path: ['artist', 'albums'],
    extended: 'GET /v1/artists/{id}/albums',
    development: 'GET /v1/artists/{id}/albums',
  },
  {
    field: 'Artist.topTracks',
    document: graphql(`query OwnCallArtistTopTracks($a: ID!) { artist(id: $a) { name topTracks { name } } }`),
    variables: (ids) => ({ a: ids.artist }),
    path: ['artist', 'topTracks'],
    extended: 'GET /v1/artists/{id}/top-tracks',
    development: 'removed',
  },
  {
    field: 'Artist.relatedArtists',
    document: graphql(
      `query OwnCallRelatedArtists($a: ID!) { artist(id: $a) { name relatedArtists { name } } }`,
    ),
    variables: (ids) => ({ a: ids.artist }),
    path: ['artist', 'relatedArtists'],
    extended: 'GET /v1/artists/{id}/related-artists',
    development: 'removed',
  },
  {
    field: 'Album.label',
    document: graphql(`query OwnCallAlbumLabel($id: ID!) { track(id: $id) { name album { name label } } }`),
    variables: (ids) => ({ id: ids.track }),
    path: ['track', 'album', 'label'],
    extended: 'GET /v1/albums',
    development: 'absent',
  },
  {
    field: 'Album.tracks',
    document: graphql(
      `query OwnCallAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 10, offset: 60) { totalCount } } }`,
    ),
    variables: (ids) => ({ id: ids.longAlbum }),
    path: ['album', 'tracks'],
    extended: 'GET /v1/albums/{id}/tracks',
    development: 'GET /v1/albums/{id}/tracks',
  },
  {
    field: 'Playlist.items',
    // A playlist's own answer embeds its first 100 items: the ones after them are a call of their own
    // (alice's own playlist, grown past 100 items, which a Development Mode app may read too).
    document: graphql(
      `query OwnCallPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 2, offset: 100) { totalCount } } }`,
    ),
    variables: (ids) => ({ id: ids.longPlaylist }),
    path: ['playlist', 'items'],
    extended: 'GET /v1/playlists/{playlist_id}/tracks',
    development: 'GET /v1/playlists/{playlist_id}/items',
  },
  {
    field: 'Playlist.followerCount',
    document: graphql(
      `query OwnCallPlaylistFollowers { me { displayName playlists(first: 1) { nodes { name followerCount } } } }`,
    ),
    path: ['me', 'playlists', 'nodes', 0, 'followerCount'],
    extended: 'GET /v1/playlists/{playlist_id}',
    development: 'GET /v1/playlists/{playlist_id}',
  },
  {
    field: 'Show.episodes',
    document: graphql(
      `query OwnCallShowEpisodes($id: ID!) { show(id: $id) { name episodes(first: 5, offset: 60) { totalCount } } }`,
    ),
    variables: (ids) => ({ id: ids.show }),
    path: ['show', 'episodes'],
    extended: 'GET /v1/shows/{id}/episodes',
    development: 'GET /v1/shows/{id}/episodes',
  },
  {
    field: 'Episode.show',
    // A show's episodes take their show from the parent; a search's simplified episode has none.
    document: graphql(
      `query OwnCallEpisodeShow { search(query: "a", types: [EPISODE], first: 1) { episodes { nodes { name show { name } } } } }`,
    ),
    path: ['search', 'episodes', 'nodes', 0, 'show'],
    extended: 'GET /v1/episodes',
    development: 'GET /v1/episodes/{id}',
  },
  {
    field: 'Track.popularity',
    document: graphql(
      `query OwnCallTrackPopularity($id: ID!) { album(id: $id) { name tracks(first: 1) { nodes { name popularity } } } }`,
    ),
    variables: (ids) => ({ id: ids.album }),
    path: ['album', 'tracks', 'nodes', 0, 'popularity'],
    extended: 'GET /v1/tracks',
    development: 'absent',
  },
  {
    field: 'Track.audioFeatures',
    document: graphql(
      `query OwnCallAudioFeatures($id: ID!) { track(id: $id) { name audioFeatures { energy } } }`,
    ),
    variables: (ids) => ({ id: ids.track }),
    path: ['track', 'audioFeatures'],
    extended: 'GET /v1/audio-features',
    development: 'removed',
  },
  {
    field: 'Track.audioAnalysis',
    document: graphql(
      `query OwnCallAudioAnalysis($id: ID!) { track(id: $id) { name audioAnalysis { bars { start } } } }`,
    ),
    variables: (ids) => ({ id: ids.track }),
    path: ['track', 'audioAnalysis'],
    extended: 'GET /v1/audio-analysis/{id}',
    development: 'removed',
  },
  {
    field: 'Audiobook.chapters',
    document: graphql(
      `query OwnCallAudiobookChapters($id: ID!) { audiobook(id: $id) { name chapters(first: 5, offset: 55) { totalCount } } }`,
    ),
    variables: (ids) => ({ id: ids.audiobook }),
    path: ['audiobook', 'chapters'],
    extended: 'GET /v1/audiobooks/{id}/chapters',
    development: 'GET /v1/audiobooks/{id}/chapters',
  },
  {
    // The show read whole, its episodes embedded (showById), not through the batch loader.
    field: 'Query.show (episodes embedded)',
    document: graphql(
      `query OwnCallShowFull($id: ID!, $a: ID!) { show(id: $id) { name episodes(first: 2) { totalCount } } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.show, a: ids.artist }),
    path: ['show'],
    extended: 'GET /v1/shows/{id}',
    development: 'GET /v1/shows/{id}',
  },
  {
    // The audiobook and its chapters' page read side by side (withChildLoads): the book's call fails alone.
    field: 'Query.audiobook (chapters beside)',
    document: graphql(
      `query OwnCallAudiobookFull($id: ID!, $a: ID!) { audiobook(id: $id) { name chapters(first: 2) { totalCount } } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.audiobook, a: ids.artist }),
    path: ['audiobook'],
    extended: 'GET /v1/audiobooks',
    development: 'GET /v1/audiobooks/{id}',
  },
  {
    field: 'Query.chapter (audiobook)',
    document: graphql(
      `query OwnCallChapterBook($id: ID!, $a: ID!) { chapter(id: $id) { name audiobook { name } } artist(id: $a) { name } }`,
    ),
    variables: (ids) => ({ id: ids.chapter, a: ids.artist }),
    path: ['chapter'],
    extended: 'GET /v1/chapters',
    development: 'GET /v1/chapters/{id}',
  },
  {
    field: 'Category.playlists',
    document: graphql(
      `query OwnCallCategoryPlaylists($c: ID!) { category(id: $c) { name playlists(first: 2) { totalCount } } }`,
    ),
    variables: (ids) => ({ c: ids.category }),
    path: ['category', 'playlists'],
    extended: 'GET /v1/browse/categories/{category_id}/playlists',
    // Its parent, `category`, is removed for Development Mode apps (Query.category's own error).
    development: 'unreachable',
  },
];

/** A fault on the route of a field's own call, and the code its error carries there. */
interface Fault {
  name: string;
  rule: Record<string, unknown>;
  code: string | ((route: string) => string);
}

/** Spotify's "get several" routes: their 404 says nothing of one id (a passing fault, retry later). */
const BATCH_ROUTES = new Set(
  ['albums', 'artists', 'tracks', 'shows', 'episodes', 'audiobooks', 'chapters', 'audio-features'].map(
    (kind) => `GET /v1/${kind}`,
  ),
);

const FAULTS: Fault[] = [
  { name: 'a bare 403', rule: { status: 403, text: '' }, code: 'FORBIDDEN' },
  {
    name: 'a 403 naming a missing scope',
    rule: {
      status: 403,
      contentType: 'application/json',
      text: JSON.stringify({ error: { status: 403, message: 'Insufficient client scope' } }),
    },
    code: 'FORBIDDEN',
  },
  {
    name: '404',
    rule: { status: 404 },
    code: (route) => (BATCH_ROUTES.has(route) ? 'SPOTIFY_UNAVAILABLE' : 'SPOTIFY_NOT_FOUND'),
  },
  { name: '500 after the retries', rule: { status: 500 }, code: 'SPOTIFY_UNAVAILABLE' },
  {
    name: 'a 2xx whose body is no JSON',
    rule: { status: 200, body: 'non-json' },
    code: 'SPOTIFY_UNAVAILABLE',
  },
];

/** `data` with null at `path` (a deep copy). */
function nulledAt(data: unknown, path: Path): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = null;
  return copy;
}

/** The value of `data` at `path` (undefined where a step is missing). */
const valueAt = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>((at, key) => (at as Record<string | number, unknown> | null | undefined)?.[key], data);

/** alice's playlist of catalog tracks only, grown to 110 items (the seeded ones repeated) on first use. */
function longPlaylistOf(t: TestServer) {
  const playlist = [...t.emu.state.catalog.playlists.values()].find(
    (p) => p.ownerId === 'alice' && p.items.every((item) => item.type === 'track'),
  )!;
  const seeded = [...playlist.items];
  while (playlist.items.length < 110) playlist.items.push(seeded[playlist.items.length % seeded.length]!);
  return playlist;
}

/** The seeded ids the cases read. */
function idsOf(t: TestServer): Ids {
  const { catalog } = t.emu.state;
  const first = <T>(map: Map<string, T>): string => [...map.keys()][0]!;
  return {
    album: first(catalog.albums),
    longAlbum: [...catalog.albums.keys()][1]!,
    artist: first(catalog.artists),
    track: first(catalog.tracks),
    show: first(catalog.shows),
    episode: first(catalog.episodes),
    audiobook: first(catalog.audiobooks),
    chapter: first(catalog.chapters),
    playlist: [...catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id,
    longPlaylist: longPlaylistOf(t).id,
    user: 'bob',
    category: first(catalog.categories),
  };
}

/**
 * Runs `c` without and then with `rule` on `route`: the second answer is the first with null at the
 * field's path, and its one error is there with `code`.
 */
async function expectOwnNull(
  t: TestServer,
  c: Case,
  route: string,
  token: string,
  rule: Record<string, unknown>,
  code: Fault['code'],
): Promise<void> {
  const variables = c.variables?.(idsOf(t)) ?? {};
  const run = () => t.query(c.document, variables as never, { token }) as Promise<GraphQLAnswer<unknown>>;
  const before = await run();
  expect(before.errors, JSON.stringify(before.errors)).toBeUndefined();
  await t.emu.control('POST', '/faults', { route, ...rule });
  await t.clearLog();
  const after = await run();
  const errors = after.errors?.map((e) => [e.path, e.extensions?.code]);
  expect(errors, JSON.stringify({ errors: after.errors, calls: await t.calls() })).toEqual([
    [c.path, typeof code === 'string' ? code : code(route)],
  ]);
  expect(after.data).toEqual(nulledAt(before.data, c.path));
}

/**
 * The server's Spotify client (as createSpotifyClient builds it) whose back-off between retries is a
 * millisecond: a 500 is still retried three times, without the seconds of waiting.
 */
const quickRetries = (config: ServerConfig): SpotifyApiClient =>
  new SpotifyApiClient(
    new AuthorizationCodeFlow({ applicationId: config.clientId, applicationSecret: config.clientSecret }),
    {
      apiUrl: config.apiUrl,
      accountsUrl: config.accountsUrl,
      appMode: config.appMode,
      env: {},
      modeEvidence: 'own-tokens',
      retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 2 },
    },
  );

const FAIR_USE = { requests: 10_000, windowSeconds: 60, concurrent: 8 };

const TABLE = CASES.flatMap((c) => FAULTS.map((f) => [c.field, f.name, c, f] as const));

describe.each([
  ['extended', 'extended'],
  ['development', 'development'],
] as const)('a field whose own call fails (%s app)', (_name, mode) => {
  // Two GraphQL requests per row: more than the default fair use of one client (600 a minute).
  const t = useTestServer({ mode, client: quickRetries, limits: { rateLimit: FAIR_USE } });
  let alice = '';
  beforeAll(async () => {
    alice = await t.emu.token({ user: 'alice', app: mode });
  });
  beforeEach(async () => {
    await t.emu.control('DELETE', '/faults');
  });

  const rows = TABLE.filter(
    ([, , c]) => mode === 'extended' || !['removed', 'absent', 'unreachable'].includes(c.development),
  );
  it.each(rows)('%s: null with its own error on %s, the siblings kept', async (_f, _n, c, fault) => {
    const route = mode === 'extended' ? c.extended : c.development;
    await expectOwnNull(t, c, route, alice, fault.rule, fault.code);
  });

  if (mode === 'development') {
    const removed = CASES.filter((c) => c.development === 'removed');
    it.each(removed.map((c) => [c.field, c] as const))(
      '%s: null with NOT_AVAILABLE_IN_DEVELOPMENT_MODE, the siblings kept',
      async (_f, c) => {
        const variables = c.variables?.(idsOf(t)) ?? {};
        const answer = (await t.query(c.document, variables as never, { token: alice })) as GraphQLAnswer<
          Record<string, unknown>
        >;
        expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
          [c.path, 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE'],
        ]);
        expect(valueAt(answer.data, c.path)).toBeNull();
        // The parent answers (a root field's sibling is `artist`, a nested field's its parent object).
        const parent = c.path.length === 1 ? ['artist'] : c.path.slice(0, -1);
        expect(valueAt(answer.data, parent)).toEqual(expect.any(Object));
      },
    );
  }
});

describe.each([
  ['extended', 'extended'],
  ['development', 'development'],
] as const)('a field whose call needs a scope the token lacks (%s app)', (_name, mode) => {
  const t = useTestServer({ mode, limits: { rateLimit: FAIR_USE } });
  const scoped = CASES.filter(
    (c) => c.scopes !== undefined && (mode === 'extended' || c.development !== 'removed'),
  );
  it.each(scoped.map((c) => [c.field, c] as const))(
    '%s: null with FORBIDDEN, the siblings kept',
    async (_f, c) => {
      const variables = c.variables?.(idsOf(t)) ?? {};
      const full = await t.emu.token({ user: 'alice', app: mode });
      const scopes = SCOPES.filter((s) => !c.scopes!.includes(s));
      const lacking = await t.emu.token({ user: 'alice', app: mode, scopes });
      const before = (await t.query(c.document, variables as never, {
        token: full,
      })) as GraphQLAnswer<unknown>;
      expect(before.errors).toBeUndefined();
      const after = (await t.query(c.document, variables as never, {
        token: lacking,
      })) as GraphQLAnswer<unknown>;
      expect(after.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[c.path, 'FORBIDDEN']]);
      expect(after.data).toEqual(nulledAt(before.data, c.path));
    },
  );
});
