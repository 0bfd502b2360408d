/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuthCorsTypename { __typename }": typeof types.AuthCorsTypenameDocument,
    "subscription AuthCorsSseNowPlaying { currentlyPlaying { item { ... on Track { name } } } }": typeof types.AuthCorsSseNowPlayingDocument,
    "query CanaryMe { me { spotifyId displayName savedTracks(first: 2) { totalCount } } }": typeof types.CanaryMeDocument,
    "query CanaryMe2 { me { spotifyId } }": typeof types.CanaryMe2Document,
    "query CookieLoginHostMe { me { spotifyId } }": typeof types.CookieLoginHostMeDocument,
    "query CookieHintMe { me { displayName } }": typeof types.CookieHintMeDocument,
    "query EndedSessionsMe { me { displayName } }": typeof types.EndedSessionsMeDocument,
    "query EndedSessionsCatalog {\n  search(query: \"love\", types: [TRACK], first: 1) { tracks { nodes { name } } }\n}": typeof types.EndedSessionsCatalogDocument,
    "query EndedSessionsCatalogAndMe {\n  search(query: \"love\", types: [TRACK], first: 1) { tracks { nodes { name } } }\n  me { displayName }\n}": typeof types.EndedSessionsCatalogAndMeDocument,
    "query NoRefreshTokenProfile { me { displayName savedTracks(first: 1) { totalCount } } }": typeof types.NoRefreshTokenProfileDocument,
    "query AuthRenewalMe { me { spotifyId } }": typeof types.AuthRenewalMeDocument,
    "query AuthRenewalProfile { me { displayName } }": typeof types.AuthRenewalProfileDocument,
    "query AuthRenewalProfileAndSaved { me { spotifyId displayName savedTracks(first: 1) { totalCount } } }": typeof types.AuthRenewalProfileAndSavedDocument,
    "query ScopesMe { me { player { queue { items { __typename } } } } }": typeof types.ScopesMeDocument,
    "query ScopesMe2 { me { savedEpisodes(first: 1) { totalCount } } }": typeof types.ScopesMe2Document,
    "query SignInPauseSearch { search(query: \"love\", types: [TRACK], first: 1) { tracks { totalCount } } }": typeof types.SignInPauseSearchDocument,
    "query AuthSignInMe { me { spotifyId displayName } }": typeof types.AuthSignInMeDocument,
    "query AuthSignInMe2 { me { spotifyId } }": typeof types.AuthSignInMe2Document,
    "query AuthSignInReplayMe { me { spotifyId } }": typeof types.AuthSignInReplayMeDocument,
    "query SqliteSessionsMe { me { spotifyId } }": typeof types.SqliteSessionsMeDocument,
    "query AuthTransportsMe { me { spotifyId } }": typeof types.AuthTransportsMeDocument,
    "subscription GraphiqlSubscriptionPlaybackState { playbackState { isPlaying device { name } } }": typeof types.GraphiqlSubscriptionPlaybackStateDocument,
    "query SignInMe { me { spotifyId displayName } }": typeof types.SignInMeDocument,
    "query FrontendMe { me { displayName } }": typeof types.FrontendMeDocument,
    "query CliProductionAlbum($id: ID!) { album(id: $id) { name } }": typeof types.CliProductionAlbumDocument,
    "query CliProductionIntrospection { __schema { queryType { name } } }": typeof types.CliProductionIntrospectionDocument,
    "query CliTypename { __typename }": typeof types.CliTypenameDocument,
    "query CliJsonLines { __typename }": typeof types.CliJsonLinesDocument,
    "query AccountsOutageTrack($id: ID!) { track(id: $id) { name } }": typeof types.AccountsOutageTrackDocument,
    "\n        query AlbumGroupsOrder($id: ID!) {\n          artist(id: $id) {\n            a: albums(first: 3, includeGroups: [ALBUM, SINGLE]) { nodes { id } }\n            b: albums(first: 3, includeGroups: [SINGLE, ALBUM]) { nodes { id } }\n          }\n        }\n      ": typeof types.AlbumGroupsOrderDocument,
    "\n        query AlbumGroupsAll($id: ID!) {\n          artist(id: $id) {\n            a: albums(first: 3, includeGroups: [COMPILATION, APPEARS_ON, SINGLE, ALBUM]) { nodes { id } }\n            b: albums(first: 3) { nodes { id } }\n          }\n        }\n      ": typeof types.AlbumGroupsAllDocument,
    "query AnswersWithoutSpotifyTrackFromToken($id: ID!) { track(id: $id, market: \"from_token\") { name } }": typeof types.AnswersWithoutSpotifyTrackFromTokenDocument,
    "query AnswersWithoutSpotifySearch { search(query: \"e\", types: [TRACK], market: \"from_token\") { tracks { totalCount } } }": typeof types.AnswersWithoutSpotifySearchDocument,
    "query AnswersWithoutSpotifyRelatedArtists($id: ID!) { artist(id: $id) { relatedArtists { name } } }": typeof types.AnswersWithoutSpotifyRelatedArtistsDocument,
    "query AnswersWithoutSpotifyMarkets { markets }": typeof types.AnswersWithoutSpotifyMarketsDocument,
    "query PerAppAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }": typeof types.PerAppAlbumsDocument,
    "\n  query AppTokenFieldErrors($id: ID!) {\n    __typename\n    genreSeeds\n    album(id: $id) { name }\n    node(id: \"spotify:local:a:b:c:1\") { id }\n  }\n": typeof types.AppTokenFieldErrorsDocument,
    "query AppMarketPodcasts($show: ID!, $episode: ID!, $book: ID!, $chapter: ID!) {\n  show(id: $show) { name episodes(offset: 55, first: 2) { nodes { name } } }\n  episode(id: $episode) { name show { name } }\n  episodes(ids: [$episode]) { name }\n  audiobook(id: $book) { name chapters(offset: 55, first: 2) { nodes { name } } }\n  chapter(id: $chapter) { name }\n  search(query: \"a\", types: [SHOW, EPISODE, AUDIOBOOK], first: 2) {\n    shows { nodes { name } }\n    episodes { nodes { name } }\n    audiobooks { nodes { name } }\n  }\n}": typeof types.AppMarketPodcastsDocument,
    "query AppMarketNamed($show: ID!) {\n  show(id: $show, market: \"JP\") { name episodes(offset: 55, first: 1) { nodes { name } } }\n}": typeof types.AppMarketNamedDocument,
    "query AppMarketMusicBeside {\n  tracks: search(query: \"a\", types: [TRACK], first: 2) { tracks { nodes { name } } }\n  episodes: search(query: \"a\", types: [EPISODE], first: 2) { episodes { nodes { name } } }\n}": typeof types.AppMarketMusicBesideDocument,
    "\n  query BareRefusalPlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 5, offset: 1) { nodes { ... on Track { name } } } }\n    }\n  }\n": typeof types.BareRefusalPlaylistItemsDocument,
    "\n  query BareRefusalLatePlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 3, offset: 150) { nodes { ... on Track { name } } } }\n    }\n  }\n": typeof types.BareRefusalLatePlaylistItemsDocument,
    "\n  query CallerTokenContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }\n": typeof types.CallerTokenContainsDocument,
    "\n      mutation CallerTokenSaveThenCheck($uris: [ID!]!) {\n        saveToLibrary(uris: $uris) { me { libraryContains(uris: $uris) } }\n      }\n    ": typeof types.CallerTokenSaveThenCheckDocument,
    "\n      query CallerTokenTwoBatches($tracks: [ID!]!, $albums: [ID!]!) {\n        tracks(ids: $tracks) { name }\n        albums(ids: $albums) { name }\n      }\n    ": typeof types.CallerTokenTwoBatchesDocument,
    "\n      query CallerTokenTwoBareBatches($tracks: [ID!]!, $albums: [ID!]!) {\n        tracks(ids: $tracks) { name }\n        albums(ids: $albums) { name }\n      }\n    ": typeof types.CallerTokenTwoBareBatchesDocument,
    "\n  query OneWaveChecks($artists: [ID!]!, $users: [ID!]!, $playlist: ID!, $uris: [ID!]!) {\n    me {\n      followsArtists(ids: $artists)\n      followsUsers(ids: $users)\n      followsPlaylist(id: $playlist)\n      libraryContains(uris: $uris)\n    }\n  }\n": typeof types.OneWaveChecksDocument,
    "\n  query OldRouteLatePlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 3, offset: 150) { nodes { ... on Track { name } } } }\n    }\n  }\n": typeof types.OldRouteLatePlaylistItemsDocument,
    "\n  query AutoRecheckTopTracks($id: ID!) { artist(id: $id) { topTracks { name } } }\n": typeof types.AutoRecheckTopTracksDocument,
    "\n  query AutoRecheckSearch { search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } } }\n": typeof types.AutoRecheckSearchDocument,
    "\n  query AutoRecheckProbes($id: ID!) {\n    search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } }\n    artist(id: $id) { name topTracks { name } }\n  }\n": typeof types.AutoRecheckProbesDocument,
    "\n  query AutoRecheckSearchOf($q: String!) {\n    search(query: $q, types: [TRACK], first: 30) { tracks { nodes { name } } }\n  }\n": typeof types.AutoRecheckSearchOfDocument,
    "query AbsentMarketsCatalog($album: ID!, $track: ID!, $show: ID!, $book: ID!) {\n  album(id: $album) { availableMarkets tracks(first: 2) { nodes { availableMarkets } } }\n  track(id: $track) { availableMarkets isPlayable }\n  show(id: $show) { availableMarkets }\n  audiobook(id: $book) { availableMarkets chapters(first: 1) { nodes { availableMarkets } } } }": typeof types.AbsentMarketsCatalogDocument,
    "query AbsentMarketsUserTrack($id: ID!) { track(id: $id) { availableMarkets isPlayable } }": typeof types.AbsentMarketsUserTrackDocument,
    "query AbsentMarketsGivenMarket($id: ID!) { track(id: $id, market: \"SE\") { availableMarkets } }": typeof types.AbsentMarketsGivenMarketDocument,
    "query BadValuesAlbum($id: ID!) { album(id: $id) { name images { url width } genres artists { id } } }": typeof types.BadValuesAlbumDocument,
    "query BadValuesTrack($id: ID!) { track(id: $id) { name explicit availableMarkets isLocal isrc } }": typeof types.BadValuesTrackDocument,
    "query BadValuesEpisode($id: ID!) { episode(id: $id) { name description languages resumePoint { fullyPlayed resumePositionMs } } }": typeof types.BadValuesEpisodeDocument,
    "query BadValuesPlaylist($id: ID!) { playlist(id: $id) { name collaborative items(first: 2) { totalCount edges { isLocal addedBy { id } node { __typename } } } } }": typeof types.BadValuesPlaylistDocument,
    "query BadValuesAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }": typeof types.BadValuesAlbumTracksDocument,
    "query BadValuesAlbumTracksCount($id: ID!) { album(id: $id) { tracks(first: 3) { totalCount pageInfo { hasNextPage } } } }": typeof types.BadValuesAlbumTracksCountDocument,
    "query BadValuesSavedAudiobooksEmpty { me { savedAudiobooks(first: 2) { edges { node { id } } } } }": typeof types.BadValuesSavedAudiobooksEmptyDocument,
    "query BadValuesSearchNullEntry { search(query: \"a\", types: [ARTIST], first: 3) { artists { edges { cursor node { id } } } } }": typeof types.BadValuesSearchNullEntryDocument,
    "query BadValuesSavedTracks { me { savedTracks(first: 2) { nodes { id } edges { addedAt node { id } } } } }": typeof types.BadValuesSavedTracksDocument,
    "query BadValuesPlaylistEntries($id: ID!) { playlist(id: $id) { items(first: 3) { edges { addedAt node { __typename } } } } }": typeof types.BadValuesPlaylistEntriesDocument,
    "query BadValuesTopTracks($id: ID!) { artist(id: $id) { name topTracks(market: \"SE\") { id } } }": typeof types.BadValuesTopTracksDocument,
    "query BadValuesSearchTwoTypes { search(query: \"a\", types: [TRACK, ALBUM], first: 3) { tracks { nodes { id } } albums { totalCount nodes { id } } } }": typeof types.BadValuesSearchTwoTypesDocument,
    "query BadValuesMeEmptyId { me { id spotifyId displayName } }": typeof types.BadValuesMeEmptyIdDocument,
    "query BadValuesEpisodeNoShow($id: ID!) { episode(id: $id) { name show { name } } }": typeof types.BadValuesEpisodeNoShowDocument,
    "query BatchAnswersAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }": typeof types.BatchAnswersAlbumsDocument,
    "query BatchAnswersContains($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }": typeof types.BatchAnswersContainsDocument,
    "query BatchIdentityAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }": typeof types.BatchIdentityAlbumsDocument,
    "query BatchIdentityArtists($ids: [ID!]!) { artists(ids: $ids) { id name } }": typeof types.BatchIdentityArtistsDocument,
    "query BatchIdentityTracks($ids: [ID!]!) { tracks(ids: $ids) { id name } }": typeof types.BatchIdentityTracksDocument,
    "query BatchIdentityShows($ids: [ID!]!) { shows(ids: $ids) { id name } }": typeof types.BatchIdentityShowsDocument,
    "query BatchIdentityEpisodes($ids: [ID!]!) { episodes(ids: $ids) { id name } }": typeof types.BatchIdentityEpisodesDocument,
    "query BatchIdentityAudiobooks($ids: [ID!]!) { audiobooks(ids: $ids) { id name } }": typeof types.BatchIdentityAudiobooksDocument,
    "query BatchIdentityChapters($ids: [ID!]!) { chapters(ids: $ids) { id name } }": typeof types.BatchIdentityChaptersDocument,
    "\n  query BatchingArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      albums(first: 3, includeGroups: [ALBUM]) {\n        nodes {\n          name\n          tracks(first: 50) { nodes { name artists { spotifyId popularity } } }\n        }\n      }\n    }\n  }\n": typeof types.BatchingArtistDocument,
    "query BatchingArtists($ids: [ID!]!) { artists(ids: $ids) { albums(first: 5) { nodes { spotifyId label } } } }": typeof types.BatchingArtistsDocument,
    "query BatchingAlbums($ids: [ID!]!) { albums(ids: $ids) { name label } }": typeof types.BatchingAlbumsDocument,
    "query BatchingTracks($ids: [ID!]!) { tracks(ids: $ids) { audioFeatures { tempo } } }": typeof types.BatchingTracksDocument,
    "query BatchingTrack($id: ID!) { track(id: $id) { album { name } artists { name } } }": typeof types.BatchingTrackDocument,
    "query BatchingAlbumAlbum($id: ID!, $uri: ID!) { a: album(id: $id) { name } b: album(id: $uri) { label } c: albums(ids: [$id, $id]) { name } }": typeof types.BatchingAlbumAlbumDocument,
    "query BatchingAlbums2($ids: [ID!]!) { albums(ids: $ids) { name } }": typeof types.BatchingAlbums2Document,
    "\n        query BrowseCategory($id: ID!) {\n          category(id: $id, locale: \"sv_SE\") { id name icons { url } playlists(first: 50) { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } }\n        }\n      ": typeof types.BrowseCategoryDocument,
    "query BrowseUnknownCategory { category(id: \"nosuchcategory\") { name } }": typeof types.BrowseUnknownCategoryDocument,
    "query BrowseMalformedCategory($id: ID!) { category(id: $id) { name } }": typeof types.BrowseMalformedCategoryDocument,
    "query BrowseMalformedLocale($locale: String) { categories(locale: $locale) { totalCount } }": typeof types.BrowseMalformedLocaleDocument,
    "query BrowseCategoriesFirst { categories(first: 15) { nodes { id } pageInfo { hasNextPage endCursor } } }": typeof types.BrowseCategoriesFirstDocument,
    "\n        query BrowseCategoriesRest($after: String) { categories(first: 50, after: $after) { totalCount nodes { id } } }\n      ": typeof types.BrowseCategoriesRestDocument,
    "query BrowseFeaturedPlaylists { featuredPlaylists(first: 50) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } } }": typeof types.BrowseFeaturedPlaylistsDocument,
    "query BrowseNewReleases { newReleases(first: 60) { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } }": typeof types.BrowseNewReleasesDocument,
    "query BrowseMarketsGenreSeeds { markets genreSeeds }": typeof types.BrowseMarketsGenreSeedsDocument,
    "\n      query BrowseRecommendations($artist: ID!) {\n        recommendations(seedArtists: [$artist], seedGenres: [\"pop\"], limit: 30, tunables: { popularity: { min: 20 } }) {\n          seeds { id type }\n          tracks { popularity }\n        }\n      }": typeof types.BrowseRecommendationsDocument,
    "query BrowseSixSeeds($t: [ID!]) { recommendations(seedTracks: $t) { tracks { name } } }": typeof types.BrowseSixSeedsDocument,
    "query BrowseNoSeeds { recommendations { tracks { name } } }": typeof types.BrowseNoSeedsDocument,
    "query BrowseBadSeed($a: [ID!]) { recommendations(seedArtists: $a) { tracks { name } } }": typeof types.BrowseBadSeedDocument,
    "query BrowseEnergyOutOfRange($t: [ID!]) { recommendations(seedTracks: $t, tunables: { energy: { max: 2 } }) { tracks { name } } }": typeof types.BrowseEnergyOutOfRangeDocument,
    "query BrowseFractionalKey($t: [ID!]) { recommendations(seedTracks: $t, tunables: { key: { target: 1.5 } }) { tracks { name } } }": typeof types.BrowseFractionalKeyDocument,
    "\n  query EstimateDedupArtistAliases($id: ID!, $other: ID!) {\n    a0: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a1: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a2: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a3: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n": typeof types.EstimateDedupArtistAliasesDocument,
    "\n  query EstimateDedupFragmentAliases($id: ID!, $other: ID!, $uri: ID!) {\n    a0: artist(id: $id) { ...EstimateDedupAlbums }\n    a1: artist(id: $id) { ...EstimateDedupAlbums }\n    a2: artist(id: $id) { ...EstimateDedupAlbums }\n    a3: node(id: $uri) { ...EstimateDedupAlbums }\n    other: artist(id: $other) { ...EstimateDedupAlbums }\n  }\n  fragment EstimateDedupAlbums on Artist { albums(first: 3) { nodes { name } } }\n": typeof types.EstimateDedupFragmentAliasesDocument,
    "\n  query EstimateDedupOneAlbum($id: ID!, $ids: [ID!]!, $uri: ID!, $other: ID!) {\n    album(id: $id) { name }\n    albums(ids: $ids) { name }\n    node(id: $uri) { ... on Album { name } }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n": typeof types.EstimateDedupOneAlbumDocument,
    "\n  query EstimateDedupRepeatedIds($ids: [ID!]!, $other: ID!) {\n    albums(ids: $ids) { name }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n": typeof types.EstimateDedupRepeatedIdsDocument,
    "\n  query EstimateDedupMixedById($track: ID!, $tracks: [ID!]!, $uri: ID!, $uris: [ID!]!, $playlist: ID!) {\n    track(id: $track) { name }\n    tracks(ids: $tracks) { name }\n    node(id: $uri) { ... on Track { name } }\n    nodes(ids: $uris) { id ... on Track { name } ... on Playlist { name } }\n    playlist(id: $playlist) { name }\n  }\n": typeof types.EstimateDedupMixedByIdDocument,
    "\n  query CostDevelopmentTracks(\n    $a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!,\n    $h: [ID!]!, $i: [ID!]!, $j: [ID!]!, $k: [ID!]!\n  ) {\n    a: tracks(ids: $a) { name }\n    b: tracks(ids: $b) { name }\n    c: tracks(ids: $c) { name }\n    d: tracks(ids: $d) { name }\n    e: tracks(ids: $e) { name }\n    f: tracks(ids: $f) { name }\n    g: tracks(ids: $g) { name }\n    h: tracks(ids: $h) { name }\n    i: tracks(ids: $i) { name }\n    j: tracks(ids: $j) { name }\n    k: tracks(ids: $k) { name }\n  }\n": typeof types.CostDevelopmentTracksDocument,
    "\n      query CostDevelopmentFortyTracks($ids: [ID!]!) { tracks(ids: $ids) { name album { name } } }\n    ": typeof types.CostDevelopmentFortyTracksDocument,
    "\n  query FuzzAlbumNested($id: ID!, $n: Int!, $m: Int!, $artists: Boolean!, $deep: Boolean!) {\n    album(id: $id) {\n      name\n      tracks(first: $n) {\n        nodes { name artists @include(if: $artists) { name albums(first: $m) @include(if: $deep) { nodes { name } } } }\n      }\n    }\n  }\n": typeof types.FuzzAlbumNestedDocument,
    "\n  query FuzzBatches($albums: [ID!]!, $artists: [ID!]!, $tracks: [ID!]!, $withAlbum: Boolean!) {\n    albums(ids: $albums) { name }\n    artists(ids: $artists) { name }\n    tracks(ids: $tracks) { name album @include(if: $withAlbum) { name label } }\n  }\n": typeof types.FuzzBatchesDocument,
    "\n  query FuzzSiblingWindows(\n    $id: ID!, $f0: Int!, $o0: Int!, $f1: Int!, $o1: Int!, $f2: Int!, $o2: Int!, $third: Boolean!\n  ) {\n    artist(id: $id) {\n      name\n      w0: albums(first: $f0, offset: $o0) { totalCount nodes { id } }\n      w1: albums(first: $f1, offset: $o1) { nodes { id } }\n      w2: albums(first: $f2, offset: $o2) @include(if: $third) { nodes { id } }\n    }\n  }\n": typeof types.FuzzSiblingWindowsDocument,
    "\n  query FuzzNestedWindows($ids: [ID!]!, $f: Int!, $t0: Int!, $t1: Int!, $o1: Int!, $second: Boolean!) {\n    artists(ids: $ids) {\n      albums(first: $f) {\n        nodes {\n          t0: tracks(first: $t0) { nodes { name } }\n          t1: tracks(first: $t1, offset: $o1) @include(if: $second) { nodes { name } }\n        }\n      }\n    }\n  }\n": typeof types.FuzzNestedWindowsDocument,
    "\n  query FuzzSearch($q: String!, $types: [SearchType!]!, $n: Int!, $o: Int!) {\n    search(query: $q, types: $types, first: $n, offset: $o) {\n      albums { totalCount nodes { name } }\n      artists { nodes { name } }\n      tracks { nodes { name } }\n      playlists { nodes { name } }\n      shows { nodes { name } }\n    }\n  }\n": typeof types.FuzzSearchDocument,
    "\n  query FuzzLibrary(\n    $n0: Int!, $o0: Int!, $n1: Int!, $o1: Int!, $second: Boolean!, $p: Int!, $albums: Boolean!\n  ) {\n    me {\n      displayName\n      s0: savedTracks(first: $n0, offset: $o0) { totalCount nodes { name } }\n      s1: savedTracks(first: $n1, offset: $o1) @include(if: $second) { nodes { name } }\n      playlists(first: $p) { nodes { name } }\n      savedAlbums(first: $n0) @include(if: $albums) { nodes { name } }\n    }\n  }\n": typeof types.FuzzLibraryDocument,
    "\n  query FuzzAliases(\n    $id: ID!, $other: ID!, $uri: ID!, $f: Int!, $g: Int!, $name: Boolean!, $second: Boolean!, $node: Boolean!\n  ) {\n    a0: artist(id: $id) { albums(first: $f) { nodes { name } } }\n    a1: artist(id: $id) { ...FuzzArtistAlbums }\n    a2: artist(id: $id) { name @include(if: $name) albums(first: $g) { totalCount } }\n    a3: artist(id: $other) @include(if: $second) { ...FuzzArtistAlbums }\n    a4: node(id: $uri) @include(if: $node) { id ...FuzzArtistAlbums }\n  }\n  fragment FuzzArtistAlbums on Artist { albums(first: $f) { nodes { name } } }\n": typeof types.FuzzAliasesDocument,
    "\n  query FuzzRepeatedIds($albums: [ID!]!, $again: [ID!]!, $tracks: [ID!]!, $withAlbum: Boolean!) {\n    albums(ids: $albums) { name }\n    again: albums(ids: $again) { id name }\n    tracks(ids: $tracks) { name album @include(if: $withAlbum) { name label } }\n  }\n": typeof types.FuzzRepeatedIdsDocument,
    "\n  query FuzzMixedById(\n    $album: ID!, $albums: [ID!]!, $uri: ID!, $uris: [ID!]!, $playlist: ID!, $withPlaylist: Boolean!\n  ) {\n    album(id: $album) { name }\n    albums(ids: $albums) { name }\n    node(id: $uri) { id ... on Album { name } ... on Track { name } ... on Playlist { name } }\n    nodes(ids: $uris) { id ... on Album { name } ... on Artist { name } ... on Track { name } ... on Playlist { name } }\n    playlist(id: $playlist) @include(if: $withPlaylist) { name }\n  }\n": typeof types.FuzzMixedByIdDocument,
    "\n        query CostReadmeAlbumTwice($a: ID!, $b: ID!) {\n          album(id: $a) { name tracks(first: 50) { nodes { artists { albums(first: 3) { nodes { name } } } } } }\n          other: album(id: $b) { name tracks(first: 50) { nodes { artists { albums(first: 3) { nodes { name } } } } } }\n        }\n      ": typeof types.CostReadmeAlbumTwiceDocument,
    "\n        query CostReadmeAlbumTwoCounts($a: ID!) {\n          album(id: $a) {\n            name\n            tracks(first: 50) {\n              nodes { artists { albums(first: 3) { nodes { name } } a2: albums(first: 5) { totalCount } } }\n            }\n          }\n        }\n      ": typeof types.CostReadmeAlbumTwoCountsDocument,
    "\n        query CostAlbumScreens($a: ID!, $b: ID!) {\n          first: album(id: $a) { ...CostAlbumScreen }\n          second: album(id: $b) { ...CostAlbumScreen }\n        }\n        fragment CostAlbumScreen on Album {\n          __typename id name label releaseDate images { __typename url }\n          artists {\n            __typename id name followerCount images { __typename url }\n            albums(first: 10) { __typename totalCount nodes { __typename id name images { __typename url } } }\n          }\n          tracks(first: 50) {\n            __typename totalCount\n            pageInfo { __typename hasNextPage endCursor }\n            nodes { __typename id name durationMs artists { __typename id name } }\n          }\n        }\n      ": typeof types.CostAlbumScreensDocument,
    "\n        query CostMeScreen {\n          me {\n            __typename displayName images { url }\n            playlists(first: 50) {\n              totalCount\n              nodes {\n                __typename id name images { url } owner { __typename id displayName }\n                items(first: 100) {\n                  totalCount\n                  edges {\n                    addedAt\n                    node {\n                      __typename\n                      ... on Track { id name album { id name images { url } } artists { id name } }\n                      ... on Episode { id name show { id name } }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.CostMeScreenDocument,
    "\n        query CostBenchArtist($id: ID!) {\n          artist(id: $id) {\n            name\n            albums(first: 5) { nodes { name tracks(first: 10) { nodes { name artists { name popularity } } } } }\n          }\n        }\n      ": typeof types.CostBenchArtistDocument,
    "\n        query CostBenchTracks($ids: [ID!]!) {\n          first: tracks(ids: $ids) { name popularity album { name label } artists { name popularity } }\n        }\n      ": typeof types.CostBenchTracksDocument,
    "\n        query CostBenchPlaylists($p0: ID!, $p1: ID!, $p2: ID!, $p3: ID!) {\n          p0: playlist(id: $p0) { ...CostPlaylistArtists }\n          p1: playlist(id: $p1) { ...CostPlaylistArtists }\n          p2: playlist(id: $p2) { ...CostPlaylistArtists }\n          p3: playlist(id: $p3) { ...CostPlaylistArtists }\n        }\n        fragment CostPlaylistArtists on Playlist {\n          name items(first: 20) { nodes { ... on Track { name artists { name popularity } } } }\n        }\n      ": typeof types.CostBenchPlaylistsDocument,
    "\n        query CostOneLargeSearch {\n          search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } }\n        }\n      ": typeof types.CostOneLargeSearchDocument,
    "\n        query CostBenchShows($ids: [ID!]!) {\n          shows(ids: $ids) { name episodes(first: 5) { nodes { name show { name publisher } } } }\n        }\n      ": typeof types.CostBenchShowsDocument,
    "\n        query CostBenchArtistsAlbums($ids: [ID!]!) {\n          artists(ids: $ids) { name albums(first: 5) { nodes { name label } } }\n        }\n      ": typeof types.CostBenchArtistsAlbumsDocument,
    "\n      query CostExtendedTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!) {\n        a: tracks(ids: $a) { name }\n        b: tracks(ids: $b) { name }\n        c: tracks(ids: $c) { name }\n        d: tracks(ids: $d) { name }\n        e: tracks(ids: $e) { name }\n        f: tracks(ids: $f) { name }\n        g: tracks(ids: $g) { name }\n      }\n    ": typeof types.CostExtendedTracksDocument,
    "\n      query CostExtendedSearchPages { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { id } } } }\n    ": typeof types.CostExtendedSearchPagesDocument,
    "query CatalogAudiobooksChaptersPage($id: ID!, $first: Int, $after: String) {\n        audiobook(id: $id) {\n          chapters(first: $first, after: $after) {\n            totalCount\n            nodes { spotifyId chapterNumber audiobook { name } }\n            pageInfo { hasNextPage endCursor }\n          }\n        }\n      }": typeof types.CatalogAudiobooksChaptersPageDocument,
    "query CatalogAudiobooksFields($id: ID!) {\n        audiobook(id: $id) {\n          id name authors narrators edition publisher description explicit languages mediaType totalChapters\n          copyrights { text type }\n        }\n      }": typeof types.CatalogAudiobooksFieldsDocument,
    "query CatalogAudiobooksFirstChapters($ids: [ID!]!) {\n        audiobooks(ids: $ids) { chapters(first: 5) { nodes { name } } }\n      }": typeof types.CatalogAudiobooksFirstChaptersDocument,
    "query CatalogAudiobooksNames($ids: [ID!]!) { audiobooks(ids: $ids) { name } }": typeof types.CatalogAudiobooksNamesDocument,
    "query CatalogAudiobooksChapterFields($id: ID!) {\n        chapter(id: $id) {\n          id uri name chapterNumber description durationMs explicit releaseDate languages isPlayable\n          audiobook { name }\n        }\n      }": typeof types.CatalogAudiobooksChapterFieldsDocument,
    "query CatalogAudiobooksChapterIds($ids: [ID!]!) { chapters(ids: $ids) { spotifyId } }": typeof types.CatalogAudiobooksChapterIdsDocument,
    "query CatalogAudiobooksBadId($ids: [ID!]!) { chapters(ids: $ids) { name } }": typeof types.CatalogAudiobooksBadIdDocument,
    "query CatalogAudiobooksBadMarket($id: ID!, $market: String) { audiobook(id: $id, market: $market) { name } }": typeof types.CatalogAudiobooksBadMarketDocument,
    "query CatalogAudiobooksNode($id: ID!) { node(id: $id) { __typename ... on Chapter { chapterNumber } } }": typeof types.CatalogAudiobooksNodeDocument,
    "query CacheBadValueAlbum($id: ID!) { album(id: $id) { id name } }": typeof types.CacheBadValueAlbumDocument,
    "query CacheBadValueTopTracks($id: ID!) {\n  artist(id: $id) { topTracks(market: \"SE\") { id name } }\n}": typeof types.CacheBadValueTopTracksDocument,
    "query CacheBadValueArtistAlbums($id: ID!) {\n  artist(id: $id) { albums(first: 3) { nodes { id name } } }\n}": typeof types.CacheBadValueArtistAlbumsDocument,
    "query CacheBadValueAlbumArtists($id: ID!) {\n  album(id: $id) { name artists { id } }\n}": typeof types.CacheBadValueAlbumArtistsDocument,
    "query CacheBadValueAlbumAndMissing($id: ID!) {\n  album(id: $id) { name }\n  missing: album(id: \"0000000000000000000000\") { name }\n}": typeof types.CacheBadValueAlbumAndMissingDocument,
    "query CacheBadValueGoodAlbum($id: ID!) { album(id: $id) { name } }": typeof types.CacheBadValueGoodAlbumDocument,
    "query CatalogDevelopmentShows($ids: [ID!]!) { shows(ids: $ids) { spotifyId } }": typeof types.CatalogDevelopmentShowsDocument,
    "query CatalogDevelopmentEpisodes($ids: [ID!]!) { episodes(ids: $ids) { spotifyId } }": typeof types.CatalogDevelopmentEpisodesDocument,
    "query CatalogDevelopmentShowEpisodes($id: ID!) { show(id: $id) { episodes(first: 20) { nodes { spotifyId } } } }": typeof types.CatalogDevelopmentShowEpisodesDocument,
    "\n      query CatalogDevelopmentLostFields($id: ID!) {\n        show(id: $id) { name }\n        markets\n        genreSeeds\n        categories { totalCount }\n        category(id: \"pop\") { name }\n        featuredPlaylists { message }\n        newReleases { totalCount }\n        recommendations(seedGenres: [\"pop\"]) { tracks { name } }\n      }": typeof types.CatalogDevelopmentLostFieldsDocument,
    "query CatalogDevelopmentSearch { search(query: \"the\", types: [TRACK, ALBUM], first: 25) { tracks { nodes { name } } albums { nodes { name } } } }": typeof types.CatalogDevelopmentSearchDocument,
    "query CatalogListsGenres { genreSeeds }": typeof types.CatalogListsGenresDocument,
    "query CatalogListsMarkets { markets }": typeof types.CatalogListsMarketsDocument,
    "\n  query CatalogListsRecommended($a: [ID!]) { recommendations(seedArtists: $a, limit: 5) { tracks { name } } }\n": typeof types.CatalogListsRecommendedDocument,
    "\n  query CatalogListsAliases($a: [ID!]) {\n    g: genreSeeds h: genreSeeds m: markets n: markets\n    r: recommendations(seedArtists: $a, limit: 5) { tracks { name } }\n    s: recommendations(seedArtists: $a, limit: 5) { tracks { name } }\n  }\n": typeof types.CatalogListsAliasesDocument,
    "\n  query CatalogListsFromToken($a: [ID!]) {\n    recommendations(seedArtists: $a, limit: 5, market: \"from_token\") { tracks { name } }\n  }\n": typeof types.CatalogListsFromTokenDocument,
    "query CatalogListsWarm($id: ID!) { album(id: $id) { name } }": typeof types.CatalogListsWarmDocument,
    "query CatalogShowsEpisodesPage($id: ID!, $first: Int, $after: String) {\n        show(id: $id) {\n          episodes(first: $first, after: $after) {\n            totalCount\n            nodes { spotifyId name show { name } }\n            edges { cursor }\n            pageInfo { hasNextPage hasPreviousPage endCursor }\n          }\n        }\n      }": typeof types.CatalogShowsEpisodesPageDocument,
    "query CatalogShowsByIdOrUri($id: ID!, $uri: ID!) {\n        byId: show(id: $id) {\n          id spotifyId uri name publisher description languages mediaType explicit totalEpisodes\n          images { url } copyrights { text type }\n        }\n        byUri: show(id: $uri) { id }\n      }": typeof types.CatalogShowsByIdOrUriDocument,
    "query CatalogShowsEpisodeFields($id: ID!) {\n        episode(id: $id) {\n          name description durationMs explicit releaseDate releaseDatePrecision languages isPlayable\n          resumePoint { fullyPlayed }\n          show { name publisher }\n        }\n      }": typeof types.CatalogShowsEpisodeFieldsDocument,
    "query CatalogShowsResumePoint($id: ID!) { episode(id: $id) { resumePoint { fullyPlayed resumePositionMs } } }": typeof types.CatalogShowsResumePointDocument,
    "query CatalogShowsResumePoints($ids: [ID!]!) {\n        episodes(ids: $ids) { durationMs resumePoint { fullyPlayed resumePositionMs } }\n      }": typeof types.CatalogShowsResumePointsDocument,
    "query CatalogShowsEpisodeBatches($ids: [ID!]!) { episodes(ids: $ids) { spotifyId } }": typeof types.CatalogShowsEpisodeBatchesDocument,
    "query CatalogShowsNames($ids: [ID!]!) { shows(ids: $ids) { name } }": typeof types.CatalogShowsNamesDocument,
    "query CatalogShowsBatches($ids: [ID!]!) { shows(ids: $ids) { spotifyId } }": typeof types.CatalogShowsBatchesDocument,
    "query CatalogShowsBadId($id: ID!) { show(id: $id) { name } }": typeof types.CatalogShowsBadIdDocument,
    "query CatalogShowsWrongType($id: ID!) { episode(id: $id) { name } }": typeof types.CatalogShowsWrongTypeDocument,
    "query CatalogShowsBadMarket($ids: [ID!]!, $market: String) { shows(ids: $ids, market: $market) { name } }": typeof types.CatalogShowsBadMarketDocument,
    "query CatalogShowsNode($id: ID!) { node(id: $id) { __typename ... on Show { name } } }": typeof types.CatalogShowsNodeDocument,
    "query ClientInputSearchFirst($n: Int!) { search(query: \"a\", types: [TRACK], first: $n) { tracks { totalCount } } }": typeof types.ClientInputSearchFirstDocument,
    "query ClientInputSearchTypes($types: [SearchType!]!) { search(query: \"a\", types: $types, first: 1) { tracks { totalCount } } }": typeof types.ClientInputSearchTypesDocument,
    "query ClientInputAlbum($id: ID!) { album(id: $id) { id } }": typeof types.ClientInputAlbumDocument,
    "query ClientInputAlbumOrDefault($id: ID = \"x\") { album(id: $id) { id } }": typeof types.ClientInputAlbumOrDefaultDocument,
    "query ClientInputIncludeOrDefault($on: Boolean = true) { __typename @include(if: $on) }": typeof types.ClientInputIncludeOrDefaultDocument,
    "query ClientInputAlbumsItemOrDefault($id: ID = \"x\") { albums(ids: [$id]) { id } }": typeof types.ClientInputAlbumsItemOrDefaultDocument,
    "query ClientInputFragmentAlbum($id: ID = \"x\") { ...ClientInputAlbumFields } fragment ClientInputAlbumFields on Query { album(id: $id) { id } }": typeof types.ClientInputFragmentAlbumDocument,
    "\n  query ConcurrentColdArtist($id: ID!) {\n    artist(id: $id) {\n      name followerCount\n      albums(first: 5) { nodes { name } }\n      topTracks { name }\n      relatedArtists { name }\n    }\n  }\n": typeof types.ConcurrentColdArtistDocument,
    "\n  query ConcurrentColdSearch($q: String!) {\n    search(query: $q, types: [ARTIST], first: 3) { artists { nodes { name albums(first: 2) { nodes { name } } } } }\n  }\n": typeof types.ConcurrentColdSearchDocument,
    "\n  query ConcurrentColdWide($id: ID!) { artist(id: $id) { albums(first: 6) { nodes { name } } } }\n": typeof types.ConcurrentColdWideDocument,
    "\n  query ConcurrentColdNarrow($id: ID!) { artist(id: $id) { albums(first: 2, offset: 3) { nodes { name } } } }\n": typeof types.ConcurrentColdNarrowDocument,
    "\n  query ConcurrentColdAlbumsThenSearch($id: ID!, $q: String!) {\n    artist(id: $id) { albums(first: 4) { nodes { name } } }\n    search(query: $q, types: [TRACK], first: 1) { tracks { totalCount } }\n  }\n": typeof types.ConcurrentColdAlbumsThenSearchDocument,
    "\n  query ConcurrentColdTwoAlbums($a: ID!, $b: ID!) { a: album(id: $a) { name } b: album(id: $b) { name } }\n": typeof types.ConcurrentColdTwoAlbumsDocument,
    "\n  query ConcurrentColdBigAlbum($id: ID!) { album(id: $id) { name tracks(first: 60) { nodes { name } } } }\n": typeof types.ConcurrentColdBigAlbumDocument,
    "query ConcurrentColdGenresMarkets { genreSeeds markets }": typeof types.ConcurrentColdGenresMarketsDocument,
    "query ConcurrentPagesItems($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) {\n    items(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ... on Track { id } ... on Episode { id } } }\n    }\n  }\n}": typeof types.ConcurrentPagesItemsDocument,
    "query ConcurrentPagesAlbum($id: ID!, $first: Int!) {\n  album(id: $id) { tracks(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}": typeof types.ConcurrentPagesAlbumDocument,
    "query ConcurrentPagesCounted($id: ID!) {\n    playlist(id: $id) { items(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor } } }\n  }": typeof types.ConcurrentPagesCountedDocument,
    "query ConcurrentPagesFollowed($first: Int!, $after: String) {\n    me { followedArtists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.ConcurrentPagesFollowedDocument,
    "query ConnectionPagesTotal($id: ID!) { artist(id: $id) { albums(first: 500) { totalCount } } }": typeof types.ConnectionPagesTotalDocument,
    "query ConnectionPagesCounted($id: ID!) { artist(id: $id) { albums(first: 30, offset: 10) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }": typeof types.ConnectionPagesCountedDocument,
    "query ConnectionPagesFull($id: ID!) { artist(id: $id) { albums(first: 30, offset: 10) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { name } } } }": typeof types.ConnectionPagesFullDocument,
    "query ConnectionPagesFragment($id: ID!) { artist(id: $id) { albums(first: 60) { totalCount ...ConnectionPagesItems } } }\n       fragment ConnectionPagesItems on ArtistAlbumConnection { nodes { name } }": typeof types.ConnectionPagesFragmentDocument,
    "query ConnectionPagesSearchTotal { search(query: \"e\", types: [TRACK], first: 500, offset: 600) { tracks { totalCount pageInfo { hasPreviousPage } } } }": typeof types.ConnectionPagesSearchTotalDocument,
    "query ConnectionPagesTwentyFiveTotals {\n        s0: search(query: \"e\", types: [TRACK], first: 500, offset: 0) { tracks { totalCount } }\n        s1: search(query: \"e\", types: [TRACK], first: 500, offset: 1) { tracks { totalCount } }\n        s2: search(query: \"e\", types: [TRACK], first: 500, offset: 2) { tracks { totalCount } }\n        s3: search(query: \"e\", types: [TRACK], first: 500, offset: 3) { tracks { totalCount } }\n        s4: search(query: \"e\", types: [TRACK], first: 500, offset: 4) { tracks { totalCount } }\n        s5: search(query: \"e\", types: [TRACK], first: 500, offset: 5) { tracks { totalCount } }\n        s6: search(query: \"e\", types: [TRACK], first: 500, offset: 6) { tracks { totalCount } }\n        s7: search(query: \"e\", types: [TRACK], first: 500, offset: 7) { tracks { totalCount } }\n        s8: search(query: \"e\", types: [TRACK], first: 500, offset: 8) { tracks { totalCount } }\n        s9: search(query: \"e\", types: [TRACK], first: 500, offset: 9) { tracks { totalCount } }\n        s10: search(query: \"e\", types: [TRACK], first: 500, offset: 10) { tracks { totalCount } }\n        s11: search(query: \"e\", types: [TRACK], first: 500, offset: 11) { tracks { totalCount } }\n        s12: search(query: \"e\", types: [TRACK], first: 500, offset: 12) { tracks { totalCount } }\n        s13: search(query: \"e\", types: [TRACK], first: 500, offset: 13) { tracks { totalCount } }\n        s14: search(query: \"e\", types: [TRACK], first: 500, offset: 14) { tracks { totalCount } }\n        s15: search(query: \"e\", types: [TRACK], first: 500, offset: 15) { tracks { totalCount } }\n        s16: search(query: \"e\", types: [TRACK], first: 500, offset: 16) { tracks { totalCount } }\n        s17: search(query: \"e\", types: [TRACK], first: 500, offset: 17) { tracks { totalCount } }\n        s18: search(query: \"e\", types: [TRACK], first: 500, offset: 18) { tracks { totalCount } }\n        s19: search(query: \"e\", types: [TRACK], first: 500, offset: 19) { tracks { totalCount } }\n        s20: search(query: \"e\", types: [TRACK], first: 500, offset: 20) { tracks { totalCount } }\n        s21: search(query: \"e\", types: [TRACK], first: 500, offset: 21) { tracks { totalCount } }\n        s22: search(query: \"e\", types: [TRACK], first: 500, offset: 22) { tracks { totalCount } }\n        s23: search(query: \"e\", types: [TRACK], first: 500, offset: 23) { tracks { totalCount } }\n        s24: search(query: \"e\", types: [TRACK], first: 500, offset: 24) { tracks { totalCount } }\n      }": typeof types.ConnectionPagesTwentyFiveTotalsDocument,
    "query ConnectionPagesExtendedSearchItems { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { name } } } }": typeof types.ConnectionPagesExtendedSearchItemsDocument,
    "query ConnectionPagesSearchItems { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { name } } } }": typeof types.ConnectionPagesSearchItemsDocument,
    "query ConnectionPagesArtistItems($id: ID!) { artist(id: $id) { albums(first: 500) { nodes { name } } } }": typeof types.ConnectionPagesArtistItemsDocument,
    "query ContainsLibrary($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }": typeof types.ContainsLibraryDocument,
    "query ContainsFollows($artists: [ID!]!, $users: [ID!]!) { me { followsArtists(ids: $artists) followsUsers(ids: $users) } }": typeof types.ContainsFollowsDocument,
    "query ContainsPlaylist($id: ID!) { me { displayName followsPlaylist(id: $id) } }": typeof types.ContainsPlaylistDocument,
    "query ContainsPlayingType { me { player { state { isPlaying currentlyPlayingType } } } }": typeof types.ContainsPlayingTypeDocument,
    "query ContainsDeviceIds { me { player { devices { id } } } }": typeof types.ContainsDeviceIdsDocument,
    "mutation ContainsPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }": typeof types.ContainsPlayDocument,
    "query ContainsPartialFailure($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": typeof types.ContainsPartialFailureDocument,
    "query ContextUrisState { me { player { state { isPlaying context { type uri href } } currentlyPlaying { isPlaying context { type uri } } } } }": typeof types.ContextUrisStateDocument,
    "query ContextUrisHistory { me { recentlyPlayed(first: 20) { nodes { playedAt context { type uri } } } } }": typeof types.ContextUrisHistoryDocument,
    "query ContextUrisNoUri { me { player { state { isPlaying context { uri } } } } }": typeof types.ContextUrisNoUriDocument,
    "\n  query CoveredPagesOverlapping($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }\n      d: albums(first: 2, offset: 1) { nodes { name } pageInfo { hasNextPage hasPreviousPage } }\n      t: albums(offset: 2) { totalCount pageInfo { hasPreviousPage } }\n    }\n  }\n": typeof types.CoveredPagesOverlappingDocument,
    "\n  query CoveredPagesByWider($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 4) { nodes { name } }\n      d: albums(first: 2, offset: 2) { nodes { name } }\n    }\n  }\n": typeof types.CoveredPagesByWiderDocument,
    "\n  query CoveredPagesPast($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { name } }\n      d: albums(first: 3, offset: 2) { nodes { name } }\n    }\n  }\n": typeof types.CoveredPagesPastDocument,
    "\n  query CoveredPagesNested($id: ID!) {\n    artist(id: $id) {\n      albums(first: 6) { nodes { name artists { spotifyId albums(first: 2, offset: 3) { nodes { name } } } } }\n    }\n  }\n": typeof types.CoveredPagesNestedDocument,
    "\n  query CoveredPagesPlaylistBeside($id: ID!) {\n    me { playlists(first: 5) { nodes { spotifyId items(first: 3) { totalCount nodes { __typename } } } } }\n    p: playlist(id: $id) { items(first: 3) { totalCount } }\n  }\n": typeof types.CoveredPagesPlaylistBesideDocument,
    "\n  query CoveredPagesMyPlaylists { me { playlists(first: 5) { nodes { spotifyId } } } }\n": typeof types.CoveredPagesMyPlaylistsDocument,
    "query CredentialRedactionTrack($id: ID!) { track(id: $id) { name } }": typeof types.CredentialRedactionTrackDocument,
    "query CurrentlyPlayingNothingQuery { me { player {\n        state { isPlaying currentlyPlayingType }\n        currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }": typeof types.CurrentlyPlayingNothingQueryDocument,
    "subscription CurrentlyPlayingNothingPlaying {\n        currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } }": typeof types.CurrentlyPlayingNothingPlayingDocument,
    "subscription CurrentlyPlayingNothingState { playbackState { isPlaying currentlyPlayingType } }": typeof types.CurrentlyPlayingNothingStateDocument,
    "query CursorArgumentsFollowed($first: Int, $after: String) { me { followedArtists(first: $first, after: $after) { nodes { name } } } }": typeof types.CursorArgumentsFollowedDocument,
    "query CursorArgumentsAlbum($id: ID!) { album(id: $id) { name } }": typeof types.CursorArgumentsAlbumDocument,
    "query CursorArgumentsFirstBounds($first: Int) { me { followedArtists(first: $first) { totalCount } recentlyPlayed(first: $first) { edges { cursor } } } }": typeof types.CursorArgumentsFirstBoundsDocument,
    "query CursorArgumentsEndCursor { me { followedArtists(first: 1) { pageInfo { endCursor } } } }": typeof types.CursorArgumentsEndCursorDocument,
    "query CursorArgumentsSavedTracks($after: String) { me { savedTracks(first: 1, after: $after) { totalCount } } }": typeof types.CursorArgumentsSavedTracksDocument,
    "query CursorArgumentsSearch($after: String) { search(query: \"e\", types: [TRACK], first: 5, after: $after) { tracks { totalCount } } }": typeof types.CursorArgumentsSearchDocument,
    "query CursorArgumentsMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }": typeof types.CursorArgumentsMarketDocument,
    "query CursorArgumentsEmptyPages { me { followedArtists(first: 5) { edges { cursor } pageInfo { hasNextPage endCursor } } } }": typeof types.CursorArgumentsEmptyPagesDocument,
    "mutation CursorArgumentsCreatePlaylist { createPlaylist(name: \"Unread\") { playlist { id } } }": typeof types.CursorArgumentsCreatePlaylistDocument,
    "query CursorCyclesFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}": typeof types.CursorCyclesFollowedDocument,
    "query CursorCyclesRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { playedAt track { id } } } } }\n}": typeof types.CursorCyclesRecentDocument,
    "query CursorForgeryFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}": typeof types.CursorForgeryFollowedDocument,
    "query CursorForgeryRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { playedAt } } } }\n}": typeof types.CursorForgeryRecentDocument,
    "query ToTheEndRecent($first: Int, $after: String) { me { recentlyPlayed(first: $first, after: $after) { edges { cursor node { playedAt } } pageInfo { hasNextPage endCursor } } } }": typeof types.ToTheEndRecentDocument,
    "query ToTheEndFollowed($first: Int, $after: String) { me { followedArtists(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }": typeof types.ToTheEndFollowedDocument,
    "query ToTheEndTwoWindows($after: String) { me { a: recentlyPlayed(first: 40) { pageInfo { hasNextPage } } b: recentlyPlayed(first: 10, after: $after) { edges { cursor } pageInfo { hasNextPage } } } }": typeof types.ToTheEndTwoWindowsDocument,
    "query CursorNextNullFollowed($after: String) { me { followedArtists(first: 5, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }": typeof types.CursorNextNullFollowedDocument,
    "query CursorValuesRecent($after: String) { me { recentlyPlayed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }": typeof types.CursorValuesRecentDocument,
    "query CursorValuesFollowed { me { followedArtists(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }": typeof types.CursorValuesFollowedDocument,
    "query CursorValuesFollowedAfter($after: String) { me { followedArtists(first: 5, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }": typeof types.CursorValuesFollowedAfterDocument,
    "query CursorValuesRecentPlayedAt { me { recentlyPlayed(first: 3) { edges { cursor node { playedAt } } } } }": typeof types.CursorValuesRecentPlayedAtDocument,
    "query CursorValuesFeatured { featuredPlaylists(first: 3) { message playlists { totalCount } } }": typeof types.CursorValuesFeaturedDocument,
    "query CursorSiblingsFollowed {\n          me {\n            a: followedArtists(first: 3) { nodes { name } pageInfo { hasNextPage endCursor } }\n            b: followedArtists(first: 5) { nodes { name } pageInfo { hasNextPage } }\n          }\n        }": typeof types.CursorSiblingsFollowedDocument,
    "query CursorSiblingsRecent {\n          me {\n            a: recentlyPlayed(first: 3) { nodes { playedAt } pageInfo { hasNextPage } }\n            b: recentlyPlayed(first: 10) { nodes { playedAt } }\n          }\n        }": typeof types.CursorSiblingsRecentDocument,
    "mutation CutWritesSkipToNext { skipToNext { ok } }": typeof types.CutWritesSkipToNextDocument,
    "query CutWritesMe { me { player { devices { id } } } }": typeof types.CutWritesMeDocument,
    "mutation CutWritesReplace($playlistId: ID!, $uris: [ID!]!) {\n        replacePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId }\n      }": typeof types.CutWritesReplaceDocument,
    "query DevelopmentRemovedPublisher($show: ID!, $book: ID!) {\n        show(id: $show) { name publisher } audiobook(id: $book) { name publisher } }": typeof types.DevelopmentRemovedPublisherDocument,
    "query DevelopmentRemovedArtistFields {\n        search(query: \"a\", types: [ARTIST], first: 5) { artists { nodes { name popularity followerCount } } } }": typeof types.DevelopmentRemovedArtistFieldsDocument,
    "query DevelopmentRemovedTrackPopularity($id: ID!) {\n        album(id: $id) { label popularity tracks(first: 3) { nodes { name popularity } } } }": typeof types.DevelopmentRemovedTrackPopularityDocument,
    "query DevelopmentRemovedProfileFields {\n        me { displayName country email product followerCount } }": typeof types.DevelopmentRemovedProfileFieldsDocument,
    "query DevelopmentRemovedFieldDocs {\n        types: __schema { types { name fields { name description } } } }": typeof types.DevelopmentRemovedFieldDocsDocument,
    "mutation EchoedInputPause($deviceId: String) { pause(deviceId: $deviceId) { ok } }": typeof types.EchoedInputPauseDocument,
    "query EchoedInputLocale($locale: String) { categories(locale: $locale) { totalCount } }": typeof types.EchoedInputLocaleDocument,
    "query EchoedInputAlbum($id: ID!) { album(id: $id) { id } }": typeof types.EchoedInputAlbumDocument,
    "query EchoedInputMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }": typeof types.EchoedInputMarketDocument,
    "query EchoedInputCursor($id: ID!, $after: String) { album(id: $id) { tracks(first: 1, after: $after) { nodes { id } } } }": typeof types.EchoedInputCursorDocument,
    "query EmbeddedPageShapesPlaylist($id: ID!) { playlist(id: $id) { name owner { id } items(first: 2) { totalCount edges { node { __typename } } } } }": typeof types.EmbeddedPageShapesPlaylistDocument,
    "query EmbeddedPageShapesAlbum($id: ID!) { album(id: $id) { name tracks(first: 2) { nodes { id } } } }": typeof types.EmbeddedPageShapesAlbumDocument,
    "query ErrorTextRedactionAlbum($id: ID!) { album(id: $id) { name } }": typeof types.ErrorTextRedactionAlbumDocument,
    "query GraphqlErrorsAlbumName($id: ID!) { album(id: $id) { name } }": typeof types.GraphqlErrorsAlbumNameDocument,
    "query GraphqlErrorsRateLimitedMe { me { displayName } }": typeof types.GraphqlErrorsRateLimitedMeDocument,
    "query GraphqlErrorsAlbum { album(id: \"not-an-id\") { name } }": typeof types.GraphqlErrorsAlbumDocument,
    "query GraphqlErrorsAlbumInMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }": typeof types.GraphqlErrorsAlbumInMarketDocument,
    "query GraphqlErrorsTooManyTracks($id: ID!) { album(id: $id) { tracks(first: 5000) { totalCount } } }": typeof types.GraphqlErrorsTooManyTracksDocument,
    "query GraphqlErrorsAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }": typeof types.GraphqlErrorsAlbumsDocument,
    "query GraphqlErrorsGoodAndBad($good: ID!, $bad: ID!) { good: album(id: $good) { name } bad: album(id: $bad) { name } }": typeof types.GraphqlErrorsGoodAndBadDocument,
    "query GraphqlErrorsTypename { __typename }": typeof types.GraphqlErrorsTypenameDocument,
    "query GraphqlErrorsExpiredMe { me { displayName } }": typeof types.GraphqlErrorsExpiredMeDocument,
    "query GraphqlErrorsTopTracks($id: ID!) { artist(id: $id) { name topTracks(market: \"SE\") { name } } }": typeof types.GraphqlErrorsTopTracksDocument,
    "query GraphqlErrorsArtistName($id: ID!) { artist(id: $id) { name } }": typeof types.GraphqlErrorsArtistNameDocument,
    "query GraphqlErrorsType { __type(name: \"Artist\") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }": typeof types.GraphqlErrorsTypeDocument,
    "query GraphqlErrorsFanOut($id: ID!) {\n        album(id: $id) {\n          tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { tracks(first: 500) { nodes { name } } } } } } }\n        }\n      }": typeof types.GraphqlErrorsFanOutDocument,
    "query ExecutorParityAlbums($ids: [ID!]!) {\n  albums(ids: $ids) { name }\n}": typeof types.ExecutorParityAlbumsDocument,
    "query ExecutorParitySearch {\n  search(query: \"x\", types: [TRACK]) { tracks { totalCount } }\n}": typeof types.ExecutorParitySearchDocument,
    "\n  query ExtendedPagesArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 50) { totalCount nodes { name } } } }\n": typeof types.ExtendedPagesArtistAlbumsDocument,
    "\n  query ExtendedPagesSearch { search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } } }\n": typeof types.ExtendedPagesSearchDocument,
    "query ExtendedPagesSearchTwoTypes {\n      search(query: \"a\", types: [TRACK, ALBUM], first: 20) { tracks { nodes { id } } albums { nodes { id } } }\n    }": typeof types.ExtendedPagesSearchTwoTypesDocument,
    "query ExtendedPagesWarmUp { search(query: \"a\", types: [TRACK], first: 5) { tracks { totalCount } } }": typeof types.ExtendedPagesWarmUpDocument,
    "query ExtendedPagesArtistAndAlbums($id: ID!) { artist(id: $id) { name albums(first: 50) { nodes { name } } } }": typeof types.ExtendedPagesArtistAndAlbumsDocument,
    "\n    query ExtendedPagesConcurrentSearch($q: String!) {\n      search(query: $q, types: [TRACK], first: 30) { tracks { totalCount nodes { id } } }\n    }\n  ": typeof types.ExtendedPagesConcurrentSearchDocument,
    "query FailedChunkTracks($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }": typeof types.FailedChunkTracksDocument,
    "query FailedChunkArtists($ids: [ID!]!) { artists(ids: $ids) { spotifyId } }": typeof types.FailedChunkArtistsDocument,
    "query FailedChunkAlbums($ids: [ID!]!) { albums(ids: $ids) { spotifyId } }": typeof types.FailedChunkAlbumsDocument,
    "query FailedChunkContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": typeof types.FailedChunkContainsDocument,
    "query FailedChunkFollows($ids: [ID!]!) { me { followsArtists(ids: $ids) } }": typeof types.FailedChunkFollowsDocument,
    "\n  query FailedChunkFollowsPlaylists($a: ID!, $b: ID!) { me { a: followsPlaylist(id: $a) b: followsPlaylist(id: $b) } }\n": typeof types.FailedChunkFollowsPlaylistsDocument,
    "query FailedLaterPagePlaylist($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) {\n    name\n    items(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor }\n      nodes { __typename }\n    }\n  }\n}": typeof types.FailedLaterPagePlaylistDocument,
    "query FailedLaterPageSaved($first: Int!, $after: String) {\n  me { savedTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": typeof types.FailedLaterPageSavedDocument,
    "query FailedLaterPageAlbum($id: ID!, $first: Int!, $after: String) {\n  album(id: $id) { name tracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": typeof types.FailedLaterPageAlbumDocument,
    "query FailedLaterPageArtist($id: ID!, $first: Int!, $after: String) {\n  artist(id: $id) { name albums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": typeof types.FailedLaterPageArtistDocument,
    "query FailedLaterPageShow($id: ID!, $first: Int!, $after: String) {\n  show(id: $id) { name episodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": typeof types.FailedLaterPageShowDocument,
    "query FailedLaterPageTop($first: Int!, $after: String) {\n  me { topTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": typeof types.FailedLaterPageTopDocument,
    "query FailedLaterPageChapters($id: ID!, $first: Int!, $after: String) {\n  audiobook(id: $id) { name chapters(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": typeof types.FailedLaterPageChaptersDocument,
    "query FailedLaterPageSearch($first: Int!, $after: String) {\n  search(query: \"a\", types: [TRACK], first: $first, after: $after) {\n    tracks { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } }\n  }\n}": typeof types.FailedLaterPageSearchDocument,
    "query FeaturedWindowsJoined {\n  w0: featuredPlaylists(first: 4, offset: 4) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n  w1: featuredPlaylists(first: 4, offset: 2) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}": typeof types.FeaturedWindowsJoinedDocument,
    "query FeaturedWindowsCovered {\n  w0: featuredPlaylists(first: 8) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n  w1: featuredPlaylists(first: 2, offset: 1) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}": typeof types.FeaturedWindowsCoveredDocument,
    "query FeaturedWindowAlone($first: Int!, $offset: Int!) {\n  w: featuredPlaylists(first: $first, offset: $offset) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}": typeof types.FeaturedWindowAloneDocument,
    "\n  query FirstZeroSavedTracks($offset: Int) {\n    me { savedTracks(first: 0, offset: $offset) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.FirstZeroSavedTracksDocument,
    "\n  query FirstZeroSearch { search(query: \"the\", types: [ARTIST], first: 0) { artists { totalCount pageInfo { hasNextPage } } } }\n": typeof types.FirstZeroSearchDocument,
    "query FollowDevelopmentFollowsArtists($ids: [ID!]!) { me { followsArtists(ids: $ids) } }": typeof types.FollowDevelopmentFollowsArtistsDocument,
    "query FollowDevelopmentFollowsPlaylist($id: ID!) { me { followsPlaylist(id: $id) } }": typeof types.FollowDevelopmentFollowsPlaylistDocument,
    "mutation FollowDevelopmentFollowArtists($ids: [ID!]!) { followArtists(ids: $ids) { uris } }": typeof types.FollowDevelopmentFollowArtistsDocument,
    "mutation FollowDevelopmentUnfollowArtists($ids: [ID!]!) { unfollowArtists(ids: $ids) { uris } }": typeof types.FollowDevelopmentUnfollowArtistsDocument,
    "mutation FollowDevelopmentFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }": typeof types.FollowDevelopmentFollowPlaylistDocument,
    "mutation FollowDevelopmentUnfollowPlaylist($id: ID!) { unfollowPlaylist(id: $id) { me { followsPlaylist(id: $id) } } }": typeof types.FollowDevelopmentUnfollowPlaylistDocument,
    "mutation FollowExtendedFollowArtists($ids: [ID!]!) { followArtists(ids: $ids) { uris } }": typeof types.FollowExtendedFollowArtistsDocument,
    "mutation FollowExtendedUnfollowArtists($ids: [ID!]!) { unfollowArtists(ids: $ids) { uris } }": typeof types.FollowExtendedUnfollowArtistsDocument,
    "mutation FollowExtendedFollowUsers($ids: [ID!]!) { followUsers(ids: $ids) { uris } }": typeof types.FollowExtendedFollowUsersDocument,
    "mutation FollowExtendedFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }": typeof types.FollowExtendedFollowPlaylistDocument,
    "mutation FollowExtendedUnfollowPlaylist($id: ID!, $check: ID!) { unfollowPlaylist(id: $id) { me { followsPlaylist(id: $check) } } }": typeof types.FollowExtendedUnfollowPlaylistDocument,
    "query FollowExtendedFollowsArtists($ids: [ID!]!) { me { followsArtists(ids: $ids) followedArtists(first: 50) { nodes { spotifyId } } } }": typeof types.FollowExtendedFollowsArtistsDocument,
    "query FollowExtendedFollowsUsers($ids: [ID!]!) { me { followsUsers(ids: $ids) } }": typeof types.FollowExtendedFollowsUsersDocument,
    "mutation FollowExtendedUnfollowUsers($ids: [ID!]!) { unfollowUsers(ids: $ids) { uris } }": typeof types.FollowExtendedUnfollowUsersDocument,
    "query FollowExtendedFollowsPlaylist($id: ID!) { me { followsPlaylist(id: $id) playlists(first: 50) { nodes { spotifyId } } } }": typeof types.FollowExtendedFollowsPlaylistDocument,
    "mutation FollowExtendedFollowPlaylistChecked($id: ID!, $check: ID!) { followPlaylist(id: $id) { me { followsPlaylist(id: $check) } } }": typeof types.FollowExtendedFollowPlaylistCheckedDocument,
    "query IdOnlyParentLaterTracks($id: ID!) {\n  track(id: $id) { album { tracks(offset: 50, first: 2) { nodes { album { name } } } } }\n}": typeof types.IdOnlyParentLaterTracksDocument,
    "\n  query IdOnlyArtistChildren($id: ID!) {\n    artist(id: $id) {\n      __typename id spotifyId uri\n      albums(first: 3) { nodes { name } }\n      topTracks(market: \"SE\") { name }\n      relatedArtists { name }\n    }\n  }\n": typeof types.IdOnlyArtistChildrenDocument,
    "\n  query IdOnlyArtistWithName($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { name } } } }\n": typeof types.IdOnlyArtistWithNameDocument,
    "\n  query IdOnlyArtistFragments($id: ID!, $withName: Boolean!) {\n    artist(id: $id) {\n      ...IdOnlyArtistAlbums\n      ... on Artist { name @include(if: $withName) }\n      ... on Node { id }\n    }\n  }\n  fragment IdOnlyArtistAlbums on Artist { albums(first: 2) { totalCount } }\n": typeof types.IdOnlyArtistFragmentsDocument,
    "\n  query IdOnlyUserPlaylists($id: ID!) { user(id: $id) { id playlists(first: 2) { nodes { name } } } }\n": typeof types.IdOnlyUserPlaylistsDocument,
    "\n  query IdOnlyCategoryPlaylists($id: ID!) { category(id: $id) { id playlists(first: 2) { nodes { name } } } }\n": typeof types.IdOnlyCategoryPlaylistsDocument,
    "\n  query IdOnlyAlbumTracksInMarket($id: ID!) { album(id: $id) { id tracks(first: 2, market: \"SE\") { nodes { name } } } }\n": typeof types.IdOnlyAlbumTracksInMarketDocument,
    "\n  query IdOnlyAlbumTracks($id: ID!) { album(id: $id) { id tracks(first: 2) { nodes { name } } } }\n": typeof types.IdOnlyAlbumTracksDocument,
    "\n  query IdOnlyNodeArtist($id: ID!) {\n    node(id: $id) { __typename id ... on Artist { albums(first: 2) { nodes { name } } topTracks { name } } }\n  }\n": typeof types.IdOnlyNodeArtistDocument,
    "\n  query IdOnlyNodeAlbum($id: ID!) {\n    node(id: $id) { __typename ... on Album { spotifyId tracks(first: 2, market: \"SE\") { nodes { name } } } }\n  }\n": typeof types.IdOnlyNodeAlbumDocument,
    "\n  query IdOnlyNodeShow($id: ID!) {\n    node(id: $id) { ... on Show { uri episodes(first: 2, market: \"SE\") { nodes { name } } } }\n  }\n": typeof types.IdOnlyNodeShowDocument,
    "\n  query IdOnlyNodeUser($id: ID!) { node(id: $id) { __typename ... on User { playlists(first: 2) { nodes { name } } } } }\n": typeof types.IdOnlyNodeUserDocument,
    "\n  query IdOnlyNodesMixed($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Artist { topTracks { name } } ... on Album { name } ... on Track { audioFeatures { tempo } } }\n  }\n": typeof types.IdOnlyNodesMixedDocument,
    "\n  query IdOnlyArtistsChildren($ids: [ID!]!) {\n    artists(ids: $ids) { id albums(first: 1) { nodes { name } } topTracks { name } }\n  }\n": typeof types.IdOnlyArtistsChildrenDocument,
    "\n  query IdOnlyArtistsAlbums($ids: [ID!]!) { artists(ids: $ids) { id albums(first: 1) { totalCount } } }\n": typeof types.IdOnlyArtistsAlbumsDocument,
    "\n  query IdOnlyAlbumsTracksInMarket($ids: [ID!]!) {\n    albums(ids: $ids) { id tracks(first: 1, market: \"SE\") { nodes { name } } }\n  }\n": typeof types.IdOnlyAlbumsTracksInMarketDocument,
    "\n  query IdOnlyTrackFeatures($id: ID!, $ids: [ID!]!) {\n    track(id: $id) { id audioFeatures { tempo } }\n    tracks(ids: $ids) { spotifyId audioFeatures { tempo } }\n  }\n": typeof types.IdOnlyTrackFeaturesDocument,
    "\n  query IdOnlyTrackFeaturesInMarket($id: ID!) { track(id: $id, market: \"SE\") { id audioFeatures { tempo } } }\n": typeof types.IdOnlyTrackFeaturesInMarketDocument,
    "\n  query IdOnlyNodeArtistName($id: ID!) { node(id: $id) { __typename ... on Artist { name albums(first: 2) { totalCount } } } }\n": typeof types.IdOnlyNodeArtistNameDocument,
    "query IdOnlyArtistIdAlone($id: ID!) { artist(id: $id) { id uri } }": typeof types.IdOnlyArtistIdAloneDocument,
    "query IdOnlyRootsWarm { markets }": typeof types.IdOnlyRootsWarmDocument,
    "query IdentityUrisAlbum($id: ID!) { album(id: $id) { id uri name artists { id uri name } } }": typeof types.IdentityUrisAlbumDocument,
    "query IdentityUrisTracks($ids: [ID!]!) { tracks(ids: $ids) { id uri name durationMs relinkedUri } }": typeof types.IdentityUrisTracksDocument,
    "query IdentityUrisPlaylist($id: ID!) { playlist(id: $id) { uri name owner { id uri } } }": typeof types.IdentityUrisPlaylistDocument,
    "query IdentityUrisLegacyPlaylist($id: ID!) {\n    playlist(id: $id) { id name }\n    withUri: playlist(id: $id) { id uri }\n    me { playlists(first: 2) { nodes { id name } } }\n    search(query: \"a\", types: [PLAYLIST], first: 2) { playlists { nodes { id uri } } }\n  }": typeof types.IdentityUrisLegacyPlaylistDocument,
    "query IdentityUrisRelinked($ids: [ID!]!) { tracks(ids: $ids) { name relinkedUri } }": typeof types.IdentityUrisRelinkedDocument,
    "query IdentityUrisLinkedEntry($id: ID!) { playlist(id: $id) { name items(first: 2) { edges { node { ... on Track { id uri spotifyId relinkedUri linkedFromUri } } } } } }": typeof types.IdentityUrisLinkedEntryDocument,
    "query IdentityUrisLinkedRelinked($id: ID!) { playlist(id: $id) { items(first: 2) { edges { node { ... on Track { name relinkedUri } } } } } }": typeof types.IdentityUrisLinkedRelinkedDocument,
    "query ImagelessCatalogObjects($album: ID!, $artist: ID!, $show: ID!) {\n        album(id: $album) { images { url } tracks(first: 1) { nodes { album { images { url } } } } }\n        artist(id: $artist) { images { url } }\n        show(id: $show) { images { url } episodes(first: 1) { nodes { images { url } } } } }": typeof types.ImagelessCatalogObjectsDocument,
    "query ImagelessPlaylists($coverless: ID!, $empty: ID!) {\n        coverless: playlist(id: $coverless) { name images { url } }\n        empty: playlist(id: $empty) { name images { url } } }": typeof types.ImagelessPlaylistsDocument,
    "query ImagelessOwnPlaylists { me { playlists(first: 50) { nodes { name images { url } } } } }": typeof types.ImagelessOwnPlaylistsDocument,
    "query BlameLocalNode($id: ID!) {\n  node(id: $id) { id ... on Track { durationMs localFile { durationMs } } } }": typeof types.BlameLocalNodeDocument,
    "query BlameLocalNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { id ... on Track { durationMs } } }": typeof types.BlameLocalNodesDocument,
    "query BlameAlbumArtists($id: ID!) { album(id: $id) { name artists { id name } } }": typeof types.BlameAlbumArtistsDocument,
    "query BlameTrackParts($id: ID!) {\n  track(id: $id) { name album { id } artists { id } } }": typeof types.BlameTrackPartsDocument,
    "query JitParityFragmentFirst($id: ID!) { album(id: $id) { ...JitParityAlbumDates tracks(first: 1) { totalCount } } }\n                fragment JitParityAlbumDates on Album { id releaseDate }": typeof types.JitParityFragmentFirstDocument,
    "query JitParityAliases($id: ID!) { a: album(id: $id) { name id b: tracks(first: 3) { totalCount nodes { name durationMs } } artists { name } } }": typeof types.JitParityAliasesDocument,
    "query JitParityPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 5) { nodes { ... on Track { name } ... on Episode { name } } } } }": typeof types.JitParityPlaylistItemsDocument,
    "query JitParityAlbums($ids: [ID!]!) { albums(ids: $ids) { name artists { name } } }": typeof types.JitParityAlbumsDocument,
    "query JitParityRefusedFirst($id: ID!) { album(id: $id) { name tracks(first: 9999) { totalCount } } }": typeof types.JitParityRefusedFirstDocument,
    "query JitParityArtist($id: ID!) { artist(id: $id) { name albums(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { name albumType } } topTracks { name popularity } } }": typeof types.JitParityArtistDocument,
    "query JitParityScopeErrors {\n    me { topTracks(first: 1) { totalCount } player { devices { id } queue { items { __typename } } } savedTracks(first: 1) { totalCount } topArtists(first: 1) { totalCount } }\n  }": typeof types.JitParityScopeErrorsDocument,
    "query JitParityAnonymousMe { me { id } }": typeof types.JitParityAnonymousMeDocument,
    "query JitParityAnonymousMeAndMarkets { markets me { displayName } }": typeof types.JitParityAnonymousMeAndMarketsDocument,
    "query JitRedoDevices { me { displayName player { devices { name } queue { items { __typename } } } } }": typeof types.JitRedoDevicesDocument,
    "query JitRedoFollows($ids: [ID!]!) { me { displayName followsArtists(ids: $ids) } }": typeof types.JitRedoFollowsDocument,
    "\n  query JoinedHangAlbums($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { spotifyId } }\n      b: albums(offset: 3, first: 3) { nodes { spotifyId } }\n    }\n  }\n": typeof types.JoinedHangAlbumsDocument,
    "\n  query JoinedHangSaved {\n    me {\n      a: savedTracks(first: 3) { nodes { spotifyId } }\n      b: savedTracks(first: 3, offset: 3) { nodes { spotifyId } }\n    }\n  }\n": typeof types.JoinedHangSavedDocument,
    "\n  query JoinedHangSavedAlone { me { savedTracks(first: 6) { nodes { spotifyId } } } }\n": typeof types.JoinedHangSavedAloneDocument,
    "mutation LibraryAutoSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }": typeof types.LibraryAutoSaveDocument,
    "query LibraryAutoContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": typeof types.LibraryAutoContainsDocument,
    "mutation LibraryDevelopmentSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }": typeof types.LibraryDevelopmentSaveDocument,
    "mutation LibraryDevelopmentRemove($uris: [ID!]!) { removeFromLibrary(uris: $uris) { uris } }": typeof types.LibraryDevelopmentRemoveDocument,
    "query LibraryDevelopmentContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": typeof types.LibraryDevelopmentContainsDocument,
    "query LibraryDevelopmentMe { me { savedTracks { totalCount } } }": typeof types.LibraryDevelopmentMeDocument,
    "mutation LibraryDevelopmentRemoveFromLibrary { removeFromLibrary(uris: [\"spotify:chapter:x\"]) { uris } }": typeof types.LibraryDevelopmentRemoveFromLibraryDocument,
    "mutation LibraryExtendedSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }": typeof types.LibraryExtendedSaveDocument,
    "mutation LibraryExtendedRemove($uris: [ID!]!) { removeFromLibrary(uris: $uris) { uris } }": typeof types.LibraryExtendedRemoveDocument,
    "query LibraryExtendedContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": typeof types.LibraryExtendedContainsDocument,
    "mutation LibraryExtendedSaveReadBack($uris: [ID!]!) { saveToLibrary(uris: $uris) { me { savedTracks(first: 1) { edges { addedAt node { uri } } } } } }": typeof types.LibraryExtendedSaveReadBackDocument,
    "mutation LibraryExtendedSaveToLibrary { saveToLibrary(uris: [\"spotify:artist:0TnOYISbd1XYRBk9myaseg\"]) { uris } }": typeof types.LibraryExtendedSaveToLibraryDocument,
    "query LibraryExtendedMe { me { libraryContains(uris: [\"nope\"]) savedAlbums { totalCount } } }": typeof types.LibraryExtendedMeDocument,
    "query LocalFileDocsType($name: String!) { __type(name: $name) { fields { name description } } }": typeof types.LocalFileDocsTypeDocument,
    "query LocalFileTags($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { isLocal node { ... on Track { id localFile { uri name albumName artistNames durationMs } } } }\n    }\n  }\n}": typeof types.LocalFileTagsDocument,
    "query LocalFileTagsNode($id: ID!) {\n  node(id: $id) { id ... on Track { isLocal localFile { name albumName artistNames durationMs } } }\n}": typeof types.LocalFileTagsNodeDocument,
    "query LocalFileTagsNodeDuration($id: ID!) {\n    node(id: $id) { id ... on Track { isLocal durationMs localFile { durationMs } } }\n  }": typeof types.LocalFileTagsNodeDurationDocument,
    "query LocalFileTagsCover($id: ID!) { playlist(id: $id) { name images { url width } } }": typeof types.LocalFileTagsCoverDocument,
    "query LocalUriBoundsNode($id: ID!) {\n  node(id: $id) { id ... on Track { uri name localFile { artistNames albumName } } }\n}": typeof types.LocalUriBoundsNodeDocument,
    "query LocalUriBoundsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.LocalUriBoundsNodesDocument,
    "query MarketsList { markets }": typeof types.MarketsListDocument,
    "query MarketsAlbum($id: ID!, $market: String) { album(id: $id, market: $market) { spotifyId } }": typeof types.MarketsAlbumDocument,
    "query MeDevelopmentLibrary { me { displayName savedAlbums { totalCount } topTracks(first: 3) { nodes { id } } recentlyPlayed(first: 3) { nodes { playedAt } } followedArtists(first: 3) { nodes { id } } } }": typeof types.MeDevelopmentLibraryDocument,
    "query MeDevelopmentFollowerCount { me { user { followerCount images { url } } } }": typeof types.MeDevelopmentFollowerCountDocument,
    "query MeDevelopmentUser { user(id: \"bob\") { displayName } }": typeof types.MeDevelopmentUserDocument,
    "query MeDevelopmentPlaylistOwner($id: ID!) { playlist(id: $id) { owner { displayName followerCount } } }": typeof types.MeDevelopmentPlaylistOwnerDocument,
    "query MeExtendedProfile {\n        me {\n          id spotifyId displayName email country product explicitContent { filterEnabled filterLocked }\n          followerCount user { id displayName }\n        }\n      }": typeof types.MeExtendedProfileDocument,
    "query MeExtendedLibraryOnly { me { savedTracks(first: 1) { totalCount } } }": typeof types.MeExtendedLibraryOnlyDocument,
    "query MeExtendedWithoutToken { me { displayName savedTracks { totalCount } } }": typeof types.MeExtendedWithoutTokenDocument,
    "query MeExtendedCatalogBesideMe($id: ID!) { track(id: $id) { spotifyId } me { displayName } }": typeof types.MeExtendedCatalogBesideMeDocument,
    "query MeExtendedScopedProfile { me { displayName email country } }": typeof types.MeExtendedScopedProfileDocument,
    "query MeExtendedSavedTracks { me { savedTracks(first: 60) { totalCount edges { addedAt node { id } } } } }": typeof types.MeExtendedSavedTracksDocument,
    "query MeExtendedSavedLists { me {\n        savedAlbums(first: 2) { totalCount nodes { id } }\n        savedShows(first: 2) { totalCount nodes { id } }\n        savedEpisodes(first: 2) { totalCount nodes { id } }\n        savedAudiobooks(first: 2) { totalCount nodes { id } }\n      } }": typeof types.MeExtendedSavedListsDocument,
    "query MeExtendedMissingScope {\n        me { displayName savedTracks { totalCount } topArtists(first: 1) { totalCount } }\n      }": typeof types.MeExtendedMissingScopeDocument,
    "query MeExtendedTopItems { me {\n        short: topArtists(first: 10, timeRange: SHORT_TERM) { nodes { id } }\n        long: topArtists(first: 10, timeRange: LONG_TERM) { nodes { id } }\n        tracks: topTracks(first: 5, timeRange: MEDIUM_TERM) { nodes { id } }\n      } }": typeof types.MeExtendedTopItemsDocument,
    "query MeExtendedFollowedArtists($after: String) {\n      me { followedArtists(first: 20, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }\n    }": typeof types.MeExtendedFollowedArtistsDocument,
    "query MeExtendedRecentlyPlayed($after: String) {\n      me { recentlyPlayed(first: 15, after: $after) { nodes { playedAt track { id } } pageInfo { endCursor hasNextPage } } }\n    }": typeof types.MeExtendedRecentlyPlayedDocument,
    "query MeExtendedBadCursor($after: String) { me { recentlyPlayed(after: $after) { nodes { playedAt } } } }": typeof types.MeExtendedBadCursorDocument,
    "query MeExtendedPlaylists { me { playlists(first: 50) { totalCount nodes { id name } } } }": typeof types.MeExtendedPlaylistsDocument,
    "\n  query MeIdWithLibrary { me { id spotifyId savedTracks(first: 1) { totalCount } } }\n": typeof types.MeIdWithLibraryDocument,
    "query MeIdAndName { me { id displayName } }": typeof types.MeIdAndNameDocument,
    "\n  mutation MeIdSaveReadBack($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris me { id } } }\n": typeof types.MeIdSaveReadBackDocument,
    "\n  mutation MeIdFollowReadBack($ids: [ID!]!) { followArtists(ids: $ids) { uris me { id spotifyId } } }\n": typeof types.MeIdFollowReadBackDocument,
    "\n  query MeIdSavedContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }\n": typeof types.MeIdSavedContainsDocument,
    "\n  query MeIdNonNullFields { __type(name: \"Me\") { fields { name type { kind } } } }\n": typeof types.MeIdNonNullFieldsDocument,
    "\n  query MeProfileSkippedField {\n    me { displayName @skip(if: true) savedTracks(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n": typeof types.MeProfileSkippedFieldDocument,
    "\n  query MeProfileExcludedFragment {\n    me { ... @include(if: false) { country } topArtists(first: 1) { totalCount } savedTracks(first: 1) { totalCount } }\n  }\n": typeof types.MeProfileExcludedFragmentDocument,
    "\n  query MeProfileSkippedSpread {\n    me { ...MeProfileProduct @skip(if: true) savedAlbums(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n  fragment MeProfileProduct on Me { product }\n": typeof types.MeProfileSkippedSpreadDocument,
    "\n  query MeProfileByVariable($skip: Boolean = true) {\n    me { displayName @skip(if: $skip) savedTracks(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n": typeof types.MeProfileByVariableDocument,
    "\n  query MeProfileSecondNode {\n    me { savedTracks(first: 1) { totalCount } }\n    me { displayName topTracks(first: 1) { totalCount } }\n  }\n": typeof types.MeProfileSecondNodeDocument,
    "\n  query MeProfileExternalUrl {\n    me { externalUrl savedAlbums(first: 1) { totalCount } }\n  }\n": typeof types.MeProfileExternalUrlDocument,
    "query NestedMarketTrackAlbum($id: ID!) {\n  track(id: $id, market: \"JP\") { album { tracks(first: 2) { nodes { isPlayable } } } }\n}": typeof types.NestedMarketTrackAlbumDocument,
    "query NestedMarketBeside($album: ID!, $track: ID!) {\n  plain: album(id: $album) { tracks(first: 2) { nodes { isPlayable } } }\n  inJapan: track(id: $track, market: \"JP\") { album { tracks(first: 2) { nodes { isPlayable } } } }\n}": typeof types.NestedMarketBesideDocument,
    "query NestedMarketPlainAlbum($id: ID!) {\n  album(id: $id) { tracks(first: 2) { nodes { isPlayable } } }\n}": typeof types.NestedMarketPlainAlbumDocument,
    "query NestedMarketEpisodeShow($id: ID!) {\n  episode(id: $id, market: \"JP\") { show { episodes(first: 2) { nodes { isPlayable } } } }\n}": typeof types.NestedMarketEpisodeShowDocument,
    "query NestedMarketTrackArtists($id: ID!) {\n  track(id: $id, market: \"JP\") { artists { albums(first: 1) { totalCount } } }\n}": typeof types.NestedMarketTrackArtistsDocument,
    "query NestedMarketIdOnlyAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { id tracks(offset: 50, first: 2) { nodes { isPlayable } } }\n}": typeof types.NestedMarketIdOnlyAlbumDocument,
    "query NestedShapesAlbum($id: ID!) { album(id: $id) { name externalUrl } }": typeof types.NestedShapesAlbumDocument,
    "query NestedShapesArtist($id: ID!) { artist(id: $id) { name followerCount externalUrl } }": typeof types.NestedShapesArtistDocument,
    "query NestedShapesTrack($id: ID!) { track(id: $id) { name restrictionReason } }": typeof types.NestedShapesTrackDocument,
    "query NestedShapesMe { me { displayName followerCount explicitContent { filterEnabled } } }": typeof types.NestedShapesMeDocument,
    "query NestedShapesDeviceIds { me { player { devices { id } } } }": typeof types.NestedShapesDeviceIdsDocument,
    "mutation NestedShapesPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }": typeof types.NestedShapesPlayDocument,
    "query NestedShapesState { me { player { state { isPlaying device { name } context { uri } } } } }": typeof types.NestedShapesStateDocument,
    "query NextNullTotalSaved($first: Int!, $after: String) {\n  me { savedTracks(first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n  } }\n}": typeof types.NextNullTotalSavedDocument,
    "query NextNullTotalSearch($offset: Int!, $first: Int!) {\n  search(query: \"a\", types: [TRACK], offset: $offset, first: $first) {\n    tracks { totalCount pageInfo { hasNextPage endCursor } nodes { id } }\n  }\n}": typeof types.NextNullTotalSearchDocument,
    "query NextNullTotalPlaylist($id: ID!, $first: Int!) {\n  playlist(id: $id) { items(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n}": typeof types.NextNullTotalPlaylistDocument,
    "query NextNullEverySavedTracks($first: Int!, $after: String) {\n    me { list: savedTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEverySavedTracksDocument,
    "query NextNullEverySavedAlbums($first: Int!, $after: String) {\n    me { list: savedAlbums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEverySavedAlbumsDocument,
    "query NextNullEverySavedShows($first: Int!, $after: String) {\n    me { list: savedShows(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEverySavedShowsDocument,
    "query NextNullEverySavedEpisodes($first: Int!, $after: String) {\n    me { list: savedEpisodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEverySavedEpisodesDocument,
    "query NextNullEverySavedAudiobooks($first: Int!, $after: String) {\n    me { list: savedAudiobooks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEverySavedAudiobooksDocument,
    "query NextNullEveryMyPlaylists($first: Int!, $after: String) {\n    me { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEveryMyPlaylistsDocument,
    "query NextNullEveryUserPlaylists($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEveryUserPlaylistsDocument,
    "query NextNullEveryPlaylistItems($id: ID!, $first: Int!, $after: String) {\n    playlist(id: $id) { list: items(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { ... on Node { id } } } }\n  }": typeof types.NextNullEveryPlaylistItemsDocument,
    "query NextNullEveryAlbumTracks($id: ID!, $first: Int!, $after: String) {\n    album(id: $id) { list: tracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEveryAlbumTracksDocument,
    "query NextNullEveryArtistAlbums($id: ID!, $first: Int!, $after: String) {\n    artist(id: $id) { list: albums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEveryArtistAlbumsDocument,
    "query NextNullEveryShowEpisodes($id: ID!, $first: Int!, $after: String) {\n    show(id: $id) { list: episodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEveryShowEpisodesDocument,
    "query NextNullEveryChapters($id: ID!, $first: Int!, $after: String) {\n    audiobook(id: $id) { list: chapters(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEveryChaptersDocument,
    "query NextNullEveryCategories($first: Int!, $after: String) {\n    list: categories(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }\n  }": typeof types.NextNullEveryCategoriesDocument,
    "query NextNullEveryCategoryPlaylists($id: ID!, $first: Int!, $after: String) {\n    category(id: $id) { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEveryCategoryPlaylistsDocument,
    "query NextNullEveryNewReleases($first: Int!, $after: String) {\n    list: newReleases(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }\n  }": typeof types.NextNullEveryNewReleasesDocument,
    "query NextNullEveryFeatured($first: Int!, $after: String) {\n    featuredPlaylists(first: $first, after: $after) { list: playlists { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": typeof types.NextNullEveryFeaturedDocument,
    "query NextRuleSavedTracks { me { savedTracks(first: 10) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } } }": typeof types.NextRuleSavedTracksDocument,
    "query NextRuleSavedTracksCounted { me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage } } } }": typeof types.NextRuleSavedTracksCountedDocument,
    "query NextRuleFollowed { me { followedArtists(first: 4) { nodes { name } pageInfo { hasNextPage endCursor } } } }": typeof types.NextRuleFollowedDocument,
    "query NextRuleSearch { search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount nodes { name } pageInfo { hasNextPage } } } }": typeof types.NextRuleSearchDocument,
    "query NonCatalogItemsLastFour($id: ID!, $market: String, $offset: Int!) {\n  playlist(id: $id, market: $market) {\n    items(first: 4, offset: $offset) {\n      edges {\n        isLocal\n        node {\n          __typename\n          ... on Track { id spotifyId href uri isLocal isPlayable restrictionReason\n            localFile { uri name albumName artistNames durationMs } album { name } artists { name } popularity }\n          ... on Episode { id spotifyId name }\n        }\n      }\n    }\n  }\n}": typeof types.NonCatalogItemsLastFourDocument,
    "query NonCatalogItemsKenjiSaved($market: String) {\n    me { country savedTracks(first: 5, market: $market) { nodes { id isPlayable restrictionReason } } }\n  }": typeof types.NonCatalogItemsKenjiSavedDocument,
    "mutation NonCatalogItemsPlay($device: String, $context: ID) { play(deviceId: $device, contextUri: $context) { ok } }": typeof types.NonCatalogItemsPlayDocument,
    "query NonCatalogItemsMe { me { player { state { currentlyPlayingType isPlaying item { __typename } } currentlyPlaying { currentlyPlayingType item { __typename } } } } }": typeof types.NonCatalogItemsMeDocument,
    "query NonCatalogItemsAdAlone { me { player { currentlyPlaying { currentlyPlayingType isPlaying progressMs item { __typename } } } } }": typeof types.NonCatalogItemsAdAloneDocument,
    "query NonCatalogItemsAdBeside { me { player { state { currentlyPlayingType } currentlyPlaying { currentlyPlayingType isPlaying progressMs item { __typename } } } } }": typeof types.NonCatalogItemsAdBesideDocument,
    "query NonCatalogItemsUnknownAlone { me { player { currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }": typeof types.NonCatalogItemsUnknownAloneDocument,
    "query NonCatalogItemsUnknownBeside { me { player { state { currentlyPlayingType } currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }": typeof types.NonCatalogItemsUnknownBesideDocument,
    "query NonCatalogItemsUserImages($id: ID!) { user(id: $id) { images { url } } }": typeof types.NonCatalogItemsUserImagesDocument,
    "query NullListEntriesSavedTracks { me { savedTracks(first: 2) { edges { addedAt node { id } } } } }": typeof types.NullListEntriesSavedTracksDocument,
    "query NullListEntriesSavedAlbums { me { savedAlbums(first: 2) { edges { addedAt node { id } } } } }": typeof types.NullListEntriesSavedAlbumsDocument,
    "query NullListEntriesSavedShows { me { savedShows(first: 2) { edges { addedAt node { id } } } } }": typeof types.NullListEntriesSavedShowsDocument,
    "query NullListEntriesSavedEpisodes { me { savedEpisodes(first: 2) { edges { addedAt node { id } } } } }": typeof types.NullListEntriesSavedEpisodesDocument,
    "query NullListEntriesSavedAudiobooks { me { savedAudiobooks(first: 2) { edges { addedAt node { id } } } } }": typeof types.NullListEntriesSavedAudiobooksDocument,
    "query NullListEntriesRecentlyPlayed { me { recentlyPlayed(first: 2) { edges { node { playedAt track { __typename } } } } } }": typeof types.NullListEntriesRecentlyPlayedDocument,
    "query NullListEntriesFollowedArtists { me { followedArtists(first: 2) { edges { node { id } } } } }": typeof types.NullListEntriesFollowedArtistsDocument,
    "query NullListEntriesAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 2) { edges { node { id name } } } } }": typeof types.NullListEntriesAlbumTracksDocument,
    "query NullListEntriesPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 2, offset: 1, market: \"US\") { edges { addedAt addedBy { id } isLocal node { __typename } } } } }": typeof types.NullListEntriesPlaylistItemsDocument,
    "query NullableNamesNodes($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Album { name albumType }\n    ... on Artist { name genres }\n    ... on Track { name explicit }\n    ... on Show { name publisher }\n    ... on Episode { name durationMs }\n    ... on Audiobook { name publisher }\n    ... on Chapter { name chapterNumber }\n    ... on Playlist { name }\n  }\n}": typeof types.NullableNamesNodesDocument,
    "query NullableNamesTrackArtists($id: ID!) {\n  track(id: $id) { id name artists { id name } }\n}": typeof types.NullableNamesTrackArtistsDocument,
    "query NullableNamesPlaylistItems($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    name\n    items(first: 3, offset: $offset) {\n      edges {\n        isLocal\n        node {\n          ... on Track { id uri name isLocal localFile { name albumName } }\n          ... on Episode { id name }\n        }\n      }\n    }\n  }\n}": typeof types.NullableNamesPlaylistItemsDocument,
    "query NullableNamesPlaying {\n  me { player { state { isPlaying item { ... on Track { id name isLocal durationMs } ... on Episode { id name } } } } }\n}": typeof types.NullableNamesPlayingDocument,
    "query NullableNamesUris($ids: [ID!]!) { nodes(ids: $ids) { id uri } }": typeof types.NullableNamesUrisDocument,
    "query NullableNamesUriLeftOut($ids: [ID!]!) {\n  withUri: nodes(ids: $ids) { id uri }\n  withoutUri: nodes(ids: $ids) { id }\n}": typeof types.NullableNamesUriLeftOutDocument,
    "query NullableNamesTrackAlbumUri($id: ID!) {\n  withUri: track(id: $id) { album { id uri } }\n  withoutUri: track(id: $id) { album { id name } }\n}": typeof types.NullableNamesTrackAlbumUriDocument,
    "query OlderUserNamesOwner($id: ID!) {\n  playlist(id: $id) {\n    name\n    owner { id spotifyId uri displayName followerCount }\n    items(first: 1) { edges { addedBy { id spotifyId } } }\n  }\n}": typeof types.OlderUserNamesOwnerDocument,
    "query OlderUserNamesUser($id: ID!) {\n  user(id: $id) { id spotifyId uri displayName }\n}": typeof types.OlderUserNamesUserDocument,
    "query OlderUserNamesNode($id: ID!) {\n  node(id: $id) { __typename id ... on User { spotifyId displayName } }\n}": typeof types.OlderUserNamesNodeDocument,
    "query OlderUserNamesBothSpellings($a: ID!, $b: ID!) {\n  a: user(id: $a) { id spotifyId }\n  b: user(id: $b) { id spotifyId }\n}": typeof types.OlderUserNamesBothSpellingsDocument,
    "query OneFailureOneNullMe { me { player { devices { id isRestricted } } } }": typeof types.OneFailureOneNullMeDocument,
    "mutation OneFailureOneNullTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }": typeof types.OneFailureOneNullTransferDocument,
    "mutation OneFailureOneNullSetVolumeCreatePlaylist { vol: setVolume(volumePercent: 42) { ok } created: createPlaylist(name: \"multi\") { playlist { id } } next: skipToNext { ok } }": typeof types.OneFailureOneNullSetVolumeCreatePlaylistDocument,
    "query OneFailureOneNullRoots($track: ID!, $ids: [ID!]!) { me { displayName } track(id: $track) { name } nodes(ids: $ids) { id } }": typeof types.OneFailureOneNullRootsDocument,
    "query OneFailureOneNullAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }": typeof types.OneFailureOneNullAlbumsDocument,
    "query OneFailureOneNullTracks($ids: [ID!]!) { tracks(ids: $ids) { id } }": typeof types.OneFailureOneNullTracksDocument,
    "query OneFailureOneNullLocalNode($id: ID!) { node(id: $id) { id ... on Track { isLocal name spotifyId localFile { albumName artistNames durationMs } } } }": typeof types.OneFailureOneNullLocalNodeDocument,
    "query OneFailureOneNullLocalNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.OneFailureOneNullLocalNodesDocument,
    "query OneFailureOneNullSavedTracks { me { savedTracks(first: 3) { edges { node { ... on Track { id isLocal } } } nodes { id } } } }": typeof types.OneFailureOneNullSavedTracksDocument,
    "query OneFailureOneNullRecentlyPlayed { me { recentlyPlayed(first: 3) { edges { node { playedAt track { ... on Track { id isLocal } } } } } } }": typeof types.OneFailureOneNullRecentlyPlayedDocument,
    "query OneFailureOneNullQueue { me { player { queue { currentlyPlaying { ... on Track { id isLocal } } items { ... on Track { id isLocal } } } } } }": typeof types.OneFailureOneNullQueueDocument,
    "\n  query OptionalFieldsPlaylist($id: ID!) { playlist(id: $id) { id name items(first: 2) { totalCount } } }\n": typeof types.OptionalFieldsPlaylistDocument,
    "query OptionalFieldsDevices { me { player { devices { id name } } } }": typeof types.OptionalFieldsDevicesDocument,
    "query PageInfoOnlySaved($artist: ID!, $playlist: ID!) {\n      me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage endCursor startCursor } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }": typeof types.PageInfoOnlySavedDocument,
    "query PageInfoFullSaved($artist: ID!, $playlist: ID!) {\n      me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }": typeof types.PageInfoFullSavedDocument,
    "query PageInfoOnlyArtistAlbums($artist: ID!, $playlist: ID!) {\n      artist(id: $artist) { albums(first: 10, offset: 3) { pageInfo { hasNextPage endCursor startCursor } } }\n      p: playlist(id: $playlist) { __typename } }": typeof types.PageInfoOnlyArtistAlbumsDocument,
    "query PageInfoFullArtistAlbums($artist: ID!, $playlist: ID!) {\n      artist(id: $artist) { albums(first: 10, offset: 3) { pageInfo { hasNextPage endCursor startCursor } edges { cursor } } }\n      p: playlist(id: $playlist) { __typename } }": typeof types.PageInfoFullArtistAlbumsDocument,
    "query PageInfoOnlyPlaylist($artist: ID!, $playlist: ID!) {\n      playlist(id: $playlist) { items(first: 8, offset: 52) { totalCount pageInfo { ...Resume } } }\n      a: artist(id: $artist) { __typename } }\n      fragment Resume on PageInfo { hasNextPage endCursor startCursor }": typeof types.PageInfoOnlyPlaylistDocument,
    "query PageInfoFullPlaylist($artist: ID!, $playlist: ID!) {\n      playlist(id: $playlist) { items(first: 8, offset: 52) { totalCount pageInfo { ...ResumeFull } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } }\n      fragment ResumeFull on PageInfo { hasNextPage endCursor startCursor }": typeof types.PageInfoFullPlaylistDocument,
    "query PageInfoOnlySearch($artist: ID!, $playlist: ID!) {\n      search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount pageInfo { hasNextPage endCursor startCursor } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }": typeof types.PageInfoOnlySearchDocument,
    "query PageInfoFullSearch($artist: ID!, $playlist: ID!) {\n      search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }": typeof types.PageInfoFullSearchDocument,
    "query PageTotalOnly { me { savedTracks(first: 40) { totalCount pageInfo { hasPreviousPage } } } }": typeof types.PageTotalOnlyDocument,
    "query PageItemsSavedTracks { me { displayName savedTracks(first: 60) { totalCount nodes { id } } } }": typeof types.PageItemsSavedTracksDocument,
    "query PageItemsSavedTracksCount { me { displayName savedTracks(first: 5) { totalCount } } }": typeof types.PageItemsSavedTracksCountDocument,
    "query PageItemsRecentlyPlayed { me { displayName recentlyPlayed(first: 5) { nodes { playedAt } } } }": typeof types.PageItemsRecentlyPlayedDocument,
    "query PageItemsMyPlaylists { me { displayName playlists(first: 5) { totalCount nodes { id } } } }": typeof types.PageItemsMyPlaylistsDocument,
    "query PageItemsArtistAlbums($id: ID!) { artist(id: $id) { name albums(first: 5) { nodes { id } } } }": typeof types.PageItemsArtistAlbumsDocument,
    "query PageItemsAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 3) { totalCount nodes { id } } } }": typeof types.PageItemsAlbumTracksDocument,
    "query PagesOutOfPlaceSaved($first: Int!, $offset: Int) {\n  me { savedTracks(first: $first, offset: $offset) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}": typeof types.PagesOutOfPlaceSavedDocument,
    "query PagesOutOfPlacePlaylist($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) { items(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n}": typeof types.PagesOutOfPlacePlaylistDocument,
    "query PagesOutOfPlaceAlbum($id: ID!, $offset: Int!) {\n  album(id: $id) { tracks(offset: $offset, first: 2) { totalCount pageInfo { hasNextPage } edges { cursor } } }\n}": typeof types.PagesOutOfPlaceAlbumDocument,
    "query PagesOutOfPlaceSearch($q: String!, $offset: Int!) {\n  search(query: $q, types: [TRACK], first: 5, offset: $offset) { tracks { totalCount pageInfo { hasNextPage } edges { cursor } } }\n}": typeof types.PagesOutOfPlaceSearchDocument,
    "query PagesOutOfPlaceSavedTwice {\n  me { a: savedTracks(first: 3) { edges { cursor } } b: savedTracks(first: 2) { edges { cursor } } }\n}": typeof types.PagesOutOfPlaceSavedTwiceDocument,
    "query PagesOutOfPlaceSavedWindows {\n  me {\n    a: savedTracks(first: 64) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14) { edges { node { id } } }\n    c: savedTracks(offset: 52, first: 5) { edges { node { id } } }\n  }\n}": typeof types.PagesOutOfPlaceSavedWindowsDocument,
    "query PagesOutOfPlaceSavedWindowsSwapped {\n  me {\n    c: savedTracks(offset: 52, first: 5) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14) { edges { node { id } } }\n    a: savedTracks(first: 64) { edges { node { id } } }\n  }\n}": typeof types.PagesOutOfPlaceSavedWindowsSwappedDocument,
    "query PagesOutOfPlaceSavedWindowsMarkets {\n  me {\n    a: savedTracks(first: 64) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14, market: \"GB\") { edges { node { id } } }\n  }\n}": typeof types.PagesOutOfPlaceSavedWindowsMarketsDocument,
    "query PagesOutOfPlaceSavedJoinedAt50 {\n  me {\n    a: savedTracks(first: 50) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 3) { edges { node { id } } }\n    c: savedTracks(offset: 53, first: 3) { edges { node { id } } }\n  }\n}": typeof types.PagesOutOfPlaceSavedJoinedAt50Document,
    "query PagesOutOfPlaceTopWindowsRanges {\n  me {\n    a: topTracks(first: 30) { edges { node { id } } }\n    b: topTracks(offset: 20, first: 5, timeRange: MEDIUM_TERM) { edges { node { id } } }\n  }\n}": typeof types.PagesOutOfPlaceTopWindowsRangesDocument,
    "query PagesOutOfPlaceSavedAt50 {\n  me { b: savedTracks(offset: 50, first: 14) { edges { node { id } } } }\n}": typeof types.PagesOutOfPlaceSavedAt50Document,
    "query PagesOutOfPlaceAlbumHead($id: ID!) {\n  album(id: $id) { name tracks(first: 2) { totalCount edges { cursor } } }\n}": typeof types.PagesOutOfPlaceAlbumHeadDocument,
    "query PagesOutOfPlaceFollowed($after: String) {\n  me { list: followedArtists(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }\n}": typeof types.PagesOutOfPlaceFollowedDocument,
    "query PagesOutOfPlaceRecent($after: String) {\n  me { list: recentlyPlayed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }\n}": typeof types.PagesOutOfPlaceRecentDocument,
    "query PastEmbeddedWarmUp($id: ID!) { album(id: $id) { name } }": typeof types.PastEmbeddedWarmUpDocument,
    "query PastEmbeddedAlbumTracks($id: ID!) {\n          album(id: $id) { tracks(offset: 50, first: 70) { nodes { name } pageInfo { hasNextPage } } }\n        }": typeof types.PastEmbeddedAlbumTracksDocument,
    "query PastEmbeddedAlbumNameTracks($id: ID!) {\n          album(id: $id) { name tracks(offset: 50, first: 70) { nodes { name } } }\n        }": typeof types.PastEmbeddedAlbumNameTracksDocument,
    "query PastEmbeddedAlbumsTracks($ids: [ID!]!) {\n          albums(ids: $ids) { name tracks(offset: 50, first: 70) { nodes { name } } }\n        }": typeof types.PastEmbeddedAlbumsTracksDocument,
    "query PastEmbeddedTracksAlbum($id: ID!) {\n          album(id: $id) { tracks(offset: 60, first: 3) { nodes { album { spotifyId name } } } }\n        }": typeof types.PastEmbeddedTracksAlbumDocument,
    "query PastEmbeddedShowEpisodes($id: ID!) {\n          show(id: $id) { episodes(offset: 50, first: 10) { nodes { name } } }\n        }": typeof types.PastEmbeddedShowEpisodesDocument,
    "query PastEmbeddedChapters($id: ID!) {\n          audiobook(id: $id) { chapters(offset: 50, first: 10) { nodes { name } } }\n        }": typeof types.PastEmbeddedChaptersDocument,
    "query PastEmbeddedPlaylistItems($id: ID!) {\n        playlist(id: $id) { items(offset: 120, first: 100) { totalCount nodes { __typename } } }\n      }": typeof types.PastEmbeddedPlaylistItemsDocument,
    "query PagingEndsEndlessEmpty($id: ID!, $after: String) {\n      playlist(id: $id) { items(first: 150, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n    }": typeof types.PagingEndsEndlessEmptyDocument,
    "query PagingEndsMe { me { followedArtists(first: 10) { edges { cursor } pageInfo { hasNextPage endCursor } } } }": typeof types.PagingEndsMeDocument,
    "query PagingFaultsFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) {\n    pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n  } }\n}": typeof types.PagingFaultsFollowedDocument,
    "query PagingFaultsRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) {\n    pageInfo { hasNextPage endCursor } edges { cursor node { playedAt } }\n  } }\n}": typeof types.PagingFaultsRecentDocument,
    "query ParentMarketPlaylist($id: ID!, $market: String, $own: String) {\n  playlist(id: $id, market: $market) { items(first: 150, market: $own) { nodes { ... on Track { isPlayable } } } }\n}": typeof types.ParentMarketPlaylistDocument,
    "query ParentMarketAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { tracks(first: 60) { nodes { isPlayable } } }\n}": typeof types.ParentMarketAlbumDocument,
    "query ParentMarketShow($id: ID!) {\n  show(id: $id, market: \"JP\") { episodes(first: 60) { nodes { id } } }\n}": typeof types.ParentMarketShowDocument,
    "query ParentMarketAudiobook($id: ID!) {\n  audiobook(id: $id, market: \"JP\") { chapters(first: 60) { nodes { id } } }\n}": typeof types.ParentMarketAudiobookDocument,
    "query ParentMarketPastPlaylist($id: ID!, $offset: Int, $after: String) {\n  playlist(id: $id, market: \"JP\") { items(offset: $offset, after: $after, first: 5) { nodes { ... on Track { isPlayable } } } }\n}": typeof types.ParentMarketPastPlaylistDocument,
    "query ParentMarketPastPlaylistNamed($id: ID!) {\n  playlist(id: $id, market: \"JP\") { name items(offset: 100, first: 5) { nodes { ... on Track { isPlayable } } } }\n}": typeof types.ParentMarketPastPlaylistNamedDocument,
    "query ParentMarketPastAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { tracks(offset: 50, first: 5) { nodes { isPlayable } } }\n}": typeof types.ParentMarketPastAlbumDocument,
    "query ParentMarketPastShow($id: ID!) {\n  show(id: $id, market: \"JP\") { episodes(offset: 50, first: 5) { nodes { id } } }\n}": typeof types.ParentMarketPastShowDocument,
    "query ParentMarketPastAudiobook($id: ID!) {\n  audiobook(id: $id, market: \"JP\") { chapters(offset: 50, first: 5) { nodes { id } } }\n}": typeof types.ParentMarketPastAudiobookDocument,
    "query PartialResultsMe { me { displayName player { devices { id } } } }": typeof types.PartialResultsMeDocument,
    "query PartialResultsMe2 { me { player { devices { id } queue { items { __typename } } } } }": typeof types.PartialResultsMe2Document,
    "query PartialResultsMe3 { me { images { url } savedTracks(first: 1) { totalCount } } }": typeof types.PartialResultsMe3Document,
    "query PartialResultsArtistAlbums($id: ID!) { artist(id: $id) { name albums(first: 2) { totalCount } } }": typeof types.PartialResultsArtistAlbumsDocument,
    "query PartialResultsAlbumArtists($id: ID!) { album(id: $id) { name artists { name genres } } }": typeof types.PartialResultsAlbumArtistsDocument,
    "query PartialResultsAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 10, offset: 60) { totalCount } } }": typeof types.PartialResultsAlbumTracksDocument,
    "query PartialResultsShowEpisodes($id: ID!) { show(id: $id) { name episodes(first: 5, offset: 60) { totalCount } } }": typeof types.PartialResultsShowEpisodesDocument,
    "query PartialResultsAudiobookChapters($id: ID!) { audiobook(id: $id) { name chapters(first: 5, offset: 55) { totalCount } } }": typeof types.PartialResultsAudiobookChaptersDocument,
    "query PartialResultsSearchBeside($id: ID!) { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } artist(id: $id) { name } }": typeof types.PartialResultsSearchBesideDocument,
    "query PartialResultsDevelopmentArtist($id: ID!) { artist(id: $id) { name topTracks { name } relatedArtists { name } } }": typeof types.PartialResultsDevelopmentArtistDocument,
    "mutation PayloadReadBackCreate { createPlaylist(name: \"read back\") { playlist { id spotifyId } } }": typeof types.PayloadReadBackCreateDocument,
    "mutation PayloadReadBackUpdateId($id: ID!, $name: String!) {\n  updatePlaylist(playlistId: $id, name: $name) { playlist { id spotifyId uri __typename } }\n}": typeof types.PayloadReadBackUpdateIdDocument,
    "mutation PayloadReadBackUpdateFragment($id: ID!, $name: String!, $more: Boolean!) {\n  updatePlaylist(playlistId: $id, name: $name) {\n    playlist { ... on Node { id } ... on Playlist { name @include(if: $more) } }\n  }\n}": typeof types.PayloadReadBackUpdateFragmentDocument,
    "mutation PayloadReadBackUpdateName($id: ID!, $name: String!) {\n  updatePlaylist(playlistId: $id, name: $name) { playlist { id name } }\n}": typeof types.PayloadReadBackUpdateNameDocument,
    "mutation PayloadReadBackCoverId($id: ID!, $image: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $image) { playlist { id } }\n}": typeof types.PayloadReadBackCoverIdDocument,
    "mutation PayloadReadBackCoverImages($id: ID!, $image: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $image) { playlist { id images { url } } }\n}": typeof types.PayloadReadBackCoverImagesDocument,
    "mutation PayloadReadBackAddId($id: ID!, $uris: [ID!]!) {\n  addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { id } }\n}": typeof types.PayloadReadBackAddIdDocument,
    "mutation PayloadReadBackAddTotal($id: ID!, $uris: [ID!]!) {\n  addPlaylistItems(playlistId: $id, uris: $uris) { playlist { id items(first: 1) { totalCount } } }\n}": typeof types.PayloadReadBackAddTotalDocument,
    "query PlayerChaptersItems {\n  me {\n    player {\n      state { item { __typename ... on Chapter { id name chapterNumber } ... on Track { id } } }\n      queue {\n        currentlyPlaying { __typename ... on Chapter { id name } }\n        items { __typename ... on Chapter { id name } }\n      }\n    }\n  }\n}": typeof types.PlayerChaptersItemsDocument,
    "query PlayerDevelopmentMe { me { player { devices { id type } } } }": typeof types.PlayerDevelopmentMeDocument,
    "mutation PlayerDevelopmentPlay($contextUri: ID, $deviceId: String) {\n        play(contextUri: $contextUri, deviceId: $deviceId) { state { isPlaying item { ... on Track { spotifyId } } } }\n      }": typeof types.PlayerDevelopmentPlayDocument,
    "fragment PlayerEntriesItem on PlayableItem {\n  __typename\n  ... on Track { id spotifyId uri isLocal name localFile { name durationMs } }\n  ... on Episode { id spotifyId uri name }\n  ... on Chapter { id spotifyId uri name }\n}": typeof types.PlayerEntriesItemFragmentDoc,
    "mutation PlayerEntriesSkip { skipToNext { ok } }": typeof types.PlayerEntriesSkipDocument,
    "mutation PlayerEntriesPlayAt($deviceId: String, $contextUri: ID, $position: Int) {\n      play(deviceId: $deviceId, contextUri: $contextUri, offsetPosition: $position) { ok } }": typeof types.PlayerEntriesPlayAtDocument,
    "query PlayerEntriesView { me { player {\n        state { currentlyPlayingType item { ...PlayerEntriesItem } }\n        currentlyPlaying { currentlyPlayingType item { ...PlayerEntriesItem } }\n        queue { currentlyPlaying { ...PlayerEntriesItem } items { ...PlayerEntriesItem } } } } }": typeof types.PlayerEntriesViewDocument,
    "subscription PlayerEntriesPlaybackState { playbackState { currentlyPlayingType item { ...PlayerEntriesItem } } }": typeof types.PlayerEntriesPlaybackStateDocument,
    "subscription PlayerEntriesCurrentlyPlaying { currentlyPlaying { currentlyPlayingType item { ...PlayerEntriesItem } } }": typeof types.PlayerEntriesCurrentlyPlayingDocument,
    "mutation GraphqlPlayerErrorsPlay($contextUri: ID, $uris: [ID!], $offsetPosition: Int, $offsetUri: ID, $positionMs: Int) {\n  play(contextUri: $contextUri, uris: $uris, offsetPosition: $offsetPosition, offsetUri: $offsetUri, positionMs: $positionMs) { ok }\n}": typeof types.GraphqlPlayerErrorsPlayDocument,
    "mutation GraphqlPlayerErrorsSetVolume($volumePercent: Int!, $deviceId: String) { setVolume(volumePercent: $volumePercent, deviceId: $deviceId) { ok } }": typeof types.GraphqlPlayerErrorsSetVolumeDocument,
    "mutation GraphqlPlayerErrorsTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId) { ok } }": typeof types.GraphqlPlayerErrorsTransferDocument,
    "mutation GraphqlPlayerErrorsPause { pause { ok } }": typeof types.GraphqlPlayerErrorsPauseDocument,
    "query GraphqlPlayerErrorsMe { me { player { state { isPlaying } devices { id } } } }": typeof types.GraphqlPlayerErrorsMeDocument,
    "mutation GraphqlPlayerErrorsSeek($positionMs: Int!) { seek(positionMs: $positionMs) { ok } }": typeof types.GraphqlPlayerErrorsSeekDocument,
    "mutation GraphqlPlayerErrorsQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }": typeof types.GraphqlPlayerErrorsQueueDocument,
    "mutation GraphqlPlayerErrorsPauseOn($deviceId: String) { pause(deviceId: $deviceId) { ok } }": typeof types.GraphqlPlayerErrorsPauseOnDocument,
    "query GraphqlPlayerErrorsMe2 { me { player { state(market: \"sweden\") { isPlaying } } } }": typeof types.GraphqlPlayerErrorsMe2Document,
    "query GraphqlPlayerErrorsMe3 { me { player { state { isPlaying } } } }": typeof types.GraphqlPlayerErrorsMe3Document,
    "fragment GraphqlPlayerItem on PlaylistItemContent {\n  __typename\n  ... on Track { spotifyId }\n  ... on Episode { spotifyId }\n}": typeof types.GraphqlPlayerItemFragmentDoc,
    "fragment GraphqlPlayerState on PlaybackState {\n  isPlaying progressMs repeatState shuffleState currentlyPlayingType timestamp\n  device { id isActive } context { type uri href externalUrl } item { ...GraphqlPlayerItem }\n  disallows { pausing resuming skippingNext skippingPrev }\n}": typeof types.GraphqlPlayerStateFragmentDoc,
    "fragment GraphqlPlayerDevice on Device {\n  id name type isActive isRestricted supportsVolume volumePercent\n}": typeof types.GraphqlPlayerDeviceFragmentDoc,
    "mutation GraphqlPlayerPlay($contextUri: ID, $uris: [ID!], $offsetUri: ID,\n  $offsetPosition: Int, $positionMs: Int, $deviceId: String) {\n  command: play(contextUri: $contextUri, uris: $uris, offsetUri: $offsetUri, offsetPosition: $offsetPosition,\n    positionMs: $positionMs, deviceId: $deviceId) { ok state { ...GraphqlPlayerState } }\n}": typeof types.GraphqlPlayerPlayDocument,
    "mutation GraphqlPlayerTransfer($deviceId: String!, $play: Boolean) {\n  command: transferPlayback(deviceId: $deviceId, play: $play) { ok state { ...GraphqlPlayerState } }\n}": typeof types.GraphqlPlayerTransferDocument,
    "mutation GraphqlPlayerAddToQueue($uri: ID!) {\n  command: addToQueue(uri: $uri) { ok state { ...GraphqlPlayerState } }\n}": typeof types.GraphqlPlayerAddToQueueDocument,
    "mutation GraphqlPlayerSkipToNext {\n  command: skipToNext { ok state { ...GraphqlPlayerState } }\n}": typeof types.GraphqlPlayerSkipToNextDocument,
    "mutation GraphqlPlayerSkipToPrevious {\n  command: skipToPrevious { ok state { ...GraphqlPlayerState } }\n}": typeof types.GraphqlPlayerSkipToPreviousDocument,
    "mutation GraphqlPlayerSeek($positionMs: Int!) {\n  command: seek(positionMs: $positionMs) { ok state { ...GraphqlPlayerState } }\n}": typeof types.GraphqlPlayerSeekDocument,
    "mutation GraphqlPlayerPause { command: pause { ok state { ...GraphqlPlayerState } } }": typeof types.GraphqlPlayerPauseDocument,
    "mutation GraphqlPlayerResume { command: resume { ok state { ...GraphqlPlayerState } } }": typeof types.GraphqlPlayerResumeDocument,
    "mutation GraphqlPlayerSetRepeat($state: RepeatState!) {\n  command: setRepeat(state: $state) { ok state { ...GraphqlPlayerState } }\n}": typeof types.GraphqlPlayerSetRepeatDocument,
    "mutation GraphqlPlayerSetShuffleState($state: Boolean!) {\n  command: setShuffle(state: $state) { ok state { ...GraphqlPlayerState } }\n}": typeof types.GraphqlPlayerSetShuffleStateDocument,
    "query GraphqlPlayerReadState { me { player { state { ...GraphqlPlayerState } } } }": typeof types.GraphqlPlayerReadStateDocument,
    "query GraphqlPlayerDevices { me { player { devices { ...GraphqlPlayerDevice } } } }": typeof types.GraphqlPlayerDevicesDocument,
    "query GraphqlPlayerIdle { me { player { state { isPlaying } currentlyPlaying { isPlaying }\n        queue { currentlyPlaying { ...GraphqlPlayerItem } items { ...GraphqlPlayerItem } } } } }": typeof types.GraphqlPlayerIdleDocument,
    "query GraphqlPlayerPlayingAlbum { me { player {\n        state { ...GraphqlPlayerState }\n        currentlyPlaying { isPlaying progressMs currentlyPlayingType context { uri } item { ...GraphqlPlayerItem } }\n        queue { currentlyPlaying { ...GraphqlPlayerItem } items { ...GraphqlPlayerItem } }\n      } } }": typeof types.GraphqlPlayerPlayingAlbumDocument,
    "query GraphqlPlayerTransferred { me { player { state { ...GraphqlPlayerState } currentlyPlaying { isPlaying } } } }": typeof types.GraphqlPlayerTransferredDocument,
    "query GraphqlPlayerPlaysOn { me { player { currentlyPlaying { progressMs item { ...GraphqlPlayerItem } } } } }": typeof types.GraphqlPlayerPlaysOnDocument,
    "query GraphqlPlayerQueue { me { player { queue { items { ...GraphqlPlayerItem } } } } }": typeof types.GraphqlPlayerQueueDocument,
    "mutation GraphqlPlayerSetVolume($device: String) {\n        setVolume(volumePercent: 12, deviceId: $device) { ok player { devices { ...GraphqlPlayerDevice } } } }": typeof types.GraphqlPlayerSetVolumeDocument,
    "mutation GraphqlPlayerSetShuffle { setShuffle(state: true) { ok } }": typeof types.GraphqlPlayerSetShuffleDocument,
    "mutation GraphqlPlayerSetShuffle2 { setShuffle(state: true) { state { shuffleState } player { state { shuffleState } } } }": typeof types.GraphqlPlayerSetShuffle2Document,
    "mutation GraphqlPlayerSkipStateBesidePlaying {\n        skipToNext { ok state { item { ...GraphqlPlayerItem } } player { currentlyPlaying { item { ...GraphqlPlayerItem } } devices { name } } }\n      }": typeof types.GraphqlPlayerSkipStateBesidePlayingDocument,
    "mutation GraphqlPlayerSkipTwice {\n        a: skipToNext { state { item { ...GraphqlPlayerItem } } }\n        b: skipToNext { player { currentlyPlaying { item { ...GraphqlPlayerItem } } state { item { ...GraphqlPlayerItem } } } }\n      }": typeof types.GraphqlPlayerSkipTwiceDocument,
    "mutation GraphqlPlayerSaveThenPlayer($uris: [ID!]!) {\n        saveToLibrary(uris: $uris) { me { x: player { state { isPlaying } } y: player { currentlyPlaying { isPlaying } } } }\n      }": typeof types.GraphqlPlayerSaveThenPlayerDocument,
    "query PlaylistEntryKeys($id: ID!, $offset: Int!) {\n  playlist(id: $id) { items(first: 3, offset: $offset, market: \"JP\") { edges { addedAt node { __typename ... on Track { id } } } } }\n}": typeof types.PlaylistEntryKeysDocument,
    "query PlaylistItemPagesPast100($id: ID!) {\n  playlist(id: $id) { items(offset: 100, first: 100) { nodes { __typename } } }\n}": typeof types.PlaylistItemPagesPast100Document,
    "query PlaylistItemPagesWhole($id: ID!, $first: Int!) {\n  playlist(id: $id) { items(first: $first) { nodes { __typename } } }\n}": typeof types.PlaylistItemPagesWholeDocument,
    "query PlaylistItemPagesNameAndWhole($id: ID!, $first: Int!) {\n  playlist(id: $id) { name items(first: $first) { nodes { __typename } } }\n}": typeof types.PlaylistItemPagesNameAndWholeDocument,
    "query PlaylistItemPagesAt55($id: ID!) {\n  playlist(id: $id) { items(offset: 55, first: 5) { nodes { __typename } } }\n}": typeof types.PlaylistItemPagesAt55Document,
    "query PlaylistItemPagesCountBeside($id: ID!) {\n  album(id: $id) { a: tracks(offset: 60, first: 5) { nodes { name } } b: tracks { totalCount } }\n}": typeof types.PlaylistItemPagesCountBesideDocument,
    "query PlaylistItemsRefusalSearch {\n  search(query: \"a\", types: [PLAYLIST], first: 3) {\n    playlists { nodes { name items(first: 2) { nodes { __typename } } } }\n  }\n}": typeof types.PlaylistItemsRefusalSearchDocument,
    "query PlaylistItemsRefusalMine {\n  me { playlists(first: 50) { nodes { id collaborative owner { id } items(first: 3) { nodes { __typename } } } } }\n}": typeof types.PlaylistItemsRefusalMineDocument,
    "query PlaylistItemsRefusalOne($id: ID!) {\n  playlist(id: $id) { name items(first: 3) { nodes { __typename } } }\n}": typeof types.PlaylistItemsRefusalOneDocument,
    "query PlaylistItemsRefusalWithProfile($id: ID!) {\n  me { displayName }\n  playlist(id: $id) { name items(first: 3) { nodes { __typename } } }\n}": typeof types.PlaylistItemsRefusalWithProfileDocument,
    "query PlaylistItemsRefusalTeachSearch { search(query: \"a\", types: [ARTIST], first: 20) { artists { nodes { name } } } }": typeof types.PlaylistItemsRefusalTeachSearchDocument,
    "query PlaylistItemsRefusalFive {\n      search(query: \"a\", types: [PLAYLIST], first: 5) {\n        playlists { nodes { items(first: 3) { nodes { __typename } } } }\n      }\n    }": typeof types.PlaylistItemsRefusalFiveDocument,
    "query PlaylistItemsRefusalTeach($id: ID!) { artist(id: $id) { albums(first: 20) { nodes { name } } } }": typeof types.PlaylistItemsRefusalTeachDocument,
    "mutation PlaylistScopeAdd($id: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }": typeof types.PlaylistScopeAddDocument,
    "mutation PlaylistScopeRemove($id: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }": typeof types.PlaylistScopeRemoveDocument,
    "mutation PlaylistScopeReorder($id: ID!) { reorderPlaylistItems(playlistId: $id, rangeStart: 0, insertBefore: 2) { snapshotId } }": typeof types.PlaylistScopeReorderDocument,
    "mutation PlaylistScopeReplace($id: ID!, $uris: [ID!]!) { replacePlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }": typeof types.PlaylistScopeReplaceDocument,
    "mutation PlaylistScopeDetails($id: ID!) { updatePlaylist(playlistId: $id, name: \"renamed\") { __typename } }": typeof types.PlaylistScopeDetailsDocument,
    "mutation PlaylistScopeCover($id: ID!, $image: String!) { uploadPlaylistCover(playlistId: $id, imageBase64: $image) { __typename } }": typeof types.PlaylistScopeCoverDocument,
    "mutation PlaylistScopeMakePrivate($id: ID!) { updatePlaylist(playlistId: $id, public: false) { __typename } }": typeof types.PlaylistScopeMakePrivateDocument,
    "mutation PlaylistScopeFollowThenAdd($id: ID!, $uris: [ID!]!) {\n    followPlaylist(id: $id, public: true) { playlist { public } }\n    addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId }\n  }": typeof types.PlaylistScopeFollowThenAddDocument,
    "query PlaylistsDevelopmentOwn($id: ID!) {\n        playlist(id: $id) { owner { id } items(first: 100) { totalCount nodes { ... on Track { id } } } } }": typeof types.PlaylistsDevelopmentOwnDocument,
    "query PlaylistsDevelopmentEditorial($id: ID!) { playlist(id: $id) { name items { totalCount } } }": typeof types.PlaylistsDevelopmentEditorialDocument,
    "query PlaylistsDevelopmentMe { me { user { displayName playlists { totalCount } } } }": typeof types.PlaylistsDevelopmentMeDocument,
    "mutation PlaylistsDevelopmentCreatePlaylist { createPlaylist(name: \"Dev round trip\") { playlist { id } } }": typeof types.PlaylistsDevelopmentCreatePlaylistDocument,
    "mutation PlaylistsDevelopmentAdd($playlistId: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }": typeof types.PlaylistsDevelopmentAddDocument,
    "mutation PlaylistsDevelopmentReorder($playlistId: ID!) {\n        reorderPlaylistItems(playlistId: $playlistId, rangeStart: 2, insertBefore: 0) { snapshotId } }": typeof types.PlaylistsDevelopmentReorderDocument,
    "mutation PlaylistsDevelopmentRemove($playlistId: ID!, $uris: [ID!]!) {\n        removePlaylistItems(playlistId: $playlistId, uris: $uris) {\n          playlist { items { totalCount nodes { ... on Track { uri } } } } } }": typeof types.PlaylistsDevelopmentRemoveDocument,
    "fragment PlaylistsExtendedItems on PlaylistItemConnection {\n  totalCount\n  edges { addedAt addedBy { id } node { __typename ... on Track { id } ... on Episode { id } } }\n}": typeof types.PlaylistsExtendedItemsFragmentDoc,
    "mutation PlaylistsExtendedCreate($name: String!) {\n  createPlaylist(name: $name) { playlist { id } }\n}": typeof types.PlaylistsExtendedCreateDocument,
    "query PlaylistsExtendedAllItems($id: ID!, $first: Int) {\n        playlist(id: $id) { id name owner { id } followerCount items(first: $first) { ...PlaylistsExtendedItems } }\n      }": typeof types.PlaylistsExtendedAllItemsDocument,
    "query PlaylistsExtendedListed { me { playlists(first: 3) { nodes { name followerCount again: followerCount } } } }": typeof types.PlaylistsExtendedListedDocument,
    "query PlaylistsExtendedNodes($playlist: ID!, $user: ID!) {\n        p: node(id: $playlist) { __typename ... on Playlist { name } }\n        u: node(id: $user) { __typename ... on User { displayName } }\n      }": typeof types.PlaylistsExtendedNodesDocument,
    "query PlaylistsExtendedUser($id: ID!) {\n        user(id: $id) { id displayName followerCount playlists(first: 10) { nodes { owner { id } } } }\n      }": typeof types.PlaylistsExtendedUserDocument,
    "query PlaylistsExtendedBadId($id: ID!) { playlist(id: $id) { name } }": typeof types.PlaylistsExtendedBadIdDocument,
    "mutation PlaylistsExtendedCreatePrivate($name: String!, $description: String, $public: Boolean) {\n        createPlaylist(name: $name, description: $description, public: $public) { playlist { id name public owner { id } } }\n      }": typeof types.PlaylistsExtendedCreatePrivateDocument,
    "mutation PlaylistsExtendedAdd($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }": typeof types.PlaylistsExtendedAddDocument,
    "mutation PlaylistsExtendedReorder($id: ID!, $rangeStart: Int!, $insertBefore: Int!) {\n        reorderPlaylistItems(playlistId: $id, rangeStart: $rangeStart, insertBefore: $insertBefore) {\n          snapshotId playlist { items { ...PlaylistsExtendedItems } }\n        }\n      }": typeof types.PlaylistsExtendedReorderDocument,
    "mutation PlaylistsExtendedRemove($id: ID!, $uris: [ID!]!) {\n        removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }": typeof types.PlaylistsExtendedRemoveDocument,
    "mutation PlaylistsExtendedReplace($id: ID!, $uris: [ID!]!) {\n        replacePlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }": typeof types.PlaylistsExtendedReplaceDocument,
    "mutation PlaylistsExtendedAddMany($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { playlist { items(first: 150) { ...PlaylistsExtendedItems } } }\n      }": typeof types.PlaylistsExtendedAddManyDocument,
    "query PlaylistsExtendedAlbumTrackIds($id: ID!) {\n        album(id: $id) { tracks(first: 3) { nodes { id } } }\n      }": typeof types.PlaylistsExtendedAlbumTrackIdsDocument,
    "mutation PlaylistsExtendedAddHeldIds($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { playlist { items { edges { node { ... on Track { id } } } } } }\n      }": typeof types.PlaylistsExtendedAddHeldIdsDocument,
    "mutation PlaylistsExtendedUpdate($id: ID!, $name: String, $description: String, $public: Boolean) {\n        updatePlaylist(playlistId: $id, name: $name, description: $description, public: $public) {\n          playlist { name description public }\n        }\n      }": typeof types.PlaylistsExtendedUpdateDocument,
    "mutation PlaylistsExtendedUploadCover($id: ID!, $imageBase64: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $imageBase64) { playlist { id images { url } } }\n}": typeof types.PlaylistsExtendedUploadCoverDocument,
    "mutation PlaylistsExtendedAddRefused($id: ID!, $uris: [ID!]!, $position: Int) {\n    addPlaylistItems(playlistId: $id, uris: $uris, position: $position) { snapshotId }\n  }": typeof types.PlaylistsExtendedAddRefusedDocument,
    "mutation PlaylistsExtendedRemoveRefused($id: ID!, $uris: [ID!]!) {\n    removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId }\n  }": typeof types.PlaylistsExtendedRemoveRefusedDocument,
    "mutation PlaylistsExtendedReorderRefused($id: ID!, $rangeStart: Int!, $insertBefore: Int!) {\n    reorderPlaylistItems(playlistId: $id, rangeStart: $rangeStart, insertBefore: $insertBefore) { snapshotId }\n  }": typeof types.PlaylistsExtendedReorderRefusedDocument,
    "mutation PlaylistsExtendedCreateRefused($name: String!, $collaborative: Boolean, $description: String) {\n    createPlaylist(name: $name, collaborative: $collaborative, description: $description) { playlist { id } }\n  }": typeof types.PlaylistsExtendedCreateRefusedDocument,
    "mutation PlaylistsExtendedUpdateRefused($id: ID!, $description: String, $name: String) {\n    updatePlaylist(playlistId: $id, description: $description, name: $name) { playlist { id } }\n  }": typeof types.PlaylistsExtendedUpdateRefusedDocument,
    "\n  query ProfileLoadsTwice($id: ID!) {\n    a: user(id: $id) { displayName followerCount }\n    b: user(id: $id) { displayName images { url } }\n  }\n": typeof types.ProfileLoadsTwiceDocument,
    "\n  query ProfileLoadsUserAndOwner($user: ID!, $playlist: ID!) {\n    user(id: $user) { displayName }\n    playlist(id: $playlist) { owner { spotifyId followerCount } }\n  }\n": typeof types.ProfileLoadsUserAndOwnerDocument,
    "query ProfileLoadsConcurrent($id: ID!) { user(id: $id) { displayName followerCount } }": typeof types.ProfileLoadsConcurrentDocument,
    "\n  query CategoryLoadsEarly($id: ID!) {\n    category(id: $id) { name playlists(first: 5) { totalCount nodes { name } } }\n  }\n": typeof types.CategoryLoadsEarlyDocument,
    "\n  query CategoryLoadsTotalOnly($id: ID!) { category(id: $id) { name playlists { totalCount } } }\n": typeof types.CategoryLoadsTotalOnlyDocument,
    "query CategoryLoadsWarm { markets }": typeof types.CategoryLoadsWarmDocument,
    "query ProfileWithoutIdUser { user(id: \"bob\") { id spotifyId displayName\n          playlists(first: 1) { totalCount } } }": typeof types.ProfileWithoutIdUserDocument,
    "query ProfileWithoutIdMe { me { id displayName country } }": typeof types.ProfileWithoutIdMeDocument,
    "query PauseErrorsAlbum($id: ID!) { album(id: $id) { name } }": typeof types.PauseErrorsAlbumDocument,
    "query PauseErrorsMe { me { displayName } }": typeof types.PauseErrorsMeDocument,
    "\n  query PauseErrorsSeveral($id: ID!) {\n    __typename\n    album(id: $id) { name }\n    search(query: \"love\", types: [TRACK], first: 2) { tracks { totalCount } }\n    me { displayName savedTracks(first: 1) { totalCount } }\n  }\n": typeof types.PauseErrorsSeveralDocument,
    "mutation RateLimitedWritesAdd($playlistId: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId }\n      }": typeof types.RateLimitedWritesAddDocument,
    "mutation RateLimitedWritesPlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok }\n      }": typeof types.RateLimitedWritesPlayDocument,
    "mutation RateLimitedWritesQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }": typeof types.RateLimitedWritesQueueDocument,
    "query RefusedIdListsTooMany($albumId: ID!, $ids: [ID!]!, $uris: [ID!]!) {\n  sibling: album(id: $albumId) { id name }\n  albums(ids: $ids) { id }\n  artists(ids: $ids) { id }\n  tracks(ids: $ids) { id }\n  episodes(ids: $ids) { id }\n  shows(ids: $ids) { id }\n  audiobooks(ids: $ids) { id }\n  chapters(ids: $ids) { id }\n  nodes(ids: $uris) { id }\n}": typeof types.RefusedIdListsTooManyDocument,
    "query RefusedIdListsMarket($albumId: ID!, $ids: [ID!]!, $market: String) {\n  sibling: album(id: $albumId) { id name }\n  albums(ids: $ids, market: $market) { id }\n  tracks(ids: $ids, market: $market) { id }\n  episodes(ids: $ids, market: $market) { id }\n  shows(ids: $ids, market: $market) { id }\n  audiobooks(ids: $ids, market: $market) { id }\n  chapters(ids: $ids, market: $market) { id }\n}": typeof types.RefusedIdListsMarketDocument,
    "\n  query RefusedJoinedMadeUpArtists($ids: [ID!]!) {\n    artists(ids: $ids) {\n      w0: albums(first: 1, offset: 0) { nodes { spotifyId } }\n      w1: albums(first: 1, offset: 1) { nodes { spotifyId } }\n      w2: albums(first: 1, offset: 2) { nodes { spotifyId } }\n      w3: albums(first: 1, offset: 3) { nodes { spotifyId } }\n    }\n  }\n": typeof types.RefusedJoinedMadeUpArtistsDocument,
    "\n  query RefusedJoinedOthersPlaylists {\n    search(query: \"a\", types: [PLAYLIST], first: 5) {\n      playlists {\n        nodes {\n          w0: items(first: 1, offset: 0) { totalCount nodes { __typename } }\n          w1: items(first: 1, offset: 1) { totalCount nodes { __typename } }\n          w2: items(first: 1, offset: 2) { totalCount nodes { __typename } }\n        }\n      }\n    }\n  }\n": typeof types.RefusedJoinedOthersPlaylistsDocument,
    "query RelinkedDevelopmentTrack($id: ID!, $market: String) {\n        track(id: $id, market: $market) { spotifyId linkedFromUri isPlayable } }": typeof types.RelinkedDevelopmentTrackDocument,
    "query RelinkedDevelopmentTracks($ids: [ID!]!, $market: String) {\n        tracks(ids: $ids, market: $market) { spotifyId linkedFromUri } }": typeof types.RelinkedDevelopmentTracksDocument,
    "query RelinkedDevelopmentNoMarket($id: ID!) { track(id: $id) { spotifyId } }": typeof types.RelinkedDevelopmentNoMarketDocument,
    "query RelinkedNoMarketTrack($id: ID!) {\n  track(id: $id) { spotifyId linkedFromUri isPlayable } }": typeof types.RelinkedNoMarketTrackDocument,
    "query RelinkedNoMarketTracks($ids: [ID!]!) {\n  tracks(ids: $ids) { spotifyId linkedFromUri } }": typeof types.RelinkedNoMarketTracksDocument,
    "query RelinkedNoMarketNode($id: ID!) {\n  node(id: $id) { ... on Track { spotifyId linkedFromUri } } }": typeof types.RelinkedNoMarketNodeDocument,
    "query RelinkedNoMarketNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { __typename ... on Track { spotifyId linkedFromUri } } }": typeof types.RelinkedNoMarketNodesDocument,
    "query RelinkedNoMarketPlayer { me { player {\n  state { item { ... on Track { spotifyId linkedFromUri } } }\n  currentlyPlaying { item { ... on Track { spotifyId linkedFromUri } } } } } }": typeof types.RelinkedNoMarketPlayerDocument,
    "query RelinkedNoMarketInSweden($id: ID!) { track(id: $id, market: \"SE\") { spotifyId linkedFromUri } }": typeof types.RelinkedNoMarketInSwedenDocument,
    "query RelinkedTracksInMarket($id: ID!, $market: String) { track(id: $id, market: $market) { id name relinkedUri linkedFromUri } }": typeof types.RelinkedTracksInMarketDocument,
    "query RelinkedTracksFields($id: ID!, $market: String) { track(id: $id, market: $market) { id spotifyId uri href relinkedUri linkedFromUri isPlayable } }": typeof types.RelinkedTracksFieldsDocument,
    "query RelinkedTracksRefetch($id: ID!) { node(id: $id) { id ... on Track { name relinkedUri } } }": typeof types.RelinkedTracksRefetchDocument,
    "\n  query RelinkedTracksBatch($ids: [ID!]!, $market: String) {\n    tracks(ids: $ids, market: $market) {\n      id\n      linkedFromUri\n    }\n  }\n": typeof types.RelinkedTracksBatchDocument,
    "\n  query RenewalRepeatAllowanceAlbum($id: ID!) { album(id: $id) { name } }\n": typeof types.RenewalRepeatAllowanceAlbumDocument,
    "mutation RepeatedWritesPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }": typeof types.RepeatedWritesPlayDocument,
    "mutation RepeatedWritesSetVolume($volumePercent: Int!) { setVolume(volumePercent: $volumePercent) { ok } }": typeof types.RepeatedWritesSetVolumeDocument,
    "mutation RepeatedWritesSeek($positionMs: Int!) { seek(positionMs: $positionMs) { ok } }": typeof types.RepeatedWritesSeekDocument,
    "mutation RepeatedWritesTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId) { ok } }": typeof types.RepeatedWritesTransferDocument,
    "mutation RepeatedWritesUpdatePlaylist($playlistId: ID!) { updatePlaylist(playlistId: $playlistId, name: \"Renamed\") { playlist { id } } }": typeof types.RepeatedWritesUpdatePlaylistDocument,
    "mutation RepeatedWritesFollowPlaylist($id: ID!) { followPlaylist(id: $id) { me { id } } }": typeof types.RepeatedWritesFollowPlaylistDocument,
    "mutation RepeatedWritesRemoveItems($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }": typeof types.RepeatedWritesRemoveItemsDocument,
    "mutation RepeatedWritesSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }": typeof types.RepeatedWritesSaveDocument,
    "query RepeatedWritesDevices { me { player { devices { id } } } }": typeof types.RepeatedWritesDevicesDocument,
    "query RequestConcurrencyWarm($id: ID!) { track(id: $id) { name } }": typeof types.RequestConcurrencyWarmDocument,
    "query RequestConcurrencyTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }": typeof types.RequestConcurrencyTracksDocument,
    "\n        query RequestConcurrencyArtistsAlbums($ids: [ID!]!) {\n          artists(ids: $ids) { name albums(first: 5) { nodes { name } } }\n        }\n      ": typeof types.RequestConcurrencyArtistsAlbumsDocument,
    "query RequestConcurrencyFifteenAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }": typeof types.RequestConcurrencyFifteenAlbumsDocument,
    "\n        query RequestConcurrencyRelatedAlbums($id: ID!) {\n          artist(id: $id) { relatedArtists { albums(first: 1) { nodes { name } } } }\n        }\n      ": typeof types.RequestConcurrencyRelatedAlbumsDocument,
    "\n        query RequestConcurrencyTrackArtistsAlbums($id: ID!) {\n          album(id: $id) { tracks(first: 50) { nodes { artists { albums(first: 1) { nodes { name } } } } } }\n        }\n      ": typeof types.RequestConcurrencyTrackArtistsAlbumsDocument,
    "query RequestConcurrencyDevAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }": typeof types.RequestConcurrencyDevAlbumsDocument,
    "query RequestConcurrencyDevTwentyAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }": typeof types.RequestConcurrencyDevTwentyAlbumsDocument,
    "\n  query RetriesAllowanceAlbum($id: ID!) { album(id: $id) { name } }\n": typeof types.RetriesAllowanceAlbumDocument,
    "query ScopeMessagesMe { me { player { queue { items { __typename } } } } }": typeof types.ScopeMessagesMeDocument,
    "query ScopeMessagesLibraryContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": typeof types.ScopeMessagesLibraryContainsDocument,
    "mutation ScopeMessagesPrivatePlaylist { createPlaylist(name: \"s\", public: false) { playlist { id } } }": typeof types.ScopeMessagesPrivatePlaylistDocument,
    "query ScopeMessagesEveryScope { me { id savedTracks(first: 1) { totalCount } } }": typeof types.ScopeMessagesEveryScopeDocument,
    "query SearchPagingFaultsTwoTypes($first: Int!) {\n  search(query: \"the\", types: [ALBUM, ARTIST], first: $first) {\n    albums { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n    artists { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n}": typeof types.SearchPagingFaultsTwoTypesDocument,
    "\n  query SearchDisjointTypes($q: String!) {\n    a: search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } totalCount } artists { totalCount } }\n    b: search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } totalCount } albums { totalCount } }\n    c: search(query: $q, types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } albums { nodes { name } } }\n  }\n": typeof types.SearchDisjointTypesDocument,
    "\n  query SearchAlbumsAlone($q: String!) {\n    search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } totalCount } }\n  }\n": typeof types.SearchAlbumsAloneDocument,
    "\n  query SearchArtistsAlone($q: String!) {\n    search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } totalCount } }\n  }\n": typeof types.SearchArtistsAloneDocument,
    "\n  query SearchTracksAndAlbumsAlone($q: String!) {\n    search(query: $q, types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } albums { nodes { name } } }\n  }\n": typeof types.SearchTracksAndAlbumsAloneDocument,
    "\n  query SearchDisjointOtherOffsets($q: String!) {\n    a: search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } } }\n    b: search(query: $q, types: [ARTIST], first: 3, offset: 2) { artists { nodes { name } } }\n  }\n": typeof types.SearchDisjointOtherOffsetsDocument,
    "\n  query SearchCoverageBeside($q: String!) {\n    both: search(query: $q, types: [ALBUM, ARTIST], first: 3) { artists { nodes { name } } albums { nodes { name } } }\n    one: search(query: $q, types: [ARTIST], first: 3) { artists { nodes { name } totalCount } }\n  }\n": typeof types.SearchCoverageBesideDocument,
    "\n  query SearchCoverageWider($q: String!) {\n    search(query: $q, types: [ARTIST, ALBUM], first: 5) { artists { nodes { name } } }\n  }\n": typeof types.SearchCoverageWiderDocument,
    "\n  query SearchCoverageNarrower($q: String!) {\n    search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } } albums { totalCount } }\n  }\n": typeof types.SearchCoverageNarrowerDocument,
    "\n  query SearchCoverageOtherType($q: String!) {\n    search(query: $q, types: [TRACK], first: 5) { tracks { nodes { name } } }\n  }\n": typeof types.SearchCoverageOtherTypeDocument,
    "query SearchTypePagesItems { search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) { playlists { totalCount nodes { id } } tracks { pageInfo { hasNextPage } nodes { id name } } } }": typeof types.SearchTypePagesItemsDocument,
    "query SearchTypePagesCounts { search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) { playlists { totalCount } tracks { totalCount pageInfo { hasNextPage } } } }": typeof types.SearchTypePagesCountsDocument,
    "query SearchWindowPage($first: Int, $offset: Int, $after: String) {\n  search(query: \"e\", types: [TRACK], first: $first, offset: $offset, after: $after) {\n    tracks { totalCount edges { cursor } pageInfo { hasNextPage endCursor } }\n  }\n}": typeof types.SearchWindowPageDocument,
    "query SearchWindowSearchSearch { a: search(query: \"e\", types: [TRACK], first: 200) { tracks { nodes { name } } } b: search(query: \"a\", types: [TRACK], first: 200) { tracks { nodes { name } } } }": typeof types.SearchWindowSearchSearchDocument,
    "query SearchWindowMe { me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }": typeof types.SearchWindowMeDocument,
    "\n  query SearchAll($q: String!, $types: [SearchType!]!, $first: Int, $after: String, $offset: Int, $market: String) {\n    search(query: $q, types: $types, first: $first, after: $after, offset: $offset, market: $market) {\n      albums { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      artists { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      tracks { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      shows { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      episodes { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      audiobooks { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n    }\n  }\n": typeof types.SearchAllDocument,
    "\n        query SearchMarketExternal {\n          search(query: \"the\", types: [SHOW], market: \"SE\", includeExternal: true) { shows { nodes { spotifyId } } }\n        }\n      ": typeof types.SearchMarketExternalDocument,
    "\n        query SearchEpisodeShows($q: String!) {\n          search(query: $q, types: [EPISODE], first: 10) { episodes { nodes { spotifyId show { name } } } }\n        }\n      ": typeof types.SearchEpisodeShowsDocument,
    "\n        query SearchAudiobookChapters {\n          search(query: \"novel\", types: [AUDIOBOOK], first: 10) {\n            audiobooks { nodes { spotifyId chapters(first: 3) { nodes { spotifyId } } } }\n          }\n        }\n      ": typeof types.SearchAudiobookChaptersDocument,
    "query SelfContradictingSavedIds { me { savedTracks(first: 2) { nodes { id name } } } }": typeof types.SelfContradictingSavedIdsDocument,
    "query SelfContradictingSavedUris { me { savedTracks(first: 2) { nodes { id uri } } } }": typeof types.SelfContradictingSavedUrisDocument,
    "query SelfContradictingLists($album: ID!, $track: ID!) {\n        search(query: \"a\", types: [TRACK], first: 2) { tracks { nodes { id name } } }\n        album(id: $album) { tracks(first: 2) { nodes { id name } } }\n        track(id: $track) { id name }\n      }": typeof types.SelfContradictingListsDocument,
    "mutation SelfContradictingQueue($play: ID!, $deviceId: String) {\n        play(uris: [$play], deviceId: $deviceId) { ok }\n      }": typeof types.SelfContradictingQueueDocument,
    "mutation SelfContradictingAddToQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }": typeof types.SelfContradictingAddToQueueDocument,
    "query SelfContradictingUserLists($id: ID!) {\n        playlist(id: $id) { items(first: 2) { nodes { ... on Track { id } } } }\n        me {\n          topTracks(first: 2) { nodes { id } }\n          recentlyPlayed(first: 2) { nodes { track { id } } }\n          player { queue { items { ... on Track { id } } } }\n        }\n      }": typeof types.SelfContradictingUserListsDocument,
    "query SelfContradictingPlayer { me { player { state {\n  item { __typename ... on Episode { id } ... on Track { id } }\n} } } }": typeof types.SelfContradictingPlayerDocument,
    "query SelfContradictingPlayerUri { me { player { state {\n  item { __typename ... on Episode { id uri } ... on Track { id uri } }\n} } } }": typeof types.SelfContradictingPlayerUriDocument,
    "mutation SelfContradictingPlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok } }": typeof types.SelfContradictingPlayDocument,
    "query SelfContradictingChapters($id: ID!) { audiobook(id: $id) { chapters(first: 2) { nodes { id name } } } }": typeof types.SelfContradictingChaptersDocument,
    "query SelfContradictingLocalFlag { me { savedTracks(first: 1) { nodes {\n      id isLocal album { id } artists { id } localFile { name }\n    } } } }": typeof types.SelfContradictingLocalFlagDocument,
    "query ServerAlbumName($id: ID!) { album(id: $id) { name } }": typeof types.ServerAlbumNameDocument,
    "query ServerTrackNameOverWs($id: ID!) { track(id: $id) { name } }": typeof types.ServerTrackNameOverWsDocument,
    "query RenewalPathAlbum($id: ID!) { album(id: $id) { id name label } }": typeof types.RenewalPathAlbumDocument,
    "query RenewalPathAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }": typeof types.RenewalPathAlbumsDocument,
    "query RenewalPathMeAndAlbum($id: ID!) { me { displayName } album(id: $id) { name } }": typeof types.RenewalPathMeAndAlbumDocument,
    "query RenewalPathArtistPage($id: ID!) { artist(id: $id) { name albums(first: 2) { totalCount nodes { id } } } }": typeof types.RenewalPathArtistPageDocument,
    "query RenewalPathSavedWindows {\n  me {\n    first: savedTracks(first: 2) { totalCount nodes { id } }\n    next: savedTracks(first: 2, offset: 2) { nodes { id } }\n  }\n}": typeof types.RenewalPathSavedWindowsDocument,
    "query RenewalPathSearch { search(query: \"the\", types: [ALBUM]) { albums { totalCount } } }": typeof types.RenewalPathSearchDocument,
    "mutation RenewalPathSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { __typename } }": typeof types.RenewalPathSaveDocument,
    "query RenewalPathMe { me { displayName } }": typeof types.RenewalPathMeDocument,
    "query RenewalPathContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": typeof types.RenewalPathContainsDocument,
    "\n  query SettledPagesArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      albums(first: 5) { nodes { name } }\n      topTracks { name }\n      relatedArtists { name }\n    }\n  }\n": typeof types.SettledPagesArtistDocument,
    "\n  query SettledPagesWide($id: ID!) { artist(id: $id) { albums(first: 6) { nodes { name } } } }\n": typeof types.SettledPagesWideDocument,
    "\n  query SettledPagesNarrow($id: ID!) { artist(id: $id) { albums(first: 2, offset: 3) { nodes { name } } } }\n": typeof types.SettledPagesNarrowDocument,
    "\n  query SettledPagesWideSearch($q: String!) { search(query: $q, types: [TRACK], first: 10) { tracks { nodes { name } } } }\n": typeof types.SettledPagesWideSearchDocument,
    "\n  query SettledPagesNarrowSearch($q: String!) {\n    search(query: $q, types: [TRACK], first: 3) { tracks { nodes { name } pageInfo { hasNextPage } } }\n  }\n": typeof types.SettledPagesNarrowSearchDocument,
    "\n  query SettledPagesSearchSideBySide($q: String!) {\n    wide: search(query: $q, types: [TRACK], first: 10) { tracks { nodes { name } } }\n    narrow: search(query: $q, types: [TRACK], first: 3) { tracks { nodes { name } pageInfo { hasNextPage } } }\n    counted: search(query: $q, types: [TRACK], first: 5) { tracks { totalCount } }\n  }\n": typeof types.SettledPagesSearchSideBySideDocument,
    "\n  query SharedLoadsTracksArtists($id: ID!) {\n    album(id: $id) {\n      tracks(first: 50) { nodes { artists { spotifyId albums(first: 3) { nodes { name } } } } }\n    }\n  }\n": typeof types.SharedLoadsTracksArtistsDocument,
    "\n        query SharedLoadsSiblingLists($id: ID!) {\n          artist(id: $id) { a: albums(first: 3) { nodes { name } } b: albums(first: 3) { nodes { name } } }\n        }\n      ": typeof types.SharedLoadsSiblingListsDocument,
    "query SharedLoadsTrackIds($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }": typeof types.SharedLoadsTrackIdsDocument,
    "query SharedLoadsConcurrentAlbum($id: ID!) { album(id: $id) { name artists { name popularity } } }": typeof types.SharedLoadsConcurrentAlbumDocument,
    "query SharedPlayerReadAlone { me { player { currentlyPlaying { isPlaying progressMs currentlyPlayingType item { __typename } } } } }": typeof types.SharedPlayerReadAloneDocument,
    "query SharedPlayerReadBesideState { me { player { state { isPlaying } currentlyPlaying { isPlaying progressMs currentlyPlayingType item { __typename } } } } }": typeof types.SharedPlayerReadBesideStateDocument,
    "query ShortSharedReleases($first: Int!, $offset: Int!) {\n  newReleases(first: $first, offset: $offset) { nodes { spotifyId } }\n}": typeof types.ShortSharedReleasesDocument,
    "query ShortSharedAlbumTracks($id: ID!, $first: Int!, $offset: Int!) {\n  album(id: $id) { tracks(first: $first, offset: $offset) { nodes { spotifyId } } }\n}": typeof types.ShortSharedAlbumTracksDocument,
    "query ShortSharedSearch($first: Int!, $offset: Int!) {\n  search(query: \"a\", types: [TRACK], first: $first, offset: $offset) { tracks { nodes { spotifyId } } }\n}": typeof types.ShortSharedSearchDocument,
    "query ShortSharedFeatured($first: Int!, $offset: Int!) {\n  featuredPlaylists(first: $first, offset: $offset) { playlists { nodes { spotifyId } } }\n}": typeof types.ShortSharedFeaturedDocument,
    "query ShortPageSiblingsSaved {\n  me {\n    w0: savedTracks(first: 60, offset: 19) { totalCount nodes { spotifyId } }\n    w1: savedTracks(first: 1, offset: 46) { totalCount nodes { spotifyId } }\n  }\n}": typeof types.ShortPageSiblingsSavedDocument,
    "query ShortPageSiblingsSavedW0 {\n  me { w0: savedTracks(first: 60, offset: 19) { totalCount nodes { spotifyId } } }\n}": typeof types.ShortPageSiblingsSavedW0Document,
    "query ShortPageSiblingsSavedW1 {\n  me { w1: savedTracks(first: 1, offset: 46) { totalCount nodes { spotifyId } } }\n}": typeof types.ShortPageSiblingsSavedW1Document,
    "query ShortPageSiblingsSavedJoined {\n  me {\n    a: savedTracks(first: 3, offset: 20) { nodes { spotifyId } }\n    b: savedTracks(first: 3, offset: 23) { nodes { spotifyId } }\n  }\n}": typeof types.ShortPageSiblingsSavedJoinedDocument,
    "query ShortPageSiblingsSavedA {\n  me { a: savedTracks(first: 3, offset: 20) { nodes { spotifyId } } }\n}": typeof types.ShortPageSiblingsSavedADocument,
    "query ShortPageSiblingsSavedB {\n  me { b: savedTracks(first: 3, offset: 23) { nodes { spotifyId } } }\n}": typeof types.ShortPageSiblingsSavedBDocument,
    "query ShortPageSiblingsAlbum($id: ID!) {\n  album(id: $id) {\n    w0: tracks(offset: 50, first: 30) { nodes { spotifyId } }\n    w1: tracks(offset: 55, first: 1) { nodes { spotifyId } }\n  }\n}": typeof types.ShortPageSiblingsAlbumDocument,
    "query ShortPageSiblingsAlbumW0($id: ID!) {\n  album(id: $id) { w0: tracks(offset: 50, first: 30) { nodes { spotifyId } } }\n}": typeof types.ShortPageSiblingsAlbumW0Document,
    "query ShortPageSiblingsAlbumW1($id: ID!) {\n  album(id: $id) { w1: tracks(offset: 55, first: 1) { nodes { spotifyId } } }\n}": typeof types.ShortPageSiblingsAlbumW1Document,
    "query ShortPageSiblingsShow($id: ID!) {\n  show(id: $id) {\n    w0: episodes(offset: 50, first: 30) { nodes { spotifyId } }\n    w1: episodes(offset: 55, first: 1) { nodes { spotifyId } }\n  }\n}": typeof types.ShortPageSiblingsShowDocument,
    "query ShortPageSiblingsShowW0($id: ID!) {\n  show(id: $id) { w0: episodes(offset: 50, first: 30) { nodes { spotifyId } } }\n}": typeof types.ShortPageSiblingsShowW0Document,
    "query ShortPageSiblingsShowW1($id: ID!) {\n  show(id: $id) { w1: episodes(offset: 55, first: 1) { nodes { spotifyId } } }\n}": typeof types.ShortPageSiblingsShowW1Document,
    "query ShortPageSiblingsSavedBefore {\n  me {\n    w0: savedTracks(first: 50) { nodes { spotifyId } }\n    w1: savedTracks(first: 10, offset: 50) { nodes { spotifyId } }\n  }\n}": typeof types.ShortPageSiblingsSavedBeforeDocument,
    "query SiblingCountAlbum($id: ID!, $offset: Int!) {\n  album(id: $id) { a: tracks(offset: $offset, first: 5) { nodes { __typename } } b: tracks { totalCount } }\n}": typeof types.SiblingCountAlbumDocument,
    "query SiblingCountShow($id: ID!, $offset: Int!) {\n  show(id: $id) { a: episodes(offset: $offset, first: 5) { nodes { __typename } } b: episodes { totalCount } }\n}": typeof types.SiblingCountShowDocument,
    "query SiblingCountAudiobook($id: ID!, $offset: Int!) {\n  audiobook(id: $id) { a: chapters(offset: $offset, first: 5) { nodes { __typename } } b: chapters { totalCount } }\n}": typeof types.SiblingCountAudiobookDocument,
    "query SiblingCountPlaylist($id: ID!, $offset: Int!) {\n  playlist(id: $id) { a: items(offset: $offset, first: 5) { nodes { __typename } } b: items { totalCount } }\n}": typeof types.SiblingCountPlaylistDocument,
    "query SiblingWindowsPastTotal($id: ID!) {\n  playlist(id: $id) {\n    a: items(first: 100) { totalCount nodes { __typename } }\n    b: items(offset: 100, first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename } }\n  }\n}": typeof types.SiblingWindowsPastTotalDocument,
    "query SiblingAlbumWindowsPastTotal($id: ID!) {\n  album(id: $id) {\n    a: tracks(first: 100) { totalCount nodes { __typename } }\n    b: tracks(offset: 100, first: 50) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename } }\n  }\n}": typeof types.SiblingAlbumWindowsPastTotalDocument,
    "query SiblingWindowsAcross100($id: ID!) {\n  playlist(id: $id) {\n    a: items(first: 150) { nodes { __typename } }\n    b: items(offset: 100, first: 100) { nodes { __typename } }\n  }\n}": typeof types.SiblingWindowsAcross100Document,
    "\n  query SiblingWindowsAlbums($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { spotifyId } pageInfo { hasNextPage } }\n      b: albums(offset: 3, first: 3) { nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage } }\n    }\n  }\n": typeof types.SiblingWindowsAlbumsDocument,
    "\n  query SiblingWindowsAlbumsFirstAlone($id: ID!) {\n    artist(id: $id) { albums(first: 3) { nodes { spotifyId } } }\n  }\n": typeof types.SiblingWindowsAlbumsFirstAloneDocument,
    "\n  query SiblingWindowsFarApart($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 2) { nodes { spotifyId } }\n      b: albums(offset: 60, first: 2) { nodes { spotifyId } }\n    }\n  }\n": typeof types.SiblingWindowsFarApartDocument,
    "\n  query SiblingWindowsTracks($id: ID!) {\n    album(id: $id) {\n      a: tracks(offset: 50, first: 5) { nodes { spotifyId } }\n      b: tracks(offset: 55, first: 5) { nodes { spotifyId } }\n    }\n  }\n": typeof types.SiblingWindowsTracksDocument,
    "\n  query SiblingWindowsNewReleases {\n    a: newReleases(first: 3) { nodes { spotifyId } }\n    b: newReleases(offset: 2, first: 2) { nodes { spotifyId } }\n  }\n": typeof types.SiblingWindowsNewReleasesDocument,
    "\n  query SiblingWindowsFollowedHead {\n    me { followedArtists(first: 2) { nodes { spotifyId } pageInfo { endCursor } } }\n  }\n": typeof types.SiblingWindowsFollowedHeadDocument,
    "\n  query SiblingWindowsFollowed($after: String!) {\n    me {\n      a: followedArtists(first: 5) { nodes { spotifyId } }\n      b: followedArtists(first: 2, after: $after) { nodes { spotifyId } pageInfo { hasNextPage endCursor } }\n      c: followedArtists(first: 3, after: $after) { nodes { spotifyId } }\n    }\n  }\n": typeof types.SiblingWindowsFollowedDocument,
    "\n  query SiblingWindowsFollowedAdjacent($after: String!) {\n    me {\n      a: followedArtists(first: 2) { nodes { spotifyId } }\n      b: followedArtists(first: 3, after: $after) { nodes { spotifyId } pageInfo { hasNextPage } }\n    }\n  }\n": typeof types.SiblingWindowsFollowedAdjacentDocument,
    "\n  query SiblingWindowsPlayedHead {\n    me { recentlyPlayed(first: 2) { nodes { playedAt } pageInfo { endCursor } } }\n  }\n": typeof types.SiblingWindowsPlayedHeadDocument,
    "\n  query SiblingWindowsPlayed($after: String!) {\n    me {\n      a: recentlyPlayed(first: 10) { nodes { playedAt track { spotifyId } } }\n      b: recentlyPlayed(first: 3, after: $after) { nodes { playedAt track { spotifyId } } pageInfo { hasNextPage } }\n    }\n  }\n": typeof types.SiblingWindowsPlayedDocument,
    "\n  query SiblingWindowsSaved {\n    me {\n      a: savedTracks(first: 5) { nodes { spotifyId } }\n      b: savedTracks(first: 5, offset: 3) { nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage } }\n      c: savedAlbums(first: 2) { nodes { spotifyId } }\n      d: savedAlbums(first: 2, offset: 2) { nodes { spotifyId } }\n    }\n  }\n": typeof types.SiblingWindowsSavedDocument,
    "\n  query SiblingWindowsSavedAlone {\n    me { savedTracks(first: 8) { nodes { spotifyId } } savedAlbums(first: 4) { nodes { spotifyId } } }\n  }\n": typeof types.SiblingWindowsSavedAloneDocument,
    "\n  query SiblingWindowsTop {\n    me {\n      a: topArtists(first: 3) { nodes { spotifyId } }\n      b: topArtists(first: 3, offset: 3) { nodes { spotifyId } }\n      c: topTracks(first: 4, timeRange: SHORT_TERM) { nodes { spotifyId } }\n      d: topTracks(first: 3, offset: 3, timeRange: SHORT_TERM) { nodes { spotifyId } }\n    }\n  }\n": typeof types.SiblingWindowsTopDocument,
    "\n  query SiblingWindowsTopAlone {\n    me {\n      topArtists(first: 6) { nodes { spotifyId } }\n      topTracks(first: 6, timeRange: SHORT_TERM) { nodes { spotifyId } }\n    }\n  }\n": typeof types.SiblingWindowsTopAloneDocument,
    "query SingleIdentityPlaylist($id: ID!) { playlist(id: $id) { id name } }": typeof types.SingleIdentityPlaylistDocument,
    "query SingleIdentityUser($id: ID!) { user(id: $id) { id displayName } }": typeof types.SingleIdentityUserDocument,
    "query SingleIdentityCategory($id: ID!) { category(id: $id) { id name } }": typeof types.SingleIdentityCategoryDocument,
    "query SingleIdentityShow($id: ID!) {\n  show(id: $id) { id name episodes(first: 1) { totalCount } }\n}": typeof types.SingleIdentityShowDocument,
    "query SingleIdentityNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { id ... on Playlist { name } ... on User { displayName } }\n}": typeof types.SingleIdentityNodesDocument,
    "query SpotifyAnswersAlbumName($id: ID!) { album(id: $id) { name } }": typeof types.SpotifyAnswersAlbumNameDocument,
    "mutation SpotifyAnswersPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }": typeof types.SpotifyAnswersPlayDocument,
    "mutation SpotifyAnswersPause { pause { ok } }": typeof types.SpotifyAnswersPauseDocument,
    "mutation SpotifyAnswersSkipToNext { skipToNext { ok } }": typeof types.SpotifyAnswersSkipToNextDocument,
    "query SpotifyAnswersSearch { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } }": typeof types.SpotifyAnswersSearchDocument,
    "query SpotifyAnswersEmptyBodies($id: ID!) { __typename markets playlist(id: $id) { name } me { player { devices { name } } } }": typeof types.SpotifyAnswersEmptyBodiesDocument,
    "query SpotifyAnswersIdlePlayer { me { player { state { isPlaying } currentlyPlaying { progressMs } } } }": typeof types.SpotifyAnswersIdlePlayerDocument,
    "query SpotifyAnswersPlayer204 { me { player { state { isPlaying } currentlyPlaying { progressMs } } } }": typeof types.SpotifyAnswersPlayer204Document,
    "mutation SpotifyAnswersReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }": typeof types.SpotifyAnswersReorderDocument,
    "query SpotifyAnswersMe { me { savedTracks(first: 5) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } }": typeof types.SpotifyAnswersMeDocument,
    "query SpotifyAnswersSearch2 { search(query: \"a\", types: [TRACK], offset: 990, first: 10) { tracks { totalCount nodes { name } pageInfo { hasNextPage } } } }": typeof types.SpotifyAnswersSearch2Document,
    "query SpotifyAnswersMe2 { me { followedArtists(first: 5) { nodes { name } pageInfo { hasNextPage } } } }": typeof types.SpotifyAnswersMe2Document,
    "query SpotifyAnswersMe3 { me { displayName } }": typeof types.SpotifyAnswersMe3Document,
    "query SpotifyAnswersMe4 { me { savedEpisodes(first: 1) { totalCount } } }": typeof types.SpotifyAnswersMe4Document,
    "query SpotifyAnswersAlbumInMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }": typeof types.SpotifyAnswersAlbumInMarketDocument,
    "query SpotifyAnswersAlbums($ids: [ID!]!) { albums(ids: $ids) { tracks(first: 500) { nodes { name } } } }": typeof types.SpotifyAnswersAlbumsDocument,
    "mutation SpotifyAnswersUnselected($playlistId: ID!, $cover: String!) {\n        updatePlaylist(playlistId: $playlistId, name: \"Renamed\") { __typename }\n        uploadPlaylistCover(playlistId: $playlistId, imageBase64: $cover) { __typename }\n      }": typeof types.SpotifyAnswersUnselectedDocument,
    "mutation SpotifyAnswersSelected($playlistId: ID!) { updatePlaylist(playlistId: $playlistId, name: \"Again\") { playlist { name } } }": typeof types.SpotifyAnswersSelectedDocument,
    "query IdentitySearch($types: [SearchType!]!) {\n  search(query: \"a\", types: $types, first: 3) {\n    albums { nodes { id uri name } } artists { nodes { id uri name } } tracks { nodes { id uri name } }\n    shows { nodes { id uri name } } episodes { nodes { id uri name } } audiobooks { nodes { id uri name } }\n    playlists { nodes { id uri name } } } }": typeof types.IdentitySearchDocument,
    "query IdentitySearchNames {\n  search(query: \"a\", types: [ALBUM], first: 3) { albums { nodes { name } } } }": typeof types.IdentitySearchNamesDocument,
    "query IdentityOwner($id: ID!) { playlist(id: $id) { name owner { id } } }": typeof types.IdentityOwnerDocument,
    "query IdentityCachedTracks($ids: [ID!]!) { tracks(ids: $ids) { id name } }": typeof types.IdentityCachedTracksDocument,
    "query StrictAlbum($id: ID!) { album(id: $id) { name popularity totalTracks releaseDate externalUrl images { url width height } tracks(first: 2) { totalCount nodes { name durationMs explicit trackNumber discNumber } } } }": typeof types.StrictAlbumDocument,
    "query StrictEpisode($id: ID!) { episode(id: $id) { name durationMs explicit resumePoint { fullyPlayed resumePositionMs } } }": typeof types.StrictEpisodeDocument,
    "query StrictArtist($id: ID!) { artist(id: $id) { name popularity followerCount } }": typeof types.StrictArtistDocument,
    "query StrictPlaylist($id: ID!) { playlist(id: $id) { name public collaborative followerCount } }": typeof types.StrictPlaylistDocument,
    "query StrictDevices { me { player { devices { name volumePercent } } } }": typeof types.StrictDevicesDocument,
    "query StringArgPlaylistsAfter($v: String) { me { playlists(first: 1, after: $v) { totalCount } } }": typeof types.StringArgPlaylistsAfterDocument,
    "query StringArgFollowedAfter($v: String) { me { followedArtists(first: 1, after: $v) { totalCount } } }": typeof types.StringArgFollowedAfterDocument,
    "query StringArgPlayedAfter($v: String) { me { recentlyPlayed(first: 1, after: $v) { nodes { playedAt } } } }": typeof types.StringArgPlayedAfterDocument,
    "query StringArgSearchAfter($v: String) { search(query: \"a\", types: [TRACK], after: $v) { tracks { totalCount } } }": typeof types.StringArgSearchAfterDocument,
    "query StringArgMarket($v: String) { album(id: \"4aawyAB9vmqN3uQ7FjRGTy\", market: $v) { id } }": typeof types.StringArgMarketDocument,
    "query StringArgLocale($v: String) { categories(locale: $v) { totalCount } }": typeof types.StringArgLocaleDocument,
    "query StringArgFeaturedLocale($v: String) { featuredPlaylists(locale: $v) { message } }": typeof types.StringArgFeaturedLocaleDocument,
    "mutation StringArgDevice($v: String) { pause(deviceId: $v) { ok } }": typeof types.StringArgDeviceDocument,
    "mutation StringArgTransfer($v: String!) { transferPlayback(deviceId: $v) { ok } }": typeof types.StringArgTransferDocument,
    "query StringArgQuery($v: String!) { search(query: $v, types: [TRACK]) { tracks { totalCount } } }": typeof types.StringArgQueryDocument,
    "mutation StringArgCreateName($v: String!) { createPlaylist(name: $v) { playlist { id } } }": typeof types.StringArgCreateNameDocument,
    "mutation StringArgCreateDescription($v: String) { createPlaylist(name: \"n\", description: $v) { playlist { id } } }": typeof types.StringArgCreateDescriptionDocument,
    "mutation StringArgUpdateName($v: String) { updatePlaylist(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", name: $v) { playlist { id } } }": typeof types.StringArgUpdateNameDocument,
    "mutation StringArgUpdateDescription($v: String) { updatePlaylist(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", description: $v) { playlist { id } } }": typeof types.StringArgUpdateDescriptionDocument,
    "mutation StringArgRemoveSnapshot($v: String) { removePlaylistItems(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", uris: [\"spotify:track:4uLU6hMCjMI75M1A2tKUQC\"], snapshotId: $v) { snapshotId } }": typeof types.StringArgRemoveSnapshotDocument,
    "mutation StringArgReorderSnapshot($v: String) { reorderPlaylistItems(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", rangeStart: 0, insertBefore: 1, snapshotId: $v) { snapshotId } }": typeof types.StringArgReorderSnapshotDocument,
    "mutation StringArgCover($v: String!) { uploadPlaylistCover(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", imageBase64: $v) { playlist { id } } }": typeof types.StringArgCoverDocument,
    "query StringArgGenre($v: String!) { recommendations(seedGenres: [$v]) { tracks { id } } }": typeof types.StringArgGenreDocument,
    "query StringArgUser($v: ID!) { user(id: $v) { id } }": typeof types.StringArgUserDocument,
    "query StringArgNode($v: ID!) { node(id: $v) { id } }": typeof types.StringArgNodeDocument,
    "subscription SubscriptionRenewalPlayback { playbackState { isPlaying } }": typeof types.SubscriptionRenewalPlaybackDocument,
    "query TextErrorBodiesSaved { me { savedTracks(first: 1) { totalCount } } }": typeof types.TextErrorBodiesSavedDocument,
    "mutation TextErrorBodiesSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }": typeof types.TextErrorBodiesSaveDocument,
    "mutation TextErrorBodiesPause { pause { ok } }": typeof types.TextErrorBodiesPauseDocument,
    "query TrackShapedEpisodeItems($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { node { __typename ... on Episode { id name } ... on Track { id album { id } } } }\n      nodes { __typename ... on Episode { id } ... on Track { id } }\n    }\n  }\n}": typeof types.TrackShapedEpisodeItemsDocument,
    "query TrackShapedEpisodeItemsUri($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { node { __typename ... on Episode { id uri name } ... on Track { id uri } } }\n    }\n  }\n}": typeof types.TrackShapedEpisodeItemsUriDocument,
    "mutation TrackShapedEpisodePlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok } }": typeof types.TrackShapedEpisodePlayDocument,
    "query TrackShapedEpisodePlayer { me { player {\n        state { item { __typename ... on Episode { id } ... on Track { id album { id } } } }\n        queue { currentlyPlaying { __typename ... on Episode { id } ... on Track { id } } }\n      } } }": typeof types.TrackShapedEpisodePlayerDocument,
    "query UnicodeSearch($q: String!) {\n  search(query: $q, types: [ARTIST, ALBUM, TRACK, SHOW], first: 1) {\n    artists { edges { cursor node { name } } }\n    albums { nodes { name } }\n    tracks { nodes { name } }\n    shows { nodes { name } }\n  }\n}": typeof types.UnicodeSearchDocument,
    "query UnicodeSearchAfter($q: String!, $after: String!) {\n  search(query: $q, types: [ARTIST], first: 1, after: $after) { artists { nodes { name } } }\n}": typeof types.UnicodeSearchAfterDocument,
    "query UnicodePlaylist($id: ID!) { playlist(id: $id) { name } }": typeof types.UnicodePlaylistDocument,
    "query UnknownIdOnlyTrack($id: ID!) { track(id: $id) { id audioAnalysis { __typename } } }": typeof types.UnknownIdOnlyTrackDocument,
    "query UnknownIdOnlyArtistsTop($ids: [ID!]!) { artists(ids: $ids) { id topTracks { id } } }": typeof types.UnknownIdOnlyArtistsTopDocument,
    "query UnknownIdOnlyTracks($ids: [ID!]!) { tracks(ids: $ids) { id audioFeatures { tempo } } }": typeof types.UnknownIdOnlyTracksDocument,
    "query UnknownIdOnlyNode($id: ID!) { node(id: $id) { id ... on Track { audioFeatures { tempo } } } }": typeof types.UnknownIdOnlyNodeDocument,
    "query UnknownIdOnlyArtistAlbums($id: ID!) { artist(id: $id) { id albums(first: 1) { totalCount } } }": typeof types.UnknownIdOnlyArtistAlbumsDocument,
    "query UnknownIdOnlyArtistTop($id: ID!) { artist(id: $id) { id topTracks { id } } }": typeof types.UnknownIdOnlyArtistTopDocument,
    "query UnknownIdOnlyAlbum($id: ID!) { album(id: $id) { id tracks(offset: 50, first: 2) { totalCount } } }": typeof types.UnknownIdOnlyAlbumDocument,
    "query UnknownIdOnlyShow($id: ID!) { show(id: $id) { id episodes(offset: 50, first: 2) { totalCount } } }": typeof types.UnknownIdOnlyShowDocument,
    "query UnknownIdOnlyPlaylist($id: ID!) { playlist(id: $id) { id items(offset: 100, first: 2) { totalCount } } }": typeof types.UnknownIdOnlyPlaylistDocument,
    "query UnknownIdOnlyUser($id: ID!) { user(id: $id) { id playlists(first: 1) { totalCount } } }": typeof types.UnknownIdOnlyUserDocument,
    "query UnknownIdOnlyCategory($id: ID!) { category(id: $id) { id playlists(first: 1) { totalCount } } }": typeof types.UnknownIdOnlyCategoryDocument,
    "query UnknownIdOnlyTracksAnalysis($ids: [ID!]!) { tracks(ids: $ids) { id audioAnalysis { __typename } } }": typeof types.UnknownIdOnlyTracksAnalysisDocument,
    "query UnknownIdOnlyArtistRelated($id: ID!) { artist(id: $id) { id relatedArtists { id } } }": typeof types.UnknownIdOnlyArtistRelatedDocument,
    "query UnknownIdOnlyArtistsRelated($ids: [ID!]!) { artists(ids: $ids) { id relatedArtists { id } } }": typeof types.UnknownIdOnlyArtistsRelatedDocument,
    "query UnknownIdOnlyArtistsAlbums($ids: [ID!]!) { artists(ids: $ids) { id albums(first: 1) { totalCount } } }": typeof types.UnknownIdOnlyArtistsAlbumsDocument,
    "query UnknownIdOnlyTrackIdAlone($id: ID!) { track(id: $id) { id } }": typeof types.UnknownIdOnlyTrackIdAloneDocument,
    "query UnknownIdOnlyArtistsIdAlone($ids: [ID!]!) { artists(ids: $ids) { id } }": typeof types.UnknownIdOnlyArtistsIdAloneDocument,
    "query UnknownIdOnlyUserIdAlone($id: ID!) { user(id: $id) { id } }": typeof types.UnknownIdOnlyUserIdAloneDocument,
    "query UnknownIdOnlyCategoryIdAlone($id: ID!) { category(id: $id) { id } }": typeof types.UnknownIdOnlyCategoryIdAloneDocument,
    "query UnmodelledItemsPlaylist($id: ID!) { playlist(id: $id) { name items(first: 5) {\n          edges { node { __typename ... on Track { id name } ... on Episode { id } } }\n          nodes { __typename } } } }": typeof types.UnmodelledItemsPlaylistDocument,
    "query UnmodelledItemsEpisodeShow($id: ID!) { playlist(id: $id) { items(first: 3, offset: 2) {\n          edges { node { ... on Episode { id name show { id name } } } } } } }": typeof types.UnmodelledItemsEpisodeShowDocument,
    "query UnmodelledItemsQueue { me { player { queue { currentlyPlaying { __typename } items { __typename ... on Track { id } } } } } }": typeof types.UnmodelledItemsQueueDocument,
    "query UnmodelledItemsSavedAlbums { me { savedAlbums(first: 2) { nodes { name } } } }": typeof types.UnmodelledItemsSavedAlbumsDocument,
    "query UnmodelledItemsSavedTrackAlbum { me { savedTracks(first: 1) { nodes { name album { id label } } } } }": typeof types.UnmodelledItemsSavedTrackAlbumDocument,
    "\n  query UserReadsSameCheckTwice($uris: [ID!]!, $artists: [ID!]!) {\n    a: me { x: libraryContains(uris: $uris) followsArtists(ids: $artists) }\n    b: me { y: libraryContains(uris: $uris) z: followsArtists(ids: $artists) }\n  }\n": typeof types.UserReadsSameCheckTwiceDocument,
    "\n  query UserReadsChecksOfOneKind($one: [ID!]!, $two: [ID!]!, $artists: [ID!]!, $user: ID!) {\n    me {\n      a: libraryContains(uris: $one)\n      b: libraryContains(uris: $two)\n      followsArtists(ids: $artists)\n      followsUsers(ids: [$user])\n    }\n  }\n": typeof types.UserReadsChecksOfOneKindDocument,
    "\n  query UserReadsFollowsPlaylist($id: ID!) { me { a: followsPlaylist(id: $id) b: followsPlaylist(id: $id) } }\n": typeof types.UserReadsFollowsPlaylistDocument,
    "\n  query UserReadsPlayerTwice {\n    a: me { player { devices { name } queue { items { __typename } } c: currentlyPlaying { isPlaying } } }\n    b: me { player { devices { id } queue { currentlyPlaying { __typename } } d: currentlyPlaying { progressMs } } }\n  }\n": typeof types.UserReadsPlayerTwiceDocument,
    "\n  query UserReadsStateAndPlaying {\n    me { player { state { isPlaying } currentlyPlaying { isPlaying progressMs currentlyPlayingType item { ... on Track { id } ... on Episode { id } } } } }\n  }\n": typeof types.UserReadsStateAndPlayingDocument,
    "\n  query UserReadsPlayingAlone {\n    me { player { currentlyPlaying { isPlaying currentlyPlayingType item { ... on Track { id } ... on Episode { id } } } } }\n  }\n": typeof types.UserReadsPlayingAloneDocument,
    "\n  query UserReadsStateAndPlayingUnderTwoMe {\n    a: me { player { state { isPlaying item { ... on Track { id } } } } }\n    b: me { displayName player { currentlyPlaying { isPlaying item { ... on Track { id } } } } }\n  }\n": typeof types.UserReadsStateAndPlayingUnderTwoMeDocument,
    "fragment UserReadsPlayerState on Me { x: player { state { isPlaying } } }": typeof types.UserReadsPlayerStateFragmentDoc,
    "fragment UserReadsPlayerPlaying on Me { y: player { currentlyPlaying { isPlaying } } }": typeof types.UserReadsPlayerPlayingFragmentDoc,
    "\n  query UserReadsStateAndPlayingInFragments { me { ...UserReadsPlayerState ...UserReadsPlayerPlaying } }\n": typeof types.UserReadsStateAndPlayingInFragmentsDocument,
    "\n  query UserReadsStateAndPlayingInTwoMarkets {\n    a: me { player { state(market: \"SE\") { isPlaying } } }\n    b: me { player { currentlyPlaying(market: \"DE\") { isPlaying } } }\n  }\n": typeof types.UserReadsStateAndPlayingInTwoMarketsDocument,
    "\n  query UserReadsProfilePlayerChecks($uris: [ID!]!, $artists: [ID!]!, $playlist: ID!) {\n    me {\n      displayName\n      player { devices { name } state { isPlaying } }\n      libraryContains(uris: $uris)\n      followsArtists(ids: $artists)\n      followsUsers(ids: [\"bob\"])\n      followsPlaylist(id: $playlist)\n    }\n  }\n": typeof types.UserReadsProfilePlayerChecksDocument,
    "query UserReadsWarm { markets }": typeof types.UserReadsWarmDocument,
    "query VariableEscapesEnum($v: [SearchType!]!) {\n  search(query: \"a\", types: $v) { tracks { totalCount } }\n}": typeof types.VariableEscapesEnumDocument,
    "query VariableEscapesInt($v: Int) { newReleases(first: $v) { totalCount } }": typeof types.VariableEscapesIntDocument,
    "query WavesWarmUp { markets }": typeof types.WavesWarmUpDocument,
    "query WavesArtistBeside($id: ID!) {\n        artist(id: $id) { name albums(first: 3) { nodes { name } } topTracks(market: \"SE\") { name } }\n      }": typeof types.WavesArtistBesideDocument,
    "query WavesAlbumLabels($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { label } } } }": typeof types.WavesAlbumLabelsDocument,
    "query WavesAlbumTracksInMarket($id: ID!) { album(id: $id) { name tracks(first: 5, market: \"SE\") { nodes { name } } } }": typeof types.WavesAlbumTracksInMarketDocument,
    "query WavesUnknownArtist($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { name } } } }": typeof types.WavesUnknownArtistDocument,
    "query WavesSkipInclude($id: ID!, $no: Boolean!) {\n        artist(id: $id) {\n          name\n          albums(first: 3) @skip(if: true) { nodes { name } }\n          topTracks @include(if: $no) { name }\n        }\n      }": typeof types.WavesSkipIncludeDocument,
    "query WavesFragment($id: ID!) { artist(id: $id) { ...WavesArtistAlbums } }\n       fragment WavesArtistAlbums on Artist { name albums(first: 2) { nodes { name } } }": typeof types.WavesFragmentDocument,
    "query WavesMyPlaylists { me { displayName playlists(first: 5) { nodes { name } } } }": typeof types.WavesMyPlaylistsDocument,
    "query WavesTwoFirsts($id: ID!) {\n        artist(id: $id) {\n          a: albums(first: 3) { nodes { name } pageInfo { hasNextPage } }\n          b: albums(first: 5) { nodes { name } pageInfo { hasNextPage } }\n        }\n      }": typeof types.WavesTwoFirstsDocument,
    "query WavesSmallerPageLater($id: ID!) {\n        artist(id: $id) {\n          albums(first: 5) { nodes { name artists { spotifyId albums(first: 2) { nodes { name } } } } }\n        }\n      }": typeof types.WavesSmallerPageLaterDocument,
    "query WithheldSearch {\n  search(query: \"a\", types: [EPISODE, SHOW, AUDIOBOOK], first: 3) {\n    episodes { totalCount edges { cursor node { name } } }\n    shows { totalCount nodes { name } }\n    audiobooks { nodes { name } }\n  }\n}": typeof types.WithheldSearchDocument,
    "query WithheldShowEpisodes($id: ID!) {\n  show(id: $id) { episodes(first: 54) { totalCount edges { cursor node { spotifyId } } } }\n}": typeof types.WithheldShowEpisodesDocument,
    "query WithheldShowEpisodesAfter($id: ID!, $after: String!) {\n  show(id: $id) { episodes(first: 2, after: $after) { edges { node { spotifyId } } } }\n}": typeof types.WithheldShowEpisodesAfterDocument,
    "query WithheldSearchPlaylists {\n  search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) {\n    playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } }\n    tracks { nodes { name } }\n  }\n}": typeof types.WithheldSearchPlaylistsDocument,
    "query WithheldSearchPlaylistsAfter($after: String!) {\n  search(query: \"a\", types: [PLAYLIST], first: 2, after: $after) { playlists { nodes { name } } }\n}": typeof types.WithheldSearchPlaylistsAfterDocument,
    "query WithheldSeveralEpisodes($ids: [ID!]!) {\n  episodes(ids: $ids) { spotifyId }\n}": typeof types.WithheldSeveralEpisodesDocument,
    "mutation WriteUnreadableCreate($name: String!) { createPlaylist(name: $name) { playlist { id name } } }": typeof types.WriteUnreadableCreateDocument,
    "mutation WriteUnreadableAdd($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }": typeof types.WriteUnreadableAddDocument,
    "mutation WriteUnreadableReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }": typeof types.WriteUnreadableReorderDocument,
    "mutation WriteUnreadableRemove($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }": typeof types.WriteUnreadableRemoveDocument,
    "query WrongShapeSaved { me { savedTracks(first: 3) { totalCount } } }": typeof types.WrongShapeSavedDocument,
    "query WrongShapeDevices { me { player { devices { id } } } }": typeof types.WrongShapeDevicesDocument,
    "query WrongShapeFollowed { me { followedArtists(first: 3) { totalCount } } }": typeof types.WrongShapeFollowedDocument,
    "query WrongShapeRecent { me { recentlyPlayed(first: 3) { edges { cursor } } } }": typeof types.WrongShapeRecentDocument,
    "query WrongShapeQueue { me { player { queue { items { __typename } } } } }": typeof types.WrongShapeQueueDocument,
    "query WrongShapedAnswersState { me { displayName player { state { isPlaying } } } }": typeof types.WrongShapedAnswersStateDocument,
    "query WrongShapedAnswersDevices { me { displayName player { devices { name } } } }": typeof types.WrongShapedAnswersDevicesDocument,
    "query WrongShapedAnswersQueue { me { displayName player { queue { items { __typename } } } } }": typeof types.WrongShapedAnswersQueueDocument,
    "query WrongShapedAnswersSearch { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } }": typeof types.WrongShapedAnswersSearchDocument,
    "query WrongShapedAnswersContains($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }": typeof types.WrongShapedAnswersContainsDocument,
    "query WrongShapedAnswersPlaylist($id: ID!) { playlist(id: $id) { name } }": typeof types.WrongShapedAnswersPlaylistDocument,
    "query WrongShapedAnswersUser { user(id: \"bob\") { displayName } }": typeof types.WrongShapedAnswersUserDocument,
    "mutation WrongShapedAnswersAddItems($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }": typeof types.WrongShapedAnswersAddItemsDocument,
    "mutation WrongShapedAnswersCreatePlaylist { createPlaylist(name: \"shape\") { playlist { id } } }": typeof types.WrongShapedAnswersCreatePlaylistDocument,
    "query WrongFieldsDevices { me { displayName player { devices { name type } } } }": typeof types.WrongFieldsDevicesDocument,
    "query WrongFieldsState { me { player { state { isPlaying progressMs device { name } } } } }": typeof types.WrongFieldsStateDocument,
    "query WrongFieldsDeviceIds { me { player { devices { id } } } }": typeof types.WrongFieldsDeviceIdsDocument,
    "mutation WrongFieldsPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }": typeof types.WrongFieldsPlayDocument,
    "query WrongFieldsAlbum($id: ID!) { album(id: $id) { name releaseDate releaseDatePrecision totalTracks albumType } }": typeof types.WrongFieldsAlbumDocument,
    "query WrongFieldsLocalDuration($id: ID!, $offset: Int) { playlist(id: $id) { items(first: 2, offset: $offset) { edges { isLocal node { ... on Track { name durationMs localFile { durationMs } } } } } } }": typeof types.WrongFieldsLocalDurationDocument,
    "query WrongFieldsTrackArtists($id: ID!) { album(id: $id) { tracks(first: 1) { nodes { name artists { name } } } } }": typeof types.WrongFieldsTrackArtistsDocument,
    "query SharedCatalogWarmToken { markets }": typeof types.SharedCatalogWarmTokenDocument,
    "query ShortPagePlaylistItems($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    playlist(id: $id) { list: items(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ... on Node { id } } }\n    } }\n  }": typeof types.ShortPagePlaylistItemsDocument,
    "query ShortPageAlbumTracks($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    album(id: $id) { list: tracks(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }": typeof types.ShortPageAlbumTracksDocument,
    "query ShortPageSavedTracks($offset: Int, $first: Int!, $after: String) {\n    me { list: savedTracks(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }": typeof types.ShortPageSavedTracksDocument,
    "query ShortPageShowEpisodes($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    show(id: $id) { list: episodes(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }": typeof types.ShortPageShowEpisodesDocument,
    "query ShortPageArtistAlbums($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    artist(id: $id) { list: albums(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }": typeof types.ShortPageArtistAlbumsDocument,
    "query ShortPageChapters($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    audiobook(id: $id) { list: chapters(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }": typeof types.ShortPageChaptersDocument,
    "query ShortPageSearchPlaylists($q: String!, $offset: Int, $first: Int!, $after: String) {\n    search(query: $q, types: [PLAYLIST], offset: $offset, first: $first, after: $after) {\n      list: playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }\n    }\n  }": typeof types.ShortPageSearchPlaylistsDocument,
    "\n  query WindowsAlbumsAlone($id: ID!) {\n    artist(id: $id) { albums(first: 6) { nodes { spotifyId } } }\n  }\n": typeof types.WindowsAlbumsAloneDocument,
    "\n  query WindowsSearches {\n    a: search(query: \"e\", types: [TRACK], first: 3) { tracks { nodes { spotifyId } } }\n    b: search(query: \"e\", types: [TRACK], offset: 3, first: 3) { tracks { nodes { spotifyId } } }\n  }\n": typeof types.WindowsSearchesDocument,
    "\n  query WindowsSearchAlone {\n    search(query: \"e\", types: [TRACK], first: 6) { tracks { nodes { spotifyId } } }\n  }\n": typeof types.WindowsSearchAloneDocument,
    "\n  mutation ReadmeNewPlaylist($uris: [ID!]!) {\n    createPlaylist(name: \"Road trip\", public: false) { playlist { id } }\n    saveToLibrary(uris: $uris) { uris me { libraryContains(uris: $uris) } }\n  }\n": typeof types.ReadmeNewPlaylistDocument,
    "query ReadmeDevices { me { player { devices { id } } } }": typeof types.ReadmeDevicesDocument,
    "\n  mutation ReadmePlay($contextUri: ID!, $deviceId: String!) { play(contextUri: $contextUri, deviceId: $deviceId) { ok } }\n": typeof types.ReadmePlayDocument,
    "mutation ReadmeSkip { skipToNext { ok } }": typeof types.ReadmeSkipDocument,
    "query AppScopeAlbum($id: ID!) { album(id: $id) { name } }": typeof types.AppScopeAlbumDocument,
    "query AppScopeArtist($id: ID!) { artist(id: $id) { name } }": typeof types.AppScopeArtistDocument,
    "query CatalogEntriesAlbum($id: ID!) { album(id: $id) { name albumType } }": typeof types.CatalogEntriesAlbumDocument,
    "\n  query CorruptSessionMe {\n    me {\n      spotifyId\n    }\n  }\n": typeof types.CorruptSessionMeDocument,
    "\n  subscription EndedCredentialsState {\n    playbackState {\n      isPlaying\n    }\n  }\n": typeof types.EndedCredentialsStateDocument,
    "query HungRedisMe { me { spotifyId } }": typeof types.HungRedisMeDocument,
    "subscription HungRedisPlayback { playbackState { isPlaying device { volumePercent } } }": typeof types.HungRedisPlaybackDocument,
    "query HungRedisAlbum($id: ID!) { album(id: $id) { name } }": typeof types.HungRedisAlbumDocument,
    "query HungRedisArtist($id: ID!) { artist(id: $id) { name } }": typeof types.HungRedisArtistDocument,
    "query InstancesTypename { __typename }": typeof types.InstancesTypenameDocument,
    "query InstancesAlbum($id: ID!) { album(id: $id) { name label } }": typeof types.InstancesAlbumDocument,
    "query InstancesAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }": typeof types.InstancesAlbumsDocument,
    "query InstancesArtist($id: ID!) { artist(id: $id) { name } }": typeof types.InstancesArtistDocument,
    "\n  query PauseBoundsArtist($id: ID!) {\n    artist(id: $id) {\n      name\n    }\n  }\n": typeof types.PauseBoundsArtistDocument,
    "subscription PollerMetricsPlaybackState { playbackState { isPlaying } }": typeof types.PollerMetricsPlaybackStateDocument,
    "\n  query ProcessPauseArtist($id: ID!) {\n    artist(id: $id) {\n      name\n    }\n  }\n": typeof types.ProcessPauseArtistDocument,
    "query ProcessSessionsMe { me { spotifyId } }": typeof types.ProcessSessionsMeDocument,
    "subscription RedisProcessesPlaybackState { playbackState { isPlaying shuffleState device { volumePercent } } }": typeof types.RedisProcessesPlaybackStateDocument,
    "query RenewalOutageMe { me { spotifyId } }": typeof types.RenewalOutageMeDocument,
    "query RenewalOutageProfile { me { displayName } }": typeof types.RenewalOutageProfileDocument,
    "\n  subscription ReplaysState {\n    playbackState {\n      isPlaying\n      device {\n        volumePercent\n      }\n    }\n  }\n": typeof types.ReplaysStateDocument,
    "\n  mutation ReplaysSetVolume($volumePercent: Int!) {\n    setVolume(volumePercent: $volumePercent) {\n      ok\n    }\n  }\n": typeof types.ReplaysSetVolumeDocument,
    "query RedisSessionsMe { me { spotifyId } }": typeof types.RedisSessionsMeDocument,
    "\n  subscription SignedMessagesState {\n    playbackState {\n      isPlaying\n      device {\n        name\n        volumePercent\n      }\n    }\n  }\n": typeof types.SignedMessagesStateDocument,
    "\n  subscription StaleLeasePlayback {\n    playbackState {\n      isPlaying\n    }\n  }\n": typeof types.StaleLeasePlaybackDocument,
    "\n  subscription WaitingSubscriberPlayback {\n    playbackState {\n      isPlaying\n    }\n  }\n": typeof types.WaitingSubscriberPlaybackDocument,
    "\n  subscription WaitingSubscriberDevices {\n    devices {\n      name\n    }\n  }\n": typeof types.WaitingSubscriberDevicesDocument,
    "\n      query AbortListenersManyTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!) {\n        a: tracks(ids: $a) { spotifyId }\n        b: tracks(ids: $b) { spotifyId }\n        c: tracks(ids: $c) { spotifyId }\n        d: tracks(ids: $d) { spotifyId }\n        e: tracks(ids: $e) { spotifyId }\n        f: tracks(ids: $f) { spotifyId }\n      }": typeof types.AbortListenersManyTracksDocument,
    "subscription AcceptQZeroDevices { devices { name } }": typeof types.AcceptQZeroDevicesDocument,
    "query AcceptQZeroTypename { __typename }": typeof types.AcceptQZeroTypenameDocument,
    "query AmplificationSearch500 { search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name } } } }": typeof types.AmplificationSearch500Document,
    "query AmplificationSearch100 { search(query: \"a\", types: [TRACK], first: 100) { tracks { nodes { name } } } }": typeof types.AmplificationSearch100Document,
    "query AmplificationTypename { __typename }": typeof types.AmplificationTypenameDocument,
    "query AmplificationPoolSearch($market: String!) { search(query: \"a\", types: [TRACK], first: 500, market: $market) { tracks { nodes { name } } } }": typeof types.AmplificationPoolSearchDocument,
    "query AmplificationAlbum($id: ID!) { album(id: $id) { name } }": typeof types.AmplificationAlbumDocument,
    "query AmplificationPoolVictim { me { displayName } }": typeof types.AmplificationPoolVictimDocument,
    "query AmplificationVictim { me { displayName } }": typeof types.AmplificationVictimDocument,
    "\n  query AnswerSizeAlbumsMarkets($ids: [ID!]!) {\n    a0: albums(ids: $ids) { availableMarkets } a1: albums(ids: $ids) { availableMarkets } a2: albums(ids: $ids) { availableMarkets } a3: albums(ids: $ids) { availableMarkets } a4: albums(ids: $ids) { availableMarkets } a5: albums(ids: $ids) { availableMarkets } a6: albums(ids: $ids) { availableMarkets } a7: albums(ids: $ids) { availableMarkets } a8: albums(ids: $ids) { availableMarkets } a9: albums(ids: $ids) { availableMarkets } a10: albums(ids: $ids) { availableMarkets } a11: albums(ids: $ids) { availableMarkets } a12: albums(ids: $ids) { availableMarkets } a13: albums(ids: $ids) { availableMarkets } a14: albums(ids: $ids) { availableMarkets } a15: albums(ids: $ids) { availableMarkets } a16: albums(ids: $ids) { availableMarkets } a17: albums(ids: $ids) { availableMarkets } a18: albums(ids: $ids) { availableMarkets } a19: albums(ids: $ids) { availableMarkets } a20: albums(ids: $ids) { availableMarkets } a21: albums(ids: $ids) { availableMarkets } a22: albums(ids: $ids) { availableMarkets } a23: albums(ids: $ids) { availableMarkets } a24: albums(ids: $ids) { availableMarkets } a25: albums(ids: $ids) { availableMarkets } a26: albums(ids: $ids) { availableMarkets } a27: albums(ids: $ids) { availableMarkets } a28: albums(ids: $ids) { availableMarkets } a29: albums(ids: $ids) { availableMarkets }\n  }\n": typeof types.AnswerSizeAlbumsMarketsDocument,
    "\n        query AnswerSizeAlbumsFields($ids: [ID!]!) {\n          a0: albums(ids: $ids) { genres copyrights { text } artists { genres } } a1: albums(ids: $ids) { genres copyrights { text } artists { genres } } a2: albums(ids: $ids) { genres copyrights { text } artists { genres } } a3: albums(ids: $ids) { genres copyrights { text } artists { genres } } a4: albums(ids: $ids) { genres copyrights { text } artists { genres } } a5: albums(ids: $ids) { genres copyrights { text } artists { genres } } a6: albums(ids: $ids) { genres copyrights { text } artists { genres } } a7: albums(ids: $ids) { genres copyrights { text } artists { genres } } a8: albums(ids: $ids) { genres copyrights { text } artists { genres } } a9: albums(ids: $ids) { genres copyrights { text } artists { genres } } a10: albums(ids: $ids) { genres copyrights { text } artists { genres } } a11: albums(ids: $ids) { genres copyrights { text } artists { genres } } a12: albums(ids: $ids) { genres copyrights { text } artists { genres } } a13: albums(ids: $ids) { genres copyrights { text } artists { genres } } a14: albums(ids: $ids) { genres copyrights { text } artists { genres } } a15: albums(ids: $ids) { genres copyrights { text } artists { genres } } a16: albums(ids: $ids) { genres copyrights { text } artists { genres } } a17: albums(ids: $ids) { genres copyrights { text } artists { genres } } a18: albums(ids: $ids) { genres copyrights { text } artists { genres } } a19: albums(ids: $ids) { genres copyrights { text } artists { genres } } a20: albums(ids: $ids) { genres copyrights { text } artists { genres } } a21: albums(ids: $ids) { genres copyrights { text } artists { genres } } a22: albums(ids: $ids) { genres copyrights { text } artists { genres } } a23: albums(ids: $ids) { genres copyrights { text } artists { genres } } a24: albums(ids: $ids) { genres copyrights { text } artists { genres } } a25: albums(ids: $ids) { genres copyrights { text } artists { genres } } a26: albums(ids: $ids) { genres copyrights { text } artists { genres } } a27: albums(ids: $ids) { genres copyrights { text } artists { genres } } a28: albums(ids: $ids) { genres copyrights { text } artists { genres } } a29: albums(ids: $ids) { genres copyrights { text } artists { genres } }\n        }\n      ": typeof types.AnswerSizeAlbumsFieldsDocument,
    "\n        query AnswerSizeSavedPages {\n          me {\n            s0: savedTracks(first: 50) { nodes { availableMarkets } } s1: savedTracks(first: 50) { nodes { availableMarkets } } s2: savedTracks(first: 50) { nodes { availableMarkets } } s3: savedTracks(first: 50) { nodes { availableMarkets } } s4: savedTracks(first: 50) { nodes { availableMarkets } } s5: savedTracks(first: 50) { nodes { availableMarkets } } s6: savedTracks(first: 50) { nodes { availableMarkets } } s7: savedTracks(first: 50) { nodes { availableMarkets } } s8: savedTracks(first: 50) { nodes { availableMarkets } } s9: savedTracks(first: 50) { nodes { availableMarkets } } s10: savedTracks(first: 50) { nodes { availableMarkets } } s11: savedTracks(first: 50) { nodes { availableMarkets } } s12: savedTracks(first: 50) { nodes { availableMarkets } } s13: savedTracks(first: 50) { nodes { availableMarkets } } s14: savedTracks(first: 50) { nodes { availableMarkets } } s15: savedTracks(first: 50) { nodes { availableMarkets } } s16: savedTracks(first: 50) { nodes { availableMarkets } } s17: savedTracks(first: 50) { nodes { availableMarkets } } s18: savedTracks(first: 50) { nodes { availableMarkets } } s19: savedTracks(first: 50) { nodes { availableMarkets } } s20: savedTracks(first: 50) { nodes { availableMarkets } } s21: savedTracks(first: 50) { nodes { availableMarkets } } s22: savedTracks(first: 50) { nodes { availableMarkets } } s23: savedTracks(first: 50) { nodes { availableMarkets } } s24: savedTracks(first: 50) { nodes { availableMarkets } } s25: savedTracks(first: 50) { nodes { availableMarkets } } s26: savedTracks(first: 50) { nodes { availableMarkets } } s27: savedTracks(first: 50) { nodes { availableMarkets } } s28: savedTracks(first: 50) { nodes { availableMarkets } } s29: savedTracks(first: 50) { nodes { availableMarkets } }\n          }\n        }\n      ": typeof types.AnswerSizeSavedPagesDocument,
    "\n        query AnswerSizeOneAlias($ids: [ID!]!) {\n          albums(ids: $ids) { availableMarkets }\n        }\n      ": typeof types.AnswerSizeOneAliasDocument,
    "\n        query AnswerSizeIntrospection {\n          i0: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i1: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i2: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i3: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i4: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i5: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i6: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i7: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i8: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i9: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i10: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i11: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i12: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i13: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i14: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i15: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i16: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i17: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i18: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i19: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i20: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } }\n        }\n      ": typeof types.AnswerSizeIntrospectionDocument,
    "\n        query AnswerSizeSearchMarkets {\n          s0: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s1: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s2: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s3: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s4: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s5: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s6: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s7: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s8: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s9: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } }\n        }\n      ": typeof types.AnswerSizeSearchMarketsDocument,
    "query AppTokenMarkets { markets }": typeof types.AppTokenMarketsDocument,
    "query AppTokenMe { me { id } }": typeof types.AppTokenMeDocument,
    "\n  query CallLimitManyArtists($id: ID!) {\n    album(id: $id) {\n      name\n      tracks(first: 10) {\n        nodes {\n          name\n          artists {\n            topTracks {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CallLimitManyArtistsDocument,
    "\n  query CallLimitOneArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      topTracks {\n        name\n      }\n    }\n  }\n": typeof types.CallLimitOneArtistDocument,
    "\n  query CallLimitJoinedWindows($ids: [ID!]!) {\n    artists(ids: $ids) {\n      w0: albums(first: 2) {\n        nodes {\n          name\n        }\n      }\n      w1: albums(first: 2, offset: 2) {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CallLimitJoinedWindowsDocument,
    "query CorsVaryGet { __typename }": typeof types.CorsVaryGetDocument,
    "query DeadlineStatusAlbum($id: ID!) { album(id: $id) { name } }": typeof types.DeadlineStatusAlbumDocument,
    "query DocumentLimitsAfterHostile { __typename }": typeof types.DocumentLimitsAfterHostileDocument,
    "query EchoBoundsTypename { __typename }": typeof types.EchoBoundsTypenameDocument,
    "query EchoSearchTypes($t: [SearchType!]!) { search(query: \"a\", types: $t) { tracks { totalCount } } }": typeof types.EchoSearchTypesDocument,
    "query EchoSearchFirst($n: Int) { search(query: \"a\", types: [TRACK], first: $n) { tracks { totalCount } } }": typeof types.EchoSearchFirstDocument,
    "query ErrorLogsFailing { markets }": typeof types.ErrorLogsFailingDocument,
    "query ErrorLogsWrongAlbumWords($id: ID!) { album(id: $id) { albumType images { url } } }": typeof types.ErrorLogsWrongAlbumWordsDocument,
    "query ErrorLogsWrongAlbumPopularity($id: ID!) { album(id: $id) { popularity } }": typeof types.ErrorLogsWrongAlbumPopularityDocument,
    "query ErrorLogsSavedEpisodes { me { savedEpisodes(first: 1) { totalCount } } }": typeof types.ErrorLogsSavedEpisodesDocument,
    "query ErrorLogsRelatedArtists($id: ID!) { artist(id: $id) { relatedArtists { name } } }": typeof types.ErrorLogsRelatedArtistsDocument,
    "\n  query HeldByPauseAlbum($id: ID!) {\n    album(id: $id) {\n      name\n    }\n  }\n": typeof types.HeldByPauseAlbumDocument,
    "query InvalidUserId($id: ID!) { user(id: $id) { displayName } }": typeof types.InvalidUserIdDocument,
    "query JitNullArgument($id: ID = \"x\") { album(id: $id) { id } }": typeof types.JitNullArgumentDocument,
    "query LibraryRefusalsTypename { __typename }": typeof types.LibraryRefusalsTypenameDocument,
    "subscription LibraryRefusalsPlaying { playbackState { isPlaying } }": typeof types.LibraryRefusalsPlayingDocument,
    "query LibraryRefusalsSearch { search(query: \"love\", types: [TRACK], first: 2) { tracks { nodes { name } } } }": typeof types.LibraryRefusalsSearchDocument,
    "mutation LibraryRefusalsCreate { createPlaylist(name: \"Made by a 406\", public: false) { playlist { id } } }": typeof types.LibraryRefusalsCreateDocument,
    "query LimitRefusalsCostly($id: ID!) {\n    cheap: track(id: $id) { name }\n    me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } }\n  }": typeof types.LimitRefusalsCostlyDocument,
    "subscription LimitRefusalsFanOut { playbackState { item { ... on Track {\n    album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }": typeof types.LimitRefusalsFanOutDocument,
    "subscription LimitRefusalsNested { playbackState { item { ... on Track {\n        album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes {\n        album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes {\n        name\n        } } } } } } } } } } } } } } } } } }\n      } } } }": typeof types.LimitRefusalsNestedDocument,
    "query MemoryBoundsTypename { __typename }": typeof types.MemoryBoundsTypenameDocument,
    "query OperationsAlbumName($id: ID!) { album(id: $id) { name } }": typeof types.OperationsAlbumNameDocument,
    "query OperationsNamed($id: ID!) { album(id: $id) { name } }": typeof types.OperationsNamedDocument,
    "query OperationsMarkets { markets }": typeof types.OperationsMarketsDocument,
    "query OperationsFragmentFirst($id: ID!) { album(id: $id) { ...OperationsAlbumDates tracks(first: 1) { totalCount } } } fragment OperationsAlbumDates on Album { id releaseDate }": typeof types.OperationsFragmentFirstDocument,
    "query OperationsIntrospection { __schema { queryType { name } } }": typeof types.OperationsIntrospectionDocument,
    "query OperationsTypename { __typename }": typeof types.OperationsTypenameDocument,
    "query OperationsGetTypename { __typename }": typeof types.OperationsGetTypenameDocument,
    "query OperationsDeepIntrospection {\n          __schema { queryType { name } types { name fields { name type { name } } } }\n          __type(name: \"Album\") { name }\n        }": typeof types.OperationsDeepIntrospectionDocument,
    "query OperationsOffBy { __schema { queryType { name } } }": typeof types.OperationsOffByDocument,
    "query OperationsGraphiqlSchema { __schema { queryType { name } } }": typeof types.OperationsGraphiqlSchemaDocument,
    "query PageRouteTypename { __typename }": typeof types.PageRouteTypenameDocument,
    "query PartialMarketsAndMe { markets me { displayName } }": typeof types.PartialMarketsAndMeDocument,
    "query PathInputAlbum($id: ID!) { album(id: $id) { name } }": typeof types.PathInputAlbumDocument,
    "query PathInputArtist($id: ID!) { artist(id: $id) { name } }": typeof types.PathInputArtistDocument,
    "query PathInputPlaylist($id: ID!) { playlist(id: $id) { name } }": typeof types.PathInputPlaylistDocument,
    "query PathInputCategory($id: ID!) { category(id: $id) { name } }": typeof types.PathInputCategoryDocument,
    "query PathInputUser($id: ID!) { user(id: $id) { displayName } }": typeof types.PathInputUserDocument,
    "query PoolFairShareTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }": typeof types.PoolFairShareTracksDocument,
    "query QueryCostHonestPage {\n        me { playlists(first: 50) { nodes { name items(first: 100) { edges { addedAt node { ... on Track { name } } } } } } }\n      }": typeof types.QueryCostHonestPageDocument,
    "\n        query HonestPageWithTypenames {\n          __typename\n          me {\n            __typename\n            playlists(first: 50) {\n              __typename\n              nodes {\n                __typename\n                name\n                items(first: 100) {\n                  __typename\n                  edges { __typename addedAt node { __typename ... on Track { __typename name } } }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.HonestPageWithTypenamesDocument,
    "query QueryCostOneLargeSearch { search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } } }": typeof types.QueryCostOneLargeSearchDocument,
    "query QueryCostSearchOfSize($n: Int!) {\n    search(query: \"a\", types: [TRACK, ALBUM, ARTIST, PLAYLIST, SHOW], first: $n) { tracks { nodes { name } } }\n  }": typeof types.QueryCostSearchOfSizeDocument,
    "query RateLimitKeysTypename { __typename }": typeof types.RateLimitKeysTypenameDocument,
    "query RateLimitPauseAlbum($id: ID!) { album(id: $id) { name } }": typeof types.RateLimitPauseAlbumDocument,
    "query PerAppPauseAlbum($id: ID!) { album(id: $id) { name } }": typeof types.PerAppPauseAlbumDocument,
    "query PerAppPauseMe { me { id displayName } }": typeof types.PerAppPauseMeDocument,
    "subscription PerAppPausePlayback { playbackState { isPlaying } }": typeof types.PerAppPausePlaybackDocument,
    "query SlowAlbum($id: ID!) { album(id: $id) { name } }": typeof types.SlowAlbumDocument,
    "query RequestEndAnswered { __typename }": typeof types.RequestEndAnsweredDocument,
    "query Listed { __typename }": typeof types.ListedDocument,
    "\n  query ResponseCacheAlbum($id: ID!) {\n    album(id: $id) { name artists { name } tracks(first: 3) { nodes { name } } }\n  }\n": typeof types.ResponseCacheAlbumDocument,
    "\n  query ResponseCacheAlbumAgain($id: ID!) {\n    album(id: $id) { name }\n  }\n": typeof types.ResponseCacheAlbumAgainDocument,
    "\n  query ResponseCacheMe { me { id } }\n": typeof types.ResponseCacheMeDocument,
    "\n  query ResponseCachePlaylistName($id: ID!) { playlist(id: $id) { name } }\n": typeof types.ResponseCachePlaylistNameDocument,
    "\n  mutation ResponseCacheNewPlaylist($name: String!) {\n    createPlaylist(name: $name, public: true) { playlist { id } }\n  }\n": typeof types.ResponseCacheNewPlaylistDocument,
    "\n  mutation ResponseCacheRenamePlaylist($id: ID!, $name: String!) {\n    updatePlaylist(playlistId: $id, name: $name) { playlist { name } }\n  }\n": typeof types.ResponseCacheRenamePlaylistDocument,
    "\n  query ResponseCacheAlbumMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }\n": typeof types.ResponseCacheAlbumMarketDocument,
    "\n  query ResponseCacheLongAlbum($id: ID!) { album(id: $id) { tracks(first: 50) { nodes { id name } } } }\n": typeof types.ResponseCacheLongAlbumDocument,
    "\n  query ResponseCacheMetricsAlbum($id: ID!) { album(id: $id) { name label } }\n": typeof types.ResponseCacheMetricsAlbumDocument,
    "query ShutdownDelayAlbum($id: ID!) { album(id: $id) { name } }": typeof types.ShutdownDelayAlbumDocument,
    "query ShutdownAlbum($id: ID!) { album(id: $id) { name } }": typeof types.ShutdownAlbumDocument,
    "subscription ShutdownSseStream { currentlyPlaying { isPlaying } }": typeof types.ShutdownSseStreamDocument,
    "\n  subscription SseDeadlineTopTracks {\n    playbackState {\n      item { ... on Track { name artists { topTracks { name } } } }\n    }\n  }\n": typeof types.SseDeadlineTopTracksDocument,
    "\n  subscription SseLogDistinct {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: 5) { nodes { name } } } } }\n    }\n  }\n": typeof types.SseLogDistinctDocument,
    "\n  subscription SseLogSingle {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: 5) { nodes { name } } } } }\n    }\n  }\n": typeof types.SseLogSingleDocument,
    "\n  subscription SseMetricsSingle {\n    playbackState { isPlaying }\n  }\n": typeof types.SseMetricsSingleDocument,
    "\n  subscription SubscriptionCallLimitTopTracks {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { topTracks { name } } } }\n    }\n  }\n": typeof types.SubscriptionCallLimitTopTracksDocument,
    "\n  subscription SubscriptionCallShareFanOut($first: Int!) {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: $first) { nodes { name } } } } }\n    }\n  }\n": typeof types.SubscriptionCallShareFanOutDocument,
    "query DevModeTracksCounted($ids: [ID!]!) { tracks(ids: $ids) { name } }": typeof types.DevModeTracksCountedDocument,
    "\n  query TrustProxyTypename {\n    __typename\n  }\n": typeof types.TrustProxyTypenameDocument,
    "query WsDeadlineAlbum($id: ID!) { album(id: $id) { name } }": typeof types.WsDeadlineAlbumDocument,
    "subscription WsDeadlineDevices { devices { name } }": typeof types.WsDeadlineDevicesDocument,
    "subscription WsFairUseBurst { playbackState { isPlaying } }": typeof types.WsFairUseBurstDocument,
    "query WsFairUseAfterBurst { __typename }": typeof types.WsFairUseAfterBurstDocument,
    "query WsFairUseTypename { __typename }": typeof types.WsFairUseTypenameDocument,
    "query WsLogAlbum($id: ID!) { album(id: $id) { name } }": typeof types.WsLogAlbumDocument,
    "query WsLogBadAlbum { album(id: \"not-an-id\") { name } }": typeof types.WsLogBadAlbumDocument,
    "subscription WsLogPlayback { playbackState { isPlaying } }": typeof types.WsLogPlaybackDocument,
    "query WsLogManyAlbums($id: ID!) { album(id: $id) { name } }": typeof types.WsLogManyAlbumsDocument,
    "query WsShutdownMe { me { displayName } }": typeof types.WsShutdownMeDocument,
    "mutation WsShutdownVolume { setVolume(volumePercent: 33) { ok } }": typeof types.WsShutdownVolumeDocument,
    "subscription WsShutdownDevices { devices { name } }": typeof types.WsShutdownDevicesDocument,
    "\n  subscription BoundPerUserPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n": typeof types.BoundPerUserPagedDocument,
    "\n  subscription CohortFanOut {\n    currentlyPlaying {\n      item {\n        ... on Track {\n          name\n          artists { name topTracks { name } relatedArtists { name } albums(first: 2) { nodes { name } } }\n        }\n      }\n    }\n  }\n": typeof types.CohortFanOutDocument,
    "\n  subscription CohortPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n": typeof types.CohortPagedDocument,
    "\n  subscription CohortProgress { currentlyPlaying { progressMs item { ... on Track { name } } } }\n": typeof types.CohortProgressDocument,
    "\n  subscription CohortSameA { currentlyPlaying { isPlaying item { ... on Track { name artists { name topTracks { name } } } } } }\n": typeof types.CohortSameADocument,
    "\n  subscription CohortSameB { currentlyPlaying { isPlaying item { ... on Track { name artists { name topTracks { name } } } } } }\n": typeof types.CohortSameBDocument,
    "\n  subscription CohortTwoVariables($first: Int!, $market: String) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first, market: $market) { nodes { name } } } } } }\n  }\n": typeof types.CohortTwoVariablesDocument,
    "\n  subscription CohortProgressFanOut {\n    currentlyPlaying { progressMs item { ... on Track { name artists { name topTracks { name } albums(first: 2) { nodes { name } } } } } }\n  }\n": typeof types.CohortProgressFanOutDocument,
    "subscription CredentialLengthPlaybackState { playbackState { isPlaying } }": typeof types.CredentialLengthPlaybackStateDocument,
    "subscription CredentialTurnsPlaybackState { playbackState { isPlaying } }": typeof types.CredentialTurnsPlaybackStateDocument,
    "subscription CredentialsPlaybackState { playbackState { isPlaying } }": typeof types.CredentialsPlaybackStateDocument,
    "subscription DevicesWithoutList { devices { id name } }": typeof types.DevicesWithoutListDocument,
    "subscription EventDeadlineCurrent { currentlyPlaying { item { ... on Track { name artists { name topTracks { name } } } } } }": typeof types.EventDeadlineCurrentDocument,
    "subscription SubscriptionsFaultsPlaybackState { playbackState { isPlaying volume: device { volumePercent } } }": typeof types.SubscriptionsFaultsPlaybackStateDocument,
    "subscription FirstPollErrorsState { playbackState { isPlaying } }": typeof types.FirstPollErrorsStateDocument,
    "subscription InputErrorsPlaybackState($on: Boolean!) { playbackState { isPlaying @include(if: $on) } }": typeof types.InputErrorsPlaybackStateDocument,
    "query InputErrorsTrack($id: ID!) { track(id: $id) { name } }": typeof types.InputErrorsTrackDocument,
    "subscription MetricsPlaybackState { playbackState { isPlaying } }": typeof types.MetricsPlaybackStateDocument,
    "subscription MetricsPlaybackState2 { playbackState { shuffleState } }": typeof types.MetricsPlaybackState2Document,
    "subscription MetricsRevoked { playbackState { isPlaying } }": typeof types.MetricsRevokedDocument,
    "subscription MetricsNotAcceptable { playbackState { isPlaying } }": typeof types.MetricsNotAcceptableDocument,
    "subscription NextPollPlaybackState { playbackState { isPlaying progressMs item { ... on Track { spotifyId } } } }": typeof types.NextPollPlaybackStateDocument,
    "subscription PerSelectionProgress { currentlyPlaying { isPlaying progressMs } }": typeof types.PerSelectionProgressDocument,
    "subscription PerSelectionAliasedProgress { currentlyPlaying { at: progressMs } }": typeof types.PerSelectionAliasedProgressDocument,
    "subscription PerSelectionItem { currentlyPlaying { isPlaying item { ... on Track { name } } } }": typeof types.PerSelectionItemDocument,
    "subscription PerSelectionVolume { playbackState { device { volumePercent } } }": typeof types.PerSelectionVolumeDocument,
    "subscription PerSelectionPlaying { playbackState { isPlaying } }": typeof types.PerSelectionPlayingDocument,
    "subscription PerSelectionPlayingAt { playbackState { isPlaying progressMs timestamp } }": typeof types.PerSelectionPlayingAtDocument,
    "subscription PollRateLimitState { playbackState { isPlaying } }": typeof types.PollRateLimitStateDocument,
    "query PollRateLimitAlbum($id: ID!) { album(id: $id) { name } }": typeof types.PollRateLimitAlbumDocument,
    "subscription PollerLogIdentityState { playbackState { isPlaying } }": typeof types.PollerLogIdentityStateDocument,
    "subscription PollersPlaybackState { playbackState { isPlaying progressMs shuffleState } }": typeof types.PollersPlaybackStateDocument,
    "subscription PollersCurrentlyPlaying { currentlyPlaying { isPlaying progressMs } }": typeof types.PollersCurrentlyPlayingDocument,
    "mutation PollersSetShuffle($state: Boolean!) { setShuffle(state: $state) { ok } }": typeof types.PollersSetShuffleDocument,
    "subscription RootFieldDirectivesBelowRoot($x: Boolean!) { devices { name @include(if: $x) isActive } }": typeof types.RootFieldDirectivesBelowRootDocument,
    "subscription SessionEndsPlaying { playbackState { isPlaying } }": typeof types.SessionEndsPlayingDocument,
    "subscription SessionEndsDevices { devices { name } }": typeof types.SessionEndsDevicesDocument,
    "subscription SessionsPlaybackState { playbackState { isPlaying } }": typeof types.SessionsPlaybackStateDocument,
    "\n  subscription SharedLoads($uri: Boolean!, $duration: Boolean!, $explicit: Boolean!) {\n    currentlyPlaying {\n      item {\n        ... on Track {\n          name\n          uri @include(if: $uri)\n          durationMs @include(if: $duration)\n          explicit @include(if: $explicit)\n          album { label }\n          artists { name topTracks { name } albums(first: 2) { nodes { name } } }\n        }\n      }\n    }\n  }\n": typeof types.SharedLoadsDocument,
    "\n  subscription SseCallShareFanOut($first: Int!) {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: $first) { nodes { name } } } } }\n    }\n  }\n": typeof types.SseCallShareFanOutDocument,
    "query SseCallShareArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 10) { nodes { name } } } }": typeof types.SseCallShareArtistAlbumsDocument,
    "subscription SseClientRefusalsCostly { playbackState { item { ... on Track {\n  album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }": typeof types.SseClientRefusalsCostlyDocument,
    "subscription SseClientRefusalsDevices { devices { name } }": typeof types.SseClientRefusalsDevicesDocument,
    "\n  subscription SseRefusalsFansOut {\n    playbackState {\n      item {\n        ... on Track {\n          album {\n            tracks(first: 50) {\n              nodes { artists { albums(first: 50) { nodes { tracks(first: 50) { nodes { name } } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SseRefusalsFansOutDocument,
    "\n  query SseRefusalsSearchFansOut {\n    search(query: \"a\", types: [ALBUM], first: 50) {\n      albums { nodes { tracks(first: 50) { nodes { artists { albums(first: 50) { nodes { name } } } } } } }\n    }\n  }\n": typeof types.SseRefusalsSearchFansOutDocument,
    "subscription SseRefusalsQueue { queue { __typename } }": typeof types.SseRefusalsQueueDocument,
    "subscription SseRefusalsDevices { devices { name } }": typeof types.SseRefusalsDevicesDocument,
    "\n  subscription SseRefusalsNeedsVariable($on: Boolean!) { playbackState { isPlaying @include(if: $on) } }\n": typeof types.SseRefusalsNeedsVariableDocument,
    "\n  query SseRefusalsTypename {\n    __typename\n  }\n": typeof types.SseRefusalsTypenameDocument,
    "subscription SseSingleConnectionErrorsNoCredentials { playbackState { isPlaying } }": typeof types.SseSingleConnectionErrorsNoCredentialsDocument,
    "subscription SseSingleConnectionErrorsMalformed { devices { name } }": typeof types.SseSingleConnectionErrorsMalformedDocument,
    "query SseSingleConnectionLongOperationId { __typename }": typeof types.SseSingleConnectionLongOperationIdDocument,
    "subscription SseSingleConnectionErrorsUnknown { devices { name } }": typeof types.SseSingleConnectionErrorsUnknownDocument,
    "query SseSingleConnectionRefusalsMe { me { displayName } }": typeof types.SseSingleConnectionRefusalsMeDocument,
    "subscription SseSingleConnectionPlayback { playbackState { isPlaying } }": typeof types.SseSingleConnectionPlaybackDocument,
    "subscription SseSingleConnectionDevices { devices { isActive } }": typeof types.SseSingleConnectionDevicesDocument,
    "subscription SseStreamBindingMine { currentlyPlaying { isPlaying } }": typeof types.SseStreamBindingMineDocument,
    "subscription StaleErrorsDevices { devices { name volumePercent } }": typeof types.StaleErrorsDevicesDocument,
    "\n  subscription StaleRepeatTopTracks {\n    currentlyPlaying { progressMs item { ... on Track { name artists { name topTracks { name } } } } }\n  }\n": typeof types.StaleRepeatTopTracksDocument,
    "\n  subscription BoundsPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n": typeof types.BoundsPagedDocument,
    "fragment SubscriptionsTransportsItem on PlaylistItemContent {\n  __typename\n  ... on Track { spotifyId }\n  ... on Episode { spotifyId }\n}": typeof types.SubscriptionsTransportsItemFragmentDoc,
    "subscription SubscriptionsTransportsPlaybackState {\n  playbackState {\n    isPlaying progressMs shuffleState device { id volumePercent } item { ...SubscriptionsTransportsItem }\n  }\n}": typeof types.SubscriptionsTransportsPlaybackStateDocument,
    "subscription SubscriptionsTransportsCurrentlyPlaying {\n          currentlyPlaying { isPlaying progressMs item { ...SubscriptionsTransportsItem } }\n        }": typeof types.SubscriptionsTransportsCurrentlyPlayingDocument,
    "subscription SubscriptionsTransportsDevices { devices { id isActive } }": typeof types.SubscriptionsTransportsDevicesDocument,
    "subscription SubscriptionsTransportsQueue { queue { items { ...SubscriptionsTransportsItem } } }": typeof types.SubscriptionsTransportsQueueDocument,
    "subscription SubscriptionsTransportsIsPlaying { playbackState { isPlaying } }": typeof types.SubscriptionsTransportsIsPlayingDocument,
    "mutation SubscriptionsTransportsPause { pause { ok } }": typeof types.SubscriptionsTransportsPauseDocument,
    "subscription WrongTypedPlayerValues { playbackState { isPlaying progressMs item { __typename } } }": typeof types.WrongTypedPlayerValuesDocument,
    "\n  subscription WsRefusalsCostlySubscription {\n    playbackState { item { ... on Track { album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } }\n  }\n": typeof types.WsRefusalsCostlySubscriptionDocument,
    "subscription WsRefusalsVariable($on: Boolean!) { devices { name @include(if: $on) } }": typeof types.WsRefusalsVariableDocument,
    "subscription WsRefusalsDevices { devices { name } }": typeof types.WsRefusalsDevicesDocument,
    "query WsRefusalsCostlyQuery { me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }": typeof types.WsRefusalsCostlyQueryDocument,
    "query WsRefusalsTrack($id: ID!) { track(id: $id) { name } }": typeof types.WsRefusalsTrackDocument,
    "query WsRefusalsMe { me { displayName } }": typeof types.WsRefusalsMeDocument,
    "query TypedDocumentsAlbum($id: ID!) { album(id: $id) { name } }": typeof types.TypedDocumentsAlbumDocument,
};
const documents: Documents = {
    "query AuthCorsTypename { __typename }": types.AuthCorsTypenameDocument,
    "subscription AuthCorsSseNowPlaying { currentlyPlaying { item { ... on Track { name } } } }": types.AuthCorsSseNowPlayingDocument,
    "query CanaryMe { me { spotifyId displayName savedTracks(first: 2) { totalCount } } }": types.CanaryMeDocument,
    "query CanaryMe2 { me { spotifyId } }": types.CanaryMe2Document,
    "query CookieLoginHostMe { me { spotifyId } }": types.CookieLoginHostMeDocument,
    "query CookieHintMe { me { displayName } }": types.CookieHintMeDocument,
    "query EndedSessionsMe { me { displayName } }": types.EndedSessionsMeDocument,
    "query EndedSessionsCatalog {\n  search(query: \"love\", types: [TRACK], first: 1) { tracks { nodes { name } } }\n}": types.EndedSessionsCatalogDocument,
    "query EndedSessionsCatalogAndMe {\n  search(query: \"love\", types: [TRACK], first: 1) { tracks { nodes { name } } }\n  me { displayName }\n}": types.EndedSessionsCatalogAndMeDocument,
    "query NoRefreshTokenProfile { me { displayName savedTracks(first: 1) { totalCount } } }": types.NoRefreshTokenProfileDocument,
    "query AuthRenewalMe { me { spotifyId } }": types.AuthRenewalMeDocument,
    "query AuthRenewalProfile { me { displayName } }": types.AuthRenewalProfileDocument,
    "query AuthRenewalProfileAndSaved { me { spotifyId displayName savedTracks(first: 1) { totalCount } } }": types.AuthRenewalProfileAndSavedDocument,
    "query ScopesMe { me { player { queue { items { __typename } } } } }": types.ScopesMeDocument,
    "query ScopesMe2 { me { savedEpisodes(first: 1) { totalCount } } }": types.ScopesMe2Document,
    "query SignInPauseSearch { search(query: \"love\", types: [TRACK], first: 1) { tracks { totalCount } } }": types.SignInPauseSearchDocument,
    "query AuthSignInMe { me { spotifyId displayName } }": types.AuthSignInMeDocument,
    "query AuthSignInMe2 { me { spotifyId } }": types.AuthSignInMe2Document,
    "query AuthSignInReplayMe { me { spotifyId } }": types.AuthSignInReplayMeDocument,
    "query SqliteSessionsMe { me { spotifyId } }": types.SqliteSessionsMeDocument,
    "query AuthTransportsMe { me { spotifyId } }": types.AuthTransportsMeDocument,
    "subscription GraphiqlSubscriptionPlaybackState { playbackState { isPlaying device { name } } }": types.GraphiqlSubscriptionPlaybackStateDocument,
    "query SignInMe { me { spotifyId displayName } }": types.SignInMeDocument,
    "query FrontendMe { me { displayName } }": types.FrontendMeDocument,
    "query CliProductionAlbum($id: ID!) { album(id: $id) { name } }": types.CliProductionAlbumDocument,
    "query CliProductionIntrospection { __schema { queryType { name } } }": types.CliProductionIntrospectionDocument,
    "query CliTypename { __typename }": types.CliTypenameDocument,
    "query CliJsonLines { __typename }": types.CliJsonLinesDocument,
    "query AccountsOutageTrack($id: ID!) { track(id: $id) { name } }": types.AccountsOutageTrackDocument,
    "\n        query AlbumGroupsOrder($id: ID!) {\n          artist(id: $id) {\n            a: albums(first: 3, includeGroups: [ALBUM, SINGLE]) { nodes { id } }\n            b: albums(first: 3, includeGroups: [SINGLE, ALBUM]) { nodes { id } }\n          }\n        }\n      ": types.AlbumGroupsOrderDocument,
    "\n        query AlbumGroupsAll($id: ID!) {\n          artist(id: $id) {\n            a: albums(first: 3, includeGroups: [COMPILATION, APPEARS_ON, SINGLE, ALBUM]) { nodes { id } }\n            b: albums(first: 3) { nodes { id } }\n          }\n        }\n      ": types.AlbumGroupsAllDocument,
    "query AnswersWithoutSpotifyTrackFromToken($id: ID!) { track(id: $id, market: \"from_token\") { name } }": types.AnswersWithoutSpotifyTrackFromTokenDocument,
    "query AnswersWithoutSpotifySearch { search(query: \"e\", types: [TRACK], market: \"from_token\") { tracks { totalCount } } }": types.AnswersWithoutSpotifySearchDocument,
    "query AnswersWithoutSpotifyRelatedArtists($id: ID!) { artist(id: $id) { relatedArtists { name } } }": types.AnswersWithoutSpotifyRelatedArtistsDocument,
    "query AnswersWithoutSpotifyMarkets { markets }": types.AnswersWithoutSpotifyMarketsDocument,
    "query PerAppAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }": types.PerAppAlbumsDocument,
    "\n  query AppTokenFieldErrors($id: ID!) {\n    __typename\n    genreSeeds\n    album(id: $id) { name }\n    node(id: \"spotify:local:a:b:c:1\") { id }\n  }\n": types.AppTokenFieldErrorsDocument,
    "query AppMarketPodcasts($show: ID!, $episode: ID!, $book: ID!, $chapter: ID!) {\n  show(id: $show) { name episodes(offset: 55, first: 2) { nodes { name } } }\n  episode(id: $episode) { name show { name } }\n  episodes(ids: [$episode]) { name }\n  audiobook(id: $book) { name chapters(offset: 55, first: 2) { nodes { name } } }\n  chapter(id: $chapter) { name }\n  search(query: \"a\", types: [SHOW, EPISODE, AUDIOBOOK], first: 2) {\n    shows { nodes { name } }\n    episodes { nodes { name } }\n    audiobooks { nodes { name } }\n  }\n}": types.AppMarketPodcastsDocument,
    "query AppMarketNamed($show: ID!) {\n  show(id: $show, market: \"JP\") { name episodes(offset: 55, first: 1) { nodes { name } } }\n}": types.AppMarketNamedDocument,
    "query AppMarketMusicBeside {\n  tracks: search(query: \"a\", types: [TRACK], first: 2) { tracks { nodes { name } } }\n  episodes: search(query: \"a\", types: [EPISODE], first: 2) { episodes { nodes { name } } }\n}": types.AppMarketMusicBesideDocument,
    "\n  query BareRefusalPlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 5, offset: 1) { nodes { ... on Track { name } } } }\n    }\n  }\n": types.BareRefusalPlaylistItemsDocument,
    "\n  query BareRefusalLatePlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 3, offset: 150) { nodes { ... on Track { name } } } }\n    }\n  }\n": types.BareRefusalLatePlaylistItemsDocument,
    "\n  query CallerTokenContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }\n": types.CallerTokenContainsDocument,
    "\n      mutation CallerTokenSaveThenCheck($uris: [ID!]!) {\n        saveToLibrary(uris: $uris) { me { libraryContains(uris: $uris) } }\n      }\n    ": types.CallerTokenSaveThenCheckDocument,
    "\n      query CallerTokenTwoBatches($tracks: [ID!]!, $albums: [ID!]!) {\n        tracks(ids: $tracks) { name }\n        albums(ids: $albums) { name }\n      }\n    ": types.CallerTokenTwoBatchesDocument,
    "\n      query CallerTokenTwoBareBatches($tracks: [ID!]!, $albums: [ID!]!) {\n        tracks(ids: $tracks) { name }\n        albums(ids: $albums) { name }\n      }\n    ": types.CallerTokenTwoBareBatchesDocument,
    "\n  query OneWaveChecks($artists: [ID!]!, $users: [ID!]!, $playlist: ID!, $uris: [ID!]!) {\n    me {\n      followsArtists(ids: $artists)\n      followsUsers(ids: $users)\n      followsPlaylist(id: $playlist)\n      libraryContains(uris: $uris)\n    }\n  }\n": types.OneWaveChecksDocument,
    "\n  query OldRouteLatePlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 3, offset: 150) { nodes { ... on Track { name } } } }\n    }\n  }\n": types.OldRouteLatePlaylistItemsDocument,
    "\n  query AutoRecheckTopTracks($id: ID!) { artist(id: $id) { topTracks { name } } }\n": types.AutoRecheckTopTracksDocument,
    "\n  query AutoRecheckSearch { search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } } }\n": types.AutoRecheckSearchDocument,
    "\n  query AutoRecheckProbes($id: ID!) {\n    search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } }\n    artist(id: $id) { name topTracks { name } }\n  }\n": types.AutoRecheckProbesDocument,
    "\n  query AutoRecheckSearchOf($q: String!) {\n    search(query: $q, types: [TRACK], first: 30) { tracks { nodes { name } } }\n  }\n": types.AutoRecheckSearchOfDocument,
    "query AbsentMarketsCatalog($album: ID!, $track: ID!, $show: ID!, $book: ID!) {\n  album(id: $album) { availableMarkets tracks(first: 2) { nodes { availableMarkets } } }\n  track(id: $track) { availableMarkets isPlayable }\n  show(id: $show) { availableMarkets }\n  audiobook(id: $book) { availableMarkets chapters(first: 1) { nodes { availableMarkets } } } }": types.AbsentMarketsCatalogDocument,
    "query AbsentMarketsUserTrack($id: ID!) { track(id: $id) { availableMarkets isPlayable } }": types.AbsentMarketsUserTrackDocument,
    "query AbsentMarketsGivenMarket($id: ID!) { track(id: $id, market: \"SE\") { availableMarkets } }": types.AbsentMarketsGivenMarketDocument,
    "query BadValuesAlbum($id: ID!) { album(id: $id) { name images { url width } genres artists { id } } }": types.BadValuesAlbumDocument,
    "query BadValuesTrack($id: ID!) { track(id: $id) { name explicit availableMarkets isLocal isrc } }": types.BadValuesTrackDocument,
    "query BadValuesEpisode($id: ID!) { episode(id: $id) { name description languages resumePoint { fullyPlayed resumePositionMs } } }": types.BadValuesEpisodeDocument,
    "query BadValuesPlaylist($id: ID!) { playlist(id: $id) { name collaborative items(first: 2) { totalCount edges { isLocal addedBy { id } node { __typename } } } } }": types.BadValuesPlaylistDocument,
    "query BadValuesAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }": types.BadValuesAlbumTracksDocument,
    "query BadValuesAlbumTracksCount($id: ID!) { album(id: $id) { tracks(first: 3) { totalCount pageInfo { hasNextPage } } } }": types.BadValuesAlbumTracksCountDocument,
    "query BadValuesSavedAudiobooksEmpty { me { savedAudiobooks(first: 2) { edges { node { id } } } } }": types.BadValuesSavedAudiobooksEmptyDocument,
    "query BadValuesSearchNullEntry { search(query: \"a\", types: [ARTIST], first: 3) { artists { edges { cursor node { id } } } } }": types.BadValuesSearchNullEntryDocument,
    "query BadValuesSavedTracks { me { savedTracks(first: 2) { nodes { id } edges { addedAt node { id } } } } }": types.BadValuesSavedTracksDocument,
    "query BadValuesPlaylistEntries($id: ID!) { playlist(id: $id) { items(first: 3) { edges { addedAt node { __typename } } } } }": types.BadValuesPlaylistEntriesDocument,
    "query BadValuesTopTracks($id: ID!) { artist(id: $id) { name topTracks(market: \"SE\") { id } } }": types.BadValuesTopTracksDocument,
    "query BadValuesSearchTwoTypes { search(query: \"a\", types: [TRACK, ALBUM], first: 3) { tracks { nodes { id } } albums { totalCount nodes { id } } } }": types.BadValuesSearchTwoTypesDocument,
    "query BadValuesMeEmptyId { me { id spotifyId displayName } }": types.BadValuesMeEmptyIdDocument,
    "query BadValuesEpisodeNoShow($id: ID!) { episode(id: $id) { name show { name } } }": types.BadValuesEpisodeNoShowDocument,
    "query BatchAnswersAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }": types.BatchAnswersAlbumsDocument,
    "query BatchAnswersContains($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }": types.BatchAnswersContainsDocument,
    "query BatchIdentityAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }": types.BatchIdentityAlbumsDocument,
    "query BatchIdentityArtists($ids: [ID!]!) { artists(ids: $ids) { id name } }": types.BatchIdentityArtistsDocument,
    "query BatchIdentityTracks($ids: [ID!]!) { tracks(ids: $ids) { id name } }": types.BatchIdentityTracksDocument,
    "query BatchIdentityShows($ids: [ID!]!) { shows(ids: $ids) { id name } }": types.BatchIdentityShowsDocument,
    "query BatchIdentityEpisodes($ids: [ID!]!) { episodes(ids: $ids) { id name } }": types.BatchIdentityEpisodesDocument,
    "query BatchIdentityAudiobooks($ids: [ID!]!) { audiobooks(ids: $ids) { id name } }": types.BatchIdentityAudiobooksDocument,
    "query BatchIdentityChapters($ids: [ID!]!) { chapters(ids: $ids) { id name } }": types.BatchIdentityChaptersDocument,
    "\n  query BatchingArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      albums(first: 3, includeGroups: [ALBUM]) {\n        nodes {\n          name\n          tracks(first: 50) { nodes { name artists { spotifyId popularity } } }\n        }\n      }\n    }\n  }\n": types.BatchingArtistDocument,
    "query BatchingArtists($ids: [ID!]!) { artists(ids: $ids) { albums(first: 5) { nodes { spotifyId label } } } }": types.BatchingArtistsDocument,
    "query BatchingAlbums($ids: [ID!]!) { albums(ids: $ids) { name label } }": types.BatchingAlbumsDocument,
    "query BatchingTracks($ids: [ID!]!) { tracks(ids: $ids) { audioFeatures { tempo } } }": types.BatchingTracksDocument,
    "query BatchingTrack($id: ID!) { track(id: $id) { album { name } artists { name } } }": types.BatchingTrackDocument,
    "query BatchingAlbumAlbum($id: ID!, $uri: ID!) { a: album(id: $id) { name } b: album(id: $uri) { label } c: albums(ids: [$id, $id]) { name } }": types.BatchingAlbumAlbumDocument,
    "query BatchingAlbums2($ids: [ID!]!) { albums(ids: $ids) { name } }": types.BatchingAlbums2Document,
    "\n        query BrowseCategory($id: ID!) {\n          category(id: $id, locale: \"sv_SE\") { id name icons { url } playlists(first: 50) { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } }\n        }\n      ": types.BrowseCategoryDocument,
    "query BrowseUnknownCategory { category(id: \"nosuchcategory\") { name } }": types.BrowseUnknownCategoryDocument,
    "query BrowseMalformedCategory($id: ID!) { category(id: $id) { name } }": types.BrowseMalformedCategoryDocument,
    "query BrowseMalformedLocale($locale: String) { categories(locale: $locale) { totalCount } }": types.BrowseMalformedLocaleDocument,
    "query BrowseCategoriesFirst { categories(first: 15) { nodes { id } pageInfo { hasNextPage endCursor } } }": types.BrowseCategoriesFirstDocument,
    "\n        query BrowseCategoriesRest($after: String) { categories(first: 50, after: $after) { totalCount nodes { id } } }\n      ": types.BrowseCategoriesRestDocument,
    "query BrowseFeaturedPlaylists { featuredPlaylists(first: 50) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } } }": types.BrowseFeaturedPlaylistsDocument,
    "query BrowseNewReleases { newReleases(first: 60) { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } }": types.BrowseNewReleasesDocument,
    "query BrowseMarketsGenreSeeds { markets genreSeeds }": types.BrowseMarketsGenreSeedsDocument,
    "\n      query BrowseRecommendations($artist: ID!) {\n        recommendations(seedArtists: [$artist], seedGenres: [\"pop\"], limit: 30, tunables: { popularity: { min: 20 } }) {\n          seeds { id type }\n          tracks { popularity }\n        }\n      }": types.BrowseRecommendationsDocument,
    "query BrowseSixSeeds($t: [ID!]) { recommendations(seedTracks: $t) { tracks { name } } }": types.BrowseSixSeedsDocument,
    "query BrowseNoSeeds { recommendations { tracks { name } } }": types.BrowseNoSeedsDocument,
    "query BrowseBadSeed($a: [ID!]) { recommendations(seedArtists: $a) { tracks { name } } }": types.BrowseBadSeedDocument,
    "query BrowseEnergyOutOfRange($t: [ID!]) { recommendations(seedTracks: $t, tunables: { energy: { max: 2 } }) { tracks { name } } }": types.BrowseEnergyOutOfRangeDocument,
    "query BrowseFractionalKey($t: [ID!]) { recommendations(seedTracks: $t, tunables: { key: { target: 1.5 } }) { tracks { name } } }": types.BrowseFractionalKeyDocument,
    "\n  query EstimateDedupArtistAliases($id: ID!, $other: ID!) {\n    a0: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a1: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a2: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a3: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n": types.EstimateDedupArtistAliasesDocument,
    "\n  query EstimateDedupFragmentAliases($id: ID!, $other: ID!, $uri: ID!) {\n    a0: artist(id: $id) { ...EstimateDedupAlbums }\n    a1: artist(id: $id) { ...EstimateDedupAlbums }\n    a2: artist(id: $id) { ...EstimateDedupAlbums }\n    a3: node(id: $uri) { ...EstimateDedupAlbums }\n    other: artist(id: $other) { ...EstimateDedupAlbums }\n  }\n  fragment EstimateDedupAlbums on Artist { albums(first: 3) { nodes { name } } }\n": types.EstimateDedupFragmentAliasesDocument,
    "\n  query EstimateDedupOneAlbum($id: ID!, $ids: [ID!]!, $uri: ID!, $other: ID!) {\n    album(id: $id) { name }\n    albums(ids: $ids) { name }\n    node(id: $uri) { ... on Album { name } }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n": types.EstimateDedupOneAlbumDocument,
    "\n  query EstimateDedupRepeatedIds($ids: [ID!]!, $other: ID!) {\n    albums(ids: $ids) { name }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n": types.EstimateDedupRepeatedIdsDocument,
    "\n  query EstimateDedupMixedById($track: ID!, $tracks: [ID!]!, $uri: ID!, $uris: [ID!]!, $playlist: ID!) {\n    track(id: $track) { name }\n    tracks(ids: $tracks) { name }\n    node(id: $uri) { ... on Track { name } }\n    nodes(ids: $uris) { id ... on Track { name } ... on Playlist { name } }\n    playlist(id: $playlist) { name }\n  }\n": types.EstimateDedupMixedByIdDocument,
    "\n  query CostDevelopmentTracks(\n    $a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!,\n    $h: [ID!]!, $i: [ID!]!, $j: [ID!]!, $k: [ID!]!\n  ) {\n    a: tracks(ids: $a) { name }\n    b: tracks(ids: $b) { name }\n    c: tracks(ids: $c) { name }\n    d: tracks(ids: $d) { name }\n    e: tracks(ids: $e) { name }\n    f: tracks(ids: $f) { name }\n    g: tracks(ids: $g) { name }\n    h: tracks(ids: $h) { name }\n    i: tracks(ids: $i) { name }\n    j: tracks(ids: $j) { name }\n    k: tracks(ids: $k) { name }\n  }\n": types.CostDevelopmentTracksDocument,
    "\n      query CostDevelopmentFortyTracks($ids: [ID!]!) { tracks(ids: $ids) { name album { name } } }\n    ": types.CostDevelopmentFortyTracksDocument,
    "\n  query FuzzAlbumNested($id: ID!, $n: Int!, $m: Int!, $artists: Boolean!, $deep: Boolean!) {\n    album(id: $id) {\n      name\n      tracks(first: $n) {\n        nodes { name artists @include(if: $artists) { name albums(first: $m) @include(if: $deep) { nodes { name } } } }\n      }\n    }\n  }\n": types.FuzzAlbumNestedDocument,
    "\n  query FuzzBatches($albums: [ID!]!, $artists: [ID!]!, $tracks: [ID!]!, $withAlbum: Boolean!) {\n    albums(ids: $albums) { name }\n    artists(ids: $artists) { name }\n    tracks(ids: $tracks) { name album @include(if: $withAlbum) { name label } }\n  }\n": types.FuzzBatchesDocument,
    "\n  query FuzzSiblingWindows(\n    $id: ID!, $f0: Int!, $o0: Int!, $f1: Int!, $o1: Int!, $f2: Int!, $o2: Int!, $third: Boolean!\n  ) {\n    artist(id: $id) {\n      name\n      w0: albums(first: $f0, offset: $o0) { totalCount nodes { id } }\n      w1: albums(first: $f1, offset: $o1) { nodes { id } }\n      w2: albums(first: $f2, offset: $o2) @include(if: $third) { nodes { id } }\n    }\n  }\n": types.FuzzSiblingWindowsDocument,
    "\n  query FuzzNestedWindows($ids: [ID!]!, $f: Int!, $t0: Int!, $t1: Int!, $o1: Int!, $second: Boolean!) {\n    artists(ids: $ids) {\n      albums(first: $f) {\n        nodes {\n          t0: tracks(first: $t0) { nodes { name } }\n          t1: tracks(first: $t1, offset: $o1) @include(if: $second) { nodes { name } }\n        }\n      }\n    }\n  }\n": types.FuzzNestedWindowsDocument,
    "\n  query FuzzSearch($q: String!, $types: [SearchType!]!, $n: Int!, $o: Int!) {\n    search(query: $q, types: $types, first: $n, offset: $o) {\n      albums { totalCount nodes { name } }\n      artists { nodes { name } }\n      tracks { nodes { name } }\n      playlists { nodes { name } }\n      shows { nodes { name } }\n    }\n  }\n": types.FuzzSearchDocument,
    "\n  query FuzzLibrary(\n    $n0: Int!, $o0: Int!, $n1: Int!, $o1: Int!, $second: Boolean!, $p: Int!, $albums: Boolean!\n  ) {\n    me {\n      displayName\n      s0: savedTracks(first: $n0, offset: $o0) { totalCount nodes { name } }\n      s1: savedTracks(first: $n1, offset: $o1) @include(if: $second) { nodes { name } }\n      playlists(first: $p) { nodes { name } }\n      savedAlbums(first: $n0) @include(if: $albums) { nodes { name } }\n    }\n  }\n": types.FuzzLibraryDocument,
    "\n  query FuzzAliases(\n    $id: ID!, $other: ID!, $uri: ID!, $f: Int!, $g: Int!, $name: Boolean!, $second: Boolean!, $node: Boolean!\n  ) {\n    a0: artist(id: $id) { albums(first: $f) { nodes { name } } }\n    a1: artist(id: $id) { ...FuzzArtistAlbums }\n    a2: artist(id: $id) { name @include(if: $name) albums(first: $g) { totalCount } }\n    a3: artist(id: $other) @include(if: $second) { ...FuzzArtistAlbums }\n    a4: node(id: $uri) @include(if: $node) { id ...FuzzArtistAlbums }\n  }\n  fragment FuzzArtistAlbums on Artist { albums(first: $f) { nodes { name } } }\n": types.FuzzAliasesDocument,
    "\n  query FuzzRepeatedIds($albums: [ID!]!, $again: [ID!]!, $tracks: [ID!]!, $withAlbum: Boolean!) {\n    albums(ids: $albums) { name }\n    again: albums(ids: $again) { id name }\n    tracks(ids: $tracks) { name album @include(if: $withAlbum) { name label } }\n  }\n": types.FuzzRepeatedIdsDocument,
    "\n  query FuzzMixedById(\n    $album: ID!, $albums: [ID!]!, $uri: ID!, $uris: [ID!]!, $playlist: ID!, $withPlaylist: Boolean!\n  ) {\n    album(id: $album) { name }\n    albums(ids: $albums) { name }\n    node(id: $uri) { id ... on Album { name } ... on Track { name } ... on Playlist { name } }\n    nodes(ids: $uris) { id ... on Album { name } ... on Artist { name } ... on Track { name } ... on Playlist { name } }\n    playlist(id: $playlist) @include(if: $withPlaylist) { name }\n  }\n": types.FuzzMixedByIdDocument,
    "\n        query CostReadmeAlbumTwice($a: ID!, $b: ID!) {\n          album(id: $a) { name tracks(first: 50) { nodes { artists { albums(first: 3) { nodes { name } } } } } }\n          other: album(id: $b) { name tracks(first: 50) { nodes { artists { albums(first: 3) { nodes { name } } } } } }\n        }\n      ": types.CostReadmeAlbumTwiceDocument,
    "\n        query CostReadmeAlbumTwoCounts($a: ID!) {\n          album(id: $a) {\n            name\n            tracks(first: 50) {\n              nodes { artists { albums(first: 3) { nodes { name } } a2: albums(first: 5) { totalCount } } }\n            }\n          }\n        }\n      ": types.CostReadmeAlbumTwoCountsDocument,
    "\n        query CostAlbumScreens($a: ID!, $b: ID!) {\n          first: album(id: $a) { ...CostAlbumScreen }\n          second: album(id: $b) { ...CostAlbumScreen }\n        }\n        fragment CostAlbumScreen on Album {\n          __typename id name label releaseDate images { __typename url }\n          artists {\n            __typename id name followerCount images { __typename url }\n            albums(first: 10) { __typename totalCount nodes { __typename id name images { __typename url } } }\n          }\n          tracks(first: 50) {\n            __typename totalCount\n            pageInfo { __typename hasNextPage endCursor }\n            nodes { __typename id name durationMs artists { __typename id name } }\n          }\n        }\n      ": types.CostAlbumScreensDocument,
    "\n        query CostMeScreen {\n          me {\n            __typename displayName images { url }\n            playlists(first: 50) {\n              totalCount\n              nodes {\n                __typename id name images { url } owner { __typename id displayName }\n                items(first: 100) {\n                  totalCount\n                  edges {\n                    addedAt\n                    node {\n                      __typename\n                      ... on Track { id name album { id name images { url } } artists { id name } }\n                      ... on Episode { id name show { id name } }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.CostMeScreenDocument,
    "\n        query CostBenchArtist($id: ID!) {\n          artist(id: $id) {\n            name\n            albums(first: 5) { nodes { name tracks(first: 10) { nodes { name artists { name popularity } } } } }\n          }\n        }\n      ": types.CostBenchArtistDocument,
    "\n        query CostBenchTracks($ids: [ID!]!) {\n          first: tracks(ids: $ids) { name popularity album { name label } artists { name popularity } }\n        }\n      ": types.CostBenchTracksDocument,
    "\n        query CostBenchPlaylists($p0: ID!, $p1: ID!, $p2: ID!, $p3: ID!) {\n          p0: playlist(id: $p0) { ...CostPlaylistArtists }\n          p1: playlist(id: $p1) { ...CostPlaylistArtists }\n          p2: playlist(id: $p2) { ...CostPlaylistArtists }\n          p3: playlist(id: $p3) { ...CostPlaylistArtists }\n        }\n        fragment CostPlaylistArtists on Playlist {\n          name items(first: 20) { nodes { ... on Track { name artists { name popularity } } } }\n        }\n      ": types.CostBenchPlaylistsDocument,
    "\n        query CostOneLargeSearch {\n          search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } }\n        }\n      ": types.CostOneLargeSearchDocument,
    "\n        query CostBenchShows($ids: [ID!]!) {\n          shows(ids: $ids) { name episodes(first: 5) { nodes { name show { name publisher } } } }\n        }\n      ": types.CostBenchShowsDocument,
    "\n        query CostBenchArtistsAlbums($ids: [ID!]!) {\n          artists(ids: $ids) { name albums(first: 5) { nodes { name label } } }\n        }\n      ": types.CostBenchArtistsAlbumsDocument,
    "\n      query CostExtendedTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!) {\n        a: tracks(ids: $a) { name }\n        b: tracks(ids: $b) { name }\n        c: tracks(ids: $c) { name }\n        d: tracks(ids: $d) { name }\n        e: tracks(ids: $e) { name }\n        f: tracks(ids: $f) { name }\n        g: tracks(ids: $g) { name }\n      }\n    ": types.CostExtendedTracksDocument,
    "\n      query CostExtendedSearchPages { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { id } } } }\n    ": types.CostExtendedSearchPagesDocument,
    "query CatalogAudiobooksChaptersPage($id: ID!, $first: Int, $after: String) {\n        audiobook(id: $id) {\n          chapters(first: $first, after: $after) {\n            totalCount\n            nodes { spotifyId chapterNumber audiobook { name } }\n            pageInfo { hasNextPage endCursor }\n          }\n        }\n      }": types.CatalogAudiobooksChaptersPageDocument,
    "query CatalogAudiobooksFields($id: ID!) {\n        audiobook(id: $id) {\n          id name authors narrators edition publisher description explicit languages mediaType totalChapters\n          copyrights { text type }\n        }\n      }": types.CatalogAudiobooksFieldsDocument,
    "query CatalogAudiobooksFirstChapters($ids: [ID!]!) {\n        audiobooks(ids: $ids) { chapters(first: 5) { nodes { name } } }\n      }": types.CatalogAudiobooksFirstChaptersDocument,
    "query CatalogAudiobooksNames($ids: [ID!]!) { audiobooks(ids: $ids) { name } }": types.CatalogAudiobooksNamesDocument,
    "query CatalogAudiobooksChapterFields($id: ID!) {\n        chapter(id: $id) {\n          id uri name chapterNumber description durationMs explicit releaseDate languages isPlayable\n          audiobook { name }\n        }\n      }": types.CatalogAudiobooksChapterFieldsDocument,
    "query CatalogAudiobooksChapterIds($ids: [ID!]!) { chapters(ids: $ids) { spotifyId } }": types.CatalogAudiobooksChapterIdsDocument,
    "query CatalogAudiobooksBadId($ids: [ID!]!) { chapters(ids: $ids) { name } }": types.CatalogAudiobooksBadIdDocument,
    "query CatalogAudiobooksBadMarket($id: ID!, $market: String) { audiobook(id: $id, market: $market) { name } }": types.CatalogAudiobooksBadMarketDocument,
    "query CatalogAudiobooksNode($id: ID!) { node(id: $id) { __typename ... on Chapter { chapterNumber } } }": types.CatalogAudiobooksNodeDocument,
    "query CacheBadValueAlbum($id: ID!) { album(id: $id) { id name } }": types.CacheBadValueAlbumDocument,
    "query CacheBadValueTopTracks($id: ID!) {\n  artist(id: $id) { topTracks(market: \"SE\") { id name } }\n}": types.CacheBadValueTopTracksDocument,
    "query CacheBadValueArtistAlbums($id: ID!) {\n  artist(id: $id) { albums(first: 3) { nodes { id name } } }\n}": types.CacheBadValueArtistAlbumsDocument,
    "query CacheBadValueAlbumArtists($id: ID!) {\n  album(id: $id) { name artists { id } }\n}": types.CacheBadValueAlbumArtistsDocument,
    "query CacheBadValueAlbumAndMissing($id: ID!) {\n  album(id: $id) { name }\n  missing: album(id: \"0000000000000000000000\") { name }\n}": types.CacheBadValueAlbumAndMissingDocument,
    "query CacheBadValueGoodAlbum($id: ID!) { album(id: $id) { name } }": types.CacheBadValueGoodAlbumDocument,
    "query CatalogDevelopmentShows($ids: [ID!]!) { shows(ids: $ids) { spotifyId } }": types.CatalogDevelopmentShowsDocument,
    "query CatalogDevelopmentEpisodes($ids: [ID!]!) { episodes(ids: $ids) { spotifyId } }": types.CatalogDevelopmentEpisodesDocument,
    "query CatalogDevelopmentShowEpisodes($id: ID!) { show(id: $id) { episodes(first: 20) { nodes { spotifyId } } } }": types.CatalogDevelopmentShowEpisodesDocument,
    "\n      query CatalogDevelopmentLostFields($id: ID!) {\n        show(id: $id) { name }\n        markets\n        genreSeeds\n        categories { totalCount }\n        category(id: \"pop\") { name }\n        featuredPlaylists { message }\n        newReleases { totalCount }\n        recommendations(seedGenres: [\"pop\"]) { tracks { name } }\n      }": types.CatalogDevelopmentLostFieldsDocument,
    "query CatalogDevelopmentSearch { search(query: \"the\", types: [TRACK, ALBUM], first: 25) { tracks { nodes { name } } albums { nodes { name } } } }": types.CatalogDevelopmentSearchDocument,
    "query CatalogListsGenres { genreSeeds }": types.CatalogListsGenresDocument,
    "query CatalogListsMarkets { markets }": types.CatalogListsMarketsDocument,
    "\n  query CatalogListsRecommended($a: [ID!]) { recommendations(seedArtists: $a, limit: 5) { tracks { name } } }\n": types.CatalogListsRecommendedDocument,
    "\n  query CatalogListsAliases($a: [ID!]) {\n    g: genreSeeds h: genreSeeds m: markets n: markets\n    r: recommendations(seedArtists: $a, limit: 5) { tracks { name } }\n    s: recommendations(seedArtists: $a, limit: 5) { tracks { name } }\n  }\n": types.CatalogListsAliasesDocument,
    "\n  query CatalogListsFromToken($a: [ID!]) {\n    recommendations(seedArtists: $a, limit: 5, market: \"from_token\") { tracks { name } }\n  }\n": types.CatalogListsFromTokenDocument,
    "query CatalogListsWarm($id: ID!) { album(id: $id) { name } }": types.CatalogListsWarmDocument,
    "query CatalogShowsEpisodesPage($id: ID!, $first: Int, $after: String) {\n        show(id: $id) {\n          episodes(first: $first, after: $after) {\n            totalCount\n            nodes { spotifyId name show { name } }\n            edges { cursor }\n            pageInfo { hasNextPage hasPreviousPage endCursor }\n          }\n        }\n      }": types.CatalogShowsEpisodesPageDocument,
    "query CatalogShowsByIdOrUri($id: ID!, $uri: ID!) {\n        byId: show(id: $id) {\n          id spotifyId uri name publisher description languages mediaType explicit totalEpisodes\n          images { url } copyrights { text type }\n        }\n        byUri: show(id: $uri) { id }\n      }": types.CatalogShowsByIdOrUriDocument,
    "query CatalogShowsEpisodeFields($id: ID!) {\n        episode(id: $id) {\n          name description durationMs explicit releaseDate releaseDatePrecision languages isPlayable\n          resumePoint { fullyPlayed }\n          show { name publisher }\n        }\n      }": types.CatalogShowsEpisodeFieldsDocument,
    "query CatalogShowsResumePoint($id: ID!) { episode(id: $id) { resumePoint { fullyPlayed resumePositionMs } } }": types.CatalogShowsResumePointDocument,
    "query CatalogShowsResumePoints($ids: [ID!]!) {\n        episodes(ids: $ids) { durationMs resumePoint { fullyPlayed resumePositionMs } }\n      }": types.CatalogShowsResumePointsDocument,
    "query CatalogShowsEpisodeBatches($ids: [ID!]!) { episodes(ids: $ids) { spotifyId } }": types.CatalogShowsEpisodeBatchesDocument,
    "query CatalogShowsNames($ids: [ID!]!) { shows(ids: $ids) { name } }": types.CatalogShowsNamesDocument,
    "query CatalogShowsBatches($ids: [ID!]!) { shows(ids: $ids) { spotifyId } }": types.CatalogShowsBatchesDocument,
    "query CatalogShowsBadId($id: ID!) { show(id: $id) { name } }": types.CatalogShowsBadIdDocument,
    "query CatalogShowsWrongType($id: ID!) { episode(id: $id) { name } }": types.CatalogShowsWrongTypeDocument,
    "query CatalogShowsBadMarket($ids: [ID!]!, $market: String) { shows(ids: $ids, market: $market) { name } }": types.CatalogShowsBadMarketDocument,
    "query CatalogShowsNode($id: ID!) { node(id: $id) { __typename ... on Show { name } } }": types.CatalogShowsNodeDocument,
    "query ClientInputSearchFirst($n: Int!) { search(query: \"a\", types: [TRACK], first: $n) { tracks { totalCount } } }": types.ClientInputSearchFirstDocument,
    "query ClientInputSearchTypes($types: [SearchType!]!) { search(query: \"a\", types: $types, first: 1) { tracks { totalCount } } }": types.ClientInputSearchTypesDocument,
    "query ClientInputAlbum($id: ID!) { album(id: $id) { id } }": types.ClientInputAlbumDocument,
    "query ClientInputAlbumOrDefault($id: ID = \"x\") { album(id: $id) { id } }": types.ClientInputAlbumOrDefaultDocument,
    "query ClientInputIncludeOrDefault($on: Boolean = true) { __typename @include(if: $on) }": types.ClientInputIncludeOrDefaultDocument,
    "query ClientInputAlbumsItemOrDefault($id: ID = \"x\") { albums(ids: [$id]) { id } }": types.ClientInputAlbumsItemOrDefaultDocument,
    "query ClientInputFragmentAlbum($id: ID = \"x\") { ...ClientInputAlbumFields } fragment ClientInputAlbumFields on Query { album(id: $id) { id } }": types.ClientInputFragmentAlbumDocument,
    "\n  query ConcurrentColdArtist($id: ID!) {\n    artist(id: $id) {\n      name followerCount\n      albums(first: 5) { nodes { name } }\n      topTracks { name }\n      relatedArtists { name }\n    }\n  }\n": types.ConcurrentColdArtistDocument,
    "\n  query ConcurrentColdSearch($q: String!) {\n    search(query: $q, types: [ARTIST], first: 3) { artists { nodes { name albums(first: 2) { nodes { name } } } } }\n  }\n": types.ConcurrentColdSearchDocument,
    "\n  query ConcurrentColdWide($id: ID!) { artist(id: $id) { albums(first: 6) { nodes { name } } } }\n": types.ConcurrentColdWideDocument,
    "\n  query ConcurrentColdNarrow($id: ID!) { artist(id: $id) { albums(first: 2, offset: 3) { nodes { name } } } }\n": types.ConcurrentColdNarrowDocument,
    "\n  query ConcurrentColdAlbumsThenSearch($id: ID!, $q: String!) {\n    artist(id: $id) { albums(first: 4) { nodes { name } } }\n    search(query: $q, types: [TRACK], first: 1) { tracks { totalCount } }\n  }\n": types.ConcurrentColdAlbumsThenSearchDocument,
    "\n  query ConcurrentColdTwoAlbums($a: ID!, $b: ID!) { a: album(id: $a) { name } b: album(id: $b) { name } }\n": types.ConcurrentColdTwoAlbumsDocument,
    "\n  query ConcurrentColdBigAlbum($id: ID!) { album(id: $id) { name tracks(first: 60) { nodes { name } } } }\n": types.ConcurrentColdBigAlbumDocument,
    "query ConcurrentColdGenresMarkets { genreSeeds markets }": types.ConcurrentColdGenresMarketsDocument,
    "query ConcurrentPagesItems($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) {\n    items(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ... on Track { id } ... on Episode { id } } }\n    }\n  }\n}": types.ConcurrentPagesItemsDocument,
    "query ConcurrentPagesAlbum($id: ID!, $first: Int!) {\n  album(id: $id) { tracks(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}": types.ConcurrentPagesAlbumDocument,
    "query ConcurrentPagesCounted($id: ID!) {\n    playlist(id: $id) { items(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor } } }\n  }": types.ConcurrentPagesCountedDocument,
    "query ConcurrentPagesFollowed($first: Int!, $after: String) {\n    me { followedArtists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.ConcurrentPagesFollowedDocument,
    "query ConnectionPagesTotal($id: ID!) { artist(id: $id) { albums(first: 500) { totalCount } } }": types.ConnectionPagesTotalDocument,
    "query ConnectionPagesCounted($id: ID!) { artist(id: $id) { albums(first: 30, offset: 10) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }": types.ConnectionPagesCountedDocument,
    "query ConnectionPagesFull($id: ID!) { artist(id: $id) { albums(first: 30, offset: 10) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { name } } } }": types.ConnectionPagesFullDocument,
    "query ConnectionPagesFragment($id: ID!) { artist(id: $id) { albums(first: 60) { totalCount ...ConnectionPagesItems } } }\n       fragment ConnectionPagesItems on ArtistAlbumConnection { nodes { name } }": types.ConnectionPagesFragmentDocument,
    "query ConnectionPagesSearchTotal { search(query: \"e\", types: [TRACK], first: 500, offset: 600) { tracks { totalCount pageInfo { hasPreviousPage } } } }": types.ConnectionPagesSearchTotalDocument,
    "query ConnectionPagesTwentyFiveTotals {\n        s0: search(query: \"e\", types: [TRACK], first: 500, offset: 0) { tracks { totalCount } }\n        s1: search(query: \"e\", types: [TRACK], first: 500, offset: 1) { tracks { totalCount } }\n        s2: search(query: \"e\", types: [TRACK], first: 500, offset: 2) { tracks { totalCount } }\n        s3: search(query: \"e\", types: [TRACK], first: 500, offset: 3) { tracks { totalCount } }\n        s4: search(query: \"e\", types: [TRACK], first: 500, offset: 4) { tracks { totalCount } }\n        s5: search(query: \"e\", types: [TRACK], first: 500, offset: 5) { tracks { totalCount } }\n        s6: search(query: \"e\", types: [TRACK], first: 500, offset: 6) { tracks { totalCount } }\n        s7: search(query: \"e\", types: [TRACK], first: 500, offset: 7) { tracks { totalCount } }\n        s8: search(query: \"e\", types: [TRACK], first: 500, offset: 8) { tracks { totalCount } }\n        s9: search(query: \"e\", types: [TRACK], first: 500, offset: 9) { tracks { totalCount } }\n        s10: search(query: \"e\", types: [TRACK], first: 500, offset: 10) { tracks { totalCount } }\n        s11: search(query: \"e\", types: [TRACK], first: 500, offset: 11) { tracks { totalCount } }\n        s12: search(query: \"e\", types: [TRACK], first: 500, offset: 12) { tracks { totalCount } }\n        s13: search(query: \"e\", types: [TRACK], first: 500, offset: 13) { tracks { totalCount } }\n        s14: search(query: \"e\", types: [TRACK], first: 500, offset: 14) { tracks { totalCount } }\n        s15: search(query: \"e\", types: [TRACK], first: 500, offset: 15) { tracks { totalCount } }\n        s16: search(query: \"e\", types: [TRACK], first: 500, offset: 16) { tracks { totalCount } }\n        s17: search(query: \"e\", types: [TRACK], first: 500, offset: 17) { tracks { totalCount } }\n        s18: search(query: \"e\", types: [TRACK], first: 500, offset: 18) { tracks { totalCount } }\n        s19: search(query: \"e\", types: [TRACK], first: 500, offset: 19) { tracks { totalCount } }\n        s20: search(query: \"e\", types: [TRACK], first: 500, offset: 20) { tracks { totalCount } }\n        s21: search(query: \"e\", types: [TRACK], first: 500, offset: 21) { tracks { totalCount } }\n        s22: search(query: \"e\", types: [TRACK], first: 500, offset: 22) { tracks { totalCount } }\n        s23: search(query: \"e\", types: [TRACK], first: 500, offset: 23) { tracks { totalCount } }\n        s24: search(query: \"e\", types: [TRACK], first: 500, offset: 24) { tracks { totalCount } }\n      }": types.ConnectionPagesTwentyFiveTotalsDocument,
    "query ConnectionPagesExtendedSearchItems { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { name } } } }": types.ConnectionPagesExtendedSearchItemsDocument,
    "query ConnectionPagesSearchItems { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { name } } } }": types.ConnectionPagesSearchItemsDocument,
    "query ConnectionPagesArtistItems($id: ID!) { artist(id: $id) { albums(first: 500) { nodes { name } } } }": types.ConnectionPagesArtistItemsDocument,
    "query ContainsLibrary($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }": types.ContainsLibraryDocument,
    "query ContainsFollows($artists: [ID!]!, $users: [ID!]!) { me { followsArtists(ids: $artists) followsUsers(ids: $users) } }": types.ContainsFollowsDocument,
    "query ContainsPlaylist($id: ID!) { me { displayName followsPlaylist(id: $id) } }": types.ContainsPlaylistDocument,
    "query ContainsPlayingType { me { player { state { isPlaying currentlyPlayingType } } } }": types.ContainsPlayingTypeDocument,
    "query ContainsDeviceIds { me { player { devices { id } } } }": types.ContainsDeviceIdsDocument,
    "mutation ContainsPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }": types.ContainsPlayDocument,
    "query ContainsPartialFailure($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": types.ContainsPartialFailureDocument,
    "query ContextUrisState { me { player { state { isPlaying context { type uri href } } currentlyPlaying { isPlaying context { type uri } } } } }": types.ContextUrisStateDocument,
    "query ContextUrisHistory { me { recentlyPlayed(first: 20) { nodes { playedAt context { type uri } } } } }": types.ContextUrisHistoryDocument,
    "query ContextUrisNoUri { me { player { state { isPlaying context { uri } } } } }": types.ContextUrisNoUriDocument,
    "\n  query CoveredPagesOverlapping($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }\n      d: albums(first: 2, offset: 1) { nodes { name } pageInfo { hasNextPage hasPreviousPage } }\n      t: albums(offset: 2) { totalCount pageInfo { hasPreviousPage } }\n    }\n  }\n": types.CoveredPagesOverlappingDocument,
    "\n  query CoveredPagesByWider($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 4) { nodes { name } }\n      d: albums(first: 2, offset: 2) { nodes { name } }\n    }\n  }\n": types.CoveredPagesByWiderDocument,
    "\n  query CoveredPagesPast($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { name } }\n      d: albums(first: 3, offset: 2) { nodes { name } }\n    }\n  }\n": types.CoveredPagesPastDocument,
    "\n  query CoveredPagesNested($id: ID!) {\n    artist(id: $id) {\n      albums(first: 6) { nodes { name artists { spotifyId albums(first: 2, offset: 3) { nodes { name } } } } }\n    }\n  }\n": types.CoveredPagesNestedDocument,
    "\n  query CoveredPagesPlaylistBeside($id: ID!) {\n    me { playlists(first: 5) { nodes { spotifyId items(first: 3) { totalCount nodes { __typename } } } } }\n    p: playlist(id: $id) { items(first: 3) { totalCount } }\n  }\n": types.CoveredPagesPlaylistBesideDocument,
    "\n  query CoveredPagesMyPlaylists { me { playlists(first: 5) { nodes { spotifyId } } } }\n": types.CoveredPagesMyPlaylistsDocument,
    "query CredentialRedactionTrack($id: ID!) { track(id: $id) { name } }": types.CredentialRedactionTrackDocument,
    "query CurrentlyPlayingNothingQuery { me { player {\n        state { isPlaying currentlyPlayingType }\n        currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }": types.CurrentlyPlayingNothingQueryDocument,
    "subscription CurrentlyPlayingNothingPlaying {\n        currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } }": types.CurrentlyPlayingNothingPlayingDocument,
    "subscription CurrentlyPlayingNothingState { playbackState { isPlaying currentlyPlayingType } }": types.CurrentlyPlayingNothingStateDocument,
    "query CursorArgumentsFollowed($first: Int, $after: String) { me { followedArtists(first: $first, after: $after) { nodes { name } } } }": types.CursorArgumentsFollowedDocument,
    "query CursorArgumentsAlbum($id: ID!) { album(id: $id) { name } }": types.CursorArgumentsAlbumDocument,
    "query CursorArgumentsFirstBounds($first: Int) { me { followedArtists(first: $first) { totalCount } recentlyPlayed(first: $first) { edges { cursor } } } }": types.CursorArgumentsFirstBoundsDocument,
    "query CursorArgumentsEndCursor { me { followedArtists(first: 1) { pageInfo { endCursor } } } }": types.CursorArgumentsEndCursorDocument,
    "query CursorArgumentsSavedTracks($after: String) { me { savedTracks(first: 1, after: $after) { totalCount } } }": types.CursorArgumentsSavedTracksDocument,
    "query CursorArgumentsSearch($after: String) { search(query: \"e\", types: [TRACK], first: 5, after: $after) { tracks { totalCount } } }": types.CursorArgumentsSearchDocument,
    "query CursorArgumentsMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }": types.CursorArgumentsMarketDocument,
    "query CursorArgumentsEmptyPages { me { followedArtists(first: 5) { edges { cursor } pageInfo { hasNextPage endCursor } } } }": types.CursorArgumentsEmptyPagesDocument,
    "mutation CursorArgumentsCreatePlaylist { createPlaylist(name: \"Unread\") { playlist { id } } }": types.CursorArgumentsCreatePlaylistDocument,
    "query CursorCyclesFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}": types.CursorCyclesFollowedDocument,
    "query CursorCyclesRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { playedAt track { id } } } } }\n}": types.CursorCyclesRecentDocument,
    "query CursorForgeryFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}": types.CursorForgeryFollowedDocument,
    "query CursorForgeryRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { playedAt } } } }\n}": types.CursorForgeryRecentDocument,
    "query ToTheEndRecent($first: Int, $after: String) { me { recentlyPlayed(first: $first, after: $after) { edges { cursor node { playedAt } } pageInfo { hasNextPage endCursor } } } }": types.ToTheEndRecentDocument,
    "query ToTheEndFollowed($first: Int, $after: String) { me { followedArtists(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }": types.ToTheEndFollowedDocument,
    "query ToTheEndTwoWindows($after: String) { me { a: recentlyPlayed(first: 40) { pageInfo { hasNextPage } } b: recentlyPlayed(first: 10, after: $after) { edges { cursor } pageInfo { hasNextPage } } } }": types.ToTheEndTwoWindowsDocument,
    "query CursorNextNullFollowed($after: String) { me { followedArtists(first: 5, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }": types.CursorNextNullFollowedDocument,
    "query CursorValuesRecent($after: String) { me { recentlyPlayed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }": types.CursorValuesRecentDocument,
    "query CursorValuesFollowed { me { followedArtists(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }": types.CursorValuesFollowedDocument,
    "query CursorValuesFollowedAfter($after: String) { me { followedArtists(first: 5, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }": types.CursorValuesFollowedAfterDocument,
    "query CursorValuesRecentPlayedAt { me { recentlyPlayed(first: 3) { edges { cursor node { playedAt } } } } }": types.CursorValuesRecentPlayedAtDocument,
    "query CursorValuesFeatured { featuredPlaylists(first: 3) { message playlists { totalCount } } }": types.CursorValuesFeaturedDocument,
    "query CursorSiblingsFollowed {\n          me {\n            a: followedArtists(first: 3) { nodes { name } pageInfo { hasNextPage endCursor } }\n            b: followedArtists(first: 5) { nodes { name } pageInfo { hasNextPage } }\n          }\n        }": types.CursorSiblingsFollowedDocument,
    "query CursorSiblingsRecent {\n          me {\n            a: recentlyPlayed(first: 3) { nodes { playedAt } pageInfo { hasNextPage } }\n            b: recentlyPlayed(first: 10) { nodes { playedAt } }\n          }\n        }": types.CursorSiblingsRecentDocument,
    "mutation CutWritesSkipToNext { skipToNext { ok } }": types.CutWritesSkipToNextDocument,
    "query CutWritesMe { me { player { devices { id } } } }": types.CutWritesMeDocument,
    "mutation CutWritesReplace($playlistId: ID!, $uris: [ID!]!) {\n        replacePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId }\n      }": types.CutWritesReplaceDocument,
    "query DevelopmentRemovedPublisher($show: ID!, $book: ID!) {\n        show(id: $show) { name publisher } audiobook(id: $book) { name publisher } }": types.DevelopmentRemovedPublisherDocument,
    "query DevelopmentRemovedArtistFields {\n        search(query: \"a\", types: [ARTIST], first: 5) { artists { nodes { name popularity followerCount } } } }": types.DevelopmentRemovedArtistFieldsDocument,
    "query DevelopmentRemovedTrackPopularity($id: ID!) {\n        album(id: $id) { label popularity tracks(first: 3) { nodes { name popularity } } } }": types.DevelopmentRemovedTrackPopularityDocument,
    "query DevelopmentRemovedProfileFields {\n        me { displayName country email product followerCount } }": types.DevelopmentRemovedProfileFieldsDocument,
    "query DevelopmentRemovedFieldDocs {\n        types: __schema { types { name fields { name description } } } }": types.DevelopmentRemovedFieldDocsDocument,
    "mutation EchoedInputPause($deviceId: String) { pause(deviceId: $deviceId) { ok } }": types.EchoedInputPauseDocument,
    "query EchoedInputLocale($locale: String) { categories(locale: $locale) { totalCount } }": types.EchoedInputLocaleDocument,
    "query EchoedInputAlbum($id: ID!) { album(id: $id) { id } }": types.EchoedInputAlbumDocument,
    "query EchoedInputMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }": types.EchoedInputMarketDocument,
    "query EchoedInputCursor($id: ID!, $after: String) { album(id: $id) { tracks(first: 1, after: $after) { nodes { id } } } }": types.EchoedInputCursorDocument,
    "query EmbeddedPageShapesPlaylist($id: ID!) { playlist(id: $id) { name owner { id } items(first: 2) { totalCount edges { node { __typename } } } } }": types.EmbeddedPageShapesPlaylistDocument,
    "query EmbeddedPageShapesAlbum($id: ID!) { album(id: $id) { name tracks(first: 2) { nodes { id } } } }": types.EmbeddedPageShapesAlbumDocument,
    "query ErrorTextRedactionAlbum($id: ID!) { album(id: $id) { name } }": types.ErrorTextRedactionAlbumDocument,
    "query GraphqlErrorsAlbumName($id: ID!) { album(id: $id) { name } }": types.GraphqlErrorsAlbumNameDocument,
    "query GraphqlErrorsRateLimitedMe { me { displayName } }": types.GraphqlErrorsRateLimitedMeDocument,
    "query GraphqlErrorsAlbum { album(id: \"not-an-id\") { name } }": types.GraphqlErrorsAlbumDocument,
    "query GraphqlErrorsAlbumInMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }": types.GraphqlErrorsAlbumInMarketDocument,
    "query GraphqlErrorsTooManyTracks($id: ID!) { album(id: $id) { tracks(first: 5000) { totalCount } } }": types.GraphqlErrorsTooManyTracksDocument,
    "query GraphqlErrorsAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }": types.GraphqlErrorsAlbumsDocument,
    "query GraphqlErrorsGoodAndBad($good: ID!, $bad: ID!) { good: album(id: $good) { name } bad: album(id: $bad) { name } }": types.GraphqlErrorsGoodAndBadDocument,
    "query GraphqlErrorsTypename { __typename }": types.GraphqlErrorsTypenameDocument,
    "query GraphqlErrorsExpiredMe { me { displayName } }": types.GraphqlErrorsExpiredMeDocument,
    "query GraphqlErrorsTopTracks($id: ID!) { artist(id: $id) { name topTracks(market: \"SE\") { name } } }": types.GraphqlErrorsTopTracksDocument,
    "query GraphqlErrorsArtistName($id: ID!) { artist(id: $id) { name } }": types.GraphqlErrorsArtistNameDocument,
    "query GraphqlErrorsType { __type(name: \"Artist\") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }": types.GraphqlErrorsTypeDocument,
    "query GraphqlErrorsFanOut($id: ID!) {\n        album(id: $id) {\n          tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { tracks(first: 500) { nodes { name } } } } } } }\n        }\n      }": types.GraphqlErrorsFanOutDocument,
    "query ExecutorParityAlbums($ids: [ID!]!) {\n  albums(ids: $ids) { name }\n}": types.ExecutorParityAlbumsDocument,
    "query ExecutorParitySearch {\n  search(query: \"x\", types: [TRACK]) { tracks { totalCount } }\n}": types.ExecutorParitySearchDocument,
    "\n  query ExtendedPagesArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 50) { totalCount nodes { name } } } }\n": types.ExtendedPagesArtistAlbumsDocument,
    "\n  query ExtendedPagesSearch { search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } } }\n": types.ExtendedPagesSearchDocument,
    "query ExtendedPagesSearchTwoTypes {\n      search(query: \"a\", types: [TRACK, ALBUM], first: 20) { tracks { nodes { id } } albums { nodes { id } } }\n    }": types.ExtendedPagesSearchTwoTypesDocument,
    "query ExtendedPagesWarmUp { search(query: \"a\", types: [TRACK], first: 5) { tracks { totalCount } } }": types.ExtendedPagesWarmUpDocument,
    "query ExtendedPagesArtistAndAlbums($id: ID!) { artist(id: $id) { name albums(first: 50) { nodes { name } } } }": types.ExtendedPagesArtistAndAlbumsDocument,
    "\n    query ExtendedPagesConcurrentSearch($q: String!) {\n      search(query: $q, types: [TRACK], first: 30) { tracks { totalCount nodes { id } } }\n    }\n  ": types.ExtendedPagesConcurrentSearchDocument,
    "query FailedChunkTracks($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }": types.FailedChunkTracksDocument,
    "query FailedChunkArtists($ids: [ID!]!) { artists(ids: $ids) { spotifyId } }": types.FailedChunkArtistsDocument,
    "query FailedChunkAlbums($ids: [ID!]!) { albums(ids: $ids) { spotifyId } }": types.FailedChunkAlbumsDocument,
    "query FailedChunkContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": types.FailedChunkContainsDocument,
    "query FailedChunkFollows($ids: [ID!]!) { me { followsArtists(ids: $ids) } }": types.FailedChunkFollowsDocument,
    "\n  query FailedChunkFollowsPlaylists($a: ID!, $b: ID!) { me { a: followsPlaylist(id: $a) b: followsPlaylist(id: $b) } }\n": types.FailedChunkFollowsPlaylistsDocument,
    "query FailedLaterPagePlaylist($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) {\n    name\n    items(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor }\n      nodes { __typename }\n    }\n  }\n}": types.FailedLaterPagePlaylistDocument,
    "query FailedLaterPageSaved($first: Int!, $after: String) {\n  me { savedTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": types.FailedLaterPageSavedDocument,
    "query FailedLaterPageAlbum($id: ID!, $first: Int!, $after: String) {\n  album(id: $id) { name tracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": types.FailedLaterPageAlbumDocument,
    "query FailedLaterPageArtist($id: ID!, $first: Int!, $after: String) {\n  artist(id: $id) { name albums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": types.FailedLaterPageArtistDocument,
    "query FailedLaterPageShow($id: ID!, $first: Int!, $after: String) {\n  show(id: $id) { name episodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": types.FailedLaterPageShowDocument,
    "query FailedLaterPageTop($first: Int!, $after: String) {\n  me { topTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": types.FailedLaterPageTopDocument,
    "query FailedLaterPageChapters($id: ID!, $first: Int!, $after: String) {\n  audiobook(id: $id) { name chapters(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}": types.FailedLaterPageChaptersDocument,
    "query FailedLaterPageSearch($first: Int!, $after: String) {\n  search(query: \"a\", types: [TRACK], first: $first, after: $after) {\n    tracks { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } }\n  }\n}": types.FailedLaterPageSearchDocument,
    "query FeaturedWindowsJoined {\n  w0: featuredPlaylists(first: 4, offset: 4) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n  w1: featuredPlaylists(first: 4, offset: 2) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}": types.FeaturedWindowsJoinedDocument,
    "query FeaturedWindowsCovered {\n  w0: featuredPlaylists(first: 8) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n  w1: featuredPlaylists(first: 2, offset: 1) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}": types.FeaturedWindowsCoveredDocument,
    "query FeaturedWindowAlone($first: Int!, $offset: Int!) {\n  w: featuredPlaylists(first: $first, offset: $offset) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}": types.FeaturedWindowAloneDocument,
    "\n  query FirstZeroSavedTracks($offset: Int) {\n    me { savedTracks(first: 0, offset: $offset) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }\n  }\n": types.FirstZeroSavedTracksDocument,
    "\n  query FirstZeroSearch { search(query: \"the\", types: [ARTIST], first: 0) { artists { totalCount pageInfo { hasNextPage } } } }\n": types.FirstZeroSearchDocument,
    "query FollowDevelopmentFollowsArtists($ids: [ID!]!) { me { followsArtists(ids: $ids) } }": types.FollowDevelopmentFollowsArtistsDocument,
    "query FollowDevelopmentFollowsPlaylist($id: ID!) { me { followsPlaylist(id: $id) } }": types.FollowDevelopmentFollowsPlaylistDocument,
    "mutation FollowDevelopmentFollowArtists($ids: [ID!]!) { followArtists(ids: $ids) { uris } }": types.FollowDevelopmentFollowArtistsDocument,
    "mutation FollowDevelopmentUnfollowArtists($ids: [ID!]!) { unfollowArtists(ids: $ids) { uris } }": types.FollowDevelopmentUnfollowArtistsDocument,
    "mutation FollowDevelopmentFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }": types.FollowDevelopmentFollowPlaylistDocument,
    "mutation FollowDevelopmentUnfollowPlaylist($id: ID!) { unfollowPlaylist(id: $id) { me { followsPlaylist(id: $id) } } }": types.FollowDevelopmentUnfollowPlaylistDocument,
    "mutation FollowExtendedFollowArtists($ids: [ID!]!) { followArtists(ids: $ids) { uris } }": types.FollowExtendedFollowArtistsDocument,
    "mutation FollowExtendedUnfollowArtists($ids: [ID!]!) { unfollowArtists(ids: $ids) { uris } }": types.FollowExtendedUnfollowArtistsDocument,
    "mutation FollowExtendedFollowUsers($ids: [ID!]!) { followUsers(ids: $ids) { uris } }": types.FollowExtendedFollowUsersDocument,
    "mutation FollowExtendedFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }": types.FollowExtendedFollowPlaylistDocument,
    "mutation FollowExtendedUnfollowPlaylist($id: ID!, $check: ID!) { unfollowPlaylist(id: $id) { me { followsPlaylist(id: $check) } } }": types.FollowExtendedUnfollowPlaylistDocument,
    "query FollowExtendedFollowsArtists($ids: [ID!]!) { me { followsArtists(ids: $ids) followedArtists(first: 50) { nodes { spotifyId } } } }": types.FollowExtendedFollowsArtistsDocument,
    "query FollowExtendedFollowsUsers($ids: [ID!]!) { me { followsUsers(ids: $ids) } }": types.FollowExtendedFollowsUsersDocument,
    "mutation FollowExtendedUnfollowUsers($ids: [ID!]!) { unfollowUsers(ids: $ids) { uris } }": types.FollowExtendedUnfollowUsersDocument,
    "query FollowExtendedFollowsPlaylist($id: ID!) { me { followsPlaylist(id: $id) playlists(first: 50) { nodes { spotifyId } } } }": types.FollowExtendedFollowsPlaylistDocument,
    "mutation FollowExtendedFollowPlaylistChecked($id: ID!, $check: ID!) { followPlaylist(id: $id) { me { followsPlaylist(id: $check) } } }": types.FollowExtendedFollowPlaylistCheckedDocument,
    "query IdOnlyParentLaterTracks($id: ID!) {\n  track(id: $id) { album { tracks(offset: 50, first: 2) { nodes { album { name } } } } }\n}": types.IdOnlyParentLaterTracksDocument,
    "\n  query IdOnlyArtistChildren($id: ID!) {\n    artist(id: $id) {\n      __typename id spotifyId uri\n      albums(first: 3) { nodes { name } }\n      topTracks(market: \"SE\") { name }\n      relatedArtists { name }\n    }\n  }\n": types.IdOnlyArtistChildrenDocument,
    "\n  query IdOnlyArtistWithName($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { name } } } }\n": types.IdOnlyArtistWithNameDocument,
    "\n  query IdOnlyArtistFragments($id: ID!, $withName: Boolean!) {\n    artist(id: $id) {\n      ...IdOnlyArtistAlbums\n      ... on Artist { name @include(if: $withName) }\n      ... on Node { id }\n    }\n  }\n  fragment IdOnlyArtistAlbums on Artist { albums(first: 2) { totalCount } }\n": types.IdOnlyArtistFragmentsDocument,
    "\n  query IdOnlyUserPlaylists($id: ID!) { user(id: $id) { id playlists(first: 2) { nodes { name } } } }\n": types.IdOnlyUserPlaylistsDocument,
    "\n  query IdOnlyCategoryPlaylists($id: ID!) { category(id: $id) { id playlists(first: 2) { nodes { name } } } }\n": types.IdOnlyCategoryPlaylistsDocument,
    "\n  query IdOnlyAlbumTracksInMarket($id: ID!) { album(id: $id) { id tracks(first: 2, market: \"SE\") { nodes { name } } } }\n": types.IdOnlyAlbumTracksInMarketDocument,
    "\n  query IdOnlyAlbumTracks($id: ID!) { album(id: $id) { id tracks(first: 2) { nodes { name } } } }\n": types.IdOnlyAlbumTracksDocument,
    "\n  query IdOnlyNodeArtist($id: ID!) {\n    node(id: $id) { __typename id ... on Artist { albums(first: 2) { nodes { name } } topTracks { name } } }\n  }\n": types.IdOnlyNodeArtistDocument,
    "\n  query IdOnlyNodeAlbum($id: ID!) {\n    node(id: $id) { __typename ... on Album { spotifyId tracks(first: 2, market: \"SE\") { nodes { name } } } }\n  }\n": types.IdOnlyNodeAlbumDocument,
    "\n  query IdOnlyNodeShow($id: ID!) {\n    node(id: $id) { ... on Show { uri episodes(first: 2, market: \"SE\") { nodes { name } } } }\n  }\n": types.IdOnlyNodeShowDocument,
    "\n  query IdOnlyNodeUser($id: ID!) { node(id: $id) { __typename ... on User { playlists(first: 2) { nodes { name } } } } }\n": types.IdOnlyNodeUserDocument,
    "\n  query IdOnlyNodesMixed($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Artist { topTracks { name } } ... on Album { name } ... on Track { audioFeatures { tempo } } }\n  }\n": types.IdOnlyNodesMixedDocument,
    "\n  query IdOnlyArtistsChildren($ids: [ID!]!) {\n    artists(ids: $ids) { id albums(first: 1) { nodes { name } } topTracks { name } }\n  }\n": types.IdOnlyArtistsChildrenDocument,
    "\n  query IdOnlyArtistsAlbums($ids: [ID!]!) { artists(ids: $ids) { id albums(first: 1) { totalCount } } }\n": types.IdOnlyArtistsAlbumsDocument,
    "\n  query IdOnlyAlbumsTracksInMarket($ids: [ID!]!) {\n    albums(ids: $ids) { id tracks(first: 1, market: \"SE\") { nodes { name } } }\n  }\n": types.IdOnlyAlbumsTracksInMarketDocument,
    "\n  query IdOnlyTrackFeatures($id: ID!, $ids: [ID!]!) {\n    track(id: $id) { id audioFeatures { tempo } }\n    tracks(ids: $ids) { spotifyId audioFeatures { tempo } }\n  }\n": types.IdOnlyTrackFeaturesDocument,
    "\n  query IdOnlyTrackFeaturesInMarket($id: ID!) { track(id: $id, market: \"SE\") { id audioFeatures { tempo } } }\n": types.IdOnlyTrackFeaturesInMarketDocument,
    "\n  query IdOnlyNodeArtistName($id: ID!) { node(id: $id) { __typename ... on Artist { name albums(first: 2) { totalCount } } } }\n": types.IdOnlyNodeArtistNameDocument,
    "query IdOnlyArtistIdAlone($id: ID!) { artist(id: $id) { id uri } }": types.IdOnlyArtistIdAloneDocument,
    "query IdOnlyRootsWarm { markets }": types.IdOnlyRootsWarmDocument,
    "query IdentityUrisAlbum($id: ID!) { album(id: $id) { id uri name artists { id uri name } } }": types.IdentityUrisAlbumDocument,
    "query IdentityUrisTracks($ids: [ID!]!) { tracks(ids: $ids) { id uri name durationMs relinkedUri } }": types.IdentityUrisTracksDocument,
    "query IdentityUrisPlaylist($id: ID!) { playlist(id: $id) { uri name owner { id uri } } }": types.IdentityUrisPlaylistDocument,
    "query IdentityUrisLegacyPlaylist($id: ID!) {\n    playlist(id: $id) { id name }\n    withUri: playlist(id: $id) { id uri }\n    me { playlists(first: 2) { nodes { id name } } }\n    search(query: \"a\", types: [PLAYLIST], first: 2) { playlists { nodes { id uri } } }\n  }": types.IdentityUrisLegacyPlaylistDocument,
    "query IdentityUrisRelinked($ids: [ID!]!) { tracks(ids: $ids) { name relinkedUri } }": types.IdentityUrisRelinkedDocument,
    "query IdentityUrisLinkedEntry($id: ID!) { playlist(id: $id) { name items(first: 2) { edges { node { ... on Track { id uri spotifyId relinkedUri linkedFromUri } } } } } }": types.IdentityUrisLinkedEntryDocument,
    "query IdentityUrisLinkedRelinked($id: ID!) { playlist(id: $id) { items(first: 2) { edges { node { ... on Track { name relinkedUri } } } } } }": types.IdentityUrisLinkedRelinkedDocument,
    "query ImagelessCatalogObjects($album: ID!, $artist: ID!, $show: ID!) {\n        album(id: $album) { images { url } tracks(first: 1) { nodes { album { images { url } } } } }\n        artist(id: $artist) { images { url } }\n        show(id: $show) { images { url } episodes(first: 1) { nodes { images { url } } } } }": types.ImagelessCatalogObjectsDocument,
    "query ImagelessPlaylists($coverless: ID!, $empty: ID!) {\n        coverless: playlist(id: $coverless) { name images { url } }\n        empty: playlist(id: $empty) { name images { url } } }": types.ImagelessPlaylistsDocument,
    "query ImagelessOwnPlaylists { me { playlists(first: 50) { nodes { name images { url } } } } }": types.ImagelessOwnPlaylistsDocument,
    "query BlameLocalNode($id: ID!) {\n  node(id: $id) { id ... on Track { durationMs localFile { durationMs } } } }": types.BlameLocalNodeDocument,
    "query BlameLocalNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { id ... on Track { durationMs } } }": types.BlameLocalNodesDocument,
    "query BlameAlbumArtists($id: ID!) { album(id: $id) { name artists { id name } } }": types.BlameAlbumArtistsDocument,
    "query BlameTrackParts($id: ID!) {\n  track(id: $id) { name album { id } artists { id } } }": types.BlameTrackPartsDocument,
    "query JitParityFragmentFirst($id: ID!) { album(id: $id) { ...JitParityAlbumDates tracks(first: 1) { totalCount } } }\n                fragment JitParityAlbumDates on Album { id releaseDate }": types.JitParityFragmentFirstDocument,
    "query JitParityAliases($id: ID!) { a: album(id: $id) { name id b: tracks(first: 3) { totalCount nodes { name durationMs } } artists { name } } }": types.JitParityAliasesDocument,
    "query JitParityPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 5) { nodes { ... on Track { name } ... on Episode { name } } } } }": types.JitParityPlaylistItemsDocument,
    "query JitParityAlbums($ids: [ID!]!) { albums(ids: $ids) { name artists { name } } }": types.JitParityAlbumsDocument,
    "query JitParityRefusedFirst($id: ID!) { album(id: $id) { name tracks(first: 9999) { totalCount } } }": types.JitParityRefusedFirstDocument,
    "query JitParityArtist($id: ID!) { artist(id: $id) { name albums(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { name albumType } } topTracks { name popularity } } }": types.JitParityArtistDocument,
    "query JitParityScopeErrors {\n    me { topTracks(first: 1) { totalCount } player { devices { id } queue { items { __typename } } } savedTracks(first: 1) { totalCount } topArtists(first: 1) { totalCount } }\n  }": types.JitParityScopeErrorsDocument,
    "query JitParityAnonymousMe { me { id } }": types.JitParityAnonymousMeDocument,
    "query JitParityAnonymousMeAndMarkets { markets me { displayName } }": types.JitParityAnonymousMeAndMarketsDocument,
    "query JitRedoDevices { me { displayName player { devices { name } queue { items { __typename } } } } }": types.JitRedoDevicesDocument,
    "query JitRedoFollows($ids: [ID!]!) { me { displayName followsArtists(ids: $ids) } }": types.JitRedoFollowsDocument,
    "\n  query JoinedHangAlbums($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { spotifyId } }\n      b: albums(offset: 3, first: 3) { nodes { spotifyId } }\n    }\n  }\n": types.JoinedHangAlbumsDocument,
    "\n  query JoinedHangSaved {\n    me {\n      a: savedTracks(first: 3) { nodes { spotifyId } }\n      b: savedTracks(first: 3, offset: 3) { nodes { spotifyId } }\n    }\n  }\n": types.JoinedHangSavedDocument,
    "\n  query JoinedHangSavedAlone { me { savedTracks(first: 6) { nodes { spotifyId } } } }\n": types.JoinedHangSavedAloneDocument,
    "mutation LibraryAutoSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }": types.LibraryAutoSaveDocument,
    "query LibraryAutoContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": types.LibraryAutoContainsDocument,
    "mutation LibraryDevelopmentSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }": types.LibraryDevelopmentSaveDocument,
    "mutation LibraryDevelopmentRemove($uris: [ID!]!) { removeFromLibrary(uris: $uris) { uris } }": types.LibraryDevelopmentRemoveDocument,
    "query LibraryDevelopmentContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": types.LibraryDevelopmentContainsDocument,
    "query LibraryDevelopmentMe { me { savedTracks { totalCount } } }": types.LibraryDevelopmentMeDocument,
    "mutation LibraryDevelopmentRemoveFromLibrary { removeFromLibrary(uris: [\"spotify:chapter:x\"]) { uris } }": types.LibraryDevelopmentRemoveFromLibraryDocument,
    "mutation LibraryExtendedSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }": types.LibraryExtendedSaveDocument,
    "mutation LibraryExtendedRemove($uris: [ID!]!) { removeFromLibrary(uris: $uris) { uris } }": types.LibraryExtendedRemoveDocument,
    "query LibraryExtendedContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": types.LibraryExtendedContainsDocument,
    "mutation LibraryExtendedSaveReadBack($uris: [ID!]!) { saveToLibrary(uris: $uris) { me { savedTracks(first: 1) { edges { addedAt node { uri } } } } } }": types.LibraryExtendedSaveReadBackDocument,
    "mutation LibraryExtendedSaveToLibrary { saveToLibrary(uris: [\"spotify:artist:0TnOYISbd1XYRBk9myaseg\"]) { uris } }": types.LibraryExtendedSaveToLibraryDocument,
    "query LibraryExtendedMe { me { libraryContains(uris: [\"nope\"]) savedAlbums { totalCount } } }": types.LibraryExtendedMeDocument,
    "query LocalFileDocsType($name: String!) { __type(name: $name) { fields { name description } } }": types.LocalFileDocsTypeDocument,
    "query LocalFileTags($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { isLocal node { ... on Track { id localFile { uri name albumName artistNames durationMs } } } }\n    }\n  }\n}": types.LocalFileTagsDocument,
    "query LocalFileTagsNode($id: ID!) {\n  node(id: $id) { id ... on Track { isLocal localFile { name albumName artistNames durationMs } } }\n}": types.LocalFileTagsNodeDocument,
    "query LocalFileTagsNodeDuration($id: ID!) {\n    node(id: $id) { id ... on Track { isLocal durationMs localFile { durationMs } } }\n  }": types.LocalFileTagsNodeDurationDocument,
    "query LocalFileTagsCover($id: ID!) { playlist(id: $id) { name images { url width } } }": types.LocalFileTagsCoverDocument,
    "query LocalUriBoundsNode($id: ID!) {\n  node(id: $id) { id ... on Track { uri name localFile { artistNames albumName } } }\n}": types.LocalUriBoundsNodeDocument,
    "query LocalUriBoundsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.LocalUriBoundsNodesDocument,
    "query MarketsList { markets }": types.MarketsListDocument,
    "query MarketsAlbum($id: ID!, $market: String) { album(id: $id, market: $market) { spotifyId } }": types.MarketsAlbumDocument,
    "query MeDevelopmentLibrary { me { displayName savedAlbums { totalCount } topTracks(first: 3) { nodes { id } } recentlyPlayed(first: 3) { nodes { playedAt } } followedArtists(first: 3) { nodes { id } } } }": types.MeDevelopmentLibraryDocument,
    "query MeDevelopmentFollowerCount { me { user { followerCount images { url } } } }": types.MeDevelopmentFollowerCountDocument,
    "query MeDevelopmentUser { user(id: \"bob\") { displayName } }": types.MeDevelopmentUserDocument,
    "query MeDevelopmentPlaylistOwner($id: ID!) { playlist(id: $id) { owner { displayName followerCount } } }": types.MeDevelopmentPlaylistOwnerDocument,
    "query MeExtendedProfile {\n        me {\n          id spotifyId displayName email country product explicitContent { filterEnabled filterLocked }\n          followerCount user { id displayName }\n        }\n      }": types.MeExtendedProfileDocument,
    "query MeExtendedLibraryOnly { me { savedTracks(first: 1) { totalCount } } }": types.MeExtendedLibraryOnlyDocument,
    "query MeExtendedWithoutToken { me { displayName savedTracks { totalCount } } }": types.MeExtendedWithoutTokenDocument,
    "query MeExtendedCatalogBesideMe($id: ID!) { track(id: $id) { spotifyId } me { displayName } }": types.MeExtendedCatalogBesideMeDocument,
    "query MeExtendedScopedProfile { me { displayName email country } }": types.MeExtendedScopedProfileDocument,
    "query MeExtendedSavedTracks { me { savedTracks(first: 60) { totalCount edges { addedAt node { id } } } } }": types.MeExtendedSavedTracksDocument,
    "query MeExtendedSavedLists { me {\n        savedAlbums(first: 2) { totalCount nodes { id } }\n        savedShows(first: 2) { totalCount nodes { id } }\n        savedEpisodes(first: 2) { totalCount nodes { id } }\n        savedAudiobooks(first: 2) { totalCount nodes { id } }\n      } }": types.MeExtendedSavedListsDocument,
    "query MeExtendedMissingScope {\n        me { displayName savedTracks { totalCount } topArtists(first: 1) { totalCount } }\n      }": types.MeExtendedMissingScopeDocument,
    "query MeExtendedTopItems { me {\n        short: topArtists(first: 10, timeRange: SHORT_TERM) { nodes { id } }\n        long: topArtists(first: 10, timeRange: LONG_TERM) { nodes { id } }\n        tracks: topTracks(first: 5, timeRange: MEDIUM_TERM) { nodes { id } }\n      } }": types.MeExtendedTopItemsDocument,
    "query MeExtendedFollowedArtists($after: String) {\n      me { followedArtists(first: 20, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }\n    }": types.MeExtendedFollowedArtistsDocument,
    "query MeExtendedRecentlyPlayed($after: String) {\n      me { recentlyPlayed(first: 15, after: $after) { nodes { playedAt track { id } } pageInfo { endCursor hasNextPage } } }\n    }": types.MeExtendedRecentlyPlayedDocument,
    "query MeExtendedBadCursor($after: String) { me { recentlyPlayed(after: $after) { nodes { playedAt } } } }": types.MeExtendedBadCursorDocument,
    "query MeExtendedPlaylists { me { playlists(first: 50) { totalCount nodes { id name } } } }": types.MeExtendedPlaylistsDocument,
    "\n  query MeIdWithLibrary { me { id spotifyId savedTracks(first: 1) { totalCount } } }\n": types.MeIdWithLibraryDocument,
    "query MeIdAndName { me { id displayName } }": types.MeIdAndNameDocument,
    "\n  mutation MeIdSaveReadBack($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris me { id } } }\n": types.MeIdSaveReadBackDocument,
    "\n  mutation MeIdFollowReadBack($ids: [ID!]!) { followArtists(ids: $ids) { uris me { id spotifyId } } }\n": types.MeIdFollowReadBackDocument,
    "\n  query MeIdSavedContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }\n": types.MeIdSavedContainsDocument,
    "\n  query MeIdNonNullFields { __type(name: \"Me\") { fields { name type { kind } } } }\n": types.MeIdNonNullFieldsDocument,
    "\n  query MeProfileSkippedField {\n    me { displayName @skip(if: true) savedTracks(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n": types.MeProfileSkippedFieldDocument,
    "\n  query MeProfileExcludedFragment {\n    me { ... @include(if: false) { country } topArtists(first: 1) { totalCount } savedTracks(first: 1) { totalCount } }\n  }\n": types.MeProfileExcludedFragmentDocument,
    "\n  query MeProfileSkippedSpread {\n    me { ...MeProfileProduct @skip(if: true) savedAlbums(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n  fragment MeProfileProduct on Me { product }\n": types.MeProfileSkippedSpreadDocument,
    "\n  query MeProfileByVariable($skip: Boolean = true) {\n    me { displayName @skip(if: $skip) savedTracks(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n": types.MeProfileByVariableDocument,
    "\n  query MeProfileSecondNode {\n    me { savedTracks(first: 1) { totalCount } }\n    me { displayName topTracks(first: 1) { totalCount } }\n  }\n": types.MeProfileSecondNodeDocument,
    "\n  query MeProfileExternalUrl {\n    me { externalUrl savedAlbums(first: 1) { totalCount } }\n  }\n": types.MeProfileExternalUrlDocument,
    "query NestedMarketTrackAlbum($id: ID!) {\n  track(id: $id, market: \"JP\") { album { tracks(first: 2) { nodes { isPlayable } } } }\n}": types.NestedMarketTrackAlbumDocument,
    "query NestedMarketBeside($album: ID!, $track: ID!) {\n  plain: album(id: $album) { tracks(first: 2) { nodes { isPlayable } } }\n  inJapan: track(id: $track, market: \"JP\") { album { tracks(first: 2) { nodes { isPlayable } } } }\n}": types.NestedMarketBesideDocument,
    "query NestedMarketPlainAlbum($id: ID!) {\n  album(id: $id) { tracks(first: 2) { nodes { isPlayable } } }\n}": types.NestedMarketPlainAlbumDocument,
    "query NestedMarketEpisodeShow($id: ID!) {\n  episode(id: $id, market: \"JP\") { show { episodes(first: 2) { nodes { isPlayable } } } }\n}": types.NestedMarketEpisodeShowDocument,
    "query NestedMarketTrackArtists($id: ID!) {\n  track(id: $id, market: \"JP\") { artists { albums(first: 1) { totalCount } } }\n}": types.NestedMarketTrackArtistsDocument,
    "query NestedMarketIdOnlyAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { id tracks(offset: 50, first: 2) { nodes { isPlayable } } }\n}": types.NestedMarketIdOnlyAlbumDocument,
    "query NestedShapesAlbum($id: ID!) { album(id: $id) { name externalUrl } }": types.NestedShapesAlbumDocument,
    "query NestedShapesArtist($id: ID!) { artist(id: $id) { name followerCount externalUrl } }": types.NestedShapesArtistDocument,
    "query NestedShapesTrack($id: ID!) { track(id: $id) { name restrictionReason } }": types.NestedShapesTrackDocument,
    "query NestedShapesMe { me { displayName followerCount explicitContent { filterEnabled } } }": types.NestedShapesMeDocument,
    "query NestedShapesDeviceIds { me { player { devices { id } } } }": types.NestedShapesDeviceIdsDocument,
    "mutation NestedShapesPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }": types.NestedShapesPlayDocument,
    "query NestedShapesState { me { player { state { isPlaying device { name } context { uri } } } } }": types.NestedShapesStateDocument,
    "query NextNullTotalSaved($first: Int!, $after: String) {\n  me { savedTracks(first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n  } }\n}": types.NextNullTotalSavedDocument,
    "query NextNullTotalSearch($offset: Int!, $first: Int!) {\n  search(query: \"a\", types: [TRACK], offset: $offset, first: $first) {\n    tracks { totalCount pageInfo { hasNextPage endCursor } nodes { id } }\n  }\n}": types.NextNullTotalSearchDocument,
    "query NextNullTotalPlaylist($id: ID!, $first: Int!) {\n  playlist(id: $id) { items(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n}": types.NextNullTotalPlaylistDocument,
    "query NextNullEverySavedTracks($first: Int!, $after: String) {\n    me { list: savedTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEverySavedTracksDocument,
    "query NextNullEverySavedAlbums($first: Int!, $after: String) {\n    me { list: savedAlbums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEverySavedAlbumsDocument,
    "query NextNullEverySavedShows($first: Int!, $after: String) {\n    me { list: savedShows(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEverySavedShowsDocument,
    "query NextNullEverySavedEpisodes($first: Int!, $after: String) {\n    me { list: savedEpisodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEverySavedEpisodesDocument,
    "query NextNullEverySavedAudiobooks($first: Int!, $after: String) {\n    me { list: savedAudiobooks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEverySavedAudiobooksDocument,
    "query NextNullEveryMyPlaylists($first: Int!, $after: String) {\n    me { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEveryMyPlaylistsDocument,
    "query NextNullEveryUserPlaylists($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEveryUserPlaylistsDocument,
    "query NextNullEveryPlaylistItems($id: ID!, $first: Int!, $after: String) {\n    playlist(id: $id) { list: items(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { ... on Node { id } } } }\n  }": types.NextNullEveryPlaylistItemsDocument,
    "query NextNullEveryAlbumTracks($id: ID!, $first: Int!, $after: String) {\n    album(id: $id) { list: tracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEveryAlbumTracksDocument,
    "query NextNullEveryArtistAlbums($id: ID!, $first: Int!, $after: String) {\n    artist(id: $id) { list: albums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEveryArtistAlbumsDocument,
    "query NextNullEveryShowEpisodes($id: ID!, $first: Int!, $after: String) {\n    show(id: $id) { list: episodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEveryShowEpisodesDocument,
    "query NextNullEveryChapters($id: ID!, $first: Int!, $after: String) {\n    audiobook(id: $id) { list: chapters(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEveryChaptersDocument,
    "query NextNullEveryCategories($first: Int!, $after: String) {\n    list: categories(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }\n  }": types.NextNullEveryCategoriesDocument,
    "query NextNullEveryCategoryPlaylists($id: ID!, $first: Int!, $after: String) {\n    category(id: $id) { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEveryCategoryPlaylistsDocument,
    "query NextNullEveryNewReleases($first: Int!, $after: String) {\n    list: newReleases(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }\n  }": types.NextNullEveryNewReleasesDocument,
    "query NextNullEveryFeatured($first: Int!, $after: String) {\n    featuredPlaylists(first: $first, after: $after) { list: playlists { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }": types.NextNullEveryFeaturedDocument,
    "query NextRuleSavedTracks { me { savedTracks(first: 10) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } } }": types.NextRuleSavedTracksDocument,
    "query NextRuleSavedTracksCounted { me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage } } } }": types.NextRuleSavedTracksCountedDocument,
    "query NextRuleFollowed { me { followedArtists(first: 4) { nodes { name } pageInfo { hasNextPage endCursor } } } }": types.NextRuleFollowedDocument,
    "query NextRuleSearch { search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount nodes { name } pageInfo { hasNextPage } } } }": types.NextRuleSearchDocument,
    "query NonCatalogItemsLastFour($id: ID!, $market: String, $offset: Int!) {\n  playlist(id: $id, market: $market) {\n    items(first: 4, offset: $offset) {\n      edges {\n        isLocal\n        node {\n          __typename\n          ... on Track { id spotifyId href uri isLocal isPlayable restrictionReason\n            localFile { uri name albumName artistNames durationMs } album { name } artists { name } popularity }\n          ... on Episode { id spotifyId name }\n        }\n      }\n    }\n  }\n}": types.NonCatalogItemsLastFourDocument,
    "query NonCatalogItemsKenjiSaved($market: String) {\n    me { country savedTracks(first: 5, market: $market) { nodes { id isPlayable restrictionReason } } }\n  }": types.NonCatalogItemsKenjiSavedDocument,
    "mutation NonCatalogItemsPlay($device: String, $context: ID) { play(deviceId: $device, contextUri: $context) { ok } }": types.NonCatalogItemsPlayDocument,
    "query NonCatalogItemsMe { me { player { state { currentlyPlayingType isPlaying item { __typename } } currentlyPlaying { currentlyPlayingType item { __typename } } } } }": types.NonCatalogItemsMeDocument,
    "query NonCatalogItemsAdAlone { me { player { currentlyPlaying { currentlyPlayingType isPlaying progressMs item { __typename } } } } }": types.NonCatalogItemsAdAloneDocument,
    "query NonCatalogItemsAdBeside { me { player { state { currentlyPlayingType } currentlyPlaying { currentlyPlayingType isPlaying progressMs item { __typename } } } } }": types.NonCatalogItemsAdBesideDocument,
    "query NonCatalogItemsUnknownAlone { me { player { currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }": types.NonCatalogItemsUnknownAloneDocument,
    "query NonCatalogItemsUnknownBeside { me { player { state { currentlyPlayingType } currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }": types.NonCatalogItemsUnknownBesideDocument,
    "query NonCatalogItemsUserImages($id: ID!) { user(id: $id) { images { url } } }": types.NonCatalogItemsUserImagesDocument,
    "query NullListEntriesSavedTracks { me { savedTracks(first: 2) { edges { addedAt node { id } } } } }": types.NullListEntriesSavedTracksDocument,
    "query NullListEntriesSavedAlbums { me { savedAlbums(first: 2) { edges { addedAt node { id } } } } }": types.NullListEntriesSavedAlbumsDocument,
    "query NullListEntriesSavedShows { me { savedShows(first: 2) { edges { addedAt node { id } } } } }": types.NullListEntriesSavedShowsDocument,
    "query NullListEntriesSavedEpisodes { me { savedEpisodes(first: 2) { edges { addedAt node { id } } } } }": types.NullListEntriesSavedEpisodesDocument,
    "query NullListEntriesSavedAudiobooks { me { savedAudiobooks(first: 2) { edges { addedAt node { id } } } } }": types.NullListEntriesSavedAudiobooksDocument,
    "query NullListEntriesRecentlyPlayed { me { recentlyPlayed(first: 2) { edges { node { playedAt track { __typename } } } } } }": types.NullListEntriesRecentlyPlayedDocument,
    "query NullListEntriesFollowedArtists { me { followedArtists(first: 2) { edges { node { id } } } } }": types.NullListEntriesFollowedArtistsDocument,
    "query NullListEntriesAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 2) { edges { node { id name } } } } }": types.NullListEntriesAlbumTracksDocument,
    "query NullListEntriesPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 2, offset: 1, market: \"US\") { edges { addedAt addedBy { id } isLocal node { __typename } } } } }": types.NullListEntriesPlaylistItemsDocument,
    "query NullableNamesNodes($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Album { name albumType }\n    ... on Artist { name genres }\n    ... on Track { name explicit }\n    ... on Show { name publisher }\n    ... on Episode { name durationMs }\n    ... on Audiobook { name publisher }\n    ... on Chapter { name chapterNumber }\n    ... on Playlist { name }\n  }\n}": types.NullableNamesNodesDocument,
    "query NullableNamesTrackArtists($id: ID!) {\n  track(id: $id) { id name artists { id name } }\n}": types.NullableNamesTrackArtistsDocument,
    "query NullableNamesPlaylistItems($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    name\n    items(first: 3, offset: $offset) {\n      edges {\n        isLocal\n        node {\n          ... on Track { id uri name isLocal localFile { name albumName } }\n          ... on Episode { id name }\n        }\n      }\n    }\n  }\n}": types.NullableNamesPlaylistItemsDocument,
    "query NullableNamesPlaying {\n  me { player { state { isPlaying item { ... on Track { id name isLocal durationMs } ... on Episode { id name } } } } }\n}": types.NullableNamesPlayingDocument,
    "query NullableNamesUris($ids: [ID!]!) { nodes(ids: $ids) { id uri } }": types.NullableNamesUrisDocument,
    "query NullableNamesUriLeftOut($ids: [ID!]!) {\n  withUri: nodes(ids: $ids) { id uri }\n  withoutUri: nodes(ids: $ids) { id }\n}": types.NullableNamesUriLeftOutDocument,
    "query NullableNamesTrackAlbumUri($id: ID!) {\n  withUri: track(id: $id) { album { id uri } }\n  withoutUri: track(id: $id) { album { id name } }\n}": types.NullableNamesTrackAlbumUriDocument,
    "query OlderUserNamesOwner($id: ID!) {\n  playlist(id: $id) {\n    name\n    owner { id spotifyId uri displayName followerCount }\n    items(first: 1) { edges { addedBy { id spotifyId } } }\n  }\n}": types.OlderUserNamesOwnerDocument,
    "query OlderUserNamesUser($id: ID!) {\n  user(id: $id) { id spotifyId uri displayName }\n}": types.OlderUserNamesUserDocument,
    "query OlderUserNamesNode($id: ID!) {\n  node(id: $id) { __typename id ... on User { spotifyId displayName } }\n}": types.OlderUserNamesNodeDocument,
    "query OlderUserNamesBothSpellings($a: ID!, $b: ID!) {\n  a: user(id: $a) { id spotifyId }\n  b: user(id: $b) { id spotifyId }\n}": types.OlderUserNamesBothSpellingsDocument,
    "query OneFailureOneNullMe { me { player { devices { id isRestricted } } } }": types.OneFailureOneNullMeDocument,
    "mutation OneFailureOneNullTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }": types.OneFailureOneNullTransferDocument,
    "mutation OneFailureOneNullSetVolumeCreatePlaylist { vol: setVolume(volumePercent: 42) { ok } created: createPlaylist(name: \"multi\") { playlist { id } } next: skipToNext { ok } }": types.OneFailureOneNullSetVolumeCreatePlaylistDocument,
    "query OneFailureOneNullRoots($track: ID!, $ids: [ID!]!) { me { displayName } track(id: $track) { name } nodes(ids: $ids) { id } }": types.OneFailureOneNullRootsDocument,
    "query OneFailureOneNullAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }": types.OneFailureOneNullAlbumsDocument,
    "query OneFailureOneNullTracks($ids: [ID!]!) { tracks(ids: $ids) { id } }": types.OneFailureOneNullTracksDocument,
    "query OneFailureOneNullLocalNode($id: ID!) { node(id: $id) { id ... on Track { isLocal name spotifyId localFile { albumName artistNames durationMs } } } }": types.OneFailureOneNullLocalNodeDocument,
    "query OneFailureOneNullLocalNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.OneFailureOneNullLocalNodesDocument,
    "query OneFailureOneNullSavedTracks { me { savedTracks(first: 3) { edges { node { ... on Track { id isLocal } } } nodes { id } } } }": types.OneFailureOneNullSavedTracksDocument,
    "query OneFailureOneNullRecentlyPlayed { me { recentlyPlayed(first: 3) { edges { node { playedAt track { ... on Track { id isLocal } } } } } } }": types.OneFailureOneNullRecentlyPlayedDocument,
    "query OneFailureOneNullQueue { me { player { queue { currentlyPlaying { ... on Track { id isLocal } } items { ... on Track { id isLocal } } } } } }": types.OneFailureOneNullQueueDocument,
    "\n  query OptionalFieldsPlaylist($id: ID!) { playlist(id: $id) { id name items(first: 2) { totalCount } } }\n": types.OptionalFieldsPlaylistDocument,
    "query OptionalFieldsDevices { me { player { devices { id name } } } }": types.OptionalFieldsDevicesDocument,
    "query PageInfoOnlySaved($artist: ID!, $playlist: ID!) {\n      me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage endCursor startCursor } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }": types.PageInfoOnlySavedDocument,
    "query PageInfoFullSaved($artist: ID!, $playlist: ID!) {\n      me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }": types.PageInfoFullSavedDocument,
    "query PageInfoOnlyArtistAlbums($artist: ID!, $playlist: ID!) {\n      artist(id: $artist) { albums(first: 10, offset: 3) { pageInfo { hasNextPage endCursor startCursor } } }\n      p: playlist(id: $playlist) { __typename } }": types.PageInfoOnlyArtistAlbumsDocument,
    "query PageInfoFullArtistAlbums($artist: ID!, $playlist: ID!) {\n      artist(id: $artist) { albums(first: 10, offset: 3) { pageInfo { hasNextPage endCursor startCursor } edges { cursor } } }\n      p: playlist(id: $playlist) { __typename } }": types.PageInfoFullArtistAlbumsDocument,
    "query PageInfoOnlyPlaylist($artist: ID!, $playlist: ID!) {\n      playlist(id: $playlist) { items(first: 8, offset: 52) { totalCount pageInfo { ...Resume } } }\n      a: artist(id: $artist) { __typename } }\n      fragment Resume on PageInfo { hasNextPage endCursor startCursor }": types.PageInfoOnlyPlaylistDocument,
    "query PageInfoFullPlaylist($artist: ID!, $playlist: ID!) {\n      playlist(id: $playlist) { items(first: 8, offset: 52) { totalCount pageInfo { ...ResumeFull } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } }\n      fragment ResumeFull on PageInfo { hasNextPage endCursor startCursor }": types.PageInfoFullPlaylistDocument,
    "query PageInfoOnlySearch($artist: ID!, $playlist: ID!) {\n      search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount pageInfo { hasNextPage endCursor startCursor } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }": types.PageInfoOnlySearchDocument,
    "query PageInfoFullSearch($artist: ID!, $playlist: ID!) {\n      search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }": types.PageInfoFullSearchDocument,
    "query PageTotalOnly { me { savedTracks(first: 40) { totalCount pageInfo { hasPreviousPage } } } }": types.PageTotalOnlyDocument,
    "query PageItemsSavedTracks { me { displayName savedTracks(first: 60) { totalCount nodes { id } } } }": types.PageItemsSavedTracksDocument,
    "query PageItemsSavedTracksCount { me { displayName savedTracks(first: 5) { totalCount } } }": types.PageItemsSavedTracksCountDocument,
    "query PageItemsRecentlyPlayed { me { displayName recentlyPlayed(first: 5) { nodes { playedAt } } } }": types.PageItemsRecentlyPlayedDocument,
    "query PageItemsMyPlaylists { me { displayName playlists(first: 5) { totalCount nodes { id } } } }": types.PageItemsMyPlaylistsDocument,
    "query PageItemsArtistAlbums($id: ID!) { artist(id: $id) { name albums(first: 5) { nodes { id } } } }": types.PageItemsArtistAlbumsDocument,
    "query PageItemsAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 3) { totalCount nodes { id } } } }": types.PageItemsAlbumTracksDocument,
    "query PagesOutOfPlaceSaved($first: Int!, $offset: Int) {\n  me { savedTracks(first: $first, offset: $offset) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}": types.PagesOutOfPlaceSavedDocument,
    "query PagesOutOfPlacePlaylist($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) { items(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n}": types.PagesOutOfPlacePlaylistDocument,
    "query PagesOutOfPlaceAlbum($id: ID!, $offset: Int!) {\n  album(id: $id) { tracks(offset: $offset, first: 2) { totalCount pageInfo { hasNextPage } edges { cursor } } }\n}": types.PagesOutOfPlaceAlbumDocument,
    "query PagesOutOfPlaceSearch($q: String!, $offset: Int!) {\n  search(query: $q, types: [TRACK], first: 5, offset: $offset) { tracks { totalCount pageInfo { hasNextPage } edges { cursor } } }\n}": types.PagesOutOfPlaceSearchDocument,
    "query PagesOutOfPlaceSavedTwice {\n  me { a: savedTracks(first: 3) { edges { cursor } } b: savedTracks(first: 2) { edges { cursor } } }\n}": types.PagesOutOfPlaceSavedTwiceDocument,
    "query PagesOutOfPlaceSavedWindows {\n  me {\n    a: savedTracks(first: 64) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14) { edges { node { id } } }\n    c: savedTracks(offset: 52, first: 5) { edges { node { id } } }\n  }\n}": types.PagesOutOfPlaceSavedWindowsDocument,
    "query PagesOutOfPlaceSavedWindowsSwapped {\n  me {\n    c: savedTracks(offset: 52, first: 5) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14) { edges { node { id } } }\n    a: savedTracks(first: 64) { edges { node { id } } }\n  }\n}": types.PagesOutOfPlaceSavedWindowsSwappedDocument,
    "query PagesOutOfPlaceSavedWindowsMarkets {\n  me {\n    a: savedTracks(first: 64) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14, market: \"GB\") { edges { node { id } } }\n  }\n}": types.PagesOutOfPlaceSavedWindowsMarketsDocument,
    "query PagesOutOfPlaceSavedJoinedAt50 {\n  me {\n    a: savedTracks(first: 50) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 3) { edges { node { id } } }\n    c: savedTracks(offset: 53, first: 3) { edges { node { id } } }\n  }\n}": types.PagesOutOfPlaceSavedJoinedAt50Document,
    "query PagesOutOfPlaceTopWindowsRanges {\n  me {\n    a: topTracks(first: 30) { edges { node { id } } }\n    b: topTracks(offset: 20, first: 5, timeRange: MEDIUM_TERM) { edges { node { id } } }\n  }\n}": types.PagesOutOfPlaceTopWindowsRangesDocument,
    "query PagesOutOfPlaceSavedAt50 {\n  me { b: savedTracks(offset: 50, first: 14) { edges { node { id } } } }\n}": types.PagesOutOfPlaceSavedAt50Document,
    "query PagesOutOfPlaceAlbumHead($id: ID!) {\n  album(id: $id) { name tracks(first: 2) { totalCount edges { cursor } } }\n}": types.PagesOutOfPlaceAlbumHeadDocument,
    "query PagesOutOfPlaceFollowed($after: String) {\n  me { list: followedArtists(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }\n}": types.PagesOutOfPlaceFollowedDocument,
    "query PagesOutOfPlaceRecent($after: String) {\n  me { list: recentlyPlayed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }\n}": types.PagesOutOfPlaceRecentDocument,
    "query PastEmbeddedWarmUp($id: ID!) { album(id: $id) { name } }": types.PastEmbeddedWarmUpDocument,
    "query PastEmbeddedAlbumTracks($id: ID!) {\n          album(id: $id) { tracks(offset: 50, first: 70) { nodes { name } pageInfo { hasNextPage } } }\n        }": types.PastEmbeddedAlbumTracksDocument,
    "query PastEmbeddedAlbumNameTracks($id: ID!) {\n          album(id: $id) { name tracks(offset: 50, first: 70) { nodes { name } } }\n        }": types.PastEmbeddedAlbumNameTracksDocument,
    "query PastEmbeddedAlbumsTracks($ids: [ID!]!) {\n          albums(ids: $ids) { name tracks(offset: 50, first: 70) { nodes { name } } }\n        }": types.PastEmbeddedAlbumsTracksDocument,
    "query PastEmbeddedTracksAlbum($id: ID!) {\n          album(id: $id) { tracks(offset: 60, first: 3) { nodes { album { spotifyId name } } } }\n        }": types.PastEmbeddedTracksAlbumDocument,
    "query PastEmbeddedShowEpisodes($id: ID!) {\n          show(id: $id) { episodes(offset: 50, first: 10) { nodes { name } } }\n        }": types.PastEmbeddedShowEpisodesDocument,
    "query PastEmbeddedChapters($id: ID!) {\n          audiobook(id: $id) { chapters(offset: 50, first: 10) { nodes { name } } }\n        }": types.PastEmbeddedChaptersDocument,
    "query PastEmbeddedPlaylistItems($id: ID!) {\n        playlist(id: $id) { items(offset: 120, first: 100) { totalCount nodes { __typename } } }\n      }": types.PastEmbeddedPlaylistItemsDocument,
    "query PagingEndsEndlessEmpty($id: ID!, $after: String) {\n      playlist(id: $id) { items(first: 150, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n    }": types.PagingEndsEndlessEmptyDocument,
    "query PagingEndsMe { me { followedArtists(first: 10) { edges { cursor } pageInfo { hasNextPage endCursor } } } }": types.PagingEndsMeDocument,
    "query PagingFaultsFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) {\n    pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n  } }\n}": types.PagingFaultsFollowedDocument,
    "query PagingFaultsRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) {\n    pageInfo { hasNextPage endCursor } edges { cursor node { playedAt } }\n  } }\n}": types.PagingFaultsRecentDocument,
    "query ParentMarketPlaylist($id: ID!, $market: String, $own: String) {\n  playlist(id: $id, market: $market) { items(first: 150, market: $own) { nodes { ... on Track { isPlayable } } } }\n}": types.ParentMarketPlaylistDocument,
    "query ParentMarketAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { tracks(first: 60) { nodes { isPlayable } } }\n}": types.ParentMarketAlbumDocument,
    "query ParentMarketShow($id: ID!) {\n  show(id: $id, market: \"JP\") { episodes(first: 60) { nodes { id } } }\n}": types.ParentMarketShowDocument,
    "query ParentMarketAudiobook($id: ID!) {\n  audiobook(id: $id, market: \"JP\") { chapters(first: 60) { nodes { id } } }\n}": types.ParentMarketAudiobookDocument,
    "query ParentMarketPastPlaylist($id: ID!, $offset: Int, $after: String) {\n  playlist(id: $id, market: \"JP\") { items(offset: $offset, after: $after, first: 5) { nodes { ... on Track { isPlayable } } } }\n}": types.ParentMarketPastPlaylistDocument,
    "query ParentMarketPastPlaylistNamed($id: ID!) {\n  playlist(id: $id, market: \"JP\") { name items(offset: 100, first: 5) { nodes { ... on Track { isPlayable } } } }\n}": types.ParentMarketPastPlaylistNamedDocument,
    "query ParentMarketPastAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { tracks(offset: 50, first: 5) { nodes { isPlayable } } }\n}": types.ParentMarketPastAlbumDocument,
    "query ParentMarketPastShow($id: ID!) {\n  show(id: $id, market: \"JP\") { episodes(offset: 50, first: 5) { nodes { id } } }\n}": types.ParentMarketPastShowDocument,
    "query ParentMarketPastAudiobook($id: ID!) {\n  audiobook(id: $id, market: \"JP\") { chapters(offset: 50, first: 5) { nodes { id } } }\n}": types.ParentMarketPastAudiobookDocument,
    "query PartialResultsMe { me { displayName player { devices { id } } } }": types.PartialResultsMeDocument,
    "query PartialResultsMe2 { me { player { devices { id } queue { items { __typename } } } } }": types.PartialResultsMe2Document,
    "query PartialResultsMe3 { me { images { url } savedTracks(first: 1) { totalCount } } }": types.PartialResultsMe3Document,
    "query PartialResultsArtistAlbums($id: ID!) { artist(id: $id) { name albums(first: 2) { totalCount } } }": types.PartialResultsArtistAlbumsDocument,
    "query PartialResultsAlbumArtists($id: ID!) { album(id: $id) { name artists { name genres } } }": types.PartialResultsAlbumArtistsDocument,
    "query PartialResultsAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 10, offset: 60) { totalCount } } }": types.PartialResultsAlbumTracksDocument,
    "query PartialResultsShowEpisodes($id: ID!) { show(id: $id) { name episodes(first: 5, offset: 60) { totalCount } } }": types.PartialResultsShowEpisodesDocument,
    "query PartialResultsAudiobookChapters($id: ID!) { audiobook(id: $id) { name chapters(first: 5, offset: 55) { totalCount } } }": types.PartialResultsAudiobookChaptersDocument,
    "query PartialResultsSearchBeside($id: ID!) { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } artist(id: $id) { name } }": types.PartialResultsSearchBesideDocument,
    "query PartialResultsDevelopmentArtist($id: ID!) { artist(id: $id) { name topTracks { name } relatedArtists { name } } }": types.PartialResultsDevelopmentArtistDocument,
    "mutation PayloadReadBackCreate { createPlaylist(name: \"read back\") { playlist { id spotifyId } } }": types.PayloadReadBackCreateDocument,
    "mutation PayloadReadBackUpdateId($id: ID!, $name: String!) {\n  updatePlaylist(playlistId: $id, name: $name) { playlist { id spotifyId uri __typename } }\n}": types.PayloadReadBackUpdateIdDocument,
    "mutation PayloadReadBackUpdateFragment($id: ID!, $name: String!, $more: Boolean!) {\n  updatePlaylist(playlistId: $id, name: $name) {\n    playlist { ... on Node { id } ... on Playlist { name @include(if: $more) } }\n  }\n}": types.PayloadReadBackUpdateFragmentDocument,
    "mutation PayloadReadBackUpdateName($id: ID!, $name: String!) {\n  updatePlaylist(playlistId: $id, name: $name) { playlist { id name } }\n}": types.PayloadReadBackUpdateNameDocument,
    "mutation PayloadReadBackCoverId($id: ID!, $image: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $image) { playlist { id } }\n}": types.PayloadReadBackCoverIdDocument,
    "mutation PayloadReadBackCoverImages($id: ID!, $image: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $image) { playlist { id images { url } } }\n}": types.PayloadReadBackCoverImagesDocument,
    "mutation PayloadReadBackAddId($id: ID!, $uris: [ID!]!) {\n  addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { id } }\n}": types.PayloadReadBackAddIdDocument,
    "mutation PayloadReadBackAddTotal($id: ID!, $uris: [ID!]!) {\n  addPlaylistItems(playlistId: $id, uris: $uris) { playlist { id items(first: 1) { totalCount } } }\n}": types.PayloadReadBackAddTotalDocument,
    "query PlayerChaptersItems {\n  me {\n    player {\n      state { item { __typename ... on Chapter { id name chapterNumber } ... on Track { id } } }\n      queue {\n        currentlyPlaying { __typename ... on Chapter { id name } }\n        items { __typename ... on Chapter { id name } }\n      }\n    }\n  }\n}": types.PlayerChaptersItemsDocument,
    "query PlayerDevelopmentMe { me { player { devices { id type } } } }": types.PlayerDevelopmentMeDocument,
    "mutation PlayerDevelopmentPlay($contextUri: ID, $deviceId: String) {\n        play(contextUri: $contextUri, deviceId: $deviceId) { state { isPlaying item { ... on Track { spotifyId } } } }\n      }": types.PlayerDevelopmentPlayDocument,
    "fragment PlayerEntriesItem on PlayableItem {\n  __typename\n  ... on Track { id spotifyId uri isLocal name localFile { name durationMs } }\n  ... on Episode { id spotifyId uri name }\n  ... on Chapter { id spotifyId uri name }\n}": types.PlayerEntriesItemFragmentDoc,
    "mutation PlayerEntriesSkip { skipToNext { ok } }": types.PlayerEntriesSkipDocument,
    "mutation PlayerEntriesPlayAt($deviceId: String, $contextUri: ID, $position: Int) {\n      play(deviceId: $deviceId, contextUri: $contextUri, offsetPosition: $position) { ok } }": types.PlayerEntriesPlayAtDocument,
    "query PlayerEntriesView { me { player {\n        state { currentlyPlayingType item { ...PlayerEntriesItem } }\n        currentlyPlaying { currentlyPlayingType item { ...PlayerEntriesItem } }\n        queue { currentlyPlaying { ...PlayerEntriesItem } items { ...PlayerEntriesItem } } } } }": types.PlayerEntriesViewDocument,
    "subscription PlayerEntriesPlaybackState { playbackState { currentlyPlayingType item { ...PlayerEntriesItem } } }": types.PlayerEntriesPlaybackStateDocument,
    "subscription PlayerEntriesCurrentlyPlaying { currentlyPlaying { currentlyPlayingType item { ...PlayerEntriesItem } } }": types.PlayerEntriesCurrentlyPlayingDocument,
    "mutation GraphqlPlayerErrorsPlay($contextUri: ID, $uris: [ID!], $offsetPosition: Int, $offsetUri: ID, $positionMs: Int) {\n  play(contextUri: $contextUri, uris: $uris, offsetPosition: $offsetPosition, offsetUri: $offsetUri, positionMs: $positionMs) { ok }\n}": types.GraphqlPlayerErrorsPlayDocument,
    "mutation GraphqlPlayerErrorsSetVolume($volumePercent: Int!, $deviceId: String) { setVolume(volumePercent: $volumePercent, deviceId: $deviceId) { ok } }": types.GraphqlPlayerErrorsSetVolumeDocument,
    "mutation GraphqlPlayerErrorsTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId) { ok } }": types.GraphqlPlayerErrorsTransferDocument,
    "mutation GraphqlPlayerErrorsPause { pause { ok } }": types.GraphqlPlayerErrorsPauseDocument,
    "query GraphqlPlayerErrorsMe { me { player { state { isPlaying } devices { id } } } }": types.GraphqlPlayerErrorsMeDocument,
    "mutation GraphqlPlayerErrorsSeek($positionMs: Int!) { seek(positionMs: $positionMs) { ok } }": types.GraphqlPlayerErrorsSeekDocument,
    "mutation GraphqlPlayerErrorsQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }": types.GraphqlPlayerErrorsQueueDocument,
    "mutation GraphqlPlayerErrorsPauseOn($deviceId: String) { pause(deviceId: $deviceId) { ok } }": types.GraphqlPlayerErrorsPauseOnDocument,
    "query GraphqlPlayerErrorsMe2 { me { player { state(market: \"sweden\") { isPlaying } } } }": types.GraphqlPlayerErrorsMe2Document,
    "query GraphqlPlayerErrorsMe3 { me { player { state { isPlaying } } } }": types.GraphqlPlayerErrorsMe3Document,
    "fragment GraphqlPlayerItem on PlaylistItemContent {\n  __typename\n  ... on Track { spotifyId }\n  ... on Episode { spotifyId }\n}": types.GraphqlPlayerItemFragmentDoc,
    "fragment GraphqlPlayerState on PlaybackState {\n  isPlaying progressMs repeatState shuffleState currentlyPlayingType timestamp\n  device { id isActive } context { type uri href externalUrl } item { ...GraphqlPlayerItem }\n  disallows { pausing resuming skippingNext skippingPrev }\n}": types.GraphqlPlayerStateFragmentDoc,
    "fragment GraphqlPlayerDevice on Device {\n  id name type isActive isRestricted supportsVolume volumePercent\n}": types.GraphqlPlayerDeviceFragmentDoc,
    "mutation GraphqlPlayerPlay($contextUri: ID, $uris: [ID!], $offsetUri: ID,\n  $offsetPosition: Int, $positionMs: Int, $deviceId: String) {\n  command: play(contextUri: $contextUri, uris: $uris, offsetUri: $offsetUri, offsetPosition: $offsetPosition,\n    positionMs: $positionMs, deviceId: $deviceId) { ok state { ...GraphqlPlayerState } }\n}": types.GraphqlPlayerPlayDocument,
    "mutation GraphqlPlayerTransfer($deviceId: String!, $play: Boolean) {\n  command: transferPlayback(deviceId: $deviceId, play: $play) { ok state { ...GraphqlPlayerState } }\n}": types.GraphqlPlayerTransferDocument,
    "mutation GraphqlPlayerAddToQueue($uri: ID!) {\n  command: addToQueue(uri: $uri) { ok state { ...GraphqlPlayerState } }\n}": types.GraphqlPlayerAddToQueueDocument,
    "mutation GraphqlPlayerSkipToNext {\n  command: skipToNext { ok state { ...GraphqlPlayerState } }\n}": types.GraphqlPlayerSkipToNextDocument,
    "mutation GraphqlPlayerSkipToPrevious {\n  command: skipToPrevious { ok state { ...GraphqlPlayerState } }\n}": types.GraphqlPlayerSkipToPreviousDocument,
    "mutation GraphqlPlayerSeek($positionMs: Int!) {\n  command: seek(positionMs: $positionMs) { ok state { ...GraphqlPlayerState } }\n}": types.GraphqlPlayerSeekDocument,
    "mutation GraphqlPlayerPause { command: pause { ok state { ...GraphqlPlayerState } } }": types.GraphqlPlayerPauseDocument,
    "mutation GraphqlPlayerResume { command: resume { ok state { ...GraphqlPlayerState } } }": types.GraphqlPlayerResumeDocument,
    "mutation GraphqlPlayerSetRepeat($state: RepeatState!) {\n  command: setRepeat(state: $state) { ok state { ...GraphqlPlayerState } }\n}": types.GraphqlPlayerSetRepeatDocument,
    "mutation GraphqlPlayerSetShuffleState($state: Boolean!) {\n  command: setShuffle(state: $state) { ok state { ...GraphqlPlayerState } }\n}": types.GraphqlPlayerSetShuffleStateDocument,
    "query GraphqlPlayerReadState { me { player { state { ...GraphqlPlayerState } } } }": types.GraphqlPlayerReadStateDocument,
    "query GraphqlPlayerDevices { me { player { devices { ...GraphqlPlayerDevice } } } }": types.GraphqlPlayerDevicesDocument,
    "query GraphqlPlayerIdle { me { player { state { isPlaying } currentlyPlaying { isPlaying }\n        queue { currentlyPlaying { ...GraphqlPlayerItem } items { ...GraphqlPlayerItem } } } } }": types.GraphqlPlayerIdleDocument,
    "query GraphqlPlayerPlayingAlbum { me { player {\n        state { ...GraphqlPlayerState }\n        currentlyPlaying { isPlaying progressMs currentlyPlayingType context { uri } item { ...GraphqlPlayerItem } }\n        queue { currentlyPlaying { ...GraphqlPlayerItem } items { ...GraphqlPlayerItem } }\n      } } }": types.GraphqlPlayerPlayingAlbumDocument,
    "query GraphqlPlayerTransferred { me { player { state { ...GraphqlPlayerState } currentlyPlaying { isPlaying } } } }": types.GraphqlPlayerTransferredDocument,
    "query GraphqlPlayerPlaysOn { me { player { currentlyPlaying { progressMs item { ...GraphqlPlayerItem } } } } }": types.GraphqlPlayerPlaysOnDocument,
    "query GraphqlPlayerQueue { me { player { queue { items { ...GraphqlPlayerItem } } } } }": types.GraphqlPlayerQueueDocument,
    "mutation GraphqlPlayerSetVolume($device: String) {\n        setVolume(volumePercent: 12, deviceId: $device) { ok player { devices { ...GraphqlPlayerDevice } } } }": types.GraphqlPlayerSetVolumeDocument,
    "mutation GraphqlPlayerSetShuffle { setShuffle(state: true) { ok } }": types.GraphqlPlayerSetShuffleDocument,
    "mutation GraphqlPlayerSetShuffle2 { setShuffle(state: true) { state { shuffleState } player { state { shuffleState } } } }": types.GraphqlPlayerSetShuffle2Document,
    "mutation GraphqlPlayerSkipStateBesidePlaying {\n        skipToNext { ok state { item { ...GraphqlPlayerItem } } player { currentlyPlaying { item { ...GraphqlPlayerItem } } devices { name } } }\n      }": types.GraphqlPlayerSkipStateBesidePlayingDocument,
    "mutation GraphqlPlayerSkipTwice {\n        a: skipToNext { state { item { ...GraphqlPlayerItem } } }\n        b: skipToNext { player { currentlyPlaying { item { ...GraphqlPlayerItem } } state { item { ...GraphqlPlayerItem } } } }\n      }": types.GraphqlPlayerSkipTwiceDocument,
    "mutation GraphqlPlayerSaveThenPlayer($uris: [ID!]!) {\n        saveToLibrary(uris: $uris) { me { x: player { state { isPlaying } } y: player { currentlyPlaying { isPlaying } } } }\n      }": types.GraphqlPlayerSaveThenPlayerDocument,
    "query PlaylistEntryKeys($id: ID!, $offset: Int!) {\n  playlist(id: $id) { items(first: 3, offset: $offset, market: \"JP\") { edges { addedAt node { __typename ... on Track { id } } } } }\n}": types.PlaylistEntryKeysDocument,
    "query PlaylistItemPagesPast100($id: ID!) {\n  playlist(id: $id) { items(offset: 100, first: 100) { nodes { __typename } } }\n}": types.PlaylistItemPagesPast100Document,
    "query PlaylistItemPagesWhole($id: ID!, $first: Int!) {\n  playlist(id: $id) { items(first: $first) { nodes { __typename } } }\n}": types.PlaylistItemPagesWholeDocument,
    "query PlaylistItemPagesNameAndWhole($id: ID!, $first: Int!) {\n  playlist(id: $id) { name items(first: $first) { nodes { __typename } } }\n}": types.PlaylistItemPagesNameAndWholeDocument,
    "query PlaylistItemPagesAt55($id: ID!) {\n  playlist(id: $id) { items(offset: 55, first: 5) { nodes { __typename } } }\n}": types.PlaylistItemPagesAt55Document,
    "query PlaylistItemPagesCountBeside($id: ID!) {\n  album(id: $id) { a: tracks(offset: 60, first: 5) { nodes { name } } b: tracks { totalCount } }\n}": types.PlaylistItemPagesCountBesideDocument,
    "query PlaylistItemsRefusalSearch {\n  search(query: \"a\", types: [PLAYLIST], first: 3) {\n    playlists { nodes { name items(first: 2) { nodes { __typename } } } }\n  }\n}": types.PlaylistItemsRefusalSearchDocument,
    "query PlaylistItemsRefusalMine {\n  me { playlists(first: 50) { nodes { id collaborative owner { id } items(first: 3) { nodes { __typename } } } } }\n}": types.PlaylistItemsRefusalMineDocument,
    "query PlaylistItemsRefusalOne($id: ID!) {\n  playlist(id: $id) { name items(first: 3) { nodes { __typename } } }\n}": types.PlaylistItemsRefusalOneDocument,
    "query PlaylistItemsRefusalWithProfile($id: ID!) {\n  me { displayName }\n  playlist(id: $id) { name items(first: 3) { nodes { __typename } } }\n}": types.PlaylistItemsRefusalWithProfileDocument,
    "query PlaylistItemsRefusalTeachSearch { search(query: \"a\", types: [ARTIST], first: 20) { artists { nodes { name } } } }": types.PlaylistItemsRefusalTeachSearchDocument,
    "query PlaylistItemsRefusalFive {\n      search(query: \"a\", types: [PLAYLIST], first: 5) {\n        playlists { nodes { items(first: 3) { nodes { __typename } } } }\n      }\n    }": types.PlaylistItemsRefusalFiveDocument,
    "query PlaylistItemsRefusalTeach($id: ID!) { artist(id: $id) { albums(first: 20) { nodes { name } } } }": types.PlaylistItemsRefusalTeachDocument,
    "mutation PlaylistScopeAdd($id: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }": types.PlaylistScopeAddDocument,
    "mutation PlaylistScopeRemove($id: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }": types.PlaylistScopeRemoveDocument,
    "mutation PlaylistScopeReorder($id: ID!) { reorderPlaylistItems(playlistId: $id, rangeStart: 0, insertBefore: 2) { snapshotId } }": types.PlaylistScopeReorderDocument,
    "mutation PlaylistScopeReplace($id: ID!, $uris: [ID!]!) { replacePlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }": types.PlaylistScopeReplaceDocument,
    "mutation PlaylistScopeDetails($id: ID!) { updatePlaylist(playlistId: $id, name: \"renamed\") { __typename } }": types.PlaylistScopeDetailsDocument,
    "mutation PlaylistScopeCover($id: ID!, $image: String!) { uploadPlaylistCover(playlistId: $id, imageBase64: $image) { __typename } }": types.PlaylistScopeCoverDocument,
    "mutation PlaylistScopeMakePrivate($id: ID!) { updatePlaylist(playlistId: $id, public: false) { __typename } }": types.PlaylistScopeMakePrivateDocument,
    "mutation PlaylistScopeFollowThenAdd($id: ID!, $uris: [ID!]!) {\n    followPlaylist(id: $id, public: true) { playlist { public } }\n    addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId }\n  }": types.PlaylistScopeFollowThenAddDocument,
    "query PlaylistsDevelopmentOwn($id: ID!) {\n        playlist(id: $id) { owner { id } items(first: 100) { totalCount nodes { ... on Track { id } } } } }": types.PlaylistsDevelopmentOwnDocument,
    "query PlaylistsDevelopmentEditorial($id: ID!) { playlist(id: $id) { name items { totalCount } } }": types.PlaylistsDevelopmentEditorialDocument,
    "query PlaylistsDevelopmentMe { me { user { displayName playlists { totalCount } } } }": types.PlaylistsDevelopmentMeDocument,
    "mutation PlaylistsDevelopmentCreatePlaylist { createPlaylist(name: \"Dev round trip\") { playlist { id } } }": types.PlaylistsDevelopmentCreatePlaylistDocument,
    "mutation PlaylistsDevelopmentAdd($playlistId: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }": types.PlaylistsDevelopmentAddDocument,
    "mutation PlaylistsDevelopmentReorder($playlistId: ID!) {\n        reorderPlaylistItems(playlistId: $playlistId, rangeStart: 2, insertBefore: 0) { snapshotId } }": types.PlaylistsDevelopmentReorderDocument,
    "mutation PlaylistsDevelopmentRemove($playlistId: ID!, $uris: [ID!]!) {\n        removePlaylistItems(playlistId: $playlistId, uris: $uris) {\n          playlist { items { totalCount nodes { ... on Track { uri } } } } } }": types.PlaylistsDevelopmentRemoveDocument,
    "fragment PlaylistsExtendedItems on PlaylistItemConnection {\n  totalCount\n  edges { addedAt addedBy { id } node { __typename ... on Track { id } ... on Episode { id } } }\n}": types.PlaylistsExtendedItemsFragmentDoc,
    "mutation PlaylistsExtendedCreate($name: String!) {\n  createPlaylist(name: $name) { playlist { id } }\n}": types.PlaylistsExtendedCreateDocument,
    "query PlaylistsExtendedAllItems($id: ID!, $first: Int) {\n        playlist(id: $id) { id name owner { id } followerCount items(first: $first) { ...PlaylistsExtendedItems } }\n      }": types.PlaylistsExtendedAllItemsDocument,
    "query PlaylistsExtendedListed { me { playlists(first: 3) { nodes { name followerCount again: followerCount } } } }": types.PlaylistsExtendedListedDocument,
    "query PlaylistsExtendedNodes($playlist: ID!, $user: ID!) {\n        p: node(id: $playlist) { __typename ... on Playlist { name } }\n        u: node(id: $user) { __typename ... on User { displayName } }\n      }": types.PlaylistsExtendedNodesDocument,
    "query PlaylistsExtendedUser($id: ID!) {\n        user(id: $id) { id displayName followerCount playlists(first: 10) { nodes { owner { id } } } }\n      }": types.PlaylistsExtendedUserDocument,
    "query PlaylistsExtendedBadId($id: ID!) { playlist(id: $id) { name } }": types.PlaylistsExtendedBadIdDocument,
    "mutation PlaylistsExtendedCreatePrivate($name: String!, $description: String, $public: Boolean) {\n        createPlaylist(name: $name, description: $description, public: $public) { playlist { id name public owner { id } } }\n      }": types.PlaylistsExtendedCreatePrivateDocument,
    "mutation PlaylistsExtendedAdd($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }": types.PlaylistsExtendedAddDocument,
    "mutation PlaylistsExtendedReorder($id: ID!, $rangeStart: Int!, $insertBefore: Int!) {\n        reorderPlaylistItems(playlistId: $id, rangeStart: $rangeStart, insertBefore: $insertBefore) {\n          snapshotId playlist { items { ...PlaylistsExtendedItems } }\n        }\n      }": types.PlaylistsExtendedReorderDocument,
    "mutation PlaylistsExtendedRemove($id: ID!, $uris: [ID!]!) {\n        removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }": types.PlaylistsExtendedRemoveDocument,
    "mutation PlaylistsExtendedReplace($id: ID!, $uris: [ID!]!) {\n        replacePlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }": types.PlaylistsExtendedReplaceDocument,
    "mutation PlaylistsExtendedAddMany($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { playlist { items(first: 150) { ...PlaylistsExtendedItems } } }\n      }": types.PlaylistsExtendedAddManyDocument,
    "query PlaylistsExtendedAlbumTrackIds($id: ID!) {\n        album(id: $id) { tracks(first: 3) { nodes { id } } }\n      }": types.PlaylistsExtendedAlbumTrackIdsDocument,
    "mutation PlaylistsExtendedAddHeldIds($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { playlist { items { edges { node { ... on Track { id } } } } } }\n      }": types.PlaylistsExtendedAddHeldIdsDocument,
    "mutation PlaylistsExtendedUpdate($id: ID!, $name: String, $description: String, $public: Boolean) {\n        updatePlaylist(playlistId: $id, name: $name, description: $description, public: $public) {\n          playlist { name description public }\n        }\n      }": types.PlaylistsExtendedUpdateDocument,
    "mutation PlaylistsExtendedUploadCover($id: ID!, $imageBase64: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $imageBase64) { playlist { id images { url } } }\n}": types.PlaylistsExtendedUploadCoverDocument,
    "mutation PlaylistsExtendedAddRefused($id: ID!, $uris: [ID!]!, $position: Int) {\n    addPlaylistItems(playlistId: $id, uris: $uris, position: $position) { snapshotId }\n  }": types.PlaylistsExtendedAddRefusedDocument,
    "mutation PlaylistsExtendedRemoveRefused($id: ID!, $uris: [ID!]!) {\n    removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId }\n  }": types.PlaylistsExtendedRemoveRefusedDocument,
    "mutation PlaylistsExtendedReorderRefused($id: ID!, $rangeStart: Int!, $insertBefore: Int!) {\n    reorderPlaylistItems(playlistId: $id, rangeStart: $rangeStart, insertBefore: $insertBefore) { snapshotId }\n  }": types.PlaylistsExtendedReorderRefusedDocument,
    "mutation PlaylistsExtendedCreateRefused($name: String!, $collaborative: Boolean, $description: String) {\n    createPlaylist(name: $name, collaborative: $collaborative, description: $description) { playlist { id } }\n  }": types.PlaylistsExtendedCreateRefusedDocument,
    "mutation PlaylistsExtendedUpdateRefused($id: ID!, $description: String, $name: String) {\n    updatePlaylist(playlistId: $id, description: $description, name: $name) { playlist { id } }\n  }": types.PlaylistsExtendedUpdateRefusedDocument,
    "\n  query ProfileLoadsTwice($id: ID!) {\n    a: user(id: $id) { displayName followerCount }\n    b: user(id: $id) { displayName images { url } }\n  }\n": types.ProfileLoadsTwiceDocument,
    "\n  query ProfileLoadsUserAndOwner($user: ID!, $playlist: ID!) {\n    user(id: $user) { displayName }\n    playlist(id: $playlist) { owner { spotifyId followerCount } }\n  }\n": types.ProfileLoadsUserAndOwnerDocument,
    "query ProfileLoadsConcurrent($id: ID!) { user(id: $id) { displayName followerCount } }": types.ProfileLoadsConcurrentDocument,
    "\n  query CategoryLoadsEarly($id: ID!) {\n    category(id: $id) { name playlists(first: 5) { totalCount nodes { name } } }\n  }\n": types.CategoryLoadsEarlyDocument,
    "\n  query CategoryLoadsTotalOnly($id: ID!) { category(id: $id) { name playlists { totalCount } } }\n": types.CategoryLoadsTotalOnlyDocument,
    "query CategoryLoadsWarm { markets }": types.CategoryLoadsWarmDocument,
    "query ProfileWithoutIdUser { user(id: \"bob\") { id spotifyId displayName\n          playlists(first: 1) { totalCount } } }": types.ProfileWithoutIdUserDocument,
    "query ProfileWithoutIdMe { me { id displayName country } }": types.ProfileWithoutIdMeDocument,
    "query PauseErrorsAlbum($id: ID!) { album(id: $id) { name } }": types.PauseErrorsAlbumDocument,
    "query PauseErrorsMe { me { displayName } }": types.PauseErrorsMeDocument,
    "\n  query PauseErrorsSeveral($id: ID!) {\n    __typename\n    album(id: $id) { name }\n    search(query: \"love\", types: [TRACK], first: 2) { tracks { totalCount } }\n    me { displayName savedTracks(first: 1) { totalCount } }\n  }\n": types.PauseErrorsSeveralDocument,
    "mutation RateLimitedWritesAdd($playlistId: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId }\n      }": types.RateLimitedWritesAddDocument,
    "mutation RateLimitedWritesPlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok }\n      }": types.RateLimitedWritesPlayDocument,
    "mutation RateLimitedWritesQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }": types.RateLimitedWritesQueueDocument,
    "query RefusedIdListsTooMany($albumId: ID!, $ids: [ID!]!, $uris: [ID!]!) {\n  sibling: album(id: $albumId) { id name }\n  albums(ids: $ids) { id }\n  artists(ids: $ids) { id }\n  tracks(ids: $ids) { id }\n  episodes(ids: $ids) { id }\n  shows(ids: $ids) { id }\n  audiobooks(ids: $ids) { id }\n  chapters(ids: $ids) { id }\n  nodes(ids: $uris) { id }\n}": types.RefusedIdListsTooManyDocument,
    "query RefusedIdListsMarket($albumId: ID!, $ids: [ID!]!, $market: String) {\n  sibling: album(id: $albumId) { id name }\n  albums(ids: $ids, market: $market) { id }\n  tracks(ids: $ids, market: $market) { id }\n  episodes(ids: $ids, market: $market) { id }\n  shows(ids: $ids, market: $market) { id }\n  audiobooks(ids: $ids, market: $market) { id }\n  chapters(ids: $ids, market: $market) { id }\n}": types.RefusedIdListsMarketDocument,
    "\n  query RefusedJoinedMadeUpArtists($ids: [ID!]!) {\n    artists(ids: $ids) {\n      w0: albums(first: 1, offset: 0) { nodes { spotifyId } }\n      w1: albums(first: 1, offset: 1) { nodes { spotifyId } }\n      w2: albums(first: 1, offset: 2) { nodes { spotifyId } }\n      w3: albums(first: 1, offset: 3) { nodes { spotifyId } }\n    }\n  }\n": types.RefusedJoinedMadeUpArtistsDocument,
    "\n  query RefusedJoinedOthersPlaylists {\n    search(query: \"a\", types: [PLAYLIST], first: 5) {\n      playlists {\n        nodes {\n          w0: items(first: 1, offset: 0) { totalCount nodes { __typename } }\n          w1: items(first: 1, offset: 1) { totalCount nodes { __typename } }\n          w2: items(first: 1, offset: 2) { totalCount nodes { __typename } }\n        }\n      }\n    }\n  }\n": types.RefusedJoinedOthersPlaylistsDocument,
    "query RelinkedDevelopmentTrack($id: ID!, $market: String) {\n        track(id: $id, market: $market) { spotifyId linkedFromUri isPlayable } }": types.RelinkedDevelopmentTrackDocument,
    "query RelinkedDevelopmentTracks($ids: [ID!]!, $market: String) {\n        tracks(ids: $ids, market: $market) { spotifyId linkedFromUri } }": types.RelinkedDevelopmentTracksDocument,
    "query RelinkedDevelopmentNoMarket($id: ID!) { track(id: $id) { spotifyId } }": types.RelinkedDevelopmentNoMarketDocument,
    "query RelinkedNoMarketTrack($id: ID!) {\n  track(id: $id) { spotifyId linkedFromUri isPlayable } }": types.RelinkedNoMarketTrackDocument,
    "query RelinkedNoMarketTracks($ids: [ID!]!) {\n  tracks(ids: $ids) { spotifyId linkedFromUri } }": types.RelinkedNoMarketTracksDocument,
    "query RelinkedNoMarketNode($id: ID!) {\n  node(id: $id) { ... on Track { spotifyId linkedFromUri } } }": types.RelinkedNoMarketNodeDocument,
    "query RelinkedNoMarketNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { __typename ... on Track { spotifyId linkedFromUri } } }": types.RelinkedNoMarketNodesDocument,
    "query RelinkedNoMarketPlayer { me { player {\n  state { item { ... on Track { spotifyId linkedFromUri } } }\n  currentlyPlaying { item { ... on Track { spotifyId linkedFromUri } } } } } }": types.RelinkedNoMarketPlayerDocument,
    "query RelinkedNoMarketInSweden($id: ID!) { track(id: $id, market: \"SE\") { spotifyId linkedFromUri } }": types.RelinkedNoMarketInSwedenDocument,
    "query RelinkedTracksInMarket($id: ID!, $market: String) { track(id: $id, market: $market) { id name relinkedUri linkedFromUri } }": types.RelinkedTracksInMarketDocument,
    "query RelinkedTracksFields($id: ID!, $market: String) { track(id: $id, market: $market) { id spotifyId uri href relinkedUri linkedFromUri isPlayable } }": types.RelinkedTracksFieldsDocument,
    "query RelinkedTracksRefetch($id: ID!) { node(id: $id) { id ... on Track { name relinkedUri } } }": types.RelinkedTracksRefetchDocument,
    "\n  query RelinkedTracksBatch($ids: [ID!]!, $market: String) {\n    tracks(ids: $ids, market: $market) {\n      id\n      linkedFromUri\n    }\n  }\n": types.RelinkedTracksBatchDocument,
    "\n  query RenewalRepeatAllowanceAlbum($id: ID!) { album(id: $id) { name } }\n": types.RenewalRepeatAllowanceAlbumDocument,
    "mutation RepeatedWritesPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }": types.RepeatedWritesPlayDocument,
    "mutation RepeatedWritesSetVolume($volumePercent: Int!) { setVolume(volumePercent: $volumePercent) { ok } }": types.RepeatedWritesSetVolumeDocument,
    "mutation RepeatedWritesSeek($positionMs: Int!) { seek(positionMs: $positionMs) { ok } }": types.RepeatedWritesSeekDocument,
    "mutation RepeatedWritesTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId) { ok } }": types.RepeatedWritesTransferDocument,
    "mutation RepeatedWritesUpdatePlaylist($playlistId: ID!) { updatePlaylist(playlistId: $playlistId, name: \"Renamed\") { playlist { id } } }": types.RepeatedWritesUpdatePlaylistDocument,
    "mutation RepeatedWritesFollowPlaylist($id: ID!) { followPlaylist(id: $id) { me { id } } }": types.RepeatedWritesFollowPlaylistDocument,
    "mutation RepeatedWritesRemoveItems($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }": types.RepeatedWritesRemoveItemsDocument,
    "mutation RepeatedWritesSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }": types.RepeatedWritesSaveDocument,
    "query RepeatedWritesDevices { me { player { devices { id } } } }": types.RepeatedWritesDevicesDocument,
    "query RequestConcurrencyWarm($id: ID!) { track(id: $id) { name } }": types.RequestConcurrencyWarmDocument,
    "query RequestConcurrencyTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }": types.RequestConcurrencyTracksDocument,
    "\n        query RequestConcurrencyArtistsAlbums($ids: [ID!]!) {\n          artists(ids: $ids) { name albums(first: 5) { nodes { name } } }\n        }\n      ": types.RequestConcurrencyArtistsAlbumsDocument,
    "query RequestConcurrencyFifteenAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }": types.RequestConcurrencyFifteenAlbumsDocument,
    "\n        query RequestConcurrencyRelatedAlbums($id: ID!) {\n          artist(id: $id) { relatedArtists { albums(first: 1) { nodes { name } } } }\n        }\n      ": types.RequestConcurrencyRelatedAlbumsDocument,
    "\n        query RequestConcurrencyTrackArtistsAlbums($id: ID!) {\n          album(id: $id) { tracks(first: 50) { nodes { artists { albums(first: 1) { nodes { name } } } } } }\n        }\n      ": types.RequestConcurrencyTrackArtistsAlbumsDocument,
    "query RequestConcurrencyDevAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }": types.RequestConcurrencyDevAlbumsDocument,
    "query RequestConcurrencyDevTwentyAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }": types.RequestConcurrencyDevTwentyAlbumsDocument,
    "\n  query RetriesAllowanceAlbum($id: ID!) { album(id: $id) { name } }\n": types.RetriesAllowanceAlbumDocument,
    "query ScopeMessagesMe { me { player { queue { items { __typename } } } } }": types.ScopeMessagesMeDocument,
    "query ScopeMessagesLibraryContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": types.ScopeMessagesLibraryContainsDocument,
    "mutation ScopeMessagesPrivatePlaylist { createPlaylist(name: \"s\", public: false) { playlist { id } } }": types.ScopeMessagesPrivatePlaylistDocument,
    "query ScopeMessagesEveryScope { me { id savedTracks(first: 1) { totalCount } } }": types.ScopeMessagesEveryScopeDocument,
    "query SearchPagingFaultsTwoTypes($first: Int!) {\n  search(query: \"the\", types: [ALBUM, ARTIST], first: $first) {\n    albums { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n    artists { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n}": types.SearchPagingFaultsTwoTypesDocument,
    "\n  query SearchDisjointTypes($q: String!) {\n    a: search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } totalCount } artists { totalCount } }\n    b: search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } totalCount } albums { totalCount } }\n    c: search(query: $q, types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } albums { nodes { name } } }\n  }\n": types.SearchDisjointTypesDocument,
    "\n  query SearchAlbumsAlone($q: String!) {\n    search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } totalCount } }\n  }\n": types.SearchAlbumsAloneDocument,
    "\n  query SearchArtistsAlone($q: String!) {\n    search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } totalCount } }\n  }\n": types.SearchArtistsAloneDocument,
    "\n  query SearchTracksAndAlbumsAlone($q: String!) {\n    search(query: $q, types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } albums { nodes { name } } }\n  }\n": types.SearchTracksAndAlbumsAloneDocument,
    "\n  query SearchDisjointOtherOffsets($q: String!) {\n    a: search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } } }\n    b: search(query: $q, types: [ARTIST], first: 3, offset: 2) { artists { nodes { name } } }\n  }\n": types.SearchDisjointOtherOffsetsDocument,
    "\n  query SearchCoverageBeside($q: String!) {\n    both: search(query: $q, types: [ALBUM, ARTIST], first: 3) { artists { nodes { name } } albums { nodes { name } } }\n    one: search(query: $q, types: [ARTIST], first: 3) { artists { nodes { name } totalCount } }\n  }\n": types.SearchCoverageBesideDocument,
    "\n  query SearchCoverageWider($q: String!) {\n    search(query: $q, types: [ARTIST, ALBUM], first: 5) { artists { nodes { name } } }\n  }\n": types.SearchCoverageWiderDocument,
    "\n  query SearchCoverageNarrower($q: String!) {\n    search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } } albums { totalCount } }\n  }\n": types.SearchCoverageNarrowerDocument,
    "\n  query SearchCoverageOtherType($q: String!) {\n    search(query: $q, types: [TRACK], first: 5) { tracks { nodes { name } } }\n  }\n": types.SearchCoverageOtherTypeDocument,
    "query SearchTypePagesItems { search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) { playlists { totalCount nodes { id } } tracks { pageInfo { hasNextPage } nodes { id name } } } }": types.SearchTypePagesItemsDocument,
    "query SearchTypePagesCounts { search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) { playlists { totalCount } tracks { totalCount pageInfo { hasNextPage } } } }": types.SearchTypePagesCountsDocument,
    "query SearchWindowPage($first: Int, $offset: Int, $after: String) {\n  search(query: \"e\", types: [TRACK], first: $first, offset: $offset, after: $after) {\n    tracks { totalCount edges { cursor } pageInfo { hasNextPage endCursor } }\n  }\n}": types.SearchWindowPageDocument,
    "query SearchWindowSearchSearch { a: search(query: \"e\", types: [TRACK], first: 200) { tracks { nodes { name } } } b: search(query: \"a\", types: [TRACK], first: 200) { tracks { nodes { name } } } }": types.SearchWindowSearchSearchDocument,
    "query SearchWindowMe { me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }": types.SearchWindowMeDocument,
    "\n  query SearchAll($q: String!, $types: [SearchType!]!, $first: Int, $after: String, $offset: Int, $market: String) {\n    search(query: $q, types: $types, first: $first, after: $after, offset: $offset, market: $market) {\n      albums { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      artists { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      tracks { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      shows { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      episodes { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      audiobooks { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n    }\n  }\n": types.SearchAllDocument,
    "\n        query SearchMarketExternal {\n          search(query: \"the\", types: [SHOW], market: \"SE\", includeExternal: true) { shows { nodes { spotifyId } } }\n        }\n      ": types.SearchMarketExternalDocument,
    "\n        query SearchEpisodeShows($q: String!) {\n          search(query: $q, types: [EPISODE], first: 10) { episodes { nodes { spotifyId show { name } } } }\n        }\n      ": types.SearchEpisodeShowsDocument,
    "\n        query SearchAudiobookChapters {\n          search(query: \"novel\", types: [AUDIOBOOK], first: 10) {\n            audiobooks { nodes { spotifyId chapters(first: 3) { nodes { spotifyId } } } }\n          }\n        }\n      ": types.SearchAudiobookChaptersDocument,
    "query SelfContradictingSavedIds { me { savedTracks(first: 2) { nodes { id name } } } }": types.SelfContradictingSavedIdsDocument,
    "query SelfContradictingSavedUris { me { savedTracks(first: 2) { nodes { id uri } } } }": types.SelfContradictingSavedUrisDocument,
    "query SelfContradictingLists($album: ID!, $track: ID!) {\n        search(query: \"a\", types: [TRACK], first: 2) { tracks { nodes { id name } } }\n        album(id: $album) { tracks(first: 2) { nodes { id name } } }\n        track(id: $track) { id name }\n      }": types.SelfContradictingListsDocument,
    "mutation SelfContradictingQueue($play: ID!, $deviceId: String) {\n        play(uris: [$play], deviceId: $deviceId) { ok }\n      }": types.SelfContradictingQueueDocument,
    "mutation SelfContradictingAddToQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }": types.SelfContradictingAddToQueueDocument,
    "query SelfContradictingUserLists($id: ID!) {\n        playlist(id: $id) { items(first: 2) { nodes { ... on Track { id } } } }\n        me {\n          topTracks(first: 2) { nodes { id } }\n          recentlyPlayed(first: 2) { nodes { track { id } } }\n          player { queue { items { ... on Track { id } } } }\n        }\n      }": types.SelfContradictingUserListsDocument,
    "query SelfContradictingPlayer { me { player { state {\n  item { __typename ... on Episode { id } ... on Track { id } }\n} } } }": types.SelfContradictingPlayerDocument,
    "query SelfContradictingPlayerUri { me { player { state {\n  item { __typename ... on Episode { id uri } ... on Track { id uri } }\n} } } }": types.SelfContradictingPlayerUriDocument,
    "mutation SelfContradictingPlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok } }": types.SelfContradictingPlayDocument,
    "query SelfContradictingChapters($id: ID!) { audiobook(id: $id) { chapters(first: 2) { nodes { id name } } } }": types.SelfContradictingChaptersDocument,
    "query SelfContradictingLocalFlag { me { savedTracks(first: 1) { nodes {\n      id isLocal album { id } artists { id } localFile { name }\n    } } } }": types.SelfContradictingLocalFlagDocument,
    "query ServerAlbumName($id: ID!) { album(id: $id) { name } }": types.ServerAlbumNameDocument,
    "query ServerTrackNameOverWs($id: ID!) { track(id: $id) { name } }": types.ServerTrackNameOverWsDocument,
    "query RenewalPathAlbum($id: ID!) { album(id: $id) { id name label } }": types.RenewalPathAlbumDocument,
    "query RenewalPathAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }": types.RenewalPathAlbumsDocument,
    "query RenewalPathMeAndAlbum($id: ID!) { me { displayName } album(id: $id) { name } }": types.RenewalPathMeAndAlbumDocument,
    "query RenewalPathArtistPage($id: ID!) { artist(id: $id) { name albums(first: 2) { totalCount nodes { id } } } }": types.RenewalPathArtistPageDocument,
    "query RenewalPathSavedWindows {\n  me {\n    first: savedTracks(first: 2) { totalCount nodes { id } }\n    next: savedTracks(first: 2, offset: 2) { nodes { id } }\n  }\n}": types.RenewalPathSavedWindowsDocument,
    "query RenewalPathSearch { search(query: \"the\", types: [ALBUM]) { albums { totalCount } } }": types.RenewalPathSearchDocument,
    "mutation RenewalPathSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { __typename } }": types.RenewalPathSaveDocument,
    "query RenewalPathMe { me { displayName } }": types.RenewalPathMeDocument,
    "query RenewalPathContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }": types.RenewalPathContainsDocument,
    "\n  query SettledPagesArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      albums(first: 5) { nodes { name } }\n      topTracks { name }\n      relatedArtists { name }\n    }\n  }\n": types.SettledPagesArtistDocument,
    "\n  query SettledPagesWide($id: ID!) { artist(id: $id) { albums(first: 6) { nodes { name } } } }\n": types.SettledPagesWideDocument,
    "\n  query SettledPagesNarrow($id: ID!) { artist(id: $id) { albums(first: 2, offset: 3) { nodes { name } } } }\n": types.SettledPagesNarrowDocument,
    "\n  query SettledPagesWideSearch($q: String!) { search(query: $q, types: [TRACK], first: 10) { tracks { nodes { name } } } }\n": types.SettledPagesWideSearchDocument,
    "\n  query SettledPagesNarrowSearch($q: String!) {\n    search(query: $q, types: [TRACK], first: 3) { tracks { nodes { name } pageInfo { hasNextPage } } }\n  }\n": types.SettledPagesNarrowSearchDocument,
    "\n  query SettledPagesSearchSideBySide($q: String!) {\n    wide: search(query: $q, types: [TRACK], first: 10) { tracks { nodes { name } } }\n    narrow: search(query: $q, types: [TRACK], first: 3) { tracks { nodes { name } pageInfo { hasNextPage } } }\n    counted: search(query: $q, types: [TRACK], first: 5) { tracks { totalCount } }\n  }\n": types.SettledPagesSearchSideBySideDocument,
    "\n  query SharedLoadsTracksArtists($id: ID!) {\n    album(id: $id) {\n      tracks(first: 50) { nodes { artists { spotifyId albums(first: 3) { nodes { name } } } } }\n    }\n  }\n": types.SharedLoadsTracksArtistsDocument,
    "\n        query SharedLoadsSiblingLists($id: ID!) {\n          artist(id: $id) { a: albums(first: 3) { nodes { name } } b: albums(first: 3) { nodes { name } } }\n        }\n      ": types.SharedLoadsSiblingListsDocument,
    "query SharedLoadsTrackIds($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }": types.SharedLoadsTrackIdsDocument,
    "query SharedLoadsConcurrentAlbum($id: ID!) { album(id: $id) { name artists { name popularity } } }": types.SharedLoadsConcurrentAlbumDocument,
    "query SharedPlayerReadAlone { me { player { currentlyPlaying { isPlaying progressMs currentlyPlayingType item { __typename } } } } }": types.SharedPlayerReadAloneDocument,
    "query SharedPlayerReadBesideState { me { player { state { isPlaying } currentlyPlaying { isPlaying progressMs currentlyPlayingType item { __typename } } } } }": types.SharedPlayerReadBesideStateDocument,
    "query ShortSharedReleases($first: Int!, $offset: Int!) {\n  newReleases(first: $first, offset: $offset) { nodes { spotifyId } }\n}": types.ShortSharedReleasesDocument,
    "query ShortSharedAlbumTracks($id: ID!, $first: Int!, $offset: Int!) {\n  album(id: $id) { tracks(first: $first, offset: $offset) { nodes { spotifyId } } }\n}": types.ShortSharedAlbumTracksDocument,
    "query ShortSharedSearch($first: Int!, $offset: Int!) {\n  search(query: \"a\", types: [TRACK], first: $first, offset: $offset) { tracks { nodes { spotifyId } } }\n}": types.ShortSharedSearchDocument,
    "query ShortSharedFeatured($first: Int!, $offset: Int!) {\n  featuredPlaylists(first: $first, offset: $offset) { playlists { nodes { spotifyId } } }\n}": types.ShortSharedFeaturedDocument,
    "query ShortPageSiblingsSaved {\n  me {\n    w0: savedTracks(first: 60, offset: 19) { totalCount nodes { spotifyId } }\n    w1: savedTracks(first: 1, offset: 46) { totalCount nodes { spotifyId } }\n  }\n}": types.ShortPageSiblingsSavedDocument,
    "query ShortPageSiblingsSavedW0 {\n  me { w0: savedTracks(first: 60, offset: 19) { totalCount nodes { spotifyId } } }\n}": types.ShortPageSiblingsSavedW0Document,
    "query ShortPageSiblingsSavedW1 {\n  me { w1: savedTracks(first: 1, offset: 46) { totalCount nodes { spotifyId } } }\n}": types.ShortPageSiblingsSavedW1Document,
    "query ShortPageSiblingsSavedJoined {\n  me {\n    a: savedTracks(first: 3, offset: 20) { nodes { spotifyId } }\n    b: savedTracks(first: 3, offset: 23) { nodes { spotifyId } }\n  }\n}": types.ShortPageSiblingsSavedJoinedDocument,
    "query ShortPageSiblingsSavedA {\n  me { a: savedTracks(first: 3, offset: 20) { nodes { spotifyId } } }\n}": types.ShortPageSiblingsSavedADocument,
    "query ShortPageSiblingsSavedB {\n  me { b: savedTracks(first: 3, offset: 23) { nodes { spotifyId } } }\n}": types.ShortPageSiblingsSavedBDocument,
    "query ShortPageSiblingsAlbum($id: ID!) {\n  album(id: $id) {\n    w0: tracks(offset: 50, first: 30) { nodes { spotifyId } }\n    w1: tracks(offset: 55, first: 1) { nodes { spotifyId } }\n  }\n}": types.ShortPageSiblingsAlbumDocument,
    "query ShortPageSiblingsAlbumW0($id: ID!) {\n  album(id: $id) { w0: tracks(offset: 50, first: 30) { nodes { spotifyId } } }\n}": types.ShortPageSiblingsAlbumW0Document,
    "query ShortPageSiblingsAlbumW1($id: ID!) {\n  album(id: $id) { w1: tracks(offset: 55, first: 1) { nodes { spotifyId } } }\n}": types.ShortPageSiblingsAlbumW1Document,
    "query ShortPageSiblingsShow($id: ID!) {\n  show(id: $id) {\n    w0: episodes(offset: 50, first: 30) { nodes { spotifyId } }\n    w1: episodes(offset: 55, first: 1) { nodes { spotifyId } }\n  }\n}": types.ShortPageSiblingsShowDocument,
    "query ShortPageSiblingsShowW0($id: ID!) {\n  show(id: $id) { w0: episodes(offset: 50, first: 30) { nodes { spotifyId } } }\n}": types.ShortPageSiblingsShowW0Document,
    "query ShortPageSiblingsShowW1($id: ID!) {\n  show(id: $id) { w1: episodes(offset: 55, first: 1) { nodes { spotifyId } } }\n}": types.ShortPageSiblingsShowW1Document,
    "query ShortPageSiblingsSavedBefore {\n  me {\n    w0: savedTracks(first: 50) { nodes { spotifyId } }\n    w1: savedTracks(first: 10, offset: 50) { nodes { spotifyId } }\n  }\n}": types.ShortPageSiblingsSavedBeforeDocument,
    "query SiblingCountAlbum($id: ID!, $offset: Int!) {\n  album(id: $id) { a: tracks(offset: $offset, first: 5) { nodes { __typename } } b: tracks { totalCount } }\n}": types.SiblingCountAlbumDocument,
    "query SiblingCountShow($id: ID!, $offset: Int!) {\n  show(id: $id) { a: episodes(offset: $offset, first: 5) { nodes { __typename } } b: episodes { totalCount } }\n}": types.SiblingCountShowDocument,
    "query SiblingCountAudiobook($id: ID!, $offset: Int!) {\n  audiobook(id: $id) { a: chapters(offset: $offset, first: 5) { nodes { __typename } } b: chapters { totalCount } }\n}": types.SiblingCountAudiobookDocument,
    "query SiblingCountPlaylist($id: ID!, $offset: Int!) {\n  playlist(id: $id) { a: items(offset: $offset, first: 5) { nodes { __typename } } b: items { totalCount } }\n}": types.SiblingCountPlaylistDocument,
    "query SiblingWindowsPastTotal($id: ID!) {\n  playlist(id: $id) {\n    a: items(first: 100) { totalCount nodes { __typename } }\n    b: items(offset: 100, first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename } }\n  }\n}": types.SiblingWindowsPastTotalDocument,
    "query SiblingAlbumWindowsPastTotal($id: ID!) {\n  album(id: $id) {\n    a: tracks(first: 100) { totalCount nodes { __typename } }\n    b: tracks(offset: 100, first: 50) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename } }\n  }\n}": types.SiblingAlbumWindowsPastTotalDocument,
    "query SiblingWindowsAcross100($id: ID!) {\n  playlist(id: $id) {\n    a: items(first: 150) { nodes { __typename } }\n    b: items(offset: 100, first: 100) { nodes { __typename } }\n  }\n}": types.SiblingWindowsAcross100Document,
    "\n  query SiblingWindowsAlbums($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { spotifyId } pageInfo { hasNextPage } }\n      b: albums(offset: 3, first: 3) { nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage } }\n    }\n  }\n": types.SiblingWindowsAlbumsDocument,
    "\n  query SiblingWindowsAlbumsFirstAlone($id: ID!) {\n    artist(id: $id) { albums(first: 3) { nodes { spotifyId } } }\n  }\n": types.SiblingWindowsAlbumsFirstAloneDocument,
    "\n  query SiblingWindowsFarApart($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 2) { nodes { spotifyId } }\n      b: albums(offset: 60, first: 2) { nodes { spotifyId } }\n    }\n  }\n": types.SiblingWindowsFarApartDocument,
    "\n  query SiblingWindowsTracks($id: ID!) {\n    album(id: $id) {\n      a: tracks(offset: 50, first: 5) { nodes { spotifyId } }\n      b: tracks(offset: 55, first: 5) { nodes { spotifyId } }\n    }\n  }\n": types.SiblingWindowsTracksDocument,
    "\n  query SiblingWindowsNewReleases {\n    a: newReleases(first: 3) { nodes { spotifyId } }\n    b: newReleases(offset: 2, first: 2) { nodes { spotifyId } }\n  }\n": types.SiblingWindowsNewReleasesDocument,
    "\n  query SiblingWindowsFollowedHead {\n    me { followedArtists(first: 2) { nodes { spotifyId } pageInfo { endCursor } } }\n  }\n": types.SiblingWindowsFollowedHeadDocument,
    "\n  query SiblingWindowsFollowed($after: String!) {\n    me {\n      a: followedArtists(first: 5) { nodes { spotifyId } }\n      b: followedArtists(first: 2, after: $after) { nodes { spotifyId } pageInfo { hasNextPage endCursor } }\n      c: followedArtists(first: 3, after: $after) { nodes { spotifyId } }\n    }\n  }\n": types.SiblingWindowsFollowedDocument,
    "\n  query SiblingWindowsFollowedAdjacent($after: String!) {\n    me {\n      a: followedArtists(first: 2) { nodes { spotifyId } }\n      b: followedArtists(first: 3, after: $after) { nodes { spotifyId } pageInfo { hasNextPage } }\n    }\n  }\n": types.SiblingWindowsFollowedAdjacentDocument,
    "\n  query SiblingWindowsPlayedHead {\n    me { recentlyPlayed(first: 2) { nodes { playedAt } pageInfo { endCursor } } }\n  }\n": types.SiblingWindowsPlayedHeadDocument,
    "\n  query SiblingWindowsPlayed($after: String!) {\n    me {\n      a: recentlyPlayed(first: 10) { nodes { playedAt track { spotifyId } } }\n      b: recentlyPlayed(first: 3, after: $after) { nodes { playedAt track { spotifyId } } pageInfo { hasNextPage } }\n    }\n  }\n": types.SiblingWindowsPlayedDocument,
    "\n  query SiblingWindowsSaved {\n    me {\n      a: savedTracks(first: 5) { nodes { spotifyId } }\n      b: savedTracks(first: 5, offset: 3) { nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage } }\n      c: savedAlbums(first: 2) { nodes { spotifyId } }\n      d: savedAlbums(first: 2, offset: 2) { nodes { spotifyId } }\n    }\n  }\n": types.SiblingWindowsSavedDocument,
    "\n  query SiblingWindowsSavedAlone {\n    me { savedTracks(first: 8) { nodes { spotifyId } } savedAlbums(first: 4) { nodes { spotifyId } } }\n  }\n": types.SiblingWindowsSavedAloneDocument,
    "\n  query SiblingWindowsTop {\n    me {\n      a: topArtists(first: 3) { nodes { spotifyId } }\n      b: topArtists(first: 3, offset: 3) { nodes { spotifyId } }\n      c: topTracks(first: 4, timeRange: SHORT_TERM) { nodes { spotifyId } }\n      d: topTracks(first: 3, offset: 3, timeRange: SHORT_TERM) { nodes { spotifyId } }\n    }\n  }\n": types.SiblingWindowsTopDocument,
    "\n  query SiblingWindowsTopAlone {\n    me {\n      topArtists(first: 6) { nodes { spotifyId } }\n      topTracks(first: 6, timeRange: SHORT_TERM) { nodes { spotifyId } }\n    }\n  }\n": types.SiblingWindowsTopAloneDocument,
    "query SingleIdentityPlaylist($id: ID!) { playlist(id: $id) { id name } }": types.SingleIdentityPlaylistDocument,
    "query SingleIdentityUser($id: ID!) { user(id: $id) { id displayName } }": types.SingleIdentityUserDocument,
    "query SingleIdentityCategory($id: ID!) { category(id: $id) { id name } }": types.SingleIdentityCategoryDocument,
    "query SingleIdentityShow($id: ID!) {\n  show(id: $id) { id name episodes(first: 1) { totalCount } }\n}": types.SingleIdentityShowDocument,
    "query SingleIdentityNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { id ... on Playlist { name } ... on User { displayName } }\n}": types.SingleIdentityNodesDocument,
    "query SpotifyAnswersAlbumName($id: ID!) { album(id: $id) { name } }": types.SpotifyAnswersAlbumNameDocument,
    "mutation SpotifyAnswersPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }": types.SpotifyAnswersPlayDocument,
    "mutation SpotifyAnswersPause { pause { ok } }": types.SpotifyAnswersPauseDocument,
    "mutation SpotifyAnswersSkipToNext { skipToNext { ok } }": types.SpotifyAnswersSkipToNextDocument,
    "query SpotifyAnswersSearch { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } }": types.SpotifyAnswersSearchDocument,
    "query SpotifyAnswersEmptyBodies($id: ID!) { __typename markets playlist(id: $id) { name } me { player { devices { name } } } }": types.SpotifyAnswersEmptyBodiesDocument,
    "query SpotifyAnswersIdlePlayer { me { player { state { isPlaying } currentlyPlaying { progressMs } } } }": types.SpotifyAnswersIdlePlayerDocument,
    "query SpotifyAnswersPlayer204 { me { player { state { isPlaying } currentlyPlaying { progressMs } } } }": types.SpotifyAnswersPlayer204Document,
    "mutation SpotifyAnswersReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }": types.SpotifyAnswersReorderDocument,
    "query SpotifyAnswersMe { me { savedTracks(first: 5) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } }": types.SpotifyAnswersMeDocument,
    "query SpotifyAnswersSearch2 { search(query: \"a\", types: [TRACK], offset: 990, first: 10) { tracks { totalCount nodes { name } pageInfo { hasNextPage } } } }": types.SpotifyAnswersSearch2Document,
    "query SpotifyAnswersMe2 { me { followedArtists(first: 5) { nodes { name } pageInfo { hasNextPage } } } }": types.SpotifyAnswersMe2Document,
    "query SpotifyAnswersMe3 { me { displayName } }": types.SpotifyAnswersMe3Document,
    "query SpotifyAnswersMe4 { me { savedEpisodes(first: 1) { totalCount } } }": types.SpotifyAnswersMe4Document,
    "query SpotifyAnswersAlbumInMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }": types.SpotifyAnswersAlbumInMarketDocument,
    "query SpotifyAnswersAlbums($ids: [ID!]!) { albums(ids: $ids) { tracks(first: 500) { nodes { name } } } }": types.SpotifyAnswersAlbumsDocument,
    "mutation SpotifyAnswersUnselected($playlistId: ID!, $cover: String!) {\n        updatePlaylist(playlistId: $playlistId, name: \"Renamed\") { __typename }\n        uploadPlaylistCover(playlistId: $playlistId, imageBase64: $cover) { __typename }\n      }": types.SpotifyAnswersUnselectedDocument,
    "mutation SpotifyAnswersSelected($playlistId: ID!) { updatePlaylist(playlistId: $playlistId, name: \"Again\") { playlist { name } } }": types.SpotifyAnswersSelectedDocument,
    "query IdentitySearch($types: [SearchType!]!) {\n  search(query: \"a\", types: $types, first: 3) {\n    albums { nodes { id uri name } } artists { nodes { id uri name } } tracks { nodes { id uri name } }\n    shows { nodes { id uri name } } episodes { nodes { id uri name } } audiobooks { nodes { id uri name } }\n    playlists { nodes { id uri name } } } }": types.IdentitySearchDocument,
    "query IdentitySearchNames {\n  search(query: \"a\", types: [ALBUM], first: 3) { albums { nodes { name } } } }": types.IdentitySearchNamesDocument,
    "query IdentityOwner($id: ID!) { playlist(id: $id) { name owner { id } } }": types.IdentityOwnerDocument,
    "query IdentityCachedTracks($ids: [ID!]!) { tracks(ids: $ids) { id name } }": types.IdentityCachedTracksDocument,
    "query StrictAlbum($id: ID!) { album(id: $id) { name popularity totalTracks releaseDate externalUrl images { url width height } tracks(first: 2) { totalCount nodes { name durationMs explicit trackNumber discNumber } } } }": types.StrictAlbumDocument,
    "query StrictEpisode($id: ID!) { episode(id: $id) { name durationMs explicit resumePoint { fullyPlayed resumePositionMs } } }": types.StrictEpisodeDocument,
    "query StrictArtist($id: ID!) { artist(id: $id) { name popularity followerCount } }": types.StrictArtistDocument,
    "query StrictPlaylist($id: ID!) { playlist(id: $id) { name public collaborative followerCount } }": types.StrictPlaylistDocument,
    "query StrictDevices { me { player { devices { name volumePercent } } } }": types.StrictDevicesDocument,
    "query StringArgPlaylistsAfter($v: String) { me { playlists(first: 1, after: $v) { totalCount } } }": types.StringArgPlaylistsAfterDocument,
    "query StringArgFollowedAfter($v: String) { me { followedArtists(first: 1, after: $v) { totalCount } } }": types.StringArgFollowedAfterDocument,
    "query StringArgPlayedAfter($v: String) { me { recentlyPlayed(first: 1, after: $v) { nodes { playedAt } } } }": types.StringArgPlayedAfterDocument,
    "query StringArgSearchAfter($v: String) { search(query: \"a\", types: [TRACK], after: $v) { tracks { totalCount } } }": types.StringArgSearchAfterDocument,
    "query StringArgMarket($v: String) { album(id: \"4aawyAB9vmqN3uQ7FjRGTy\", market: $v) { id } }": types.StringArgMarketDocument,
    "query StringArgLocale($v: String) { categories(locale: $v) { totalCount } }": types.StringArgLocaleDocument,
    "query StringArgFeaturedLocale($v: String) { featuredPlaylists(locale: $v) { message } }": types.StringArgFeaturedLocaleDocument,
    "mutation StringArgDevice($v: String) { pause(deviceId: $v) { ok } }": types.StringArgDeviceDocument,
    "mutation StringArgTransfer($v: String!) { transferPlayback(deviceId: $v) { ok } }": types.StringArgTransferDocument,
    "query StringArgQuery($v: String!) { search(query: $v, types: [TRACK]) { tracks { totalCount } } }": types.StringArgQueryDocument,
    "mutation StringArgCreateName($v: String!) { createPlaylist(name: $v) { playlist { id } } }": types.StringArgCreateNameDocument,
    "mutation StringArgCreateDescription($v: String) { createPlaylist(name: \"n\", description: $v) { playlist { id } } }": types.StringArgCreateDescriptionDocument,
    "mutation StringArgUpdateName($v: String) { updatePlaylist(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", name: $v) { playlist { id } } }": types.StringArgUpdateNameDocument,
    "mutation StringArgUpdateDescription($v: String) { updatePlaylist(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", description: $v) { playlist { id } } }": types.StringArgUpdateDescriptionDocument,
    "mutation StringArgRemoveSnapshot($v: String) { removePlaylistItems(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", uris: [\"spotify:track:4uLU6hMCjMI75M1A2tKUQC\"], snapshotId: $v) { snapshotId } }": types.StringArgRemoveSnapshotDocument,
    "mutation StringArgReorderSnapshot($v: String) { reorderPlaylistItems(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", rangeStart: 0, insertBefore: 1, snapshotId: $v) { snapshotId } }": types.StringArgReorderSnapshotDocument,
    "mutation StringArgCover($v: String!) { uploadPlaylistCover(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", imageBase64: $v) { playlist { id } } }": types.StringArgCoverDocument,
    "query StringArgGenre($v: String!) { recommendations(seedGenres: [$v]) { tracks { id } } }": types.StringArgGenreDocument,
    "query StringArgUser($v: ID!) { user(id: $v) { id } }": types.StringArgUserDocument,
    "query StringArgNode($v: ID!) { node(id: $v) { id } }": types.StringArgNodeDocument,
    "subscription SubscriptionRenewalPlayback { playbackState { isPlaying } }": types.SubscriptionRenewalPlaybackDocument,
    "query TextErrorBodiesSaved { me { savedTracks(first: 1) { totalCount } } }": types.TextErrorBodiesSavedDocument,
    "mutation TextErrorBodiesSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }": types.TextErrorBodiesSaveDocument,
    "mutation TextErrorBodiesPause { pause { ok } }": types.TextErrorBodiesPauseDocument,
    "query TrackShapedEpisodeItems($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { node { __typename ... on Episode { id name } ... on Track { id album { id } } } }\n      nodes { __typename ... on Episode { id } ... on Track { id } }\n    }\n  }\n}": types.TrackShapedEpisodeItemsDocument,
    "query TrackShapedEpisodeItemsUri($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { node { __typename ... on Episode { id uri name } ... on Track { id uri } } }\n    }\n  }\n}": types.TrackShapedEpisodeItemsUriDocument,
    "mutation TrackShapedEpisodePlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok } }": types.TrackShapedEpisodePlayDocument,
    "query TrackShapedEpisodePlayer { me { player {\n        state { item { __typename ... on Episode { id } ... on Track { id album { id } } } }\n        queue { currentlyPlaying { __typename ... on Episode { id } ... on Track { id } } }\n      } } }": types.TrackShapedEpisodePlayerDocument,
    "query UnicodeSearch($q: String!) {\n  search(query: $q, types: [ARTIST, ALBUM, TRACK, SHOW], first: 1) {\n    artists { edges { cursor node { name } } }\n    albums { nodes { name } }\n    tracks { nodes { name } }\n    shows { nodes { name } }\n  }\n}": types.UnicodeSearchDocument,
    "query UnicodeSearchAfter($q: String!, $after: String!) {\n  search(query: $q, types: [ARTIST], first: 1, after: $after) { artists { nodes { name } } }\n}": types.UnicodeSearchAfterDocument,
    "query UnicodePlaylist($id: ID!) { playlist(id: $id) { name } }": types.UnicodePlaylistDocument,
    "query UnknownIdOnlyTrack($id: ID!) { track(id: $id) { id audioAnalysis { __typename } } }": types.UnknownIdOnlyTrackDocument,
    "query UnknownIdOnlyArtistsTop($ids: [ID!]!) { artists(ids: $ids) { id topTracks { id } } }": types.UnknownIdOnlyArtistsTopDocument,
    "query UnknownIdOnlyTracks($ids: [ID!]!) { tracks(ids: $ids) { id audioFeatures { tempo } } }": types.UnknownIdOnlyTracksDocument,
    "query UnknownIdOnlyNode($id: ID!) { node(id: $id) { id ... on Track { audioFeatures { tempo } } } }": types.UnknownIdOnlyNodeDocument,
    "query UnknownIdOnlyArtistAlbums($id: ID!) { artist(id: $id) { id albums(first: 1) { totalCount } } }": types.UnknownIdOnlyArtistAlbumsDocument,
    "query UnknownIdOnlyArtistTop($id: ID!) { artist(id: $id) { id topTracks { id } } }": types.UnknownIdOnlyArtistTopDocument,
    "query UnknownIdOnlyAlbum($id: ID!) { album(id: $id) { id tracks(offset: 50, first: 2) { totalCount } } }": types.UnknownIdOnlyAlbumDocument,
    "query UnknownIdOnlyShow($id: ID!) { show(id: $id) { id episodes(offset: 50, first: 2) { totalCount } } }": types.UnknownIdOnlyShowDocument,
    "query UnknownIdOnlyPlaylist($id: ID!) { playlist(id: $id) { id items(offset: 100, first: 2) { totalCount } } }": types.UnknownIdOnlyPlaylistDocument,
    "query UnknownIdOnlyUser($id: ID!) { user(id: $id) { id playlists(first: 1) { totalCount } } }": types.UnknownIdOnlyUserDocument,
    "query UnknownIdOnlyCategory($id: ID!) { category(id: $id) { id playlists(first: 1) { totalCount } } }": types.UnknownIdOnlyCategoryDocument,
    "query UnknownIdOnlyTracksAnalysis($ids: [ID!]!) { tracks(ids: $ids) { id audioAnalysis { __typename } } }": types.UnknownIdOnlyTracksAnalysisDocument,
    "query UnknownIdOnlyArtistRelated($id: ID!) { artist(id: $id) { id relatedArtists { id } } }": types.UnknownIdOnlyArtistRelatedDocument,
    "query UnknownIdOnlyArtistsRelated($ids: [ID!]!) { artists(ids: $ids) { id relatedArtists { id } } }": types.UnknownIdOnlyArtistsRelatedDocument,
    "query UnknownIdOnlyArtistsAlbums($ids: [ID!]!) { artists(ids: $ids) { id albums(first: 1) { totalCount } } }": types.UnknownIdOnlyArtistsAlbumsDocument,
    "query UnknownIdOnlyTrackIdAlone($id: ID!) { track(id: $id) { id } }": types.UnknownIdOnlyTrackIdAloneDocument,
    "query UnknownIdOnlyArtistsIdAlone($ids: [ID!]!) { artists(ids: $ids) { id } }": types.UnknownIdOnlyArtistsIdAloneDocument,
    "query UnknownIdOnlyUserIdAlone($id: ID!) { user(id: $id) { id } }": types.UnknownIdOnlyUserIdAloneDocument,
    "query UnknownIdOnlyCategoryIdAlone($id: ID!) { category(id: $id) { id } }": types.UnknownIdOnlyCategoryIdAloneDocument,
    "query UnmodelledItemsPlaylist($id: ID!) { playlist(id: $id) { name items(first: 5) {\n          edges { node { __typename ... on Track { id name } ... on Episode { id } } }\n          nodes { __typename } } } }": types.UnmodelledItemsPlaylistDocument,
    "query UnmodelledItemsEpisodeShow($id: ID!) { playlist(id: $id) { items(first: 3, offset: 2) {\n          edges { node { ... on Episode { id name show { id name } } } } } } }": types.UnmodelledItemsEpisodeShowDocument,
    "query UnmodelledItemsQueue { me { player { queue { currentlyPlaying { __typename } items { __typename ... on Track { id } } } } } }": types.UnmodelledItemsQueueDocument,
    "query UnmodelledItemsSavedAlbums { me { savedAlbums(first: 2) { nodes { name } } } }": types.UnmodelledItemsSavedAlbumsDocument,
    "query UnmodelledItemsSavedTrackAlbum { me { savedTracks(first: 1) { nodes { name album { id label } } } } }": types.UnmodelledItemsSavedTrackAlbumDocument,
    "\n  query UserReadsSameCheckTwice($uris: [ID!]!, $artists: [ID!]!) {\n    a: me { x: libraryContains(uris: $uris) followsArtists(ids: $artists) }\n    b: me { y: libraryContains(uris: $uris) z: followsArtists(ids: $artists) }\n  }\n": types.UserReadsSameCheckTwiceDocument,
    "\n  query UserReadsChecksOfOneKind($one: [ID!]!, $two: [ID!]!, $artists: [ID!]!, $user: ID!) {\n    me {\n      a: libraryContains(uris: $one)\n      b: libraryContains(uris: $two)\n      followsArtists(ids: $artists)\n      followsUsers(ids: [$user])\n    }\n  }\n": types.UserReadsChecksOfOneKindDocument,
    "\n  query UserReadsFollowsPlaylist($id: ID!) { me { a: followsPlaylist(id: $id) b: followsPlaylist(id: $id) } }\n": types.UserReadsFollowsPlaylistDocument,
    "\n  query UserReadsPlayerTwice {\n    a: me { player { devices { name } queue { items { __typename } } c: currentlyPlaying { isPlaying } } }\n    b: me { player { devices { id } queue { currentlyPlaying { __typename } } d: currentlyPlaying { progressMs } } }\n  }\n": types.UserReadsPlayerTwiceDocument,
    "\n  query UserReadsStateAndPlaying {\n    me { player { state { isPlaying } currentlyPlaying { isPlaying progressMs currentlyPlayingType item { ... on Track { id } ... on Episode { id } } } } }\n  }\n": types.UserReadsStateAndPlayingDocument,
    "\n  query UserReadsPlayingAlone {\n    me { player { currentlyPlaying { isPlaying currentlyPlayingType item { ... on Track { id } ... on Episode { id } } } } }\n  }\n": types.UserReadsPlayingAloneDocument,
    "\n  query UserReadsStateAndPlayingUnderTwoMe {\n    a: me { player { state { isPlaying item { ... on Track { id } } } } }\n    b: me { displayName player { currentlyPlaying { isPlaying item { ... on Track { id } } } } }\n  }\n": types.UserReadsStateAndPlayingUnderTwoMeDocument,
    "fragment UserReadsPlayerState on Me { x: player { state { isPlaying } } }": types.UserReadsPlayerStateFragmentDoc,
    "fragment UserReadsPlayerPlaying on Me { y: player { currentlyPlaying { isPlaying } } }": types.UserReadsPlayerPlayingFragmentDoc,
    "\n  query UserReadsStateAndPlayingInFragments { me { ...UserReadsPlayerState ...UserReadsPlayerPlaying } }\n": types.UserReadsStateAndPlayingInFragmentsDocument,
    "\n  query UserReadsStateAndPlayingInTwoMarkets {\n    a: me { player { state(market: \"SE\") { isPlaying } } }\n    b: me { player { currentlyPlaying(market: \"DE\") { isPlaying } } }\n  }\n": types.UserReadsStateAndPlayingInTwoMarketsDocument,
    "\n  query UserReadsProfilePlayerChecks($uris: [ID!]!, $artists: [ID!]!, $playlist: ID!) {\n    me {\n      displayName\n      player { devices { name } state { isPlaying } }\n      libraryContains(uris: $uris)\n      followsArtists(ids: $artists)\n      followsUsers(ids: [\"bob\"])\n      followsPlaylist(id: $playlist)\n    }\n  }\n": types.UserReadsProfilePlayerChecksDocument,
    "query UserReadsWarm { markets }": types.UserReadsWarmDocument,
    "query VariableEscapesEnum($v: [SearchType!]!) {\n  search(query: \"a\", types: $v) { tracks { totalCount } }\n}": types.VariableEscapesEnumDocument,
    "query VariableEscapesInt($v: Int) { newReleases(first: $v) { totalCount } }": types.VariableEscapesIntDocument,
    "query WavesWarmUp { markets }": types.WavesWarmUpDocument,
    "query WavesArtistBeside($id: ID!) {\n        artist(id: $id) { name albums(first: 3) { nodes { name } } topTracks(market: \"SE\") { name } }\n      }": types.WavesArtistBesideDocument,
    "query WavesAlbumLabels($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { label } } } }": types.WavesAlbumLabelsDocument,
    "query WavesAlbumTracksInMarket($id: ID!) { album(id: $id) { name tracks(first: 5, market: \"SE\") { nodes { name } } } }": types.WavesAlbumTracksInMarketDocument,
    "query WavesUnknownArtist($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { name } } } }": types.WavesUnknownArtistDocument,
    "query WavesSkipInclude($id: ID!, $no: Boolean!) {\n        artist(id: $id) {\n          name\n          albums(first: 3) @skip(if: true) { nodes { name } }\n          topTracks @include(if: $no) { name }\n        }\n      }": types.WavesSkipIncludeDocument,
    "query WavesFragment($id: ID!) { artist(id: $id) { ...WavesArtistAlbums } }\n       fragment WavesArtistAlbums on Artist { name albums(first: 2) { nodes { name } } }": types.WavesFragmentDocument,
    "query WavesMyPlaylists { me { displayName playlists(first: 5) { nodes { name } } } }": types.WavesMyPlaylistsDocument,
    "query WavesTwoFirsts($id: ID!) {\n        artist(id: $id) {\n          a: albums(first: 3) { nodes { name } pageInfo { hasNextPage } }\n          b: albums(first: 5) { nodes { name } pageInfo { hasNextPage } }\n        }\n      }": types.WavesTwoFirstsDocument,
    "query WavesSmallerPageLater($id: ID!) {\n        artist(id: $id) {\n          albums(first: 5) { nodes { name artists { spotifyId albums(first: 2) { nodes { name } } } } }\n        }\n      }": types.WavesSmallerPageLaterDocument,
    "query WithheldSearch {\n  search(query: \"a\", types: [EPISODE, SHOW, AUDIOBOOK], first: 3) {\n    episodes { totalCount edges { cursor node { name } } }\n    shows { totalCount nodes { name } }\n    audiobooks { nodes { name } }\n  }\n}": types.WithheldSearchDocument,
    "query WithheldShowEpisodes($id: ID!) {\n  show(id: $id) { episodes(first: 54) { totalCount edges { cursor node { spotifyId } } } }\n}": types.WithheldShowEpisodesDocument,
    "query WithheldShowEpisodesAfter($id: ID!, $after: String!) {\n  show(id: $id) { episodes(first: 2, after: $after) { edges { node { spotifyId } } } }\n}": types.WithheldShowEpisodesAfterDocument,
    "query WithheldSearchPlaylists {\n  search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) {\n    playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } }\n    tracks { nodes { name } }\n  }\n}": types.WithheldSearchPlaylistsDocument,
    "query WithheldSearchPlaylistsAfter($after: String!) {\n  search(query: \"a\", types: [PLAYLIST], first: 2, after: $after) { playlists { nodes { name } } }\n}": types.WithheldSearchPlaylistsAfterDocument,
    "query WithheldSeveralEpisodes($ids: [ID!]!) {\n  episodes(ids: $ids) { spotifyId }\n}": types.WithheldSeveralEpisodesDocument,
    "mutation WriteUnreadableCreate($name: String!) { createPlaylist(name: $name) { playlist { id name } } }": types.WriteUnreadableCreateDocument,
    "mutation WriteUnreadableAdd($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }": types.WriteUnreadableAddDocument,
    "mutation WriteUnreadableReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }": types.WriteUnreadableReorderDocument,
    "mutation WriteUnreadableRemove($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }": types.WriteUnreadableRemoveDocument,
    "query WrongShapeSaved { me { savedTracks(first: 3) { totalCount } } }": types.WrongShapeSavedDocument,
    "query WrongShapeDevices { me { player { devices { id } } } }": types.WrongShapeDevicesDocument,
    "query WrongShapeFollowed { me { followedArtists(first: 3) { totalCount } } }": types.WrongShapeFollowedDocument,
    "query WrongShapeRecent { me { recentlyPlayed(first: 3) { edges { cursor } } } }": types.WrongShapeRecentDocument,
    "query WrongShapeQueue { me { player { queue { items { __typename } } } } }": types.WrongShapeQueueDocument,
    "query WrongShapedAnswersState { me { displayName player { state { isPlaying } } } }": types.WrongShapedAnswersStateDocument,
    "query WrongShapedAnswersDevices { me { displayName player { devices { name } } } }": types.WrongShapedAnswersDevicesDocument,
    "query WrongShapedAnswersQueue { me { displayName player { queue { items { __typename } } } } }": types.WrongShapedAnswersQueueDocument,
    "query WrongShapedAnswersSearch { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } }": types.WrongShapedAnswersSearchDocument,
    "query WrongShapedAnswersContains($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }": types.WrongShapedAnswersContainsDocument,
    "query WrongShapedAnswersPlaylist($id: ID!) { playlist(id: $id) { name } }": types.WrongShapedAnswersPlaylistDocument,
    "query WrongShapedAnswersUser { user(id: \"bob\") { displayName } }": types.WrongShapedAnswersUserDocument,
    "mutation WrongShapedAnswersAddItems($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }": types.WrongShapedAnswersAddItemsDocument,
    "mutation WrongShapedAnswersCreatePlaylist { createPlaylist(name: \"shape\") { playlist { id } } }": types.WrongShapedAnswersCreatePlaylistDocument,
    "query WrongFieldsDevices { me { displayName player { devices { name type } } } }": types.WrongFieldsDevicesDocument,
    "query WrongFieldsState { me { player { state { isPlaying progressMs device { name } } } } }": types.WrongFieldsStateDocument,
    "query WrongFieldsDeviceIds { me { player { devices { id } } } }": types.WrongFieldsDeviceIdsDocument,
    "mutation WrongFieldsPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }": types.WrongFieldsPlayDocument,
    "query WrongFieldsAlbum($id: ID!) { album(id: $id) { name releaseDate releaseDatePrecision totalTracks albumType } }": types.WrongFieldsAlbumDocument,
    "query WrongFieldsLocalDuration($id: ID!, $offset: Int) { playlist(id: $id) { items(first: 2, offset: $offset) { edges { isLocal node { ... on Track { name durationMs localFile { durationMs } } } } } } }": types.WrongFieldsLocalDurationDocument,
    "query WrongFieldsTrackArtists($id: ID!) { album(id: $id) { tracks(first: 1) { nodes { name artists { name } } } } }": types.WrongFieldsTrackArtistsDocument,
    "query SharedCatalogWarmToken { markets }": types.SharedCatalogWarmTokenDocument,
    "query ShortPagePlaylistItems($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    playlist(id: $id) { list: items(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ... on Node { id } } }\n    } }\n  }": types.ShortPagePlaylistItemsDocument,
    "query ShortPageAlbumTracks($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    album(id: $id) { list: tracks(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }": types.ShortPageAlbumTracksDocument,
    "query ShortPageSavedTracks($offset: Int, $first: Int!, $after: String) {\n    me { list: savedTracks(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }": types.ShortPageSavedTracksDocument,
    "query ShortPageShowEpisodes($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    show(id: $id) { list: episodes(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }": types.ShortPageShowEpisodesDocument,
    "query ShortPageArtistAlbums($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    artist(id: $id) { list: albums(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }": types.ShortPageArtistAlbumsDocument,
    "query ShortPageChapters($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    audiobook(id: $id) { list: chapters(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }": types.ShortPageChaptersDocument,
    "query ShortPageSearchPlaylists($q: String!, $offset: Int, $first: Int!, $after: String) {\n    search(query: $q, types: [PLAYLIST], offset: $offset, first: $first, after: $after) {\n      list: playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }\n    }\n  }": types.ShortPageSearchPlaylistsDocument,
    "\n  query WindowsAlbumsAlone($id: ID!) {\n    artist(id: $id) { albums(first: 6) { nodes { spotifyId } } }\n  }\n": types.WindowsAlbumsAloneDocument,
    "\n  query WindowsSearches {\n    a: search(query: \"e\", types: [TRACK], first: 3) { tracks { nodes { spotifyId } } }\n    b: search(query: \"e\", types: [TRACK], offset: 3, first: 3) { tracks { nodes { spotifyId } } }\n  }\n": types.WindowsSearchesDocument,
    "\n  query WindowsSearchAlone {\n    search(query: \"e\", types: [TRACK], first: 6) { tracks { nodes { spotifyId } } }\n  }\n": types.WindowsSearchAloneDocument,
    "\n  mutation ReadmeNewPlaylist($uris: [ID!]!) {\n    createPlaylist(name: \"Road trip\", public: false) { playlist { id } }\n    saveToLibrary(uris: $uris) { uris me { libraryContains(uris: $uris) } }\n  }\n": types.ReadmeNewPlaylistDocument,
    "query ReadmeDevices { me { player { devices { id } } } }": types.ReadmeDevicesDocument,
    "\n  mutation ReadmePlay($contextUri: ID!, $deviceId: String!) { play(contextUri: $contextUri, deviceId: $deviceId) { ok } }\n": types.ReadmePlayDocument,
    "mutation ReadmeSkip { skipToNext { ok } }": types.ReadmeSkipDocument,
    "query AppScopeAlbum($id: ID!) { album(id: $id) { name } }": types.AppScopeAlbumDocument,
    "query AppScopeArtist($id: ID!) { artist(id: $id) { name } }": types.AppScopeArtistDocument,
    "query CatalogEntriesAlbum($id: ID!) { album(id: $id) { name albumType } }": types.CatalogEntriesAlbumDocument,
    "\n  query CorruptSessionMe {\n    me {\n      spotifyId\n    }\n  }\n": types.CorruptSessionMeDocument,
    "\n  subscription EndedCredentialsState {\n    playbackState {\n      isPlaying\n    }\n  }\n": types.EndedCredentialsStateDocument,
    "query HungRedisMe { me { spotifyId } }": types.HungRedisMeDocument,
    "subscription HungRedisPlayback { playbackState { isPlaying device { volumePercent } } }": types.HungRedisPlaybackDocument,
    "query HungRedisAlbum($id: ID!) { album(id: $id) { name } }": types.HungRedisAlbumDocument,
    "query HungRedisArtist($id: ID!) { artist(id: $id) { name } }": types.HungRedisArtistDocument,
    "query InstancesTypename { __typename }": types.InstancesTypenameDocument,
    "query InstancesAlbum($id: ID!) { album(id: $id) { name label } }": types.InstancesAlbumDocument,
    "query InstancesAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }": types.InstancesAlbumsDocument,
    "query InstancesArtist($id: ID!) { artist(id: $id) { name } }": types.InstancesArtistDocument,
    "\n  query PauseBoundsArtist($id: ID!) {\n    artist(id: $id) {\n      name\n    }\n  }\n": types.PauseBoundsArtistDocument,
    "subscription PollerMetricsPlaybackState { playbackState { isPlaying } }": types.PollerMetricsPlaybackStateDocument,
    "\n  query ProcessPauseArtist($id: ID!) {\n    artist(id: $id) {\n      name\n    }\n  }\n": types.ProcessPauseArtistDocument,
    "query ProcessSessionsMe { me { spotifyId } }": types.ProcessSessionsMeDocument,
    "subscription RedisProcessesPlaybackState { playbackState { isPlaying shuffleState device { volumePercent } } }": types.RedisProcessesPlaybackStateDocument,
    "query RenewalOutageMe { me { spotifyId } }": types.RenewalOutageMeDocument,
    "query RenewalOutageProfile { me { displayName } }": types.RenewalOutageProfileDocument,
    "\n  subscription ReplaysState {\n    playbackState {\n      isPlaying\n      device {\n        volumePercent\n      }\n    }\n  }\n": types.ReplaysStateDocument,
    "\n  mutation ReplaysSetVolume($volumePercent: Int!) {\n    setVolume(volumePercent: $volumePercent) {\n      ok\n    }\n  }\n": types.ReplaysSetVolumeDocument,
    "query RedisSessionsMe { me { spotifyId } }": types.RedisSessionsMeDocument,
    "\n  subscription SignedMessagesState {\n    playbackState {\n      isPlaying\n      device {\n        name\n        volumePercent\n      }\n    }\n  }\n": types.SignedMessagesStateDocument,
    "\n  subscription StaleLeasePlayback {\n    playbackState {\n      isPlaying\n    }\n  }\n": types.StaleLeasePlaybackDocument,
    "\n  subscription WaitingSubscriberPlayback {\n    playbackState {\n      isPlaying\n    }\n  }\n": types.WaitingSubscriberPlaybackDocument,
    "\n  subscription WaitingSubscriberDevices {\n    devices {\n      name\n    }\n  }\n": types.WaitingSubscriberDevicesDocument,
    "\n      query AbortListenersManyTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!) {\n        a: tracks(ids: $a) { spotifyId }\n        b: tracks(ids: $b) { spotifyId }\n        c: tracks(ids: $c) { spotifyId }\n        d: tracks(ids: $d) { spotifyId }\n        e: tracks(ids: $e) { spotifyId }\n        f: tracks(ids: $f) { spotifyId }\n      }": types.AbortListenersManyTracksDocument,
    "subscription AcceptQZeroDevices { devices { name } }": types.AcceptQZeroDevicesDocument,
    "query AcceptQZeroTypename { __typename }": types.AcceptQZeroTypenameDocument,
    "query AmplificationSearch500 { search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name } } } }": types.AmplificationSearch500Document,
    "query AmplificationSearch100 { search(query: \"a\", types: [TRACK], first: 100) { tracks { nodes { name } } } }": types.AmplificationSearch100Document,
    "query AmplificationTypename { __typename }": types.AmplificationTypenameDocument,
    "query AmplificationPoolSearch($market: String!) { search(query: \"a\", types: [TRACK], first: 500, market: $market) { tracks { nodes { name } } } }": types.AmplificationPoolSearchDocument,
    "query AmplificationAlbum($id: ID!) { album(id: $id) { name } }": types.AmplificationAlbumDocument,
    "query AmplificationPoolVictim { me { displayName } }": types.AmplificationPoolVictimDocument,
    "query AmplificationVictim { me { displayName } }": types.AmplificationVictimDocument,
    "\n  query AnswerSizeAlbumsMarkets($ids: [ID!]!) {\n    a0: albums(ids: $ids) { availableMarkets } a1: albums(ids: $ids) { availableMarkets } a2: albums(ids: $ids) { availableMarkets } a3: albums(ids: $ids) { availableMarkets } a4: albums(ids: $ids) { availableMarkets } a5: albums(ids: $ids) { availableMarkets } a6: albums(ids: $ids) { availableMarkets } a7: albums(ids: $ids) { availableMarkets } a8: albums(ids: $ids) { availableMarkets } a9: albums(ids: $ids) { availableMarkets } a10: albums(ids: $ids) { availableMarkets } a11: albums(ids: $ids) { availableMarkets } a12: albums(ids: $ids) { availableMarkets } a13: albums(ids: $ids) { availableMarkets } a14: albums(ids: $ids) { availableMarkets } a15: albums(ids: $ids) { availableMarkets } a16: albums(ids: $ids) { availableMarkets } a17: albums(ids: $ids) { availableMarkets } a18: albums(ids: $ids) { availableMarkets } a19: albums(ids: $ids) { availableMarkets } a20: albums(ids: $ids) { availableMarkets } a21: albums(ids: $ids) { availableMarkets } a22: albums(ids: $ids) { availableMarkets } a23: albums(ids: $ids) { availableMarkets } a24: albums(ids: $ids) { availableMarkets } a25: albums(ids: $ids) { availableMarkets } a26: albums(ids: $ids) { availableMarkets } a27: albums(ids: $ids) { availableMarkets } a28: albums(ids: $ids) { availableMarkets } a29: albums(ids: $ids) { availableMarkets }\n  }\n": types.AnswerSizeAlbumsMarketsDocument,
    "\n        query AnswerSizeAlbumsFields($ids: [ID!]!) {\n          a0: albums(ids: $ids) { genres copyrights { text } artists { genres } } a1: albums(ids: $ids) { genres copyrights { text } artists { genres } } a2: albums(ids: $ids) { genres copyrights { text } artists { genres } } a3: albums(ids: $ids) { genres copyrights { text } artists { genres } } a4: albums(ids: $ids) { genres copyrights { text } artists { genres } } a5: albums(ids: $ids) { genres copyrights { text } artists { genres } } a6: albums(ids: $ids) { genres copyrights { text } artists { genres } } a7: albums(ids: $ids) { genres copyrights { text } artists { genres } } a8: albums(ids: $ids) { genres copyrights { text } artists { genres } } a9: albums(ids: $ids) { genres copyrights { text } artists { genres } } a10: albums(ids: $ids) { genres copyrights { text } artists { genres } } a11: albums(ids: $ids) { genres copyrights { text } artists { genres } } a12: albums(ids: $ids) { genres copyrights { text } artists { genres } } a13: albums(ids: $ids) { genres copyrights { text } artists { genres } } a14: albums(ids: $ids) { genres copyrights { text } artists { genres } } a15: albums(ids: $ids) { genres copyrights { text } artists { genres } } a16: albums(ids: $ids) { genres copyrights { text } artists { genres } } a17: albums(ids: $ids) { genres copyrights { text } artists { genres } } a18: albums(ids: $ids) { genres copyrights { text } artists { genres } } a19: albums(ids: $ids) { genres copyrights { text } artists { genres } } a20: albums(ids: $ids) { genres copyrights { text } artists { genres } } a21: albums(ids: $ids) { genres copyrights { text } artists { genres } } a22: albums(ids: $ids) { genres copyrights { text } artists { genres } } a23: albums(ids: $ids) { genres copyrights { text } artists { genres } } a24: albums(ids: $ids) { genres copyrights { text } artists { genres } } a25: albums(ids: $ids) { genres copyrights { text } artists { genres } } a26: albums(ids: $ids) { genres copyrights { text } artists { genres } } a27: albums(ids: $ids) { genres copyrights { text } artists { genres } } a28: albums(ids: $ids) { genres copyrights { text } artists { genres } } a29: albums(ids: $ids) { genres copyrights { text } artists { genres } }\n        }\n      ": types.AnswerSizeAlbumsFieldsDocument,
    "\n        query AnswerSizeSavedPages {\n          me {\n            s0: savedTracks(first: 50) { nodes { availableMarkets } } s1: savedTracks(first: 50) { nodes { availableMarkets } } s2: savedTracks(first: 50) { nodes { availableMarkets } } s3: savedTracks(first: 50) { nodes { availableMarkets } } s4: savedTracks(first: 50) { nodes { availableMarkets } } s5: savedTracks(first: 50) { nodes { availableMarkets } } s6: savedTracks(first: 50) { nodes { availableMarkets } } s7: savedTracks(first: 50) { nodes { availableMarkets } } s8: savedTracks(first: 50) { nodes { availableMarkets } } s9: savedTracks(first: 50) { nodes { availableMarkets } } s10: savedTracks(first: 50) { nodes { availableMarkets } } s11: savedTracks(first: 50) { nodes { availableMarkets } } s12: savedTracks(first: 50) { nodes { availableMarkets } } s13: savedTracks(first: 50) { nodes { availableMarkets } } s14: savedTracks(first: 50) { nodes { availableMarkets } } s15: savedTracks(first: 50) { nodes { availableMarkets } } s16: savedTracks(first: 50) { nodes { availableMarkets } } s17: savedTracks(first: 50) { nodes { availableMarkets } } s18: savedTracks(first: 50) { nodes { availableMarkets } } s19: savedTracks(first: 50) { nodes { availableMarkets } } s20: savedTracks(first: 50) { nodes { availableMarkets } } s21: savedTracks(first: 50) { nodes { availableMarkets } } s22: savedTracks(first: 50) { nodes { availableMarkets } } s23: savedTracks(first: 50) { nodes { availableMarkets } } s24: savedTracks(first: 50) { nodes { availableMarkets } } s25: savedTracks(first: 50) { nodes { availableMarkets } } s26: savedTracks(first: 50) { nodes { availableMarkets } } s27: savedTracks(first: 50) { nodes { availableMarkets } } s28: savedTracks(first: 50) { nodes { availableMarkets } } s29: savedTracks(first: 50) { nodes { availableMarkets } }\n          }\n        }\n      ": types.AnswerSizeSavedPagesDocument,
    "\n        query AnswerSizeOneAlias($ids: [ID!]!) {\n          albums(ids: $ids) { availableMarkets }\n        }\n      ": types.AnswerSizeOneAliasDocument,
    "\n        query AnswerSizeIntrospection {\n          i0: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i1: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i2: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i3: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i4: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i5: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i6: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i7: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i8: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i9: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i10: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i11: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i12: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i13: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i14: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i15: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i16: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i17: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i18: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i19: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i20: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } }\n        }\n      ": types.AnswerSizeIntrospectionDocument,
    "\n        query AnswerSizeSearchMarkets {\n          s0: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s1: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s2: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s3: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s4: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s5: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s6: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s7: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s8: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s9: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } }\n        }\n      ": types.AnswerSizeSearchMarketsDocument,
    "query AppTokenMarkets { markets }": types.AppTokenMarketsDocument,
    "query AppTokenMe { me { id } }": types.AppTokenMeDocument,
    "\n  query CallLimitManyArtists($id: ID!) {\n    album(id: $id) {\n      name\n      tracks(first: 10) {\n        nodes {\n          name\n          artists {\n            topTracks {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CallLimitManyArtistsDocument,
    "\n  query CallLimitOneArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      topTracks {\n        name\n      }\n    }\n  }\n": types.CallLimitOneArtistDocument,
    "\n  query CallLimitJoinedWindows($ids: [ID!]!) {\n    artists(ids: $ids) {\n      w0: albums(first: 2) {\n        nodes {\n          name\n        }\n      }\n      w1: albums(first: 2, offset: 2) {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n": types.CallLimitJoinedWindowsDocument,
    "query CorsVaryGet { __typename }": types.CorsVaryGetDocument,
    "query DeadlineStatusAlbum($id: ID!) { album(id: $id) { name } }": types.DeadlineStatusAlbumDocument,
    "query DocumentLimitsAfterHostile { __typename }": types.DocumentLimitsAfterHostileDocument,
    "query EchoBoundsTypename { __typename }": types.EchoBoundsTypenameDocument,
    "query EchoSearchTypes($t: [SearchType!]!) { search(query: \"a\", types: $t) { tracks { totalCount } } }": types.EchoSearchTypesDocument,
    "query EchoSearchFirst($n: Int) { search(query: \"a\", types: [TRACK], first: $n) { tracks { totalCount } } }": types.EchoSearchFirstDocument,
    "query ErrorLogsFailing { markets }": types.ErrorLogsFailingDocument,
    "query ErrorLogsWrongAlbumWords($id: ID!) { album(id: $id) { albumType images { url } } }": types.ErrorLogsWrongAlbumWordsDocument,
    "query ErrorLogsWrongAlbumPopularity($id: ID!) { album(id: $id) { popularity } }": types.ErrorLogsWrongAlbumPopularityDocument,
    "query ErrorLogsSavedEpisodes { me { savedEpisodes(first: 1) { totalCount } } }": types.ErrorLogsSavedEpisodesDocument,
    "query ErrorLogsRelatedArtists($id: ID!) { artist(id: $id) { relatedArtists { name } } }": types.ErrorLogsRelatedArtistsDocument,
    "\n  query HeldByPauseAlbum($id: ID!) {\n    album(id: $id) {\n      name\n    }\n  }\n": types.HeldByPauseAlbumDocument,
    "query InvalidUserId($id: ID!) { user(id: $id) { displayName } }": types.InvalidUserIdDocument,
    "query JitNullArgument($id: ID = \"x\") { album(id: $id) { id } }": types.JitNullArgumentDocument,
    "query LibraryRefusalsTypename { __typename }": types.LibraryRefusalsTypenameDocument,
    "subscription LibraryRefusalsPlaying { playbackState { isPlaying } }": types.LibraryRefusalsPlayingDocument,
    "query LibraryRefusalsSearch { search(query: \"love\", types: [TRACK], first: 2) { tracks { nodes { name } } } }": types.LibraryRefusalsSearchDocument,
    "mutation LibraryRefusalsCreate { createPlaylist(name: \"Made by a 406\", public: false) { playlist { id } } }": types.LibraryRefusalsCreateDocument,
    "query LimitRefusalsCostly($id: ID!) {\n    cheap: track(id: $id) { name }\n    me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } }\n  }": types.LimitRefusalsCostlyDocument,
    "subscription LimitRefusalsFanOut { playbackState { item { ... on Track {\n    album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }": types.LimitRefusalsFanOutDocument,
    "subscription LimitRefusalsNested { playbackState { item { ... on Track {\n        album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes {\n        album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes {\n        name\n        } } } } } } } } } } } } } } } } } }\n      } } } }": types.LimitRefusalsNestedDocument,
    "query MemoryBoundsTypename { __typename }": types.MemoryBoundsTypenameDocument,
    "query OperationsAlbumName($id: ID!) { album(id: $id) { name } }": types.OperationsAlbumNameDocument,
    "query OperationsNamed($id: ID!) { album(id: $id) { name } }": types.OperationsNamedDocument,
    "query OperationsMarkets { markets }": types.OperationsMarketsDocument,
    "query OperationsFragmentFirst($id: ID!) { album(id: $id) { ...OperationsAlbumDates tracks(first: 1) { totalCount } } } fragment OperationsAlbumDates on Album { id releaseDate }": types.OperationsFragmentFirstDocument,
    "query OperationsIntrospection { __schema { queryType { name } } }": types.OperationsIntrospectionDocument,
    "query OperationsTypename { __typename }": types.OperationsTypenameDocument,
    "query OperationsGetTypename { __typename }": types.OperationsGetTypenameDocument,
    "query OperationsDeepIntrospection {\n          __schema { queryType { name } types { name fields { name type { name } } } }\n          __type(name: \"Album\") { name }\n        }": types.OperationsDeepIntrospectionDocument,
    "query OperationsOffBy { __schema { queryType { name } } }": types.OperationsOffByDocument,
    "query OperationsGraphiqlSchema { __schema { queryType { name } } }": types.OperationsGraphiqlSchemaDocument,
    "query PageRouteTypename { __typename }": types.PageRouteTypenameDocument,
    "query PartialMarketsAndMe { markets me { displayName } }": types.PartialMarketsAndMeDocument,
    "query PathInputAlbum($id: ID!) { album(id: $id) { name } }": types.PathInputAlbumDocument,
    "query PathInputArtist($id: ID!) { artist(id: $id) { name } }": types.PathInputArtistDocument,
    "query PathInputPlaylist($id: ID!) { playlist(id: $id) { name } }": types.PathInputPlaylistDocument,
    "query PathInputCategory($id: ID!) { category(id: $id) { name } }": types.PathInputCategoryDocument,
    "query PathInputUser($id: ID!) { user(id: $id) { displayName } }": types.PathInputUserDocument,
    "query PoolFairShareTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }": types.PoolFairShareTracksDocument,
    "query QueryCostHonestPage {\n        me { playlists(first: 50) { nodes { name items(first: 100) { edges { addedAt node { ... on Track { name } } } } } } }\n      }": types.QueryCostHonestPageDocument,
    "\n        query HonestPageWithTypenames {\n          __typename\n          me {\n            __typename\n            playlists(first: 50) {\n              __typename\n              nodes {\n                __typename\n                name\n                items(first: 100) {\n                  __typename\n                  edges { __typename addedAt node { __typename ... on Track { __typename name } } }\n                }\n              }\n            }\n          }\n        }\n      ": types.HonestPageWithTypenamesDocument,
    "query QueryCostOneLargeSearch { search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } } }": types.QueryCostOneLargeSearchDocument,
    "query QueryCostSearchOfSize($n: Int!) {\n    search(query: \"a\", types: [TRACK, ALBUM, ARTIST, PLAYLIST, SHOW], first: $n) { tracks { nodes { name } } }\n  }": types.QueryCostSearchOfSizeDocument,
    "query RateLimitKeysTypename { __typename }": types.RateLimitKeysTypenameDocument,
    "query RateLimitPauseAlbum($id: ID!) { album(id: $id) { name } }": types.RateLimitPauseAlbumDocument,
    "query PerAppPauseAlbum($id: ID!) { album(id: $id) { name } }": types.PerAppPauseAlbumDocument,
    "query PerAppPauseMe { me { id displayName } }": types.PerAppPauseMeDocument,
    "subscription PerAppPausePlayback { playbackState { isPlaying } }": types.PerAppPausePlaybackDocument,
    "query SlowAlbum($id: ID!) { album(id: $id) { name } }": types.SlowAlbumDocument,
    "query RequestEndAnswered { __typename }": types.RequestEndAnsweredDocument,
    "query Listed { __typename }": types.ListedDocument,
    "\n  query ResponseCacheAlbum($id: ID!) {\n    album(id: $id) { name artists { name } tracks(first: 3) { nodes { name } } }\n  }\n": types.ResponseCacheAlbumDocument,
    "\n  query ResponseCacheAlbumAgain($id: ID!) {\n    album(id: $id) { name }\n  }\n": types.ResponseCacheAlbumAgainDocument,
    "\n  query ResponseCacheMe { me { id } }\n": types.ResponseCacheMeDocument,
    "\n  query ResponseCachePlaylistName($id: ID!) { playlist(id: $id) { name } }\n": types.ResponseCachePlaylistNameDocument,
    "\n  mutation ResponseCacheNewPlaylist($name: String!) {\n    createPlaylist(name: $name, public: true) { playlist { id } }\n  }\n": types.ResponseCacheNewPlaylistDocument,
    "\n  mutation ResponseCacheRenamePlaylist($id: ID!, $name: String!) {\n    updatePlaylist(playlistId: $id, name: $name) { playlist { name } }\n  }\n": types.ResponseCacheRenamePlaylistDocument,
    "\n  query ResponseCacheAlbumMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }\n": types.ResponseCacheAlbumMarketDocument,
    "\n  query ResponseCacheLongAlbum($id: ID!) { album(id: $id) { tracks(first: 50) { nodes { id name } } } }\n": types.ResponseCacheLongAlbumDocument,
    "\n  query ResponseCacheMetricsAlbum($id: ID!) { album(id: $id) { name label } }\n": types.ResponseCacheMetricsAlbumDocument,
    "query ShutdownDelayAlbum($id: ID!) { album(id: $id) { name } }": types.ShutdownDelayAlbumDocument,
    "query ShutdownAlbum($id: ID!) { album(id: $id) { name } }": types.ShutdownAlbumDocument,
    "subscription ShutdownSseStream { currentlyPlaying { isPlaying } }": types.ShutdownSseStreamDocument,
    "\n  subscription SseDeadlineTopTracks {\n    playbackState {\n      item { ... on Track { name artists { topTracks { name } } } }\n    }\n  }\n": types.SseDeadlineTopTracksDocument,
    "\n  subscription SseLogDistinct {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: 5) { nodes { name } } } } }\n    }\n  }\n": types.SseLogDistinctDocument,
    "\n  subscription SseLogSingle {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: 5) { nodes { name } } } } }\n    }\n  }\n": types.SseLogSingleDocument,
    "\n  subscription SseMetricsSingle {\n    playbackState { isPlaying }\n  }\n": types.SseMetricsSingleDocument,
    "\n  subscription SubscriptionCallLimitTopTracks {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { topTracks { name } } } }\n    }\n  }\n": types.SubscriptionCallLimitTopTracksDocument,
    "\n  subscription SubscriptionCallShareFanOut($first: Int!) {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: $first) { nodes { name } } } } }\n    }\n  }\n": types.SubscriptionCallShareFanOutDocument,
    "query DevModeTracksCounted($ids: [ID!]!) { tracks(ids: $ids) { name } }": types.DevModeTracksCountedDocument,
    "\n  query TrustProxyTypename {\n    __typename\n  }\n": types.TrustProxyTypenameDocument,
    "query WsDeadlineAlbum($id: ID!) { album(id: $id) { name } }": types.WsDeadlineAlbumDocument,
    "subscription WsDeadlineDevices { devices { name } }": types.WsDeadlineDevicesDocument,
    "subscription WsFairUseBurst { playbackState { isPlaying } }": types.WsFairUseBurstDocument,
    "query WsFairUseAfterBurst { __typename }": types.WsFairUseAfterBurstDocument,
    "query WsFairUseTypename { __typename }": types.WsFairUseTypenameDocument,
    "query WsLogAlbum($id: ID!) { album(id: $id) { name } }": types.WsLogAlbumDocument,
    "query WsLogBadAlbum { album(id: \"not-an-id\") { name } }": types.WsLogBadAlbumDocument,
    "subscription WsLogPlayback { playbackState { isPlaying } }": types.WsLogPlaybackDocument,
    "query WsLogManyAlbums($id: ID!) { album(id: $id) { name } }": types.WsLogManyAlbumsDocument,
    "query WsShutdownMe { me { displayName } }": types.WsShutdownMeDocument,
    "mutation WsShutdownVolume { setVolume(volumePercent: 33) { ok } }": types.WsShutdownVolumeDocument,
    "subscription WsShutdownDevices { devices { name } }": types.WsShutdownDevicesDocument,
    "\n  subscription BoundPerUserPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n": types.BoundPerUserPagedDocument,
    "\n  subscription CohortFanOut {\n    currentlyPlaying {\n      item {\n        ... on Track {\n          name\n          artists { name topTracks { name } relatedArtists { name } albums(first: 2) { nodes { name } } }\n        }\n      }\n    }\n  }\n": types.CohortFanOutDocument,
    "\n  subscription CohortPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n": types.CohortPagedDocument,
    "\n  subscription CohortProgress { currentlyPlaying { progressMs item { ... on Track { name } } } }\n": types.CohortProgressDocument,
    "\n  subscription CohortSameA { currentlyPlaying { isPlaying item { ... on Track { name artists { name topTracks { name } } } } } }\n": types.CohortSameADocument,
    "\n  subscription CohortSameB { currentlyPlaying { isPlaying item { ... on Track { name artists { name topTracks { name } } } } } }\n": types.CohortSameBDocument,
    "\n  subscription CohortTwoVariables($first: Int!, $market: String) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first, market: $market) { nodes { name } } } } } }\n  }\n": types.CohortTwoVariablesDocument,
    "\n  subscription CohortProgressFanOut {\n    currentlyPlaying { progressMs item { ... on Track { name artists { name topTracks { name } albums(first: 2) { nodes { name } } } } } }\n  }\n": types.CohortProgressFanOutDocument,
    "subscription CredentialLengthPlaybackState { playbackState { isPlaying } }": types.CredentialLengthPlaybackStateDocument,
    "subscription CredentialTurnsPlaybackState { playbackState { isPlaying } }": types.CredentialTurnsPlaybackStateDocument,
    "subscription CredentialsPlaybackState { playbackState { isPlaying } }": types.CredentialsPlaybackStateDocument,
    "subscription DevicesWithoutList { devices { id name } }": types.DevicesWithoutListDocument,
    "subscription EventDeadlineCurrent { currentlyPlaying { item { ... on Track { name artists { name topTracks { name } } } } } }": types.EventDeadlineCurrentDocument,
    "subscription SubscriptionsFaultsPlaybackState { playbackState { isPlaying volume: device { volumePercent } } }": types.SubscriptionsFaultsPlaybackStateDocument,
    "subscription FirstPollErrorsState { playbackState { isPlaying } }": types.FirstPollErrorsStateDocument,
    "subscription InputErrorsPlaybackState($on: Boolean!) { playbackState { isPlaying @include(if: $on) } }": types.InputErrorsPlaybackStateDocument,
    "query InputErrorsTrack($id: ID!) { track(id: $id) { name } }": types.InputErrorsTrackDocument,
    "subscription MetricsPlaybackState { playbackState { isPlaying } }": types.MetricsPlaybackStateDocument,
    "subscription MetricsPlaybackState2 { playbackState { shuffleState } }": types.MetricsPlaybackState2Document,
    "subscription MetricsRevoked { playbackState { isPlaying } }": types.MetricsRevokedDocument,
    "subscription MetricsNotAcceptable { playbackState { isPlaying } }": types.MetricsNotAcceptableDocument,
    "subscription NextPollPlaybackState { playbackState { isPlaying progressMs item { ... on Track { spotifyId } } } }": types.NextPollPlaybackStateDocument,
    "subscription PerSelectionProgress { currentlyPlaying { isPlaying progressMs } }": types.PerSelectionProgressDocument,
    "subscription PerSelectionAliasedProgress { currentlyPlaying { at: progressMs } }": types.PerSelectionAliasedProgressDocument,
    "subscription PerSelectionItem { currentlyPlaying { isPlaying item { ... on Track { name } } } }": types.PerSelectionItemDocument,
    "subscription PerSelectionVolume { playbackState { device { volumePercent } } }": types.PerSelectionVolumeDocument,
    "subscription PerSelectionPlaying { playbackState { isPlaying } }": types.PerSelectionPlayingDocument,
    "subscription PerSelectionPlayingAt { playbackState { isPlaying progressMs timestamp } }": types.PerSelectionPlayingAtDocument,
    "subscription PollRateLimitState { playbackState { isPlaying } }": types.PollRateLimitStateDocument,
    "query PollRateLimitAlbum($id: ID!) { album(id: $id) { name } }": types.PollRateLimitAlbumDocument,
    "subscription PollerLogIdentityState { playbackState { isPlaying } }": types.PollerLogIdentityStateDocument,
    "subscription PollersPlaybackState { playbackState { isPlaying progressMs shuffleState } }": types.PollersPlaybackStateDocument,
    "subscription PollersCurrentlyPlaying { currentlyPlaying { isPlaying progressMs } }": types.PollersCurrentlyPlayingDocument,
    "mutation PollersSetShuffle($state: Boolean!) { setShuffle(state: $state) { ok } }": types.PollersSetShuffleDocument,
    "subscription RootFieldDirectivesBelowRoot($x: Boolean!) { devices { name @include(if: $x) isActive } }": types.RootFieldDirectivesBelowRootDocument,
    "subscription SessionEndsPlaying { playbackState { isPlaying } }": types.SessionEndsPlayingDocument,
    "subscription SessionEndsDevices { devices { name } }": types.SessionEndsDevicesDocument,
    "subscription SessionsPlaybackState { playbackState { isPlaying } }": types.SessionsPlaybackStateDocument,
    "\n  subscription SharedLoads($uri: Boolean!, $duration: Boolean!, $explicit: Boolean!) {\n    currentlyPlaying {\n      item {\n        ... on Track {\n          name\n          uri @include(if: $uri)\n          durationMs @include(if: $duration)\n          explicit @include(if: $explicit)\n          album { label }\n          artists { name topTracks { name } albums(first: 2) { nodes { name } } }\n        }\n      }\n    }\n  }\n": types.SharedLoadsDocument,
    "\n  subscription SseCallShareFanOut($first: Int!) {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: $first) { nodes { name } } } } }\n    }\n  }\n": types.SseCallShareFanOutDocument,
    "query SseCallShareArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 10) { nodes { name } } } }": types.SseCallShareArtistAlbumsDocument,
    "subscription SseClientRefusalsCostly { playbackState { item { ... on Track {\n  album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }": types.SseClientRefusalsCostlyDocument,
    "subscription SseClientRefusalsDevices { devices { name } }": types.SseClientRefusalsDevicesDocument,
    "\n  subscription SseRefusalsFansOut {\n    playbackState {\n      item {\n        ... on Track {\n          album {\n            tracks(first: 50) {\n              nodes { artists { albums(first: 50) { nodes { tracks(first: 50) { nodes { name } } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SseRefusalsFansOutDocument,
    "\n  query SseRefusalsSearchFansOut {\n    search(query: \"a\", types: [ALBUM], first: 50) {\n      albums { nodes { tracks(first: 50) { nodes { artists { albums(first: 50) { nodes { name } } } } } } }\n    }\n  }\n": types.SseRefusalsSearchFansOutDocument,
    "subscription SseRefusalsQueue { queue { __typename } }": types.SseRefusalsQueueDocument,
    "subscription SseRefusalsDevices { devices { name } }": types.SseRefusalsDevicesDocument,
    "\n  subscription SseRefusalsNeedsVariable($on: Boolean!) { playbackState { isPlaying @include(if: $on) } }\n": types.SseRefusalsNeedsVariableDocument,
    "\n  query SseRefusalsTypename {\n    __typename\n  }\n": types.SseRefusalsTypenameDocument,
    "subscription SseSingleConnectionErrorsNoCredentials { playbackState { isPlaying } }": types.SseSingleConnectionErrorsNoCredentialsDocument,
    "subscription SseSingleConnectionErrorsMalformed { devices { name } }": types.SseSingleConnectionErrorsMalformedDocument,
    "query SseSingleConnectionLongOperationId { __typename }": types.SseSingleConnectionLongOperationIdDocument,
    "subscription SseSingleConnectionErrorsUnknown { devices { name } }": types.SseSingleConnectionErrorsUnknownDocument,
    "query SseSingleConnectionRefusalsMe { me { displayName } }": types.SseSingleConnectionRefusalsMeDocument,
    "subscription SseSingleConnectionPlayback { playbackState { isPlaying } }": types.SseSingleConnectionPlaybackDocument,
    "subscription SseSingleConnectionDevices { devices { isActive } }": types.SseSingleConnectionDevicesDocument,
    "subscription SseStreamBindingMine { currentlyPlaying { isPlaying } }": types.SseStreamBindingMineDocument,
    "subscription StaleErrorsDevices { devices { name volumePercent } }": types.StaleErrorsDevicesDocument,
    "\n  subscription StaleRepeatTopTracks {\n    currentlyPlaying { progressMs item { ... on Track { name artists { name topTracks { name } } } } }\n  }\n": types.StaleRepeatTopTracksDocument,
    "\n  subscription BoundsPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n": types.BoundsPagedDocument,
    "fragment SubscriptionsTransportsItem on PlaylistItemContent {\n  __typename\n  ... on Track { spotifyId }\n  ... on Episode { spotifyId }\n}": types.SubscriptionsTransportsItemFragmentDoc,
    "subscription SubscriptionsTransportsPlaybackState {\n  playbackState {\n    isPlaying progressMs shuffleState device { id volumePercent } item { ...SubscriptionsTransportsItem }\n  }\n}": types.SubscriptionsTransportsPlaybackStateDocument,
    "subscription SubscriptionsTransportsCurrentlyPlaying {\n          currentlyPlaying { isPlaying progressMs item { ...SubscriptionsTransportsItem } }\n        }": types.SubscriptionsTransportsCurrentlyPlayingDocument,
    "subscription SubscriptionsTransportsDevices { devices { id isActive } }": types.SubscriptionsTransportsDevicesDocument,
    "subscription SubscriptionsTransportsQueue { queue { items { ...SubscriptionsTransportsItem } } }": types.SubscriptionsTransportsQueueDocument,
    "subscription SubscriptionsTransportsIsPlaying { playbackState { isPlaying } }": types.SubscriptionsTransportsIsPlayingDocument,
    "mutation SubscriptionsTransportsPause { pause { ok } }": types.SubscriptionsTransportsPauseDocument,
    "subscription WrongTypedPlayerValues { playbackState { isPlaying progressMs item { __typename } } }": types.WrongTypedPlayerValuesDocument,
    "\n  subscription WsRefusalsCostlySubscription {\n    playbackState { item { ... on Track { album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } }\n  }\n": types.WsRefusalsCostlySubscriptionDocument,
    "subscription WsRefusalsVariable($on: Boolean!) { devices { name @include(if: $on) } }": types.WsRefusalsVariableDocument,
    "subscription WsRefusalsDevices { devices { name } }": types.WsRefusalsDevicesDocument,
    "query WsRefusalsCostlyQuery { me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }": types.WsRefusalsCostlyQueryDocument,
    "query WsRefusalsTrack($id: ID!) { track(id: $id) { name } }": types.WsRefusalsTrackDocument,
    "query WsRefusalsMe { me { displayName } }": types.WsRefusalsMeDocument,
    "query TypedDocumentsAlbum($id: ID!) { album(id: $id) { name } }": types.TypedDocumentsAlbumDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthCorsTypename { __typename }"): (typeof documents)["query AuthCorsTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthCorsSseNowPlaying { currentlyPlaying { item { ... on Track { name } } } }"): (typeof documents)["subscription AuthCorsSseNowPlaying { currentlyPlaying { item { ... on Track { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CanaryMe { me { spotifyId displayName savedTracks(first: 2) { totalCount } } }"): (typeof documents)["query CanaryMe { me { spotifyId displayName savedTracks(first: 2) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CanaryMe2 { me { spotifyId } }"): (typeof documents)["query CanaryMe2 { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CookieLoginHostMe { me { spotifyId } }"): (typeof documents)["query CookieLoginHostMe { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CookieHintMe { me { displayName } }"): (typeof documents)["query CookieHintMe { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EndedSessionsMe { me { displayName } }"): (typeof documents)["query EndedSessionsMe { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EndedSessionsCatalog {\n  search(query: \"love\", types: [TRACK], first: 1) { tracks { nodes { name } } }\n}"): (typeof documents)["query EndedSessionsCatalog {\n  search(query: \"love\", types: [TRACK], first: 1) { tracks { nodes { name } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EndedSessionsCatalogAndMe {\n  search(query: \"love\", types: [TRACK], first: 1) { tracks { nodes { name } } }\n  me { displayName }\n}"): (typeof documents)["query EndedSessionsCatalogAndMe {\n  search(query: \"love\", types: [TRACK], first: 1) { tracks { nodes { name } } }\n  me { displayName }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NoRefreshTokenProfile { me { displayName savedTracks(first: 1) { totalCount } } }"): (typeof documents)["query NoRefreshTokenProfile { me { displayName savedTracks(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthRenewalMe { me { spotifyId } }"): (typeof documents)["query AuthRenewalMe { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthRenewalProfile { me { displayName } }"): (typeof documents)["query AuthRenewalProfile { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthRenewalProfileAndSaved { me { spotifyId displayName savedTracks(first: 1) { totalCount } } }"): (typeof documents)["query AuthRenewalProfileAndSaved { me { spotifyId displayName savedTracks(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopesMe { me { player { queue { items { __typename } } } } }"): (typeof documents)["query ScopesMe { me { player { queue { items { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopesMe2 { me { savedEpisodes(first: 1) { totalCount } } }"): (typeof documents)["query ScopesMe2 { me { savedEpisodes(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInPauseSearch { search(query: \"love\", types: [TRACK], first: 1) { tracks { totalCount } } }"): (typeof documents)["query SignInPauseSearch { search(query: \"love\", types: [TRACK], first: 1) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthSignInMe { me { spotifyId displayName } }"): (typeof documents)["query AuthSignInMe { me { spotifyId displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthSignInMe2 { me { spotifyId } }"): (typeof documents)["query AuthSignInMe2 { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthSignInReplayMe { me { spotifyId } }"): (typeof documents)["query AuthSignInReplayMe { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqliteSessionsMe { me { spotifyId } }"): (typeof documents)["query SqliteSessionsMe { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTransportsMe { me { spotifyId } }"): (typeof documents)["query AuthTransportsMe { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription GraphiqlSubscriptionPlaybackState { playbackState { isPlaying device { name } } }"): (typeof documents)["subscription GraphiqlSubscriptionPlaybackState { playbackState { isPlaying device { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInMe { me { spotifyId displayName } }"): (typeof documents)["query SignInMe { me { spotifyId displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FrontendMe { me { displayName } }"): (typeof documents)["query FrontendMe { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CliProductionAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query CliProductionAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CliProductionIntrospection { __schema { queryType { name } } }"): (typeof documents)["query CliProductionIntrospection { __schema { queryType { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CliTypename { __typename }"): (typeof documents)["query CliTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CliJsonLines { __typename }"): (typeof documents)["query CliJsonLines { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountsOutageTrack($id: ID!) { track(id: $id) { name } }"): (typeof documents)["query AccountsOutageTrack($id: ID!) { track(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AlbumGroupsOrder($id: ID!) {\n          artist(id: $id) {\n            a: albums(first: 3, includeGroups: [ALBUM, SINGLE]) { nodes { id } }\n            b: albums(first: 3, includeGroups: [SINGLE, ALBUM]) { nodes { id } }\n          }\n        }\n      "): (typeof documents)["\n        query AlbumGroupsOrder($id: ID!) {\n          artist(id: $id) {\n            a: albums(first: 3, includeGroups: [ALBUM, SINGLE]) { nodes { id } }\n            b: albums(first: 3, includeGroups: [SINGLE, ALBUM]) { nodes { id } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AlbumGroupsAll($id: ID!) {\n          artist(id: $id) {\n            a: albums(first: 3, includeGroups: [COMPILATION, APPEARS_ON, SINGLE, ALBUM]) { nodes { id } }\n            b: albums(first: 3) { nodes { id } }\n          }\n        }\n      "): (typeof documents)["\n        query AlbumGroupsAll($id: ID!) {\n          artist(id: $id) {\n            a: albums(first: 3, includeGroups: [COMPILATION, APPEARS_ON, SINGLE, ALBUM]) { nodes { id } }\n            b: albums(first: 3) { nodes { id } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnswersWithoutSpotifyTrackFromToken($id: ID!) { track(id: $id, market: \"from_token\") { name } }"): (typeof documents)["query AnswersWithoutSpotifyTrackFromToken($id: ID!) { track(id: $id, market: \"from_token\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnswersWithoutSpotifySearch { search(query: \"e\", types: [TRACK], market: \"from_token\") { tracks { totalCount } } }"): (typeof documents)["query AnswersWithoutSpotifySearch { search(query: \"e\", types: [TRACK], market: \"from_token\") { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnswersWithoutSpotifyRelatedArtists($id: ID!) { artist(id: $id) { relatedArtists { name } } }"): (typeof documents)["query AnswersWithoutSpotifyRelatedArtists($id: ID!) { artist(id: $id) { relatedArtists { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnswersWithoutSpotifyMarkets { markets }"): (typeof documents)["query AnswersWithoutSpotifyMarkets { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PerAppAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }"): (typeof documents)["query PerAppAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppTokenFieldErrors($id: ID!) {\n    __typename\n    genreSeeds\n    album(id: $id) { name }\n    node(id: \"spotify:local:a:b:c:1\") { id }\n  }\n"): (typeof documents)["\n  query AppTokenFieldErrors($id: ID!) {\n    __typename\n    genreSeeds\n    album(id: $id) { name }\n    node(id: \"spotify:local:a:b:c:1\") { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppMarketPodcasts($show: ID!, $episode: ID!, $book: ID!, $chapter: ID!) {\n  show(id: $show) { name episodes(offset: 55, first: 2) { nodes { name } } }\n  episode(id: $episode) { name show { name } }\n  episodes(ids: [$episode]) { name }\n  audiobook(id: $book) { name chapters(offset: 55, first: 2) { nodes { name } } }\n  chapter(id: $chapter) { name }\n  search(query: \"a\", types: [SHOW, EPISODE, AUDIOBOOK], first: 2) {\n    shows { nodes { name } }\n    episodes { nodes { name } }\n    audiobooks { nodes { name } }\n  }\n}"): (typeof documents)["query AppMarketPodcasts($show: ID!, $episode: ID!, $book: ID!, $chapter: ID!) {\n  show(id: $show) { name episodes(offset: 55, first: 2) { nodes { name } } }\n  episode(id: $episode) { name show { name } }\n  episodes(ids: [$episode]) { name }\n  audiobook(id: $book) { name chapters(offset: 55, first: 2) { nodes { name } } }\n  chapter(id: $chapter) { name }\n  search(query: \"a\", types: [SHOW, EPISODE, AUDIOBOOK], first: 2) {\n    shows { nodes { name } }\n    episodes { nodes { name } }\n    audiobooks { nodes { name } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppMarketNamed($show: ID!) {\n  show(id: $show, market: \"JP\") { name episodes(offset: 55, first: 1) { nodes { name } } }\n}"): (typeof documents)["query AppMarketNamed($show: ID!) {\n  show(id: $show, market: \"JP\") { name episodes(offset: 55, first: 1) { nodes { name } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppMarketMusicBeside {\n  tracks: search(query: \"a\", types: [TRACK], first: 2) { tracks { nodes { name } } }\n  episodes: search(query: \"a\", types: [EPISODE], first: 2) { episodes { nodes { name } } }\n}"): (typeof documents)["query AppMarketMusicBeside {\n  tracks: search(query: \"a\", types: [TRACK], first: 2) { tracks { nodes { name } } }\n  episodes: search(query: \"a\", types: [EPISODE], first: 2) { episodes { nodes { name } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BareRefusalPlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 5, offset: 1) { nodes { ... on Track { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query BareRefusalPlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 5, offset: 1) { nodes { ... on Track { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BareRefusalLatePlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 3, offset: 150) { nodes { ... on Track { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query BareRefusalLatePlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 3, offset: 150) { nodes { ... on Track { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallerTokenContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }\n"): (typeof documents)["\n  query CallerTokenContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CallerTokenSaveThenCheck($uris: [ID!]!) {\n        saveToLibrary(uris: $uris) { me { libraryContains(uris: $uris) } }\n      }\n    "): (typeof documents)["\n      mutation CallerTokenSaveThenCheck($uris: [ID!]!) {\n        saveToLibrary(uris: $uris) { me { libraryContains(uris: $uris) } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CallerTokenTwoBatches($tracks: [ID!]!, $albums: [ID!]!) {\n        tracks(ids: $tracks) { name }\n        albums(ids: $albums) { name }\n      }\n    "): (typeof documents)["\n      query CallerTokenTwoBatches($tracks: [ID!]!, $albums: [ID!]!) {\n        tracks(ids: $tracks) { name }\n        albums(ids: $albums) { name }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CallerTokenTwoBareBatches($tracks: [ID!]!, $albums: [ID!]!) {\n        tracks(ids: $tracks) { name }\n        albums(ids: $albums) { name }\n      }\n    "): (typeof documents)["\n      query CallerTokenTwoBareBatches($tracks: [ID!]!, $albums: [ID!]!) {\n        tracks(ids: $tracks) { name }\n        albums(ids: $albums) { name }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneWaveChecks($artists: [ID!]!, $users: [ID!]!, $playlist: ID!, $uris: [ID!]!) {\n    me {\n      followsArtists(ids: $artists)\n      followsUsers(ids: $users)\n      followsPlaylist(id: $playlist)\n      libraryContains(uris: $uris)\n    }\n  }\n"): (typeof documents)["\n  query OneWaveChecks($artists: [ID!]!, $users: [ID!]!, $playlist: ID!, $uris: [ID!]!) {\n    me {\n      followsArtists(ids: $artists)\n      followsUsers(ids: $users)\n      followsPlaylist(id: $playlist)\n      libraryContains(uris: $uris)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OldRouteLatePlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 3, offset: 150) { nodes { ... on Track { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query OldRouteLatePlaylistItems($uris: [ID!]!) {\n    nodes(ids: $uris) {\n      ... on Playlist { id items(first: 3, offset: 150) { nodes { ... on Track { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoRecheckTopTracks($id: ID!) { artist(id: $id) { topTracks { name } } }\n"): (typeof documents)["\n  query AutoRecheckTopTracks($id: ID!) { artist(id: $id) { topTracks { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoRecheckSearch { search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } } }\n"): (typeof documents)["\n  query AutoRecheckSearch { search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoRecheckProbes($id: ID!) {\n    search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } }\n    artist(id: $id) { name topTracks { name } }\n  }\n"): (typeof documents)["\n  query AutoRecheckProbes($id: ID!) {\n    search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } }\n    artist(id: $id) { name topTracks { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoRecheckSearchOf($q: String!) {\n    search(query: $q, types: [TRACK], first: 30) { tracks { nodes { name } } }\n  }\n"): (typeof documents)["\n  query AutoRecheckSearchOf($q: String!) {\n    search(query: $q, types: [TRACK], first: 30) { tracks { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbsentMarketsCatalog($album: ID!, $track: ID!, $show: ID!, $book: ID!) {\n  album(id: $album) { availableMarkets tracks(first: 2) { nodes { availableMarkets } } }\n  track(id: $track) { availableMarkets isPlayable }\n  show(id: $show) { availableMarkets }\n  audiobook(id: $book) { availableMarkets chapters(first: 1) { nodes { availableMarkets } } } }"): (typeof documents)["query AbsentMarketsCatalog($album: ID!, $track: ID!, $show: ID!, $book: ID!) {\n  album(id: $album) { availableMarkets tracks(first: 2) { nodes { availableMarkets } } }\n  track(id: $track) { availableMarkets isPlayable }\n  show(id: $show) { availableMarkets }\n  audiobook(id: $book) { availableMarkets chapters(first: 1) { nodes { availableMarkets } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbsentMarketsUserTrack($id: ID!) { track(id: $id) { availableMarkets isPlayable } }"): (typeof documents)["query AbsentMarketsUserTrack($id: ID!) { track(id: $id) { availableMarkets isPlayable } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbsentMarketsGivenMarket($id: ID!) { track(id: $id, market: \"SE\") { availableMarkets } }"): (typeof documents)["query AbsentMarketsGivenMarket($id: ID!) { track(id: $id, market: \"SE\") { availableMarkets } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesAlbum($id: ID!) { album(id: $id) { name images { url width } genres artists { id } } }"): (typeof documents)["query BadValuesAlbum($id: ID!) { album(id: $id) { name images { url width } genres artists { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesTrack($id: ID!) { track(id: $id) { name explicit availableMarkets isLocal isrc } }"): (typeof documents)["query BadValuesTrack($id: ID!) { track(id: $id) { name explicit availableMarkets isLocal isrc } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesEpisode($id: ID!) { episode(id: $id) { name description languages resumePoint { fullyPlayed resumePositionMs } } }"): (typeof documents)["query BadValuesEpisode($id: ID!) { episode(id: $id) { name description languages resumePoint { fullyPlayed resumePositionMs } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesPlaylist($id: ID!) { playlist(id: $id) { name collaborative items(first: 2) { totalCount edges { isLocal addedBy { id } node { __typename } } } } }"): (typeof documents)["query BadValuesPlaylist($id: ID!) { playlist(id: $id) { name collaborative items(first: 2) { totalCount edges { isLocal addedBy { id } node { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }"): (typeof documents)["query BadValuesAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesAlbumTracksCount($id: ID!) { album(id: $id) { tracks(first: 3) { totalCount pageInfo { hasNextPage } } } }"): (typeof documents)["query BadValuesAlbumTracksCount($id: ID!) { album(id: $id) { tracks(first: 3) { totalCount pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesSavedAudiobooksEmpty { me { savedAudiobooks(first: 2) { edges { node { id } } } } }"): (typeof documents)["query BadValuesSavedAudiobooksEmpty { me { savedAudiobooks(first: 2) { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesSearchNullEntry { search(query: \"a\", types: [ARTIST], first: 3) { artists { edges { cursor node { id } } } } }"): (typeof documents)["query BadValuesSearchNullEntry { search(query: \"a\", types: [ARTIST], first: 3) { artists { edges { cursor node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesSavedTracks { me { savedTracks(first: 2) { nodes { id } edges { addedAt node { id } } } } }"): (typeof documents)["query BadValuesSavedTracks { me { savedTracks(first: 2) { nodes { id } edges { addedAt node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesPlaylistEntries($id: ID!) { playlist(id: $id) { items(first: 3) { edges { addedAt node { __typename } } } } }"): (typeof documents)["query BadValuesPlaylistEntries($id: ID!) { playlist(id: $id) { items(first: 3) { edges { addedAt node { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesTopTracks($id: ID!) { artist(id: $id) { name topTracks(market: \"SE\") { id } } }"): (typeof documents)["query BadValuesTopTracks($id: ID!) { artist(id: $id) { name topTracks(market: \"SE\") { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesSearchTwoTypes { search(query: \"a\", types: [TRACK, ALBUM], first: 3) { tracks { nodes { id } } albums { totalCount nodes { id } } } }"): (typeof documents)["query BadValuesSearchTwoTypes { search(query: \"a\", types: [TRACK, ALBUM], first: 3) { tracks { nodes { id } } albums { totalCount nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesMeEmptyId { me { id spotifyId displayName } }"): (typeof documents)["query BadValuesMeEmptyId { me { id spotifyId displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadValuesEpisodeNoShow($id: ID!) { episode(id: $id) { name show { name } } }"): (typeof documents)["query BadValuesEpisodeNoShow($id: ID!) { episode(id: $id) { name show { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchAnswersAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }"): (typeof documents)["query BatchAnswersAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchAnswersContains($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }"): (typeof documents)["query BatchAnswersContains($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchIdentityAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }"): (typeof documents)["query BatchIdentityAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchIdentityArtists($ids: [ID!]!) { artists(ids: $ids) { id name } }"): (typeof documents)["query BatchIdentityArtists($ids: [ID!]!) { artists(ids: $ids) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchIdentityTracks($ids: [ID!]!) { tracks(ids: $ids) { id name } }"): (typeof documents)["query BatchIdentityTracks($ids: [ID!]!) { tracks(ids: $ids) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchIdentityShows($ids: [ID!]!) { shows(ids: $ids) { id name } }"): (typeof documents)["query BatchIdentityShows($ids: [ID!]!) { shows(ids: $ids) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchIdentityEpisodes($ids: [ID!]!) { episodes(ids: $ids) { id name } }"): (typeof documents)["query BatchIdentityEpisodes($ids: [ID!]!) { episodes(ids: $ids) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchIdentityAudiobooks($ids: [ID!]!) { audiobooks(ids: $ids) { id name } }"): (typeof documents)["query BatchIdentityAudiobooks($ids: [ID!]!) { audiobooks(ids: $ids) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchIdentityChapters($ids: [ID!]!) { chapters(ids: $ids) { id name } }"): (typeof documents)["query BatchIdentityChapters($ids: [ID!]!) { chapters(ids: $ids) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchingArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      albums(first: 3, includeGroups: [ALBUM]) {\n        nodes {\n          name\n          tracks(first: 50) { nodes { name artists { spotifyId popularity } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BatchingArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      albums(first: 3, includeGroups: [ALBUM]) {\n        nodes {\n          name\n          tracks(first: 50) { nodes { name artists { spotifyId popularity } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingArtists($ids: [ID!]!) { artists(ids: $ids) { albums(first: 5) { nodes { spotifyId label } } } }"): (typeof documents)["query BatchingArtists($ids: [ID!]!) { artists(ids: $ids) { albums(first: 5) { nodes { spotifyId label } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingAlbums($ids: [ID!]!) { albums(ids: $ids) { name label } }"): (typeof documents)["query BatchingAlbums($ids: [ID!]!) { albums(ids: $ids) { name label } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingTracks($ids: [ID!]!) { tracks(ids: $ids) { audioFeatures { tempo } } }"): (typeof documents)["query BatchingTracks($ids: [ID!]!) { tracks(ids: $ids) { audioFeatures { tempo } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingTrack($id: ID!) { track(id: $id) { album { name } artists { name } } }"): (typeof documents)["query BatchingTrack($id: ID!) { track(id: $id) { album { name } artists { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingAlbumAlbum($id: ID!, $uri: ID!) { a: album(id: $id) { name } b: album(id: $uri) { label } c: albums(ids: [$id, $id]) { name } }"): (typeof documents)["query BatchingAlbumAlbum($id: ID!, $uri: ID!) { a: album(id: $id) { name } b: album(id: $uri) { label } c: albums(ids: [$id, $id]) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingAlbums2($ids: [ID!]!) { albums(ids: $ids) { name } }"): (typeof documents)["query BatchingAlbums2($ids: [ID!]!) { albums(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowseCategory($id: ID!) {\n          category(id: $id, locale: \"sv_SE\") { id name icons { url } playlists(first: 50) { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } }\n        }\n      "): (typeof documents)["\n        query BrowseCategory($id: ID!) {\n          category(id: $id, locale: \"sv_SE\") { id name icons { url } playlists(first: 50) { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseUnknownCategory { category(id: \"nosuchcategory\") { name } }"): (typeof documents)["query BrowseUnknownCategory { category(id: \"nosuchcategory\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseMalformedCategory($id: ID!) { category(id: $id) { name } }"): (typeof documents)["query BrowseMalformedCategory($id: ID!) { category(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseMalformedLocale($locale: String) { categories(locale: $locale) { totalCount } }"): (typeof documents)["query BrowseMalformedLocale($locale: String) { categories(locale: $locale) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseCategoriesFirst { categories(first: 15) { nodes { id } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query BrowseCategoriesFirst { categories(first: 15) { nodes { id } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowseCategoriesRest($after: String) { categories(first: 50, after: $after) { totalCount nodes { id } } }\n      "): (typeof documents)["\n        query BrowseCategoriesRest($after: String) { categories(first: 50, after: $after) { totalCount nodes { id } } }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseFeaturedPlaylists { featuredPlaylists(first: 50) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query BrowseFeaturedPlaylists { featuredPlaylists(first: 50) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseNewReleases { newReleases(first: 60) { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query BrowseNewReleases { newReleases(first: 60) { totalCount nodes { spotifyId } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseMarketsGenreSeeds { markets genreSeeds }"): (typeof documents)["query BrowseMarketsGenreSeeds { markets genreSeeds }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BrowseRecommendations($artist: ID!) {\n        recommendations(seedArtists: [$artist], seedGenres: [\"pop\"], limit: 30, tunables: { popularity: { min: 20 } }) {\n          seeds { id type }\n          tracks { popularity }\n        }\n      }"): (typeof documents)["\n      query BrowseRecommendations($artist: ID!) {\n        recommendations(seedArtists: [$artist], seedGenres: [\"pop\"], limit: 30, tunables: { popularity: { min: 20 } }) {\n          seeds { id type }\n          tracks { popularity }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseSixSeeds($t: [ID!]) { recommendations(seedTracks: $t) { tracks { name } } }"): (typeof documents)["query BrowseSixSeeds($t: [ID!]) { recommendations(seedTracks: $t) { tracks { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseNoSeeds { recommendations { tracks { name } } }"): (typeof documents)["query BrowseNoSeeds { recommendations { tracks { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseBadSeed($a: [ID!]) { recommendations(seedArtists: $a) { tracks { name } } }"): (typeof documents)["query BrowseBadSeed($a: [ID!]) { recommendations(seedArtists: $a) { tracks { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseEnergyOutOfRange($t: [ID!]) { recommendations(seedTracks: $t, tunables: { energy: { max: 2 } }) { tracks { name } } }"): (typeof documents)["query BrowseEnergyOutOfRange($t: [ID!]) { recommendations(seedTracks: $t, tunables: { energy: { max: 2 } }) { tracks { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrowseFractionalKey($t: [ID!]) { recommendations(seedTracks: $t, tunables: { key: { target: 1.5 } }) { tracks { name } } }"): (typeof documents)["query BrowseFractionalKey($t: [ID!]) { recommendations(seedTracks: $t, tunables: { key: { target: 1.5 } }) { tracks { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstimateDedupArtistAliases($id: ID!, $other: ID!) {\n    a0: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a1: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a2: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a3: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n"): (typeof documents)["\n  query EstimateDedupArtistAliases($id: ID!, $other: ID!) {\n    a0: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a1: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a2: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    a3: artist(id: $id) { albums(first: 3) { nodes { name } } }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstimateDedupFragmentAliases($id: ID!, $other: ID!, $uri: ID!) {\n    a0: artist(id: $id) { ...EstimateDedupAlbums }\n    a1: artist(id: $id) { ...EstimateDedupAlbums }\n    a2: artist(id: $id) { ...EstimateDedupAlbums }\n    a3: node(id: $uri) { ...EstimateDedupAlbums }\n    other: artist(id: $other) { ...EstimateDedupAlbums }\n  }\n  fragment EstimateDedupAlbums on Artist { albums(first: 3) { nodes { name } } }\n"): (typeof documents)["\n  query EstimateDedupFragmentAliases($id: ID!, $other: ID!, $uri: ID!) {\n    a0: artist(id: $id) { ...EstimateDedupAlbums }\n    a1: artist(id: $id) { ...EstimateDedupAlbums }\n    a2: artist(id: $id) { ...EstimateDedupAlbums }\n    a3: node(id: $uri) { ...EstimateDedupAlbums }\n    other: artist(id: $other) { ...EstimateDedupAlbums }\n  }\n  fragment EstimateDedupAlbums on Artist { albums(first: 3) { nodes { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstimateDedupOneAlbum($id: ID!, $ids: [ID!]!, $uri: ID!, $other: ID!) {\n    album(id: $id) { name }\n    albums(ids: $ids) { name }\n    node(id: $uri) { ... on Album { name } }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n"): (typeof documents)["\n  query EstimateDedupOneAlbum($id: ID!, $ids: [ID!]!, $uri: ID!, $other: ID!) {\n    album(id: $id) { name }\n    albums(ids: $ids) { name }\n    node(id: $uri) { ... on Album { name } }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstimateDedupRepeatedIds($ids: [ID!]!, $other: ID!) {\n    albums(ids: $ids) { name }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n"): (typeof documents)["\n  query EstimateDedupRepeatedIds($ids: [ID!]!, $other: ID!) {\n    albums(ids: $ids) { name }\n    other: artist(id: $other) { albums(first: 3) { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstimateDedupMixedById($track: ID!, $tracks: [ID!]!, $uri: ID!, $uris: [ID!]!, $playlist: ID!) {\n    track(id: $track) { name }\n    tracks(ids: $tracks) { name }\n    node(id: $uri) { ... on Track { name } }\n    nodes(ids: $uris) { id ... on Track { name } ... on Playlist { name } }\n    playlist(id: $playlist) { name }\n  }\n"): (typeof documents)["\n  query EstimateDedupMixedById($track: ID!, $tracks: [ID!]!, $uri: ID!, $uris: [ID!]!, $playlist: ID!) {\n    track(id: $track) { name }\n    tracks(ids: $tracks) { name }\n    node(id: $uri) { ... on Track { name } }\n    nodes(ids: $uris) { id ... on Track { name } ... on Playlist { name } }\n    playlist(id: $playlist) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostDevelopmentTracks(\n    $a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!,\n    $h: [ID!]!, $i: [ID!]!, $j: [ID!]!, $k: [ID!]!\n  ) {\n    a: tracks(ids: $a) { name }\n    b: tracks(ids: $b) { name }\n    c: tracks(ids: $c) { name }\n    d: tracks(ids: $d) { name }\n    e: tracks(ids: $e) { name }\n    f: tracks(ids: $f) { name }\n    g: tracks(ids: $g) { name }\n    h: tracks(ids: $h) { name }\n    i: tracks(ids: $i) { name }\n    j: tracks(ids: $j) { name }\n    k: tracks(ids: $k) { name }\n  }\n"): (typeof documents)["\n  query CostDevelopmentTracks(\n    $a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!,\n    $h: [ID!]!, $i: [ID!]!, $j: [ID!]!, $k: [ID!]!\n  ) {\n    a: tracks(ids: $a) { name }\n    b: tracks(ids: $b) { name }\n    c: tracks(ids: $c) { name }\n    d: tracks(ids: $d) { name }\n    e: tracks(ids: $e) { name }\n    f: tracks(ids: $f) { name }\n    g: tracks(ids: $g) { name }\n    h: tracks(ids: $h) { name }\n    i: tracks(ids: $i) { name }\n    j: tracks(ids: $j) { name }\n    k: tracks(ids: $k) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CostDevelopmentFortyTracks($ids: [ID!]!) { tracks(ids: $ids) { name album { name } } }\n    "): (typeof documents)["\n      query CostDevelopmentFortyTracks($ids: [ID!]!) { tracks(ids: $ids) { name album { name } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzAlbumNested($id: ID!, $n: Int!, $m: Int!, $artists: Boolean!, $deep: Boolean!) {\n    album(id: $id) {\n      name\n      tracks(first: $n) {\n        nodes { name artists @include(if: $artists) { name albums(first: $m) @include(if: $deep) { nodes { name } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FuzzAlbumNested($id: ID!, $n: Int!, $m: Int!, $artists: Boolean!, $deep: Boolean!) {\n    album(id: $id) {\n      name\n      tracks(first: $n) {\n        nodes { name artists @include(if: $artists) { name albums(first: $m) @include(if: $deep) { nodes { name } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzBatches($albums: [ID!]!, $artists: [ID!]!, $tracks: [ID!]!, $withAlbum: Boolean!) {\n    albums(ids: $albums) { name }\n    artists(ids: $artists) { name }\n    tracks(ids: $tracks) { name album @include(if: $withAlbum) { name label } }\n  }\n"): (typeof documents)["\n  query FuzzBatches($albums: [ID!]!, $artists: [ID!]!, $tracks: [ID!]!, $withAlbum: Boolean!) {\n    albums(ids: $albums) { name }\n    artists(ids: $artists) { name }\n    tracks(ids: $tracks) { name album @include(if: $withAlbum) { name label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzSiblingWindows(\n    $id: ID!, $f0: Int!, $o0: Int!, $f1: Int!, $o1: Int!, $f2: Int!, $o2: Int!, $third: Boolean!\n  ) {\n    artist(id: $id) {\n      name\n      w0: albums(first: $f0, offset: $o0) { totalCount nodes { id } }\n      w1: albums(first: $f1, offset: $o1) { nodes { id } }\n      w2: albums(first: $f2, offset: $o2) @include(if: $third) { nodes { id } }\n    }\n  }\n"): (typeof documents)["\n  query FuzzSiblingWindows(\n    $id: ID!, $f0: Int!, $o0: Int!, $f1: Int!, $o1: Int!, $f2: Int!, $o2: Int!, $third: Boolean!\n  ) {\n    artist(id: $id) {\n      name\n      w0: albums(first: $f0, offset: $o0) { totalCount nodes { id } }\n      w1: albums(first: $f1, offset: $o1) { nodes { id } }\n      w2: albums(first: $f2, offset: $o2) @include(if: $third) { nodes { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzNestedWindows($ids: [ID!]!, $f: Int!, $t0: Int!, $t1: Int!, $o1: Int!, $second: Boolean!) {\n    artists(ids: $ids) {\n      albums(first: $f) {\n        nodes {\n          t0: tracks(first: $t0) { nodes { name } }\n          t1: tracks(first: $t1, offset: $o1) @include(if: $second) { nodes { name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FuzzNestedWindows($ids: [ID!]!, $f: Int!, $t0: Int!, $t1: Int!, $o1: Int!, $second: Boolean!) {\n    artists(ids: $ids) {\n      albums(first: $f) {\n        nodes {\n          t0: tracks(first: $t0) { nodes { name } }\n          t1: tracks(first: $t1, offset: $o1) @include(if: $second) { nodes { name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzSearch($q: String!, $types: [SearchType!]!, $n: Int!, $o: Int!) {\n    search(query: $q, types: $types, first: $n, offset: $o) {\n      albums { totalCount nodes { name } }\n      artists { nodes { name } }\n      tracks { nodes { name } }\n      playlists { nodes { name } }\n      shows { nodes { name } }\n    }\n  }\n"): (typeof documents)["\n  query FuzzSearch($q: String!, $types: [SearchType!]!, $n: Int!, $o: Int!) {\n    search(query: $q, types: $types, first: $n, offset: $o) {\n      albums { totalCount nodes { name } }\n      artists { nodes { name } }\n      tracks { nodes { name } }\n      playlists { nodes { name } }\n      shows { nodes { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzLibrary(\n    $n0: Int!, $o0: Int!, $n1: Int!, $o1: Int!, $second: Boolean!, $p: Int!, $albums: Boolean!\n  ) {\n    me {\n      displayName\n      s0: savedTracks(first: $n0, offset: $o0) { totalCount nodes { name } }\n      s1: savedTracks(first: $n1, offset: $o1) @include(if: $second) { nodes { name } }\n      playlists(first: $p) { nodes { name } }\n      savedAlbums(first: $n0) @include(if: $albums) { nodes { name } }\n    }\n  }\n"): (typeof documents)["\n  query FuzzLibrary(\n    $n0: Int!, $o0: Int!, $n1: Int!, $o1: Int!, $second: Boolean!, $p: Int!, $albums: Boolean!\n  ) {\n    me {\n      displayName\n      s0: savedTracks(first: $n0, offset: $o0) { totalCount nodes { name } }\n      s1: savedTracks(first: $n1, offset: $o1) @include(if: $second) { nodes { name } }\n      playlists(first: $p) { nodes { name } }\n      savedAlbums(first: $n0) @include(if: $albums) { nodes { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzAliases(\n    $id: ID!, $other: ID!, $uri: ID!, $f: Int!, $g: Int!, $name: Boolean!, $second: Boolean!, $node: Boolean!\n  ) {\n    a0: artist(id: $id) { albums(first: $f) { nodes { name } } }\n    a1: artist(id: $id) { ...FuzzArtistAlbums }\n    a2: artist(id: $id) { name @include(if: $name) albums(first: $g) { totalCount } }\n    a3: artist(id: $other) @include(if: $second) { ...FuzzArtistAlbums }\n    a4: node(id: $uri) @include(if: $node) { id ...FuzzArtistAlbums }\n  }\n  fragment FuzzArtistAlbums on Artist { albums(first: $f) { nodes { name } } }\n"): (typeof documents)["\n  query FuzzAliases(\n    $id: ID!, $other: ID!, $uri: ID!, $f: Int!, $g: Int!, $name: Boolean!, $second: Boolean!, $node: Boolean!\n  ) {\n    a0: artist(id: $id) { albums(first: $f) { nodes { name } } }\n    a1: artist(id: $id) { ...FuzzArtistAlbums }\n    a2: artist(id: $id) { name @include(if: $name) albums(first: $g) { totalCount } }\n    a3: artist(id: $other) @include(if: $second) { ...FuzzArtistAlbums }\n    a4: node(id: $uri) @include(if: $node) { id ...FuzzArtistAlbums }\n  }\n  fragment FuzzArtistAlbums on Artist { albums(first: $f) { nodes { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzRepeatedIds($albums: [ID!]!, $again: [ID!]!, $tracks: [ID!]!, $withAlbum: Boolean!) {\n    albums(ids: $albums) { name }\n    again: albums(ids: $again) { id name }\n    tracks(ids: $tracks) { name album @include(if: $withAlbum) { name label } }\n  }\n"): (typeof documents)["\n  query FuzzRepeatedIds($albums: [ID!]!, $again: [ID!]!, $tracks: [ID!]!, $withAlbum: Boolean!) {\n    albums(ids: $albums) { name }\n    again: albums(ids: $again) { id name }\n    tracks(ids: $tracks) { name album @include(if: $withAlbum) { name label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzMixedById(\n    $album: ID!, $albums: [ID!]!, $uri: ID!, $uris: [ID!]!, $playlist: ID!, $withPlaylist: Boolean!\n  ) {\n    album(id: $album) { name }\n    albums(ids: $albums) { name }\n    node(id: $uri) { id ... on Album { name } ... on Track { name } ... on Playlist { name } }\n    nodes(ids: $uris) { id ... on Album { name } ... on Artist { name } ... on Track { name } ... on Playlist { name } }\n    playlist(id: $playlist) @include(if: $withPlaylist) { name }\n  }\n"): (typeof documents)["\n  query FuzzMixedById(\n    $album: ID!, $albums: [ID!]!, $uri: ID!, $uris: [ID!]!, $playlist: ID!, $withPlaylist: Boolean!\n  ) {\n    album(id: $album) { name }\n    albums(ids: $albums) { name }\n    node(id: $uri) { id ... on Album { name } ... on Track { name } ... on Playlist { name } }\n    nodes(ids: $uris) { id ... on Album { name } ... on Artist { name } ... on Track { name } ... on Playlist { name } }\n    playlist(id: $playlist) @include(if: $withPlaylist) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostReadmeAlbumTwice($a: ID!, $b: ID!) {\n          album(id: $a) { name tracks(first: 50) { nodes { artists { albums(first: 3) { nodes { name } } } } } }\n          other: album(id: $b) { name tracks(first: 50) { nodes { artists { albums(first: 3) { nodes { name } } } } } }\n        }\n      "): (typeof documents)["\n        query CostReadmeAlbumTwice($a: ID!, $b: ID!) {\n          album(id: $a) { name tracks(first: 50) { nodes { artists { albums(first: 3) { nodes { name } } } } } }\n          other: album(id: $b) { name tracks(first: 50) { nodes { artists { albums(first: 3) { nodes { name } } } } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostReadmeAlbumTwoCounts($a: ID!) {\n          album(id: $a) {\n            name\n            tracks(first: 50) {\n              nodes { artists { albums(first: 3) { nodes { name } } a2: albums(first: 5) { totalCount } } }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CostReadmeAlbumTwoCounts($a: ID!) {\n          album(id: $a) {\n            name\n            tracks(first: 50) {\n              nodes { artists { albums(first: 3) { nodes { name } } a2: albums(first: 5) { totalCount } } }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostAlbumScreens($a: ID!, $b: ID!) {\n          first: album(id: $a) { ...CostAlbumScreen }\n          second: album(id: $b) { ...CostAlbumScreen }\n        }\n        fragment CostAlbumScreen on Album {\n          __typename id name label releaseDate images { __typename url }\n          artists {\n            __typename id name followerCount images { __typename url }\n            albums(first: 10) { __typename totalCount nodes { __typename id name images { __typename url } } }\n          }\n          tracks(first: 50) {\n            __typename totalCount\n            pageInfo { __typename hasNextPage endCursor }\n            nodes { __typename id name durationMs artists { __typename id name } }\n          }\n        }\n      "): (typeof documents)["\n        query CostAlbumScreens($a: ID!, $b: ID!) {\n          first: album(id: $a) { ...CostAlbumScreen }\n          second: album(id: $b) { ...CostAlbumScreen }\n        }\n        fragment CostAlbumScreen on Album {\n          __typename id name label releaseDate images { __typename url }\n          artists {\n            __typename id name followerCount images { __typename url }\n            albums(first: 10) { __typename totalCount nodes { __typename id name images { __typename url } } }\n          }\n          tracks(first: 50) {\n            __typename totalCount\n            pageInfo { __typename hasNextPage endCursor }\n            nodes { __typename id name durationMs artists { __typename id name } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostMeScreen {\n          me {\n            __typename displayName images { url }\n            playlists(first: 50) {\n              totalCount\n              nodes {\n                __typename id name images { url } owner { __typename id displayName }\n                items(first: 100) {\n                  totalCount\n                  edges {\n                    addedAt\n                    node {\n                      __typename\n                      ... on Track { id name album { id name images { url } } artists { id name } }\n                      ... on Episode { id name show { id name } }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CostMeScreen {\n          me {\n            __typename displayName images { url }\n            playlists(first: 50) {\n              totalCount\n              nodes {\n                __typename id name images { url } owner { __typename id displayName }\n                items(first: 100) {\n                  totalCount\n                  edges {\n                    addedAt\n                    node {\n                      __typename\n                      ... on Track { id name album { id name images { url } } artists { id name } }\n                      ... on Episode { id name show { id name } }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostBenchArtist($id: ID!) {\n          artist(id: $id) {\n            name\n            albums(first: 5) { nodes { name tracks(first: 10) { nodes { name artists { name popularity } } } } }\n          }\n        }\n      "): (typeof documents)["\n        query CostBenchArtist($id: ID!) {\n          artist(id: $id) {\n            name\n            albums(first: 5) { nodes { name tracks(first: 10) { nodes { name artists { name popularity } } } } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostBenchTracks($ids: [ID!]!) {\n          first: tracks(ids: $ids) { name popularity album { name label } artists { name popularity } }\n        }\n      "): (typeof documents)["\n        query CostBenchTracks($ids: [ID!]!) {\n          first: tracks(ids: $ids) { name popularity album { name label } artists { name popularity } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostBenchPlaylists($p0: ID!, $p1: ID!, $p2: ID!, $p3: ID!) {\n          p0: playlist(id: $p0) { ...CostPlaylistArtists }\n          p1: playlist(id: $p1) { ...CostPlaylistArtists }\n          p2: playlist(id: $p2) { ...CostPlaylistArtists }\n          p3: playlist(id: $p3) { ...CostPlaylistArtists }\n        }\n        fragment CostPlaylistArtists on Playlist {\n          name items(first: 20) { nodes { ... on Track { name artists { name popularity } } } }\n        }\n      "): (typeof documents)["\n        query CostBenchPlaylists($p0: ID!, $p1: ID!, $p2: ID!, $p3: ID!) {\n          p0: playlist(id: $p0) { ...CostPlaylistArtists }\n          p1: playlist(id: $p1) { ...CostPlaylistArtists }\n          p2: playlist(id: $p2) { ...CostPlaylistArtists }\n          p3: playlist(id: $p3) { ...CostPlaylistArtists }\n        }\n        fragment CostPlaylistArtists on Playlist {\n          name items(first: 20) { nodes { ... on Track { name artists { name popularity } } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostOneLargeSearch {\n          search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } }\n        }\n      "): (typeof documents)["\n        query CostOneLargeSearch {\n          search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostBenchShows($ids: [ID!]!) {\n          shows(ids: $ids) { name episodes(first: 5) { nodes { name show { name publisher } } } }\n        }\n      "): (typeof documents)["\n        query CostBenchShows($ids: [ID!]!) {\n          shows(ids: $ids) { name episodes(first: 5) { nodes { name show { name publisher } } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostBenchArtistsAlbums($ids: [ID!]!) {\n          artists(ids: $ids) { name albums(first: 5) { nodes { name label } } }\n        }\n      "): (typeof documents)["\n        query CostBenchArtistsAlbums($ids: [ID!]!) {\n          artists(ids: $ids) { name albums(first: 5) { nodes { name label } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CostExtendedTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!) {\n        a: tracks(ids: $a) { name }\n        b: tracks(ids: $b) { name }\n        c: tracks(ids: $c) { name }\n        d: tracks(ids: $d) { name }\n        e: tracks(ids: $e) { name }\n        f: tracks(ids: $f) { name }\n        g: tracks(ids: $g) { name }\n      }\n    "): (typeof documents)["\n      query CostExtendedTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!, $g: [ID!]!) {\n        a: tracks(ids: $a) { name }\n        b: tracks(ids: $b) { name }\n        c: tracks(ids: $c) { name }\n        d: tracks(ids: $d) { name }\n        e: tracks(ids: $e) { name }\n        f: tracks(ids: $f) { name }\n        g: tracks(ids: $g) { name }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CostExtendedSearchPages { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { id } } } }\n    "): (typeof documents)["\n      query CostExtendedSearchPages { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { id } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAudiobooksChaptersPage($id: ID!, $first: Int, $after: String) {\n        audiobook(id: $id) {\n          chapters(first: $first, after: $after) {\n            totalCount\n            nodes { spotifyId chapterNumber audiobook { name } }\n            pageInfo { hasNextPage endCursor }\n          }\n        }\n      }"): (typeof documents)["query CatalogAudiobooksChaptersPage($id: ID!, $first: Int, $after: String) {\n        audiobook(id: $id) {\n          chapters(first: $first, after: $after) {\n            totalCount\n            nodes { spotifyId chapterNumber audiobook { name } }\n            pageInfo { hasNextPage endCursor }\n          }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAudiobooksFields($id: ID!) {\n        audiobook(id: $id) {\n          id name authors narrators edition publisher description explicit languages mediaType totalChapters\n          copyrights { text type }\n        }\n      }"): (typeof documents)["query CatalogAudiobooksFields($id: ID!) {\n        audiobook(id: $id) {\n          id name authors narrators edition publisher description explicit languages mediaType totalChapters\n          copyrights { text type }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAudiobooksFirstChapters($ids: [ID!]!) {\n        audiobooks(ids: $ids) { chapters(first: 5) { nodes { name } } }\n      }"): (typeof documents)["query CatalogAudiobooksFirstChapters($ids: [ID!]!) {\n        audiobooks(ids: $ids) { chapters(first: 5) { nodes { name } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAudiobooksNames($ids: [ID!]!) { audiobooks(ids: $ids) { name } }"): (typeof documents)["query CatalogAudiobooksNames($ids: [ID!]!) { audiobooks(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAudiobooksChapterFields($id: ID!) {\n        chapter(id: $id) {\n          id uri name chapterNumber description durationMs explicit releaseDate languages isPlayable\n          audiobook { name }\n        }\n      }"): (typeof documents)["query CatalogAudiobooksChapterFields($id: ID!) {\n        chapter(id: $id) {\n          id uri name chapterNumber description durationMs explicit releaseDate languages isPlayable\n          audiobook { name }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAudiobooksChapterIds($ids: [ID!]!) { chapters(ids: $ids) { spotifyId } }"): (typeof documents)["query CatalogAudiobooksChapterIds($ids: [ID!]!) { chapters(ids: $ids) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAudiobooksBadId($ids: [ID!]!) { chapters(ids: $ids) { name } }"): (typeof documents)["query CatalogAudiobooksBadId($ids: [ID!]!) { chapters(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAudiobooksBadMarket($id: ID!, $market: String) { audiobook(id: $id, market: $market) { name } }"): (typeof documents)["query CatalogAudiobooksBadMarket($id: ID!, $market: String) { audiobook(id: $id, market: $market) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogAudiobooksNode($id: ID!) { node(id: $id) { __typename ... on Chapter { chapterNumber } } }"): (typeof documents)["query CatalogAudiobooksNode($id: ID!) { node(id: $id) { __typename ... on Chapter { chapterNumber } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheBadValueAlbum($id: ID!) { album(id: $id) { id name } }"): (typeof documents)["query CacheBadValueAlbum($id: ID!) { album(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheBadValueTopTracks($id: ID!) {\n  artist(id: $id) { topTracks(market: \"SE\") { id name } }\n}"): (typeof documents)["query CacheBadValueTopTracks($id: ID!) {\n  artist(id: $id) { topTracks(market: \"SE\") { id name } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheBadValueArtistAlbums($id: ID!) {\n  artist(id: $id) { albums(first: 3) { nodes { id name } } }\n}"): (typeof documents)["query CacheBadValueArtistAlbums($id: ID!) {\n  artist(id: $id) { albums(first: 3) { nodes { id name } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheBadValueAlbumArtists($id: ID!) {\n  album(id: $id) { name artists { id } }\n}"): (typeof documents)["query CacheBadValueAlbumArtists($id: ID!) {\n  album(id: $id) { name artists { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheBadValueAlbumAndMissing($id: ID!) {\n  album(id: $id) { name }\n  missing: album(id: \"0000000000000000000000\") { name }\n}"): (typeof documents)["query CacheBadValueAlbumAndMissing($id: ID!) {\n  album(id: $id) { name }\n  missing: album(id: \"0000000000000000000000\") { name }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CacheBadValueGoodAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query CacheBadValueGoodAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogDevelopmentShows($ids: [ID!]!) { shows(ids: $ids) { spotifyId } }"): (typeof documents)["query CatalogDevelopmentShows($ids: [ID!]!) { shows(ids: $ids) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogDevelopmentEpisodes($ids: [ID!]!) { episodes(ids: $ids) { spotifyId } }"): (typeof documents)["query CatalogDevelopmentEpisodes($ids: [ID!]!) { episodes(ids: $ids) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogDevelopmentShowEpisodes($id: ID!) { show(id: $id) { episodes(first: 20) { nodes { spotifyId } } } }"): (typeof documents)["query CatalogDevelopmentShowEpisodes($id: ID!) { show(id: $id) { episodes(first: 20) { nodes { spotifyId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CatalogDevelopmentLostFields($id: ID!) {\n        show(id: $id) { name }\n        markets\n        genreSeeds\n        categories { totalCount }\n        category(id: \"pop\") { name }\n        featuredPlaylists { message }\n        newReleases { totalCount }\n        recommendations(seedGenres: [\"pop\"]) { tracks { name } }\n      }"): (typeof documents)["\n      query CatalogDevelopmentLostFields($id: ID!) {\n        show(id: $id) { name }\n        markets\n        genreSeeds\n        categories { totalCount }\n        category(id: \"pop\") { name }\n        featuredPlaylists { message }\n        newReleases { totalCount }\n        recommendations(seedGenres: [\"pop\"]) { tracks { name } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogDevelopmentSearch { search(query: \"the\", types: [TRACK, ALBUM], first: 25) { tracks { nodes { name } } albums { nodes { name } } } }"): (typeof documents)["query CatalogDevelopmentSearch { search(query: \"the\", types: [TRACK, ALBUM], first: 25) { tracks { nodes { name } } albums { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogListsGenres { genreSeeds }"): (typeof documents)["query CatalogListsGenres { genreSeeds }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogListsMarkets { markets }"): (typeof documents)["query CatalogListsMarkets { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogListsRecommended($a: [ID!]) { recommendations(seedArtists: $a, limit: 5) { tracks { name } } }\n"): (typeof documents)["\n  query CatalogListsRecommended($a: [ID!]) { recommendations(seedArtists: $a, limit: 5) { tracks { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogListsAliases($a: [ID!]) {\n    g: genreSeeds h: genreSeeds m: markets n: markets\n    r: recommendations(seedArtists: $a, limit: 5) { tracks { name } }\n    s: recommendations(seedArtists: $a, limit: 5) { tracks { name } }\n  }\n"): (typeof documents)["\n  query CatalogListsAliases($a: [ID!]) {\n    g: genreSeeds h: genreSeeds m: markets n: markets\n    r: recommendations(seedArtists: $a, limit: 5) { tracks { name } }\n    s: recommendations(seedArtists: $a, limit: 5) { tracks { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogListsFromToken($a: [ID!]) {\n    recommendations(seedArtists: $a, limit: 5, market: \"from_token\") { tracks { name } }\n  }\n"): (typeof documents)["\n  query CatalogListsFromToken($a: [ID!]) {\n    recommendations(seedArtists: $a, limit: 5, market: \"from_token\") { tracks { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogListsWarm($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query CatalogListsWarm($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsEpisodesPage($id: ID!, $first: Int, $after: String) {\n        show(id: $id) {\n          episodes(first: $first, after: $after) {\n            totalCount\n            nodes { spotifyId name show { name } }\n            edges { cursor }\n            pageInfo { hasNextPage hasPreviousPage endCursor }\n          }\n        }\n      }"): (typeof documents)["query CatalogShowsEpisodesPage($id: ID!, $first: Int, $after: String) {\n        show(id: $id) {\n          episodes(first: $first, after: $after) {\n            totalCount\n            nodes { spotifyId name show { name } }\n            edges { cursor }\n            pageInfo { hasNextPage hasPreviousPage endCursor }\n          }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsByIdOrUri($id: ID!, $uri: ID!) {\n        byId: show(id: $id) {\n          id spotifyId uri name publisher description languages mediaType explicit totalEpisodes\n          images { url } copyrights { text type }\n        }\n        byUri: show(id: $uri) { id }\n      }"): (typeof documents)["query CatalogShowsByIdOrUri($id: ID!, $uri: ID!) {\n        byId: show(id: $id) {\n          id spotifyId uri name publisher description languages mediaType explicit totalEpisodes\n          images { url } copyrights { text type }\n        }\n        byUri: show(id: $uri) { id }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsEpisodeFields($id: ID!) {\n        episode(id: $id) {\n          name description durationMs explicit releaseDate releaseDatePrecision languages isPlayable\n          resumePoint { fullyPlayed }\n          show { name publisher }\n        }\n      }"): (typeof documents)["query CatalogShowsEpisodeFields($id: ID!) {\n        episode(id: $id) {\n          name description durationMs explicit releaseDate releaseDatePrecision languages isPlayable\n          resumePoint { fullyPlayed }\n          show { name publisher }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsResumePoint($id: ID!) { episode(id: $id) { resumePoint { fullyPlayed resumePositionMs } } }"): (typeof documents)["query CatalogShowsResumePoint($id: ID!) { episode(id: $id) { resumePoint { fullyPlayed resumePositionMs } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsResumePoints($ids: [ID!]!) {\n        episodes(ids: $ids) { durationMs resumePoint { fullyPlayed resumePositionMs } }\n      }"): (typeof documents)["query CatalogShowsResumePoints($ids: [ID!]!) {\n        episodes(ids: $ids) { durationMs resumePoint { fullyPlayed resumePositionMs } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsEpisodeBatches($ids: [ID!]!) { episodes(ids: $ids) { spotifyId } }"): (typeof documents)["query CatalogShowsEpisodeBatches($ids: [ID!]!) { episodes(ids: $ids) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsNames($ids: [ID!]!) { shows(ids: $ids) { name } }"): (typeof documents)["query CatalogShowsNames($ids: [ID!]!) { shows(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsBatches($ids: [ID!]!) { shows(ids: $ids) { spotifyId } }"): (typeof documents)["query CatalogShowsBatches($ids: [ID!]!) { shows(ids: $ids) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsBadId($id: ID!) { show(id: $id) { name } }"): (typeof documents)["query CatalogShowsBadId($id: ID!) { show(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsWrongType($id: ID!) { episode(id: $id) { name } }"): (typeof documents)["query CatalogShowsWrongType($id: ID!) { episode(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsBadMarket($ids: [ID!]!, $market: String) { shows(ids: $ids, market: $market) { name } }"): (typeof documents)["query CatalogShowsBadMarket($ids: [ID!]!, $market: String) { shows(ids: $ids, market: $market) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogShowsNode($id: ID!) { node(id: $id) { __typename ... on Show { name } } }"): (typeof documents)["query CatalogShowsNode($id: ID!) { node(id: $id) { __typename ... on Show { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientInputSearchFirst($n: Int!) { search(query: \"a\", types: [TRACK], first: $n) { tracks { totalCount } } }"): (typeof documents)["query ClientInputSearchFirst($n: Int!) { search(query: \"a\", types: [TRACK], first: $n) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientInputSearchTypes($types: [SearchType!]!) { search(query: \"a\", types: $types, first: 1) { tracks { totalCount } } }"): (typeof documents)["query ClientInputSearchTypes($types: [SearchType!]!) { search(query: \"a\", types: $types, first: 1) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientInputAlbum($id: ID!) { album(id: $id) { id } }"): (typeof documents)["query ClientInputAlbum($id: ID!) { album(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientInputAlbumOrDefault($id: ID = \"x\") { album(id: $id) { id } }"): (typeof documents)["query ClientInputAlbumOrDefault($id: ID = \"x\") { album(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientInputIncludeOrDefault($on: Boolean = true) { __typename @include(if: $on) }"): (typeof documents)["query ClientInputIncludeOrDefault($on: Boolean = true) { __typename @include(if: $on) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientInputAlbumsItemOrDefault($id: ID = \"x\") { albums(ids: [$id]) { id } }"): (typeof documents)["query ClientInputAlbumsItemOrDefault($id: ID = \"x\") { albums(ids: [$id]) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientInputFragmentAlbum($id: ID = \"x\") { ...ClientInputAlbumFields } fragment ClientInputAlbumFields on Query { album(id: $id) { id } }"): (typeof documents)["query ClientInputFragmentAlbum($id: ID = \"x\") { ...ClientInputAlbumFields } fragment ClientInputAlbumFields on Query { album(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrentColdArtist($id: ID!) {\n    artist(id: $id) {\n      name followerCount\n      albums(first: 5) { nodes { name } }\n      topTracks { name }\n      relatedArtists { name }\n    }\n  }\n"): (typeof documents)["\n  query ConcurrentColdArtist($id: ID!) {\n    artist(id: $id) {\n      name followerCount\n      albums(first: 5) { nodes { name } }\n      topTracks { name }\n      relatedArtists { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrentColdSearch($q: String!) {\n    search(query: $q, types: [ARTIST], first: 3) { artists { nodes { name albums(first: 2) { nodes { name } } } } }\n  }\n"): (typeof documents)["\n  query ConcurrentColdSearch($q: String!) {\n    search(query: $q, types: [ARTIST], first: 3) { artists { nodes { name albums(first: 2) { nodes { name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrentColdWide($id: ID!) { artist(id: $id) { albums(first: 6) { nodes { name } } } }\n"): (typeof documents)["\n  query ConcurrentColdWide($id: ID!) { artist(id: $id) { albums(first: 6) { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrentColdNarrow($id: ID!) { artist(id: $id) { albums(first: 2, offset: 3) { nodes { name } } } }\n"): (typeof documents)["\n  query ConcurrentColdNarrow($id: ID!) { artist(id: $id) { albums(first: 2, offset: 3) { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrentColdAlbumsThenSearch($id: ID!, $q: String!) {\n    artist(id: $id) { albums(first: 4) { nodes { name } } }\n    search(query: $q, types: [TRACK], first: 1) { tracks { totalCount } }\n  }\n"): (typeof documents)["\n  query ConcurrentColdAlbumsThenSearch($id: ID!, $q: String!) {\n    artist(id: $id) { albums(first: 4) { nodes { name } } }\n    search(query: $q, types: [TRACK], first: 1) { tracks { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrentColdTwoAlbums($a: ID!, $b: ID!) { a: album(id: $a) { name } b: album(id: $b) { name } }\n"): (typeof documents)["\n  query ConcurrentColdTwoAlbums($a: ID!, $b: ID!) { a: album(id: $a) { name } b: album(id: $b) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrentColdBigAlbum($id: ID!) { album(id: $id) { name tracks(first: 60) { nodes { name } } } }\n"): (typeof documents)["\n  query ConcurrentColdBigAlbum($id: ID!) { album(id: $id) { name tracks(first: 60) { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrentColdGenresMarkets { genreSeeds markets }"): (typeof documents)["query ConcurrentColdGenresMarkets { genreSeeds markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrentPagesItems($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) {\n    items(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ... on Track { id } ... on Episode { id } } }\n    }\n  }\n}"): (typeof documents)["query ConcurrentPagesItems($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) {\n    items(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ... on Track { id } ... on Episode { id } } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrentPagesAlbum($id: ID!, $first: Int!) {\n  album(id: $id) { tracks(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}"): (typeof documents)["query ConcurrentPagesAlbum($id: ID!, $first: Int!) {\n  album(id: $id) { tracks(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrentPagesCounted($id: ID!) {\n    playlist(id: $id) { items(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor } } }\n  }"): (typeof documents)["query ConcurrentPagesCounted($id: ID!) {\n    playlist(id: $id) { items(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConcurrentPagesFollowed($first: Int!, $after: String) {\n    me { followedArtists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query ConcurrentPagesFollowed($first: Int!, $after: String) {\n    me { followedArtists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionPagesTotal($id: ID!) { artist(id: $id) { albums(first: 500) { totalCount } } }"): (typeof documents)["query ConnectionPagesTotal($id: ID!) { artist(id: $id) { albums(first: 500) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionPagesCounted($id: ID!) { artist(id: $id) { albums(first: 30, offset: 10) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }"): (typeof documents)["query ConnectionPagesCounted($id: ID!) { artist(id: $id) { albums(first: 30, offset: 10) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionPagesFull($id: ID!) { artist(id: $id) { albums(first: 30, offset: 10) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { name } } } }"): (typeof documents)["query ConnectionPagesFull($id: ID!) { artist(id: $id) { albums(first: 30, offset: 10) {\n          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionPagesFragment($id: ID!) { artist(id: $id) { albums(first: 60) { totalCount ...ConnectionPagesItems } } }\n       fragment ConnectionPagesItems on ArtistAlbumConnection { nodes { name } }"): (typeof documents)["query ConnectionPagesFragment($id: ID!) { artist(id: $id) { albums(first: 60) { totalCount ...ConnectionPagesItems } } }\n       fragment ConnectionPagesItems on ArtistAlbumConnection { nodes { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionPagesSearchTotal { search(query: \"e\", types: [TRACK], first: 500, offset: 600) { tracks { totalCount pageInfo { hasPreviousPage } } } }"): (typeof documents)["query ConnectionPagesSearchTotal { search(query: \"e\", types: [TRACK], first: 500, offset: 600) { tracks { totalCount pageInfo { hasPreviousPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionPagesTwentyFiveTotals {\n        s0: search(query: \"e\", types: [TRACK], first: 500, offset: 0) { tracks { totalCount } }\n        s1: search(query: \"e\", types: [TRACK], first: 500, offset: 1) { tracks { totalCount } }\n        s2: search(query: \"e\", types: [TRACK], first: 500, offset: 2) { tracks { totalCount } }\n        s3: search(query: \"e\", types: [TRACK], first: 500, offset: 3) { tracks { totalCount } }\n        s4: search(query: \"e\", types: [TRACK], first: 500, offset: 4) { tracks { totalCount } }\n        s5: search(query: \"e\", types: [TRACK], first: 500, offset: 5) { tracks { totalCount } }\n        s6: search(query: \"e\", types: [TRACK], first: 500, offset: 6) { tracks { totalCount } }\n        s7: search(query: \"e\", types: [TRACK], first: 500, offset: 7) { tracks { totalCount } }\n        s8: search(query: \"e\", types: [TRACK], first: 500, offset: 8) { tracks { totalCount } }\n        s9: search(query: \"e\", types: [TRACK], first: 500, offset: 9) { tracks { totalCount } }\n        s10: search(query: \"e\", types: [TRACK], first: 500, offset: 10) { tracks { totalCount } }\n        s11: search(query: \"e\", types: [TRACK], first: 500, offset: 11) { tracks { totalCount } }\n        s12: search(query: \"e\", types: [TRACK], first: 500, offset: 12) { tracks { totalCount } }\n        s13: search(query: \"e\", types: [TRACK], first: 500, offset: 13) { tracks { totalCount } }\n        s14: search(query: \"e\", types: [TRACK], first: 500, offset: 14) { tracks { totalCount } }\n        s15: search(query: \"e\", types: [TRACK], first: 500, offset: 15) { tracks { totalCount } }\n        s16: search(query: \"e\", types: [TRACK], first: 500, offset: 16) { tracks { totalCount } }\n        s17: search(query: \"e\", types: [TRACK], first: 500, offset: 17) { tracks { totalCount } }\n        s18: search(query: \"e\", types: [TRACK], first: 500, offset: 18) { tracks { totalCount } }\n        s19: search(query: \"e\", types: [TRACK], first: 500, offset: 19) { tracks { totalCount } }\n        s20: search(query: \"e\", types: [TRACK], first: 500, offset: 20) { tracks { totalCount } }\n        s21: search(query: \"e\", types: [TRACK], first: 500, offset: 21) { tracks { totalCount } }\n        s22: search(query: \"e\", types: [TRACK], first: 500, offset: 22) { tracks { totalCount } }\n        s23: search(query: \"e\", types: [TRACK], first: 500, offset: 23) { tracks { totalCount } }\n        s24: search(query: \"e\", types: [TRACK], first: 500, offset: 24) { tracks { totalCount } }\n      }"): (typeof documents)["query ConnectionPagesTwentyFiveTotals {\n        s0: search(query: \"e\", types: [TRACK], first: 500, offset: 0) { tracks { totalCount } }\n        s1: search(query: \"e\", types: [TRACK], first: 500, offset: 1) { tracks { totalCount } }\n        s2: search(query: \"e\", types: [TRACK], first: 500, offset: 2) { tracks { totalCount } }\n        s3: search(query: \"e\", types: [TRACK], first: 500, offset: 3) { tracks { totalCount } }\n        s4: search(query: \"e\", types: [TRACK], first: 500, offset: 4) { tracks { totalCount } }\n        s5: search(query: \"e\", types: [TRACK], first: 500, offset: 5) { tracks { totalCount } }\n        s6: search(query: \"e\", types: [TRACK], first: 500, offset: 6) { tracks { totalCount } }\n        s7: search(query: \"e\", types: [TRACK], first: 500, offset: 7) { tracks { totalCount } }\n        s8: search(query: \"e\", types: [TRACK], first: 500, offset: 8) { tracks { totalCount } }\n        s9: search(query: \"e\", types: [TRACK], first: 500, offset: 9) { tracks { totalCount } }\n        s10: search(query: \"e\", types: [TRACK], first: 500, offset: 10) { tracks { totalCount } }\n        s11: search(query: \"e\", types: [TRACK], first: 500, offset: 11) { tracks { totalCount } }\n        s12: search(query: \"e\", types: [TRACK], first: 500, offset: 12) { tracks { totalCount } }\n        s13: search(query: \"e\", types: [TRACK], first: 500, offset: 13) { tracks { totalCount } }\n        s14: search(query: \"e\", types: [TRACK], first: 500, offset: 14) { tracks { totalCount } }\n        s15: search(query: \"e\", types: [TRACK], first: 500, offset: 15) { tracks { totalCount } }\n        s16: search(query: \"e\", types: [TRACK], first: 500, offset: 16) { tracks { totalCount } }\n        s17: search(query: \"e\", types: [TRACK], first: 500, offset: 17) { tracks { totalCount } }\n        s18: search(query: \"e\", types: [TRACK], first: 500, offset: 18) { tracks { totalCount } }\n        s19: search(query: \"e\", types: [TRACK], first: 500, offset: 19) { tracks { totalCount } }\n        s20: search(query: \"e\", types: [TRACK], first: 500, offset: 20) { tracks { totalCount } }\n        s21: search(query: \"e\", types: [TRACK], first: 500, offset: 21) { tracks { totalCount } }\n        s22: search(query: \"e\", types: [TRACK], first: 500, offset: 22) { tracks { totalCount } }\n        s23: search(query: \"e\", types: [TRACK], first: 500, offset: 23) { tracks { totalCount } }\n        s24: search(query: \"e\", types: [TRACK], first: 500, offset: 24) { tracks { totalCount } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionPagesExtendedSearchItems { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { name } } } }"): (typeof documents)["query ConnectionPagesExtendedSearchItems { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionPagesSearchItems { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { name } } } }"): (typeof documents)["query ConnectionPagesSearchItems { search(query: \"e\", types: [TRACK], first: 500) { tracks { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionPagesArtistItems($id: ID!) { artist(id: $id) { albums(first: 500) { nodes { name } } } }"): (typeof documents)["query ConnectionPagesArtistItems($id: ID!) { artist(id: $id) { albums(first: 500) { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContainsLibrary($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }"): (typeof documents)["query ContainsLibrary($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContainsFollows($artists: [ID!]!, $users: [ID!]!) { me { followsArtists(ids: $artists) followsUsers(ids: $users) } }"): (typeof documents)["query ContainsFollows($artists: [ID!]!, $users: [ID!]!) { me { followsArtists(ids: $artists) followsUsers(ids: $users) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContainsPlaylist($id: ID!) { me { displayName followsPlaylist(id: $id) } }"): (typeof documents)["query ContainsPlaylist($id: ID!) { me { displayName followsPlaylist(id: $id) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContainsPlayingType { me { player { state { isPlaying currentlyPlayingType } } } }"): (typeof documents)["query ContainsPlayingType { me { player { state { isPlaying currentlyPlayingType } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContainsDeviceIds { me { player { devices { id } } } }"): (typeof documents)["query ContainsDeviceIds { me { player { devices { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContainsPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }"): (typeof documents)["mutation ContainsPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContainsPartialFailure($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"): (typeof documents)["query ContainsPartialFailure($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContextUrisState { me { player { state { isPlaying context { type uri href } } currentlyPlaying { isPlaying context { type uri } } } } }"): (typeof documents)["query ContextUrisState { me { player { state { isPlaying context { type uri href } } currentlyPlaying { isPlaying context { type uri } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContextUrisHistory { me { recentlyPlayed(first: 20) { nodes { playedAt context { type uri } } } } }"): (typeof documents)["query ContextUrisHistory { me { recentlyPlayed(first: 20) { nodes { playedAt context { type uri } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContextUrisNoUri { me { player { state { isPlaying context { uri } } } } }"): (typeof documents)["query ContextUrisNoUri { me { player { state { isPlaying context { uri } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoveredPagesOverlapping($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }\n      d: albums(first: 2, offset: 1) { nodes { name } pageInfo { hasNextPage hasPreviousPage } }\n      t: albums(offset: 2) { totalCount pageInfo { hasPreviousPage } }\n    }\n  }\n"): (typeof documents)["\n  query CoveredPagesOverlapping($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { totalCount nodes { name } pageInfo { hasNextPage endCursor } }\n      d: albums(first: 2, offset: 1) { nodes { name } pageInfo { hasNextPage hasPreviousPage } }\n      t: albums(offset: 2) { totalCount pageInfo { hasPreviousPage } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoveredPagesByWider($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 4) { nodes { name } }\n      d: albums(first: 2, offset: 2) { nodes { name } }\n    }\n  }\n"): (typeof documents)["\n  query CoveredPagesByWider($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 4) { nodes { name } }\n      d: albums(first: 2, offset: 2) { nodes { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoveredPagesPast($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { name } }\n      d: albums(first: 3, offset: 2) { nodes { name } }\n    }\n  }\n"): (typeof documents)["\n  query CoveredPagesPast($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { name } }\n      d: albums(first: 3, offset: 2) { nodes { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoveredPagesNested($id: ID!) {\n    artist(id: $id) {\n      albums(first: 6) { nodes { name artists { spotifyId albums(first: 2, offset: 3) { nodes { name } } } } }\n    }\n  }\n"): (typeof documents)["\n  query CoveredPagesNested($id: ID!) {\n    artist(id: $id) {\n      albums(first: 6) { nodes { name artists { spotifyId albums(first: 2, offset: 3) { nodes { name } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoveredPagesPlaylistBeside($id: ID!) {\n    me { playlists(first: 5) { nodes { spotifyId items(first: 3) { totalCount nodes { __typename } } } } }\n    p: playlist(id: $id) { items(first: 3) { totalCount } }\n  }\n"): (typeof documents)["\n  query CoveredPagesPlaylistBeside($id: ID!) {\n    me { playlists(first: 5) { nodes { spotifyId items(first: 3) { totalCount nodes { __typename } } } } }\n    p: playlist(id: $id) { items(first: 3) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoveredPagesMyPlaylists { me { playlists(first: 5) { nodes { spotifyId } } } }\n"): (typeof documents)["\n  query CoveredPagesMyPlaylists { me { playlists(first: 5) { nodes { spotifyId } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CredentialRedactionTrack($id: ID!) { track(id: $id) { name } }"): (typeof documents)["query CredentialRedactionTrack($id: ID!) { track(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrentlyPlayingNothingQuery { me { player {\n        state { isPlaying currentlyPlayingType }\n        currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }"): (typeof documents)["query CurrentlyPlayingNothingQuery { me { player {\n        state { isPlaying currentlyPlayingType }\n        currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CurrentlyPlayingNothingPlaying {\n        currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } }"): (typeof documents)["subscription CurrentlyPlayingNothingPlaying {\n        currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CurrentlyPlayingNothingState { playbackState { isPlaying currentlyPlayingType } }"): (typeof documents)["subscription CurrentlyPlayingNothingState { playbackState { isPlaying currentlyPlayingType } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorArgumentsFollowed($first: Int, $after: String) { me { followedArtists(first: $first, after: $after) { nodes { name } } } }"): (typeof documents)["query CursorArgumentsFollowed($first: Int, $after: String) { me { followedArtists(first: $first, after: $after) { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorArgumentsAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query CursorArgumentsAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorArgumentsFirstBounds($first: Int) { me { followedArtists(first: $first) { totalCount } recentlyPlayed(first: $first) { edges { cursor } } } }"): (typeof documents)["query CursorArgumentsFirstBounds($first: Int) { me { followedArtists(first: $first) { totalCount } recentlyPlayed(first: $first) { edges { cursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorArgumentsEndCursor { me { followedArtists(first: 1) { pageInfo { endCursor } } } }"): (typeof documents)["query CursorArgumentsEndCursor { me { followedArtists(first: 1) { pageInfo { endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorArgumentsSavedTracks($after: String) { me { savedTracks(first: 1, after: $after) { totalCount } } }"): (typeof documents)["query CursorArgumentsSavedTracks($after: String) { me { savedTracks(first: 1, after: $after) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorArgumentsSearch($after: String) { search(query: \"e\", types: [TRACK], first: 5, after: $after) { tracks { totalCount } } }"): (typeof documents)["query CursorArgumentsSearch($after: String) { search(query: \"e\", types: [TRACK], first: 5, after: $after) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorArgumentsMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }"): (typeof documents)["query CursorArgumentsMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorArgumentsEmptyPages { me { followedArtists(first: 5) { edges { cursor } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query CursorArgumentsEmptyPages { me { followedArtists(first: 5) { edges { cursor } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CursorArgumentsCreatePlaylist { createPlaylist(name: \"Unread\") { playlist { id } } }"): (typeof documents)["mutation CursorArgumentsCreatePlaylist { createPlaylist(name: \"Unread\") { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorCyclesFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}"): (typeof documents)["query CursorCyclesFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorCyclesRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { playedAt track { id } } } } }\n}"): (typeof documents)["query CursorCyclesRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { playedAt track { id } } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorForgeryFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}"): (typeof documents)["query CursorForgeryFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorForgeryRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { playedAt } } } }\n}"): (typeof documents)["query CursorForgeryRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { playedAt } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ToTheEndRecent($first: Int, $after: String) { me { recentlyPlayed(first: $first, after: $after) { edges { cursor node { playedAt } } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query ToTheEndRecent($first: Int, $after: String) { me { recentlyPlayed(first: $first, after: $after) { edges { cursor node { playedAt } } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ToTheEndFollowed($first: Int, $after: String) { me { followedArtists(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query ToTheEndFollowed($first: Int, $after: String) { me { followedArtists(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ToTheEndTwoWindows($after: String) { me { a: recentlyPlayed(first: 40) { pageInfo { hasNextPage } } b: recentlyPlayed(first: 10, after: $after) { edges { cursor } pageInfo { hasNextPage } } } }"): (typeof documents)["query ToTheEndTwoWindows($after: String) { me { a: recentlyPlayed(first: 40) { pageInfo { hasNextPage } } b: recentlyPlayed(first: 10, after: $after) { edges { cursor } pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorNextNullFollowed($after: String) { me { followedArtists(first: 5, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query CursorNextNullFollowed($after: String) { me { followedArtists(first: 5, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorValuesRecent($after: String) { me { recentlyPlayed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }"): (typeof documents)["query CursorValuesRecent($after: String) { me { recentlyPlayed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorValuesFollowed { me { followedArtists(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }"): (typeof documents)["query CursorValuesFollowed { me { followedArtists(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorValuesFollowedAfter($after: String) { me { followedArtists(first: 5, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }"): (typeof documents)["query CursorValuesFollowedAfter($after: String) { me { followedArtists(first: 5, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorValuesRecentPlayedAt { me { recentlyPlayed(first: 3) { edges { cursor node { playedAt } } } } }"): (typeof documents)["query CursorValuesRecentPlayedAt { me { recentlyPlayed(first: 3) { edges { cursor node { playedAt } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorValuesFeatured { featuredPlaylists(first: 3) { message playlists { totalCount } } }"): (typeof documents)["query CursorValuesFeatured { featuredPlaylists(first: 3) { message playlists { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorSiblingsFollowed {\n          me {\n            a: followedArtists(first: 3) { nodes { name } pageInfo { hasNextPage endCursor } }\n            b: followedArtists(first: 5) { nodes { name } pageInfo { hasNextPage } }\n          }\n        }"): (typeof documents)["query CursorSiblingsFollowed {\n          me {\n            a: followedArtists(first: 3) { nodes { name } pageInfo { hasNextPage endCursor } }\n            b: followedArtists(first: 5) { nodes { name } pageInfo { hasNextPage } }\n          }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CursorSiblingsRecent {\n          me {\n            a: recentlyPlayed(first: 3) { nodes { playedAt } pageInfo { hasNextPage } }\n            b: recentlyPlayed(first: 10) { nodes { playedAt } }\n          }\n        }"): (typeof documents)["query CursorSiblingsRecent {\n          me {\n            a: recentlyPlayed(first: 3) { nodes { playedAt } pageInfo { hasNextPage } }\n            b: recentlyPlayed(first: 10) { nodes { playedAt } }\n          }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CutWritesSkipToNext { skipToNext { ok } }"): (typeof documents)["mutation CutWritesSkipToNext { skipToNext { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CutWritesMe { me { player { devices { id } } } }"): (typeof documents)["query CutWritesMe { me { player { devices { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CutWritesReplace($playlistId: ID!, $uris: [ID!]!) {\n        replacePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId }\n      }"): (typeof documents)["mutation CutWritesReplace($playlistId: ID!, $uris: [ID!]!) {\n        replacePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentRemovedPublisher($show: ID!, $book: ID!) {\n        show(id: $show) { name publisher } audiobook(id: $book) { name publisher } }"): (typeof documents)["query DevelopmentRemovedPublisher($show: ID!, $book: ID!) {\n        show(id: $show) { name publisher } audiobook(id: $book) { name publisher } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentRemovedArtistFields {\n        search(query: \"a\", types: [ARTIST], first: 5) { artists { nodes { name popularity followerCount } } } }"): (typeof documents)["query DevelopmentRemovedArtistFields {\n        search(query: \"a\", types: [ARTIST], first: 5) { artists { nodes { name popularity followerCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentRemovedTrackPopularity($id: ID!) {\n        album(id: $id) { label popularity tracks(first: 3) { nodes { name popularity } } } }"): (typeof documents)["query DevelopmentRemovedTrackPopularity($id: ID!) {\n        album(id: $id) { label popularity tracks(first: 3) { nodes { name popularity } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentRemovedProfileFields {\n        me { displayName country email product followerCount } }"): (typeof documents)["query DevelopmentRemovedProfileFields {\n        me { displayName country email product followerCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevelopmentRemovedFieldDocs {\n        types: __schema { types { name fields { name description } } } }"): (typeof documents)["query DevelopmentRemovedFieldDocs {\n        types: __schema { types { name fields { name description } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EchoedInputPause($deviceId: String) { pause(deviceId: $deviceId) { ok } }"): (typeof documents)["mutation EchoedInputPause($deviceId: String) { pause(deviceId: $deviceId) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EchoedInputLocale($locale: String) { categories(locale: $locale) { totalCount } }"): (typeof documents)["query EchoedInputLocale($locale: String) { categories(locale: $locale) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EchoedInputAlbum($id: ID!) { album(id: $id) { id } }"): (typeof documents)["query EchoedInputAlbum($id: ID!) { album(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EchoedInputMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }"): (typeof documents)["query EchoedInputMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EchoedInputCursor($id: ID!, $after: String) { album(id: $id) { tracks(first: 1, after: $after) { nodes { id } } } }"): (typeof documents)["query EchoedInputCursor($id: ID!, $after: String) { album(id: $id) { tracks(first: 1, after: $after) { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmbeddedPageShapesPlaylist($id: ID!) { playlist(id: $id) { name owner { id } items(first: 2) { totalCount edges { node { __typename } } } } }"): (typeof documents)["query EmbeddedPageShapesPlaylist($id: ID!) { playlist(id: $id) { name owner { id } items(first: 2) { totalCount edges { node { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmbeddedPageShapesAlbum($id: ID!) { album(id: $id) { name tracks(first: 2) { nodes { id } } } }"): (typeof documents)["query EmbeddedPageShapesAlbum($id: ID!) { album(id: $id) { name tracks(first: 2) { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorTextRedactionAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query ErrorTextRedactionAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsAlbumName($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query GraphqlErrorsAlbumName($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsRateLimitedMe { me { displayName } }"): (typeof documents)["query GraphqlErrorsRateLimitedMe { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsAlbum { album(id: \"not-an-id\") { name } }"): (typeof documents)["query GraphqlErrorsAlbum { album(id: \"not-an-id\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsAlbumInMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }"): (typeof documents)["query GraphqlErrorsAlbumInMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsTooManyTracks($id: ID!) { album(id: $id) { tracks(first: 5000) { totalCount } } }"): (typeof documents)["query GraphqlErrorsTooManyTracks($id: ID!) { album(id: $id) { tracks(first: 5000) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }"): (typeof documents)["query GraphqlErrorsAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsGoodAndBad($good: ID!, $bad: ID!) { good: album(id: $good) { name } bad: album(id: $bad) { name } }"): (typeof documents)["query GraphqlErrorsGoodAndBad($good: ID!, $bad: ID!) { good: album(id: $good) { name } bad: album(id: $bad) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsTypename { __typename }"): (typeof documents)["query GraphqlErrorsTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsExpiredMe { me { displayName } }"): (typeof documents)["query GraphqlErrorsExpiredMe { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsTopTracks($id: ID!) { artist(id: $id) { name topTracks(market: \"SE\") { name } } }"): (typeof documents)["query GraphqlErrorsTopTracks($id: ID!) { artist(id: $id) { name topTracks(market: \"SE\") { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsArtistName($id: ID!) { artist(id: $id) { name } }"): (typeof documents)["query GraphqlErrorsArtistName($id: ID!) { artist(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsType { __type(name: \"Artist\") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }"): (typeof documents)["query GraphqlErrorsType { __type(name: \"Artist\") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlErrorsFanOut($id: ID!) {\n        album(id: $id) {\n          tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { tracks(first: 500) { nodes { name } } } } } } }\n        }\n      }"): (typeof documents)["query GraphqlErrorsFanOut($id: ID!) {\n        album(id: $id) {\n          tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { tracks(first: 500) { nodes { name } } } } } } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutorParityAlbums($ids: [ID!]!) {\n  albums(ids: $ids) { name }\n}"): (typeof documents)["query ExecutorParityAlbums($ids: [ID!]!) {\n  albums(ids: $ids) { name }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutorParitySearch {\n  search(query: \"x\", types: [TRACK]) { tracks { totalCount } }\n}"): (typeof documents)["query ExecutorParitySearch {\n  search(query: \"x\", types: [TRACK]) { tracks { totalCount } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExtendedPagesArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 50) { totalCount nodes { name } } } }\n"): (typeof documents)["\n  query ExtendedPagesArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 50) { totalCount nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExtendedPagesSearch { search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } } }\n"): (typeof documents)["\n  query ExtendedPagesSearch { search(query: \"a\", types: [TRACK], first: 30) { tracks { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExtendedPagesSearchTwoTypes {\n      search(query: \"a\", types: [TRACK, ALBUM], first: 20) { tracks { nodes { id } } albums { nodes { id } } }\n    }"): (typeof documents)["query ExtendedPagesSearchTwoTypes {\n      search(query: \"a\", types: [TRACK, ALBUM], first: 20) { tracks { nodes { id } } albums { nodes { id } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExtendedPagesWarmUp { search(query: \"a\", types: [TRACK], first: 5) { tracks { totalCount } } }"): (typeof documents)["query ExtendedPagesWarmUp { search(query: \"a\", types: [TRACK], first: 5) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExtendedPagesArtistAndAlbums($id: ID!) { artist(id: $id) { name albums(first: 50) { nodes { name } } } }"): (typeof documents)["query ExtendedPagesArtistAndAlbums($id: ID!) { artist(id: $id) { name albums(first: 50) { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ExtendedPagesConcurrentSearch($q: String!) {\n      search(query: $q, types: [TRACK], first: 30) { tracks { totalCount nodes { id } } }\n    }\n  "): (typeof documents)["\n    query ExtendedPagesConcurrentSearch($q: String!) {\n      search(query: $q, types: [TRACK], first: 30) { tracks { totalCount nodes { id } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedChunkTracks($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }"): (typeof documents)["query FailedChunkTracks($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedChunkArtists($ids: [ID!]!) { artists(ids: $ids) { spotifyId } }"): (typeof documents)["query FailedChunkArtists($ids: [ID!]!) { artists(ids: $ids) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedChunkAlbums($ids: [ID!]!) { albums(ids: $ids) { spotifyId } }"): (typeof documents)["query FailedChunkAlbums($ids: [ID!]!) { albums(ids: $ids) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedChunkContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"): (typeof documents)["query FailedChunkContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedChunkFollows($ids: [ID!]!) { me { followsArtists(ids: $ids) } }"): (typeof documents)["query FailedChunkFollows($ids: [ID!]!) { me { followsArtists(ids: $ids) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedChunkFollowsPlaylists($a: ID!, $b: ID!) { me { a: followsPlaylist(id: $a) b: followsPlaylist(id: $b) } }\n"): (typeof documents)["\n  query FailedChunkFollowsPlaylists($a: ID!, $b: ID!) { me { a: followsPlaylist(id: $a) b: followsPlaylist(id: $b) } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedLaterPagePlaylist($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) {\n    name\n    items(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor }\n      nodes { __typename }\n    }\n  }\n}"): (typeof documents)["query FailedLaterPagePlaylist($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) {\n    name\n    items(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor }\n      nodes { __typename }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedLaterPageSaved($first: Int!, $after: String) {\n  me { savedTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"): (typeof documents)["query FailedLaterPageSaved($first: Int!, $after: String) {\n  me { savedTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedLaterPageAlbum($id: ID!, $first: Int!, $after: String) {\n  album(id: $id) { name tracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"): (typeof documents)["query FailedLaterPageAlbum($id: ID!, $first: Int!, $after: String) {\n  album(id: $id) { name tracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedLaterPageArtist($id: ID!, $first: Int!, $after: String) {\n  artist(id: $id) { name albums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"): (typeof documents)["query FailedLaterPageArtist($id: ID!, $first: Int!, $after: String) {\n  artist(id: $id) { name albums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedLaterPageShow($id: ID!, $first: Int!, $after: String) {\n  show(id: $id) { name episodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"): (typeof documents)["query FailedLaterPageShow($id: ID!, $first: Int!, $after: String) {\n  show(id: $id) { name episodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedLaterPageTop($first: Int!, $after: String) {\n  me { topTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"): (typeof documents)["query FailedLaterPageTop($first: Int!, $after: String) {\n  me { topTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedLaterPageChapters($id: ID!, $first: Int!, $after: String) {\n  audiobook(id: $id) { name chapters(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"): (typeof documents)["query FailedLaterPageChapters($id: ID!, $first: Int!, $after: String) {\n  audiobook(id: $id) { name chapters(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FailedLaterPageSearch($first: Int!, $after: String) {\n  search(query: \"a\", types: [TRACK], first: $first, after: $after) {\n    tracks { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } }\n  }\n}"): (typeof documents)["query FailedLaterPageSearch($first: Int!, $after: String) {\n  search(query: \"a\", types: [TRACK], first: $first, after: $after) {\n    tracks { pageInfo { hasNextPage endCursor } edges { cursor } nodes { __typename } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeaturedWindowsJoined {\n  w0: featuredPlaylists(first: 4, offset: 4) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n  w1: featuredPlaylists(first: 4, offset: 2) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}"): (typeof documents)["query FeaturedWindowsJoined {\n  w0: featuredPlaylists(first: 4, offset: 4) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n  w1: featuredPlaylists(first: 4, offset: 2) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeaturedWindowsCovered {\n  w0: featuredPlaylists(first: 8) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n  w1: featuredPlaylists(first: 2, offset: 1) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}"): (typeof documents)["query FeaturedWindowsCovered {\n  w0: featuredPlaylists(first: 8) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n  w1: featuredPlaylists(first: 2, offset: 1) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeaturedWindowAlone($first: Int!, $offset: Int!) {\n  w: featuredPlaylists(first: $first, offset: $offset) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}"): (typeof documents)["query FeaturedWindowAlone($first: Int!, $offset: Int!) {\n  w: featuredPlaylists(first: $first, offset: $offset) { message playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstZeroSavedTracks($offset: Int) {\n    me { savedTracks(first: 0, offset: $offset) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }\n  }\n"): (typeof documents)["\n  query FirstZeroSavedTracks($offset: Int) {\n    me { savedTracks(first: 0, offset: $offset) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstZeroSearch { search(query: \"the\", types: [ARTIST], first: 0) { artists { totalCount pageInfo { hasNextPage } } } }\n"): (typeof documents)["\n  query FirstZeroSearch { search(query: \"the\", types: [ARTIST], first: 0) { artists { totalCount pageInfo { hasNextPage } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowDevelopmentFollowsArtists($ids: [ID!]!) { me { followsArtists(ids: $ids) } }"): (typeof documents)["query FollowDevelopmentFollowsArtists($ids: [ID!]!) { me { followsArtists(ids: $ids) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowDevelopmentFollowsPlaylist($id: ID!) { me { followsPlaylist(id: $id) } }"): (typeof documents)["query FollowDevelopmentFollowsPlaylist($id: ID!) { me { followsPlaylist(id: $id) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowDevelopmentFollowArtists($ids: [ID!]!) { followArtists(ids: $ids) { uris } }"): (typeof documents)["mutation FollowDevelopmentFollowArtists($ids: [ID!]!) { followArtists(ids: $ids) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowDevelopmentUnfollowArtists($ids: [ID!]!) { unfollowArtists(ids: $ids) { uris } }"): (typeof documents)["mutation FollowDevelopmentUnfollowArtists($ids: [ID!]!) { unfollowArtists(ids: $ids) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowDevelopmentFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }"): (typeof documents)["mutation FollowDevelopmentFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowDevelopmentUnfollowPlaylist($id: ID!) { unfollowPlaylist(id: $id) { me { followsPlaylist(id: $id) } } }"): (typeof documents)["mutation FollowDevelopmentUnfollowPlaylist($id: ID!) { unfollowPlaylist(id: $id) { me { followsPlaylist(id: $id) } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowExtendedFollowArtists($ids: [ID!]!) { followArtists(ids: $ids) { uris } }"): (typeof documents)["mutation FollowExtendedFollowArtists($ids: [ID!]!) { followArtists(ids: $ids) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowExtendedUnfollowArtists($ids: [ID!]!) { unfollowArtists(ids: $ids) { uris } }"): (typeof documents)["mutation FollowExtendedUnfollowArtists($ids: [ID!]!) { unfollowArtists(ids: $ids) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowExtendedFollowUsers($ids: [ID!]!) { followUsers(ids: $ids) { uris } }"): (typeof documents)["mutation FollowExtendedFollowUsers($ids: [ID!]!) { followUsers(ids: $ids) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowExtendedFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }"): (typeof documents)["mutation FollowExtendedFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowExtendedUnfollowPlaylist($id: ID!, $check: ID!) { unfollowPlaylist(id: $id) { me { followsPlaylist(id: $check) } } }"): (typeof documents)["mutation FollowExtendedUnfollowPlaylist($id: ID!, $check: ID!) { unfollowPlaylist(id: $id) { me { followsPlaylist(id: $check) } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowExtendedFollowsArtists($ids: [ID!]!) { me { followsArtists(ids: $ids) followedArtists(first: 50) { nodes { spotifyId } } } }"): (typeof documents)["query FollowExtendedFollowsArtists($ids: [ID!]!) { me { followsArtists(ids: $ids) followedArtists(first: 50) { nodes { spotifyId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowExtendedFollowsUsers($ids: [ID!]!) { me { followsUsers(ids: $ids) } }"): (typeof documents)["query FollowExtendedFollowsUsers($ids: [ID!]!) { me { followsUsers(ids: $ids) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowExtendedUnfollowUsers($ids: [ID!]!) { unfollowUsers(ids: $ids) { uris } }"): (typeof documents)["mutation FollowExtendedUnfollowUsers($ids: [ID!]!) { unfollowUsers(ids: $ids) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowExtendedFollowsPlaylist($id: ID!) { me { followsPlaylist(id: $id) playlists(first: 50) { nodes { spotifyId } } } }"): (typeof documents)["query FollowExtendedFollowsPlaylist($id: ID!) { me { followsPlaylist(id: $id) playlists(first: 50) { nodes { spotifyId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowExtendedFollowPlaylistChecked($id: ID!, $check: ID!) { followPlaylist(id: $id) { me { followsPlaylist(id: $check) } } }"): (typeof documents)["mutation FollowExtendedFollowPlaylistChecked($id: ID!, $check: ID!) { followPlaylist(id: $id) { me { followsPlaylist(id: $check) } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdOnlyParentLaterTracks($id: ID!) {\n  track(id: $id) { album { tracks(offset: 50, first: 2) { nodes { album { name } } } } }\n}"): (typeof documents)["query IdOnlyParentLaterTracks($id: ID!) {\n  track(id: $id) { album { tracks(offset: 50, first: 2) { nodes { album { name } } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyArtistChildren($id: ID!) {\n    artist(id: $id) {\n      __typename id spotifyId uri\n      albums(first: 3) { nodes { name } }\n      topTracks(market: \"SE\") { name }\n      relatedArtists { name }\n    }\n  }\n"): (typeof documents)["\n  query IdOnlyArtistChildren($id: ID!) {\n    artist(id: $id) {\n      __typename id spotifyId uri\n      albums(first: 3) { nodes { name } }\n      topTracks(market: \"SE\") { name }\n      relatedArtists { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyArtistWithName($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { name } } } }\n"): (typeof documents)["\n  query IdOnlyArtistWithName($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyArtistFragments($id: ID!, $withName: Boolean!) {\n    artist(id: $id) {\n      ...IdOnlyArtistAlbums\n      ... on Artist { name @include(if: $withName) }\n      ... on Node { id }\n    }\n  }\n  fragment IdOnlyArtistAlbums on Artist { albums(first: 2) { totalCount } }\n"): (typeof documents)["\n  query IdOnlyArtistFragments($id: ID!, $withName: Boolean!) {\n    artist(id: $id) {\n      ...IdOnlyArtistAlbums\n      ... on Artist { name @include(if: $withName) }\n      ... on Node { id }\n    }\n  }\n  fragment IdOnlyArtistAlbums on Artist { albums(first: 2) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyUserPlaylists($id: ID!) { user(id: $id) { id playlists(first: 2) { nodes { name } } } }\n"): (typeof documents)["\n  query IdOnlyUserPlaylists($id: ID!) { user(id: $id) { id playlists(first: 2) { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyCategoryPlaylists($id: ID!) { category(id: $id) { id playlists(first: 2) { nodes { name } } } }\n"): (typeof documents)["\n  query IdOnlyCategoryPlaylists($id: ID!) { category(id: $id) { id playlists(first: 2) { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyAlbumTracksInMarket($id: ID!) { album(id: $id) { id tracks(first: 2, market: \"SE\") { nodes { name } } } }\n"): (typeof documents)["\n  query IdOnlyAlbumTracksInMarket($id: ID!) { album(id: $id) { id tracks(first: 2, market: \"SE\") { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyAlbumTracks($id: ID!) { album(id: $id) { id tracks(first: 2) { nodes { name } } } }\n"): (typeof documents)["\n  query IdOnlyAlbumTracks($id: ID!) { album(id: $id) { id tracks(first: 2) { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyNodeArtist($id: ID!) {\n    node(id: $id) { __typename id ... on Artist { albums(first: 2) { nodes { name } } topTracks { name } } }\n  }\n"): (typeof documents)["\n  query IdOnlyNodeArtist($id: ID!) {\n    node(id: $id) { __typename id ... on Artist { albums(first: 2) { nodes { name } } topTracks { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyNodeAlbum($id: ID!) {\n    node(id: $id) { __typename ... on Album { spotifyId tracks(first: 2, market: \"SE\") { nodes { name } } } }\n  }\n"): (typeof documents)["\n  query IdOnlyNodeAlbum($id: ID!) {\n    node(id: $id) { __typename ... on Album { spotifyId tracks(first: 2, market: \"SE\") { nodes { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyNodeShow($id: ID!) {\n    node(id: $id) { ... on Show { uri episodes(first: 2, market: \"SE\") { nodes { name } } } }\n  }\n"): (typeof documents)["\n  query IdOnlyNodeShow($id: ID!) {\n    node(id: $id) { ... on Show { uri episodes(first: 2, market: \"SE\") { nodes { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyNodeUser($id: ID!) { node(id: $id) { __typename ... on User { playlists(first: 2) { nodes { name } } } } }\n"): (typeof documents)["\n  query IdOnlyNodeUser($id: ID!) { node(id: $id) { __typename ... on User { playlists(first: 2) { nodes { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyNodesMixed($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Artist { topTracks { name } } ... on Album { name } ... on Track { audioFeatures { tempo } } }\n  }\n"): (typeof documents)["\n  query IdOnlyNodesMixed($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Artist { topTracks { name } } ... on Album { name } ... on Track { audioFeatures { tempo } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyArtistsChildren($ids: [ID!]!) {\n    artists(ids: $ids) { id albums(first: 1) { nodes { name } } topTracks { name } }\n  }\n"): (typeof documents)["\n  query IdOnlyArtistsChildren($ids: [ID!]!) {\n    artists(ids: $ids) { id albums(first: 1) { nodes { name } } topTracks { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyArtistsAlbums($ids: [ID!]!) { artists(ids: $ids) { id albums(first: 1) { totalCount } } }\n"): (typeof documents)["\n  query IdOnlyArtistsAlbums($ids: [ID!]!) { artists(ids: $ids) { id albums(first: 1) { totalCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyAlbumsTracksInMarket($ids: [ID!]!) {\n    albums(ids: $ids) { id tracks(first: 1, market: \"SE\") { nodes { name } } }\n  }\n"): (typeof documents)["\n  query IdOnlyAlbumsTracksInMarket($ids: [ID!]!) {\n    albums(ids: $ids) { id tracks(first: 1, market: \"SE\") { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyTrackFeatures($id: ID!, $ids: [ID!]!) {\n    track(id: $id) { id audioFeatures { tempo } }\n    tracks(ids: $ids) { spotifyId audioFeatures { tempo } }\n  }\n"): (typeof documents)["\n  query IdOnlyTrackFeatures($id: ID!, $ids: [ID!]!) {\n    track(id: $id) { id audioFeatures { tempo } }\n    tracks(ids: $ids) { spotifyId audioFeatures { tempo } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyTrackFeaturesInMarket($id: ID!) { track(id: $id, market: \"SE\") { id audioFeatures { tempo } } }\n"): (typeof documents)["\n  query IdOnlyTrackFeaturesInMarket($id: ID!) { track(id: $id, market: \"SE\") { id audioFeatures { tempo } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdOnlyNodeArtistName($id: ID!) { node(id: $id) { __typename ... on Artist { name albums(first: 2) { totalCount } } } }\n"): (typeof documents)["\n  query IdOnlyNodeArtistName($id: ID!) { node(id: $id) { __typename ... on Artist { name albums(first: 2) { totalCount } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdOnlyArtistIdAlone($id: ID!) { artist(id: $id) { id uri } }"): (typeof documents)["query IdOnlyArtistIdAlone($id: ID!) { artist(id: $id) { id uri } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdOnlyRootsWarm { markets }"): (typeof documents)["query IdOnlyRootsWarm { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityUrisAlbum($id: ID!) { album(id: $id) { id uri name artists { id uri name } } }"): (typeof documents)["query IdentityUrisAlbum($id: ID!) { album(id: $id) { id uri name artists { id uri name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityUrisTracks($ids: [ID!]!) { tracks(ids: $ids) { id uri name durationMs relinkedUri } }"): (typeof documents)["query IdentityUrisTracks($ids: [ID!]!) { tracks(ids: $ids) { id uri name durationMs relinkedUri } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityUrisPlaylist($id: ID!) { playlist(id: $id) { uri name owner { id uri } } }"): (typeof documents)["query IdentityUrisPlaylist($id: ID!) { playlist(id: $id) { uri name owner { id uri } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityUrisLegacyPlaylist($id: ID!) {\n    playlist(id: $id) { id name }\n    withUri: playlist(id: $id) { id uri }\n    me { playlists(first: 2) { nodes { id name } } }\n    search(query: \"a\", types: [PLAYLIST], first: 2) { playlists { nodes { id uri } } }\n  }"): (typeof documents)["query IdentityUrisLegacyPlaylist($id: ID!) {\n    playlist(id: $id) { id name }\n    withUri: playlist(id: $id) { id uri }\n    me { playlists(first: 2) { nodes { id name } } }\n    search(query: \"a\", types: [PLAYLIST], first: 2) { playlists { nodes { id uri } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityUrisRelinked($ids: [ID!]!) { tracks(ids: $ids) { name relinkedUri } }"): (typeof documents)["query IdentityUrisRelinked($ids: [ID!]!) { tracks(ids: $ids) { name relinkedUri } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityUrisLinkedEntry($id: ID!) { playlist(id: $id) { name items(first: 2) { edges { node { ... on Track { id uri spotifyId relinkedUri linkedFromUri } } } } } }"): (typeof documents)["query IdentityUrisLinkedEntry($id: ID!) { playlist(id: $id) { name items(first: 2) { edges { node { ... on Track { id uri spotifyId relinkedUri linkedFromUri } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityUrisLinkedRelinked($id: ID!) { playlist(id: $id) { items(first: 2) { edges { node { ... on Track { name relinkedUri } } } } } }"): (typeof documents)["query IdentityUrisLinkedRelinked($id: ID!) { playlist(id: $id) { items(first: 2) { edges { node { ... on Track { name relinkedUri } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImagelessCatalogObjects($album: ID!, $artist: ID!, $show: ID!) {\n        album(id: $album) { images { url } tracks(first: 1) { nodes { album { images { url } } } } }\n        artist(id: $artist) { images { url } }\n        show(id: $show) { images { url } episodes(first: 1) { nodes { images { url } } } } }"): (typeof documents)["query ImagelessCatalogObjects($album: ID!, $artist: ID!, $show: ID!) {\n        album(id: $album) { images { url } tracks(first: 1) { nodes { album { images { url } } } } }\n        artist(id: $artist) { images { url } }\n        show(id: $show) { images { url } episodes(first: 1) { nodes { images { url } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImagelessPlaylists($coverless: ID!, $empty: ID!) {\n        coverless: playlist(id: $coverless) { name images { url } }\n        empty: playlist(id: $empty) { name images { url } } }"): (typeof documents)["query ImagelessPlaylists($coverless: ID!, $empty: ID!) {\n        coverless: playlist(id: $coverless) { name images { url } }\n        empty: playlist(id: $empty) { name images { url } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImagelessOwnPlaylists { me { playlists(first: 50) { nodes { name images { url } } } } }"): (typeof documents)["query ImagelessOwnPlaylists { me { playlists(first: 50) { nodes { name images { url } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlameLocalNode($id: ID!) {\n  node(id: $id) { id ... on Track { durationMs localFile { durationMs } } } }"): (typeof documents)["query BlameLocalNode($id: ID!) {\n  node(id: $id) { id ... on Track { durationMs localFile { durationMs } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlameLocalNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { id ... on Track { durationMs } } }"): (typeof documents)["query BlameLocalNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { id ... on Track { durationMs } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlameAlbumArtists($id: ID!) { album(id: $id) { name artists { id name } } }"): (typeof documents)["query BlameAlbumArtists($id: ID!) { album(id: $id) { name artists { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlameTrackParts($id: ID!) {\n  track(id: $id) { name album { id } artists { id } } }"): (typeof documents)["query BlameTrackParts($id: ID!) {\n  track(id: $id) { name album { id } artists { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitParityFragmentFirst($id: ID!) { album(id: $id) { ...JitParityAlbumDates tracks(first: 1) { totalCount } } }\n                fragment JitParityAlbumDates on Album { id releaseDate }"): (typeof documents)["query JitParityFragmentFirst($id: ID!) { album(id: $id) { ...JitParityAlbumDates tracks(first: 1) { totalCount } } }\n                fragment JitParityAlbumDates on Album { id releaseDate }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitParityAliases($id: ID!) { a: album(id: $id) { name id b: tracks(first: 3) { totalCount nodes { name durationMs } } artists { name } } }"): (typeof documents)["query JitParityAliases($id: ID!) { a: album(id: $id) { name id b: tracks(first: 3) { totalCount nodes { name durationMs } } artists { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitParityPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 5) { nodes { ... on Track { name } ... on Episode { name } } } } }"): (typeof documents)["query JitParityPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 5) { nodes { ... on Track { name } ... on Episode { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitParityAlbums($ids: [ID!]!) { albums(ids: $ids) { name artists { name } } }"): (typeof documents)["query JitParityAlbums($ids: [ID!]!) { albums(ids: $ids) { name artists { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitParityRefusedFirst($id: ID!) { album(id: $id) { name tracks(first: 9999) { totalCount } } }"): (typeof documents)["query JitParityRefusedFirst($id: ID!) { album(id: $id) { name tracks(first: 9999) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitParityArtist($id: ID!) { artist(id: $id) { name albums(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { name albumType } } topTracks { name popularity } } }"): (typeof documents)["query JitParityArtist($id: ID!) { artist(id: $id) { name albums(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { name albumType } } topTracks { name popularity } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitParityScopeErrors {\n    me { topTracks(first: 1) { totalCount } player { devices { id } queue { items { __typename } } } savedTracks(first: 1) { totalCount } topArtists(first: 1) { totalCount } }\n  }"): (typeof documents)["query JitParityScopeErrors {\n    me { topTracks(first: 1) { totalCount } player { devices { id } queue { items { __typename } } } savedTracks(first: 1) { totalCount } topArtists(first: 1) { totalCount } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitParityAnonymousMe { me { id } }"): (typeof documents)["query JitParityAnonymousMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitParityAnonymousMeAndMarkets { markets me { displayName } }"): (typeof documents)["query JitParityAnonymousMeAndMarkets { markets me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitRedoDevices { me { displayName player { devices { name } queue { items { __typename } } } } }"): (typeof documents)["query JitRedoDevices { me { displayName player { devices { name } queue { items { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitRedoFollows($ids: [ID!]!) { me { displayName followsArtists(ids: $ids) } }"): (typeof documents)["query JitRedoFollows($ids: [ID!]!) { me { displayName followsArtists(ids: $ids) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinedHangAlbums($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { spotifyId } }\n      b: albums(offset: 3, first: 3) { nodes { spotifyId } }\n    }\n  }\n"): (typeof documents)["\n  query JoinedHangAlbums($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { spotifyId } }\n      b: albums(offset: 3, first: 3) { nodes { spotifyId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinedHangSaved {\n    me {\n      a: savedTracks(first: 3) { nodes { spotifyId } }\n      b: savedTracks(first: 3, offset: 3) { nodes { spotifyId } }\n    }\n  }\n"): (typeof documents)["\n  query JoinedHangSaved {\n    me {\n      a: savedTracks(first: 3) { nodes { spotifyId } }\n      b: savedTracks(first: 3, offset: 3) { nodes { spotifyId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinedHangSavedAlone { me { savedTracks(first: 6) { nodes { spotifyId } } } }\n"): (typeof documents)["\n  query JoinedHangSavedAlone { me { savedTracks(first: 6) { nodes { spotifyId } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LibraryAutoSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }"): (typeof documents)["mutation LibraryAutoSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryAutoContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"): (typeof documents)["query LibraryAutoContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LibraryDevelopmentSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }"): (typeof documents)["mutation LibraryDevelopmentSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LibraryDevelopmentRemove($uris: [ID!]!) { removeFromLibrary(uris: $uris) { uris } }"): (typeof documents)["mutation LibraryDevelopmentRemove($uris: [ID!]!) { removeFromLibrary(uris: $uris) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryDevelopmentContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"): (typeof documents)["query LibraryDevelopmentContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryDevelopmentMe { me { savedTracks { totalCount } } }"): (typeof documents)["query LibraryDevelopmentMe { me { savedTracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LibraryDevelopmentRemoveFromLibrary { removeFromLibrary(uris: [\"spotify:chapter:x\"]) { uris } }"): (typeof documents)["mutation LibraryDevelopmentRemoveFromLibrary { removeFromLibrary(uris: [\"spotify:chapter:x\"]) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LibraryExtendedSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }"): (typeof documents)["mutation LibraryExtendedSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LibraryExtendedRemove($uris: [ID!]!) { removeFromLibrary(uris: $uris) { uris } }"): (typeof documents)["mutation LibraryExtendedRemove($uris: [ID!]!) { removeFromLibrary(uris: $uris) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryExtendedContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"): (typeof documents)["query LibraryExtendedContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LibraryExtendedSaveReadBack($uris: [ID!]!) { saveToLibrary(uris: $uris) { me { savedTracks(first: 1) { edges { addedAt node { uri } } } } } }"): (typeof documents)["mutation LibraryExtendedSaveReadBack($uris: [ID!]!) { saveToLibrary(uris: $uris) { me { savedTracks(first: 1) { edges { addedAt node { uri } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LibraryExtendedSaveToLibrary { saveToLibrary(uris: [\"spotify:artist:0TnOYISbd1XYRBk9myaseg\"]) { uris } }"): (typeof documents)["mutation LibraryExtendedSaveToLibrary { saveToLibrary(uris: [\"spotify:artist:0TnOYISbd1XYRBk9myaseg\"]) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryExtendedMe { me { libraryContains(uris: [\"nope\"]) savedAlbums { totalCount } } }"): (typeof documents)["query LibraryExtendedMe { me { libraryContains(uris: [\"nope\"]) savedAlbums { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocalFileDocsType($name: String!) { __type(name: $name) { fields { name description } } }"): (typeof documents)["query LocalFileDocsType($name: String!) { __type(name: $name) { fields { name description } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocalFileTags($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { isLocal node { ... on Track { id localFile { uri name albumName artistNames durationMs } } } }\n    }\n  }\n}"): (typeof documents)["query LocalFileTags($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { isLocal node { ... on Track { id localFile { uri name albumName artistNames durationMs } } } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocalFileTagsNode($id: ID!) {\n  node(id: $id) { id ... on Track { isLocal localFile { name albumName artistNames durationMs } } }\n}"): (typeof documents)["query LocalFileTagsNode($id: ID!) {\n  node(id: $id) { id ... on Track { isLocal localFile { name albumName artistNames durationMs } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocalFileTagsNodeDuration($id: ID!) {\n    node(id: $id) { id ... on Track { isLocal durationMs localFile { durationMs } } }\n  }"): (typeof documents)["query LocalFileTagsNodeDuration($id: ID!) {\n    node(id: $id) { id ... on Track { isLocal durationMs localFile { durationMs } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocalFileTagsCover($id: ID!) { playlist(id: $id) { name images { url width } } }"): (typeof documents)["query LocalFileTagsCover($id: ID!) { playlist(id: $id) { name images { url width } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocalUriBoundsNode($id: ID!) {\n  node(id: $id) { id ... on Track { uri name localFile { artistNames albumName } } }\n}"): (typeof documents)["query LocalUriBoundsNode($id: ID!) {\n  node(id: $id) { id ... on Track { uri name localFile { artistNames albumName } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LocalUriBoundsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): (typeof documents)["query LocalUriBoundsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketsList { markets }"): (typeof documents)["query MarketsList { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketsAlbum($id: ID!, $market: String) { album(id: $id, market: $market) { spotifyId } }"): (typeof documents)["query MarketsAlbum($id: ID!, $market: String) { album(id: $id, market: $market) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeDevelopmentLibrary { me { displayName savedAlbums { totalCount } topTracks(first: 3) { nodes { id } } recentlyPlayed(first: 3) { nodes { playedAt } } followedArtists(first: 3) { nodes { id } } } }"): (typeof documents)["query MeDevelopmentLibrary { me { displayName savedAlbums { totalCount } topTracks(first: 3) { nodes { id } } recentlyPlayed(first: 3) { nodes { playedAt } } followedArtists(first: 3) { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeDevelopmentFollowerCount { me { user { followerCount images { url } } } }"): (typeof documents)["query MeDevelopmentFollowerCount { me { user { followerCount images { url } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeDevelopmentUser { user(id: \"bob\") { displayName } }"): (typeof documents)["query MeDevelopmentUser { user(id: \"bob\") { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeDevelopmentPlaylistOwner($id: ID!) { playlist(id: $id) { owner { displayName followerCount } } }"): (typeof documents)["query MeDevelopmentPlaylistOwner($id: ID!) { playlist(id: $id) { owner { displayName followerCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedProfile {\n        me {\n          id spotifyId displayName email country product explicitContent { filterEnabled filterLocked }\n          followerCount user { id displayName }\n        }\n      }"): (typeof documents)["query MeExtendedProfile {\n        me {\n          id spotifyId displayName email country product explicitContent { filterEnabled filterLocked }\n          followerCount user { id displayName }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedLibraryOnly { me { savedTracks(first: 1) { totalCount } } }"): (typeof documents)["query MeExtendedLibraryOnly { me { savedTracks(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedWithoutToken { me { displayName savedTracks { totalCount } } }"): (typeof documents)["query MeExtendedWithoutToken { me { displayName savedTracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedCatalogBesideMe($id: ID!) { track(id: $id) { spotifyId } me { displayName } }"): (typeof documents)["query MeExtendedCatalogBesideMe($id: ID!) { track(id: $id) { spotifyId } me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedScopedProfile { me { displayName email country } }"): (typeof documents)["query MeExtendedScopedProfile { me { displayName email country } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedSavedTracks { me { savedTracks(first: 60) { totalCount edges { addedAt node { id } } } } }"): (typeof documents)["query MeExtendedSavedTracks { me { savedTracks(first: 60) { totalCount edges { addedAt node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedSavedLists { me {\n        savedAlbums(first: 2) { totalCount nodes { id } }\n        savedShows(first: 2) { totalCount nodes { id } }\n        savedEpisodes(first: 2) { totalCount nodes { id } }\n        savedAudiobooks(first: 2) { totalCount nodes { id } }\n      } }"): (typeof documents)["query MeExtendedSavedLists { me {\n        savedAlbums(first: 2) { totalCount nodes { id } }\n        savedShows(first: 2) { totalCount nodes { id } }\n        savedEpisodes(first: 2) { totalCount nodes { id } }\n        savedAudiobooks(first: 2) { totalCount nodes { id } }\n      } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedMissingScope {\n        me { displayName savedTracks { totalCount } topArtists(first: 1) { totalCount } }\n      }"): (typeof documents)["query MeExtendedMissingScope {\n        me { displayName savedTracks { totalCount } topArtists(first: 1) { totalCount } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedTopItems { me {\n        short: topArtists(first: 10, timeRange: SHORT_TERM) { nodes { id } }\n        long: topArtists(first: 10, timeRange: LONG_TERM) { nodes { id } }\n        tracks: topTracks(first: 5, timeRange: MEDIUM_TERM) { nodes { id } }\n      } }"): (typeof documents)["query MeExtendedTopItems { me {\n        short: topArtists(first: 10, timeRange: SHORT_TERM) { nodes { id } }\n        long: topArtists(first: 10, timeRange: LONG_TERM) { nodes { id } }\n        tracks: topTracks(first: 5, timeRange: MEDIUM_TERM) { nodes { id } }\n      } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedFollowedArtists($after: String) {\n      me { followedArtists(first: 20, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }\n    }"): (typeof documents)["query MeExtendedFollowedArtists($after: String) {\n      me { followedArtists(first: 20, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedRecentlyPlayed($after: String) {\n      me { recentlyPlayed(first: 15, after: $after) { nodes { playedAt track { id } } pageInfo { endCursor hasNextPage } } }\n    }"): (typeof documents)["query MeExtendedRecentlyPlayed($after: String) {\n      me { recentlyPlayed(first: 15, after: $after) { nodes { playedAt track { id } } pageInfo { endCursor hasNextPage } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedBadCursor($after: String) { me { recentlyPlayed(after: $after) { nodes { playedAt } } } }"): (typeof documents)["query MeExtendedBadCursor($after: String) { me { recentlyPlayed(after: $after) { nodes { playedAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeExtendedPlaylists { me { playlists(first: 50) { totalCount nodes { id name } } } }"): (typeof documents)["query MeExtendedPlaylists { me { playlists(first: 50) { totalCount nodes { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeIdWithLibrary { me { id spotifyId savedTracks(first: 1) { totalCount } } }\n"): (typeof documents)["\n  query MeIdWithLibrary { me { id spotifyId savedTracks(first: 1) { totalCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeIdAndName { me { id displayName } }"): (typeof documents)["query MeIdAndName { me { id displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeIdSaveReadBack($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris me { id } } }\n"): (typeof documents)["\n  mutation MeIdSaveReadBack($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris me { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeIdFollowReadBack($ids: [ID!]!) { followArtists(ids: $ids) { uris me { id spotifyId } } }\n"): (typeof documents)["\n  mutation MeIdFollowReadBack($ids: [ID!]!) { followArtists(ids: $ids) { uris me { id spotifyId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeIdSavedContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }\n"): (typeof documents)["\n  query MeIdSavedContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeIdNonNullFields { __type(name: \"Me\") { fields { name type { kind } } } }\n"): (typeof documents)["\n  query MeIdNonNullFields { __type(name: \"Me\") { fields { name type { kind } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeProfileSkippedField {\n    me { displayName @skip(if: true) savedTracks(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n"): (typeof documents)["\n  query MeProfileSkippedField {\n    me { displayName @skip(if: true) savedTracks(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeProfileExcludedFragment {\n    me { ... @include(if: false) { country } topArtists(first: 1) { totalCount } savedTracks(first: 1) { totalCount } }\n  }\n"): (typeof documents)["\n  query MeProfileExcludedFragment {\n    me { ... @include(if: false) { country } topArtists(first: 1) { totalCount } savedTracks(first: 1) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeProfileSkippedSpread {\n    me { ...MeProfileProduct @skip(if: true) savedAlbums(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n  fragment MeProfileProduct on Me { product }\n"): (typeof documents)["\n  query MeProfileSkippedSpread {\n    me { ...MeProfileProduct @skip(if: true) savedAlbums(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n  fragment MeProfileProduct on Me { product }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeProfileByVariable($skip: Boolean = true) {\n    me { displayName @skip(if: $skip) savedTracks(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n"): (typeof documents)["\n  query MeProfileByVariable($skip: Boolean = true) {\n    me { displayName @skip(if: $skip) savedTracks(first: 1) { totalCount } topTracks(first: 1) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeProfileSecondNode {\n    me { savedTracks(first: 1) { totalCount } }\n    me { displayName topTracks(first: 1) { totalCount } }\n  }\n"): (typeof documents)["\n  query MeProfileSecondNode {\n    me { savedTracks(first: 1) { totalCount } }\n    me { displayName topTracks(first: 1) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeProfileExternalUrl {\n    me { externalUrl savedAlbums(first: 1) { totalCount } }\n  }\n"): (typeof documents)["\n  query MeProfileExternalUrl {\n    me { externalUrl savedAlbums(first: 1) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedMarketTrackAlbum($id: ID!) {\n  track(id: $id, market: \"JP\") { album { tracks(first: 2) { nodes { isPlayable } } } }\n}"): (typeof documents)["query NestedMarketTrackAlbum($id: ID!) {\n  track(id: $id, market: \"JP\") { album { tracks(first: 2) { nodes { isPlayable } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedMarketBeside($album: ID!, $track: ID!) {\n  plain: album(id: $album) { tracks(first: 2) { nodes { isPlayable } } }\n  inJapan: track(id: $track, market: \"JP\") { album { tracks(first: 2) { nodes { isPlayable } } } }\n}"): (typeof documents)["query NestedMarketBeside($album: ID!, $track: ID!) {\n  plain: album(id: $album) { tracks(first: 2) { nodes { isPlayable } } }\n  inJapan: track(id: $track, market: \"JP\") { album { tracks(first: 2) { nodes { isPlayable } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedMarketPlainAlbum($id: ID!) {\n  album(id: $id) { tracks(first: 2) { nodes { isPlayable } } }\n}"): (typeof documents)["query NestedMarketPlainAlbum($id: ID!) {\n  album(id: $id) { tracks(first: 2) { nodes { isPlayable } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedMarketEpisodeShow($id: ID!) {\n  episode(id: $id, market: \"JP\") { show { episodes(first: 2) { nodes { isPlayable } } } }\n}"): (typeof documents)["query NestedMarketEpisodeShow($id: ID!) {\n  episode(id: $id, market: \"JP\") { show { episodes(first: 2) { nodes { isPlayable } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedMarketTrackArtists($id: ID!) {\n  track(id: $id, market: \"JP\") { artists { albums(first: 1) { totalCount } } }\n}"): (typeof documents)["query NestedMarketTrackArtists($id: ID!) {\n  track(id: $id, market: \"JP\") { artists { albums(first: 1) { totalCount } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedMarketIdOnlyAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { id tracks(offset: 50, first: 2) { nodes { isPlayable } } }\n}"): (typeof documents)["query NestedMarketIdOnlyAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { id tracks(offset: 50, first: 2) { nodes { isPlayable } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedShapesAlbum($id: ID!) { album(id: $id) { name externalUrl } }"): (typeof documents)["query NestedShapesAlbum($id: ID!) { album(id: $id) { name externalUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedShapesArtist($id: ID!) { artist(id: $id) { name followerCount externalUrl } }"): (typeof documents)["query NestedShapesArtist($id: ID!) { artist(id: $id) { name followerCount externalUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedShapesTrack($id: ID!) { track(id: $id) { name restrictionReason } }"): (typeof documents)["query NestedShapesTrack($id: ID!) { track(id: $id) { name restrictionReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedShapesMe { me { displayName followerCount explicitContent { filterEnabled } } }"): (typeof documents)["query NestedShapesMe { me { displayName followerCount explicitContent { filterEnabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedShapesDeviceIds { me { player { devices { id } } } }"): (typeof documents)["query NestedShapesDeviceIds { me { player { devices { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NestedShapesPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }"): (typeof documents)["mutation NestedShapesPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedShapesState { me { player { state { isPlaying device { name } context { uri } } } } }"): (typeof documents)["query NestedShapesState { me { player { state { isPlaying device { name } context { uri } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullTotalSaved($first: Int!, $after: String) {\n  me { savedTracks(first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n  } }\n}"): (typeof documents)["query NextNullTotalSaved($first: Int!, $after: String) {\n  me { savedTracks(first: $first, after: $after) {\n    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n  } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullTotalSearch($offset: Int!, $first: Int!) {\n  search(query: \"a\", types: [TRACK], offset: $offset, first: $first) {\n    tracks { totalCount pageInfo { hasNextPage endCursor } nodes { id } }\n  }\n}"): (typeof documents)["query NextNullTotalSearch($offset: Int!, $first: Int!) {\n  search(query: \"a\", types: [TRACK], offset: $offset, first: $first) {\n    tracks { totalCount pageInfo { hasNextPage endCursor } nodes { id } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullTotalPlaylist($id: ID!, $first: Int!) {\n  playlist(id: $id) { items(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n}"): (typeof documents)["query NextNullTotalPlaylist($id: ID!, $first: Int!) {\n  playlist(id: $id) { items(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEverySavedTracks($first: Int!, $after: String) {\n    me { list: savedTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEverySavedTracks($first: Int!, $after: String) {\n    me { list: savedTracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEverySavedAlbums($first: Int!, $after: String) {\n    me { list: savedAlbums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEverySavedAlbums($first: Int!, $after: String) {\n    me { list: savedAlbums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEverySavedShows($first: Int!, $after: String) {\n    me { list: savedShows(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEverySavedShows($first: Int!, $after: String) {\n    me { list: savedShows(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEverySavedEpisodes($first: Int!, $after: String) {\n    me { list: savedEpisodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEverySavedEpisodes($first: Int!, $after: String) {\n    me { list: savedEpisodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEverySavedAudiobooks($first: Int!, $after: String) {\n    me { list: savedAudiobooks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEverySavedAudiobooks($first: Int!, $after: String) {\n    me { list: savedAudiobooks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryMyPlaylists($first: Int!, $after: String) {\n    me { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEveryMyPlaylists($first: Int!, $after: String) {\n    me { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryUserPlaylists($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEveryUserPlaylists($id: ID!, $first: Int!, $after: String) {\n    user(id: $id) { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryPlaylistItems($id: ID!, $first: Int!, $after: String) {\n    playlist(id: $id) { list: items(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { ... on Node { id } } } }\n  }"): (typeof documents)["query NextNullEveryPlaylistItems($id: ID!, $first: Int!, $after: String) {\n    playlist(id: $id) { list: items(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { ... on Node { id } } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryAlbumTracks($id: ID!, $first: Int!, $after: String) {\n    album(id: $id) { list: tracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEveryAlbumTracks($id: ID!, $first: Int!, $after: String) {\n    album(id: $id) { list: tracks(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryArtistAlbums($id: ID!, $first: Int!, $after: String) {\n    artist(id: $id) { list: albums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEveryArtistAlbums($id: ID!, $first: Int!, $after: String) {\n    artist(id: $id) { list: albums(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryShowEpisodes($id: ID!, $first: Int!, $after: String) {\n    show(id: $id) { list: episodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEveryShowEpisodes($id: ID!, $first: Int!, $after: String) {\n    show(id: $id) { list: episodes(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryChapters($id: ID!, $first: Int!, $after: String) {\n    audiobook(id: $id) { list: chapters(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEveryChapters($id: ID!, $first: Int!, $after: String) {\n    audiobook(id: $id) { list: chapters(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryCategories($first: Int!, $after: String) {\n    list: categories(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }\n  }"): (typeof documents)["query NextNullEveryCategories($first: Int!, $after: String) {\n    list: categories(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryCategoryPlaylists($id: ID!, $first: Int!, $after: String) {\n    category(id: $id) { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEveryCategoryPlaylists($id: ID!, $first: Int!, $after: String) {\n    category(id: $id) { list: playlists(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryNewReleases($first: Int!, $after: String) {\n    list: newReleases(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }\n  }"): (typeof documents)["query NextNullEveryNewReleases($first: Int!, $after: String) {\n    list: newReleases(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextNullEveryFeatured($first: Int!, $after: String) {\n    featuredPlaylists(first: $first, after: $after) { list: playlists { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"): (typeof documents)["query NextNullEveryFeatured($first: Int!, $after: String) {\n    featuredPlaylists(first: $first, after: $after) { list: playlists { pageInfo { hasNextPage endCursor } nodes { id } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextRuleSavedTracks { me { savedTracks(first: 10) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query NextRuleSavedTracks { me { savedTracks(first: 10) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextRuleSavedTracksCounted { me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage } } } }"): (typeof documents)["query NextRuleSavedTracksCounted { me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextRuleFollowed { me { followedArtists(first: 4) { nodes { name } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query NextRuleFollowed { me { followedArtists(first: 4) { nodes { name } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextRuleSearch { search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount nodes { name } pageInfo { hasNextPage } } } }"): (typeof documents)["query NextRuleSearch { search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount nodes { name } pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NonCatalogItemsLastFour($id: ID!, $market: String, $offset: Int!) {\n  playlist(id: $id, market: $market) {\n    items(first: 4, offset: $offset) {\n      edges {\n        isLocal\n        node {\n          __typename\n          ... on Track { id spotifyId href uri isLocal isPlayable restrictionReason\n            localFile { uri name albumName artistNames durationMs } album { name } artists { name } popularity }\n          ... on Episode { id spotifyId name }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query NonCatalogItemsLastFour($id: ID!, $market: String, $offset: Int!) {\n  playlist(id: $id, market: $market) {\n    items(first: 4, offset: $offset) {\n      edges {\n        isLocal\n        node {\n          __typename\n          ... on Track { id spotifyId href uri isLocal isPlayable restrictionReason\n            localFile { uri name albumName artistNames durationMs } album { name } artists { name } popularity }\n          ... on Episode { id spotifyId name }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NonCatalogItemsKenjiSaved($market: String) {\n    me { country savedTracks(first: 5, market: $market) { nodes { id isPlayable restrictionReason } } }\n  }"): (typeof documents)["query NonCatalogItemsKenjiSaved($market: String) {\n    me { country savedTracks(first: 5, market: $market) { nodes { id isPlayable restrictionReason } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NonCatalogItemsPlay($device: String, $context: ID) { play(deviceId: $device, contextUri: $context) { ok } }"): (typeof documents)["mutation NonCatalogItemsPlay($device: String, $context: ID) { play(deviceId: $device, contextUri: $context) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NonCatalogItemsMe { me { player { state { currentlyPlayingType isPlaying item { __typename } } currentlyPlaying { currentlyPlayingType item { __typename } } } } }"): (typeof documents)["query NonCatalogItemsMe { me { player { state { currentlyPlayingType isPlaying item { __typename } } currentlyPlaying { currentlyPlayingType item { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NonCatalogItemsAdAlone { me { player { currentlyPlaying { currentlyPlayingType isPlaying progressMs item { __typename } } } } }"): (typeof documents)["query NonCatalogItemsAdAlone { me { player { currentlyPlaying { currentlyPlayingType isPlaying progressMs item { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NonCatalogItemsAdBeside { me { player { state { currentlyPlayingType } currentlyPlaying { currentlyPlayingType isPlaying progressMs item { __typename } } } } }"): (typeof documents)["query NonCatalogItemsAdBeside { me { player { state { currentlyPlayingType } currentlyPlaying { currentlyPlayingType isPlaying progressMs item { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NonCatalogItemsUnknownAlone { me { player { currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }"): (typeof documents)["query NonCatalogItemsUnknownAlone { me { player { currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NonCatalogItemsUnknownBeside { me { player { state { currentlyPlayingType } currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }"): (typeof documents)["query NonCatalogItemsUnknownBeside { me { player { state { currentlyPlayingType } currentlyPlaying { currentlyPlayingType isPlaying item { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NonCatalogItemsUserImages($id: ID!) { user(id: $id) { images { url } } }"): (typeof documents)["query NonCatalogItemsUserImages($id: ID!) { user(id: $id) { images { url } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullListEntriesSavedTracks { me { savedTracks(first: 2) { edges { addedAt node { id } } } } }"): (typeof documents)["query NullListEntriesSavedTracks { me { savedTracks(first: 2) { edges { addedAt node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullListEntriesSavedAlbums { me { savedAlbums(first: 2) { edges { addedAt node { id } } } } }"): (typeof documents)["query NullListEntriesSavedAlbums { me { savedAlbums(first: 2) { edges { addedAt node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullListEntriesSavedShows { me { savedShows(first: 2) { edges { addedAt node { id } } } } }"): (typeof documents)["query NullListEntriesSavedShows { me { savedShows(first: 2) { edges { addedAt node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullListEntriesSavedEpisodes { me { savedEpisodes(first: 2) { edges { addedAt node { id } } } } }"): (typeof documents)["query NullListEntriesSavedEpisodes { me { savedEpisodes(first: 2) { edges { addedAt node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullListEntriesSavedAudiobooks { me { savedAudiobooks(first: 2) { edges { addedAt node { id } } } } }"): (typeof documents)["query NullListEntriesSavedAudiobooks { me { savedAudiobooks(first: 2) { edges { addedAt node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullListEntriesRecentlyPlayed { me { recentlyPlayed(first: 2) { edges { node { playedAt track { __typename } } } } } }"): (typeof documents)["query NullListEntriesRecentlyPlayed { me { recentlyPlayed(first: 2) { edges { node { playedAt track { __typename } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullListEntriesFollowedArtists { me { followedArtists(first: 2) { edges { node { id } } } } }"): (typeof documents)["query NullListEntriesFollowedArtists { me { followedArtists(first: 2) { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullListEntriesAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 2) { edges { node { id name } } } } }"): (typeof documents)["query NullListEntriesAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 2) { edges { node { id name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullListEntriesPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 2, offset: 1, market: \"US\") { edges { addedAt addedBy { id } isLocal node { __typename } } } } }"): (typeof documents)["query NullListEntriesPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 2, offset: 1, market: \"US\") { edges { addedAt addedBy { id } isLocal node { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullableNamesNodes($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Album { name albumType }\n    ... on Artist { name genres }\n    ... on Track { name explicit }\n    ... on Show { name publisher }\n    ... on Episode { name durationMs }\n    ... on Audiobook { name publisher }\n    ... on Chapter { name chapterNumber }\n    ... on Playlist { name }\n  }\n}"): (typeof documents)["query NullableNamesNodes($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Album { name albumType }\n    ... on Artist { name genres }\n    ... on Track { name explicit }\n    ... on Show { name publisher }\n    ... on Episode { name durationMs }\n    ... on Audiobook { name publisher }\n    ... on Chapter { name chapterNumber }\n    ... on Playlist { name }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullableNamesTrackArtists($id: ID!) {\n  track(id: $id) { id name artists { id name } }\n}"): (typeof documents)["query NullableNamesTrackArtists($id: ID!) {\n  track(id: $id) { id name artists { id name } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullableNamesPlaylistItems($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    name\n    items(first: 3, offset: $offset) {\n      edges {\n        isLocal\n        node {\n          ... on Track { id uri name isLocal localFile { name albumName } }\n          ... on Episode { id name }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query NullableNamesPlaylistItems($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    name\n    items(first: 3, offset: $offset) {\n      edges {\n        isLocal\n        node {\n          ... on Track { id uri name isLocal localFile { name albumName } }\n          ... on Episode { id name }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullableNamesPlaying {\n  me { player { state { isPlaying item { ... on Track { id name isLocal durationMs } ... on Episode { id name } } } } }\n}"): (typeof documents)["query NullableNamesPlaying {\n  me { player { state { isPlaying item { ... on Track { id name isLocal durationMs } ... on Episode { id name } } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullableNamesUris($ids: [ID!]!) { nodes(ids: $ids) { id uri } }"): (typeof documents)["query NullableNamesUris($ids: [ID!]!) { nodes(ids: $ids) { id uri } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullableNamesUriLeftOut($ids: [ID!]!) {\n  withUri: nodes(ids: $ids) { id uri }\n  withoutUri: nodes(ids: $ids) { id }\n}"): (typeof documents)["query NullableNamesUriLeftOut($ids: [ID!]!) {\n  withUri: nodes(ids: $ids) { id uri }\n  withoutUri: nodes(ids: $ids) { id }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NullableNamesTrackAlbumUri($id: ID!) {\n  withUri: track(id: $id) { album { id uri } }\n  withoutUri: track(id: $id) { album { id name } }\n}"): (typeof documents)["query NullableNamesTrackAlbumUri($id: ID!) {\n  withUri: track(id: $id) { album { id uri } }\n  withoutUri: track(id: $id) { album { id name } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OlderUserNamesOwner($id: ID!) {\n  playlist(id: $id) {\n    name\n    owner { id spotifyId uri displayName followerCount }\n    items(first: 1) { edges { addedBy { id spotifyId } } }\n  }\n}"): (typeof documents)["query OlderUserNamesOwner($id: ID!) {\n  playlist(id: $id) {\n    name\n    owner { id spotifyId uri displayName followerCount }\n    items(first: 1) { edges { addedBy { id spotifyId } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OlderUserNamesUser($id: ID!) {\n  user(id: $id) { id spotifyId uri displayName }\n}"): (typeof documents)["query OlderUserNamesUser($id: ID!) {\n  user(id: $id) { id spotifyId uri displayName }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OlderUserNamesNode($id: ID!) {\n  node(id: $id) { __typename id ... on User { spotifyId displayName } }\n}"): (typeof documents)["query OlderUserNamesNode($id: ID!) {\n  node(id: $id) { __typename id ... on User { spotifyId displayName } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OlderUserNamesBothSpellings($a: ID!, $b: ID!) {\n  a: user(id: $a) { id spotifyId }\n  b: user(id: $b) { id spotifyId }\n}"): (typeof documents)["query OlderUserNamesBothSpellings($a: ID!, $b: ID!) {\n  a: user(id: $a) { id spotifyId }\n  b: user(id: $b) { id spotifyId }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneFailureOneNullMe { me { player { devices { id isRestricted } } } }"): (typeof documents)["query OneFailureOneNullMe { me { player { devices { id isRestricted } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OneFailureOneNullTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }"): (typeof documents)["mutation OneFailureOneNullTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OneFailureOneNullSetVolumeCreatePlaylist { vol: setVolume(volumePercent: 42) { ok } created: createPlaylist(name: \"multi\") { playlist { id } } next: skipToNext { ok } }"): (typeof documents)["mutation OneFailureOneNullSetVolumeCreatePlaylist { vol: setVolume(volumePercent: 42) { ok } created: createPlaylist(name: \"multi\") { playlist { id } } next: skipToNext { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneFailureOneNullRoots($track: ID!, $ids: [ID!]!) { me { displayName } track(id: $track) { name } nodes(ids: $ids) { id } }"): (typeof documents)["query OneFailureOneNullRoots($track: ID!, $ids: [ID!]!) { me { displayName } track(id: $track) { name } nodes(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneFailureOneNullAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }"): (typeof documents)["query OneFailureOneNullAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneFailureOneNullTracks($ids: [ID!]!) { tracks(ids: $ids) { id } }"): (typeof documents)["query OneFailureOneNullTracks($ids: [ID!]!) { tracks(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneFailureOneNullLocalNode($id: ID!) { node(id: $id) { id ... on Track { isLocal name spotifyId localFile { albumName artistNames durationMs } } } }"): (typeof documents)["query OneFailureOneNullLocalNode($id: ID!) { node(id: $id) { id ... on Track { isLocal name spotifyId localFile { albumName artistNames durationMs } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneFailureOneNullLocalNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): (typeof documents)["query OneFailureOneNullLocalNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneFailureOneNullSavedTracks { me { savedTracks(first: 3) { edges { node { ... on Track { id isLocal } } } nodes { id } } } }"): (typeof documents)["query OneFailureOneNullSavedTracks { me { savedTracks(first: 3) { edges { node { ... on Track { id isLocal } } } nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneFailureOneNullRecentlyPlayed { me { recentlyPlayed(first: 3) { edges { node { playedAt track { ... on Track { id isLocal } } } } } } }"): (typeof documents)["query OneFailureOneNullRecentlyPlayed { me { recentlyPlayed(first: 3) { edges { node { playedAt track { ... on Track { id isLocal } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneFailureOneNullQueue { me { player { queue { currentlyPlaying { ... on Track { id isLocal } } items { ... on Track { id isLocal } } } } } }"): (typeof documents)["query OneFailureOneNullQueue { me { player { queue { currentlyPlaying { ... on Track { id isLocal } } items { ... on Track { id isLocal } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OptionalFieldsPlaylist($id: ID!) { playlist(id: $id) { id name items(first: 2) { totalCount } } }\n"): (typeof documents)["\n  query OptionalFieldsPlaylist($id: ID!) { playlist(id: $id) { id name items(first: 2) { totalCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OptionalFieldsDevices { me { player { devices { id name } } } }"): (typeof documents)["query OptionalFieldsDevices { me { player { devices { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageInfoOnlySaved($artist: ID!, $playlist: ID!) {\n      me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage endCursor startCursor } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }"): (typeof documents)["query PageInfoOnlySaved($artist: ID!, $playlist: ID!) {\n      me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage endCursor startCursor } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageInfoFullSaved($artist: ID!, $playlist: ID!) {\n      me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }"): (typeof documents)["query PageInfoFullSaved($artist: ID!, $playlist: ID!) {\n      me { savedTracks(first: 10) { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageInfoOnlyArtistAlbums($artist: ID!, $playlist: ID!) {\n      artist(id: $artist) { albums(first: 10, offset: 3) { pageInfo { hasNextPage endCursor startCursor } } }\n      p: playlist(id: $playlist) { __typename } }"): (typeof documents)["query PageInfoOnlyArtistAlbums($artist: ID!, $playlist: ID!) {\n      artist(id: $artist) { albums(first: 10, offset: 3) { pageInfo { hasNextPage endCursor startCursor } } }\n      p: playlist(id: $playlist) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageInfoFullArtistAlbums($artist: ID!, $playlist: ID!) {\n      artist(id: $artist) { albums(first: 10, offset: 3) { pageInfo { hasNextPage endCursor startCursor } edges { cursor } } }\n      p: playlist(id: $playlist) { __typename } }"): (typeof documents)["query PageInfoFullArtistAlbums($artist: ID!, $playlist: ID!) {\n      artist(id: $artist) { albums(first: 10, offset: 3) { pageInfo { hasNextPage endCursor startCursor } edges { cursor } } }\n      p: playlist(id: $playlist) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageInfoOnlyPlaylist($artist: ID!, $playlist: ID!) {\n      playlist(id: $playlist) { items(first: 8, offset: 52) { totalCount pageInfo { ...Resume } } }\n      a: artist(id: $artist) { __typename } }\n      fragment Resume on PageInfo { hasNextPage endCursor startCursor }"): (typeof documents)["query PageInfoOnlyPlaylist($artist: ID!, $playlist: ID!) {\n      playlist(id: $playlist) { items(first: 8, offset: 52) { totalCount pageInfo { ...Resume } } }\n      a: artist(id: $artist) { __typename } }\n      fragment Resume on PageInfo { hasNextPage endCursor startCursor }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageInfoFullPlaylist($artist: ID!, $playlist: ID!) {\n      playlist(id: $playlist) { items(first: 8, offset: 52) { totalCount pageInfo { ...ResumeFull } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } }\n      fragment ResumeFull on PageInfo { hasNextPage endCursor startCursor }"): (typeof documents)["query PageInfoFullPlaylist($artist: ID!, $playlist: ID!) {\n      playlist(id: $playlist) { items(first: 8, offset: 52) { totalCount pageInfo { ...ResumeFull } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } }\n      fragment ResumeFull on PageInfo { hasNextPage endCursor startCursor }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageInfoOnlySearch($artist: ID!, $playlist: ID!) {\n      search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount pageInfo { hasNextPage endCursor startCursor } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }"): (typeof documents)["query PageInfoOnlySearch($artist: ID!, $playlist: ID!) {\n      search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount pageInfo { hasNextPage endCursor startCursor } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageInfoFullSearch($artist: ID!, $playlist: ID!) {\n      search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }"): (typeof documents)["query PageInfoFullSearch($artist: ID!, $playlist: ID!) {\n      search(query: \"a\", types: [TRACK], first: 10) { tracks { totalCount pageInfo { hasNextPage endCursor startCursor } nodes { __typename } } }\n      a: artist(id: $artist) { __typename } p: playlist(id: $playlist) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageTotalOnly { me { savedTracks(first: 40) { totalCount pageInfo { hasPreviousPage } } } }"): (typeof documents)["query PageTotalOnly { me { savedTracks(first: 40) { totalCount pageInfo { hasPreviousPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageItemsSavedTracks { me { displayName savedTracks(first: 60) { totalCount nodes { id } } } }"): (typeof documents)["query PageItemsSavedTracks { me { displayName savedTracks(first: 60) { totalCount nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageItemsSavedTracksCount { me { displayName savedTracks(first: 5) { totalCount } } }"): (typeof documents)["query PageItemsSavedTracksCount { me { displayName savedTracks(first: 5) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageItemsRecentlyPlayed { me { displayName recentlyPlayed(first: 5) { nodes { playedAt } } } }"): (typeof documents)["query PageItemsRecentlyPlayed { me { displayName recentlyPlayed(first: 5) { nodes { playedAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageItemsMyPlaylists { me { displayName playlists(first: 5) { totalCount nodes { id } } } }"): (typeof documents)["query PageItemsMyPlaylists { me { displayName playlists(first: 5) { totalCount nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageItemsArtistAlbums($id: ID!) { artist(id: $id) { name albums(first: 5) { nodes { id } } } }"): (typeof documents)["query PageItemsArtistAlbums($id: ID!) { artist(id: $id) { name albums(first: 5) { nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageItemsAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 3) { totalCount nodes { id } } } }"): (typeof documents)["query PageItemsAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 3) { totalCount nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceSaved($first: Int!, $offset: Int) {\n  me { savedTracks(first: $first, offset: $offset) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}"): (typeof documents)["query PagesOutOfPlaceSaved($first: Int!, $offset: Int) {\n  me { savedTracks(first: $first, offset: $offset) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlacePlaylist($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) { items(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n}"): (typeof documents)["query PagesOutOfPlacePlaylist($id: ID!, $first: Int!, $after: String) {\n  playlist(id: $id) { items(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceAlbum($id: ID!, $offset: Int!) {\n  album(id: $id) { tracks(offset: $offset, first: 2) { totalCount pageInfo { hasNextPage } edges { cursor } } }\n}"): (typeof documents)["query PagesOutOfPlaceAlbum($id: ID!, $offset: Int!) {\n  album(id: $id) { tracks(offset: $offset, first: 2) { totalCount pageInfo { hasNextPage } edges { cursor } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceSearch($q: String!, $offset: Int!) {\n  search(query: $q, types: [TRACK], first: 5, offset: $offset) { tracks { totalCount pageInfo { hasNextPage } edges { cursor } } }\n}"): (typeof documents)["query PagesOutOfPlaceSearch($q: String!, $offset: Int!) {\n  search(query: $q, types: [TRACK], first: 5, offset: $offset) { tracks { totalCount pageInfo { hasNextPage } edges { cursor } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceSavedTwice {\n  me { a: savedTracks(first: 3) { edges { cursor } } b: savedTracks(first: 2) { edges { cursor } } }\n}"): (typeof documents)["query PagesOutOfPlaceSavedTwice {\n  me { a: savedTracks(first: 3) { edges { cursor } } b: savedTracks(first: 2) { edges { cursor } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceSavedWindows {\n  me {\n    a: savedTracks(first: 64) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14) { edges { node { id } } }\n    c: savedTracks(offset: 52, first: 5) { edges { node { id } } }\n  }\n}"): (typeof documents)["query PagesOutOfPlaceSavedWindows {\n  me {\n    a: savedTracks(first: 64) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14) { edges { node { id } } }\n    c: savedTracks(offset: 52, first: 5) { edges { node { id } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceSavedWindowsSwapped {\n  me {\n    c: savedTracks(offset: 52, first: 5) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14) { edges { node { id } } }\n    a: savedTracks(first: 64) { edges { node { id } } }\n  }\n}"): (typeof documents)["query PagesOutOfPlaceSavedWindowsSwapped {\n  me {\n    c: savedTracks(offset: 52, first: 5) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14) { edges { node { id } } }\n    a: savedTracks(first: 64) { edges { node { id } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceSavedWindowsMarkets {\n  me {\n    a: savedTracks(first: 64) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14, market: \"GB\") { edges { node { id } } }\n  }\n}"): (typeof documents)["query PagesOutOfPlaceSavedWindowsMarkets {\n  me {\n    a: savedTracks(first: 64) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 14, market: \"GB\") { edges { node { id } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceSavedJoinedAt50 {\n  me {\n    a: savedTracks(first: 50) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 3) { edges { node { id } } }\n    c: savedTracks(offset: 53, first: 3) { edges { node { id } } }\n  }\n}"): (typeof documents)["query PagesOutOfPlaceSavedJoinedAt50 {\n  me {\n    a: savedTracks(first: 50) { edges { node { id } } }\n    b: savedTracks(offset: 50, first: 3) { edges { node { id } } }\n    c: savedTracks(offset: 53, first: 3) { edges { node { id } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceTopWindowsRanges {\n  me {\n    a: topTracks(first: 30) { edges { node { id } } }\n    b: topTracks(offset: 20, first: 5, timeRange: MEDIUM_TERM) { edges { node { id } } }\n  }\n}"): (typeof documents)["query PagesOutOfPlaceTopWindowsRanges {\n  me {\n    a: topTracks(first: 30) { edges { node { id } } }\n    b: topTracks(offset: 20, first: 5, timeRange: MEDIUM_TERM) { edges { node { id } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceSavedAt50 {\n  me { b: savedTracks(offset: 50, first: 14) { edges { node { id } } } }\n}"): (typeof documents)["query PagesOutOfPlaceSavedAt50 {\n  me { b: savedTracks(offset: 50, first: 14) { edges { node { id } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceAlbumHead($id: ID!) {\n  album(id: $id) { name tracks(first: 2) { totalCount edges { cursor } } }\n}"): (typeof documents)["query PagesOutOfPlaceAlbumHead($id: ID!) {\n  album(id: $id) { name tracks(first: 2) { totalCount edges { cursor } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceFollowed($after: String) {\n  me { list: followedArtists(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }\n}"): (typeof documents)["query PagesOutOfPlaceFollowed($after: String) {\n  me { list: followedArtists(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagesOutOfPlaceRecent($after: String) {\n  me { list: recentlyPlayed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }\n}"): (typeof documents)["query PagesOutOfPlaceRecent($after: String) {\n  me { list: recentlyPlayed(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PastEmbeddedWarmUp($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query PastEmbeddedWarmUp($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PastEmbeddedAlbumTracks($id: ID!) {\n          album(id: $id) { tracks(offset: 50, first: 70) { nodes { name } pageInfo { hasNextPage } } }\n        }"): (typeof documents)["query PastEmbeddedAlbumTracks($id: ID!) {\n          album(id: $id) { tracks(offset: 50, first: 70) { nodes { name } pageInfo { hasNextPage } } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PastEmbeddedAlbumNameTracks($id: ID!) {\n          album(id: $id) { name tracks(offset: 50, first: 70) { nodes { name } } }\n        }"): (typeof documents)["query PastEmbeddedAlbumNameTracks($id: ID!) {\n          album(id: $id) { name tracks(offset: 50, first: 70) { nodes { name } } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PastEmbeddedAlbumsTracks($ids: [ID!]!) {\n          albums(ids: $ids) { name tracks(offset: 50, first: 70) { nodes { name } } }\n        }"): (typeof documents)["query PastEmbeddedAlbumsTracks($ids: [ID!]!) {\n          albums(ids: $ids) { name tracks(offset: 50, first: 70) { nodes { name } } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PastEmbeddedTracksAlbum($id: ID!) {\n          album(id: $id) { tracks(offset: 60, first: 3) { nodes { album { spotifyId name } } } }\n        }"): (typeof documents)["query PastEmbeddedTracksAlbum($id: ID!) {\n          album(id: $id) { tracks(offset: 60, first: 3) { nodes { album { spotifyId name } } } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PastEmbeddedShowEpisodes($id: ID!) {\n          show(id: $id) { episodes(offset: 50, first: 10) { nodes { name } } }\n        }"): (typeof documents)["query PastEmbeddedShowEpisodes($id: ID!) {\n          show(id: $id) { episodes(offset: 50, first: 10) { nodes { name } } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PastEmbeddedChapters($id: ID!) {\n          audiobook(id: $id) { chapters(offset: 50, first: 10) { nodes { name } } }\n        }"): (typeof documents)["query PastEmbeddedChapters($id: ID!) {\n          audiobook(id: $id) { chapters(offset: 50, first: 10) { nodes { name } } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PastEmbeddedPlaylistItems($id: ID!) {\n        playlist(id: $id) { items(offset: 120, first: 100) { totalCount nodes { __typename } } }\n      }"): (typeof documents)["query PastEmbeddedPlaylistItems($id: ID!) {\n        playlist(id: $id) { items(offset: 120, first: 100) { totalCount nodes { __typename } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingEndsEndlessEmpty($id: ID!, $after: String) {\n      playlist(id: $id) { items(first: 150, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n    }"): (typeof documents)["query PagingEndsEndlessEmpty($id: ID!, $after: String) {\n      playlist(id: $id) { items(first: 150, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingEndsMe { me { followedArtists(first: 10) { edges { cursor } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query PagingEndsMe { me { followedArtists(first: 10) { edges { cursor } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingFaultsFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) {\n    pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n  } }\n}"): (typeof documents)["query PagingFaultsFollowed($first: Int!, $after: String) {\n  me { list: followedArtists(first: $first, after: $after) {\n    pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n  } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PagingFaultsRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) {\n    pageInfo { hasNextPage endCursor } edges { cursor node { playedAt } }\n  } }\n}"): (typeof documents)["query PagingFaultsRecent($first: Int!, $after: String) {\n  me { list: recentlyPlayed(first: $first, after: $after) {\n    pageInfo { hasNextPage endCursor } edges { cursor node { playedAt } }\n  } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentMarketPlaylist($id: ID!, $market: String, $own: String) {\n  playlist(id: $id, market: $market) { items(first: 150, market: $own) { nodes { ... on Track { isPlayable } } } }\n}"): (typeof documents)["query ParentMarketPlaylist($id: ID!, $market: String, $own: String) {\n  playlist(id: $id, market: $market) { items(first: 150, market: $own) { nodes { ... on Track { isPlayable } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentMarketAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { tracks(first: 60) { nodes { isPlayable } } }\n}"): (typeof documents)["query ParentMarketAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { tracks(first: 60) { nodes { isPlayable } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentMarketShow($id: ID!) {\n  show(id: $id, market: \"JP\") { episodes(first: 60) { nodes { id } } }\n}"): (typeof documents)["query ParentMarketShow($id: ID!) {\n  show(id: $id, market: \"JP\") { episodes(first: 60) { nodes { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentMarketAudiobook($id: ID!) {\n  audiobook(id: $id, market: \"JP\") { chapters(first: 60) { nodes { id } } }\n}"): (typeof documents)["query ParentMarketAudiobook($id: ID!) {\n  audiobook(id: $id, market: \"JP\") { chapters(first: 60) { nodes { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentMarketPastPlaylist($id: ID!, $offset: Int, $after: String) {\n  playlist(id: $id, market: \"JP\") { items(offset: $offset, after: $after, first: 5) { nodes { ... on Track { isPlayable } } } }\n}"): (typeof documents)["query ParentMarketPastPlaylist($id: ID!, $offset: Int, $after: String) {\n  playlist(id: $id, market: \"JP\") { items(offset: $offset, after: $after, first: 5) { nodes { ... on Track { isPlayable } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentMarketPastPlaylistNamed($id: ID!) {\n  playlist(id: $id, market: \"JP\") { name items(offset: 100, first: 5) { nodes { ... on Track { isPlayable } } } }\n}"): (typeof documents)["query ParentMarketPastPlaylistNamed($id: ID!) {\n  playlist(id: $id, market: \"JP\") { name items(offset: 100, first: 5) { nodes { ... on Track { isPlayable } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentMarketPastAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { tracks(offset: 50, first: 5) { nodes { isPlayable } } }\n}"): (typeof documents)["query ParentMarketPastAlbum($id: ID!) {\n  album(id: $id, market: \"JP\") { tracks(offset: 50, first: 5) { nodes { isPlayable } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentMarketPastShow($id: ID!) {\n  show(id: $id, market: \"JP\") { episodes(offset: 50, first: 5) { nodes { id } } }\n}"): (typeof documents)["query ParentMarketPastShow($id: ID!) {\n  show(id: $id, market: \"JP\") { episodes(offset: 50, first: 5) { nodes { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParentMarketPastAudiobook($id: ID!) {\n  audiobook(id: $id, market: \"JP\") { chapters(offset: 50, first: 5) { nodes { id } } }\n}"): (typeof documents)["query ParentMarketPastAudiobook($id: ID!) {\n  audiobook(id: $id, market: \"JP\") { chapters(offset: 50, first: 5) { nodes { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialResultsMe { me { displayName player { devices { id } } } }"): (typeof documents)["query PartialResultsMe { me { displayName player { devices { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialResultsMe2 { me { player { devices { id } queue { items { __typename } } } } }"): (typeof documents)["query PartialResultsMe2 { me { player { devices { id } queue { items { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialResultsMe3 { me { images { url } savedTracks(first: 1) { totalCount } } }"): (typeof documents)["query PartialResultsMe3 { me { images { url } savedTracks(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialResultsArtistAlbums($id: ID!) { artist(id: $id) { name albums(first: 2) { totalCount } } }"): (typeof documents)["query PartialResultsArtistAlbums($id: ID!) { artist(id: $id) { name albums(first: 2) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialResultsAlbumArtists($id: ID!) { album(id: $id) { name artists { name genres } } }"): (typeof documents)["query PartialResultsAlbumArtists($id: ID!) { album(id: $id) { name artists { name genres } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialResultsAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 10, offset: 60) { totalCount } } }"): (typeof documents)["query PartialResultsAlbumTracks($id: ID!) { album(id: $id) { name tracks(first: 10, offset: 60) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialResultsShowEpisodes($id: ID!) { show(id: $id) { name episodes(first: 5, offset: 60) { totalCount } } }"): (typeof documents)["query PartialResultsShowEpisodes($id: ID!) { show(id: $id) { name episodes(first: 5, offset: 60) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialResultsAudiobookChapters($id: ID!) { audiobook(id: $id) { name chapters(first: 5, offset: 55) { totalCount } } }"): (typeof documents)["query PartialResultsAudiobookChapters($id: ID!) { audiobook(id: $id) { name chapters(first: 5, offset: 55) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialResultsSearchBeside($id: ID!) { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } artist(id: $id) { name } }"): (typeof documents)["query PartialResultsSearchBeside($id: ID!) { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } artist(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialResultsDevelopmentArtist($id: ID!) { artist(id: $id) { name topTracks { name } relatedArtists { name } } }"): (typeof documents)["query PartialResultsDevelopmentArtist($id: ID!) { artist(id: $id) { name topTracks { name } relatedArtists { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadReadBackCreate { createPlaylist(name: \"read back\") { playlist { id spotifyId } } }"): (typeof documents)["mutation PayloadReadBackCreate { createPlaylist(name: \"read back\") { playlist { id spotifyId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadReadBackUpdateId($id: ID!, $name: String!) {\n  updatePlaylist(playlistId: $id, name: $name) { playlist { id spotifyId uri __typename } }\n}"): (typeof documents)["mutation PayloadReadBackUpdateId($id: ID!, $name: String!) {\n  updatePlaylist(playlistId: $id, name: $name) { playlist { id spotifyId uri __typename } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadReadBackUpdateFragment($id: ID!, $name: String!, $more: Boolean!) {\n  updatePlaylist(playlistId: $id, name: $name) {\n    playlist { ... on Node { id } ... on Playlist { name @include(if: $more) } }\n  }\n}"): (typeof documents)["mutation PayloadReadBackUpdateFragment($id: ID!, $name: String!, $more: Boolean!) {\n  updatePlaylist(playlistId: $id, name: $name) {\n    playlist { ... on Node { id } ... on Playlist { name @include(if: $more) } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadReadBackUpdateName($id: ID!, $name: String!) {\n  updatePlaylist(playlistId: $id, name: $name) { playlist { id name } }\n}"): (typeof documents)["mutation PayloadReadBackUpdateName($id: ID!, $name: String!) {\n  updatePlaylist(playlistId: $id, name: $name) { playlist { id name } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadReadBackCoverId($id: ID!, $image: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $image) { playlist { id } }\n}"): (typeof documents)["mutation PayloadReadBackCoverId($id: ID!, $image: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $image) { playlist { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadReadBackCoverImages($id: ID!, $image: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $image) { playlist { id images { url } } }\n}"): (typeof documents)["mutation PayloadReadBackCoverImages($id: ID!, $image: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $image) { playlist { id images { url } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadReadBackAddId($id: ID!, $uris: [ID!]!) {\n  addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { id } }\n}"): (typeof documents)["mutation PayloadReadBackAddId($id: ID!, $uris: [ID!]!) {\n  addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PayloadReadBackAddTotal($id: ID!, $uris: [ID!]!) {\n  addPlaylistItems(playlistId: $id, uris: $uris) { playlist { id items(first: 1) { totalCount } } }\n}"): (typeof documents)["mutation PayloadReadBackAddTotal($id: ID!, $uris: [ID!]!) {\n  addPlaylistItems(playlistId: $id, uris: $uris) { playlist { id items(first: 1) { totalCount } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlayerChaptersItems {\n  me {\n    player {\n      state { item { __typename ... on Chapter { id name chapterNumber } ... on Track { id } } }\n      queue {\n        currentlyPlaying { __typename ... on Chapter { id name } }\n        items { __typename ... on Chapter { id name } }\n      }\n    }\n  }\n}"): (typeof documents)["query PlayerChaptersItems {\n  me {\n    player {\n      state { item { __typename ... on Chapter { id name chapterNumber } ... on Track { id } } }\n      queue {\n        currentlyPlaying { __typename ... on Chapter { id name } }\n        items { __typename ... on Chapter { id name } }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlayerDevelopmentMe { me { player { devices { id type } } } }"): (typeof documents)["query PlayerDevelopmentMe { me { player { devices { id type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlayerDevelopmentPlay($contextUri: ID, $deviceId: String) {\n        play(contextUri: $contextUri, deviceId: $deviceId) { state { isPlaying item { ... on Track { spotifyId } } } }\n      }"): (typeof documents)["mutation PlayerDevelopmentPlay($contextUri: ID, $deviceId: String) {\n        play(contextUri: $contextUri, deviceId: $deviceId) { state { isPlaying item { ... on Track { spotifyId } } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlayerEntriesItem on PlayableItem {\n  __typename\n  ... on Track { id spotifyId uri isLocal name localFile { name durationMs } }\n  ... on Episode { id spotifyId uri name }\n  ... on Chapter { id spotifyId uri name }\n}"): (typeof documents)["fragment PlayerEntriesItem on PlayableItem {\n  __typename\n  ... on Track { id spotifyId uri isLocal name localFile { name durationMs } }\n  ... on Episode { id spotifyId uri name }\n  ... on Chapter { id spotifyId uri name }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlayerEntriesSkip { skipToNext { ok } }"): (typeof documents)["mutation PlayerEntriesSkip { skipToNext { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlayerEntriesPlayAt($deviceId: String, $contextUri: ID, $position: Int) {\n      play(deviceId: $deviceId, contextUri: $contextUri, offsetPosition: $position) { ok } }"): (typeof documents)["mutation PlayerEntriesPlayAt($deviceId: String, $contextUri: ID, $position: Int) {\n      play(deviceId: $deviceId, contextUri: $contextUri, offsetPosition: $position) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlayerEntriesView { me { player {\n        state { currentlyPlayingType item { ...PlayerEntriesItem } }\n        currentlyPlaying { currentlyPlayingType item { ...PlayerEntriesItem } }\n        queue { currentlyPlaying { ...PlayerEntriesItem } items { ...PlayerEntriesItem } } } } }"): (typeof documents)["query PlayerEntriesView { me { player {\n        state { currentlyPlayingType item { ...PlayerEntriesItem } }\n        currentlyPlaying { currentlyPlayingType item { ...PlayerEntriesItem } }\n        queue { currentlyPlaying { ...PlayerEntriesItem } items { ...PlayerEntriesItem } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PlayerEntriesPlaybackState { playbackState { currentlyPlayingType item { ...PlayerEntriesItem } } }"): (typeof documents)["subscription PlayerEntriesPlaybackState { playbackState { currentlyPlayingType item { ...PlayerEntriesItem } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PlayerEntriesCurrentlyPlaying { currentlyPlaying { currentlyPlayingType item { ...PlayerEntriesItem } } }"): (typeof documents)["subscription PlayerEntriesCurrentlyPlaying { currentlyPlaying { currentlyPlayingType item { ...PlayerEntriesItem } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerErrorsPlay($contextUri: ID, $uris: [ID!], $offsetPosition: Int, $offsetUri: ID, $positionMs: Int) {\n  play(contextUri: $contextUri, uris: $uris, offsetPosition: $offsetPosition, offsetUri: $offsetUri, positionMs: $positionMs) { ok }\n}"): (typeof documents)["mutation GraphqlPlayerErrorsPlay($contextUri: ID, $uris: [ID!], $offsetPosition: Int, $offsetUri: ID, $positionMs: Int) {\n  play(contextUri: $contextUri, uris: $uris, offsetPosition: $offsetPosition, offsetUri: $offsetUri, positionMs: $positionMs) { ok }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerErrorsSetVolume($volumePercent: Int!, $deviceId: String) { setVolume(volumePercent: $volumePercent, deviceId: $deviceId) { ok } }"): (typeof documents)["mutation GraphqlPlayerErrorsSetVolume($volumePercent: Int!, $deviceId: String) { setVolume(volumePercent: $volumePercent, deviceId: $deviceId) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerErrorsTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId) { ok } }"): (typeof documents)["mutation GraphqlPlayerErrorsTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerErrorsPause { pause { ok } }"): (typeof documents)["mutation GraphqlPlayerErrorsPause { pause { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlPlayerErrorsMe { me { player { state { isPlaying } devices { id } } } }"): (typeof documents)["query GraphqlPlayerErrorsMe { me { player { state { isPlaying } devices { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerErrorsSeek($positionMs: Int!) { seek(positionMs: $positionMs) { ok } }"): (typeof documents)["mutation GraphqlPlayerErrorsSeek($positionMs: Int!) { seek(positionMs: $positionMs) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerErrorsQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }"): (typeof documents)["mutation GraphqlPlayerErrorsQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerErrorsPauseOn($deviceId: String) { pause(deviceId: $deviceId) { ok } }"): (typeof documents)["mutation GraphqlPlayerErrorsPauseOn($deviceId: String) { pause(deviceId: $deviceId) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlPlayerErrorsMe2 { me { player { state(market: \"sweden\") { isPlaying } } } }"): (typeof documents)["query GraphqlPlayerErrorsMe2 { me { player { state(market: \"sweden\") { isPlaying } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlPlayerErrorsMe3 { me { player { state { isPlaying } } } }"): (typeof documents)["query GraphqlPlayerErrorsMe3 { me { player { state { isPlaying } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GraphqlPlayerItem on PlaylistItemContent {\n  __typename\n  ... on Track { spotifyId }\n  ... on Episode { spotifyId }\n}"): (typeof documents)["fragment GraphqlPlayerItem on PlaylistItemContent {\n  __typename\n  ... on Track { spotifyId }\n  ... on Episode { spotifyId }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GraphqlPlayerState on PlaybackState {\n  isPlaying progressMs repeatState shuffleState currentlyPlayingType timestamp\n  device { id isActive } context { type uri href externalUrl } item { ...GraphqlPlayerItem }\n  disallows { pausing resuming skippingNext skippingPrev }\n}"): (typeof documents)["fragment GraphqlPlayerState on PlaybackState {\n  isPlaying progressMs repeatState shuffleState currentlyPlayingType timestamp\n  device { id isActive } context { type uri href externalUrl } item { ...GraphqlPlayerItem }\n  disallows { pausing resuming skippingNext skippingPrev }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GraphqlPlayerDevice on Device {\n  id name type isActive isRestricted supportsVolume volumePercent\n}"): (typeof documents)["fragment GraphqlPlayerDevice on Device {\n  id name type isActive isRestricted supportsVolume volumePercent\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerPlay($contextUri: ID, $uris: [ID!], $offsetUri: ID,\n  $offsetPosition: Int, $positionMs: Int, $deviceId: String) {\n  command: play(contextUri: $contextUri, uris: $uris, offsetUri: $offsetUri, offsetPosition: $offsetPosition,\n    positionMs: $positionMs, deviceId: $deviceId) { ok state { ...GraphqlPlayerState } }\n}"): (typeof documents)["mutation GraphqlPlayerPlay($contextUri: ID, $uris: [ID!], $offsetUri: ID,\n  $offsetPosition: Int, $positionMs: Int, $deviceId: String) {\n  command: play(contextUri: $contextUri, uris: $uris, offsetUri: $offsetUri, offsetPosition: $offsetPosition,\n    positionMs: $positionMs, deviceId: $deviceId) { ok state { ...GraphqlPlayerState } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerTransfer($deviceId: String!, $play: Boolean) {\n  command: transferPlayback(deviceId: $deviceId, play: $play) { ok state { ...GraphqlPlayerState } }\n}"): (typeof documents)["mutation GraphqlPlayerTransfer($deviceId: String!, $play: Boolean) {\n  command: transferPlayback(deviceId: $deviceId, play: $play) { ok state { ...GraphqlPlayerState } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerAddToQueue($uri: ID!) {\n  command: addToQueue(uri: $uri) { ok state { ...GraphqlPlayerState } }\n}"): (typeof documents)["mutation GraphqlPlayerAddToQueue($uri: ID!) {\n  command: addToQueue(uri: $uri) { ok state { ...GraphqlPlayerState } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSkipToNext {\n  command: skipToNext { ok state { ...GraphqlPlayerState } }\n}"): (typeof documents)["mutation GraphqlPlayerSkipToNext {\n  command: skipToNext { ok state { ...GraphqlPlayerState } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSkipToPrevious {\n  command: skipToPrevious { ok state { ...GraphqlPlayerState } }\n}"): (typeof documents)["mutation GraphqlPlayerSkipToPrevious {\n  command: skipToPrevious { ok state { ...GraphqlPlayerState } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSeek($positionMs: Int!) {\n  command: seek(positionMs: $positionMs) { ok state { ...GraphqlPlayerState } }\n}"): (typeof documents)["mutation GraphqlPlayerSeek($positionMs: Int!) {\n  command: seek(positionMs: $positionMs) { ok state { ...GraphqlPlayerState } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerPause { command: pause { ok state { ...GraphqlPlayerState } } }"): (typeof documents)["mutation GraphqlPlayerPause { command: pause { ok state { ...GraphqlPlayerState } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerResume { command: resume { ok state { ...GraphqlPlayerState } } }"): (typeof documents)["mutation GraphqlPlayerResume { command: resume { ok state { ...GraphqlPlayerState } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSetRepeat($state: RepeatState!) {\n  command: setRepeat(state: $state) { ok state { ...GraphqlPlayerState } }\n}"): (typeof documents)["mutation GraphqlPlayerSetRepeat($state: RepeatState!) {\n  command: setRepeat(state: $state) { ok state { ...GraphqlPlayerState } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSetShuffleState($state: Boolean!) {\n  command: setShuffle(state: $state) { ok state { ...GraphqlPlayerState } }\n}"): (typeof documents)["mutation GraphqlPlayerSetShuffleState($state: Boolean!) {\n  command: setShuffle(state: $state) { ok state { ...GraphqlPlayerState } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlPlayerReadState { me { player { state { ...GraphqlPlayerState } } } }"): (typeof documents)["query GraphqlPlayerReadState { me { player { state { ...GraphqlPlayerState } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlPlayerDevices { me { player { devices { ...GraphqlPlayerDevice } } } }"): (typeof documents)["query GraphqlPlayerDevices { me { player { devices { ...GraphqlPlayerDevice } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlPlayerIdle { me { player { state { isPlaying } currentlyPlaying { isPlaying }\n        queue { currentlyPlaying { ...GraphqlPlayerItem } items { ...GraphqlPlayerItem } } } } }"): (typeof documents)["query GraphqlPlayerIdle { me { player { state { isPlaying } currentlyPlaying { isPlaying }\n        queue { currentlyPlaying { ...GraphqlPlayerItem } items { ...GraphqlPlayerItem } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlPlayerPlayingAlbum { me { player {\n        state { ...GraphqlPlayerState }\n        currentlyPlaying { isPlaying progressMs currentlyPlayingType context { uri } item { ...GraphqlPlayerItem } }\n        queue { currentlyPlaying { ...GraphqlPlayerItem } items { ...GraphqlPlayerItem } }\n      } } }"): (typeof documents)["query GraphqlPlayerPlayingAlbum { me { player {\n        state { ...GraphqlPlayerState }\n        currentlyPlaying { isPlaying progressMs currentlyPlayingType context { uri } item { ...GraphqlPlayerItem } }\n        queue { currentlyPlaying { ...GraphqlPlayerItem } items { ...GraphqlPlayerItem } }\n      } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlPlayerTransferred { me { player { state { ...GraphqlPlayerState } currentlyPlaying { isPlaying } } } }"): (typeof documents)["query GraphqlPlayerTransferred { me { player { state { ...GraphqlPlayerState } currentlyPlaying { isPlaying } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlPlayerPlaysOn { me { player { currentlyPlaying { progressMs item { ...GraphqlPlayerItem } } } } }"): (typeof documents)["query GraphqlPlayerPlaysOn { me { player { currentlyPlaying { progressMs item { ...GraphqlPlayerItem } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphqlPlayerQueue { me { player { queue { items { ...GraphqlPlayerItem } } } } }"): (typeof documents)["query GraphqlPlayerQueue { me { player { queue { items { ...GraphqlPlayerItem } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSetVolume($device: String) {\n        setVolume(volumePercent: 12, deviceId: $device) { ok player { devices { ...GraphqlPlayerDevice } } } }"): (typeof documents)["mutation GraphqlPlayerSetVolume($device: String) {\n        setVolume(volumePercent: 12, deviceId: $device) { ok player { devices { ...GraphqlPlayerDevice } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSetShuffle { setShuffle(state: true) { ok } }"): (typeof documents)["mutation GraphqlPlayerSetShuffle { setShuffle(state: true) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSetShuffle2 { setShuffle(state: true) { state { shuffleState } player { state { shuffleState } } } }"): (typeof documents)["mutation GraphqlPlayerSetShuffle2 { setShuffle(state: true) { state { shuffleState } player { state { shuffleState } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSkipStateBesidePlaying {\n        skipToNext { ok state { item { ...GraphqlPlayerItem } } player { currentlyPlaying { item { ...GraphqlPlayerItem } } devices { name } } }\n      }"): (typeof documents)["mutation GraphqlPlayerSkipStateBesidePlaying {\n        skipToNext { ok state { item { ...GraphqlPlayerItem } } player { currentlyPlaying { item { ...GraphqlPlayerItem } } devices { name } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSkipTwice {\n        a: skipToNext { state { item { ...GraphqlPlayerItem } } }\n        b: skipToNext { player { currentlyPlaying { item { ...GraphqlPlayerItem } } state { item { ...GraphqlPlayerItem } } } }\n      }"): (typeof documents)["mutation GraphqlPlayerSkipTwice {\n        a: skipToNext { state { item { ...GraphqlPlayerItem } } }\n        b: skipToNext { player { currentlyPlaying { item { ...GraphqlPlayerItem } } state { item { ...GraphqlPlayerItem } } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphqlPlayerSaveThenPlayer($uris: [ID!]!) {\n        saveToLibrary(uris: $uris) { me { x: player { state { isPlaying } } y: player { currentlyPlaying { isPlaying } } } }\n      }"): (typeof documents)["mutation GraphqlPlayerSaveThenPlayer($uris: [ID!]!) {\n        saveToLibrary(uris: $uris) { me { x: player { state { isPlaying } } y: player { currentlyPlaying { isPlaying } } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistEntryKeys($id: ID!, $offset: Int!) {\n  playlist(id: $id) { items(first: 3, offset: $offset, market: \"JP\") { edges { addedAt node { __typename ... on Track { id } } } } }\n}"): (typeof documents)["query PlaylistEntryKeys($id: ID!, $offset: Int!) {\n  playlist(id: $id) { items(first: 3, offset: $offset, market: \"JP\") { edges { addedAt node { __typename ... on Track { id } } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemPagesPast100($id: ID!) {\n  playlist(id: $id) { items(offset: 100, first: 100) { nodes { __typename } } }\n}"): (typeof documents)["query PlaylistItemPagesPast100($id: ID!) {\n  playlist(id: $id) { items(offset: 100, first: 100) { nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemPagesWhole($id: ID!, $first: Int!) {\n  playlist(id: $id) { items(first: $first) { nodes { __typename } } }\n}"): (typeof documents)["query PlaylistItemPagesWhole($id: ID!, $first: Int!) {\n  playlist(id: $id) { items(first: $first) { nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemPagesNameAndWhole($id: ID!, $first: Int!) {\n  playlist(id: $id) { name items(first: $first) { nodes { __typename } } }\n}"): (typeof documents)["query PlaylistItemPagesNameAndWhole($id: ID!, $first: Int!) {\n  playlist(id: $id) { name items(first: $first) { nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemPagesAt55($id: ID!) {\n  playlist(id: $id) { items(offset: 55, first: 5) { nodes { __typename } } }\n}"): (typeof documents)["query PlaylistItemPagesAt55($id: ID!) {\n  playlist(id: $id) { items(offset: 55, first: 5) { nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemPagesCountBeside($id: ID!) {\n  album(id: $id) { a: tracks(offset: 60, first: 5) { nodes { name } } b: tracks { totalCount } }\n}"): (typeof documents)["query PlaylistItemPagesCountBeside($id: ID!) {\n  album(id: $id) { a: tracks(offset: 60, first: 5) { nodes { name } } b: tracks { totalCount } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemsRefusalSearch {\n  search(query: \"a\", types: [PLAYLIST], first: 3) {\n    playlists { nodes { name items(first: 2) { nodes { __typename } } } }\n  }\n}"): (typeof documents)["query PlaylistItemsRefusalSearch {\n  search(query: \"a\", types: [PLAYLIST], first: 3) {\n    playlists { nodes { name items(first: 2) { nodes { __typename } } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemsRefusalMine {\n  me { playlists(first: 50) { nodes { id collaborative owner { id } items(first: 3) { nodes { __typename } } } } }\n}"): (typeof documents)["query PlaylistItemsRefusalMine {\n  me { playlists(first: 50) { nodes { id collaborative owner { id } items(first: 3) { nodes { __typename } } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemsRefusalOne($id: ID!) {\n  playlist(id: $id) { name items(first: 3) { nodes { __typename } } }\n}"): (typeof documents)["query PlaylistItemsRefusalOne($id: ID!) {\n  playlist(id: $id) { name items(first: 3) { nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemsRefusalWithProfile($id: ID!) {\n  me { displayName }\n  playlist(id: $id) { name items(first: 3) { nodes { __typename } } }\n}"): (typeof documents)["query PlaylistItemsRefusalWithProfile($id: ID!) {\n  me { displayName }\n  playlist(id: $id) { name items(first: 3) { nodes { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemsRefusalTeachSearch { search(query: \"a\", types: [ARTIST], first: 20) { artists { nodes { name } } } }"): (typeof documents)["query PlaylistItemsRefusalTeachSearch { search(query: \"a\", types: [ARTIST], first: 20) { artists { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemsRefusalFive {\n      search(query: \"a\", types: [PLAYLIST], first: 5) {\n        playlists { nodes { items(first: 3) { nodes { __typename } } } }\n      }\n    }"): (typeof documents)["query PlaylistItemsRefusalFive {\n      search(query: \"a\", types: [PLAYLIST], first: 5) {\n        playlists { nodes { items(first: 3) { nodes { __typename } } } }\n      }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistItemsRefusalTeach($id: ID!) { artist(id: $id) { albums(first: 20) { nodes { name } } } }"): (typeof documents)["query PlaylistItemsRefusalTeach($id: ID!) { artist(id: $id) { albums(first: 20) { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistScopeAdd($id: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }"): (typeof documents)["mutation PlaylistScopeAdd($id: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistScopeRemove($id: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }"): (typeof documents)["mutation PlaylistScopeRemove($id: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistScopeReorder($id: ID!) { reorderPlaylistItems(playlistId: $id, rangeStart: 0, insertBefore: 2) { snapshotId } }"): (typeof documents)["mutation PlaylistScopeReorder($id: ID!) { reorderPlaylistItems(playlistId: $id, rangeStart: 0, insertBefore: 2) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistScopeReplace($id: ID!, $uris: [ID!]!) { replacePlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }"): (typeof documents)["mutation PlaylistScopeReplace($id: ID!, $uris: [ID!]!) { replacePlaylistItems(playlistId: $id, uris: $uris) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistScopeDetails($id: ID!) { updatePlaylist(playlistId: $id, name: \"renamed\") { __typename } }"): (typeof documents)["mutation PlaylistScopeDetails($id: ID!) { updatePlaylist(playlistId: $id, name: \"renamed\") { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistScopeCover($id: ID!, $image: String!) { uploadPlaylistCover(playlistId: $id, imageBase64: $image) { __typename } }"): (typeof documents)["mutation PlaylistScopeCover($id: ID!, $image: String!) { uploadPlaylistCover(playlistId: $id, imageBase64: $image) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistScopeMakePrivate($id: ID!) { updatePlaylist(playlistId: $id, public: false) { __typename } }"): (typeof documents)["mutation PlaylistScopeMakePrivate($id: ID!) { updatePlaylist(playlistId: $id, public: false) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistScopeFollowThenAdd($id: ID!, $uris: [ID!]!) {\n    followPlaylist(id: $id, public: true) { playlist { public } }\n    addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId }\n  }"): (typeof documents)["mutation PlaylistScopeFollowThenAdd($id: ID!, $uris: [ID!]!) {\n    followPlaylist(id: $id, public: true) { playlist { public } }\n    addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistsDevelopmentOwn($id: ID!) {\n        playlist(id: $id) { owner { id } items(first: 100) { totalCount nodes { ... on Track { id } } } } }"): (typeof documents)["query PlaylistsDevelopmentOwn($id: ID!) {\n        playlist(id: $id) { owner { id } items(first: 100) { totalCount nodes { ... on Track { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistsDevelopmentEditorial($id: ID!) { playlist(id: $id) { name items { totalCount } } }"): (typeof documents)["query PlaylistsDevelopmentEditorial($id: ID!) { playlist(id: $id) { name items { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistsDevelopmentMe { me { user { displayName playlists { totalCount } } } }"): (typeof documents)["query PlaylistsDevelopmentMe { me { user { displayName playlists { totalCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsDevelopmentCreatePlaylist { createPlaylist(name: \"Dev round trip\") { playlist { id } } }"): (typeof documents)["mutation PlaylistsDevelopmentCreatePlaylist { createPlaylist(name: \"Dev round trip\") { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsDevelopmentAdd($playlistId: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }"): (typeof documents)["mutation PlaylistsDevelopmentAdd($playlistId: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsDevelopmentReorder($playlistId: ID!) {\n        reorderPlaylistItems(playlistId: $playlistId, rangeStart: 2, insertBefore: 0) { snapshotId } }"): (typeof documents)["mutation PlaylistsDevelopmentReorder($playlistId: ID!) {\n        reorderPlaylistItems(playlistId: $playlistId, rangeStart: 2, insertBefore: 0) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsDevelopmentRemove($playlistId: ID!, $uris: [ID!]!) {\n        removePlaylistItems(playlistId: $playlistId, uris: $uris) {\n          playlist { items { totalCount nodes { ... on Track { uri } } } } } }"): (typeof documents)["mutation PlaylistsDevelopmentRemove($playlistId: ID!, $uris: [ID!]!) {\n        removePlaylistItems(playlistId: $playlistId, uris: $uris) {\n          playlist { items { totalCount nodes { ... on Track { uri } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlaylistsExtendedItems on PlaylistItemConnection {\n  totalCount\n  edges { addedAt addedBy { id } node { __typename ... on Track { id } ... on Episode { id } } }\n}"): (typeof documents)["fragment PlaylistsExtendedItems on PlaylistItemConnection {\n  totalCount\n  edges { addedAt addedBy { id } node { __typename ... on Track { id } ... on Episode { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedCreate($name: String!) {\n  createPlaylist(name: $name) { playlist { id } }\n}"): (typeof documents)["mutation PlaylistsExtendedCreate($name: String!) {\n  createPlaylist(name: $name) { playlist { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistsExtendedAllItems($id: ID!, $first: Int) {\n        playlist(id: $id) { id name owner { id } followerCount items(first: $first) { ...PlaylistsExtendedItems } }\n      }"): (typeof documents)["query PlaylistsExtendedAllItems($id: ID!, $first: Int) {\n        playlist(id: $id) { id name owner { id } followerCount items(first: $first) { ...PlaylistsExtendedItems } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistsExtendedListed { me { playlists(first: 3) { nodes { name followerCount again: followerCount } } } }"): (typeof documents)["query PlaylistsExtendedListed { me { playlists(first: 3) { nodes { name followerCount again: followerCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistsExtendedNodes($playlist: ID!, $user: ID!) {\n        p: node(id: $playlist) { __typename ... on Playlist { name } }\n        u: node(id: $user) { __typename ... on User { displayName } }\n      }"): (typeof documents)["query PlaylistsExtendedNodes($playlist: ID!, $user: ID!) {\n        p: node(id: $playlist) { __typename ... on Playlist { name } }\n        u: node(id: $user) { __typename ... on User { displayName } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistsExtendedUser($id: ID!) {\n        user(id: $id) { id displayName followerCount playlists(first: 10) { nodes { owner { id } } } }\n      }"): (typeof documents)["query PlaylistsExtendedUser($id: ID!) {\n        user(id: $id) { id displayName followerCount playlists(first: 10) { nodes { owner { id } } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistsExtendedBadId($id: ID!) { playlist(id: $id) { name } }"): (typeof documents)["query PlaylistsExtendedBadId($id: ID!) { playlist(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedCreatePrivate($name: String!, $description: String, $public: Boolean) {\n        createPlaylist(name: $name, description: $description, public: $public) { playlist { id name public owner { id } } }\n      }"): (typeof documents)["mutation PlaylistsExtendedCreatePrivate($name: String!, $description: String, $public: Boolean) {\n        createPlaylist(name: $name, description: $description, public: $public) { playlist { id name public owner { id } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedAdd($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }"): (typeof documents)["mutation PlaylistsExtendedAdd($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedReorder($id: ID!, $rangeStart: Int!, $insertBefore: Int!) {\n        reorderPlaylistItems(playlistId: $id, rangeStart: $rangeStart, insertBefore: $insertBefore) {\n          snapshotId playlist { items { ...PlaylistsExtendedItems } }\n        }\n      }"): (typeof documents)["mutation PlaylistsExtendedReorder($id: ID!, $rangeStart: Int!, $insertBefore: Int!) {\n        reorderPlaylistItems(playlistId: $id, rangeStart: $rangeStart, insertBefore: $insertBefore) {\n          snapshotId playlist { items { ...PlaylistsExtendedItems } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedRemove($id: ID!, $uris: [ID!]!) {\n        removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }"): (typeof documents)["mutation PlaylistsExtendedRemove($id: ID!, $uris: [ID!]!) {\n        removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedReplace($id: ID!, $uris: [ID!]!) {\n        replacePlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }"): (typeof documents)["mutation PlaylistsExtendedReplace($id: ID!, $uris: [ID!]!) {\n        replacePlaylistItems(playlistId: $id, uris: $uris) { snapshotId playlist { items { ...PlaylistsExtendedItems } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedAddMany($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { playlist { items(first: 150) { ...PlaylistsExtendedItems } } }\n      }"): (typeof documents)["mutation PlaylistsExtendedAddMany($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { playlist { items(first: 150) { ...PlaylistsExtendedItems } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaylistsExtendedAlbumTrackIds($id: ID!) {\n        album(id: $id) { tracks(first: 3) { nodes { id } } }\n      }"): (typeof documents)["query PlaylistsExtendedAlbumTrackIds($id: ID!) {\n        album(id: $id) { tracks(first: 3) { nodes { id } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedAddHeldIds($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { playlist { items { edges { node { ... on Track { id } } } } } }\n      }"): (typeof documents)["mutation PlaylistsExtendedAddHeldIds($id: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $id, uris: $uris) { playlist { items { edges { node { ... on Track { id } } } } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedUpdate($id: ID!, $name: String, $description: String, $public: Boolean) {\n        updatePlaylist(playlistId: $id, name: $name, description: $description, public: $public) {\n          playlist { name description public }\n        }\n      }"): (typeof documents)["mutation PlaylistsExtendedUpdate($id: ID!, $name: String, $description: String, $public: Boolean) {\n        updatePlaylist(playlistId: $id, name: $name, description: $description, public: $public) {\n          playlist { name description public }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedUploadCover($id: ID!, $imageBase64: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $imageBase64) { playlist { id images { url } } }\n}"): (typeof documents)["mutation PlaylistsExtendedUploadCover($id: ID!, $imageBase64: String!) {\n  uploadPlaylistCover(playlistId: $id, imageBase64: $imageBase64) { playlist { id images { url } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedAddRefused($id: ID!, $uris: [ID!]!, $position: Int) {\n    addPlaylistItems(playlistId: $id, uris: $uris, position: $position) { snapshotId }\n  }"): (typeof documents)["mutation PlaylistsExtendedAddRefused($id: ID!, $uris: [ID!]!, $position: Int) {\n    addPlaylistItems(playlistId: $id, uris: $uris, position: $position) { snapshotId }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedRemoveRefused($id: ID!, $uris: [ID!]!) {\n    removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId }\n  }"): (typeof documents)["mutation PlaylistsExtendedRemoveRefused($id: ID!, $uris: [ID!]!) {\n    removePlaylistItems(playlistId: $id, uris: $uris) { snapshotId }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedReorderRefused($id: ID!, $rangeStart: Int!, $insertBefore: Int!) {\n    reorderPlaylistItems(playlistId: $id, rangeStart: $rangeStart, insertBefore: $insertBefore) { snapshotId }\n  }"): (typeof documents)["mutation PlaylistsExtendedReorderRefused($id: ID!, $rangeStart: Int!, $insertBefore: Int!) {\n    reorderPlaylistItems(playlistId: $id, rangeStart: $rangeStart, insertBefore: $insertBefore) { snapshotId }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedCreateRefused($name: String!, $collaborative: Boolean, $description: String) {\n    createPlaylist(name: $name, collaborative: $collaborative, description: $description) { playlist { id } }\n  }"): (typeof documents)["mutation PlaylistsExtendedCreateRefused($name: String!, $collaborative: Boolean, $description: String) {\n    createPlaylist(name: $name, collaborative: $collaborative, description: $description) { playlist { id } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlaylistsExtendedUpdateRefused($id: ID!, $description: String, $name: String) {\n    updatePlaylist(playlistId: $id, description: $description, name: $name) { playlist { id } }\n  }"): (typeof documents)["mutation PlaylistsExtendedUpdateRefused($id: ID!, $description: String, $name: String) {\n    updatePlaylist(playlistId: $id, description: $description, name: $name) { playlist { id } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileLoadsTwice($id: ID!) {\n    a: user(id: $id) { displayName followerCount }\n    b: user(id: $id) { displayName images { url } }\n  }\n"): (typeof documents)["\n  query ProfileLoadsTwice($id: ID!) {\n    a: user(id: $id) { displayName followerCount }\n    b: user(id: $id) { displayName images { url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileLoadsUserAndOwner($user: ID!, $playlist: ID!) {\n    user(id: $user) { displayName }\n    playlist(id: $playlist) { owner { spotifyId followerCount } }\n  }\n"): (typeof documents)["\n  query ProfileLoadsUserAndOwner($user: ID!, $playlist: ID!) {\n    user(id: $user) { displayName }\n    playlist(id: $playlist) { owner { spotifyId followerCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProfileLoadsConcurrent($id: ID!) { user(id: $id) { displayName followerCount } }"): (typeof documents)["query ProfileLoadsConcurrent($id: ID!) { user(id: $id) { displayName followerCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryLoadsEarly($id: ID!) {\n    category(id: $id) { name playlists(first: 5) { totalCount nodes { name } } }\n  }\n"): (typeof documents)["\n  query CategoryLoadsEarly($id: ID!) {\n    category(id: $id) { name playlists(first: 5) { totalCount nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryLoadsTotalOnly($id: ID!) { category(id: $id) { name playlists { totalCount } } }\n"): (typeof documents)["\n  query CategoryLoadsTotalOnly($id: ID!) { category(id: $id) { name playlists { totalCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CategoryLoadsWarm { markets }"): (typeof documents)["query CategoryLoadsWarm { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProfileWithoutIdUser { user(id: \"bob\") { id spotifyId displayName\n          playlists(first: 1) { totalCount } } }"): (typeof documents)["query ProfileWithoutIdUser { user(id: \"bob\") { id spotifyId displayName\n          playlists(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProfileWithoutIdMe { me { id displayName country } }"): (typeof documents)["query ProfileWithoutIdMe { me { id displayName country } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PauseErrorsAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query PauseErrorsAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PauseErrorsMe { me { displayName } }"): (typeof documents)["query PauseErrorsMe { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PauseErrorsSeveral($id: ID!) {\n    __typename\n    album(id: $id) { name }\n    search(query: \"love\", types: [TRACK], first: 2) { tracks { totalCount } }\n    me { displayName savedTracks(first: 1) { totalCount } }\n  }\n"): (typeof documents)["\n  query PauseErrorsSeveral($id: ID!) {\n    __typename\n    album(id: $id) { name }\n    search(query: \"love\", types: [TRACK], first: 2) { tracks { totalCount } }\n    me { displayName savedTracks(first: 1) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitedWritesAdd($playlistId: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId }\n      }"): (typeof documents)["mutation RateLimitedWritesAdd($playlistId: ID!, $uris: [ID!]!) {\n        addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitedWritesPlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok }\n      }"): (typeof documents)["mutation RateLimitedWritesPlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RateLimitedWritesQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }"): (typeof documents)["mutation RateLimitedWritesQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RefusedIdListsTooMany($albumId: ID!, $ids: [ID!]!, $uris: [ID!]!) {\n  sibling: album(id: $albumId) { id name }\n  albums(ids: $ids) { id }\n  artists(ids: $ids) { id }\n  tracks(ids: $ids) { id }\n  episodes(ids: $ids) { id }\n  shows(ids: $ids) { id }\n  audiobooks(ids: $ids) { id }\n  chapters(ids: $ids) { id }\n  nodes(ids: $uris) { id }\n}"): (typeof documents)["query RefusedIdListsTooMany($albumId: ID!, $ids: [ID!]!, $uris: [ID!]!) {\n  sibling: album(id: $albumId) { id name }\n  albums(ids: $ids) { id }\n  artists(ids: $ids) { id }\n  tracks(ids: $ids) { id }\n  episodes(ids: $ids) { id }\n  shows(ids: $ids) { id }\n  audiobooks(ids: $ids) { id }\n  chapters(ids: $ids) { id }\n  nodes(ids: $uris) { id }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RefusedIdListsMarket($albumId: ID!, $ids: [ID!]!, $market: String) {\n  sibling: album(id: $albumId) { id name }\n  albums(ids: $ids, market: $market) { id }\n  tracks(ids: $ids, market: $market) { id }\n  episodes(ids: $ids, market: $market) { id }\n  shows(ids: $ids, market: $market) { id }\n  audiobooks(ids: $ids, market: $market) { id }\n  chapters(ids: $ids, market: $market) { id }\n}"): (typeof documents)["query RefusedIdListsMarket($albumId: ID!, $ids: [ID!]!, $market: String) {\n  sibling: album(id: $albumId) { id name }\n  albums(ids: $ids, market: $market) { id }\n  tracks(ids: $ids, market: $market) { id }\n  episodes(ids: $ids, market: $market) { id }\n  shows(ids: $ids, market: $market) { id }\n  audiobooks(ids: $ids, market: $market) { id }\n  chapters(ids: $ids, market: $market) { id }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefusedJoinedMadeUpArtists($ids: [ID!]!) {\n    artists(ids: $ids) {\n      w0: albums(first: 1, offset: 0) { nodes { spotifyId } }\n      w1: albums(first: 1, offset: 1) { nodes { spotifyId } }\n      w2: albums(first: 1, offset: 2) { nodes { spotifyId } }\n      w3: albums(first: 1, offset: 3) { nodes { spotifyId } }\n    }\n  }\n"): (typeof documents)["\n  query RefusedJoinedMadeUpArtists($ids: [ID!]!) {\n    artists(ids: $ids) {\n      w0: albums(first: 1, offset: 0) { nodes { spotifyId } }\n      w1: albums(first: 1, offset: 1) { nodes { spotifyId } }\n      w2: albums(first: 1, offset: 2) { nodes { spotifyId } }\n      w3: albums(first: 1, offset: 3) { nodes { spotifyId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefusedJoinedOthersPlaylists {\n    search(query: \"a\", types: [PLAYLIST], first: 5) {\n      playlists {\n        nodes {\n          w0: items(first: 1, offset: 0) { totalCount nodes { __typename } }\n          w1: items(first: 1, offset: 1) { totalCount nodes { __typename } }\n          w2: items(first: 1, offset: 2) { totalCount nodes { __typename } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RefusedJoinedOthersPlaylists {\n    search(query: \"a\", types: [PLAYLIST], first: 5) {\n      playlists {\n        nodes {\n          w0: items(first: 1, offset: 0) { totalCount nodes { __typename } }\n          w1: items(first: 1, offset: 1) { totalCount nodes { __typename } }\n          w2: items(first: 1, offset: 2) { totalCount nodes { __typename } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedDevelopmentTrack($id: ID!, $market: String) {\n        track(id: $id, market: $market) { spotifyId linkedFromUri isPlayable } }"): (typeof documents)["query RelinkedDevelopmentTrack($id: ID!, $market: String) {\n        track(id: $id, market: $market) { spotifyId linkedFromUri isPlayable } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedDevelopmentTracks($ids: [ID!]!, $market: String) {\n        tracks(ids: $ids, market: $market) { spotifyId linkedFromUri } }"): (typeof documents)["query RelinkedDevelopmentTracks($ids: [ID!]!, $market: String) {\n        tracks(ids: $ids, market: $market) { spotifyId linkedFromUri } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedDevelopmentNoMarket($id: ID!) { track(id: $id) { spotifyId } }"): (typeof documents)["query RelinkedDevelopmentNoMarket($id: ID!) { track(id: $id) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedNoMarketTrack($id: ID!) {\n  track(id: $id) { spotifyId linkedFromUri isPlayable } }"): (typeof documents)["query RelinkedNoMarketTrack($id: ID!) {\n  track(id: $id) { spotifyId linkedFromUri isPlayable } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedNoMarketTracks($ids: [ID!]!) {\n  tracks(ids: $ids) { spotifyId linkedFromUri } }"): (typeof documents)["query RelinkedNoMarketTracks($ids: [ID!]!) {\n  tracks(ids: $ids) { spotifyId linkedFromUri } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedNoMarketNode($id: ID!) {\n  node(id: $id) { ... on Track { spotifyId linkedFromUri } } }"): (typeof documents)["query RelinkedNoMarketNode($id: ID!) {\n  node(id: $id) { ... on Track { spotifyId linkedFromUri } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedNoMarketNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { __typename ... on Track { spotifyId linkedFromUri } } }"): (typeof documents)["query RelinkedNoMarketNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { __typename ... on Track { spotifyId linkedFromUri } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedNoMarketPlayer { me { player {\n  state { item { ... on Track { spotifyId linkedFromUri } } }\n  currentlyPlaying { item { ... on Track { spotifyId linkedFromUri } } } } } }"): (typeof documents)["query RelinkedNoMarketPlayer { me { player {\n  state { item { ... on Track { spotifyId linkedFromUri } } }\n  currentlyPlaying { item { ... on Track { spotifyId linkedFromUri } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedNoMarketInSweden($id: ID!) { track(id: $id, market: \"SE\") { spotifyId linkedFromUri } }"): (typeof documents)["query RelinkedNoMarketInSweden($id: ID!) { track(id: $id, market: \"SE\") { spotifyId linkedFromUri } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedTracksInMarket($id: ID!, $market: String) { track(id: $id, market: $market) { id name relinkedUri linkedFromUri } }"): (typeof documents)["query RelinkedTracksInMarket($id: ID!, $market: String) { track(id: $id, market: $market) { id name relinkedUri linkedFromUri } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedTracksFields($id: ID!, $market: String) { track(id: $id, market: $market) { id spotifyId uri href relinkedUri linkedFromUri isPlayable } }"): (typeof documents)["query RelinkedTracksFields($id: ID!, $market: String) { track(id: $id, market: $market) { id spotifyId uri href relinkedUri linkedFromUri isPlayable } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelinkedTracksRefetch($id: ID!) { node(id: $id) { id ... on Track { name relinkedUri } } }"): (typeof documents)["query RelinkedTracksRefetch($id: ID!) { node(id: $id) { id ... on Track { name relinkedUri } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelinkedTracksBatch($ids: [ID!]!, $market: String) {\n    tracks(ids: $ids, market: $market) {\n      id\n      linkedFromUri\n    }\n  }\n"): (typeof documents)["\n  query RelinkedTracksBatch($ids: [ID!]!, $market: String) {\n    tracks(ids: $ids, market: $market) {\n      id\n      linkedFromUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewalRepeatAllowanceAlbum($id: ID!) { album(id: $id) { name } }\n"): (typeof documents)["\n  query RenewalRepeatAllowanceAlbum($id: ID!) { album(id: $id) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RepeatedWritesPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }"): (typeof documents)["mutation RepeatedWritesPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RepeatedWritesSetVolume($volumePercent: Int!) { setVolume(volumePercent: $volumePercent) { ok } }"): (typeof documents)["mutation RepeatedWritesSetVolume($volumePercent: Int!) { setVolume(volumePercent: $volumePercent) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RepeatedWritesSeek($positionMs: Int!) { seek(positionMs: $positionMs) { ok } }"): (typeof documents)["mutation RepeatedWritesSeek($positionMs: Int!) { seek(positionMs: $positionMs) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RepeatedWritesTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId) { ok } }"): (typeof documents)["mutation RepeatedWritesTransfer($deviceId: String!) { transferPlayback(deviceId: $deviceId) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RepeatedWritesUpdatePlaylist($playlistId: ID!) { updatePlaylist(playlistId: $playlistId, name: \"Renamed\") { playlist { id } } }"): (typeof documents)["mutation RepeatedWritesUpdatePlaylist($playlistId: ID!) { updatePlaylist(playlistId: $playlistId, name: \"Renamed\") { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RepeatedWritesFollowPlaylist($id: ID!) { followPlaylist(id: $id) { me { id } } }"): (typeof documents)["mutation RepeatedWritesFollowPlaylist($id: ID!) { followPlaylist(id: $id) { me { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RepeatedWritesRemoveItems($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }"): (typeof documents)["mutation RepeatedWritesRemoveItems($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RepeatedWritesSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }"): (typeof documents)["mutation RepeatedWritesSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RepeatedWritesDevices { me { player { devices { id } } } }"): (typeof documents)["query RepeatedWritesDevices { me { player { devices { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestConcurrencyWarm($id: ID!) { track(id: $id) { name } }"): (typeof documents)["query RequestConcurrencyWarm($id: ID!) { track(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestConcurrencyTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }"): (typeof documents)["query RequestConcurrencyTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RequestConcurrencyArtistsAlbums($ids: [ID!]!) {\n          artists(ids: $ids) { name albums(first: 5) { nodes { name } } }\n        }\n      "): (typeof documents)["\n        query RequestConcurrencyArtistsAlbums($ids: [ID!]!) {\n          artists(ids: $ids) { name albums(first: 5) { nodes { name } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestConcurrencyFifteenAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }"): (typeof documents)["query RequestConcurrencyFifteenAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RequestConcurrencyRelatedAlbums($id: ID!) {\n          artist(id: $id) { relatedArtists { albums(first: 1) { nodes { name } } } }\n        }\n      "): (typeof documents)["\n        query RequestConcurrencyRelatedAlbums($id: ID!) {\n          artist(id: $id) { relatedArtists { albums(first: 1) { nodes { name } } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RequestConcurrencyTrackArtistsAlbums($id: ID!) {\n          album(id: $id) { tracks(first: 50) { nodes { artists { albums(first: 1) { nodes { name } } } } } }\n        }\n      "): (typeof documents)["\n        query RequestConcurrencyTrackArtistsAlbums($id: ID!) {\n          album(id: $id) { tracks(first: 50) { nodes { artists { albums(first: 1) { nodes { name } } } } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestConcurrencyDevAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }"): (typeof documents)["query RequestConcurrencyDevAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestConcurrencyDevTwentyAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }"): (typeof documents)["query RequestConcurrencyDevTwentyAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetriesAllowanceAlbum($id: ID!) { album(id: $id) { name } }\n"): (typeof documents)["\n  query RetriesAllowanceAlbum($id: ID!) { album(id: $id) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopeMessagesMe { me { player { queue { items { __typename } } } } }"): (typeof documents)["query ScopeMessagesMe { me { player { queue { items { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopeMessagesLibraryContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"): (typeof documents)["query ScopeMessagesLibraryContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopeMessagesPrivatePlaylist { createPlaylist(name: \"s\", public: false) { playlist { id } } }"): (typeof documents)["mutation ScopeMessagesPrivatePlaylist { createPlaylist(name: \"s\", public: false) { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopeMessagesEveryScope { me { id savedTracks(first: 1) { totalCount } } }"): (typeof documents)["query ScopeMessagesEveryScope { me { id savedTracks(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchPagingFaultsTwoTypes($first: Int!) {\n  search(query: \"the\", types: [ALBUM, ARTIST], first: $first) {\n    albums { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n    artists { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n}"): (typeof documents)["query SearchPagingFaultsTwoTypes($first: Int!) {\n  search(query: \"the\", types: [ALBUM, ARTIST], first: $first) {\n    albums { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n    artists { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchDisjointTypes($q: String!) {\n    a: search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } totalCount } artists { totalCount } }\n    b: search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } totalCount } albums { totalCount } }\n    c: search(query: $q, types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } albums { nodes { name } } }\n  }\n"): (typeof documents)["\n  query SearchDisjointTypes($q: String!) {\n    a: search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } totalCount } artists { totalCount } }\n    b: search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } totalCount } albums { totalCount } }\n    c: search(query: $q, types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } albums { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAlbumsAlone($q: String!) {\n    search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } totalCount } }\n  }\n"): (typeof documents)["\n  query SearchAlbumsAlone($q: String!) {\n    search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchArtistsAlone($q: String!) {\n    search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } totalCount } }\n  }\n"): (typeof documents)["\n  query SearchArtistsAlone($q: String!) {\n    search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTracksAndAlbumsAlone($q: String!) {\n    search(query: $q, types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } albums { nodes { name } } }\n  }\n"): (typeof documents)["\n  query SearchTracksAndAlbumsAlone($q: String!) {\n    search(query: $q, types: [TRACK, ALBUM], first: 2) { tracks { nodes { name } } albums { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchDisjointOtherOffsets($q: String!) {\n    a: search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } } }\n    b: search(query: $q, types: [ARTIST], first: 3, offset: 2) { artists { nodes { name } } }\n  }\n"): (typeof documents)["\n  query SearchDisjointOtherOffsets($q: String!) {\n    a: search(query: $q, types: [ALBUM], first: 3) { albums { nodes { name } } }\n    b: search(query: $q, types: [ARTIST], first: 3, offset: 2) { artists { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCoverageBeside($q: String!) {\n    both: search(query: $q, types: [ALBUM, ARTIST], first: 3) { artists { nodes { name } } albums { nodes { name } } }\n    one: search(query: $q, types: [ARTIST], first: 3) { artists { nodes { name } totalCount } }\n  }\n"): (typeof documents)["\n  query SearchCoverageBeside($q: String!) {\n    both: search(query: $q, types: [ALBUM, ARTIST], first: 3) { artists { nodes { name } } albums { nodes { name } } }\n    one: search(query: $q, types: [ARTIST], first: 3) { artists { nodes { name } totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCoverageWider($q: String!) {\n    search(query: $q, types: [ARTIST, ALBUM], first: 5) { artists { nodes { name } } }\n  }\n"): (typeof documents)["\n  query SearchCoverageWider($q: String!) {\n    search(query: $q, types: [ARTIST, ALBUM], first: 5) { artists { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCoverageNarrower($q: String!) {\n    search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } } albums { totalCount } }\n  }\n"): (typeof documents)["\n  query SearchCoverageNarrower($q: String!) {\n    search(query: $q, types: [ARTIST], first: 5) { artists { nodes { name } } albums { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCoverageOtherType($q: String!) {\n    search(query: $q, types: [TRACK], first: 5) { tracks { nodes { name } } }\n  }\n"): (typeof documents)["\n  query SearchCoverageOtherType($q: String!) {\n    search(query: $q, types: [TRACK], first: 5) { tracks { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchTypePagesItems { search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) { playlists { totalCount nodes { id } } tracks { pageInfo { hasNextPage } nodes { id name } } } }"): (typeof documents)["query SearchTypePagesItems { search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) { playlists { totalCount nodes { id } } tracks { pageInfo { hasNextPage } nodes { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchTypePagesCounts { search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) { playlists { totalCount } tracks { totalCount pageInfo { hasNextPage } } } }"): (typeof documents)["query SearchTypePagesCounts { search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) { playlists { totalCount } tracks { totalCount pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchWindowPage($first: Int, $offset: Int, $after: String) {\n  search(query: \"e\", types: [TRACK], first: $first, offset: $offset, after: $after) {\n    tracks { totalCount edges { cursor } pageInfo { hasNextPage endCursor } }\n  }\n}"): (typeof documents)["query SearchWindowPage($first: Int, $offset: Int, $after: String) {\n  search(query: \"e\", types: [TRACK], first: $first, offset: $offset, after: $after) {\n    tracks { totalCount edges { cursor } pageInfo { hasNextPage endCursor } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchWindowSearchSearch { a: search(query: \"e\", types: [TRACK], first: 200) { tracks { nodes { name } } } b: search(query: \"a\", types: [TRACK], first: 200) { tracks { nodes { name } } } }"): (typeof documents)["query SearchWindowSearchSearch { a: search(query: \"e\", types: [TRACK], first: 200) { tracks { nodes { name } } } b: search(query: \"a\", types: [TRACK], first: 200) { tracks { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchWindowMe { me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }"): (typeof documents)["query SearchWindowMe { me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAll($q: String!, $types: [SearchType!]!, $first: Int, $after: String, $offset: Int, $market: String) {\n    search(query: $q, types: $types, first: $first, after: $after, offset: $offset, market: $market) {\n      albums { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      artists { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      tracks { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      shows { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      episodes { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      audiobooks { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n    }\n  }\n"): (typeof documents)["\n  query SearchAll($q: String!, $types: [SearchType!]!, $first: Int, $after: String, $offset: Int, $market: String) {\n    search(query: $q, types: $types, first: $first, after: $after, offset: $offset, market: $market) {\n      albums { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      artists { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      tracks { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      playlists { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      shows { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      episodes { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n      audiobooks { totalCount nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage endCursor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SearchMarketExternal {\n          search(query: \"the\", types: [SHOW], market: \"SE\", includeExternal: true) { shows { nodes { spotifyId } } }\n        }\n      "): (typeof documents)["\n        query SearchMarketExternal {\n          search(query: \"the\", types: [SHOW], market: \"SE\", includeExternal: true) { shows { nodes { spotifyId } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SearchEpisodeShows($q: String!) {\n          search(query: $q, types: [EPISODE], first: 10) { episodes { nodes { spotifyId show { name } } } }\n        }\n      "): (typeof documents)["\n        query SearchEpisodeShows($q: String!) {\n          search(query: $q, types: [EPISODE], first: 10) { episodes { nodes { spotifyId show { name } } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SearchAudiobookChapters {\n          search(query: \"novel\", types: [AUDIOBOOK], first: 10) {\n            audiobooks { nodes { spotifyId chapters(first: 3) { nodes { spotifyId } } } }\n          }\n        }\n      "): (typeof documents)["\n        query SearchAudiobookChapters {\n          search(query: \"novel\", types: [AUDIOBOOK], first: 10) {\n            audiobooks { nodes { spotifyId chapters(first: 3) { nodes { spotifyId } } } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfContradictingSavedIds { me { savedTracks(first: 2) { nodes { id name } } } }"): (typeof documents)["query SelfContradictingSavedIds { me { savedTracks(first: 2) { nodes { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfContradictingSavedUris { me { savedTracks(first: 2) { nodes { id uri } } } }"): (typeof documents)["query SelfContradictingSavedUris { me { savedTracks(first: 2) { nodes { id uri } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfContradictingLists($album: ID!, $track: ID!) {\n        search(query: \"a\", types: [TRACK], first: 2) { tracks { nodes { id name } } }\n        album(id: $album) { tracks(first: 2) { nodes { id name } } }\n        track(id: $track) { id name }\n      }"): (typeof documents)["query SelfContradictingLists($album: ID!, $track: ID!) {\n        search(query: \"a\", types: [TRACK], first: 2) { tracks { nodes { id name } } }\n        album(id: $album) { tracks(first: 2) { nodes { id name } } }\n        track(id: $track) { id name }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SelfContradictingQueue($play: ID!, $deviceId: String) {\n        play(uris: [$play], deviceId: $deviceId) { ok }\n      }"): (typeof documents)["mutation SelfContradictingQueue($play: ID!, $deviceId: String) {\n        play(uris: [$play], deviceId: $deviceId) { ok }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SelfContradictingAddToQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }"): (typeof documents)["mutation SelfContradictingAddToQueue($uri: ID!) { addToQueue(uri: $uri) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfContradictingUserLists($id: ID!) {\n        playlist(id: $id) { items(first: 2) { nodes { ... on Track { id } } } }\n        me {\n          topTracks(first: 2) { nodes { id } }\n          recentlyPlayed(first: 2) { nodes { track { id } } }\n          player { queue { items { ... on Track { id } } } }\n        }\n      }"): (typeof documents)["query SelfContradictingUserLists($id: ID!) {\n        playlist(id: $id) { items(first: 2) { nodes { ... on Track { id } } } }\n        me {\n          topTracks(first: 2) { nodes { id } }\n          recentlyPlayed(first: 2) { nodes { track { id } } }\n          player { queue { items { ... on Track { id } } } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfContradictingPlayer { me { player { state {\n  item { __typename ... on Episode { id } ... on Track { id } }\n} } } }"): (typeof documents)["query SelfContradictingPlayer { me { player { state {\n  item { __typename ... on Episode { id } ... on Track { id } }\n} } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfContradictingPlayerUri { me { player { state {\n  item { __typename ... on Episode { id uri } ... on Track { id uri } }\n} } } }"): (typeof documents)["query SelfContradictingPlayerUri { me { player { state {\n  item { __typename ... on Episode { id uri } ... on Track { id uri } }\n} } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SelfContradictingPlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok } }"): (typeof documents)["mutation SelfContradictingPlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfContradictingChapters($id: ID!) { audiobook(id: $id) { chapters(first: 2) { nodes { id name } } } }"): (typeof documents)["query SelfContradictingChapters($id: ID!) { audiobook(id: $id) { chapters(first: 2) { nodes { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SelfContradictingLocalFlag { me { savedTracks(first: 1) { nodes {\n      id isLocal album { id } artists { id } localFile { name }\n    } } } }"): (typeof documents)["query SelfContradictingLocalFlag { me { savedTracks(first: 1) { nodes {\n      id isLocal album { id } artists { id } localFile { name }\n    } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServerAlbumName($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query ServerAlbumName($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServerTrackNameOverWs($id: ID!) { track(id: $id) { name } }"): (typeof documents)["query ServerTrackNameOverWs($id: ID!) { track(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalPathAlbum($id: ID!) { album(id: $id) { id name label } }"): (typeof documents)["query RenewalPathAlbum($id: ID!) { album(id: $id) { id name label } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalPathAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }"): (typeof documents)["query RenewalPathAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalPathMeAndAlbum($id: ID!) { me { displayName } album(id: $id) { name } }"): (typeof documents)["query RenewalPathMeAndAlbum($id: ID!) { me { displayName } album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalPathArtistPage($id: ID!) { artist(id: $id) { name albums(first: 2) { totalCount nodes { id } } } }"): (typeof documents)["query RenewalPathArtistPage($id: ID!) { artist(id: $id) { name albums(first: 2) { totalCount nodes { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalPathSavedWindows {\n  me {\n    first: savedTracks(first: 2) { totalCount nodes { id } }\n    next: savedTracks(first: 2, offset: 2) { nodes { id } }\n  }\n}"): (typeof documents)["query RenewalPathSavedWindows {\n  me {\n    first: savedTracks(first: 2) { totalCount nodes { id } }\n    next: savedTracks(first: 2, offset: 2) { nodes { id } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalPathSearch { search(query: \"the\", types: [ALBUM]) { albums { totalCount } } }"): (typeof documents)["query RenewalPathSearch { search(query: \"the\", types: [ALBUM]) { albums { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenewalPathSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { __typename } }"): (typeof documents)["mutation RenewalPathSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalPathMe { me { displayName } }"): (typeof documents)["query RenewalPathMe { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalPathContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"): (typeof documents)["query RenewalPathContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettledPagesArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      albums(first: 5) { nodes { name } }\n      topTracks { name }\n      relatedArtists { name }\n    }\n  }\n"): (typeof documents)["\n  query SettledPagesArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      albums(first: 5) { nodes { name } }\n      topTracks { name }\n      relatedArtists { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettledPagesWide($id: ID!) { artist(id: $id) { albums(first: 6) { nodes { name } } } }\n"): (typeof documents)["\n  query SettledPagesWide($id: ID!) { artist(id: $id) { albums(first: 6) { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettledPagesNarrow($id: ID!) { artist(id: $id) { albums(first: 2, offset: 3) { nodes { name } } } }\n"): (typeof documents)["\n  query SettledPagesNarrow($id: ID!) { artist(id: $id) { albums(first: 2, offset: 3) { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettledPagesWideSearch($q: String!) { search(query: $q, types: [TRACK], first: 10) { tracks { nodes { name } } } }\n"): (typeof documents)["\n  query SettledPagesWideSearch($q: String!) { search(query: $q, types: [TRACK], first: 10) { tracks { nodes { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettledPagesNarrowSearch($q: String!) {\n    search(query: $q, types: [TRACK], first: 3) { tracks { nodes { name } pageInfo { hasNextPage } } }\n  }\n"): (typeof documents)["\n  query SettledPagesNarrowSearch($q: String!) {\n    search(query: $q, types: [TRACK], first: 3) { tracks { nodes { name } pageInfo { hasNextPage } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettledPagesSearchSideBySide($q: String!) {\n    wide: search(query: $q, types: [TRACK], first: 10) { tracks { nodes { name } } }\n    narrow: search(query: $q, types: [TRACK], first: 3) { tracks { nodes { name } pageInfo { hasNextPage } } }\n    counted: search(query: $q, types: [TRACK], first: 5) { tracks { totalCount } }\n  }\n"): (typeof documents)["\n  query SettledPagesSearchSideBySide($q: String!) {\n    wide: search(query: $q, types: [TRACK], first: 10) { tracks { nodes { name } } }\n    narrow: search(query: $q, types: [TRACK], first: 3) { tracks { nodes { name } pageInfo { hasNextPage } } }\n    counted: search(query: $q, types: [TRACK], first: 5) { tracks { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedLoadsTracksArtists($id: ID!) {\n    album(id: $id) {\n      tracks(first: 50) { nodes { artists { spotifyId albums(first: 3) { nodes { name } } } } }\n    }\n  }\n"): (typeof documents)["\n  query SharedLoadsTracksArtists($id: ID!) {\n    album(id: $id) {\n      tracks(first: 50) { nodes { artists { spotifyId albums(first: 3) { nodes { name } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SharedLoadsSiblingLists($id: ID!) {\n          artist(id: $id) { a: albums(first: 3) { nodes { name } } b: albums(first: 3) { nodes { name } } }\n        }\n      "): (typeof documents)["\n        query SharedLoadsSiblingLists($id: ID!) {\n          artist(id: $id) { a: albums(first: 3) { nodes { name } } b: albums(first: 3) { nodes { name } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedLoadsTrackIds($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }"): (typeof documents)["query SharedLoadsTrackIds($ids: [ID!]!) { tracks(ids: $ids) { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedLoadsConcurrentAlbum($id: ID!) { album(id: $id) { name artists { name popularity } } }"): (typeof documents)["query SharedLoadsConcurrentAlbum($id: ID!) { album(id: $id) { name artists { name popularity } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedPlayerReadAlone { me { player { currentlyPlaying { isPlaying progressMs currentlyPlayingType item { __typename } } } } }"): (typeof documents)["query SharedPlayerReadAlone { me { player { currentlyPlaying { isPlaying progressMs currentlyPlayingType item { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedPlayerReadBesideState { me { player { state { isPlaying } currentlyPlaying { isPlaying progressMs currentlyPlayingType item { __typename } } } } }"): (typeof documents)["query SharedPlayerReadBesideState { me { player { state { isPlaying } currentlyPlaying { isPlaying progressMs currentlyPlayingType item { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortSharedReleases($first: Int!, $offset: Int!) {\n  newReleases(first: $first, offset: $offset) { nodes { spotifyId } }\n}"): (typeof documents)["query ShortSharedReleases($first: Int!, $offset: Int!) {\n  newReleases(first: $first, offset: $offset) { nodes { spotifyId } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortSharedAlbumTracks($id: ID!, $first: Int!, $offset: Int!) {\n  album(id: $id) { tracks(first: $first, offset: $offset) { nodes { spotifyId } } }\n}"): (typeof documents)["query ShortSharedAlbumTracks($id: ID!, $first: Int!, $offset: Int!) {\n  album(id: $id) { tracks(first: $first, offset: $offset) { nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortSharedSearch($first: Int!, $offset: Int!) {\n  search(query: \"a\", types: [TRACK], first: $first, offset: $offset) { tracks { nodes { spotifyId } } }\n}"): (typeof documents)["query ShortSharedSearch($first: Int!, $offset: Int!) {\n  search(query: \"a\", types: [TRACK], first: $first, offset: $offset) { tracks { nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortSharedFeatured($first: Int!, $offset: Int!) {\n  featuredPlaylists(first: $first, offset: $offset) { playlists { nodes { spotifyId } } }\n}"): (typeof documents)["query ShortSharedFeatured($first: Int!, $offset: Int!) {\n  featuredPlaylists(first: $first, offset: $offset) { playlists { nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsSaved {\n  me {\n    w0: savedTracks(first: 60, offset: 19) { totalCount nodes { spotifyId } }\n    w1: savedTracks(first: 1, offset: 46) { totalCount nodes { spotifyId } }\n  }\n}"): (typeof documents)["query ShortPageSiblingsSaved {\n  me {\n    w0: savedTracks(first: 60, offset: 19) { totalCount nodes { spotifyId } }\n    w1: savedTracks(first: 1, offset: 46) { totalCount nodes { spotifyId } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsSavedW0 {\n  me { w0: savedTracks(first: 60, offset: 19) { totalCount nodes { spotifyId } } }\n}"): (typeof documents)["query ShortPageSiblingsSavedW0 {\n  me { w0: savedTracks(first: 60, offset: 19) { totalCount nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsSavedW1 {\n  me { w1: savedTracks(first: 1, offset: 46) { totalCount nodes { spotifyId } } }\n}"): (typeof documents)["query ShortPageSiblingsSavedW1 {\n  me { w1: savedTracks(first: 1, offset: 46) { totalCount nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsSavedJoined {\n  me {\n    a: savedTracks(first: 3, offset: 20) { nodes { spotifyId } }\n    b: savedTracks(first: 3, offset: 23) { nodes { spotifyId } }\n  }\n}"): (typeof documents)["query ShortPageSiblingsSavedJoined {\n  me {\n    a: savedTracks(first: 3, offset: 20) { nodes { spotifyId } }\n    b: savedTracks(first: 3, offset: 23) { nodes { spotifyId } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsSavedA {\n  me { a: savedTracks(first: 3, offset: 20) { nodes { spotifyId } } }\n}"): (typeof documents)["query ShortPageSiblingsSavedA {\n  me { a: savedTracks(first: 3, offset: 20) { nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsSavedB {\n  me { b: savedTracks(first: 3, offset: 23) { nodes { spotifyId } } }\n}"): (typeof documents)["query ShortPageSiblingsSavedB {\n  me { b: savedTracks(first: 3, offset: 23) { nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsAlbum($id: ID!) {\n  album(id: $id) {\n    w0: tracks(offset: 50, first: 30) { nodes { spotifyId } }\n    w1: tracks(offset: 55, first: 1) { nodes { spotifyId } }\n  }\n}"): (typeof documents)["query ShortPageSiblingsAlbum($id: ID!) {\n  album(id: $id) {\n    w0: tracks(offset: 50, first: 30) { nodes { spotifyId } }\n    w1: tracks(offset: 55, first: 1) { nodes { spotifyId } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsAlbumW0($id: ID!) {\n  album(id: $id) { w0: tracks(offset: 50, first: 30) { nodes { spotifyId } } }\n}"): (typeof documents)["query ShortPageSiblingsAlbumW0($id: ID!) {\n  album(id: $id) { w0: tracks(offset: 50, first: 30) { nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsAlbumW1($id: ID!) {\n  album(id: $id) { w1: tracks(offset: 55, first: 1) { nodes { spotifyId } } }\n}"): (typeof documents)["query ShortPageSiblingsAlbumW1($id: ID!) {\n  album(id: $id) { w1: tracks(offset: 55, first: 1) { nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsShow($id: ID!) {\n  show(id: $id) {\n    w0: episodes(offset: 50, first: 30) { nodes { spotifyId } }\n    w1: episodes(offset: 55, first: 1) { nodes { spotifyId } }\n  }\n}"): (typeof documents)["query ShortPageSiblingsShow($id: ID!) {\n  show(id: $id) {\n    w0: episodes(offset: 50, first: 30) { nodes { spotifyId } }\n    w1: episodes(offset: 55, first: 1) { nodes { spotifyId } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsShowW0($id: ID!) {\n  show(id: $id) { w0: episodes(offset: 50, first: 30) { nodes { spotifyId } } }\n}"): (typeof documents)["query ShortPageSiblingsShowW0($id: ID!) {\n  show(id: $id) { w0: episodes(offset: 50, first: 30) { nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsShowW1($id: ID!) {\n  show(id: $id) { w1: episodes(offset: 55, first: 1) { nodes { spotifyId } } }\n}"): (typeof documents)["query ShortPageSiblingsShowW1($id: ID!) {\n  show(id: $id) { w1: episodes(offset: 55, first: 1) { nodes { spotifyId } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSiblingsSavedBefore {\n  me {\n    w0: savedTracks(first: 50) { nodes { spotifyId } }\n    w1: savedTracks(first: 10, offset: 50) { nodes { spotifyId } }\n  }\n}"): (typeof documents)["query ShortPageSiblingsSavedBefore {\n  me {\n    w0: savedTracks(first: 50) { nodes { spotifyId } }\n    w1: savedTracks(first: 10, offset: 50) { nodes { spotifyId } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiblingCountAlbum($id: ID!, $offset: Int!) {\n  album(id: $id) { a: tracks(offset: $offset, first: 5) { nodes { __typename } } b: tracks { totalCount } }\n}"): (typeof documents)["query SiblingCountAlbum($id: ID!, $offset: Int!) {\n  album(id: $id) { a: tracks(offset: $offset, first: 5) { nodes { __typename } } b: tracks { totalCount } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiblingCountShow($id: ID!, $offset: Int!) {\n  show(id: $id) { a: episodes(offset: $offset, first: 5) { nodes { __typename } } b: episodes { totalCount } }\n}"): (typeof documents)["query SiblingCountShow($id: ID!, $offset: Int!) {\n  show(id: $id) { a: episodes(offset: $offset, first: 5) { nodes { __typename } } b: episodes { totalCount } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiblingCountAudiobook($id: ID!, $offset: Int!) {\n  audiobook(id: $id) { a: chapters(offset: $offset, first: 5) { nodes { __typename } } b: chapters { totalCount } }\n}"): (typeof documents)["query SiblingCountAudiobook($id: ID!, $offset: Int!) {\n  audiobook(id: $id) { a: chapters(offset: $offset, first: 5) { nodes { __typename } } b: chapters { totalCount } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiblingCountPlaylist($id: ID!, $offset: Int!) {\n  playlist(id: $id) { a: items(offset: $offset, first: 5) { nodes { __typename } } b: items { totalCount } }\n}"): (typeof documents)["query SiblingCountPlaylist($id: ID!, $offset: Int!) {\n  playlist(id: $id) { a: items(offset: $offset, first: 5) { nodes { __typename } } b: items { totalCount } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiblingWindowsPastTotal($id: ID!) {\n  playlist(id: $id) {\n    a: items(first: 100) { totalCount nodes { __typename } }\n    b: items(offset: 100, first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename } }\n  }\n}"): (typeof documents)["query SiblingWindowsPastTotal($id: ID!) {\n  playlist(id: $id) {\n    a: items(first: 100) { totalCount nodes { __typename } }\n    b: items(offset: 100, first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiblingAlbumWindowsPastTotal($id: ID!) {\n  album(id: $id) {\n    a: tracks(first: 100) { totalCount nodes { __typename } }\n    b: tracks(offset: 100, first: 50) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename } }\n  }\n}"): (typeof documents)["query SiblingAlbumWindowsPastTotal($id: ID!) {\n  album(id: $id) {\n    a: tracks(first: 100) { totalCount nodes { __typename } }\n    b: tracks(offset: 100, first: 50) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiblingWindowsAcross100($id: ID!) {\n  playlist(id: $id) {\n    a: items(first: 150) { nodes { __typename } }\n    b: items(offset: 100, first: 100) { nodes { __typename } }\n  }\n}"): (typeof documents)["query SiblingWindowsAcross100($id: ID!) {\n  playlist(id: $id) {\n    a: items(first: 150) { nodes { __typename } }\n    b: items(offset: 100, first: 100) { nodes { __typename } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsAlbums($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { spotifyId } pageInfo { hasNextPage } }\n      b: albums(offset: 3, first: 3) { nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage } }\n    }\n  }\n"): (typeof documents)["\n  query SiblingWindowsAlbums($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 3) { nodes { spotifyId } pageInfo { hasNextPage } }\n      b: albums(offset: 3, first: 3) { nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsAlbumsFirstAlone($id: ID!) {\n    artist(id: $id) { albums(first: 3) { nodes { spotifyId } } }\n  }\n"): (typeof documents)["\n  query SiblingWindowsAlbumsFirstAlone($id: ID!) {\n    artist(id: $id) { albums(first: 3) { nodes { spotifyId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsFarApart($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 2) { nodes { spotifyId } }\n      b: albums(offset: 60, first: 2) { nodes { spotifyId } }\n    }\n  }\n"): (typeof documents)["\n  query SiblingWindowsFarApart($id: ID!) {\n    artist(id: $id) {\n      a: albums(first: 2) { nodes { spotifyId } }\n      b: albums(offset: 60, first: 2) { nodes { spotifyId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsTracks($id: ID!) {\n    album(id: $id) {\n      a: tracks(offset: 50, first: 5) { nodes { spotifyId } }\n      b: tracks(offset: 55, first: 5) { nodes { spotifyId } }\n    }\n  }\n"): (typeof documents)["\n  query SiblingWindowsTracks($id: ID!) {\n    album(id: $id) {\n      a: tracks(offset: 50, first: 5) { nodes { spotifyId } }\n      b: tracks(offset: 55, first: 5) { nodes { spotifyId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsNewReleases {\n    a: newReleases(first: 3) { nodes { spotifyId } }\n    b: newReleases(offset: 2, first: 2) { nodes { spotifyId } }\n  }\n"): (typeof documents)["\n  query SiblingWindowsNewReleases {\n    a: newReleases(first: 3) { nodes { spotifyId } }\n    b: newReleases(offset: 2, first: 2) { nodes { spotifyId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsFollowedHead {\n    me { followedArtists(first: 2) { nodes { spotifyId } pageInfo { endCursor } } }\n  }\n"): (typeof documents)["\n  query SiblingWindowsFollowedHead {\n    me { followedArtists(first: 2) { nodes { spotifyId } pageInfo { endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsFollowed($after: String!) {\n    me {\n      a: followedArtists(first: 5) { nodes { spotifyId } }\n      b: followedArtists(first: 2, after: $after) { nodes { spotifyId } pageInfo { hasNextPage endCursor } }\n      c: followedArtists(first: 3, after: $after) { nodes { spotifyId } }\n    }\n  }\n"): (typeof documents)["\n  query SiblingWindowsFollowed($after: String!) {\n    me {\n      a: followedArtists(first: 5) { nodes { spotifyId } }\n      b: followedArtists(first: 2, after: $after) { nodes { spotifyId } pageInfo { hasNextPage endCursor } }\n      c: followedArtists(first: 3, after: $after) { nodes { spotifyId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsFollowedAdjacent($after: String!) {\n    me {\n      a: followedArtists(first: 2) { nodes { spotifyId } }\n      b: followedArtists(first: 3, after: $after) { nodes { spotifyId } pageInfo { hasNextPage } }\n    }\n  }\n"): (typeof documents)["\n  query SiblingWindowsFollowedAdjacent($after: String!) {\n    me {\n      a: followedArtists(first: 2) { nodes { spotifyId } }\n      b: followedArtists(first: 3, after: $after) { nodes { spotifyId } pageInfo { hasNextPage } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsPlayedHead {\n    me { recentlyPlayed(first: 2) { nodes { playedAt } pageInfo { endCursor } } }\n  }\n"): (typeof documents)["\n  query SiblingWindowsPlayedHead {\n    me { recentlyPlayed(first: 2) { nodes { playedAt } pageInfo { endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsPlayed($after: String!) {\n    me {\n      a: recentlyPlayed(first: 10) { nodes { playedAt track { spotifyId } } }\n      b: recentlyPlayed(first: 3, after: $after) { nodes { playedAt track { spotifyId } } pageInfo { hasNextPage } }\n    }\n  }\n"): (typeof documents)["\n  query SiblingWindowsPlayed($after: String!) {\n    me {\n      a: recentlyPlayed(first: 10) { nodes { playedAt track { spotifyId } } }\n      b: recentlyPlayed(first: 3, after: $after) { nodes { playedAt track { spotifyId } } pageInfo { hasNextPage } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsSaved {\n    me {\n      a: savedTracks(first: 5) { nodes { spotifyId } }\n      b: savedTracks(first: 5, offset: 3) { nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage } }\n      c: savedAlbums(first: 2) { nodes { spotifyId } }\n      d: savedAlbums(first: 2, offset: 2) { nodes { spotifyId } }\n    }\n  }\n"): (typeof documents)["\n  query SiblingWindowsSaved {\n    me {\n      a: savedTracks(first: 5) { nodes { spotifyId } }\n      b: savedTracks(first: 5, offset: 3) { nodes { spotifyId } pageInfo { hasNextPage hasPreviousPage } }\n      c: savedAlbums(first: 2) { nodes { spotifyId } }\n      d: savedAlbums(first: 2, offset: 2) { nodes { spotifyId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsSavedAlone {\n    me { savedTracks(first: 8) { nodes { spotifyId } } savedAlbums(first: 4) { nodes { spotifyId } } }\n  }\n"): (typeof documents)["\n  query SiblingWindowsSavedAlone {\n    me { savedTracks(first: 8) { nodes { spotifyId } } savedAlbums(first: 4) { nodes { spotifyId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsTop {\n    me {\n      a: topArtists(first: 3) { nodes { spotifyId } }\n      b: topArtists(first: 3, offset: 3) { nodes { spotifyId } }\n      c: topTracks(first: 4, timeRange: SHORT_TERM) { nodes { spotifyId } }\n      d: topTracks(first: 3, offset: 3, timeRange: SHORT_TERM) { nodes { spotifyId } }\n    }\n  }\n"): (typeof documents)["\n  query SiblingWindowsTop {\n    me {\n      a: topArtists(first: 3) { nodes { spotifyId } }\n      b: topArtists(first: 3, offset: 3) { nodes { spotifyId } }\n      c: topTracks(first: 4, timeRange: SHORT_TERM) { nodes { spotifyId } }\n      d: topTracks(first: 3, offset: 3, timeRange: SHORT_TERM) { nodes { spotifyId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiblingWindowsTopAlone {\n    me {\n      topArtists(first: 6) { nodes { spotifyId } }\n      topTracks(first: 6, timeRange: SHORT_TERM) { nodes { spotifyId } }\n    }\n  }\n"): (typeof documents)["\n  query SiblingWindowsTopAlone {\n    me {\n      topArtists(first: 6) { nodes { spotifyId } }\n      topTracks(first: 6, timeRange: SHORT_TERM) { nodes { spotifyId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SingleIdentityPlaylist($id: ID!) { playlist(id: $id) { id name } }"): (typeof documents)["query SingleIdentityPlaylist($id: ID!) { playlist(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SingleIdentityUser($id: ID!) { user(id: $id) { id displayName } }"): (typeof documents)["query SingleIdentityUser($id: ID!) { user(id: $id) { id displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SingleIdentityCategory($id: ID!) { category(id: $id) { id name } }"): (typeof documents)["query SingleIdentityCategory($id: ID!) { category(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SingleIdentityShow($id: ID!) {\n  show(id: $id) { id name episodes(first: 1) { totalCount } }\n}"): (typeof documents)["query SingleIdentityShow($id: ID!) {\n  show(id: $id) { id name episodes(first: 1) { totalCount } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SingleIdentityNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { id ... on Playlist { name } ... on User { displayName } }\n}"): (typeof documents)["query SingleIdentityNodes($ids: [ID!]!) {\n  nodes(ids: $ids) { id ... on Playlist { name } ... on User { displayName } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersAlbumName($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query SpotifyAnswersAlbumName($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotifyAnswersPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }"): (typeof documents)["mutation SpotifyAnswersPlay($deviceId: String, $contextUri: ID) { play(deviceId: $deviceId, contextUri: $contextUri) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotifyAnswersPause { pause { ok } }"): (typeof documents)["mutation SpotifyAnswersPause { pause { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotifyAnswersSkipToNext { skipToNext { ok } }"): (typeof documents)["mutation SpotifyAnswersSkipToNext { skipToNext { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersSearch { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } }"): (typeof documents)["query SpotifyAnswersSearch { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersEmptyBodies($id: ID!) { __typename markets playlist(id: $id) { name } me { player { devices { name } } } }"): (typeof documents)["query SpotifyAnswersEmptyBodies($id: ID!) { __typename markets playlist(id: $id) { name } me { player { devices { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersIdlePlayer { me { player { state { isPlaying } currentlyPlaying { progressMs } } } }"): (typeof documents)["query SpotifyAnswersIdlePlayer { me { player { state { isPlaying } currentlyPlaying { progressMs } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersPlayer204 { me { player { state { isPlaying } currentlyPlaying { progressMs } } } }"): (typeof documents)["query SpotifyAnswersPlayer204 { me { player { state { isPlaying } currentlyPlaying { progressMs } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotifyAnswersReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }"): (typeof documents)["mutation SpotifyAnswersReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersMe { me { savedTracks(first: 5) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query SpotifyAnswersMe { me { savedTracks(first: 5) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersSearch2 { search(query: \"a\", types: [TRACK], offset: 990, first: 10) { tracks { totalCount nodes { name } pageInfo { hasNextPage } } } }"): (typeof documents)["query SpotifyAnswersSearch2 { search(query: \"a\", types: [TRACK], offset: 990, first: 10) { tracks { totalCount nodes { name } pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersMe2 { me { followedArtists(first: 5) { nodes { name } pageInfo { hasNextPage } } } }"): (typeof documents)["query SpotifyAnswersMe2 { me { followedArtists(first: 5) { nodes { name } pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersMe3 { me { displayName } }"): (typeof documents)["query SpotifyAnswersMe3 { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersMe4 { me { savedEpisodes(first: 1) { totalCount } } }"): (typeof documents)["query SpotifyAnswersMe4 { me { savedEpisodes(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersAlbumInMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }"): (typeof documents)["query SpotifyAnswersAlbumInMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpotifyAnswersAlbums($ids: [ID!]!) { albums(ids: $ids) { tracks(first: 500) { nodes { name } } } }"): (typeof documents)["query SpotifyAnswersAlbums($ids: [ID!]!) { albums(ids: $ids) { tracks(first: 500) { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotifyAnswersUnselected($playlistId: ID!, $cover: String!) {\n        updatePlaylist(playlistId: $playlistId, name: \"Renamed\") { __typename }\n        uploadPlaylistCover(playlistId: $playlistId, imageBase64: $cover) { __typename }\n      }"): (typeof documents)["mutation SpotifyAnswersUnselected($playlistId: ID!, $cover: String!) {\n        updatePlaylist(playlistId: $playlistId, name: \"Renamed\") { __typename }\n        uploadPlaylistCover(playlistId: $playlistId, imageBase64: $cover) { __typename }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpotifyAnswersSelected($playlistId: ID!) { updatePlaylist(playlistId: $playlistId, name: \"Again\") { playlist { name } } }"): (typeof documents)["mutation SpotifyAnswersSelected($playlistId: ID!) { updatePlaylist(playlistId: $playlistId, name: \"Again\") { playlist { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentitySearch($types: [SearchType!]!) {\n  search(query: \"a\", types: $types, first: 3) {\n    albums { nodes { id uri name } } artists { nodes { id uri name } } tracks { nodes { id uri name } }\n    shows { nodes { id uri name } } episodes { nodes { id uri name } } audiobooks { nodes { id uri name } }\n    playlists { nodes { id uri name } } } }"): (typeof documents)["query IdentitySearch($types: [SearchType!]!) {\n  search(query: \"a\", types: $types, first: 3) {\n    albums { nodes { id uri name } } artists { nodes { id uri name } } tracks { nodes { id uri name } }\n    shows { nodes { id uri name } } episodes { nodes { id uri name } } audiobooks { nodes { id uri name } }\n    playlists { nodes { id uri name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentitySearchNames {\n  search(query: \"a\", types: [ALBUM], first: 3) { albums { nodes { name } } } }"): (typeof documents)["query IdentitySearchNames {\n  search(query: \"a\", types: [ALBUM], first: 3) { albums { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityOwner($id: ID!) { playlist(id: $id) { name owner { id } } }"): (typeof documents)["query IdentityOwner($id: ID!) { playlist(id: $id) { name owner { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityCachedTracks($ids: [ID!]!) { tracks(ids: $ids) { id name } }"): (typeof documents)["query IdentityCachedTracks($ids: [ID!]!) { tracks(ids: $ids) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StrictAlbum($id: ID!) { album(id: $id) { name popularity totalTracks releaseDate externalUrl images { url width height } tracks(first: 2) { totalCount nodes { name durationMs explicit trackNumber discNumber } } } }"): (typeof documents)["query StrictAlbum($id: ID!) { album(id: $id) { name popularity totalTracks releaseDate externalUrl images { url width height } tracks(first: 2) { totalCount nodes { name durationMs explicit trackNumber discNumber } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StrictEpisode($id: ID!) { episode(id: $id) { name durationMs explicit resumePoint { fullyPlayed resumePositionMs } } }"): (typeof documents)["query StrictEpisode($id: ID!) { episode(id: $id) { name durationMs explicit resumePoint { fullyPlayed resumePositionMs } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StrictArtist($id: ID!) { artist(id: $id) { name popularity followerCount } }"): (typeof documents)["query StrictArtist($id: ID!) { artist(id: $id) { name popularity followerCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StrictPlaylist($id: ID!) { playlist(id: $id) { name public collaborative followerCount } }"): (typeof documents)["query StrictPlaylist($id: ID!) { playlist(id: $id) { name public collaborative followerCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StrictDevices { me { player { devices { name volumePercent } } } }"): (typeof documents)["query StrictDevices { me { player { devices { name volumePercent } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgPlaylistsAfter($v: String) { me { playlists(first: 1, after: $v) { totalCount } } }"): (typeof documents)["query StringArgPlaylistsAfter($v: String) { me { playlists(first: 1, after: $v) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgFollowedAfter($v: String) { me { followedArtists(first: 1, after: $v) { totalCount } } }"): (typeof documents)["query StringArgFollowedAfter($v: String) { me { followedArtists(first: 1, after: $v) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgPlayedAfter($v: String) { me { recentlyPlayed(first: 1, after: $v) { nodes { playedAt } } } }"): (typeof documents)["query StringArgPlayedAfter($v: String) { me { recentlyPlayed(first: 1, after: $v) { nodes { playedAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgSearchAfter($v: String) { search(query: \"a\", types: [TRACK], after: $v) { tracks { totalCount } } }"): (typeof documents)["query StringArgSearchAfter($v: String) { search(query: \"a\", types: [TRACK], after: $v) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgMarket($v: String) { album(id: \"4aawyAB9vmqN3uQ7FjRGTy\", market: $v) { id } }"): (typeof documents)["query StringArgMarket($v: String) { album(id: \"4aawyAB9vmqN3uQ7FjRGTy\", market: $v) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgLocale($v: String) { categories(locale: $v) { totalCount } }"): (typeof documents)["query StringArgLocale($v: String) { categories(locale: $v) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgFeaturedLocale($v: String) { featuredPlaylists(locale: $v) { message } }"): (typeof documents)["query StringArgFeaturedLocale($v: String) { featuredPlaylists(locale: $v) { message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StringArgDevice($v: String) { pause(deviceId: $v) { ok } }"): (typeof documents)["mutation StringArgDevice($v: String) { pause(deviceId: $v) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StringArgTransfer($v: String!) { transferPlayback(deviceId: $v) { ok } }"): (typeof documents)["mutation StringArgTransfer($v: String!) { transferPlayback(deviceId: $v) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgQuery($v: String!) { search(query: $v, types: [TRACK]) { tracks { totalCount } } }"): (typeof documents)["query StringArgQuery($v: String!) { search(query: $v, types: [TRACK]) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StringArgCreateName($v: String!) { createPlaylist(name: $v) { playlist { id } } }"): (typeof documents)["mutation StringArgCreateName($v: String!) { createPlaylist(name: $v) { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StringArgCreateDescription($v: String) { createPlaylist(name: \"n\", description: $v) { playlist { id } } }"): (typeof documents)["mutation StringArgCreateDescription($v: String) { createPlaylist(name: \"n\", description: $v) { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StringArgUpdateName($v: String) { updatePlaylist(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", name: $v) { playlist { id } } }"): (typeof documents)["mutation StringArgUpdateName($v: String) { updatePlaylist(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", name: $v) { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StringArgUpdateDescription($v: String) { updatePlaylist(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", description: $v) { playlist { id } } }"): (typeof documents)["mutation StringArgUpdateDescription($v: String) { updatePlaylist(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", description: $v) { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StringArgRemoveSnapshot($v: String) { removePlaylistItems(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", uris: [\"spotify:track:4uLU6hMCjMI75M1A2tKUQC\"], snapshotId: $v) { snapshotId } }"): (typeof documents)["mutation StringArgRemoveSnapshot($v: String) { removePlaylistItems(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", uris: [\"spotify:track:4uLU6hMCjMI75M1A2tKUQC\"], snapshotId: $v) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StringArgReorderSnapshot($v: String) { reorderPlaylistItems(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", rangeStart: 0, insertBefore: 1, snapshotId: $v) { snapshotId } }"): (typeof documents)["mutation StringArgReorderSnapshot($v: String) { reorderPlaylistItems(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", rangeStart: 0, insertBefore: 1, snapshotId: $v) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StringArgCover($v: String!) { uploadPlaylistCover(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", imageBase64: $v) { playlist { id } } }"): (typeof documents)["mutation StringArgCover($v: String!) { uploadPlaylistCover(playlistId: \"spotify:playlist:37i9dQZF1DXcBWIGoYBM5M\", imageBase64: $v) { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgGenre($v: String!) { recommendations(seedGenres: [$v]) { tracks { id } } }"): (typeof documents)["query StringArgGenre($v: String!) { recommendations(seedGenres: [$v]) { tracks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgUser($v: ID!) { user(id: $v) { id } }"): (typeof documents)["query StringArgUser($v: ID!) { user(id: $v) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StringArgNode($v: ID!) { node(id: $v) { id } }"): (typeof documents)["query StringArgNode($v: ID!) { node(id: $v) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionRenewalPlayback { playbackState { isPlaying } }"): (typeof documents)["subscription SubscriptionRenewalPlayback { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TextErrorBodiesSaved { me { savedTracks(first: 1) { totalCount } } }"): (typeof documents)["query TextErrorBodiesSaved { me { savedTracks(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TextErrorBodiesSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }"): (typeof documents)["mutation TextErrorBodiesSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TextErrorBodiesPause { pause { ok } }"): (typeof documents)["mutation TextErrorBodiesPause { pause { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackShapedEpisodeItems($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { node { __typename ... on Episode { id name } ... on Track { id album { id } } } }\n      nodes { __typename ... on Episode { id } ... on Track { id } }\n    }\n  }\n}"): (typeof documents)["query TrackShapedEpisodeItems($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { node { __typename ... on Episode { id name } ... on Track { id album { id } } } }\n      nodes { __typename ... on Episode { id } ... on Track { id } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackShapedEpisodeItemsUri($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { node { __typename ... on Episode { id uri name } ... on Track { id uri } } }\n    }\n  }\n}"): (typeof documents)["query TrackShapedEpisodeItemsUri($id: ID!, $offset: Int!) {\n  playlist(id: $id) {\n    items(first: 1, offset: $offset) {\n      edges { node { __typename ... on Episode { id uri name } ... on Track { id uri } } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackShapedEpisodePlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok } }"): (typeof documents)["mutation TrackShapedEpisodePlay($uri: ID!, $deviceId: String) {\n        play(uris: [$uri], deviceId: $deviceId) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackShapedEpisodePlayer { me { player {\n        state { item { __typename ... on Episode { id } ... on Track { id album { id } } } }\n        queue { currentlyPlaying { __typename ... on Episode { id } ... on Track { id } } }\n      } } }"): (typeof documents)["query TrackShapedEpisodePlayer { me { player {\n        state { item { __typename ... on Episode { id } ... on Track { id album { id } } } }\n        queue { currentlyPlaying { __typename ... on Episode { id } ... on Track { id } } }\n      } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnicodeSearch($q: String!) {\n  search(query: $q, types: [ARTIST, ALBUM, TRACK, SHOW], first: 1) {\n    artists { edges { cursor node { name } } }\n    albums { nodes { name } }\n    tracks { nodes { name } }\n    shows { nodes { name } }\n  }\n}"): (typeof documents)["query UnicodeSearch($q: String!) {\n  search(query: $q, types: [ARTIST, ALBUM, TRACK, SHOW], first: 1) {\n    artists { edges { cursor node { name } } }\n    albums { nodes { name } }\n    tracks { nodes { name } }\n    shows { nodes { name } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnicodeSearchAfter($q: String!, $after: String!) {\n  search(query: $q, types: [ARTIST], first: 1, after: $after) { artists { nodes { name } } }\n}"): (typeof documents)["query UnicodeSearchAfter($q: String!, $after: String!) {\n  search(query: $q, types: [ARTIST], first: 1, after: $after) { artists { nodes { name } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnicodePlaylist($id: ID!) { playlist(id: $id) { name } }"): (typeof documents)["query UnicodePlaylist($id: ID!) { playlist(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyTrack($id: ID!) { track(id: $id) { id audioAnalysis { __typename } } }"): (typeof documents)["query UnknownIdOnlyTrack($id: ID!) { track(id: $id) { id audioAnalysis { __typename } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyArtistsTop($ids: [ID!]!) { artists(ids: $ids) { id topTracks { id } } }"): (typeof documents)["query UnknownIdOnlyArtistsTop($ids: [ID!]!) { artists(ids: $ids) { id topTracks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyTracks($ids: [ID!]!) { tracks(ids: $ids) { id audioFeatures { tempo } } }"): (typeof documents)["query UnknownIdOnlyTracks($ids: [ID!]!) { tracks(ids: $ids) { id audioFeatures { tempo } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyNode($id: ID!) { node(id: $id) { id ... on Track { audioFeatures { tempo } } } }"): (typeof documents)["query UnknownIdOnlyNode($id: ID!) { node(id: $id) { id ... on Track { audioFeatures { tempo } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyArtistAlbums($id: ID!) { artist(id: $id) { id albums(first: 1) { totalCount } } }"): (typeof documents)["query UnknownIdOnlyArtistAlbums($id: ID!) { artist(id: $id) { id albums(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyArtistTop($id: ID!) { artist(id: $id) { id topTracks { id } } }"): (typeof documents)["query UnknownIdOnlyArtistTop($id: ID!) { artist(id: $id) { id topTracks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyAlbum($id: ID!) { album(id: $id) { id tracks(offset: 50, first: 2) { totalCount } } }"): (typeof documents)["query UnknownIdOnlyAlbum($id: ID!) { album(id: $id) { id tracks(offset: 50, first: 2) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyShow($id: ID!) { show(id: $id) { id episodes(offset: 50, first: 2) { totalCount } } }"): (typeof documents)["query UnknownIdOnlyShow($id: ID!) { show(id: $id) { id episodes(offset: 50, first: 2) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyPlaylist($id: ID!) { playlist(id: $id) { id items(offset: 100, first: 2) { totalCount } } }"): (typeof documents)["query UnknownIdOnlyPlaylist($id: ID!) { playlist(id: $id) { id items(offset: 100, first: 2) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyUser($id: ID!) { user(id: $id) { id playlists(first: 1) { totalCount } } }"): (typeof documents)["query UnknownIdOnlyUser($id: ID!) { user(id: $id) { id playlists(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyCategory($id: ID!) { category(id: $id) { id playlists(first: 1) { totalCount } } }"): (typeof documents)["query UnknownIdOnlyCategory($id: ID!) { category(id: $id) { id playlists(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyTracksAnalysis($ids: [ID!]!) { tracks(ids: $ids) { id audioAnalysis { __typename } } }"): (typeof documents)["query UnknownIdOnlyTracksAnalysis($ids: [ID!]!) { tracks(ids: $ids) { id audioAnalysis { __typename } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyArtistRelated($id: ID!) { artist(id: $id) { id relatedArtists { id } } }"): (typeof documents)["query UnknownIdOnlyArtistRelated($id: ID!) { artist(id: $id) { id relatedArtists { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyArtistsRelated($ids: [ID!]!) { artists(ids: $ids) { id relatedArtists { id } } }"): (typeof documents)["query UnknownIdOnlyArtistsRelated($ids: [ID!]!) { artists(ids: $ids) { id relatedArtists { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyArtistsAlbums($ids: [ID!]!) { artists(ids: $ids) { id albums(first: 1) { totalCount } } }"): (typeof documents)["query UnknownIdOnlyArtistsAlbums($ids: [ID!]!) { artists(ids: $ids) { id albums(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyTrackIdAlone($id: ID!) { track(id: $id) { id } }"): (typeof documents)["query UnknownIdOnlyTrackIdAlone($id: ID!) { track(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyArtistsIdAlone($ids: [ID!]!) { artists(ids: $ids) { id } }"): (typeof documents)["query UnknownIdOnlyArtistsIdAlone($ids: [ID!]!) { artists(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyUserIdAlone($id: ID!) { user(id: $id) { id } }"): (typeof documents)["query UnknownIdOnlyUserIdAlone($id: ID!) { user(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnknownIdOnlyCategoryIdAlone($id: ID!) { category(id: $id) { id } }"): (typeof documents)["query UnknownIdOnlyCategoryIdAlone($id: ID!) { category(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnmodelledItemsPlaylist($id: ID!) { playlist(id: $id) { name items(first: 5) {\n          edges { node { __typename ... on Track { id name } ... on Episode { id } } }\n          nodes { __typename } } } }"): (typeof documents)["query UnmodelledItemsPlaylist($id: ID!) { playlist(id: $id) { name items(first: 5) {\n          edges { node { __typename ... on Track { id name } ... on Episode { id } } }\n          nodes { __typename } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnmodelledItemsEpisodeShow($id: ID!) { playlist(id: $id) { items(first: 3, offset: 2) {\n          edges { node { ... on Episode { id name show { id name } } } } } } }"): (typeof documents)["query UnmodelledItemsEpisodeShow($id: ID!) { playlist(id: $id) { items(first: 3, offset: 2) {\n          edges { node { ... on Episode { id name show { id name } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnmodelledItemsQueue { me { player { queue { currentlyPlaying { __typename } items { __typename ... on Track { id } } } } } }"): (typeof documents)["query UnmodelledItemsQueue { me { player { queue { currentlyPlaying { __typename } items { __typename ... on Track { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnmodelledItemsSavedAlbums { me { savedAlbums(first: 2) { nodes { name } } } }"): (typeof documents)["query UnmodelledItemsSavedAlbums { me { savedAlbums(first: 2) { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnmodelledItemsSavedTrackAlbum { me { savedTracks(first: 1) { nodes { name album { id label } } } } }"): (typeof documents)["query UnmodelledItemsSavedTrackAlbum { me { savedTracks(first: 1) { nodes { name album { id label } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReadsSameCheckTwice($uris: [ID!]!, $artists: [ID!]!) {\n    a: me { x: libraryContains(uris: $uris) followsArtists(ids: $artists) }\n    b: me { y: libraryContains(uris: $uris) z: followsArtists(ids: $artists) }\n  }\n"): (typeof documents)["\n  query UserReadsSameCheckTwice($uris: [ID!]!, $artists: [ID!]!) {\n    a: me { x: libraryContains(uris: $uris) followsArtists(ids: $artists) }\n    b: me { y: libraryContains(uris: $uris) z: followsArtists(ids: $artists) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReadsChecksOfOneKind($one: [ID!]!, $two: [ID!]!, $artists: [ID!]!, $user: ID!) {\n    me {\n      a: libraryContains(uris: $one)\n      b: libraryContains(uris: $two)\n      followsArtists(ids: $artists)\n      followsUsers(ids: [$user])\n    }\n  }\n"): (typeof documents)["\n  query UserReadsChecksOfOneKind($one: [ID!]!, $two: [ID!]!, $artists: [ID!]!, $user: ID!) {\n    me {\n      a: libraryContains(uris: $one)\n      b: libraryContains(uris: $two)\n      followsArtists(ids: $artists)\n      followsUsers(ids: [$user])\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReadsFollowsPlaylist($id: ID!) { me { a: followsPlaylist(id: $id) b: followsPlaylist(id: $id) } }\n"): (typeof documents)["\n  query UserReadsFollowsPlaylist($id: ID!) { me { a: followsPlaylist(id: $id) b: followsPlaylist(id: $id) } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReadsPlayerTwice {\n    a: me { player { devices { name } queue { items { __typename } } c: currentlyPlaying { isPlaying } } }\n    b: me { player { devices { id } queue { currentlyPlaying { __typename } } d: currentlyPlaying { progressMs } } }\n  }\n"): (typeof documents)["\n  query UserReadsPlayerTwice {\n    a: me { player { devices { name } queue { items { __typename } } c: currentlyPlaying { isPlaying } } }\n    b: me { player { devices { id } queue { currentlyPlaying { __typename } } d: currentlyPlaying { progressMs } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReadsStateAndPlaying {\n    me { player { state { isPlaying } currentlyPlaying { isPlaying progressMs currentlyPlayingType item { ... on Track { id } ... on Episode { id } } } } }\n  }\n"): (typeof documents)["\n  query UserReadsStateAndPlaying {\n    me { player { state { isPlaying } currentlyPlaying { isPlaying progressMs currentlyPlayingType item { ... on Track { id } ... on Episode { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReadsPlayingAlone {\n    me { player { currentlyPlaying { isPlaying currentlyPlayingType item { ... on Track { id } ... on Episode { id } } } } }\n  }\n"): (typeof documents)["\n  query UserReadsPlayingAlone {\n    me { player { currentlyPlaying { isPlaying currentlyPlayingType item { ... on Track { id } ... on Episode { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReadsStateAndPlayingUnderTwoMe {\n    a: me { player { state { isPlaying item { ... on Track { id } } } } }\n    b: me { displayName player { currentlyPlaying { isPlaying item { ... on Track { id } } } } }\n  }\n"): (typeof documents)["\n  query UserReadsStateAndPlayingUnderTwoMe {\n    a: me { player { state { isPlaying item { ... on Track { id } } } } }\n    b: me { displayName player { currentlyPlaying { isPlaying item { ... on Track { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserReadsPlayerState on Me { x: player { state { isPlaying } } }"): (typeof documents)["fragment UserReadsPlayerState on Me { x: player { state { isPlaying } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserReadsPlayerPlaying on Me { y: player { currentlyPlaying { isPlaying } } }"): (typeof documents)["fragment UserReadsPlayerPlaying on Me { y: player { currentlyPlaying { isPlaying } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReadsStateAndPlayingInFragments { me { ...UserReadsPlayerState ...UserReadsPlayerPlaying } }\n"): (typeof documents)["\n  query UserReadsStateAndPlayingInFragments { me { ...UserReadsPlayerState ...UserReadsPlayerPlaying } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReadsStateAndPlayingInTwoMarkets {\n    a: me { player { state(market: \"SE\") { isPlaying } } }\n    b: me { player { currentlyPlaying(market: \"DE\") { isPlaying } } }\n  }\n"): (typeof documents)["\n  query UserReadsStateAndPlayingInTwoMarkets {\n    a: me { player { state(market: \"SE\") { isPlaying } } }\n    b: me { player { currentlyPlaying(market: \"DE\") { isPlaying } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReadsProfilePlayerChecks($uris: [ID!]!, $artists: [ID!]!, $playlist: ID!) {\n    me {\n      displayName\n      player { devices { name } state { isPlaying } }\n      libraryContains(uris: $uris)\n      followsArtists(ids: $artists)\n      followsUsers(ids: [\"bob\"])\n      followsPlaylist(id: $playlist)\n    }\n  }\n"): (typeof documents)["\n  query UserReadsProfilePlayerChecks($uris: [ID!]!, $artists: [ID!]!, $playlist: ID!) {\n    me {\n      displayName\n      player { devices { name } state { isPlaying } }\n      libraryContains(uris: $uris)\n      followsArtists(ids: $artists)\n      followsUsers(ids: [\"bob\"])\n      followsPlaylist(id: $playlist)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UserReadsWarm { markets }"): (typeof documents)["query UserReadsWarm { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VariableEscapesEnum($v: [SearchType!]!) {\n  search(query: \"a\", types: $v) { tracks { totalCount } }\n}"): (typeof documents)["query VariableEscapesEnum($v: [SearchType!]!) {\n  search(query: \"a\", types: $v) { tracks { totalCount } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VariableEscapesInt($v: Int) { newReleases(first: $v) { totalCount } }"): (typeof documents)["query VariableEscapesInt($v: Int) { newReleases(first: $v) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WavesWarmUp { markets }"): (typeof documents)["query WavesWarmUp { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WavesArtistBeside($id: ID!) {\n        artist(id: $id) { name albums(first: 3) { nodes { name } } topTracks(market: \"SE\") { name } }\n      }"): (typeof documents)["query WavesArtistBeside($id: ID!) {\n        artist(id: $id) { name albums(first: 3) { nodes { name } } topTracks(market: \"SE\") { name } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WavesAlbumLabels($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { label } } } }"): (typeof documents)["query WavesAlbumLabels($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { label } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WavesAlbumTracksInMarket($id: ID!) { album(id: $id) { name tracks(first: 5, market: \"SE\") { nodes { name } } } }"): (typeof documents)["query WavesAlbumTracksInMarket($id: ID!) { album(id: $id) { name tracks(first: 5, market: \"SE\") { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WavesUnknownArtist($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { name } } } }"): (typeof documents)["query WavesUnknownArtist($id: ID!) { artist(id: $id) { name albums(first: 3) { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WavesSkipInclude($id: ID!, $no: Boolean!) {\n        artist(id: $id) {\n          name\n          albums(first: 3) @skip(if: true) { nodes { name } }\n          topTracks @include(if: $no) { name }\n        }\n      }"): (typeof documents)["query WavesSkipInclude($id: ID!, $no: Boolean!) {\n        artist(id: $id) {\n          name\n          albums(first: 3) @skip(if: true) { nodes { name } }\n          topTracks @include(if: $no) { name }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WavesFragment($id: ID!) { artist(id: $id) { ...WavesArtistAlbums } }\n       fragment WavesArtistAlbums on Artist { name albums(first: 2) { nodes { name } } }"): (typeof documents)["query WavesFragment($id: ID!) { artist(id: $id) { ...WavesArtistAlbums } }\n       fragment WavesArtistAlbums on Artist { name albums(first: 2) { nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WavesMyPlaylists { me { displayName playlists(first: 5) { nodes { name } } } }"): (typeof documents)["query WavesMyPlaylists { me { displayName playlists(first: 5) { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WavesTwoFirsts($id: ID!) {\n        artist(id: $id) {\n          a: albums(first: 3) { nodes { name } pageInfo { hasNextPage } }\n          b: albums(first: 5) { nodes { name } pageInfo { hasNextPage } }\n        }\n      }"): (typeof documents)["query WavesTwoFirsts($id: ID!) {\n        artist(id: $id) {\n          a: albums(first: 3) { nodes { name } pageInfo { hasNextPage } }\n          b: albums(first: 5) { nodes { name } pageInfo { hasNextPage } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WavesSmallerPageLater($id: ID!) {\n        artist(id: $id) {\n          albums(first: 5) { nodes { name artists { spotifyId albums(first: 2) { nodes { name } } } } }\n        }\n      }"): (typeof documents)["query WavesSmallerPageLater($id: ID!) {\n        artist(id: $id) {\n          albums(first: 5) { nodes { name artists { spotifyId albums(first: 2) { nodes { name } } } } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WithheldSearch {\n  search(query: \"a\", types: [EPISODE, SHOW, AUDIOBOOK], first: 3) {\n    episodes { totalCount edges { cursor node { name } } }\n    shows { totalCount nodes { name } }\n    audiobooks { nodes { name } }\n  }\n}"): (typeof documents)["query WithheldSearch {\n  search(query: \"a\", types: [EPISODE, SHOW, AUDIOBOOK], first: 3) {\n    episodes { totalCount edges { cursor node { name } } }\n    shows { totalCount nodes { name } }\n    audiobooks { nodes { name } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WithheldShowEpisodes($id: ID!) {\n  show(id: $id) { episodes(first: 54) { totalCount edges { cursor node { spotifyId } } } }\n}"): (typeof documents)["query WithheldShowEpisodes($id: ID!) {\n  show(id: $id) { episodes(first: 54) { totalCount edges { cursor node { spotifyId } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WithheldShowEpisodesAfter($id: ID!, $after: String!) {\n  show(id: $id) { episodes(first: 2, after: $after) { edges { node { spotifyId } } } }\n}"): (typeof documents)["query WithheldShowEpisodesAfter($id: ID!, $after: String!) {\n  show(id: $id) { episodes(first: 2, after: $after) { edges { node { spotifyId } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WithheldSearchPlaylists {\n  search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) {\n    playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } }\n    tracks { nodes { name } }\n  }\n}"): (typeof documents)["query WithheldSearchPlaylists {\n  search(query: \"a\", types: [PLAYLIST, TRACK], first: 3) {\n    playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } }\n    tracks { nodes { name } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WithheldSearchPlaylistsAfter($after: String!) {\n  search(query: \"a\", types: [PLAYLIST], first: 2, after: $after) { playlists { nodes { name } } }\n}"): (typeof documents)["query WithheldSearchPlaylistsAfter($after: String!) {\n  search(query: \"a\", types: [PLAYLIST], first: 2, after: $after) { playlists { nodes { name } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WithheldSeveralEpisodes($ids: [ID!]!) {\n  episodes(ids: $ids) { spotifyId }\n}"): (typeof documents)["query WithheldSeveralEpisodes($ids: [ID!]!) {\n  episodes(ids: $ids) { spotifyId }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WriteUnreadableCreate($name: String!) { createPlaylist(name: $name) { playlist { id name } } }"): (typeof documents)["mutation WriteUnreadableCreate($name: String!) { createPlaylist(name: $name) { playlist { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WriteUnreadableAdd($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }"): (typeof documents)["mutation WriteUnreadableAdd($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WriteUnreadableReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }"): (typeof documents)["mutation WriteUnreadableReorder($playlistId: ID!) { reorderPlaylistItems(playlistId: $playlistId, rangeStart: 0, insertBefore: 2) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WriteUnreadableRemove($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }"): (typeof documents)["mutation WriteUnreadableRemove($playlistId: ID!, $uris: [ID!]!) { removePlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapeSaved { me { savedTracks(first: 3) { totalCount } } }"): (typeof documents)["query WrongShapeSaved { me { savedTracks(first: 3) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapeDevices { me { player { devices { id } } } }"): (typeof documents)["query WrongShapeDevices { me { player { devices { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapeFollowed { me { followedArtists(first: 3) { totalCount } } }"): (typeof documents)["query WrongShapeFollowed { me { followedArtists(first: 3) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapeRecent { me { recentlyPlayed(first: 3) { edges { cursor } } } }"): (typeof documents)["query WrongShapeRecent { me { recentlyPlayed(first: 3) { edges { cursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapeQueue { me { player { queue { items { __typename } } } } }"): (typeof documents)["query WrongShapeQueue { me { player { queue { items { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapedAnswersState { me { displayName player { state { isPlaying } } } }"): (typeof documents)["query WrongShapedAnswersState { me { displayName player { state { isPlaying } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapedAnswersDevices { me { displayName player { devices { name } } } }"): (typeof documents)["query WrongShapedAnswersDevices { me { displayName player { devices { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapedAnswersQueue { me { displayName player { queue { items { __typename } } } } }"): (typeof documents)["query WrongShapedAnswersQueue { me { displayName player { queue { items { __typename } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapedAnswersSearch { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } }"): (typeof documents)["query WrongShapedAnswersSearch { search(query: \"a\", types: [TRACK]) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapedAnswersContains($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }"): (typeof documents)["query WrongShapedAnswersContains($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapedAnswersPlaylist($id: ID!) { playlist(id: $id) { name } }"): (typeof documents)["query WrongShapedAnswersPlaylist($id: ID!) { playlist(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongShapedAnswersUser { user(id: \"bob\") { displayName } }"): (typeof documents)["query WrongShapedAnswersUser { user(id: \"bob\") { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WrongShapedAnswersAddItems($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }"): (typeof documents)["mutation WrongShapedAnswersAddItems($playlistId: ID!, $uris: [ID!]!) { addPlaylistItems(playlistId: $playlistId, uris: $uris) { snapshotId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WrongShapedAnswersCreatePlaylist { createPlaylist(name: \"shape\") { playlist { id } } }"): (typeof documents)["mutation WrongShapedAnswersCreatePlaylist { createPlaylist(name: \"shape\") { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongFieldsDevices { me { displayName player { devices { name type } } } }"): (typeof documents)["query WrongFieldsDevices { me { displayName player { devices { name type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongFieldsState { me { player { state { isPlaying progressMs device { name } } } } }"): (typeof documents)["query WrongFieldsState { me { player { state { isPlaying progressMs device { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongFieldsDeviceIds { me { player { devices { id } } } }"): (typeof documents)["query WrongFieldsDeviceIds { me { player { devices { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WrongFieldsPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }"): (typeof documents)["mutation WrongFieldsPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongFieldsAlbum($id: ID!) { album(id: $id) { name releaseDate releaseDatePrecision totalTracks albumType } }"): (typeof documents)["query WrongFieldsAlbum($id: ID!) { album(id: $id) { name releaseDate releaseDatePrecision totalTracks albumType } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongFieldsLocalDuration($id: ID!, $offset: Int) { playlist(id: $id) { items(first: 2, offset: $offset) { edges { isLocal node { ... on Track { name durationMs localFile { durationMs } } } } } } }"): (typeof documents)["query WrongFieldsLocalDuration($id: ID!, $offset: Int) { playlist(id: $id) { items(first: 2, offset: $offset) { edges { isLocal node { ... on Track { name durationMs localFile { durationMs } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WrongFieldsTrackArtists($id: ID!) { album(id: $id) { tracks(first: 1) { nodes { name artists { name } } } } }"): (typeof documents)["query WrongFieldsTrackArtists($id: ID!) { album(id: $id) { tracks(first: 1) { nodes { name artists { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedCatalogWarmToken { markets }"): (typeof documents)["query SharedCatalogWarmToken { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPagePlaylistItems($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    playlist(id: $id) { list: items(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ... on Node { id } } }\n    } }\n  }"): (typeof documents)["query ShortPagePlaylistItems($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    playlist(id: $id) { list: items(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ... on Node { id } } }\n    } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageAlbumTracks($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    album(id: $id) { list: tracks(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }"): (typeof documents)["query ShortPageAlbumTracks($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    album(id: $id) { list: tracks(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSavedTracks($offset: Int, $first: Int!, $after: String) {\n    me { list: savedTracks(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }"): (typeof documents)["query ShortPageSavedTracks($offset: Int, $first: Int!, $after: String) {\n    me { list: savedTracks(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageShowEpisodes($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    show(id: $id) { list: episodes(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }"): (typeof documents)["query ShortPageShowEpisodes($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    show(id: $id) { list: episodes(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageArtistAlbums($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    artist(id: $id) { list: albums(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }"): (typeof documents)["query ShortPageArtistAlbums($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    artist(id: $id) { list: albums(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageChapters($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    audiobook(id: $id) { list: chapters(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }"): (typeof documents)["query ShortPageChapters($id: ID!, $offset: Int, $first: Int!, $after: String) {\n    audiobook(id: $id) { list: chapters(offset: $offset, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }\n    } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortPageSearchPlaylists($q: String!, $offset: Int, $first: Int!, $after: String) {\n    search(query: $q, types: [PLAYLIST], offset: $offset, first: $first, after: $after) {\n      list: playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }\n    }\n  }"): (typeof documents)["query ShortPageSearchPlaylists($q: String!, $offset: Int, $first: Int!, $after: String) {\n    search(query: $q, types: [PLAYLIST], offset: $offset, first: $first, after: $after) {\n      list: playlists { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowsAlbumsAlone($id: ID!) {\n    artist(id: $id) { albums(first: 6) { nodes { spotifyId } } }\n  }\n"): (typeof documents)["\n  query WindowsAlbumsAlone($id: ID!) {\n    artist(id: $id) { albums(first: 6) { nodes { spotifyId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowsSearches {\n    a: search(query: \"e\", types: [TRACK], first: 3) { tracks { nodes { spotifyId } } }\n    b: search(query: \"e\", types: [TRACK], offset: 3, first: 3) { tracks { nodes { spotifyId } } }\n  }\n"): (typeof documents)["\n  query WindowsSearches {\n    a: search(query: \"e\", types: [TRACK], first: 3) { tracks { nodes { spotifyId } } }\n    b: search(query: \"e\", types: [TRACK], offset: 3, first: 3) { tracks { nodes { spotifyId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WindowsSearchAlone {\n    search(query: \"e\", types: [TRACK], first: 6) { tracks { nodes { spotifyId } } }\n  }\n"): (typeof documents)["\n  query WindowsSearchAlone {\n    search(query: \"e\", types: [TRACK], first: 6) { tracks { nodes { spotifyId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadmeNewPlaylist($uris: [ID!]!) {\n    createPlaylist(name: \"Road trip\", public: false) { playlist { id } }\n    saveToLibrary(uris: $uris) { uris me { libraryContains(uris: $uris) } }\n  }\n"): (typeof documents)["\n  mutation ReadmeNewPlaylist($uris: [ID!]!) {\n    createPlaylist(name: \"Road trip\", public: false) { playlist { id } }\n    saveToLibrary(uris: $uris) { uris me { libraryContains(uris: $uris) } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadmeDevices { me { player { devices { id } } } }"): (typeof documents)["query ReadmeDevices { me { player { devices { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadmePlay($contextUri: ID!, $deviceId: String!) { play(contextUri: $contextUri, deviceId: $deviceId) { ok } }\n"): (typeof documents)["\n  mutation ReadmePlay($contextUri: ID!, $deviceId: String!) { play(contextUri: $contextUri, deviceId: $deviceId) { ok } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadmeSkip { skipToNext { ok } }"): (typeof documents)["mutation ReadmeSkip { skipToNext { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppScopeAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query AppScopeAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppScopeArtist($id: ID!) { artist(id: $id) { name } }"): (typeof documents)["query AppScopeArtist($id: ID!) { artist(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogEntriesAlbum($id: ID!) { album(id: $id) { name albumType } }"): (typeof documents)["query CatalogEntriesAlbum($id: ID!) { album(id: $id) { name albumType } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorruptSessionMe {\n    me {\n      spotifyId\n    }\n  }\n"): (typeof documents)["\n  query CorruptSessionMe {\n    me {\n      spotifyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EndedCredentialsState {\n    playbackState {\n      isPlaying\n    }\n  }\n"): (typeof documents)["\n  subscription EndedCredentialsState {\n    playbackState {\n      isPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HungRedisMe { me { spotifyId } }"): (typeof documents)["query HungRedisMe { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription HungRedisPlayback { playbackState { isPlaying device { volumePercent } } }"): (typeof documents)["subscription HungRedisPlayback { playbackState { isPlaying device { volumePercent } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HungRedisAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query HungRedisAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HungRedisArtist($id: ID!) { artist(id: $id) { name } }"): (typeof documents)["query HungRedisArtist($id: ID!) { artist(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstancesTypename { __typename }"): (typeof documents)["query InstancesTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstancesAlbum($id: ID!) { album(id: $id) { name label } }"): (typeof documents)["query InstancesAlbum($id: ID!) { album(id: $id) { name label } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstancesAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }"): (typeof documents)["query InstancesAlbums($ids: [ID!]!) { albums(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstancesArtist($id: ID!) { artist(id: $id) { name } }"): (typeof documents)["query InstancesArtist($id: ID!) { artist(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PauseBoundsArtist($id: ID!) {\n    artist(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query PauseBoundsArtist($id: ID!) {\n    artist(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PollerMetricsPlaybackState { playbackState { isPlaying } }"): (typeof documents)["subscription PollerMetricsPlaybackState { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessPauseArtist($id: ID!) {\n    artist(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProcessPauseArtist($id: ID!) {\n    artist(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessSessionsMe { me { spotifyId } }"): (typeof documents)["query ProcessSessionsMe { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RedisProcessesPlaybackState { playbackState { isPlaying shuffleState device { volumePercent } } }"): (typeof documents)["subscription RedisProcessesPlaybackState { playbackState { isPlaying shuffleState device { volumePercent } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalOutageMe { me { spotifyId } }"): (typeof documents)["query RenewalOutageMe { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RenewalOutageProfile { me { displayName } }"): (typeof documents)["query RenewalOutageProfile { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReplaysState {\n    playbackState {\n      isPlaying\n      device {\n        volumePercent\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ReplaysState {\n    playbackState {\n      isPlaying\n      device {\n        volumePercent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaysSetVolume($volumePercent: Int!) {\n    setVolume(volumePercent: $volumePercent) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaysSetVolume($volumePercent: Int!) {\n    setVolume(volumePercent: $volumePercent) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedisSessionsMe { me { spotifyId } }"): (typeof documents)["query RedisSessionsMe { me { spotifyId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SignedMessagesState {\n    playbackState {\n      isPlaying\n      device {\n        name\n        volumePercent\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SignedMessagesState {\n    playbackState {\n      isPlaying\n      device {\n        name\n        volumePercent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaleLeasePlayback {\n    playbackState {\n      isPlaying\n    }\n  }\n"): (typeof documents)["\n  subscription StaleLeasePlayback {\n    playbackState {\n      isPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WaitingSubscriberPlayback {\n    playbackState {\n      isPlaying\n    }\n  }\n"): (typeof documents)["\n  subscription WaitingSubscriberPlayback {\n    playbackState {\n      isPlaying\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WaitingSubscriberDevices {\n    devices {\n      name\n    }\n  }\n"): (typeof documents)["\n  subscription WaitingSubscriberDevices {\n    devices {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AbortListenersManyTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!) {\n        a: tracks(ids: $a) { spotifyId }\n        b: tracks(ids: $b) { spotifyId }\n        c: tracks(ids: $c) { spotifyId }\n        d: tracks(ids: $d) { spotifyId }\n        e: tracks(ids: $e) { spotifyId }\n        f: tracks(ids: $f) { spotifyId }\n      }"): (typeof documents)["\n      query AbortListenersManyTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!) {\n        a: tracks(ids: $a) { spotifyId }\n        b: tracks(ids: $b) { spotifyId }\n        c: tracks(ids: $c) { spotifyId }\n        d: tracks(ids: $d) { spotifyId }\n        e: tracks(ids: $e) { spotifyId }\n        f: tracks(ids: $f) { spotifyId }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AcceptQZeroDevices { devices { name } }"): (typeof documents)["subscription AcceptQZeroDevices { devices { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcceptQZeroTypename { __typename }"): (typeof documents)["query AcceptQZeroTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmplificationSearch500 { search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name } } } }"): (typeof documents)["query AmplificationSearch500 { search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmplificationSearch100 { search(query: \"a\", types: [TRACK], first: 100) { tracks { nodes { name } } } }"): (typeof documents)["query AmplificationSearch100 { search(query: \"a\", types: [TRACK], first: 100) { tracks { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmplificationTypename { __typename }"): (typeof documents)["query AmplificationTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmplificationPoolSearch($market: String!) { search(query: \"a\", types: [TRACK], first: 500, market: $market) { tracks { nodes { name } } } }"): (typeof documents)["query AmplificationPoolSearch($market: String!) { search(query: \"a\", types: [TRACK], first: 500, market: $market) { tracks { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmplificationAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query AmplificationAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmplificationPoolVictim { me { displayName } }"): (typeof documents)["query AmplificationPoolVictim { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AmplificationVictim { me { displayName } }"): (typeof documents)["query AmplificationVictim { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerSizeAlbumsMarkets($ids: [ID!]!) {\n    a0: albums(ids: $ids) { availableMarkets } a1: albums(ids: $ids) { availableMarkets } a2: albums(ids: $ids) { availableMarkets } a3: albums(ids: $ids) { availableMarkets } a4: albums(ids: $ids) { availableMarkets } a5: albums(ids: $ids) { availableMarkets } a6: albums(ids: $ids) { availableMarkets } a7: albums(ids: $ids) { availableMarkets } a8: albums(ids: $ids) { availableMarkets } a9: albums(ids: $ids) { availableMarkets } a10: albums(ids: $ids) { availableMarkets } a11: albums(ids: $ids) { availableMarkets } a12: albums(ids: $ids) { availableMarkets } a13: albums(ids: $ids) { availableMarkets } a14: albums(ids: $ids) { availableMarkets } a15: albums(ids: $ids) { availableMarkets } a16: albums(ids: $ids) { availableMarkets } a17: albums(ids: $ids) { availableMarkets } a18: albums(ids: $ids) { availableMarkets } a19: albums(ids: $ids) { availableMarkets } a20: albums(ids: $ids) { availableMarkets } a21: albums(ids: $ids) { availableMarkets } a22: albums(ids: $ids) { availableMarkets } a23: albums(ids: $ids) { availableMarkets } a24: albums(ids: $ids) { availableMarkets } a25: albums(ids: $ids) { availableMarkets } a26: albums(ids: $ids) { availableMarkets } a27: albums(ids: $ids) { availableMarkets } a28: albums(ids: $ids) { availableMarkets } a29: albums(ids: $ids) { availableMarkets }\n  }\n"): (typeof documents)["\n  query AnswerSizeAlbumsMarkets($ids: [ID!]!) {\n    a0: albums(ids: $ids) { availableMarkets } a1: albums(ids: $ids) { availableMarkets } a2: albums(ids: $ids) { availableMarkets } a3: albums(ids: $ids) { availableMarkets } a4: albums(ids: $ids) { availableMarkets } a5: albums(ids: $ids) { availableMarkets } a6: albums(ids: $ids) { availableMarkets } a7: albums(ids: $ids) { availableMarkets } a8: albums(ids: $ids) { availableMarkets } a9: albums(ids: $ids) { availableMarkets } a10: albums(ids: $ids) { availableMarkets } a11: albums(ids: $ids) { availableMarkets } a12: albums(ids: $ids) { availableMarkets } a13: albums(ids: $ids) { availableMarkets } a14: albums(ids: $ids) { availableMarkets } a15: albums(ids: $ids) { availableMarkets } a16: albums(ids: $ids) { availableMarkets } a17: albums(ids: $ids) { availableMarkets } a18: albums(ids: $ids) { availableMarkets } a19: albums(ids: $ids) { availableMarkets } a20: albums(ids: $ids) { availableMarkets } a21: albums(ids: $ids) { availableMarkets } a22: albums(ids: $ids) { availableMarkets } a23: albums(ids: $ids) { availableMarkets } a24: albums(ids: $ids) { availableMarkets } a25: albums(ids: $ids) { availableMarkets } a26: albums(ids: $ids) { availableMarkets } a27: albums(ids: $ids) { availableMarkets } a28: albums(ids: $ids) { availableMarkets } a29: albums(ids: $ids) { availableMarkets }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AnswerSizeAlbumsFields($ids: [ID!]!) {\n          a0: albums(ids: $ids) { genres copyrights { text } artists { genres } } a1: albums(ids: $ids) { genres copyrights { text } artists { genres } } a2: albums(ids: $ids) { genres copyrights { text } artists { genres } } a3: albums(ids: $ids) { genres copyrights { text } artists { genres } } a4: albums(ids: $ids) { genres copyrights { text } artists { genres } } a5: albums(ids: $ids) { genres copyrights { text } artists { genres } } a6: albums(ids: $ids) { genres copyrights { text } artists { genres } } a7: albums(ids: $ids) { genres copyrights { text } artists { genres } } a8: albums(ids: $ids) { genres copyrights { text } artists { genres } } a9: albums(ids: $ids) { genres copyrights { text } artists { genres } } a10: albums(ids: $ids) { genres copyrights { text } artists { genres } } a11: albums(ids: $ids) { genres copyrights { text } artists { genres } } a12: albums(ids: $ids) { genres copyrights { text } artists { genres } } a13: albums(ids: $ids) { genres copyrights { text } artists { genres } } a14: albums(ids: $ids) { genres copyrights { text } artists { genres } } a15: albums(ids: $ids) { genres copyrights { text } artists { genres } } a16: albums(ids: $ids) { genres copyrights { text } artists { genres } } a17: albums(ids: $ids) { genres copyrights { text } artists { genres } } a18: albums(ids: $ids) { genres copyrights { text } artists { genres } } a19: albums(ids: $ids) { genres copyrights { text } artists { genres } } a20: albums(ids: $ids) { genres copyrights { text } artists { genres } } a21: albums(ids: $ids) { genres copyrights { text } artists { genres } } a22: albums(ids: $ids) { genres copyrights { text } artists { genres } } a23: albums(ids: $ids) { genres copyrights { text } artists { genres } } a24: albums(ids: $ids) { genres copyrights { text } artists { genres } } a25: albums(ids: $ids) { genres copyrights { text } artists { genres } } a26: albums(ids: $ids) { genres copyrights { text } artists { genres } } a27: albums(ids: $ids) { genres copyrights { text } artists { genres } } a28: albums(ids: $ids) { genres copyrights { text } artists { genres } } a29: albums(ids: $ids) { genres copyrights { text } artists { genres } }\n        }\n      "): (typeof documents)["\n        query AnswerSizeAlbumsFields($ids: [ID!]!) {\n          a0: albums(ids: $ids) { genres copyrights { text } artists { genres } } a1: albums(ids: $ids) { genres copyrights { text } artists { genres } } a2: albums(ids: $ids) { genres copyrights { text } artists { genres } } a3: albums(ids: $ids) { genres copyrights { text } artists { genres } } a4: albums(ids: $ids) { genres copyrights { text } artists { genres } } a5: albums(ids: $ids) { genres copyrights { text } artists { genres } } a6: albums(ids: $ids) { genres copyrights { text } artists { genres } } a7: albums(ids: $ids) { genres copyrights { text } artists { genres } } a8: albums(ids: $ids) { genres copyrights { text } artists { genres } } a9: albums(ids: $ids) { genres copyrights { text } artists { genres } } a10: albums(ids: $ids) { genres copyrights { text } artists { genres } } a11: albums(ids: $ids) { genres copyrights { text } artists { genres } } a12: albums(ids: $ids) { genres copyrights { text } artists { genres } } a13: albums(ids: $ids) { genres copyrights { text } artists { genres } } a14: albums(ids: $ids) { genres copyrights { text } artists { genres } } a15: albums(ids: $ids) { genres copyrights { text } artists { genres } } a16: albums(ids: $ids) { genres copyrights { text } artists { genres } } a17: albums(ids: $ids) { genres copyrights { text } artists { genres } } a18: albums(ids: $ids) { genres copyrights { text } artists { genres } } a19: albums(ids: $ids) { genres copyrights { text } artists { genres } } a20: albums(ids: $ids) { genres copyrights { text } artists { genres } } a21: albums(ids: $ids) { genres copyrights { text } artists { genres } } a22: albums(ids: $ids) { genres copyrights { text } artists { genres } } a23: albums(ids: $ids) { genres copyrights { text } artists { genres } } a24: albums(ids: $ids) { genres copyrights { text } artists { genres } } a25: albums(ids: $ids) { genres copyrights { text } artists { genres } } a26: albums(ids: $ids) { genres copyrights { text } artists { genres } } a27: albums(ids: $ids) { genres copyrights { text } artists { genres } } a28: albums(ids: $ids) { genres copyrights { text } artists { genres } } a29: albums(ids: $ids) { genres copyrights { text } artists { genres } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AnswerSizeSavedPages {\n          me {\n            s0: savedTracks(first: 50) { nodes { availableMarkets } } s1: savedTracks(first: 50) { nodes { availableMarkets } } s2: savedTracks(first: 50) { nodes { availableMarkets } } s3: savedTracks(first: 50) { nodes { availableMarkets } } s4: savedTracks(first: 50) { nodes { availableMarkets } } s5: savedTracks(first: 50) { nodes { availableMarkets } } s6: savedTracks(first: 50) { nodes { availableMarkets } } s7: savedTracks(first: 50) { nodes { availableMarkets } } s8: savedTracks(first: 50) { nodes { availableMarkets } } s9: savedTracks(first: 50) { nodes { availableMarkets } } s10: savedTracks(first: 50) { nodes { availableMarkets } } s11: savedTracks(first: 50) { nodes { availableMarkets } } s12: savedTracks(first: 50) { nodes { availableMarkets } } s13: savedTracks(first: 50) { nodes { availableMarkets } } s14: savedTracks(first: 50) { nodes { availableMarkets } } s15: savedTracks(first: 50) { nodes { availableMarkets } } s16: savedTracks(first: 50) { nodes { availableMarkets } } s17: savedTracks(first: 50) { nodes { availableMarkets } } s18: savedTracks(first: 50) { nodes { availableMarkets } } s19: savedTracks(first: 50) { nodes { availableMarkets } } s20: savedTracks(first: 50) { nodes { availableMarkets } } s21: savedTracks(first: 50) { nodes { availableMarkets } } s22: savedTracks(first: 50) { nodes { availableMarkets } } s23: savedTracks(first: 50) { nodes { availableMarkets } } s24: savedTracks(first: 50) { nodes { availableMarkets } } s25: savedTracks(first: 50) { nodes { availableMarkets } } s26: savedTracks(first: 50) { nodes { availableMarkets } } s27: savedTracks(first: 50) { nodes { availableMarkets } } s28: savedTracks(first: 50) { nodes { availableMarkets } } s29: savedTracks(first: 50) { nodes { availableMarkets } }\n          }\n        }\n      "): (typeof documents)["\n        query AnswerSizeSavedPages {\n          me {\n            s0: savedTracks(first: 50) { nodes { availableMarkets } } s1: savedTracks(first: 50) { nodes { availableMarkets } } s2: savedTracks(first: 50) { nodes { availableMarkets } } s3: savedTracks(first: 50) { nodes { availableMarkets } } s4: savedTracks(first: 50) { nodes { availableMarkets } } s5: savedTracks(first: 50) { nodes { availableMarkets } } s6: savedTracks(first: 50) { nodes { availableMarkets } } s7: savedTracks(first: 50) { nodes { availableMarkets } } s8: savedTracks(first: 50) { nodes { availableMarkets } } s9: savedTracks(first: 50) { nodes { availableMarkets } } s10: savedTracks(first: 50) { nodes { availableMarkets } } s11: savedTracks(first: 50) { nodes { availableMarkets } } s12: savedTracks(first: 50) { nodes { availableMarkets } } s13: savedTracks(first: 50) { nodes { availableMarkets } } s14: savedTracks(first: 50) { nodes { availableMarkets } } s15: savedTracks(first: 50) { nodes { availableMarkets } } s16: savedTracks(first: 50) { nodes { availableMarkets } } s17: savedTracks(first: 50) { nodes { availableMarkets } } s18: savedTracks(first: 50) { nodes { availableMarkets } } s19: savedTracks(first: 50) { nodes { availableMarkets } } s20: savedTracks(first: 50) { nodes { availableMarkets } } s21: savedTracks(first: 50) { nodes { availableMarkets } } s22: savedTracks(first: 50) { nodes { availableMarkets } } s23: savedTracks(first: 50) { nodes { availableMarkets } } s24: savedTracks(first: 50) { nodes { availableMarkets } } s25: savedTracks(first: 50) { nodes { availableMarkets } } s26: savedTracks(first: 50) { nodes { availableMarkets } } s27: savedTracks(first: 50) { nodes { availableMarkets } } s28: savedTracks(first: 50) { nodes { availableMarkets } } s29: savedTracks(first: 50) { nodes { availableMarkets } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AnswerSizeOneAlias($ids: [ID!]!) {\n          albums(ids: $ids) { availableMarkets }\n        }\n      "): (typeof documents)["\n        query AnswerSizeOneAlias($ids: [ID!]!) {\n          albums(ids: $ids) { availableMarkets }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AnswerSizeIntrospection {\n          i0: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i1: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i2: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i3: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i4: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i5: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i6: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i7: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i8: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i9: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i10: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i11: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i12: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i13: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i14: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i15: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i16: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i17: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i18: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i19: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i20: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } }\n        }\n      "): (typeof documents)["\n        query AnswerSizeIntrospection {\n          i0: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i1: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i2: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i3: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i4: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i5: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i6: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i7: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i8: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i9: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i10: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i11: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i12: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i13: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i14: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i15: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i16: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i17: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i18: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i19: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i20: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AnswerSizeSearchMarkets {\n          s0: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s1: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s2: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s3: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s4: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s5: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s6: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s7: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s8: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s9: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } }\n        }\n      "): (typeof documents)["\n        query AnswerSizeSearchMarkets {\n          s0: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s1: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s2: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s3: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s4: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s5: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s6: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s7: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s8: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s9: search(query: \"a\", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppTokenMarkets { markets }"): (typeof documents)["query AppTokenMarkets { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppTokenMe { me { id } }"): (typeof documents)["query AppTokenMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallLimitManyArtists($id: ID!) {\n    album(id: $id) {\n      name\n      tracks(first: 10) {\n        nodes {\n          name\n          artists {\n            topTracks {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallLimitManyArtists($id: ID!) {\n    album(id: $id) {\n      name\n      tracks(first: 10) {\n        nodes {\n          name\n          artists {\n            topTracks {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallLimitOneArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      topTracks {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallLimitOneArtist($id: ID!) {\n    artist(id: $id) {\n      name\n      topTracks {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallLimitJoinedWindows($ids: [ID!]!) {\n    artists(ids: $ids) {\n      w0: albums(first: 2) {\n        nodes {\n          name\n        }\n      }\n      w1: albums(first: 2, offset: 2) {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallLimitJoinedWindows($ids: [ID!]!) {\n    artists(ids: $ids) {\n      w0: albums(first: 2) {\n        nodes {\n          name\n        }\n      }\n      w1: albums(first: 2, offset: 2) {\n        nodes {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorsVaryGet { __typename }"): (typeof documents)["query CorsVaryGet { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeadlineStatusAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query DeadlineStatusAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocumentLimitsAfterHostile { __typename }"): (typeof documents)["query DocumentLimitsAfterHostile { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EchoBoundsTypename { __typename }"): (typeof documents)["query EchoBoundsTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EchoSearchTypes($t: [SearchType!]!) { search(query: \"a\", types: $t) { tracks { totalCount } } }"): (typeof documents)["query EchoSearchTypes($t: [SearchType!]!) { search(query: \"a\", types: $t) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EchoSearchFirst($n: Int) { search(query: \"a\", types: [TRACK], first: $n) { tracks { totalCount } } }"): (typeof documents)["query EchoSearchFirst($n: Int) { search(query: \"a\", types: [TRACK], first: $n) { tracks { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorLogsFailing { markets }"): (typeof documents)["query ErrorLogsFailing { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorLogsWrongAlbumWords($id: ID!) { album(id: $id) { albumType images { url } } }"): (typeof documents)["query ErrorLogsWrongAlbumWords($id: ID!) { album(id: $id) { albumType images { url } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorLogsWrongAlbumPopularity($id: ID!) { album(id: $id) { popularity } }"): (typeof documents)["query ErrorLogsWrongAlbumPopularity($id: ID!) { album(id: $id) { popularity } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorLogsSavedEpisodes { me { savedEpisodes(first: 1) { totalCount } } }"): (typeof documents)["query ErrorLogsSavedEpisodes { me { savedEpisodes(first: 1) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrorLogsRelatedArtists($id: ID!) { artist(id: $id) { relatedArtists { name } } }"): (typeof documents)["query ErrorLogsRelatedArtists($id: ID!) { artist(id: $id) { relatedArtists { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeldByPauseAlbum($id: ID!) {\n    album(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query HeldByPauseAlbum($id: ID!) {\n    album(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvalidUserId($id: ID!) { user(id: $id) { displayName } }"): (typeof documents)["query InvalidUserId($id: ID!) { user(id: $id) { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JitNullArgument($id: ID = \"x\") { album(id: $id) { id } }"): (typeof documents)["query JitNullArgument($id: ID = \"x\") { album(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryRefusalsTypename { __typename }"): (typeof documents)["query LibraryRefusalsTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LibraryRefusalsPlaying { playbackState { isPlaying } }"): (typeof documents)["subscription LibraryRefusalsPlaying { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LibraryRefusalsSearch { search(query: \"love\", types: [TRACK], first: 2) { tracks { nodes { name } } } }"): (typeof documents)["query LibraryRefusalsSearch { search(query: \"love\", types: [TRACK], first: 2) { tracks { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LibraryRefusalsCreate { createPlaylist(name: \"Made by a 406\", public: false) { playlist { id } } }"): (typeof documents)["mutation LibraryRefusalsCreate { createPlaylist(name: \"Made by a 406\", public: false) { playlist { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitRefusalsCostly($id: ID!) {\n    cheap: track(id: $id) { name }\n    me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } }\n  }"): (typeof documents)["query LimitRefusalsCostly($id: ID!) {\n    cheap: track(id: $id) { name }\n    me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LimitRefusalsFanOut { playbackState { item { ... on Track {\n    album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }"): (typeof documents)["subscription LimitRefusalsFanOut { playbackState { item { ... on Track {\n    album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LimitRefusalsNested { playbackState { item { ... on Track {\n        album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes {\n        album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes {\n        name\n        } } } } } } } } } } } } } } } } } }\n      } } } }"): (typeof documents)["subscription LimitRefusalsNested { playbackState { item { ... on Track {\n        album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes {\n        album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes { album { tracks(first: 1) { nodes {\n        name\n        } } } } } } } } } } } } } } } } } }\n      } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MemoryBoundsTypename { __typename }"): (typeof documents)["query MemoryBoundsTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsAlbumName($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query OperationsAlbumName($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsNamed($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query OperationsNamed($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsMarkets { markets }"): (typeof documents)["query OperationsMarkets { markets }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsFragmentFirst($id: ID!) { album(id: $id) { ...OperationsAlbumDates tracks(first: 1) { totalCount } } } fragment OperationsAlbumDates on Album { id releaseDate }"): (typeof documents)["query OperationsFragmentFirst($id: ID!) { album(id: $id) { ...OperationsAlbumDates tracks(first: 1) { totalCount } } } fragment OperationsAlbumDates on Album { id releaseDate }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsIntrospection { __schema { queryType { name } } }"): (typeof documents)["query OperationsIntrospection { __schema { queryType { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsTypename { __typename }"): (typeof documents)["query OperationsTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsGetTypename { __typename }"): (typeof documents)["query OperationsGetTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsDeepIntrospection {\n          __schema { queryType { name } types { name fields { name type { name } } } }\n          __type(name: \"Album\") { name }\n        }"): (typeof documents)["query OperationsDeepIntrospection {\n          __schema { queryType { name } types { name fields { name type { name } } } }\n          __type(name: \"Album\") { name }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsOffBy { __schema { queryType { name } } }"): (typeof documents)["query OperationsOffBy { __schema { queryType { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperationsGraphiqlSchema { __schema { queryType { name } } }"): (typeof documents)["query OperationsGraphiqlSchema { __schema { queryType { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageRouteTypename { __typename }"): (typeof documents)["query PageRouteTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartialMarketsAndMe { markets me { displayName } }"): (typeof documents)["query PartialMarketsAndMe { markets me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathInputAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query PathInputAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathInputArtist($id: ID!) { artist(id: $id) { name } }"): (typeof documents)["query PathInputArtist($id: ID!) { artist(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathInputPlaylist($id: ID!) { playlist(id: $id) { name } }"): (typeof documents)["query PathInputPlaylist($id: ID!) { playlist(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathInputCategory($id: ID!) { category(id: $id) { name } }"): (typeof documents)["query PathInputCategory($id: ID!) { category(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathInputUser($id: ID!) { user(id: $id) { displayName } }"): (typeof documents)["query PathInputUser($id: ID!) { user(id: $id) { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoolFairShareTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }"): (typeof documents)["query PoolFairShareTracks($ids: [ID!]!) { tracks(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryCostHonestPage {\n        me { playlists(first: 50) { nodes { name items(first: 100) { edges { addedAt node { ... on Track { name } } } } } } }\n      }"): (typeof documents)["query QueryCostHonestPage {\n        me { playlists(first: 50) { nodes { name items(first: 100) { edges { addedAt node { ... on Track { name } } } } } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HonestPageWithTypenames {\n          __typename\n          me {\n            __typename\n            playlists(first: 50) {\n              __typename\n              nodes {\n                __typename\n                name\n                items(first: 100) {\n                  __typename\n                  edges { __typename addedAt node { __typename ... on Track { __typename name } } }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HonestPageWithTypenames {\n          __typename\n          me {\n            __typename\n            playlists(first: 50) {\n              __typename\n              nodes {\n                __typename\n                name\n                items(first: 100) {\n                  __typename\n                  edges { __typename addedAt node { __typename ... on Track { __typename name } } }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryCostOneLargeSearch { search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } } }"): (typeof documents)["query QueryCostOneLargeSearch { search(query: \"a\", types: [TRACK], first: 500) { tracks { nodes { name album { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryCostSearchOfSize($n: Int!) {\n    search(query: \"a\", types: [TRACK, ALBUM, ARTIST, PLAYLIST, SHOW], first: $n) { tracks { nodes { name } } }\n  }"): (typeof documents)["query QueryCostSearchOfSize($n: Int!) {\n    search(query: \"a\", types: [TRACK, ALBUM, ARTIST, PLAYLIST, SHOW], first: $n) { tracks { nodes { name } } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateLimitKeysTypename { __typename }"): (typeof documents)["query RateLimitKeysTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateLimitPauseAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query RateLimitPauseAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PerAppPauseAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query PerAppPauseAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PerAppPauseMe { me { id displayName } }"): (typeof documents)["query PerAppPauseMe { me { id displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PerAppPausePlayback { playbackState { isPlaying } }"): (typeof documents)["subscription PerAppPausePlayback { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SlowAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query SlowAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestEndAnswered { __typename }"): (typeof documents)["query RequestEndAnswered { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Listed { __typename }"): (typeof documents)["query Listed { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheAlbum($id: ID!) {\n    album(id: $id) { name artists { name } tracks(first: 3) { nodes { name } } }\n  }\n"): (typeof documents)["\n  query ResponseCacheAlbum($id: ID!) {\n    album(id: $id) { name artists { name } tracks(first: 3) { nodes { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheAlbumAgain($id: ID!) {\n    album(id: $id) { name }\n  }\n"): (typeof documents)["\n  query ResponseCacheAlbumAgain($id: ID!) {\n    album(id: $id) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheMe { me { id } }\n"): (typeof documents)["\n  query ResponseCacheMe { me { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCachePlaylistName($id: ID!) { playlist(id: $id) { name } }\n"): (typeof documents)["\n  query ResponseCachePlaylistName($id: ID!) { playlist(id: $id) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseCacheNewPlaylist($name: String!) {\n    createPlaylist(name: $name, public: true) { playlist { id } }\n  }\n"): (typeof documents)["\n  mutation ResponseCacheNewPlaylist($name: String!) {\n    createPlaylist(name: $name, public: true) { playlist { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseCacheRenamePlaylist($id: ID!, $name: String!) {\n    updatePlaylist(playlistId: $id, name: $name) { playlist { name } }\n  }\n"): (typeof documents)["\n  mutation ResponseCacheRenamePlaylist($id: ID!, $name: String!) {\n    updatePlaylist(playlistId: $id, name: $name) { playlist { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheAlbumMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }\n"): (typeof documents)["\n  query ResponseCacheAlbumMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheLongAlbum($id: ID!) { album(id: $id) { tracks(first: 50) { nodes { id name } } } }\n"): (typeof documents)["\n  query ResponseCacheLongAlbum($id: ID!) { album(id: $id) { tracks(first: 50) { nodes { id name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheMetricsAlbum($id: ID!) { album(id: $id) { name label } }\n"): (typeof documents)["\n  query ResponseCacheMetricsAlbum($id: ID!) { album(id: $id) { name label } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShutdownDelayAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query ShutdownDelayAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShutdownAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query ShutdownAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ShutdownSseStream { currentlyPlaying { isPlaying } }"): (typeof documents)["subscription ShutdownSseStream { currentlyPlaying { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SseDeadlineTopTracks {\n    playbackState {\n      item { ... on Track { name artists { topTracks { name } } } }\n    }\n  }\n"): (typeof documents)["\n  subscription SseDeadlineTopTracks {\n    playbackState {\n      item { ... on Track { name artists { topTracks { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SseLogDistinct {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: 5) { nodes { name } } } } }\n    }\n  }\n"): (typeof documents)["\n  subscription SseLogDistinct {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: 5) { nodes { name } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SseLogSingle {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: 5) { nodes { name } } } } }\n    }\n  }\n"): (typeof documents)["\n  subscription SseLogSingle {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: 5) { nodes { name } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SseMetricsSingle {\n    playbackState { isPlaying }\n  }\n"): (typeof documents)["\n  subscription SseMetricsSingle {\n    playbackState { isPlaying }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionCallLimitTopTracks {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { topTracks { name } } } }\n    }\n  }\n"): (typeof documents)["\n  subscription SubscriptionCallLimitTopTracks {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { topTracks { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubscriptionCallShareFanOut($first: Int!) {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: $first) { nodes { name } } } } }\n    }\n  }\n"): (typeof documents)["\n  subscription SubscriptionCallShareFanOut($first: Int!) {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: $first) { nodes { name } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevModeTracksCounted($ids: [ID!]!) { tracks(ids: $ids) { name } }"): (typeof documents)["query DevModeTracksCounted($ids: [ID!]!) { tracks(ids: $ids) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustProxyTypename {\n    __typename\n  }\n"): (typeof documents)["\n  query TrustProxyTypename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsDeadlineAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query WsDeadlineAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WsDeadlineDevices { devices { name } }"): (typeof documents)["subscription WsDeadlineDevices { devices { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WsFairUseBurst { playbackState { isPlaying } }"): (typeof documents)["subscription WsFairUseBurst { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsFairUseAfterBurst { __typename }"): (typeof documents)["query WsFairUseAfterBurst { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsFairUseTypename { __typename }"): (typeof documents)["query WsFairUseTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsLogAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query WsLogAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsLogBadAlbum { album(id: \"not-an-id\") { name } }"): (typeof documents)["query WsLogBadAlbum { album(id: \"not-an-id\") { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WsLogPlayback { playbackState { isPlaying } }"): (typeof documents)["subscription WsLogPlayback { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsLogManyAlbums($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query WsLogManyAlbums($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsShutdownMe { me { displayName } }"): (typeof documents)["query WsShutdownMe { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WsShutdownVolume { setVolume(volumePercent: 33) { ok } }"): (typeof documents)["mutation WsShutdownVolume { setVolume(volumePercent: 33) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WsShutdownDevices { devices { name } }"): (typeof documents)["subscription WsShutdownDevices { devices { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoundPerUserPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n"): (typeof documents)["\n  subscription BoundPerUserPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CohortFanOut {\n    currentlyPlaying {\n      item {\n        ... on Track {\n          name\n          artists { name topTracks { name } relatedArtists { name } albums(first: 2) { nodes { name } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CohortFanOut {\n    currentlyPlaying {\n      item {\n        ... on Track {\n          name\n          artists { name topTracks { name } relatedArtists { name } albums(first: 2) { nodes { name } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CohortPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n"): (typeof documents)["\n  subscription CohortPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CohortProgress { currentlyPlaying { progressMs item { ... on Track { name } } } }\n"): (typeof documents)["\n  subscription CohortProgress { currentlyPlaying { progressMs item { ... on Track { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CohortSameA { currentlyPlaying { isPlaying item { ... on Track { name artists { name topTracks { name } } } } } }\n"): (typeof documents)["\n  subscription CohortSameA { currentlyPlaying { isPlaying item { ... on Track { name artists { name topTracks { name } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CohortSameB { currentlyPlaying { isPlaying item { ... on Track { name artists { name topTracks { name } } } } } }\n"): (typeof documents)["\n  subscription CohortSameB { currentlyPlaying { isPlaying item { ... on Track { name artists { name topTracks { name } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CohortTwoVariables($first: Int!, $market: String) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first, market: $market) { nodes { name } } } } } }\n  }\n"): (typeof documents)["\n  subscription CohortTwoVariables($first: Int!, $market: String) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first, market: $market) { nodes { name } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CohortProgressFanOut {\n    currentlyPlaying { progressMs item { ... on Track { name artists { name topTracks { name } albums(first: 2) { nodes { name } } } } } }\n  }\n"): (typeof documents)["\n  subscription CohortProgressFanOut {\n    currentlyPlaying { progressMs item { ... on Track { name artists { name topTracks { name } albums(first: 2) { nodes { name } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CredentialLengthPlaybackState { playbackState { isPlaying } }"): (typeof documents)["subscription CredentialLengthPlaybackState { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CredentialTurnsPlaybackState { playbackState { isPlaying } }"): (typeof documents)["subscription CredentialTurnsPlaybackState { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CredentialsPlaybackState { playbackState { isPlaying } }"): (typeof documents)["subscription CredentialsPlaybackState { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DevicesWithoutList { devices { id name } }"): (typeof documents)["subscription DevicesWithoutList { devices { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription EventDeadlineCurrent { currentlyPlaying { item { ... on Track { name artists { name topTracks { name } } } } } }"): (typeof documents)["subscription EventDeadlineCurrent { currentlyPlaying { item { ... on Track { name artists { name topTracks { name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsFaultsPlaybackState { playbackState { isPlaying volume: device { volumePercent } } }"): (typeof documents)["subscription SubscriptionsFaultsPlaybackState { playbackState { isPlaying volume: device { volumePercent } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FirstPollErrorsState { playbackState { isPlaying } }"): (typeof documents)["subscription FirstPollErrorsState { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription InputErrorsPlaybackState($on: Boolean!) { playbackState { isPlaying @include(if: $on) } }"): (typeof documents)["subscription InputErrorsPlaybackState($on: Boolean!) { playbackState { isPlaying @include(if: $on) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InputErrorsTrack($id: ID!) { track(id: $id) { name } }"): (typeof documents)["query InputErrorsTrack($id: ID!) { track(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MetricsPlaybackState { playbackState { isPlaying } }"): (typeof documents)["subscription MetricsPlaybackState { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MetricsPlaybackState2 { playbackState { shuffleState } }"): (typeof documents)["subscription MetricsPlaybackState2 { playbackState { shuffleState } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MetricsRevoked { playbackState { isPlaying } }"): (typeof documents)["subscription MetricsRevoked { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MetricsNotAcceptable { playbackState { isPlaying } }"): (typeof documents)["subscription MetricsNotAcceptable { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NextPollPlaybackState { playbackState { isPlaying progressMs item { ... on Track { spotifyId } } } }"): (typeof documents)["subscription NextPollPlaybackState { playbackState { isPlaying progressMs item { ... on Track { spotifyId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PerSelectionProgress { currentlyPlaying { isPlaying progressMs } }"): (typeof documents)["subscription PerSelectionProgress { currentlyPlaying { isPlaying progressMs } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PerSelectionAliasedProgress { currentlyPlaying { at: progressMs } }"): (typeof documents)["subscription PerSelectionAliasedProgress { currentlyPlaying { at: progressMs } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PerSelectionItem { currentlyPlaying { isPlaying item { ... on Track { name } } } }"): (typeof documents)["subscription PerSelectionItem { currentlyPlaying { isPlaying item { ... on Track { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PerSelectionVolume { playbackState { device { volumePercent } } }"): (typeof documents)["subscription PerSelectionVolume { playbackState { device { volumePercent } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PerSelectionPlaying { playbackState { isPlaying } }"): (typeof documents)["subscription PerSelectionPlaying { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PerSelectionPlayingAt { playbackState { isPlaying progressMs timestamp } }"): (typeof documents)["subscription PerSelectionPlayingAt { playbackState { isPlaying progressMs timestamp } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PollRateLimitState { playbackState { isPlaying } }"): (typeof documents)["subscription PollRateLimitState { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PollRateLimitAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query PollRateLimitAlbum($id: ID!) { album(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PollerLogIdentityState { playbackState { isPlaying } }"): (typeof documents)["subscription PollerLogIdentityState { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PollersPlaybackState { playbackState { isPlaying progressMs shuffleState } }"): (typeof documents)["subscription PollersPlaybackState { playbackState { isPlaying progressMs shuffleState } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PollersCurrentlyPlaying { currentlyPlaying { isPlaying progressMs } }"): (typeof documents)["subscription PollersCurrentlyPlaying { currentlyPlaying { isPlaying progressMs } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PollersSetShuffle($state: Boolean!) { setShuffle(state: $state) { ok } }"): (typeof documents)["mutation PollersSetShuffle($state: Boolean!) { setShuffle(state: $state) { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RootFieldDirectivesBelowRoot($x: Boolean!) { devices { name @include(if: $x) isActive } }"): (typeof documents)["subscription RootFieldDirectivesBelowRoot($x: Boolean!) { devices { name @include(if: $x) isActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SessionEndsPlaying { playbackState { isPlaying } }"): (typeof documents)["subscription SessionEndsPlaying { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SessionEndsDevices { devices { name } }"): (typeof documents)["subscription SessionEndsDevices { devices { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SessionsPlaybackState { playbackState { isPlaying } }"): (typeof documents)["subscription SessionsPlaybackState { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SharedLoads($uri: Boolean!, $duration: Boolean!, $explicit: Boolean!) {\n    currentlyPlaying {\n      item {\n        ... on Track {\n          name\n          uri @include(if: $uri)\n          durationMs @include(if: $duration)\n          explicit @include(if: $explicit)\n          album { label }\n          artists { name topTracks { name } albums(first: 2) { nodes { name } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SharedLoads($uri: Boolean!, $duration: Boolean!, $explicit: Boolean!) {\n    currentlyPlaying {\n      item {\n        ... on Track {\n          name\n          uri @include(if: $uri)\n          durationMs @include(if: $duration)\n          explicit @include(if: $explicit)\n          album { label }\n          artists { name topTracks { name } albums(first: 2) { nodes { name } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SseCallShareFanOut($first: Int!) {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: $first) { nodes { name } } } } }\n    }\n  }\n"): (typeof documents)["\n  subscription SseCallShareFanOut($first: Int!) {\n    playbackState {\n      isPlaying\n      item { ... on Track { artists { albums(first: $first) { nodes { name } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SseCallShareArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 10) { nodes { name } } } }"): (typeof documents)["query SseCallShareArtistAlbums($id: ID!) { artist(id: $id) { albums(first: 10) { nodes { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseClientRefusalsCostly { playbackState { item { ... on Track {\n  album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }"): (typeof documents)["subscription SseClientRefusalsCostly { playbackState { item { ... on Track {\n  album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseClientRefusalsDevices { devices { name } }"): (typeof documents)["subscription SseClientRefusalsDevices { devices { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SseRefusalsFansOut {\n    playbackState {\n      item {\n        ... on Track {\n          album {\n            tracks(first: 50) {\n              nodes { artists { albums(first: 50) { nodes { tracks(first: 50) { nodes { name } } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SseRefusalsFansOut {\n    playbackState {\n      item {\n        ... on Track {\n          album {\n            tracks(first: 50) {\n              nodes { artists { albums(first: 50) { nodes { tracks(first: 50) { nodes { name } } } } } }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SseRefusalsSearchFansOut {\n    search(query: \"a\", types: [ALBUM], first: 50) {\n      albums { nodes { tracks(first: 50) { nodes { artists { albums(first: 50) { nodes { name } } } } } } }\n    }\n  }\n"): (typeof documents)["\n  query SseRefusalsSearchFansOut {\n    search(query: \"a\", types: [ALBUM], first: 50) {\n      albums { nodes { tracks(first: 50) { nodes { artists { albums(first: 50) { nodes { name } } } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseRefusalsQueue { queue { __typename } }"): (typeof documents)["subscription SseRefusalsQueue { queue { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseRefusalsDevices { devices { name } }"): (typeof documents)["subscription SseRefusalsDevices { devices { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SseRefusalsNeedsVariable($on: Boolean!) { playbackState { isPlaying @include(if: $on) } }\n"): (typeof documents)["\n  subscription SseRefusalsNeedsVariable($on: Boolean!) { playbackState { isPlaying @include(if: $on) } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SseRefusalsTypename {\n    __typename\n  }\n"): (typeof documents)["\n  query SseRefusalsTypename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseSingleConnectionErrorsNoCredentials { playbackState { isPlaying } }"): (typeof documents)["subscription SseSingleConnectionErrorsNoCredentials { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseSingleConnectionErrorsMalformed { devices { name } }"): (typeof documents)["subscription SseSingleConnectionErrorsMalformed { devices { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SseSingleConnectionLongOperationId { __typename }"): (typeof documents)["query SseSingleConnectionLongOperationId { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseSingleConnectionErrorsUnknown { devices { name } }"): (typeof documents)["subscription SseSingleConnectionErrorsUnknown { devices { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SseSingleConnectionRefusalsMe { me { displayName } }"): (typeof documents)["query SseSingleConnectionRefusalsMe { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseSingleConnectionPlayback { playbackState { isPlaying } }"): (typeof documents)["subscription SseSingleConnectionPlayback { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseSingleConnectionDevices { devices { isActive } }"): (typeof documents)["subscription SseSingleConnectionDevices { devices { isActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SseStreamBindingMine { currentlyPlaying { isPlaying } }"): (typeof documents)["subscription SseStreamBindingMine { currentlyPlaying { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StaleErrorsDevices { devices { name volumePercent } }"): (typeof documents)["subscription StaleErrorsDevices { devices { name volumePercent } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaleRepeatTopTracks {\n    currentlyPlaying { progressMs item { ... on Track { name artists { name topTracks { name } } } } }\n  }\n"): (typeof documents)["\n  subscription StaleRepeatTopTracks {\n    currentlyPlaying { progressMs item { ... on Track { name artists { name topTracks { name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoundsPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n"): (typeof documents)["\n  subscription BoundsPaged($first: Int!) {\n    currentlyPlaying { item { ... on Track { name artists { albums(first: $first) { nodes { name } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SubscriptionsTransportsItem on PlaylistItemContent {\n  __typename\n  ... on Track { spotifyId }\n  ... on Episode { spotifyId }\n}"): (typeof documents)["fragment SubscriptionsTransportsItem on PlaylistItemContent {\n  __typename\n  ... on Track { spotifyId }\n  ... on Episode { spotifyId }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsTransportsPlaybackState {\n  playbackState {\n    isPlaying progressMs shuffleState device { id volumePercent } item { ...SubscriptionsTransportsItem }\n  }\n}"): (typeof documents)["subscription SubscriptionsTransportsPlaybackState {\n  playbackState {\n    isPlaying progressMs shuffleState device { id volumePercent } item { ...SubscriptionsTransportsItem }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsTransportsCurrentlyPlaying {\n          currentlyPlaying { isPlaying progressMs item { ...SubscriptionsTransportsItem } }\n        }"): (typeof documents)["subscription SubscriptionsTransportsCurrentlyPlaying {\n          currentlyPlaying { isPlaying progressMs item { ...SubscriptionsTransportsItem } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsTransportsDevices { devices { id isActive } }"): (typeof documents)["subscription SubscriptionsTransportsDevices { devices { id isActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsTransportsQueue { queue { items { ...SubscriptionsTransportsItem } } }"): (typeof documents)["subscription SubscriptionsTransportsQueue { queue { items { ...SubscriptionsTransportsItem } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsTransportsIsPlaying { playbackState { isPlaying } }"): (typeof documents)["subscription SubscriptionsTransportsIsPlaying { playbackState { isPlaying } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsTransportsPause { pause { ok } }"): (typeof documents)["mutation SubscriptionsTransportsPause { pause { ok } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WrongTypedPlayerValues { playbackState { isPlaying progressMs item { __typename } } }"): (typeof documents)["subscription WrongTypedPlayerValues { playbackState { isPlaying progressMs item { __typename } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WsRefusalsCostlySubscription {\n    playbackState { item { ... on Track { album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } }\n  }\n"): (typeof documents)["\n  subscription WsRefusalsCostlySubscription {\n    playbackState { item { ... on Track { album { tracks(first: 500) { nodes { artists { albums(first: 500) { nodes { name } } } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WsRefusalsVariable($on: Boolean!) { devices { name @include(if: $on) } }"): (typeof documents)["subscription WsRefusalsVariable($on: Boolean!) { devices { name @include(if: $on) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WsRefusalsDevices { devices { name } }"): (typeof documents)["subscription WsRefusalsDevices { devices { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsRefusalsCostlyQuery { me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }"): (typeof documents)["query WsRefusalsCostlyQuery { me { playlists(first: 500) { nodes { items(first: 500) { edges { cursor } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsRefusalsTrack($id: ID!) { track(id: $id) { name } }"): (typeof documents)["query WsRefusalsTrack($id: ID!) { track(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsRefusalsMe { me { displayName } }"): (typeof documents)["query WsRefusalsMe { me { displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TypedDocumentsAlbum($id: ID!) { album(id: $id) { name } }"): (typeof documents)["query TypedDocumentsAlbum($id: ID!) { album(id: $id) { name } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;