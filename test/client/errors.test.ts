import { describe, expect, it } from 'vitest';
import {
  NotAvailableInDevelopmentMode,
  RateLimitExceeded,
  ReauthenticationRequired,
  SpotifyAPIError,
  SpotifyBaseError,
  SpotifyError,
  TokenExpired,
} from '../../src/spotify/index.js';

describe('client errors', () => {
  it('give status 0 in getJson for a usage error', () => {
    const error = new SpotifyError('missing applicationId');
    expect(error.getJson()).toEqual({ error: { status: 0, message: 'missing applicationId' } });
    expect(error.code).toBe('USAGE_ERROR');
  });

  it('serialise to the same JSON as getJson', () => {
    const error = new SpotifyAPIError('Non existing id', { status: 404 });
    expect(JSON.parse(JSON.stringify(error))).toEqual(error.getJson());
    expect(error.getJson()).toEqual({ error: { status: 404, message: 'Non existing id' } });
  });

  it('all derive from SpotifyBaseError and keep their class names', () => {
    const errors = [
      new SpotifyError('x'),
      new TokenExpired(),
      new RateLimitExceeded(30, 'QUOTA_EXCEEDED'),
      new SpotifyAPIError('x', { status: 400 }),
      new ReauthenticationRequired({ status: 400, reason: 'invalid_grant' }),
      new NotAvailableInDevelopmentMode('get-multiple-albums'),
    ];
    for (const error of errors) expect(error).toBeInstanceOf(SpotifyBaseError);
    expect(errors.map((error) => error.name)).toEqual([
      'SpotifyError',
      'TokenExpired',
      'RateLimitExceeded',
      'SpotifyAPIError',
      'ReauthenticationRequired',
      'NotAvailableInDevelopmentMode',
    ]);
  });

  it('carry retryAfter and reason on RateLimitExceeded with status 429', () => {
    const error = new RateLimitExceeded(3600, 'QUOTA_EXCEEDED');
    expect([error.retryAfter, error.reason, error.status, error.code]).toEqual([
      3600,
      'QUOTA_EXCEEDED',
      429,
      'RATE_LIMITED',
    ]);
  });

  it('say on invalid_grant that the user must sign in again', () => {
    const error = new ReauthenticationRequired({ status: 400, reason: 'invalid_grant' });
    expect(error).toBeInstanceOf(SpotifyAPIError);
    expect(error.code).toBe('REAUTHENTICATION_REQUIRED');
    expect(error.message).toMatch(/sign in again/);
  });

  it('give TokenExpired status 401', () => {
    expect(new TokenExpired().getJson().error.status).toBe(401);
  });
});
