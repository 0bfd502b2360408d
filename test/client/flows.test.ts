import { createHash } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AuthorizationCodeFlow,
  ClientCredentialsFlow,
  createPkcePair,
  SpotifyError,
} from '../../src/spotify/index.js';

describe('authorization flows', () => {
  it('load every variable from the environment', () => {
    const flow = new AuthorizationCodeFlow().loadFromEnv({
      SPOTIFY_CLIENT_ID: 'id',
      SPOTIFY_CLIENT_SECRET: 'secret',
      SPOTIFY_SCOPES: 'user-read-private  user-top-read',
      SPOTIFY_REDIRECT_URI: 'http://127.0.0.1:8888/callback',
    });
    expect([flow.applicationId, flow.applicationSecret, flow.scopes, flow.redirectUrl]).toEqual([
      'id',
      'secret',
      ['user-read-private', 'user-top-read'],
      'http://127.0.0.1:8888/callback',
    ]);
  });

  it('keep existing values for variables that are not set', () => {
    const flow = new AuthorizationCodeFlow({
      applicationId: 'old-id',
      applicationSecret: 'old-secret',
      scopes: ['streaming'],
      redirectUrl: 'http://127.0.0.1/cb',
    }).loadFromEnv({ SPOTIFY_CLIENT_ID: 'new-id' });
    expect([flow.applicationId, flow.applicationSecret, flow.scopes, flow.redirectUrl]).toEqual([
      'new-id',
      'old-secret',
      ['streaming'],
      'http://127.0.0.1/cb',
    ]);
  });

  it('name everything an incomplete code flow lacks', () => {
    const flow = new AuthorizationCodeFlow({ applicationId: 'id' });
    expect(() => flow.validate()).toThrow(SpotifyError);
    expect(() => flow.validate()).toThrow(/applicationSecret.*redirectUrl/);
  });

  it('accept a code flow without secret for PKCE', () => {
    const flow = new AuthorizationCodeFlow({ applicationId: 'id', redirectUrl: 'http://127.0.0.1/cb' });
    expect(() => flow.validate({ pkce: true })).not.toThrow();
  });

  it('name the missing id of a client credentials flow', () => {
    const flow = new ClientCredentialsFlow({ applicationSecret: 'secret' }).loadFromEnv({});
    expect(() => flow.validate()).toThrow(/applicationId/);
  });

  it('never print the application secret', () => {
    const flow = new ClientCredentialsFlow({ applicationId: 'id', applicationSecret: 'top-secret-value' });
    expect(JSON.stringify(flow)).not.toContain('top-secret-value');
    expect(inspect(flow)).not.toContain('top-secret-value');
  });

  it('make a PKCE pair whose challenge is the S256 of the verifier', () => {
    const pair = createPkcePair();
    expect(pair.codeVerifier.length).toBeGreaterThanOrEqual(43);
    expect(pair.codeVerifier.length).toBeLessThanOrEqual(128);
    expect(pair.codeChallenge).toBe(createHash('sha256').update(pair.codeVerifier).digest('base64url'));
    expect(pair.codeChallengeMethod).toBe('S256');
  });
});
