/**
 * One rule for the value of every variable `serve` reads (s38 new user, LOW): `PORT=" 4001"` was
 * taken (Number(" 4001") is 4001; `PORT=" "` was port 0) and `SPOTIFY_DEFAULT_MARKET=" se "` was
 * trimmed, while `SPOTIFY_CLIENT_ID=" id"` was refused. Now an empty value counts as unset, and one of
 * spaces only, or with spaces or a line break around it, is refused for every variable, naming it and
 * never quoting the value.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../src/server/config.js';
import { SERVE_VARIABLES } from '../../src/server/variable-names.js';

describe('every variable serve reads: spaces around a value are refused', () => {
  it.each(SERVE_VARIABLES)('%s with spaces or a line break around it', (name) => {
    for (const value of [' 4001', 'on ', 'se\n', '\tredis://:pw@127.0.0.1:6379']) {
      const start = () => configFromEnv({ [name]: value });
      expect(start).toThrow(ConfigError);
      expect(start).toThrow(
        `${name} has spaces or a line break around it: remove them (the value is not shown)`,
      );
      expect(start).not.toThrow(/4001|pw@/);
    }
  });

  it.each(SERVE_VARIABLES)('%s of spaces only is blank', (name) => {
    expect(() => configFromEnv({ [name]: '  ' })).toThrow(`${name} is blank: set it, or unset it`);
  });

  it('takes an empty value as unset, and a value without spaces as it is', () => {
    expect(configFromEnv({ SPOTIFY_CLIENT_ID: '', LOG_LEVEL: '' })).toMatchObject({
      clientId: undefined,
      logLevel: 'info',
    });
    // A number or an on/off setting is the exception: empty is refused (env-integers.test.ts).
    expect(() => configFromEnv({ PORT: '' })).toThrow(
      'PORT must be a whole number from 0 to 65535, in decimal digits only: it is empty (unset it for the default)',
    );
    expect(configFromEnv({ PORT: '4001', SPOTIFY_DEFAULT_MARKET: 'se' })).toMatchObject({
      port: 4001,
      defaultMarket: 'SE',
    });
  });
});
