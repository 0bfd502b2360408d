import { fullArtist, load, loadMany } from '../resolvers/catalog.js';
import { checkMarket, eachId, idOf } from '../resolvers/ids.js';
import { offsetConnection } from '../resolvers/paging.js';
import type { Artist, ArtistDiscographyAlbum, Page, Track } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { builder } from './builder.js';
import { connectionArgs, connectionType, ImageRef } from './common.js';
import { DEVELOPMENT_MODE_REASON, NodeRef } from './node.js';
import { AlbumRef, ArtistRef, isSpotifyType, TrackRef } from './refs.js';

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
    name: t.exposeString('name'),
    genres: t.stringList({
      nullable: true,
      resolve: async (artist, _a, ctx) => (await fullArtist(ctx, artist)).genres ?? [],
    }),
    popularity: t.int({
      nullable: true,
      description: '0 to 100.',
      resolve: async (artist, _a, ctx) => (await fullArtist(ctx, artist)).popularity ?? null,
    }),
    followerCount: t.int({
      nullable: true,
      resolve: async (artist, _a, ctx) => (await fullArtist(ctx, artist)).followers?.total ?? null,
    }),
    images: t.field({
      nullable: true,
      type: [ImageRef],
      resolve: async (artist, _a, ctx) => (await fullArtist(ctx, artist)).images ?? [],
    }),
    albums: t.field({
      nullable: true,
      type: ArtistAlbumConnection,
      description:
        "The artist's albums, singles, compilations and appearances. Spotify serves at most 10 per page; a larger `first` fetches the pages at once.",
      args: {
        ...connectionArgs,
        includeGroups: t.arg({ type: [IncludeGroupEnum], required: false }),
        market: t.arg.string({ required: false }),
      },
      resolve: (artist, args, ctx) => {
        const market = checkMarket(args.market);
        const includeGroups = args.includeGroups?.map((g) => g.toLowerCase());
        // Spotify pages an artist's albums 10 at a time at most (the endpoint table says so).
        const pageSize = endpoints.getAnArtistsAlbums.params.find((p) => p.name === 'limit')?.max ?? 10;
        return offsetConnection<ArtistDiscographyAlbum>(args, pageSize, (offset, limit) =>
          ctx.client.request<Page<ArtistDiscographyAlbum>>(
            endpoints.getAnArtistsAlbums,
            ctx.opts({ id: artist.id, offset, limit, market, includeGroups }),
          ),
        );
      },
    }),
    topTracks: t.field({
      nullable: { list: true, items: true },
      type: [TrackRef],
      deprecationReason: DEVELOPMENT_MODE_REASON,
      description: "The artist's most popular tracks in a market.",
      args: { market: t.arg.string({ required: false }) },
      resolve: async (artist, args, ctx) => {
        const body = await ctx.client.request<{ tracks: Track[] }>(
          endpoints.getAnArtistsTopTracks,
          ctx.opts({ id: artist.id, market: checkMarket(args.market) }),
        );
        return body.tracks;
      },
    }),
    relatedArtists: t.field({
      nullable: { list: true, items: true },
      type: [ArtistRef],
      deprecationReason: DEVELOPMENT_MODE_REASON,
      resolve: async (artist, _a, ctx) => {
        const body = await ctx.client.request<{ artists: ArtistShapeList }>(
          endpoints.getAnArtistsRelatedArtists,
          ctx.opts({ id: artist.id }),
        );
        return body.artists;
      },
    }),
  }),
});

type ArtistShapeList = Artist[];

builder.queryFields((t) => ({
  artist: t.field({
    type: ArtistRef,
    nullable: true,
    description: 'An artist by id or URI.',
    args: { id: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => load(ctx, 'artist', idOf('artist', args.id)),
  }),
  artists: t.field({
    type: [ArtistRef],
    nullable: { list: false, items: true },
    description:
      'Artists by id or URI, in order; an unknown one is null with its own error. Batched 50 per Spotify call.',
    args: { ids: t.arg.stringList({ required: true }) },
    resolve: (_root, args, ctx) =>
      loadMany(
        ctx,
        'artist',
        eachId(args.ids, (id, i) => idOf('artist', id, `ids[${i}]`)),
      ),
  }),
}));
