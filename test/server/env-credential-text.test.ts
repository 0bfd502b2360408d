/**
 * SPOTIFY_CLIENT_ID, SPOTIFY_CLIENT_SECRET and SPOTIFY_REDIRECT_URI holding an invisible character
 * (zero-width, a byte order mark), NUL or another control character, a space or a quote were taken,
 * and failed later at Spotify as `invalid_client` or a redirect URI that does not match. Refused at
 * start naming the variable, the kind of character and its position, never the value.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../src/server/config.js';

const ID = '0123456789abcdef0123456789abcdef';
const SECRET = 'fedcba9876543210fedcba9876543210';

/** A value, the character put in it at `at` (from 1), and the kind the refusal names. */
const CASES: [string, string, string][] = [
  ['\u200B', 'an invisible character (U+200B)', 'zero-width space'],
  ['\u200D', 'an invisible character (U+200D)', 'zero-width joiner'],
  ['\u2060', 'an invisible character (U+2060)', 'word joiner'],
  ['\u00AD', 'an invisible character (U+00AD)', 'soft hyphen'],
  ['\u202E', 'an invisible character (U+202E)', 'right-to-left override'],
  ['\uFEFF', 'a byte order mark (U+FEFF)', 'byte order mark'],
  ['\u0000', 'a NUL character (U+0000)', 'NUL'],
  ['\u0007', 'a control character (U+0007)', 'bell'],
  ['\u007F', 'a control character (U+007F)', 'delete'],
  ['\u0085', 'a control character (U+0085)', 'next line'],
  ['\u00A0', 'a space or line break (U+00A0)', 'no-break space'],
  [' ', 'a space or line break (U+0020)', 'space inside'],
  ['\u2028', 'a space or line break (U+2028)', 'line separator'],
  ['"', 'a quote (U+0022)', 'double quote'],
  ["'", 'a quote (U+0027)', 'single quote'],
  ['\u201C', 'a quote (U+201C)', 'typographic quote'],
];

function refusal(env: Record<string, string>): string {
  try {
    configFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('taken');
}

describe('client id, secret and redirect URI: characters Spotify would refuse', () => {
  for (const [char, kind, what] of CASES) {
    it(`refuses a ${what}, at the start, inside and at the end, naming its position`, () => {
      for (const [at, value] of [
        [1, `${char}${SECRET}`],
        [6, `${SECRET.slice(0, 5)}${char}${SECRET.slice(5)}`],
        [33, `${SECRET}${char}`],
      ] as const) {
        const said = refusal({ SPOTIFY_CLIENT_ID: ID, SPOTIFY_CLIENT_SECRET: value });
        // An ASCII space at either end is the rule of every variable (env-value-shape.test.ts).
        if (char === ' ' && at !== 6) {
          expect(said).toBe(
            'SPOTIFY_CLIENT_SECRET has spaces or a line break around it: remove them (the value is not shown)',
          );
          continue;
        }
        expect(said).toBe(
          `SPOTIFY_CLIENT_SECRET holds ${kind} at character ${at}: remove it (the value is not shown)`,
        );
        expect(said).not.toContain(SECRET.slice(0, 8));
        expect(refusal({ SPOTIFY_CLIENT_ID: value.replace(SECRET, ID) })).toContain(
          `SPOTIFY_CLIENT_ID holds ${kind} at character ${at}`,
        );
        const uri = `http://127.0.0.1:4000/auth/${char}callback`;
        expect(refusal({ SPOTIFY_CLIENT_ID: ID, SPOTIFY_REDIRECT_URI: uri })).toContain(
          `SPOTIFY_REDIRECT_URI holds ${kind} at character 28`,
        );
      }
    });
  }

  it('refuses a client id or secret outside printable ASCII, and a colon in the id', () => {
    // A Cyrillic а (U+0430) looks like a Latin a.
    expect(refusal({ SPOTIFY_CLIENT_ID: `${ID.slice(0, 10)}\u0430${ID.slice(11)}` })).toBe(
      'SPOTIFY_CLIENT_ID holds a character outside printable ASCII (U+0430) at character 11: remove it (the value is not shown)',
    );
    expect(refusal({ SPOTIFY_CLIENT_ID: `a:${ID}` })).toContain(
      'SPOTIFY_CLIENT_ID holds a colon (U+003A) at character 2',
    );
  });

  it('takes an id, a secret and a redirect URI of ordinary characters (a non-ASCII path included)', () => {
    const config = configFromEnv({
      SPOTIFY_CLIENT_ID: ID,
      SPOTIFY_CLIENT_SECRET: SECRET,
      SPOTIFY_REDIRECT_URI: 'http://127.0.0.1:4000/auth/callbäck?x=1',
    });
    expect(config).toMatchObject({ clientId: ID, clientSecret: SECRET });
  });
});
