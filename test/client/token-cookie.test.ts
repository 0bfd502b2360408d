import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SpotifyAuthorisationToken, SpotifyCookie, SpotifyError } from '../../src/spotify/index.js';

describe('SpotifyAuthorisationToken', () => {
  const issued = Date.UTC(2026, 0, 1);

  it('is expired from its activation time plus its lifetime on', () => {
    const token = new SpotifyAuthorisationToken({
      accessToken: 'a',
      activationTime: issued,
      expiresIn: 3600,
    });
    expect(token.expiresAt).toBe(issued + 3_600_000);
    expect(token.isExpired(issued + 3_599_999)).toBe(false);
    expect(token.isExpired(issued + 3_600_000)).toBe(true);
  });

  it('expires soon within the margin', () => {
    const token = new SpotifyAuthorisationToken({
      accessToken: 'a',
      activationTime: issued,
      expiresIn: 3600,
    });
    expect(token.expiresSoon(60, issued + 3_539_000)).toBe(false);
    expect(token.expiresSoon(60, issued + 3_541_000)).toBe(true);
  });

  it('keeps the old refresh token when a refresh answer has none', () => {
    const old = new SpotifyAuthorisationToken({
      accessToken: 'a',
      refreshToken: 'r1',
      scopes: ['streaming'],
    });
    const fresh = SpotifyAuthorisationToken.fromTokenResponse({ access_token: 'b', expires_in: 3600 }, old);
    expect([fresh.accessToken, fresh.refreshToken, fresh.scopes]).toEqual(['b', 'r1', ['streaming']]);
  });

  it('takes a rotated refresh token and the granted scopes', () => {
    const old = new SpotifyAuthorisationToken({ accessToken: 'a', refreshToken: 'r1' });
    const fresh = SpotifyAuthorisationToken.fromTokenResponse(
      { access_token: 'b', refresh_token: 'r2', scope: 'user-top-read streaming', expires_in: 60 },
      old,
    );
    expect([fresh.refreshToken, fresh.scopes, fresh.expiresIn]).toEqual([
      'r2',
      ['user-top-read', 'streaming'],
      60,
    ]);
  });

  it("believes Spotify's 3600 s when expires_in is absent, 300 s when it is no positive number, at most a day", () => {
    const lifetime = (expires_in: unknown) =>
      SpotifyAuthorisationToken.fromTokenResponse({ access_token: 'b', expires_in }).expiresIn;
    expect([undefined, 0, -100, 'soon', Number.NaN, '3600', 1e12].map(lifetime)).toEqual([
      3600, 300, 300, 300, 300, 3600, 86_400,
    ]);
  });

  it('never prints its secrets', () => {
    const token = new SpotifyAuthorisationToken({
      accessToken: 'access-secret',
      refreshToken: 'refresh-secret',
    });
    for (const shown of [JSON.stringify(token), inspect(token), String(token), `${token}`]) {
      expect(shown).not.toContain('access-secret');
      expect(shown).not.toContain('refresh-secret');
    }
  });

  it('round-trips through its stored form', () => {
    const token = new SpotifyAuthorisationToken({
      accessToken: 'a',
      refreshToken: 'r',
      scopes: ['streaming'],
    });
    const restored = SpotifyAuthorisationToken.fromStored(JSON.parse(JSON.stringify(token.toStored())));
    expect(restored.toStored()).toEqual(token.toStored());
  });
});

describe('SpotifyCookie', () => {
  it('loads sp_t, sp_dc and sp_key from a JSON file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookie-'));
    const file = join(dir, 'cookie.json');
    writeFileSync(file, JSON.stringify({ sp_t: 'a', sp_dc: 'b', sp_key: 'c' }));
    const cookie = new SpotifyCookie().loadFromFile(file);
    expect([cookie.spT, cookie.spDc, cookie.spKey]).toEqual(['a', 'b', 'c']);
    expect(cookie.toHeader()).toBe('sp_t=a; sp_dc=b; sp_key=c');
  });

  it('names the missing parts', () => {
    expect(() => new SpotifyCookie({ spT: 'a' }).toHeader()).toThrow(/sp_dc, sp_key/);
  });

  it('gives a SpotifyError for an unreadable file', () => {
    expect(() => new SpotifyCookie().loadFromFile('/nonexistent/cookie.json')).toThrow(SpotifyError);
  });

  it('says why a cookie file could not be read, without echoing its content (v14 new user, F8)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookie-'));
    const notJson = join(dir, 'cookie.json');
    writeFileSync(notJson, 'sp_dc=secret-value-1');
    expect(() => new SpotifyCookie().loadFromFile(join(dir, 'nope.json'))).toThrow(
      /^Cannot read a cookie JSON file at .*nope\.json: no such file$/,
    );
    expect(() => new SpotifyCookie().loadFromFile(dir)).toThrow(/: it is a folder, not a file$/);
    let said = '';
    try {
      new SpotifyCookie().loadFromFile(notJson);
    } catch (error) {
      said = (error as Error).message;
    }
    expect(said).toMatch(/: it is not JSON$/);
    expect(said).not.toContain('secret-value');
  });

  it('never prints its values', () => {
    const cookie = new SpotifyCookie({ spT: 'tee-value', spDc: 'dc-value', spKey: 'key-value' });
    for (const shown of [JSON.stringify(cookie), inspect(cookie)]) expect(shown).not.toMatch(/-value/);
  });
});
