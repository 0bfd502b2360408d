import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

// Every String argument of the schema that reaches Spotify (after, market, locale, deviceId, query,
// name, description, snapshotId, imageBase64, seedGenres) refuses a lone UTF-16 surrogate and a 1 MB
// value with BAD_USER_INPUT naming it, a bounded one-line message, and no Spotify call (issue 7's
// bad-input kinds). Runs under both executors (test/graphql).

/** A lone high surrogate inside text that is otherwise fine. */
const LONE = 'ab\ud800cd';
/** 1 MB (10^6 bytes), under the 1 MiB request limit (MAX_REQUEST_BYTES) with its document. */
const MEGABYTE = 'a'.repeat(1_000_000);
/** Far more than any bounded message (the argument's own words and at most 60 quoted characters). */
const BOUND = 400;

type Case = [argument: string, document: GraphQLDocument<unknown, { v: string }>, path: string];

const cases: Case[] = [
  [
    'after',
    graphql(
      `query StringArgPlaylistsAfter($v: String) { me { playlists(first: 1, after: $v) { totalCount } } }`,
    ),
    'me.playlists',
  ],
  [
    'after',
    graphql(
      `query StringArgFollowedAfter($v: String) { me { followedArtists(first: 1, after: $v) { totalCount } } }`,
    ),
    'me.followedArtists',
  ],
  [
    'after',
    graphql(
      `query StringArgPlayedAfter($v: String) { me { recentlyPlayed(first: 1, after: $v) { nodes { playedAt } } } }`,
    ),
    'me.recentlyPlayed',
  ],
  [
    'after',
    graphql(
      `query StringArgSearchAfter($v: String) { search(query: "a", types: [TRACK], after: $v) { tracks { totalCount } } }`,
    ),
    'search',
  ],
  [
    'market',
    graphql(`query StringArgMarket($v: String) { album(id: "4aawyAB9vmqN3uQ7FjRGTy", market: $v) { id } }`),
    'album',
  ],
  [
    'locale',
    graphql(`query StringArgLocale($v: String) { categories(locale: $v) { totalCount } }`),
    'categories',
  ],
  [
    'locale',
    graphql(`query StringArgFeaturedLocale($v: String) { featuredPlaylists(locale: $v) { message } }`),
    'featuredPlaylists',
  ],
  ['deviceId', graphql(`mutation StringArgDevice($v: String) { pause(deviceId: $v) { ok } }`), 'pause'],
  [
    'deviceId',
    graphql(`mutation StringArgTransfer($v: String!) { transferPlayback(deviceId: $v) { ok } }`),
    'transferPlayback',
  ],
  [
    'query',
    graphql(
      `query StringArgQuery($v: String!) { search(query: $v, types: [TRACK]) { tracks { totalCount } } }`,
    ),
    'search',
  ],
  [
    'name',
    graphql(`mutation StringArgCreateName($v: String!) { createPlaylist(name: $v) { playlist { id } } }`),
    'createPlaylist',
  ],
  [
    'description',
    graphql(
      `mutation StringArgCreateDescription($v: String) { createPlaylist(name: "n", description: $v) { playlist { id } } }`,
    ),
    'createPlaylist',
  ],
  [
    'name',
    graphql(
      `mutation StringArgUpdateName($v: String) { updatePlaylist(playlistId: "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M", name: $v) { playlist { id } } }`,
    ),
    'updatePlaylist',
  ],
  [
    'description',
    graphql(
      `mutation StringArgUpdateDescription($v: String) { updatePlaylist(playlistId: "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M", description: $v) { playlist { id } } }`,
    ),
    'updatePlaylist',
  ],
  [
    'snapshotId',
    graphql(
      `mutation StringArgRemoveSnapshot($v: String) { removePlaylistItems(playlistId: "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M", uris: ["spotify:track:4uLU6hMCjMI75M1A2tKUQC"], snapshotId: $v) { snapshotId } }`,
    ),
    'removePlaylistItems',
  ],
  [
    'snapshotId',
    graphql(
      `mutation StringArgReorderSnapshot($v: String) { reorderPlaylistItems(playlistId: "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M", rangeStart: 0, insertBefore: 1, snapshotId: $v) { snapshotId } }`,
    ),
    'reorderPlaylistItems',
  ],
  [
    'imageBase64',
    graphql(
      `mutation StringArgCover($v: String!) { uploadPlaylistCover(playlistId: "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M", imageBase64: $v) { playlist { id } } }`,
    ),
    'uploadPlaylistCover',
  ],
  [
    'seedGenres[0]',
    graphql(`query StringArgGenre($v: String!) { recommendations(seedGenres: [$v]) { tracks { id } } }`),
    'recommendations',
  ],
];

const values: [kind: string, value: string][] = [
  ['a lone surrogate', LONE],
  ['a 1 MB value', MEGABYTE],
];

describe('a String argument sent to Spotify is checked before any call', () => {
  const t = useTestServer({ mode: 'extended' });
  const alice = useUserToken(t, 'alice', { clearLog: true });

  describe.each(values)('%s', (_kind, value) => {
    it.each(cases)('%s (%$): BAD_USER_INPUT, bounded, no call', async (argument, document) => {
      const answer = await t.query(document, { v: value }, { token: alice.token });
      expect(answer.errors).toHaveLength(1);
      const error = answer.errors![0]!;
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.argument).toBe(argument);
      expect(error.message.length).toBeLessThan(BOUND);
      expect(error.message).not.toMatch(/[\n\r\u2028\u2029\p{Cs}]/u);
      expect(await t.calls()).toEqual({});
    });
  });

  it('refuses a control character in a snapshotId, without echoing it', async () => {
    const [, document] = cases.find(([argument]) => argument === 'snapshotId')!;
    const answer = await t.query(document, { v: 'AAAA\nBBBB' }, { token: alice.token });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toBe(
      'snapshotId holds a control character (a newline, tab or the like)',
    );
    expect(await t.calls()).toEqual({});
  });
});
