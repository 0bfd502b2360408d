/**
 * A many-item fetch over several calls (src/spotify/request-many.ts) when one call fails (issue 7,
 * item 3): `requestManySettled` keeps the objects of the calls that were answered and gives each id of
 * the failed call that call's error; with no call answered it throws the error; `requestMany` (the
 * groups' `getSeveral`/`getMany`) still throws a failed call's error.
 */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { SpotifyAPIError } from '../../src/spotify/index.js';
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
