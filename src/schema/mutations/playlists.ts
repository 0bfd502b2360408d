import { present } from '../../resolvers/bad-values.js';
import {
  addPlaylistItems,
  createPlaylist,
  type PlaylistChange,
  type PlaylistPayload,
  payloadPlaylist,
  removePlaylistItems,
  reorderPlaylistItems,
  replacePlaylistItems,
  updatePlaylist,
  uploadPlaylistCover,
} from '../../resolvers/playlist-changes.js';
import { builder } from '../builder.js';
import { idArg, urisArg } from '../id-args.js';
import { PlaylistRef } from '../refs.js';

const PlaylistPayloadRef = builder.objectRef<PlaylistPayload>('PlaylistPayload').implement({
  description: 'The playlist as Spotify has it after the change.',
  fields: (t) => ({
    playlist: t.field({
      type: PlaylistRef,
      // Nullable: a failed read-back must not hide a change Spotify applied.
      nullable: true,
      description:
        'The playlist after the change (read back from Spotify only when a field besides its id is selected).',
      resolve: (p, _a, ctx, info) => payloadPlaylist(ctx, p, info),
    }),
  }),
});

const PlaylistItemsPayloadRef = builder.objectRef<PlaylistChange>('PlaylistItemsPayload').implement({
  description: "A change to a playlist's items: its new version, and the playlist read back when asked.",
  fields: (t) => ({
    // Nullable: a change Spotify applied but answered without its version keeps the rest of the payload.
    snapshotId: t.string({
      nullable: true,
      description: 'The playlist version after the change.',
      resolve: (change) => present(change.snapshotId, 'PlaylistItemsPayload.snapshotId'),
    }),
    playlist: t.field({
      type: PlaylistRef,
      nullable: true,
      description:
        'The playlist after the change (read from Spotify only when a field besides its id is selected).',
      resolve: (change, _a, ctx, info) => payloadPlaylist(ctx, change, info),
    }),
  }),
});

/** Mutations of the playlist itself: creating it, its details, its cover. */
builder.mutationFields((t) => ({
  createPlaylist: t.field({
    type: PlaylistPayloadRef,
    nullable: true,
    description: 'Creates a playlist owned by the signed-in user (POST /me/playlists).',
    args: {
      name: t.arg.string({ required: true, description: '1 to 300 characters.' }),
      description: t.arg.string({ required: false, description: 'At most 300 characters.' }),
      public: t.arg.boolean({ required: false }),
      collaborative: t.arg.boolean({ required: false }),
    },
    resolve: (_root, args, ctx) => createPlaylist(ctx, args),
  }),
  updatePlaylist: t.field({
    type: PlaylistPayloadRef,
    nullable: true,
    description: "Changes a playlist's name, description, visibility or collaboration (owner only).",
    args: {
      playlistId: t.arg.id({ required: true, description: idArg('playlist') }),
      name: t.arg.string({ required: false, description: '1 to 300 characters.' }),
      description: t.arg.string({ required: false, description: 'At most 300 characters.' }),
      public: t.arg.boolean({ required: false }),
      collaborative: t.arg.boolean({ required: false }),
    },
    resolve: (_root, args, ctx) => updatePlaylist(ctx, args),
  }),
  uploadPlaylistCover: t.field({
    type: PlaylistPayloadRef,
    nullable: true,
    description: 'Sets a custom cover: a base64-encoded JPEG of at most 256 KB (ugc-image-upload).',
    args: {
      playlistId: t.arg.id({ required: true, description: idArg('playlist') }),
      imageBase64: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => uploadPlaylistCover(ctx, args),
  }),
}));

/** Mutations of a playlist's items (tracks and episodes). */
builder.mutationFields((t) => ({
  addPlaylistItems: t.field({
    type: PlaylistItemsPayloadRef,
    nullable: true,
    description:
      'Adds tracks or episodes (URIs, at most 1000, sent 100 per Spotify call in order) at `position` (default: the end).',
    args: {
      playlistId: t.arg.id({ required: true, description: idArg('playlist') }),
      uris: t.arg.idList({ required: true, description: urisArg('Track or episode') }),
      position: t.arg.int({ required: false }),
    },
    resolve: (_root, args, ctx) => addPlaylistItems(ctx, args),
  }),
  removePlaylistItems: t.field({
    type: PlaylistItemsPayloadRef,
    nullable: true,
    description:
      'Removes every occurrence of the given URIs (at most 1000, 100 per Spotify call); `snapshotId` pins the version. A local file goes by its `spotify:local:` URI as the playlist lists it (its `id`).',
    args: {
      playlistId: t.arg.id({ required: true, description: idArg('playlist') }),
      uris: t.arg.idList({
        required: true,
        description: `${urisArg('Track or episode')} A local file's \`spotify:local:artist:album:title:seconds\` URI.`,
      }),
      snapshotId: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => removePlaylistItems(ctx, args),
  }),
  reorderPlaylistItems: t.field({
    type: PlaylistItemsPayloadRef,
    nullable: true,
    description:
      'Moves `rangeLength` items (default 1) starting at `rangeStart` to before the item at `insertBefore`.',
    args: {
      playlistId: t.arg.id({ required: true, description: idArg('playlist') }),
      rangeStart: t.arg.int({ required: true }),
      insertBefore: t.arg.int({ required: true }),
      rangeLength: t.arg.int({ required: false }),
      snapshotId: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => reorderPlaylistItems(ctx, args),
  }),
  replacePlaylistItems: t.field({
    type: PlaylistItemsPayloadRef,
    nullable: true,
    description: 'Replaces all items with the given URIs (at most 1000; an empty list empties the playlist).',
    args: {
      playlistId: t.arg.id({ required: true, description: idArg('playlist') }),
      uris: t.arg.idList({ required: true, description: urisArg('Track or episode') }),
    },
    resolve: (_root, args, ctx) => replacePlaylistItems(ctx, args),
  }),
}));
