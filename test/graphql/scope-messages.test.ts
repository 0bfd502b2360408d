import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startTestServer, useTestServer } from '../helpers/server.js';

/**
 * A raw Spotify token's scopes are unknown to the server: a missing-scope refusal then says what the
 * endpoint needs ("a and b" when both are required) and never claims the token lacks a given scope.
 */

const t = useTestServer({ mode: 'extended' });

describe('missing-scope messages for a raw Spotify token', () => {
  it('say the queue needs both of its scopes, without claiming which one the token lacks', async () => {
    const token = await t.emu.token({ user: 'alice', scopes: ['user-read-playback-state'] });
    const answer = await t.query(
      graphql(`query ScopeMessagesMe { me { player { queue { items { __typename } } } } }`),
      {},
      { token },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.errors?.[0]?.message).toBe(
      'Spotify refused the request: a required scope is missing (this needs the scopes user-read-playback-state and user-read-currently-playing)',
    );
    // Which of the two it lacks is unknown: no missingScopes rather than a guess.
    expect(answer.errors?.[0]?.extensions?.missingScopes).toBeUndefined();
  });

  it('name the scope of the URI kind asked through the generic library, not any of its scopes', async () => {
    const dev = await startTestServer({ mode: 'development' });
    try {
      const track = [...dev.emu.state.catalog.tracks.keys()][0]!;
      const artist = [...dev.emu.state.catalog.artists.keys()][0]!;
      const ask = async (uri: string, scopes: string[]) =>
        (
          await dev.query(
            graphql(
              `query ScopeMessagesLibraryContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }`,
            ),
            { uris: [uri] },
            { token: await dev.emu.token({ user: 'alice', app: 'development', scopes }) },
          )
        ).errors?.[0];
      // A track needs user-library-read: user-follow-read or playlist-read-private would not do.
      const forTrack = await ask(`spotify:track:${track}`, ['user-read-private']);
      expect(forTrack?.message).toBe(
        'Spotify refused the request: a required scope is missing (the token lacks the scope user-library-read): sign in again granting it',
      );
      expect(forTrack?.extensions?.missingScopes).toEqual(['user-library-read']);
      expect(forTrack?.extensions?.loginUrl).toEqual(expect.any(String));
      // An artist needs user-follow-read: the token's user-library-read is not named as missing.
      const forArtist = await ask(`spotify:artist:${artist}`, ['user-library-read']);
      expect(forArtist?.message).toBe(
        'Spotify refused the request: a required scope is missing (the token lacks the scope user-follow-read): sign in again granting it',
      );
      expect(forArtist?.extensions?.missingScopes).toEqual(['user-follow-read']);
    } finally {
      await dev.close();
    }
  });
});

describe('missing-scope messages that follow the request', () => {
  it('name playlist-modify-private for a private playlist asked with only playlist-modify-public', async () => {
    const token = await t.emu.token({ user: 'alice', scopes: ['playlist-modify-public'] });
    const answer = await t.query(
      graphql(
        `mutation ScopeMessagesPrivatePlaylist { createPlaylist(name: "s", public: false) { playlist { id } } }`,
      ),
      {},
      { token },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The token's own scope is not named as what it needs: public: false decides the scope.
    expect(answer.errors?.[0]?.message).toBe(
      'Spotify refused the request: a required scope is missing (the token lacks the scope playlist-modify-private): sign in again granting it',
    );
    expect(answer.errors?.[0]?.extensions?.missingScopes).toEqual(['playlist-modify-private']);
  });
});
