import { describe, expect, it } from 'vitest';
import { SCOPES as ALL_SCOPES } from '../../src/spotify/endpoints/types.js';
import { graphql } from '../generated/index.js';
import { startTestServer, useTestServer } from '../helpers/server.js';

/**
 * A raw Spotify token's scopes are unknown to the server: a missing-scope refusal then keeps Spotify's
 * words and says what the endpoint needs ("a and b" when both are required), and never claims the
 * token lacks a scope: it may hold them all (v15 attack on issue 7, V7).
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
      'Spotify refused the request: Insufficient client scope (this needs the scopes user-read-playback-state and user-read-currently-playing)',
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
        'Spotify refused the request: Insufficient client scope (this needs the scope user-library-read)',
      );
      expect(forTrack?.extensions?.missingScopes).toBeUndefined();
      // An artist needs user-follow-read: the token's user-library-read is not named as missing.
      const forArtist = await ask(`spotify:artist:${artist}`, ['user-library-read']);
      expect(forArtist?.message).toBe(
        'Spotify refused the request: Insufficient client scope (this needs the scope user-follow-read)',
      );
      expect(forArtist?.extensions?.missingScopes).toBeUndefined();
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
      'Spotify refused the request: Insufficient client scope (this needs the scope playlist-modify-private)',
    );
    expect(answer.errors?.[0]?.extensions?.missingScopes).toBeUndefined();
  });

  it("keep Spotify's words for a token that holds every scope, claiming none missing", async () => {
    // A token with every scope the emulator knows, refused as Spotify may for other causes.
    const token = await t.emu.token({ user: 'alice', scopes: [...ALL_SCOPES] });
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/tracks',
      status: 403,
      contentType: 'application/json',
      text: JSON.stringify({ error: { status: 403, message: 'Insufficient client scope' } }),
      times: 1,
    });
    const answer = await t.query(
      graphql(`query ScopeMessagesEveryScope { me { id savedTracks(first: 1) { totalCount } } }`),
      {},
      { token },
    );
    expect(answer.data?.me?.id).toBe('spotify:user:alice');
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    // Old code: "a required scope is missing (the token lacks the scope user-library-read): sign in
    // again granting it", with missingScopes and loginUrl.
    expect(error?.message).toBe(
      'Spotify refused the request: Insufficient client scope (this needs the scope user-library-read)',
    );
    expect(error?.extensions?.missingScopes).toBeUndefined();
    expect(error?.extensions?.loginUrl).toBeUndefined();
  });
});
