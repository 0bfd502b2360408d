import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

// Every String argument of the schema that reaches Spotify (after, market, locale, deviceId, query,
// name, description, snapshotId, imageBase64, seedGenres) refuses a lone UTF-16 surrogate, a 1 MB
// value and every other character no text sent holds (controls, bidirectional controls, line and
// paragraph separators, noncharacters; a tab or a line break, except in a search query, which sends
// it as a space) with BAD_USER_INPUT naming it, a bounded one-line message, and no Spotify call
// (issue 7's bad-input kinds); so do user ids. Runs under both executors (test/graphql).

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

/**
 * One value per class of character no text sent to Spotify holds (REFUSED_CHAR,
 * src/spotify/quoted-input.ts), each inside text that is otherwise fine (v18 re-attack LOW-4).
 */
const refused: [kind: string, value: string][] = [
  ['a NUL', 'ab\u0000cd'],
  ['an ESC (a terminal colour)', 'a\u0007\u001b[31mred'],
  ['a DEL', 'ab\u007fcd'],
  ['a C1 control (U+0085)', 'ab\u0085cd'],
  ['a right-to-left override (U+202E)', 'ab\u202ecd'],
  ['a left-to-right embedding (U+202A)', 'ab\u202acd'],
  ['an isolate (U+2066)', 'ab\u2066cd'],
  ['a pop isolate (U+2069)', 'ab\u2069cd'],
  ['a line separator (U+2028)', 'ab\u2028cd'],
  ['a paragraph separator (U+2029)', 'ab\u2029cd'],
  ['a noncharacter (U+FFFE)', 'ab\ufffecd'],
  ['a noncharacter (U+FFFF)', 'ab\uffffcd'],
];

/** Tabs and line breaks: refused everywhere but in a search query, which sends each as a space. */
const breaks: [kind: string, value: string][] = [
  ['a newline', 'ab\ncd'],
  ['a tab', 'ab\tcd'],
  ['a carriage return', 'ab\rcd'],
];

const values: [kind: string, value: string][] = [
  ['a lone surrogate', LONE],
  ['a 1 MB value', MEGABYTE],
  ...refused,
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

  describe.each(breaks)('%s', (_kind, value) => {
    it.each(cases.filter(([argument]) => argument !== 'query'))(
      '%s (%$): BAD_USER_INPUT, no call',
      async (argument, document) => {
        const answer = await t.query(document, { v: value }, { token: alice.token });
        expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([
          ['BAD_USER_INPUT', argument],
        ]);
        expect(answer.errors![0]!.message).not.toMatch(/[\t\n\r]/);
        expect(await t.calls()).toEqual({});
      },
    );
  });

  it('names the refused character by kind and code point, never showing it', async () => {
    const [, document] = cases.find(([argument]) => argument === 'snapshotId')!;
    const messages: string[] = [];
    for (const v of ['AAAA\nBBBB', 'AAAA\u202eBBBB', 'AAAA\u2028BBBB', 'AAAA\ufffeBBBB'])
      messages.push((await t.query(document, { v }, { token: alice.token })).errors?.[0]?.message ?? '');
    expect(messages).toEqual([
      'snapshotId holds a control character (U+000A)',
      'snapshotId holds a bidirectional control (U+202E)',
      'snapshotId holds a line or paragraph separator (U+2028)',
      'snapshotId holds a noncharacter (U+FFFE)',
    ]);
    expect(await t.calls()).toEqual({});
  });

  it('sends a search query with tabs and line breaks, each as a space', async () => {
    const [, document] = cases.find(([argument]) => argument === 'query')!;
    const answer = await t.query(document, { v: '\tabba\r\ngold\tfish\n' }, { token: alice.token });
    expect(answer.errors).toBeUndefined();
    const log = (await t.emu.control('GET', '/requests')).json as { entries: { query: string }[] };
    expect(log.entries.map((entry) => new URLSearchParams(entry.query).get('q'))).toEqual([
      'abba  gold fish',
    ]);
  });

  const USER = graphql(`query StringArgUser($v: ID!) { user(id: $v) { id } }`);
  const NODE = graphql(`query StringArgNode($v: ID!) { node(id: $v) { id } }`);

  /** A user name in a URI: percent-encoded, a lone surrogate (which no encoding holds) raw. */
  const userUriOf = (name: string) =>
    `spotify:user:${/\p{Cs}/u.test(name) ? name : encodeURIComponent(name)}`;
  const fields: [string, GraphQLDocument<unknown, { v: string }>, (value: string) => string][] = [
    ['user(id:)', USER, (value) => value],
    ['node(id:), encoded in its URI', NODE, userUriOf],
  ];

  // v19 attack on issue 7, LOW-2: refused, but echoed raw, these showed as nothing (`got "bob"`).
  it.each([
    ['U+061C', '\u061c'],
    ['U+00AD', '\u00ad'],
    ['U+3164', '\u3164'],
    ['U+180E', '\u180e'],
    ['U+034F', '\u034f'],
    ['U+FE0F', '\ufe0f'],
  ])('a user id with the invisible %s: its refusal shows it escaped', async (code, char) => {
    const answer = await t.query(USER, { v: `bob${char}` }, { token: alice.token });
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const message = answer.errors?.[0]?.message ?? '';
    expect(message).not.toContain(char);
    expect(message.toLowerCase()).toContain(`bob\\u${code.slice(2).toLowerCase()}`);
  });

  describe.each([...refused, ...breaks, ['a lone surrogate', LONE]])('a user id with %s', (_kind, value) => {
    it.each(fields)('%s: BAD_USER_INPUT, no call', async (_field, document, idOf) => {
      const v = idOf(value);
      const answer = await t.query(document, { v }, { token: alice.token });
      expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([
        ['BAD_USER_INPUT', 'id'],
      ]);
      expect(await t.calls()).toEqual({});
    });
  });
});
