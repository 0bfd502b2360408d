import { carriedValue } from '../resolvers/bad-values.js';
import { type SearchConnections, searchField } from '../resolvers/search.js';
import { AlbumConnection } from './album.js';
import { builder } from './builder.js';
import { PlaylistConnection } from './category.js';
import { connectionArgs, connectionType, PODCAST_MARKET_DESCRIPTION } from './common.js';
import { ArtistRef, AudiobookRef, EpisodeRef, ShowRef, TrackRef } from './refs.js';

const SEARCH_TYPES = ['ALBUM', 'ARTIST', 'PLAYLIST', 'TRACK', 'SHOW', 'EPISODE', 'AUDIOBOOK'] as const;

const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'What kinds of items a search looks for.',
  values: SEARCH_TYPES,
});

const SearchResultRef = builder.objectRef<SearchConnections>('SearchResult').implement({
  description: 'One connection per type searched; a type not asked for is null.',
  fields: (t) => ({
    albums: t.field({ type: AlbumConnection, nullable: true, resolve: (r) => carriedValue(r.album) }),
    artists: t.field({
      type: connectionType('Artist', ArtistRef),
      nullable: true,
      resolve: (r) => carriedValue(r.artist),
    }),
    tracks: t.field({
      type: connectionType('Track', TrackRef, { items: ['track'] }),
      nullable: true,
      resolve: (r) => carriedValue(r.track),
    }),
    playlists: t.field({
      type: PlaylistConnection,
      nullable: true,
      resolve: (r) => carriedValue(r.playlist),
    }),
    shows: t.field({
      type: connectionType('Show', ShowRef, { withheld: true }),
      nullable: true,
      resolve: (r) => carriedValue(r.show),
    }),
    episodes: t.field({
      type: connectionType('Episode', EpisodeRef, { items: ['episode'], withheld: true }),
      nullable: true,
      resolve: (r) => carriedValue(r.episode),
    }),
    audiobooks: t.field({
      type: connectionType('Audiobook', AudiobookRef, { withheld: true }),
      nullable: true,
      resolve: (r) => carriedValue(r.audiobook),
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultRef,
    nullable: true,
    description:
      "Search the catalog. `query` takes Spotify's filters (artist:, album:, track:, year:, genre:, isrc:, upc:, tag:new, tag:hipster). All types come from one Spotify call per page; `first` beyond a page fetches the further pages at once.",
    args: {
      query: t.arg.string({
        required: true,
        description: 'At most 100 characters (Spotify refuses longer search text): BAD_USER_INPUT beyond.',
      }),
      types: t.arg({
        type: [SearchTypeEnum],
        required: true,
        description: 'The types to search, at least one. At most 50 entries: BAD_USER_INPUT beyond.',
      }),
      market: t.arg.string({ required: false, description: PODCAST_MARKET_DESCRIPTION }),
      includeExternal: t.arg.boolean({
        required: false,
        description: 'Whether externally hosted audio counts as playable.',
      }),
      ...connectionArgs,
    },
    resolve: (_root, args, ctx, info) => searchField(ctx, args, info),
  }),
}));
