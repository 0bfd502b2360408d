import {
  artistAlbums,
  artistFollowerCount,
  artistGenres,
  artistImages,
  artistPopularity,
  artistTopTracks,
  relatedArtists,
} from '../resolvers/artists.js';
import { present } from '../resolvers/bad-values.js';
import { loadByIdsWithChildren, loadByIdWithChildren } from '../resolvers/catalog.js';
import { isSpotifyType } from '../resolvers/unmodelled.js';
import type { Artist, Track } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import { connectionArgs, connectionType, DEVELOPMENT_NULL, ImageRef, MARKET_DESCRIPTION } from './common.js';
import { idArg, idsArg } from './id-args.js';
import { DEVELOPMENT_MODE_REASON, NODE_NAME_DESCRIPTION, NodeRef } from './node.js';
import { AlbumRef, ArtistRef, TrackRef } from './refs.js';

export const IncludeGroupEnum = builder.enumType('AlbumGroup', {
  description: "How an album relates to an artist's discography.",
  values: ['ALBUM', 'SINGLE', 'APPEARS_ON', 'COMPILATION'] as const,
});

const ArtistAlbumConnection = connectionType('ArtistAlbum', AlbumRef);

ArtistRef.implement({
  description: 'An artist.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('artist'),
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: NODE_NAME_DESCRIPTION,
      resolve: (artist) => present(artist.name, 'Artist.name'),
    }),
    genres: t.stringList({
      nullable: { list: true, items: true },
      resolve: (artist, _a, ctx) => artistGenres(ctx, artist),
    }),
    popularity: t.int({
      nullable: true,
      description: `0 to 100. ${DEVELOPMENT_NULL}`,
      resolve: (artist, _a, ctx) => artistPopularity(ctx, artist),
    }),
    followerCount: t.int({
      nullable: true,
      description: DEVELOPMENT_NULL,
      resolve: (artist, _a, ctx) => artistFollowerCount(ctx, artist),
    }),
    images: t.field({
      nullable: { list: true, items: true },
      type: [ImageRef],
      resolve: (artist, _a, ctx) => artistImages(ctx, artist),
    }),
    albums: t.field({
      nullable: true,
      type: ArtistAlbumConnection,
      description:
        "The artist's albums, singles, compilations and appearances. Spotify serves at most 10 per page; a larger `first` fetches the pages at once.",
      args: {
        ...connectionArgs,
        includeGroups: t.arg({
          type: [IncludeGroupEnum],
          required: false,
          description: 'The groups to list, all four when absent. At most 50 entries: BAD_USER_INPUT beyond.',
        }),
        market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }),
      },
      resolve: (artist, args, ctx, info) => artistAlbums(ctx, artist, args, info),
    }),
    topTracks: t.field({
      nullable: { list: true, items: true },
      type: [TrackRef],
      deprecationReason: DEVELOPMENT_MODE_REASON,
      description: "The artist's most popular tracks in a market.",
      args: { market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }) },
      // An entry's error object is that entry's null and error (GraphQL completes it so).
      resolve: (artist, args, ctx) => artistTopTracks(ctx, artist, args) as Promise<Track[]>,
    }),
    relatedArtists: t.field({
      nullable: { list: true, items: true },
      type: [ArtistRef],
      deprecationReason: DEVELOPMENT_MODE_REASON,
      resolve: (artist, _a, ctx) => relatedArtists(ctx, artist) as Promise<Artist[]>,
    }),
  }),
});

builder.queryFields((t) => ({
  artist: t.field({
    type: ArtistRef,
    nullable: true,
    description: 'An artist by id, URI or share link.',
    args: { id: t.arg.id({ required: true, description: idArg('artist') }) },
    resolve: (_root, args, ctx, info) => loadByIdWithChildren(ctx, 'artist', args, info),
  }),
  artists: t.field({
    type: [ArtistRef],
    nullable: { list: true, items: true },
    description:
      'Artists by id, URI or share link, in order; unknown ones are null, with one SPOTIFY_NOT_FOUND for the list on the first of them (extensions refusedCount, refused). Batched 50 per Spotify call.',
    args: { ids: t.arg.idList({ required: true, description: idsArg('artist') }) },
    resolve: (_root, args, ctx, info) => loadByIdsWithChildren(ctx, 'artist', args, info),
  }),
}));
