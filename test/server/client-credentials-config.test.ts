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
});
