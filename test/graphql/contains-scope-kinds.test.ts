import { beforeAll, describe, expect, it } from 'vitest';
import { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import { graphql } from '../generated/index.js';
import { DEVELOPMENT_APP } from '../helpers/emulator.js';
import { useTestServer } from '../helpers/server.js';

/**
 * Development Mode asks every contains check on one route (`/me/library/contains`), which Spotify
 * refuses whole when the token lacks the scope of any URI kind in the call. A follow check and a
 * library check of one request shared that call, so a token with user-follow-read but not
 * user-library-read nulled `followsArtists` too, with a message naming the library scope (s37 attack,
 * finding 3). Each field keeps its own answer and its own refusal.
 */

const t = useTestServer({ mode: 'development' });
const FOLLOW_ONLY = ['user-read-private', 'user-follow-read'];
let artist: string;
let track: string;

beforeAll(() => {
  const { catalog } = t.emu.state;
  const followed = t.emu.state.user('alice').followedArtists;
  artist = [...catalog.artists.keys()].find((id) => followed.has(id))!;
  track = [...catalog.tracks.keys()][0]!;
});

const Both = graphql(`
  query ContainsScopeKindsBoth($artists: [ID!]!, $uris: [ID!]!) {
    me {
      id
      followsArtists(ids: $artists)
      libraryContains(uris: $uris)
    }
  }
`);

const ask = (token: string) =>
  t.query(Both, { artists: [artist], uris: [`spotify:track:${track}`] }, { token });

const sessionWith = async (scopes: string[]): Promise<string> => {
  const accessToken = await t.emu.token({ user: 'alice', app: 'development', scopes });
  const token = new SpotifyAuthorisationToken({ accessToken, scopes, clientId: DEVELOPMENT_APP.clientId });
  return (await t.server.auth.sessions.create(token, { id: 'alice', displayName: 'alice' })).sessionToken;
};

describe('contains checks of several scope kinds in Development Mode', () => {
  it('a raw token lacking user-library-read: followsArtists answers, libraryContains alone is refused', async () => {
    const token = await t.emu.token({ user: 'alice', app: 'development', scopes: FOLLOW_ONLY });
    await t.clearLog();
    const answer = await ask(token);
    expect(answer.data?.me?.id).toBe('spotify:user:alice');
    expect(answer.data?.me?.followsArtists).toEqual([true]);
    expect(answer.data?.me?.libraryContains).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.path).toEqual(['me', 'libraryContains']);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toContain('user-library-read');
    expect(answer.errors?.[0]?.message).not.toContain('user-follow-read');
    // The shared call, refused; then each kind on its own.
    expect(await t.calls()).toEqual({ 'GET /v1/me': 1, 'GET /v1/me/library/contains': 3 });
  });

  it('a session whose scopes are known asks each kind on its own at once: no refused shared call', async () => {
    const session = await sessionWith(FOLLOW_ONLY);
    await t.clearLog();
    const answer = await ask(session);
    expect(answer.data?.me?.followsArtists).toEqual([true]);
    expect(answer.data?.me?.libraryContains).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.path).toEqual(['me', 'libraryContains']);
    expect(answer.errors?.[0]?.message).toContain('the token lacks the scope user-library-read');
    expect(answer.errors?.[0]?.message).not.toContain('user-follow-read');
    expect((await t.calls())['GET /v1/me/library/contains']).toBe(2);
  });

  it('a token holding both scopes still shares one call', async () => {
    const session = await sessionWith([...FOLLOW_ONLY, 'user-library-read']);
    await t.clearLog();
    const answer = await ask(session);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.followsArtists).toEqual([true]);
    expect(answer.data?.me?.libraryContains).toEqual([expect.any(Boolean)]);
    expect((await t.calls())['GET /v1/me/library/contains']).toBe(1);
  });
});

const Mixed = graphql(`
  query ContainsScopeKindsMixed($uris: [ID!]!) {
    me {
      libraryContains(uris: $uris)
    }
  }
`);

describe('libraryContains lacking every scope its kinds need (s38, issue 7 item 3, LOW)', () => {
  it.each([
    ['a session (scopes known)', true],
    ['a raw token', false],
  ])('with %s, the FORBIDDEN error names each missing scope', async (_name, session) => {
    const scopes = ['user-read-private'];
    const token = session
      ? await sessionWith(scopes)
      : await t.emu.token({ user: 'alice', app: 'development', scopes });
    const answer = await t.query(
      Mixed,
      { uris: [`spotify:track:${track}`, `spotify:artist:${artist}`] },
      { token },
    );
    expect(answer.data?.me?.libraryContains).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toContain('user-library-read');
    expect(answer.errors?.[0]?.message).toContain('user-follow-read');
  });
});
