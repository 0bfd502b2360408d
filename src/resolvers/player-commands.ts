import type { PlayOptions } from '../spotify/endpoints/player.js';
import type { GraphQLContext } from './context.js';
import { badInput } from './errors.js';
import { checkRange, checkUri, eachChecked, parseUri } from './ids.js';
import { PlayerReads } from './player.js';
import { forgetLoads } from './request-loads.js';

const PLAYABLE = ['track', 'episode'] as const;
const CONTEXTS = ['album', 'artist', 'playlist', 'show'] as const;
/** A generous bound on `uris` in one play command: Spotify sets none, a request body should have one. */
export const MAX_PLAY_URIS = 500;
/** GraphQL's largest Int: positions and offsets are checked for sign, Spotify checks the rest. */
const MAX_INT = 2_147_483_647;

function checkDeviceId(value: string | null | undefined, argument = 'deviceId'): string | undefined {
  if (value === null || value === undefined) return undefined;
  // Device ids are opaque to clients; refuse only what cannot be one.
  if (!/^[A-Za-z0-9._:-]{1,128}$/.test(value)) {
    throw badInput(`${argument} must be a Spotify Connect device id`, argument, { got: value });
  }
  return value;
}

/** The device a command targets, as call options. */
const deviceOption = (deviceId: string | null | undefined): { deviceId?: string } => {
  const id = checkDeviceId(deviceId);
  return id === undefined ? {} : { deviceId: id };
};

export interface PlayArgs {
  contextUri?: string | null | undefined;
  uris?: readonly string[] | null | undefined;
  offsetPosition?: number | null | undefined;
  offsetUri?: string | null | undefined;
  positionMs?: number | null | undefined;
  deviceId?: string | null | undefined;
}

/** GraphQL gives an optional argument as null or leaves it out; both mean "not given". */
const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/** A play command's options, or BAD_USER_INPUT for what Spotify would refuse. */
function playOptions(args: PlayArgs): PlayOptions {
  const { contextUri, uris, offsetPosition, offsetUri, positionMs } = args;
  if (given(contextUri) === given(uris)) {
    throw badInput('Give exactly one of contextUri and uris (resume takes neither)', 'contextUri');
  }
  const options: PlayOptions = deviceOption(args.deviceId);
  if (given(contextUri) && /^spotify:user:[^:]+:collection$/.test(contextUri)) {
    // What playbackState.context reports for Liked Songs; Spotify documents no way to start it.
    throw badInput(
      "contextUri cannot start a user's Liked Songs (spotify:user:<id>:collection): resume continues it",
      'contextUri',
    );
  }
  if (given(contextUri)) options.contextUri = checkUri(contextUri, CONTEXTS, 'contextUri');
  if (given(uris)) {
    if (uris.length === 0 || uris.length > MAX_PLAY_URIS) {
      throw badInput(`uris must hold 1 to ${MAX_PLAY_URIS} track or episode URIs`, 'uris');
    }
    options.uris = eachChecked(uris, (uri, i) => checkUri(uri, PLAYABLE, `uris[${i}]`), 'uris');
  }
  if (given(offsetPosition) && given(offsetUri)) {
    throw badInput('Give at most one of offsetPosition and offsetUri', 'offsetPosition');
  }
  // Links are read as the URIs they name (checkUri): the checks below see what Spotify will be sent.
  const isArtist = options.contextUri !== undefined && parseUri(options.contextUri)?.type === 'artist';
  if (isArtist && (given(offsetPosition) || given(offsetUri))) {
    throw badInput('Spotify takes no offset for an artist context', 'offsetPosition');
  }
  if (given(offsetPosition)) {
    const max = given(uris) ? uris.length - 1 : MAX_INT;
    options.offset = { position: checkRange(offsetPosition, 0, max, 'offsetPosition') };
  }
  if (given(offsetUri)) {
    const uri = checkUri(offsetUri, PLAYABLE, 'offsetUri');
    if (options.uris !== undefined && !options.uris.includes(uri))
      throw badInput('offsetUri must be one of uris', 'offsetUri');
    options.offset = { uri };
  }
  if (given(positionMs)) options.positionMs = checkRange(positionMs, 0, MAX_INT, 'positionMs');
  return options;
}

/**
 * Runs the command, then hands the payload a fresh read handle (nothing read before the command counts)
 * and has the user's player subscriptions poll at once, so that the change shows without waiting.
 */
async function command(ctx: GraphQLContext, run: () => Promise<void>): Promise<PlayerReads> {
  await run();
  // A later field's `me { player }` (the request's handle) reads the player this command changed.
  forgetLoads(ctx);
  ctx.playerPollers.pollSoon(ctx.token, ctx.tokenSource?.userId);
  return new PlayerReads(ctx);
}

type DeviceArgs = { deviceId?: string | null | undefined };

/** The commands that take only a device: pause, next, previous. */
const SIMPLE = {
  pause: (ctx: GraphQLContext, device: { deviceId?: string }) => ctx.api.player.pause(ctx.opts(device)),
  skipToNext: (ctx: GraphQLContext, device: { deviceId?: string }) => ctx.api.player.next(ctx.opts(device)),
  skipToPrevious: (ctx: GraphQLContext, device: { deviceId?: string }) =>
    ctx.api.player.previous(ctx.opts(device)),
} as const;

/** `pause`, `skipToNext`, `skipToPrevious` on the active device or `deviceId`. */
export function simpleCommand(
  ctx: GraphQLContext,
  name: keyof typeof SIMPLE,
  args: DeviceArgs,
): Promise<PlayerReads> {
  const device = deviceOption(args.deviceId);
  return command(ctx, () => SIMPLE[name](ctx, device));
}

/** `play`: a context or a list of items, optionally at an offset. */
export function play(ctx: GraphQLContext, args: PlayArgs): Promise<PlayerReads> {
  const options = playOptions(args);
  return command(ctx, () => ctx.api.player.play(ctx.opts({ ...options })));
}

/** `resume`: what was playing, optionally at a position. */
export function resume(
  ctx: GraphQLContext,
  args: DeviceArgs & { positionMs?: number | null | undefined },
): Promise<PlayerReads> {
  const options: PlayOptions = deviceOption(args.deviceId);
  if (given(args.positionMs)) options.positionMs = checkRange(args.positionMs, 0, MAX_INT, 'positionMs');
  return command(ctx, () => ctx.api.player.play(ctx.opts({ ...options })));
}

/** `seek` to a position in the current item. */
export function seek(ctx: GraphQLContext, args: DeviceArgs & { positionMs: number }): Promise<PlayerReads> {
  const positionMs = checkRange(args.positionMs, 0, MAX_INT, 'positionMs');
  const device = deviceOption(args.deviceId);
  return command(ctx, () => ctx.api.player.seek(positionMs, ctx.opts(device)));
}

/** `setVolume` (0 to 100). */
export function setVolume(
  ctx: GraphQLContext,
  args: DeviceArgs & { volumePercent: number },
): Promise<PlayerReads> {
  const percent = checkRange(args.volumePercent, 0, 100, 'volumePercent');
  const device = deviceOption(args.deviceId);
  return command(ctx, () => ctx.api.player.volume(percent, ctx.opts(device)));
}

/** `setRepeat`: off, track or context. */
export function setRepeat(
  ctx: GraphQLContext,
  args: DeviceArgs & { state: 'off' | 'track' | 'context' },
): Promise<PlayerReads> {
  const device = deviceOption(args.deviceId);
  return command(ctx, () => ctx.api.player.repeat(args.state, ctx.opts(device)));
}

/** `setShuffle` on or off. */
export function setShuffle(ctx: GraphQLContext, args: DeviceArgs & { state: boolean }): Promise<PlayerReads> {
  const device = deviceOption(args.deviceId);
  return command(ctx, () => ctx.api.player.shuffle(args.state, ctx.opts(device)));
}

/** `transferPlayback` to another device; `play` starts it there. */
export function transferPlayback(
  ctx: GraphQLContext,
  args: { deviceId: string; play?: boolean | null | undefined },
): Promise<PlayerReads> {
  const target = checkDeviceId(args.deviceId) ?? '';
  const play = args.play ?? undefined;
  return command(ctx, () => ctx.api.player.transfer(target, ctx.opts(play === undefined ? {} : { play })));
}

/** `addToQueue`: a track or episode to the end of the user queue. */
export function addToQueue(ctx: GraphQLContext, args: DeviceArgs & { uri: string }): Promise<PlayerReads> {
  const uri = checkUri(args.uri, PLAYABLE, 'uri');
  const device = deviceOption(args.deviceId);
  return command(ctx, () => ctx.api.player.addToQueue(uri, ctx.opts(device)));
}
