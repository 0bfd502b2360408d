import { beforeAll, beforeEach } from 'vitest';
import type { ArtistRecord } from '../../src/emulator/model.js';
import { type TestServer, type TestServerOptions, useTestServer } from './server.js';

/**
 * Tests that make one value of Spotify's real answers wrong (the emulator's `set` fault edits: a JSON
 * pointer into the answer and the value put there) and expect the error in its place.
 */

/** The extensions of the error of a value Spotify sent wrong: that value's null, the rest answers. */
export const BAD_VALUE = { code: 'SPOTIFY_UNAVAILABLE', badValue: true } as const;

type Errors = readonly { path?: readonly (string | number)[]; extensions?: unknown }[] | undefined;

/**
 * Alice's playlist in the emulator's catalog that holds a local file (MIXED_ITEMS: the local file, then
 * a track, then an episode): its id and the local file's index among its items.
 */
export function alicesLocalFile(t: TestServer): { playlistId: string; at: number } {
  const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
  return { playlistId: playlist.id, at: playlist.items.findIndex((item) => item.type === 'local') };
}

/** The errors of an answer as [path, extensions], in path order. */
export const located = (errors: Errors) =>
  (errors ?? []).map((e) => [e.path, e.extensions]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

/** A test server whose emulator faults are cleared before each test, with alice's token. */
export interface FaultTestServer extends TestServer {
  /** alice's user token (set in beforeAll). */
  readonly alice: string;
  /**
   * Makes the emulator's answers on `route` (e.g. `GET /v1/albums`) wrong: each key of `set` is a JSON
   * pointer into the answer, set to its value; each pointer of `unset` is removed (a member left out);
   * `times` limits it to that many answers; `query` to the requests with those query parameters
   * (`{ offset: '100' }`: one page of a list).
   */
  fault(
    route: string,
    set: Record<string, unknown>,
    options?: { times?: number; unset?: string[]; query?: Record<string, string> },
  ): Promise<unknown>;
}

/** A test server (as useTestServer) for the calling file or describe block, for fault-edit tests. */
export function useFaultTestServer(options: TestServerOptions = {}): FaultTestServer {
  const t = useTestServer(options);
  let alice = '';
  beforeAll(async () => {
    alice = await t.emu.token({ user: 'alice' });
  });
  beforeEach(async () => {
    await t.emu.control('DELETE', '/faults');
  });
  return {
    get emu() {
      return t.emu;
    },
    get server() {
      return t.server;
    },
    get config() {
      return t.config;
    },
    get url() {
      return t.url;
    },
    get alice() {
      return alice;
    },
    query: t.query,
    calls: t.calls,
    clearLog: t.clearLog,
    close: t.close,
    fault: (route, set, { times, unset, query } = {}) =>
      t.emu.control('POST', '/faults', {
        route,
        set,
        ...(times === undefined ? {} : { times }),
        ...(unset === undefined ? {} : { unset }),
        ...(query === undefined ? {} : { query }),
      }),
  };
}

/**
 * Spotify's simplified artist object for an emulator artist (links on the emulator at `emuUrl`), for a
 * fault that credits more artists in an answer (`set: { '/item/artists': [...] }`).
 */
export const simplifiedArtist = (emuUrl: string, artist: Pick<ArtistRecord, 'id' | 'name'>) => ({
  id: artist.id,
  name: artist.name,
  type: 'artist',
  uri: `spotify:artist:${artist.id}`,
  href: `${emuUrl}/v1/artists/${artist.id}`,
  external_urls: { spotify: `https://open.spotify.com/artist/${artist.id}` },
});
