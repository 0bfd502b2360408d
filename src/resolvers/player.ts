import type { GraphQLError } from 'graphql';
import type {
  CurrentlyPlaying,
  Device,
  Disallows,
  PlaybackState,
  Queue,
} from '../spotify/endpoints/objects.js';
import { absentMeans, optionalObject, presentEntries, presentList } from './bad-values.js';
import type { GraphQLContext } from './context.js';
import { checkMarket } from './ids.js';
import { loadKey, loadOnce } from './request-loads.js';
import { modelledEntry } from './unmodelled.js';

/** Both item types are asked for, so that podcast episodes show up instead of an empty item. */
const ADDITIONAL_TYPES = ['track', 'episode'] as const;

/** Numbers the handles, so each handle's reads have keys of their own among the request's loads. */
let handles = 0;

/**
 * The handle behind `me.player` and the command payloads: each field is its own Spotify read, made
 * only when asked; the playback state is read once per handle and market, however often it is selected,
 * through the request's keyed loads. Per handle, not per request: a command's payload reads the state
 * the command left, not one read before it.
 */
export class PlayerReads {
  private readonly handle = ++handles;

  constructor(private readonly ctx: GraphQLContext) {}

  /** The playback state in `market` (validated), read once per handle and market. */
  state(requested?: string | null): Promise<PlaybackState | null> {
    const market = checkMarket(requested);
    return loadOnce(this.ctx, loadKey('player.state', { handle: this.handle, market }), () =>
      this.ctx.api.player.state(this.ctx.opts({ additionalTypes: ADDITIONAL_TYPES, market })),
    );
  }

  currentlyPlaying(requested?: string | null): Promise<CurrentlyPlaying | null> {
    const market = checkMarket(requested);
    return this.ctx.api.player.currentlyPlaying(this.ctx.opts({ additionalTypes: ADDITIONAL_TYPES, market }));
  }

  /** The user's devices; a null entry is its error object (that entry's null and error in GraphQL). */
  async devices(): Promise<(Device | GraphQLError)[]> {
    return presentEntries(await this.ctx.api.player.devices(this.ctx.opts()), 'devices');
  }

  queue(): Promise<Queue> {
    return this.ctx.api.player.queue(this.ctx.opts());
  }
}

/** What playback was started from; null when Spotify sent none, or one without a URI (a list of items). */
export function playbackContextOf(playing: CurrentlyPlaying): CurrentlyPlaying['context'] | null {
  const context = optionalObject(playing.context, 'Playback.context', true);
  return context?.uri ? context : null;
}

/**
 * The actions the current state forbids. Spotify documents them flat under `actions` but sends them
 * nested as `actions.disallows`; both are read. An action left out is allowed.
 */
export function disallowsOf(playing: CurrentlyPlaying): Disallows {
  const actions = optionalObject(
    playing.actions as (Disallows & { disallows?: Disallows }) | undefined,
    'disallows',
  );
  return optionalObject(actions?.disallows, 'disallows') ?? actions ?? {};
}

/** One action's flag: left out, it is allowed (Spotify's reference); a null or a word is Spotify's bad value. */
export const disallowed = (value: boolean | null | undefined, field: string): boolean =>
  absentMeans(value, false, `PlayerDisallows.${field}`);

/**
 * The queue's entries to come, each checked (see modelledEntry): an unsupported or missing one is its
 * error object, which GraphQL makes that entry's null and error while the others answer.
 */
export const queueEntries = (queue: Queue): NonNullable<Queue['queue']> =>
  presentList(queue.queue, 'PlayerQueue.items').map((item) => modelledEntry(item)) as NonNullable<
    Queue['queue']
  >;
