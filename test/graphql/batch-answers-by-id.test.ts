/**
 * A batch answer is read by the ids it carries, never by position alone: an entry with another id is
 * not the object asked, an id the answer does not cover is SPOTIFY_UNAVAILABLE (a bad answer), a null
 * entry is Spotify's "not found" without a made-up `extensions.spotify`, and a "contains" answer of
 * the wrong length is no list of made-up `false`s. The emulator's fault rules send the answers.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice');

const ALBUMS = graphql(`query BatchAnswersAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }`);

/** Spotify's own answer for `ids` (the emulator's, without faults). */
async function realAlbums(ids: readonly string[]): Promise<unknown[]> {
  const answer = await t.emu.api('GET', `/v1/albums?ids=${ids.join(',')}`, { token: alice.token });
  return (answer.json as { albums: unknown[] }).albums;
}

async function albumsAnswered(body: unknown) {
  const [asked0, asked1, other] = [...t.emu.state.catalog.albums.keys()].slice(0, 3) as [
    string,
    string,
    string,
  ];
  await t.emu.control('POST', '/faults', {
    route: 'GET /v1/albums',
    status: 200,
    contentType: 'application/json',
    text: JSON.stringify(typeof body === 'function' ? await body(other) : body),
  });
  const answer = await t.query(ALBUMS, { ids: [asked0, asked1] }, { token: alice.token });
  return { answer, asked: [asked0, asked1] };
}

describe('batch answers matched by id', () => {
  it('an entry of another id is not the album asked: both ids are SPOTIFY_UNAVAILABLE, no invented 404', async () => {
    // Two entries for two ids (one entry would be a list of the wrong length: the next describe).
    const { answer } = await albumsAnswered(async (other: string) => ({
      albums: await realAlbums([other, other]),
    }));
    expect(answer.data).toEqual({ albums: [null, null] });
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['albums', 0], 'SPOTIFY_UNAVAILABLE'],
      [['albums', 1], 'SPOTIFY_UNAVAILABLE'],
    ]);
    for (const error of answer.errors ?? []) {
      expect((error.extensions?.spotify as { status?: number } | undefined)?.status).not.toBe(404);
    }
  });

  it('a single null for two ids covers neither: both SPOTIFY_UNAVAILABLE, the list of the wrong length', async () => {
    const { answer } = await albumsAnswered({ albums: [null] });
    expect(answer.data).toEqual({ albums: [null, null] });
    // One null for two ids says nothing about either: neither is "not found". The two errors read
    // alike, so they come as one naming both places (repeatedCount).
    expect(
      answer.errors?.map((e) => [e.path, e.message, e.extensions?.code, e.extensions?.repeated]),
    ).toEqual([
      [
        ['albums', 0],
        'Spotify sent an answer of the wrong shape: albums has 1 entry for 2 ids asked; 1 more path the same, null: albums.1',
        'SPOTIFY_UNAVAILABLE',
        [
          ['albums', 0],
          ['albums', 1],
        ],
      ],
    ]);
  });

  it('entries out of order are matched by id; the id only a misplaced null stands for is SPOTIFY_UNAVAILABLE', async () => {
    const [asked0, asked1] = [...t.emu.state.catalog.albums.keys()].slice(0, 2) as [string, string];
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/albums',
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify({ albums: [null, ...(await realAlbums([asked0]))] }),
    });
    const answer = await t.query(ALBUMS, { ids: [asked0, asked1] }, { token: alice.token });
    expect((answer.data as { albums: ({ id: string } | null)[] }).albums[0]?.id).toBe(
      `spotify:album:${asked0}`,
    );
    const errors = answer.errors ?? [];
    // asked1's place holds null (index 0) while asked0 came at index 1: asked1 is not covered by an
    // object, and the null at index 0 cannot be asked1's "not found" (asked0 is there by id).
    expect(errors.map((e) => e.path)).toEqual([['albums', 1]]);
    expect(errors[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    expect((errors[0]?.extensions?.spotify as { status?: number } | undefined)?.status).not.toBe(404);
  });

  it('a null entry for an id in an aligned list is SPOTIFY_NOT_FOUND without an invented Spotify status', async () => {
    const [asked0, asked1] = [...t.emu.state.catalog.albums.keys()].slice(0, 2) as [string, string];
    const real = { albums: await realAlbums([asked0, asked1]) };
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/albums',
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify({ albums: [real.albums[0], null] }),
    });
    const answer = await t.query(ALBUMS, { ids: [asked0, asked1] }, { token: alice.token });
    expect((answer.data as { albums: ({ id: string } | null)[] }).albums.map((a) => a?.id ?? null)).toEqual([
      `spotify:album:${asked0}`,
      null,
    ]);
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['albums', 1], 'SPOTIFY_NOT_FOUND'],
    ]);
    expect(answer.errors?.[0]?.extensions?.spotify).toBeUndefined();
  });

  it('a contains answer with fewer booleans than URIs asked is SPOTIFY_UNAVAILABLE, not an invented false', async () => {
    const [a, b] = [...t.emu.state.catalog.tracks.keys()].slice(0, 2) as [string, string];
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/tracks/contains',
      status: 200,
      contentType: 'application/json',
      text: '[true]',
    });
    const answer = await t.query(
      graphql(
        `query BatchAnswersContains($uris: [ID!]!) { me { displayName libraryContains(uris: $uris) } }`,
      ),
      { uris: [`spotify:track:${a}`, `spotify:track:${b}`] },
      { token: alice.token },
    );
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['me', 'libraryContains'], 'SPOTIFY_UNAVAILABLE'],
    ]);
    expect((answer.data as { me: { displayName: string } }).me.displayName).toBeTruthy();
  });
});
