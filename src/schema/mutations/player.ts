import type { GraphQLContext } from '../../resolvers/context.js';
import { badInput } from '../../resolvers/errors.js';
import { checkRange, checkUri, parseUri } from '../../resolvers/ids.js';
import { PlayerReads } from '../../resolvers/player.js';
import type { PlayOptions } from '../../spotify/endpoints/player.js';
import { builder } from '../builder.js';
import { PlaybackStateRef, PlayerRef, RepeatStateEnum } from '../player.js';

/**
 * Player commands. Each answers with a payload whose `state` is the playback state read back after
 * the command (one more Spotify call, made only when selected). Spotify applies commands
 * asynchronously, so on the real service that read may still show the state from just before.
 */

const PlayerCommandPayloadRef = builder.objectRef<PlayerReads>('PlayerCommandPayload').implement({
  description: 'The answer to a player command.',
  fields: (t) => ({
    ok: t.boolean({ description: 'Spotify accepted the command.', resolve: () => true }),
    state: t.field({
      type: PlaybackStateRef,
      nullable: true,
      description: 'The playback state read back after the command; null when no device is active.',
      resolve: (player) => player.state(),
    }),
    player: t.field({
      type: PlayerRef,
      description: 'The whole player after the command (devices, queue), for what `state` does not show.',
      resolve: (player) => player,
    }),
  }),
});

const PLAYABLE = ['track', 'episode'] as const;
const CONTEXTS = ['album', 'artist', 'playlist', 'show'] as const;
/** A generous bound on `uris` in one play command: Spotify sets none, a request body should have one. */
const MAX_PLAY_URIS = 500;
/** GraphQL's largest Int: positions and offsets are checked for sign, Spotify checks the rest. */
const MAX_INT = 2_147_483_647;

function checkDeviceId(value: string | null | undefined, argument = 'deviceId'): string | undefined {
  if (value === null || value === undefined) return undefined;
  // Device ids are opaque to clients; refuse only what cannot be one.
  if (!/^[A-Za-z0-9._:-]{1,128}$/.test(value)) {
    throw badInput(`${argument} must be a Spotify Connect device id, got ${JSON.stringify(value)}`, argument);
  }
  return value;
}

/** The device a command targets, as call options. */
const deviceOption = (deviceId: string | null | undefined): { deviceId?: string } => {
  const id = checkDeviceId(deviceId);
  return id === undefined ? {} : { deviceId: id };
};

interface PlayArgs {
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
  if (given(contextUri)) options.contextUri = checkUri(contextUri, CONTEXTS, 'contextUri');
  if (given(uris)) {
    if (uris.length === 0 || uris.length > MAX_PLAY_URIS) {
      throw badInput(`uris must hold 1 to ${MAX_PLAY_URIS} track or episode URIs`, 'uris');
    }
    options.uris = uris.map((uri, i) => checkUri(uri, PLAYABLE, `uris[${i}]`));
  }
  if (given(offsetPosition) && given(offsetUri)) {
    throw badInput('Give at most one of offsetPosition and offsetUri', 'offsetPosition');
  }
  const isArtist = given(contextUri) && parseUri(contextUri)?.type === 'artist';
  if (isArtist && (given(offsetPosition) || given(offsetUri))) {
    throw badInput('Spotify takes no offset for an artist context', 'offsetPosition');
  }
  if (given(offsetPosition)) {
    const max = given(uris) ? uris.length - 1 : MAX_INT;
    options.offset = { position: checkRange(offsetPosition, 0, max, 'offsetPosition') };
  }
  if (given(offsetUri)) {
    const uri = checkUri(offsetUri, PLAYABLE, 'offsetUri');
    if (given(uris) && !uris.includes(uri)) throw badInput('offsetUri must be one of uris', 'offsetUri');
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
  ctx.playerPollers.pollSoon(ctx.token, ctx.tokenSource?.userId);
  return new PlayerReads(ctx);
}

builder.mutationFields((t) => {
  const deviceId = () =>
    t.arg.string({
      required: false,
      description: 'The device to act on; the active device when left out.',
    });
  const playerCommand = (
    description: string,
    run: (ctx: GraphQLContext, device: { deviceId?: string }) => Promise<void>,
  ) =>
    t.field({
      type: PlayerCommandPayloadRef,
      description,
      args: { deviceId: deviceId() },
      resolve: (_root, args, ctx) => {
        const device = deviceOption(args.deviceId);
        return command(ctx, () => run(ctx, device));
      },
    });

  return {
    play: t.field({
      type: PlayerCommandPayloadRef,
      description:
        'Starts an album, artist, playlist or show (contextUri) or a list of tracks and episodes (uris), optionally at an offset.',
      args: {
        contextUri: t.arg.string({
          required: false,
          description: 'spotify:album|artist|playlist|show:<id>.',
        }),
        uris: t.arg.stringList({ required: false, description: 'Track or episode URIs, played in order.' }),
        offsetPosition: t.arg.int({
          required: false,
          description: 'Start at this index of the context or uris (0 = first).',
        }),
        offsetUri: t.arg.string({
          required: false,
          description: 'Start at this item of the context or uris.',
        }),
        positionMs: t.arg.int({
          required: false,
          description: 'Start this many milliseconds into the item.',
        }),
        deviceId: deviceId(),
      },
      resolve: (_root, args, ctx) => {
        const options = playOptions(args);
        return command(ctx, () => ctx.api.player.play(ctx.opts({ ...options })));
      },
    }),
    resume: t.field({
      type: PlayerCommandPayloadRef,
      description:
        'Resumes what was playing, on the active device or on deviceId (which then becomes active).',
      args: {
        positionMs: t.arg.int({ required: false, description: 'Resume at this many milliseconds.' }),
        deviceId: deviceId(),
      },
      resolve: (_root, args, ctx) => {
        const options: PlayOptions = deviceOption(args.deviceId);
        if (given(args.positionMs))
          options.positionMs = checkRange(args.positionMs, 0, MAX_INT, 'positionMs');
        return command(ctx, () => ctx.api.player.play(ctx.opts({ ...options })));
      },
    }),
    pause: playerCommand('Pauses playback.', (ctx, device) => ctx.api.player.pause(ctx.opts(device))),
    skipToNext: playerCommand('Skips to the next item (the user queue first).', (ctx, device) =>
      ctx.api.player.next(ctx.opts(device)),
    ),
    skipToPrevious: playerCommand('Goes back to the previous item.', (ctx, device) =>
      ctx.api.player.previous(ctx.opts(device)),
    ),
    seek: t.field({
      type: PlayerCommandPayloadRef,
      description: 'Moves to a position in the current item; past its end, on to the next item.',
      args: { positionMs: t.arg.int({ required: true }), deviceId: deviceId() },
      resolve: (_root, args, ctx) => {
        const positionMs = checkRange(args.positionMs, 0, MAX_INT, 'positionMs');
        const device = deviceOption(args.deviceId);
        return command(ctx, () => ctx.api.player.seek(positionMs, ctx.opts(device)));
      },
    }),
    setVolume: t.field({
      type: PlayerCommandPayloadRef,
      description: "Sets a device's volume (the active one unless deviceId names another).",
      args: { volumePercent: t.arg.int({ required: true, description: '0 to 100.' }), deviceId: deviceId() },
      resolve: (_root, args, ctx) => {
        const percent = checkRange(args.volumePercent, 0, 100, 'volumePercent');
        const device = deviceOption(args.deviceId);
        return command(ctx, () => ctx.api.player.volume(percent, ctx.opts(device)));
      },
    }),
    setRepeat: t.field({
      type: PlayerCommandPayloadRef,
      description: 'Repeats nothing, the current item, or the context.',
      args: { state: t.arg({ type: RepeatStateEnum, required: true }), deviceId: deviceId() },
      resolve: (_root, args, ctx) => {
        const device = deviceOption(args.deviceId);
        return command(ctx, () => ctx.api.player.repeat(args.state, ctx.opts(device)));
      },
    }),
    setShuffle: t.field({
      type: PlayerCommandPayloadRef,
      description: 'Turns shuffle on or off.',
      args: { state: t.arg.boolean({ required: true }), deviceId: deviceId() },
      resolve: (_root, args, ctx) => {
        const device = deviceOption(args.deviceId);
        return command(ctx, () => ctx.api.player.shuffle(args.state, ctx.opts(device)));
      },
    }),
    transferPlayback: t.field({
      type: PlayerCommandPayloadRef,
      description:
        'Moves playback to another device; play starts it there (default: keep playing or paused).',
      args: {
        deviceId: t.arg.string({ required: true }),
        play: t.arg.boolean({ required: false }),
      },
      resolve: (_root, args, ctx) => {
        const target = checkDeviceId(args.deviceId) ?? '';
        const play = args.play ?? undefined;
        return command(ctx, () =>
          ctx.api.player.transfer(target, ctx.opts(play === undefined ? {} : { play })),
        );
      },
    }),
    addToQueue: t.field({
      type: PlayerCommandPayloadRef,
      description: 'Adds a track or episode to the end of the user queue.',
      args: { uri: t.arg.string({ required: true }), deviceId: deviceId() },
      resolve: (_root, args, ctx) => {
        const uri = checkUri(args.uri, PLAYABLE, 'uri');
        const device = deviceOption(args.deviceId);
        return command(ctx, () => ctx.api.player.addToQueue(uri, ctx.opts(device)));
      },
    }),
  };
});
