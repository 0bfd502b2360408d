/**
 * Older Spotify user names, with characters outside `[A-Za-z0-9._-]` (`émilie`, `a@b.com`, `a+b`,
 * `a b`), as Spotify sends them: the object's `id` decoded, its `uri` percent-encoded
 * (`spotify:user:%C3%A9milie`). A playlist's owner and an entry's `addedBy` with such a name answer,
 * with a Node id that is the name percent-encoded (one name, one id, never `null` in it); `user(id:)`
 * and `node(id:)` take the name and any encoding of its URI, and ask Spotify with the name
 * percent-encoded in the path. Malformed input (empty, control characters, over-long, path tricks) is
 * still BAD_USER_INPUT before any call. v16 attack on issue 7, D9 (ou.py, pt.py).
 */
import { describe, expect, it } from 'vitest';
import { OLDER_USER_NAME } from '../../src/emulator/catalog.js';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const OWNER = graphql(`query OlderUserNamesOwner($id: ID!) {
  playlist(id: $id) {
    name
    owner { id spotifyId uri displayName followerCount }
    items(first: 1) { edges { addedBy { id spotifyId } } }
  }
}`);
const USER = graphql(`query OlderUserNamesUser($id: ID!) {
  user(id: $id) { id spotifyId uri displayName }
}`);
const NODE = graphql(`query OlderUserNamesNode($id: ID!) {
  node(id: $id) { __typename id ... on User { spotifyId displayName } }
}`);

const BOTH_SPELLINGS = graphql(`query OlderUserNamesBothSpellings($a: ID!, $b: ID!) {
  a: user(id: $a) { id spotifyId }
  b: user(id: $b) { id spotifyId }
}`);

const PROFILE = 'GET /v1/users/{user_id}';

/** The paths of the profile calls the emulator received since the log was last cleared. */
async function profilePaths(): Promise<string[]> {
  const log = (await t.emu.control('GET', '/requests')).json as {
    entries: { method: string; route: string; path: string }[];
  };
  return log.entries.filter((e) => `${e.method} ${e.route}` === PROFILE).map((e) => e.path);
}

/** The seeded playlist of the listener with the older user name. */
const emiliesPlaylist = () =>
  [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === OLDER_USER_NAME)!.id;

describe('a seeded user with an older user name (émilie)', () => {
  it("owns a playlist: the owner and addedBy answer, the owner's profile asked at /users/%C3%A9milie", async () => {
    await t.clearLog();
    const answer = await t.query(OWNER, { id: emiliesPlaylist() });
    expect(answer.errors).toBeUndefined();
    const owner = answer.data?.playlist?.owner;
    expect(owner).toEqual({
      id: 'spotify:user:%C3%A9milie',
      spotifyId: 'émilie',
      uri: 'spotify:user:%C3%A9milie',
      displayName: expect.any(String),
      followerCount: expect.any(Number),
    });
    expect(answer.data?.playlist?.items?.edges[0]?.addedBy).toEqual({
      id: 'spotify:user:%C3%A9milie',
      spotifyId: 'émilie',
    });
    expect(await profilePaths()).toEqual(['/v1/users/%C3%A9milie']);
  });

  it('user(id:) by name or by URI (any case of its escapes) and node(id:) round trip to the same Node id', async () => {
    for (const id of [
      'émilie',
      'spotify:user:%C3%A9milie',
      'spotify:user:%c3%a9milie',
      'spotify:user:émilie',
    ]) {
      const answer = await t.query(USER, { id });
      expect(answer.errors, id).toBeUndefined();
      expect(answer.data?.user, id).toMatchObject({ id: 'spotify:user:%C3%A9milie', spotifyId: 'émilie' });
    }
    const node = await t.query(NODE, { id: 'spotify:user:%C3%A9milie' });
    expect(node.errors).toBeUndefined();
    expect(node.data?.node).toMatchObject({
      __typename: 'User',
      id: 'spotify:user:%C3%A9milie',
      spotifyId: 'émilie',
    });
  });
});

describe('a user name typed decomposed (e + U+0301) is the same user as typed precomposed (é)', () => {
  const decomposed = 'e\u0301milie';

  it('answers émilie, asked of Spotify in NFC', async () => {
    for (const id of [decomposed, 'spotify:user:e%CC%81milie']) {
      await t.clearLog();
      const answer = await t.query(USER, { id });
      expect(answer.errors, id).toBeUndefined();
      expect(answer.data?.user, id).toMatchObject({ id: 'spotify:user:%C3%A9milie', spotifyId: 'émilie' });
      expect(await profilePaths(), id).toEqual(['/v1/users/%C3%A9milie']);
    }
  });

  it('both spellings in one request are one user: one profile call', async () => {
    await t.clearLog();
    const answer = await t.query(BOTH_SPELLINGS, { a: 'émilie', b: decomposed });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.a).toEqual(answer.data?.b);
    expect(await profilePaths()).toEqual(['/v1/users/%C3%A9milie']);
  });
});

describe('an owner with an older user name sent by Spotify (fault rule)', () => {
  it.each([
    ['a@b.com', 'spotify:user:a%40b.com', 'spotify:user:a%40b.com'],
    ['a+b', 'spotify:user:a%2Bb', 'spotify:user:a%2Bb'],
    ['a b', 'spotify:user:a+b', 'spotify:user:a%20b'],
    ['émilie', 'spotify:user:%C3%A9milie', 'spotify:user:%C3%A9milie'],
  ])(
    '%s (uri %s): the owner answers with the Node id %s, and user(id:) asks for that name',
    async (name, uri, nodeId) => {
      const playlist = [...t.emu.state.catalog.playlists.keys()][0]!;
      await t.fault('GET /v1/playlists/{playlist_id}', { '/owner/id': name, '/owner/uri': uri });
      const answer = await t.query(OWNER, { id: playlist });
      expect(answer.data?.playlist?.owner).toMatchObject({ id: nodeId, spotifyId: name, uri });
      // followerCount reads the profile, which the emulator does not hold for a made-up name.
      await t.clearLog();
      const user = await t.query(USER, { id: nodeId });
      expect((user.errors ?? []).map((e) => e.extensions?.code)).not.toContain('BAD_USER_INPUT');
      expect(await profilePaths()).toEqual([`/v1/users/${encodeURIComponent(name)}`]);
    },
  );

  it('an owner whose id no user name holds (a/b, a control character) is still SPOTIFY_UNSUPPORTED_ITEM', async () => {
    const playlist = [...t.emu.state.catalog.playlists.keys()][0]!;
    for (const name of ['a/b', 'a\u0001b', '..']) {
      await t.fault('GET /v1/playlists/{playlist_id}', { '/owner/id': name, '/owner/uri': null });
      const answer = await t.query(OWNER, { id: playlist });
      expect(answer.data?.playlist?.owner, name).toBeNull();
      expect(
        answer.errors?.map((e) => e.extensions?.code),
        name,
      ).toEqual(['SPOTIFY_UNSUPPORTED_ITEM']);
    }
  });
});

describe('malformed user ids are refused before any call', () => {
  it.each([
    [''],
    ['a\u0000b'],
    ['x'.repeat(129)],
    ['../me'],
    ['..'],
    ['%2F'],
    ['a%2Fb'],
    ['%C3%A9milie'],
    ['spotify:user:..%2Fme'],
    ['spotify:user:%2e%2e'],
    ['spotify:user:%ZZ'],
    ['spotify:user:a%00b'],
    [' alice'],
    ['a?b=1'],
    ['a#b'],
    ['a\u200bb'],
  ])('user(id: %j): BAD_USER_INPUT, no call', async (id) => {
    await t.clearLog();
    const answer = await t.query(USER, { id });
    expect(answer.data?.user ?? null).toBeNull();
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await t.calls()).toEqual({});
  });
});
