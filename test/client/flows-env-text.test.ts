/**
 * The client's flows read SPOTIFY_CLIENT_ID, SPOTIFY_CLIENT_SECRET and SPOTIFY_REDIRECT_URI from the
 * environment as the server does, and hold them to the same characters (s43): one holding a
 * zero-width space, a byte order mark, a control character, a space or a quote was taken and failed
 * at Spotify as `invalid_client`. Now loadFromEnv throws SpotifyError USAGE_ERROR naming the variable,
 * the kind and the position, never the value.
 */
import { describe, expect, it } from 'vitest';
import { AuthorizationCodeFlow, ClientCredentialsFlow, SpotifyError } from '../../src/spotify/index.js';

const ID = '0123456789abcdef0123456789abcdef';
const SECRET = 'fedcba9876543210fedcba9876543210';

function thrown(load: () => unknown): SpotifyError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(SpotifyError);
    return error as SpotifyError;
  }
  throw new Error('loaded');
}

describe('flows loaded from the environment: characters Spotify would refuse', () => {
  it.each([
    ['SPOTIFY_CLIENT_ID', `\uFEFF${ID}`, 'a byte order mark (U+FEFF) at character 1'],
    ['SPOTIFY_CLIENT_SECRET', `${SECRET}\u200B`, 'an invisible character (U+200B) at character 33'],
    ['SPOTIFY_CLIENT_SECRET', `"${SECRET}"`, 'a quote (U+0022) at character 1'],
    ['SPOTIFY_CLIENT_SECRET', `${SECRET}\r`, 'a control character (U+000D) at character 33'],
    [
      'SPOTIFY_REDIRECT_URI',
      'http://127.0.0.1:8888/call back',
      'a space or line break (U+0020) at character 27',
    ],
  ])('%s holding %j is refused naming %s', (name, value, said) => {
    const env = { SPOTIFY_CLIENT_ID: ID, SPOTIFY_CLIENT_SECRET: SECRET, [name]: value };
    const error = thrown(() => new AuthorizationCodeFlow().loadFromEnv(env));
    expect(error.code).toBe('USAGE_ERROR');
    expect(error.message).toBe(`${name} holds ${said}: remove it (the value is not shown)`);
    expect(error.message).not.toContain(SECRET.slice(0, 8));
    if (name !== 'SPOTIFY_REDIRECT_URI')
      expect(() => new ClientCredentialsFlow().loadFromEnv(env)).toThrow(`${name} holds ${said}`);
  });

  it('loads ordinary values as before', () => {
    const flow = new ClientCredentialsFlow().loadFromEnv({
      SPOTIFY_CLIENT_ID: ID,
      SPOTIFY_CLIENT_SECRET: SECRET,
    });
    expect([flow.applicationId, flow.applicationSecret]).toEqual([ID, SECRET]);
  });
});
