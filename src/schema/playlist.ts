import type { InterfaceRef } from '@pothos/core';
import { carriedValue, present } from '../resolvers/bad-values.js';
import { type Connection, connectionEdges, type Edge } from '../resolvers/paging.js';
import {
  addedAtOf,
  addedByOf,
  contentEntriesOf,
  contentOf,
  entryIsLocal,
  playlistById,
  playlistContentTypeName,
  playlistFollowerCount,
  playlistImages,
  playlistItems,
  playlistOwner,
} from '../resolvers/playlists.js';
import { isSpotifyType } from '../resolvers/unmodelled.js';
import type { PlaylistItem } from '../spotify/endpoints/objects.js';
import { builder } from './builder.js';
import { connectionArgs, EDGES_DESCRIPTION, ImageRef, MARKET_DESCRIPTION, PageInfoRef } from './common.js';
import { idArg } from './id-args.js';
import { NodeRef } from './node.js';
import { EpisodeRef, PlaylistRef, type PlaylistShape, TrackRef, UserRef } from './refs.js';

export const PlaylistItemContentUnion = builder.unionType('PlaylistItemContent', {
  description: 'What a playlist holds: a track or a podcast episode.',
  types: [TrackRef, EpisodeRef],
  resolveType: playlistContentTypeName,
});

// An entry Spotify sent null or as no object is an edge with its cursor, each other field null with its error.
const PlaylistItemEdgeRef = builder.objectRef<Edge<PlaylistItem | null>>('PlaylistItemEdge').implement({
  description: 'One entry of a playlist: its content, and when and by whom it was added.',
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.field({
      type: PlaylistItemContentUnion,
      nullable: true,
      description:
        'Null when Spotify no longer has the item, or (with a SPOTIFY_UNSUPPORTED_ITEM error) when it is of a kind this API does not model.',
      resolve: (edge, _args, ctx) => contentOf(ctx, edge.node),
    }),
    addedAt: t.string({
      nullable: true,
      description: 'When the item was added (ISO 8601; null for very old playlists).',
      resolve: (edge) => addedAtOf(edge.node),
    }),
    addedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (edge) => addedByOf(edge.node),
    }),
    isLocal: t.boolean({
      nullable: true,
      description:
        'The entry is a local file the user added. `node` is the catalog Track when Spotify matched the file to one, else the local file.',
      resolve: (edge) => entryIsLocal(edge.node),
    }),
  }),
});

export const PlaylistItemConnectionRef = builder
  .objectRef<Connection<PlaylistItem>>('PlaylistItemConnection')
  .implement({
    fields: (t) => ({
      edges: t.field({
        type: [PlaylistItemEdgeRef],
        nullable: { list: false, items: true },
        description: EDGES_DESCRIPTION,
        resolve: (c) => connectionEdges(c),
      }),
      nodes: t.field({
        type: [PlaylistItemContentUnion],
        nullable: { list: false, items: true },
        // An entry's error object is that entry's null and error (GraphQL completes it so).
        resolve: (c, _args, ctx) => contentEntriesOf(c, ctx),
      }),
      pageInfo: t.field({ type: PageInfoRef, resolve: (c) => c.pageInfo }),
      totalCount: t.int({ nullable: true, resolve: (c) => carriedValue(c.totalCount) }),
    }),
  });

/**
 * The spec leaves a playlist's `type` optional, so its shape does not extend Node's; Spotify (and the
 * emulator) always send `type: "playlist"`, which is what Node and isTypeOf read.
 */
const PlaylistNode = NodeRef as unknown as InterfaceRef<typeof builder.$inferSchemaTypes, PlaylistShape>;

PlaylistRef.implement({
  description: 'A playlist.',
  interfaces: [PlaylistNode],
  isTypeOf: isSpotifyType('playlist'),
  fields: (t) => ({
    // Nullable: Spotify's playlist objects require no field (reference spec), and a playlist without a
    // name still has its owner, cover and items worth answering.
    name: t.string({
      nullable: true,
      description: "The playlist's name; null with a SPOTIFY_UNAVAILABLE error when Spotify sent none.",
      resolve: (p) => present(p.name, 'Playlist.name'),
    }),
    description: t.string({ nullable: true, resolve: (p) => p.description ?? null }),
    public: t.boolean({
      nullable: true,
      description: 'Null when Spotify does not say (a playlist in the user library may not).',
      resolve: (p) => p.public ?? null,
    }),
    collaborative: t.boolean({
      nullable: true,
      resolve: (p) => present(p.collaborative, 'Playlist.collaborative'),
    }),
    snapshotId: t.string({
      nullable: true,
      description: 'The version of the playlist; pass it to item writes to act on this version.',
      resolve: (p) => p.snapshot_id ?? null,
    }),
    images: t.field({
      type: [ImageRef],
      nullable: { list: true, items: true },
      description:
        'The cover in its sizes, largest first; null for a playlist without a cover (Spotify sends null), empty when Spotify sends no images. An image Spotify sent wrong is its own null.',
      resolve: playlistImages,
    }),
    owner: t.field({
      type: UserRef,
      nullable: true,
      resolve: (p, _a, ctx) => playlistOwner(ctx, p),
    }),
    followerCount: t.int({
      nullable: true,
      resolve: (p, _a, ctx) => playlistFollowerCount(ctx, p),
    }),
    items: t.field({
      nullable: true,
      type: PlaylistItemConnectionRef,
      description:
        "The playlist's tracks and episodes. Development Mode apps only see the items of the user's own and collaborative playlists.",
      args: { ...connectionArgs, market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }) },
      resolve: (p, args, ctx, info) => playlistItems(ctx, p, args, info),
    }),
  }),
});

builder.queryFields((t) => ({
  playlist: t.field({
    type: PlaylistRef,
    nullable: true,
    description: 'A playlist by id, URI or share link.',
    args: {
      id: t.arg.id({ required: true, description: idArg('playlist') }),
      market: t.arg.string({ required: false, description: MARKET_DESCRIPTION }),
    },
    resolve: (_root, args, ctx, info) => playlistById(ctx, args, info),
  }),
}));
