import type { PlayerReads } from '../../resolvers/player.js';
import {
  addToQueue,
  play,
  resume,
  seek,
  setRepeat,
  setShuffle,
  setVolume,
  simpleCommand,
  transferPlayback,
} from '../../resolvers/player-commands.js';
import { builder } from '../builder.js';
import { uriArg, urisArg } from '../id-args.js';
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

/** The field builder `builder.mutationFields` hands its callback. */
type MutationFieldBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

/** The optional `deviceId` argument every player command takes. */
const deviceIdArg = (t: MutationFieldBuilder) =>
  t.arg.string({
    required: false,
    description: 'The device to act on; the active device when left out.',
  });

/** A command that takes nothing but the device (pause, skip). */
const playerCommand = (
  t: MutationFieldBuilder,
  description: string,
  name: 'pause' | 'skipToNext' | 'skipToPrevious',
) =>
  t.field({
    type: PlayerCommandPayloadRef,
    nullable: true,
    description,
    args: { deviceId: deviceIdArg(t) },
    resolve: (_root, args, ctx) => simpleCommand(ctx, name, args),
  });

/** Commands that move through what plays: start, resume, pause, skip, seek. */
builder.mutationFields((t) => {
  const deviceId = () => deviceIdArg(t);
  return {
    play: t.field({
      type: PlayerCommandPayloadRef,
      nullable: true,
      description:
        'Starts an album, artist, playlist or show (contextUri) or a list of tracks and episodes (uris), optionally at an offset.',
      args: {
        contextUri: t.arg.id({
          required: false,
          description:
            "An album, artist, playlist or show URI or share link (spotify:album:<id>, https://open.spotify.com/album/<id>; the older spotify:user:<user>:playlist:<id> too). A user's Liked Songs (spotify:user:<id>:collection, as playbackState.context reports it) cannot be started here: resume continues it.",
        }),
        uris: t.arg.idList({
          required: false,
          description: `${urisArg('Track or episode')} Played in order.`,
        }),
        offsetPosition: t.arg.int({
          required: false,
          description: 'Start at this index of the context or uris (0 = first).',
        }),
        offsetUri: t.arg.id({
          required: false,
          description: 'Start at this item of the context or uris: its URI or share link.',
        }),
        positionMs: t.arg.int({
          required: false,
          description: 'Start this many milliseconds into the item.',
        }),
        deviceId: deviceId(),
      },
      resolve: (_root, args, ctx) => play(ctx, args),
    }),
    resume: t.field({
      type: PlayerCommandPayloadRef,
      nullable: true,
      description:
        'Resumes what was playing, on the active device or on deviceId (which then becomes active).',
      args: {
        positionMs: t.arg.int({ required: false, description: 'Resume at this many milliseconds.' }),
        deviceId: deviceId(),
      },
      resolve: (_root, args, ctx) => resume(ctx, args),
    }),
    pause: playerCommand(t, 'Pauses playback.', 'pause'),
    skipToNext: playerCommand(t, 'Skips to the next item (the user queue first).', 'skipToNext'),
    skipToPrevious: playerCommand(t, 'Goes back to the previous item.', 'skipToPrevious'),
    seek: t.field({
      type: PlayerCommandPayloadRef,
      nullable: true,
      description: 'Moves to a position in the current item; past its end, on to the next item.',
      args: { positionMs: t.arg.int({ required: true }), deviceId: deviceId() },
      resolve: (_root, args, ctx) => seek(ctx, args),
    }),
  };
});

/** Commands that change the player's settings, its device and its queue. */
builder.mutationFields((t) => {
  const deviceId = () => deviceIdArg(t);
  return {
    setVolume: t.field({
      type: PlayerCommandPayloadRef,
      nullable: true,
      description: "Sets a device's volume (the active one unless deviceId names another).",
      args: { volumePercent: t.arg.int({ required: true, description: '0 to 100.' }), deviceId: deviceId() },
      resolve: (_root, args, ctx) => setVolume(ctx, args),
    }),
    setRepeat: t.field({
      type: PlayerCommandPayloadRef,
      nullable: true,
      description: 'Repeats nothing, the current item, or the context.',
      args: { state: t.arg({ type: RepeatStateEnum, required: true }), deviceId: deviceId() },
      resolve: (_root, args, ctx) => setRepeat(ctx, args),
    }),
    setShuffle: t.field({
      type: PlayerCommandPayloadRef,
      nullable: true,
      description: 'Turns shuffle on or off.',
      args: { state: t.arg.boolean({ required: true }), deviceId: deviceId() },
      resolve: (_root, args, ctx) => setShuffle(ctx, args),
    }),
    transferPlayback: t.field({
      type: PlayerCommandPayloadRef,
      nullable: true,
      description:
        'Moves playback to another device; play starts it there (default: keep playing or paused).',
      args: {
        deviceId: t.arg.string({ required: true }),
        play: t.arg.boolean({ required: false }),
      },
      resolve: (_root, args, ctx) => transferPlayback(ctx, args),
    }),
    addToQueue: t.field({
      type: PlayerCommandPayloadRef,
      nullable: true,
      description:
        "Adds a track or episode to the end of the user queue; an audiobook's chapter by its episode URI or link (`spotify:episode:<chapter id>`, as Spotify writes a chapter's uri).",
      args: {
        uri: t.arg.id({ required: true, description: uriArg('A track or episode') }),
        deviceId: deviceId(),
      },
      resolve: (_root, args, ctx) => addToQueue(ctx, args),
    }),
  };
});
