/**
 * The client's many-item methods check each id before any call (v20 attack on issue 7, "inputs a
 * user types"): a share link, an entry with a comma (`'A,A'` would be sent as two ids), a blank one or
 * one with whitespace around it is the client's SpotifyError naming the entry, in both app modes.
 * Every list method checks the WHOLE list (each entry by its option's rule, its length, that it fits one
 * call's share of the query string alone) before the first chunk is sent and before auto mode picks a route.
 */
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/spotify/endpoints/index.js';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { type AppMode, SpotifyError } from '../../src/spotify/index.js';
import { buildRequest, MAX_ENTRY_LENGTH, MAX_URI_ENTRY_LENGTH } from '../../src/spotify/params.js';
import { callsByRoute, clearFaultsAndLog, useClientTests } from './client-harness.js';

const { emu, signedIn, refusalOf } = useClientTests();

describe('getSeveral entries', () => {
  it.each(['extended', 'development'] as const)(
    'refuses each bad entry before any call (%s)',
    async (app) => {
      const client = await signedIn({ app, appMode: app });
      const id = [...emu.state.catalog.albums.keys()][0]!;
      await clearFaultsAndLog(emu);
      const cases: [string, RegExp][] = [
        [`https://open.spotify.com/album/${id}`, /entry 1 is a link or URI: give the bare id/],
        [`${id},${id}`, /entry 1 holds a comma/],
        ['', /entry 1 is blank/],
        ['  ', /entry 1 is blank/],
        [` ${id}`, /entry 1 has whitespace around it/],
      ];
      for (const [bad, message] of cases) {
        const refusal = await client.albums.getSeveral([id, bad]).catch((error: unknown) => error);
        expect(refusal, bad).toBeInstanceOf(SpotifyError);
        expect((refusal as Error).message).toMatch(message);
      }
      expect(await callsByRoute(emu)).toEqual({});
    },
  );
});

/** A client signed in as alice with every scope, of the `app` in `appMode`. */
const clientOf = (app: 'extended' | 'development', appMode: AppMode | 'auto') =>
  signedIn({ app, appMode, scopes: [...SCOPES] });

describe('whole lists checked before the first chunk is sent', () => {
  // A development app in auto mode is the case where a route is picked by calling: the typed route's
  // 403 would switch to /me/library.
  it.each([
    ['extended', 'extended'],
    ['development', 'development'],
    ['development', 'auto'],
  ] as const)(
    'a bad entry after 119 good ones is refused with no call made (%s app, %s mode)',
    async (app, appMode) => {
      const client = await clientOf(app, appMode);
      const { catalog } = emu.state;
      const tracks = [...catalog.tracks.keys()].slice(0, 119);
      const trackUris = tracks.map((id) => `spotify:track:${id}`);
      const artists = [...catalog.artists.keys()].slice(0, 119);
      const playlist = [...catalog.playlists.values()].find((p) => p.ownerId === 'alice')!.id;
      const link = `https://open.spotify.com/track/${tracks[0]}`;
      const cases: [string, () => Promise<unknown>, RegExp][] = [
        [
          'tracks.getSeveral',
          () => client.tracks.getSeveral([...tracks, link]),
          /^get-several-tracks: option ids entry 119 is a link or URI: give the bare id/,
        ],
        [
          'library.saveTracks',
          () => client.library.saveTracks([...tracks, link]),
          /^save-tracks-user: option ids entry 119 is a link or URI/,
        ],
        [
          'library.containsTracks',
          () => client.library.containsTracks([...tracks, ` ${tracks[0]}`]),
          /^check-users-saved-tracks: option ids entry 119 has whitespace around it/,
        ],
        [
          'library.save',
          () => client.library.save([...trackUris, link]),
          /^save-library-items: option uris entry 119 is no Spotify URI: give spotify:<type>:<id>/,
        ],
        [
          'library.remove',
          () => client.library.remove([...trackUris, `${trackUris[0]},${trackUris[1]}`]),
          /^remove-library-items: option uris entry 119 holds a comma/,
        ],
        [
          'playlists.addItems',
          () => client.playlists.addItems(playlist, [...trackUris, link]),
          /^add-items-to-playlist: option uris entry 119 is no Spotify URI/,
        ],
        [
          'playlists.replaceItems',
          () => client.playlists.replaceItems(playlist, [...trackUris, '']),
          /^reorder-or-replace-playlists-items: option uris entry 119 is blank/,
        ],
        [
          'playlists.removeItems',
          () => client.playlists.removeItems(playlist, [...trackUris, link]),
          /^remove-items-playlist: option items entry 119 is no Spotify URI/,
        ],
        [
          'playlists.addTracks',
          () => client.playlists.addTracks(playlist, [...trackUris, link]),
          /^add-tracks-to-playlist: option uris entry 119 is no Spotify URI/,
        ],
        [
          'follow.followArtists',
          () => client.follow.followArtists([...artists, `spotify:artist:${artists[0]}`]),
          /^follow-artists-users: option ids entry 119 is a link or URI/,
        ],
        [
          'follow.isFollowingArtists',
          () => client.follow.isFollowingArtists([...artists, '']),
          /^check-current-user-follows: option ids entry 119 is blank/,
        ],
      ];
      await clearFaultsAndLog(emu);
      for (const [method, call, message] of cases) {
        const { error, calls } = await refusalOf(call);
        expect(error, method).toBeInstanceOf(SpotifyError);
        expect((error as Error).message, method).toMatch(message);
        expect(calls, method).toEqual({});
      }
    },
  );

  it(`refuses an entry over ${MAX_ENTRY_LENGTH} characters (a URI over ${MAX_URI_ENTRY_LENGTH}), naming the limit, with no call made`, async () => {
    const client = await clientOf('extended', 'auto');
    const id = [...emu.state.catalog.albums.keys()][0]!;
    const long = 'a'.repeat(MAX_ENTRY_LENGTH + 1);
    await clearFaultsAndLog(emu);
    const byId = await refusalOf(() => client.albums.getSeveral([id, long]));
    expect((byId.error as Error).message).toMatch(
      /^get-multiple-albums: option ids entry 1 is 257 characters, over the 256 an entry may hold, got "aaa/,
    );
    expect(byId.calls).toEqual({});
    // A URI may be longer: an older user name percent-encoded ('é' x 64: 397 characters) is sent.
    const userUri = `spotify:user:${encodeURIComponent('é'.repeat(64))}`;
    expect(await client.library.contains([userUri])).toEqual([false]);
    // The longest name a user may have (128 code points of 4 UTF-8 bytes each) is a URI of 1,549.
    const longest = `spotify:user:${encodeURIComponent('😀'.repeat(128))}`;
    expect(longest.length).toBe(MAX_URI_ENTRY_LENGTH);
    await clearFaultsAndLog(emu);
    const byUri = await refusalOf(() =>
      client.library.save([`spotify:album:${id}`, `spotify:user:${'a'.repeat(MAX_URI_ENTRY_LENGTH)}`]),
    );
    expect((byUri.error as Error).message).toMatch(
      new RegExp(
        `^save-library-items: option uris entry 1 is ${MAX_URI_ENTRY_LENGTH + 13} characters, over the ${MAX_URI_ENTRY_LENGTH} a URI may hold`,
      ),
    );
    expect(byUri.calls).toEqual({});
  });

  it("keeps Spotify's documented most 22-character ids (and URIs of the longest type) of every table row under the query bound", () => {
    const id = 'A'.repeat(22);
    for (const endpoint of Object.values(endpoints)) {
      for (const param of endpoint.params) {
        if (param.in !== 'query' || param.type !== 'string[]' || param.maxItems === undefined) continue;
        if (param.entries === undefined) continue;
        // The longest type word the option takes (`audiobook` where it does).
        const [type] = [...param.entries.types].sort((x, y) => y.length - x.length);
        const entry = param.entries.form === 'id' ? id : `spotify:${type}:${id}`;
        const options: Record<string, unknown> = { [param.name]: Array(param.maxItems).fill(entry) };
        for (const other of endpoint.params) {
          if (other.required && other.name !== param.name) options[other.name] = other.enum?.[0] ?? 'x';
        }
        expect(() => buildRequest(endpoint, options), endpoint.id).not.toThrow();
      }
    }
  });
});
