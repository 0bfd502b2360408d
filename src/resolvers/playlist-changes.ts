import { type GraphQLResolveInfo, getNamedType, isObjectType } from 'graphql';
import type { Playlist } from '../spotify/endpoints/objects.js';
import { uriOf } from '../spotify/uris.js';
import { collectFields } from './collect-fields.js';
import type { GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { checkRange, checkUri, eachChecked, idOf } from './ids.js';
import { checkUris, MAX_URIS } from './library.js';
import { checkLocalUri } from './local-files.js';
import { idOnly } from './parents.js';
import { loadPlaylist } from './playlists.js';
import { forgetLoads, loadedOrInFlight, loadKey } from './request-loads.js';
import { checkText } from './text.js';

/** Spotify's largest custom cover upload: 256 KB of base64. */
const MAX_COVER_BYTES = 256 * 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PLAYLIST_ITEM_TYPES = ['track', 'episode'] as const;

/** A change to a playlist's items: the playlist and its version after the change. */
export interface PlaylistChange {
  playlistId: string;
  /** The version after the change (empty when Spotify gave none). */
  snapshotId: string;
}

/** A playlist change: the playlist when Spotify's answer holds it (creation), else only its id. */
export interface PlaylistPayload {
  playlistId: string;
  playlist?: Playlist;
}

/** Fields of a playlist its id alone answers: the id in its forms (a legacy URI is answered canonical), the type's name. */
const IDENTITY_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'spotifyId', 'uri']);

/**
 * Whether the selection under `info` (a payload's `playlist`) asks only what the playlist's id answers
 * (IDENTITY_FIELDS), as GraphQL collects it (fragments, @skip/@include).
 */
function selectsIdentityOnly(info: GraphQLResolveInfo): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return false;
  const scope = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const nodes of collectFields(scope, type, sets).values()) {
    if (!IDENTITY_FIELDS.has(nodes[0]!.name.value)) return false;
  }
  return true;
}

/**
 * The playlist a payload names (a playlist change's, or an items change's): the one in hand, else read
 * back (once per request) when the selection asks more than its id (v18-attack7 LOW-4: `playlist { id }`
 * read it back though the change's argument is its id); the id alone when it does not, no call.
 */
export function payloadPlaylist(
  ctx: GraphQLContext,
  p: PlaylistPayload,
  info: GraphQLResolveInfo,
): Playlist | Promise<Playlist> {
  if (p.playlist) return p.playlist;
  if (selectsIdentityOnly(info)) {
    const known = { id: p.playlistId, type: 'playlist', uri: uriOf('playlist', p.playlistId) };
    return idOnly(known) as unknown as Playlist;
  }
  return loadPlaylist(ctx, p.playlistId);
}

/**
 * The playlist's visibility (true: public) when this request already read it (a payload of an earlier
 * mutation of the same document read it back), without a call: it lets a missing-scope refusal name
 * the one modify scope the playlist needs. Undefined when unknown (never read, or the read failed).
 */
async function knownVisibility(ctx: GraphQLContext, playlistId: string): Promise<boolean | undefined> {
  const read = loadedOrInFlight(ctx, loadKey('playlists.get', { id: playlistId }));
  if (read === undefined) return undefined;
  try {
    const visible = ((await read) as Partial<Playlist> | null)?.public;
    return typeof visible === 'boolean' ? visible : undefined;
  } catch {
    return undefined;
  }
}

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

/** Spotify's snapshot ids are opaque tokens: well-formed text without control characters, 1 to 200 long. */
const checkSnapshot = (value: string | null | undefined): string | undefined => {
  if (value === null || value === undefined) return undefined;
  if (value.length === 0) throw badInput('snapshotId is not a playlist snapshot', 'snapshotId');
  checkText(value, 'snapshotId', 200);
  return value;
};

const checkName = (value: string, argument = 'name'): string => {
  if (value.trim().length === 0) throw badInput(`${argument} must not be empty`, argument);
  checkText(value, argument, 300);
  return value;
};

type Optional<T> = T | null | undefined;

/**
 * A playlist description, as given (null or undefined: unchanged; counted untrimmed, as it is sent);
 * BAD_USER_INPUT for a character no text sent holds (a control character such as a newline, a lone
 * surrogate, a bidirectional control: checkText) or past 300 characters (code points),
 * the most Spotify keeps (its clients' limit; a longer one is refused, e.g.
 * metabrainz/troi-recommendation-playground#146).
 */
const checkDescription = (value: Optional<string>): Optional<string> => {
  if (value !== null && value !== undefined) checkText(value, 'description', 300);
  return value;
};

const playlistIdOf = (value: string | number): string => idOf('playlist', String(value), 'playlistId');
const optionalRange = (value: Optional<number>, min: number, max: number, argument: string) =>
  value === null || value === undefined ? undefined : checkRange(value, min, max, argument);

/** `createPlaylist`: owned by the signed-in user; a collaborative one must be private. */
export async function createPlaylist(
  ctx: GraphQLContext,
  args: {
    name: string;
    description?: Optional<string>;
    public?: Optional<boolean>;
    collaborative?: Optional<boolean>;
  },
): Promise<PlaylistPayload> {
  if (args.collaborative === true && args.public !== false) {
    throw badInput('A collaborative playlist must be private: pass public: false', 'collaborative');
  }
  const playlist = await ctx.api.playlists.create(
    ctx.opts({
      name: checkName(args.name),
      description: checkDescription(args.description),
      public: args.public,
      collaborative: args.collaborative,
    }),
  );
  return { playlistId: playlist.id, playlist };
}

/** `updatePlaylist`: at least one of name, description, public, collaborative. */
export async function updatePlaylist(
  ctx: GraphQLContext,
  args: {
    playlistId: string | number;
    name?: Optional<string>;
    description?: Optional<string>;
    public?: Optional<boolean>;
    collaborative?: Optional<boolean>;
  },
): Promise<PlaylistPayload> {
  const playlistId = playlistIdOf(args.playlistId);
  const name = args.name === null || args.name === undefined ? undefined : checkName(args.name);
  if (name === undefined && args.description == null && args.public == null && args.collaborative == null) {
    throw badInput('Give at least one of name, description, public, collaborative', 'name');
  }
  await ctx.api.playlists.changeDetails(
    playlistId,
    ctx.opts({
      name,
      description: checkDescription(args.description),
      public: args.public,
      collaborative: args.collaborative,
      playlistPublic: await knownVisibility(ctx, playlistId),
    }),
  );
  forgetLoads(ctx);
  return { playlistId };
}

/** `addPlaylistItems` at `position` (default: the end), 100 per Spotify call in order. */
export async function addPlaylistItems(
  ctx: GraphQLContext,
  args: { playlistId: string | number; uris: readonly string[]; position?: Optional<number> },
): Promise<PlaylistChange> {
  const playlistId = playlistIdOf(args.playlistId);
  const uris = checkUris(args.uris, PLAYLIST_ITEM_TYPES);
  const position = optionalRange(args.position, 0, 100_000, 'position');
  const playlistPublic = await knownVisibility(ctx, playlistId);
  const answer = await ctx.api.playlists.addItems(playlistId, uris, ctx.opts({ position, playlistPublic }));
  forgetLoads(ctx);
  return { playlistId, snapshotId: answer.snapshot_id };
}

/**
 * The URIs a removal takes: tracks and episodes (checkUris), and local files by their `spotify:local:`
 * URI, as the playlist lists them (checkLocalUri: the client's rule). Spotify removes a local file
 * only so (`DELETE /playlists/{id}/tracks` or `/items` with `{uri}`; Spotify's guide "Local Files in
 * Playlists"), while its add and replace routes take none. Throws BAD_USER_INPUT naming `uris[i]`.
 */
function checkRemovableUris(uris: readonly string[]): string[] {
  if (uris.length === 0) throw badInput('uris must not be empty', 'uris');
  if (uris.length > MAX_URIS) throw badInput(`At most ${MAX_URIS} uris, got ${uris.length}`, 'uris');
  return eachChecked(
    uris,
    (uri, i) =>
      uri.startsWith('spotify:local:')
        ? checkLocalUri(uri, `uris[${i}]`)
        : checkUri(uri, PLAYLIST_ITEM_TYPES, `uris[${i}]`),
    'uris',
  );
}

/** `removePlaylistItems`: every occurrence of the URIs; `snapshotId` pins the version. */
export async function removePlaylistItems(
  ctx: GraphQLContext,
  args: { playlistId: string | number; uris: readonly string[]; snapshotId?: Optional<string> },
): Promise<PlaylistChange> {
  const playlistId = playlistIdOf(args.playlistId);
  const uris = checkRemovableUris(args.uris);
  const snapshotId = checkSnapshot(args.snapshotId);
  const playlistPublic = await knownVisibility(ctx, playlistId);
  const answer = await ctx.api.playlists.removeItems(
    playlistId,
    uris,
    ctx.opts({ snapshotId, playlistPublic }),
  );
  forgetLoads(ctx);
  return { playlistId, snapshotId: answer.snapshot_id };
}

/** `reorderPlaylistItems`: moves a range to before `insertBefore`. */
export async function reorderPlaylistItems(
  ctx: GraphQLContext,
  args: {
    playlistId: string | number;
    rangeStart: number;
    insertBefore: number;
    rangeLength?: Optional<number>;
    snapshotId?: Optional<string>;
  },
): Promise<PlaylistChange> {
  const playlistId = playlistIdOf(args.playlistId);
  const rangeStart = checkRange(args.rangeStart, 0, 100_000, 'rangeStart');
  const insertBefore = checkRange(args.insertBefore, 0, 100_000, 'insertBefore');
  const rangeLength = optionalRange(args.rangeLength, 1, 100_000, 'rangeLength');
  const snapshotId = checkSnapshot(args.snapshotId);
  const answer = await ctx.api.playlists.reorderItems(
    playlistId,
    ctx.opts({
      rangeStart,
      insertBefore,
      rangeLength,
      snapshotId,
      playlistPublic: await knownVisibility(ctx, playlistId),
    }),
  );
  forgetLoads(ctx);
  // Spotify answers a reorder with the new snapshot; a bare 202 (as some answer) leaves it to a read.
  const snapshot = answer?.snapshot_id ?? (await loadPlaylist(ctx, playlistId)).snapshot_id;
  return { playlistId, snapshotId: snapshot };
}

/** `replacePlaylistItems`: all items become the URIs (an empty list empties the playlist). */
export async function replacePlaylistItems(
  ctx: GraphQLContext,
  args: { playlistId: string | number; uris: readonly string[] },
): Promise<PlaylistChange> {
  const playlistId = playlistIdOf(args.playlistId);
  const uris = checkUris(args.uris, PLAYLIST_ITEM_TYPES, { nonEmpty: false });
  const playlistPublic = await knownVisibility(ctx, playlistId);
  const answer = await ctx.api.playlists.replaceItems(playlistId, uris, ctx.opts({ playlistPublic }));
  forgetLoads(ctx);
  return { playlistId, snapshotId: answer.snapshot_id };
}

/** `uploadPlaylistCover`: a base64-encoded JPEG of at most 256 KB. */
export async function uploadPlaylistCover(
  ctx: GraphQLContext,
  args: { playlistId: string | number; imageBase64: string },
): Promise<PlaylistPayload> {
  const playlistId = playlistIdOf(args.playlistId);
  const image = checkCover(args.imageBase64);
  const playlistPublic = await knownVisibility(ctx, playlistId);
  await ctx.api.playlists.uploadCover(playlistId, image, ctx.opts({ playlistPublic }));
  forgetLoads(ctx);
  return { playlistId };
}
