import { badInput } from '../../resolvers/errors.js';
import { checkRange, idOf } from '../../resolvers/ids.js';
import { checkUris } from '../../resolvers/library.js';
import { forgetPlaylists, loadPlaylist } from '../../resolvers/playlists.js';
import type { Playlist } from '../../spotify/endpoints/objects.js';
import { builder } from '../builder.js';
import { PlaylistRef } from '../refs.js';

/** Spotify's largest custom cover upload: 256 KB of base64. */
const MAX_COVER_BYTES = 256 * 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PLAYLIST_ITEM_TYPES = ['track', 'episode'] as const;

interface PlaylistChange {
  playlistId: string;
  /** The version after the change (empty when Spotify gave none). */
  snapshotId: string;
}

/** A playlist change: the playlist when Spotify's answer holds it (creation), else only its id. */
interface PlaylistPayload {
  playlistId: string;
  playlist?: Playlist;
}

const PlaylistPayloadRef = builder.objectRef<PlaylistPayload>('PlaylistPayload').implement({
  description: 'The playlist as Spotify has it after the change.',
  fields: (t) => ({
    playlist: t.field({
      type: PlaylistRef,
      // Nullable: a failed read-back must not hide a change Spotify applied.
      nullable: true,
      description: 'The playlist after the change (read back from Spotify only when selected).',
      resolve: (p, _a, ctx) => p.playlist ?? loadPlaylist(ctx, p.playlistId),
    }),
  }),
});

const PlaylistItemsPayloadRef = builder.objectRef<PlaylistChange>('PlaylistItemsPayload').implement({
  description: "A change to a playlist's items: its new version, and the playlist read back when asked.",
  fields: (t) => ({
    snapshotId: t.exposeString('snapshotId', { description: 'The playlist version after the change.' }),
    playlist: t.field({
      type: PlaylistRef,
      nullable: true,
      description: 'The playlist after the change (read from Spotify only when selected).',
      resolve: (change, _a, ctx) => loadPlaylist(ctx, change.playlistId),
    }),
  }),
});

/** Validates the cover: base64 of a JPEG (a data URL prefix is allowed), at most 256 KB of base64. */
function checkCover(value: string): string {
  const data = value.replace(/^data:image\/jpeg;base64,/, '').replace(/\s+/g, '');
  if (data.length === 0 || data.length % 4 !== 0 || !BASE64.test(data)) {
    throw badInput('imageBase64 must be a base64-encoded JPEG', 'imageBase64');
  }
  // Spotify counts the base64 payload, not the decoded image.
  if (data.length > MAX_COVER_BYTES) {
    throw badInput(`imageBase64 is ${data.length} bytes; Spotify takes at most 256 KB`, 'imageBase64');
  }
  // Every JPEG starts with FF D8 FF, which is "/9j/" in base64.
  if (!data.startsWith('/9j/')) throw badInput('imageBase64 is not a JPEG', 'imageBase64');
  return data;
}

const checkSnapshot = (value: string | null | undefined): string | undefined => {
  if (value === null || value === undefined) return undefined;
  if (value.length === 0 || value.length > 200)
    throw badInput('snapshotId is not a playlist snapshot', 'snapshotId');
  return value;
};

const checkName = (value: string, argument = 'name'): string => {
  if (value.trim().length === 0) throw badInput(`${argument} must not be empty`, argument);
  if (value.length > 300) throw badInput(`${argument} is longer than 300 characters`, argument);
  return value;
};

builder.mutationFields((t) => ({
  createPlaylist: t.field({
    type: PlaylistPayloadRef,
    nullable: true,
    description: 'Creates a playlist owned by the signed-in user (POST /me/playlists).',
    args: {
      name: t.arg.string({ required: true }),
      description: t.arg.string({ required: false }),
      public: t.arg.boolean({ required: false }),
      collaborative: t.arg.boolean({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.collaborative === true && args.public !== false) {
        throw badInput('A collaborative playlist must be private: pass public: false', 'collaborative');
      }
      const playlist = await ctx.api.playlists.create(
        ctx.opts({
          name: checkName(args.name),
          description: args.description,
          public: args.public,
          collaborative: args.collaborative,
        }),
      );
      return { playlistId: playlist.id, playlist };
    },
  }),
  updatePlaylist: t.field({
    type: PlaylistPayloadRef,
    nullable: true,
    description: "Changes a playlist's name, description, visibility or collaboration (owner only).",
    args: {
      playlistId: t.arg.string({ required: true }),
      name: t.arg.string({ required: false }),
      description: t.arg.string({ required: false }),
      public: t.arg.boolean({ required: false }),
      collaborative: t.arg.boolean({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const playlistId = idOf('playlist', args.playlistId, 'playlistId');
      const name = args.name === null || args.name === undefined ? undefined : checkName(args.name);
      if (
        name === undefined &&
        args.description == null &&
        args.public == null &&
        args.collaborative == null
      ) {
        throw badInput('Give at least one of name, description, public, collaborative', 'name');
      }
      await ctx.api.playlists.changeDetails(
        playlistId,
        ctx.opts({
          name,
          description: args.description,
          public: args.public,
          collaborative: args.collaborative,
        }),
      );
      forgetPlaylists(ctx);
      return { playlistId };
    },
  }),
  addPlaylistItems: t.field({
    type: PlaylistItemsPayloadRef,
    nullable: true,
    description:
      'Adds tracks or episodes (URIs, at most 1000, sent 100 per Spotify call in order) at `position` (default: the end).',
    args: {
      playlistId: t.arg.string({ required: true }),
      uris: t.arg.stringList({ required: true }),
      position: t.arg.int({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const playlistId = idOf('playlist', args.playlistId, 'playlistId');
      const uris = checkUris(args.uris, PLAYLIST_ITEM_TYPES);
      const position =
        args.position === null || args.position === undefined
          ? undefined
          : checkRange(args.position, 0, 100_000, 'position');
      const answer = await ctx.api.playlists.addItems(playlistId, uris, ctx.opts({ position }));
      forgetPlaylists(ctx);
      return { playlistId, snapshotId: answer.snapshot_id };
    },
  }),
  removePlaylistItems: t.field({
    type: PlaylistItemsPayloadRef,
    nullable: true,
    description:
      'Removes every occurrence of the given URIs (at most 1000, 100 per Spotify call); `snapshotId` pins the version.',
    args: {
      playlistId: t.arg.string({ required: true }),
      uris: t.arg.stringList({ required: true }),
      snapshotId: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const playlistId = idOf('playlist', args.playlistId, 'playlistId');
      const uris = checkUris(args.uris, PLAYLIST_ITEM_TYPES);
      const snapshotId = checkSnapshot(args.snapshotId);
      const answer = await ctx.api.playlists.removeItems(playlistId, uris, ctx.opts({ snapshotId }));
      forgetPlaylists(ctx);
      return { playlistId, snapshotId: answer.snapshot_id };
    },
  }),
  reorderPlaylistItems: t.field({
    type: PlaylistItemsPayloadRef,
    nullable: true,
    description:
      'Moves `rangeLength` items (default 1) starting at `rangeStart` to before the item at `insertBefore`.',
    args: {
      playlistId: t.arg.string({ required: true }),
      rangeStart: t.arg.int({ required: true }),
      insertBefore: t.arg.int({ required: true }),
      rangeLength: t.arg.int({ required: false }),
      snapshotId: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const playlistId = idOf('playlist', args.playlistId, 'playlistId');
      const rangeStart = checkRange(args.rangeStart, 0, 100_000, 'rangeStart');
      const insertBefore = checkRange(args.insertBefore, 0, 100_000, 'insertBefore');
      const rangeLength =
        args.rangeLength === null || args.rangeLength === undefined
          ? undefined
          : checkRange(args.rangeLength, 1, 100_000, 'rangeLength');
      const snapshotId = checkSnapshot(args.snapshotId);
      const answer = await ctx.api.playlists.reorderItems(
        playlistId,
        ctx.opts({ rangeStart, insertBefore, rangeLength, snapshotId }),
      );
      forgetPlaylists(ctx);
      // Spotify answers a reorder with the new snapshot; a bare 202 (as some answer) leaves it to a read.
      const snapshot = answer?.snapshot_id ?? (await loadPlaylist(ctx, playlistId)).snapshot_id ?? '';
      return { playlistId, snapshotId: snapshot };
    },
  }),
  replacePlaylistItems: t.field({
    type: PlaylistItemsPayloadRef,
    nullable: true,
    description: 'Replaces all items with the given URIs (at most 1000; an empty list empties the playlist).',
    args: {
      playlistId: t.arg.string({ required: true }),
      uris: t.arg.stringList({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const playlistId = idOf('playlist', args.playlistId, 'playlistId');
      const uris = checkUris(args.uris, PLAYLIST_ITEM_TYPES, { nonEmpty: false });
      const answer = await ctx.api.playlists.replaceItems(playlistId, uris, ctx.opts());
      forgetPlaylists(ctx);
      return { playlistId, snapshotId: answer.snapshot_id };
    },
  }),
  uploadPlaylistCover: t.field({
    type: PlaylistPayloadRef,
    nullable: true,
    description: 'Sets a custom cover: a base64-encoded JPEG of at most 256 KB (ugc-image-upload).',
    args: {
      playlistId: t.arg.string({ required: true }),
      imageBase64: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const playlistId = idOf('playlist', args.playlistId, 'playlistId');
      const image = checkCover(args.imageBase64);
      await ctx.api.playlists.uploadCover(playlistId, image, ctx.opts());
      forgetPlaylists(ctx);
      return { playlistId };
    },
  }),
}));
