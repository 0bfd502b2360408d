import {
  albumArtists,
  albumCopyrights,
  albumGenres,
  albumLabel,
  albumPopularity,
  albumTracks,
  albumUpc,
} from '../resolvers/albums.js';
import {
  omittableList,
  present,
  presentList,
  restrictionReasonOf,
  upperWord,
} from '../resolvers/bad-values.js';
import { loadByIdsWithChildren, loadByIdWithChildren } from '../resolvers/catalog.js';
import { isSpotifyType } from '../resolvers/unmodelled.js';
import type { SimplifiedArtist } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import {
  CopyrightRef,
  connectionArgs,
  connectionType,
  DEVELOPMENT_NULL,
  ImageRef,
  MARKET_DESCRIPTION,
} from './common.js';
import { idArg, idsArg } from './id-args.js';
import { NODE_NAME_DESCRIPTION, NodeRef } from './node.js';
import { AlbumRef, ArtistRef, TrackRef } from './refs.js';

export const AlbumTypeEnum = builder.enumType('AlbumType', {
  values: ['ALBUM', 'SINGLE', 'COMPILATION'] as const,
});
export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  values: ['YEAR', 'MONTH', 'DAY'] as const,
});

export const AlbumConnection = connectionType('Album', AlbumRef);
const AlbumTrackConnection = connectionType('AlbumTrack', TrackRef, { items: ['track'] });

AlbumRef.implement({
  description: 'An album, single or compilation.',
  interfaces: [NodeRef],
  isTypeOf: isSpotifyType('album'),
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: NODE_NAME_DESCRIPTION,
      resolve: (album) => present(album.name, 'Album.name'),
    }),
    // Spotify's data beyond the album's identity: each is null with its own error when Spotify's
    // answer lacks it or sends it of another type (src/server/bad-values.ts), its siblings answer.
    albumType: t.field({
      type: AlbumTypeEnum,
      nullable: true,
      resolve: (album) => upperWord<'ALBUM' | 'SINGLE' | 'COMPILATION'>(album.album_type, 'Album.albumType'),
    }),
    totalTracks: t.int({
      nullable: true,
      resolve: (album) => present(album.total_tracks, 'Album.totalTracks'),
    }),
    releaseDate: t.string({
      nullable: true,
      description: 'YYYY, YYYY-MM or YYYY-MM-DD, per releaseDatePrecision.',
      resolve: (album) => present(album.release_date, 'Album.releaseDate'),
    }),
    releaseDatePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      resolve: (album) =>
        upperWord<'YEAR' | 'MONTH' | 'DAY'>(album.release_date_precision, 'Album.releaseDatePrecision'),
    }),
    images: t.field({
      type: [ImageRef],
      nullable: { list: true, items: true },
      resolve: (album) => presentList(album.images, 'Album.images'),
    }),
    availableMarkets: t.stringList({
      nullable: { list: true, items: true },
      description:
        "Markets where the album is available; null when Spotify leaves the list out (it does when a market was given or a user token's country applied, and always for a Development Mode app).",
      resolve: (album) => omittableList(album.available_markets, 'Album.availableMarkets'),
    }),
    restrictionReason: t.string({
      nullable: true,
      description: 'Why the album is not playable in the market asked (market, product, explicit).',
      resolve: (album) => restrictionReasonOf(album.restrictions, 'Album.restrictionReason'),
    }),
    artists: t.field({
      nullable: { list: true, items: true },
      type: [ArtistRef],
      description:
        "The album's artists, one entry per artist Spotify lists (one without an id is null with a SPOTIFY_UNSUPPORTED_ITEM error).",
      // An entry's error object is that entry's null and error (GraphQL completes it so).
      resolve: (album, _args, ctx) => albumArtists(ctx, album) as Promise<SimplifiedArtist[]>,
    }),
    tracks: t.field({
      nullable: true,
      type: AlbumTrackConnection,
      description: "The album's tracks.",
      args: { ...connectionArgs, market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }) },
      resolve: (album, args, ctx, info) => albumTracks(ctx, album, args, info),
    }),
  }),
});

// What only the full album object answers (a field list of its own: the 80-line rule).
builder.objectFields(AlbumRef, (t) => ({
  label: t.string({
    nullable: true,
    description: DEVELOPMENT_NULL,
    resolve: (album, _a, ctx) => albumLabel(ctx, album),
  }),
  popularity: t.int({
    nullable: true,
    description: `0 to 100. ${DEVELOPMENT_NULL}`,
    resolve: (album, _a, ctx) => albumPopularity(ctx, album),
  }),
  genres: t.stringList({
    nullable: { list: true, items: true },
    resolve: (album, _a, ctx) => albumGenres(ctx, album),
  }),
  copyrights: t.field({
    type: [CopyrightRef],
    nullable: { list: true, items: true },
    resolve: (album, _a, ctx) => albumCopyrights(ctx, album),
  }),
  upc: t.string({
    nullable: true,
    resolve: (album, _a, ctx) => albumUpc(ctx, album),
  }),
}));

builder.queryFields((t) => ({
  album: t.field({
    type: AlbumRef,
    nullable: true,
    description: 'An album by id, URI or share link.',
    args: {
      id: t.arg.id({ required: true, description: idArg('album') }),
      market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx, info) => loadByIdWithChildren(ctx, 'album', args, info),
  }),
  albums: t.field({
    type: [AlbumRef],
    nullable: { list: true, items: true },
    description:
      'Albums by id, URI or share link, in order; unknown ones are null, with one SPOTIFY_NOT_FOUND for the list on the first of them (extensions refusedCount, refused). Batched 20 per Spotify call.',
    args: {
      ids: t.arg.idList({ required: true, description: idsArg('album') }),
      market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx, info) => loadByIdsWithChildren(ctx, 'album', args, info),
  }),
}));
