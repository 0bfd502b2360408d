import { expect } from 'vitest';
import type { AlbumRecord, TrackRecord } from '../../src/emulator/model.js';
import type { ApiAnswer, TestEmulator } from '../helpers/emulator.js';

/** Shared by the player test files: fixtures picked from the seeded catalog and terse API calls. */

export interface PlayerAnswer extends ApiAnswer {
  body: Record<string, unknown>;
}

export interface Devices {
  computer: string;
  smartphone: string;
  speaker: string;
  restricted: string;
}

/** Real time passes between requests too; progress checks allow this much of it. */
export const SLACK_MS = 2_000;

export function player(emu: TestEmulator, token: string) {
  const call = async (
    method: string,
    path: string,
    query: Record<string, string | number | boolean> = {},
    body?: unknown,
  ): Promise<PlayerAnswer> => {
    const answer = await emu.api(method, `/v1/me/player${path}`, {
      token,
      query,
      ...(body === undefined ? {} : { body }),
    });
    const json = answer.json;
    const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    return { ...answer, body: record };
  };
  return {
    call,
    state: (query: Record<string, string> = {}) => call('GET', '', query),
    playing: (query: Record<string, string> = {}) => call('GET', '/currently-playing', query),
    devices: () => call('GET', '/devices'),
    queue: () => call('GET', '/queue'),
    recent: (query: Record<string, string | number> = {}) => call('GET', '/recently-played', query),
    transfer: (deviceId: string, play?: boolean) =>
      call('PUT', '', {}, { device_ids: [deviceId], ...(play === undefined ? {} : { play }) }),
    play: (body?: unknown, query: Record<string, string> = {}) => call('PUT', '/play', query, body),
    pause: () => call('PUT', '/pause'),
    next: () => call('POST', '/next'),
    previous: () => call('POST', '/previous'),
    seek: (positionMs: number) => call('PUT', '/seek', { position_ms: positionMs }),
    repeat: (state: string) => call('PUT', '/repeat', { state }),
    shuffle: (state: boolean | string) => call('PUT', '/shuffle', { state }),
    volume: (percent: number | string, deviceId?: string) =>
      call('PUT', '/volume', {
        volume_percent: percent,
        ...(deviceId === undefined ? {} : { device_id: deviceId }),
      }),
    enqueue: (uri: string) => call('POST', '/queue', { uri }),
  };
}

export async function deviceIds(emu: TestEmulator, token: string): Promise<Devices> {
  const { body } = await player(emu, token).devices();
  const devices = body.devices as { id: string; type: string; is_restricted: boolean }[];
  const byType = (type: string) => devices.find((d) => d.type === type && !d.is_restricted)!.id;
  return {
    computer: byType('Computer'),
    smartphone: byType('Smartphone'),
    speaker: byType('Speaker'),
    restricted: devices.find((d) => d.is_restricted)!.id,
  };
}

/** An album of at least `min` tracks, with its tracks in order. */
export function albumWith(
  emu: TestEmulator,
  min: number,
  max = 30,
): { album: AlbumRecord; tracks: TrackRecord[] } {
  const { catalog } = emu.state;
  for (const album of catalog.albums.values()) {
    if (album.trackIds.length >= min && album.trackIds.length <= max) {
      return { album, tracks: album.trackIds.map((id) => catalog.tracks.get(id)!) };
    }
  }
  throw new Error(`no album with ${min}-${max} tracks in the catalog`);
}

/**
 * Starts an album of three or more tracks on the user's computer, expecting Spotify's 204: answers the
 * album, its tracks and the player's controls, for the test's next steps.
 */
export async function playAlbum(
  emu: TestEmulator,
  token: string,
): Promise<{ album: AlbumRecord; tracks: TrackRecord[]; control: ReturnType<typeof player> }> {
  const { album, tracks } = albumWith(emu, 3);
  const devices = await deviceIds(emu, token);
  const control = player(emu, token);
  expect(
    (await control.play({ context_uri: `spotify:album:${album.id}` }, { device_id: devices.computer }))
      .status,
  ).toBe(204);
  return { album, tracks, control };
}

/**
 * Starts an album of three or more tracks on the user's computer (playAlbum) and sets the volume to
 * `volumePercent`, expecting Spotify's 204 for both: the player's controls, for the test's next steps.
 */
export async function playAlbumAt(
  emu: TestEmulator,
  token: string,
  volumePercent: number,
): Promise<ReturnType<typeof player>> {
  const { control } = await playAlbum(emu, token);
  expect((await control.volume(volumePercent)).status).toBe(204);
  return control;
}

/** A track that is not on `album`. */
export function otherTrack(emu: TestEmulator, album: AlbumRecord, index = 0): TrackRecord {
  const tracks = [...emu.state.catalog.tracks.values()].filter((t) => t.albumId !== album.id);
  return tracks[index]!;
}

export const itemId = (answer: PlayerAnswer): string | undefined =>
  (answer.body.item as { id?: string } | undefined)?.id;
