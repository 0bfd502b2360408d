/**
 * A 2xx answer Spotify sent readable but of the wrong shape (a page whose `items` is a number, a queue
 * or device list that is an object) would come back the same: it is asked for once, never retried as
 * a transport failure (v10 re-attack on issue 7, R2), and is the field's typed SPOTIFY_UNAVAILABLE error.
 * The emulator's request log counts the calls.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const SAVED = graphql(`query WrongShapeSaved { me { savedTracks(first: 3) { totalCount } } }`);
const DEVICES = graphql(`query WrongShapeDevices { me { player { devices { id } } } }`);

describe('a readable answer of the wrong shape', () => {
  it('saved tracks whose items is a number are asked for once, the field a typed error', async () => {
    await t.fault('GET /v1/me/tracks', { '/items': 5 });
    await t.clearLog();
    const answer = await t.query(SAVED, {}, { token: t.alice });
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['me', 'savedTracks'], 'SPOTIFY_UNAVAILABLE'],
    ]);
    expect((await t.calls())['GET /v1/me/tracks']).toBe(1);
  });

  it('a device list sent as an object is asked for once, the field a typed error', async () => {
    await t.fault('GET /v1/me/player/devices', { '/devices': {} });
    await t.clearLog();
    const answer = await t.query(DEVICES, {}, { token: t.alice });
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['me', 'player', 'devices'], 'SPOTIFY_UNAVAILABLE'],
    ]);
    expect((await t.calls())['GET /v1/me/player/devices']).toBe(1);
  });
});
