import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { dataOf, useTestServer, useUserToken } from '../helpers/server.js';

/** The library on an Extended Quota app: writes go to the type-specific routes; contains answers in order. */

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice', { clearLog: true });
let fresh: { track: string[]; album: string; show: string; episode: string; audiobook: string };

beforeAll(() => {
  // Items alice has not saved.
  const saved = t.emu.state.user('alice').saved;
  const { catalog } = t.emu.state;
  const unsaved = <K extends keyof typeof saved>(kind: K, ids: Iterable<string>) =>
    [...ids].filter((id) => !saved[kind].has(id));
  fresh = {
    track: unsaved('track', catalog.tracks.keys())
      .slice(0, 60)
      .map((id) => `spotify:track:${id}`),
    album: `spotify:album:${unsaved('album', catalog.albums.keys())[0]}`,
    show: `spotify:show:${unsaved('show', catalog.shows.keys())[0]}`,
    episode: `spotify:episode:${unsaved('episode', catalog.episodes.keys())[0]}`,
    audiobook: `spotify:audiobook:${unsaved('audiobook', catalog.audiobooks.keys())[0]}`,
  };
});

const SAVE = graphql(`mutation LibraryExtendedSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }`);
const REMOVE = graphql(
  `mutation LibraryExtendedRemove($uris: [ID!]!) { removeFromLibrary(uris: $uris) { uris } }`,
);

const contains = async (uris: string[]): Promise<(boolean | null)[] | null | undefined> =>
  (
    await dataOf(
      t,
      graphql(`query LibraryExtendedContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }`),
      alice.token,
      { uris },
    )
  ).me?.libraryContains;

describe('saving and removing', () => {
  it('saves items of every type, finds them in the library, removes them, and no longer finds them', async () => {
    const uris = [fresh.track[0]!, fresh.album, fresh.show, fresh.episode, fresh.audiobook];
    expect(await contains(uris)).toEqual([false, false, false, false, false]);

    await t.clearLog();
    const saved = await dataOf(t, SAVE, alice.token, { uris });
    expect(saved.saveToLibrary?.uris).toEqual(uris);
    expect(await t.calls()).toEqual({
      'PUT /v1/me/tracks': 1,
      'PUT /v1/me/albums': 1,
      'PUT /v1/me/shows': 1,
      'PUT /v1/me/episodes': 1,
      'PUT /v1/me/audiobooks': 1,
    });
    expect(await contains(uris)).toEqual([true, true, true, true, true]);

    await dataOf(t, REMOVE, alice.token, { uris });
    expect(await contains(uris)).toEqual([false, false, false, false, false]);
  });

  it('shows a saved track first in savedTracks, read back through the payload', async () => {
    const track = fresh.track[1]!;
    const data = await dataOf(
      t,
      graphql(
        `mutation LibraryExtendedSaveReadBack($uris: [ID!]!) { saveToLibrary(uris: $uris) { me { savedTracks(first: 1) { edges { addedAt node { uri } } } } } }`,
      ),
      alice.token,
      { uris: [track] },
    );
    expect(data.saveToLibrary?.me?.savedTracks?.edges[0]?.node?.uri).toBe(track);
    await dataOf(t, REMOVE, alice.token, { uris: [track] });
  });

  it('saves 60 tracks in two calls of 50 at most', async () => {
    await dataOf(t, SAVE, alice.token, { uris: fresh.track });
    expect(await t.calls()).toEqual({ 'PUT /v1/me/tracks': 2 });
    expect(await contains(fresh.track)).toEqual(fresh.track.map(() => true));
    await dataOf(t, REMOVE, alice.token, { uris: fresh.track });
  });
});

describe('libraryContains', () => {
  it('answers mixed types in the order asked, follows included', async () => {
    const saved = t.emu.state.user('alice');
    const savedTrack = `spotify:track:${[...saved.saved.track.keys()][0]}`;
    const followedArtist = `spotify:artist:${[...saved.followedArtists.keys()][0]}`;
    const followedPlaylist = `spotify:playlist:${[...saved.followedPlaylists.keys()][0]}`;
    expect(
      await contains([fresh.album, savedTrack, followedArtist, fresh.track[2]!, followedPlaylist]),
    ).toEqual([false, true, true, false, true]);
  });

  it('answers an empty list without calling Spotify', async () => {
    expect(await contains([])).toEqual([]);
    expect(await t.calls()).toEqual({});
  });
});

describe('library input refused before any Spotify call', () => {
  it('refuses a malformed URI with BAD_USER_INPUT naming its place', async () => {
    const answer = await t.query(
      SAVE,
      { uris: [fresh.album, 'spotify:track:short'] },
      { token: alice.token },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uris[1]' });
    expect(await t.calls()).toEqual({});
  });

  it('refuses an artist URI in the library (artists are followed, not saved)', async () => {
    const answer = await t.query(
      graphql(
        `mutation LibraryExtendedSaveToLibrary { saveToLibrary(uris: ["spotify:artist:0TnOYISbd1XYRBk9myaseg"]) { uris } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uris[0]' });
    expect(await t.calls()).toEqual({});
  });

  it('refuses a bad URI in libraryContains and keeps the rest of me', async () => {
    const answer = await t.query(
      graphql(
        `query LibraryExtendedMe { me { libraryContains(uris: ["nope"]) savedAlbums { totalCount } } }`,
      ),
      {},
      { token: alice.token },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.data?.me?.libraryContains).toBeNull();
    expect(answer.data?.me?.savedAlbums?.totalCount).toBeGreaterThan(0);
    expect(await t.calls()).toEqual({ 'GET /v1/me/albums': 1 });
  });

  it('refuses saving without a user token with UNAUTHENTICATED', async () => {
    const answer = await t.query(SAVE, { uris: [fresh.album] });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.calls()).toEqual({});
  });

  it('fails saving with FORBIDDEN naming user-library-modify when the token lacks it', async () => {
    const reader = await t.emu.token({ user: 'alice', scopes: ['user-library-read'] });
    const answer = await t.query(SAVE, { uris: [fresh.album] }, { token: reader });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toContain('user-library-modify');
  });
});
