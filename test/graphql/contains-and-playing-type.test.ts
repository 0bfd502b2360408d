/**
 * Spotify's "contains" answers (`libraryContains`, `followsArtists`, `followsUsers`, `followsPlaylist`)
 * and the player's `currently_playing_type` are read as sent: an entry that is no boolean is that
 * entry's null with its own error (`SPOTIFY_UNAVAILABLE`, `extensions.badValue: true`) while the other
 * entries answer, never `false`; a `currently_playing_type` that is missing or none of Spotify's
 * documented words is null with its error, never a made-up `UNKNOWN`; a documented word is kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const LIBRARY = graphql(
  `query ContainsLibrary($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }`,
);
const FOLLOWS = graphql(
  `query ContainsFollows($artists: [ID!]!, $users: [ID!]!) { me { followsArtists(ids: $artists) followsUsers(ids: $users) } }`,
);

describe('contains answers', () => {
  it('answers a library entry sent as "yes" or 1 as its null with its error, the others as sent', async () => {
    const uris = [...t.emu.state.catalog.tracks.keys()].slice(0, 3).map((id) => `spotify:track:${id}`);
    const real = await t.query(LIBRARY, { uris }, { token: t.alice });
    expect(real.data?.me?.libraryContains).toHaveLength(3);
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/tracks/contains',
      set: { '/0': 'yes', '/2': 1 },
    });
    const answer = await t.query(LIBRARY, { uris }, { token: t.alice });
    expect(answer.data?.me?.displayName).toEqual(expect.any(String));
    expect(answer.data?.me?.libraryContains).toEqual([null, real.data?.me?.libraryContains?.[1], null]);
    // Both entries read alike: one error on the first, naming both paths (repeatedCount, repeated).
    expect(located(answer.errors)).toEqual([
      [
        ['me', 'libraryContains', 0],
        {
          ...BAD_VALUE,
          repeatedCount: 2,
          repeated: [
            ['me', 'libraryContains', 0],
            ['me', 'libraryContains', 2],
          ],
        },
      ],
    ]);
  });

  it('answers followed artists and users sent as 0 as their nulls with errors, never false', async () => {
    const artists = [...t.emu.state.catalog.artists.keys()].slice(0, 2);
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/following/contains', set: { '/1': 0 } });
    const users = [...t.emu.state.accounts.keys()].filter((id) => id !== 'alice').slice(0, 2);
    // The rule edits both answers (artists and users ask the same route).
    const answer = await t.query(FOLLOWS, { artists, users }, { token: t.alice });
    expect(answer.data?.me?.followsArtists).toEqual([expect.any(Boolean), null]);
    expect(answer.data?.me?.followsUsers).toEqual([expect.any(Boolean), null]);
    expect(located(answer.errors)).toEqual([
      [['me', 'followsArtists', 1], BAD_VALUE],
      [['me', 'followsUsers', 1], BAD_VALUE],
    ]);
  });

  // [null]: v16 attack on issue 7, D2 (a plain null without an error before).
  it('answers a playlist follow check sent as [], ["no"] or [null] as followsPlaylist null with its error', async () => {
    const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId !== 'alice')!;
    const document = graphql(
      `query ContainsPlaylist($id: ID!) { me { displayName followsPlaylist(id: $id) } }`,
    );
    for (const text of ['[]', '["no"]', '[null]']) {
      await t.emu.control('DELETE', '/faults');
      await t.emu.control('POST', '/faults', {
        route: 'GET /v1/playlists/{playlist_id}/followers/contains',
        status: 200,
        contentType: 'application/json',
        text,
      });
      const answer = await t.query(document, { id: playlist.id }, { token: t.alice });
      expect(answer.data?.me).toEqual({ displayName: expect.any(String), followsPlaylist: null });
      expect(located(answer.errors)).toEqual([
        [['me', 'followsPlaylist'], expect.objectContaining(BAD_VALUE)],
      ]);
    }
  });

  it('answers a library check of the wrong length as libraryContains null with a badValue error', async () => {
    const uris = [...t.emu.state.catalog.tracks.keys()].slice(0, 3).map((id) => `spotify:track:${id}`);
    for (const text of ['[true]', '[true, false, true, false]']) {
      await t.emu.control('DELETE', '/faults');
      await t.emu.control('POST', '/faults', {
        route: 'GET /v1/me/tracks/contains',
        status: 200,
        contentType: 'application/json',
        text,
      });
      const answer = await t.query(LIBRARY, { uris }, { token: t.alice });
      expect(answer.data?.me).toEqual({ displayName: expect.any(String), libraryContains: null });
      expect(located(answer.errors)).toEqual([
        [['me', 'libraryContains'], expect.objectContaining(BAD_VALUE)],
      ]);
    }
  });
});

describe('currentlyPlayingType', () => {
  const STATE = graphql(
    `query ContainsPlayingType { me { player { state { isPlaying currentlyPlayingType } } } }`,
  );

  beforeAll(async () => {
    const devices = await t.query(
      graphql(`query ContainsDeviceIds { me { player { devices { id } } } }`),
      {},
      { token: t.alice },
    );
    await t.query(
      graphql(
        `mutation ContainsPlay($deviceId: String!) { transferPlayback(deviceId: $deviceId, play: true) { ok } }`,
      ),
      { deviceId: devices.data?.me?.player.devices?.[0]?.id ?? '' },
      { token: t.alice },
    );
  });

  it('keeps a documented word, and answers a missing one or an undocumented word as null with its error', async () => {
    for (const [word, answered] of [
      ['unknown', 'UNKNOWN'],
      ['ad', 'AD'],
      ['episode', 'EPISODE'],
    ]) {
      await t.emu.control('DELETE', '/faults');
      await t.emu.control('POST', '/faults', {
        route: 'GET /v1/me/player',
        set: { '/currently_playing_type': word },
      });
      const documented = await t.query(STATE, {}, { token: t.alice });
      expect(documented.data?.me?.player.state?.currentlyPlayingType).toBe(answered);
      expect(documented.errors).toBeUndefined();
    }

    for (const rule of [
      { unset: ['/currently_playing_type'] },
      { set: { '/currently_playing_type': 'podcast' } },
    ]) {
      await t.emu.control('DELETE', '/faults');
      await t.emu.control('POST', '/faults', { route: 'GET /v1/me/player', ...rule });
      const answer = await t.query(STATE, {}, { token: t.alice });
      expect(answer.data?.me?.player.state).toEqual({
        isPlaying: expect.any(Boolean),
        currentlyPlayingType: null,
      });
      expect(located(answer.errors)).toEqual([
        [['me', 'player', 'state', 'currentlyPlayingType'], BAD_VALUE],
      ]);
    }
  });
});
