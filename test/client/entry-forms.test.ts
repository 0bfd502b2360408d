/**
 * Each entry of a client list option is checked by its FORM before any call (issue 7, client input
 * kind): a URI of a kind the endpoint takes with a well-formed id, a bare id of Spotify's form for the
 * option's type, a user name for users, a `spotify:local:` URI only where the endpoint takes one. The
 * rule is the GraphQL server's (src/spotify/ids.ts validId, parseUri). A bad entry in the last chunk
 * means no call at all: nothing is half-applied before Spotify refuses the fourth call.
 */
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/spotify/endpoints/index.js';
import { endpointList, endpoints } from '../../src/spotify/endpoints/table.js';
import { type AppMode, SpotifyError } from '../../src/spotify/index.js';
import { buildRequest } from '../../src/spotify/params.js';
import { clearFaultsAndLog, useClientTests } from './client-harness.js';

const { emu, signedIn, refusalOf } = useClientTests();

/** A client signed in as alice with every scope, of the `app` in `appMode`. */
const clientOf = (app: 'extended' | 'development', appMode: AppMode | 'auto') =>
  signedIn({ app, appMode, scopes: [...SCOPES] });

const LOCAL = 'spotify:local:Artist:Album:Title:214';

describe('entries of the wrong form are refused before the first chunk is sent', () => {
  it.each([
    ['extended', 'extended'],
    ['development', 'development'],
    ['development', 'auto'],
    ['extended', 'auto'],
  ] as const)(
    'a malformed entry in the last chunk: no call at all (%s app, %s mode)',
    async (app, appMode) => {
      const client = await clientOf(app, appMode);
      const { catalog } = emu.state;
      const tracks = [...catalog.tracks.keys()].slice(0, 119);
      const trackUris = tracks.map((id) => `spotify:track:${id}`);
      const albums = [...catalog.albums.keys()].slice(0, 59);
      const artists = [...catalog.artists.keys()].slice(0, 119);
      const playlist = [...catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id;
      const album = albums[0]!;
      const cases: [string, () => Promise<unknown>, RegExp][] = [
        [
          'library.save, a malformed track id',
          () => client.library.save([...trackUris, 'spotify:track:x']),
          /^save-library-items: option uris entry 119 has a malformed track id: a Spotify track URI is spotify:track:<id>, the id 22 base62 characters, got "spotify:track:x"/,
        ],
        [
          'library.save, a type /me/library does not take',
          () => client.library.save([...trackUris, `spotify:chapter:${tracks[0]}`]),
          /^save-library-items: option uris entry 119 is a chapter URI: this option takes track, album, episode, show, audiobook, artist, user or playlist URIs/,
        ],
        [
          'library.remove, an unknown type word',
          () => client.library.remove([...trackUris, `spotify:song:${tracks[0]}`]),
          /^remove-library-items: option uris entry 119 names no Spotify object/,
        ],
        [
          'library.contains, a malformed user segment',
          () => client.library.contains([...trackUris, 'spotify:user:a%2Fb']),
          /^check-library-contains: option uris entry 119 has a malformed user id/,
        ],
        [
          'library.saveTracks, a short id',
          () => client.library.saveTracks([...tracks, tracks[0]!.slice(1)]),
          /^save-tracks-user: option ids entry 119 is no track id: a Spotify track id is 22 base62 characters/,
        ],
        [
          'library.removeAlbums, an id with a non-base62 character',
          () => client.library.removeAlbums([...albums, `${album.slice(1)}_`]),
          /^remove-albums-user: option ids entry 59 is no album id/,
        ],
        [
          'albums.getSeveral, 21 characters',
          () => client.albums.getSeveral([...albums, album.slice(1)]),
          /^get-multiple-albums: option ids entry 59 is no album id/,
        ],
        [
          'follow.followArtists, a user name for an artist',
          () => client.follow.followArtists([...artists, 'émilie']),
          /^follow-artists-users: option ids entry 119 is no artist id: a Spotify artist id is 22 base62 characters/,
        ],
        [
          'follow.isFollowingUsers, a name no user has',
          () => client.follow.isFollowingUsers([...artists, 'a%41b']),
          /^check-current-user-follows: option ids entry 119 is no user id: a Spotify user id is a user name/,
        ],
        [
          'playlists.addItems, an album URI',
          () => client.playlists.addItems(playlist, [...trackUris, `spotify:album:${album}`]),
          /^add-items-to-playlist: option uris entry 119 is an album URI: this option takes track or episode URIs/,
        ],
        [
          'playlists.addItems, a local file (Spotify adds none through the Web API)',
          () => client.playlists.addItems(playlist, [...trackUris, LOCAL]),
          /^add-items-to-playlist: option uris entry 119 is a local file's URI: this option takes track or episode URIs/,
        ],
        [
          'playlists.replaceItems, a malformed episode id',
          () => client.playlists.replaceItems(playlist, [...trackUris, 'spotify:episode:nope']),
          /^reorder-or-replace-playlists-items: option uris entry 119 has a malformed episode id/,
        ],
        [
          'playlists.removeItems, a malformed local file URI',
          () => client.playlists.removeItems(playlist, [...trackUris, 'spotify:local:only:two']),
          /^remove-items-playlist: option items entry 119 is a malformed spotify:local: URI/,
        ],
        [
          'playlists.addTracks, a user URI',
          () => client.playlists.addTracks(playlist, [...trackUris, 'spotify:user:alice']),
          /^add-tracks-to-playlist: option uris entry 119 is a user URI/,
        ],
        [
          'tracks.getSeveral, a URI-like id with a dot',
          () => client.tracks.getSeveral([...tracks, 'a.b']),
          /^get-several-tracks: option ids entry 119 is no track id/,
        ],
      ];
      await clearFaultsAndLog(emu);
      for (const [name, call, message] of cases) {
        const { error, calls } = await refusalOf(call);
        expect(error, name).toBeInstanceOf(SpotifyError);
        expect((error as Error).message, name).toMatch(message);
        expect(calls, name).toEqual({});
      }
    },
  );

  it('takes what the GraphQL server takes: user names, percent-encoded user URIs, local files where removed', async () => {
    const client = await clientOf('extended', 'extended');
    const artist = [...emu.state.catalog.artists.keys()][0]!;
    // An older user name (not ASCII) is a user id; its URI is percent-encoded.
    expect(await client.follow.isFollowingUsers(['émilie', 'a b', 'a@b.com'])).toHaveLength(3);
    expect(
      await client.library.contains(['spotify:user:%C3%A9milie', `spotify:artist:${artist}`]),
    ).toHaveLength(2);
    // A removal may name a local file (Spotify's "Local Files in Spotify Playlists": they "can be
    // reordered or removed"); buildRequest sends it.
    const built = buildRequest(endpoints.removeItemsPlaylist, { playlistId: 'p', items: [{ uri: LOCAL }] });
    expect(built.body).toBe(JSON.stringify({ items: [{ uri: LOCAL }] }));
  });

  it('checks the lists of single calls by the same rule (play, recommendations seeds, timestamped ids)', () => {
    const id = 'A'.repeat(22);
    const cases: [() => unknown, RegExp][] = [
      [
        () => buildRequest(endpoints.startAUsersPlayback, { uris: [`spotify:album:${id}`] }),
        /^start-a-users-playback: option uris entry 0 is an album URI: this option takes track or episode URIs/,
      ],
      [
        () => buildRequest(endpoints.getRecommendations, { seedTracks: [id, 'x'] }),
        /^get-recommendations: option seedTracks \(seed_tracks\) entry 1 is no track id/,
      ],
      [
        () => buildRequest(endpoints.getRecommendations, { seedArtists: [`spotify:artist:${id}`] }),
        /^get-recommendations: option seedArtists \(seed_artists\) entry 0 is a link or URI/,
      ],
      [
        () =>
          buildRequest(endpoints.saveTracksUser, {
            ids: [id],
            timestampedIds: [{ id: 'nope', added_at: '2024-01-01T00:00:00Z' }],
          }),
        /^save-tracks-user: option timestampedIds \(timestamped_ids\) entry 0 is no track id/,
      ],
      [
        () => buildRequest(endpoints.followArtistsUsers, { type: 'artist', ids: ['émilie'] }),
        /^follow-artists-users: option ids entry 0 is no artist id/,
      ],
      [
        () => buildRequest(endpoints.checkIfUserFollowsPlaylist, { playlistId: id, ids: ['a/b'] }),
        /^check-if-user-follows-playlist: option ids entry 0 is a link or URI/,
      ],
    ];
    for (const [build, message] of cases) {
      expect(build).toThrow(SpotifyError);
      expect(build).toThrow(message);
    }
    expect(() => buildRequest(endpoints.followArtistsUsers, { type: 'user', ids: ['émilie'] })).not.toThrow();
  });

  it('gives every list option of ids or URIs in the endpoint table a rule for its entries', () => {
    // Lists whose entries are neither Spotify ids nor URIs: device ids, genre names; and enums.
    const free = new Set(['transfer-a-users-playback device_ids', 'get-recommendations seed_genres']);
    const missing: string[] = [];
    for (const endpoint of endpointList) {
      for (const param of endpoint.params) {
        if (param.type !== 'string[]' && param.type !== 'object[]') continue;
        const key = `${endpoint.id} ${param.name}`;
        if (param.entries === undefined && param.enum === undefined && !free.has(key)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });
});
