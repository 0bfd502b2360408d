import { fullAlbum, load, loadMany } from '../resolvers/catalog.js';
import { checkMarket, eachId, idOf } from '../resolvers/ids.js';
import { embeddedConnection } from '../resolvers/paging.js';
import type { Album, Page, SimplifiedTrack } from '../spotify/endpoints/objects.js';
import { endpoints } from '../spotify/endpoints/table.js';
import { builder } from './builder.js';
import { CopyrightRef, connectionArgs, connectionType, ImageRef } from './common.js';
import { NodeRef } from './node.js';
import { AlbumRef, ArtistRef, isSpotifyType, TrackRef } from './refs.js';

export const AlbumTypeEnum = builder.enumType('AlbumType', {
  values: ['ALBUM', 'SINGLE', 'COMPILATION'] as const,
});
export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  values: ['YEAR', 'MONTH', 'DAY'] as const,
});

export const AlbumConnection = connectionType('Album', AlbumRef);
const AlbumTrackConnection = connectionType('AlbumTrack', TrackRef);

AlbumRef.implement({
  description: 'An album, single or compilation.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('album'),
  fields: (t) => ({
    name: t.exposeString('name'),
    albumType: t.field({
      type: AlbumTypeEnum,
      resolve: (album) => album.album_type.toUpperCase() as 'ALBUM' | 'SINGLE' | 'COMPILATION',
    }),
    totalTracks: t.exposeInt('total_tracks'),
    releaseDate: t.exposeString('release_date', {
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, per releaseDatePrecision.',
    }),
    releaseDatePrecision: t.field({
      type: DatePrecisionEnum,
      resolve: (album) => album.release_date_precision.toUpperCase() as 'YEAR' | 'MONTH' | 'DAY',
    }),
    images: t.field({ type: [ImageRef], resolve: (album) => album.images ?? [] }),
    availableMarkets: t.stringList({
      description:
        'Markets where the album is available (empty when a market was given: Spotify then omits it).',
      resolve: (album) => album.available_markets ?? [],
    }),
    restrictionReason: t.string({
      nullable: true,
      description: 'Why the album is not playable in the market asked (market, product, explicit).',
      resolve: (album) => album.restrictions?.reason ?? null,
    }),
    artists: t.field({
      nullable: true,
      type: [ArtistRef],
      resolve: async (album, _args, ctx) =>
        'artists' in album && album.artists ? album.artists : ((await fullAlbum(ctx, album)).artists ?? []),
    }),
    tracks: t.field({
      nullable: true,
      type: AlbumTrackConnection,
      description: "The album's tracks.",
      args: { ...connectionArgs, market: t.arg.string({ required: false }) },
      resolve: async (album, args, ctx) => {
        const market = checkMarket(args.market);
        // The full album embeds its first page of tracks, and full albums load 20 per call through the
        // DataLoader: so the first 50 tracks of many albums cost one call per 20 albums, not one each.
        const full: Album =
          'tracks' in album && album.tracks !== undefined && market === undefined
            ? album
            : await load(ctx, 'album', album.id, market);
        return embeddedConnection<SimplifiedTrack>(
          args,
          50,
          full.tracks,
          (offset, limit) =>
            ctx.client.request<Page<SimplifiedTrack>>(
              endpoints.getAnAlbumsTracks,
              ctx.opts({ id: album.id, offset, limit, market }),
            ),
          full,
        );
      },
    }),
    label: t.string({
      nullable: true,
      resolve: async (album, _a, ctx) => (await fullAlbum(ctx, album)).label ?? null,
    }),
    popularity: t.int({
      nullable: true,
      description: '0 to 100.',
      resolve: async (album, _a, ctx) => (await fullAlbum(ctx, album)).popularity ?? null,
    }),
    genres: t.stringList({
      nullable: true,
      resolve: async (album, _a, ctx) => (await fullAlbum(ctx, album)).genres ?? [],
    }),
    copyrights: t.field({
      type: [CopyrightRef],
      resolve: async (album, _a, ctx) => (await fullAlbum(ctx, album)).copyrights ?? [],
    }),
    upc: t.string({
      nullable: true,
      resolve: async (album, _a, ctx) => (await fullAlbum(ctx, album)).external_ids?.upc ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  album: t.field({
    type: AlbumRef,
    nullable: true,
    description: 'An album by id or URI.',
    args: { id: t.arg.string({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => load(ctx, 'album', idOf('album', args.id), checkMarket(args.market)),
  }),
  albums: t.field({
    type: [AlbumRef],
    nullable: { list: false, items: true },
    description:
      'Albums by id or URI, in order; an unknown one is null with its own error. Batched 20 per Spotify call.',
    args: { ids: t.arg.stringList({ required: true }), market: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) =>
      loadMany(
        ctx,
        'album',
        eachId(args.ids, (id, i) => idOf('album', id, `ids[${i}]`)),
        checkMarket(args.market),
      ),
  }),
}));
