/**
 * An object Spotify nests in another (`external_urls`, `followers`, `restrictions`, `explicit_content`,
 * a playback state's `device` and `context`) sent as something that is no object (`5`, `"x"`, a list)
 * is the field read from it null with its own error (`SPOTIFY_UNAVAILABLE`, `extensions.badValue:
 * true`), never a silent null nor fields read off a number; an `external_urls` without a `spotify` URL
 * (`{}`, as for a local file) is a plain null. The emulator's `set` fault edits make one value wrong.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const albumId = (): string => [...t.emu.state.catalog.albums.keys()][0]!;
const artistId = (): string => [...t.emu.state.catalog.artists.keys()][0]!;
const trackId = (): string => [...t.emu.state.catalog.tracks.keys()][0]!;

describe('objects nested in catalog objects', () => {
  it('answers external_urls 5 as externalUrl null with its error, and {} as a plain null', async () => {
    const document = graphql(`query NestedShapesAlbum($id: ID!) { album(id: $id) { name externalUrl } }`);
    await t.fault('GET /v1/albums', { '/albums/0/external_urls': 5 });
    const wrong = await t.query(document, { id: albumId() });
    expect(wrong.data?.album).toEqual({ name: expect.any(String), externalUrl: null });
    expect(located(wrong.errors)).toEqual([[['album', 'externalUrl'], BAD_VALUE]]);

    await t.emu.control('DELETE', '/faults');
    await t.fault('GET /v1/albums', { '/albums/0/external_urls': {} });
    const empty = await t.query(document, { id: albumId() });
    expect(empty.data?.album).toEqual({ name: expect.any(String), externalUrl: null });
    expect(empty.errors).toBeUndefined();
  });

  it('answers followers 5 and restrictions "x" as their fields null with errors, the rest intact', async () => {
    const artist = graphql(
      `query NestedShapesArtist($id: ID!) { artist(id: $id) { name followerCount externalUrl } }`,
    );
    await t.fault('GET /v1/artists', { '/artists/0/followers': 5, '/artists/0/external_urls': [] });
    const answer = await t.query(artist, { id: artistId() });
    expect(answer.data?.artist).toEqual({ name: expect.any(String), followerCount: null, externalUrl: null });
    expect(located(answer.errors)).toEqual([
      [['artist', 'externalUrl'], BAD_VALUE],
      [['artist', 'followerCount'], BAD_VALUE],
    ]);

    const track = graphql(`query NestedShapesTrack($id: ID!) { track(id: $id) { name restrictionReason } }`);
    await t.fault('GET /v1/tracks', { '/tracks/0/restrictions': 'x' });
    const restricted = await t.query(track, { id: trackId() });
    expect(restricted.data?.track).toEqual({ name: expect.any(String), restrictionReason: null });
    expect(located(restricted.errors)).toEqual([[['track', 'restrictionReason'], BAD_VALUE]]);
  });

  it("answers the user's explicit_content 7 and followers true as their fields null with errors", async () => {
    const document = graphql(
      `query NestedShapesMe { me { displayName followerCount explicitContent { filterEnabled } } }`,
    );
    await t.fault('GET /v1/me', { '/explicit_content': 7, '/followers': true });
    const answer = await t.query(document, {}, { token: t.alice });
    expect(answer.data?.me).toEqual({
      displayName: expect.any(String),
      followerCount: null,
      explicitContent: null,
    });
    expect(located(answer.errors)).toEqual([
      [['me', 'explicitContent'], BAD_VALUE],
      [['me', 'followerCount'], BAD_VALUE],
    ]);
  });
});

describe('objects nested in the playback state', () => {
  it('answers a device 7 and a context 5 each as its null with one error, never "no value for Device.name"', async () => {
    const devices = await t.query(
      graphql(`query NestedShapesDeviceIds { me { player { devices { id } } } }`),
      {},
      { token: t.alice },
    );
    await t.query(
      graphql(
        `mutation NestedShapesPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }`,
      ),
      { deviceId: devices.data?.me?.player.devices?.[0]?.id ?? '' },
      { token: t.alice },
    );
    const document = graphql(
      `query NestedShapesState { me { player { state { isPlaying device { name } context { uri } } } } }`,
    );
    await t.fault('GET /v1/me/player', { '/device': 7, '/context': 5 });
    const answer = await t.query(document, {}, { token: t.alice });
    expect(answer.data?.me?.player.state).toEqual({
      isPlaying: expect.any(Boolean),
      device: null,
      context: null,
    });
    expect(located(answer.errors)).toEqual([
      [['me', 'player', 'state', 'context'], BAD_VALUE],
      [['me', 'player', 'state', 'device'], BAD_VALUE],
    ]);
    expect(answer.errors?.map((e) => e.message).join(' ')).not.toContain('Device.name');
  });
});
