import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../src/server/config.js';

describe('SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET', () => {
  it('refuses a secret without its id (a deploy whose id did not load), never quoting the secret', () => {
    const start = () => configFromEnv({ SPOTIFY_CLIENT_SECRET: 'sec-ret-value-123' });
    expect(start).toThrow(ConfigError);
    expect(start).toThrow(/SPOTIFY_CLIENT_SECRET is set but SPOTIFY_CLIENT_ID is not/);
    expect(start).not.toThrow(/sec-ret-value-123/);
  });

  it('starts the sandbox with neither, and Spotify with both', () => {
    expect(configFromEnv({}).clientId).toBeUndefined();
    const both = configFromEnv({ SPOTIFY_CLIENT_ID: 'id', SPOTIFY_CLIENT_SECRET: 'secret' });
    expect(both.clientId).toBe('id');
    expect(both.clientSecret).toBe('secret');
  });

  it.each([
    [
      'SPOTIFY_CLIENT_ID',
      { SPOTIFY_CLIENT_ID: '   ', SPOTIFY_CLIENT_SECRET: 'secret' },
      /SPOTIFY_CLIENT_ID is blank/,
    ],
    [
      'SPOTIFY_CLIENT_SECRET',
      { SPOTIFY_CLIENT_ID: 'id', SPOTIFY_CLIENT_SECRET: '\t' },
      /SPOTIFY_CLIENT_SECRET is blank/,
    ],
  ])(
    'refuses a blank %s instead of starting with a credential Spotify will refuse',
    (_name, env, message) => {
      expect(() => configFromEnv(env)).toThrow(ConfigError);
      expect(() => configFromEnv(env)).toThrow(message);
    },
  );

  it('refuses a credential with a line break or spaces around it, never quoting it', () => {
    const start = () =>
      configFromEnv({ SPOTIFY_CLIENT_ID: 'id', SPOTIFY_CLIENT_SECRET: 'sec-ret-value-123\n' });
    expect(start).toThrow(/SPOTIFY_CLIENT_SECRET has spaces or a line break around it/);
    expect(start).not.toThrow(/sec-ret-value-123/);
    expect(() => configFromEnv({ SPOTIFY_CLIENT_ID: ' id', SPOTIFY_CLIENT_SECRET: 'secret' })).toThrow(
      /SPOTIFY_CLIENT_ID has spaces/,
    );
  });
});
