/**
 * One rule for the numbers and on/off settings of the environment (src/server/env-values.ts), through
 * the config module: `Number()` took `0x20` (32), `1e1` (10), `20.0`, `+20`, `0b1` (1), and an empty
 * value was silently the default. Now a number is decimal digits alone within its variable's range,
 * and anything else (empty included) is refused naming the variable, the rule and the range.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../src/server/config.js';
import { FLAG_VARIABLES, INTEGER_VARIABLES, rangeText } from '../../src/server/env-values.js';
import { DEFAULT_REQUEST_LIMIT } from '../../src/spotify/transport.js';

/** `raw` JSON-quoted with every character outside printable ASCII as `\uXXXX`: how refusals quote. */
const asciiQuoted = (raw: string): string =>
  JSON.stringify(raw).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Values Number() reads as an integer (or the default) that are not decimal digits alone. */
const NOT_DIGITS = ['0x20', '1e1', '20.0', '+20', '0b1', '0o7', '2_0', '-1', '', '٢٠', '１２', 'Infinity'];

/** Every integer variable configFromEnv reads (EMULATOR_PORT is serve's: test/cli-env-values.test.ts). */
const READ_HERE = Object.keys(INTEGER_VARIABLES).filter((name) => name !== 'EMULATOR_PORT');

describe('integer variables: decimal digits alone, within their range', () => {
  it.each(READ_HERE)('%s refuses what is not decimal digits, naming the variable and the range', (name) => {
    const range = INTEGER_VARIABLES[name]!;
    for (const raw of NOT_DIGITS) {
      const start = () => configFromEnv({ [name]: raw });
      expect(start, JSON.stringify(raw)).toThrow(ConfigError);
      // PORT too (s44: it had a form of its own, `invalid port "٢٠" (PORT)`, the digits unescaped).
      expect(start).toThrow(
        `${name} must be a whole number from ${rangeText(range)}, in decimal digits only: ${
          raw === '' ? 'it is empty (unset it for the default)' : `not ${asciiQuoted(raw)}`
        }`,
      );
    }
  });

  it.each(READ_HERE)('%s takes both ends of its range and refuses one beyond each', (name) => {
    const { min, max } = INTEGER_VARIABLES[name]!;
    // PORT 0 picks any free port; the bad-port check (BAD_PORTS) does not hold 0 or 65535.
    const extra = name === 'APP_TOKEN_BACKOFF_MAX_MS' ? { APP_TOKEN_BACKOFF_MS: '1' } : {};
    expect(() => configFromEnv({ ...extra, [name]: String(min) })).not.toThrow();
    expect(() => configFromEnv({ ...extra, [name]: String(max) })).not.toThrow();
    expect(() => configFromEnv({ [name]: String(max + 1) })).toThrow(ConfigError);
    if (min > 0) expect(() => configFromEnv({ [name]: String(min - 1) })).toThrow(ConfigError);
    expect(() => configFromEnv({ [name]: '9'.repeat(30) })).toThrow(ConfigError);
  });

  it('reads leading zeros as decimal, not octal', () => {
    expect(configFromEnv({ MAX_DEPTH: '010' }).limits.maxDepth).toBe(10);
  });

  // s44 attack: more than 16 digits with leading zeros was refused as "not decimal digits only".
  it('takes any number of leading zeros, and refuses 17 significant digits', () => {
    expect(configFromEnv({ MAX_DEPTH: '0000000000000000000020' }).limits.maxDepth).toBe(20);
    expect(configFromEnv({ PORT: `${'0'.repeat(500)}4000` }).port).toBe(4000);
    expect(() => configFromEnv({ MAX_ANSWER_VALUES: '1'.repeat(17) })).toThrow(ConfigError);
  });

  it("holds SPOTIFY_POOL_RESERVE below the Spotify client's pool", () => {
    expect(INTEGER_VARIABLES.SPOTIFY_POOL_RESERVE?.max).toBe(DEFAULT_REQUEST_LIMIT - 1);
  });

  it('keeps APP_TOKEN_BACKOFF_MAX_MS at least APP_TOKEN_BACKOFF_MS', () => {
    expect(() => configFromEnv({ APP_TOKEN_BACKOFF_MS: '5000', APP_TOKEN_BACKOFF_MAX_MS: '4000' })).toThrow(
      'APP_TOKEN_BACKOFF_MAX_MS must be at least APP_TOKEN_BACKOFF_MS (5000), not 4000',
    );
  });
});

describe('on/off variables: one set of spellings', () => {
  it.each(FLAG_VARIABLES)('%s takes true/false, 1/0, yes/no, on/off in any case, nothing else', (name) => {
    for (const raw of ['', 'y', 'n', 'enabled', 'truee', '2', 'ja', 'null', 'undefined']) {
      expect(() => configFromEnv({ [name]: raw }), JSON.stringify(raw)).toThrow(
        `${name} must be true or false (or 1/0, yes/no, on/off)`,
      );
    }
    expect(() => configFromEnv({ [name]: '' })).toThrow('it is empty (unset it for the default)');
    for (const raw of ['TRUE', 'Yes', 'ON', '1']) expect(() => configFromEnv({ [name]: raw })).not.toThrow();
  });
});
