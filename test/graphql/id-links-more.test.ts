import { beforeEach, describe, expect, it } from 'vitest';
import { OLDER_USER_NAME } from '../../src/emulator/catalog.js';
import { deviceIds } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

// Every form of a Spotify link or URI a user copies from the apps or older docs is read as the URI it
// names, by every id argument (queries, mutations, play): case-insensitive scheme and host, no scheme,
// play.spotify.com, /intl-xx/, /embed/, the older /user/<name>/playlist/<id> and
// spotify:user:<name>:playlist:<id>, ?si= and #fragment ignored, percent-escapes decoded once (user
// names such as émilie). What names no Spotify object, a malformed escape or an over-long value is
// one BAD_USER_INPUT, worded the same for each argument, before any call.

const ALBUM = graphql(`query IdLinksMoreAlbum($id: ID!) { album(id: $id) { id } }`);
const PLAYLIST = graphql(`query IdLinksMorePlaylist($id: ID!) { playlist(id: $id) { id } }`);
const USER = graphql(`query IdLinksMoreUser($id: ID!) { user(id: $id) { id spotifyId } }`);
const CHAPTER = graphql(`query IdLinksMoreChapter($id: ID!) { chapter(id: $id) { id } }`);
const PLAY = graphql(`
  mutation IdLinksMorePlay($contextUri: ID, $deviceId: String) {
    play(contextUri: $contextUri, deviceId: $deviceId) { ok }
  }
`);
const FOLLOW_PLAYLIST = graphql(`
  mutation IdLinksMoreFollowPlaylist($id: ID!) { followPlaylist(id: $id) { playlist { id } } }
`);
const FOLLOW_USERS = graphql(`
  mutation IdLinksMoreFollowUsers($ids: [ID!]!) { followUsers(ids: $ids) { uris } }
`);
const SAVE = graphql(`
  mutation IdLinksMoreSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }
`);

const t = useTestServer();
let alice: string;

beforeEach(async () => {
  await t.emu.reset();
  alice = await t.emu.token({ user: 'alice' });
  await t.clearLog();
});

const first = (map: ReadonlyMap<string, unknown>): string => [...map.keys()][0]!;

/**
 * The distinct paths of the Web API requests the emulator received since the log was last cleared (a
 * call retried after the reset's token renewal is one path).
 */
async function paths(): Promise<string[]> {
  const log = (await t.emu.control('GET', '/requests')).json as { entries: { path: string }[] };
  return [...new Set(log.entries.map((entry) => entry.path).filter((path) => path.startsWith('/v1/')))];
}

/** `id` with its last character written as a percent-escape (`...A` -> `...%41`): decoded once. */
const escapedLast = (id: string): string =>
  `${id.slice(0, -1)}%${id
    .charCodeAt(id.length - 1)
    .toString(16)
    .toUpperCase()}`;

/** The link and URI forms of an object of `type` and `id` a user may type. */
const FORMS: [string, (type: string, id: string) => string][] = [
  ['upper-case scheme and host', (type, id) => `HTTPS://OPEN.SPOTIFY.COM/${type}/${id}`],
  ['no scheme', (type, id) => `open.spotify.com/${type}/${id}`],
  ['no scheme, www', (type, id) => `www.open.spotify.com/${type}/${id}?si=x`],
  ['play.spotify.com', (type, id) => `https://play.spotify.com/${type}/${id}`],
  ['locale', (type, id) => `https://open.spotify.com/intl-de/${type}/${id}`],
  ['embed', (type, id) => `https://open.spotify.com/embed/${type}/${id}?utm_source=generator`],
  ['query and fragment', (type, id) => `https://open.spotify.com/${type}/${id}?si=a%20b&x=%zz#t=1:02`],
  ['fragment alone', (type, id) => `https://open.spotify.com/${type}/${id}/#frag`],
  ['an escaped id character', (type, id) => `https://open.spotify.com/${type}/${escapedLast(id)}`],
  ['a URI scheme in upper case', (type, id) => `SPOTIFY:${type}:${id}`],
];

describe('link forms name the object in queries', () => {
  it.each(FORMS)('album(id:) takes %s', async (_form, write) => {
    const id = first(t.emu.state.catalog.albums);
    const answer = await t.query(ALBUM, { id: write('album', id) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album?.id).toBe(`spotify:album:${id}`);
    expect(await paths()).toEqual(['/v1/albums']);
  });

  it.each([
    ...FORMS,
    [
      'the older /user/<name>/playlist/ link',
      (_type, id) => `https://open.spotify.com/user/alice/playlist/${id}`,
    ],
    ['the older user playlist URI', (_type, id) => `spotify:user:alice:playlist:${id}`],
    ['the older URI with an encoded user name', (_type, id) => `spotify:user:%C3%A9milie:playlist:${id}`],
    ['the older embed link', (_type, id) => `https://open.spotify.com/embed/user/a%40b.com/playlist/${id}`],
  ] as typeof FORMS)('playlist(id:) takes %s', async (_form, write) => {
    const id = first(t.emu.state.catalog.playlists);
    const answer = await t.query(PLAYLIST, { id: write('playlist', id) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.id).toBe(`spotify:playlist:${id}`);
    expect((await paths())[0]).toBe(`/v1/playlists/${id}`);
  });

  it.each([
    ['https://open.spotify.com/user/%C3%A9milie'],
    ['https://open.spotify.com/user/%c3%a9milie?si=1'],
    ['https://open.spotify.com/user/émilie'],
    ['open.spotify.com/intl-fr/user/%C3%A9milie/'],
    ['spotify:user:%C3%A9milie'],
    ['spotify:user:émilie'],
  ])('user(id: %j) is émilie, asked of Spotify once encoded', async (value) => {
    const answer = await t.query(USER, { id: value });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.user).toEqual({ id: 'spotify:user:%C3%A9milie', spotifyId: OLDER_USER_NAME });
    expect(await paths()).toEqual(['/v1/users/%C3%A9milie']);
  });

  it('chapter(id:) takes the episode link Spotify gives a chapter, as its spotify:episode: URI', async () => {
    const id = first(t.emu.state.catalog.chapters);
    for (const value of [`spotify:episode:${id}`, `https://open.spotify.com/episode/${id}?si=x`]) {
      const answer = await t.query(CHAPTER, { id: value });
      expect(answer.errors, value).toBeUndefined();
      expect(answer.data?.chapter?.id, value).toBe(`spotify:chapter:${id}`);
    }
  });
});

describe('link forms name the object in mutations', () => {
  it.each([
    ['an album', 'album'],
    ['a playlist', 'playlist'],
  ])('play(contextUri:) starts %s given as each link form', async (_what, type) => {
    const id = first(type === 'album' ? t.emu.state.catalog.albums : t.emu.state.catalog.playlists);
    const deviceId = (await deviceIds(t.emu, alice)).computer;
    for (const [form, write] of [
      ...FORMS,
      ...(type === 'playlist'
        ? ([['older URI', (_t: string, i: string) => `spotify:user:alice:playlist:${i}`]] as typeof FORMS)
        : []),
    ]) {
      const answer = await t.query(PLAY, { contextUri: write(type, id), deviceId }, { token: alice });
      expect(answer.errors, form).toBeUndefined();
      const state = await t.emu.api('GET', '/v1/me/player', { token: alice });
      expect((state.json as { context?: { uri?: string } }).context?.uri, form).toBe(`spotify:${type}:${id}`);
    }
  });

  it('followPlaylist(id:) follows the playlist an older user playlist link names', async () => {
    const id = first(t.emu.state.catalog.playlists);
    const answer = await t.query(
      FOLLOW_PLAYLIST,
      { id: `https://open.spotify.com/user/alice/playlist/${id}?si=q#x` },
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    expect(await paths()).toContain(`/v1/playlists/${id}/followers`);
  });

  it('followUsers(ids:) and saveToLibrary(uris:) read links as the URIs they name', async () => {
    const album = first(t.emu.state.catalog.albums);
    const follow = await t.query(
      FOLLOW_USERS,
      { ids: ['https://open.spotify.com/user/%C3%A9milie', 'OPEN.SPOTIFY.COM/user/alice'] },
      { token: alice },
    );
    expect(follow.errors).toBeUndefined();
    expect(follow.data?.followUsers?.uris).toEqual(['spotify:user:%C3%A9milie', 'spotify:user:alice']);
    const save = await t.query(
      SAVE,
      { uris: [`https://open.spotify.com/embed/album/${album}`] },
      { token: alice },
    );
    expect(save.errors).toBeUndefined();
    expect(save.data?.saveToLibrary?.uris).toEqual([`spotify:album:${album}`]);
  });
});

describe('what names nothing is one refusal per argument, before any call', () => {
  const album = '4aawyAB9vmqN3uQ7FjRGTy';
  const FORMS_EXPECTED = 'give a Spotify album id (22 base62 characters), URI (spotify:album:<id>)';

  it.each([
    ['https://example.com/album/x', `id names no Spotify object: ${FORMS_EXPECTED}`],
    ['spotify:album:', `id names no Spotify object: ${FORMS_EXPECTED}`],
    ['spotify:albums:x', `id names no Spotify object: ${FORMS_EXPECTED}`],
    ['https://open.spotify.com/', `id names no Spotify object: ${FORMS_EXPECTED}`],
    ['https://open.spotify.com/album/', `id names no Spotify object: ${FORMS_EXPECTED}`],
    [`https://open.spotify.com/a/b/album/${album}`, `id names no Spotify object: ${FORMS_EXPECTED}`],
    [`https://open.spotify.com/track/${album}`, `id names a track: ${FORMS_EXPECTED}`],
    [
      `https://open.spotify.com/album/${album}?${'x'.repeat(2048)}`,
      'id is longer than 2048 characters: give a',
    ],
  ])('album(id: %j)', async (value, message) => {
    const answer = await t.query(ALBUM, { id: value });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message.startsWith(message), answer.errors?.[0]?.message).toBe(true);
    expect(await paths()).toEqual([]);
  });

  it.each([
    ['https://open.spotify.com/user/%E0%A4%A', 'id has a malformed percent-escape "%A"'],
    ['https://open.spotify.com/user/%zz', 'id has a malformed percent-escape "%zz"'],
    ['spotify:user:a%zz', 'id has a malformed percent-escape "%zz"'],
    ['https://open.spotify.com/user/%C3', 'id has percent-escapes that are no UTF-8'],
    // Decoded once: %25 is a `%`, which no user name holds; never read on as `/`.
    ['https://open.spotify.com/user/a%252Fb', 'id has a malformed user id'],
    ['spotify:user:', 'id names no Spotify object: give a Spotify user id (a user name)'],
  ])('user(id: %j)', async (value, message) => {
    const answer = await t.query(USER, { id: value });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message.startsWith(message), answer.errors?.[0]?.message).toBe(true);
    expect(await paths()).toEqual([]);
  });

  it('the same wording in play(contextUri:), saveToLibrary(uris:) and followUsers(ids:)', async () => {
    const cases = [
      [
        PLAY,
        { contextUri: 'https://example.com/album/x', deviceId: null },
        'contextUri names no Spotify object: give a Spotify',
      ],
      [SAVE, { uris: ['spotify:track:'] }, 'uris[0] names no Spotify object: give a Spotify'],
      [FOLLOW_USERS, { ids: ['open.spotify.com/user/%zz'] }, 'ids[0] has a malformed percent-escape "%zz"'],
    ] as const;
    for (const [document, variables, message] of cases) {
      // biome-ignore lint/suspicious/noExplicitAny: one loop over three typed documents
      const answer = await t.query(document as any, variables as any, { token: alice });
      expect(answer.errors?.[0]?.extensions?.code, message).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message.startsWith(message), answer.errors?.[0]?.message).toBe(true);
    }
    expect(await paths()).toEqual([]);
  });
});
