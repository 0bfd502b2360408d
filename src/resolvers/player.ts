import type { CurrentlyPlaying, Device, PlaybackState, Queue } from '../spotify/endpoints/objects.js';
import type { GraphQLContext } from './context.js';
import { checkMarket } from './ids.js';

/** Both item types are asked for, so that podcast episodes show up instead of an empty item. */
const ADDITIONAL_TYPES = ['track', 'episode'] as const;

/**
 * The handle behind `me.player` and the command payloads: each field is its own Spotify read, made
 * only when asked; the playback state is read once per handle and market, however often it is selected.
 */
export class PlayerReads {
  private readonly states = new Map<string, Promise<PlaybackState | null>>();

  constructor(private readonly ctx: GraphQLContext) {}

  /** The playback state in `market` (validated), read once per handle and market. */
  state(requested?: string | null): Promise<PlaybackState | null> {
    const market = checkMarket(requested);
    const key = market ?? '';
    let state = this.states.get(key);
    if (!state) {
      state = this.ctx.api.player.state(this.ctx.opts({ additionalTypes: ADDITIONAL_TYPES, market }));
      this.states.set(key, state);
    }
    return state;
  }

  currentlyPlaying(requested?: string | null): Promise<CurrentlyPlaying | null> {
    const market = checkMarket(requested);
    return this.ctx.api.player.currentlyPlaying(this.ctx.opts({ additionalTypes: ADDITIONAL_TYPES, market }));
  }

  devices(): Promise<Device[]> {
    return this.ctx.api.player.devices(this.ctx.opts());
  }

  queue(): Promise<Queue> {
    return this.ctx.api.player.queue(this.ctx.opts());
  }
}
