/**
 * The client's single options are checked by their form before any call (issue 7, "smaller ones"): a
 * `market` is a market Spotify serves or `from_token` (src/spotify/markets.ts, the GraphQL server's
 * rule), search's `q` is not blank and its `type` names at least one known type, a paging option or
 * position is a whole number in Spotify's range, and a single `uri` / `context_uri` / `device_id` is
 * held to the rule of a list entry (src/spotify/ids.ts). Each bad input is a USAGE_ERROR and the
 * emulator sees no Web API call. An idempotent set change (save, remove, follow) sends each distinct
 * entry once, in the order of first appearance; a playlist add keeps its repeats.
 */
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/spotify/endpoints/index.js';
import type { SearchType } from '../../src/spotify/endpoints/objects.js';
import { SpotifyError } from '../../src/spotify/index.js';
import { useClientTests } from './client-harness.js';

const { emu, signedIn, refusalOf } = useClientTests();

interface Logged {
  byRoute: Record<string, number>;
  entries: { method: string; route: string; query: string }[];
}

async function requestLog(): Promise<Logged> {
  return (await emu.control('GET', '/requests')).json as Logged;
}

/** The Web API calls the emulator saw (`GET /v1/search`: 1), the accounts service left out. */
async function webApiCalls(): Promise<Record<string, number>> {
  const { byRoute } = await requestLog();
  return Object.fromEntries(Object.entries(byRoute).filter(([route]) => route.includes(' /v1/')));
}

/** A client signed in as alice with every scope, of the Extended Quota app. */
const client = () => signedIn({ scopes: [...SCOPES], appMode: 'extended' });

type Api = Awaited<ReturnType<typeof client>>;
type Case = [string, (api: Api, ids: { track: string; album: string }) => Promise<unknown>, RegExp];

const BAD_INPUT: Case[] = [
  [
    'a market of the wrong shape',
    (api, { album }) => api.albums.getOne(album, { market: 'Sweden' }),
    /option market must be a market Spotify serves.*got "Sweden"/,
  ],
  [
    'a market in lower case',
    (api, { track }) => api.tracks.getOne(track, { market: 'se' }),
    /option market must be a market/,
  ],
  [
    'a code Spotify serves no market for',
    (api) => api.search.query('abba', ['track'], { market: 'XX' }),
    /option market must be a market/,
  ],
  [
    'a blank market',
    (api, { album }) => api.albums.getTracks(album, { market: '' }),
    /option market must be a market/,
  ],
  [
    'search with no types',
    (api) => api.search.query('abba', []),
    /^search: option type must name at least one item/,
  ],
  [
    'search with an unknown type',
    (api) => api.search.query('abba', ['song' as SearchType]),
    /^search: option type takes only album/,
  ],
  ['search with an empty q', (api) => api.search.query('', ['track']), /^search: option q must not be blank/],
  [
    'search with a q of spaces',
    (api) => api.search.query(' \t ', ['track']),
    /^search: option q must not be blank/,
  ],
  [
    'search with a negative offset',
    (api) => api.search.query('abba', ['track'], { offset: -1 }),
    /option offset must be at least 0/,
  ],
  [
    'search with a huge offset',
    (api) => api.search.query('abba', ['track'], { offset: 1e21 }),
    /option offset must be at most 1000/,
  ],
  [
    'search with a fractional limit',
    (api) => api.search.query('abba', ['track'], { limit: 2.5 }),
    /option limit must be an integer/,
  ],
  [
    'a negative offset on a list page',
    (api, { album }) => api.albums.getTracks(album, { offset: -5 }),
    /^get-an-albums-tracks: option offset must be at least 0/,
  ],
  [
    'an offset past exact integers',
    (api) => api.library.getSavedTracks({ offset: 1e21 }),
    /option offset must be at most 9007199254740991 in size/,
  ],
  [
    'a fractional offset',
    (api) => api.playlists.listMine({ offset: 0.5 }),
    /option offset must be an integer/,
  ],
  [
    'a negative seek position',
    (api) => api.player.seek(-1),
    /option positionMs \(position_ms\) must be at least 0/,
  ],
  [
    'a volume over 100',
    (api) => api.player.volume(101),
    /option volumePercent \(volume_percent\) must be at most 100/,
  ],
  [
    'a negative time for recently played',
    (api) => api.player.recentlyPlayed({ after: -1 }),
    /option after must be at least 0/,
  ],
  [
    'a queued id instead of a URI',
    (api, { track }) => api.player.addToQueue(track),
    /^add-to-queue: option uri is no Spotify URI/,
  ],
  [
    'a queued album URI',
    (api, { album }) => api.player.addToQueue(`spotify:album:${album}`),
    /option uri is an album URI: this option takes track or episode URIs/,
  ],
  [
    'a queued malformed track URI',
    (api) => api.player.addToQueue('spotify:track:x'),
    /option uri has a malformed track id/,
  ],
  [
    'a context of a track',
    (api, { track }) => api.player.play({ contextUri: `spotify:track:${track}` }),
    /option contextUri \(context_uri\) is a track URI: this option takes album, artist, playlist or show URIs/,
  ],
  [
    'a blank context',
    (api) => api.player.play({ contextUri: ' ' }),
    /option contextUri \(context_uri\) is blank/,
  ],
  [
    'an offset URI of an album',
    (api, { album }) => api.player.play({ uris: [], offset: { uri: `spotify:album:${album}` } }),
    /option offset uri is an album URI/,
  ],
  [
    'a negative offset position',
    (api, { album }) => api.player.play({ contextUri: `spotify:album:${album}`, offset: { position: -1 } }),
    /option offset position must be a whole number from 0/,
  ],
  [
    'a blank device id',
    (api) => api.player.pause({ deviceId: '' }),
    /option deviceId \(device_id\) is blank/,
  ],
  [
    'a device id with a comma',
    (api) => api.player.next({ deviceId: 'a,b' }),
    /option deviceId \(device_id\) holds a comma/,
  ],
  [
    'a device id with whitespace around it',
    (api, { track }) => api.player.addToQueue(`spotify:track:${track}`, { deviceId: ' d1 ' }),
    /option deviceId \(device_id\) has whitespace around it/,
  ],
];

describe('bad single options are refused before any call', () => {
  it.each(BAD_INPUT)('%s: USAGE_ERROR, no Web API call', async (_, call, message) => {
    const api = await client();
    const { catalog } = emu.state;
    const ids = { track: [...catalog.tracks.keys()][0]!, album: [...catalog.albums.keys()][0]! };
    const { error } = await refusalOf(() => call(api, ids));
    expect(error).toBeInstanceOf(SpotifyError);
    expect((error as SpotifyError).code).toBe('USAGE_ERROR');
    expect((error as SpotifyError).message).toMatch(message);
    expect(await webApiCalls()).toEqual({});
  });

  it('takes the forms Spotify takes: from_token, a market, a spaced q, offset 0', async () => {
    const api = await client();
    const track = [...emu.state.catalog.tracks.keys()][0]!;
    await api.tracks.getOne(track, { market: 'from_token' });
    await api.tracks.getOne(track, { market: 'SE' });
    await api.search.query(' abba ', ['track'], { offset: 0, limit: 1, market: 'XK' });
    expect(await webApiCalls()).toEqual({ 'GET /v1/tracks/{id}': 2, 'GET /v1/search': 1 });
  });
});

describe('an idempotent set change sends each distinct entry once', () => {
  it('1,000 copies of one URI saved, removed: one call each', async () => {
    const api = await client();
    const track = [...emu.state.catalog.tracks.keys()][0]!;
    await api.library.save(Array.from({ length: 1000 }, () => `spotify:track:${track}`));
    await api.library.remove(Array.from({ length: 1000 }, () => `spotify:track:${track}`));
    expect(await webApiCalls()).toEqual({ 'PUT /v1/me/library': 1, 'DELETE /v1/me/library': 1 });
  });

  it('1,000 copies of one id saved by type, followed: one call each', async () => {
    const api = await client();
    const { catalog } = emu.state;
    const track = [...catalog.tracks.keys()][0]!;
    const artist = [...catalog.artists.keys()][0]!;
    await api.library.saveTracks(Array.from({ length: 1000 }, () => track));
    await api.follow.followArtists(Array.from({ length: 1000 }, () => artist));
    await api.follow.unfollowArtists(Array.from({ length: 1000 }, () => artist));
    expect(await webApiCalls()).toEqual({
      'PUT /v1/me/tracks': 1,
      'PUT /v1/me/following': 1,
      'DELETE /v1/me/following': 1,
    });
  });

  it('keeps the order of first appearance', async () => {
    const api = await client();
    const [a, b, c] = [...emu.state.catalog.tracks.keys()];
    const uri = (id: string | undefined) => `spotify:track:${id}`;
    await api.library.save([uri(b), uri(a), uri(b), uri(c), uri(a)]);
    const { entries } = await requestLog();
    const sent = entries.find((entry) => entry.route === '/v1/me/library');
    expect(decodeURIComponent(sent?.query ?? '')).toBe(`uris=${[uri(b), uri(a), uri(c)].join(',')}`);
  });

  it('a playlist add keeps its repeats (a guard: each copy is one more item)', async () => {
    const api = await client();
    const { catalog } = emu.state;
    const track = [...catalog.tracks.keys()][0]!;
    const playlist = [...catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
    const before = playlist.items.length;
    await api.playlists.addItems(playlist.id, [`spotify:track:${track}`, `spotify:track:${track}`]);
    expect(emu.state.catalog.playlists.get(playlist.id)!.items.length).toBe(before + 2);
  });
});
