/**
 * A many-item fetch over several calls (src/spotify/request-many.ts) when one call fails (issue 7,
 * item 3): `requestManySettled` keeps the objects of the calls that were answered and gives each id of
 * the failed call that call's error; with no call answered it throws the error when every call failed
 * alike, else gives each call's ids that call's own error (s44 attack F1); `requestMany` (the groups'
 * `getSeveral`) throws a failed call's error, or ManyCallsFailed naming each when calls failed differently.
 */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import {
  ManyCallsFailed,
  RateLimitExceeded,
  SpotifyAPIError,
  type SpotifyApiClient,
} from '../../src/spotify/index.js';
import { addFault, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

const openClient = (app: 'extended' | 'development') => signedIn({ app, appMode: app });

const statusOf = (entry: unknown): number | undefined =>
  entry instanceof SpotifyAPIError ? entry.status : undefined;

describe('a many-item fetch with one failed call', () => {
  it('keeps the answered chunk of 50 tracks and gives the failed chunk its error', async () => {
    const client = await openClient('extended');
    const ids = [...emu.state.catalog.tracks.keys()].slice(0, 60);
    await addFault(emu, { route: 'GET /v1/tracks', status: 500, query: { ids: ids.slice(50).join(',') } });
    const entries = await client.requestManySettled(endpoints.getSeveralTracks, endpoints.getTrack, ids);
    expect(entries.slice(0, 50).map((entry) => (entry as { id?: string }).id)).toEqual(ids.slice(0, 50));
    expect(entries.slice(50).map(statusOf)).toEqual(Array(10).fill(500));
    await expect(client.tracks.getSeveral(ids)).rejects.toMatchObject({ status: 500 });
  });

  it('throws the error when every call failed', async () => {
    const client = await openClient('extended');
    const ids = [...emu.state.catalog.tracks.keys()].slice(0, 60);
    await addFault(emu, { route: 'GET /v1/tracks', status: 400 });
    await expect(
      client.requestManySettled(endpoints.getSeveralTracks, endpoints.getTrack, ids),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("keeps the answered single calls of Development Mode and gives the failed id its call's error", async () => {
    const client = await openClient('development');
    const ids = [...emu.state.catalog.tracks.keys()].slice(0, 3);
    await addFault(emu, { route: 'GET /v1/tracks/{id}', status: 400, times: 1 });
    const entries = await client.requestManySettled(endpoints.getSeveralTracks, endpoints.getTrack, ids);
    expect(entries.map(statusOf).filter((status) => status === 400)).toHaveLength(1);
    const failed = entries.findIndex((entry) => entry instanceof SpotifyAPIError);
    expect(entries.map((entry, i) => (i === failed ? null : (entry as { id?: string }).id))).toEqual(
      ids.map((id, i) => (i === failed ? null : id)),
    );
  });
});

/** `n` ids of Spotify's form that the emulator's catalog need not hold (every call asking them fails). */
const madeUpIds = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `y${String(i).padStart(21, '0')}`);

/** Fails the call of `route` whose `ids` are exactly `ids` (one chunk) with `status` and `text`. */
const failChunk = (route: string, ids: readonly string[], status: number, text: string) =>
  addFault(emu, { route, status, text, query: { ids: ids.join(',') } });

describe('a many-item fetch whose calls all failed in different ways (s44 attack F1)', () => {
  const groups: [string, string, number, (api: SpotifyApiClient, ids: string[]) => Promise<unknown>][] = [
    ['albums.getSeveral', 'GET /v1/albums', 20, (api, ids) => api.albums.getSeveral(ids)],
    ['tracks.getSeveral', 'GET /v1/tracks', 50, (api, ids) => api.tracks.getSeveral(ids)],
    ['artists.getSeveral', 'GET /v1/artists', 50, (api, ids) => api.artists.getSeveral(ids)],
    ['episodes.getSeveral', 'GET /v1/episodes', 50, (api, ids) => api.episodes.getSeveral(ids)],
    ['shows.getSeveral', 'GET /v1/shows', 50, (api, ids) => api.shows.getSeveral(ids)],
    ['audiobooks.getSeveral', 'GET /v1/audiobooks', 50, (api, ids) => api.audiobooks.getSeveral(ids)],
    ['chapters.getSeveral', 'GET /v1/chapters', 50, (api, ids) => api.chapters.getSeveral(ids)],
    [
      'audio.getSeveralFeatures',
      'GET /v1/audio-features',
      100,
      (api, ids) => api.audio.getSeveralFeatures(ids),
    ],
  ];
  for (const [name, route, max, call] of groups) {
    it(`${name} throws ManyCallsFailed naming each call's error and ids, never one for all`, async () => {
      const client = await openClient('extended');
      const ids = madeUpIds(max + 2);
      await failChunk(route, ids.slice(0, max), 400, 'Refusal A');
      await failChunk(route, ids.slice(max), 403, 'Refusal B');
      const error = await call(client, ids).catch((caught: unknown) => caught);
      // Old code: the SpotifyAPIError of whichever call finished first, for all the ids.
      expect(error).toBeInstanceOf(ManyCallsFailed);
      const failed = error as ManyCallsFailed;
      expect(failed.failures.map(({ ids: asked, error: each }) => [asked.length, statusOf(each)])).toEqual([
        [max, 400],
        [2, 403],
      ]);
      expect(failed.message).toContain(`${max} ids from ${ids[0]}: Refusal A`);
      expect(failed.message).toContain(`2 ids from ${ids[max]}: Refusal B`);
      expect(failed).toMatchObject({ status: 0, code: 'SPOTIFY_API_ERROR' });
    });
  }

  it("requestManySettled gives each call's ids that call's own error", async () => {
    const client = await openClient('extended');
    const ids = madeUpIds(25);
    await failChunk('GET /v1/albums', ids.slice(0, 20), 404, 'Refusal A');
    await failChunk('GET /v1/albums', ids.slice(20), 403, 'Refusal B');
    const entries = await client.requestManySettled(endpoints.getMultipleAlbums, endpoints.getAnAlbum, ids);
    // Old code: rejected with the first call's error.
    expect(entries.map(statusOf)).toEqual([...Array(20).fill(404), ...Array(5).fill(403)]);
  });

  it('rate limits of different lengths are one RateLimitExceeded, the longest', async () => {
    const client = await openClient('extended');
    const ids = madeUpIds(25);
    const limit = (asked: readonly string[], retryAfter: number) =>
      addFault(emu, { route: 'GET /v1/albums', status: 429, retryAfter, query: { ids: asked.join(',') } });
    await limit(ids.slice(0, 20), 3600);
    await limit(ids.slice(20), 7200);
    const error = await client.albums.getSeveral(ids).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitExceeded);
  });

  it('calls that failed alike still throw the one error', async () => {
    const client = await openClient('extended');
    const ids = madeUpIds(25);
    await addFault(emu, { route: 'GET /v1/albums', status: 400, text: 'Refusal A' });
    await expect(client.albums.getSeveral(ids)).rejects.toBeInstanceOf(SpotifyAPIError);
    await expect(
      client.requestManySettled(endpoints.getMultipleAlbums, endpoints.getAnAlbum, ids),
    ).rejects.toMatchObject({ status: 400 });
  });
});
