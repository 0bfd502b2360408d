/**
 * Fields Spotify's reference does not require (v10 attack F17) are nullable where their parent is
 * worth keeping without them: a playlist without a name keeps its items, a device without a name keeps
 * its id. Each is null in its place with a badValue error, never a wiped parent.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const PlaylistWithoutName = graphql(`
  query OptionalFieldsPlaylist($id: ID!) { playlist(id: $id) { id name items(first: 2) { totalCount } } }
`);
const DevicesWithoutName = graphql(`query OptionalFieldsDevices { me { player { devices { id name } } } }`);

describe('fields Spotify may leave out', () => {
  it('Playlist.name: null with its error, the playlist and its items stay', async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    await t.fault('GET /v1/playlists/{playlist_id}', { '/name': null });
    const answer = await t.query(PlaylistWithoutName, { id: playlist.id }, { token: t.alice });
    expect(answer.data?.playlist).toEqual({
      id: `spotify:playlist:${playlist.id}`,
      name: null,
      items: { totalCount: playlist.items.length },
    });
    expect(located(answer.errors)).toEqual([[['playlist', 'name'], BAD_VALUE]]);
  });

  it('Device.name: null with its error, the device and its id stay', async () => {
    await t.fault('GET /v1/me/player/devices', { '/devices/0/name': null });
    const answer = await t.query(DevicesWithoutName, {}, { token: t.alice });
    const devices = answer.data?.me?.player.devices ?? [];
    expect(devices[0]).toEqual({ id: expect.any(String), name: null });
    expect(devices[1]?.name).toEqual(expect.any(String));
    expect(located(answer.errors)).toEqual([[['me', 'player', 'devices', 0, 'name'], BAD_VALUE]]);
  });
});
