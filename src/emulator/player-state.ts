import type { EmulatorState } from './state.js';

/** A user's Spotify Connect world: devices, what plays, where, and what comes next. */
export interface PlayerState {
  readonly userId: string;
}

// Placeholder until the player lands.
export function createPlayerState(_state: EmulatorState, userId: string): PlayerState {
  return { userId };
}
