import type { EmulatorState } from './state.js';

export type SavedType = 'track' | 'album' | 'show' | 'episode' | 'audiobook';

/** A seeded account's own data: what it saved and follows, and what it played. */
export interface UserData {
  /** Per type: id -> added_at (ISO 8601), in insertion order (newest last). */
  saved: Record<SavedType, Map<string, string>>;
  followedArtists: Map<string, string>;
  followedUsers: Map<string, string>;
  /** Playlist id -> followed at. A user follows the playlists it creates. */
  followedPlaylists: Map<string, string>;
  /** Newest first; played_at in epoch milliseconds. */
  recentlyPlayed: { trackId: string; playedAt: number; contextUri: string | null }[];
}

// Placeholder until the library routes land: an empty library.
export function createUserData(_state: EmulatorState, _userId: string): UserData {
  return {
    saved: { track: new Map(), album: new Map(), show: new Map(), episode: new Map(), audiobook: new Map() },
    followedArtists: new Map(),
    followedUsers: new Map(),
    followedPlaylists: new Map(),
    recentlyPlayed: [],
  };
}
